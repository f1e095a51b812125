"""Round-robin merge keeps each group's asks (nlp_round_robin_asks) between builds: after an
incremental build the kept asks are what reading every group's members again gives, including
a group whose member was replaced with another request text."""
from __future__ import annotations

import sqlite3

from archive.build import update_derived_incremental
from archive.corpus_write import append_corpus
from archive.registry import load_forces
from bench.build_synth import full_build
from bench.synth import Synth
from nlp.round_robin_merge import _digests, _read_asks, group_asks


def _fresh(conn) -> dict:
    return _read_asks(conn, list(_digests(conn)))


def test_kept_asks_equal_a_fresh_read(tmp_path):
    db = tmp_path / "foi.db"
    full_build(400, db, seed=5)
    conn = sqlite3.connect(db)
    groups = conn.execute("select count(*) from round_robins").fetchone()[0]
    assert groups > 0
    assert conn.execute("select count(*) from nlp_round_robin_asks").fetchone()[0] == groups
    rid, force, reference = conn.execute(
        "select r.id, r.force, r.reference from round_robin_members m join responses r "
        "on r.id = m.response_id order by m.round_robin_id, r.published, r.id limit 1").fetchone()
    conn.close()
    rec = next(r for r in Synth(5).records(400)
               if r["force"] == force and r["reference"] == reference)
    changed = {**rec, "request_text": "Please provide the number of horses owned by the force "
               "and the cost of their stabling.", "questions": None,
               "fetched_at": "2030-01-01T00:00:00Z"}
    batch = [changed, *Synth(6, years=[2025, 2026]).records(60, start=400)]
    result = append_corpus(batch, db, load_forces())
    assert rid in result.updated
    update_derived_incremental(db, result.ids, result.cells)
    conn = sqlite3.connect(db)
    try:
        kept = dict(conn.execute("select group_id, members from nlp_round_robin_asks"))
        assert kept.keys() == _digests(conn).keys()
        assert group_asks(conn) == _fresh(conn)
    finally:
        conn.close()
