"""A bounded wait for arbitrary SQL (`/foi?sql=`, `/foi.json?sql=`, `.csv`): at most
MAX_RUNNING such requests run at once per server process, and one that cannot start within
MAX_WAIT_S is answered 503 with Retry-After instead of queueing.

Datasette runs every query of every page on one pool of SQL threads (3). Two dozen slow but
legal queries (recursive CTEs, each within the 3 s limit) held the pool and made a cheap page
wait 12 s; with this, free-form SQL can hold at most MAX_RUNNING threads and the site's own
pages always find one free. A request whose client disconnects has its statement interrupted.
"""
from __future__ import annotations

import asyncio
import re
import time
from urllib.parse import parse_qsl

from datasette_plugins import statement_watchdog

MAX_RUNNING = 2
MAX_WAIT_S = 2.0
RETRY_AFTER_S = 5
_in_flight: dict[str, int] = {}   # free-SQL text -> requests running it in this process
_SQL_PATH = re.compile(r"^/[^/]+(?:\.json|\.csv)?$")


def is_free_sql(scope) -> bool:
    if not _SQL_PATH.match(scope.get("path", "")) or scope.get("path", "").startswith("/-/"):
        return False
    raw = (scope.get("query_string") or b"").decode("latin-1")
    return "sql=" in raw and any(k == "sql" and v.strip() for k, v in parse_qsl(raw))


def with_sql_admission(app, max_running: int = MAX_RUNNING, max_wait: float = MAX_WAIT_S):
    slots: dict = {}   # one semaphore per event loop (a worker process has one loop)

    async def wrapped(scope, receive, send):
        if scope["type"] != "http" or not is_free_sql(scope):
            return await app(scope, receive, send)
        loop = asyncio.get_running_loop()
        sem = slots.setdefault(id(loop), asyncio.Semaphore(max_running))
        try:
            await asyncio.wait_for(sem.acquire(), timeout=max_wait)
        except TimeoutError:
            body = (b"The server is busy with other SQL queries: try again in a few seconds.\n")
            await send({"type": "http.response.start", "status": 503,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                    (b"retry-after", str(RETRY_AFTER_S).encode()),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        try:
            return await _cancelled_on_disconnect(app, scope, receive, send)
        finally:
            sem.release()

    return wrapped


def _sql_text(scope) -> str:
    raw = (scope.get("query_string") or b"").decode("latin-1")
    sql = next((v for k, v in parse_qsl(raw) if k == "sql"), "")
    return sql.split(":", 1)[0]   # the text before any :named parameter, which SQLite expands


async def _cancelled_on_disconnect(app, scope, receive, send):
    """Run the request; if its client goes away first, interrupt its statement at once rather
    than at the time limit. Requests to this site carry no body (security.py refuses one), so
    listening on `receive` takes nothing the app would read."""
    loop = asyncio.get_running_loop()
    arrived = time.monotonic()
    needle = _sql_text(scope)
    key = " ".join(needle.split())
    _in_flight[key] = _in_flight.get(key, 0) + 1
    request = asyncio.ensure_future(app(scope, receive, send))

    async def client_gone():
        while (await receive())["type"] != "http.disconnect":
            pass

    gone = asyncio.ensure_future(client_gone())
    try:
        await asyncio.wait({request, gone}, return_when=asyncio.FIRST_COMPLETED)
        # Only when no other request runs the same text: its statement cannot be told apart.
        if gone.done() and not request.done() and _in_flight.get(key) == 1:
            await loop.run_in_executor(None, statement_watchdog.interrupt_sql, needle, arrived)
        return await request
    finally:
        gone.cancel()
        _in_flight[key] -= 1
        if not _in_flight[key]:
            del _in_flight[key]
