"""Documents written in a test, parsed as the pipeline parses a fetched file (shared by the
round-structure tests; each test writes its own text)."""
from __future__ import annotations

import io

from parsers import parse_document


def parse_text(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def parse_html(body: str, url: str = "https://www.example.police.uk/foi-ai/disclosure-log/x/") -> dict:
    page = f"<html><head><title>FOI</title></head><body><main>{body}</main></body></html>"
    return parse_document(page.encode(), "text/html", url)


def parse_docx(doc) -> dict:
    """A python-docx Document, saved and parsed."""
    buf = io.BytesIO()
    doc.save(buf)
    return parse_document(buf.getvalue(),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def parse_xlsx(book) -> dict:
    """An openpyxl Workbook, saved and parsed."""
    buf = io.BytesIO()
    book.save(buf)
    return parse_document(buf.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def asks(rec: dict) -> list[str]:
    return [q["text"] for q in rec["questions"]]


def labels(rec: dict) -> list[str]:
    return sorted(e["label"] for e in rec["exemptions"])


def letter_pdf(lines: list[tuple[str, str]], right_at: int = 400) -> bytes:
    """A one-page PDF letter: each line's left text and, on the same line, its right-hand text
    (drawn at x = `right_at`); an empty pair leaves a wider gap."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    y = 800
    for left, right in lines:
        if left:
            c.drawString(50, y, left)
        if right:
            c.drawString(right_at, y, right)
        y -= 16 if (left or right) else 24
    c.save()
    return out.getvalue()
