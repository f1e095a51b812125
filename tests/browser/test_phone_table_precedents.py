"""Issue 13 on a phone (Chromium at 390 px, and 1366 px for comparison): the responses table's
first row is on the first screen (column notes, facet counts and the filter rows folded), with
the facets still a tap away and open on a wide screen; /precedents' "include standard
paragraphs" label reads as a sentence, not a few letters per line, and still submits.
Screenshots: phone-table-<width>.png, phone-precedents-<width>.png."""
from __future__ import annotations

import pytest


@pytest.fixture
def at(browser, site):
    from tests.support.browser import Watched

    contexts = []

    def open_at(width: int):
        context = browser.new_context(base_url=site, viewport={"width": width, "height": 900})
        contexts.append(context)
        return Watched(context.new_page())

    yield open_at
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", [1366, 390])
def test_first_row_is_on_the_first_screen(at, width):
    page = at(width)
    page.page.goto("/foi/responses")
    top = page.page.locator("table.rows-and-columns tbody tr").first.bounding_box()["y"]
    assert top < 900, top
    facets = page.page.locator("details.facet-fold")
    assert facets.count() == 1
    assert facets.evaluate("d => d.open") == (width > 600)   # folded on a phone only
    page.shot(f"phone-table-{width}")
    if width <= 600:
        facets.locator("summary").click()   # the counts are one tap away
        assert page.page.locator(".facet-info[data-column=force] a").first.is_visible()
        # the folded filter rows still filter: open them, pick a column, apply
        page.page.locator("details.filter-fold summary").click()
        page.page.select_option("select[name=_filter_column]", "force")
        page.page.fill("input[name=_filter_value]", "kent-police")
        page.page.locator("form.filters input[type=submit]").click()
        page.page.wait_for_url("**force__exact=kent-police**")
        assert set(page.page.locator("td.col-force a").all_inner_texts()) == {"Kent Police"}
        assert page.page.locator("details.filter-fold").evaluate("d => d.open")
    assert not page.csp_violations() and not page.errors


@pytest.mark.parametrize("width", [1366, 390])
def test_precedents_standard_label_reads_as_a_sentence(at, width):
    page = at(width)
    page.page.goto("/precedents?q=s31")
    label = page.page.locator("#precedent-form p.option label")
    box = label.bounding_box()
    line = page.page.evaluate(
        "l => parseFloat(getComputedStyle(l).lineHeight) || 24", label.element_handle())
    assert box["width"] > 250, box      # not squeezed to a few letters
    assert box["height"] <= 3 * line, (box, line)
    page.shot(f"phone-precedents-{width}")
    label.locator("input").check()
    page.page.locator("#precedent-form button[type=submit]").click()
    page.page.wait_for_url("**standard=1**")
    assert page.page.locator("#precedent-form p.option input").is_checked()
