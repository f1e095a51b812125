"""A watchdog over every SQL statement the site runs: wall clock, memory, departed clients.

Datasette's time limit is a progress handler, which SQLite calls between groups of VM
instructions; a statement that spends long inside one instruction (a sort, a function call, an
FTS query) or fetches rows that are huge in Python's memory is not stopped by it. Here each
connection reports the start of each statement (SQLite's trace callback), and one thread per
process checks the running statements every CHECK_EVERY_S:
- past the statement limit (Datasette's `sql_time_limit_ms` + GRACE_S) it calls
  `connection.interrupt()` (documented as safe from another thread);
- when the process grew by more than MEMORY_LIMIT_BYTES since the statement started, likewise;
- `interrupt_sql(text)` stops a statement early, for a client that has gone away
  (sql_admission.py calls it when a free-SQL request's client disconnects).
Datasette turns an interrupted statement into its usual 400 "query took too long" page.

Interrupting a connection with no statement running is a no-op in SQLite, and statements known
to be over (their thread idle in its pool, or busy with a later statement) are marked and never
judged again, so a finished statement is not held against the connection's next one (one narrow
window remains: a statement that ends just as the watchdog stops it).
"""
from __future__ import annotations

import gc
import os
import sys
import threading
import time
from dataclasses import dataclass

GRACE_S = 1.0
DEFAULT_LIMIT_S = 3.0 + GRACE_S
MEMORY_LIMIT_BYTES = 256 * 1024 * 1024
CHECK_EVERY_S = 0.1
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass
class _Statement:
    conn: object
    thread: int
    started: float
    rss: int
    sql: str
    over: bool = False   # known to be finished (its thread seen idle, or busy with a later statement)


_lock = threading.Lock()
_running: dict[int, _Statement] = {}   # id(connection) -> its latest statement
_limits = {"seconds": DEFAULT_LIMIT_S, "memory": MEMORY_LIMIT_BYTES}
_watcher = {"pid": None}
stopped: list[tuple[str, str]] = []    # (reason, sql) of recent interruptions, for tests/logs
# Called with every statement's text: SQLite allows one trace callback per connection and the
# watchdog holds it, so tests that need to see the SQL run listen here.
listeners: list = []


def rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


def configure(seconds: float | None = None, memory: int | None = None) -> None:
    if seconds is not None:
        _limits["seconds"] = seconds
    if memory is not None:
        _limits["memory"] = memory


def _nested(sql: str) -> bool:
    """A statement FTS5 runs on its own tables inside the user's (SQLite traces it as
    "-- SELECT sz FROM 'main'.'responses_fts_docsize' WHERE id=?"): one line, so never a user
    statement (a one-line user statement that starts with "--" is all comment)."""
    return sql.startswith("-- ") and "\n" not in sql and "'main'." in sql


def watch(conn) -> None:
    """Report each statement `conn` starts to the watchdog (and start it in this process)."""
    key = id(conn)

    def started(sql: str) -> None:
        for listen in listeners:
            listen(sql)
        if _nested(sql):
            # a full-text index reading its own tables inside the user's statement (once per
            # row for bm25/snippet): not a new statement, and tracing it cost ~20 µs a row
            return
        # No lock here: SQLite has already cleared the connection's interrupt flag and started the
        # statement when it calls this, so waiting here while the watchdog held its lock and judged
        # this connection's previous, long-finished statement let it interrupt the new one (a
        # 4-second-old entry on a 5-row corpus: "SQL query took too long"). A dict store is atomic.
        _running[key] = _Statement(conn, threading.get_ident(), time.monotonic(), rss_bytes(), sql[:4000])

    conn.set_trace_callback(started)
    _ensure_thread()


def _ensure_thread() -> None:
    # After a fork (several workers) the parent's thread does not exist in the child.
    if _watcher["pid"] == os.getpid():
        return
    _watcher["pid"] = os.getpid()
    threading.Thread(target=_watch_forever, name="sql-watchdog", daemon=True).start()


def _current_frames() -> dict:
    """sys._current_frames() with the collector off: on Python 3.11 a collection started inside it
    (it allocates while holding the interpreter's thread-list lock) can deadlock the process against
    a thread starting or ending (CPython gh-106883; seen once as a test run hung in futex waits, the
    watchdog thread inside this call). The fix upstream turns collection off the same way."""
    was = gc.isenabled()
    gc.disable()
    try:
        return sys._current_frames()
    finally:
        if was:
            gc.enable()


def _idle(thread_id: int, frames: dict | None = None) -> bool:
    """True when the thread waits for work in its pool (no statement of it can be running)."""
    frame = (_current_frames() if frames is None else frames).get(thread_id)
    return frame is None or (frame.f_code.co_name == "_worker"
                             and frame.f_code.co_filename.endswith("thread.py"))


def _stop(key: int, stmt: _Statement, reason: str) -> None:
    if _running.get(key) is not stmt:
        return  # the connection has started another statement since: that one is not judged yet
    _running.pop(key, None)
    try:
        stmt.conn.interrupt()
    except Exception:  # a closed connection: nothing to stop
        return
    stopped.append((reason, stmt.sql[:200]))
    del stopped[:-50]


def _finished(running: list[tuple[int, _Statement]]) -> list[tuple[int, _Statement]]:
    """The entries of statements known to be over: their thread was seen idle in its pool, or has
    started a later statement on another connection (a thread runs one statement at a time: no code
    here steps a cursor on one connection while running statements on another from the same thread).
    Left in place, such an entry was judged against the process's later growth ("memory") the
    first time its thread was busy again, and the interrupt could land on the connection's next
    statement: in the full test suite (a process hundreds of MB larger than at the statement's
    start), a 5-row facet page got "SQL query took too long"."""
    latest: dict[int, float] = {}
    for _, stmt in running:
        latest[stmt.thread] = max(latest.get(stmt.thread, stmt.started), stmt.started)
    frames = _current_frames() if running else {}   # once per check, not once per statement
    return [(key, stmt) for key, stmt in running
            if _idle(stmt.thread, frames) or stmt.started < latest[stmt.thread]]


def check_once(now: float | None = None) -> None:
    now = time.monotonic() if now is None else now
    rss = rss_bytes()
    with _lock:
        running = list(_running.items())   # trace callbacks store entries without the lock
        # Marked, never popped: popping after a check could remove the connection's next statement,
        # stored by its trace callback in between, and leave it unwatched. A new statement is a new
        # entry, so a mark never reaches it.
        for _key, stmt in _finished(running):
            stmt.over = True
        for key, stmt in running:
            if stmt.over:
                continue
            if now - stmt.started > _limits["seconds"]:
                _stop(key, stmt, "time")
            elif rss and stmt.rss and rss - stmt.rss > _limits["memory"]:
                _stop(key, stmt, "memory")


def interrupt_sql(needle: str, since: float) -> int:
    """Interrupt running statements started after `since` whose text contains `needle`."""
    count = 0
    needle = " ".join(needle.split())
    if len(needle) < 8:
        return 0
    with _lock:
        for key, stmt in list(_running.items()):
            if stmt.started >= since and not stmt.over and not _idle(stmt.thread) \
                    and needle in " ".join(stmt.sql.split()):
                _stop(key, stmt, "client gone")
                count += 1
    return count


def _watch_forever() -> None:
    while True:
        time.sleep(CHECK_EVERY_S)
        try:
            check_once()
        except Exception as exc:  # the watchdog must outlive any one bad check
            print(f"sql-watchdog: {type(exc).__name__}: {exc}", file=sys.stderr)
