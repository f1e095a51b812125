"""Two crawler processes share one Redis queue and seen-set while crawling a local log site.

Each process has its own raw store (as on two machines); the stores are merged afterwards.
"""
from __future__ import annotations

import copy
import json
import os
import signal
import socket
import sqlite3
import subprocess
import threading
import time
from collections import Counter
from urllib.parse import urlsplit

import pytest
import redis

from crawler.merge import merge_raw_stores
from crawler.rawstore import RawStore
from crawler.runner import ROOT, crawl_command, crawl_env
from tests.support.fixture_server import FixtureSite
from tests.support.fixture_sites.builder import build
from tests.support.fixture_sites.families import D24, SOH, SOH_FILES

FORCE = {"slug": "test-police", "name": "Test Police", "country": "England", "act": "FOIA",
         "website": "http://127.0.0.1/", "platform": "soh", "entry_urls": ["http://127.0.0.1/"],
         "browser": False}
# Local site: no delays; short leases so a killed process's requests come back quickly.
FAST = {"DOWNLOAD_DELAY": 0, "RANDOMIZE_DOWNLOAD_DELAY": False, "AUTOTHROTTLE_ENABLED": False,
        "FOI_RETRY_BACKOFF_BASE": 0.1, "DOWNLOAD_TIMEOUT": 10, "FOI_REDIS_LEASE": 3,
        "FOI_REDIS_POLL": 0.2, "FOI_STALL_TIMEOUT": 120}
RETRIED = {SOH["trouble"]["flaky"], SOH["trouble"]["throttled"]}   # a 500 / 429 first


def _spec(extra: int) -> dict:
    spec = copy.deepcopy(SOH)
    for n in range(extra):
        entry = f"{D24}/march-2024/extra-{n:02d}/"
        spec["listings"][f"{D24}/march-2024/?page=2"].append(entry)
        spec["entries"][entry] = [f"{SOH_FILES}/disclosure_2024/march_2024/extra-{n:02d}.pdf"]
    return spec


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _start_two(tmp_path, site, spec, redis_url, procs: list):
    """Start two crawler processes; the site answers nothing until both are on Redis."""
    client = redis.Redis.from_url(redis_url)
    for name in ("a", "b"):
        settings = {**FAST, "FOI_REDIS_URL": redis_url,
                    "USER_AGENT": f"foi-archive-test ({name})"}
        procs.append(subprocess.Popen(
            crawl_command(FORCE, tmp_path / name, site.base + spec["start"], settings),
            cwd=ROOT, env=crawl_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True))
    deadline = time.monotonic() + 30
    while len(client.client_list()) < 3 and time.monotonic() < deadline:   # us + two crawlers
        time.sleep(0.05)
    site.gate.set()
    return procs, client


@pytest.fixture
def processes():
    """Crawler processes a test started; any still running at its end are killed."""
    started: list[subprocess.Popen] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _summary(proc) -> dict:
    out, _ = proc.communicate(timeout=60)
    return json.loads([ln for ln in out.splitlines() if ln.startswith("{")][-1])


def _stored(raw) -> dict[str, tuple[str, str]]:
    store = RawStore(raw)
    try:
        rows = store.fetch_rows()
        paths = [_path(r["url"]) for r in rows]
        assert len(paths) == len(set(paths)), "a URL stored twice in one store"
        return {_path(r["url"]): (r["kind"], r["sha256"]) for r in rows}
    finally:
        store.close()


def _ok_fetches(site) -> Counter:
    """Successful answers per path (a retried 500 / 429 is not a fetch of the page)."""
    return Counter(p for p, status, _, _ in site.log
                   if p != "/robots.txt" and status < 500 and status != 429)


def test_two_processes_share_the_crawl_and_fetch_each_page_once(tmp_path, redis_url, processes):
    spec = _spec(extra=16)
    pages, expected = build(spec)
    with FixtureSite(pages, delay=0.03, gate=threading.Event()) as site:
        procs, client = _start_two(tmp_path, site, spec, redis_url, processes)
        summaries = [_summary(p) for p in procs]
    assert [s["finish_reason"] for s in summaries] == ["finished", "finished"]

    # Every page fetched exactly once between the two processes, and both did a share.
    fetched = _ok_fetches(site)
    twice = {p: n for p, n in fetched.items() if n > 1}
    assert twice == {}, f"fetched more than once: {twice}"
    assert set(fetched) == (set(expected["stored"]) | set(expected["errors"])
                            | set(expected["final_urls"].values()))
    by_agent = Counter(h.get("User-Agent") for p, _, h, _ in site.log if p != "/robots.txt")
    assert by_agent["foi-archive-test (a)"] > 5 and by_agent["foi-archive-test (b)"] > 5

    # The two stores are disjoint and together hold exactly the log.
    a, b = _stored(tmp_path / "a"), _stored(tmp_path / "b")
    assert not set(a) & set(b)
    assert {p: kind for p, (kind, _) in {**a, **b}.items()} == expected["stored"]
    assert summaries[0]["failed"] + summaries[1]["failed"] == 1   # the 404, recorded once

    # The job's keys are gone: the next crawl of the force starts afresh.
    assert client.keys("foi-archive:test-police:*") == []

    # Merged, the build sees every entry with its attachments, whichever process fetched them.
    merged = tmp_path / "merged"
    report = merge_raw_stores(merged, [tmp_path / "a", tmp_path / "b"])
    assert report.rows == len(a) + len(b)
    assert merge_raw_stores(merged, [tmp_path / "a", tmp_path / "b"]).rows == 0
    store = RawStore(merged)
    entries = {_path(e.url): sorted(_path(d.url) for d in e.attachments) for e in store.entries()}
    store.close()
    moved = spec["trouble"]
    want = {moved["moved"] if p == moved["moved_to"] else p: sorted(files)
            for p, files in spec["entries"].items()}
    assert entries == want


def _rows(raw) -> int:
    try:
        with sqlite3.connect(raw / "index.sqlite", timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM fetches").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_killed_process_leaves_its_work_to_the_other(tmp_path, redis_url, processes):
    spec = _spec(extra=24)
    pages, expected = build(spec)
    with FixtureSite(pages, delay=0.15, gate=threading.Event()) as site:
        (victim, survivor), client = _start_two(tmp_path, site, spec, redis_url, processes)
        deadline = time.monotonic() + 40
        while _rows(tmp_path / "a") < 8 and time.monotonic() < deadline:
            time.sleep(0.05)
        leased = client.zcard("foi-archive:test-police:requests:leases")
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()
        # every lease held at the moment of death: only these can be handed on and fetched again
        leased_at_death = client.zcard("foi-archive:test-police:requests:leases")
        summary = _summary(survivor)
    assert summary["finish_reason"] == "finished"
    assert leased > 0, "the kill did not land while requests were in flight"

    # Nothing lost: the two stores together hold every listing, entry and attachment.
    a, b = _stored(tmp_path / "a"), _stored(tmp_path / "b")
    assert 0 < len(a) < len(expected["stored"])
    assert {p: kind for p, (kind, _) in {**a, **b}.items()} == expected["stored"]
    for path in set(a) & set(b):   # stored by both (the victim died before releasing it)
        assert a[path] == b[path]

    # Every page fetched; only what the victim had in hand was fetched a second time.
    fetched = _ok_fetches(site)
    assert set(fetched) >= set(expected["stored"])
    again = {p for p, n in fetched.items() if n > 1}
    # Only pages leased when the victim died are fetched again (a fixed "2 per process" bound
    # failed once in a fresh clone: the victim can hold a lease taken just before the kill).
    assert len(again) <= leased_at_death, (sorted(again), leased_at_death)
    log = (tmp_path / "b" / "logs" / "test-police.log").read_text()
    assert "re-queued" in log
    assert client.keys("foi-archive:test-police:*") == []


def test_unreachable_redis_is_one_recorded_error_without_the_password(tmp_path):
    from crawler.runner import run_crawl

    with socket.socket() as s:   # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    summary = run_crawl([FORCE], tmp_path / "raw", start_url="http://127.0.0.1:9/log/",
                        FOI_REDIS_URL=f"redis://:s3cret@127.0.0.1:{port}/0")
    assert (summary.failed, summary.fetched) == (1, 0)
    store = RawStore(tmp_path / "raw")
    errors = store.errors()
    store.close()
    assert len(errors) == 1
    assert "shared crawl queue unavailable" in errors[0]["error"]
    assert f"127.0.0.1:{port}" in errors[0]["url"]
    assert "s3cret" not in errors[0]["error"] + errors[0]["url"]
