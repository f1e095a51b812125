"""An entry that redirects off the log's site is refused and recorded, never stored as the
force's response (issue 16 row 6); a redirect within the site is still followed."""
from __future__ import annotations

from crawler.rawstore import RawStore
from crawler.redirect_scope import in_scope
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, make_force, path_of
from tests.support.fixture_server import FixtureSite, Page


def _html(links: list[str], text: str = "") -> bytes:
    items = "".join(f"<li><a href='{h}'>{h}</a></li>" for h in links)
    return f"<html><body><main><p>{text}</p><ul>{items}</ul></main></body></html>".encode()


def test_redirects_leave_the_site_only_never(raw_dir):
    other_pages = {"/robots.txt": Page(b"", "text/plain", etag=False),
                   "/secret/": Page(_html([], "internal admin page"))}
    with FixtureSite(other_pages) as other:
        pages = {"/robots.txt": Page(b"", "text/plain", etag=False),
                 "/log/": Page(_html(["/log/moved-1/", "/log/away-2/", "/log/file-3/"])),
                 "/log/moved-1/": Page(redirect_to="/log/new-home-1/"),
                 "/log/new-home-1/": Page(_html([], "Drones: our answer")),
                 "/log/away-2/": Page(redirect_to=other.base + "/secret/"),
                 "/log/file-3/": Page(redirect_to="file:///etc/passwd")}
        with FixtureSite(pages) as site:
            run_crawl([make_force("generic")], raw_dir, start_url=site.base + "/log/", **FAST)
        assert other.log == []  # not a single request reached the other host
    store = RawStore(raw_dir)
    stored = {path_of(r["final_url"] or r["url"]) for r in store.fetch_rows()}
    assert "/log/new-home-1/" in stored
    assert not any("secret" in s or "passwd" in s for s in stored)
    errors = {path_of(e["url"]): e["error"] for e in store.errors()}
    assert errors["/log/away-2/"].startswith("redirect out of the log's site to 127.0.0.1:")


def test_scope_rule():
    starts = ["www.kent.police.uk"]
    assert in_scope("https://kent.police.uk/foi/1/", starts)          # www. and https: same site
    assert not in_scope("https://kent.police.uk.evil.example/", starts)
    assert not in_scope("http://169.254.169.254/latest/", starts)
    assert not in_scope("http://127.0.0.1:8080/", ["127.0.0.1:8123"])  # another port is another site
    assert not in_scope("javascript:alert(1)", starts)
