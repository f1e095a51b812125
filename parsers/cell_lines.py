"""Tables copied one cell per line, put back together.

A reader that keeps no columns (WhatDoTheyKnow's e-mail bodies, an old force site saved as text,
some PDFs' text layers) prints a table with every cell on a line of its own, row after row:

    Year                  <- the header: k cells
    Hearings held
    Dismissed
    2022                  <- a row: its label, then k-1 values
    11
    6
    2023
    14
    8

Only the lines' kinds mark the rows: a header of k text cells (a header may name periods,
"Jan-Mar 2024"), then groups of k lines that each open with a label (words, or a period such as
"2022") and go on with k-1 values (numbers or suppression marks, "<5", "*"). The width k that
makes every group fit, over two rows or more, is the table's. Blank lines between cells (one
site prints one after each) are skipped; a cell may keep the " |" a copy left after it.
"""
from __future__ import annotations

import re

from parsers import figures

MAX_CELL = 80          # a cell is a short line; a sentence of prose ends the run
_MAX_WIDTH = 10        # columns tried
_MAX_LEAD = 4          # caption lines the run may hold above the header
_MAX_RUN = 300         # cells read ahead
_TRAILING_BAR = re.compile(r"\s*\|\s*$")
_FIELD = re.compile(r"^[^:]{1,40}:\s+\S")      # "Our ref: 123": a labelled field, not a cell
_VALUE_WORD = re.compile(r"^(?:[-–—]|nil|none|n/?a|n/?k|not known|\[[xcz]\])$", re.I)
_COUNT = re.compile(r"^[<>≤]?\s?[£$€]?-?\d[\d,]*(?:\.\d+)?\s?%?$|^\*+$")


def cell(line: str) -> str | None:
    """The line as one table cell, or None when it is blank, prose, a field or aligned columns."""
    if line.strip() == "|":
        return ""   # an empty cell a copy left its bar after: the header's corner over the row labels
    s = _TRAILING_BAR.sub("", line.replace("\u00a0", " ")).strip()
    if not s or len(s) > MAX_CELL or "  " in s or "\t" in s:
        return None
    if is_value(s):
        return s
    if s.endswith((".", "?", "!", ";")) or _FIELD.match(s):
        return None
    return s


def is_value(s: str) -> bool:
    """A cell holding a figure: a number, a share, a sum, or a suppression mark."""
    return bool(_COUNT.match(s) or _VALUE_WORD.match(s) or figures.value_of(s)[0])


def _label_ok(s: str) -> bool:
    """A row label: words, or a period ("2022", "2021/22"); a bare count is a value, not a label."""
    return not is_value(s) or figures.is_period(s)


def _figure(s: str) -> bool:
    """A value cell: a figure, never a period ("2023" in a value's place is the next row's label)."""
    return is_value(s) and not figures.is_period(s)


# A two-column table's value column names what it counts ("Number", "Total", "Arrests", "% of stops")
# or a period; a field's value ("Workforce", "Closed") or a contents page's "Page" heads none.
_MEASURE_HEAD = re.compile(r"\b(?:numbers?|no\.?|total|count|counts|figures?|amount|cost|spend|value|quantity|sum"
                           r"|rate|percentage|proportion|incidents?|crimes?|offences?|arrests?|reports?|cases?|calls?"
                           r"|people|persons|officers|staff|stops|searches|seizures|charges|complaints|deaths|injuries"
                           r"|occurrences|results|records|victims|suspects|vehicles|dogs|applications|requests|referrals"
                           r"|recorded|reported|held|issued|received|returned|detected|recovered|seized|used|deployed"
                           r"|attended|made|inventory|hours|days|approved|refused|rejected|granted|upheld|£|%)\b|[£%]"
                           # or a period at its end: "Approved 2024", "Number 2023/24"
                           r"|\b(?:19|20)\d\d(?:/\d\d)?$", re.I)


def _rows(cells: list[str], start: int, k: int) -> list[list[str]]:
    rows = []
    j = start
    while j + k <= len(cells):
        group = cells[j:j + k]
        if not _label_ok(group[0]) or not all(_figure(c) for c in group[1:]):
            break
        rows.append(group)
        j += k
    return rows


def _fit(cells: list[str]) -> tuple[int, int, int] | None:
    """(cells above the header, width, rows) of the table that uses the most cells, or None."""
    best = None
    for lead in range(min(_MAX_LEAD, len(cells)) + 1):
        for k in range(2, _MAX_WIDTH + 1):
            head = cells[lead:lead + k]
            if len(head) < k or not all(_label_ok(c) for c in head) or all(figures.is_period(c) for c in head):
                continue
            if k == 2 and not (figures.is_period(head[1]) or _MEASURE_HEAD.search(head[1])):
                continue  # "Category" / "Workforce" / "Request number" / "1237": a record's fields
            rows = _rows(cells, lead + k, k)
            # one row is a table only when it is three columns wide or more and ends the run
            one_row = k >= 3 and lead + 2 * k == len(cells)
            if not (len(rows) >= 2 or rows and one_row) \
                    or not any(figures.value_of(c)[1] is not None for r in rows for c in r[1:]):
                continue
            used = k * (len(rows) + 1)
            if best is None or used > best[1] * (best[2] + 1):
                best = (lead, k, len(rows))
    return best


def _running_head(lines: list[str], j: int) -> bool:
    """lines[j] is a line a new page prints at its top ("Cleveland Police - Enquiry Reference: 618-25"),
    not prose: short, no sentence end, and cells go on under it, a row's label then a value."""
    s = lines[j].strip()
    if len(s) > 100 or s.endswith((".", "?", "!", ";")):
        return False
    below = [cell(ln) for ln in lines[j + 1:j + 8] if ln.strip()][:2]
    return len(below) == 2 and below[0] is not None and _label_ok(below[0]) and below[1] is not None \
        and is_value(below[1])


_JOINING_END = re.compile(r"(?:^|\s)(?:or|and|of|in|to|the|a|an|per|by|for|with|than|at|on|from)$")


def _header_wraps_joined(idx: list[int], cells: list[str]) -> tuple[list[int], list[str]]:
    """A header cell the copy wrapped onto two lines, above the first figure ("Answered in 10 seconds or" /
    "less"): one cell. Only where the first line stops on a joining word and the second goes on in
    lower case."""
    first_value = next((k for k, c in enumerate(cells) if _figure(c)), len(cells))
    out_idx, out = [], []
    k = 0
    while k < len(cells):
        c = cells[k]
        if k + 1 < first_value and _JOINING_END.search(c) and cells[k + 1][:1].islower() and not is_value(c):
            out_idx.append(idx[k])
            out.append(f"{c} {cells[k + 1]}")
            k += 2
            continue
        out_idx.append(idx[k])
        out.append(c)
        k += 1
    return out_idx, out


def table_at(lines: list[str], i: int) -> tuple[int, int, list[list[str]]] | None:
    """A table written one cell per line in the run of cell lines starting at lines[i]:
    (index of its header's first line, index after its last cell, header + rows), or None."""
    idx: list[int] = []
    cells: list[str] = []
    j = i
    while j < len(lines) and len(cells) < _MAX_RUN:
        if not lines[j].strip():
            j += 1
            continue
        c = cell(lines[j])
        if c is None:
            if not cells or not _running_head(lines, j):
                break
            j += 1  # a page's running header between two rows: the table goes on below it
            continue
        idx.append(j)
        cells.append(c)
        j += 1
    idx, cells = _header_wraps_joined(idx, cells)
    if len(cells) < 6:  # a header of two and two rows of two, or a header of three and its row
        return None
    fit = _fit(cells)
    if fit is None:
        return None
    lead, k, n = fit
    used = cells[lead:lead + k * (n + 1)]
    return idx[lead], idx[lead + k * (n + 1) - 1] + 1, [used[r:r + k] for r in range(0, len(used), k)]


def table_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that are cells of tables written one cell per line."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        found = table_at(lines, i) if cell(lines[i]) is not None else None
        if found:
            out.update(range(found[0], found[1]))
            i = found[1]
        else:
            i += 1
    return out
