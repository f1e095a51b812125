"""The precomputed (cube) facets give exactly the counts Datasette's own grouping gives."""
from __future__ import annotations

import asyncio
import sqlite3

import pytest

from archive.corpus_schema import ensure_derived_tables
from archive.corpus_stats import write_stats
from archive.corpus_write import write_corpus
from archive.registry import load_forces
from archive.serve import make_datasette
from bench.synth import Synth

FACETS = ("force", "year", "month", "outcome", "ncnd", "status", "topics", "exemption_families")


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    db = tmp_path_factory.mktemp("cube") / "foi.db"
    write_corpus(Synth(seed=4).records(600), db, load_forces())
    conn = sqlite3.connect(db)
    ensure_derived_tables(conn)
    write_stats(conn)
    conn.commit()
    conn.close()
    return make_datasette(db)


def facets(ds, query: str) -> dict:
    async def go():
        resp = await ds.client.get(f"/foi/responses.json?_facet_size=max&{query}")
        assert resp.status_code == 200, resp.text[:500]
        return resp.json()
    data = asyncio.run(go())
    return {name: {r["value"]: r["count"] for r in f["results"]}
            for name, f in data["facet_results"].items()}


@pytest.mark.parametrize("filters", ["", "year=2024", "force=metropolitan-police",
                                     "force=metropolitan-police&year=2025"])
def test_cube_counts_match_stock_grouping(ds, filters):
    cube = facets(ds, filters)
    # A filter the cube cannot answer (matches every row) makes the facets fall back to the
    # stock per-request grouping: both must agree value for value.
    stock = facets(ds, filters + "&id__not=no-such-id")
    assert set(cube) == set(FACETS)
    for name in FACETS:
        assert cube[name] == stock[name], name
    assert sum(cube["force"].values()) > 0


def test_facet_values_keep_their_types_and_links(ds):
    async def go():
        return (await ds.client.get("/foi/responses.json?year=2024")).json()
    data = asyncio.run(go())
    year = data["facet_results"]["year"]
    assert year["type"] == "column" and year["results"][0]["value"] == 2024
    assert year["results"][0]["selected"] is True
    topics = data["facet_results"]["topics"]
    assert topics["type"] == "array"
    assert "topics__arraycontains=" in topics["results"][0]["toggle_url"]
