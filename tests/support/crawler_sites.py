"""Crawler test settings for local fixture sites, a test force, and reading back a raw store."""
from __future__ import annotations

import copy
from urllib.parse import urlsplit

from tests.support.fixture_sites.families import D24, SOH, SOH_FILES

# Local fixture sites only: no delays, tiny backoff (Retry-After is still honoured).
FAST = {"DOWNLOAD_DELAY": 0, "RANDOMIZE_DOWNLOAD_DELAY": False, "AUTOTHROTTLE_ENABLED": False,
        "FOI_RETRY_BACKOFF_BASE": 0.1, "FOI_PARALLEL_FORCES": 1, "DOWNLOAD_TIMEOUT": 10,
        "FOI_STALL_TIMEOUT": 120}


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def make_force(platform: str, slug: str = "test-police", browser: bool = False) -> dict:
    return {"slug": slug, "name": "Test Police", "country": "England", "act": "FOIA",
            "website": "http://127.0.0.1/", "platform": platform,
            "entry_urls": ["http://127.0.0.1/"], "browser": browser}


def bigger_soh() -> dict:
    """The SOH family site with 24 more entries (each with a PDF): long enough to kill mid-crawl."""
    spec = copy.deepcopy(SOH)
    for n in range(24):
        entry = f"{D24}/march-2024/extra-{n:02d}/"
        spec["listings"][f"{D24}/march-2024/?page=2"].append(entry)
        spec["entries"][entry] = [f"{SOH_FILES}/disclosure_2024/march_2024/extra-{n:02d}.pdf"]
    return spec


def stored_rows(raw_dir) -> list[tuple[str, str, str, str | None]]:
    """(path, kind, sha256, parent path) of every fetch in the raw store; asserts each body file
    exists."""
    from crawler.rawstore import RawStore

    store = RawStore(raw_dir)
    rows = [(path_of(r["url"]), r["kind"], r["sha256"],
             path_of(r["parent_url"]) if r["parent_url"] else None) for r in store.fetch_rows()]
    for _, _, digest, _ in rows:
        assert store.body_path(digest).read_bytes()   # every row's body is on disk
    return rows
