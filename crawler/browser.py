"""Browser-backed fetching for forces whose sites answer plain HTTP clients with a JavaScript
challenge: their requests go through headless Chromium (Debian's, never a downloaded one) via
scrapy-playwright. Switched on per force by `browser=1` in data/forces.csv.

The page is stored as the browser sees it after its scripts ran (the challenge passed); files
(PDF, DOCX...) still arrive as the server sent them.
"""
from __future__ import annotations

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage"]


def browser_settings(settings) -> dict:
    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": settings.get("FOI_CHROMIUM_PATH"),
                                      "headless": True, "args": CHROMIUM_ARGS},
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 2,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000,
    }
