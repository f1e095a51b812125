"""Facets over a search or any other filter are counted by SQL over the newest SAMPLE_ROWS
matches (datasette_plugins/facets_cube.py), from `responses` or from the build's narrow
`serving_facet_rows`: each count is what reading those rows one by one gives."""
from __future__ import annotations

import asyncio
import json
import sqlite3
from collections import Counter

import pytest
from site_corpus import serving_copy

from archive.serve import make_datasette
from datasette_plugins import facets_cube
from datasette_plugins.page_search import fts_query

FACETS = {"force": "column", "year": "column", "month": "column", "outcome": "column",
          "ncnd": "column", "topics": "array", "exemption_labels": "array"}
CASES = [("_search=police", "select rowid from responses_fts where responses_fts match ?",
          fts_query("police")),
         ("_search=personal+data", "select rowid from responses_fts where responses_fts match ?",
          fts_query("personal data")),
         ("outcome=refused", "select rowid from responses where outcome = ?", "refused"),
         ("ncnd=1", "select rowid from responses where ncnd = ?", 1)]


@pytest.fixture(scope="module", params=["responses", "serving_facet_rows"])
def corpus(request, synth_db, tmp_path_factory):
    if request.param == "responses":
        return synth_db
    return serving_copy(synth_db, tmp_path_factory.mktemp("facet-rows"))


def expected_counts(db, rowids_sql: str, arg, limit: int) -> dict[str, Counter]:
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(f"select * from responses where rowid in ({rowids_sql} "
                            f"order by rowid desc limit {limit})", (arg,)).fetchall()
    finally:
        conn.close()
    counts = {name: Counter() for name in FACETS}
    for row in rows:
        for name, kind in FACETS.items():
            if kind == "array":
                counts[name].update({str(v) for v in json.loads(row[name] or "[]")})
            elif row[name] is not None:
                counts[name][str(row[name])] += 1
    return counts


@pytest.mark.parametrize("sample", [facets_cube.SAMPLE_ROWS, 40])
def test_sampled_facets_count_the_newest_matches(corpus, sample, monkeypatch):
    monkeypatch.setattr(facets_cube, "SAMPLE_ROWS", sample)
    ds = make_datasette(corpus, page_cache_mb=0)
    loop = asyncio.new_event_loop()
    compared = 0
    try:
        for query, rowids_sql, arg in CASES:
            data = loop.run_until_complete(
                ds.client.get(f"/foi/responses.json?{query}&_size=1")).json()
            expected = expected_counts(corpus, rowids_sql, arg, sample)
            for name in FACETS:
                result = data["facet_results"][name]
                got = {str(v["value"]): v["count"] for v in result["results"]}
                assert got == {k: expected[name][k] for k in got}, (query, name)
                if not result["truncated"]:
                    assert got == dict(expected[name]), (query, name)
                # the values shown are the most common ones
                if got:
                    assert min(got.values()) >= max(
                        (n for v, n in expected[name].items() if v not in got), default=0)
                compared += sum(got.values())
                truncated = data["filtered_table_rows_count"] > sample
                assert result.get("sample") == (sample if truncated else None), (query, name)
    finally:
        loop.close()
    assert compared > 1000
