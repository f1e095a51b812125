"""The sample pages look like the real logs and can be crawled by following links alone."""
from __future__ import annotations

import io
import re
from collections import Counter, deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import pytest
from bs4 import BeautifulSoup

from archive.sample_server import resolve


def _soup(sample_root: Path, site: str, path: str) -> BeautifulSoup:
    file = resolve((sample_root / site).resolve(), path)
    return BeautifulSoup(file.read_bytes(), "lxml")


def _links(soup: BeautifulSoup, base: str) -> list[str]:
    out = []
    for a in soup.find_all("a", href=True):
        url = urljoin(base, a["href"])
        parts = urlsplit(url)
        if parts.netloc == "site" and parts.scheme == "http":
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(sample_root: Path, site: str, entry: str) -> tuple[set[str], Counter]:
    """Breadth-first walk over the site's files as a polite crawler would (robots.txt obeyed)."""
    robots = RobotFileParser()
    robots.parse((sample_root / site / "robots.txt").read_text().splitlines())
    seen, queue, inbound = {entry}, deque([entry]), Counter()
    while queue:
        path = queue.popleft()
        file = resolve((sample_root / site).resolve(), path)
        if file is None or file.suffix != ".html":
            continue
        for link in _links(BeautifulSoup(file.read_bytes(), "lxml"), f"http://site{path}"):
            inbound[link] += 1
            if link not in seen and robots.can_fetch("foi-archive", f"http://site{link}"):
                seen.add(link)
                queue.append(link)
    return seen, inbound


def test_every_response_and_attachment_is_reachable_from_the_entry_page(index, sample_root):
    for site, meta in index["sites"].items():
        seen, inbound = _crawl(sample_root, site, meta["entry_path"])
        rows = [r for r in index["responses"] if r["site"] == site]
        missing = [r["path"] for r in rows if r["path"] not in seen]
        assert not missing, (site, missing[:3])
        files = [p for r in rows for p in r["attachment_paths"]]
        assert all(p in seen for p in files), site
        assert not set(meta["never_fetch"]) & seen, site   # robots.txt keeps them out
        assert all(inbound[p] for p in meta["never_fetch"]), "trap pages must be linked"
        if meta["platform"] in ("soh", "wordpress", "pdf_letters"):
            # every entry is listed on at least two listing pages (year/month or home/archive)
            assert sum(inbound[r["path"]] >= 2 for r in rows) == len(rows), site
        # the entry pattern tells response pages from listings, exactly
        pattern = re.compile(meta["entry_pattern"])
        pages = {p for p in seen if resolve((sample_root / site).resolve(), p) is not None
                 and not re.search(r"\.(pdf|docx|xlsx|txt)$", p)}
        assert {p for p in pages if pattern.match(p)} == {r["path"] for r in rows}, site
        listing_pages = [p for p in seen if "/page/" in p or "?page=" in p]
        assert listing_pages, f"{site} has no paginated listing"


def test_robots_txt_disallows_what_the_index_says(index, sample_root):
    for site, meta in index["sites"].items():
        robots = (sample_root / site / "robots.txt").read_text()
        for path in meta["robots_disallowed"]:
            assert f"Disallow: {path}" in robots


def test_soh_pages_carry_the_platform_chrome(index, sample_root):
    rows = [r for r in index["responses"] if index["sites"][r["site"]]["platform"] == "soh"]
    for r in rows[::25]:
        soup = _soup(sample_root, r["site"], r["path"])
        text = soup.get_text(" ", strip=True)
        assert "Quickly exit this site" in text and "Beta" in text
        assert soup.find(class_="cookie-banner")
        hrefs = [a["href"] for a in soup.find_all("a", href=True)]
        assert any(h.startswith("/hyg/") for h in hrefs)
        assert any(h.startswith("/rqo/") for h in hrefs)
        assert soup.find("h1").get_text() == r["title"]


def test_pages_print_reference_and_force_style(index, sample_root):
    markers = {"metropolitan-police": "Freedom of information request reference no:",
               "warwickshire-police": "FREEDOM OF INFORMATION REQUEST REFERENCE NO:",
               "cleveland-police": "Enquiry Reference:",
               "police-service-of-northern-ireland": "Request Number:",
               "south-wales-police": "REQUEST"}
    for r in index["responses"]:
        text = _soup(sample_root, r["site"], r["path"]).get_text(" ", strip=True)
        if r["force"] == "south-wales-police":
            assert r["path"].rstrip("/").endswith(f"foi-{r['reference']}")   # slug only
            assert "RESPONSE" in text
        else:
            assert r["reference"] in text, (r["path"], r["reference"])
        if r["force"] in markers:
            assert markers[r["force"]] in text


def test_hostile_markup_is_escaped_text(index, sample_root):
    for r in (r for r in index["responses"] if r["hostile_markup"]):
        raw = resolve((sample_root / r["site"]).resolve(), r["path"]).read_text()
        soup = BeautifulSoup(raw, "lxml")
        assert not soup.find("script")
        assert not soup.find(attrs={"onerror": True})
        assert not [a for a in soup.find_all("a", href=True) if "javascript:" in a["href"]]
        assert r["title"] in soup.get_text()          # shown as text, exactly
        assert "&lt;" in raw


def test_exemptions_cited_on_the_page_or_letter(index, sample_root):
    for r in index["responses"]:
        if not r["exemptions"] or r["force"] == "police-scotland":
            continue
        text = _soup(sample_root, r["site"], r["path"]).get_text(" ", strip=True)
        for label in r["exemptions"]:
            section = re.match(r"s(\d+)", label).group(1)
            assert re.search(rf"(?:[Ss]ections? |s|S\.|, | and ){section}\b", text), (r["path"], label)


def test_tables_inline_with_suppressed_cells(index, sample_root):
    suppressed = 0
    inline = 0
    for r in index["responses"]:
        if r["force"] == "police-scotland":
            continue
        soup = _soup(sample_root, r["site"], r["path"])
        for table in soup.find_all("table"):
            inline += 1
            cells = [td.get_text() for td in table.find_all("td")]
            suppressed += any(c in ("*", "<5") for c in cells)
    assert inline >= 30 and suppressed >= 5


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_table_only_attachments_hold_the_figures(index, sample_root, fmt):
    rows = [r for r in index["responses"] if r["table_only_in_attachment"]
            and any(a.endswith(f"-data.{fmt}") for a in r["attachments"])]
    assert rows
    r = rows[0]
    path = next(p for p in r["attachment_paths"] if p.endswith(f"-data.{fmt}"))
    data = resolve((sample_root / r["site"]).resolve(), path).read_bytes()
    if fmt == "xlsx":
        import openpyxl
        ws = openpyxl.load_workbook(io.BytesIO(data)).active
        text = " ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c)
    elif fmt == "docx":
        import docx
        doc = docx.Document(io.BytesIO(data))
        text = " ".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    else:
        import pdfplumber
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            text = " ".join(p.extract_text() or "" for p in pdf.pages)
    assert len(re.findall(r"\b\d+\b", text)) >= 4, text[:200]
    page = _soup(sample_root, r["site"], r["path"])
    assert not page.find("table")                  # the attachment is the only copy
    assert "attached" in page.get_text()
