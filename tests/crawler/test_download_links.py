"""Attachments served from download addresses without a file extension (a document store's
`/documents/<id>/download`, a download plugin's `?download=12`) are fetched with the entry that
links them; a section of pages named 'downloads' is not a file."""
from __future__ import annotations

from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from crawler.sections import looks_like_file
from tests.support.crawler_sites import FAST, make_force
from tests.support.fixture_server import FixtureSite, Page

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _html(body: str) -> Page:
    return Page(f"<html><body><main>{body}</main></body></html>".encode())


def test_extensionless_downloads_are_fetched_as_the_entrys_attachments(raw_dir):
    entry = "/disclosures/5a1e-0001"
    pages = {
        "/": _html(f"<h1>Disclosure log</h1><ul><li><a href='{entry}'>Police vehicle fleet</a></li></ul>"),
        entry: _html("<h1>Police vehicle fleet</h1><p>Case reference FOI2024/00291</p>"
                     "<a href='/documents/d0c-0001/download'>Response document</a>"
                     "<a href='/documents/d0c-0002/download'>Fleet list (spreadsheet)</a>"),
        "/documents/d0c-0001/download": Page(PDF, content_type="application/pdf"),
        "/documents/d0c-0002/download": Page(
            b"a,b\n1,2\n", content_type="text/csv"),
    }
    with FixtureSite(pages) as site:
        run_crawl([make_force("disclosurelog")], raw_dir, start_url=site.base + "/", **FAST)
    rows = RawStore(raw_dir).fetch_rows()
    files = {r["url"].removeprefix(site.base): r["parent_url"].removeprefix(site.base)
             for r in rows if r["kind"] == "attachment"}
    assert files == {"/documents/d0c-0001/download": entry, "/documents/d0c-0002/download": entry}


def test_download_address_shapes():
    assert looks_like_file("/documents/d0c-0001/download")
    assert looks_like_file("/getfile/8812")
    assert looks_like_file("/", "download=123")
    assert looks_like_file("/foi/drones.pdf")
    assert not looks_like_file("/freedom-of-information/downloads/2024/")
    assert not looks_like_file("/freedom-of-information/download-our-app")
    assert not looks_like_file("/disclosures/5a1e-0001")


def test_a_spreadsheet_beside_a_letter_in_a_listing_row_is_the_letters_attachment(raw_dir):
    month = "/disclosure-log/disclosure-log-2025/march/"
    letter, data = "/spa-media/a1/25-0471-response.pdf", "/spa-media/a1/25-0471-data.xlsx"
    lone = "/spa-media/a2/25-0480-response.pdf"
    rows = (f"<tr><td>25-0471</td><td>Armed policing</td><td><a href='{letter}'>Response (PDF)</a> "
            f"<a href='{data}'>Data (XLSX)</a></td></tr>"
            f"<tr><td>25-0480</td><td>Drones</td><td><a href='{lone}'>Response (PDF)</a></td></tr>")
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    pages = {
        "/disclosure-log/": _html(f"<a href='{month}'>March 2025</a>"),
        month: _html(f"<table>{rows}</table>"),
        letter: Page(PDF, content_type="application/pdf"),
        lone: Page(PDF, content_type="application/pdf"),
        data: Page(b"PK\x03\x04", content_type=xlsx),
    }
    with FixtureSite(pages) as site:
        run_crawl([make_force("pdf_letters")], raw_dir, start_url=site.base + "/disclosure-log/", **FAST)
    rows = RawStore(raw_dir).fetch_rows()
    kinds = {r["url"].removeprefix(site.base): (r["kind"], (r["parent_url"] or "").removeprefix(site.base))
             for r in rows if r["kind"] != "listing"}
    assert kinds == {letter: ("entry", ""), lone: ("entry", ""), data: ("attachment", letter)}
