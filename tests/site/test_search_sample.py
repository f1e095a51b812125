"""Issue 13's acceptance searches on the sample site's corpus: users' words find the requests
written in other words (synonyms kept in datasette_plugins/search_synonyms.yaml), the FOI
officer's `40(5) misconduct` finds the NCND wording, and a draft finds other forces' answers.
The sample's requests are found by their content (plain SQL), never by fixed ids."""
from __future__ import annotations

import asyncio
import re
from urllib.parse import quote

import pytest

from tests.support.sample_corpus import query, sample_corpus_db


@pytest.fixture(scope="module")
def sample():
    from archive.serve import make_datasette

    db = sample_corpus_db()
    ds = make_datasette(db, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def get(path: str):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == 200, (path, response.text[:500])
        return response.json()

    yield db, get
    loop.close()


def every_result(get, q: str) -> list[dict]:
    out, url = [], f"/search.json?q={quote(q)}&size=20"
    while url:
        data = get(url)
        out += data["results"]
        url = data["next_url"]
    assert len(out) == data["total"]
    return out


def test_uav_finds_every_drone_request(sample):
    db, get = sample
    drones = {r[0] for r in query(db, "select id from responses where lower(title) like "
                                      "'%drone%' or lower(title) like '%unmanned aerial%'")}
    assert len(drones) >= 5
    found = {r["id"] for r in every_result(get, "UAV")}
    assert drones <= found
    # 'UAV' itself is in no drone title: the synonym did the work
    assert not [t for (t,) in query(db, "select title from responses") if "UAV" in t]


def test_taser_children_finds_the_taser_under_18_round_robin(sample):
    db, get = sample
    # round-robins whose requests are about Taser use on under-18s, read by plain SQL
    groups = query(db, """select m.round_robin_id, m.response_id from round_robin_members m
        join responses r on r.id = m.response_id
        where (lower(r.title || ' ' || r.request_text) like '%taser%'
               or lower(r.title || ' ' || r.request_text) like '%conducted energy%')
          and (lower(r.title || ' ' || r.request_text) like '%under 18%'
               or lower(r.title || ' ' || r.request_text) like '%under-18%'
               or lower(r.title || ' ' || r.request_text) like '%aged under%')""")
    assert groups, "the sample site holds a Taser under-18 round-robin"
    found = {r["id"] for r in every_result(get, "taser children")}
    assert {rid for _, rid in groups} <= found


def test_40_5_misconduct_finds_the_ncnd_wording_with_its_forces(sample):
    db, get = sample
    data = get("/precedents.json?q=" + quote("40(5) misconduct"))
    assert data["family"] and all(label.startswith("s40(5") for label in data["family"])
    ncnd = [w for w in data["wordings"]
            if re.search(r"confirm(s|ing)? (n|o)r deny", w["text"], re.I)]
    assert ncnd, [w["text"][:80] for w in data["wordings"]]
    top = ncnd[0]
    assert top["forces"] >= 2 and len(top["force_names"]) == top["forces"]
    citing = {r[0] for r in query(db, "select response_id from response_exemptions where "
                                      "label like 's40(5%'")}
    for w in data["wordings"]:
        assert w["responses"] <= data["responses_matched"] <= len(citing)
        for ex in w["examples"]:
            assert ex["id"] in citing and ex["url"] == f"/response/{ex['id']}"
            assert ex["force_name"] and ex["date"]
    # standard paragraphs (review rights, complaints) are left out
    assert not [w for w in data["wordings"] if "internal review" in w["text"].lower()]
    listing = get(top["passages_url"] + ".json")
    assert listing["uses"] and all(u["force_name"] and u["date"] for u in listing["uses"])


def test_asked_before_returns_the_other_forces_answers(sample):
    db, get = sample
    rr, rid, text = query(db, """select m.round_robin_id, r.id, r.request_text
        from round_robin_members m join responses r on r.id = m.response_id
        join round_robins g on g.id = m.round_robin_id
        where lower(g.title) like '%drone%' order by g.forces desc, r.id limit 1""")[0]
    members = {r[0] for r in query(db, "select response_id from round_robin_members where "
                                       "round_robin_id = ?", [rr])}
    data = get("/asked-before.json?q=" + quote(text))
    group = next(g for g in data["groups"] if g["round_robin"] and g["round_robin"]["id"] == rr)
    assert {r["id"] for r in group["responses"]} == members and len(members) >= 3
    for r in group["responses"]:
        assert r["force_name"] and r["date"] and r["outcome_text"]
        assert all(e["label"] for e in r["exemptions"])
