"""The requester's opening sentences: who is asking and that this is a request, not what is asked.

"I am a student researching local policing." or "I would be grateful for the following
information." stands above the asks; it asks for nothing, so it is never question 1. A sentence is
decided by what it does:

- it ASKS when it is a question (QUESTION_CUES: "?", "how many", "whether"), names information
  to be given (OBJECT_CUES: "the number of", "a copy of"; in a sentence about the requester only
  when it wants it: "we are compiling figures on …" does not ask) or uses a request verb on
  something other than a pointer onward (REQUEST_CUES: "please provide", "could you tell me",
  "I would like to know"; "please provide the following information." only points at the asks);
- it is PREAMBLE when it does not ask and it speaks about the requester or the request
  (FRAMING_CUES: "I am a …", "I am researching …", "Under the Freedom of Information Act …",
  "I would be grateful for …").

A sentence that does neither ("Officers dismissed for misconduct in 2023.") is left to the caller,
which keeps it as an ask: a request may be a bare noun phrase. Every cue carries an example
(tests/parsers/test_request_preamble.py checks them).
"""
from __future__ import annotations

import re

from parsers.fields.sentences import split as sentences

# (pattern, example): the sentence asks a question.
QUESTION_CUES: list[tuple[str, str]] = [
    (r"\?", "Does the force own any drones?"),
    (r"^(?:how|what|which|whether|when|where|who|why|does|do|did|is|are|was|were|has|have|had)\b",
     "How many drones were bought in 2023."),
    (r"\bhow\s+(?:many|much|often|long)\b", "I would like to know how many drones the force owns."),
    (r"\bwhether\b", "Please confirm whether the force uses drones at night."),
    # a condition or a scope, then the question: "If the force has replaced them, what share …"
    (r"^(?:if|where|when|for|of|in|since)\b[^,?]{0,100},\s*(?:how|what|which|who|when|where)\b",
     "If the force has started replacing them, what share of radios are the new model."),
]
_QUESTION = re.compile("|".join(f"(?:{p})" for p, _ in QUESTION_CUES), re.I)

# (pattern, example): a noun of information to be given. In a sentence about the requester it
# asks only after a word of wanting (_WANT): "we are compiling figures on …" wants nothing from the force.
OBJECT_CUES: list[tuple[str, str]] = [
    (r"\b(?:the|a)\s+(?:total\s+)?(?:number|numbers|amount|total|cost|costs|value|breakdown|list|copy|"
     r"copies|details|names?|dates?)\s+of\b", "I am writing to request the number of drones the force owns."),
    (r"\b(?:copies|details|figures|statistics|data)\s+(?:of|on|for|showing|relating\s+to)\b",
     "I am writing to ask for copies of correspondence with the Home Office."),
    # spending asked for: "I would like the annual expenditure on police informants for 2011/12."
    (r"\bthe\s+(?:(?:total|annual|yearly|monthly|overall|average)\s+)?(?:expenditure|spend|spending|costs?|budget)\s+(?:on|of|for)\b",
     "I would like the annual expenditure on police informants for the 2011/12 financial year."),
    # a count of people described by a clause: "Of those officers, the number who had been …"
    (r"\bthe\s+(?:total\s+)?number\s+(?:who|whose|that\s+(?:were|was|had|have))\b",
     "Of the officers on restricted duties, the number who had been restricted for a year."),
]
_OBJECT = re.compile("|".join(f"(?:{p})" for p, _ in OBJECT_CUES), re.I)
_WANT = re.compile(r"\b(?:request(?:ing)?|ask(?:ing)?\s+for|seek(?:ing)?|obtain|like|grateful\s+for|provide|supply|"
                   r"send|disclose|receive|have|know|see|need|want|require"
                   # wanting to know: "I am trying to find out whether …"
                   r"|find\s+out|establish|ascertain|determine"
                   # asking the force to tell: "I would be grateful if you could tell me how many …"
                   r"|tell\s+(?:me|us)|let\s+(?:me|us)\s+know)\b", re.I)

# (pattern, example): a request verb; it asks unless its object only points onward (_POINTER).
REQUEST_CUES: list[tuple[str, str]] = [
    (r"\b(?:please|kindly)\s+(?:also\s+)?(?:could\s+you\s+|can\s+you\s+)?(?:also\s+)?(?:provide|supply|send|tell|confirm|list|give|"
     r"disclose|state|share|advise|let\s+me\s+know|publish|release|forward|explain|outline|describe|identify|specify|include|break\s+(?:this|these|it|them)\s+down)\b",
     "Please provide the drone policy."),
    (r"\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:also\s+)?(?:provide|supply|send|tell|confirm|list|give|"
     r"disclose|state|share|advise|let\s+me\s+know|publish|release|forward|explain|outline|describe|identify|specify|include|break\s+(?:this|these|it|them)\s+down)\b",
     "Could you tell me which supplier built the drones."),
    (r"\bi\s+(?:would|'d|\u2019d)\s+like\s+to\s+(?:know|see|obtain|receive|have|find\s+out|be\s+told)\b",
     "I would like to see the drone policy."),
    (r"\bi\s+(?:(?:would|'d|\u2019d)\s+(?:also\s+)?like|(?:also\s+)?(?:wish|want))\s+(?:a\s+copy|copies|the\s+(?:policy|procedure|guidance|report|document|figures)"
     r"|any\s+(?:guidance|polic(?:y|ies)|procedures?|documents?|records?|correspondence|minutes|e-?mails|reports?|training|data|figures))\b",
     "I would also like any guidance given to custody sergeants about bail."),
    (r"\b(?:i|we)\s+(?:am|are)\s+(?:(?:asking|looking)\s+for|seeking|requesting)\s+(?:all|any|the|a|an|copies|details|information|figures)\b",
     "I am asking for all information about the kennel guidance from its first draft to today."),
    # the request verb on a thing ("an up-to-date fleet list"), not on "information" in general
    (r"\bi\s+(?:would\s+like\s+to\s+|wish\s+to\s+|am\s+writing\s+to\s+)?request\s+(?:a|an|the|all|any|every)\s+(?!information\b)\w",
     "I would like to request an up-to-date list of the force's vehicles."),
    # the Act named between: "I am writing under the Freedom of Information Act 2000 to request all emails …"
    (r"\bi\s+am\s+writing\s+(?:under|in\s+accordance\s+with|pursuant\s+to)\b[^.]{0,80}?\bto\s+(?:request|ask\s+for|obtain)\s+"
     r"(?:a|an|the|all|any|every|copies|details)\s+(?!information\b)\w",
     "I am writing under the Freedom of Information Act 2000 to request all emails about the kennel contract."),
]
_REQUEST = re.compile("|".join(f"(?:{p})" for p, _ in REQUEST_CUES), re.I)
# The object of the request verb is the list below: "the following information", "as follows".
_POINTER = re.compile(r"\b(?:the\s+following|as\s+follows|(?:set\s+out|listed)\s+below|below)\b", re.I)

# (pattern, example): the sentence is about the requester or about the request itself.
FRAMING_CUES: list[tuple[str, str]] = [
    (r"^(?:i\s+am|i'm|i\u2019m|we\s+are|we're|we\u2019re)\s+(?:a|an|the|currently|now|researching|writing|"
     r"conducting|studying|working|doing|looking|carrying|compiling|investigating|interested|part|based|"
     r"preparing|undertaking|a\s+member)\b", "I am a student at a university and I am researching local policing."),
    (r"^(?:i|we)\s+(?:work|study|write|research|volunteer|represent|run|lead)\b", "I work for a housing charity."),
    (r"^(?:as\s+(?:a|an|part\s+of)|my\s+name\s+is|for\s+(?:my|our|a)\s+(?:research|dissertation|thesis|"
     r"article|report|project|study))\b", "As part of my dissertation on rural crime, I have some questions."),
    (r"^(?:under|in\s+accordance\s+with|pursuant\s+to|using)\s+(?:the\s+)?(?:freedom\s+of\s+information|foi)\b",
     "Under the Freedom of Information Act I would like to ask the following."),
    (r"^(?:i\s+am|i'm|i\u2019m|i)\s+writ(?:e|ing)\b", "I am writing to request information under the Act."),
    (r"^i\s+(?:would|'d|\u2019d)\s+(?:be\s+(?:grateful|obliged)|like\s+to\s+(?:make|submit|ask|request|put))\b",
     "I would be grateful for the following information."),
    (r"^i\s+(?:wish|want)\s+to\s+(?:make|submit|ask|request)\b", "I wish to make a request for information."),
    (r"^(?:please\s+)?(?:treat|consider|accept)\s+this\b", "Please treat this as a request under the Act."),
    (r"^(?:(?:in\s+order\s+)?to\s+(?:help|assist)\s+(?:you|your)\b|i\s+have\s+(?:set\s+out|outlined|tried|kept))",
     "To help you, I have set out my query as clearly as I can."),
    (r"^this\s+is\s+a\s+(?:request|freedom)\b", "This is a request under the Freedom of Information Act."),
    # background in the requester's own voice: "I keep hens and lost two to foxes last spring."
    (r"^(?:i|we|my|our)\s+(?!(?:would|'d|\u2019d|wish|want|need|require)\b)\w+", "My neighbour's car was stolen twice last year."),
]
_FRAMING = re.compile("|".join(f"(?:{p})" for p, _ in FRAMING_CUES), re.I)


def names_information(text: str) -> bool:
    """The text asks a question or wants an item of information ("I would like the number of …")."""
    s = " ".join(text.split())
    return bool(_QUESTION.search(s) or (_OBJECT.search(s) and _WANT.search(s)))


def asks(sentence: str) -> bool:
    """The sentence asks for information: a question, an information noun (wanted, when the sentence
    is about the requester), or a request verb on an object."""
    s = " ".join(sentence.split())
    return bool(names_information(s) or (_OBJECT.search(s) and not _FRAMING.search(s))
                or (_REQUEST.search(s) and not _POINTER.search(s)))


def is_preamble(sentence: str) -> bool:
    """A sentence about the requester or the request that asks for nothing."""
    s = " ".join(sentence.split())
    return bool(s) and bool(_FRAMING.search(s)) and not asks(s)


# A statement: a finite verb that is not in a relative clause ("The depot was closed in 2022." states;
# "Officers who were dismissed in 2023." is a noun phrase that may be an ask of its own).
_STATES = re.compile(r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bwhere )\b(?:is|are|was|were|has|have|had|will|would|"
                     r"can|cannot|could|may|might|must|should|does|did)\b", re.I)


def is_background(sentence: str, later: list[str]) -> bool:
    """A statement that asks nothing, ahead of a sentence of the same paragraph that asks: the
    background the asks rest on ("The stables at Northfield were sold in 2022. How many horses …?")."""
    s = " ".join(sentence.split())
    return (len(s.split()) >= 5 and not asks(s) and bool(_STATES.search(s))
            and any(asks(x) for x in later))


def is_framing_aside(sentence: str, later: list[str]) -> bool:
    """The requester saying what they are doing, with a question word only inside it ("I am looking
    at how often section 60 powers are used in the city."), ahead of a sentence that asks: no "?",
    no request verb, no word of wanting."""
    s = " ".join(sentence.split())
    return (bool(_FRAMING.search(s)) and "?" not in s and not _REQUEST.search(s) and not _WANT.search(s)
            and any(asks(x) for x in later))


def without_preamble(par: str) -> str:
    """The paragraph without its opening preamble or background sentences ('' when it holds nothing else)."""
    parts = sentences(par)
    k = 0
    while k < len(parts) and (is_preamble(parts[k]) or is_background(parts[k], parts[k + 1:])
                              or is_framing_aside(parts[k], parts[k + 1:])):
        k += 1
    if k == 0:
        return par
    return " ".join(parts[k:])
