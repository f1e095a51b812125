"""The incremental build (append_corpus + per-cell stats) ends where a full rebuild ends."""
from __future__ import annotations

import sqlite3

from archive.corpus_schema import ensure_derived_tables
from archive.corpus_stats import write_stats
from archive.corpus_write import append_corpus, write_corpus
from archive.registry import load_forces
from bench.synth import Synth

QUERIES = {
    "responses": "select id, force, year, outcome, title from responses order by id",
    "stats_force_year": "select * from stats_force_year order by force, year",
    "stats_exemption_force_year": "select * from stats_exemption_force_year "
                                  "order by label, force, year",
    "stats_topic_force_year": "select * from stats_topic_force_year order by topic, force, year",
    "facet_counts": "select facet, force, year, value, sum(n) from facet_counts "
                    "group by 1, 2, 3, 4 order by 1, 2, 3, 4",
    "facet_totals": "select facet, value, n from facet_totals order by 1, 2",
    "fts": "select r.id from responses_fts join responses r on r.rowid = responses_fts.rowid "
           "where responses_fts match 'vetting OR seizures' order by r.id",
}


def _finish(db, cells=None):
    conn = sqlite3.connect(db)
    ensure_derived_tables(conn)
    write_stats(conn, cells)
    conn.commit()
    conn.close()


def _snapshot(db) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {k: conn.execute(q).fetchall() for k, q in QUERIES.items()}
    finally:
        conn.close()


def test_append_then_recount_cells_equals_full_rebuild(tmp_path):
    forces = load_forces()
    base = list(Synth(seed=2).records(300))
    new = list(Synth(seed=3).records(40, start=300))
    # Two existing responses come back changed (new year, outcome and title).
    changed = [{**base[i], "published": "2011-02-03", "outcome": "refused", "title": f"Changed {i}",
                "fetched_at": "2026-06-01T00:00:00Z"} for i in (5, 6)]
    inc, full = tmp_path / "inc.db", tmp_path / "full.db"
    write_corpus(base, inc, forces)
    _finish(inc)
    result = append_corpus(new + changed, inc, forces)
    assert len(result.new) == 40 and len(result.updated) == 2
    assert len(result.cells) >= 2
    _finish(inc, result.cells)
    write_corpus(base + new + changed, full, forces)
    _finish(full)
    got, want = _snapshot(inc), _snapshot(full)
    for key in QUERIES:
        assert got[key] == want[key], key
    assert len(got["responses"]) == 340 and got["fts"]
