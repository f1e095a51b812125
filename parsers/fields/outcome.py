"""Outcome, NCND and public-interest-test flags from the response text and its exemptions."""
from __future__ import annotations

import re
from functools import lru_cache

NCND_PHRASE = re.compile(r"neither\s+confirms?\s+(?:n|)or\s+den(?:y|ies)|\bNCND\b|neither\s+confirming\s+(?:n|)or\s+denying", re.I)
_PIT = re.compile(
    r"public\s+interest\s+test|prejudice\s+test|\bPIT\b|balanc(?:e|ing)\s+test|factors\s+favouring"
    r"|overall\s+harm|public\s+interest\s+considerations|harm\s+test"
    r"|public\s+interest\s+(?:in\s+(?:maintaining|disclosure|disclosing|release|releasing)|favours?)", re.I)
_NOT_HELD = re.compile(
    r"(?:information|data|records?)\s+(?:is|are|was|were)\s+not\s+held|(?:do|does|did)\s+not\s+hold"
    r"|no\s+(?:recorded\s+|relevant\s+|such\s+)?(?:information|data|records?)\s+(?:is|are|was|were)?\s*(?:held|found|located|recorded)"
    r"|(?:is|are)\s+not\s+recorded\s+(?:on|in)|holds?\s+no\s+(?:recorded\s+)?(?:information|data|records?)|not\s+held\s+by|section\s+17\(?1\)?\s+notice|information\s+not\s+held|\bis\s+not\s+held\b", re.I)
_COST = re.compile(r"exceed(?:s|ed)?\s+the\s+(?:appropriate|cost|fees?|time)\s+(?:limit|threshold)|appropriate\s+limit\s+would\s+be\s+exceeded|\bcost\s+limit\b|£\s?450|£\s?600|18\s+hours|excessive\s+cost", re.I)
_VEX = re.compile(r"vexatious|repeated\s+request", re.I)
_ELSEWHERE = re.compile(r"(?:already|publicly|reasonably)\s+(?:been\s+)?(?:available|accessible|published)|otherwise\s+accessible|accessible\s+by\s+other\s+means|is\s+published\s+(?:on|at|via)", re.I)
_PARTIAL = re.compile(
    r"disclose\s+some|some\s+(?:of\s+the\s+)?(?:requested\s+)?(?:information|data)\s+(?:has\s+been|is|was|will\s+be)\s+(?:withheld|exempt|redacted)"
    r"|partial(?:ly)?\s+(?:disclos|refus|provid)|not\s+required\s+to\s+release\s+all|in\s+part\b|withheld\s+some|some\s+data\s+has\s+been\s+withheld"
    r"|partial\s+(?:disclosure|refusal)|redact|some\s+of\s+(?:that|the)\s+information\s+has\s+been\s+(?:exempted|withheld)"
    r"|(?:above|below)\s+is\s+all\s+(?:of\s+)?the\s+information\s+we|for\s+anything\s+else\s+we|any\s+(?:further|other)\s+information\s+relevant"
    r"|hold\s+some\s+of\s+the\s+information", re.I)
_FULL_DECISION = re.compile(r"decided\s+to\s+disclose\s+(?:all|the)\s+(?:of\s+the\s+)?(?:requested\s+)?information|full\s+disclosure", re.I)
_DISCLOSE = re.compile(
    r"please\s+(?:find|see)\b[^.\n]{0,60}(?:attached|below|enclosed|table|following|spreadsheet|information|data|figures)"
    r"|(?:is|are|is\s+being|has\s+been|have\s+been)\s+(?:attached|enclosed|provided|shown|detailed|as\s+follows)|the\s+(?:requested\s+)?(?:information|figures|data)\s+(?:is|are)\s+(?:below|provided|attached)"
    r"|(?:has|have)\s+provided\s+(?:the\s+)?(?:below|following|attached)|decided\s+to\s+disclose|can\s+confirm\s+that|i\s+(?:can|am\s+able\s+to)\s+(?:provide|confirm)|we\s+(?:can|are\s+able\s+to)\s+(?:provide|confirm)"
    r"|pleased\s+to\s+(?:provide|supply|confirm|enclose)|here\s+(?:is|are)\s+the|as\s+follows|see\s+(?:the\s+)?attached|in\s+addition\s+to\s+the\s+attached|the\s+answer\s+is", re.I)
_NOT_DISCLOSURE = re.compile(
    r"PIT\b|public\s+interest|prejudice\s+test|exemption|refusal\s+notice|explanatory|guidance|leaflet|rights"
    r"|complain|not\s+held|confirm(?:ing)?\s+or\s+deny|no\s+(?:relevant\s+)?information|neither\s+confirm|\bexempt\b|withheld|refus|does\s+not\s+hold"
    r"|cost\s+limit|appropriate\s+limit|cost\s+of\s+compl|\bexceed|\bhowever\b|vexatious|published|available\s+(?:on|at|via|from)|not\s+(?:be\s+)?(?:provided|disclosed|released)", re.I)


class _Folded:
    """A case-insensitive pattern searched over lower-cased text: case-sensitive matching is
    3-6x faster than re.I in Python's engine, and every response runs about ten of these over
    its whole text. The original re.I pattern serves text whose lower-casing changes length
    (match offsets must stay valid)."""

    def __init__(self, pattern: re.Pattern):
        assert not re.search(r"\\[A-Z]", pattern.pattern)  # lower-casing \S, \W would change them
        self.original = pattern
        self.low = re.compile(pattern.pattern.lower())

    def search(self, text: str):
        low = _lowered(text)
        return self.original.search(text) if low is None else self.low.search(low)

    def finditer(self, text: str):
        low = _lowered(text)
        return self.original.finditer(text) if low is None else self.low.finditer(low)


@lru_cache(maxsize=8)  # decide, ncnd_flag and pit_flag run over the same text in turn
def _lowered(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


NCND_PHRASE, _PIT, _NOT_HELD, _COST, _VEX, _ELSEWHERE, _PARTIAL, _FULL_DECISION, _DISCLOSE, \
    _NOT_DISCLOSURE = map(_Folded, (NCND_PHRASE, _PIT, _NOT_HELD, _COST, _VEX, _ELSEWHERE,
                                    _PARTIAL, _FULL_DECISION, _DISCLOSE, _NOT_DISCLOSURE))


def ncnd_flag(text: str, exemptions: list[dict]) -> bool:
    return bool(NCND_PHRASE.search(text)) or any(e["ncnd"] for e in exemptions)


def pit_flag(text: str) -> bool:
    return bool(_PIT.search(text))


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around a match: a full stop, a blank line or a line ending in ':' bounds it
    (an NCND paragraph above "Response 2: I can confirm ..." is not the same sentence)."""
    a = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start), text.rfind(":\n", 0, start)) + 1
    ends = [i for i in (text.find(".", end), text.find("\n\n", end)) if i != -1]
    return text[a:min(ends) if ends else len(text)]


def _disclosed(text: str, has_figures: bool, answered: int) -> bool:
    if has_figures or answered:
        return True
    for m in _DISCLOSE.finditer(text):
        sentence = _sentence_at(text, m.start(), m.end())
        if not _NOT_DISCLOSURE.search(sentence):
            return True
    return False


def _answered(questions: list[dict]) -> int:
    """Answers that give something (a number, "Yes", a list), not a refusal or 'not held'."""
    n = 0
    for q in questions:
        a = q.get("answer") or ""
        if not a:
            continue
        if re.match(r"(?:please\s+)?see\s+(?:the\s+)?(?:decision|response|answer|above|below\s+decision)|n/?a\b|not\s+applicable", a, re.I):
            continue  # points elsewhere, gives nothing itself
        if NCND_PHRASE.search(a) or _NOT_HELD.search(a) or re.search(r"\bexempt|\bsection\s+\d|\bs\d{2}\b|withheld|refus", a, re.I):
            continue
        n += 1
    return n


def decide(text: str, exemptions: list[dict], questions: list[dict], has_figures: bool,
           act: str = "FOIA") -> str:
    sections = {e["section"] for e in exemptions}
    published_s = 25 if act == "FOISA" else 21
    withholding = [e for e in exemptions if e["section"] not in (12, 14, published_s)]
    ncnd = ncnd_flag(text, exemptions)
    not_held = bool(_NOT_HELD.search(text))
    answered = _answered(questions)
    given = _disclosed(text, has_figures, answered)
    if _PARTIAL.search(text) and (given or withholding or ncnd):
        return "partial"
    # A cost-limit explanation beside data given means part of the request went unanswered.
    cost = 12 in sections or bool(_COST.search(text))
    if cost and not given:
        return "cost_limit"
    if 14 in sections and not given:
        return "vexatious"
    if published_s in sections and not given and not withholding:
        return "published_elsewhere"
    if given:
        if withholding or ncnd or not_held or cost or 14 in sections or published_s in sections:
            if _FULL_DECISION.search(text) and not withholding and not ncnd:
                return "full"
            return "partial"
        return "full"
    if ncnd:
        # FOISA s18 neither confirms nor denies by reference to the exemption that would apply.
        if all(e["ncnd"] for e in withholding) or (act == "FOISA" and 18 in sections):
            return "ncnd"
        return "refused"
    if withholding:
        return "refused"
    if not_held:
        return "not_held"
    if _ELSEWHERE.search(text):
        return "published_elsewhere"
    return "unknown"
