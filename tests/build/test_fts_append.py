"""The full-text indexes after a full build and after incremental builds: one segment from the
full build, one more per batch, the full build's segment never rewritten, and every search
answering as an index rebuilt from the rows would (archive/fts_segments.py)."""
from __future__ import annotations

import sqlite3

from archive.build import update_derived_incremental
from archive.corpus_write import append_corpus
from archive.fts_segments import segments
from archive.registry import load_forces
from bench.build_synth import full_build
from bench.synth import Synth

WORDS = {"responses_fts": ("police", "officers", "taser", "custody", "information", "2025"),
         "passages_fts": ("exemption", "harm", "public interest", "cost", "section")}


def _answers(conn, table: str) -> dict:
    return {w: conn.execute(f"select rowid, bm25({table}) from {table} where {table} match ? "
                            "order by rowid", (w,)).fetchall() for w in WORDS[table]}


def test_batches_add_a_segment_each_and_leave_the_build_segment_alone(tmp_path):
    db = tmp_path / "foi.db"
    full_build(500, db, seed=4)
    conn = sqlite3.connect(db)
    built = {t: segments(conn, t) for t in WORDS}
    assert [len(s) for s in built.values()] == [1, 1]   # merged once at the end of the build
    triggers = conn.execute("select name, sql from sqlite_master where type = 'trigger' "
                            "order by name").fetchall()
    conn.close()

    base = Synth(5, years=[2025, 2026])
    replaced = dict(next(Synth(4).records(1)), title="Revised title about taser use",
                    fetched_at="2030-01-01T00:00:00Z")
    for batch in (list(base.records(60, start=500)) + [replaced],
                  list(base.records(40, start=560))):
        result = append_corpus(batch, db, load_forces())
        update_derived_incremental(db, result.ids, result.cells)
    conn = sqlite3.connect(db)
    try:
        now = {t: segments(conn, t) for t in WORDS}
        # the build's segments untouched; one per batch, and in the first batch the replaced
        # response's old entries went out as one more (written before the batch's rows)
        assert built["responses_fts"][0] in now["responses_fts"]
        assert len(now["responses_fts"]) == 1 + 2 + 1
        assert built["passages_fts"][0] in now["passages_fts"]
        assert len(now["passages_fts"]) <= 1 + 2 + 1
        assert conn.execute("select name, sql from sqlite_master where type = 'trigger' "
                            "order by name").fetchall() == triggers
        assert conn.execute("select count(*) from responses_fts where responses_fts match "
                            "'revised'").fetchone()[0] == 1
        for table in WORDS:
            # the batch-time settings are not left in the corpus
            assert conn.execute(f"select k from {table}_config").fetchall() == [("version",)]
            conn.execute(f"insert into {table}({table}) values ('integrity-check')")
            answers = _answers(conn, table)
            assert sum(len(v) for v in answers.values()) > 50
            conn.execute(f"insert into {table}({table}) values ('rebuild')")
            assert _answers(conn, table) == answers, table
    finally:
        conn.close()
