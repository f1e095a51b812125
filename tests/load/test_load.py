"""Issue 8, load: 50 concurrent clients mixing faceted browsing, search, response pages and
JSON paging against a real `foi-archive serve` of the sample corpus; zero errors allowed.

Short mode (here): ~10 s. Long mode (documented in docs/reliability.md): the same script against a
100k-response synthetic corpus for 60 s:
    python bench/load.py --db /tmp/bench/foi-100000.db --clients 50 --seconds 60
"""
from __future__ import annotations

import asyncio
import threading
import time

import pytest

from bench import load

CLIENTS, SECONDS = 50, 10


def test_fifty_clients_on_the_sample_corpus_get_no_errors(sample_corpus, capsys):
    with load.Server(sample_corpus) as server:
        res = load.run(server.url, CLIENTS, SECONDS, requests=0)
    report = load.table(res, CLIENTS)
    with capsys.disabled():
        print("\n" + report)

    assert res.errors == [], (res.errors[:20], server.stderr_tail)   # a 500: its traceback
    # every kind of page in the mix was actually requested, by many clients at once
    assert set(res.times) == {kind for kind, _ in load.MIX}
    assert res.count >= CLIENTS * 2
    assert res.wall < SECONDS + 30     # the run is bounded in time (slow requests may finish)
    overall = load.summary(res)[-1]
    assert overall["kind"] == "all" and overall["n"] == res.count
    assert 0 < overall["p50"] <= overall["p95"] <= overall["p99"] <= overall["max"]


def test_request_cap_bounds_the_run(sample_corpus):
    with load.Server(sample_corpus) as server:
        res = load.run(server.url, clients=5, seconds=60, requests=40)
    assert res.errors == []
    assert res.count == 40     # every request, JSON pages included, is taken from the budget
    assert res.wall < 30


# --- the load test must see failures: a deliberately broken server -------------------------

class BrokenSite:
    """A tiny ASGI app on 127.0.0.1: /analytics answers 500, JSON paging hands back the same
    rows on every page, every other page is fine."""

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return
        path = scope["path"]
        if path == "/foi/responses.json":
            body = (b'{"rows": [{"id": "a1", "force": "f", "year": 2020, "title": "Speed '
                    b'cameras data"}], "next_url": "http://127.0.0.1/foi/responses.json?_next=x"}')
            status, ctype = 200, b"application/json"
        elif path == "/analytics":
            body, status, ctype = b"boom", 500, b"text/plain"
        else:
            body, status, ctype = b"<p>ok</p>", 200, b"text/html"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", ctype)]})
        await send({"type": "http.response.body", "body": body})


@pytest.fixture
def broken_site():
    import uvicorn

    port = load.free_port()
    server = uvicorn.Server(uvicorn.Config(BrokenSite(), host="127.0.0.1", port=port,
                                           log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def test_errors_are_counted_not_hidden(broken_site):
    targets = load.discover(broken_site)
    assert targets.ids == ["a1", "a1"] and "speed cameras" in targets.terms
    res = asyncio.run(load.run_clients(broken_site, targets, clients=4, seconds=3,
                                       requests=300))
    assert any(e.startswith("HTTP 500 /analytics") for e in res.errors)
    assert any(e.startswith("JSON paging repeated a row") for e in res.errors)
    # the healthy pages are not counted as errors
    assert not any("/response/" in e or "/round-robins" in e for e in res.errors)
    assert load.main(["--url", broken_site, "--clients", "2", "--requests", "60"]) == 1


def test_refuses_a_server_off_this_machine():
    with pytest.raises(SystemExit):
        load.check_local("http://example.org:8001")
