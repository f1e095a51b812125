"""A re-scraped response that changed replaces its old version in the incremental build, even
when the NLP tables already hold its passages (their foreign keys point at it)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from archive.build import update_derived_incremental
from archive.corpus_write import append_corpus
from archive.registry import load_forces
from bench.build_synth import full_build
from bench.synth import Synth

ROOT = Path(__file__).resolve().parents[2]


def test_changed_response_with_passages_is_replaced(tmp_path):
    db = tmp_path / "foi.db"
    full_build(400, db, seed=5)
    records = {}
    for rec in Synth(5).records(400):
        records[(rec["force"], rec["reference"])] = rec
    conn = sqlite3.connect(db)
    rid, force, reference, old_passages = conn.execute(
        "select r.id, r.force, r.reference, count(p.id) from responses r "
        "join passages p on p.response_id = r.id group by r.id order by r.id limit 1").fetchone()
    other_text = conn.execute("select text from passages where response_id != ? "
                              "order by id limit 1", (rid,)).fetchone()[0]
    conn.close()
    assert old_passages > 0

    changed = {**records[(force, reference)], "title": "Revised: " + records[(force, reference)]["title"],
               "response_text": other_text, "fetched_at": "2030-01-01T00:00:00Z"}
    result = append_corpus([changed], db, load_forces())
    assert result.updated == [rid]
    update_derived_incremental(db, result.ids, result.cells)

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("select title from responses where id = ?", (rid,)).fetchone()[0] \
            .startswith("Revised: ")
        texts = [r[0] for r in conn.execute("select text from passages where response_id = ?",
                                            (rid,))]
        assert texts == [other_text]        # the old passages went, the new one is there
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        assert conn.execute("select count(*) from responses where id = ?", (rid,)).fetchone()[0] == 1
    finally:
        conn.close()
