"""/analytics/timeliness and the response page's timing line, on a corpus of records written for
this test (received and published dates whose working days were counted by hand), through the
build's own steps: working_days.fill, write_corpus, write_stats."""
from __future__ import annotations

import asyncio
import re
import sqlite3
from html import unescape

import pytest

from archive.corpus_ids import response_id

FORCES = [
    {"slug": "kent-police", "name": "Kent Police", "country": "England", "act": "FOIA",
     "website": "https://www.kent.police.uk", "platform": "soh",
     "entry_urls": ["https://www.kent.police.uk/foi/"], "browser": False},
    {"slug": "police-scotland", "name": "Police Scotland", "country": "Scotland", "act": "FOISA",
     "website": "https://www.scotland.police.uk", "platform": "pdf_letters",
     "entry_urls": ["https://www.scotland.police.uk/foi/"], "browser": False},
    {"slug": "police-service-of-northern-ireland", "name": "Police Service of Northern Ireland",
     "country": "Northern Ireland", "act": "FOIA", "website": "https://www.psni.police.uk",
     "platform": "psni", "entry_urls": ["https://www.psni.police.uk/foi/"], "browser": False},
]
# (force, reference, received, published, working days counted by hand)
CASES = [
    # Kent, FOIA (bank holidays of any part of the UK)
    ("kent-police", "K1", "2024-07-10", "2024-07-17", 4),   # Fri 12 Jul (NI) skipped
    ("kent-police", "K2", "2024-09-02", "2024-09-30", 20),  # no holidays: 20 weekdays
    ("kent-police", "K3", "2024-03-28", "2024-04-04", 3),   # Good Friday, Easter Monday
    ("kent-police", "K4", None, "2024-05-01", None),        # states no received date
    ("kent-police", "K5", "2024-07-20", "2024-07-17", None),  # received after: misread
    # 3 May 2023 -> 13 Jun: 30 weekdays less 8 May (coronation) and 29 May (spring): 28
    ("kent-police", "K6", "2023-05-02", "2023-06-13", 28),
    # Police Scotland, FOISA (Scotland's bank holidays)
    ("police-scotland", "S1", "2024-07-10", "2024-07-17", 5),   # 12 July is a working day
    ("police-scotland", "S2", "2024-08-02", "2024-08-30", 19),  # Mon 5 Aug skipped, 26 Aug not
    ("police-scotland", "S3", "2024-03-28", "2024-04-04", 4),   # Easter Monday is a working day
    ("police-scotland", "S4", "2024-05-07", "2024-06-14", 27),  # 28 weekdays less 27 May
    # PSNI: nothing stated
    ("police-service-of-northern-ireland", "P1", None, "2024-02-01", None),
    ("police-service-of-northern-ireland", "P2", None, "2024-03-01", None),
]


def _record(force, ref, received, published):
    return {"source": f"https://www.{force}.example/foi/{ref}/", "force": force, "reference": ref,
            "title": f"Police dogs {ref}", "published": published, "received": received,
            "request_text": "How many police dogs are there?", "response_text": "There are 40.",
            "questions": [], "exemptions": [], "ncnd": False, "outcome": "full",
            "public_interest_test": False, "tables": [], "figures": [], "attachments": [],
            "topics": [], "error": None, "format": "html", "fetched_at": f"{published}T09:00:00Z"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from archive.corpus_schema import ensure_derived_tables
    from archive.corpus_stats import write_stats
    from archive.corpus_write import write_corpus
    from archive.working_days import fill

    db = tmp_path_factory.mktemp("timeliness") / "foi.db"
    write_corpus([fill(_record(*c[:4])) for c in CASES], db, FORCES)
    conn = sqlite3.connect(db)
    ensure_derived_tables(conn)
    write_stats(conn)
    conn.commit()
    conn.close()
    return db


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
