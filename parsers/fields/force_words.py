"""Which sentences of a response are the force's decision words, and which are something else.

A response's text carries more than the force's decision: complaint-rights boilerplate, the
requester's own letters (a WhatDoTheyKnow thread or an e-mail's quoted original), WhatDoTheyKnow's
status banners and sidebar, the original decision that an internal review reports, interim
e-mails (acknowledgement, clarification, extension) and the Act's own words quoted in a letter.
`units` tags every sentence with what it is; the outcome procedure judges only the decision
sentences, and exemptions.py does not take labels that only such other sentences cite.
"""
from __future__ import annotations

import re
from functools import lru_cache

from parsers.fields import sentences
from parsers.fields.outcome_cues import FOLDED

# What a sentence is, when it is not the force deciding: (kind, why).
KINDS = {
    "rights": "complaint-rights or re-use boilerplate",
    "site": "WhatDoTheyKnow site text (status line, sidebar)",
    "requester": "the requester's own letter (addressed to the force)",
    "history": "the original request or decision that an internal review reports",
    "interim": "an acknowledgement, clarification or extension: no decision yet",
    "statute": "the Act's own words quoted",
    "advice": "advice and assistance (s16): what a narrower request could get, an offer",
    "law": "the Act's words quoted under an appendix or legislation heading, the section heading them too",
    "appendix": "an appendix or annex of the Act's text (headed as extracts of the Act, or after the "
                "sign-off): reference material; the sections it quotes cite nothing and decide nothing",
    "general": "the force's general practice, not this request ('Where the Act allows us to withhold "
               "information, for example under section 40(2), we will always tell you why')",
}
# A sentence of general practice: a condition, an example and a promise.
_GENERAL_PRACTICE = re.compile(r"^\W*(?:if|where|whenever|when)\b[^.]*\b(?:for\s+example|for\s+instance|such\s+as|e\.g\.)"
                               r"[^.]*\bwe\s+(?:will|would)\b"
                               # "Requests to the police commonly touch on exemptions such as section 30 (…), section 31 (…)"
                               r"|[^.]*?\b(?:commonly|often|usually|typically|generally|frequently|may|can|might)\b[^.]*"
                               r"\bexemptions?\s+(?:such\s+as|like|for\s+example|for\s+instance|e\.g\.|including)\s"
                               # "Some information may be exempt, for example under section 24(1) or section 40(2)."
                               r"|[^.]*?\b(?:may|might|can|could)\s+be\s+(?:exempt|withheld)\b[^.]*?\b(?:for\s+example|for\s+instance|such\s+as|e\.g\.)"
                               # "Cleveland Police may withhold information where an exemption applies, for example Section 40(2)"
                               r"|[^.]*?\b(?:may|might|can|could)\s+withhold\b[^.]*?\b(?:for\s+example|for\s+instance|such\s+as|e\.g\.)"
                               # "had an evaluation existed, it may have been exempt in part under section 31"
                               r"|[^.]*?\b(?:may|might|could|would)\s+have\s+been\s+(?:exempt|withheld)\b"
                               # "… may at times work with the bodies listed in Section 23(3) of the Act": the
                               # Act's list of security bodies named, not an exemption relied on
                               r"|[^.]*?\b(?:bod(?:y|ies)|agenc(?:y|ies)|organisations?)\s+(?:listed|named|specified|set\s+out)\s+(?:in|at|under)\s+"
                               r"(?:section|s\.?)\s?23\s?\(3\)"
                               # the law's duty on a condition: "Where the exemption is qualified, the notice must also
                               # explain the public interest test"; "Where we withhold information, section 17 requires …"
                               # (the law's or the force's standing duty, not "it would require a manual review")
                               r"|\W*(?:if|where|whenever|when)\b(?![^.]*\b(?:this|your)\s+(?:request|question)\b)[^.]*?"
                               r"\b(?:must|(?:we|the\s+force|the\s+constabulary|you)\s+(?:are|is)\s+(?:not\s+)?required\s+to"
                               r"|requires\s+(?:us|the\s+force|a\s+public\s+authority|that))\b"
                               # a requester in general: "a requester's own data is exempt under section 40(1)" (not a
                               # third-person log's "the applicant's own personal data" about this request)
                               r"|[^.]*?\b(?:an?|any)\s+(?:requester|applicant)(?:'s|’s)?\s+own\b|[^.]*?\binformation\s+of\s+which\s+the\s+"
                               r"(?:requester|applicant)\s+is\s+the\s+(?:data\s+)?subject\b"
                               # "The police service most often meets them in the form of sections 23(5), 24(2) …"
                               r"|[^.]*?\b(?:the\s+police\s+service|police\s+forces|forces|the\s+force|we|public\s+authorities)\b[^.,;]{0,40}?\s"
                               r"(?:most\s+often|commonly|usually|typically|generally|frequently)\s+"
                               r"(?:meets?|uses?|relies?|rely|applies|apply|cites?|invokes?)\b",
                               re.I)

# A letter addressed to the force is the requester's: "Dear Westshire Police,", "Dear FOI Team,".
# The force's own letters are addressed to a person ("Dear Mr Reedy", "Dear Requester").
REQUESTER_SALUTATION = re.compile(
    r"""^\W*dear\s+(?:[\w&'’.,-]+\s+){0,6}?
        (?:police|constabulary|police\s+service|police\s+authority|force|ministry\s+of\s+defence
          |(?:foi|freedom\s+of\s+information|information\s+(?:rights|management|compliance|governance)|disclosure)
           \s+(?:team|unit|officer|department|office|manager|section)s?)
        (?:\s*\([A-Za-z]{2,6}\))?        # WhatDoTheyKnow's body names: "Dear Anyshire Police Service (APS),"
        \W*$""", re.I | re.X)
SALUTATION = re.compile(r"^\W*dear\s+\w", re.I)
SIGN_OFF = re.compile(r"^\W*(?:yours\s+(?:faithfully|sincerely|truly)|kind\s+regards|best\s+regards|regards|many\s+thanks)\b",
                      re.I)
# The start of an e-mail's quoted earlier message: the requester's, until the force writes again.
QUOTED_START = re.compile(r"^\W*-{2,}\s*original\s+message\s*-{2,}|^\W*on\s+(?!.{0,60}\byou\s+wrote\b).{6,60}\bwrote:\s*$", re.I)


# A response heading ends a requester's letter that has no sign-off (a log page printing the
# request, "Dear Greater Manchester Police, …", then "Response").
_RESPONSE_HEADING = re.compile(r"^\W*(?:our\s+)?(?:response|answer|reply|decision)s?\s*:?\s*$", re.I)


# A review letter's own heading ("Internal Review", "Internal review decision") over the review itself:
# its sentences are the review's decision, not complaint-rights boilerplate.
_REVIEW_HEAD = re.compile(r"^\W*internal\s+review(?:\s+(?:decision|outcome|result|response|findings|letter))?\s*:?\s*$", re.I)
# ... when the review itself follows it ("I have now completed the internal review …"); the same heading
# over "You may ask for an internal review …" is the rights boilerplate.
_REVIEW_DONE = re.compile(r"\b(?:i|we)\s+have\s+(?:now\s+)?(?:completed|conducted|carried\s+out|undertaken|finished)\s+"
                          r"(?:an?\s+|the\s+|my\s+|our\s+)?(?:internal\s+)?review\b|\b(?:i|we)\s+have\s+(?:now\s+)?reviewed\b"
                          # "The review has been carried out by a member of the team who …"
                          r"|\b(?:the|this|your)\s+(?:internal\s+)?review\s+has\s+(?:now\s+)?been\s+"
                          r"(?:completed|conducted|carried\s+out|undertaken)\b"
                          # "You asked for an internal review of our response of 30 May …" (not "you may ask")
                          r"|^\W*you\s+(?:asked|requested|applied)\s+for\s+an?\s+internal\s+review\b", re.I)
_REVIEW_LOOKAHEAD = 4   # sentences under an "Internal review" heading searched for the review itself


def _under_heading(sents: list[str], k: int) -> list[str]:
    """The first few sentences after the heading sents[k], up to the next heading."""
    out = []
    for s in sents[k + 1:k + 1 + _REVIEW_LOOKAHEAD]:
        if sentences._is_heading(s):
            break
        # (never the rights boilerplate's "Once the internal review has been completed, …")
        if not _CONDITIONAL_OPEN.match(s):
            out.append(s)
    return out


# A forwarded message's marker ("---------- Forwarded message ---------", "Begin forwarded
# message:"): what follows was passed on to the reply's writer (a contact centre's note, the
# request), never the force's decision to the requester.
_FORWARD_MARK = re.compile(r"^\W*(?:-{2,}\s*forwarded\s+message\s*-{2,}|begin\s+forwarded\s+message\s*:?)\s*$", re.I)
_CONDITIONAL_OPEN = re.compile(r"^\W*(?:once|after|when|until|if|should|where)\b", re.I)


# An appendix of the Act's text, found by its lines: a heading line naming an appendix or annex, with
# the law's text named on it or on the line under it ("Appendix A - Extracts from the Freedom of
# Information Act 2000", "Annex - The Freedom of Information Act 2000: sections referred to in our" /
# "responses", "Appendix A" / "Freedom of Information Act 2000 - extracts"), or, below the force's
# sign-off, a "Legislation" heading. Never a test or reasons ("Appendix A - Public interest test"). The
# headings of the sections it quotes ("Section 30 - Investigations …") go on with it; any other
# heading line ends it.
_APPENDIX_HEAD = re.compile(r"^\W*(?:(?P<appendix>appendix|annexe?|legal\s+annex)|(?:the\s+)?(?:relevant\s+)?legislation)\b", re.I)
_LAW_TEXT = re.compile(r"\b(?:legislation|extracts?|statutory\s+(?:text|provisions?)|legal\s+(?:text|provisions?)"
                       r"|text\s+of\s+the\s+act"
                       # "Annex B – Text of the exemptions" (the heading ends there: not "… applied to Question 2")
                       r"|text\s+of\s+the\s+(?:exemptions?|sections?)(?:\s+(?:cited|quoted|referred\s+to))?\s*$"
                       r"|sections?\s+(?:of\s+the\s+act\s+)?(?:referred|quoted|mentioned))\b", re.I)
_ACT_LINE = re.compile(r"^\W*(?:the\s+)?freedom\s+of\s+information\s+(?:\(scotland\)\s+)?act\s+20\d\d\W*"
                       r"(?:[-–—:]\s*(?:extracts?|relevant\s+sections|sections?\b.*))?\s*$", re.I)
_NOT_LAW = re.compile(r"\b(?:public\s+interest|harm|reasons?|tests?|explanation|decision|considerations?)\b", re.I)
_SECTION_HEAD = re.compile(r"^\W*(?:section|sec\.?|s\.?)\s?\d{1,2}[A-Z]?\b(?:\s?\([0-9A-Za-z]{1,4}\))*\s*(?:[-–—:.]|$)", re.I)
_HEAD_LINE = re.compile(r"^[^.?!;]{1,100}$")
# A sentence deciding this request: no glossary entry says "requested" or "question 2".
_DECIDES_HERE = re.compile(r"\b(?:requested|your\s+request|question\s+\d|(?:is|are)\s+therefore\s+exempt"
                           r"|(?:is|are|has\s+been|have\s+been)\s+(?:therefore\s+)?withheld)\b", re.I)
# A glossary entry's heading: the name of a term of the Act.
_TERM_HEAD = re.compile(r"^\W*(?:neither\s+confirm\s+nor\s+deny|ncnd|public\s+interest\s+test|harm\s+test|qualified|absolute"
                        r"|prejudice|exemptions?|refusal\s+notices?)\b", re.I)


# The force deciding, in words the Act never uses.
_FORCE_DECIDES = re.compile(r"^(?!\W*(?:if|where|when|whenever|should)\b)(?:"
                            r"[^.]*?\b(?:we|i|the\s+(?:force|constabulary|service))\b[^.]*\b(?:is|are|am)\s+satisfied\b"
                            r"|[^.]*?\b(?:we|i)\s+have\s+(?:decided|concluded)\b"
                            r"|[^.]*?\b(?:is|are)\s+(?:therefore\s+)?withheld\b|[^.]*?\bthis\s+exemption\s+is\s+engaged\b)", re.I)


def _appendix_lines(lines: list[str]) -> tuple[int, int] | None:
    """(first, end) line numbers of an appendix of the Act's text, or None."""
    signed = False
    for i, raw in enumerate(lines):
        s = raw.strip()
        if SIGN_OFF.match(s):
            signed = True
        m = _APPENDIX_HEAD.match(s)
        if not (m and _HEAD_LINE.match(s)) or not (m.group("appendix") or signed):
            continue
        nxt = next((ln.strip() for ln in lines[i + 1:i + 3] if ln.strip()), "")
        under = bool(_HEAD_LINE.match(nxt) and (_ACT_LINE.match(nxt) or _LAW_TEXT.search(nxt)))
        if _NOT_LAW.search(s) or (under and _NOT_LAW.search(nxt)):
            continue
        if not (_LAW_TEXT.search(s) or under or not m.group("appendix")):
            continue
        end = len(lines)
        for j in range(i + 1, len(lines)):
            t = lines[j].strip()
            if (t and sentences._is_heading(t) and not _SECTION_HEAD.match(t) and not _ACT_LINE.match(t)
                    and not _LAW_TEXT.search(t) and t[:1] not in "[(" and not t[:1].islower()):
                end = j
                break
        return i, end
    return None


@lru_cache(maxsize=8)
def units(text: str) -> tuple[tuple[str, str | None], ...]:
    """(sentence, kind) for every sentence in order; kind None is the force's decision words,
    else a key of KINDS. Table rows ("| ... |") come back as they are, kind None."""
    lines = text.split("\n")
    found = _appendix_lines(lines)
    if found is None:
        return _units(text)
    first, end = found
    law = "\n".join(lines[first:end])
    # (the force's own words in it stay its own: "… so the force is satisfied that this exemption is engaged")
    return (_units("\n".join(lines[:first]))
            + tuple((s, None if _FORCE_DECIDES.match(s) else "appendix") for s in sentences.split(law))
            + (units("\n".join(lines[end:])) if end < len(lines) else ()))


def _units(text: str) -> tuple[tuple[str, str | None], ...]:
    out: list[tuple[str, str | None]] = []
    section = None      # a heading opened a rights or history section: skipped until the next heading
    requester = False   # inside a letter addressed to the force, until its sign-off
    law = False         # under an appendix or legislation heading, until the next heading
    sents = list(sentences.split(text))
    forwarded = False   # below a mail client's forward marker: an earlier message passed on
    for k, s in enumerate(sents):
        if forwarded or _FORWARD_MARK.match(s):
            forwarded = True
            out.append((s, "earlier"))
            continue
        if s.startswith("|"):
            out.append((s, None))
            continue
        low = s.lower()
        if QUOTED_START.match(s) or REQUESTER_SALUTATION.match(s):
            requester = True
        elif requester and (SALUTATION.match(s) or _RESPONSE_HEADING.match(s)):
            requester = False  # the force writes again: "Dear Mr Reedy," / a "Response" heading
        if requester:
            out.append((s, "requester"))
            if SIGN_OFF.match(s):
                requester = False
            continue
        if FOLDED["site_text"].search(low):
            out.append((s, "site"))
            continue
        review = bool(FOLDED["review_result"].search(low)) or bool(
            _REVIEW_HEAD.match(s) and any(_REVIEW_DONE.search(n) for n in _under_heading(sents, k)))
        rights = not review and bool(FOLDED["complaint_rights"].search(low))
        if sentences._is_heading(s) and not (law and s[:1] in "[(") and not (
                section == "general" and (_SECTION_HEAD.match(s) or _TERM_HEAD.match(s))
                and not (k + 1 < len(sents) and _DECIDES_HERE.search(sents[k + 1]))):
            # (a quoted section's "(a) the prevention of crime," lines are no heading that ends it;
            # nor is a glossary's own entry heading, "Section 21 - Information accessible …")
            law = bool(FOLDED["law_heading"].search(low))
            section = "rights" if rights else "history" if FOLDED["history_heading"].search(low) \
                else "advice" if FOLDED["advice_heading"].search(low) \
                else "general" if FOLDED["explainer_heading"].search(low) else None
        if section == "advice" and not rights:
            # an offer under an advice heading: its sentences still refuse or point elsewhere, but give nothing
            out.append((s, "advice"))
            continue
        if rights or section:
            out.append((s, "rights" if rights else section))
            continue
        if _GENERAL_PRACTICE.match(s):
            out.append((s, "general"))
        elif FOLDED["earlier_request"].search(low):
            out.append((s, "earlier"))  # another request's decision, not this one's
        elif FOLDED["asked_back"].search(low):
            out.append((s, "requester"))  # "You asked whether …": the request reported back
        elif _MY_REQUEST.search(low):
            out.append((s, "requester"))  # "… please advise how I can refine my request": the requester's
            # fallback printed with the request (a force writes "your request")
        elif FOLDED["history_sentence"].search(low) or (out and out[-1][1] == "history" and _GOES_ON.match(s)):
            out.append((s, "history"))  # (and "It relied on … and set out a test …" right after it)
        elif FOLDED["interim"].search(low):
            out.append((s, "interim"))
        elif FOLDED["statute"].search(low):
            out.append((s, "law" if law else "statute"))
        elif law and s[:1] in "[(":
            out.append((s, "law"))  # "(a) the prevention of crime", "[remaining paragraphs omitted]"
        else:
            out.append((s, None))
    return tuple(out)


# A sentence going on about the decision the one before recounts: "It relied on section 40(2) …, and
# set out a prejudice and public interest test for section 31."
_GOES_ON = re.compile(r"^\W*(?:it|this|that|they|the\s+(?:response|reply|decision|letter))\s+(?:also\s+|then\s+|further\s+)?"
                      r"(?:relied|cited|applied|set\s+out|explained|stated|said|withheld|refused|included|found|considered"
                      r"|concluded|gave|provided|weighed)\b", re.I)
_MY_REQUEST = re.compile(r"\b(?:my|our)\s+(?:foi\s+|original\s+)?request\b|\bhow\s+i\s+(?:can|could|may|might|should)\s+(?:refine|narrow|amend|reword|rephrase)\b")


def statute_head(sentence: str) -> str:
    """The part of a quoted-law sentence before the Act's words: "Section 14(1): " of
    "Section 14(1): Section 1(1) does not oblige a public authority ..." (the section quoted)."""
    m = FOLDED["statute"].search(sentence.lower())
    head = sentence[:m.start()] if m else sentence
    # the Act's words start at their own subject: "Section 1(1) does not oblige ..." -> keep "Section 14(1):"
    return head.split(":", 1)[0] + ":" if ":" in head else head
