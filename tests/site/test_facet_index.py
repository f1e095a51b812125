"""Facet counts on /foi/responses come from the build's facet index (archive/facet_index.py,
datasette_plugins/facet_index.py): for single filters, pairs, triples, searches and empty
results, every count of every facet value and the total equal a plain SQL count(*)."""
from __future__ import annotations

import asyncio
import re
import sqlite3
from urllib.parse import urlencode

import pytest

from archive.serve import make_datasette
from datasette_plugins.facet_index import FacetIndex, parse_filters
from datasette_plugins.search_query import fts_for as fts_query

COLUMNS = ("force", "year", "month", "outcome", "ncnd", "status", "public_interest_test",
           "format")
ARRAYS = ("topics", "exemption_families", "exemption_labels")
# every facet on the page: the metadata's, and the others asked for by the query string
EXTRA = [("_facet_cube", "public_interest_test"), ("_facet_cube", "format"),
         ("_facet_cube_array", "exemption_labels"), ("_facet_size", "max")]
SEARCH = "r.rowid in (select rowid from responses_fts where responses_fts match ?)"


def _sql_filter(key: str, value: str) -> tuple[str, list]:
    """The plain SQL meaning of one query-string filter, written out independently."""
    if key == "_search":
        return SEARCH, [fts_query(value)]
    column, _, op = key.partition("__")
    if op == "arraycontains":
        return f"exists (select 1 from json_each(r.{column}) j where j.value = ?)", [value]
    if op == "in":
        values = value.split(",")
        return f"r.{column} in ({', '.join('?' for _ in values)})", values
    return f"r.{column} = ?", [value]


@pytest.fixture(scope="module")
def corpus(synth_db):
    conn = sqlite3.connect(f"file:{synth_db}?immutable=1", uri=True)
    yield synth_db, conn
    conn.close()


def _common(conn, sql: str) -> str:
    return str(conn.execute(sql).fetchone()[0])


@pytest.fixture(scope="module")
def cases(corpus):
    """Filter combinations named by values that exist in the corpus (the busiest force, a
    topic, a label ...), plus ones that match nothing."""
    _, conn = corpus
    force = _common(conn, "select force from responses group by 1 order by count(*) desc")
    year = _common(conn, "select year from responses group by 1 order by count(*) desc")
    month = _common(conn, "select month from responses group by 1 order by count(*) desc")
    topic = _common(conn, "select topic from response_topics group by 1 order by count(*) desc")
    label = _common(conn, "select label from response_exemptions group by 1 "
                          "order by count(*) desc")
    family = _common(conn, "select family from response_exemption_families group by 1 "
                           "order by count(*) desc")
    singles = [[("force", force)], [("year", year)], [("month", month)],
               [("outcome", "refused")], [("outcome__in", "refused,ncnd,partial")],
               [("ncnd", "1")], [("public_interest_test", "1")], [("format", "html")],
               [("status", "published")], [("topics__arraycontains", topic)],
               [("exemption_labels__arraycontains", label)],
               [("exemption_families__arraycontains", family)], [("_search", "police")]]
    pairs = [[("force", force), ("year", year)],
             [("exemption_labels__arraycontains", label), ("year", year)],
             [("outcome", "refused"), ("topics__arraycontains", topic)],
             [("_search", "personal data"), ("outcome__in", "refused,ncnd,partial")],
             [("_search", "police"), ("force", force)]]
    triples = [[("force", force), ("year", year), ("outcome", "full")],
               [("topics__arraycontains", topic), ("ncnd", "0"), ("year__exact", year)],
               [("_search", "police"), ("exemption_families__arraycontains", family),
                ("public_interest_test", "1")]]
    empty = [[("force", "no-such-force")], [("year", "1900")],
             [("_search", "zzqqxxunfindable")], [("outcome", "full"), ("outcome", "refused")]]
    return singles + pairs + triples + empty


def expected(conn, filters) -> tuple[int, dict[str, dict[str, int]]]:
    clauses, params = zip(*[_sql_filter(k, v) for k, v in filters], strict=True)
    where = " and ".join(clauses)
    params = [p for ps in params for p in ps]
    total = conn.execute(f"select count(*) from responses r where {where}", params).fetchone()[0]
    counts = {}
    for column in COLUMNS:
        counts[column] = {str(v): n for v, n in conn.execute(
            f"select r.{column}, count(*) from responses r where {where} and r.{column} "
            f"is not null group by 1", params)}
    for column in ARRAYS:
        counts[column] = {str(v): n for v, n in conn.execute(
            f"select j.value, count(distinct r.rowid) from responses r, json_each(r.{column}) j "
            f"where {where} group by 1", params)}
    return total, counts


@pytest.fixture(scope="module")
def site(corpus):
    db, _ = corpus
    ds = make_datasette(db, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def get(path):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == 200, (path, response.text[:500])
        return response

    yield ds, get, loop
    loop.close()


def shown(data) -> dict[str, dict[str, int]]:
    return {name: {str(v["value"]): v["count"] for v in f["results"]}
            for name, f in data["facet_results"].items()}


def test_every_facet_count_and_total_equals_sql(corpus, cases, site):
    _, conn = corpus
    _, get, _ = site
    nonempty = 0
    for filters in cases:
        data = get("/foi/responses.json?" + urlencode(filters + EXTRA)).json()
        total, counts = expected(conn, filters)
        assert data["filtered_table_rows_count"] == total, filters
        got = shown(data)
        assert set(got) == set(COLUMNS) | set(ARRAYS), filters
        for name in got:
            assert got[name] == counts[name], (filters, name)
            assert not data["facet_results"][name]["truncated"]
        nonempty += total > 0
    assert nonempty >= len(cases) - 4   # the combinations are not trivially empty


def test_the_index_answers_and_its_pages_are_the_sql_order(corpus, cases, site):
    """The counts above came from the index (not the SQL fallback), and a page of rows from
    the index is Datasette's page: the newest matches, date_order desc."""
    db, conn = corpus
    ds, _, loop = site
    index = loop.run_until_complete(FacetIndex.for_database(ds, "foi"))
    assert index is not None and index.rows == conn.execute(
        "select count(*) from responses").fetchone()[0]

    class Request:   # request.args as Datasette gives them
        def __init__(self, pairs):
            from datasette.utils import MultiParams
            self.args = MultiParams([(("_q" if k == "_search" else k), v) for k, v in pairs])

    for filters in cases:
        found = loop.run_until_complete(index.filters(Request(filters)))
        assert found is not None, filters
        total, counts = expected(conn, filters)
        answer = index.counts(found, ["force", "topics"])
        assert answer["total"] == total
        assert {str(v): n for v, n in answer["facets"]["topics"]} == counts["topics"]
        clauses, params = zip(*[_sql_filter(k, v) for k, v in filters], strict=True)
        newest = [r[0] for r in conn.execute(
            f"select rowid from responses r where {' and '.join(clauses)} "
            f"order by date_order desc limit 7 offset 3", [p for ps in params for p in ps])]
        assert index.page(found, 3, 7) == newest, filters


def test_unsupported_filters_are_counted_exactly_by_sql(corpus, site):
    _, conn = corpus
    _, get, _ = site
    assert parse_filters([("year__gt", "2020")]) is None
    assert parse_filters([("_where", "1")]) is None
    data = get("/foi/responses.json?year__gt=2020&_facet_size=max").json()
    expect = dict(conn.execute("select outcome, count(*) from responses where year > 2020 "
                               "group by 1"))
    assert shown(data)["outcome"] == expect
    assert data["filtered_table_rows_count"] == sum(expect.values())


def test_the_table_page_shows_the_exact_counts(corpus, cases, site):
    _, conn = corpus
    _, get, _ = site
    filters = cases[-9]    # a search and the withheld outcomes
    html = get("/foi/responses?" + urlencode(filters + [("_facet_size", "max")])).text
    _, counts = expected(conn, filters)
    assert "matching responses only" not in html and "facet-sample-note" not in html
    assert counts["outcome"]
    for outcome, n in counts["outcome"].items():
        assert re.search(rf'outcome={outcome}"[^>]*>[^<]*</a>\s*{n}\b', html), outcome


def test_search_rowids_become_the_index_row_numbers():
    """A search's rowids (group_concat's text) map to row numbers in the default order; a
    rowid the index does not hold (gone, or newer than it) is left out, none is invented."""
    from array import array

    from pyroaring import BitMap

    index = FacetIndex(array("q", [7, 3, 9, 1]), {})   # rowid 7 is row 0, 3 is row 1, ...
    assert index.row_numbers("9,1,7") == BitMap([2, 3, 0])
    assert index.row_numbers("2,5,3,400000") == BitMap([1])   # 2, 5 missing; 400000 past top
    assert index.row_numbers(None) == BitMap() == index.row_numbers("")
    rowids = ",".join(str(r) for r in range(1, 10))
    assert list(index.row_numbers(rowids)) == [0, 1, 2, 3]
