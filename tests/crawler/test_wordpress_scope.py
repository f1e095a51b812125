"""The WordPress spider walks the log's own listings, never archives that only repeat them
(author, tag and day archives, feeds, comment-reply and per-post copies)."""
from __future__ import annotations

from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, make_force
from tests.support.fixture_server import FixtureSite, Page

ENTRIES = ["/drones-3300-18/", "/tasers-428a-23/", "/2019/05/02/custody-1157a-22/", "/?p=77"]
LISTINGS = ["/", "/page/2/", "/category/foi/", "/category/foi/page/2/", "/2019/", "/2019/05/",
            "/?paged=2", "/?m=201905"]
# Each of these lists (or is) the same posts again.
DUPLICATES = ["/author/foi-team/", "/author/foi-team/page/2/", "/?author=3", "/tag/drones/",
              "/tag/drones/page/2/", "/?tag=drones", "/2019/05/02/", "/feed/", "/comments/feed/",
              "/drones-3300-18/feed/", "/?replytocom=12", "/drones-3300-18/?replytocom=12",
              "/drones-3300-18/embed/", "/drones-3300-18/amp/", "/category/foi/feed/"]


def _page(title: str, links: list[str]) -> Page:
    items = "".join(f"<li><a href='{href}'>{href}</a></li>" for href in links)
    return Page(f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
                f"<ul>{items}</ul></main></body></html>".encode())


def _site() -> dict[str, Page]:
    everything = ENTRIES + LISTINGS + DUPLICATES
    pages = {path: _page(f"Listing {path}", everything) for path in LISTINGS + DUPLICATES}
    for path in ENTRIES:   # a post links its author, tags, feed, reply and embed copies too
        pages[path] = _page(f"Entry {path}", DUPLICATES + ["/"])
    return pages


def test_only_the_logs_own_listings_and_entries_are_requested(raw_dir):
    with FixtureSite(_site()) as site:
        run_crawl([make_force("wordpress")], raw_dir, start_url=site.base + "/", **FAST)
    requested = set(site.requested())
    assert requested == set(LISTINGS) | set(ENTRIES)
    assert not requested & set(DUPLICATES)
    stored = {r["url"].removeprefix(site.base): r["kind"] for r in RawStore(raw_dir).fetch_rows()}
    assert {u for u, kind in stored.items() if kind == "entry"} == set(ENTRIES)
