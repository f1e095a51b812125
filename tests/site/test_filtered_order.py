"""The responses table filtered by force and year shows the same rows, in the same order, as
Datasette's own `order by date_order desc` query, while reading them in the published index's
order (datasette_plugins/filtered_order.py)."""
from __future__ import annotations

import random
import sqlite3
from urllib.parse import urlencode

import pytest

from datasette_plugins.datasette_compat import speed_paths_on
from datasette_plugins.filtered_order import INDEX, rewrite_rows_sql

# this test checks the speed path itself (with FOI_SPEED_PATHS=0 there is none to check)
needs_speed_paths = pytest.mark.skipif(not speed_paths_on(), reason="FOI_SPEED_PATHS=0")

STOCK = ('select id, force, year, published, date_order from responses where {where} '
         'order by date_order desc limit {limit}')
CELL = '"force" = :p0 and "year" = :p1'


@pytest.fixture(scope="module")
def awkward_rows():
    """A table shaped like the corpus's, with what could break an index-order shortcut: many
    responses on one date, no published date (date_order from the month, or empty), dates in
    another format, a published date outside the row's year."""
    conn = sqlite3.connect(":memory:")
    conn.execute("create table responses (id text primary key, force text, year integer, "
                 "published text, month text, date_order text unique, body text)")
    conn.execute(f"create index {INDEX} on responses(force, year, published)")
    conn.execute("create index idx_responses_cube on responses(force, year, month)")
    rng = random.Random(11)
    for _ in range(1500):
        year = rng.choice([2023, 2024])
        month = f"{year}-{rng.randint(1, 12):02d}"
        published = rng.choice([f"{month}-{rng.randint(1, 3):02d}", f"{month}-01", None,
                                None, f"{month}-5", f"{month}-01T10:00", "2019-12-31", ""])
        rid = f"{rng.getrandbits(48):012x}"
        key = published or rng.choice([month, None]) or ""
        conn.execute("insert into responses values (?, ?, ?, ?, ?, ?, ?)",
                     (rid, rng.choice(["kent", "essex"]), year, published, month,
                      f"{key} {rid}", "x" * rng.randint(0, 3000)))
    yield conn
    conn.close()


def _cells(conn):
    return conn.execute("select distinct force, year from responses").fetchall()


@pytest.mark.parametrize("limit", [1, 6, 51])
def test_every_page_of_every_cell_matches_the_stock_query(awkward_rows, limit):
    conn = awkward_rows
    for force, year in _cells(conn):
        params = {"p0": force, "p1": str(year)}     # Datasette passes the year as text
        expected = conn.execute("select id, date_order from responses where force = ? and "
                                "year = ? order by date_order desc", (force, year)).fetchall()
        assert len(expected) > 200
        seen, before = [], None
        while True:   # page on as keyset_paging does: date_order below the last one shown
            where = CELL + (" and date_order < :_before" if before is not None else "")
            stock = STOCK.format(where=where, limit=limit)
            run = {**params, **({"_before": before} if before is not None else {})}
            page = conn.execute(rewrite_rows_sql(stock), run).fetchall()
            assert page == conn.execute(stock, run).fetchall()
            seen += [(r[0], r[4]) for r in page]
            if len(page) < limit:
                break
            before = page[-1][4]
        assert seen == expected


def test_keyset_bounds_that_are_not_row_keys_still_match(awkward_rows):
    conn = awkward_rows
    stock = STOCK.format(where=CELL + " and date_order < :_before", limit=20)
    for before in ["2024-06", "2024-06-02", "2024-06-02 ", "2024", "2024-06-01T", "", "~"]:
        params = {"p0": "kent", "p1": "2024", "_before": before}
        assert (conn.execute(rewrite_rows_sql(stock), params).fetchall()
                == conn.execute(stock, params).fetchall()), before


@pytest.mark.parametrize("where", [
    '"force" = :p0',                                   # no year: the index cannot order it
    '"year" = :p0',
    '"force" = :p0 and "year" = :p1 and "outcome" = :p2',
    '"force" = :p0 and "force" = :p1',
    '"force" = :p0 and "year" = :p1 and +rowid in (select rowid from responses_fts where '
    'responses_fts match escape_fts(:_q))',
])
def test_other_filters_are_left_to_datasette(where):
    assert rewrite_rows_sql(STOCK.format(where=where, limit=51)) is None


def test_other_orders_are_left_to_datasette():
    sql = STOCK.format(where=CELL, limit=51)
    assert rewrite_rows_sql(sql.replace("date_order desc", "published desc")) is None
    assert rewrite_rows_sql(sql.replace("date_order desc", "date_order")) is None
    assert rewrite_rows_sql(sql + " offset 50") is None


@needs_speed_paths
def test_filtered_table_pages_list_the_cells_rows_newest_first(synth_db, client_for,
                                                                monkeypatch):
    """On a corpus from the real build: every page of the biggest force + year cell, HTML and
    JSON, shows the rows Datasette's query gives, and the served query avoids sorting the
    whole cell."""
    from archive.serve import make_datasette
    from datasette_plugins import statement_watchdog

    ran: list[str] = []   # what SQLite itself is asked to run (the watchdog's trace callback)
    monkeypatch.setattr(statement_watchdog, "listeners", [ran.append])
    ds = make_datasette(synth_db, page_cache_mb=0)
    conn = sqlite3.connect(f"file:{synth_db}?immutable=1", uri=True)
    try:
        force, year = conn.execute(
            "select force, year from responses group by 1, 2 order by count(*) desc "
            "limit 1").fetchone()
        expected = [r[0] for r in conn.execute(
            "select id from responses where force = ? and year = ? order by date_order desc",
            (force, year))]
        stock_sql = STOCK.format(where=CELL, limit=51).replace(
            "id, force, year, published, date_order", "id")
        plan = " ".join(r[3] for r in conn.execute(
            "explain query plan " + rewrite_rows_sql(stock_sql), {"p0": force, "p1": year}))
    finally:
        conn.close()
    assert len(expected) > 20
    assert f"USING INDEX {INDEX}" in plan and "RIGHT PART OF ORDER BY" in plan, plan

    query = urlencode({"force": force, "year": year, "_size": 7})
    rows, path = [], f"/foi/responses.json?{query}&_shape=objects&_nofacet=1"
    while path:
        data = client_for(ds, path).json()
        rows += [r["id"] for r in data["rows"]]
        path = data["next_url"] and data["next_url"].split("127.0.0.1:8001", 1)[-1]
    assert rows == expected
    assert any(f"indexed by {INDEX}" in sql for sql in ran)
    assert not any("order by date_order desc limit" in sql and "indexed by" not in sql
                   and '"year" = ' in sql for sql in ran)

    html = client_for(ds, f"/foi/responses?{query}").text
    shown = [i for i in expected[:7] if f">{i}</a>" in html]
    assert shown == expected[:7]
    assert html.index(f">{expected[0]}</a>") < html.index(f">{expected[6]}</a>")
