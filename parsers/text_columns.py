"""Two columns copied as text one line from each in turn, put back as two blocks.

A letter that prints its request and its response side by side (Thames Valley's Request |
Response layout) reaches a text copy (WhatDoTheyKnow's HTML of a PDF, a reposted letter) with
the columns' lines alternating:

    Could you please provide me with the        <- request
    This request is being refused under         <- response
    number of hate crimes reported between      <- request
    Section 12(1) of the FOIA.                  <- response

Read in that order, no sentence holds together: the ask is lost and the refusal is cut into
pieces. The structure gives the columns away: a line that stops mid-sentence is followed by a
capitalised line and then by a lowercase one that carries on the first, and a line that ends a
sentence is followed by a lowercase one. Where those breaks recur in a run of narrow lines right
under the letter's lead-in (a "Request" / "Response" header pair or a line ending in ':'), each
line goes to the column whose sentence it carries on; a tie keeps the alternation. Once the left
column has ended its sentence and two lines in a row went to the right, the left one is done.

PDFs are put right from the text's positions (parsers.pdf_columns); this is for text copies.
"""
from __future__ import annotations

import re

NARROW = 50        # both columns of a letter this wide print lines no longer than this
_MIN_RUN = 6       # narrow lines needed after the lead-in
_WINDOW = 8        # line breaks looked at for evidence
_MIN_SIGNS = 3     # breaks that only two interleaved columns explain, at least one a sentence end

_END = re.compile(r"[.?!:;)\"”’]\s*$")
_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_ORDINAL_END = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*$", re.I)
_LEFT_HEAD = re.compile(r"(?:your\s+)?(?:request|question|information\s+requested)s?\s*:?", re.I)
_RIGHT_HEAD = re.compile(r"(?:our\s+)?(?:response|answer|reply)s?\s*:?", re.I)


def _start(s: str) -> str:
    """'upper', 'lower' or 'other' (a digit, bracket or mark) for a line's first character."""
    c = s.lstrip()[:1]
    return "upper" if c.isupper() else "lower" if c.islower() else "other"


def _ends_mid(s: str) -> bool:
    return not _END.search(s)


def _signs(lines: list[str]) -> tuple[int, int]:
    """(breaks only interleaving explains, of which sentence ends followed by lowercase)."""
    signs = ends = 0
    for k in range(min(_WINDOW, len(lines) - 1)):
        a, b = lines[k], lines[k + 1]
        c = lines[k + 2] if k + 2 < len(lines) else ""
        if _ends_mid(a) and _start(b) == "upper" and _start(c) == "lower" \
                and not (_MONTH.match(b.strip()) and _ORDINAL_END.search(a)):
            signs += 1
        elif not _ends_mid(a) and _start(b) == "lower":
            signs += 1
            ends += 1
    return signs, ends


def _carry(column: list[str], line: str) -> int:
    """How well `line` carries on the last line of `column` (higher is better)."""
    if not column:
        return 0
    last, start = column[-1], _start(line)
    if _ends_mid(last):
        if start == "lower":
            return 2
        if _MONTH.match(line.strip()) and _ORDINAL_END.search(last):
            return 2  # "from 1st" / "January 2013"
        return 1 if start == "other" else -1
    return 1 if start == "upper" else -2 if start == "lower" else 0


def _split(run: list[str]) -> tuple[list[str], list[str]]:
    left, right = [run[0]], [run[1]]
    prev, left_done, right_streak = "R", False, 0
    for line in run[2:]:
        if left_done:
            right.append(line)
            continue
        lc, rc = _carry(left, line), _carry(right, line)
        side = "L" if lc > rc else "R" if rc > lc else ("L" if prev == "R" else "R")
        (left if side == "L" else right).append(line)
        right_streak = right_streak + 1 if side == "R" else 0
        left_done = right_streak >= 2 and not _ends_mid(left[-1])
        prev = side
    return left, right


def untangle(lines: list[str]) -> list[str]:
    """`lines` with one run of interleaved two-column lines rewritten as the left column's lines,
    a blank line and the right column's lines (unchanged when no run shows the signs)."""
    n = len(lines)
    for i in range(n - _MIN_RUN):
        cur = lines[i].strip()
        heads = 0
        if _LEFT_HEAD.fullmatch(cur) and i + 1 < n and _RIGHT_HEAD.fullmatch(lines[i + 1].strip()):
            heads = 2
        elif not cur.endswith(":"):
            continue
        start = i + (heads or 1)
        end = start
        while end < n and lines[end].strip() and len(lines[end].strip()) <= NARROW:
            end += 1
        run = [ln.strip() for ln in lines[start:end]]
        if len(run) < _MIN_RUN or _start(run[1]) != "upper" or not _ends_mid(run[0]):
            continue
        signs, ends = _signs(run)
        if signs < _MIN_SIGNS or not ends:
            continue
        left, right = _split(run)
        head_l, head_r = ([lines[i].strip()], [lines[i + 1].strip()]) if heads else ([], [])
        return [*lines[:i + (0 if heads else 1)], *head_l, *left, "", *head_r, *right, *lines[end:]]
    return lines


# A layout-keeping text copy of a Request | Response table (pdftotext -layout, some
# WhatDoTheyKnow copies) prints both cells on each line with a wide gutter between them:
#     Request                                  Response
#     1. How many e-scooters were seized       The force does not hold this
# The header line says where the right column starts.
# (a column of ask numbers may stand first: " No   Request      Response")
_GUTTER_HEAD = re.compile(r"^(\s*(?:(?:no\.?|number|#|q(?:uestion)?\s+no\.?)\s{2,})?(?:your\s+)?(?:request|question|information\s+requested)s?\s*:?\s{3,})"
                          r"(?:our\s+)?(?:response|answer|reply)s?\s*:?\s*$", re.I)
_MIN_SPLIT = 4      # lines with text in the right column, at least
_MAX_BLANKS = 2     # a longer gap ends the table


def _cut(line: str, col: int) -> int | None:
    """Where `line` divides into the two cells: at the header's column, or up to two characters
    either side where a gap of two spaces ends; None when a word runs across (full width)."""
    if len(line) <= col or not line[:col].strip():
        return col
    for k in (col, col - 1, col + 1, col - 2, col + 2):
        if 2 <= k < len(line) and line[k] != " " and line[k - 2:k] == "  ":
            return k
    return None


def split_gutter(lines: list[str]) -> list[str]:
    """`lines` with a side-by-side Request | Response table rewritten as its left column's lines,
    a blank line and its right column's lines (unchanged when there is none)."""
    for i, head in enumerate(lines):
        m = _GUTTER_HEAD.match(head)
        if not m:
            continue
        col = m.end(1)
        left, right, blanks, j, split = [], [], 0, i + 1, 0
        while j < len(lines):
            line = lines[j]
            if not line.strip():
                blanks += 1
                if blanks > _MAX_BLANKS:
                    break
                left.append("")
                right.append("")
                j += 1
                continue
            blanks = 0
            k = _cut(line, col)
            if k is None:
                break
            left.append(line[:k].strip())
            right.append(line[k:].strip())
            split += bool(right[-1])
            j += 1
        if split < _MIN_SPLIT:
            continue
        right_head = head[col:].strip()
        return [*lines[:i], head[:col].strip(), *left, "", right_head, *right, *lines[j:]]
    return lines
