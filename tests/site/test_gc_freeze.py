"""A serving process freezes its long-lived objects out of the garbage collector's full
collections (datasette_plugins/gc_freeze.py): once it has served its first requests, only when
no request is in flight, never in a test process's own sites."""
from __future__ import annotations

import asyncio
import gc

import pytest

from archive.serve import make_datasette
from datasette_plugins.gc_freeze import Freezer, with_gc_freeze


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()   # hand the test process its objects back


async def _page(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


def _request(app, sent: list):
    async def receive():
        return {"type": "http.request"}

    async def send(message):
        sent.append(message)

    return app({"type": "http", "path": "/"}, receive, send)


def test_freezes_after_the_first_requests_when_idle(unfrozen):
    freezer = Freezer(first_after=3, max_every=8)
    app = with_gc_freeze(_page, freezer)

    async def run(n):
        sent = []
        for _ in range(n):
            await _request(app, sent)
            await asyncio.sleep(0)   # the freeze runs on the loop's next turn
        return sent

    sent = asyncio.run(run(2))
    assert freezer.freezes == 0 and gc.get_freeze_count() == 0
    assert [m["type"] for m in sent][-1] == "http.response.body"
    asyncio.run(run(1))
    assert freezer.freezes == 1 and gc.get_freeze_count() > 0
    # then after twice as many requests again (6), at most every 8
    asyncio.run(run(5))
    assert freezer.freezes == 1
    asyncio.run(run(1))
    assert freezer.freezes == 2
    asyncio.run(run(8))
    assert freezer.freezes == 3


def test_never_freezes_while_a_request_is_in_flight(unfrozen):
    freezer = Freezer(first_after=2)
    release = None

    async def slow(scope, receive, send):
        if scope["path"] == "/slow":
            await release.wait()
        await _page(scope, receive, send)

    app = with_gc_freeze(slow, freezer)

    async def run():
        nonlocal release
        release = asyncio.Event()
        sent = []
        pending = asyncio.ensure_future(app({"type": "http", "path": "/slow"}, None,
                                            lambda m: _append(sent, m)))
        for _ in range(5):
            await _request(app, sent)
            await asyncio.sleep(0)
        frozen_while_busy = freezer.freezes
        release.set()
        await pending
        await asyncio.sleep(0)
        return frozen_while_busy

    assert asyncio.run(run()) == 0
    assert freezer.freezes == 1


async def _append(sent, message):
    sent.append(message)


def test_only_a_serving_process_site_freezes(corpus_db, unfrozen):
    """`foi-archive serve` marks its sites (archive/serve.py); a site made by a test or a
    script is left alone, and a marked site still answers its pages."""
    plain = make_datasette(corpus_db, page_cache_mb=0)
    assert not hasattr(plain.app(), "freezer")
    serving = make_datasette(corpus_db, page_cache_mb=0)
    serving.gc_freeze = True
    app = serving.app()
    assert isinstance(app.freezer, Freezer)

    async def pages():
        out = []
        for path in ("/", "/foi/responses?_search=police", "/foi/responses.json?_size=2"):
            out.append((await serving.client.get(path)).status_code)
            await asyncio.sleep(0)
        return out

    assert asyncio.run(pages()) == [200, 200, 200]
