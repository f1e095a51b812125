"""Links between decision notices and responses: made only with evidence."""
from __future__ import annotations

import json
import sqlite3

import pytest

from archive.corpus_schema import ICO
from archive.ico_links import (
    MAX_DAYS_BEFORE_PUBLISHED,
    MAX_DAYS_FROM_RECEIVED,
    MIN_SIMILARITY,
    score_pair,
    write_links,
)
from parsers.ico import parse_notice
from tests.support.ico_corpus import NOTICES, ROOT, notice_files

ASKED = ("1. How many spit and bite guards were used by officers in each year from 2020 to "
         "2023? 2. How many of those uses were on children under 18? 3. Please send the "
         "force's policy on spit guards.")
DECISION = {"id": "IC-300001-AB12", "force": "kent-police", "request_date": "2024-01-08",
            "request_text": ASKED, "sections": '["s40(2)"]'}


def response(**over) -> dict:
    base = {"id": "r1", "force": "kent-police", "title": "Spit and bite guards",
            "request_text": "How many spit and bite guards were used by officers in each year "
                            "from 2020 to 2023? How many of those uses were on children under "
                            "18? Please send the force policy on spit guards.",
            "published": "2024-02-02", "received": "2024-01-09",
            "exemption_labels": '["s40(2)"]'}
    return {**base, **over}


def test_same_force_dates_and_wording_make_a_link_with_reasons():
    score, reasons = score_pair(DECISION, response(), "Kent Police")
    assert score >= MIN_SIMILARITY
    assert reasons[0] == "same force: Kent Police"
    assert "received it on 2024-01-09" in reasons[1]
    assert "alike" in reasons[2] and reasons[3] == "exemptions in both: s40(2)"


def test_no_received_date_still_links_on_the_published_window_with_a_lower_score():
    with_received = score_pair(DECISION, response())[0]
    without = score_pair(DECISION, response(received=None))
    assert without is not None and without[0] < with_received
    assert "states no received date" in without[1][1]


@pytest.mark.parametrize("change", [
    {"force": "essex-police"},                                   # another force
    {"published": "2025-03-01", "received": None},               # a year later
    {"published": "2021-02-02", "received": "2021-01-09"},       # years before
    {"published": "2023-12-01", "received": "2023-11-20"},       # answered before it was asked
    {"received": "2023-09-01", "published": "2024-01-20"},       # received months earlier
    {"title": "Drones", "request_text": "How many drones does the force own and what did "
     "they cost in each year from 2020 to 2023?"},               # another request
])
def test_other_force_far_off_dates_or_other_wording_make_no_link(change):
    assert score_pair(DECISION, response(**change)) is None


def test_a_response_without_a_printed_date_is_dated_by_its_month():
    undated = response(published=None, month="2024-02", received=None)
    found = score_pair(DECISION, undated)
    assert found is not None and "published (in 2024-02)" in found[1][1]
    assert score_pair(DECISION, response(published=None, month="2024-09", received=None)) is None
    assert score_pair(DECISION, response(published=None, month=None, received=None)) is None


def test_the_date_window_edges():
    inside = response(received=None, published="2024-01-08")
    assert score_pair(DECISION, inside) is not None
    late = response(received=None, published=f"2024-{5 + MAX_DAYS_BEFORE_PUBLISHED // 120:02d}-09")
    assert score_pair(DECISION, late) is None
    far = response(received=f"2024-01-{8 + MAX_DAYS_FROM_RECEIVED + 1:02d}")
    assert score_pair(DECISION, far) is None


def _corpus(responses: list[dict], decisions: list[dict]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript("CREATE TABLE forces (slug TEXT PRIMARY KEY, name TEXT);"
                       "CREATE TABLE responses (id TEXT PRIMARY KEY, force TEXT, title TEXT, "
                       "request_text TEXT, published TEXT, month TEXT, received TEXT, "
                       "exemption_labels TEXT);")
    conn.execute("INSERT INTO forces VALUES ('kent-police', 'Kent Police'), "
                 "('essex-police', 'Essex Police')")
    conn.executescript(ICO)
    for r in responses:
        conn.execute("INSERT INTO responses VALUES (?,?,?,?,?,?,?,?)",
                     [r.get(k) for k in ("id", "force", "title", "request_text", "published",
                                         "month", "received", "exemption_labels")])
    for d in decisions:
        conn.execute("INSERT INTO ico_decisions(id, reference, force, request_date, "
                     "request_text, sections) VALUES (?,?,?,?,?,?)",
                     (d["id"], d["id"], d["force"], d["request_date"], d["request_text"],
                      d["sections"]))
    return conn


def test_write_links_keeps_the_evidenced_pair_only():
    conn = _corpus([response(), response(id="r2", force="essex-police"),
                    response(id="r5", published=None, month="2025-02", received=None),
                    response(id="r3", published="2025-06-01", received="2025-05-02"),
                    response(id="r4", title="Drones", request_text="How many drones?")],
                   [DECISION, {**DECISION, "id": "IC-300002-CD34", "request_text": "Too short"}])
    assert write_links(conn) == 1
    rows = conn.execute("SELECT response_id, decision_id, score, reasons FROM "
                        "response_ico_links").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("r1", "IC-300001-AB12")]
    assert json.loads(rows[0][3])[0] == "same force: Kent Police"


SITE_INDEX = json.loads((ROOT / "data" / "sample_site" / "index.json").read_text())
MATCHING = [n for n in NOTICES if n["matches"]]


def test_sample_notices_match_responses_of_the_sample_site():
    paths = {(r["force"], r["path"]) for r in SITE_INDEX["responses"]}
    assert len(MATCHING) >= 8
    for n in MATCHING:
        page, docs = notice_files(n)
        rec = parse_notice(page, "text/html", docs)
        assert (rec["force"], n["matches"]) in paths, n["reference"]


@pytest.mark.parametrize("n", [n for n in NOTICES if n["police"]], ids=lambda n: n["reference"])
def test_sample_notices_link_to_their_response_and_decoys_to_none(n):
    """Against the sample site's ground truth (dates and asks as the generator wrote them)."""
    page, docs = notice_files(n)
    rec = parse_notice(page, "text/html", docs)
    decision = {"force": rec["force"], "request_date": rec["request_date"],
                "request_text": rec["request"], "sections": json.dumps(rec["sections"])}
    scored = []
    for r in SITE_INDEX["responses"]:
        found = score_pair(decision, {
            "force": r["force"], "title": r["title"], "request_text": " ".join(r.get("asks") or []),
            "published": r["published"], "received": r.get("received"),
            "exemption_labels": json.dumps(r["exemptions"])})
        if found:
            scored.append((found[0], r["path"]))
    scored.sort(reverse=True)
    if n["matches"]:
        assert scored and scored[0][1] == n["matches"]
    else:   # decoys (same wording, other force or years apart) and unrelated notices
        assert scored == []
