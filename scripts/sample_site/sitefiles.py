"""Collects one website's files by URL path, and the pieces every platform's pages share.

URL path → file: `/a/b/` and `/a/b` → `a/b/index.html`; `/a/b?page=1` → `a/b/index@page=1.html`;
`/x/y.pdf` → `x/y.pdf`. archive/sample_server.py serves the same mapping.
"""
from __future__ import annotations

from html import escape

from .attachments import docx_bytes, pdf_bytes, xlsx_bytes
from .bodies import body_blocks, pit_document
from .plan import Attachment, Response

PAGE_SIZE = 10


def url_to_file(url_path: str) -> str:
    path, _, query = url_path.partition("?")
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if "." in last and not path.endswith("/"):
        return path.lstrip("/")
    base = path.strip("/")
    name = f"index@{query}.html" if query else "index.html"
    return f"{base}/{name}" if base else name


class SiteFiles:
    def __init__(self, host: str):
        self.host = host
        self.files: dict[str, bytes] = {}

    def add(self, url_path: str, body: bytes | str) -> None:
        name = url_to_file(url_path)
        if name in self.files:
            raise ValueError(f"{self.host}: two files for {name}")
        self.files[name] = body.encode("utf-8") if isinstance(body, str) else body


def pages(items: list, size: int = PAGE_SIZE) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def pager(prev_url: str | None, next_url: str | None, prev_text: str = "Previous",
          next_text: str = "Next") -> str:
    """Previous/Next links only: a crawler must follow them without knowing the page count."""
    links = []
    if prev_url:
        links.append(f'<a rel="prev" href="{escape(prev_url)}">{prev_text}</a>')
    if next_url:
        links.append(f'<a rel="next" href="{escape(next_url)}">{next_text}</a>')
    return f'<nav class="pagination">{" ".join(links)}</nav>' if links else ""


def summary(r: Response) -> str:
    first = r.asks[0][0] if r.asks else r.title
    return first if len(first) < 110 else first[:107].rsplit(" ", 1)[0] + "…"


def attachment_body(r: Response, att: Attachment) -> bytes:
    title = f"{r.title} ({r.reference})"
    if att.kind == "table":
        table = r.table
        if att.fmt == "xlsx":
            return xlsx_bytes(title, table)
        blocks = [("h", title, 1), ("p", f"Figures supplied in answer to request {r.reference}."),
                  ("table", table)]
        return pdf_bytes(title, blocks) if att.fmt == "pdf" else docx_bytes(title, blocks)
    if att.kind == "pit":
        return pdf_bytes(title, pit_document(r))
    if att.kind == "policy":
        return docx_bytes(title, _policy_blocks(r))
    if att.kind == "schedule":
        return xlsx_bytes(title, _schedule(r))
    if att.kind == "letter":
        return pdf_bytes(title, [("h", r.title, 1)] + body_blocks(r))
    raise ValueError(att.kind)


def _policy_blocks(r: Response) -> list:
    return [("h", f"{r.title}: guidance for officers and staff", 1),
            ("h", "Purpose", 2),
            ("p", "This document sets out what is expected of officers and staff and how "
                  "decisions in this area are recorded and reviewed."),
            ("h", "Scope", 2),
            ("p", "It applies to all officers, special constables and police staff, including "
                  "those working with partner agencies."),
            ("h", "Review", 2),
            ("p", f"The document is reviewed every two years; the next review is due in "
                  f"{r.published.year + 2}.")]


def _schedule(r: Response) -> dict:
    rows = [[f"Item {i}", f"Example entry {i} for {r.subject.caption or r.title}".strip()]
            for i in range(1, 6)]
    return {"caption": f"Schedule supplied with {r.reference}", "header": ["Item", "Detail"],
            "rows": rows}
