"""A response body as a list of blocks, rendered to HTML (escaped) or to PDF flowables.

Blocks: ("h", text, level), ("p", text), ("ol", [items]), ("ul", [items]),
("table", table dict), ("link", text, href). All text is plain text and is escaped here,
so scraped-looking markup in it shows as text on the page.
"""
from __future__ import annotations

from html import escape

Block = tuple


def to_html(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append(f"<h{b[2]}>{escape(b[1])}</h{b[2]}>")
        elif kind == "p":
            out.append(f"<p>{escape(b[1])}</p>")
        elif kind in ("ol", "ul"):
            items = "".join(f"<li>{escape(i)}</li>" for i in b[1])
            out.append(f"<{kind}>{items}</{kind}>")
        elif kind == "link":
            out.append(f'<p><a href="{escape(b[2])}">{escape(b[1])}</a></p>')
        elif kind == "table":
            out.append(table_html(b[1]))
    return "\n".join(out)


def table_html(table: dict) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table["header"])
    rows = "".join("<tr>" + "".join(
        f"<th>{escape(c)}</th>" if i == 0 else f"<td>{escape(c)}</td>" for i, c in enumerate(row))
        + "</tr>" for row in table["rows"])
    caption = f"<caption>{escape(table['caption'])}</caption>" if table.get("caption") else ""
    return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def to_text_lines(blocks: list[Block]) -> list[tuple[str, str]]:
    """(style, text) lines for PDF/DOCX writers; tables are passed through as ('table', t)."""
    out: list[tuple[str, object]] = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append(("heading", b[1]))
        elif kind == "p":
            out.append(("para", b[1]))
        elif kind == "ol":
            out.extend(("para", f"{i}. {t}") for i, t in enumerate(b[1], 1))
        elif kind == "ul":
            out.extend(("para", f"- {t}") for t in b[1])   # core PDF fonts lack a bullet
        elif kind == "link":
            out.append(("para", f"{b[1]}: {b[2]}"))
        elif kind == "table":
            out.append(("table", b[1]))
    return out
