"""`serving_facet_rows`: the facet columns of every response in a narrow table, written at the
end of a build; the facet index (archive/facet_index.py) is built from it without reading the
responses' long texts.

The build used to write precedent tables here too (`serving_wordings`, its FTS index,
`serving_wording_labels`, `serving_wording_examples`); /precedents reads the NLP tables
(`passages`, `passage_clusters`) directly now, so nothing read them: they are dropped from a
corpus that still has them.

Incremental builds: `forget_serving_responses(conn, response_ids)`, called while the previous
version of changed responses is still in the corpus, deletes their rows;
`write_serving_tables(conn, response_ids)` then adds the batch's rows.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from archive.corpus_schema import SERVING_FACET_COLUMNS, SERVING_FACET_ROWS, SERVING_FACET_ROWS_DDL

# Tables earlier builds wrote for /precedents; nothing reads them.
OBSOLETE = ("serving_wordings_fts", "serving_wordings", "serving_wording_labels",
            "serving_wording_examples")

# The facet columns of every response, keyed by its rowid, in a narrow table: counting facets
# over the newest 2,000 matches of a search read ~12 us per row from `responses`, whose records
# reach these columns only after the long texts (overflow pages). Columns without a declared
# type keep each value as `responses` stores it.
FACET_ROWS, FACET_COLUMNS = SERVING_FACET_ROWS, SERVING_FACET_COLUMNS   # archive/corpus_schema.py
_FACET_SELECT = f"select rowid, {', '.join(FACET_COLUMNS)} from responses"


def write_serving_tables(conn: sqlite3.Connection,
                         response_ids: Iterable[str] | None = None) -> None:
    """(Re)write the facet rows from `responses`, in one transaction, and drop the obsolete
    precedent tables.

    response_ids: None rewrites everything. Otherwise the responses added, or changed since
    `forget_serving_responses`: only their rows are added. A corpus without the table gets it
    in full."""
    ids = None if response_ids is None else list(response_ids)

    def work():
        for name in OBSOLETE:
            conn.execute(f"drop table if exists {name}")
        if ids is not None and _has_table(conn, FACET_ROWS):
            _add_facet_rows(conn, ids)
        else:
            _rewrite_facet_rows(conn)

    _in_transaction(conn, work)


def forget_serving_responses(conn: sqlite3.Connection, response_ids: Iterable[str]) -> None:
    """Delete these responses' facet rows before the incremental build replaces them (their
    rowids change). Responses not in the corpus yet have none, so passing a whole batch is
    fine. Runs in the caller's transaction (e.g. append_corpus's), committing nothing itself."""
    ids = list(response_ids)
    if _has_table(conn, FACET_ROWS):
        _load_batch(conn, ids)
        conn.execute(f"delete from {FACET_ROWS} where response_rowid in (select rowid from "
                     "responses where id in (select id from temp.serving_batch))")


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("select 1 from sqlite_master where name = ?", (name,)).fetchone() is not None


def _in_transaction(conn: sqlite3.Connection, work) -> None:
    conn.commit()
    conn.execute("begin")
    try:
        work()
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise


def _rewrite_facet_rows(conn: sqlite3.Connection) -> None:
    conn.execute(f"drop table if exists {FACET_ROWS}")
    conn.execute(SERVING_FACET_ROWS_DDL)
    conn.execute(f"insert into {FACET_ROWS} {_FACET_SELECT}")


def _add_facet_rows(conn: sqlite3.Connection, response_ids: list[str]) -> None:
    _load_batch(conn, response_ids)
    conn.execute(f"insert or replace into {FACET_ROWS} {_FACET_SELECT} "
                 "where id in (select id from temp.serving_batch)")


def _load_batch(conn: sqlite3.Connection, response_ids: Iterable[str]) -> None:
    # the batch's ids, this connection's working state (never in the corpus file)
    conn.execute("create temp table if not exists serving_batch (id text primary key)")
    conn.execute("delete from temp.serving_batch")
    conn.executemany("insert or ignore into temp.serving_batch values (?)",
                     ((rid,) for rid in response_ids))
