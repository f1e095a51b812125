"""A bounded in-process cache of whole pages, keyed by the full URL.

The corpus is served immutable: while a process runs, the same URL always renders the same
bytes, and most requests are for a few popular pages (the responses table, its facets, the
analytics overview), each costing 15-60 ms of Python on a core shared by every client. So a
successful GET is kept (least recently used first out, bounded in bytes) and replayed.

What is never cached or served from the cache: anything but GET; a request with a cookie or
an Authorization header (the page could depend on who asks); a response that is not 200,
sets a cookie, is bigger than the per-page bound (streams and downloads go straight through),
or is a table page whose facets ran out of time (a degraded page must not outlive the load
that caused it). The key holds the scheme and Host as well as the path and query, because
Datasette writes absolute URLs (`next_url`) from them. A request sent with
`Cache-Control: no-cache` is rendered afresh (and the result stored): browsers send it on a
hard reload, and the latency benchmark uses it to measure what a page costs to render.

Cached pages carry an ETag (hash of the body) and answer `If-None-Match` with 304. The
security headers are added by the wrapper outside this one, so a replayed page has them too.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from dataclasses import dataclass

CACHE_MB_ENV = "FOI_PAGE_CACHE_MB"   # bytes of pages kept per process; 0 turns the cache off
DEFAULT_MB = 64
MAX_PAGE_BYTES = 1024 * 1024         # bigger responses are streamed through, never kept
STATUS_HEADER = b"x-page-cache"      # hit | miss | bypass: what the cache did
# The scope key of a recorded request's state (a dict shared by the scope copies inner wrappers
# make). A responder whose pages never carry facets (json_fast.py) sets its "no_facets": the
# cache then keeps the page without scanning the body for timed-out facets (~0.15 ms a page).
RECORDING = "foi.page_cache"
_DEGRADED = re.compile(rb'facets-timed-out|"facets_timed_out":\s*\[\s*"')


def _degraded(body: bytes) -> bool:
    """A page whose facets timed out (never cached). The plain substring tests come first: the
    regex alone scans a 200 KB JSON page in ~2 ms, a substring test in microseconds."""
    if b"facets-timed-out" not in body and b'"facets_timed_out"' not in body:
        return False
    return _DEGRADED.search(body) is not None


@dataclass
class Page:
    """A kept page; its ETag (a hash of the body) is made when it is first replayed, not on
    every render a `no-cache` request asks for (~0.2 ms per 200 KB page)."""
    headers: list[tuple[bytes, bytes]]   # as sent, without the ETag
    body: bytes
    _etag: bytes | None = None

    @property
    def etag(self) -> bytes:
        if self._etag is None:
            self._etag = _etag(self.body)
        return self._etag


class PageCache:
    """Least-recently-used pages, at most `max_bytes` of bodies in all."""

    def __init__(self, max_bytes: int, max_page_bytes: int = MAX_PAGE_BYTES):
        self.max_bytes = max_bytes
        self.max_page_bytes = min(max_page_bytes, max_bytes)
        self.size = 0
        self.pages: OrderedDict[tuple, Page] = OrderedDict()

    def get(self, key: tuple) -> Page | None:
        page = self.pages.get(key)
        if page is not None:
            self.pages.move_to_end(key)
        return page

    def put(self, key: tuple, page: Page) -> None:
        if len(page.body) > self.max_page_bytes:
            return
        old = self.pages.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self.pages[key] = page
        self.size += len(page.body)
        while self.size > self.max_bytes:
            _, dropped = self.pages.popitem(last=False)
            self.size -= len(dropped.body)


def cache_for(datasette) -> PageCache | None:
    """The cache of one Datasette instance: `page_cache_mb` set on it by
    `archive.serve.make_datasette`, else FOI_PAGE_CACHE_MB, else DEFAULT_MB; None when 0."""
    mb = getattr(datasette, "page_cache_mb", None)
    if mb is None:
        mb = float(os.environ.get(CACHE_MB_ENV) or DEFAULT_MB)
    return PageCache(int(mb * 1024 * 1024)) if mb > 0 else None


def _headers(scope) -> dict[bytes, bytes]:
    return {k.lower(): v for k, v in scope.get("headers") or []}


def _key(scope, headers: dict[bytes, bytes]) -> tuple | None:
    """The cache key of a request, or None when it must not use the cache at all."""
    if scope.get("method") != "GET" or b"cookie" in headers or b"authorization" in headers:
        return None
    return (scope.get("scheme", "http"), headers.get(b"host", b""),
            scope.get("root_path", ""), scope.get("path", ""), scope.get("query_string", b""))


def _etag(body: bytes) -> bytes:
    return b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'


async def _replay(send, page: Page, headers: dict[bytes, bytes]) -> None:
    if page.etag in [t.strip() for t in headers.get(b"if-none-match", b"").split(b",")]:
        await send({"type": "http.response.start", "status": 304,
                    "headers": [(b"etag", page.etag), (STATUS_HEADER, b"hit")]})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": 200,
                "headers": page.headers + [(b"etag", page.etag),
                                           (b"content-length", str(len(page.body)).encode()),
                                           (STATUS_HEADER, b"hit")]})
    await send({"type": "http.response.body", "body": page.body})


def with_page_cache(app, make_cache):
    """`make_cache()` gives the PageCache (or None: no caching); it is called at the first
    request, because Datasette builds its app before `make_datasette` has configured it."""
    made: list = []

    async def wrapped(scope, receive, send):
        if not made:
            made.append(make_cache())
        cache = made[0]
        if scope["type"] != "http" or cache is None:
            return await app(scope, receive, send)
        headers = _headers(scope)
        key = _key(scope, headers)
        if key is None:
            return await app(scope, receive, _tagged(send, b"bypass"))
        fresh = b"no-cache" in headers.get(b"cache-control", b"").lower()
        page = None if fresh else cache.get(key)
        if page is not None:
            return await _replay(send, page, headers)

        state: dict = {"keep": False, "chunks": [], "size": 0}

        async def recording_send(message):
            if message["type"] == "http.response.start":
                out = [(k, v) for k, v in message.get("headers", [])
                       if k.lower() != b"content-length"]
                state["keep"] = message["status"] == 200 and not any(
                    k.lower() == b"set-cookie" for k, _ in out)
                state["headers"] = out
                message = {**message, "headers": message.get("headers", [])
                           + [(STATUS_HEADER, b"miss")]}
            elif message["type"] == "http.response.body" and state["keep"]:
                chunk = message.get("body", b"")
                state["size"] += len(chunk)
                if state["size"] > cache.max_page_bytes:
                    state["keep"], state["chunks"] = False, []
                else:
                    state["chunks"].append(chunk)
                    if not message.get("more_body"):
                        body = b"".join(state["chunks"])
                        if (state.get("no_facets") or not _degraded(body)) and not any(
                                k.lower() == b"etag" for k, _ in state["headers"]):
                            cache.put(key, Page(state["headers"], body))
            await send(message)

        return await app({**scope, RECORDING: state}, receive, recording_send)

    return wrapped


def _tagged(send, status: bytes):
    async def tagged_send(message):
        if message["type"] == "http.response.start":
            message = {**message, "headers": message.get("headers", [])
                       + [(STATUS_HEADER, status)]}
        await send(message)

    return tagged_send
