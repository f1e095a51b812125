"""XLSX (every sheet) and CSV -> tables, plus a text rendering for search."""
from __future__ import annotations

import csv
import io

from parsers.tables import make_table, render

MAX_ROWS = 20000


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


def read_xlsx(data: bytes) -> dict:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    tables = []
    try:
        for ws in wb.worksheets:
            rows = []
            for k, row in enumerate(ws.iter_rows(values_only=True)):
                if k >= MAX_ROWS:
                    break
                rows.append([_fmt(v) for v in row])
            t = _table(ws.title, rows)
            if t:
                tables.append(t)
    finally:
        wb.close()
    return {"text": _text(tables), "tables": tables}


def read_csv(data: bytes) -> dict:
    text = data.decode("utf-8-sig", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [[" ".join(c.split()) for c in r] for _, r in zip(range(MAX_ROWS), csv.reader(io.StringIO(text), dialect), strict=False)]
    t = _table(None, rows)
    tables = [t] if t else []
    return {"text": _text(tables), "tables": tables}


def _text(tables: list[dict]) -> str:
    out = []
    for t in tables:
        if t["caption"]:
            out.append(t["caption"])
        out.extend(render(t))
        out.append("")
    return "\n".join(out)
