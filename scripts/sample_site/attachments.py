"""PDF, DOCX and XLSX files with fixed metadata, so two runs give byte-identical files."""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from .blocks import Block, to_text_lines

FIXED = datetime(2026, 1, 1, 0, 0, 0)
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed entry times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2026-01-01T00:00:00Z", body)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, body)
    return out.getvalue()


def pdf_bytes(title: str, blocks: list[Block]) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = []
    for style, item in to_text_lines(blocks):
        if style == "table":
            grid = [item["header"]] + item["rows"]
            t = Table(grid, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("FONTSIZE", (0, 0), (-1, -1), 8)]))
            if item.get("caption"):
                story.append(Paragraph(escape(item["caption"]), styles["Heading4"]))
            story += [t, Spacer(1, 8)]
        else:
            story.append(Paragraph(escape(item),
                                   styles["Heading3" if style == "heading" else "BodyText"]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="Sample site generator",
                            creator="foi-archive sample site", invariant=1)
    doc.build(story)
    return buf.getvalue()


def docx_bytes(title: str, blocks: list[Block]) -> bytes:
    import docx

    d = docx.Document()
    props = d.core_properties
    props.title, props.author = title, "Sample site generator"
    props.created = props.modified = FIXED
    props.last_modified_by = "Sample site generator"
    props.revision = 1
    for style, item in to_text_lines(blocks):
        if style == "heading":
            d.add_heading(item, level=2)
        elif style == "para":
            d.add_paragraph(item)
        else:
            if item.get("caption"):
                d.add_paragraph(item["caption"])
            grid = [item["header"]] + item["rows"]
            t = d.add_table(rows=len(grid), cols=len(grid[0]))
            t.style = "Table Grid"
            for r, row in enumerate(grid):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


def xlsx_bytes(title: str, table: dict) -> bytes:
    """One sheet: caption row, header row, then figures (numbers as numbers, '*' kept)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "Sample site generator"
    wb.properties.title = title
    wb.properties.created = wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Data"
    if table.get("caption"):
        ws.append([table["caption"]])
    ws.append(table["header"])
    for row in table["rows"]:
        ws.append([int(c) if c.isdigit() and i else c for i, c in enumerate(row)])
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_zip(buf.getvalue())
