"""Headless Debian Chromium (driven by Playwright, never downloaded) against `foi-archive serve`
running over the site tests' small corpus; screenshots go to test-artifacts/screenshots/."""
from __future__ import annotations

import pytest

from tests.support.browser import ARGS, Watched, chromium_or_skip
from tests.support.live_site import running_site
from tests.support.site_corpus import build_site_corpus


# Module scope, not session: Playwright's sync API keeps an asyncio loop running in this thread
# until it stops, and later tests that call asyncio.run() (Datasette's client) would fail.
@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_site_corpus(tmp_path_factory.mktemp("browser-site") / "foi.db")
    with running_site(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    executable, sync_api = chromium_or_skip()
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(base_url=site, viewport={"width": 1280, "height": 900})
    # a payload that ran would set this global (alerts are caught as dialogs)
    watched = Watched(context.new_page())
    yield watched
    context.close()
