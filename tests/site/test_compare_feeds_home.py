"""Comparison pages, analytics by rate, Atom feeds of any responses view, the home and data
pages, checked on the site corpus by content (never by fixed group ids)."""
from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from html import unescape

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"


def text_of(html: str) -> str:
    html = re.sub(r"<(script|svg)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _group_of(get, title: str) -> str:
    groups = get("/round-robins.json").json()["groups"]
    found = [g for g in groups if g["title"] == title]
    assert len(found) == 1, groups
    return found[0]["id"]


# ---------------------------------------------------------------- round-robins

def test_round_robin_shows_one_row_per_force_with_outcome_and_named_exemptions(get, corpus_db):
    gid = _group_of(get, "Taser deployments")
    data = get(f"/round-robin/{gid}.json").json()
    conn = sqlite3.connect(corpus_db)
    forces = {r[0] for r in conn.execute(
        "select distinct r.force from round_robin_members m join responses r on "
        "r.id = m.response_id where m.round_robin_id = ?", [gid])}
    assert {r["force"] for r in data["rows"]} == forces and len(data["rows"]) == len(forces)
    rows = {r["force_name"]: r for r in data["rows"]}
    assert rows["Kent Police"]["outcome"] == "ncnd"
    assert rows["Kent Police"]["exemptions"] == [{"label": "s31(3)", "name": "Law enforcement",
                                                  "act": "FOIA"}]
    assert rows["Police Scotland"]["outcome"] == "cost_limit"
    assert rows["West Midlands Police"]["answer"] == "There were 431 deployments."
    assert rows["West Midlands Police"]["figures"]["deployments"]["value"] == 431
    # the request once, as asked
    assert data["asks"] == ["How many Taser deployments were there in 2022?"]
    html = get(f"/round-robin/{gid}").text
    body = text_of(html)
    assert body.count("How many Taser deployments were there in 2022?") == 1
    assert html.count('<tr class="refused">') + html.count('<tr class="answered">') == 3
    # Police Scotland's s12 under its own Act (FOISA: excessive cost), not FOIA's name
    assert "s31(3) Law enforcement" in body and "FOISA s12 Excessive cost of compliance" in body


def test_round_robin_list_has_no_repeated_labels_and_sorts(get):
    html = get("/round-robins").text
    labels = re.findall(r'<a href="/round-robin/[^"]+">([^<]+)</a>', html)
    assert labels and len(labels) == len(set(labels))
    by_share = get("/round-robins.json?_sort=refusal_share").json()["groups"]
    shares = [g["refusal_share"] for g in by_share]
    assert shares == sorted(shares, reverse=True)
    by_forces = get("/round-robins.json?_sort=forces").json()["groups"]
    assert [g["forces"] for g in by_forces] == sorted((g["forces"] for g in by_forces),
                                                      reverse=True)
    assert 'href="/round-robins?_sort=refusal_share"' in html
    get("/round-robins?_sort=nonsense", status=400)
    get("/round-robins.json?_sort=nonsense", status=400)
    get("/round-robin/no-such-group.json", status=404)


# ---------------------------------------------------------------- analytics

def test_analytics_forces_sorted_by_refusal_and_ncnd_rate_with_counts(get, corpus_db):
    conn = sqlite3.connect(corpus_db)
    expected = {f: (n, refused, ncnd) for f, n, refused, ncnd in conn.execute(
        "select force, count(*), sum(outcome in ('refused','ncnd','cost_limit','vexatious',"
        "'published_elsewhere')), sum(ncnd) from responses group by force")}
    for key in ("refusal_rate", "ncnd_rate"):
        forces = get(f"/analytics.json?_sort={key}").json()["forces"]
        rates = [f[key] for f in forces]
        assert rates == sorted(rates, reverse=True), key
        for f in forces:  # the counts beside each rate are the corpus's
            assert (f["responses"], f["refusals"], f["ncnd"]) == expected[f["force"]]
            assert f["small"] is (f["responses"] < 10)
    html = get("/analytics?_sort=ncnd_rate").text
    body = text_of(html)
    assert "fewer than 10 responses" in body
    assert re.search(r"<svg[^>]*>.*?NCND rate by force", html, re.S)
    get("/analytics?_sort=bogus", status=400)


def test_charts_have_titles_axes_and_units(get):
    html = get("/analytics/force/kent-police").text
    charts = re.findall(r"<svg.*?</svg>", html, re.S)
    assert charts
    for chart in charts:
        assert re.search(r'font-weight="bold">[^<]+</text>', chart)  # a visible title
        assert "responses" in chart  # the unit on an axis caption
    assert any("Refusal and NCND rate per year: Kent Police" in c for c in charts)
    data = get("/analytics/force/kent-police.json").json()
    assert data["total"]["responses"] == 2 and data["total"]["small"] is True
    assert get("/analytics/year/2023.json").json()["total"]["responses"] == 3
    assert get("/analytics/exemption/s31%283%29.json").json()["forces"][0]["force"] == \
        "kent-police"


# ---------------------------------------------------------------- feeds

def _feed(get, path):
    response = get(path)
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # well-formed XML
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):  # RFC 4287's required feed elements
        assert root.find(f"{ATOM}{name}") is not None, name
    entries = root.findall(f"{ATOM}entry")
    for e in entries:
        for name in ("id", "title", "updated"):
            assert (e.findtext(f"{ATOM}{name}") or "").strip(), name
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e.findtext(f"{ATOM}updated"))
    return root, entries


def test_atom_of_a_filtered_view_holds_only_matching_responses(get, corpus_db):
    root, entries = _feed(get, "/foi/responses.atom?topics__arraycontains=use-of-force")
    assert root.findtext(f"{ATOM}title") == "Responses about use of force"
    conn = sqlite3.connect(corpus_db)
    wanted = dict(conn.execute(
        "select r.id, r.published from responses r join response_topics t on "
        "t.response_id = r.id where t.topic = 'use-of-force'"))
    links = [e.find(f"{ATOM}link").get("href").rsplit("/", 1)[1] for e in entries]
    assert sorted(links) == sorted(wanted)
    for e, rid in zip(entries, links, strict=True):  # dated by publication, not crawl time
        assert e.findtext(f"{ATOM}updated") == f"{wanted[rid]}T00:00:00Z"
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)


@pytest.mark.parametrize(("query", "title"), [
    ("force=kent-police&topics__arraycontains=use-of-force",
     "Responses from Kent Police about use of force"),
    ("force__in=kent-police,police-scotland&outcome__in=refused,ncnd&_search=taser",
     'Responses from Kent Police or Police Scotland with outcome refused or neither confirmed '
     'nor denied matching "taser"'),
    ("exemption_families__arraycontains=s40(2)&year=2024&month=2024-05&ncnd=0",
     "Responses citing s40(2) in May 2024 in 2024 that confirm or deny"),
    ("", "Police FOI responses"),
])
def test_atom_feed_titles_name_forces_not_slugs(get, query, title):
    root, _entries = _feed(get, "/foi/responses.atom?" + query)
    assert root.findtext(f"{ATOM}title") == title


def test_force_feed_of_the_canned_query_is_titled_by_the_force_name(get):
    root, entries = _feed(get, "/foi/new_responses_for_force.atom?force=kent-police")
    assert root.findtext(f"{ATOM}title") == "New responses from one force: Kent Police"
    assert len(entries) == 2


def test_atom_topic_slug_case_and_empty_feeds(get):
    moved = get("/foi/responses.atom?topics__arraycontains=Use-Of-Force", status=302)
    assert moved.headers["location"].endswith("topics__arraycontains=use-of-force")
    root, entries = _feed(get, "/foi/responses.atom?force=no-such-force")
    assert entries == [] and root.findtext(f"{ATOM}title") == "Responses from no-such-force"


@pytest.mark.parametrize("path", ["/foi/responses?topics__arraycontains=use-of-force",
                                  "/foi/responses?force=kent-police",
                                  "/foi/responses?_search=taser"])
def test_filtered_table_views_offer_a_subscribe_link(get, path):
    html = get(path).text
    link = re.search(r'<p class="subscribe"><a href="([^"]+)"', html)
    assert link, path
    href = unescape(link.group(1))
    assert href.startswith("/foi/responses.atom?")
    _feed(get, href)


def test_unfiltered_table_has_no_subscribe_prompt(get):
    assert 'class="subscribe"' not in get("/foi/responses").text


# ---------------------------------------------------------------- home and data

def test_home_has_a_search_box_first_and_the_newest_responses(get, corpus_db):
    html = get("/").text
    content = html[html.index("<h1>"):]
    assert content.index('<form action="/search"') < content.index("<h2>")
    conn = sqlite3.connect(corpus_db)
    newest = [r[0] for r in conn.execute("select title from responses "
                                         "order by date_order desc limit 3")]
    listed = re.findall(r'<ul class="newest">(.*?)</ul>', html, re.S)[0]
    titles = [unescape(t) for t in re.findall(r'<a href="/response/[^"]+">([^<]+)</a>', listed)]
    assert titles[:3] == newest
    body = text_of(html)
    assert "By force" in body and "Kent Police 2" in body
    assert "By topic" in body and "Use of force 3" in body   # topics by name, described on hover
    assert "By exemption" in body and "Law enforcement 2" in body
    assert "home-tables" not in html  # the tables list moved to /data


def test_data_page_lists_the_tables(get):
    html = get("/data").text
    assert 'href="/foi/responses"' in html and 'href="/foi/figures"' in html
    tables = {t["name"]: t for t in get("/data.json").json()["tables"]}
    assert tables["responses"]["count"] == 5 and tables["responses"]["json"] == \
        "/foi/responses.json"


def test_search_page_offers_a_feed_of_its_matches(get):
    html = get("/search?q=taser&force=kent-police").text
    link = re.search(r'<p class="subscribe"><a href="([^"]+)"', html)
    assert link
    root, entries = _feed(get, unescape(link.group(1)))
    assert root.findtext(f"{ATOM}title") == 'Responses from Kent Police matching "taser"'
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Taser deployments (Kent Police)"]
