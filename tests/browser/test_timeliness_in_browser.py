"""The timeliness chart and a response's timing line in headless Chromium, on the hand-counted
corpus of tests/support/timeliness_corpus.py (Kent: median 12 working days; Police Scotland: 12;
PSNI: no received dates, so no bar)."""
from __future__ import annotations

import pytest

from archive.corpus_ids import response_id
from tests.support.live_site import running_site
from tests.support.timeliness_corpus import build_timeliness_corpus


@pytest.fixture(scope="module")
def site(tmp_path_factory):  # this module's corpus instead of the site tests' one
    db = build_timeliness_corpus(tmp_path_factory.mktemp("browser-timeliness") / "foi.db")
    with running_site(db) as base:
        yield base


def test_timeliness_chart_is_drawn(page):
    p = page.page
    p.goto("/analytics/timeliness")
    chart = p.locator("svg.foi-chart.timeliness")
    assert chart.count() == 1
    box = chart.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 40
    bars = p.locator("svg.timeliness rect.median")
    assert bars.count() == 2  # Kent and Police Scotland; PSNI states no received date
    widths = [float(w) for w in bars.evaluate_all("els => els.map(e => e.getBBox().width)")]
    # both medians are 12 working days: equal bars, left of the 20-day line
    assert widths[0] == pytest.approx(widths[1]) and widths[0] > 50
    limit = p.locator("svg.timeliness line.limit")
    limit_x = float(limit.get_attribute("x1"))
    bar_end = float(bars.first.get_attribute("x")) + widths[0]
    assert bar_end < limit_x
    body = p.inner_text("body")
    assert "12 responses: 9 state a received date, 3 state none" in body
    assert "Police Service of Northern Ireland" in body
    page.shot("analytics-timeliness")
    p.goto("/analytics")
    p.click("text=Timeliness")
    assert p.url.endswith("/analytics/timeliness")
    assert page.csp_violations() == [] and page.dialogs == []


def test_response_page_shows_working_days(page):
    p = page.page
    p.goto(f"/response/{response_id('police-scotland', 'S4', None)}")
    line = p.inner_text("dd.timing")
    assert "Received 2024-05-07; answered in 27 working days, over the Act's 20" in line
    page.shot("response-timeliness")
    assert page.csp_violations() == [] and page.dialogs == []
