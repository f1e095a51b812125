"""Small XLSX workbooks for parser tests: sheets by name, rows as lists."""
from __future__ import annotations

import io


def xlsx(*sheets: tuple[str, list[list]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
