"""Issue 16, bounded queries: every statement is stopped past its wall-clock limit or when it
makes the process grow too much, a departed client's statement is stopped at once, and no
answer larger than the byte cap is sent."""
from __future__ import annotations

import asyncio
import concurrent.futures as cf
import socket
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import quote, urlsplit

import pytest

from datasette_plugins import statement_watchdog as wd
from datasette_plugins.response_cap import with_response_cap
from tests.support.live_site import running_site

ENDLESS = ("with recursive n(i) as (select 1 union all select i + 1 from n "
           "where i < 1000000000) select count(*) from n")


@pytest.fixture
def limits():
    saved = dict(wd._limits)
    yield wd.configure
    wd._limits.update(saved)


def _in_pool(pool, conn, sql):
    def run():
        started = time.monotonic()
        try:
            return conn.execute(sql).fetchall(), time.monotonic() - started
        except sqlite3.OperationalError as exc:
            return str(exc), time.monotonic() - started
    return pool.submit(run).result(timeout=60)


def test_a_statement_without_progress_checks_is_stopped_at_the_limit(limits):
    limits(seconds=0.5)
    with cf.ThreadPoolExecutor(1) as pool:
        conn = pool.submit(sqlite3.connect, ":memory:", check_same_thread=False).result()
        wd.watch(conn)   # no progress handler: only the watchdog can stop it
        outcome, seconds = _in_pool(pool, conn, ENDLESS)
        assert outcome == "interrupted" and 0.4 < seconds < 3, (outcome, seconds)
        # the next statement on the same connection is not touched
        assert _in_pool(pool, conn, "select 42")[0] == [(42,)]


def test_a_statement_that_grows_the_process_is_stopped(limits):
    limits(seconds=60, memory=64 * 2**20)
    huge = ("with recursive n(i) as (select 1 union all select i + 1 from n where i < 100) "
            "select printf('%.*c', 10000000, 'x') from n")   # 1 GB of rows if fetched whole
    with cf.ThreadPoolExecutor(1) as pool:
        conn = pool.submit(sqlite3.connect, ":memory:", check_same_thread=False).result()
        wd.watch(conn)
        outcome, _ = _in_pool(pool, conn, huge)
    assert outcome == "interrupted"
    assert wd.stopped[-1][0] == "memory"


def test_an_idle_connection_is_never_interrupted(limits):
    limits(seconds=0.2)
    with cf.ThreadPoolExecutor(1) as pool:
        conn = pool.submit(sqlite3.connect, ":memory:", check_same_thread=False).result()
        wd.watch(conn)
        _in_pool(pool, conn, "select 1")
        time.sleep(0.6)   # the last statement "started" long ago, but the thread is idle
        wd.check_once()
        assert _in_pool(pool, conn, "select count(*) from (select 1 union all select 2)")[0] \
            == [(2,)]


def test_an_answer_over_the_byte_cap_is_refused_not_sent():
    async def app(scope, receive, send):
        size = int(scope["query_string"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"x" * size})

    async def call(size):
        sent = []

        async def send(message):
            sent.append(message)
        await with_response_cap(app, limit=1000)({"type": "http", "query_string": size},
                                                 None, send)
        return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])

    assert asyncio.run(call(b"999")) == (200, b"x" * 999)
    status, body = asyncio.run(call(b"1001"))
    assert status == 400 and b"fewer" in body


def _get(url: str, timeout: float = 60) -> tuple[int, bytes, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read(), time.monotonic() - started
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.monotonic() - started


@pytest.fixture(scope="module")
def one_worker(corpus_db):
    with running_site(corpus_db, workers=1) as base:
        yield base


def test_a_departed_clients_query_stops_at_once(one_worker):
    """Two endless queries fill both free-SQL slots; their clients hang up. Had the queries run
    on to the 3 s limit, a third query would wait the 2 s admission bound and get 503."""
    where = urlsplit(one_worker)
    socks = []
    for i in range(2):   # two texts: a statement is only stopped when no one else runs its text
        s = socket.create_connection((where.hostname, where.port))
        sql = quote(ENDLESS.replace("1000000000", f"100000000{i}"))
        s.sendall(f"GET /foi.json?sql={sql} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        socks.append(s)
    time.sleep(0.5)   # both statements running
    for s in socks:
        s.close()
    time.sleep(0.3)
    status, _, seconds = _get(f"{one_worker}/foi.json?sql={quote('select 7 as seven')}")
    assert status == 200 and seconds < 1.8, (status, seconds)


def test_a_query_whose_rows_would_exhaust_memory_is_refused(one_worker):
    huge = ("with recursive n(i) as (select 1 union all select i + 1 from n where i < 40) "
            "select printf('%.*c', 30000000, 'x') from n")   # 1.2 GB of rows
    status, body, _ = _get(f"{one_worker}/foi.json?sql={quote(huge)}")
    assert status == 400, body[:200]
    assert _get(f"{one_worker}/foi.json?sql={quote('select 1 as one')}")[0] == 200


def test_an_answer_over_the_byte_cap_is_refused_by_the_server(corpus_db):
    """The server's own cap (FOI_MAX_RESPONSE_MB, here 2 MB so the answer is built well inside the
    SQL time limit on a busy machine: 150 MB against the default 128 MB could run out of time first)."""
    big = ("with recursive n(i) as (select 1 union all select i + 1 from n where i < 5) "
           "select printf('%.*c', 600000, 'x') from n")   # 3 MB of JSON
    with running_site(corpus_db, workers=1, env={"FOI_MAX_RESPONSE_MB": "2"}) as base:
        status, body, _ = _get(f"{base}/foi.json?sql={quote(big)}")
        assert status == 400 and b"larger than 2 MB" in body, (status, body[:200])
        small = big.replace("600000", "300000")   # 1.5 MB: under the cap, sent
        assert _get(f"{base}/foi.json?sql={quote(small)}")[0] == 200


def test_a_connections_finished_statement_is_never_held_against_its_next_one():
    """The watchdog judged a connection by its previous statement while the next one was starting
    (the statement began, then waited for the watchdog's lock to report itself): a 5-row page got
    "SQL query took too long". A statement judged stale is not stopped once a newer one has begun."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    wd.watch(conn)
    conn.execute("select 1").fetchall()
    old = wd._running[id(conn)]
    conn.execute("select 2").fetchall()  # the next statement reports itself
    before = len(wd.stopped)
    wd._stop(id(conn), old, "time")
    assert len(wd.stopped) == before
    assert wd._running[id(conn)] is not old
    assert conn.execute("select 3").fetchall() == [(3,)]  # no interrupt was left on the connection
    conn.close()


def test_a_statement_seen_finished_is_never_judged_again(limits):
    """In the full suite a 5-row facet page got "SQL query took too long": a pool thread's old
    statement, finished long before, was judged against the process's later growth the moment
    its thread was busy again. Once its thread is seen idle, the statement is forgotten."""
    with cf.ThreadPoolExecutor(1) as pool:
        conn = pool.submit(sqlite3.connect, ":memory:", check_same_thread=False).result()
        wd.watch(conn)
        _in_pool(pool, conn, "select 'finished long ago'")
        wd.check_once()                      # the thread waits in its pool: the statement is over
        assert wd._running[id(conn)].over
        limits(seconds=0, memory=0)          # any statement still held would now be stopped
        release = threading.Event()
        busy = pool.submit(release.wait, 10)  # the thread is busy again, with no statement
        time.sleep(0.05)
        before = list(wd.stopped)
        wd.check_once()
        release.set()
        busy.result()
        assert wd.stopped == before
        assert _in_pool(pool, conn, "select 7")[0] == [(7,)]


def test_only_a_threads_latest_statement_is_judged(limits):
    """A thread runs one statement at a time: its earlier statement on another connection is
    over once it has started a later one, and is not stopped however old it is."""
    with cf.ThreadPoolExecutor(1) as pool:
        first, second = (pool.submit(sqlite3.connect, ":memory:", check_same_thread=False).result()
                         for _ in range(2))
        wd.watch(first)
        wd.watch(second)
        release = threading.Event()

        def two_then_wait():
            first.execute("select 'the earlier one'").fetchall()
            second.execute("select 'the later one'").fetchall()
            release.wait(10)
        busy = pool.submit(two_then_wait)
        time.sleep(0.05)
        limits(seconds=0)
        wd.check_once()
        release.set()
        busy.result()
        assert wd._running[id(first)].over
        assert not [sql for _, sql in wd.stopped if "the earlier one" in sql]


def test_a_statement_started_after_a_check_is_watched_whatever_the_check_decided(limits):
    """The check marks what it judged finished instead of removing it: a statement its connection
    starts meanwhile is a new entry, never marked, so a runaway one is still stopped."""
    limits(seconds=0.5)
    with cf.ThreadPoolExecutor(1) as pool:
        conn = pool.submit(sqlite3.connect, ":memory:", check_same_thread=False).result()
        wd.watch(conn)
        _in_pool(pool, conn, "select 1")
        wd.check_once()                      # the first statement is over
        outcome, seconds = _in_pool(pool, conn, ENDLESS)
        assert outcome == "interrupted" and seconds < 3, (outcome, seconds)
