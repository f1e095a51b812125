"""Which format a body is, from its bytes first; the content type and URL only break ties."""
from __future__ import annotations

import io
import re
import zipfile
from urllib.parse import urlsplit

_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<div[\s>]|<p[\s>]|<h1[\s>]|<table[\s>]", re.I)


def sniff(data: bytes, content_type: str | None = None, url: str | None = None) -> str:
    """'pdf', 'docx', 'xlsx', 'html', 'csv', 'text', or 'unknown' (binary we cannot read)."""
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return "unknown"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "unknown"
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "unknown"  # legacy .doc/.xls
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _HTML.search(data[:4096]) and sample[:1] == b"<":
        return "html"
    if b"\x00" in head:
        return "unknown"
    hint = ((content_type or "") + " " + (url or "")).lower()
    if _says_csv(content_type, url) or _looks_csv(data[:4096]):
        return "csv"
    if "html" in hint and b"<" in head:
        return "html"
    return "text"


def _says_csv(content_type: str | None, url: str | None) -> bool:
    """The content type, or the URL's file extension: a page whose slug merely mentions CSV files
    ("/202225420---csv-files-where-…/") is not a spreadsheet."""
    if "csv" in (content_type or "").lower():
        return True
    try:
        path = urlsplit(url or "").path
    except ValueError:
        return False
    return path.lower().rstrip("/").endswith(".csv")


def _looks_csv(head: bytes) -> bool:
    # the first six lines that hold anything: a letter's blank lines between its title, its
    # sender and its date ("Stop and search by ethnicity, 2025" / "Freedom of Information,
    # Leicestershire Police" / "19 February 2026") left two lines of one comma each to judge by
    raw = head.decode("utf-8", "replace").splitlines()
    lines = [ln for ln in raw if ln.strip()][:6]
    if len(lines) < 2 or "|" in lines[0]:
        return False
    # a CSV's rows follow one another; lines set apart by blank lines (a letter's title, sender,
    # address) are rows only when they hold figures too ("Police HQ, Hinchingbrooke Park" holds none)
    spread = any(not ln.strip() for ln in raw[raw.index(lines[0]):raw.index(lines[-1])]) if lines else False
    if spread and not any(_FIGURE.match(c.strip()) for ln in lines[1:] for c in ln.split(",")):
        return False
    return _uniform_rows(lines) or _titled_rows(head)


def _titled_rows(head: bytes) -> bool:
    """A CSV export under one title line ("Anyshire Police" / "Reference,FOI2023/0411" /
    "Title,\"Knife crime, 2020 to 2022\"" / "Offence,2020,2021,Total"): read with its quoting, every
    row after the title has two or more cells, two rows three or more, and no cell is prose."""
    import csv

    lines = [ln for ln in head.decode("utf-8", "replace").splitlines() if ln.strip()][:8]
    if len(lines) < 4 or "," in lines[0] or len(lines[0].split()) > 8 or lines[0].rstrip().endswith("."):
        return False
    try:
        rows = list(csv.reader(lines[1:-1]))   # (the last line may be cut short)
    except csv.Error:
        return False
    numeric = sum(len(r) >= 3 and sum(bool(_FIGURE.match(c.strip())) for c in r[1:]) >= 2 for r in rows)
    return (all(len(r) >= 2 for r in rows) and sum(len(r) >= 3 for r in rows) >= 2 and numeric >= 1
            and not any(len(c.split()) > 12 for r in rows for c in r))


_FIGURE = re.compile(r"^(?:[<£]?\d[\d,.]*%?|\*|-|\[x\])$")


def _uniform_rows(lines: list[str]) -> bool:
    counts = [ln.count(",") for ln in lines[:-1]]
    # a letter's lines ("Dear Requester," / "Thank you for your request of 2 May, which …") each hold
    # one comma too: most of their cells are prose, a CSV's cells are short
    prose = sum(any(len(cell.split()) > 8 for cell in ln.split(",")) for ln in lines[:-1])
    return (min(counts) >= 1 and len(set(counts)) == 1 and not lines[0].rstrip().endswith(".")
            and 2 * prose < len(lines) - 1)
