"""The fast paths of update_derived: the worker pool, the bulk full rebuild (FTS triggers and
indexes dropped while inserting) and the declared foreign keys must not change what is written."""


import pytest

from archive.corpus_schema import DERIVED_INDEXES
from nlp import derive_settings
from nlp.corpus import update_derived
from nlp.passages import classify
from tests.support.corpus_builder import (
    FORCES,
    NCND_PARAGRAPH,
    build_db,
    response,
    sample_responses,
    table_contents,
)

_TABLES = ("passages", "passage_clusters", "round_robins", "round_robin_members",
           "similar_responses", "nlp_signatures", "nlp_reps", "nlp_bands")


def _contents(path):
    return table_contents(path, _TABLES)


def _built(path):
    rows, exemptions = sample_responses()
    return build_db(path, rows, exemptions)


def test_worker_pool_writes_what_the_single_process_path_writes(tmp_path, monkeypatch):
    serial = _built(tmp_path / "serial.db")
    update_derived(serial, None)
    pooled = _built(tmp_path / "pooled.db")
    monkeypatch.setattr(derive_settings, "PARALLEL_FROM", 0)  # the sample is small: force the pool
    monkeypatch.setattr(derive_settings, "chunks", lambda seq, n=500: (seq[i:i + 3]
                                                                       for i in range(0, len(seq), 3)))
    update_derived(pooled, None)
    expected = _contents(tmp_path / "serial.db")
    assert expected["passage_clusters"] and expected["round_robins"]
    assert _contents(tmp_path / "pooled.db") == expected


def test_full_rebuild_leaves_search_triggers_indexes_and_foreign_keys(tmp_path):
    db = _built(tmp_path / "c.db")
    update_derived(db, None)
    update_derived(db, None)  # a second full rebuild over existing tables
    triggers = {r[0] for r in db.execute("select name from sqlite_master where type='trigger'")}
    assert {"passages_ai", "passages_ad", "passages_au"} <= triggers
    indexes = {r[0] for r in db.execute("select name from sqlite_master where type='index'")}
    assert set(DERIVED_INDEXES) <= indexes
    for table in ("passages", "round_robin_members", "similar_responses"):
        assert ("response_id", "responses") in {(fk.column, fk.other_table)
                                                for fk in db[table].foreign_keys}
    hits = {r[0] for r in db.execute(
        "select p.response_id from passages_fts f join passages p on p.rowid = f.rowid "
        "where passages_fts match 'misconduct'")}
    assert hits == {"r001", "r002", "r003", "r004"}  # the rebuilt index finds every use

    # an incremental batch afterwards reaches the search index through the restored triggers
    db["responses"].insert(response(9, FORCES[4], "How many officers were disciplined?",
                                    [NCND_PARAGRAPH.format(name="Mid Fen Police")],
                                    "2024-09-01", outcome="refused"))
    update_derived(db, ["r009"])
    hits = {r[0] for r in db.execute(
        "select p.response_id from passages_fts f join passages p on p.rowid = f.rowid "
        "where passages_fts match 'misconduct'")}
    assert "r009" in hits


@pytest.mark.parametrize("paragraph, kind", [
    ("THE FORCE CAN NEITHER CONFIRM NOR DENY THAT IT HOLDS THE INFORMATION YOU ASKED FOR.",
     "ncnd"),
    ("The duty to confirm or deny does not arise by virtue of Section 23(5A) of the Act here.",
     "ncnd"),
    ("Releasing these locations Would Be Likely To help offenders avoid the cameras entirely.",
     "harm"),
    ("Information is exempt under S.31(1)(a) Law Enforcement, a qualified exemption here.",
     "exemption"),
    ("If you are unhappy you may ask for an Internal Review within forty working days now.",
     "boilerplate"),
    ("There were 42 arrests in 2023 across the three districts of the county, see below.",
     "other"),
])
def test_classify_ignores_letter_case(paragraph, kind):
    assert classify(paragraph) == kind
    assert classify(paragraph.upper()) == kind
