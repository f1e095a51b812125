"""Exemptions keyed, named and grouped by the force's own Act (archive/exemption_names.py),
through the real write path, full and incremental; the outcome vocabulary tables."""
from __future__ import annotations

import json
import sqlite3

import pytest

from archive.corpus_stats import REFUSAL_OUTCOMES, write_stats
from archive.corpus_write import append_corpus, write_corpus
from archive.exemption_names import family_of, rules
from tests.support.build_records import FORCES, make_record


@pytest.mark.parametrize("example", rules()["examples"], ids=lambda e: f"{e['act']}-{e['label']}")
def test_every_family_example_of_the_data_holds(example):
    assert family_of(example["label"], example["act"]) == example["family"]


def _ex(label, name="", ncnd=False):
    return {"label": label, "section": int(label[1:3]), "subsection": None, "name": name,
            "ncnd": ncnd}


ENGLISH = make_record(reference="1/24", exemptions=[_ex("s12"), _ex("s12(1)"),
                                                     _ex("s38(1)(b)", "Health and safety")])
SCOTTISH = make_record(force="police-scotland", reference="24-0456", outcome="ncnd",
                       source="https://www.scotland.police.uk/foi/24-0456/",
                       exemptions=[_ex("s18(1)", "Neither confirm nor deny", True),
                                   _ex("s38(1)(b)", "Personal information")])


def _rows(db, sql, params=()):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_labels_are_named_and_counted_under_their_act(tmp_path):
    db = tmp_path / "foi.db"
    write_corpus([ENGLISH, SCOTTISH], db, FORCES)
    conn = sqlite3.connect(db)
    write_stats(conn)
    conn.commit()
    conn.close()
    names = dict(_rows(db, "select key, name from exemption_names"))
    assert names["s38(1)(b)"] == "Health and safety"
    assert names["FOISA s38(1)(b)"] == "Personal information"
    assert dict(_rows(db, "select key, title from exemption_names"))["FOISA s18(1)"] == \
        "FOISA s18(1) Neither confirm nor deny"
    families = {r[0]: json.loads(r[1]) for r in
                _rows(db, "select reference, exemption_families from responses")}
    assert families == {"1/24": ["s12", "s38"], "24-0456": ["FOISA s18", "FOISA s38"]}
    # s12 and s12(1) in one response: one family row, counted once
    assert _rows(db, "select family, sum(responses) from stats_exemption_family_force_year "
                     "group by family order by family") == [
        ("FOISA s18", 1), ("FOISA s38", 1), ("s12", 1), ("s38", 1)]
    assert _rows(db, "select n from facet_totals where facet = 'exemption_families' "
                     "and value = 's12'") == [(1,)]
    # contract tables keep the labels exactly as cited
    assert sorted(_rows(db, "select label from response_exemptions")) == [
        ("s12",), ("s12(1)",), ("s18(1)",), ("s38(1)(b)",), ("s38(1)(b)",)]


def test_incremental_append_keys_by_the_corpus_forces_act(tmp_path):
    db = tmp_path / "foi.db"
    write_corpus([ENGLISH], db, FORCES)
    changed = {**SCOTTISH, "exemptions": [_ex("s38(1)(b)", "Personal information")]}
    append_corpus([changed], db, [])   # the act comes from the corpus's forces table
    append_corpus([changed], db, [])   # replaced: its family rows are not doubled
    assert _rows(db, "select family from response_exemption_families f join responses r "
                     "on r.id = f.response_id where r.force = 'police-scotland'") == \
        [("FOISA s38",)]


def test_outcome_vocabulary_tables(tmp_path):
    db = tmp_path / "foi.db"
    write_corpus([ENGLISH], db, FORCES)
    conn = sqlite3.connect(db)
    write_stats(conn)
    conn.commit()
    conn.close()
    outcomes = dict(_rows(db, "select value, explanation from outcomes"))
    assert set(outcomes) == {"full", "partial", "refused", "ncnd", "not_held", "cost_limit",
                             "vexatious", "published_elsewhere", "unknown"}
    assert all(outcomes.values())
    groups = dict(_rows(db, "select name, outcomes from outcome_groups"))
    assert groups["withheld"] == "refused,ncnd,partial"
    assert tuple(groups["refused_whole"].split(",")) == REFUSAL_OUTCOMES
