"""The responses table page in Chromium at 1366 and 390 px (issue 13): the site's navigation,
column notes folded (the first row near the top), title links to /response/<id>, the withheld
filter and the CSV download link, no CSP errors. Screenshots: table-page-<width>.png."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("width,height", [(1366, 900), (390, 844)])
def test_table_page_leads_to_responses(browser, site, width, height):
    from tests.support.browser import Watched

    context = browser.new_context(base_url=site, viewport={"width": width, "height": height})
    page = Watched(context.new_page())
    try:
        page.page.goto("/foi/responses")
        nav = page.page.locator("p.site-nav")
        assert nav.locator('a[href="/search"]').count() == 1
        notes = page.page.locator("details.column-notes")
        assert notes.count() == 1 and not notes.evaluate("d => d.open")
        first_row = page.page.locator("table.rows-and-columns tbody tr").first
        top = first_row.bounding_box()["y"]
        # the column notes no longer stand between the heading and the rows
        assert top < (1300 if width > 600 else 2600), top
        assert page.page.locator("a.withheld-filter").count() == 1
        assert page.page.locator("a.csv-download").count() == 1
        page.shot(f"table-page-{width}")
        link = page.page.locator("td.col-title a.response-link").first
        href = link.get_attribute("href")
        assert href.startswith("/response/")
        link.click()
        page.page.wait_for_url(f"**{href}")
        assert page.page.locator("h1").count() == 1
        page.page.goto("/foi/responses")
        page.page.locator("a.withheld-filter").click()
        page.page.wait_for_url("**outcome__in=*")
        outcomes = set(page.page.locator("td.col-outcome").all_inner_texts())
        assert outcomes <= {"refused", "ncnd", "partial"} and outcomes
        assert not page.csp_violations() and not page.dialogs
    finally:
        context.close()
