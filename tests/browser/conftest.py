"""Headless Debian Chromium (driven by Playwright, never downloaded) against `foi-archive serve`
running over the site tests' small corpus; screenshots go to test-artifacts/screenshots/."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "site"))

from live_site import running_site  # noqa: E402
from site_corpus import build_site_corpus  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage"]


# Module scope, not session: Playwright's sync API keeps an asyncio loop running in this thread
# until it stops, and later tests that call asyncio.run() (Datasette's client) would fail.
@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_site_corpus(tmp_path_factory.mktemp("browser-site") / "foi.db")
    with running_site(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


class Watched:
    """A page whose dialogs, console errors and CSP violations are recorded."""

    def __init__(self, page):
        self.page, self.dialogs, self.errors = page, [], []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def csp_violations(self) -> list[str]:
        return [e for e in self.errors if "Content Security Policy" in e]

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def page(browser, site):
    context = browser.new_context(base_url=site, viewport={"width": 1280, "height": 900})
    # a payload that ran would set this global (alerts are caught as dialogs)
    watched = Watched(context.new_page())
    yield watched
    context.close()
