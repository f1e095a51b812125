"""A crawl that stops making progress is closed as 'stalled' with its state logged, not left
hanging: the pages that did arrive are kept and the stall is a crawl error."""
from __future__ import annotations

import time

from crawler import settings as project_settings
from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, make_force, path_of
from tests.support.fixture_server import FixtureSite, Page


def _html(links: list[str]) -> bytes:
    items = "".join(f"<li><a href='{h}'>{h}</a></li>" for h in links)
    return f"<html><body><main><ul>{items}</ul></main></body></html>".encode()


def _crawl_that_stalls(raw_dir, pages: dict, settings: dict):
    """Crawl the site at /log/; the crawl must end as stalled within a minute."""
    started = time.monotonic()
    with FixtureSite(pages) as site:
        summary = run_crawl([make_force("generic")], raw_dir, start_url=site.base + "/log/",
                            **settings)
    took = time.monotonic() - started
    assert took < 60, f"the crawl ran {took:.0f} s"
    (result,) = summary.forces
    assert result["finish_reason"] == "stalled"
    return summary


def test_a_stalled_crawl_is_closed_and_reported(raw_dir):
    pages = {"/robots.txt": Page(b"", "text/plain", etag=False),
             "/log/": Page(_html(["/log/ok-entry/", "/log/stuck-entry/"])),
             "/log/ok-entry/": Page(_html([])),
             "/log/stuck-entry/": Page(_html([]))}
    settings = {**FAST, "FOI_STALL_TIMEOUT": 4, "FOI_STALL_GRACE": 4,
                "DOWNLOADER_MIDDLEWARES": {
                    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
                    "crawler.middlewares.PoliteRetryMiddleware": 550,
                    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
                    "crawler.redirect_scope.ScopedRedirectMiddleware": 600,
                    "tests.support.stall_middleware.NeverAnswer": 50}}
    summary = _crawl_that_stalls(raw_dir, pages, settings)
    assert summary.failed >= 1
    store = RawStore(raw_dir)
    stored = {path_of(r["url"]) for r in store.fetch_rows()}
    assert {"/log/", "/log/ok-entry/"} <= stored and "/log/stuck-entry/" not in stored
    assert any(e["error"].startswith("crawl stalled") for e in store.errors())
    log = (raw_dir / "logs" / "test-police.log").read_text()
    assert "crawl stalled" in log and "len(engine.downloader.active)" in log


def test_an_idle_crawl_that_does_not_close_is_closed_as_stalled(raw_dir):
    """Nothing outstanding, yet still open: a local crawl idle past the stall timeout is a
    stall too (only a shared Redis crawl waits while idle, on other processes' leases)."""
    pages = {"/robots.txt": Page(b"", "text/plain", etag=False),
             "/log/": Page(_html(["/log/ok-entry/"])),
             "/log/ok-entry/": Page(_html([]))}
    settings = {**FAST, "FOI_STALL_TIMEOUT": 4, "FOI_STALL_GRACE": 4,
                "EXTENSIONS": {**project_settings.EXTENSIONS,
                               "tests.support.stall_middleware.NeverClose": 600}}
    _crawl_that_stalls(raw_dir, pages, settings)
    store = RawStore(raw_dir)
    assert {"/log/", "/log/ok-entry/"} <= {path_of(r["url"]) for r in store.fetch_rows()}
    assert any("with nothing outstanding, yet not closed" in e["error"] for e in store.errors())
