"""Tidy figures: one per numeric cell, measured by its row, column and section headings."""
from __future__ import annotations

import re

_NUMBER = re.compile(r"^[£$€]?\s?(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?\s?%?$")
_SUPPRESSED = re.compile(r"^(?:\*+|[<≤]\s?\d+|less than \d+|fewer than \d+|redacted|suppressed|x|\[x\]|\[c\])$", re.I)
_PERIOD = re.compile(
    r"^(?:(?:FY\s?)?(?:19|20)\d\d(?:\s?[/\-–]\s?(?:19|20)?\d\d)?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d"
    r"|Q[1-4]\s+(?:19|20)\d\d(?:/\d\d)?"
    r"|\d{1,2}/\d{1,2}/\d{2,4}\s*(?:-|–|to)\s*\d{1,2}/\d{1,2}/\d{2,4})$",
    re.I,
)
_PERIOD_IN = re.compile(
    r"\b(\d{1,2}/\d{1,2}/\d{2,4}\s*(?:-|–|to)\s*\d{1,2}/\d{1,2}/\d{2,4}"
    r"|(?:19|20)\d\d\s?[/\-–]\s?(?:19|20)?\d\d|(?:19|20)\d\d)\b")


def value_of(cell: str | None) -> tuple[bool, float | None]:
    """(is a figure, value): numbers -> value, suppressed markers -> None, other text -> not a figure."""
    s = (cell or "").strip()
    if not s:
        return False, None
    if _SUPPRESSED.match(s):
        return True, None
    m = _NUMBER.match(s)
    if not m:
        return False, None
    v = float(m.group(1).replace(",", "") + (m.group(2) or ""))
    return True, int(v) if v.is_integer() and not m.group(2) else v


def is_period(s: str | None) -> bool:
    return bool(s) and bool(_PERIOD.match(s.strip()))


def caption_period_of(caption: str) -> str | None:
    """The one period a caption names ("Outcomes of arrests, 2023"); a span ("2021 to 2023",
    "2021/22 to 2023/24") covers several cells' periods, so it gives none."""
    found = {m.group(1) for m in _PERIOD_IN.finditer(caption or "")}
    return found.pop() if len(found) == 1 else None


def _label_column_count(table: dict) -> int:
    """Leading columns that hold labels, not numbers (usually one)."""
    rows = table["rows"]
    width = len(table["header"])
    n = 0
    for j in range(width - 1):
        vals = [r[j] for r in rows if j < len(r) and r[j]]
        if vals and all(not value_of(v)[0] or is_period(v) for v in vals):
            n += 1
        else:
            break
    return max(n, 1) if width > 1 else 0


def table_figures(table: dict, index: int) -> list[dict]:
    header = table["header"]
    rows = table["rows"]
    labels = _label_column_count(table)
    section = None
    caption = table.get("caption") or ""
    # A header with only its first cell filled is a section heading, not column names.
    if header and header[0] and not any(h for h in header[1:]):
        section, header = header[0], [""] * len(header)
    caption_period = caption_period_of(caption)
    # Header rows below the first ("Male | Female" under merged years) carry no numbers.
    heads = [header]
    while rows and not any(value_of(c)[0] and not is_period(c) for c in rows[0][labels:]) \
            and any(rows[0][labels:]) and len(rows) > 1:
        heads.append([c or "" for c in rows[0]])
        rows = rows[1:]
    out = []
    for row in rows:
        cells = [c or "" for c in row]
        if cells and cells[0] and not any(cells[1:]):
            section = cells[0]
            continue
        row_labels = [c for c in cells[:labels] if c]
        for j in range(labels, len(cells)):
            ok, val = value_of(cells[j])
            if not ok or is_period(cells[j]) and j < labels:
                continue
            cols = []
            for h in heads:
                c = h[j] if j < len(h) else ""
                if c and c not in cols:
                    cols.append(c)
            parts, period = [], None
            for bit in [section] + row_labels + cols:
                if not bit:
                    continue
                if period is None and is_period(bit):
                    period = bit
                else:
                    parts.append(bit)
            if period is None:
                period = caption_period
            measure = " / ".join(p for p in parts) or caption or "value"
            out.append({"table": index, "measure": measure, "period": period, "value": val,
                        "raw": cells[j]})
    return out


def figures_for(tables: list[dict]) -> list[dict]:
    out: list[dict] = []
    for i, t in enumerate(tables):
        out.extend(table_figures(t, i))
    return out
