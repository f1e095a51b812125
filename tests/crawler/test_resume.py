"""A crawl killed with SIGKILL mid-run and started again ends with exactly the records of an
uninterrupted crawl: nothing lost, nothing stored twice."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

from crawler.runner import ROOT, crawl_command, crawl_env, run_crawl
from tests.support.crawler_sites import FAST, bigger_soh, make_force, stored_rows
from tests.support.fixture_server import FixtureSite
from tests.support.fixture_sites.builder import build


def _row_count(raw_dir) -> int:
    path = raw_dir / "index.sqlite"
    if not path.exists():
        return 0   # not created yet (never create it here: an empty file in the crawler's way)
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM fetches").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_then_restart_matches_uninterrupted_crawl(tmp_path):
    spec = bigger_soh()
    force = make_force("soh")

    pages, _ = build(spec)
    with FixtureSite(pages) as site:
        run_crawl([force], tmp_path / "whole", start_url=site.base + spec["start"], **FAST)
    whole = stored_rows(tmp_path / "whole")

    raw = tmp_path / "killed"
    pages, _ = build(spec)
    with FixtureSite(pages, delay=0.05) as site:
        start = site.base + spec["start"]
        proc = subprocess.Popen(crawl_command(force, raw, start, FAST), cwd=ROOT,
                                env=crawl_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while _row_count(raw) < len(whole) // 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        partial = _row_count(raw)
        assert 0 < partial < len(whole), "the kill did not land mid-crawl"

        run_crawl([force], raw, start_url=start, **FAST)
    resumed = stored_rows(raw)

    assert sorted(resumed) == sorted(whole)
    assert len({r[0] for r in resumed}) == len(resumed), "a URL stored twice"
