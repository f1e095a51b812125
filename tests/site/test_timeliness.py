"""/analytics/timeliness and the response page's timing line, on the hand-counted corpus of
tests/support/timeliness_corpus.py."""
from __future__ import annotations

import asyncio
import re
import sqlite3
from html import unescape

import pytest

from archive.corpus_ids import response_id
from tests.support.timeliness_corpus import CASES, build_timeliness_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_timeliness_corpus(tmp_path_factory.mktemp("timeliness") / "foi.db")


@pytest.fixture(scope="module")
def get(corpus):
    from archive.serve import make_datasette

    ds = make_datasette(corpus, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def fetch(path, status=200):
        r = loop.run_until_complete(ds.client.get(path))
        assert r.status_code == status, (path, r.status_code, r.text[:500])
        return r

    yield fetch
    loop.close()


def _sql(db, sql, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_the_corpus_holds_the_hand_counted_working_days(corpus):
    got = dict(_sql(corpus, "select reference, working_days from responses"))
    assert got == {ref: days for _, ref, _, _, days in CASES}


def test_stats_per_force_and_year(corpus):
    rows = {(f, y): rest for f, y, *rest in _sql(
        corpus, "select force, year, responses, no_received, counted, not_counted, within_limit, "
                "share_within_limit, median_working_days from stats_timeliness")}
    # Kent 2024: counts 4, 20, 3 -> median 4, all within 20; K4 states none; K5 has no count
    assert rows[("kent-police", 2024)] == [5, 1, 3, 1, 3, 1.0, 4]
    assert rows[("kent-police", 2023)] == [1, 0, 1, 0, 0, 0.0, 28]
    # Police Scotland 2024: 5, 19, 4, 27 -> median (5 + 19) / 2 = 12; 3 of 4 within
    assert rows[("police-scotland", 2024)] == [4, 0, 4, 0, 3, 0.75, 12]
    assert rows[("police-service-of-northern-ireland", 2024)] == [2, 2, 0, 0, 0, None, None]
    forces = {f: rest for f, *rest in _sql(
        corpus, "select force, counted, median_working_days, share_within_limit "
                "from stats_timeliness_force")}
    assert forces["kent-police"] == [4, 12, 0.75]  # 3, 4, 20, 28: (4 + 20) / 2
    # the stats equal a count straight from the responses
    assert _sql(corpus, "select sum(no_received) from stats_timeliness")[0][0] == \
        _sql(corpus, "select count(*) from responses where received is null")[0][0] == 3


def test_incremental_recount_of_one_cell_matches_a_full_count(corpus, tmp_path):
    import shutil

    from archive.corpus_timeliness import write_timeliness_stats

    copy = tmp_path / "copy.db"
    shutil.copyfile(corpus, copy)
    conn = sqlite3.connect(copy)
    conn.execute("update responses set working_days = 30 where reference = 'K1'")
    write_timeliness_stats(conn, [("kent-police", 2024)])
    conn.commit()
    cell = conn.execute("select median_working_days, within_limit from stats_timeliness "
                        "where force = 'kent-police' and year = 2024").fetchone()
    total = conn.execute("select median_working_days from stats_timeliness_force "
                         "where force = 'kent-police'").fetchone()
    scot = conn.execute("select median_working_days from stats_timeliness "
                        "where force = 'police-scotland'").fetchone()
    conn.close()
    assert cell == (20, 2) and total == (24,) and scot == (12,)  # 3, 20, 30 | 3, 20, 28, 30


def text_of(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def test_timeliness_page_and_chart(get):
    page = get("/analytics/timeliness")
    html, text = page.text, text_of(page.text)
    assert "Police Scotland" in text and "Kent Police" in text
    assert "12 responses: 9 state a received date, 3 state none" in text
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="foi-chart timeliness"' in html
    assert html.count('<rect class="median"') == 2  # PSNI has no count, so no bar
    assert '<line class="limit"' in html and "20 working days (the Act's limit)" in html
    assert "Police Scotland: median 12 working days over 4 responses · 75% within 20" in html
    assert page.headers["content-security-policy"].startswith("default-src 'none'")


def test_timeliness_json_equals_the_stats(get, corpus):
    data = get("/analytics/timeliness.json").json()
    assert data["time_limit_working_days"] == 20
    by_force = {f["force"]: f for f in data["forces"]}
    assert by_force["kent-police"]["median_working_days"] == 12
    assert by_force["police-scotland"]["act"] == "FOISA"
    assert by_force["police-service-of-northern-ireland"]["no_received"] == 2
    assert len(data["force_years"]) == _sql(corpus, "select count(*) from stats_timeliness")[0][0]


def test_analytics_page_links_timeliness(get):
    assert 'href="/analytics/timeliness"' in get("/analytics").text


def test_response_page_timing_line(get):
    def line(ref, force):
        return text_of(get(f"/response/{response_id(force, ref, None)}").text)

    assert "Received 2024-07-10; answered in 4 working days" in line("K1", "kent-police")
    assert "Received 2024-07-10; answered in 5 working days" in line("S1", "police-scotland")
    assert "answered in 27 working days, over the Act's 20" in line("S4", "police-scotland")
    assert "after the response date" in line("K5", "kent-police")
    assert "Timeliness" not in line("K4", "kent-police")  # no received date: no line
