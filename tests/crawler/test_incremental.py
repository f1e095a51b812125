"""A second crawl of an unchanged log asks for listing pages only (conditionally); after one
entry is added and another revised, exactly those two are fetched."""
from __future__ import annotations

import copy

from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, make_force, path_of
from tests.support.fixture_server import FixtureSite
from tests.support.fixture_sites.builder import build
from tests.support.fixture_sites.families import D24, SOH, SOH_FILES

NEW_ENTRY = f"{D24}/march-2024/spit-hoods-z/"
NEW_FILE = f"{SOH_FILES}/disclosure_2024/march_2024/spit-hoods-z.pdf"
REVISED = f"{D24}/march-2024/tasers-b/"


def _swap_in(site: FixtureSite, pages: dict) -> None:
    """Replace the site's pages, keeping the old object (and its served-error count) where
    the page is unchanged, so one-off 500s and 429s stay one-off."""
    for path, page in pages.items():
        old = site.pages.get(path)
        if old is None or old.body != page.body or old.redirect_to != page.redirect_to:
            site.pages[path] = page


def test_recrawl_fetches_only_listings_then_only_what_changed(raw_dir):
    pages, expected = build(SOH)
    listings = set(SOH["listings"])
    force = make_force("soh")
    with FixtureSite(pages) as site:
        start = site.base + SOH["start"]
        run_crawl([force], raw_dir, start_url=start, **FAST)
        rows_after_first = len(RawStore(raw_dir).fetch_rows())

        site.log.clear()
        unchanged = run_crawl([force], raw_dir, start_url=start, **FAST)
        requested = site.requested()
        assert sorted(requested) == sorted(listings)      # each listing once, nothing else
        assert all(entry[2].get("If-None-Match") for entry in site.log
                   if entry[0] != "/robots.txt")
        assert {entry[1] for entry in site.log if entry[0] != "/robots.txt"} == {304}
        assert (unchanged.new, unchanged.changed, unchanged.failed) == (0, 0, 0)
        assert len(RawStore(raw_dir).fetch_rows()) == rows_after_first

        spec = copy.deepcopy(SOH)
        spec["listings"][f"{D24}/march-2024/"].append(NEW_ENTRY)
        spec["entries"][NEW_ENTRY] = [NEW_FILE]
        new_pages, _ = build(spec, notes={REVISED: "Updated 3 April 2024"},
                             revisions={REVISED: "Revised: figures corrected."})
        _swap_in(site, new_pages)
        site.log.clear()
        changed = run_crawl([force], raw_dir, start_url=start, **FAST)
        requested = site.requested()

    assert sorted(requested) == sorted(listings | {NEW_ENTRY, NEW_FILE, REVISED})
    store = RawStore(raw_dir)
    versions = [path_of(r["url"]) for r in store.fetch_rows()[rows_after_first:]]
    # New: the entry and its file. Changed: the revised entry and the listing that links both.
    assert sorted(versions) == sorted([NEW_ENTRY, NEW_FILE, REVISED, f"{D24}/march-2024/"])
    assert (changed.new, changed.changed, changed.failed) == (2, 2, 0)
    latest = {path_of(e.url): e for e in store.entries()}
    assert b"figures corrected" in latest[REVISED].body
    assert [path_of(a.url) for a in latest[NEW_ENTRY].attachments] == [NEW_FILE]
