"""Builds cannot race or orphan (issue 16 rows 4, 5, 14): a second build of a corpus that is
being built is refused with exit 2 and the first publishes a whole corpus; a SIGKILLed build
leaves no process of its own behind; corpora sharing a folder keep their own side files."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from tests.support.reliability import make_raw_store


def _start(exe: Path, raw: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([str(exe), "build", "--raw", str(raw), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(path_glob: str, folder: Path, proc: subprocess.Popen, limit: float = 60) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end and proc.poll() is None:
        if any(folder.glob(path_glob)):
            return True
        time.sleep(0.005)
    return False


def _children(pid: int) -> set[int]:
    """Every descendant of `pid`, from /proc."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, ValueError, IndexError):
            continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_second_build_of_the_same_corpus_is_refused(tmp_path, exe):
    raw, db = tmp_path / "raw", tmp_path / "site" / "foi.db"
    n = make_raw_store(raw, copies=6)
    first = _start(exe, raw, db)
    assert _wait_for("foi.db.tmp", db.parent, first), first.communicate()[1][-2000:]
    second = subprocess.run([str(exe), "build", "--raw", str(raw), "--db", str(db)],
                            capture_output=True, text=True, timeout=60)
    assert second.returncode == 2, second.stderr
    assert "another build of" in second.stderr and "Traceback" not in second.stderr
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err[-2000:]
    conn = sqlite3.connect(db)
    responses = conn.execute("select count(*) from responses").fetchone()[0]
    indexed = conn.execute("select count(*) from responses_fts").fetchone()[0]
    conn.close()
    assert responses == indexed > 0 and responses <= n


def test_a_killed_build_leaves_no_process_behind(tmp_path, exe):
    raw, db = tmp_path / "raw", tmp_path / "foi.db"
    make_raw_store(raw, copies=20)
    proc = _start(exe, raw, db)
    assert _wait_for("foi.db.tmp", tmp_path, proc)
    helpers: set[int] = set()
    end = time.monotonic() + 10
    while not helpers and proc.poll() is None and time.monotonic() < end:
        helpers = _children(proc.pid)   # the writer's record, index and dump processes
        time.sleep(0.01)
    assert helpers, "the build started no helper process before it ended"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    end = time.monotonic() + 5
    while time.monotonic() < end and any(_alive(p) for p in helpers):
        time.sleep(0.05)
    assert not [p for p in helpers if _alive(p)], f"left running: {helpers}"


def test_corpora_in_one_folder_keep_their_own_side_files(tmp_path, exe):
    raw = tmp_path / "raw"
    make_raw_store(raw, copies=1)
    for name in ("foi.db", "foi.sqlite"):
        out = subprocess.run([str(exe), "build", "--raw", str(raw), "--db", str(tmp_path / name)],
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
    names = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert names == ["foi.db", "foi.db.jsonl.gz", "foi.db.lock",
                     "foi.sqlite", "foi.sqlite.jsonl.gz", "foi.sqlite.lock"]
