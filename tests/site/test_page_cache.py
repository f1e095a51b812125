"""The page cache (datasette_plugins/page_cache.py): a repeated URL is answered with the same
bytes and headers, security headers included, and never with a page that belongs to another
request (other query, other host, a cookie, an error, a degraded or oversized page)."""
from __future__ import annotations

import asyncio
import http.client
import json
import re
from urllib.parse import urlsplit

import pytest

from datasette_plugins.page_cache import (
    RECORDING,
    STATUS_HEADER,
    Page,
    PageCache,
    with_page_cache,
)
from datasette_plugins.security import CSP
from tests.support.recorded_sql import recorded_sql

HEADER = STATUS_HEADER.decode()


@pytest.fixture(scope="module")
def cached(corpus_db):
    """An in-process site with the cache on, and a GET that returns the httpx response."""
    from archive.serve import make_datasette

    ds = make_datasette(corpus_db, page_cache_mb=8)
    loop = asyncio.new_event_loop()

    def fetch(path: str, **headers):
        return loop.run_until_complete(ds.client.get(path, headers=headers))

    yield ds, fetch
    loop.close()


def test_lru_keeps_recently_used_pages_within_the_byte_bound():
    cache = PageCache(max_bytes=100, max_page_bytes=60)
    page = lambda n: Page([], b"x" * n, b'"e"')  # noqa: E731
    cache.put("a", page(40))
    cache.put("b", page(40))
    assert cache.get("a") is not None          # a is now the most recently used
    cache.put("c", page(40))                   # over 100 bytes: the least recent (b) goes
    assert cache.get("b") is None and cache.get("a") and cache.get("c")
    assert cache.size == 80
    cache.put("big", page(61))                 # bigger than one page may be: not kept
    assert cache.get("big") is None and cache.size == 80


def test_repeated_page_is_replayed_without_sql_and_identical(cached):
    ds, fetch = cached
    path = "/foi/responses?force=kent-police"
    first = fetch(path)
    with recorded_sql(ds) as seen:
        again = fetch(path)
    assert first.headers[HEADER] == "miss" and again.headers[HEADER] == "hit"
    assert seen == []
    assert again.status_code == 200 and again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"]
    assert again.headers["content-security-policy"] == CSP
    assert int(again.headers["content-length"]) == len(again.content)
    other = fetch("/foi/responses?force=police-scotland")
    assert other.headers[HEADER] == "miss" and other.content != first.content


def test_etag_revalidation_answers_304_with_security_headers(cached):
    _, fetch = cached
    fetch("/analytics")
    hit = fetch("/analytics")
    etag = hit.headers["etag"]
    not_modified = fetch("/analytics", **{"if-none-match": etag})
    assert not_modified.status_code == 304 and not_modified.content == b""
    assert not_modified.headers["content-security-policy"] == CSP
    assert fetch("/analytics", **{"if-none-match": '"other"'}).status_code == 200


def test_no_cache_request_is_rendered_afresh(cached):
    ds, fetch = cached
    fetch("/round-robins")
    with recorded_sql(ds) as seen:
        fresh = fetch("/round-robins", **{"cache-control": "no-cache"})
    assert fresh.headers[HEADER] == "miss" and seen
    assert fresh.content == fetch("/round-robins").content


def test_requests_with_cookies_and_errors_never_use_the_cache(cached):
    _, fetch = cached
    fetch("/round-robins")
    with_cookie = fetch("/round-robins", cookie="ds_actor=x")
    assert with_cookie.headers[HEADER] == "bypass"
    for _ in range(2):
        missing = fetch("/response/no-such-id")
        assert missing.status_code == 404 and missing.headers[HEADER] == "miss"


def test_absolute_links_follow_the_configured_site_not_the_host_asked_for(cached, monkeypatch):
    _, fetch = cached
    monkeypatch.setenv("FOI_BASE_URL", "https://foi.example")
    path = "/foi/responses.json?_size=1&_nofacet=1&_sort=id"
    a = fetch(path, host="a.example", **{"cache-control": "no-cache"})
    b = fetch(path, host="evil.example")
    for page in (a, b):
        assert urlsplit(page.json()["next_url"])[:2] == ("https", "foi.example")


def run_app(app, path="/x"):
    """Drive an ASGI app with one GET; returns (status, headers, body)."""
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": path, "query_string": b"",
             "headers": [(b"host", b"t")], "scheme": "http"}
    asyncio.run(app(scope, receive, send))
    start = sent[0]
    return start["status"], dict(start["headers"]), b"".join(m.get("body", b"")
                                                             for m in sent[1:])


def counting_app(chunks: list[bytes]):
    calls = []

    async def app(scope, receive, send):
        calls.append(1)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        for i, chunk in enumerate(chunks):
            await send({"type": "http.response.body", "body": chunk,
                        "more_body": i < len(chunks) - 1})

    return app, calls


def test_streamed_pages_past_the_bound_pass_through_whole_and_are_not_kept():
    app, calls = counting_app([b"a" * 600, b"b" * 600])
    wrapped = with_page_cache(app, lambda: PageCache(max_bytes=10_000, max_page_bytes=1000))
    for _ in range(2):
        status, _, body = run_app(wrapped)
        assert status == 200 and body == b"a" * 600 + b"b" * 600
    assert len(calls) == 2


def test_a_page_whose_facets_timed_out_is_not_kept():
    app, calls = counting_app([b'{"facets_timed_out": ["topics"]}'])
    wrapped = with_page_cache(app, lambda: PageCache(max_bytes=10_000))
    run_app(wrapped)
    _, headers, _ = run_app(wrapped)
    assert len(calls) == 2 and headers[STATUS_HEADER] == b"miss"
    fine, fine_calls = counting_app([b'{"facets_timed_out": []}'])
    wrapped = with_page_cache(fine, lambda: PageCache(max_bytes=10_000))
    run_app(wrapped)
    assert run_app(wrapped)[1][STATUS_HEADER] == b"hit" and len(fine_calls) == 1


def test_a_responder_without_facets_has_its_page_kept_unscanned():
    """json_fast.py marks its pages as facet-free: the cache keeps them without scanning the
    body (here a body that would otherwise read as degraded)."""
    plain, plain_calls = counting_app([b'{"facets_timed_out": ["topics"]}'])

    async def marking(scope, receive, send):
        scope[RECORDING]["no_facets"] = True
        await plain(scope, receive, send)

    wrapped = with_page_cache(marking, lambda: PageCache(max_bytes=10_000))
    run_app(wrapped)
    assert run_app(wrapped)[1][STATUS_HEADER] == b"hit" and len(plain_calls) == 1


def test_fast_json_pages_are_kept(cached):
    _, fetch = cached
    path = "/foi/responses.json?_size=2&_nofacet=1&_sort=id"
    first, again = fetch(path), fetch(path)
    assert first.headers[HEADER] == "miss" and again.headers[HEADER] == "hit"
    assert again.content == first.content and len(json.loads(again.content)["rows"]) == 2


def raw_get(base: str, path: str) -> http.client.HTTPResponse:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    conn.request("GET", path)
    resp = conn.getresponse()
    resp.body = resp.read()
    conn.close()
    return resp


@pytest.mark.parametrize("path", ["/", "/foi/responses", "/analytics",
                                  "/foi/responses.json?_size=2&_sort=id"])
def test_live_server_replays_pages_with_security_headers(live_site, path):
    first = raw_get(live_site, path)
    # `foi-archive serve` runs one process per core, each with its own cache: ask until a
    # process answers from its cache
    for _ in range(20):
        again = raw_get(live_site, path)
        if again.getheader(HEADER) == "hit":
            break
    assert again.getheader(HEADER) == "hit"
    assert again.status == 200
    if path.startswith("/foi/responses.json"):  # the same rows; the timing may differ
        first_json, again_json = json.loads(first.body), json.loads(again.body)
        assert first_json.pop("query_ms") >= 0 and again_json.pop("query_ms") >= 0
        assert again_json == first_json
    else:   # another process may have rendered it: its footer timing differs
        took = re.compile(rb"Queries took [0-9.]+ms")
        assert took.sub(b"", again.body) == took.sub(b"", first.body)
    assert again.getheader("content-security-policy") == CSP
    assert again.getheader("x-frame-options") == "DENY"
