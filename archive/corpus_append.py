"""The incremental build's write: a batch of responses added to or replaced in an existing
corpus, in place (`append_corpus`); rows made by archive/corpus_rows.py."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from archive.corpus_rows import (
    WriteResult,
    ensure_force,
    finished,
    insert_rows,
    merge_duplicates,
    not_response_row,
    prepared,
    write_errors,
    write_forces,
    write_not_responses,
)
from archive.corpus_schema import (
    CHANGES,
    CHILD_TABLES,
    EVIDENCE,
    EXEMPTION_NAME_TABLES,
    FTS_COLUMNS,
    FTS_TABLE,
    RESPONSES,
    SCHEMA_VERSION,
)
from archive.corpus_serving import forget_serving_responses
from archive.corpus_stats import AddedCells
from archive.exemption_names import with_acts
from archive.fts_segments import batch_settings

_FTS_COLUMNS = ", ".join(FTS_COLUMNS)
_CACHE_KB = 256_000   # as the derive step's (nlp/derive_settings.py CACHE_KB)


class SchemaMismatch(RuntimeError):
    """The corpus was written by another schema version: rebuild it, never half-read it."""


def _check_schema_version(conn, db_path) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if not row or row[0] != SCHEMA_VERSION:
        raise SchemaMismatch(f"{db_path} has corpus schema {row[0] if row else 'unknown'}, this "
                             f"build writes {SCHEMA_VERSION}: run `foi-archive build` to rebuild it")


def _write_response(conn, rid: str, rec: dict, previous: dict, known_topics: set[str]) -> str:
    state, row, children = finished(rid, prepared(rid, rec), previous, known_topics)
    insert_rows(conn, row, children)
    return state


def append_corpus(records: Iterable[dict], db_path: Path, forces: list[dict]) -> WriteResult:
    """Add or replace a batch of responses in an existing corpus, in place (the incremental
    build): only the batch's rows and FTS entries are touched, so the cost follows the batch,
    not the corpus. The caller works on a copy it then swaps in, or on an unpublished file."""
    result = WriteResult()
    failed: list[dict] = []
    good = []
    skipped: list[tuple] = []
    for rec in records:
        if rec.get("not_response") and not rec.get("error"):
            skipped.append(not_response_row(rec))
        else:
            (failed if rec.get("error") else good).append(rec)
    conn = sqlite3.connect(db_path)
    try:
        # The batch's rows go into ~20 indexes of a large file: with SQLite's default 2 MB
        # cache the changed pages spilled and were read again; they fit in this one.
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KB}")
        _check_schema_version(conn, db_path)
        conn.execute(EVIDENCE)   # a corpus written before the table existed gains it
        conn.executescript(EXEMPTION_NAME_TABLES)
        conn.executescript(CHANGES)   # (idem; executescript commits, so before BEGIN)
        conn.execute("PRAGMA foreign_keys = ON")
        # A replaced response is deleted and written again under the same id while the NLP
        # tables still point at it (the NLP step replaces those next): check keys at commit.
        conn.execute("BEGIN")   # the pragma lasts until the end of this transaction
        conn.execute("PRAGMA defer_foreign_keys = ON")
        with batch_settings(conn, FTS_TABLE):   # one new segment, no merging (fts_segments)
            known_forces = {r[0] for r in conn.execute("SELECT slug FROM forces")}
            for f in forces:
                if f["slug"] not in known_forces:
                    write_forces(conn, [f])
                    known_forces.add(f["slug"])
            known_topics = {r[0] for r in conn.execute("SELECT slug FROM topics")}
            merged = merge_duplicates(with_acts(good, forces, conn))
            # The serving tables count uses: take out what the replaced versions contributed while
            # their rows are still here (archive.build adds the new versions' uses afterwards).
            forget_serving_responses(conn, merged)
            replaced = False
            for rid, rec in sorted(merged.items()):
                old = conn.execute(f"SELECT rowid, content_hash, first_seen, {_FTS_COLUMNS}, force, "
                                   f"year FROM {RESPONSES} WHERE id = ?", (rid,)).fetchone()
                previous = {}
                if old:
                    replaced = True
                    previous[rid] = (old[1], old[2])
                    result.cells.add((old[-2], old[-1]))
                    from nlp.round_robin_merge import forget_asks  # (imports spaCy: only here)

                    forget_asks(conn, [rid])   # its group's kept asks were read from the old text
                    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_FTS_COLUMNS}) "
                                 "VALUES ('delete', ?, ?, ?, ?, ?)", (old[0], *old[3:7]))
                    for table in CHILD_TABLES:
                        conn.execute(f"DELETE FROM {table} WHERE response_id = ?", (rid,))
                    conn.execute(f"DELETE FROM {RESPONSES} WHERE id = ?", (rid,))
                ensure_force(conn, known_forces, rec.get("force"))
                state = _write_response(conn, rid, rec, previous, known_topics)
                result.cells.add(conn.execute(f"SELECT force, year FROM {RESPONSES} WHERE id = ?",
                                              (rid,)).fetchone())
                result.count(rid, state)
            # The batch's rows into the full-text index in one statement, in rowid order: FTS5
            # writes its term buffer out at every statement savepoint, so a statement per row
            # left ~25 small segments per batch (and set off merges of the build's large ones).
            conn.execute(f"INSERT INTO {FTS_TABLE}(rowid, {_FTS_COLUMNS}) SELECT rowid, "
                         f"{_FTS_COLUMNS} FROM {RESPONSES} WHERE id IN (SELECT value FROM "
                         "json_each(?)) ORDER BY rowid", (json.dumps(sorted(merged)),))
            # a batch of responses all new to the corpus: write_stats adds their counts to the
            # stored ones instead of recounting the cells (a replaced one must be taken out first)
            result.cells = AddedCells(result.cells, None if replaced else list(result.ids))
            write_errors(conn, failed)
            result.errors = len(failed)
            result.skipped = write_not_responses(conn, skipped)
        conn.commit()
    finally:
        conn.close()
    return result
