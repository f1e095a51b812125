"""The whole pipeline on the sample site: crawl over HTTP, build, query Datasette's JSON API."""
from __future__ import annotations

import asyncio
from collections import Counter
from urllib.parse import quote

import pytest
import sqlite_utils
from datasette.app import Datasette


@pytest.fixture(scope="module")
def ds(sample_build):
    from archive.serve import make_datasette

    return make_datasette(sample_build["db"])


def fetch_json(ds: Datasette, path: str):
    """GET a path through Datasette's in-process client, as the JSON API answers it."""

    async def go():
        return await ds.client.get(path)

    response = asyncio.run(go())
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


def test_crawl_fetched_every_sample_response(sample_build, sample_index):
    assert sum(s.failed for s in sample_build["crawl"]) == 0
    db = sqlite_utils.Database(sample_build["db"])
    assert db["responses"].count == len(sample_index["responses"])


def test_counts_per_force_match_the_sample_index(sample_build, sample_index, ds):
    expected = Counter(r["force"] for r in sample_index["responses"])
    sql = quote("select force, count(*) as n from responses group by force")
    counted = fetch_json(ds, f"/foi.json?_shape=array&sql={sql}")
    assert {r["force"]: r["n"] for r in counted} == dict(expected)


def test_facet_counts_follow_the_index(sample_build, sample_index, ds):
    data = fetch_json(ds, "/foi/responses.json?_facet=outcome&_facet=force&_size=0")
    outcome_facet = {r["value"]: r["count"] for r in data["facet_results"]["outcome"]["results"]}
    expected = Counter(r["outcome"] for r in sample_index["responses"])
    assert set(outcome_facet) >= {"full", "partial", "refused", "ncnd", "not_held",
                                  "cost_limit", "vexatious", "published_elsewhere"}
    # Parsed outcomes agree with the sample's own labels for nearly every response.
    agree = sum(min(outcome_facet.get(k, 0), v) for k, v in expected.items())
    assert agree / len(sample_index["responses"]) >= 0.9, (outcome_facet, expected)
    force_facet = {r["value"]: r["count"] for r in data["facet_results"]["force"]["results"]}
    assert force_facet == dict(Counter(r["force"] for r in sample_index["responses"]))


def test_full_text_search_finds_a_response_by_its_title(sample_build, sample_index, ds):
    target = next(r for r in sample_index["responses"]
                  if r["title"] and len(r["title"]) > 12 and "<" not in r["title"])
    words = " ".join(w for w in target["title"].split() if w.isalpha())
    rows = fetch_json(ds, f"/foi/responses.json?_shape=array&_search={quote(words)}")
    assert any(r["reference"] == target["reference"] and r["force"] == target["force"]
               for r in rows), (words, [r["title"] for r in rows][:5])
