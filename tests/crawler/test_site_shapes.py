"""Log-site shapes from the third round of local site copies (session 14): entry links carrying a
tracking query, a log path linked in another letter case, attachments served from the force's
asset host, and a robots.txt Crawl-delay."""
from __future__ import annotations

from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from crawler.sections import file_host_ok
from crawler.spiders.page_links import _clean
from tests.support.crawler_sites import FAST, make_force, path_of
from tests.support.fixture_server import FixtureSite, Page


def _html(links: list[str], text: str = "") -> bytes:
    items = "".join(f"<li><a href='{h}'>entry</a></li>" for h in links)
    return f"<html><body><main><p>{text}</p><ul>{items}</ul></main></body></html>".encode()


def test_tracking_parameters_leave_the_link():
    assert _clean("http://x.org/log/a-1/?utm_source=rss&utm_medium=email") == "http://x.org/log/a-1/"
    assert _clean("http://x.org/log/?page=2&ref=rss") == "http://x.org/log/?page=2"
    assert _clean("http://x.org/log/a-1/?print=true#top") == "http://x.org/log/a-1/"


def test_entries_linked_with_a_tracking_query_or_in_another_case_are_fetched(raw_dir):
    pages = {"/robots.txt": Page(b"", "text/plain", etag=False),
             "/log/": Page(_html(["/log/a-1/?utm_source=rss", "/log/b-2/?sc_src=email", "/LOG/c-3/"])),
             "/log/a-1/": Page(_html([], "Request: how many dogs?")),
             "/log/b-2/": Page(_html([], "Request: how many horses?")),
             "/LOG/c-3/": Page(_html([], "Request: how many boats?"))}
    with FixtureSite(pages) as site:
        run_crawl([make_force("generic")], raw_dir, start_url=site.base + "/log/", **FAST)
    stored = {path_of(r["url"]) for r in RawStore(raw_dir).fetch_rows() if r["kind"] == "entry"}
    assert stored == {"/log/a-1/", "/log/b-2/", "/LOG/c-3/"}


def test_attachments_on_the_force_s_asset_host_are_fetched(raw_dir):
    assert file_host_ok("assets.kent.police.uk", ["www.kent.police.uk"])
    assert not file_host_ok("www.example.org", ["www.kent.police.uk"])
    assert not file_host_ok("169.254.169.254", ["www.kent.police.uk"])
    files = {"/robots.txt": Page(b"", "text/plain", etag=False),
             "/media/drones-response.pdf": Page(b"%PDF-1.4 not really", "application/pdf")}
    with FixtureSite(files) as assets:
        pdf = assets.base + "/media/drones-response.pdf"
        pages = {"/robots.txt": Page(b"", "text/plain", etag=False),
                 "/log/": Page(_html(["/log/drones-1/"])),
                 "/log/drones-1/": Page(_html([pdf], "Request: drones"))}
        with FixtureSite(pages) as site:
            run_crawl([make_force("generic")], raw_dir, start_url=site.base + "/log/", **FAST)
    rows = {path_of(r["url"]): r for r in RawStore(raw_dir).fetch_rows()}
    assert rows["/media/drones-response.pdf"]["kind"] == "attachment"
    assert path_of(rows["/media/drones-response.pdf"]["parent_url"]) == "/log/drones-1/"


def test_a_robots_crawl_delay_spaces_the_requests(raw_dir):
    pages = {"/robots.txt": Page(b"User-agent: *\nCrawl-delay: 1.5\nDisallow: /search/\n", "text/plain", etag=False),
             "/log/": Page(_html(["/log/a-1/", "/log/b-2/", "/search/?q=x"])),
             "/log/a-1/": Page(_html([], "a")),
             "/log/b-2/": Page(_html([], "b"))}
    with FixtureSite(pages) as site:
        run_crawl([make_force("generic")], raw_dir, start_url=site.base + "/log/", **FAST)
    times = [t for path, _status, _headers, t in site.log if path != "/robots.txt"]
    assert [p for p, *_ in site.log if p.startswith("/search")] == []
    assert len(times) == 3
    # at least the asked-for gap between one request and the next (a lower bound: never flaky)
    assert all(b - a >= 1.4 for a, b in zip(times, times[1:], strict=False))


def test_an_updated_note_under_a_heading_link_is_part_of_its_listing_item():
    from scrapy.http import HtmlResponse

    from crawler.spiders.page_links import page_links

    def contexts(note: str) -> dict:
        body = (f"<html><body><main><h3><a href='/log/a-1/'>Dogs</a></h3><p>Published 2 May 2025{note}</p>"
                "<h3><a href='/log/b-2/'>Horses</a></h3><p>Published 3 May 2025</p></main></body></html>")
        page = HtmlResponse("http://x.org/log/", body=body.encode(), encoding="utf-8")
        return {url: ctx for url, _text, ctx, _chrome in page_links(page)}

    before, after = contexts(""), contexts(". Updated 9 June 2025")
    assert before["http://x.org/log/a-1/"] != after["http://x.org/log/a-1/"]   # the entry is due again
    assert before["http://x.org/log/b-2/"] == after["http://x.org/log/b-2/"]   # its neighbour is not
