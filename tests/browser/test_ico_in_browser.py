"""Headless Chromium on a corpus with decision notices: a response page with its decision panel,
the decisions table with its facets, and /ico; screenshots in test-artifacts/screenshots/."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.support.ico_corpus import NOTICE, RESPONSES, add_written, crawl_notices
from tests.support.live_site import running_site

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def ico_site(tmp_path_factory):
    from archive.build import build_corpus

    raw = tmp_path_factory.mktemp("ico-browser") / "raw"
    crawl_notices(raw)
    add_written(raw)
    db = raw.parent / "foi.db"
    build_corpus(raw_dir=raw, db_path=db)
    conn = sqlite3.connect(db)
    ids = dict(conn.execute("SELECT url, id FROM responses").fetchall())
    conn.close()
    with running_site(db) as base:
        yield base, ids


class Watched:
    """A page whose dialogs and console errors are recorded (CSP violations among them)."""

    def __init__(self, page):
        self.page, self.dialogs, self.errors = page, [], []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def ico_page(browser, ico_site):
    context = browser.new_context(base_url=ico_site[0], viewport={"width": 1280, "height": 900})
    yield Watched(context.new_page()), ico_site[1]
    context.close()


def test_response_page_shows_the_decision_panel(ico_page):
    page, ids = ico_page
    page.page.goto("/response/" + ids[RESPONSES[0][1]])
    panel = page.page.locator("section.ico-panel")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "The Commissioner ruled on a request like this" in text
    assert NOTICE["ref"] in text and "partly upheld" in text and "Match score" in text
    panel.scroll_into_view_if_needed()
    assert page.shot("response-ico-panel").stat().st_size > 5000
    assert page.errors == [] and page.dialogs == []


def test_decisions_table_facets_filter(ico_page):
    page, _ = ico_page
    page.page.goto("/foi/ico_decisions")
    facets = page.page.locator(".facet-info")
    assert facets.count() >= 4
    page.page.locator(".facet-info[data-column='decision'] a", has_text="not_upheld").first.click()
    page.page.wait_for_url("**decision=not_upheld**")
    cells = page.page.locator("td.col-decision").all_inner_texts()
    assert cells and set(c.strip() for c in cells) == {"not_upheld"}
    page.shot("ico-decisions-table")
    page.page.goto("/ico")
    assert page.page.locator("table.ico-by-force tbody tr").count() >= 5
    page.shot("ico-page")
    assert page.errors == [] and page.dialogs == []
