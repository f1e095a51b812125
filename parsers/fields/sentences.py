"""A response's text as a list of sentences, for the outcome and exemption procedures.

Letters arrive wrapped (PDF text, WhatDoTheyKnow email), as one paragraph per line (HTML) or
as table rows. A wrapped line joins the next one; a heading, a list item, a table row and a line
ending a sentence stand apart; within a joined paragraph the text is cut after ., ? and ! when
the next word starts a new sentence ("s.1 PACE", "e.g. this", "ss.30(1)(a)" do not cut).
"""
from __future__ import annotations

import re

# Starts a new unit even after a wrapped line: a list item, a bullet, a table row, a Q/Request label.
_ITEM_START = re.compile(
    r"""^\s*(?: \|                                   # | 2021 | 14 |   (a table row)
             | [•·▪◦*\-–]\s                          # • an item
             | \(?\d{1,2}[.)/:]\s                    # 1. / 1) / (1) / 1/ / 1:
             | \(?[a-z][.)]\s                        # a) / (b) / c.
             | (?:q|question|request|answer|response)\s?\d{1,2}\b   # Q2 / Response 1
            )""", re.I | re.X)
# A line that ends a sentence or introduces what follows.
_LINE_END = re.compile(r"[.?!:;]['\"”’)]?\s*$")
# Words before a full stop that do not end a sentence: "s.", "ss.", "e.g.", "No.", "Mr."
_ABBREV = re.compile(r"\b(?:s|ss|sec|secs|no|nos|mr|mrs|ms|dr|st|e\.g|i\.e|etc|approx|para|paras|vs?|cf)\.$", re.I)
_LABEL_ONLY = re.compile(r"^(?:\(?\w{1,3}[.)]|[A-Z][a-z]?\d{0,2}\.)$")  # "1." / "Q2." / "a)": a list label, not a sentence
# "Freedom of information request reference no: 01.FOI.24.030348": a label and one value, a line
# of its own (never the start of the sentence below it).
_FIELD_LINE = re.compile(r"^[A-Za-z][^:.?!]{1,60}:\s*\S+$")
# A line that stops on a word no sentence or heading ends with ("… tell me how many" /
# "Lakeshire officers …"): the next line carries on the sentence even when it starts with a name.
# (paragraph_asks reads the same list: a line ending on one of these words runs on to the next.)
OPEN_END = re.compile(r"\b(?:the|a|an|of|in|on|to|for|and|or|nor|by|with|from|into|between|under|than|"
                      r"how\s+many|how\s+much|many|much|that|which|whether|at|as|is|are|was|were|be|been|"
                      r"each|every|any|all|these|those|this|your|our|their|its)\s*$", re.I)

# ... except a heading that ends on a verb's own "for": "What you asked for" over the next paragraph.
_STRANDED_FOR = re.compile(r"\b(?:asked|requested|applied|looked|searched|paid|waited|hoped)\s+for\s*$", re.I)

_CUT = re.compile(r"(?<=[.?!])['\"”’)]?\s+(?=[\"'“‘(]?[A-Z0-9£•])")


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation: 'Reasons', 'Section 40(5B)', 'Decision'."""
    s = line.strip()
    return 0 < len(s) <= 60 and not _LINE_END.search(s) and len(s.split()) <= 8


def paragraphs(text: str) -> list[str]:
    """Lines joined into paragraphs: wrapped lines are rejoined, headings and items stand apart."""
    out: list[str] = []
    cur: list[str] = []
    prev = ""
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if cur:
                out.append(" ".join(cur))
            cur, prev = [], ""
            continue
        joins = (cur and not _LINE_END.search(prev) and not _ITEM_START.match(line) and not _FIELD_LINE.match(prev)
                 and not prev.startswith("|") and not line.startswith("|")
                 and (line[:1].islower() or (OPEN_END.search(prev) and not (_STRANDED_FOR.search(prev) and _is_heading(prev))) or (len(prev) >= 45 and not _is_heading(prev))))
        if joins:
            cur.append(line)
        else:
            if cur:
                out.append(" ".join(cur))
            cur = [line]
        prev = line
    if cur:
        out.append(" ".join(cur))
    return out


def split(text: str) -> list[str]:
    """Every sentence of text, in order, whitespace folded."""
    out: list[str] = []
    for para in paragraphs(text):
        para = " ".join(para.split())
        if para.startswith("|"):
            out.append(para)
            continue
        start = 0
        for m in _CUT.finditer(para):
            head = para[start:m.start()].rstrip()
            if _ABBREV.search(head.rstrip("'\"”’)")) or _LABEL_ONLY.match(head):
                continue
            if head:
                out.append(head)
            start = m.end()
        tail = para[start:].strip()
        if tail:
            out.append(tail)
    return out
