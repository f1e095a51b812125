"""Limits on what public SQL may call (Datasette's prepare_connection hook), and clear 4xx
answers for bad table-page arguments (its handle_exception hook).

- fts3_tokenizer() is denied: with one argument it returns a pointer, with two it registers a
  tokenizer, and a public endpoint has no use for either.
- randomblob(N) and zeroblob(N) are capped: `select zeroblob(1e9)` asked a worker for a gigabyte
  (and ~30 GB once rendered as JSON) in one GET.
- No string or blob may grow past MAX_VALUE_BYTES (SQLite's length limit): `printf`, `replace`
  or `group_concat` cannot build a gigabyte value either, and a per-row function call stays
  short enough for the statement time limit to interrupt between rows.
- Every statement is watched (statement_watchdog.py): interrupted past the time limit even
  inside one long VM instruction, or when it makes the process grow too much.
"""
from __future__ import annotations

import os
import sqlite3

from datasette import hookimpl

from datasette_plugins import statement_watchdog
from datasette_plugins.search_query import fts_for

DENIED_FUNCTIONS = {"fts3_tokenizer"}
MAX_BLOB_BYTES = 64 * 1024   # the corpus stores no blobs; a few KB is every legitimate use
MAX_VALUE_BYTES = 32 * 1024 * 1024   # above any stored text (parsers cap a text at 2M characters)
_SQLITE_FUNCTION = 31        # SQLITE_FUNCTION: (action, None, function name, ...)


def _authorizer(action, arg1, arg2, db_name, trigger):
    if action == _SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _capped(name: str, make):
    def fn(n):
        n = int(n or 0)
        if n > MAX_BLOB_BYTES:
            raise ValueError(f"{name}() is limited to {MAX_BLOB_BYTES} bytes on this site")
        return make(max(n, 0))
    return fn


@hookimpl
def prepare_connection(conn, datasette):
    statement_watchdog.configure(
        seconds=datasette.setting("sql_time_limit_ms") / 1000 + statement_watchdog.GRACE_S)
    statement_watchdog.watch(conn)
    conn.set_authorizer(_authorizer)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.create_function("randomblob", 1, _capped("randomblob", os.urandom))
    conn.create_function("zeroblob", 1, _capped("zeroblob", bytes), deterministic=True)
    # users' words with synonyms as a safe FTS5 query (table `_search=`, docs/search.md)
    conn.create_function("foi_fts_query", 1, fts_for, deterministic=True)


@hookimpl
def handle_exception(datasette, request, exception):
    """Datasette 0.65 raises its own error for `_sort` on an unknown column with status 500;
    the request is wrong, not the server, so it is a 400 with the same message."""
    from datasette.views.base import DatasetteError

    if isinstance(exception, DatasetteError) and getattr(exception, "status", 500) == 500 \
            and str(exception).startswith(("Cannot sort table by", "Cannot use _sort")):
        exception.status = 400
    return None   # Datasette renders the (now 400) error page as usual
