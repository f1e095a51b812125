"""The serving shortcuts that keep the site fast under load (issues 7 and 8) give the same
answers as the slow paths they replace: the home page, default-order paging, and facets over
search results."""
from __future__ import annotations

import re
import sqlite3
from urllib.parse import parse_qsl, quote, urlsplit

import pytest

from datasette_plugins.keyset_paging import rewrite_query
from tests.support.recorded_sql import recorded_sql
from tests.support.site_corpus import RECORDS


def local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + "?" + parts.query


def test_data_page_lists_tables_and_queries_without_querying_the_corpus(ds, get):
    # The process reads the schema once (datasette_plugins/schema_cache.py), at the first
    # page that lists tables: after that the page queries nothing. (Which test came first
    # depended on the selection run: in the full suite an earlier test had warmed it.)
    get("/data")
    with recorded_sql(ds) as seen:
        html = get("/data").text
    assert seen == []
    row = re.search(r'<a href="/foi/responses">responses</a></td><td class="num">([0-9,]+)</td>',
                    html)
    assert row and int(row.group(1)) == len(RECORDS)
    for table in ("forces", "questions", "figures", "round_robins", "stats_force_year"):
        assert f'href="/foi/{table}"' in html
    # hidden tables and the full-text index's own tables are not offered
    for table in ("nlp_signatures", "facet_counts", "responses_fts", "responses_fts_data"):
        assert f'href="/foi/{table}"' not in html
    assert 'href="/foi/search_responses"' in html and 'href="/foi/new_responses"' in html
    assert "Open Government Licence" in get("/").text      # the footer keeps the licence


def test_home_page_reads_only_small_rows_through_indexes(corpus_db):
    """The newest responses and the browse counts: an index range and the precomputed
    facet_totals rows, never a scan or sort of the responses table."""
    from datasette_plugins.page_home import home_queries

    conn = sqlite3.connect(f"file:{corpus_db}?immutable=1", uri=True)
    try:
        for name, (sql, params) in home_queries("exemption_labels").items():
            plan = " ".join(r[3] for r in conn.execute("explain query plan " + sql, params))
            assert "SCAN r" not in plan.replace("SCAN r USING INDEX", "") and \
                "TEMP B-TREE" not in plan or "facet_totals" in sql, (name, plan)
    finally:
        conn.close()


def test_default_order_paging_reaches_every_row_once_newest_first(ds, get, corpus_db):
    rows, path = [], "/foi/responses.json?_size=2&_shape=objects&_nofacet=1"
    seen = []   # each page's query as it reports it (the JSON fast path runs it on its own
    with recorded_sql(ds) as through_datasette:   # connection, Datasette's on its threads)
        while path:
            data = get(path).json()
            rows += data["rows"]
            seen.append((data["query"]["sql"], data["query"]["params"]))
            path = data["next_url"] and local(data["next_url"])
    seen += through_datasette
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == len(RECORDS)
    orders = [r["date_order"] for r in rows]
    assert orders == sorted(orders, reverse=True)
    # pages after the first read one index range in order: no OR of three index searches,
    # no sort of every older row
    later = [(sql, params) for sql, params in seen if "date_order <" in sql]
    assert len(later) == 2, seen
    conn = sqlite3.connect(f"file:{corpus_db}?immutable=1", uri=True)
    try:
        for sql, params in later:
            assert " or " not in sql.lower()
            plan = " ".join(r[3] for r in conn.execute("explain query plan " + sql, params))
            assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, plan
    finally:
        conn.close()


def test_a_next_token_from_stock_datasette_still_pages_correctly(get):
    first = get("/foi/responses.json?_size=2&_shape=objects&_nofacet=1").json()
    # the token alone, without the other arguments next_url carries
    rest = get(f"/foi/responses.json?_shape=objects&_nofacet=1&_size=10&_next={first['next']}")
    ids = [r["id"] for r in first["rows"]] + [r["id"] for r in rest.json()["rows"]]
    assert len(ids) == len(set(ids)) == len(RECORDS)


def test_a_before_argument_from_a_client_filters_nothing(get):
    data = get("/foi/responses.json?_before=0000&_nofacet=1&_shape=objects").json()
    assert len(data["rows"]) == len(RECORDS)


def test_other_orders_and_odd_tokens_are_left_to_datasette():
    assert rewrite_query("_sort=id&_next=abc") is None
    assert rewrite_query("_sort_desc=published&_next=2023-01-01,abc") is None
    assert rewrite_query("_next=$null,abc") is None
    assert rewrite_query("_size=5") is None
    # Datasette writes the date_order value "2023-01-01 ab" of row ab as 2023-01-01+ab
    new = dict(parse_qsl(rewrite_query("_size=5&_next=" + quote("2023-01-01+ab,ab"))))
    assert new == {"_size": "5", "_nocount": "1", "_before": "2023-01-01 ab"}
    # a _before sent by a client is dropped
    assert rewrite_query("_before=x&_size=5") == "_size=5"


def facet_counts(data: dict, name: str) -> dict:
    return {str(v["value"]): v["count"] for v in data["facet_results"][name]["results"]}


def test_search_facets_are_exact(get, corpus_db):
    data = get("/foi/responses.json?_search=taser").json()
    conn = sqlite3.connect(f"file:{corpus_db}?immutable=1", uri=True)
    expected = dict(conn.execute(
        "select force, count(*) from responses where rowid in (select rowid from "
        "responses_fts where responses_fts match 'taser') group by force").fetchall())
    conn.close()
    assert len(expected) == 3
    assert facet_counts(data, "force") == expected
    assert facet_counts(data, "topics") == {"use-of-force": 3}
    assert "sample" not in data["facet_results"]["force"]


def search_rows(get, words: str, extra: str = "") -> list[dict]:
    rows, path = [], f"/foi/responses.json?_search={words}&_size=1&_shape=objects{extra}"
    while path:
        data = get(path).json()
        rows += data["rows"]
        path = data["next_url"] and local(data["next_url"])
    return rows


@pytest.mark.parametrize("dense_from", [2000, 1])
def test_search_finds_the_same_rows_newest_first_however_it_is_planned(
        get, corpus_db, monkeypatch, dense_from):
    from datasette_plugins import table_search

    monkeypatch.setattr(table_search, "DENSE_MATCHES", dense_from)
    conn = sqlite3.connect(f"file:{corpus_db}?immutable=1", uri=True)
    expected = [r[0] for r in conn.execute(
        "select id from responses where rowid in (select rowid from responses_fts where "
        "responses_fts match 'taser') order by date_order desc")]
    conn.close()
    rows = search_rows(get, "taser")
    assert [r["id"] for r in rows] == expected and len(expected) == 3
    html = get("/foi/responses?_search=taser").text
    assert "search matches &#34;taser&#34;" in html
    assert re.search(r'<input[^>]*name="_search"[^>]*value="taser"', html)


def test_a_common_word_is_read_from_the_date_index(ds, get, corpus_db, monkeypatch):
    from datasette_plugins import table_search

    monkeypatch.setattr(table_search, "DENSE_MATCHES", 1)
    with recorded_sql(ds) as seen:
        get("/foi/responses.json?_search=please&_nofacet=1&_nocount=1")
    page = [(sql, p) for sql, p in seen if "limit 51" in sql]
    assert len(page) == 1
    conn = sqlite3.connect(f"file:{corpus_db}?immutable=1", uri=True)
    conn.create_function("foi_fts_query", 1, lambda s: s)
    plan = " ".join(r[3] for r in conn.execute("explain query plan " + page[0][0], page[0][1]))
    conn.close()
    assert "USING INDEX sqlite_autoindex_responses_2" in plan and "TEMP B-TREE" not in plan, plan


def test_search_with_hostile_words_is_shown_escaped(get):
    html = get("/foi/responses?_search=" + quote('<script>alert(1)</script>')).text
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize("query", ["_col=title", "_nocol=date_order",
                                   "_col=title&_sort=published", "_nocol=published&_sort=published"])
def test_choosing_columns_without_the_sort_column_still_pages(get, query):
    data = get(f"/foi/responses.json?_size=2&_shape=objects&_nofacet=1&{query}").json()
    assert len(data["rows"]) == 2 and data["next_url"]
    assert "title" in data["rows"][0]
    rest = get(local(data["next_url"])).json()["rows"]
    assert not {r["id"] for r in rest} & {r["id"] for r in data["rows"]}
