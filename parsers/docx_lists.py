"""The number Word prints before a list paragraph, nesting kept (parsers/docx.py).

Word numbers a paragraph through its own `w:numPr` or its style's ("List Number 2"), at a level
(`w:ilvl`, or the digit of a "List Number N" style). The level's format and text come from
numbering.xml ("lowerLetter", "%2)"). A sub-item is marked as one in the text, since the indent
that shows it on the page is lost:
    1. How many thefts …              1. How many thefts …
       a) How many sheep …     ->     a) How many sheep …
and a sub-list numbered in decimals again (python-docx's "List Number 2": "1.", "2." set in under
the item) is qualified by its parent's number ("2.1", "2.2"), so the text does not read as a list
that starts over. A sub-list's count starts again under each new item above it.
"""
from __future__ import annotations

import re

from docx.oxml.ns import qn

_LIST_STYLE = re.compile(r"^list\s+(number|bullet)(?:\s+(\d))?$")


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _formatted(fmt: str, n: int) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class ListNumbers:
    """One document's list counters; `label(paragraph)` gives the printed prefix or None."""

    def __init__(self, document):
        self._levels: dict[tuple[str, int], tuple[str, str]] = {}   # (numId, ilvl) -> (numFmt, lvlText)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            abstract = {}
            for a in numbering.findall(qn("w:abstractNum")):
                abstract[a.get(qn("w:abstractNumId"))] = {
                    int(lvl.get(qn("w:ilvl")) or 0): (_val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or "")
                    for lvl in a.findall(qn("w:lvl"))}
            for num in numbering.findall(qn("w:num")):
                for ilvl, spec in abstract.get(_val(num, "w:abstractNumId"), {}).items():
                    self._levels[(num.get(qn("w:numId")), ilvl)] = spec
        self._counts: dict[tuple[str, int], int] = {}
        self._open: list[tuple[int, str, tuple]] = []   # (depth, label, key) of the items above

    def label(self, p) -> str | None:
        """"1. ", "a) ", "2.1 ", "• ", or None for a paragraph that is no list item."""
        style = (p.style.name or "").lower() if p.style is not None else ""
        named = _LIST_STYLE.match(style)
        num_id, ilvl = _num_pr(p._p.find(qn("w:pPr")))
        if num_id is None and p.style is not None:
            num_id, ilvl = _num_pr(p.style.element.find(qn("w:pPr")))
        if num_id == "0":
            return None   # numbering switched off on this paragraph
        if num_id is None and not named:
            return None
        depth = ilvl or 0
        if named and named.group(2) and depth == 0:
            depth = int(named.group(2)) - 1   # "List Number 2": set in one level
        fmt, text = self._levels.get((num_id, ilvl or 0), ("bullet" if "bullet" in style else "decimal", ""))
        if named and named.group(1) == "bullet":
            fmt = "bullet"
        key = (num_id or style, ilvl or 0)
        while self._open and self._open[-1][0] >= depth:
            done = self._open.pop()
            if done[0] > depth:
                self._counts.pop(done[2], None)   # its sub-list starts again under the next item
        if fmt == "bullet" or fmt == "none":
            self._open.append((depth, "", key))
            return "• "
        self._counts[key] = self._counts.get(key, 0) + 1
        shown = _formatted(fmt, self._counts[key])
        parent = next((lab for d, lab, _ in reversed(self._open) if d < depth and lab), "")
        if depth and fmt == "decimal" and parent and not re.search(r"%[1-9].*%[1-9]", text):
            label = f"{parent}.{shown}"   # decimals again under an item: "2.1"
            self._open.append((depth, label, key))
            return f"{label} "
        printed = re.sub(r"%[1-9]", shown, text) if text and text.count("%") == 1 else f"{shown}."
        if text.count("%") > 1:   # "%1.%2." prints its parents' numbers too
            printed = f"{parent}.{shown}." if parent else f"{shown}."
        self._open.append((depth, printed.rstrip(".)").lstrip("("), key))
        return f"{printed} "


def _val(el, tag: str) -> str | None:
    child = el.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else None


def _num_pr(ppr) -> tuple[str | None, int | None]:
    num = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num is None:
        return None, None
    num_id, ilvl = _val(num, "w:numId"), _val(num, "w:ilvl")
    return num_id, int(ilvl) if ilvl and ilvl.isdigit() else None
