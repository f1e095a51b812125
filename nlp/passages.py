"""Split a response into passages (paragraphs) and say what kind of reasoning each one is.

Kinds: "ncnd", "harm", "public_interest", "section16", "cost_limit", "exemption",
"boilerplate" (review rights, data caveats, standards statements), "decision", "other".
Only reasoning kinds are clustered as precedent wording; "other" and "decision" paragraphs are
the response's own content and are the only ones that may support a topic.
"""

import re
from functools import lru_cache

from parsers.fields.list_grammar import PARA_END  # a line that ends its sentence

from .literal_scan import LiteralScan

# Patterns are matched against the lower-cased paragraph opening: case-sensitive searches are
# several times faster than re.I ones, and classify runs on every paragraph of the corpus.
_RULES: list[tuple[str, re.Pattern]] = [
    ("section16", re.compile(r"section\s*16\b|advice and assist|duty to (?:advise|assist)")),
    ("cost_limit", re.compile(r"section\s*12\b|appropriate limit|cost limit|18 hours|£450|"
                              r"exceed the (?:cost|limit)")),
    ("ncnd", re.compile(r"neither confirm nor deny|ncnd|confirm(?:ing)? or deny(?:ing)?|"
                        r"section\s*\d+\s*\(\s*5[a-z]?\s*\)")),
    ("public_interest", re.compile(r"public interest|factors favouring|balance test|"
                                   r"balancing test")),
    ("harm", re.compile(r"\bharm\b|prejudice|would be likely to|could be used by|"
                        r"assist (?:offenders|criminals|those)|undermine")),
    ("exemption", re.compile(r"\bexempt|\bsection\s*\d+|\bs\.?\s?\d{2}\s*\(|absolute exemption|"
                             r"qualified exemption|personal data|data protection|refusal notice")),
    ("boilerplate", re.compile(r"internal review|information commissioner|highest (?:of )?"
                               r"standards|every effort|copyright|re-use|reuse|complaint rights|"
                               r"working days|no inference|should not be taken|care should be "
                               r"taken|utmost confidence|public confidence|freedom of "
                               r"information act|thank you for your (?:request|email)|"
                               r"ico\b|uphold")),
]

REASONING_KINDS = {"ncnd", "harm", "public_interest", "section16", "cost_limit", "exemption",
                   "boilerplate"}
_MIN_CHARS = 60  # shorter lines are headings, table rows or labels, not passages


_CLASSIFY_CHARS = 600  # a paragraph's kind shows in its opening; long tables stay cheap


def classify(paragraph: str) -> str:
    return _classify_head(paragraph[:_CLASSIFY_CHARS].lower())


# Every branch of a rule contains one of its literals: a plain substring test (fast) rules a
# paragraph out before the regex runs (slow where a branch starts with \b or a bare letter).
_LITERALS: dict[str, tuple[str, ...]] = {
    "section16": ("section", "advice and assist", "duty to "),
    "cost_limit": ("section", "appropriate limit", "cost limit", "18 hours", "£450", "exceed the "),
    "ncnd": ("neither confirm nor deny", "ncnd", "confirm", "section"),
    "public_interest": ("public interest", "factors favouring", "balance test", "balancing test"),
    "harm": ("harm", "prejudice", "would be likely to", "could be used by", "assist ",
             "undermine"),
    "exemption": ("exempt", "section", "(", "personal data", "data protection",
                  "refusal notice"),
    "boilerplate": ("internal review", "information commissioner", "highest ", "every effort",
                    "copyright", "re-use", "reuse", "complaint rights", "working days",
                    "no inference", "should not be taken", "care should be taken",
                    "utmost confidence", "public confidence", "freedom of information act",
                    "thank you for your ", "ico", "uphold"),
}


# The literal tests of every kind in one compiled pass over the opening (nlp/literal_scan.py).
_SCAN = LiteralScan(_LITERALS)
_RULE_BITS = [(kind, _SCAN.bit[kind], pattern) for kind, pattern in _RULES]


@lru_cache(maxsize=1 << 16)  # boilerplate paragraphs recur across thousands of responses
def _classify_head(head: str) -> str:
    found = _SCAN.mask(head)
    if found:
        for kind, bit, pattern in _RULE_BITS:
            if found & bit and pattern.search(head):
                return kind
    return "other"


# A table row as the parsers print it ("| 2019 | 2 | 209 |"): data, never wording. Blanked with
# spaces (offsets kept), so the rows around a paragraph part it from the next instead of joining it.
_TABLE_ROW = re.compile(r"(?m)^[ \t]*\|.*$")


def _without_table_rows(text: str) -> str:
    return _TABLE_ROW.sub(lambda m: " " * len(m.group(0)), text) if "|" in text else text


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """(char offset, paragraph) for each paragraph: blank-line separated, else line separated."""
    if not text:
        return []
    sep = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"   # decided before rows are blanked
    text = _without_table_rows(text)
    out, pos = [], 0
    for m in re.finditer(sep, text + "\n\n" if sep == r"\n\s*\n" else text + "\n"):
        chunk = text[pos:m.start()]
        stripped = chunk.strip()
        if stripped:
            if sep == r"\n" and out and _runs_on(out[-1][1], stripped):
                out[-1] = (out[-1][0], out[-1][1] + "\n" + stripped)  # a PDF line wrapped mid-sentence
            else:
                out.append((pos + chunk.index(stripped[0]), stripped))
        pos = m.end()
    return out




def _runs_on(before: str, line: str) -> bool:
    """Text with no blank lines (a PDF's): a line that stops mid-sentence runs on into the next:
    it is long (a wrapped line, not a heading such as "Harm") or the next starts in lower case."""
    last = before.rsplit("\n", 1)[-1]
    return not PARA_END.search(last) and (len(last) >= 60 or line[:1].islower())


def passages(text: str) -> list[dict]:
    """Passages worth indexing: {"ordinal", "kind", "text", "start"}."""
    out = []
    for start, para in split_paragraphs(text):
        folded = " ".join(para.split())
        if len(folded) < _MIN_CHARS:
            continue
        out.append({"ordinal": len(out), "kind": classify(folded), "text": folded,
                    "start": start})
    return out


_BLANK_LINE = re.compile(r"\n\s*\n")


def passage_kinds(text: str) -> list[tuple[int, str, str]]:
    """(ordinal, kind, text) of `passages(text)`, without the offsets and dicts the derive
    workers do not use: the same paragraphs (split_paragraphs' pieces are the separator
    split's, stripped; whitespace-only ones fall under _MIN_CHARS)."""
    return [(ordinal, classify(folded), folded)
            for ordinal, folded in enumerate(passage_texts(text))]


def passage_texts(text: str) -> list[str]:
    """The texts of `passage_kinds(text)`, in order (their ordinals are their places)."""
    if not text:
        return []
    blank = bool(_BLANK_LINE.search(text))
    text = _without_table_rows(text)
    if blank:
        pieces = _BLANK_LINE.split(text)
    else:  # lines, a line that stops mid-sentence joined to the next (as split_paragraphs does)
        pieces = []
        for line in text.split("\n"):
            stripped = line.strip()
            if not stripped:
                continue
            if pieces and _runs_on(pieces[-1], stripped):
                pieces[-1] += "\n" + stripped
            else:
                pieces.append(stripped)
    out = []
    for piece in pieces:
        folded = " ".join(piece.split())
        if len(folded) >= _MIN_CHARS:
            out.append(folded)
    return out
