"""A force flagged `browser` in the registry is crawled through headless Chromium: its log only
shows its links after JavaScript runs, so a plain HTTP crawl finds nothing there."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.ci import require
from tests.support.crawler_sites import FAST, make_force, path_of
from tests.support.fixture_server import FixtureSite, Page

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _chromium():
    require(Path("/usr/bin/chromium").exists(), "Debian's chromium at /usr/bin/chromium")


def _js_page(title: str, links: list[str]) -> bytes:
    # The links exist only once the script has run: the server sends an empty list.
    items = ",".join(f"'{link}'" for link in links)
    return (f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
            f"<ul id='log'></ul><script>for (const href of [{items}]) {{"
            "const li = document.createElement('li'); const a = document.createElement('a');"
            "a.href = href; a.textContent = href; li.appendChild(a);"
            "document.getElementById('log').appendChild(li); }</script></body></html>").encode()


def _site() -> dict[str, Page]:
    return {
        "/robots.txt": Page(b"User-agent: *\nDisallow:\n", "text/plain", etag=False),
        "/disclosure-log/": Page(_js_page("Disclosure log", ["/disclosure-log/2024/"])),
        "/disclosure-log/2024/": Page(_js_page("2024", ["/disclosure-log/2024/drones-1/",
                                                        "/disclosure-log/2024/tasers-2/"])),
        "/disclosure-log/2024/drones-1/": Page(_js_page("Drones", ["/files/drones-1.csv"])),
        "/disclosure-log/2024/tasers-2/": Page(_js_page("Tasers", [])),
        "/files/drones-1.csv": Page(b"year,flights\n2024,12\n", "text/csv"),
    }


def test_browser_force_sees_links_made_by_javascript(tmp_path):
    with FixtureSite(_site()) as site:
        start = site.base + "/disclosure-log/"
        plain = run_crawl([make_force("generic")], tmp_path / "plain", start_url=start, **FAST)
        browsed = run_crawl([make_force("generic", browser=True)], tmp_path / "browser",
                            start_url=start, **FAST)

    plain_rows = RawStore(tmp_path / "plain").fetch_rows()
    assert [path_of(r["url"]) for r in plain_rows] == ["/disclosure-log/"]
    assert plain.failed == 1   # "listing page has no links inside the log section"

    rows = RawStore(tmp_path / "browser").fetch_rows()
    stored = {path_of(r["url"]): r["kind"] for r in rows}
    assert stored == {"/disclosure-log/": "listing", "/disclosure-log/2024/": "listing",
                      "/disclosure-log/2024/drones-1/": "entry",
                      "/disclosure-log/2024/tasers-2/": "entry",
                      "/files/drones-1.csv": "attachment"}
    assert browsed.failed == 0
    listing = next(r for r in rows if path_of(r["url"]) == "/disclosure-log/2024/")
    body = RawStore(tmp_path / "browser").read_body(listing["sha256"])
    assert b'href="/disclosure-log/2024/drones-1/"' in body   # stored as rendered
