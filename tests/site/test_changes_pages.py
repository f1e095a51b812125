"""The site's side of issue 14 over a corpus built from a raw store with an edit, a chrome-only
change, a withdrawal, a replaced attachment and an edit carrying markup-like text: the response
page's notices and escaped word diff, /changes (+ .json, facets, withdrawals per force and
year), the Atom feeds of changes, and `status` as a facet of /foi/responses."""
from __future__ import annotations

import asyncio
import sqlite3
import xml.etree.ElementTree as ET

import pytest

from archive.build import build_corpus
from crawler import rawstore
from tests.support.change_pages import crawl, first_state, later_state, page, url

HOSTILE = ("We have decided to disclose all of the information. The force has 38 police dogs "
           "&lt;img src=x onerror=alert(1)&gt; and 4 puppies.")
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("changes-site")
    store = rawstore.RawStore(root / "raw")
    first_state(store)
    later_state(store)
    crawl(store, ["taser", "dogs", "drones"], {"dogs": page("dogs", answer=HOSTILE)})
    build_corpus(root / "raw", root / "foi.db")
    return root / "foi.db"


@pytest.fixture(scope="module")
def get(built):
    from archive.serve import make_datasette

    ds = make_datasette(built, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def fetch(path: str, status: int = 200):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == status, (path, response.status_code, response.text[:500])
        return response

    yield fetch
    loop.close()


def ids(db) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return {u: i for i, u in conn.execute("select id, url from responses")}
    finally:
        conn.close()


def test_response_page_shows_the_edit_as_an_escaped_word_diff(get, built):
    html = get(f"/response/{ids(built)[url('taser')]}").text
    assert "Edited on " in html and "response text:" in html
    assert "<del>412</del>" in html and "<ins>415</ins>" in html
    dogs = get(f"/response/{ids(built)[url('dogs')]}").text
    assert "onerror=alert(1)" in dogs and "<img" not in dogs   # shown, never markup
    assert "<ins>&lt;img src=x onerror=alert(1)&gt; and 4 puppies.</ins>" in dogs \
        or "&lt;img" in dogs.split("<ins>", 1)[1]


def test_withdrawn_response_keeps_its_text_and_says_so(get, built):
    html = get(f"/response/{ids(built)[url('overtime')]}").text
    assert "Withdrawn by the force on " in html and "answered 404" in html
    assert "£2.1 million on officer overtime" in html


def test_changes_page_and_json_with_facets(get, built):
    data = get("/changes.json").json()
    kinds = sorted(c["kind"] for c in data["changes"])
    assert kinds == ["attachment_replaced", "edited", "edited", "withdrawn"]
    assert data["total"] == 4
    assert {f["value"]: f["count"] for f in data["facets"]["kind"]}["edited"] == 2
    assert data["facets"]["force"] == [{"value": "west-midlands-police", "count": 4}]
    year = data["changes"][0]["detected_at"][:4]
    assert data["withdrawals_by_force_year"] == [{"force": "west-midlands-police",
                                                  "force_name": "West Midlands Police",
                                                  "year": year, "n": 1}]
    only = get("/changes.json?kind=withdrawn").json()
    assert [c["kind"] for c in only["changes"]] == ["withdrawn"]
    topic = data["facets"]["topic"][0]["value"]
    assert get(f"/changes.json?topic={topic}").json()["total"] >= 1
    html = get("/changes?force=west-midlands-police").text
    assert "Changes to published responses" in html and "Withdrawals per force and year" in html
    assert "recent_changes_for_force.atom?force=west-midlands-police" in html
    assert get("/changes.json?kind=bogus", status=400).json()["ok"] is False
    get("/changes?page=x", status=400)
    assert get("/changes.json?force=no-such-force").json()["changes"] == []


def test_atom_feeds_of_changes(get):
    feed = ET.fromstring(get("/foi/recent_changes.atom").text)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert any(t.startswith("withdrawn: Officer overtime") for t in titles)
    assert all(e.find(f"{ATOM}link").get("href").endswith("#changes") for e in entries)
    one = ET.fromstring(get("/foi/recent_changes_for_force.atom?force=west-midlands-police").text)
    assert len(one.findall(f"{ATOM}entry")) == 4
    empty = ET.fromstring(get("/foi/recent_changes_for_force.atom?force=kent-police").text)
    assert empty.findall(f"{ATOM}entry") == [] and empty.find(f"{ATOM}updated") is not None


def test_status_is_a_facet_of_responses(get):
    data = get("/foi/responses.json?_size=0").json()
    status = {v["value"]: v["count"] for v in data["facet_results"]["status"]["results"]}
    assert status == {"edited": 3, "withdrawn": 1}
    rows = get("/foi/responses.json?_shape=array&status=withdrawn&_col=title").json()
    assert [r["title"] for r in rows] == ["Officer overtime"]
