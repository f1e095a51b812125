"""XLSX (every sheet) and CSV -> tables, plus a text rendering for search."""
from __future__ import annotations

import csv
import io

from parsers import charset
from parsers.limits import LIMITS, Budget, check_zip
from parsers.tables import make_table, render


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return " ".join(str(v).split())


def _table(name: str | None, rows: list[list[str]]) -> dict | None:
    rows = [r for r in rows if any(c for c in r)]
    if not rows:
        return None
    # A title line above the grid ("Stop and search 2023") becomes the caption.
    caption = name
    if len(rows) > 2 and sum(1 for c in rows[0] if c) == 1 and sum(1 for c in rows[1] if c) > 1:
        caption = f"{name} / {rows[0][0] or next(c for c in rows[0] if c)}" if name else rows[0][0]
        rows = rows[1:]
    return make_table(caption, rows)


def _dimensions_from_head(self) -> None:
    """openpyxl's read-only sheets look for <dimension> with end events, which parses every row
    of a sheet that has none (10 s for a million empty rows) only to find nothing. The element
    sits before <sheetData>, so start events find it, or its absence, at once. Same result."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
    from openpyxl.worksheet.dimensions import SheetDimension

    with self._get_source() as src:
        for _event, element in iterparse(src, events=("start",)):
            if element.tag == DIMENSION_TAG:
                self._min_column, self._min_row, self._max_column, self._max_row = \
                    SheetDimension.from_tree(element).boundaries
                return
            if element.tag == DATA_TAG:
                return


def _patch_openpyxl() -> None:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    ReadOnlyWorksheet._get_size = _dimensions_from_head


def _sheet_rows(ws, budget: Budget) -> tuple[list[list[str]], str | None]:
    """Rows of one sheet, stopping at the row/column limits, a long blank run, or the deadline.

    A sheet's declared dimension can claim a million rows; read_only mode streams them, and we
    stop on our own rather than trust it.
    """
    rows: list[list[str]] = []
    blank_run = 0
    for k, row in enumerate(ws.iter_rows(values_only=True, max_col=LIMITS.max_sheet_cols)):
        if k >= LIMITS.max_sheet_rows:
            return rows, f"sheet {ws.title!r} cut at {LIMITS.max_sheet_rows} rows"
        if k % 500 == 0 and budget.spent():
            return rows, f"sheet {ws.title!r} cut at row {k}: time limit"
        cells = [_fmt(v) for v in row]
        while cells and not cells[-1]:  # max_col pads every row out to the column limit
            cells.pop()
        if cells:
            blank_run = 0
            rows.append(cells)
        else:
            blank_run += 1
            if blank_run >= LIMITS.max_empty_rows:
                return rows, None  # trailing formatting rows, not data
    return rows, None


def read_xlsx(data: bytes, budget: Budget | None = None) -> dict:
    import openpyxl

    _patch_openpyxl()
    check_zip(data)
    budget = budget or Budget()
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    tables, notes = [], []
    try:
        for ws in wb.worksheets:
            rows, note = _sheet_rows(ws, budget)
            if note:
                notes.append(note)
            t = _table(ws.title, rows)
            if t:
                tables.append(t)
            if budget.spent():
                notes.append("later sheets skipped: time limit")
                break
    finally:
        wb.close()
    return {"text": _text(tables), "tables": tables, "truncated": "; ".join(notes) or None}


def read_csv(data: bytes, content_type: str | None = None) -> dict:
    text = charset.decode(data, content_type)[0]
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [[" ".join(c.split()) for c in r[:LIMITS.max_sheet_cols]]
            for _, r in zip(range(LIMITS.max_sheet_rows + 1), csv.reader(io.StringIO(text), dialect), strict=False)]
    truncated = None
    if len(rows) > LIMITS.max_sheet_rows:
        rows, truncated = rows[:-1], f"CSV cut at {LIMITS.max_sheet_rows} rows"
    t = _table(None, rows)
    tables = [t] if t else []
    return {"text": _text(tables), "tables": tables, "truncated": truncated}


def _text(tables: list[dict]) -> str:
    out = []
    for t in tables:
        if t["caption"]:
            out.append(t["caption"])
        out.extend(render(t))
        out.append("")
    return "\n".join(out)
