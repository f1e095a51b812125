"""The filtered responses table's rows and total come from the facet index
(datasette_plugins/indexed_rows.py, a speed path of datasette_compat.py): for the filter
combinations of test_facet_index.py, every page of rows (HTML and JSON, following the next
links to the end) and the total equal plain SQL, with the speed paths on and off; and the
index, not Datasette's SQL, answered them."""
from __future__ import annotations

import asyncio
import html
import os
import re
from urllib.parse import urlencode, urlsplit

import pytest

from archive.serve import make_datasette
from datasette_plugins.datasette_compat import speed_paths_on
from datasette_plugins.indexed_rows import IndexedRows, read_where
from datasette_plugins.search_query import fts_for as fts_query
from tests.site.test_facet_index import _sql_filter, cases, corpus  # noqa: F401  (fixtures)

SIZE = 100   # several pages for most filters on the 1,500-response corpus
_ROW_ID = re.compile(r'<td class="col-id type-pk"><a href="/foi/responses/([^"]+)">')
_NEXT = re.compile(r'href="([^"]*[?&](?:amp;)?_next=[^"]*)"')
_TOTAL = re.compile(r"<h3>([\d,]+) rows?\b")


def expected_ids(conn, filters) -> list[str]:
    """Every matching id, newest first, by plain SQL written out independently."""
    clauses, params = zip(*[_sql_filter(k, v) for k, v in filters], strict=True)
    return [r[0] for r in conn.execute(
        f"select r.id from responses r where {' and '.join(clauses)} order by date_order desc",
        [p for ps in params for p in ps])]


def _site(db, mode: str, loop):
    """The site over `db` with the speed paths on or off (read at startup): (ds, get)."""
    before = os.environ.get("FOI_SPEED_PATHS")
    os.environ["FOI_SPEED_PATHS"] = "1" if mode == "on" else "0"
    try:
        ds = make_datasette(db, page_cache_mb=0)
        loop.run_until_complete(ds.client.get("/foi/responses?_size=1"))   # app + startup
    finally:
        if before is None:
            os.environ.pop("FOI_SPEED_PATHS")
        else:
            os.environ["FOI_SPEED_PATHS"] = before

    def get(path):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == 200, (path, response.text[:500])
        return response

    return ds, get


# a run of the suite on documented hooks only (FOI_SPEED_PATHS=0) starts no speed path here:
# the table display one, once installed, would stay for the rest of the process
needs_speed_paths = pytest.mark.skipif(not speed_paths_on(), reason="FOI_SPEED_PATHS=0")


@pytest.fixture(scope="module", params=[pytest.param("on", marks=needs_speed_paths), "off"])
def served(request, corpus):   # noqa: F811
    loop = asyncio.new_event_loop()
    ds, get = _site(corpus[0], request.param, loop)
    yield request.param, ds, get, loop
    loop.close()


@needs_speed_paths
def test_pages_are_the_same_with_the_speed_paths_off(corpus, cases):   # noqa: F811
    """Every page of each combination in HTML (the SQL it shows included) and the first in
    JSON, byte for byte but for timings."""
    loop = asyncio.new_event_loop()
    try:
        (_, on), (_, off) = _site(corpus[0], "on", loop), _site(corpus[0], "off", loop)
        for filters in cases:
            for path in (f"/foi/responses?{urlencode(filters + [('_size', 30)])}",
                         f"/foi/responses.json?{urlencode(filters + [('_size', 30)])}"):
                while path:
                    a, b = on(path).text, off(path).text
                    assert _untimed(a) == _untimed(b), (path, len(a), len(b))
                    found = _NEXT.search(a) if ".json" not in path else None
                    path = found and _local(found[1])
    finally:
        loop.close()


def _untimed(body: str) -> str:
    return re.sub(r'"query_ms": [0-9.e-]+|[0-9.]+ ?ms\b', "", body)


def _plain(conn, sql: str, params: dict) -> list:
    """Datasette's SQL run by SQLite as it is (the site's search function spelled out)."""
    if "_q" in params:
        sql = sql.replace("foi_fts_query(:_q)", ":_fts")
        params = {**params, "_fts": fts_query(params["_q"])}
    return conn.execute(sql, params).fetchall()


def _local(url: str) -> str:
    parts = urlsplit(html.unescape(url))
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_every_page_and_the_total_equal_sql(corpus, cases, served):   # noqa: F811
    _, conn = corpus
    mode, _, get, _ = served
    paged = 0
    for filters in cases:
        want = expected_ids(conn, filters)
        query = urlencode(filters + [("_size", SIZE)])
        # JSON, following next_url to the end
        ids, path, pages = [], f"/foi/responses.json?{query}&_shape=objects", 0
        while path:
            data = get(path).json()
            if not pages:
                assert data["filtered_table_rows_count"] == len(want), (mode, filters)
            ids += [row["id"] for row in data["rows"]]
            path = data["next_url"] and _local(data["next_url"])
            pages += 1
        assert ids == want, (mode, filters)
        # HTML, following the next page link to the end
        ids, path, pages = [], f"/foi/responses?{query}", 0
        while path:
            page = get(path).text
            if not pages:
                assert int(_TOTAL.search(page)[1].replace(",", "")) == len(want), (mode, filters)
            ids += _ROW_ID.findall(page)
            found = _NEXT.search(page)
            path = found and _local(found[1])
            pages += 1
        assert ids == want, (mode, filters)
        paged += pages > 2
    assert paged >= 5   # the walk crosses later pages (the `_before` path), not only page 1


def test_the_index_answers_the_rows_and_count_queries(corpus, cases, served):   # noqa: F811
    """Datasette's own rows query (from the JSON's `query`) for page 1 and page 2 and its
    count(*) are answered by the index (rewritten), and the rewritten SQL gives SQLite's
    answer to the original."""
    _, conn = corpus
    mode, ds, get, loop = served
    if mode == "off":
        pytest.skip("the rewrite is the speed path itself")
    rewriter = IndexedRows(ds, ds.get_database("foi").execute)
    answered = 0
    for filters in cases:
        data = get("/foi/responses.json?" + urlencode(filters + [("_size", 20)])).json()
        queries = [data["query"]]
        if data["next_url"]:
            queries.append(get(_local(data["next_url"])).json()["query"])
        for query in queries:
            sql, params = query["sql"], query["params"]
            new = loop.run_until_complete(rewriter.rewrite(sql, params))
            assert new is not None, (filters, sql)   # a search alone too (one match list)
            answered += 1
            assert "json_each" not in new and " match " not in new
            assert conn.execute(new, params).fetchall() == _plain(conn, sql, params)
            where = re.fullmatch(r"select .+? from responses where (.+?) order by .+", sql)[1]
            count = f"select count(*) from responses where {where} "
            new_count = loop.run_until_complete(rewriter.rewrite(count, params))
            assert conn.execute(new_count).fetchall() == _plain(conn, count, params)
    assert answered >= len(cases)


def test_only_clauses_of_known_meaning_are_rewritten():
    p = {"p0": "2023", "p1": "custody", "_q": "police", "_before": "2024-01-01 x"}
    assert read_where('"year" = :p0 and :p1 in (select value from json_each("responses".'
                      '"topics")) and date_order < :_before', p) == (
        [("year", "2023"), ("topics__arraycontains", "custody")], "2024-01-01 x")
    assert read_where("rowid in (select rowid from responses_fts where responses_fts match "
                      ":_q)", p) == ([("_q", "police"), ("_searchmode", "raw")], None)
    for where in ('"year" > :p0', '"year" = :p0 or "year" = :p1', '"year" = :p9',
                  '"year" = 2023', "1 = 1", '("year" = :p0)',
                  ':p1 in (select value from json_each("forces"."topics"))'):
        assert read_where(where, p) is None, where
    assert read_where("rowid in (select rowid from responses_fts where responses_fts match "
                      "foi_fts_query(:_q))", {"_q": "  "}) is None
    rewriter = IndexedRows(None, None)   # (none of these reaches the index)
    for sql in ('select count(*) from responses where "year" = :p0 order by date_order desc '
                'limit 5', 'select id from responses where "year" = :p0 order by date_order '
                'desc limit 5 offset 5', 'select id from responses where "year" = :p0 order by '
                'date_order limit 5', 'select count(*) from responses where "year" = :p0 '
                'group by force '):
        assert asyncio.run(rewriter.rewrite(sql, p)) is None, sql


def test_unsupported_filters_and_sorts_run_datasettes_sql(corpus, served):   # noqa: F811
    """`_where`, `__gt` and another sort order are answered by SQL, still exactly."""
    _, conn = corpus
    mode, ds, get, loop = served
    rewriter = IndexedRows(ds, ds.get_database("foi").execute)
    for query, where, order in (("year__gt=2020&outcome=refused",
                                 "year > 2020 and outcome = 'refused'", "date_order desc"),
                                ("outcome=refused&_sort=id", "outcome = 'refused'", "id"),
                                ("outcome=refused&_where=ncnd%3D1",
                                 "outcome = 'refused' and ncnd = 1", "date_order desc")):
        data = get(f"/foi/responses.json?{query}&_shape=objects&_size=1000").json()
        want = [r[0] for r in conn.execute(f"select id from responses where {where} "
                                           f"order by {order}")]
        assert [r["id"] for r in data["rows"]] == want and want
        assert data["filtered_table_rows_count"] == len(want)
        sql = data["query"]["sql"]
        assert loop.run_until_complete(rewriter.rewrite(sql, data["query"]["params"])) is None
