"""Passage clusters, round-robins and similar responses on a small corpus written for the test."""

import json

import pytest

from nlp.corpus import update_derived
from nlp.search import search_precedents
from tests.support.corpus_builder import (
    FORCES,
    NCND_PARAGRAPH,
    build_db,
    response,
    sample_responses,
)


@pytest.fixture
def db(tmp_path):
    rows, exemptions = sample_responses()
    db = build_db(tmp_path / "c.db", rows, exemptions)
    update_derived(db, None)
    return db


def _ncnd_cluster(db):
    rows = list(db.query("select * from passage_clusters where kind = 'ncnd'"))
    assert len(rows) == 1, rows  # four forces' wordings (force names differ) form one cluster
    return rows[0]


def test_boilerplate_paragraph_at_several_forces_forms_one_cluster(db):
    c = _ncnd_cluster(db)
    assert (c["responses"], c["forces"], c["years"]) == (4, 4, 4)
    assert (c["first_seen"], c["last_seen"]) == ("2021-01-15", "2024-04-15")
    assert json.loads(c["exemptions"]) == ["s31(3)", "s40(5)"]
    assert sorted(json.loads(c["force_list"])) == sorted(FORCES[:4])
    members = {r["response_id"] for r in db.query(
        "select response_id from passages where cluster_id = ?", [c["id"]])}
    assert members == {"r001", "r002", "r003", "r004"}


def test_distinct_paragraphs_do_not_join_the_cluster(db):
    c = _ncnd_cluster(db)
    # the cost-limit wording (three forces) is its own cluster; the responses' own content
    # ("not recorded centrally", the Taser figures) is not indexed as precedent wording
    cost = list(db.query("select * from passage_clusters where kind = 'cost_limit'"))
    assert len(cost) == 1 and (cost[0]["responses"], cost[0]["forces"]) == (3, 3)
    assert cost[0]["id"] != c["id"]
    assert json.loads(cost[0]["exemptions"]) == ["s12"]
    texts = [r["text"] for r in db.query("select text from passages")]
    assert not any("recorded centrally" in t for t in texts)


def test_round_robin_groups_same_request_and_not_the_near_miss(db):
    groups = list(db.query("select * from round_robins"))
    assert len(groups) == 1
    g = groups[0]
    assert (g["forces"], g["responses"]) == (3, 3)
    members = {r["response_id"]: (r["force"], r["outcome"]) for r in db.query(
        "select * from round_robin_members where round_robin_id = ?", [g["id"]])}
    assert members == {"r005": (FORCES[0], "full"), "r006": (FORCES[1], "full"),
                       "r007": (FORCES[2], "partial")}
    assert "r008" not in members


def test_precedent_search_finds_wording_most_used_first(db):
    hits = search_precedents(db, "40(5) misconduct")
    assert hits, "the NCND wording should be found"
    assert hits[0]["kind"] == "ncnd" and hits[0]["responses"] == 4
    assert set(hits[0]["response_ids"]) == {"r001", "r002", "r003", "r004"}
    assert [h["responses"] for h in hits] == sorted((h["responses"] for h in hits), reverse=True)


def test_similar_responses_prefer_same_request(db):
    sims = {r["similar_id"]: r for r in db.query(
        "select * from similar_responses where response_id = 'r005'")}
    assert {"r006", "r007"} <= set(sims)
    assert sims["r006"]["rank"] <= 2 and sims["r007"]["rank"] <= 2
    assert "r001" not in sims  # a misconduct request shares no subject with a Taser request


def test_incremental_batch_matches_full_rebuild(db, tmp_path):
    before = {r["id"]: r["cluster_id"] for r in db.query("select id, cluster_id from passages")}
    new = response(9, FORCES[4], "Dear FOI officer,\n" + "Please tell me how many times "
                   "officers in your force drew or fired a Taser in each of the years 2021, "
                   "2022 and 2023, and in how many of those incidents the subject was under 18 "
                   "years old.\nKind regards", [NCND_PARAGRAPH.format(name="Mid Fen Police")],
                   "2024-09-01", outcome="refused")
    db["responses"].insert(new)
    db["response_exemptions"].insert({"response_id": "r009", "label": "s40(5)"})
    stats = update_derived(db, ["r009"])
    assert stats["responses"] == 1  # only the new response is processed
    after = {r["id"]: r["cluster_id"] for r in db.query("select id, cluster_id from passages")}
    assert {k: after[k] for k in before} == before  # old passages untouched
    c = _ncnd_cluster(db)
    assert (c["responses"], c["forces"], c["last_seen"]) == (5, 5, "2024-09-01")
    g = next(db.query("select * from round_robins"))
    assert (g["forces"], g["responses"]) == (4, 4)

    # a full rebuild from scratch gives the same clusters and groups
    incremental = _snapshot(db)
    update_derived(db, None)
    assert _snapshot(db) == incremental


def test_reprocessing_a_changed_response_does_not_duplicate(db):
    db["responses"].update("r008", {"request_text": db["responses"].get("r005")["request_text"]})
    update_derived(db, ["r008"])
    assert db.execute("select count(*) from round_robin_members where response_id = 'r008'"
                      ).fetchone()[0] == 1
    g = next(db.query("select * from round_robins"))
    assert g["responses"] == 4  # r008 now asks the round-robin request


def _snapshot(db):
    return (
        sorted(tuple(r.values()) for r in db.query(
            "select id, responses, forces, years, first_seen, last_seen, exemptions "
            "from passage_clusters")),
        sorted(tuple(r.values()) for r in db.query("select * from round_robin_members")),
    )
