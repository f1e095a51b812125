"""Issue 13: exemptions named by the force's own Act, families counted once, the withheld
filter, table rows that lead to /response/<id>, the site's navigation on Datasette's pages and
the readable CSV download. On the site corpus plus its ACT_RECORDS (a FOIA response citing s12,
s12(1) and s38(1)(b); a Police Scotland one citing FOISA s18(1) and s38(1)(b))."""
from __future__ import annotations

import asyncio
import csv
import io
import re
import sqlite3
from urllib.parse import quote

import pytest

from tests.support.site_corpus import ACT_RECORDS, build_site_corpus, rid

SCOT = rid("police-scotland", "24-0456")
KENT = rid("kent-police", "FOI-2024-88")


@pytest.fixture(scope="module")
def act_db(tmp_path_factory):
    return build_site_corpus(tmp_path_factory.mktemp("acts") / "foi.db", ACT_RECORDS)


@pytest.fixture(scope="module")
def fetch(act_db):
    from archive.serve import make_datasette

    ds = make_datasette(act_db, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def get(path: str, status: int = 200):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == status, (path, response.status_code, response.text[:500])
        return response

    yield get
    loop.close()


def sql(db, query, params=()):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def test_foisa_labels_carry_foisa_names_on_the_response_page(fetch):
    html = fetch(f"/response/{SCOT}").text
    assert "FOISA s38(1)(b) Personal information" in html
    assert "Health and safety" not in html
    assert "FOISA s18(1) Neither confirm nor deny" in html
    assert "(neither confirm nor deny)" not in html   # NCND said once
    assert f'href="/foi/responses?exemption_families__arraycontains={quote("FOISA s38")}"' in html
    english = fetch(f"/response/{KENT}").text
    assert "s38(1)(b) Health and safety" in english and "Personal information" not in english


def test_foisa_family_is_faceted_apart_with_its_name(fetch, act_db):
    data = fetch("/foi/responses.json?_size=0").json()
    results = data["facet_results"]["exemption_families"]["results"]
    counts = {r["value"]: r["count"] for r in results}
    labels = {r["value"]: r["label"] for r in results}
    assert counts["FOISA s38"] == 1 and counts["s38"] == 1
    assert labels["FOISA s38"] == "FOISA s38 Personal information"
    assert labels["s38"] == "s38 Health and safety"
    html = fetch("/foi/responses").text
    assert "FOISA s38 Personal information" in html
    # the filter the facet links to returns the Scottish response only
    rows = fetch("/foi/responses.json?_shape=array&exemption_families__arraycontains="
                 + quote("FOISA s38")).json()
    assert [r["id"] for r in rows] == [SCOT]


def test_s12_and_s12_1_count_once_in_the_family_facet_and_analytics(fetch, act_db):
    assert sql(act_db, "select label from response_exemptions where response_id = ? "
                       "and label like 's12%' order by label", (KENT,)) == [("s12",), ("s12(1)",)]
    counts = {r["value"]: r["count"] for r in
              fetch("/foi/responses.json?_size=0").json()["facet_results"]
              ["exemption_families"]["results"]}
    in_sql = sql(act_db, "select count(distinct x.response_id) from response_exemptions x join "
                         "responses r on r.id = x.response_id join forces f on f.slug = r.force "
                         "where x.label in ('s12', 's12(1)') and f.act = 'FOIA'")[0][0]
    assert counts["s12"] == in_sql == 1
    assert counts["FOISA s12"] == 1   # Police Scotland's cost limit, under its own Act
    page = fetch("/analytics/exemption/s12").text
    assert "Cost of compliance" in page and "Kent Police" in page
    # an exact label leads to its family's page
    assert "Cost of compliance" in fetch("/analytics/exemption/" + quote("s12(1)")).text


def test_withheld_filter_returns_refused_ncnd_partial_and_its_count_is_the_sql_count(fetch,
                                                                                   act_db):
    html = fetch("/foi/responses?force=kent-police").text
    link = re.search(r'class="withheld-filter[^"]*" href="([^"]+)"', html).group(1)
    link = link.replace("&amp;", "&")
    assert "force=kent-police" in link and "outcome__in=refused%2Cncnd%2Cpartial" in link
    data = fetch("/foi/responses.json?_shape=objects&_size=max&outcome__in=refused,ncnd,partial"
                 ).json()
    expected = sql(act_db, "select count(*) from responses where outcome in "
                           "('refused', 'ncnd', 'partial')")[0][0]
    assert data["filtered_table_rows_count"] == len(data["rows"]) == expected == 5
    assert {r["outcome"] for r in data["rows"]} == {"refused", "ncnd", "partial"}
    kent = fetch(link.replace("/foi/responses?", "/foi/responses.json?") + "&_shape=array").json()
    assert {r["outcome"] for r in kent} == {"ncnd", "partial"} and len(kent) == 3
    # the vocabulary is shown where the outcomes are
    assert "What the outcomes mean" in html and "would not say whether it holds" in html


def test_table_rows_link_to_the_response_page(fetch):
    html = fetch("/foi/responses").text
    assert f'href="/response/{SCOT}">Complaints about a named officer</a>' in html
    questions = fetch("/foi/questions").text
    taser = rid("west-midlands-police", "100/23")
    assert f'href="/response/{taser}"' in questions
    assert f'href="/response/{SCOT}"' in fetch("/foi/response_exemption_families").text


@pytest.mark.parametrize("path", ["/foi/responses", "/foi", f"/foi/responses/{SCOT}",
                                  "/foi/figures"])
def test_site_navigation_on_datasette_pages(fetch, path):
    html = fetch(path).text
    nav = re.search(r'<p class="crumbs site-nav">(.*?)</p>', html, re.S).group(1)
    for href in ("/", "/foi/responses", "/search", "/analytics", "/precedents"):
        assert f'href="{href}"' in nav


def test_column_notes_are_collapsed_behind_a_summary(fetch):
    html = fetch("/foi/responses").text
    assert "table-notes.js" in html


def test_csv_downloads_are_attachments_with_readable_columns_and_keep_filters(fetch):
    plain = fetch("/foi/responses.csv?force=kent-police")
    assert plain.headers["content-disposition"].startswith("attachment")
    html = fetch("/foi/responses?force=police-scotland").text
    link = re.search(r'class="csv-download" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert link == "/foi/responses.readable.csv?force=police-scotland"
    got = fetch(link)
    assert got.headers["content-disposition"] == 'attachment; filename="foi-responses.csv"'
    assert got.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert [r["force"] for r in rows] == ["Police Scotland", "Police Scotland"]
    scot = next(r for r in rows if r["id"] == SCOT)
    assert scot["response"].endswith(f"/response/{SCOT}")
    assert scot["date"] == "2024-08-15" and scot["outcome"] == "Neither confirm nor deny"
    assert scot["exemptions"] == "FOISA s18(1); FOISA s38(1)(b)"
    assert "FOISA s38(1)(b) Personal information" in scot["exemption names"]
    every = list(csv.DictReader(io.StringIO(fetch("/foi/responses.readable.csv").text)))
    assert len(every) == 7
    assert fetch("/foi/responses.readable.csv?year__gt=x&_sort=nope", status=400)
