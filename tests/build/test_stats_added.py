"""A batch of responses all new to the corpus: write_stats adds their counts to the stored
ones (archive/corpus_stats.py AddedCells) and must end where a full count ends, row for row."""
from __future__ import annotations

import sqlite3

from archive.corpus_schema import ensure_derived_tables
from archive.corpus_stats import write_stats
from archive.corpus_write import append_corpus, write_corpus
from archive.registry import load_forces
from bench.synth import Synth

TABLES = ("stats_force_year", "stats_exemption_force_year", "stats_exemption_family_force_year",
          "stats_topic_force_year", "facet_counts", "facet_totals", "stats_timeliness",
          "stats_timeliness_force")


def _finish(db, cells=None):
    conn = sqlite3.connect(db)
    ensure_derived_tables(conn)
    write_stats(conn, cells)
    conn.commit()
    conn.close()


def _rows(db) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {t: sorted(conn.execute(f"select * from {t}").fetchall(), key=repr)
                for t in TABLES}
    finally:
        conn.close()


def test_added_batch_counts_equal_a_full_count(tmp_path):
    forces = load_forces()
    base = list(Synth(seed=2).records(400))
    new = list(Synth(seed=3, years=[2025, 2026]).records(60, start=400))
    inc, full = tmp_path / "inc.db", tmp_path / "full.db"
    write_corpus(base, inc, forces)
    _finish(inc)
    result = append_corpus(new, inc, forces)
    assert result.cells.added is not None   # all new: the counts are added, not recounted
    _finish(inc, result.cells)
    write_corpus(base + new, full, forces)
    _finish(full)
    got, want = _rows(inc), _rows(full)
    for table in TABLES:
        assert got[table] == want[table], table
    assert got["stats_timeliness"] and got["facet_counts"]


def test_a_replaced_response_makes_the_cells_recounted(tmp_path):
    forces = load_forces()
    base = list(Synth(seed=2).records(200))
    changed = [{**base[3], "outcome": "refused", "title": "Changed",
                "fetched_at": "2026-06-01T00:00:00Z"}]
    new = list(Synth(seed=3).records(10, start=200))
    inc, full = tmp_path / "inc.db", tmp_path / "full.db"
    write_corpus(base, inc, forces)
    _finish(inc)
    result = append_corpus(new + changed, inc, forces)
    assert result.cells.added is None
    _finish(inc, result.cells)
    write_corpus(base + new + changed, full, forces)
    _finish(full)
    assert _rows(inc) == _rows(full)
