"""A body over the parsers' size limit is not downloaded; it is recorded as an error instead."""
from __future__ import annotations

import os

import pytest

from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, make_force, path_of
from tests.support.fixture_server import FixtureSite, Page

LIMIT = 200_000   # FOI_MAX_BODY_BYTES for the crawl's process: the parsers' figure, lowered


def _entry(links: list[str]) -> bytes:
    items = "".join(f"<li><a href='{h}'>{h}</a></li>" for h in links)
    return f"<html><body><main><h1>Request</h1><ul>{items}</ul></main></body></html>".encode()


def _pdf(size: int) -> bytes:
    return b"%PDF-1.4\n" + b"0" * (size - 9)


def _site() -> dict[str, Page]:
    big = 3 * LIMIT
    return {
        "/robots.txt": Page(b"", "text/plain", etag=False),
        "/log/": Page(_entry(["/log/entry-1/", "/log/huge-page/"])),
        "/log/entry-1/": Page(_entry(["/files/small.pdf", "/files/declared.pdf",
                                      "/files/streamed.pdf", "/files/packed.pdf"])),
        "/log/huge-page/": Page(_entry([]) + b"<!--" + b"x" * big + b"-->"),
        "/files/small.pdf": Page(_pdf(LIMIT // 2), "application/pdf"),
        "/files/declared.pdf": Page(_pdf(big), "application/pdf"),                  # Content-Length
        "/files/streamed.pdf": Page(_pdf(big), "application/pdf", no_length=True),  # counted
        "/files/packed.pdf": Page(_pdf(big), "application/pdf", gzip=True),         # inflates
    }


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    raw_dir = tmp_path_factory.mktemp("size") / "raw"
    with pytest.MonkeyPatch.context() as mp, FixtureSite(_site()) as site:
        mp.setenv("FOI_MAX_BODY_BYTES", str(LIMIT))   # reaches the crawl's own process
        summary = run_crawl([make_force("generic")], raw_dir, start_url=site.base + "/log/",
                            **FAST)
    store = RawStore(raw_dir)
    yield summary, store
    store.close()


def test_oversized_bodies_are_errors_not_rows(crawled):
    summary, store = crawled
    errors = {path_of(e["url"]): e["error"] for e in store.errors()}
    oversized = {"/log/huge-page/", "/files/declared.pdf", "/files/streamed.pdf",
                 "/files/packed.pdf"}
    assert set(errors) == oversized
    for path, error in errors.items():
        assert error.startswith("too large"), (path, error)
        assert f"limit of {LIMIT} bytes" in error
    stored = {path_of(r["url"]) for r in store.fetch_rows()}
    assert not stored & oversized
    assert {"/log/", "/log/entry-1/", "/files/small.pdf"} <= stored
    assert summary.failed == len(oversized)


def test_bodies_under_the_limit_are_stored_whole(crawled):
    _, store = crawled
    row = next(r for r in store.fetch_rows() if path_of(r["url"]) == "/files/small.pdf")
    assert row["size"] == LIMIT // 2
    assert store.read_body(row["sha256"]) == _pdf(LIMIT // 2)


def test_crawler_limits_follow_the_parsers_limits():
    from scrapy.settings import Settings

    from parsers.limits import LIMITS

    settings = Settings()
    settings.setmodule("crawler.settings")
    assert settings.getint("DOWNLOAD_MAXSIZE") == LIMITS.max_body_bytes
    assert 0 < settings.getint("DOWNLOAD_WARNSIZE") < settings.getint("DOWNLOAD_MAXSIZE")
    assert "FOI_MAX_BODY_BYTES" not in os.environ or \
        LIMITS.max_body_bytes == int(os.environ["FOI_MAX_BODY_BYTES"])
