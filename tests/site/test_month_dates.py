"""A response whose page prints no date (the Met, South Wales) is dated by the month its log
files it under (`responses.month`, from the URL): every place that shows a response's date
shows "July 2024", never a blank or the raw "2024-07"."""
from __future__ import annotations

import asyncio
import csv
import io
import re
import sqlite3

import pytest

from tests.support.site_corpus import build_site_corpus, rec, rid

# a log that files responses under /disclosure-log/<year>/<month>/ and prints no date
UNDATED = rec("kent-police", "FOI-2024-301", "Taser use on children", None, "full",
              topics=["use-of-force"],
              source="https://www.kent.police.uk/foi/disclosure-log/2024/july/taser-use-on-children/",
              request_text="How many times was a Taser drawn on a person under 18 in 2023?",
              response_text="A Taser was drawn on a person under 18 on 12 occasions in 2023.")
UID = rid("kent-police", "FOI-2024-301")
DATED = rid("west-midlands-police", "100/23")


@pytest.fixture(scope="module")
def month_db(tmp_path_factory):
    db = build_site_corpus(tmp_path_factory.mktemp("month") / "foi.db", [UNDATED])
    conn = sqlite3.connect(db)
    conn.execute("insert into round_robins(id, title, forces, responses) "
                 "values ('rr9', 'Taser use', 2, 2)")
    conn.executemany("insert into round_robin_members(round_robin_id, response_id) "
                     "values ('rr9', ?)", [(UID,), (DATED,)])
    conn.execute("insert into similar_responses values (?, ?, 0.9, 1)", (DATED, UID))
    conn.commit()
    conn.close()
    return db


@pytest.fixture(scope="module")
def fetch(month_db):
    from archive.serve import make_datasette

    ds = make_datasette(month_db, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def get(path: str):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == 200, (path, response.status_code, response.text[:500])
        return response

    yield get
    loop.close()


def test_the_corpus_has_the_month_but_no_date(month_db):
    conn = sqlite3.connect(month_db)
    row = conn.execute("select published, month from responses where id = ?", (UID,)).fetchone()
    conn.close()
    assert row == (None, "2024-07")


def _row_html(html: str, rid_: str) -> str:
    m = re.search(r"<tr>(?:(?!</tr>).)*?/response/" + re.escape(rid_) + r"\".*?</tr>", html, re.S)
    assert m, rid_
    return m.group(0)


@pytest.mark.parametrize("fast", [True, False])
def test_table_page_shows_the_month(fetch, fast):
    from datasette_plugins import table_display

    table_display.enabled = fast   # the fast renderer and Datasette's render_cell path
    try:
        row = _row_html(fetch("/foi/responses?force=kent-police").text, UID)
    finally:
        table_display.enabled = True
    cell = re.search(r'<td class="col-published[^"]*">(.*?)</td>', row, re.S).group(1)
    assert "July 2024" in cell
    # a dated row keeps its date
    dated = _row_html(fetch("/foi/responses?force=west-midlands-police").text, DATED)
    assert "2023-02-01" in dated


def test_search_results_show_the_month(fetch):
    html = fetch("/search?q=taser+children").text
    item = re.search(r"<li><a href=\"/response/" + re.escape(UID) + r"\">.*?</li>", html, re.S)
    assert item and "July 2024" in item.group(0)
    found = fetch("/search.json?q=taser+children").json()
    hit = next(r for r in found["results"] if r["id"] == UID)
    assert hit["date"] == "July 2024" and hit["month"] == "2024-07"


def test_response_page_shows_the_month(fetch):
    html = fetch(f"/response/{UID}").text
    published = re.search(r"<dt>Published</dt><dd>(.*?)</dd>", html, re.S).group(1)
    assert "July 2024" in published and "not stated" not in published
    similar = fetch(f"/response/{DATED}").text
    assert re.search(r"Taser use on children</a> \(Kent Police, July 2024\)", similar)   # force name (84c9d6f)


def test_round_robin_rows_show_the_month(fetch):
    html = fetch("/round-robin/rr9").text
    dates = re.findall(r'<td class="rr-date">(.*?)</td>', html)
    assert sorted(dates) == ["2023-02-01", "July 2024"]
    rows = fetch("/round-robin/rr9.json").json()["rows"]
    assert {r["date"] for r in rows} == {"2023-02-01", "July 2024"}


def test_feed_entries_and_readable_csv_show_the_month(fetch):
    feed = fetch("/foi/responses.atom?force=kent-police").text
    entry = re.search(r"<entry><id>tag:foi-archive," + re.escape(UID) + r"</id>.*?</entry>",
                      feed, re.S).group(0)
    assert "July 2024" in entry and "<updated>2024-07-01T00:00:00Z</updated>" in entry
    text = fetch("/foi/responses.readable.csv?force=kent-police").text
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows[UID]["date"] == "July 2024"


def test_home_page_newest_show_the_month(fetch):
    html = fetch("/").text
    item = re.search(r'<li><a href="/response/' + re.escape(UID) + r'">.*?</li>', html, re.S)
    assert item and "July 2024" in item.group(0) and "undated" not in item.group(0)
