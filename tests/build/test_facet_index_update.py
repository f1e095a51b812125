"""The incremental facet index (archive/facet_index_update.py): renumbering the stored bitmaps
gives byte for byte what recomputing the index from every row gives, with new responses
interleaved among the old by date and changed responses replaced (their rowids change, or the
last one gets its rowid back)."""
from __future__ import annotations

import sqlite3

import pytest

from archive.corpus_write import append_corpus
from archive.facet_index import compute, write_facet_index
from archive.facet_index_update import updated
from archive.registry import load_forces
from bench.synth import Synth

SEED, BASE = 7, 500


def _stored(conn) -> tuple[bytes, dict]:
    rows = b"".join(b for (b,) in conn.execute("select rowids from facet_rows order by part"))
    return rows, {(f, v): (n, b) for f, v, n, b in
                  conn.execute("select facet, value, n, bitmap from facet_bitmaps")}


def _recomputed(conn) -> tuple[bytes, dict]:
    rowids, bitmaps = compute(conn)
    return rowids.tobytes(), {k: (len(bm), bm.serialize()) for k, bm in bitmaps.items()}


@pytest.fixture()
def corpus(tmp_path):
    from bench.build_synth import full_build

    db = tmp_path / "foi.db"
    full_build(BASE, db, SEED, skip_nlp=True)
    return db


def _append_and_update(db, records) -> sqlite3.Connection:
    result = append_corpus(records, db, load_forces())
    conn = sqlite3.connect(db)
    assert updated(conn, result.ids) is not None   # the incremental path, not the fallback
    write_facet_index(conn, result.ids)
    return conn


def test_new_responses_among_old_ones(corpus):
    # years 2015-2026: the batch lands all through the order, not only on top
    batch = list(Synth(SEED + 1, years=list(range(2015, 2027))).records(60, start=BASE))
    conn = _append_and_update(corpus, batch)
    try:
        assert _stored(conn) == _recomputed(conn)
        assert conn.execute("select count(*) from responses").fetchone()[0] == BASE + 60
    finally:
        conn.close()


def test_changed_responses_replaced(corpus):
    base = list(Synth(SEED).records(BASE))
    conn = sqlite3.connect(corpus)
    last_id = conn.execute("select id from responses order by rowid desc limit 1").fetchone()[0]
    conn.close()
    last = next(i for i, r in enumerate(base) if _id_of(corpus, r) == last_id)
    # the newest-rowid response is replaced alone first: SQLite gives its rowid back
    conn = _append_and_update(corpus, [{**base[last], "title": "Changed last",
                                        "outcome": "refused"}])
    assert _stored(conn) == _recomputed(conn)
    conn.close()
    changed = [{**base[i], "published": "2012-03-04", "outcome": "not_held",
                "title": f"Changed {i}", "topics": ["firearms"]} for i in (3, 40, 41)]
    batch = list(Synth(SEED + 2, years=[2024, 2025]).records(30, start=BASE))
    conn = _append_and_update(corpus, changed + batch)
    try:
        assert _stored(conn) == _recomputed(conn)
    finally:
        conn.close()


def test_stale_index_is_recomputed(corpus):
    conn = sqlite3.connect(corpus)
    conn.execute("delete from facet_rows")   # an index that does not match the corpus
    conn.commit()
    assert updated(conn, []) is None
    write_facet_index(conn, [])
    assert _stored(conn) == _recomputed(conn)
    conn.close()


def _id_of(db, rec) -> str | None:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("select id from responses where force = ? and reference = ?",
                           (rec["force"], rec["reference"])).fetchone()
        return row and row[0]
    finally:
        conn.close()
