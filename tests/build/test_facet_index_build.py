"""The facet index (archive/facet_index.py) after an incremental build is the index a full
build of the same responses writes, and each bitmap holds exactly the rows SQL finds."""
from __future__ import annotations

import sqlite3
from itertools import chain

import pytest

from archive.corpus_write import write_corpus
from archive.facet_index import compute, read_facet_index
from archive.registry import load_forces

SEED, BASE, BATCH = 5, 600, 80


def _by_id(db) -> tuple[list[str], dict]:
    """The stored index in response ids: ids newest first, {(facet, value): ids}."""
    conn = sqlite3.connect(db)
    try:
        rowids, bitmaps = read_facet_index(conn)
        ids = dict(conn.execute("select rowid, id from responses"))
    finally:
        conn.close()
    order = [ids[r] for r in rowids]
    return order, {key: {order[i] for i in bm} for key, bm in bitmaps.items()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from bench.build_synth import _stats_only, append_build, full_build
    from bench.synth import Synth

    work = tmp_path_factory.mktemp("facet-index")
    incremental = work / "incremental.db"
    full_build(BASE, incremental, SEED, skip_nlp=True)
    append_build(BATCH, BASE, incremental, SEED, skip_nlp=True)
    full = work / "full.db"
    records = chain(Synth(SEED).records(BASE),
                    Synth(SEED + 1, years=[2025, 2026]).records(BATCH, start=BASE))
    write_corpus(records, full, load_forces())
    _stats_only(full)
    return incremental, full


def test_incremental_build_gives_the_full_builds_index(built):
    incremental, full = built
    order_inc, bitmaps_inc = _by_id(incremental)
    order_full, bitmaps_full = _by_id(full)
    assert len(order_inc) == BASE + BATCH
    assert order_inc == order_full
    assert bitmaps_inc == bitmaps_full
    # the batch is the newest: it took the first row numbers
    assert len({k for k in bitmaps_inc if k[0] == "topics"}) > 5


def test_stored_index_is_what_sql_finds(built):
    incremental, _ = built
    conn = sqlite3.connect(incremental)
    try:
        rowids, bitmaps = read_facet_index(conn)
        assert (rowids, bitmaps) == compute(conn)
        newest = [r for (r,) in conn.execute("select rowid from responses "
                                             "order by date_order desc")]
        assert list(rowids) == newest
        position = {r: i for i, r in enumerate(rowids)}
        for (facet, value), bm in bitmaps.items():
            if facet in ("topics", "exemption_families", "exemption_labels"):
                sql = (f"select rowid from responses where ? in "
                       f"(select value from json_each({facet}))")
            elif facet == "outcome_group":
                sql = ("select rowid from responses where outcome in (select value from "
                       "json_each('[\"' || replace((select outcomes from outcome_groups "
                       "where name = ?), ',', '\",\"') || '\"]'))")
            elif facet in ("round_robin", "in_round_robin"):
                continue   # no round robins without the NLP step (the site tests have them)
            else:
                sql = f"select rowid from responses where {facet} = ?"
            rows = {position[r] for (r,) in conn.execute(sql, (value,))}
            assert set(bm) == rows, (facet, value)
        assert {k[0] for k in bitmaps} >= {"force", "year", "month", "outcome", "ncnd",
                                           "public_interest_test", "format", "status",
                                           "topics", "exemption_labels", "outcome_group"}
    finally:
        conn.close()
