"""An FOI officer's question in headless Chromium: "40(5) misconduct" typed on /precedents of
the sample site's corpus finds the NCND wording with the forces that use it, and each wording
leads to a readable list of its responses; at desktop (1366 px) and phone (390 px) widths."""
from __future__ import annotations

import re

import pytest

from tests.support.browser import Watched
from tests.support.live_site import running_site
from tests.support.sample_corpus import sample_corpus_db


@pytest.fixture(scope="module")
def sample_site():
    with running_site(sample_corpus_db()) as base:
        yield base


@pytest.mark.parametrize("width", [1366, 390])
def test_foi_officer_finds_the_ncnd_wording_for_40_5_misconduct(browser, sample_site, width):
    context = browser.new_context(base_url=sample_site,
                                  viewport={"width": width, "height": 900})
    page = Watched(context.new_page())
    p = page.page
    try:
        p.goto("/precedents")
        p.fill("input[name=q]", "40(5) misconduct")
        p.click("form.search-form button[type=submit]")
        p.wait_for_load_state()
        assert "q=40%285%29+misconduct" in p.url
        searched = p.inner_text("p.searched")
        assert "s40(5B)" in searched and "misconduct" in searched
        wordings = p.locator("section.wording")
        assert wordings.count() >= 1
        texts = [wordings.nth(i).inner_text() for i in range(wordings.count())]
        ncnd = [t for t in texts if re.search(r"confirm(s|ing)? (n|o)r deny", t, re.I)]
        assert ncnd, texts
        assert re.search(r"Used by [2-9]\d* forces", ncnd[0]), ncnd[0]
        assert not any("internal review" in t.lower() for t in texts)
        # nothing wider than the screen at phone width
        overflow = p.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width + 1, overflow
        page.shot(f"precedents-40-5-misconduct-{width}")
        p.locator("section.wording a", has_text="Every response with this wording").first.click()
        p.wait_for_load_state()
        assert "/precedents/wording/" in p.url
        rows = p.locator("table.uses tbody tr")
        assert rows.count() >= 1
        first = rows.first.inner_text()
        # a date, or the month ("November 2025") of a log that prints none
        assert re.search(r"\d{4}-\d{2}|[A-Z][a-z]+ \d{4}", first) and "s40(5" in first
        page.shot(f"precedents-wording-{width}")
        assert not page.dialogs and not page.csp_violations()
    finally:
        context.close()
