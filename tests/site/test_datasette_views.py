"""Datasette's own views over the corpus: metadata, facets, search, canned queries, feeds,
CSV/JSON exports, paging and bulk downloads."""
from __future__ import annotations

import gzip
import json
import re
import sqlite3
from urllib.parse import quote

from archive.serve import load_metadata
from tests.support.site_corpus import RECORDS, rid


def test_every_table_and_column_is_described(corpus_db):
    tables_meta = load_metadata()["databases"]["foi"]["tables"]
    conn = sqlite3.connect(corpus_db)
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type='table' and name not like '%_fts%' "
        "and name not like 'sqlite_%'")]
    for table in names:
        assert tables_meta.get(table, {}).get("description"), table
        columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
        missing = [c for c in columns if c not in tables_meta[table].get("columns", {})]
        assert not missing, (table, missing)


def test_default_facets_on_responses(get):
    data = get("/foi/responses.json?_size=0").json()
    facets = data["facet_results"]
    force = {r["value"]: r["count"] for r in facets["force"]["results"]}
    assert force == {"kent-police": 2, "west-midlands-police": 2, "police-scotland": 1}
    assert {r["value"]: r["count"] for r in facets["year"]["results"]} == {2023: 3, 2024: 2}
    # exemption families under the force's Act: Police Scotland's s12 is FOISA s12
    labels = {r["value"]: r["count"] for r in facets["exemption_families"]["results"]}
    assert labels == {"s31(3)": 2, "s40(2)": 2, "FOISA s12": 1}
    topics = {r["value"]: r["count"] for r in facets["topics"]["results"]}
    assert topics == {"use-of-force": 3, "misconduct-and-discipline": 2}
    assert {r["value"]: r["count"] for r in facets["ncnd"]["results"]} == {0: 3, 1: 2}
    month = facets["month"]
    assert {r["value"] for r in month["results"]} == {"2023-02", "2023-03", "2023-04",
                                                        "2024-05", "2024-06"}


def test_table_search_and_sort_by_date(get):
    newest_first = [r["published"] for r in get("/foi/responses.json?_shape=array").json()]
    assert newest_first == sorted((r["published"] for r in RECORDS), reverse=True)
    rows = get("/foi/responses.json?_search=deployments&_sort_desc=published&_shape=array").json()
    assert [r["force"] for r in rows] == ["police-scotland", "kent-police",
                                          "west-midlands-police"]


def test_search_canned_query_returns_marked_snippets(get):
    rows = get("/foi/search_responses.json?q=misconduct&_shape=array").json()
    assert [r["reference"] for r in rows] == ["FOI-2024-5"]
    assert "[misconduct]" in rows[0]["snippet"].lower()


def test_paging_with_next_reaches_every_row(get):
    seen, path = [], "/foi/responses.json?_size=2&_sort=id"
    while path:
        data = get(path).json()
        seen += [row[0] if isinstance(row, list) else row["id"] for row in data["rows"]]
        # absolute on the configured public origin, whatever host the client asked
        assert not data["next_url"] or data["next_url"].startswith("http://127.0.0.1:8001/")
        path = data["next_url"] and data["next_url"].split("127.0.0.1:8001", 1)[-1]
    assert len(seen) == len(set(seen)) == len(RECORDS)


def test_atom_feeds_overall_per_force_per_topic(get):
    overall = get("/foi/new_responses.atom")
    assert overall.headers["content-type"].startswith("application/atom+xml")
    assert overall.text.count("<entry>") == len(RECORDS)
    kent = get("/foi/new_responses_for_force.atom?force=kent-police").text
    assert kent.count("<entry>") == 2 and "Officer misconduct (Kent Police)" in kent
    topic = get("/foi/new_responses_for_topic.atom?topic=use-of-force").text
    assert topic.count("<entry>") == 3
    assert f"/response/{rid('police-scotland', '23-1234')}" in topic
    # feed readers need absolute links: every entry links to its page on this site
    links = re.findall(r'<link href="([^"]+)"/>', topic)
    assert len(links) == 3 and all(re.fullmatch(r"http://127.0.0.1:8001/response/[0-9a-f]+", h)
                                   for h in links), links


def test_csv_and_json_of_tables_and_canned_queries(get):
    csv = get("/foi/responses.csv?force=kent-police&_sort=id").text.splitlines()
    assert csv[0].startswith("id,force,reference,title")
    assert len(csv) == 3
    rows = get("/foi/refusals_by_force.json?_shape=array").json()
    kent = next(r for r in rows if r["force"] == "kent-police")
    assert (kent["responses"], kent["refusals"], kent["ncnd"]) == (2, 1, 2)
    use = get("/foi/exemption_use.json?label=" + quote("s31(3)") + "&_shape=array").json()
    assert {(r["force"], r["year"], r["responses"]) for r in use} == {
        ("kent-police", 2023, 1), ("kent-police", 2024, 1)}
    figures = get("/foi/figures.csv?_sort=id").text.splitlines()
    # each figure with its response's title, topic, series and period kind (figure_context.py)
    assert len(figures) == 3 and figures[2].endswith(
        ",431.0,431,Taser deployments,use-of-force,Deployments by year: Deployments,"
        "calendar_year,,0")


def test_bulk_downloads(get, corpus_db):
    db = get("/foi.db")
    assert db.content[:16] == b"SQLite format 3\x00"
    dump = get("/-/download/foi.jsonl.gz")
    lines = gzip.decompress(dump.content).decode().splitlines()
    assert len(lines) == len(RECORDS)
    first = json.loads(lines[0])
    assert {"id", "force", "questions", "exemptions", "figures", "attachments"} <= set(first)
    page = get("/downloads").text
    assert 'href="/foi.db"' in page and 'href="/-/download/foi.jsonl.gz"' in page
    assert f"({len(RECORDS)} lines" in page

