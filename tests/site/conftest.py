"""A small corpus built by the real write path (write_corpus, derived-table fallbacks, stats,
dump), served through Datasette's in-process client."""
from __future__ import annotations

import asyncio
import sqlite3

import pytest
from site_corpus import FORCES, RECORDS, add_derived_rows

from archive.corpus_dump import dump_path_for, write_dump
from archive.corpus_schema import ensure_derived_tables
from archive.corpus_stats import write_stats


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    from archive.corpus_write import write_corpus

    db = tmp_path_factory.mktemp("site") / "foi.db"
    write_corpus(RECORDS, db, FORCES, topics={"use-of-force": "Tasers and batons",
                                              "misconduct-and-discipline": "Misconduct"})
    conn = sqlite3.connect(db)
    ensure_derived_tables(conn)
    conn.close()
    add_derived_rows(db)
    conn = sqlite3.connect(db)
    write_stats(conn)
    conn.commit()
    conn.close()
    write_dump(db, dump_path_for(db))
    return db


@pytest.fixture(scope="session")
def ds(corpus_db):
    from archive.serve import make_datasette

    return make_datasette(corpus_db)


@pytest.fixture(scope="session")
def get(ds):
    loop = asyncio.new_event_loop()

    def fetch(path: str, status: int = 200):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == status, (path, response.status_code, response.text[:800])
        return response

    yield fetch
    loop.close()
