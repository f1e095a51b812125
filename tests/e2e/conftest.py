"""One crawl + build of the bundled sample site, shared by the end-to-end tests.

The sample site is served over HTTP on 127.0.0.1 by the project's own server, crawled by the real
spiders, and built into a corpus by the real build: the same path `make demo` takes.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.live_site import free_port

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample_site"


@pytest.fixture(scope="session")
def sample_index() -> dict:
    return json.loads((SAMPLE / "index.json").read_text())


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory, sample_index):
    from archive.build import build_corpus
    from archive.demo import crawl_sample
    from archive.sample_server import site_dirs

    work = tmp_path_factory.mktemp("sample")
    raw, db = work / "raw", work / "foi.db"
    # Ports chosen here (still ephemeral) and returned, so a later crawl of the sample's later
    # state reaches the same URLs (tests/e2e/test_demo_later_state.py).
    ports = {site.name: free_port() for site in site_dirs(SAMPLE.resolve())}
    crawl_summaries = crawl_sample(raw_dir=raw, fast=True, ports=ports)
    report = build_corpus(raw_dir=raw, db_path=db)
    return {"raw": raw, "db": db, "crawl": crawl_summaries, "report": report, "ports": ports}


