"""What a person sees in Chromium on each kind of page of the running site."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.support.site_corpus import EVIL, rid

pytestmark = pytest.mark.browser


def test_home_page_links_the_archive_and_bulk_downloads(page):
    page.page.goto("/")
    body = page.page.inner_text("body")
    assert "UK police FOI archive" in body
    assert page.page.locator('a[href="/foi.db"]').count() >= 1
    assert page.page.locator('a[href="/-/download/foi.jsonl.gz"]').count() >= 1
    assert page.shot("home").stat().st_size > 5000
    assert page.csp_violations() == [] and page.dialogs == []


def test_faceted_table_filters_and_its_menus_work_under_the_csp(page):
    p = page.page
    p.goto("/foi/responses")
    assert p.locator("table.rows-and-columns tbody tr").count() == 5
    facet = p.locator(".facet-info[data-column=force]")
    assert "Kent Police 2" in facet.inner_text() and "Police Scotland 1" in facet.inner_text()
    for name in ("year", "month", "outcome", "ncnd", "topics", "exemption_families"):
        assert p.locator(f".facet-info[data-column={name}]").count() == 1, name
    # newest first by default
    dates = p.locator("table.rows-and-columns td.col-published").all_inner_texts()
    assert dates == sorted(dates, reverse=True) and len(dates) == 5
    facet.locator("a", has_text="Kent Police").first.click()
    p.wait_for_url("**force=kent-police**")
    assert p.locator("table.rows-and-columns tbody tr").count() == 2
    # Datasette's own script (table.js) runs: the column cog opens its menu
    p.locator("th.col-title svg.dropdown-menu-icon").first.click()
    menu = p.locator(".dropdown-menu").first
    menu.wait_for(state="visible", timeout=5000)
    assert "Sort ascending" in menu.inner_text()
    page.shot("responses-faceted")
    assert page.csp_violations() == [], page.errors


def test_response_page_shows_questions_tables_and_links(page):
    p = page.page
    p.goto(f"/response/{rid('west-midlands-police', '100/23')}")
    assert p.locator("h1").inner_text() == "Taser deployments"
    body = p.inner_text("body")
    assert "How many Taser deployments were there in 2022?" in body
    assert "There were 431 deployments." in body
    table = p.locator("table.foi-table").first
    assert table.locator("tbody tr").count() == 2
    assert "431" in table.inner_text()
    assert p.locator('a[href="/round-robin/rr1"]').count() == 1
    page.shot("response")
    assert page.csp_violations() == [] and page.dialogs == []


def test_round_robin_and_precedent_pages(page):
    p = page.page
    p.goto("/round-robin/rr1")
    body = p.inner_text("body")
    assert "Kent Police" in body and "Police Scotland" in body and "West Midlands Police" in body
    assert p.locator("table.side-by-side tbody tr").count() == 3
    page.shot("round-robin")
    p.goto("/precedents?q=" + quote("prejudice prevention"))
    wording = p.locator("section.wording").first
    assert "neither confirm nor deny" in wording.inner_text()
    assert "Used by 1 force in 2 responses, 2023–2024: Kent Police" in wording.inner_text()
    page.shot("precedents")
    assert page.csp_violations() == [] and page.dialogs == []


def test_analytics_charts_are_drawn(page):
    p = page.page
    p.goto("/analytics")
    charts = p.locator("svg.foi-chart")
    assert charts.count() == 6   # five breakdowns and the refusal/NCND rate over time
    first = charts.first.bounding_box()
    assert first and first["width"] > 300 and first["height"] > 50
    bars = p.locator("svg.foi-chart rect")
    assert bars.count() >= 10
    widths = [float(w) for w in bars.evaluate_all("els => els.map(e => e.getBBox().width)")]
    assert max(widths) > 50
    page.shot("analytics")
    p.goto("/analytics/year/2023")
    assert "3 responses from 3 forces" in p.inner_text("body")
    assert p.locator("svg.foi-chart rect").count() >= 3
    page.shot("analytics-2023")
    assert page.csp_violations() == [] and page.dialogs == []


HOSTILE_PAGES = [
    ("response-hostile", f"/response/{rid('west-midlands-police', '55/24')}"),
    ("response-attachments", f"/response/{rid('west-midlands-police', '100/23')}"),
    ("search-hostile", "/search?q=tell"),
    ("round-robins-hostile", "/round-robins"),
    ("round-robin-hostile", "/round-robin/rr2"),
    ("precedents-hostile", "/precedents?q=withheld"),
    ("table-hostile", "/foi/responses?force=west-midlands-police"),
    ("row-hostile", f"/foi/responses/{rid('west-midlands-police', '55/24')}"),
    ("query-hostile", "/foi/search_responses?q=tell"),
]


@pytest.mark.parametrize("name,path", HOSTILE_PAGES)
def test_hostile_scraped_text_shows_as_text_and_never_runs(page, name, path):
    p = page.page
    p.goto(path)
    p.wait_for_load_state("load")
    body = p.inner_text("body")
    if name != "response-attachments":
        assert "<script>alert(1)</script>" in body or "alert(1)" in body, name
    assert p.locator("img[src=x]").count() == 0
    assert p.locator("a[href^='javascript:' i]").count() == 0
    # click every link made from scraped text on the page (a javascript: link would fire)
    assert p.evaluate("() => document.querySelectorAll('[onerror], [onload]').length") == 0
    page.shot(name)
    assert page.dialogs == [], (name, page.dialogs)
    assert EVIL not in p.content()
