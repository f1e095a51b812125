"""Headless Debian Chromium for the browser tests: where it is, how it starts, and a page whose
dialogs, console errors and CSP violations are recorded. Screenshots go to
test-artifacts/screenshots/."""
from __future__ import annotations

import shutil
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage"]


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


def chromium_or_skip():
    """(Chromium's path, playwright.sync_api); a missing Chromium skips locally, fails in CI."""
    from playwright import sync_api

    from tests.support.ci import require

    require(Path(CHROMIUM).exists(), "Debian's chromium")
    return CHROMIUM, sync_api
