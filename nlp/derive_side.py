"""The passage-cluster counts and the passages' full-text index of a full rebuild, made beside it.

Both are computed from finished tables (passages; the responses' force, date and exemption
labels) by statements that took ~20 s of the 200k synthetic rebuild's tail, which otherwise
runs in one process (similar lists, indexes, round-robins). Once the rebuild's chunks are
committed, `SidePassages` starts a process (`python -m nlp.derive_side`) that copies those
tables into a side file of its own and runs there the very statements the rebuild ran in the
corpus (`cluster_stats.bulk_build`, FTS5's 'rebuild' and 'optimize'); `copy_into` copies the
results in as whole tables in rowid order, so the corpus gets the rows (and rowids) it would
have made itself.

A spawned process, not a fork: a fork of the rebuild would count its whole memory again.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.request import pathname2url

from archive.corpus_schema import AUX_CLUSTER_TABLES

from . import cluster_stats

FTS = "passages_fts"
FTS_SHADOWS = ("data", "idx", "docsize", "config")
# What a full rebuild runs over the passages, in this order: one segment, so incremental
# builds add theirs without merging it (archive/fts_segments.py).
FTS_STATEMENTS = (f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
                  f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")
# Indexes the corpus has when it counts (the same query plans, so rows in the same order).
_INDEXES = ("CREATE INDEX idx_passages_cluster_id ON passages(cluster_id)",
            "CREATE INDEX idx_passages_response_id ON passages(response_id)",
            "CREATE INDEX idx_response_exemptions_response_id "
            "ON response_exemptions(response_id)")
_CACHE_KB = 64_000


def index_passages(conn: sqlite3.Connection) -> None:
    """The full-text index of every passage, in place (what the side process does in its file)."""
    for sql in FTS_STATEMENTS:
        conn.execute(sql)


def side_path(db_path: Path) -> Path:
    return Path(f"{db_path}-passages")


def _command(db_path: Path, side: Path) -> list[str]:
    return [sys.executable, "-m", "nlp.derive_side", str(db_path), str(side)]


class SidePassages:
    """The side process for the corpus at `db_path` (its rebuild's chunks committed)."""

    def __init__(self, db_path: Path):
        self.path = side_path(db_path)
        self.path.unlink(missing_ok=True)   # a killed build's leftover
        root = str(Path(__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (root, os.environ.get("PYTHONPATH")) if p)}
        self.proc = subprocess.Popen(_command(db_path, self.path), stdout=subprocess.PIPE,
                                     text=True, env=env)
        self.copied = False

    def wait_copied(self) -> bool:
        """Until the process has copied what it reads from the corpus (the corpus may then be
        written again). False when it failed: the caller counts and indexes in place."""
        if not self.copied:
            self.copied = self.proc.stdout.readline().strip() == "copied"
        return self.copied

    def copy_into(self, conn: sqlite3.Connection) -> bool:
        """Wait for the process and copy its counts and index into the corpus (in the caller's
        transaction). False when it failed: nothing was copied."""
        ok = self.wait_copied()
        ok = self.proc.wait() == 0 and ok
        if not ok:
            return False
        conn.commit()   # (no ATTACH inside a transaction)
        conn.execute("ATTACH DATABASE ? AS passages_side", (str(self.path),))
        try:
            for table in (*AUX_CLUSTER_TABLES, *(f"{FTS}_{s}" for s in FTS_SHADOWS)):
                conn.execute(f"DELETE FROM main.{table}")
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM passages_side.{table}")
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE passages_side")
        return True

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.proc.stdout.close()
        self.path.unlink(missing_ok=True)


def _schema_sql(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT sql FROM corpus.sqlite_master WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def _copy_inputs(conn: sqlite3.Connection, corpus: str) -> bool:
    """passages (whole), responses (rowid, id, force, published), response_exemptions
    (response_id, label), all with their rowids; returns whether the corpus has exemptions."""
    uri = f"file:{pathname2url(os.path.abspath(corpus))}?mode=ro"
    conn.execute("ATTACH DATABASE ? AS corpus", (uri,))
    conn.execute("BEGIN")   # one read of the corpus as committed
    conn.execute(_schema_sql(conn, "passages"))
    conn.execute(_schema_sql(conn, FTS))
    conn.execute("INSERT INTO main.passages SELECT * FROM corpus.passages")
    conn.execute("CREATE TABLE responses (id TEXT, force TEXT, published TEXT)")
    conn.execute("INSERT INTO main.responses (rowid, id, force, published) "
                 "SELECT rowid, id, force, published FROM corpus.responses")
    exemptions = _schema_sql(conn, "response_exemptions") is not None
    if exemptions:
        conn.execute("CREATE TABLE response_exemptions (response_id TEXT, label TEXT)")
        conn.execute("INSERT INTO main.response_exemptions (rowid, response_id, label) "
                     "SELECT rowid, response_id, label FROM corpus.response_exemptions")
    conn.commit()
    conn.execute("DETACH DATABASE corpus")
    return exemptions


def main(corpus: str, side: str) -> int:
    from .child_process import die_with_parent

    die_with_parent()
    conn = sqlite3.connect(side, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")   # a scratch file
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(f"PRAGMA cache_size = -{_CACHE_KB}")
    exemptions = _copy_inputs(conn, corpus)
    print("copied", flush=True)
    conn.execute("BEGIN")
    for sql in _INDEXES if exemptions else _INDEXES[:2]:
        conn.execute(sql)
    cluster_stats.ensure(conn)
    cluster_stats.bulk_build(conn)
    index_passages(conn)
    conn.commit()
    conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
