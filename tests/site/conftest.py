"""A small corpus built by the real write path (write_corpus, derived-table fallbacks, stats,
dump), served through Datasette's in-process client."""
from __future__ import annotations

import asyncio

import pytest

from tests.support.live_site import running_site
from tests.support.site_corpus import build_site_corpus


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    return build_site_corpus(tmp_path_factory.mktemp("site") / "foi.db")


@pytest.fixture(scope="session")
def live_site(corpus_db):
    """Base URL of `foi-archive serve` running over the corpus."""
    with running_site(corpus_db) as base:
        yield base


@pytest.fixture(scope="session")
def ds(corpus_db):
    from archive.serve import make_datasette

    # rendering itself is what these tests check: every request renders (no page cache)
    return make_datasette(corpus_db, page_cache_mb=0)


@pytest.fixture(scope="session")
def get(ds):
    loop = asyncio.new_event_loop()

    def fetch(path: str, status: int = 200):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == status, (path, response.status_code, response.text[:800])
        return response

    yield fetch
    loop.close()


@pytest.fixture(scope="session")
def synth_db(tmp_path_factory):
    """1,500 synthetic responses (bench/synth.py) through the real build, NLP step included:
    reused wordings across forces, many pages of rows."""
    from bench.build_synth import full_build

    db = tmp_path_factory.mktemp("synth") / "foi.db"
    full_build(1500, db, seed=7)
    return db


@pytest.fixture(scope="session")
def client_for():
    """get(ds, path) -> response, on one event loop for the session."""
    loop = asyncio.new_event_loop()

    def get(ds, path):
        return loop.run_until_complete(ds.client.get(path))

    yield get
    loop.close()
