"""/precedents' exemption list is the corpus's exemption families grouped by Act and named
under that Act (FOISA s38 Personal information for Police Scotland, s38 Health and safety under
FOIA; s12 and s12(1) one entry); picking one searches that Act's citations only."""
from __future__ import annotations

import asyncio
import re
import sqlite3
from html import unescape
from urllib.parse import quote

import pytest

from tests.support.site_corpus import ACT_RECORDS, build_site_corpus, rid

SCOT = rid("police-scotland", "24-0456")
KENT = rid("kent-police", "FOI-2024-88")
SCOT_COST = rid("police-scotland", "23-1234")   # FOISA s12 (site corpus passage p9)
SCOT_WORDING = ("If held, the information would be personal data of the officer and exempt "
                "under section 38(1)(b) of the Act.")
KENT_WORDING = ("Publishing where firearms are kept would endanger the holders' safety, so "
                "their addresses are withheld under section 38(1)(b).")


@pytest.fixture(scope="module")
def fetch(tmp_path_factory):
    db = build_site_corpus(tmp_path_factory.mktemp("prec-acts") / "foi.db", ACT_RECORDS)
    conn = sqlite3.connect(db)
    conn.executemany("insert into passages(id, response_id, ordinal, text, kind) "
                     "values (?, ?, 1, ?, 'reasoning')",
                     [("pa1", SCOT, SCOT_WORDING), ("pa2", KENT, KENT_WORDING)])
    conn.commit()
    conn.close()
    from archive.serve import make_datasette

    ds = make_datasette(db, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def get(path: str):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == 200, (path, response.status_code, response.text[:500])
        return response

    yield get
    loop.close()


def _options(html: str) -> dict[str, list[tuple[str, str]]]:
    select = re.search(r'<select name="label".*?</select>', html, re.S).group(0)
    groups = {}
    for heading, body in re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', select, re.S):
        groups[unescape(heading)] = [(unescape(v), unescape(t)) for v, t in re.findall(
            r'<option value="([^"]*)"[^>]*>([^<]*)</option>', body)]
    return groups


def test_exemption_list_is_families_grouped_by_act_with_that_acts_names(fetch):
    groups = _options(fetch("/precedents").text)
    foia = next(v for k, v in groups.items() if k.startswith("Freedom of Information Act"))
    foisa = next(v for k, v in groups.items() if "Scotland" in k)
    assert ("s38", "s38 Health and safety") in foia
    assert ("FOISA s38", "FOISA s38 Personal information") in foisa
    assert ("FOISA s18", "FOISA s18 Neither confirm nor deny") in foisa
    # s12 and s12(1) are one entry; nothing Scottish under FOIA and vice versa
    assert [v for v, _ in foia if v.startswith("s12")] == ["s12"]
    assert all(v.startswith("FOISA ") for v, _ in foisa)
    assert not any(v.startswith("FOISA") for v, _ in foia)
    assert [v for v, _ in foia] == sorted((v for v, _ in foia),
                                          key=lambda v: int(re.match(r"s(\d+)", v).group(1)))


def _wording_rids(data) -> set[str]:
    return {ex["id"] for w in data["wordings"] for ex in w["examples"]}


def test_picking_a_family_searches_that_acts_citations_only(fetch):
    scot = fetch("/precedents.json?label=" + quote("FOISA s38")).json()
    assert [w["text"] for w in scot["wordings"]] == [SCOT_WORDING]
    assert "FOISA s38 Personal information" in scot["searched_for"]
    kent = fetch("/precedents.json?label=s38").json()
    assert [w["text"] for w in kent["wordings"]] == [KENT_WORDING]
    # FOIA s12 family: Kent's s12 + s12(1) response, not Police Scotland's FOISA s12 one
    cost = fetch("/precedents.json?label=s12").json()
    assert KENT in _wording_rids(cost) and SCOT_COST not in _wording_rids(cost)
    assert SCOT_COST in _wording_rids(fetch("/precedents.json?label=" + quote("FOISA s12")).json())


def test_example_exemptions_are_named_under_the_forces_act(fetch):
    data = fetch("/precedents.json?label=" + quote("FOISA s38")).json()
    ex = next(e for w in data["wordings"] for e in w["examples"] if e["id"] == SCOT)
    named = {e["label"]: e["name"] for e in ex["exemptions"]}
    assert named["s38(1)(b)"] == "Personal information"
    assert named["s18(1)"] == "Neither confirm nor deny"
    data = fetch("/precedents.json?label=s38").json()
    ex = next(e for w in data["wordings"] for e in w["examples"] if e["id"] == KENT)
    assert {e["label"]: e["name"] for e in ex["exemptions"]}["s38(1)(b)"] == "Health and safety"


def test_a_label_typed_in_the_url_still_works(fetch):
    data = fetch("/precedents.json?label=" + quote("s38(1)(b)")).json()
    assert {w["text"] for w in data["wordings"]} == {SCOT_WORDING, KENT_WORDING}
