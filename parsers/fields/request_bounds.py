"""Where the request starts and ends: headings, the "you asked" intro, and the force's own voice.

A heading is a short line: the heading words alone, or followed by a separator and text ("Request: ...").
Heading words inside a sentence ("The outcome of the case", "Your request ... has now been considered",
a wrapped line that starts "request to the Home Office") are not headings.
"""
from __future__ import annotations

import re

from parsers.fields.sentences import split as sentences

# "Original FOI request: 3 June 2024" / "Response: 28/06/2024": a chronology's date field, no heading.
_DATE_ONLY = (r"\s*[:\-–]\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
              r"|\d{4}-\d{2}-\d{2})\s*$")
_HEAD_WORDS = (r"(?:the\s+|your\s+|original\s+)?(?:request(?:\s+details)?|information\s+requested|requested\s+information"
               r"|(?:what\s+)?you\s+asked(?:\s+(?:us\s+)?for)?|(?:details|subject|summary|scope|wording)\s+of\s+(?:the\s+|your\s+)?(?:original\s+)?request"  # Subject of request
               r"|questions?|foi\s+request)(?:\s+for\s+information)?")
# "Request number: FOI 23641" / "Request date" are fields, not the request heading; nor is an e-mail
# address or a thread id that begins with the word ("request-1234-ab12@whatdotheyknow.com").
_NOT_HEAD = (r"(?!\s*(?:number|no\b|ref|reference|date|received|type|id\b|status|and\s+(?:answer|response)s?)\b"
             r"|\s+\d|\s*:\s*[A-Z]{1,4}[/\-]\d|[-/]\d|[\w.+-]*@|" + _DATE_ONLY + ")")
# The heading words end the line, or a separator follows them ("Request: How many ...").
_HEAD_END = r"(?:\s*$|\s*[:\-–]\s*(.*)$)"
REQUEST_HEAD = re.compile(rf"^\W{{0,3}}{_HEAD_WORDS}\b{_NOT_HEAD}{_HEAD_END}"
                          # a review letter's "Original request IM-FOI-2025-0488": the heading names the first request's reference
                          r"|^\W{0,3}(?:original|initial|your)\s+request\s+(?:[A-Z]{2,6}[-/])+\d{2,4}[-/]\d{2,6}\s*:?\s*$", re.I)

_RESP_WORDS = (r"(?:(?:[\w&'’.-]+\s+){0,4}(?:police|constabulary)(?:['’]s)?\s+(?:response|reply|answers?)"  # Lakeside Police Response
               # (a review letter's "Our original response" over the first reply, after the asks)
               r"|(?:our\s+|the\s+|force\s+)?(?:original\s+|initial\s+)?(?:response\s+to\s+(?:your\s+)?request(?:\s+for\s+information)?|response|responses"
               # (a log entry's "Outcome: Partial disclosure" field names the outcome's category, no heading)
               r"|answers?|reply|decision|in\s+response|force\s+response|outcome(?!\s*:\s*[^.:!?\n]{1,50}$)"
               r"|(?:review\s+)?findings(?:\s+of\s+(?:the\s+|my\s+)?(?:internal\s+)?review)?"  # Findings of the Review
               r"|review(?:\s+(?:decision|outcome))?"  # a review letter's "Review" heading over its reasoning
               # a line that says the response follows: "Please find the Warwickshire Police response set out below."
               r"|please\s+find\s+(?:the\s+|our\s+)?(?:[\w&'’.-]+\s+){0,4}?(?:response|reply|answers?)\s+"
               r"(?:(?:is\s+)?(?:set\s+out|provided|given|shown)\s+)?below\.?))")
RESPONSE_HEAD = re.compile(
    rf"^\W{{0,3}}{_RESP_WORDS}"
    r"(?!\s+\d{1,2}[a-z]?\b(?!\s*(?:[-–&]|to)\s*\d))"  # "Answer 1" pairs with "Request 1"; "Response 1 – 2:" heads
    r"(?!\s*(?:date|sent|due|time|received|ref|reference|number|no)\b)"  # "Response Date: 12/12/2024" is a field
    rf"(?!{_DATE_ONLY})"
    rf"(?:\s+\d+\s*(?:[-–&]|to)\s*\d+)?{_HEAD_END}", re.I)

# Words that introduce the asks inside a sentence: (pattern, example).
INTRO_CUES = [
    (r"\b(?:seek|seeks|seeking|sought)\s+access\s+to\s+the\s+following", "I note you seek access to the following information:"),
    (r"\b(?:requested|asked\s+for|request(?:ed|ing)?\s+(?:for\s+)?)\s*the\s+following", "requesting the following information:"),
    # (not "The information you requested is available on the following link:", the force's words)
    # (not "You asked for a review in the following terms:", the appeal, not the request)
    (r"\byou\s+(?:asked|requested)\b(?!\s+(?:is|are|was|were|has|have|had|can|cannot|will|may)\b)"
     r"(?!\s+(?:for\s+)?(?:an?\s+)?(?:internal\s+)?review\b)[^.:?]{0,60}?:",
     "On 2 May 2024 you asked Kent Police for the following information:"),
    (r"\band\s+asked\s*:", "your email, in which you named a supplier and asked:"),
    # a publication telling of the request in the third person (GOV.UK's FOI releases)
    (r"\bthe\s+(?:requester|requestor|applicant)\s+(?:asked|requested|wrote|sought)(?:\s+for)?(?:\s+the\s+following)?\s*:",
     "We received a request for information on 11 March 2024. The requester asked:"),
    (r"\b(?:which|that)\s+(?:was|were|is|reads?|read)\s+as\s+follows\s*:?-?", "… received on 2 May 2024, which was as follows:-"),
    (r"\b(?:which|that)\s+(?:was|were)\s+received\b[^.:?]{0,120}?\bas\s+follows\s*:?-?",
     "I write in connection with your request for information which was received on 3rd June 2025 as follows:"),
    # (not the force's "… is held but is exempt by virtue of the following:", nor a search's result:
    # "A search was carried out of the records …, which found the following:")
    (r"(?<!virtue\sof\s)(?<!found\s)(?<!revealed\s)(?<!returned\s)(?<!identified\s)(?<!showed\s)(?<!shows\s)"
     r"\bthe\s+following(?=(?:\s+(?:information|details|data|questions|request|requests))?(?:,?\s+please)?\s*:\s*$)",
     "... in which you sought access to the following information:  /  I'd like to know the following, please:"),
    (r"\byou\s+(?:wrote|said|stated)\s*:", "Your request has now been considered. You wrote:"),
    # the force's one-sentence summary of the request, the only ask printed: "You asked for information about …"
    (r"^\W*you\s+(?:asked|requested)\s+(?:us\s+)?(?:for|about)(?=\s+(?:information|details|data)\s+(?:about|on|regarding|relating|concerning|in\s+relation)\b)",
     "You asked for information about how quickly officers attended emergency calls in 2024."),
    # "For ease of reference, your request is replicated below together with the response."
    (r"\byour\s+(?:request|questions?)\s+(?:is|are)\s+(?:replicated|repeated|reproduced|copied|set\s+out)\s+below\b"
     r"(?:[^.:]{0,60})[.:]?\s*$", "For ease of reference, your request is replicated below together with the response."),
    # "Thames Valley Police has now considered this request, which for clarity, has been repeated below:"
    (r"\brequest,?\s+which(?:,?\s+for\s+(?:clarity|ease\s+of\s+reference),?)?\s+(?:has|have)\s+been\s+"
     r"(?:repeated|replicated|reproduced|copied|set\s+out)\s+below\s*[.:]?\s*$",
     "… has now considered this request, which for clarity, has been repeated below:"),
    # "I have set out your request below, followed by our response."
    (r"\b(?:have|has)\s+set\s+out\s+your\s+(?:request|questions?)\s+below\b[^.:]{0,40}[.:]?\s*$",
     "I have set out your request below, followed by our response."),
    # "Your request for information, received on 4 November 2026, reads:"
    (r"\byour\s+(?:original\s+)?(?:request|e-?mail|letter|application)\b[^.:]{0,80}?\b(?:reads|read|says|said|states|stated"
     r"|(?:was|is)\s+as\s+follows)\s*:",
     "Your request for information, received on 4 November 2026, reads:"),
    # the letter says its request comes next: "Below is your request and our response."
    (r"\b(?:below|overleaf)\s+(?:is|are)\s+(?:your|the)\s+(?:original\s+)?(?:request|questions?)"
     r"(?:\s+(?:and|with)\s+(?:our|the|my)\s+(?:response|reply|answers?))?\s*[.:]?\s*$",
     "I write about your request. Below is your request and our response."),
    # a review letter's summary: "The request was in three parts:"
    (r"\b(?:request|questions?|application)\s+(?:was|were|is|came|had)\s+in\s+(?:\w+\s+)?parts\s*:",
     "The requester asked about system misuse. The request was in three parts:"),
]
REQUEST_INTRO = re.compile(
    "(?:" + "|".join(p for p, _ in INTRO_CUES) + r")(?:\s+(?:information|details|data|questions))?\s*:?", re.I)

# Where no heading marks the response, the force starts speaking with phrases like these.
FORCE_VOICE = re.compile(
    r"^(?:having\s+made|section\s+1\s+of|following\s+(?:receipt|enquiries|a\s+search)|i\s+can\s+confirm|we\s+(?:can|cannot|can't|could\s+not|have|are|do|hold|consulted)\b"
    # "Details of both have been provided below …": the force describing what it gives
    r"|(?:details|information|figures|data)\s+(?:of\s+(?:both|each|these|them|all)(?:\s+\w+)?\s+)?(?:has|have)\s+been\s+"
    r"(?:provided|given|supplied|included|set\s+out|listed)\b"
    # "The information is provided in the table below.", "The figures requested are shown below."
    r"|the\s+(?:information|figures|data|details|answers?)\s+(?:(?:you\s+(?:have\s+)?(?:requested|asked\s+for|seek)|requested)\s+)?"
    r"(?:is|are)\s+(?:provided|given|set\s+out|shown|listed|detailed|attached|enclosed|included)\b"
    # "This information is already published." (the force on what was asked)
    r"|this\s+information\s+(?:is|was)\s+(?:already\s+)?(?:published|not\s+held|exempt|publicly\s+available)\b"
    # the one-line answer under a one-question request: "There were 46 fully electric vehicles in the fleet …"
    r"|there\s+(?:were|was|are|is|have\s+been|has\s+been)\s+(?:a\s+total\s+of\s+|approximately\s+)?\d[\d,]*\s+[a-z]"
    # "Our data are not organised in such a way …", "Our records do not show …"
    r"|our\s+(?:data|records|systems?|databases?)\s+(?:is|are|was|were|do|does|did|cannot|can't|only)\b"
    r"|please\s+(?:find|see|be\s+advised)\b|please\s+accept\s+(?:my|our)\s+(?:sincere\s+)?apolog|in\s+response\b|unfortunately|(?:above|below)\s+(?:is|are)\s+(?!your\b)|i\s+(?:am|have)\s+(?:not|today|been|able)"
    r"|i\s+(?:deal|will\s+deal|will\s+answer|respond)\b"
    # "Our response is as follows.", "The response to your request is set out below."
    r"|(?:our|the)\s+(?:response|reply|answers?)(?:\s+to\s+(?:your|this|the)\s+(?:request|questions?))?\s+(?:is|are)\s+"
    r"(?:as\s+follows|set\s+out\s+below|given\s+below|below)\b"
    # "The table below shows the number of arrests.": the force pointing to the answer it gives
    # (never the requester's own: "The spreadsheet attached shows 2022; please provide the same for 2023")
    r"|(?![^.?]*\b(?:please|could\s+you|can\s+you|would\s+you|i\s+would\s+like)\b)"
    r"the\s+(?:table|tables|figures|chart|spreadsheet|data|list)\s+(?:below|above|attached|overleaf)\s+"
    r"(?:shows?|sets?\s+out|gives?|provides?|contains?|lists?|details?|breaks?\s+down)\b"
    r"|under\s+section\s+(?!1\b)\d{1,2}\b"
    # Police Scotland: "In terms of section 17 of the Act, I can confirm …" (not a requester's "In terms of
    # section 60 authorisations, how many …?")
    r"|in\s+terms\s+of\s+section\s+(?!1\b)\d{1,2}\b(?:\s?\(\w{1,3}\))*\s+of\s+(?:the\s+)?(?:act|foisa|freedom\s+of\s+information)\b"
    # "The information you have requested is held by Police Scotland. However, …"
    r"|the\s+information\s+(?:that\s+)?you\s+(?:have\s+)?(?:requested|asked\s+for|seek)\s+(?:is|was)\s+(?:not\s+)?(?:held|exempt|withheld|available|published)\b"
    # Police Scotland: "The information sought is held by Police Scotland, but I am refusing to provide it …"
    r"|the\s+information\s+(?:sought|requested)\s+(?:is|was)\s+(?:not\s+)?(?:held|exempt|withheld|available|published)\b"
    # "Both parts of your request concern information that is already published."
    r"|(?:both|all|each|some|none|neither|either|one)\s+(?:of\s+the\s+)?(?:parts?|questions?|elements?)\s+of\s+your\s+(?:request|questions?|e-?mail)\b"
    # "Your request has now been considered and some of the information … can be found below:-"
    r"|your\s+request(?:\s+for\s+information)?\s+(?:has\s+(?:now\s+)?been|was)\s+(?:considered|processed|dealt\s+with|handled|answered|reviewed)\b"  # "Under section 21 of the Act, we are not required …" (a requester cites s1)  # "I deal with each part of your request in turn below."
    # "Your request is repeated below.", "I am treating your correspondence as a request ..."
    r"|your\s+(?:request|e-?mail|letter|correspondence)\s+(?:is|was|has\s+been)\s+(?:repeated|replicated|reproduced|copied|set\s+out|quoted)\b"
    r"|i\s+am\s+(?:treating|handling|dealing\s+with)\b"
    # the force's staff saying how the figures were made: "The analyst has taken the number of days …"
    r"|(?:the|our)\s+(?:(?:data|performance|crime)\s+)?(?:analysts?|analysis\s+team|data\s+team|performance\s+team)\s+"
    r"(?:has|have|had|was|were|used|took|counted|calculated|searched|extracted)\b"
    # a review letter recounts the first reply: "The original response refused the whole request …"
    r"|(?:the|our|(?:\w+\s+){1,4}?\w+['’]s(?=\s+(?:original|initial|first)\b))\s+(?:(?:original|initial|first)\s+)?(?:response|reply|decision|answer)(?:\s+of\s+\d{1,2}\s+[A-Za-z]{3,9}(?:\s+\d{4})?)?"
    # ("The original decision, issued on 18 December 2024, withheld …")
    r"(?:,\s+(?:issued|sent|dated|given|made)\s+on\s+[^,]{4,30},)?"
    r"\s+(?:was\s+|had\s+)?(?:refused|withheld|stated|said|explained"
    r"|provided|disclosed|applied|cited|relied|confirmed|neither|answered|released|gave|told)\b"
    # "A search was carried out of the records held by the Digital Evidence team, which found the following:"
    r"|an?\s+(?:\w+\s+)?search(?:es)?\b[^.?]{0,80}?\b(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:carried\s+out|made|conducted|undertaken|completed)\b"
    # "To locate any information within the scope of your request the following searches were carried out:"
    r"|to\s+(?:locate|identify|find|retrieve)\s+(?:any|the|all)?\s*(?:relevant\s+)?(?:information|records|data)\b"
    # "This request is being refused under Section 12(1) of the FOIA."
    r"|this\s+request\s+(?:is\s+being|has\s+been|is|was)\s+(?:refused|declined|answered|dealt\s+with|considered)\b"
    # "Kent Police holds ...", "Police Scotland has ...", "The Constabulary does not ..."
    # (not an ask naming the force: "What Kent Police does to warn …", "How Anyshire Police has …", nor
    # an ask's noun phrase: "the number of crimes Kent Police has flagged as …", "a copy of any guidance …")
    # (the noun phrase opens a bulleted item or in lower case: the force's "A copy of the policy Cumbria
    # Constabulary holds … is attached" is still its voice)
    # (nor an ask that opens on the asking words: "Please tell me how much Essex Police has spent …")
    r"|(?![-–•*\s]*(?:what|how|whether|why|when|where|which|who)\b"
    # (nor a question opening on its verb: "Does Hampshire Constabulary have a policy on …?")
    r"|[-–•*\s]*(?:does|do|did|has|have|had|is|are|was|were|can|could|will|would)\s[^.?]*\?"
    r"|[-–•*\s]*(?:please\s+(?!note\b|be\s+(?:aware|assured|advised)\b|accept\b|find\b|see\b)|(?:could|can|would)\s+you\b"
    r"|i\s+(?:would|wish|want|am\s+requesting)\b)"
    r"|(?:[-–•*]\s*|(?-i:(?=[a-z])))(?:the\s+|a\s+)?(?:numbers?|totals?|amount|list|cop(?:y|ies)"
    r"|details?|figures?|breakdown|names?|proportion|percentage)\s+of\b)[\w\s&'-]{0,40}\b(?:police|constabulary|constabularies|service)(?:\s+(?-i:[A-Z])\w+){0,2}"
    r"\s+(?:can|cannot|does|do|is|are|has|have|holds?|neither)\b"
    # the force by its initials: "MDP can neither confirm nor deny …", "BTP holds …"
    r"|(?-i:[A-Z]{2,6})\s+(?:can(?:not)?\s+(?:neither|confirm|provide|disclose)|does\s+not|holds?|neither)\b)", re.I)

# The force's reasoning and closing words: never an ask, and they end a request with no response heading.
# (pattern, example)
REASONING_CUES = [
    (r"sections?\s+\d{1,2}(?:\(\w{1,3}\))*\s*(?:$|[-–:.]|is\b|of\b|\()", "Section 30(3) is a qualified exemption."),
    (r"factors\s+(?:favouring|for|against|in\s+favour)", "Factors favouring disclosure: openness ..."),
    (r"balance(?:\s+test)?\s*(?:$|[:.\-–])", "Balance: the public interest favours ..."),
    (r"(?:harm|public\s+interest(?:\s+test)?|reasons?(?:\s+for\s+decision)?|advice\s+and\s+assistance)\s*(?:$|[:.\-–(])",
     "Harm. Confirming this would ..."),
    (r"if\s+you\s+(?:are|remain)\s+(?:not\s+)?(?:dis)?satisfied|if\s+you\s+are\s+unhappy|you\s+(?:may|can)\s+(?:ask|request)\s+(?:for\s+)?an?\s+(?:internal\s+)?review",
     "If you are dissatisfied with this response you may ask for a review."),
    (r"(?:yours\s+(?:sincerely|faithfully)|kind\s+regards|best\s+regards|regards|best\s+wishes)\b", "Yours sincerely,"),
    (r"this\s+(?:letter\s+)?(?:should\s+not\s+be\s+taken|acts\s+as|represents|is\s+a\s+refusal)", "This letter acts as a refusal notice."),
    # the Act's duties set out by the force: "Under Section 1(1)(a) of the Freedom of Information Act 2000
    # a public authority must say whether it holds …"; not a paragraph in which the requester, citing
    # s1, goes on to ask ("…, so please tell me how many …")
    (r"(?![^\n]*\b(?:please|could\s+you|can\s+you|would\s+you|tell\s+me|send\s+me|provide\s+me|i\s+(?:would|request|ask|want|wish|am\s+requesting))\b)"
     r"(?:under\s+)?section\s+1\s*(?:\(\w\))*\s+of\s+the\s+(?:freedom\s+of\s+information\s+act(?:\s+\d{4})?|act|foia)"
     r"(?:\s*\((?:the\s+)?(?:act|foia)\))?,?\s+(?:a\s+public\s+authority|public\s+authorities|places|requires|obliges|imposes|gives)\b",
     "Under Section 1(1)(a) of the Freedom of Information Act 2000 a public authority must say whether it holds the information."),
    # the force's account of the Act before its reasoning
    (r"the\s+(?:freedom\s+of\s+information\s+)?act\s+(?:is\s+designed|gives|provides\s+a|creates|makes\s+provision)\b"
     r"|some\s+exemptions\s+are\s+(?:absolute|qualified)\b",
     "The Freedom of Information Act is designed to give a general right of access to information."),
]
REASONING = re.compile("^(?:" + "|".join(p for p, _ in REASONING_CUES) + ")", re.I)

PREAMBLE = re.compile(
    r"^(?:dear\b|hello\b|hi\b|good (?:morning|afternoon)|many thanks|thank you|thanks|kind regards|regards"
    r"|yours\b|i am writing|i'm writing|i write|under the freedom of information|this is a (?:freedom|request)"
    r"|i would like to (?:make|submit|request)(?! the number)|please (?:could you )?(?:treat|consider) this"
    r"|(?:please\s+)?(?:can|could) you (?:please )?(?:provide|supply|send) (?:me )?(?:with )?the following)",
    re.I)

# The periods or breakdown wanted for the asks around it: "I would like this information to be provided
# for each of the last five calendar years as follows: …", "Please provide a breakdown of the figures
# per month for each section of this question." (a qualifier, no ask; read by list_asks.py too)
PERIOD_QUALIFIER = (
    r"(?:i\s+would\s+like|i'd\s+like|please\s+(?:could\s+you\s+)?(?:provide|give))\s+(?:this|the|these|all\s+(?:of\s+)?(?:this|the))\s+"
    r"(?:information|figures|data|answers?)\s+(?:to\s+be\s+)?(?:provided|given|supplied|broken\s+down)?\s*(?:for|by|per|in)\s+(?:each|every|the)\b"
    r"|please\s+(?:could\s+you\s+)?provide\s+a\s+breakdown\s+of\s+(?:the|these|this|all)\s+(?:figures|information|data|answers?)\b",
    "I would like this information to be provided for each of the last three calendar years.")

# Lines of a letter or e-mail around the request that are never asks: (pattern, example).
NOT_ASK_CUES = [
    (r"[A-Z][A-Za-z /]{1,30}:\s*[^?]{1,60}", "Date published: 11 October 2024"),
    (r"[^:?]{0,60}\b(?i:ref(?:erence)?|no|number)\.?\s*:\s*\S[^?]{0,40}", "Freedom of Information Request Reference No: FOI 1234/24"),
    # e-mail header lines, which a paragraph may run together: "From: … To: … Subject: … Date: …"
    (r"(?i:from|to|sent|cc|date|subject)\s*:.*", "From: Information Rights <foi@example.police.uk> To: A Writer"),
    (r"(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}", "3rd July 2024"),
    (r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", "03/07/2024"),
    # the requester's fallback should the request cost too much: it asks for nothing new
    # (not a further ask made on that condition: "If it does not take you over the time limit, please
    # also tell me how many …")
    # (nor PACE's custody time limits: "Where detainees were held beyond the custody time limits, please …")
    (r"(?i:if|should|where)\b(?![^?]*\b(?i:also)\s+(?i:tell|provide|give|send|let|include|state|confirm|supply)\b)"
     r"(?![^?]*\b(?i:custody|detention|detainees?|detained|pace)\b)"
     r"[^?]{0,120}\b(?i:cost|appropriate|time)(?:\s+of\s+compliance)?\s+limits?\b[^?]*",
     "If the required information would exceed the cost limit, please supply as much as possible within it."),
    # the requester describing the request, not asking: its subject or how many parts it has
    (r"(?i:it|this(?:\s+request)?|my\s+request|the\s+request)\s+(?i:concerns|relates\s+to|is\s+about|is\s+regarding"
     r"|is\s+in\s+(?:relation|connection)\s+to)\b[^?]{1,200}\.",
     "It concerns dispersal orders made by your force under the Antisocial Behaviour, Crime and Policing Act 2014."),
    # the requester's reason, and the form of reply they prefer: "I am asking because …"
    (r"(?i:(?:i\s+am|i'm|i\u2019m)\s+asking\s+(?:this\s+)?because|the\s+reason\s+(?:i\s+am\s+asking|for\s+(?:my|this)\s+request))[^?]*",
     "I am asking because I think Londoners are entitled to know how long these cases take."),
    (r"(?i:i\s+(?:have\s+applied|am\s+applying|have\s+asked|am\s+asking)\s+for\s+(?:this|the)\s+information\s+because)[^?]*",
     "I have applied for this information because I could not find it published anywhere."),
    # its fallback should the information be out already: "If this is not the case please confirm where
    # it is published" (asks for nothing new)
    (r"(?i:if\s+(?:this|that)\s+is\s+not\s+(?:the\s+case|so)|if\s+(?:it|this|the)\s+(?:information\s+)?is\s+(?:already\s+)?"
     r"(?:available|published|accessible)\b)[^?]{0,160}\b(?i:available|published|accessible|elsewhere|obtain|find)\b[^?]*",
     "If this is not the case please tell me where the information is published and how I can obtain it."),
    (r"(?i:(?:i\s+would|i'd)\s+(?:like|prefer)\s+(?:the|your|an?)\s+(?:answer|reply|response|information|copy)\s+(?:by|via|in|as)\s+"
     r"(?:e-?mail|post|electronic|pdf|spreadsheet|excel|csv|an?\s+\w+))[^?]*",
     "I would like the answer by email please."),
    (r"(?i:(?:many\s+thanks(?:\s+in\s+advance)?\.?\s+)?(?:a|an|the|your)\s+(?:reply|response|answer|copy)\s+(?:by|via|in)\s+(?:e-?mail|post|electronic\s+form)"
     r"[^?]{0,40}?(?:would\s+be|is)\s+(?:preferable|preferred|fine|welcome))[^?]*",
     "A reply by email would be preferable."),
    (r"(?i:(?:an\s+)?(?:electronic|e-?mail(?:ed)?|digital|paper)\s+(?:copy|reply|response|format)[^?]{0,60}\b(?:would\s+be|is)\s+(?:preferable|preferred|fine|best))[^?]*",
     "An electronic copy of your reply would be preferable."),
    # the requester's case for asking: "In these hard times it would make good sense to track these costs …"
    (r"(?i:(?:in\s+[^,?]{1,40}?,?\s+)?it\s+(?:would|will|should)\s+(?:also\s+)?(?:make\s+(?:good\s+|more\s+)?sense|be\s+(?:sensible|reasonable|wise|"
     r"helpful|useful|right|fair|in\s+the\s+public\s+interest)))[^?]*",
     "In these hard times it would make good sense to track these costs so that managers can decide whether to go on."),
    ("(?i:" + PERIOD_QUALIFIER[0] + ")[^?]*", PERIOD_QUALIFIER[1]),
    # the requester defining the words of the request: "I would like to define X as: '…'", "By X I mean …"
    (r"(?i:(?:i\s+would\s+like\s+to\s+|i\s+)define\s+[^?]{1,80}?\s+as\b|by\s+[\"'‘“]?[^,?]{1,50}?[\"'’”]?,?\s+i\s+mean\b"
     r"|for\s+the\s+purposes?\s+of\s+this\s+request,?\s+[^?]{1,60}?\s+(?:means?|includes?|is|are)\b)[^?]*",
     "I would like to define an e-scooter as: 'any electric scooter, whether rented or privately owned.'"),
    # the requester's offer to be contacted, before the sign-off: it asks for no information
    (r"(?i:(?:if\s+you\s+(?:require|need|have|want)\s+(?:any\s+)?(?:further\s+|more\s+)?(?:clarification|questions?|queries|details)"
     r"[^?]{0,60}?\b(?:please\s+)?(?:do\s+not\s+hesitate\s+to\s+)?(?:contact|email|e-mail|write\s+to)\s+me)"
     r"|(?:please\s+)?(?:do\s+not\s+hesitate\s+to\s+|feel\s+free\s+to\s+)?(?:contact|email|e-mail)\s+me\s+(?:if|should)\s+you\s+"
     r"(?:require|need|have)\s+(?:any\s+)?(?:further\s+)?(?:clarification|questions?|queries))[^?]*",
     "If you require clarification on any point please contact me through this website."),
    # the force's offer of help after its answer: "If you need any more help, please contact Information
    # Management and give the reference above." (asks for no information)
    (r"(?i:if\s+you\s+(?:need|require|have|want)\s+(?:any\s+)?(?:more|further|additional|other)?\s*(?:help|assistance|queries)\b"
     r"[^?]{0,60}?\b(?:please\s+)?(?:do\s+not\s+hesitate\s+to\s+)?(?:contact|call|email|e-mail|write\s+to|get\s+in\s+touch\s+with)\s+"
     r"(?:us\b|the\s+[\w\s]{0,40}?(?:team|unit|department|office|desk)\b|(?-i:[A-Z])))[^?]*",
     "If you need any more help, please contact Information Management and give the reference above."),
    # the requester's fallback should part be unavailable: "If some of this information is unavailable,
    # I would still appreciate the release of the parts that are available."
    (r"(?i:if\s+(?:some|any|part|parts|one|all)\s+(?:of\s+)?(?:this|the|my|these)\s+(?:information|request|data|questions?|figures)\s+"
     r"(?:is|are)\s+(?:unavailable|not\s+(?:held|available|recorded|possible)|exempt|withheld)"
     # "If it is not possible to provide all the information requested, please provide as much as available."
     r"|if\s+it\s+is\s+not\s+possible\s+to\s+(?:provide|supply|give|answer)\s+(?:all|any|some|part|each|every)\b)[^?]*",
     "If some of this information is unavailable, I would still appreciate the release of the parts that are available."),
    # how the requester would like the data laid out: "If possible, I would appreciate the data being presented
    # as a month-by-month breakdown." (the file it comes in, "Please provide the information in the form of
    # an Excel spreadsheet.", is the format-wish cue below)
    (r"(?i:(?:if\s+possible,?\s+)?i\s+would\s+(?:appreciate|prefer|like)\s+(?:the|this|it|these)\s*(?:data|information|figures|results)?\s*"
     r"(?:being\s+|to\s+be\s+)?(?:presented|provided|supplied|sent|given|set\s+out)\s+(?:as|in|by)\b"
     # "Where possible, please provide the list in the format of manufacturer, model and number."
     r"|(?:where|if)\s+possible,?\s+please\s+(?:provide|present|give|send|set\s+out|supply)\s+(?:the|this|these|it|your)\s*"
     r"(?:list|data|information|figures|answers?|results)?\s+in\s+the\s+(?:format|form|layout)\s+of\b)[^?]*",
     "If possible, I would appreciate the data being presented as a month-by-month breakdown."),
    # a fallback should the figures asked for not exist: "(If exact annual figures are not held, please supply
    # the closest equivalent routinely held statistic.)"
    (r"(?i:\(?\s*if\s+(?:the\s+|exact\s+|precise\s+|these\s+|such\s+)*(?:\w+\s+)?(?:figures|data|information|records|statistics)\s+"
     r"(?:is|are)\s+not\s+(?:held|available|recorded|kept)\b[^?]{0,20},?\s*please\s+(?:supply|provide|give|send)\s+"
     r"(?:the\s+|any\s+|whatever\s+)?(?:closest|nearest|best|equivalent|most\s+similar|whatever|relevant)\b)[^?]*",
     "(If exact annual figures are not held, please supply the closest equivalent routinely held statistic.)"),
    # the force recounting the requester's clarification: "On 18 March 2025, you subsequently clarified that …"
    (r"(?i:(?:on\s+[^,?]{3,30},?\s+)?you\s+(?:subsequently\s+|later\s+|then\s+|also\s+|kindly\s+)?(?:clarified|confirmed|explained|specified|agreed)"
     r"\s+that\b)[^?]*",
     "On 18 March 2025, you subsequently clarified that 'reports' means reports made directly to the force."),
    # what the requester means by an ask above: "With regards to point 3, I mean officers and staff."
    (r"(?i:(?:with\s+regards?\s+to|in\s+relation\s+to|regarding|as\s+regards|for|re:?)\s+(?:point|question|part|item|q)\s*\d{1,2}[a-z]?,?\s+"
     r"(?:i\s+mean|by\s+[^,?]{1,40}\s+i\s+mean|please\s+(?:read|take|interpret)|this\s+(?:means|refers\s+to)))[^?]*",
     "With regards to point 3, I mean officers and police staff together."),
    # how to read or lay out the asks above, given as a condition: "If you need a date range, please use
    # images taken in 2024.", "If you can, please give the two breakdowns separately."
    (r"(?i:if\s+you\s+(?:need|require)\s+(?:a|an|to\s+(?:limit|narrow|choose|pick))\b[^?,]{0,40},\s*(?:please\s+)?(?:use|take|count|include|choose|limit)\b"
     r"|if\s+you\s+can,?\s+(?:please\s+)?(?:give|show|present|set\s+out|keep|provide)\s+(?:the|these|them|it|both|each)\b[^?]{0,60}"
     r"\b(?:separately|together|side\s+by\s+side|as\s+(?:a|one|two|separate)\b|in\s+(?:a|one|two|separate)\s+(?:table|list|column)s?))[^?]*",
     "If you need a date range, please use images taken between 1 January and 31 December 2024."),
    # a wish for the file the answer comes in, the only thing the sentence asks for
    (r"(?i:(?:if\s+possible,?\s+)?(?:please\s+(?:could\s+you\s+)?|could\s+you\s+(?:please\s+)?|(?:i\s+would|i'd|i\u2019d)\s+be\s+grateful\s+if\s+"
     r"|it\s+would\s+(?:help|be\s+(?:helpful|useful))\s+if\s+)(?:you\s+(?:could|would)\s+)?(?:send|provide|supply|return|present)?\s*(?:me\s+)?"
     r"(?:the|this|these|it|your)\s*(?:requested\s+)?(?:figures|data|information|results|answers?|response|reply)?\s*"
     r"(?:could|can|were|was|are|is)?\s*(?:be\s+)?(?:sent|provided|supplied|returned|given)?\s*(?:to\s+me\s+)?(?:as|in)\s+"
     r"(?:the\s+form\s+of\s+)?(?:an?\s+)?(?:excel|csv|spreadsheet|electronic|pdf|word|machine[-\s]readable)\b"
     # only the file's kind after it ("… file rather than a PDF", "… format, if possible"), never the
     # ask's content ("… as a spreadsheet listing every pursuit in 2024")
     r"(?:\s+(?:file|format|spreadsheet|document|workbook|copy|form))?(?:,?\s*(?:rather\s+than|instead\s+of|not)\s+(?:an?\s+)?"
     r"(?:excel|csv|spreadsheet|pdf|word|paper|printed|hard)\b(?:\s+(?:file|format|copy|document))?)?"
     r"(?:,?\s*(?:if\s+(?:possible|you\s+can)|where\s+possible|please))?\s*[.!]?"
     r"(?:\s+(?:thank\s+you|many\s+thanks|thanks)\b[^?]*)?)",
     "If possible, please send the figures as an Excel file rather than a PDF."),
    # the requester's offer to narrow the request: "Please let me know how I may adjust it to fall within the limit."
    (r"(?i:please\s+(?:let\s+me\s+know|advise(?:\s+me)?|tell\s+me)\s+(?:how|if|whether)\s+i\s+(?:may|can|could|should|might)\s+"
     r"(?:adjust|refine|narrow|amend|rephrase|reword|change))[^?]*",
     "Please let me know how I may adjust it to ensure that it falls within the cost limits."),
    # what the requester does not want: "Nb. I am not asking for the names of junior staff, which can be redacted."
    # (not one that asks in the same sentence: "I do not need any names, but please provide the number …")
    (r"(?![^?]*\b(?i:please|provide|tell\s+me|how\s+many|only\s+the|just\s+the)\b)"
     r"(?i:(?:(?:nb|n\.b|note|please\s+note)\.?:?\s*(?:that\s+)?)?(?:(?:i\s+am|i'm|i\u2019m)\s+not\s+(?:asking|seeking|looking)\s+for"
     r"|i\s+(?:do\s+not|don't|don\u2019t)\s+(?:need|want|require)\b|there\s+is\s+no\s+need\s+to\b))[^?]*",
     "Nb. I am not asking for the names of junior staff, which can be redacted."),
    # the requester's closing courtesy, with an offer to narrow the request (asks for nothing new)
    (r"(?![^?]*\b(?i:please\s+(?:also\s+)?(?:provide|tell|send|give|supply|include|state|list)|how\s+many|could\s+you|would\s+you|can\s+you"
     r"|grateful\s+if|i\s+would\s+(?:like|want)|i\s+(?:am\s+)?request|send\s+me|provide\s+me|let\s+me\s+have)\b)"
     r"(?i:i\s+(?:realise|realize|appreciate|understand|know)\s+(?:that\s+)?(?:you|your\s+(?:team|unit|office|force))\s+(?:are|is|receive|have|get|deal|must)\b"
     r"|i\s+am\s+(?:very\s+|most\s+)?grateful\s+for\s+(?:any|your|all)\s+(?:help|assistance|time)"
     r"|(?:many\s+)?thank(?:s|\s+you)\s+(?:in\s+advance\s+)?for\s+(?:your|any)\s+(?:help|time|assistance))[^?]*",
     "I realise you receive a great many requests and I am grateful for any help you can give. If any part of this is "
     "difficult to answer, please let me know and I will happily narrow it down."),
    (r"(?i:please\s+note\s+(?:that\s+)?(?:there\s+are|my\s+request\s+has|this\s+request\s+has)\s+(?:\w+\s+)?(?:parts?|questions?|sections?|elements?))[^?]{0,80}",
     "Please note there are three parts to my request."),
    # the force's closing offer (Police Scotland's sign-off line), never an ask of the request
    (r"(?i:(?:should|if)\s+you\s+(?:require|need|have)\s+(?:any\s+)?(?:further|more|additional)\s+(?:assistance|help|information|queries|questions)"
     r",?\s+(?:please\s+)?(?:contact|do\s+not\s+hesitate|get\s+in\s+touch|email|telephone|write))[^?]*",
     "Should you require any further assistance please contact Information Management quoting the reference number given."),
]
NOT_ASK = re.compile("^(?:" + "|".join(p for p, _ in NOT_ASK_CUES) + ")$")


# A list item naming a linked document ("drones response (PDF)", "FOI 123-24 data.xlsx"): the page
# lists its attachments, it asks nothing. (pattern, example)
ATTACHMENT_NAME_CUES = [
    (r"[^?]{1,150}\((?i:pdf|docx?|xlsx?|csv|odt|ods|pptx?|zip)\b[^)]{0,20}\)", "drones response (PDF)"),
    (r"[^?\s]{1,120}\.(?i:pdf|docx?|xlsx?|csv|odt|ods|pptx?|zip)", "FOI_123-24_data.xlsx"),
    (r"[^?]{1,150}\[(?i:pdf|docx?|xlsx?|csv)\b[^\]]{0,20}\]", "Response letter [PDF, 120 KB]"),
]
ATTACHMENT_NAME = re.compile("^(?:" + "|".join(p for p, _ in ATTACHMENT_NAME_CUES) + ")$")


def names_a_file(text: str) -> bool:
    """A list item that only names a linked document."""
    return bool(ATTACHMENT_NAME.match(" ".join((text or "").split())))


def not_an_ask(par: str) -> bool:
    """Letterhead, a date, a field, a name or a sign-off: never an ask."""
    p = " ".join(par.split())
    if "?" in p:
        return False
    words = p.split()
    if NOT_ASK.match(p) or REASONING.match(p) or len(words) <= 3:
        return True
    # "Information Management Department", "Freedom of Information Decision Maker": a title-cased line
    small = {"of", "and", "the", "for", "to", "in", "&", "-", "–"}
    return len(words) <= 8 and not p.endswith(".") and all(w[:1].isupper() or w.lower() in small for w in words)


# Where an e-mail copy quotes the message it answers (the request is often repeated there, under
# the force's reply): (pattern for the whole line, example).
ORIGINAL_MESSAGE_CUES = [
    (r"-{2,}\s*original\s+message\s*-{2,}", "-----Original Message-----"),
    (r"-{2,}\s*forwarded\s+message\s*-{2,}", "---------- Forwarded message ---------"),
    (r"begin\s+forwarded\s+message\s*:", "Begin forwarded message:"),
    # (a mail client's line names the writer: a letter's "… received on 6 January 2026. You wrote:"
    # introduces the request it quotes, as "you asked:" does)
    (r"on\s(?!.{0,120}\byou\s+wrote\b).{4,120}\bwrote\s*:", "On 5 Feb 2025, at 19:41, A Writer <a.writer@example.org> wrote:"),
]
ORIGINAL_MESSAGE = re.compile("^(?:" + "|".join(p for p, _ in ORIGINAL_MESSAGE_CUES) + r")\s*$", re.I)
# The header lines of a quoted message: "Sent: 05 February 2025 19:41".
MAIL_HEADER = re.compile(r"^(?:from|sent|to|cc|bcc|date|subject|importance)\s*:", re.I)

# A WhatDoTheyKnow thread, or an e-mail that quotes the request under the force's reply, holds the
# requester's own letter: "Dear <the force or its FOI team>," down to the requester's sign-off.
# Its body is the request, once; the force's acknowledgement that restates it, its clarification
# questions and its replies are the response. (pattern for what follows "Dear", example)
ADDRESSEE_CUES = [
    (r"[A-Za-z\s&'().-]{0,60}\b(?:police|constabulary|police\s+service|police\s+force)\b[A-Za-z\s&'().-]{0,30}",
     "Dear Metropolitan Police Service (MPS),"),
    (r"(?:the\s+)?(?:foi|freedom\s+of\s+information|information\s+(?:rights|management|compliance)|public\s+disclosure"
     r"|disclosure)\b[A-Za-z\s]{0,30}",
     "Dear Freedom of Information Team,"),
]
BODY_SALUTATION = re.compile(r"^dear\s+(?:" + "|".join(p for p, _ in ADDRESSEE_CUES) + r")\s*[,:]?\s*$", re.I)
# A running page header or footer that a PDF's text copy prints inside the body, where a page break
# falls: a name or reference line with the page number. An ask wrapped over the break reads on past
# it. (pattern for the whole line, example)
PAGE_MARK_CUES = [
    (r"(?P<name>[^.?!:;]{0,80}?)[\s\-–|,]+page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?", "Anyshire Police - FOI/0123/24 Page 2"),
    (r"page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?[\s\-–|,]+(?P<name>[^.?!:;]{0,80}?)", "Page 2 of 3 | Anyshire Police"),
]
_PAGE_MARK = [re.compile(rf"^{p}$", re.I) for p, _ in PAGE_MARK_CUES]
_NAME_WORD = re.compile(r"^(?:[A-Z0-9(&/\-–|]|(?:of|and|the|for|in|on|to|&)$)")


def is_page_mark(line: str) -> bool:
    """'Anyshire Police - FOI/0123/24 Page 2': page furniture. A sentence that points to a page
    ('… set out in the table on page 2') has words of its own and stays."""
    s = " ".join(line.split())
    for pat in _PAGE_MARK:
        m = pat.match(s)
        if m and all(_NAME_WORD.match(w) for w in m.group("name").split()):
            return True
    return False


# A greeting the request runs on from on the same line: the asks start after it. (pattern, example)
GREETING_CUES = [
    (r"dear\s+[^,:;.?!]{1,80}?[,:]", "Dear Anyshire Constabulary, please tell me how many drones you own."),
    (r"(?:hello|hi|good\s+(?:morning|afternoon|evening))(?:\s+[^,:;.?!]{1,60}?)?[,:!]",
     "Good morning, could you tell me how many horses the force keeps?"),
    (r"to\s+whom\s+it\s+may\s+concern\s*[,:]?", "To whom it may concern, please send me the kennel policy."),
]
GREETING_RUN_ON = re.compile(r"^(?:" + "|".join(p for p, _ in GREETING_CUES) + r")\s+(?=\S)", re.I)


# The requester's sign-off, a short line of its own: (pattern, example)
SIGN_OFF_CUES = [
    (r"yours\s+(?:faithfully|sincerely|truly)", "Yours faithfully,"),
    (r"(?:many\s+|kind\s+|best\s+|warm\s+)?(?:thanks|regards|wishes)", "Many thanks"),
    (r"thank\s+you(?:\s+(?:in\s+advance|for\s+your\s+(?:help|time)))?", "Thank you in advance"),
]
SIGN_OFF = re.compile(r"^(?:" + "|".join(p for p, _ in SIGN_OFF_CUES) + r")\s*[,.!]?\s*$", re.I)


def request_letter(lines: list[str], start: int = 0) -> tuple[int, int] | None:
    """(salutation line, sign-off line) of the first letter addressed to a force, or None."""
    for i in range(start, len(lines)):
        if not BODY_SALUTATION.match(lines[i].strip()):
            continue
        for j in range(i + 1, min(len(lines), i + 150)):
            s = lines[j].strip()
            if SIGN_OFF.match(s) or BODY_SALUTATION.match(s) or re.match(r"^dear\s", s, re.I):
                if any(ln.strip() for ln in lines[i + 1:j]):
                    return i, j
                break
        return None
    return None


# A sign-off run on to the requester's name at the end of the last ask's paragraph: "Regards, Jo Bloggs".
_SIGNED = re.compile(r"^(?:" + "|".join(p for p, _ in SIGN_OFF_CUES) + r")\s*[,.!]?(?:\s+(?-i:[A-Z])[\w.'’-]*){1,4}\s*$", re.I)


def greeting_apart(par: str) -> list[str]:
    """'Dear X Police, please tell me … Thank you.' -> ['Dear X Police,', 'please tell me …']: a
    greeting the ask runs on from, and a closing thanks after it, are not part of the ask."""
    m = GREETING_RUN_ON.match(par)
    head, rest = (par[:m.end()].strip(), par[m.end():].strip()) if m else ("", par)
    parts = sentences(rest)
    while len(parts) > 1 and (SIGN_OFF.match(parts[-1]) or _SIGNED.match(parts[-1])):
        parts.pop()  # "… since 2020/21. Thank you." / "… in 2023. Regards, Jo Bloggs"
    if len(parts) < len(sentences(rest)):
        rest = " ".join(parts)
    return [head, rest] if head and rest else [rest or par]
