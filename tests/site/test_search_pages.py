"""/search, /precedents and /asked-before on the site tests' corpus: OR and phrases without
hidden parameters, paging to the last match, filters kept into the table and its CSV, readable
results, hostile queries never a 500, and every page also as JSON."""
from __future__ import annotations

import sqlite3
from urllib.parse import quote

import pytest

from datasette_plugins.search_query import describe, parse, vocabulary
from tests.support.site_corpus import rid


def count(corpus_db, match: str) -> int:
    conn = sqlite3.connect(f"file:{corpus_db}?immutable=1", uri=True)
    try:
        return conn.execute("select count(*) from responses_fts where responses_fts match ?",
                            [match]).fetchone()[0]
    finally:
        conn.close()


def test_or_and_phrases_work_without_hidden_parameters(get, corpus_db):
    data = get("/search.json?q=" + quote("deployments OR misconduct")).json()
    assert data["total"] == count(corpus_db, "deployments OR misconduct") == 4
    assert get("/search.json?q=" + quote('"officer misconduct"')).json()["total"] == 1
    assert get("/search.json?q=" + quote('"misconduct officer"')).json()["total"] == 0
    assert get("/search.json?q=" + quote("taser -prejudice")).json()["total"] == 2
    # the table's own search reads the same syntax and synonyms
    rows = get("/foi/responses.json?_shape=array&_search=" + quote("taser OR misconduct")).json()
    assert len(rows) == 4


def test_paging_reaches_the_last_result(get, corpus_db):
    ids, url = [], "/search.json?q=taser&size=1"
    while url:
        data = get(url).json()
        ids += [r["id"] for r in data["results"]]
        url = data["next_url"]
    assert len(ids) == len(set(ids)) == data["total"] == count(corpus_db, "taser") == 3
    html = get("/search?q=taser&size=1&page=2").text
    assert 'rel="next"' in html and 'rel="prev"' in html


def test_filters_are_kept_into_the_table_and_its_exports(get):
    data = get("/search.json?q=taser&force=kent-police&year=2023").json()
    assert data["total"] == 1 and data["results"][0]["force_name"] == "Kent Police"
    assert "force=kent-police" in data["table_url"] and "year=2023" in data["table_url"]
    csv = get(data["csv_url"]).text.strip().splitlines()
    assert len(csv) == 2 and "kent-police" in csv[1]
    html = get("/search?q=taser&force=kent-police").text
    assert "/foi/responses.csv?_search=taser&amp;force=kent-police" in html


def test_results_show_force_names_and_dates(get):
    for r in get("/search.json?q=taser").json()["results"]:
        assert r["force_name"] != r["force"] and r["date"] and r["url"].startswith("/response/")
    html = get("/search?q=taser").text
    assert "West Midlands Police" in html and "Over the cost limit" in html


HOSTILE = ['"', "(", ")", "-", "*", "NEAR", "NEAR(a b)", "a:b", "title:taser", "^x", "OR",
           "AND NOT", '"taser', "x" * 2000, "taser " * 400, "s40(", "40(5)(", "{title}: x"]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_never_fail(get, ds, q):
    import asyncio

    for path in ("/search", "/search.json", "/precedents", "/precedents.json",
                 "/asked-before", "/asked-before.json", "/foi/responses", "/foi/responses.json"):
        name = "_search" if path.startswith("/foi") else "q"
        response = asyncio.new_event_loop().run_until_complete(
            ds.client.get(f"{path}?{name}={quote(q)}"))
        assert response.status_code in (200, 400), (path, q, response.status_code)


def test_bad_paging_arguments_are_400(get):
    get("/search?q=taser&page=0", status=400)
    assert get("/search.json?q=taser&size=abc", status=400).json()["ok"] is False
    get("/search?q=taser&year=20x3", status=400)


def test_precedents_count_only_responses_citing_the_exemption(get):
    data = get("/precedents.json?label=" + quote("s40(2)")).json()
    c1 = next(w for w in data["wordings"] if w["key"] == "c1")
    # the wording is used by two Kent responses; only one of them cites s40(2)
    assert c1["responses"] == 1 and c1["force_names"] == ["Kent Police"]
    assert [e["id"] for e in c1["examples"]] == [rid("kent-police", "FOI-2024-5")]
    ncnd = get("/precedents.json?q=" + quote("NCND misconduct")).json()
    assert ncnd["ncnd"] and [w["key"] for w in ncnd["wordings"]] == ["c1"]


def test_precedent_wording_list_is_readable(get):
    html = get("/precedents/wording/c1").text
    for text in ("Kent Police", "2024-05-20", "s31(3) Law enforcement", "Officer misconduct"):
        assert text in html
    assert f'href="/response/{rid("kent-police", "FOI-2024-5")}"' in html
    get("/precedents/wording/nope", status=404)


def test_precedents_without_matches_say_what_was_searched(get):
    data = get("/precedents.json?q=" + quote("40(5) misconduct")).json()
    assert data["wordings"] == [] and "40(5)" in data["hint"]["searched_for"]
    assert data["hint"]["suggestions"]
    html = get("/precedents?q=" + quote("40(5) misconduct")).text
    assert "No reasoning wording found for" in html and "/search?q=40%285%29+misconduct" in html


def test_asked_before_groups_other_forces_answers(get):
    data = get("/asked-before.json?q=" + quote("Please tell me about Taser deployments "
                                                "in your force area.")).json()
    group = data["groups"][0]
    assert group["round_robin"]["id"] == "rr1" and group["forces"] == 3
    by_force = {r["force_name"]: r for r in group["responses"]}
    assert by_force["Kent Police"]["exemptions"] == [{"label": "s31(3)",
                                                     "name": "Law enforcement"}]
    assert by_force["Police Scotland"]["outcome"] == "cost_limit"
    html = get("/asked-before?q=" + quote("taser deployments")).text
    assert "sent to 3 forces" in html and "Police Scotland" in html
    assert get("/asked-before.json?q=" + quote("zzqx")).json()["hint"]


def test_every_custom_search_page_answers_as_json(get):
    for path in ("/search.json?q=taser", "/precedents.json?q=31(3)",
                 "/asked-before.json?q=taser", "/precedents/wording/c1.json"):
        assert get(path).headers["content-type"].startswith("application/json")


def test_every_synonym_group_has_an_example_and_expands():
    import yaml

    from datasette_plugins.search_query import VOCABULARY

    data = yaml.safe_load(VOCABULARY.read_text())
    for group in data["groups"]:
        assert group["example"] and len(group["terms"]) >= 2
    assert "under 18" in vocabulary()["aliases"]["children"]
    assert "drone" in vocabulary()["aliases"]["uav"]
    assert "s40(5B)" in describe(parse("40(5)"))
