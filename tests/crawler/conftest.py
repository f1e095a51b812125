"""Crawler test fixtures (settings, the test force and URL helpers: tests/support/crawler_sites.py)."""
from __future__ import annotations

import pytest


@pytest.fixture
def raw_dir(tmp_path):
    return tmp_path / "raw"
