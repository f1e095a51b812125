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
