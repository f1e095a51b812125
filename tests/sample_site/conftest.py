from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample_site"


@pytest.fixture(scope="session")
def index() -> dict:
    return json.loads((SAMPLE / "index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_root() -> Path:
    return SAMPLE


@pytest.fixture(scope="module")
def served():
    """The committed sample site served on 127.0.0.1, stopped after the module."""
    from archive.sample_server import serve_sites

    stop, urls = serve_sites(SAMPLE)
    try:
        yield urls
    finally:
        stop()
