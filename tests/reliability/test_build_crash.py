"""A build killed with SIGKILL at any point leaves the published corpus byte-for-byte intact and
readable, and the next build completes."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.reliability import make_raw_store


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _build(exe: Path, raw: Path, db: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), "build", "--raw", str(raw), "--db", str(db)], capture_output=True,
                          text=True, timeout=timeout, check=False)


def _responses(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    finally:
        conn.close()


def _start(exe: Path, raw: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([str(exe), "build", "--raw", str(raw), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill(proc: subprocess.Popen) -> bool:
    """SIGKILL; True when the build was still running (so the kill really interrupted it)."""
    running = proc.poll() is None
    if running:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return running


def _wait_for(folder: Path, pattern: str, proc: subprocess.Popen, limit: float = 60) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end and proc.poll() is None:
        if any(folder.glob(pattern)):
            return True
        time.sleep(0.002)
    return False


@pytest.fixture(scope="module")
def published(tmp_path_factory, exe):
    """A raw store and a corpus built from it once (the 'previously published' corpus)."""
    root = tmp_path_factory.mktemp("crash")
    raw, db = root / "raw", root / "site" / "foi.db"
    make_raw_store(raw, copies=3)
    start = time.monotonic()
    out = _build(exe, raw, db)
    took = time.monotonic() - start
    assert out.returncode == 0, out.stderr[-2000:]
    # New pages arrive after publication, so a later build has real work to do.
    make_raw_store(raw, copies=6)
    return raw, db, took


# (label, fraction of a whole build's time to wait, or a glob whose appearance beside the corpus
# triggers the kill). Fractions, not seconds: the build takes 1-5 s depending on machine load.
KILL_POINTS = [("at 5% of a build", 0.05), ("at 25%", 0.25), ("at 50%", 0.5),
               ("when the temp corpus appears", "*.db.tmp"), ("when the temp dump appears", "*.jsonl.gz.tmp")]


def test_sigkill_at_any_point_leaves_published_corpus_intact(published, exe):
    raw, db, took = published
    before, count = _sha(db), _responses(db)
    first_count = count
    interrupted = []
    for label, when in KILL_POINTS:
        proc = _start(exe, raw, db)
        if isinstance(when, str):
            _wait_for(db.parent, when, proc)
        else:
            time.sleep(when * took)
        if not _kill(proc):  # it finished first: a completed build may publish
            before, count = _sha(db), _responses(db)
            continue
        interrupted.append(label)
        assert _sha(db) == before, f"published corpus changed by a build killed {label}"
        assert _responses(db) == count, label
    assert len(interrupted) >= 4, f"too few kills landed mid-build: {interrupted}"
    out = _build(exe, raw, db)
    assert out.returncode == 0, out.stderr[-2000:]
    assert _responses(db) > first_count  # the new pages are in
    # Nothing from the killed runs is left beside the corpus.
    assert sorted(p.name for p in db.parent.iterdir() if ".tmp" in p.name) == []


def test_stale_temp_files_do_not_leak_into_next_build(published, exe):
    """Leftovers of a killed run (temp corpus with a WAL beside it) are cleared, not replayed."""
    raw, db, _ = published
    tmp = db.with_name(db.name + ".tmp")
    tmp.write_bytes(b"half-written garbage")
    Path(f"{tmp}-wal").write_bytes(b"\x37\x7f\x06\x82" + os.urandom(4000))
    out = _build(exe, raw, db)
    assert out.returncode == 0, out.stderr[-2000:]
    assert _responses(db) > 0
    assert not tmp.exists() and not Path(f"{tmp}-wal").exists()
