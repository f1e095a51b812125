"""Tables found in plain text: pipe tables ("| a | b |") and space-aligned columns."""
from __future__ import annotations

import re

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_COLS = re.compile(r"\S+(?: \S+)*")  # runs separated by 2+ spaces
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


def _space_cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _COLS.finditer(line)]


def _aligned_row(line: str) -> bool:
    cells = _space_cells(line)
    return len(cells) >= 2 and any(_NUMBERISH.match(c) for _, c in cells[1:])


def extract(lines: list[str]) -> tuple[list[str], list[tuple[int, dict]]]:
    """Split lines into prose lines and tables; each table keeps the prose line index it sat at."""
    prose: list[str] = []
    tables: list[tuple[int, dict]] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if _is_pipe_row(line):
            j, rows = i, []
            while j < n and (_is_pipe_row(lines[j]) or _PIPE_RULE.match(lines[j]) and lines[j].strip()):
                if not _PIPE_RULE.match(lines[j]):
                    rows.append(_pipe_cells(lines[j]))
                j += 1
            if len(rows) >= 2:
                caption = _caption(prose)
                t = make_table(caption, rows)
                if t:
                    tables.append((len(prose), t))
                i = j
                continue
        if _aligned_row(line) and i + 1 < n and _aligned_row(lines[i + 1]):
            j = i
            while j < n and _aligned_row(lines[j]):
                j += 1
            block = lines[i:j]
            # A header line of column names sits just above the numbers; a line above it with
            # labels only over the value columns is a wrapped or grouped header ("Police
            # officers" over "Joiners  Leavers").
            head = prose[-1] if prose and len(_space_cells(prose[-1])) >= 2 else None
            rows = [_split_aligned(ln, block) for ln in block]
            if head:
                spans = _column_spans(block, len(rows[0]) if rows else 0)
                prose.pop()
                heads = [_header_cells(head, spans)]
                if prose and _group_line(prose[-1], spans):
                    heads.insert(0, _group_cells(prose.pop(), spans))
                rows = heads + rows
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                t = make_table(_caption(prose), rows)
                if t:
                    tables.append((len(prose), t))
                i = j
                continue
        prose.append(line)
        i += 1
    return prose, tables


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
    if len(cells) < width:  # a header with an empty first column
        cells = [""] * (width - len(cells)) + cells
    return cells


def _caption(prose: list[str]) -> str | None:
    for line in reversed(prose[-3:]):
        s = line.strip()
        if s:
            return s if len(s) <= 150 and not s.endswith((".", "?")) else None
    return None


def render(table: dict) -> list[str]:
    """A table as pipe-table lines (for text output and re-parsing)."""
    out = ["| " + " | ".join(c.replace("|", "/") for c in table["header"]) + " |"]
    out.append("|" + "---|" * len(table["header"]))
    for row in table["rows"]:
        out.append("| " + " | ".join((c or "").replace("|", "/") for c in row) + " |")
    return out
