"""A full build computes the search-rank lists in a child, from the full-text index's side file,
while it derives the other tables (archive/side_rank.py): the corpus gets the lists that
write_search_rank would have written into it, and the side file is gone afterwards."""
from __future__ import annotations

import functools
import sqlite3

from archive import search_rank
from archive.corpus_fts import side_fts_path
from archive.corpus_write import write_corpus
from archive.registry import load_forces
from bench.synth import Synth


def _rank_tables(path) -> tuple[list, list]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("select * from search_rank_terms order by term").fetchall(),
                conn.execute("select * from search_rank_meta order by key").fetchall())
    finally:
        conn.close()


def test_lists_computed_aside_equal_the_ones_written_in_place(tmp_path, monkeypatch):
    # small lists, so that a 600-response corpus has many listed terms (the child, forked from
    # this process, calls the patched function)
    small = functools.partial(search_rank.write_search_rank, list_min_df=40, list_size=25)
    monkeypatch.setattr(search_rank, "write_search_rank", small)
    records = list(Synth(seed=5).records(600))
    aside_db, in_place_db = tmp_path / "aside.db", tmp_path / "in_place.db"

    result = write_corpus(records, aside_db, load_forces(), rank_aside=True)
    try:
        conn = sqlite3.connect(aside_db)
        try:
            assert result.rank.copy_into(conn)
        finally:
            conn.close()
    finally:
        result.rank.close()
    assert not side_fts_path(aside_db).exists()

    write_corpus(records, in_place_db, load_forces())
    conn = sqlite3.connect(in_place_db)
    try:
        small(conn)
    finally:
        conn.close()

    terms, meta = _rank_tables(in_place_db)
    assert len(terms) > 50 and dict(meta)["rows"] == 600
    assert _rank_tables(aside_db) == (terms, meta)


def test_without_rank_aside_no_side_file_is_left(tmp_path):
    result = write_corpus(list(Synth(seed=5).records(20)), tmp_path / "foi.db", load_forces())
    assert result.rank is None
    assert not side_fts_path(tmp_path / "foi.db").exists()


def test_a_failed_child_leaves_the_lists_to_the_caller(tmp_path, monkeypatch):
    def broken(conn, **_):
        raise sqlite3.OperationalError("no such table: responses")   # e.g. a new dependency

    monkeypatch.setattr(search_rank, "write_search_rank", broken)
    db = tmp_path / "foi.db"
    result = write_corpus(list(Synth(seed=5).records(20)), db, load_forces(), rank_aside=True)
    try:
        conn = sqlite3.connect(db)
        try:
            assert result.rank.copy_into(conn) is False   # archive/build.py then writes them
        finally:
            conn.close()
    finally:
        result.rank.close()
    assert not side_fts_path(db).exists()
