"""The search-rank champion lists (archive/search_rank.py) of a full build, computed beside it.

They depend only on the responses' full-text index, which the write step builds in a side file
(archive/corpus_fts.py) and copies into the corpus. `SideRank` takes that side file over and
computes the lists from it in a child process at the lowest CPU priority, while this process
derives the NLP tables: the child gets the core the derive step's single-process stretches leave
idle, and never waits on the corpus's locks (it reads its own file). `copy_into` then copies the
two tables into the corpus, where `write_search_rank(conn)` would have written the same rows.
"""
from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

from archive.corpus_schema import SEARCH_RANK, SEARCH_RANK_META, SEARCH_RANK_TERMS
from nlp.child_process import die_with_parent


def _rank_child(path: str) -> None:
    die_with_parent()
    os.nice(19)   # the main process and its workers first; this one takes what they leave
    from archive.search_rank import write_search_rank

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = OFF")   # a scratch file
        conn.execute("PRAGMA synchronous = OFF")
        write_search_rank(conn)
    finally:
        conn.close()


class SideRank:
    """The lists being computed from the side full-text file at `path`; the file is removed by
    `close()`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        ctx = multiprocessing.get_context("fork")
        # not a daemon: write_search_rank forks its own pool of readers
        self.proc = ctx.Process(target=_rank_child, args=(str(self.path),))
        self.proc.start()

    def copy_into(self, conn: sqlite3.Connection) -> bool:
        """Wait for the child and copy its tables into the corpus (committed). False when it
        failed: the caller then writes the lists itself."""
        self.proc.join()
        if self.proc.exitcode != 0:
            return False
        conn.executescript(SEARCH_RANK)   # as write_search_rank creates them
        conn.execute(f"delete from {SEARCH_RANK_TERMS}")
        conn.execute(f"delete from {SEARCH_RANK_META}")
        conn.commit()
        conn.execute("ATTACH DATABASE ? AS rank_side", (str(self.path),))
        try:
            for table in (SEARCH_RANK_TERMS, SEARCH_RANK_META):
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM rank_side.{table}")
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE rank_side")
        return True

    def close(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.path.unlink(missing_ok=True)
