"""A crawl killed with SIGKILL mid-run and started again ends with exactly the records of an
uninterrupted crawl: nothing lost, nothing stored twice."""
from __future__ import annotations

import copy
import os
import signal
import sqlite3
import subprocess
import time

from conftest import FAST, path_of
from conftest import test_force as make_force
from fixture_server import FixtureSite
from sites.builder import build
from sites.families import D24, SOH, SOH_FILES

from crawler.rawstore import RawStore
from crawler.runner import ROOT, crawl_command, crawl_env, run_crawl


def _bigger_soh() -> dict:
    spec = copy.deepcopy(SOH)
    for n in range(24):
        entry = f"{D24}/march-2024/extra-{n:02d}/"
        spec["listings"][f"{D24}/march-2024/?page=2"].append(entry)
        spec["entries"][entry] = [f"{SOH_FILES}/disclosure_2024/march_2024/extra-{n:02d}.pdf"]
    return spec


def _stored(raw_dir) -> list[tuple[str, str, str, str | None]]:
    store = RawStore(raw_dir)
    rows = [(path_of(r["url"]), r["kind"], r["sha256"],
             path_of(r["parent_url"]) if r["parent_url"] else None) for r in store.fetch_rows()]
    for _, _, digest, _ in rows:
        assert store.body_path(digest).read_bytes()   # every row's body is on disk
    return rows


def _row_count(raw_dir) -> int:
    try:
        with sqlite3.connect(raw_dir / "index.sqlite", timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM fetches").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_then_restart_matches_uninterrupted_crawl(tmp_path):
    spec = _bigger_soh()
    force = make_force("soh")

    pages, _ = build(spec)
    with FixtureSite(pages) as site:
        run_crawl([force], tmp_path / "whole", start_url=site.base + spec["start"], **FAST)
    whole = _stored(tmp_path / "whole")

    raw = tmp_path / "killed"
    pages, _ = build(spec)
    with FixtureSite(pages, delay=0.05) as site:
        start = site.base + spec["start"]
        proc = subprocess.Popen(crawl_command(force, raw, start, FAST), cwd=ROOT,
                                env=crawl_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while _row_count(raw) < len(whole) // 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        partial = _row_count(raw)
        assert 0 < partial < len(whole), "the kill did not land mid-crawl"

        run_crawl([force], raw, start_url=start, **FAST)
    resumed = _stored(raw)

    assert sorted(resumed) == sorted(whole)
    assert len({r[0] for r in resumed}) == len(resumed), "a URL stored twice"
