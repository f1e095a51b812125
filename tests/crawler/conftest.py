"""Shared helpers for crawler tests: fast settings for local sites, a test force, URL paths."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

# Local fixture sites only: no delays, tiny backoff (Retry-After is still honoured).
FAST = {"DOWNLOAD_DELAY": 0, "RANDOMIZE_DOWNLOAD_DELAY": False, "AUTOTHROTTLE_ENABLED": False,
        "FOI_RETRY_BACKOFF_BASE": 0.1, "FOI_PARALLEL_FORCES": 1, "DOWNLOAD_TIMEOUT": 10}


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_force(platform: str, slug: str = "test-police", browser: bool = False) -> dict:
    return {"slug": slug, "name": "Test Police", "country": "England", "act": "FOIA",
            "website": "http://127.0.0.1/", "platform": platform,
            "entry_urls": ["http://127.0.0.1/"], "browser": browser}


@pytest.fixture
def raw_dir(tmp_path):
    return tmp_path / "raw"
