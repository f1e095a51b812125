"""DOCX -> text in body order (numbered paragraphs get their numbers) and tables (merged cells kept)."""
from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from parsers.limits import check_zip
from parsers.tables import make_table


def _cell_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        # python-docx repeats a merged cell once per grid column it spans, which keeps
        # headings over every column they cover.
        rows.append([" ".join(c.text.split()) for c in row.cells])
    return rows


def read_docx(data: bytes) -> dict:
    check_zip(data)  # before python-docx inflates anything
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    lines, tables, counters = [], [], {}
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            p = Paragraph(child, document)
            text = " ".join(p.text.split())
            num = child.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if text and num is not None:
                ilvl_el = num.find(qn("w:ilvl"))
                numid_el = num.find(qn("w:numId"))
                key = (numid_el.get(qn("w:val")) if numid_el is not None else "0",
                       ilvl_el.get(qn("w:val")) if ilvl_el is not None else "0")
                counters[key] = counters.get(key, 0) + 1
                style = (p.style.name or "").lower() if p.style is not None else ""
                text = ("• " if "bullet" in style else f"{counters[key]}. ") + text
            lines.append(text)
            if (p.style is not None and (p.style.name or "").lower().startswith("heading")) or not text:
                lines.append("")
        elif child.tag == qn("w:tbl"):
            rows = _cell_rows(Table(child, document))
            t = make_table(None, rows)
            if t:
                tables.append(t)
                lines.append("")  # the table itself travels in "tables", not in the prose
    return {"text": "\n".join(lines), "tables": tables}
