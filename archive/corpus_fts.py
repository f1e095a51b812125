"""The full-text index of a full build, made beside the writer: `SideFts` tokenises the rows in
a child process (the other core) into a side file whose index tables are copied into the corpus
at the end (archive/corpus_bulk_write.py)."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from archive.bulk_gc import few_collections
from archive.corpus_rows import staged_rows
from archive.corpus_schema import FTS, FTS_COLUMNS, FTS_TABLE, RESPONSE_POS
from nlp.child_process import die_with_parent

_FTS_INSERT = (f"INSERT INTO {FTS_TABLE}(rowid, {', '.join(FTS_COLUMNS)}) "
               f"VALUES (?{',?' * len(FTS_COLUMNS)})")
_FTS_SHADOWS = ("data", "idx", "docsize")
_TITLE = RESPONSE_POS[FTS_COLUMNS[0]]
_BODY = tuple(RESPONSE_POS[name] for name in FTS_COLUMNS[1:])
# In-memory term buffer before FTS5 writes a segment (default 1 MB): fewer, larger segments
# mean far less merging over a million documents. Not copied into the corpus.
_FTS_BUILD_HASHSIZE = 64 * 2**20


def side_fts_path(db_path: Path) -> Path:
    return Path(f"{db_path}-fts")


def _fts_child(path: str, queue, fds: list[int]) -> None:
    """Tokenise and index the rows sent by the writer into a file of its own (the other core):
    each batch is (rows, places): rows as (rowid, *texts), and the rowids of responses whose
    prepared rows the indexer reads from the build's staging files `fds` itself."""
    die_with_parent()
    few_collections()  # archive/bulk_gc.py
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.executescript(FTS)
    conn.execute("INSERT INTO responses_fts(responses_fts, rank) VALUES ('hashsize', ?)",
                 (_FTS_BUILD_HASHSIZE,))
    for rows, places in iter(queue.get, None):
        if places:
            rows.extend(_texts_at(fds, places))
        conn.executemany(_FTS_INSERT, rows)
    # One segment: the build's automerge stops part-way (200k: four 13,800-leaf segments
    # mid-merge), and the next incremental build's writes would finish that merge, or FTS5's
    # crisis merge would, rewriting most of the index (~1.6 CPU-s here per 200k rows).
    conn.execute("INSERT INTO responses_fts(responses_fts) VALUES ('optimize')")
    conn.commit()
    conn.close()


def _texts_at(fds: list[int], places: list[tuple]) -> Iterator[tuple]:
    """(rowid, *texts) of staged responses, as archive/corpus_rows.finished_row leaves them
    (a missing text is "")."""
    for rowid, *place in places:
        row = staged_rows(fds, place)[0]
        yield (rowid, row[_TITLE], *(row[i] or "" for i in _BODY))


class SideFts:
    """`responses_fts` built by a child process from the rows as they are written, into a side
    file whose index tables are copied into the corpus at the end. An external-content FTS5
    index only needs the text when a row is added, so the side file needs no `responses`."""

    def __init__(self, db_path: Path, fds: list[int] = ()):
        import multiprocessing

        self.path = side_fts_path(db_path)
        self.path.unlink(missing_ok=True)  # a killed build's leftover
        ctx = multiprocessing.get_context("fork")
        self.queue = ctx.Queue(maxsize=8)
        self.proc = ctx.Process(target=_fts_child, args=(str(self.path), self.queue, list(fds)), daemon=True)
        self.proc.start()

    def _put(self, item) -> None:
        from queue import Full

        while True:
            try:
                self.queue.put(item, timeout=2)
                return
            except Full:
                if not self.proc.is_alive():
                    raise RuntimeError(f"full-text indexer died (exit code {self.proc.exitcode})"
                                       ) from None

    def add(self, rows: list[tuple], places: list[tuple] = ()) -> None:
        """`rows`: (rowid, *texts); `places`: (rowid, file, pos, size) in the staging files."""
        if rows or places:
            self._put((rows, list(places)))

    def finish_into(self, conn: sqlite3.Connection) -> None:
        """Wait for the indexer, then replace the corpus's (empty) index tables with its own."""
        self._put(None)
        self.proc.join()
        if self.proc.exitcode != 0:
            raise RuntimeError(f"full-text indexer failed (exit code {self.proc.exitcode})")
        conn.execute("ATTACH DATABASE ? AS fts_side", (str(self.path),))
        try:
            for shadow in _FTS_SHADOWS:
                conn.execute(f"DELETE FROM main.responses_fts_{shadow}")
                conn.execute(f"INSERT INTO main.responses_fts_{shadow} "
                             f"SELECT * FROM fts_side.responses_fts_{shadow}")
            conn.execute("DELETE FROM main.responses_fts_config")
            conn.execute("INSERT INTO main.responses_fts_config SELECT * FROM "
                         "fts_side.responses_fts_config WHERE k != 'hashsize'")
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE fts_side")

    def hand_over(self) -> Path:
        """After finish_into: the side file is the caller's to remove (archive/side_rank.py
        reads the index from it), not close()'s."""
        self.kept = True
        return self.path

    def close(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        if not getattr(self, "kept", False):
            self.path.unlink(missing_ok=True)
