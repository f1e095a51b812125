"""The bundled sample site, crawled over 127.0.0.1 and built by the real build (as `make demo`
does), once per test process: the search tests find the sample's requests by their content."""
from __future__ import annotations

import functools
import sqlite3
import tempfile
from pathlib import Path


@functools.cache
def sample_corpus_db() -> Path:
    from archive.build import build_corpus
    from archive.demo import crawl_sample

    work = Path(tempfile.mkdtemp(prefix="foi-sample-search-"))
    crawl_sample(raw_dir=work / "raw", fast=True)
    build_corpus(raw_dir=work / "raw", db_path=work / "foi.db")
    return work / "foi.db"


def query(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
