"""The load tests' corpus: the bundled sample site crawled over HTTP and built by the real path
(as `make demo` does), once per session; and `import bench` from the repo root."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory) -> Path:
    from archive.build import build_corpus
    from archive.demo import crawl_sample

    work = tmp_path_factory.mktemp("load-sample")
    crawl_sample(raw_dir=work / "raw", fast=True)
    report = build_corpus(raw_dir=work / "raw", db_path=work / "foi.db")
    assert not report.failed, report.describe()
    return work / "foi.db"
