"""Cue tables for the outcome procedure: which kind of statement a response sentence makes.

Each class is a list of (re.VERBOSE pattern, an example sentence it must match). The examples
were written for this table (tests/parsers/test_outcome_procedure.py checks each one). Patterns
are matched case-insensitively against one sentence at a time; `(?-i:...)` marks the few cues
whose letter case matters. docs/parsing.md ("Outcome, public interest test and exemptions")
explains how the classes decide outcome, NCND and the public interest test.
"""
from __future__ import annotations

import re

# The labels of the asks an answer line starts with: "b&c ", "Q2 - ", "3a) ", "2 and 3: ".
_ANSWER_LABEL = (r"(?:(?:q \s*)?(?:\d{1,2}[a-z]?|[a-z]) (?:\s* (?:&|,|and|to|-|–) \s* (?:q \s*)?(?:\d{1,2}[a-z]?|[a-z]))*"
                 r" \s* [.):\-–]? \s+)?")


# Two cues that also say something was given, read by outcome._PART_GIVEN as well: (pattern, example).
# A refusal said to cover one part (the rest was dealt with), not "… to this part of your request as well".
# An internal review that releases part of what was refused: "I have decided to partially uphold your
# complaint." (read by outcome._PART_GIVEN too: it says something is now given)
# A document given with parts blacked out: "A copy of the policy is attached, with two kinds of
# redaction:", "… is provided in redacted form", "a redacted copy of the contract is enclosed" (never
# "with no redactions"). A "partial" cue, and outcome.py's sign that part is given.
REDACTED_COPY = (r"\b(?:provided|disclosed|released|supplied|attached|enclosed|given) \b [^.]{0,40}? \b(?:with \s+ (?!no\b|none\b|any\b)(?:\w+ \s+ ){0,3}?redactions?"
                 r"|in \s+ (?:a \s+ )?redacted \s+ (?:form|format|version))\b"
                 r"|\ba \s+ redacted \s+ (?:copy|version) \s+ of \b [^.]{0,60}? \b(?:is|are|has \s+ been) \s+ (?:provided|attached|enclosed|disclosed|released)",
                 "A copy of the policy is attached, with two kinds of redaction:")
PARTLY_UPHELD = (r"\b(?:partial(?:ly)?|partly) \s+ uph[eo]ld\b", "I have decided to partially uphold your complaint.")
PART_OF_REQUEST = (
    # (also "… exemption has been applied to part of the requested information")
    # (not "Section 21 also applies to this part of your request": the same exemption for this part too)
    r"(?<!\balso\s)\b(?:applies|apply|is \s+ engaged|(?:has|have) \s+ been \s+ applied|was \s+ applied) \s+ (?:only \s+ )?to \s+"
    r" (?:(?:that|this|the \s+ (?:last|final|second|third|remaining|other)) \s+)?"
    r"parts? \s+ of \s+ (?:your|the|this) \s+ (?:request|requested \s+ information|information \s+ (?:you \s+ )?requested)\b"
    r" (?! \s+ (?:as \s+ well|too|also)\b)",
    "Therefore s12 of the Act applies to that part of your request.")
# Given beyond what the Act requires, beside a refusal of the rest.
GOODWILL = (
    r"\bgoodwill\b [^.]{0,60}? \b(?:provid|suppl|disclos|releas|attach|enclos|includ)\w*"
    r"|\b(?:provid|suppl|disclos|releas|attach|enclos)\w* [^.]{0,60}? \b(?:as \s+ a \s+ gesture \s+ of \s+ )?goodwill\b",
    "Although the cost limit applies, as a gesture of goodwill we have attached the 2024 figures.")

CUES: dict[str, list[tuple[str, str]]] = {
    # An internal review stating its own result: the decision on the request, never complaint-rights
    # boilerplate (its heading or sentence names the review, which complaint_rights would drop).
    "review_result": [
        (r"(?:outcome|result|decision|findings?|conclusions?) \s+ of \s+ (?:the|this|your|my) \s+ (?:internal \s+ )?review",
         "Outcome of the internal review"),
        (r"internal \s+ review \s+ (?:outcome|decision|result|response|findings?)\b", "Internal review decision"),
        (r"\b(?:the|this|my) \s+ review \s+ (?:has \s+ )?(?:found|finds|concluded|concludes|upholds?|upheld|overturn\w*)",
         "The review found that the totals identify nobody."),
        # a review letter's own subject line and fields, and its opening: the review, not rights
        (r"^[^a-z0-9]*internal \s+ review \s* [-–:] \s* \w", "INTERNAL REVIEW - KENNEL INSPECTIONS"),
        (r"^[^a-z0-9]*(?:date \s+ of \s+ )?internal \s+ review \s+ (?:requested|received|completed|concluded|date)\b",
         "Internal review requested: 2 July 2024"),
        (r"\b(?:completed|carried \s+ out|conducted|undertaken) \s+ (?:the|an|this|my) \s+ internal \s+ review",
         "I have now completed the internal review you requested."),
    ],
    # Site text around a WhatDoTheyKnow copy: status banners and sidebar advice, never the force's words.
    "site_text": [
        (r"^the \s+ request \s+ was \s+ (?:partially \s+ )?successful\.?$|^the \s+ request \s+ was \s+ refused \s+ by \s+ [^.]{3,60}\.?$"
         r"|^(?:long \s+ )?overdue\.?$|^awaiting \s+ (?:a \s+ )?(?:response|classification|clarification|internal \s+ review)\.?$",
         "The request was partially successful."),
        (r"made \s+ this \s+ freedom \s+ of \s+ information \s+ request \s+ to|^freedom \s+ of \s+ information \s+ request \s+ made \s+ by \s+ [^.]{1,80} \s+ to \s+|\bfollow \s+ this \s+ request\b"
         r"|^offensive\?|^unsuitable\?|\b(?:person|people) \s+ (?:is \s+ |are \s+ )?following \s+ this \s+ request|we \s+ don't \s+ know \s+ whether \s+ the \s+ most \s+ recent \s+ response",
         "Ann Other made this Freedom of Information request to Westshire Police"),
        (r"requests \s+ for \s+ personal \s+ information \s+ and \s+ vexatious \s+ requests \s+ are \s+ not \s+ considered",
         "Requests for personal information and vexatious requests are not considered valid for FOI purposes."),
        # a log page's empty attachments box, a sentence of its own: nothing given, whatever the letter says
        (r"^no \s+ (?:related \s+ |supporting \s+ )?(?:documents?|files?|attachments?|downloads?) \s+ (?:are|is|have \s+ been|has \s+ been|were) \s+ "
         r"(?:attached|available|published|linked|included)(?:\s+(?:to|with|for|on)\s+this\s+(?:disclosure|entry|page|response|request|item|record))? \s* \.? \s* $",
         "No documents are attached to this disclosure."),
    ],
    # A heading over history: the original request or response that an internal review reports.
    # A sentence reporting the decision an internal review looks again at (not the decision now).
    "history_sentence": [
        # (a review letter's numbered paragraph too: "4. The original response withheld …")
        (r"^[^a-z0-9]*(?:\d{1,2}[.)] \s+)?(?:our|the|your) \s+ (?:original|initial|first) \s+ (?:response|decision|reply)\b[^.]{0,40}?"
         r"\b(?:refused|withheld|relied|applied|cited|said|stated|explained|found|was|concluded)\b",
         "Our original response refused both parts under section 31(1)(a)."),
        # "The response sent on 6 February 2025 refused the whole request under section 12(1)."
        (r"^[^a-z0-9]*(?:\d{1,2}[.)] \s+)?(?:our|the|your) \s+ (?:response|decision|reply) \s+ (?:(?:sent|issued|dated|given|made) \s+ |of \s+ (?=\d))(?:to \s+ you \s+ )?"
         r"(?:on \s+ )?[^.]{0,30}?\b(?:refused|withheld|relied|applied|cited|said|stated|explained|found|concluded|provided|gave)\b",
         "The response sent on 6 February 2025 refused the whole request under section 12(1)."),
        # (also "The response of 29 April 2025 refused your request under Section 12(1) …")
        # the review letter recalling the first answer: "On 30 January you were told that the cost was exempt."
        (r"\byou \s+ were \s+ (?:told|informed|advised) \s+ that\b",
         "On 30 January 2019 you were told that the cost was exempt under section 43(2)."),
    ],
    # The request reported back: "In your second email you asked whether any agreement would be
    # withheld under Section 43." (what was asked, not what was decided: the requester's words)
    "asked_back": [
        # (not when the force answers in the same sentence: "…; the policy is attached", ", and I can confirm …")
        (r"^[^a-z0-9]*(?:in \s+ your \s+ [^.,]{1,40}? \s+ |you \s+ (?:also \s+ |then \s+ |further \s+ )?)?you \s+ (?:also \s+ |then \s+ |further \s+ )?"
         r"(?:asked|enquired|queried|wanted \s+ to \s+ know) \s+ (?:us \s+ |me \s+ )?(?:whether|if)\b"
         r"(?![^.]*(?:; | , \s+ (?:and|but) \s+ (?:i|we|the \s+ force)\b | \b(?:can \s+ confirm|attached|enclosed|is \s+ withheld|are \s+ withheld"
         r"|do \s+ not \s+ hold|does \s+ not \s+ hold)\b))",
         "In your second email you asked whether any agreement would be withheld under Section 43."),
    ],
    # Another, earlier request of the requester's and what became of it: "Your request is almost
    # identical to your previous request, reference 1013/24, which was refused under Section 12."
    "earlier_request": [
        (r"\byour \s+ (?:previous|earlier|prior|last|former) \s+ (?:request|requests|application)\b[^.]{0,80}?"
         r"\b(?:which \s+ |that \s+ )?(?:was|were|had \s+ been|has \s+ been) \s+ (?:refused|withheld|answered|declined|exempt|dealt)\b",
         "Your request is almost identical to your previous request, reference 1013/24, which was refused under Section 12."),
    ],
    "history_heading": [
        (r"^(?:(?:the|our|your) \s+ )?(?:original|initial|first) \s+ (?:response|decision|reply|answer|request)\b",
         "Our original response"),
    ],
    # A heading over advice and assistance (s16): what a narrower request could get, offered, not given.
    # A heading over an explanation of the Act's terms or of how requests are handled in general (a
    # site-wide glossary panel, a template's "How we handle requests"): what it says of exemptions,
    # NCND or the public interest test is general, not this decision.
    "explainer_heading": [
        (r"^(?:understanding|about|explaining) \s+ (?:our \s+ |the \s+ |this \s+ |these \s+ )?(?:responses?|replies|terms|exemptions?"
         r"|neither \s+ confirm|ncnd|(?:the \s+ )?freedom \s+ of \s+ information|foi\b|the \s+ act\b|public \s+ interest)",
         "Understanding our responses"),
        # (not the reasons for this request's parts: "Explanation of exemptions - part 2")
        (r"^(?:glossary|key \s+ terms|terms \s+ used|explanation \s+ of \s+ terms"
         r"|explanation \s+ of \s+ exemptions\b (?! \s* [-–:(]? \s* (?:parts?|questions?|q \s? \d|requests?|applied|relied|cited)\b))\b",
         "Glossary"),
        (r"^how \s+ we \s+ (?:handle|deal \s+ with|process|answer|respond \s+ to) \s+ (?:your \s+ |freedom \s+ of \s+ information \s+ |foi \s+ )?requests?\b",
         "How we handle requests"),
    ],
    "advice_heading": [
        (r"^advice \s+ (?:and|&) \s+ assistance", "Advice and assistance"),
        (r"^(?:section|s\.?) \s? 16 (?:\s*\(1\))? (?:\s* [-–:]? \s* (?:advice|duty)\b.*)?$", "Section 16 - Advice"),
        (r"^duty \s+ to \s+ (?:advise|assist)", "Duty to assist"),
    ],
    # A sentence opened by the duty to advise and assist (s16) in which the force tells, suggests or
    # points the requester somewhere ("…, we can tell you that the tables can be filtered by force"):
    # advice beside the decision. ("Under our duty to assist, please find below the figures …" and
    # "… the information is provided below" still give: their verbs give; so does a count.)
    "advice_lead": [
        (r"^\s*(?:(?:under|in \s+ line \s+ with|as \s+ part \s+ of|in \s+ keeping \s+ with|to \s+ meet|in \s+ accordance \s+ with)"
         r" \s+ (?:our|the \s+ force's|the \s+ force’s|its) \s+ (?:duty|obligations?) \s+ (?:to \s+ (?:advise|assist|provide \s+ advice)"
         r"|under \s+ section \s+ 16)|by \s+ way \s+ of \s+ (?:advice|assistance))\b"
         r"[^.]*? \b(?:we|i) \s+ (?:can|could|would|will|may|should|have|wish \s+ to) \s+ (?:also \s+ )?"
         r"(?:tell|advise|suggest|recommend|explain|point \s+ out|direct|signpost|let \s+ you \s+ know)\b",
         "Under our duty to advise and assist, we can tell you that the tables are published online."),
    ],
    # Related information offered beside a not-held or refusal answer (Police Scotland's FOISA s15
    # paragraph): "To be of assistance, Police Scotland currently has 29 public counters …" gives
    # nothing asked for, even with a figure.
    "assistance_lead": [
        (r"^[^a-z0-9]*(?:to|in \s+ order \s+ to) \s+ be \s+ of \s+ (?:some \s+ |further \s+ )?(?:assistance|help)\s*,",
         "To be of assistance, Police Scotland currently has 29 public counters across the country."),
        # an offer of other figures, for the asking: nothing given yet
        # (a condition on the requester, "if you would find that helpful", "should you wish", "please submit a
        # new request"; not "… the total, which was 31,406; a breakdown is also available on request")
        (r"\b(?:we|i) \s+ (?:are|am|would \s+ be|will \s+ be|could \s+ be) \s+ (?:able|happy|pleased|willing) \s+ to \s+"
         r"(?:provide|supply|send|give|share)\b [^.]*? \b(?:if \s+ you \s+ (?:would|wish|want|require|find|submit|make|send)"
         r"|should \s+ you \s+ (?:wish|want|require)|(?:submit|make|send) \s+ (?:us \s+ )?a \s+ (?:new|fresh|separate) \s+ request)",
         "We are able to provide figures from 1 February 2022 onwards if you would find that helpful; please submit a new request."),
    ],
    # A heading over the law quoted in full (an appendix or legislation section): the Act's words
    # under it cite nothing, not even the section number that heads each quotation.
    "law_heading": [
        (r"^(?:appendix|annex|annexe) \b", "Appendix A"),
        (r"^(?:the \s+ )?(?:relevant \s+ )?(?:legislation|law|statutory \s+ (?:text|provisions?)|legal \s+ (?:text|provisions?))\b",
         "Relevant legislation"),
    ],
    # Interim correspondence: an acknowledgement, a clarification or an extension of time, where no
    # decision is made yet. Its sentences decide nothing and the sections they name are no labels.
    "interim": [
        # an acknowledgement's standard terms: "Other arrangements may apply if a fees notice is issued
        # or if the time period is extended in order that public interest considerations may take place."
        (r"\bif \s+ (?:a \s+ )?fees \s+ notice \s+ is \s+ issued\b|\bif \s+ the \s+ time \s+ (?:period|limit) \s+ is \s+ extended\b",
         "Other arrangements may apply if a fees notice is issued or if the time period is extended."),
        (r"\backnowledge?ment\b|\backnowledge \s+ (?:receipt|your)", "This email is an acknowledgement only."),
        (r"no \s+ decision \s+ (?:has \s+ )?(?:yet \s+ )?(?:has \s+ )?been \s+ (?:made|taken|reached)",
         "No decision has yet been made on whether the information is held."),
        # a public interest extension (FOIA s10(3), s17(2)): the exemptions are being weighed, none relied on yet
        (r"\bnot \s+ (?:yet|as \s+ yet) \s+ (?:reached|made|taken|come \s+ to) \s+ (?:a|our|any) \s+ (?:final \s+ )?decision"
         r"|\b(?:we \s+ are|we're|the \s+ (?:force|constabulary|service) \s+ is) \s+ (?:currently \s+ |now \s+ )?considering \s+ whether"
         # (in the first person: a final letter's "before reaching a decision the force must weigh …"
         # describes the test it then applies)
         r"|\bbefore \s+ (?:(?:reaching|making|taking) \s+ (?:a|our|any) \s+ (?:final \s+ )?decision ,? \s+ (?:we|i) \s+ (?:must|will|need|have|shall)"
         r"|(?:we|i) \s+ (?:can \s+ )?(?:reach|make|take) \s+ (?:a|our|any) \s+ (?:final \s+ )?decision)",
         "We have not yet reached a decision; we are considering whether section 24(1) applies."),
        (r"\bstill \s+ (?:considering|consider|assessing|reviewing)|\bextension \s+ (?:of|to) \s+ (?:the \s+ )?time"
         r"|\bextend(?:ed|ing)? \s+ the \s+ (?:time|deadline)|\bextension \s+ letter|section \s+ 10 \s* \( \s* 3 \s* \) \s+ (?:allows|permits)",
         "We are still considering whether section 31(1)(a) applies."),
        (r"(?:expect|aim|hope|intend) \s+ to \s+ (?:respond|reply|provide \s+ (?:a|our) \s+ response)\b"
         r"|(?:should|will) \s+ (?:hear \s+ from \s+ us|receive \s+ (?:a|our) \s+ (?:response|reply))"
         r"|(?:will|shall) \s+ (?:now \s+ )?be \s+ (?:considered|processed|dealt \s+ with) \s+ (?:in \s+ accordance|under|and|within)"
         r"|(?:has|have) \s+ been \s+ (?:received \s+ and \s+ logged|logged \s+ (?:under|on|as))",
         "We expect to respond by 28 May 2024."),
        (r"\b(?:please|could \s+ you|can \s+ you|would \s+ you|we \s+ need \s+ you \s+ to|ask \s+ you \s+ to) \s+ "
         r"(?:(?:please|kindly) \s+ )?clarify|\bclarification \s+ (?:is \s+ )?(?:sought|needed|required|requested|of \s+ your)"
         r"|\bbefore \s+ we \s+ can \s+ (?:proceed|process|consider|deal)",
         "Could you please clarify which years you mean?"),
        # an acknowledgement's account of what may yet happen: "exemptions that can apply include ..."
        (r"\b(?:may|might|could) \s+ be \s+ engaged \s+ (?:if|where|when)\b",
         "The exemption at section 14 may be engaged if the burden on the authority is increased."),
        (r"\b(?:unable|not \s+ be \s+ able) \s+ to \s+ (?:achieve|meet) \s+ (?:this|the|that) \s+ (?:deadline|timescale)",
         "We may be unable to achieve this deadline if the public interest test has to be considered."),
        (r"\bexemptions? \s+ (?:in \s+ the \s+ act \s+ )?(?:that \s+ |which \s+ )?(?:can|may|might|could) \s+ apply",
         "There are exemptions in the Act that can apply, such as where the cost would exceed the limit."),
    ],
    # The Act's own words quoted in a letter or appendix ("Section 17(5): A public authority which
    # ... is relying on a claim that section 12 or 14 applies ..."): law, not this decision.
    "statute": [
        (r"\b(?:a|any|the) \s+ public \s+ authority \s+ (?:which|that|is \s+ not|must|may|need|shall|does|to \s+ comply)\b"
         r"|oblige \s+ a \s+ public \s+ authority|public \s+ authorit(?:y|ies) \s+ (?:is|are) \s+ (?:obliged|required|entitled)",
         "Section 12 does not oblige a public authority to comply with a request that would cost too much."),
        (r"\bis \s+ exempt \s+ information \s+ if\b|\bplaces \s+ two \s+ duties"
         # the Act's words for an NCND subsection: "The duty to confirm or deny does not arise where …"
         r"|^[^a-z0-9]*(?:section \s+ \d+[a-z]? (?:\s?\([a-z0-9]{1,4}\))* \s* [-–—:] \s*)?the \s+ duty \s+ to \s+ confirm \s+ or \s+ deny \s+ does \s+ not \s+ arise\b"
         # (after its subsection number, in the Act's own words: "(3) The duty to confirm or deny does not arise
         # if, or to the extent that, compliance with section 1(1)(a) would …"; never a force's numbered answer)
         r"|^[^a-z0-9]*\(\d{1,2}[a-z]?\) \s* the \s+ duty \s+ to \s+ confirm \s+ or \s+ deny \s+ does \s+ not \s+ arise\b"
         r" [^.]*? \b(?:compliance \s+ with \s+ section \s+ 1 \s* \( \s* 1 \s* \) \s* \( \s* a \s* \)|in \s+ relation \s+ to \s+ information \s+ which)",
         "Information is exempt information if its disclosure would prejudice the prevention of crime."),
        # the two duties of section 1 described: "The second duty at Section 1(1)(b) is to disclose …"
        (r"\b(?:first|second) \s+ duty \s+ (?:at|under|in|of) \s+ section \s+ 1\b|\bduty \s+ (?:at|under) \s+ section \s+ 1 \s* \(1\)",
         "The second duty at Section 1(1)(b) is to disclose information that has been confirmed as being held."),
        # s31(1)'s opening words, which name section 30 without relying on it
        (r"\binformation \s+ which \s+ is \s+ not \s+ exempt \s+ (?:information \s+ )?by \s+ virtue \s+ of",
         "Information which is not exempt information by virtue of section 30 is exempt information if …"),
        (r"\brequires? \s+ that \s+ (?:I|we) \s+ provide \s+ the \s+ applicant|gives? \s+ (?:a|the) \s+ general \s+ right",
         "Section 17 requires that we provide the applicant with a notice."),
    ],
    # Complaint-rights and re-use boilerplate: never the force's decision on this request.
    "complaint_rights": [
        (r"internal \s+ review", "You may ask for an internal review within 40 working days."),
        (r"information \s+ commissioner|ico\.org\.uk|wycliffe \s+ house",
         "After that you may complain to the Information Commissioner."),
        (r"(?:dis)?satisfied \s+ with \s+ (?:this|the|our|how)|unhappy \s+ with",
         "If you are unhappy with this reply, please write to us."),
        (r"\bright \s+ (?:to \s+ (?:a \s+ )?(?:review|complain|appeal)|of \s+ (?:appeal|complaint))|complaint \s+ rights"
         r"|\byour \s+ rights\b", "Your right to complain"),
        (r"copyright|re-?use \s+ (?:of \s+ )?(?:the|this|any) \s+ information|open \s+ government \s+ licen[cs]e",
         "The information may be re-used under the Open Government Licence."),
    ],
    # The force neither confirms nor denies holding information.
    "ncnd": [
        # (not a vexatious request's "… Section 14(1), and the force is not required to confirm or deny …")
        (r"^(?!.*\b(?:section \s+ 14|s\.? \s? 14|vexatious|repeated)\b).*\bnot \s+ (?:required|obliged) \b [^.]{0,80}? \bto \s+ confirm \s+ or \s+ deny\b",
         "I am not required by statute to release all of the information, or to confirm or deny that any further information is held."),
        (r"neither \s+ (?:confirms?|confirming) \s+ n?or \s+ (?:deny|denies|denying)",
         "The constabulary can neither confirm nor deny that it holds the records."),
        (r"(?-i:\bNCND\b)", "This reply is an NCND for the second question."),
        (r"refus\w* \s+ to \s+ (?:confirm \s+ or \s+ deny|reveal \s+ whether)",
         "We refuse to reveal whether the file exists."),
        (r"duty \s+ to \s+ confirm \s+ or \s+ deny \s+ (?:does \s+ not \s+ (?:arise|apply)|is \s+ (?:removed|excluded))",
         "The duty to confirm or deny does not arise for this part."),
    ],
    # An exemption considered and found not to apply: the section is no label and withholds nothing.
    "not_engaged": [
        (r"(?:is|are|was|were) \s+ (?:therefore \s+ |thus \s+ |also \s+ |now \s+ )?not \s+ engaged", "Section 38 is not engaged for these totals."),
        # (never the test's own: "This exemption is absolute and the public interest test does not apply.")
        (r"(?<!test \s)(?<!test\stherefore\s)(?<!test\sclearly\s)(?:does|do|did) \s+ not \s+ (?:therefore \s+ |thus \s+ )?(?:apply|engage)\b",
         "We found that section 43 does not apply to the prices."),
        # the reviewer's own view: "I also do not consider that Section 30(1)(a) is engaged, because …"
        (r"\b(?:i|we) \s+ (?:also \s+ )?(?:do|did) \s+ not \s+ (?:consider|think|believe|accept) \s+ that \s+ (?:section|s\.?) \s* \d+"
         r"[^.;]{0,40}? \s+ (?:is|was|are|were) \s+ engaged\b",
         "I also do not consider that Section 30(1)(a) is engaged, because every investigation had concluded."),
        (r"(?:has|have) \s+ not \s+ been \s+ (?:applied|relied \s+ on)", "Section 31 has not been applied."),
        # the sections weighed in the sentence before: "I considered whether section 24(1) or section
        # 31(1)(a) should apply … I concluded that they do not, because …"
        (r"^[^a-z0-9]*(?:i|we) \s+ (?:concluded|decided|found|am \s+ satisfied) \s+ that \s+ (?:they|it|neither|these|those|the \s+ exemptions?)"
         r" \s+ (?:do|does|did|would) \s+ not\b(?! \s+ (?:hold|have|know|record))",
         "I concluded that they do not, because the totals reveal nothing about any one site."),
        (r"(?:has|have|had|did|does|do) \s+ not \s+ (?:relied|rely|applied|apply|cited|cite) \s+ (?:(?:up)?on \s+ )?(?:section|s\.?) \s* \d+"
         r"|(?:is|are) \s+ not \s+ relying \s+ (?:up)?on \s+ (?:section|s\.?) \s* \d+",
         "The force has not relied on Section 12 in refusing this request."),
        # considered and set aside: "Section 38 was also considered but is not relied upon." / "We considered
        # whether section 31 applied to the figures, but as they are county-wide …"
        (r"(?:is|are|was|were) \s+ not \s+ relied \s+ (?:up)?on|\bconsidered \s+ (?:whether|if) \b [^.]{0,200}? \b (?:but|and \s+ "
         r"(?:concluded|decided|found) \s+ that \s+ (?:it|they|this|the \s+ exemption) \s+ (?:does|do|did|would) \s+ not)\b"
         r"|\b(?:also \s+ )?considered \s+ but \s+ (?:is|are|was|were) \s+ not\b",
         "Section 38 (Health and Safety) was also considered but is not relied upon."),
        # (also "No other exemption applies." after a review lifts one, "no exemption has been considered or applied")
        (r"no \s+ (?:other \s+ |further \s+ )?exemptions? \s+ (?:applies|apply|(?:has|have) \s+ been \s+ (?:considered \s+ (?:or|and) \s+ )?"
         r"(?:applied|considered)|(?:is|are) \s+ engaged)",
         "No exemption has been applied to this reply."),
        # "… we have not found your request to be vexatious under Section 14(1)."
        (r"\bnot \s+ (?:found|considered|deemed|judged|treated) \s+ (?:your|the|this) \s+ (?:request|application) \s+ (?:to \s+ be \s+ |as \s+ )?"
         r"(?:vexatious|repeated|manifestly)", "We have not found your request to be vexatious under section 14(1)."),
        # the exemptions named just before: "… neither exemption is engaged"
        (r"(?:neither \s+ (?:exemption|of \s+ (?:the|these|those) \s+ exemptions)|none \s+ of \s+ (?:the|these|those) \s+ exemptions)"
         r" \s+ (?:is|was|are|were) \s+ (?:engaged|applicable|relied)",
         "The reviewer found that neither exemption is engaged."),
        # an internal review setting aside the original exemption
        (r"(?:is|are|was|were) \s+ (?:therefore \s+ |thus \s+ |now \s+ )?no \s+ longer \s+ (?:relied|applied|engaged|being \s+ relied)"
         r"|\bno \s+ longer \s+ (?:relies|rely|relying|applies|cites) \s+ (?:up)?on\b"  # "The MPS no longer relies on section 31"
         # the section itself the subject: "… and Section 12(1) no longer applies."
         r"|\b(?:section|s\.?) \s* \d+[a-z]?(?:\(\w{1,4}\))* \s+ (?:of \s+ the \s+ (?:act|foia) \s+ )?no \s+ longer \s+ (?:applies|apply)\b"
         r"(?! \s+ (?:to|for|in \s+ (?:respect|relation) \s+ (?:of|to)) \b)"  # (not narrowed: "… no longer applies to the two closed cases")
         r"|(?:has|have|had) \s+ (?:therefore \s+ |now \s+ )?been \s+ (?:disregarded|set \s+ aside|withdrawn)"
         # the section itself taken out: "… but section 31(1)(a) has been removed" (never the names
         # "removed under Section 40(2)": a redaction)
         # (nor "data exempt under section 40(2) has been removed from the log": the data went)
         r"|(?<!under\s)(?<!by\s)(?<!within\s)\b(?:section|s\.?) \s* \d+[a-z]?(?:\(\w{1,4}\))* \s+ (?:has|have) \s+ (?:therefore \s+ |now \s+ )?been \s+ removed\b"
         r"(?! \s+ (?:from|under)\b)(?! \s+ in \s+ (?!its \s+ entirety))"
         r"|(?:is|are|was|were) \s+ (?:therefore \s+ |now \s+ |hereby \s+ |also \s+ )?(?:disregarded|set \s+ aside|withdrawn|not \s+ upheld)",
         "Section 31(1)(a) is no longer relied upon and the figures are given below."),
        # a reviewer overturning the original exemption: "I therefore do not uphold the use of Section
        # 40(2)", "… and that Section 40(2) was not correctly applied."
        (r"\b(?:do|does|did|can|could) \s+ not \s+ uphold \s+ (?:the \s+ (?:use|application|citing|reliance) \s+ (?:of|on) \s+ )?"
         r"|(?:was|were|had \s+ been|has \s+ been) \s+ (?:therefore \s+ |thus \s+ )?(?:not \s+ (?:correctly|properly|appropriately) \s+ applied|(?:incorrectly|wrongly|wrongfully) \s+ applied)",
         "I therefore do not uphold the use of Section 40(2) and the figures are now disclosed."),
        # (also "Section 12(1) was therefore not correctly applied, and the information is provided below.")
        # a reviewer judging the first reply's reliance wrong: "The panel agreed that reliance on section
        # 12(1) was not appropriate: …"
        (r"\breliance \s+ (?:up)?on \s+ (?:section|s\.?) \s* \d+[a-z]?(?:\(\w{1,4}\))* \s+ (?:was|is|had \s+ been|has \s+ been) \s+ "
         r"(?:not \s+ (?:appropriate|justified|correct|warranted|sustainable)|inappropriate|unjustified|incorrect|mistaken)\b",
         "The panel agreed that reliance on section 12(1) was not appropriate for this question."),
    ],
    # A public interest test stated to be absent or unnecessary (absolute exemptions, s12, s14).
    "pit_negated": [
        (r"\b(?:no|not|nor|without) \s+ (?!only\b)(?:[\w()]+ \s+){0,6}? (?:public \s+ interest \s+ test|harm \s+ test|prejudice \s+ test"
         r"|requirement \s+ to \s+ (?:consider|conduct|carry \s+ out|apply)|need \s+ to \s+ consider"
         r"|consider(?:ation|ed|ing)? \s+ (?:of \s+ )?the \s+ public \s+ interest)",
         "Section 21 is absolute, so no public interest test is required."),   # (also "We have not considered the public interest, as …")
        (r"(?:public \s+ interest|harm|prejudice) \s+ test \s+ (?:(?:is|was) \s+ not \s+ (?:required|needed|necessary|applicable|relevant)"
         r"|(?:does|did) \s+ not \s+ apply)",
         "A public interest test is not required for section 40(2)."),
        # the negation sits before the exemption the test belongs to
        (r"\bnot \s+ an? \s+ (?:qualified \s+ )?(?:exemption|provision) \s+ (?:(?:which|that) \s+ is \s+ )?"
         r"(?:subject \s+ to|(?:which|that) \s+ (?:requires?|calls? \s+ for|needs?|attracts?)|requiring) \s+ (?:a|the|any) \s+ (?:public \s+ interest|harm \s+ test|prejudice \s+ test)",
         "Section 14(1) is not an exemption subject to the public interest test."),
        (r"\bnot \s+ a \s+ qualified \s+ (?:exemption|provision)",
         "Section 12 is not a qualified exemption, so the public interest is not weighed."),
        (r"\babsolute \s+ (?:exemption|provision)|\bis \s+ absolute\b",
         "Section 40(2) is an absolute exemption, which means we do not weigh the public interest."),
    ],
    # The response weighs the public interest, harm or prejudice, or attaches such a test.
    "pit_weighing": [
        # the weighing in words (FOISA letters under a bare "Public interest" heading): "I accept that there
        # is a public interest in …", "The public interest in protecting national security … is stronger"
        (r"\b(?:i|we) \s+ (?:accept|recognise|recognize|acknowledge) \s+ that \s+ there \s+ is \s+ (?:a|some|an \s+ obvious|a \s+ legitimate"
         r"|a \s+ strong|a \s+ genuine) \s+ public \s+ interest \s+ in\b"
         r"|\bthe \s+ public \s+ interest \s+ in \b [^.]{3,160}? \b(?:is|was) \s+ (?:the \s+ )?(?:stronger|greater|weightier|overriding)\b",
         "I accept that there is a public interest in how public money is spent, but the public interest in "
         "protecting national security is stronger."),
        # a harm test set out: "I have considered the potential harm that could be caused by disclosure"
        (r"\bconsidered \s+ the \s+ (?:potential \s+ |likely \s+ )?harm \s+ (?:that|which) \s+ (?:could|would|might)\b",
         "In reaching this decision I have considered the potential harm that could be caused by any further disclosure."),
        (r"public \s+ interest \s+ test", "The public interest test for section 31 follows."),
        (r"(?-i:(?<![A-Za-z])PIT(?![A-Za-z]))", "PIT for section 30(1)(a) attached."),  # also in file names: 12_PIT_01
        (r"(?:harm|prejudice|balance|balancing) \s+ test", "A harm test has been carried out."),
        (r"factors? \s+ (?:favouring|in \s+ favour \s+ of|for \s+ and \s+ against|against|for) \s+ (?:the \s+ )?"
         r"(?:disclos\w*|non-?disclosure|release|releasing|confirm\w*|neither|maintain\w*|exemption|withholding)",
         "Factors favouring disclosure: openness about how the budget is spent."),
        (r"(?:arguments?|considerations?) \s+ (?:for|against|in \s+ favour \s+ of) \s+ (?:disclos\w*|release|confirm\w*"
         r"|maintain\w*|withholding|non-?disclosure)", "Arguments against release are set out below."),
        # (also with the verdict's adverb: "The public interest therefore favours withholding it.")
        (r"public \s+ interest \s*,? \s+ (?:(?:therefore|thus|clearly|in \s+ this \s+ case|on \s+ balance) \s*,? \s+ )?"
         r"(?:in \s+ (?:favour \s+ of \s+ )?(?:maintaining|disclos\w*|releas\w*|confirm\w*|withholding)|favours?|lies"
         r"|is \s+ (?:best|better) \s+ served|considerations|arguments)",
         "We find that the public interest favours withholding the rota."),
        (r"(?:public \s+ interest|harm|benefit)\b [^.]{0,80}? outweigh|outweigh\w* \s+ [^.]{0,80}? (?:public \s+ interest|harm)",
         "The harm that release would cause outweighs the benefit to the public."),
        (r"(?:overall|evidence \s+ of) \s+ harm", "Overall harm: the list would show which sites are unstaffed."),
        # the interest named and the side it favours: "the public interest in protecting women from these
        # offences favours neither confirming nor denying"; a "Harm and public interest" heading
        (r"\bpublic \s+ interest \s+ in \s+ [^.]{3,120}? \b favours? \s+ (?:withhold\w*|maintain\w*|neither|non-?disclosure|the \s+ exemption)"
         r"|\b(?:harm|prejudice) \s+ and \s+ (?:the \s+ )?public \s+ interest\b (?! \s* [:\-–]? \s* (?:not \s+ applicable|n/?a\b|none\b))",
         "The public interest in protecting victims favours neither confirming nor denying."),
        # the interest weighed against the harm, and the balance struck
        # ("Section 22 is a qualified exemption and the public interest has been considered. … and the balance
        # therefore favours withholding it until then.")
        (r"public \s+ interest \b [^.]{0,80}? (?:has \s+ been|have \s+ been|was|were|is|i \s+ have|we \s+ have) \s+"
         r"(?:weighed|considered|assessed|balanced)"
         r"|\bthe \s+ balance \s+ (?:(?:therefore|thus|clearly|in \s+ this \s+ case) \s+ )?(?:favours|lies|falls|is \s+ in \s+ favour)",
         "The public interest in openness has been weighed against the harm, and the balance favours withholding."),
        (r"\bbalance \s* : |balance \s+ of \s+ (?:the \s+ )?public \s+ interest",
         "Balance: we judge that disclosure would do more harm than good."),
        # ("In considering the public interest, …"; not a s14 letter's "In considering the purpose and public
        # interest of your request")
        (r"(?:considered|weighed|balanced|weighing|balancing) \s+ [^.]{0,30}? public \s+ interest"
         r"|\bconsidering \s+ the \s+ public \s+ interest\b (?! \s+ (?:of|in) \s+ (?:your|the|this) \s+ request)",
         "As the exemption is qualified we have weighed the public interest."),
        # the balance struck in words: "On balance, Police Scotland considers that it would be contrary to the
        # public interest to reveal whether the information exists or is held."
        (r"\bon \s+ balance\b [^.]{0,80}? \b(?:contrary \s+ to|in) \s+ the \s+ public \s+ interest",
         "On balance, the force considers that it would be contrary to the public interest to reveal whether it is held."),
    ],
    # Refused as a whole or in part because answering would cost too much (s12).
    "cost": [
        (r"exceed\w* \s+ (?:the \s+ )?(?:appropriate|cost|fees?|time|statutory) \s+ (?:limit|threshold|level)",
         "Answering all of it would exceed the appropriate limit."),
        (r"(?:appropriate|cost) \s+ limit \s+ (?:would|will) \s+ be \s+ exceeded", "The cost limit would be exceeded."),
        # the work the request needs, not a time it asks about ("detention beyond 24 hours")
        (r"exceed\w* \s+ (?:the \s+ )?(?:18|24|eighteen|twenty-four) [\s-]+ hours?"
         r"|\b(?:tak|requir|need|spend|spent|involv|work|search|read|review)\w*\b [^.]{0,60}?"
         r"(?:more \s+ than|beyond|over|in \s+ excess \s+ of) \s+ (?:the \s+ )?(?:18|24|eighteen|twenty-four) \s+ hours",
         "Reading each file would take more than 18 hours."),
        (r"excessive \s+ cost", "The request is refused on the ground of excessive cost."),
        # (the limit itself, never an amount that starts with its digits: "£600,728")
        (r"\bcost\w* \s+ (?:more \s+ than|over) \s+ £|£\s?(?:450|600)\b(?![,.]\d)", "Retrieving it all would cost more than £450."),
        # "Our data are not organised in such a way as to allow us to provide this information within the
        # appropriate (cost) limit"
        (r"(?:\b(?:not|unable|cannot) \s+ (?:\w+ \s+){0,3}?(?:to \s+ )?(?:provide|answer|retrieve|comply|supply|locate|extract|respond)\w*"
         r"|\bnot \s+ organised \b [^.]{0,60}? \b provide) \b [^.]{0,80}? \b within \s+ the \s+ (?:appropriate|cost|fees?) \s+"
         r"(?:\(cost\) \s+ )?limit",
         "Our records are not organised in a way that lets us provide this within the appropriate (cost) limit."),
        # held, but only by reading every record: the lead-in of a s12 refusal, not a "not held" answer
        # (the Commissioner counts such information as held)
        # (not a search that was then done and found the figure)
        (r"^(?![^.]*\b(?:found|conducted|carried \s+ out)\b)[^.]*?"
         r"(?:\bnot|n't|\b(?:do|does) \s+ not \s+ hold \b [^.]{0,60}?) \s* (?:(?:held|recorded|kept|stored|available|retained) \s+)?"
         r"(?:(?:centrally|electronically) \s+ (?:(?:n?or|and) \s+ )?)?"
         r"(?:in|on) \s+ (?:an? \s+ )?(?:(?:(?:easily|readily) \s+ (?:retrievable|searchable|extractable|accessible)|centrally \s+ collated) \s+"
         r"(?:format|form|manner|way)|(?:format|form) \s+ (?:which|that) \s+ is \s+ (?:easily|readily) \s+ (?:retrievable|searchable))",
         "The reason for each stop is not held in an easily retrievable format."),
        # (not a search that was then done, "To establish whether …", nor a caveat on figures given)
        (r"^(?![^.]*\b(?:to \s+ (?:establish|determine|confirm) \s+ (?:whether|if)|completed|carried \s+ (?:this \s+ |it \s+ )?out"
         r"|conducted|not \s+ been \s+ included)\b)[^.]*?"
         r"\b(?:would|will) \s+ (?:require|need|involve|necessitate|mean) \s+ (?:a \s+ )?manual(?:ly)? \s+"
         r"(?:search|trawl|review|interrogation|examination|check|read|reading|scrutiny)",
         "Counting them would require a manual search of every custody record."),
    ],
    # The cost limit said to refuse the whole request (its s16 advice may then give figures that answer
    # no ask: outcome.judge): "the request as a whole", "unable to comply with it", "refused under s12".
    "cost_whole": [
        (r"\b(?:the|your|this) \s+ request \s+ as \s+ a \s+ whole \s+ (?:is|has \s+ been|was) \s+ (?:therefore \s+ )?(?:exempt|refused)",
         "Where one part would exceed the limit, the request as a whole is exempt."),
        # (never one part or years of it: "unable to comply with the request for 2014 to 2018")
        (r"\bunable \s+ to \s+ (?:comply \s+ with|answer) \s+ (?:it|your \s+ request|the \s+ request|this \s+ request)\b"
         r"(?! \s+ (?:in \s+ (?:full|part)|fully|for|in \s+ respect \s+ of|in \s+ relation \s+ to|regarding|about|concerning"
         r"|relating \s+ to|as \s+ (?:it \s+ )?relates \s+ to)\b)",
         "Thames Valley Police has considered your request and is unable to comply with it."),
        # (never "That part of the request is …" nor "Question 3 of your request is refused under Section 12(1)")
        (r"(?<!of\s)\b(?:your|the|this) \s+ request \s+ (?:is|has \s+ been) \s+ (?:therefore \s+ )?refused \s+ (?:under|in \s+ accordance \s+ with)"
         r" \s+ (?:section|s\.?) \s? 12\b",
         "Your request is therefore refused under Section 12(1) of the Act."),
        (r"\bnot \s+ oblige\w* \s+ (?:\w+ \s+){0,2}?to \s+ (?:answer|comply \s+ with|provide|respond \s+ to) \s+ any \s+ part\b",
         "Where one part would exceed the limit, the Act does not oblige us to answer any part of it."),
        (r"\bnot \s+ obliged \s+ to \s+ provide \s+ (?:you \s+ with \s+ )?a \s+ response \s+ to \s+ (?:your|the|this) \s+ request\b",
         "I am not obliged to provide you with a response to your request pursuant to Section 12(1)."),
        # the letter itself is the notice the Act asks of a s12 or s14 refusal (section 17(5))
        (r"\bthis \s+ (?:letter|response|e-?mail) \s+ (?:therefore \s+ )?(?:acts|serves) \s+ as \s+ (?:a \s+ )?refusal \s+ notice\b"
         # (never "… a Refusal Notice under Section 17(5) of the Act for that part of your request.")
         r"(?! [^.]{0,60}? \b(?:for|in \s+ respect \s+ of|in \s+ relation \s+ to|regarding) \s+ (?:(?:that|this|the|those|these|one|some|your) \s+ )?(?:(?:first|second|third|fourth|fifth|sixth|last|final) \s+ )?(?:parts?|elements?|questions?|points?|q \s? \d)\b)",
         "This letter therefore acts as a refusal notice under section 17(5)."),
    ],
    # A letter that waits for the requester to clarify before answering anything (FOIA s1(3)): what it
    # says about exemptions or the cost limit is advice on the request to come, no decision.
    "awaiting_clarification": [
        (r"\bnot \s+ (?:obliged|required) \s+ to \s+ (?:comply \s+ with|respond \s+ to|answer) \s+ (?:your|the|this) \s+ request"
         r" \s+ until \s+ (?:we|the \s+ force|[a-z]+ \s+ police) \s+ (?:receive|receives|ha(?:ve|s) \s+ received) \s+ (?:this|that|the|your|such)"
         r" \s+ clarification\b(?! \s+ of \s+ (?:this|that|one|the \s+ (?:last|final|third|second)) \s+ (?:part|question))",
         "Under section 1(3) we are not obliged to comply with your request until we receive this clarification."),
        (r"\bbefore \s+ (?:we|i) \s+ can \s+ (?:respond|answer|reply)\b [^.]{0,40}? \bclarif",
         "Before we can respond, we need you to clarify your request."),
        (r"\bbefore \s+ (?:we|i) \s+ (?:can|are \s+ able \s+ to|am \s+ able \s+ to) \s+ (?:deal \s+ with|process|proceed \s+ with|respond \s+ to|answer) \s+ (?:your|the|this) \s+ request\b"
         r" [^.]{0,20}? \b(?:please \s+ (?:could \s+ you \s+ )?(?:tell|confirm|let|clarify)|could \s+ you \s+ (?:please \s+ )?(?:tell|confirm|clarify))\b",
         "Before we can deal with your request, please could you tell us:"),
        (r"\b(?:do \s+ not \s+ have|are \s+ not \s+ (?:obliged|required)) \s+ to \s+ comply \s+ with \s+ (?:a|your|the|this) \s+ request \s+ until \s+"
         # (also "… until we have the information needed to identify and locate what you have asked for")
         r" (?:we|the \s+ force) \s+ (?:have \s+ received|receive|received|have) \s+ (?:the|this|that|such|your) \s+ (?:further \s+ )?(?:information|details|clarification)\b",
         "Under section 1(3) we do not have to comply with a request until we have received the further information we need."),
        # a request closed unanswered: never clarified, or withdrawn
        (r"\btreat(?:ing|ed)? \s+ (?:your|the|this) \s+ request \s+ as \s+ (?:withdrawn|closed|lapsed)\b"
         r"|\b(?:as|because|since) \s+ (?:we|i) \s+ (?:have \s+ )?(?:not \s+ (?:received|heard)|had \s+ no \s+ (?:reply|response))\b [^.]{0,80}? \b(?:closed|withdrawn)\b",
         "As we have not received a reply, we are now treating your request as withdrawn and have closed it."),
    ],
    # Refused as a whole because the request is vexatious or repeated (s14).
    "vexatious": [
        (r"\bvexatious\b", "We consider this request to be vexatious."),
        # s14(2): "a repeated request", not "repeated requests to other forces" (a mosaic argument)
        (r"\ba \s+ repeat(?:ed)? \s+ request|identical \s+ or \s+ substantially \s+ similar",
         "This is a repeated request for the same records."),
        # EIR regulation 12(4)(b) is vexatious only when the letter says the request is a burden of that
        # kind; on its own (or beside a workload estimate) it is an exception relied on: "withheld".
        (r"manifestly \s+ unreasonable \b[^.]*\b(?:vexatious|repeat\w*|harass\w*|obsessive|campaign)",
         "The request is manifestly unreasonable because it is vexatious."),
    ],
    # The information is published or otherwise reachable (s21, FOISA s25).
    "published": [
        (r"(?:already|publicly|reasonably|readily|otherwise) \s+ (?:been \s+ )?(?:available|accessible|published"
         r"|in \s+ the \s+ public \s+ domain)", "These figures are already published on our website."),
        (r"accessible \s+ (?:to \s+ (?:you|the \s+ (?:applicant|requester)) \s+ )?by \s+ other \s+ means",
         "The report is accessible to you by other means."),
        (r"(?:is|are|was|were|(?:has|have) \s+ been) \s+ published \s+ (?:on|at|via|in|by|each|every|monthly|quarterly|annually)",
         "Crime counts are published on the national crime website each month."),
        (r"(?:is|are) \s+ available \s+ (?:to \s+ view \s+ )?(?:at|on|via|from) \s* :? \s* (?:https?://|www\.|our \s+ website|the \s+ (?:force's \s+ )?website)",
         "The annual tables are available at: https://www.anyshire.police.uk/statistics"),
        # (not the Commissioner's site, where an acknowledgement points for advice on the Act)
        (r"(?:can|may) \s+ be \s+ (?:found|viewed|downloaded) \s+ (?:on|at|via|from)"
         r"(?! \s+ (?:the \s+ )?(?:information \s+ )?commissioner|[^.]{0,60}? (?:www\.)?ico\.(?:gov|org)\.uk)",
         "The policy can be found on our website."),
        # a later answer pointing back to the publication an earlier one named
        (r"(?:the \s+ (?:same|annual|quarterly|monthly|latest)|that|this) \s+ (?:publication|release|bulletin|statistics|web \s?page)"
         r" \s+ (?:also \s+ )?(?:gives|shows|includes|contains|sets \s+ out|provides|breaks)",
         "The same publication gives the ages of those injured, in bands."),
    ],
    # The force says it holds none, or not this part, of what was asked.
    "not_held": [
        (r"^" + _ANSWER_LABEL + r"not \s+ held\b", "Not held, for the reason given in answer 1."),
        # a verdict printed as a label, alone in an answer cell or a field, or after the labels of
        # the asks it answers: "Information not held." / "b&c Information not held."
        (r"^" + _ANSWER_LABEL + r"(?:the \s+ )?(?:requested \s+ )?(?:information|data|records?|figures?) \s+ not \s+ held\b",
         "b&c Information not held."),
        (r"(?:does|do|did) \s+ not \s+ (?:however \s+ |therefore \s+ |though \s+ )?hold", "The force does not hold the list you asked for."),
        (r"(?:is|are|was|were) \s+ (?:therefore \s+ |thus \s+ |consequently \s+ |also \s+ |simply \s+ )?not \s+ held",
         "The information you have requested is therefore not held."),
        (r"\bholds? \s+ no \s+ (?:recorded \s+ |relevant \s+ )?(?:information|data|records?)",
         "We hold no recorded information on that point."),
        # "No information relevant to your request is held."
        # ("No information in scope of your request is held.")
        (r"\bno \s+ (?:recorded \s+ |relevant \s+ |such \s+ )?(?:information|data|records?) \s+ (?:relevant|relating|in \s+ relation"
         r"|(?:with)?in \s+ (?:the \s+ )?scope|falling \s+ within)"
         r"\b[^.]{0,40}? \b(?:is|are|was|were|has \s+ been|have \s+ been) \s+ (?:held|found|located|kept|recorded)\b",
         "The Constabulary does not use spit hoods. No information relevant to your request is held."),
        (r"\bno \s+ (?:recorded \s+ |relevant \s+ |such \s+ )?(?:information|data|records?) \s+ (?:is \s+ |are \s+ |was \s+ |were \s+ "
         r"|has \s+ been \s+ |have \s+ been \s+ )?(?:held|found|located|kept|recorded|exists?)",
         "No relevant records were found."),
        (r"(?:has|have|had) \s+ no \s+ (?:record|records|information|data)\b", "The unit has no record of such payments."),
        (r"(?:has|have|had) \s+ no \s+ (?:recorded|relevant) \s+ (?:information|data|records?)\b",
         "Westshire Police has no recorded information that would answer your request."),
    ],
    # A note that something is not recorded: a part not held when it names something asked for, but
    # also how forces say what their figures leave out ("points given by a court are not recorded")
    # (outcome.judge: it limits a given answer only when some ask is left uncovered).
    "not_recorded": [
        (r"(?:is|are) \s+ not \s+ (?:recorded|captured|collated|kept|retained)\b",
         "The reason for each stop is not recorded on the system."),
        # "They are not flagged or recorded differently on the command and control system, …"
        (r"(?:is|are) \s+ not \s+ (?:flagged|marked|logged|tagged) \s+ (?:or|and) \s+ (?:recorded|captured|logged|identified)\b",
         "They are not flagged or recorded differently on the command and control system."),
        # the force saying it records nothing of the kind ("… does not record the number of people who …")
        (r"\b(?:does|do) \s+ not \s+ (?:record|capture|collate|keep|retain) \s+ (?:(?:the|any|this|that|such) \s+ )?"
         r"(?:number|numbers|details|reasons?|data|figures|information|statistics|records?|count|totals?)\b",
         "Warwickshire Police does not record the number of people who visit its front counters."),
    ],
    # Something asked for is kept back under an exemption.
    "withheld": [
        (r"\bwithh(?:eld|old|olding)\b", "The officers' names have been withheld."),
        (r"manifestly \s+ unreasonable", "We consider the request for this part to be manifestly unreasonable."),
        (r"\bnot \s+ obliged \s+ to \s+ (?:supply|provide|disclose|release) \s+ (?:the|this|that|any|some|all)\b",
         "The force holds more; however, I am not obliged to supply the information you have requested."),
        (r"\b(?:deemed|considered|judged|found|is|are) \s+ (?:to \s+ be \s+ )?(?:unsuitable|not \s+ suitable|inappropriate) \s+ for \s+"
         r"(?:disclosure|release|publication)\b",
         "The information is held; however, it has been deemed unsuitable for disclosure."),
        (r"\bexempt \s+ (?:from \s+ disclosure \s+ )?(?:under|by \s+ virtue|pursuant|in \s+ accordance \s+ with|in \s+ terms \s+ of)",
         "The site plans are exempt under section 24(1)."),   # (FOISA letters: "exempt in terms of section 25(1)")
        (r"\bheld \s+ but \s+ (?:is \s+ |are \s+ )?exempt\b", "Q1: The information is held but is exempt as set out below."),
        (r"\brel(?:y|ies|ying|ied) \s+ (?:up)?on \s+ (?:section|ss?\.?\s?\d|the \s+ exemptions?|exemptions?)",
         "We rely on section 30(1)(a) for the second part."),
        (r"\brefus\w* \s+ (?:to \s+ (?:disclose|provide|release|supply)|(?:this|your|the) \s+ request|it\b|the \s+ information)",
         "We are refusing to release the footage."),
        (r"\b(?:(?:will|can|could|shall) \s+ not|cannot|can't|won't) \s+ (?:be \s+ )?(?:disclosed|released|provided|supplied)\b"
         r"|\b(?:not|unable) \s+ (?:able \s+ )?to \s+ (?:disclose|provide|release|supply)|\bnot \s+ (?:providing|disclosing|releasing)",
         "We are unable to provide the addresses."),
        (r"by \s+ virtue \s+ of \s+ (?:section|ss?\.?\s?\d)", "This part is refused by virtue of section 38(1)(a)."),
        (r"\bredact\w*", "Staff names have been redacted."),
        (r"(?:exemptions?|section \s+ \d+[^\s]*) \s+ (?:applies|apply|(?:is|are) \s+ engaged|(?:has|have) \s+ been \s+ applied)",
         "Section 43(2) applies to the unit prices."),
        (r"(?:has|have) \s+ been \s+ (?:replaced|suppressed) \s+ (?:with|by)",
         "Counts under five have been replaced with an asterisk."),
    ],
    # The response says in so many words that only part is given.
    "partial": [
        # FOISA letters in the passive: "a decision was made to provide some of the information"
        (r"\bdecision \s+ (?:was|has \s+ been) \s+ (?:made|taken) \s+ to \s+ (?:provide|disclose|release|supply) \s+ some\b",
         "After considering your request, a decision was made to provide some of the information you asked for."),
        (r"^[^a-z0-9]*part(?:ial)? \s+ disclosure\b", "Part Disclosure with Section 12(1) and Section 17(1) Exemptions"),
        (r"partial(?:ly)? \s+ (?:disclos\w+|refus\w+|provid\w+|released?|withheld|held|answered|complied|response)",
         "This is a partial disclosure."),
        (r"\bsome \s+ of \s+ (?:the|that|this|your) \s+ (?:requested \s+ )?(?:information|data|request)",
         "We hold some of the information you asked for."),
        # (never the Act's "Part II": "These duties are subject to the exemptions in Part II of the Act")
        (r"\bin \s+ part\b(?! \s+ (?:i{1,3}|iv|v|vi{1,3}|[1-8]) \b)", "Your request is refused in part."),
        # "Part of it is provided below and the remainder is withheld …"
        (r"\bpart \s+ of \s+ (?:it|this|that|the \s+ information) \s+ (?:is|has \s+ been|was) \s+ (?:provided|given|set \s+ out"
         r"|disclosed|released|shown|attached|enclosed|below)", "Part of it is provided below and the remainder is withheld."),
        # (not the request read as a whole: "read with the rest of the request, confirming it would …")
        (r"(?<!read\swith\sthe\s)(?<!read\swith\syour\s)(?<!taken\swith\sthe\s)(?<!alongside\sthe\s)(?<!alongside\syour\s)"
         r"(?:remainder|rest) \s+ of \s+ (?:the|your) \s+ (?:information|request|data)",
         "The rest of the information is exempt."),
        (r"\b(?:one|some|other|certain) \s+ parts? \s+ (?:of \s+ (?:the|your) \s+ request \s+ )?(?:is|are|has|have|was|were)\b",
         "One part of your request is not held."),
        (r"^parts? \s+ of \s+ (?:this|the|your) \s+ (?:request|information) \s+ (?:is|are|has|have|was|were)\b",
         "Parts of this request are exempt by virtue of section 40(2)."),
        (r"\bnot \s+ (?:possible|able) \s+ to \s+ (?:meet|comply \s+ with|answer|provide|fulfil)\b [^.]{0,40}? \bin \s+ full\b",
         "It is not possible to meet your requirements in full."),
        # a refusal said to cover one part: "Therefore s12 of the Act applies to that part of your request."
        PART_OF_REQUEST,
        (r"\b(?:cannot|can't|will \s+ not|could \s+ not) \s+ be \s+ (?:disclosed|provided|released|supplied) \s+ in \s+ full\b",
         "The information is held, but it cannot be disclosed in full for the reasons below."),
        REDACTED_COPY,
        (r"\bdisclose \s+ some \s+ of \s+ it\b|\b(?:withhold|refuse|exempt) \s+ the \s+ (?:rest|remainder)\b",
         "I have decided to disclose some of it and to withhold the rest."),
        (r"\bfor \s+ (?:anything|everything) \s+ else \s+ (?:we \s+ |the \s+ force \s+ )?(?:rel(?:y|ies)|appl(?:y|ies)|withh\w*)",
         "The figures above are all we hold, and for anything else we rely on section 31(1)."),
        # given beyond what the Act requires, beside a refusal of the rest
        GOODWILL,
        # a reviewer releasing part of what the first reply refused
        PARTLY_UPHELD,
    ],
    # The response states that all of it is given.
    "full_decision": [
        (r"decided \s+ to \s+ disclose \s+ (?:all|the \s+ (?:requested \s+ )?information \s+ in \s+ full)",
         "We have decided to disclose all of the information."),
        (r"full \s+ disclosure", "This is a full disclosure."),
        (r"(?:has|have) \s+ been \s+ (?:provided|disclosed|supplied|released|given) \s+ in \s+ full\b"
         r"|\b(?:it|this|the \s+ information) \s+ (?:is|are) \s+ (?:provided|disclosed|supplied|released|given|set \s+ out) \s+ in \s+ full\b",
         "Westshire Police holds the information you asked for and it has been provided in full."),
        # (and the past participle after the noun: "All of the information requested has been provided.")
        (r"\ball \s+ (?:of \s+ )?the \s+ information \s+ (?:you \s+ (?:asked \s+ for|requested) \s+ |requested \s+ |sought \s+ )?(?:is|has \s+ been) \s+ "
         r"(?:provided|disclosed|given|attached|below|enclosed)", "All the information you requested is provided below."),
        # a log page's outcome field: "Outcome: Disclosed in full", "Decision: Information released in full"
        (r"^[a-z ]{3,30}: \s* (?:(?:the \s+ )?information \s+ )?(?:disclosed|released|provided|supplied|granted) \s+ in \s+ full \b",
         "Outcome: Disclosed in full"),
        # a later reply in a thread closing what the first left open
        (r"\b(?:all|each|every) \s+ (?:(?:\w+ \s+ )?of \s+ )?your \s+ (?:questions|requests|points) \s+ (?:have|has) \s+ (?:now \s+ )?been \s+ answered",
         "With this reply all three of your questions have been answered."),
        # nothing withheld, said outright
        (r"\b(?:no \s+ (?:information|part \s+ of \s+ (?:the|this|your) \s+ (?:information|response|request))|nothing)"
         r" \s+ (?:has \s+ been|was|is|have \s+ been) \s+ (?:withheld|redacted)", "No information has been withheld from this response."),
    ],
    # Something is given: an explicit giving verb or a pointer to the attached or tabled answer.
    "disclosure": [
        # (not "Please see below for the following exemptions:", which heads the refusal)
        # (nor "Please find below answers to your questions:-", which only heads the answers)
        (r"please \s+ (?:find|see) \b (?![^.]{0,60}?(?:\b(?:exemptions?|reasons?|refusal|explanation|response \b [^.]{0,30}? \b below"
         r"|answers? \s+ to \s+ (?:each \s+ of \s+ )?(?:your|the) \s+ (?:questions?|requests?) \s* :? \s* -?)\b"
         # "Please find attached Anyshire Police's response to your request.": the letter itself, no data
         # ("… attached response to your Freedom of Information request.")
         r"|(?<!\bin\s)\b(?:response|reply) (?:\s+ to \s+ your \s+ (?:[\w()]+ \s+){0,5}?(?:request|e-?mail|letter|application))?\b"
         # ("… our response to your request for information about ANPR cameras in Sheffield.": what it was about)
         # ("Please find attached our response to your request for information.")
         # ("… the response to your Freedom of Information request, reference number FOI/2024/01277.")
         r" (?:\s* ,? \s+ (?:(?:our \s+ )?(?:reference|ref\.?) (?:\s+ (?:number|no\.?))? \s+ )?[\w.\-/]*\d[\w.\-/]*)? (?:\s+ for \s+ information)? (?:\s+ (?:about|regarding|concerning|on|relating \s+ to) \s+ [^.]{1,80})? \s* (?:\.|$)"
         # "Please see our response attached.": the letter is the attachment, nothing said given here
         r"|\b(?:response|reply) \s+ (?:is \s+ )?(?:attached|enclosed) \s* (?:\.|$)"
         # "… the response to your request, which for ease of reference is repeated here:"
         r"|\b(?:response|reply) \s+ to \s+ your \s+ (?:request|e-?mail|letter|application) \s* , \s* which \b"
         # "… a joint response from both Forces.", "… Lancashire Constabulary's second response to your recent request."
         r"|\b(?:response|reply) \s+ (?:from|to) \s+ (?:(?!\b(?:data|figures|information|table|spreadsheet|list|cop(?:y|ies)|details)\b)[^.]){0,50} (?:\.|$)))"
         r"[^.]{0,60}? \b(?:attached|enclosed|below|above|table|spreadsheet|following|figures|data)",
         "Please see the enclosed spreadsheet for each month."),
        # what the attached reply gives, said on the page: "The response gives the number of dogs seized …"
        # (never its reasons: "The response sets out the reasons for the refusal.")
        (r"\b(?:the|our|this) \s+ (?:attached \s+ |enclosed \s+ )?(?:response|reply|letter|document) \s+ (?:gives|provides|sets \s+ out|shows|contains|includes|lists)"
         r" \s+ (?:you \s+ )?(?:the|all|each|every)\b [^.]{0,30}? \b(?:numbers?|figures?|totals?|counts?|answers?|details|costs?|data|breakdown)\b",
         "The response gives the number of dogs seized in each of the three years you asked about."),
        # (not "The text of these sections is set out in Appendix A": the law, not the answer)
        # ("The number of sites is now disclosed below.")
        # ("A copy of the contract is provided with this response, with …")
        # (nor the request's own words: Police Scotland's "I refer to your recent request for
        # information which is detailed below, and I am now in a position to respond.")
        (r"(?<!text\sof\s)(?<!wording\sof\s)(?<!request\sfor\s)(?<!requests\sfor\s)(?:information|figures?|data|details|numbers?|totals?|counts?|answers?|breakdown|results?|table|spreadsheet|list|they|these|it|cop(?:y|ies))"
         r"\b (?:\s+ [\w']+){0,4}? \s+ (?:is|are|has \s+ been|have \s+ been) \s+ (?:now \s+ )?(?:attached|enclosed|provided|set \s+ out|shown"
         r"|detailed|given|listed) \s+ (?:below|above|here|at \s+ the \s+ end|with \s+ this|(?:in|on) \s+ (?:the \s+ )?(?:table|attache|enclose"
         r"|spreadsheet|appendix|annex|following|this|each)|to \s+ (?:this|you))",
         "The figures you asked for are set out in the table below."),
        # ("… are released at the end of each month on police.uk" says where they are published)
        (r"(?:information|figures?|data|details|numbers?|totals?|counts?|answers?|breakdown|results?|table|list)"
         r"\b (?:\s+ [\w']+){0,4}? \s+ (?:is|are|has \s+ been|have \s+ been) \s+ (?:now \s+ )?(?:disclosed|released) \s+ "
         r"(?:below|above|here|to \s+ you|with \s+ this|(?:in|on) \s+ (?:the \s+ )?(?:table|attache|enclose|spreadsheet|appendix|annex|following))",
         "The number of sites is now disclosed below."),
        # the holding confirmed with the answer's place: "The force holds the information you asked
        # for, which is set out below."
        (r"\bholds? \s+ (?:the|this|all \s+ (?:of \s+ )?the) \s+ information \s+ (?:that \s+ )?you \s+ (?:have \s+ )?"
         r"(?:requested|asked \s+ for|seek|sought) \s* ,? \s* (?:which|and \s+ (?:it|this)) \s+ (?:is|has \s+ been) \s+ "
         r"(?:provided|given|set \s+ out|shown|attached|enclosed|detailed|listed) \s+ (?:below|above|overleaf|here|with \s+ this"
         r"|(?:in|on) \s+ (?:the \s+ )?(?:tables? \s+ below|following|attached|enclosed|accompanying|spreadsheet|table \s+ below))\b",
         "The force holds the information you asked for, which is set out below."),
        (r"\b(?:is|are|has \s+ been|have \s+ been) \s+ (?:attached|enclosed)\b", "A copy of the current policy is attached."),
        # whatever is named, in the table that follows: "The pay scales from 1 September 2023 are set out in the table below."
        # (or in the spreadsheet sent with the reply: "The number of van deployments by month is given in the spreadsheet.")
        (r"\b(?:is|are|has \s+ been|have \s+ been) \s+ (?:set \s+ out|shown|given|listed|detailed|provided) \s+ in \s+ the \s+ "
         r"(?:(?:tables?|spreadsheet) \s+ (?:below|above|attached|overleaf)\b|(?:attached \s+ |enclosed \s+ )?(?:spreadsheet|workbook)s? \s* (?:\.|$))",
         "The pay scales from 1 September 2023 are set out in the table below."),

        (r"\b(?:is|are|has \s+ been|have \s+ been) \s+ (?:listed|set \s+ out|shown|given|detailed|included) \s+ (?:in|on) \s+ "
         r"(?:the|our) \s+ (?:attached|enclosed|accompanying)", "The stations and their hours are listed in the attached document."),
        # the answers' carrier named: "The answers to questions 1 and 2 are in the attached spreadsheet, …"
        # (never "Further information is contained in the attached document": a refusal's annex)
        (r"\b(?:answers?|figures|data|responses?(?= \s+ to \s+ (?:your|the) \s+ (?:questions?|request)))"
         r" \s+ (?:to \s+ (?:your \s+ |the \s+ )?(?:questions?|parts?|q|request) \s* [\d\s,and&-]{0,20} \s*)?"
         r"(?:is|are|can \s+ be \s+ found) \s+ (?:contained \s+ )?(?:in|on) \s+ (?:the|our) \s+ (?:attached|enclosed|accompanying) \s+ "
         r"(?:spreadsheets?|workbooks?|tables?|documents?|files?|appendix|annex|schedule|pdf|excel)\b"
         r"|(?<!further\s)(?<!more\s)(?<!additional\s)(?<!other\s)\binformation \s+ (?:you \s+ (?:asked \s+ for|requested) \s+ )?(?:is|are) \s+ "
         r"(?:contained \s+ )?in \s+ (?:the|our) \s+ (?:attached|enclosed|accompanying) \s+ (?:spreadsheets?|workbooks?|excel)\b",
         "The answers to questions 1 and 2 are in the attached spreadsheet, which shows the number received by year."),
        # ("I can therefore now tell you that …": a review releasing what the first reply withheld)
        (r"\bcan \s+ (?:(?:therefore|now|also) \s+ ){0,2}(?:advise|inform \s+ you|tell \s+ you)\b|\b(?:we|i) \s+ (?:can|are \s+ able \s+ to|am \s+ able \s+ to) \s+ "
         r"(?:provide|supply|disclose|release|enclose)\b", "We can advise that 12 officers completed the course."),
        (r"\bcan \s+ confirm \s+ that \s+ (?:there|the \s+ (?:number|total|figure|force \s+ (?:has|used|spent|paid))|\d)",
         "I can confirm that there were 9 such incidents."),
        # a nil return confirmed: an answer as "I can confirm that there were 9" is (never a search
        # that found no records or documents: not held)
        (r"\b(?:confirm(?:ed|s)?|stated?) \s+ that \s+ no \s+ "
         r"(?!(?:recorded \s+ |relevant \s+ |such \s+ )?(?:information|data|records?|details|documents?|figures|statistics|files?|footage|recordings?|correspondence|letters?|e-?mails?|minutes|reports?|cop(?:y|ies)|polic(?:y|ies)|notes?)\b)"
         r"[a-z]+(?: \s+ [a-z]+){0,3}? \s+ (?:was \s+ |were \s+ |has \s+ been \s+ |have \s+ been \s+ )?"
         r"(?:discharged|fired|used|deployed|dismissed|arrested|charged|recorded|issued|made|received|injured|killed|seized|paid|"
         r"suspended|disciplined|convicted|stopped|searched|granted|refused|reported|sold|bought|purchased)\b",
         "We confirmed that no CNC officer discharged a firearm during an operational deployment in 2022."),
        (r"(?:has|have) \s+ been \s+ (?:provided|disclosed|supplied|released|given) \s+ in \s+ full\b"
         r"|\b(?:it|this|the \s+ information) \s+ (?:is|are) \s+ (?:provided|disclosed|supplied|released|given|set \s+ out) \s+ in \s+ full\b",
         "The information you asked for has been provided in full."),
        (r"\b(?:decided|pleased|happy) \s+ to \s+ (?:disclose|release|provide|supply|enclose)\b",
         "I am pleased to provide the figures below."),
        (r"\bthe \s+ decision \s+ has \s+ been \s+ (?:taken|made) \s+ to \s+ (?:disclose|release|provide)\b",
         "The decision has been taken to disclose the following."),
        # (not an auto-reply's "Please note that our office hours are as follows:")
        # "… holds some information to which your request relates and this is being provided to you."
        (r"\b(?:this|it|they|these|the \s+ information) \s+ (?:is|are) \s+ being \s+ (?:provided|disclosed|released|supplied) \s+ to \s+ you\b",
         "The force holds some of the information and this is being provided to you."),
        # "I can confirm that Anyshire Constabulary holds the information requested, as outlined below."
        (r"\bholds? \s+ (?:the \s+ |this \s+ )?information \s+ (?:you \s+ have \s+ |you \s+ )?requested,? \s+ (?:as|which \s+ is) \s+ "
         r"(?:outlined|set \s+ out|shown|detailed|provided|given|listed) \s+ below\b",
         "I can confirm that Anyshire Constabulary holds the information requested, as outlined below."),
        # (not "… our response is as follows.", which only heads the response)
        # (nor the requester's "My questions are as follows:")
        # (nor a reviewer's "My findings are as follows.", "The reasons are as follows.")
        (r"\bhere \s+ (?:is|are) \s+ the\b|(?<!hours\s)(?<!response\s)(?<!reply\s)(?<!decision\s)(?<!questions\s)(?<!request\s)"
         r"(?<!requests\s)(?<!findings\s)(?<!reasons\s)(?<!conclusions\s)(?:is|are) \s+ as \s+ follows", "The numbers are as follows."),
        # "Please see the attached spreadsheet for our response to Q1, Q2 and Q3.": the data carrier named
        (r"please \s+ (?:find|see) \s+ (?:the \s+ )?(?:attached|enclosed) \s+ (?:spreadsheet|table|tables|data|figures|workbook)\b",
         "Please see the attached spreadsheet for our response to Q1, Q2 and Q3."),
        # "I have listed below the stations and their opening hours."
        (r"\b(?:i|we) \s+ have \s+ (?:listed|set \s+ out|detailed|tabulated) \s+ (?:below|above)\b",
         "I have listed below the stations and their opening hours."),
        (r"\b(?:above|below) \s+ (?:is|are) \s+ (?:all \s+ )?(?:the \s+ )?(?:information|data|figures)\b",
         "Above is all the information we hold on this subject."),
        (r"\b(?:the \s+ )?answer \s+ (?:to \s+ (?:your \s+ )?(?:question|q)\s?\d* \s+ )?is\b", "The answer to question 2 is yes."),
        # a nil or a count stated of the figure asked for: "The figure is therefore zero."
        (r"\bthe \s+ (?:figure|number|total|count) \s+ (?:is|was) \s+ (?:therefore \s+ |thus \s+ |so \s+ )?(?:zero|nil|none|\d)",
         "Officers did not discharge a firearm in 2024. The figure is therefore zero."),
        # one part said to be answered: "Question 2 is answered below." (the rest refused elsewhere)
        (r"\b(?:question|part|q) \s* \d{1,2}[a-z]? \s+ (?:is|has \s+ been) \s+ (?:answered|provided|given) \b",
         "Question 2 is answered below; question 1 is exempt."),
        (r"\b(?:i|we) \s+ have \s+ (?:provided|given|supplied|disclosed|answered) \s+ (?:the \s+ (?:information|figures?|answer) \s+ "
         r"(?:for|to|in \s+ (?:answer|response) \s+ to) \s+ )?(?:questions?|parts?|q) \s* \d",
         "I have provided the information for question 1."),
    ],
    # A figure or fact stated in prose: counts as given only when nothing is refused.
    "stated_fact": [
        (r"\bthere \s+ (?:were|was|are|is|have \s+ been|has \s+ been) \s+ (?:a \s+ total \s+ of \s+ |approximately \s+ |around \s+ "
         r"|about \s+ |over \s+ )?\d", "There were 14 thefts in 2023."),
        # the same count in words ("There are currently eight officers in the team.")
        # (the adverb required: "There are two parts to your request" counts nothing)
        (r"\bthere \s+ (?:are|is) \s+ (?:currently|presently|now|at \s+ present) \s+ (?:a \s+ total \s+ of \s+ )?"
         r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)"
         r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))? \s+ (?!of\b|times?\b|ways?\b|reasons?\b)[a-z]{3,}",
         "There are currently eight officers in the Rural Crime Team."),
        (r"^(?:yes|no) \s* (?:[,.;:]|$)", "Yes, the policy was reviewed in 2022."),
        # a count in words opening the answer
        (r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)"
         r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))? \s+ (?!of\b|part)[a-z]+(?: \s+ [a-z]+){0,3}? \s+ "
         r"(?:(?:were|was|are|is|have \s+ been|has \s+ been|(?:have|has) \s+ (?!need|used|based|related|concerned)[a-z]{3,}ed)\b"
         r"|(?!need|used|based|related|concerned)[a-z]{3,}ed \s* [.;]? \s* $)",
         "Eight officers were disciplined."),   # (or "Four front counters have closed since 2019: …")   # (also a verb closing the sentence: "Four officers attended.")
        # a count in figures opening the answer, after its date: "On 1 May 2025, 11 police officers were suspended from duty."
        (r"^(?:(?:on|in|at|as \s+ (?:at|of)|during|between) \s+ [^,]{3,40}, \s* )?\d[\d,]* \s+ (?!of\b|per\b|percent\b)[a-z]+(?: \s+ [a-z-]+){0,3}? \s+ "
         r"(?:were|was|have \s+ been|has \s+ been) \s+ (?!need|used|based|related|concerned)[a-z]{3,}ed\b",
         "On 1 May 2025, 11 police officers were suspended from duty."),
        # the force's own count: "In 2024 the force received 143 requests …" / "We issued 12 notices."
        (r"\b(?:the \s+ (?:force|constabulary|service|department|unit)|we|police|constabulary) \s+ (?:received|recorded|issued|made|employed|employs"
         r"|spent|paid|seized|conducted|carried \s+ out|dealt \s+ with|attended|approved|agreed|refused|dismissed|"
         r"suspended|arrested|charged|deployed|purchased|bought) \s+ (?:a \s+ total \s+ of \s+ |approximately \s+ |around \s+ "
         r"|about \s+ |over \s+ |just \s+ over \s+ )?£?\d[\d,]*(?!\s*(?:working \s+ )?(?:days?|hours?|weeks?|months?|years?)\b)",
         "In 2024 the force received 143 requests asking for personal data to be erased."),
        # what the force has, in a count: "North Wales Police currently has 1,450 body worn video cameras in use."
        # (never time it is allowed: "The force has 20 working days to respond")
        # in words, with an adverb of the present: "The constabulary currently has seven front counters open
        # to the public." (never "The force has two systems that record …")
        # (a verb of owning or running needs no adverb: "The force owns fourteen drones.")
        (r"\b(?:police|constabulary|the \s+ (?:force|service)|we) \s+ (?:(?:currently|now|presently) \s+ (?:has|have|holds|owns|operates|runs)"
         r"|(?:currently \s+ |now \s+ |presently \s+ )?(?:owns|own|operates|operate|runs|run|employs|employ))"
         r" \s+ (?:a \s+ total \s+ of \s+ )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)"
         r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))? \s+ (?!of\b)[a-z]{3,}",
         "The constabulary currently has seven front counters open to the public."),
        (r"\b(?:police|constabulary|the \s+ (?:force|service)|we) \s+ (?:currently \s+ |now \s+ |presently \s+ )?(?:has|have|holds|owns|operates|runs)"
         r" \s+ (?:a \s+ total \s+ of \s+ |approximately \s+ |around \s+ |about \s+ |over \s+ )?"
         r"\d[\d,]*(?! \s* (?:working \s+ )?(?:days?|hours?|weeks?|months?|years?)\b)\s+[a-z]",
         "North Wales Police currently has 1,450 body worn video cameras in use."),
        # (the force by its initials: "The MDP currently holds 1,150 body-worn video cameras.")
        (r"\b(?-i:[A-Z]{2,5}) \s+ (?:currently \s+ |now \s+ |presently \s+ )?(?:has|holds|owns|operates|runs)"
         r" \s+ (?:a \s+ total \s+ of \s+ |approximately \s+ |around \s+ |about \s+ |over \s+ )?\d[\d,]*(?! \s* (?:working \s+ )?(?:days?|hours?|weeks?|months?|years?)\b)\s+[a-z]",
         "The MDP currently holds 1,150 body-worn video cameras."),
        # a numbered answer that restates its ask as a fact: "2. The Constabularies do ask for consent." (an
        # aside such as "For completeness, the force does use …" after a not-held answer is no answer)
        (r"^[^\w]*(?:q\s?)?\d{1,2}[a-z]?\s?[.):]\s+[^.]{0,60}?\b(?:constabular(?:y|ies)|police|force|service|department|unit|we|they)"
         r"\s+(?:do|does|did)\s+(?!not\b)"
         r"(?:collect|have|ask|record|keep|use|carry|employ|offer|operate|retain|run|monitor|train|issue|deploy|require)\b",
         "2. The Constabularies do ask for consent before a phone is examined."),
        # a count after its period: "In 2023, 162 people were charged with a burglary offence."
        (r"^(?:in|during|between|from|over)\b[^,]{1,40},\s*\d[\d,]*\s+(?:[a-z]+\s+){0,3}(?:were|was|have\s+been|has\s+been)\s+[a-z]",
         "In 2023, 162 people were charged with a burglary offence."),
        # a count opening its sentence: "31 were agreed in full and 12 in part."
        (r"^\d[\d,]* \s+ (?:of \s+ (?:these|those|them) \s+ )?(?:were|was|have \s+ been|has \s+ been) \s+ [a-z]",
         "31 were agreed in full and 12 in part."),
        # a count of things opening its sentence: "3,902 calls to 101 were abandoned before being answered."
        (r"^\d[\d,]* \s+ (?!(?:working \s+ )?(?:days?|hours?|weeks?|months?|years?)\b)(?:of \s+ (?:these|those|the) \s+ )?[a-z]+(?: \s+ (?:to|on|in|at|of)? \s* [\w()%.]+){0,4}? \s*"
         r"(?:\([^)]{1,12}\) \s+ )?(?:were|was|have \s+ been|has \s+ been) \s+ [a-z]",
         "3,902 calls to 101 were abandoned by the caller before being answered."),
        # a nil return in prose, the answer being none (never a search that found no records: not held)
        (r"^there \s+ (?:were|was|have \s+ been|has \s+ been) \s+ no \s+ "
         r"(?!(?:recorded \s+ |relevant \s+ |such \s+ )?(?:information|data|records?|details|documents?|figures|statistics|files?|footage|recordings?|correspondence|letters?|e-?mails?|minutes|reports?|cop(?:y|ies)|polic(?:y|ies)|notes?)\b)"
         r"[a-z]+(?: \s+ [a-z]+){0,3}? \s+ (?:in|during|between|from|at|on|by|involving|where)\b",
         "There were no Taser discharges in custody suites during 2023."),
        # an answer under its ask's label: "Q1: Zero", "Question 2 - 14", "A3. Nil"
        (r"^(?:q|question|answer|a)\s?\d{1,2}[a-z]?\s*[:)\-–]\s*(?:zero|nil|none|no\s+(?:cases|incidents|records)|£?\d[\d,]*)\s*\.?$",
         "Q1: Zero"),
        # a "label: figure" line, not a reference, date or phone field
        (r"^(?![^:]*\b(?:ref|reference|date|tel|telephone|phone|number|no)\b)[A-Z][^:]{3,80}: \s* £?\d[\d,]*(?:\.\d+)?$",
         "Dogs retired in 2023: 12"),
    ],
}

# A key/value row that names the decision ("| Decision | Information partially held |"): its value
# is the force's verdict, read as a sentence ("Decision: Information partially held"). One example
# row each; a row of data ("| Outcome of the case | 12 |") has a figure, not a verdict.
DECISION_FIELDS: list[tuple[str, str]] = [
    (r"decision", "| Decision | Information partially held |"),
    (r"outcome", "| Outcome | Full disclosure |"),
    (r"(?:response|disclosure|decision) \s+ (?:type|status)", "| Response type | Information not held |"),
    (r"result", "| Result | Refused - section 12 |"),
    (r"disclosure", "| Disclosure | Full |"),
]
DECISION_FIELD = re.compile(
    r"^\|\s*(?:" + "|".join(f"(?:{p})" for p, _ in DECISION_FIELDS) + r")\s*:?\s*\|\s*(?P<value>[^|]*[A-Za-z][^|]*?)\s*\|$",
    re.I | re.X)

# A sentence that cites a general rule or a condition rather than what happened on this request.
HYPOTHETICAL = re.compile(
    r"""^\W*(?:if|should|unless|whether|where|in \s+ the \s+ event)\b   # If / Where exemptions are relied upon ...
        | does \s+ or \s+ does \s+ not | whether \s+ or \s+ not         # ... does or does not exist
        # the option not taken, then what was done: "We could have referred you to that publication under
        # section 21, but as the rest … is not published we have provided all of the figures here."
        | ^\W*(?:we|i|the \s+ force) \s+ could \s+ have \s+ (?:referred|relied|applied|refused|cited)\b [^.;]* , \s* but\b
        | \bconsider\w* \s+ (?:whether|if)\b                          # we considered whether s31 applied
        # the Act's duty restated: "… to provide it unless an exemption applies"
        # (never with a decision after it: "… unless an exemption applies; the force does not hold …")
        | \bunless \s+ (?:an? \s+ |any \s+ |one \s+ of \s+ the \s+ )?(?:exemptions?|exceptions?) \s+ (?:applies|apply) \s* [.!]? \s* $
        # "Consideration was given to withholding the list under Section 31(1)(a), …" (then set aside)
        | \bconsideration \s+ (?:was|has \s+ been|had \s+ been) \s+ given \s+ to \s+ (?:withholding|applying|relying|refusing|citing)\b
        # where an officer could be named, "the force would consider Section 40(2)" (not "would need to consider each form by hand")
        | \b(?:would|might|may) \s+ (?:need \s+ to \s+ )?consider \s+ (?:applying \s+ |relying \s+ on \s+ )?(?:section|s\.|the \s+ exemption)
        | \bmay \s+ (?:make \s+ it \s+ necessary|(?:need|have) \s+ to) \b   # ... may make it necessary to refuse them
        # the procedure's possible results, not this one: "A review can have one of three outcomes: …"
        | \b(?:can|could|may|will) \s+ (?:have|result \s+ in|lead \s+ to) \s+ (?:one \s+ of \s+ )?(?:\w+ \s+ )?(?:possible \s+ )?outcomes?\b
        | \bpossible \s+ outcomes?\b
        # what the law would allow, then not done: "… which would ordinarily mean that they could be
        # withheld under section 25" (the figures are given)
        | \b(?:ordinarily|normally|usually)\b [^.]* \bcould \s+ (?:have \s+ been|be) \s+ (?:withheld|exempt(?:ed)?|refused)\b""",
    re.I | re.X)
# A disclosure pointer that only hands over leaflets, guidance or rights, not the answer (guidance on
# the process: "guidance on making a request", "our guidance notes"; not "Please find attached the
# guidance document", the guidance an ask requested).
NOT_AN_ANSWER = re.compile(r"guidance \s+ (?:on|about|for \s+ (?:applicants|requesters)|notes?|leaflet)|(?:foi|ico|our|explanatory) \s+ guidance"
                           r"|leaflet|explanatory|rights|complain|refusal \s+ notice|link|reasons"
                           r"|decision(?! \s+ has \s+ been \s+ (?:taken|made) \s+ to \s+ (?:disclose|release|provide))"
                           r"|section \s+ 16|advice \s+ and \s+ assistance|aid \s+ and \s+ assist"
                           # context offered in place of what is refused: "Although we cannot give the numbers …, we can
                           # tell you in general terms that armed officers are available …" answers no ask
                           r"|\bin \s+ general \s+ terms\b"
                           # an earlier reply sent again: "A copy of our response of 27 August is attached for your
                           # convenience." (a repeated request's refusal, a review) gives nothing new
                           # (never "A copy of the letter dated 4 March 2024 is attached": a letter the request asked for)
                           r"|cop(?:y|ies) \s+ of \s+ (?:(?:our|my|that) \s+ (?:(?:earlier|previous|original|first|initial|last|prior) \s+ )?"
                           r"(?:response|reply|letter|answer)s?\b|the \s+ (?:(?:earlier|previous|original|first|initial|last|prior) \s+ "
                           r"(?:response|reply|letter|answer)s?\b|(?:response|reply|answer)s? \s+ (?:of|dated|sent)\b))"
                           # a pointer to the layout: "Your questions and our answers are set out in the table below."
                           r"|(?:questions?|requests?) \s+ and \s+ (?:our \s+ )?(?:answers?|responses?|replies) \s+ (?:are \s+ )?"
                           r"(?:set \s+ out|laid \s+ out|shown|given|printed) \s+ (?:side \s+ by \s+ side \s+ )?(?:in \s+ the \s+ table \s+ )?below", re.I | re.X)

# A review withdrawing the first reply's neither-confirm-nor-deny: "I have concluded that the neither
# confirm nor deny response was not appropriate and it is withdrawn." (no NCND is relied on after it)
NCND_WITHDRAWN = re.compile(r"\bneither\s+confirm(?:s|ed|ing)?\s+nor\s+den(?:y|ies|ied|ying)\b[^.]{0,60}?\b(?:was|is|were|has\s+been|had\s+been)\s+"
                            r"(?:not\s+(?:appropriate|justified|correct|upheld|sustainable|warranted)|inappropriate|withdrawn|set\s+aside|overturned)\b",
                            re.I)

# The requester's case reported back by the reviewer: "In your request for a review you argued that the
# neither confirm nor deny response was not justified" withdraws nothing.
_THEY_ARGUED = re.compile(r"\byou\s+(?:argued|said|stated|contended|claimed|felt|believe|believed|suggested|complained|asserted)\b", re.I)


# The force saying what it has NOT relied on: "we have not relied on the 'neither confirm nor deny'
# provisions at sections 24(2) and 31(3)", "We have not applied section 40(5) to this request".
DISCLAIMED = re.compile(r"\b(?:we|i)\s+(?:have|had|did|do|are|were|will)\s+not\s+(?:relied|relying|rely|applied|applying|apply"
                        r"|used|using|cited|citing|invoked|invoking)\b"
                        # the passive: "Section 40(5) has not been applied"
                        r"|\b(?:has|have|had)\s+not\s+been\s+(?:relied|applied|used|cited|invoked)\b"
                        r"|\b(?:is|are|was|were)\s+not\s+(?:being\s+)?(?:relied|applied|cited|invoked)\b"
                        # a section the cost limit left unweighed: "As Section 12 applies, we have not gone on
                        # to consider whether any of it would be exempt under Section 30 or Section 40(2)"
                        r"|\b(?:we|i)\s+(?:have|had|did)\s+not\s+(?:gone\s+on\s+to\s+|go\s+on\s+to\s+|further\s+)?consider(?:ed)?\s+whether\b"
                        # "Sections 30, 31 and 40 … were considered and none of them was applied"
                        r"|\b(?:was|were|have\s+been|has\s+been)\s+considered\b[^.;]{0,20}?\bnone\s+of\s+(?:them|these|those|which)\s+"
                        r"(?:was|were|is|are|has|have)\s+(?:been\s+)?(?:applied|relied)\b"
                        r"|\bconsidered\s+(?:and|but)\s+not\s+(?:applied|relied|used|engaged)\b", re.I)


def ncnd_withdrawn(text: str) -> re.Match | None:
    """The reviewer's own withdrawal of the first reply's NCND in text (NCND_WITHDRAWN), not the requester's
    argument for one."""
    for m in NCND_WITHDRAWN.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if not _THEY_ARGUED.search(text[start:m.start()]):
            return m
    return None


PATTERNS: dict[str, re.Pattern] = {
    name: re.compile("|".join(f"(?:{p})" for p, _ in rows), re.I | re.X) for name, rows in CUES.items()
}
# The same cues for the sentence loop, which matches each sentence against every class: lower-cased
# patterns over lower-cased text run about twice as fast as re.I. Cues whose case matters
# ("(?-i:PIT)") stay apart and see the sentence as written. Only \s \d \w \b escapes are used, so
# lower-casing a pattern keeps its meaning.
FOLDED: dict[str, re.Pattern] = {
    name: re.compile("|".join(f"(?:{p.lower()})" for p, _ in rows if "(?-i:" not in p), re.X)
    for name, rows in CUES.items() if any("(?-i:" not in p for p, _ in rows)
}
CASED: dict[str, re.Pattern] = {
    name: re.compile("|".join(f"(?:{p})" for p, _ in rows if "(?-i:" in p), re.X)
    for name, rows in CUES.items() if any("(?-i:" in p for p, _ in rows)
}
