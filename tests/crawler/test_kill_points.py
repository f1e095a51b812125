"""Issue 8, crash safety: the SIGKILL test of test_resume.py repeated at several kill points.
Wherever the crawler dies (after the first entry, half way, one entry short of the end, while
an attachment is downloading, while a listing page is being fetched) a restart ends with the
stored set of an uninterrupted crawl: nothing lost, nothing stored twice, every body on disk
and intact."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import threading
import time

import pytest

from crawler.rawstore import RawStore
from crawler.runner import ROOT, crawl_command, crawl_env, run_crawl
from tests.support.crawler_sites import FAST, bigger_soh, make_force, stored_rows
from tests.support.fixture_server import FixtureSite, Page
from tests.support.fixture_sites.builder import build
from tests.support.fixture_sites.families import D24, SOH_FILES

SLOW_ATTACHMENT = f"{SOH_FILES}/disclosure_2024/march_2024/extra-05.pdf"
SLOW_LISTING = f"{D24}/march-2024/"


class HeldPage(Page):
    """A page whose answer is held back while `held`; `arrived` is set once it is requested,
    so the test can kill the crawler with the request in flight."""

    def __init__(self, body: bytes, content_type: str):
        super().__init__(body, content_type)
        self.arrived = threading.Event()
        self.held = True

    @property
    def delay(self) -> float:
        if self.held:
            self.arrived.set()
            return 5.0
        return 0.0

    @delay.setter
    def delay(self, value: float) -> None:   # the dataclass __init__ assigns the field
        pass


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    """What an uninterrupted crawl of the site stores."""
    raw = tmp_path_factory.mktemp("whole") / "raw"
    pages, _ = build(bigger_soh())
    with FixtureSite(pages) as site:
        run_crawl([make_force("soh")], raw, start_url=site.base + bigger_soh()["start"],
                  **FAST)
    return stored_rows(raw)


def _count(raw_dir, kind: str) -> int:
    path = raw_dir / "index.sqlite"
    if not path.exists():
        return 0   # the crawler has not created the store yet (never create it here: read only)
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM fetches WHERE kind = ?", (kind,)).fetchone()[0]
    except sqlite3.OperationalError:   # the store is being created
        return 0


def _check_resumed(raw_dir, whole) -> None:
    resumed = stored_rows(raw_dir)     # also asserts every row's body file exists
    assert sorted(resumed) == sorted(whole)
    assert len({r[0] for r in resumed}) == len(resumed), "a URL stored twice"
    store = RawStore(raw_dir)
    try:
        for _, _, digest, _ in resumed:   # no body torn by the kill
            assert hashlib.sha256(store.body_path(digest).read_bytes()).hexdigest() == digest
    finally:
        store.close()


def _kill_and_resume(tmp_path, whole, pages, site, start, kill_when, delay_note: str):
    raw = tmp_path / "killed"
    force = make_force("soh")
    proc = subprocess.Popen(crawl_command(force, raw, start, FAST), cwd=ROOT, env=crawl_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        # (a crawl that ends early ends the wait at once: the assertion below says so)
        while not kill_when(raw) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, f"the crawl ended before the kill point ({delay_note})"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    partial = {r[0] for r in stored_rows(raw)} if (raw / "index.sqlite").exists() else set()
    assert len(partial) < len(whole), f"the kill did not land mid-crawl ({delay_note})"
    for page in pages.values():       # the restarted crawl gets every answer at once
        if isinstance(page, HeldPage):
            page.held = False
    run_crawl([force], raw, start_url=start, **FAST)
    _check_resumed(raw, whole)
    return partial     # the URL paths the killed crawl had stored


@pytest.mark.parametrize("point", ["first", "half", "all but one"])
def test_killed_after_n_entries_stored(tmp_path, whole, point):
    entries = sum(1 for r in whole if r[1] == "entry")
    n = {"first": 1, "half": entries // 2, "all but one": entries - 1}[point]
    spec = bigger_soh()
    pages, _ = build(spec)
    with FixtureSite(pages, delay=0.05) as site:
        partial = _kill_and_resume(tmp_path, whole, pages, site, site.base + spec["start"],
                                   lambda raw: _count(raw, "entry") >= n, f"{n} entries")
    assert partial


@pytest.mark.parametrize("held", [SLOW_ATTACHMENT, SLOW_LISTING],
                         ids=["attachment downloading", "listing page in flight"])
def test_killed_with_a_download_in_flight(tmp_path, whole, held):
    spec = bigger_soh()
    pages, _ = build(spec)
    old = pages[held]
    pages[held] = HeldPage(old.body, old.content_type)
    with FixtureSite(pages, delay=0.01) as site:
        partial = _kill_and_resume(tmp_path, whole, pages, site, site.base + spec["start"],
                                   lambda raw: pages[held].arrived.is_set(), held)
    # the killed crawl never got the held URL; the restart stored it (checked above, once)
    assert held not in partial
    if held == SLOW_ATTACHMENT:   # the hard case: its entry page was already stored
        parent = next(r[3] for r in whole if r[0] == held)
        assert parent in partial


def test_an_entry_stored_without_its_context_still_gets_its_attachment(tmp_path, whole):
    """The window the 'all but one' kill point hits only now and then, made certain: a crawl
    killed after committing an entry's row but before its link context and its attachment. The
    restart re-requests the entry, gets a 304, and must still fetch the attachment."""
    spec = bigger_soh()
    pages, _ = build(spec)
    raw = tmp_path / "raw"
    with FixtureSite(pages) as site:
        run_crawl([make_force("soh")], raw, start_url=site.base + spec["start"], **FAST)
        attachment, entry = next((r[0], r[3]) for r in whole if r[1] == "attachment")
        with sqlite3.connect(raw / "index.sqlite") as db:   # the state the kill leaves
            gone = db.execute("DELETE FROM fetches WHERE url LIKE ?", ("%" + attachment,)).rowcount
            db.execute("DELETE FROM link_contexts WHERE url LIKE ?", ("%" + entry,))
        assert gone == 1
        run_crawl([make_force("soh")], raw, start_url=site.base + spec["start"], **FAST)
    _check_resumed(raw, whole)
