"""Term counts read from FTS5's leaf pages (archive/fts_doclists.py) equal the ones SQLite's own
fts5vocab instance table gives, on indexes built to stress the page format: tiny pages (every
doclist and many position lists cut by page edges), four columns, rows long enough for
two-byte positions, rowids with gaps; and the search-rank lists written through it equal the
ones written per occurrence. Indexes of another shape (several segments) are left alone."""
from __future__ import annotations

import random
import sqlite3

import numpy as np
import pytest

from archive import fts_doclists, search_rank
from archive.corpus_schema import FTS_TOKENIZE

WORDS = [f"w{i}" for i in range(60)] + ["police", "officers", "custody", "taser", "the"]


def _index(path, rows: int, pgsz: int | None, optimize: bool = True, seed: int = 3):
    """An FTS5 table of `rows` rows (four columns), words drawn with a skew so that some
    terms are in nearly every row and many times, others in few."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute(f"create virtual table responses_fts using fts5(title, request_text, "
                 f"response_text, attachment_text, tokenize='{FTS_TOKENIZE}')")
    if pgsz:
        conn.execute("insert into responses_fts(responses_fts, rank) values ('pgsz', ?)", (pgsz,))
    rowid = 0
    for _ in range(rows):
        rowid += rng.choice((1, 1, 1, 2, 7))     # gaps: rowid deltas above 1
        cols = [" ".join(rng.choices(WORDS, weights=[1 + (i % 9) ** 2 for i in
                                                     range(len(WORDS))],
                                     k=rng.choice((0, 3, 40, 400))))
                for _ in range(4)]
        conn.execute("insert into responses_fts(rowid, title, request_text, response_text, "
                     "attachment_text) values (?, ?, ?, ?, ?)", (rowid, *cols))
    if optimize:
        conn.execute("insert into responses_fts(responses_fts) values ('optimize')")
    conn.commit()
    return conn


def _per_occurrence(conn) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    conn.execute("create virtual table temp.search_rank_inst "
                 "using fts5vocab(main, responses_fts, instance)")
    terms = [t for (t,) in conn.execute("select distinct term from temp.search_rank_inst")]
    return {t: search_rank._grouped(conn, t) for t in terms}


@pytest.mark.parametrize("pgsz", [64, 200, None])
def test_counts_from_pages_equal_sqlites_own(tmp_path, pgsz):
    conn = _index(tmp_path / "f.db", 300, pgsz)
    assert fts_doclists.single_segment(conn, "responses_fts") is not None
    want = _per_occurrence(conn)
    got = {t: (d, c) for t, d, c in
           fts_doclists.term_counts(conn, "responses_fts", set(want), 300)}
    assert set(got) == set(want)
    for term, (docs, counts) in want.items():
        assert np.array_equal(got[term][0], docs), term
        assert np.array_equal(got[term][1], counts), term
    # the test's premise: positions stored as two-byte varints (a term's first offset in a
    # column past 125), and a term in nearly every row
    first = conn.execute("select max(o) from (select min(offset) o from temp.search_rank_inst "
                         "group by term, doc, col)").fetchone()[0]
    assert first > 125
    assert max(len(d) for d, _ in want.values()) > 250


def test_only_the_terms_asked_for(tmp_path):
    conn = _index(tmp_path / "f.db", 120, 64)
    got = [t for t, _, _ in fts_doclists.term_counts(conn, "responses_fts",
                                                     {"polic", "custodi", "absent"}, 120)]
    assert got == ["custodi", "polic"]


def test_an_index_of_several_segments_is_not_read(tmp_path):
    conn = _index(tmp_path / "f.db", 200, 64, optimize=False)
    conn.execute("insert into responses_fts(responses_fts, rank) values ('automerge', 0)")
    conn.execute("insert into responses_fts(rowid, title) values (100000, 'police police')")
    conn.commit()
    assert fts_doclists.single_segment(conn, "responses_fts") is None
    assert list(fts_doclists.term_counts(conn, "responses_fts", {"polic"}, 201)) == []


def _lists(path, monkeypatch, pages: bool):
    if not pages:
        monkeypatch.setattr(fts_doclists, "single_segment", lambda conn, fts: None)
    conn = sqlite3.connect(path)
    search_rank.write_search_rank(conn, list_min_df=30, list_size=20)
    out = conn.execute("select term, df, theta, rowids from search_rank_terms order by term"
                       ).fetchall()
    conn.close()
    monkeypatch.undo()
    return out


def test_search_rank_lists_equal_either_way(tmp_path, monkeypatch):
    conn = _index(tmp_path / "f.db", 400, 200)
    # the lists need the docsize and averages records of a content table's index: this one has
    # them too (a plain FTS5 table), and no `responses` table is read
    conn.close()
    from_pages = _lists(tmp_path / "f.db", monkeypatch, pages=True)
    per_occurrence = _lists(tmp_path / "f.db", monkeypatch, pages=False)
    assert len(from_pages) > 20
    assert from_pages == per_occurrence
