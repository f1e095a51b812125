"""The home, response, table, round-robin and analytics pages at a laptop's and a phone's
width in Chromium: no sideways scrolling at 390 px, the few fields that matter on a phone,
screenshots of each in test-artifacts/screenshots/."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.site_corpus import TASER_GROUP, rid

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

WIDTHS = {"desktop": 1366, "phone": 390}
PAGES = {
    "home": "/",
    "response": f"/response/{rid('west-midlands-police', '100/23')}",
    "table": "/foi/responses",
    "table-filtered": "/foi/responses?topics__arraycontains=use-of-force",
    "round-robins": "/round-robins",
    "analytics": "/analytics",
    "analytics-force": "/analytics/force/kent-police",
}


@pytest.fixture(params=list(WIDTHS))
def sized(request, browser, site):
    width = WIDTHS[request.param]
    context = browser.new_context(base_url=site, viewport={"width": width, "height": 844},
                                  is_mobile=width < 500)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    yield request.param, width, page, errors
    context.close()


def _shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _round_robin_path(page) -> str:
    page.goto("/round-robins")
    link = page.locator("table.rr-list a", has_text="Taser deployments").first
    return link.get_attribute("href")


@pytest.mark.parametrize("name", list(PAGES))
def test_no_sideways_scrolling(sized, name):
    label, width, page, errors = sized
    assert page.goto(PAGES[name]).status == 200
    scroll = page.evaluate("document.scrollingElement.scrollWidth")
    _shot(page, f"{name}-{width}")
    assert scroll <= width, (name, label, scroll)
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_round_robin_page_at_both_widths(sized):
    label, width, page, errors = sized
    page.goto(_round_robin_path(page))
    rows = page.locator("table.rr-compare tbody tr")
    assert rows.count() == 3  # one row per force
    text = page.inner_text("table.rr-compare")
    for force, outcome in (("Kent Police", "ncnd"), ("Police Scotland", "cost_limit"),
                           ("West Midlands Police", "full")):
        row = rows.filter(has_text=force)
        assert row.count() == 1 and outcome in row.inner_text(), (force, text)
    assert "Law enforcement" in rows.filter(has_text="Kent Police").inner_text()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    _shot(page, f"round-robin-{width}")


def test_phone_table_shows_the_few_fields_that_matter(sized):
    label, width, page, errors = sized
    page.goto("/foi/responses")
    first = page.locator("table.rows-and-columns tbody tr").first
    shown = [c for c in first.locator("td").all() if c.is_visible()]
    if label == "phone":
        classes = {c.get_attribute("class").split()[0] for c in shown}
        assert classes <= {"col-title", "col-force", "col-published", "col-outcome"}, classes
        assert "col-title" in classes
        assert first.bounding_box()["height"] < 300  # a short card, not 23 fields
    else:
        assert len(shown) > 6


def test_home_search_box_leads_to_results(sized):
    label, width, page, errors = sized
    page.goto("/")
    box = page.locator("form.home-search input[type=search]")
    assert box.is_visible()
    # the search box comes before everything else of the page's own content
    first_form = page.locator("section.content form, section.content h2").first
    assert first_form.evaluate("e => e.tagName") == "FORM"
    assert page.locator("ul.newest li").count() == 5
    box.fill("taser")
    box.press("Enter")
    page.wait_for_url("**/search?q=taser**")
    assert "Taser deployments" in page.inner_text("body")
    assert TASER_GROUP  # the round-robin the search finds is the site corpus's Taser group
