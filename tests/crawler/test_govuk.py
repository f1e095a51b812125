"""GOV.UK forces: the crawl starts at the organisation's page, follows its log pages (and a log
published as one publication) to the releases at /government/publications/<slug>, never the other
publications the organisation's page links, and attaches each release's files."""
from __future__ import annotations

from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, make_force
from tests.support.fixture_server import FixtureSite, Page

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ORG = "/government/organisations/example-police/about/our-governance"


def _html(body: str) -> Page:
    return Page(f"<html><body><header><a href='/search/all?keywords='>Search</a></header>"
                f"<main>{body}</main></body></html>".encode())


def test_releases_listed_below_the_organisation_page_and_a_log_publication(raw_dir):
    release, letter = "/government/publications/foi-1190-drone-deployments", "/media/0a1b/FOI-1190.pdf"
    data = "/media/0a1c/FOI-1180-data.xlsx"
    pages = {
        ORG: _html(f"<a href='{ORG}/foi-disclosure-log'>FOI disclosure log</a>"
                   "<a href='/government/publications/annual-report-2025'>Annual report</a>"
                   "<a href='/government/publications/example-police-foi-disclosure-log'>Older releases</a>"),
        f"{ORG}/foi-disclosure-log": _html(f"<ul><li><a href='{release}'>Drone deployments</a></li></ul>"),
        release: _html(f"<h1>Drone deployments</h1><a href='{letter}'>FOI 1190 response</a>"),
        letter: Page(PDF, content_type="application/pdf"),
        "/government/publications/example-police-foi-disclosure-log": _html(
            "<table><tr><td><a href='/media/0a1d/FOI-1180.pdf'>FOI 1180</a> "
            f"<a href='{data}?download=1'>Data</a></td></tr>"
            "<tr><td><a href='/media/0a1e/FOI-1170.pdf'>FOI 1170</a></td></tr></table>"
            "<a href='/government/publications/example-police-foi-disclosure-log?page=2'>Next</a>"),
        "/government/publications/example-police-foi-disclosure-log?page=2": _html(
            "<a href='/media/0a1f/FOI-1160.pdf?download=1'>FOI 1160</a>"
            "<a href='/media/0a1f/FOI-1160.pdf'>FOI 1160 (again)</a>"),
        "/media/0a1d/FOI-1180.pdf": Page(PDF, content_type="application/pdf"),
        "/media/0a1e/FOI-1170.pdf": Page(PDF, content_type="application/pdf"),
        "/media/0a1f/FOI-1160.pdf": Page(PDF, content_type="application/pdf"),
        data: Page(b"PK\x03\x04", content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    }
    with FixtureSite(pages) as site:
        run_crawl([make_force("govuk")], raw_dir, start_url=site.base + ORG, **FAST)
    rows = RawStore(raw_dir).fetch_rows()
    got = {r["url"].removeprefix(site.base): (r["kind"], (r["parent_url"] or "").removeprefix(site.base))
           for r in rows if r["kind"] != "listing"}
    assert got == {release: ("entry", ""), letter: ("attachment", release),
                   "/media/0a1d/FOI-1180.pdf": ("entry", ""), data: ("attachment", "/media/0a1d/FOI-1180.pdf"),
                   "/media/0a1e/FOI-1170.pdf": ("entry", ""), "/media/0a1f/FOI-1160.pdf": ("entry", "")}
    assert "/government/publications/annual-report-2025" not in site.requested()
    assert "/search/all?keywords=" not in site.requested()
