"""Crawl a local copy of each platform family and check exactly what was fetched and stored."""
from __future__ import annotations

import pytest

from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, make_force, path_of
from tests.support.fixture_server import FixtureSite
from tests.support.fixture_sites.builder import build
from tests.support.fixture_sites.families import FAMILIES


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_crawl_stores_exactly_the_log(family, raw_dir):
    spec = FAMILIES[family]
    pages, expected = build(spec)
    with FixtureSite(pages) as site:
        summary = run_crawl([make_force(spec["platform"])], raw_dir,
                            start_url=site.base + spec["start"], **FAST)
    store = RawStore(raw_dir)
    rows = store.fetch_rows()
    stored = {path_of(r["url"]): r["kind"] for r in rows}
    assert stored == expected["stored"]
    assert len(rows) == len(stored), "a URL was stored twice"

    # Nothing outside the log, nothing robots.txt forbids; each 404 recorded once.
    trouble = spec["trouble"]
    requested = site.requested()
    assert set(requested) == (set(expected["stored"]) | set(expected["errors"])
                              | set(expected["final_urls"].values()))
    assert trouble["blocked"] not in requested
    assert {path_of(e["url"]): e["status"] for e in store.errors()} == expected["errors"]

    # The 500 and the 429 were each retried once, the 429 only after its Retry-After.
    retried = {trouble["flaky"], trouble["throttled"]}
    assert all(requested.count(p) == 1 for p in set(requested) - retried), "a page fetched twice"
    assert requested.count(trouble["flaky"]) == 2
    assert requested.count(trouble["throttled"]) == 2
    times = [t for p, _, _, t in site.log if p == trouble["throttled"]]
    assert times[1] - times[0] >= 0.9

    # The redirect is kept with both addresses; attachments point at the entry linking them.
    by_path = {path_of(r["url"]): r for r in rows}
    for url, final in expected["final_urls"].items():
        assert path_of(by_path[url]["final_url"]) == final
    for entry, files in spec["entries"].items():
        for f in files:
            assert path_of(by_path[f]["parent_url"]) == entry
            assert by_path[f]["content_type"].split(";")[0] in {
                "application/pdf", "text/csv",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
    assert {(s.fetched > 0, s.new, s.changed, s.failed) for s in [summary]} == {
        (True, len(rows), 0, 1)}
