"""Tables found in plain text: pipe tables ("| a | b |") and space-aligned columns."""
from __future__ import annotations

import re

from parsers import cell_lines
from parsers.figures import is_period

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_COLS = re.compile(r"\S+(?: \S+)*")  # runs separated by 2+ spaces
# A rule drawn under (or over) a text table's header: one run of dashes, equals signs or box
# lines, or one run per column.   "Year   Stops" / "-------------" / "2023     412"
_TEXT_RULE = re.compile(r"^\s*[-=_\u2500\u2501\u2550]{3,}(?:\s+[-=_\u2500\u2501\u2550]{3,})*\s*$")
_YEAR = re.compile(r"^(?:19|20)\d\d(?:\s?[/\-–]\s?(?:19|20)?\d\d)?$")
_NUMBERISH = re.compile(r"^(?:[<>≤]?\s?[£$]?-?\d[\d,]*(?:\.\d+)?%?|\*+|-|n/?a|x)$", re.I)


def make_table(caption: str | None, rows: list[list[str]]) -> dict | None:
    rows = [[(c or "").strip() for c in r] for r in rows if any((c or "").strip() for c in r)]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    header, body = rows[0], rows[1:]
    return {"caption": caption or None, "header": header, "rows": [[c if c != "" else None for c in r] for r in body]}


def _pipe_cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def _is_pipe_row(line: str) -> bool:
    return line.count("|") >= 2 and line.strip().startswith("|") or line.count("|") >= 3


def _inner_pipe_block(lines: list[str], i: int) -> int | None:
    """The end of a table typed with bars between its cells only ("Person bitten | 2023/24" /
    "Suspect | 33" / "Total | 42", a WhatDoTheyKnow e-mail): three lines or more with the same
    number of " | ", not starting with a bar (those are read as pipe rows), numbers below the
    first; else None."""
    def bars(ln: str) -> int:
        s = ln.strip()
        return 0 if not s or s.startswith("|") or s.endswith("|") else s.count(" | ")
    k = bars(lines[i])
    if not k or k != lines[i].count("|"):
        return None
    j = i
    while j < len(lines) and bars(lines[j]) == k and lines[j].count("|") == k:
        j += 1
    if j - i < 3 or not all(any(_NUMBERISH.match(c) for c in _pipe_cells(ln)[1:]) for ln in lines[i + 1:j]):
        return None
    return j


def _space_cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _COLS.finditer(line)]


def _tab_row(line: str) -> bool:
    return "\t" in line.strip()


def _aligned_row(line: str) -> bool:
    cells = _space_cells(line)
    if len(cells) == 2 and cells[0][1].endswith(":"):
        return False  # a labelled field, "Our ref:    482913"
    gaps = {len(g) for g in re.findall(r"(?<=\S)\s+(?=\S)", line.strip())}
    if len(cells) >= 8 and all(" " not in c for _, c in cells) and len(gaps) == 1:
        return False  # justified prose, every word the same spaces apart ("Between   2020   and   2022 …")
    return len(cells) >= 2 and any(_NUMBERISH.match(c) for _, c in cells[1:])


_PERIOD_HEAD = re.compile(r"^\s*(?:19|20)\d\d(?:/\d\d)?(?:\s+(?:19|20)\d\d(?:/\d\d)?)+\s*$")
_FIGURE_TOKEN = r"(?:[<>≤]\s?\d+|[£$]?-?\d[\d,]*(?:\.\d+)?%?|\*+|-)"


def _label_tail(lines: list[str], j: int) -> bool:
    """A row label's words wrapped onto a line of their own inside an aligned table: indented or
    bracketed words with no figure and no gap, between two rows of figures."""
    s = lines[j]
    t = s.strip()
    return bool(t) and (s[:1].isspace() or t[:1] == "(") and len(t) <= 40 and not re.search(r"\d|\s{2,}", t) \
        and _aligned_row(lines[j - 1]) and j + 1 < len(lines) and _aligned_row(lines[j + 1])


def _label_numbers(line: str, width: int) -> list[str] | None:
    """[label, figure, …] of a line that is words then exactly `width` figures, single-spaced."""
    m = re.match(rf"^\s*(\S.*?)\s+({_FIGURE_TOKEN}(?:\s+{_FIGURE_TOKEN}){{{width - 1}}})\s*$", line)
    if not m or not re.search(r"[A-Za-z]{2}", m.group(1)) or len(m.group(1)) > 80 or m.group(1).endswith((".", ":", "?")) \
            or re.search(rf"\s{_FIGURE_TOKEN}$", m.group(1)) or _UNFINISHED.search(m.group(1)) \
            or any(re.match(r"0\d", x) for x in m.group(2).split()):
        return None   # (one figure more than the periods, a phrase going on, "020 7601 …": not this table's row)
    return [m.group(1), *m.group(2).split()]


def extract(lines: list[str]) -> tuple[list[str], list[tuple[int, dict]]]:
    """Split lines into prose lines and tables; each table keeps the prose line index it sat at."""
    prose: list[str] = []
    tables: list[tuple[int, dict]] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        inner = _inner_pipe_block(lines, i)
        if inner:
            rows = [_pipe_cells(ln) for ln in lines[i:inner]]
            t = _table_under(prose, rows)
            if t:
                tables.append((len(prose), t))
                i = inner
                continue
        if _is_pipe_row(line):
            j, rows = i, []
            while j < n and (_is_pipe_row(lines[j]) or _PIPE_RULE.match(lines[j]) and lines[j].strip()):
                if not _PIPE_RULE.match(lines[j]):
                    rows.append(_pipe_cells(lines[j]))
                j += 1
            if len(rows) >= 2:
                t = _table_under(prose, rows)
                if t:
                    tables.append((len(prose), t))
                i = j
                continue
        if _tab_row(line) and i + 1 < n and _tab_row(lines[i + 1]):
            # Cells separated by tabs (a spreadsheet or Word table pasted as text): the tab is
            # the column rule, whatever the cells' widths. "Year<TAB>Dogs" / "2022<TAB>19"
            j = i
            while j < n and _tab_row(lines[j]):
                j += 1
            # (a header's empty corner cell stays: "<TAB>2021<TAB>2022" over "Officers<TAB>1,204<TAB>1,388")
            indented = all(ln.lstrip(" ").startswith("\t") for ln in lines[i:j])   # (every row: an indent)
            rows = [[c.strip() for c in (ln.strip() if indented else ln.rstrip().lstrip(" ")).split("\t")]
                    for ln in lines[i:j]]
            # Field lines ("Our ref:<TAB>123456") are not a table; a table's rows share a width.
            if len({len(r) for r in rows}) == 1 and not any(r[0].endswith(":") for r in rows) \
                    and any(_NUMBERISH.match(c) for r in rows[1:] for c in r[1:] if c):
                t = _table_under(prose, rows)
                if t:
                    tables.append((len(prose), t))
                    i = j
                    continue
        # (rows printed double-spaced, a blank line between each, are one table: "2017/18   87   £214,350")
        spaced = _aligned_row(line) and i + 2 < n and not lines[i + 1].strip() and _aligned_row(lines[i + 2]) \
            and _double_spaced(lines, i)
        if _aligned_row(line) and i + 1 < n and (_aligned_row(lines[i + 1]) or spaced or _label_tail(lines, i + 1)
                                                 or _page_gap(lines, i + 1, line) is not None):
            j = i
            tails: dict[int, str] = {}   # a row label's wrapped words, on a line of their own, by that row's line
            while j < n:
                if j > i and (gap := _page_gap(lines, j, lines[j - 1])) is not None:
                    j = gap  # the rows go on over a page break ("Page 1 of 2" / "OFFICIAL" between two rows)
                elif _aligned_row(lines[j]) or (
                        _TEXT_RULE.match(lines[j]) and j + 1 < n and _aligned_row(lines[j + 1])) or (
                        spaced and not lines[j].strip() and j + 1 < n and _aligned_row(lines[j + 1])):
                    j += 1  # a rule drawn over the Total row goes on with the table
                elif j > i and _label_tail(lines, j):
                    tails[j - 1] = lines[j].strip()
                    j += 1
                else:
                    break
            if j + 1 < n and not lines[j].strip() and _aligned_row(lines[j + 1]) \
                    and _TOTAL_ROW.match(lines[j + 1].strip()) \
                    and len(_space_cells(lines[j + 1])) == len(_space_cells(lines[j - 1])):
                j += 2  # the Total row set apart by a blank line ("Not stated  11  8  13" / "" / "Total  224 …")
            # ("Officers on long-term sickness   118   141" / "  (mental health)": one row, its label whole)
            kept = [k for k in range(i, j) if not _TEXT_RULE.match(lines[k]) and not _furniture(lines[k]) and k - 1 not in tails]
            block = [lines[k] for k in kept]
            if len(block) >= 2 and _periods_over_values(block[0], block[1]):
                prose.append(block[0])   # the header: read as one, below
                block, kept = block[1:], kept[1:]
            # A header line of column names sits just above the numbers; a line above it with
            # labels only over the value columns is a wrapped or grouped header ("Police
            # officers" over "Joiners  Leavers").
            # A rule between the header and the numbers is drawn, not a row: the header is the
            # line above it (and a rule over the header goes too).
            if len(prose) >= 2 and _TEXT_RULE.match(prose[-1]) and len(_space_cells(prose[-2])) >= 2:
                prose.pop()
                if len(prose) >= 2 and _TEXT_RULE.match(prose[-2]):
                    del prose[-2]
            above = _header_above(prose, spaced, block)
            if above is not None:
                del prose[above + 1:]  # blank lines and page furniture between the header and the rows
            _join_header_tail(prose, block)
            head = prose[-1] if prose and len(_space_cells(prose[-1])) >= 2 else None
            rows = [_split_aligned(ln, block) for ln in block]
            for row, k in zip(rows, kept, strict=True):
                if k in tails and row:
                    row[0] = f"{row[0]} {tails[k]}".strip()
            if head:
                spans = _column_spans(block, len(rows[0]) if rows else 0)
                prose.pop()
                named = [c for _, c in _space_cells(head)]
                # a header with one name per column, separated by gaps as the rows are: its names
                # as printed, however unevenly the columns line up ("Year   Detained over 24 hours   …")
                even = rows and len(named) == len(rows[0]) and all(len(r) == len(named) for r in rows)
                if rows and not even and all(len(r) == len(rows[0]) for r in rows) and _periods_over_values(head, block[0]):
                    # one name over each value column, none over the labels' ("      2022      2023      2024" over
                    # "Offences detected   98,412   104,877   111,305"), however far left of its figures it sits
                    named, even = ["", *named], True
                heads = [named if even else _header_cells(head, spans)]
                if prose and _wrapped_head(prose[-1], head, spans):
                    # the header's first line, its names going on in the line under them
                    first = prose.pop()
                    above = _space_cells(first)
                    # (the second line's words go under the first line's names, where those are
                    # one a column: the names sit wider than the figures under them)
                    one_each = len(above) == len(spans)
                    place = [(a, a + len(t)) for a, t in above] if one_each else spans
                    top = [t for _, t in above] if one_each else _header_cells(first, spans)
                    heads = [[f"{a} {b}".strip() for a, b in zip(top, _header_cells(head, place), strict=False)]]
                elif prose and _group_line(prose[-1], spans):
                    heads.insert(0, _group_cells(prose.pop(), spans))
                rows = heads + rows
            if not head and tables and _continues(tables[-1], prose, rows):
                # the rest of the table above, carried over a page break without its header
                repeated = rows[0] == tables[-1][1]["header"]  # the header printed again on the new page
                tables[-1][1]["rows"].extend([c or None for c in r] for r in rows[1 if repeated else 0:])
                i = j
                continue
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                t = _table_under(prose, rows)
                if t:
                    tables.append((len(prose), t))
                i = j
                continue
        if _aligned_row(line) and tables and _after_page_break(tables[-1], prose) \
                and _continues(tables[-1], prose, [row := [c for _, c in _space_cells(line)]]):
            # the table's last row alone on the next page ("Page 1 of 2" / "OFFICIAL" / "2021  2,586  1,455")
            tables[-1][1]["rows"].append([c or None for c in row])
            i += 1
            continue
        if _aligned_row(line) and prose and _heads_one_row(prose[-1], line):
            # One row of figures under a line of column names that sit over its values only:
            #                     2022      2023
            #   Officers           130       142
            rows = [[""] + [c for _, c in _space_cells(prose.pop())], [c for _, c in _space_cells(line)]]
            t = _table_under(prose, rows)
            if t:
                tables.append((len(prose), t))
            i += 1
            continue
        if _PERIOD_HEAD.match(line) and i + 1 < n and not _aligned_row(lines[i + 1]) \
                and _label_numbers(lines[i + 1], len(line.split())):
            # A table whose gaps a text copy closed to single spaces (pdftotext -raw): a line of periods
            # over rows of a label and one figure per period. "2021 2022 2023" / "Arrests 64 58 71"
            width = len(line.split())
            j, rows = i + 1, [[""] + line.split()]
            while j < n and (row := _label_numbers(lines[j], width)):
                rows.append(row)
                j += 1
            # (two rows at least: one line of years over one line ending in figures is as often an ask
            # wrapped after its years, or a phone number under the years searched)
            t = _table_under(prose, rows) if len(rows) >= 3 else None
            if t:
                tables.append((len(prose), t))
                i = j
                continue
        if cell_lines.cell(line) is not None:
            found = cell_lines.table_at(lines, i)
            if found:
                start, end, rows = found
                prose.extend(lines[i:start])
                t = _table_under(prose, rows)
                if t:
                    tables.append((len(prose), t))
                i = end
                continue
        prose.append(line)
        i += 1
    return prose, tables


_LIST_LABEL = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$", re.I)


def _periods_over_values(line: str, row: str) -> bool:
    """A header of periods only, one over each value column and none over the labels', set in from
    the labels ("      2022      2023      2024" over "Offences detected   98,412   104,877   111,305")."""
    head, cells = _space_cells(line), _space_cells(row)
    return len(head) >= 2 and len(head) == len(cells) - 1 and head[0][0] > cells[0][0] \
        and all(is_period(c) for _, c in head) and not _NUMBERISH.match(cells[0][1])


def _join_header_tail(prose: list[str], block: list[str]) -> None:
    """A header name wrapped onto a line of its own under the header, alone under its column
    ("Season   Incidents   Arrests   Banning orders applied" / "   for"): the word goes on the name
    above it, and the header line stands just above the rows. Only where the header names every
    column of the rows, so the names are read as printed, not by position."""
    if len(prose) < 2 or not block:
        return
    tail, head = _space_cells(prose[-1]), _space_cells(prose[-2])
    if len(tail) != 1 or len(tail[0][1].split()) > 3 or len(head) < 2 or len(head) != len(_space_cells(block[0])) \
            or any(_NUMBERISH.match(c) for _, c in head[1:]):
        return
    at = tail[0][0]
    k = max((n for n, (start, _) in enumerate(head) if start <= at), default=None)
    if not k or (k + 1 < len(head) and at >= head[k + 1][0]):
        return   # (under the row labels' column, or past its name's column: no tail of it)
    names = [c for _, c in head]
    names[k] = f"{names[k]} {tail[0][1]}"
    prose[-2:] = ["   ".join(names)]


def _double_spaced(lines: list[str], i: int) -> bool:
    """Rows from line i on alternate with single blank lines, at least three of them, each with as
    many cells as the first: a table printed double-spaced, not paragraphs that happen to align."""
    width, count, k = len(_space_cells(lines[i])), 0, i
    while k < len(lines) and _aligned_row(lines[k]) and len(_space_cells(lines[k])) == width \
            and not _LIST_LABEL.match(_space_cells(lines[k])[0][1]) \
            and not any(c.endswith(":") for _, c in _space_cells(lines[k])):  # ("1.   Dogs seized:   412": answers)
        count += 1
        if k + 2 < len(lines) and not lines[k + 1].strip():
            k += 2
        else:
            break
    # (two rows are enough under a header line of as many names, double-spaced too:
    # "Year   TRiM assessments   EAP contacts" / "" / "2022   486   1,322" / "" / "2023   531   1,407")
    named = i >= 2 and not lines[i - 1].strip() and len(head := _space_cells(lines[i - 2])) == width \
        and not any(_NUMBERISH.match(c) for _, c in head[1:])
    return (count >= 3 or (count == 2 and named)) and width >= 2


def _furniture(line: str) -> bool:
    from parsers.fields.request_bounds import is_page_mark
    from parsers.fields.title_patterns import PROTECTIVE_MARKINGS

    s = line.replace("\f", " ").strip()
    return not s or is_page_mark(s) or bool(PROTECTIVE_MARKINGS.match(s))


_TOTAL_ROW = re.compile(r"^(?:grand\s+)?totals?\b", re.I)
_PERIOD_NAME = re.compile(r"^(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?$")


def _names_columns(head: str, block: list[str]) -> bool:
    """A line of column names over these rows: one name a column (or none over the row labels), no
    figure among them but a period ("2022/23"), no field ("Date: 4 May"):
        Local policing area     2022/23     2023/24
        (blank)
        Stoke-on-Trent North      1,284       1,512"""
    names = [c for _, c in _space_cells(head)]
    widths = {len(_space_cells(ln)) for ln in block}
    if len(widths) != 1 or len(names) not in (max(widths), max(widths) - 1):
        return False
    return not any(":" in c or (_NUMBERISH.match(c) and not _PERIOD_NAME.match(c)) for c in names)


def _header_above(prose: list[str], spaced: bool = False, block: list[str] | None = None) -> int | None:
    """Where a header line of column names stands above the rows with only blank lines or a page
    break's furniture between ("Year   Missing reports   …" / "" / "Anyshire Police  Page 1 of 2" /
    "OFFICIAL" / "" / "2018   1,406   …"); None when the line just above is the header or none is."""
    k = len(prose) - 1
    while k >= 0 and len(prose) - k <= 8 and _furniture(prose[k]):
        k -= 1
    if k < 0 or k == len(prose) - 1 or len(prose) - k > 8 or len(_space_cells(prose[k])) < 2:
        return None
    if not any(prose[j].strip() for j in range(k + 1, len(prose))) and not (
            len(prose) - k == 2 and (spaced or (block and _names_columns(prose[k], block)))):
        return None  # only blank lines between: no page break, the rows stand on their own (unless the
        # table is printed double-spaced, or one blank line stands under a header naming its columns)
    if prose[k].rstrip().endswith((".", ":", "?", "!")):
        return None  # a sentence ("… more than one strand."), never column names
    return k


def _continues(last: tuple[int, dict], prose: list[str], rows: list[list[str]]) -> bool:
    """Rows of figures with no header, under nothing but blank lines (a page break) since the
    table above, as wide as it: that table's rows go on.
        Religion        318    344        <- the table above
        (page break)
        Disability      212    236        <- these rows"""
    at, table = last
    width = len(table["header"])
    if not all(_furniture(ln) for ln in prose[at:]) or not all(len(r) == width for r in rows):
        return False
    if rows[0] == table["header"]:
        return True
    # a first row of figures, not a header of periods ("Offence   2022   2023" opens a table of its own)
    values = [c for c in rows[0][1:] if c]
    return any(_NUMBERISH.match(c) for c in values) and not all(_YEAR.match(c) for c in values)


def _page_gap(lines: list[str], j: int, row: str) -> int | None:
    """Where a table's rows go on after a page break's furniture from line j (a page mark, a form feed
    or the two blank lines the cleaner leaves for them), the next row as wide as `row`; None when no
    page break stands there."""
    if not _aligned_row(row):
        return None
    k, blanks, marked = j, 0, False
    while k < len(lines) and k - j <= 8 and _furniture(lines[k]):
        blanks += not lines[k].strip()
        marked = marked or "\f" in lines[k] or bool(lines[k].strip())
        k += 1
    if k == j or k >= len(lines) or not (blanks >= 2 or marked) or not _aligned_row(lines[k]):
        return None
    return k if len(_space_cells(lines[k])) == len(_space_cells(row)) else None


def _after_page_break(last: tuple[int, dict], prose: list[str]) -> bool:
    """Only a page break's furniture since the table above: a page mark among it ("Page 1 of 2"), a form
    feed, or the two blank lines the cleaner leaves where it took the marks out (one blank line between
    a table and a row is a paragraph gap, not a page break)."""
    from parsers.fields.request_bounds import is_page_mark

    between = prose[last[0]:]
    return all(_furniture(ln) for ln in between) and (
        sum(not ln.strip() for ln in between) >= 2 or any("\f" in ln for ln in between)
        or any(is_page_mark(ln.replace("\f", " ").strip()) for ln in between if ln.strip()))


def _heads_one_row(head: str, row: str) -> bool:
    """The head line names exactly the row's value columns: one label over each value, none over
    the row's label, no sentence."""
    heads, cells = _space_cells(head), _space_cells(row)
    if len(heads) < 2 or len(heads) != len(cells) - 1 or head.strip().endswith((".", ":", "?")):
        return False
    if heads[0][0] <= cells[0][0]:
        return False
    # each label centred near its value (a label may run back over the row's label)
    return all(abs((2 * hs + len(h)) - (2 * cs + len(c))) <= 2 * max(len(h), len(c))
               for (hs, h), (cs, c) in zip(heads, cells[1:], strict=True))


def _column_spans(block: list[str], width: int) -> list[tuple[int, int]]:
    """(first, last) character position of each column, from the rows that fill every column."""
    full = [_space_cells(ln) for ln in block]
    full = [cells for cells in full if len(cells) == width]
    return [(min(cells[j][0] for cells in full), max(cells[j][0] + len(cells[j][1]) for cells in full))
            for j in range(width)] if full else []


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _header_cells(line: str, spans: list[tuple[int, int]]) -> list[str]:
    """Column names placed by position: each goes to the column it overlaps most, else the nearest."""
    if not spans:
        return [c for _, c in _space_cells(line)]
    out = [""] * len(spans)
    for start, text in _space_cells(line):
        cell = (start, start + len(text))
        j = max(range(len(spans)), key=lambda k: (_overlap(cell, spans[k]),
                                                  -abs(sum(cell) - sum(spans[k]))))
        out[j] = f"{out[j]} {text}".strip()
    return out


_YEAR = re.compile(r"^(?:19|20)\d\d(?:/\d\d)?$")


def _group_line(line: str, spans: list[tuple[int, int]]) -> bool:
    """A line of labels that all sit to the right of the label column: no prose, no figures."""
    cells = _space_cells(line)
    if not spans or len(spans) < 3 or not cells or line.strip().endswith((".", ":", "?")):
        return False
    if cells[0][0] <= spans[0][1]:
        return False
    return all(not _NUMBERISH.match(c) or _YEAR.match(c) for _, c in cells)


def _wrapped_head(above: str, head: str, spans: list[tuple[int, int]]) -> bool:
    """A header printed on two lines: the first names every column from the label column on, the
    second only goes on under the value columns' names ("Year   Front counters open   Front counters
    closed" / "       at 1 April            in following 12 months")."""
    top, under = _space_cells(above), _space_cells(head)
    if not spans or len(spans) < 2 or len(top) != len(spans) or not under or above.strip().endswith((".", ":", "?")):
        return False  # (one name over each column, the label column's too)
    if re.match(r"^\s*(?:table|figure|chart|appendix|annex|annexe)\s+\w{1,3}\b", above, re.I):
        return False  # a caption ("Table 1    Arrests and charges, 2023", "Appendix A    Stop and search …")
    if top[0][0] > spans[0][1] or (under[0][0] <= spans[0][1] and len(under) != len(spans)):
        return False  # (both lines name every column: "Financial   Right to Ask" / "year        applications")
    return not any(_NUMBERISH.match(c) and not _YEAR.match(c) for _, c in top + under)


def _group_cells(line: str, spans: list[tuple[int, int]]) -> list[str]:
    """Each value column takes the last group label that starts before the column ends."""
    cells = _space_cells(line)
    out = [""]
    for _first, last in spans[1:]:
        before = [c for start, c in cells if start < last]
        out.append(before[-1] if before else "")
    return out


def _split_aligned(line: str, block: list[str]) -> list[str]:
    cells = [c for _, c in _space_cells(line)]
    width = max(len(_space_cells(b)) for b in block)
    if len(cells) < width:
        # A row with blank cells ("Total" and only the last column filled, a header with an
        # empty first column): each cell goes to the column it sits under.
        spans = _column_spans(block, width)
        if spans:
            return _header_cells(line, spans)
        cells = [""] * (width - len(cells)) + cells
    return cells


# A letter's field line above a table is no caption: its digits are a reference or a date, not the
# table's period ("FOI Reference: 2024/0566", "Date: 14.03.2024"). A numbered caption keeps its
# colon ("Table 2: arrests in 2023").
_FIELD_LINE = re.compile(r"^(?!(?:table|figure|chart|appendix|annex)\b)[A-Za-z][\w ()/'-]{0,40}:\s*\S*\d", re.I)


# A caption line that stops mid-phrase goes on below: it ends on a comma, a dash or a joining word.
_UNFINISHED = re.compile(r"(?:,|[-–—]|\b(?:and|or|by|of|for|in|from|to|between))$", re.I)


def _caption(prose: list[str]) -> str | None:
    for k in range(len(prose) - 1, max(len(prose) - 4, -1), -1):
        s = prose[k].strip()
        if s:
            if s[:1].islower() and k > 0 and prose[k - 1].strip():
                return None  # "… The search returned the" / "following number of occurrences:": a wrapped sentence's tail
            above = prose[k - 1].strip() if k > 0 else ""
            if _UNFINISHED.search(above) and not _FIELD_LINE.match(above) and (k < 2 or not prose[k - 2].strip()):
                s = f"{above} {s}"  # a caption wrapped over two lines: "Hate crimes … by strand," / "2022/23 to 2024/25"
            return s if len(s) <= 150 and not s.endswith((".", "?")) and not _FIELD_LINE.match(s) else None
    return None


# A sentence that leads into the table below it ("In 2022 a total of 2,903 hate crimes were recorded.
# The outcomes were as follows."): no caption, but the table's period when it names one.
_LEAD_IN = re.compile(r"(?:\bas\s+follows|\bbelow|:)\s*[.:]?\s*$|^please\s+(?:find|see)\s+below\b|\bthe\s+(?:table|figures)\s+below\b",
                      re.I)


def _table_under(prose: list[str], rows: list[list[str]]) -> dict | None:
    """The table of `rows` under the prose so far: its caption line, or the sentence leading into it."""
    caption = _caption(prose)
    t = make_table(caption, rows)
    if t is not None and caption is None:
        last = _last_sentence(prose)
        if _LEAD_IN.search(last) and len(last) <= 300:
            t["lead_in"] = last
    return t


def _last_sentence(prose: list[str]) -> str:
    """The paragraph above when it stands on one line; else the last sentence of the paragraph a
    copy wrapped over lines ("… The search returned the" / "following number of occurrences:")."""
    para: list[str] = []
    for ln in reversed(prose[-8:]):
        if not ln.strip():
            if para:
                break
            continue
        para.insert(0, ln.strip())
    if len(para) == 1:  # a paragraph on one line, whole: its first sentence may name the period ("In 2022 …")
        return para[0]
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(para))[-1]


def caption_above(lines: list[str]) -> str | None:
    """The caption of a table that a reader found apart from the text (a DOCX or PDF table): the
    last line written above it, when it is caption-shaped (short, not a sentence, not a field)."""
    filled = [ln for ln in lines if ln.strip()]
    return _caption(filled[-1:])


def caption_in_text(table: dict, lines: list[str]) -> str | None:
    """The caption of a table whose header row the text also prints (a PDF's text layer under its
    table): the line just above that header row. Police dogs at 1 March 2024 / Role Dogs / …"""
    head = " ".join(" ".join(c for c in table.get("header") or [] if c).split())
    if len(head) < 3:
        return None
    for i, line in enumerate(lines):
        if " ".join(line.split()) == head:
            return caption_above(lines[:i])
    return None


def render(table: dict) -> list[str]:
    """A table as pipe-table lines (for text output and re-parsing)."""
    out = ["| " + " | ".join(c.replace("|", "/") for c in table["header"]) + " |"]
    out.append("|" + "---|" * len(table["header"]))
    for row in table["rows"]:
        out.append("| " + " | ".join((c or "").replace("|", "/") for c in row) + " |")
    return out
