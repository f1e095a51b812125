"""Bad input to the CLI gets a one-line answer and the README's exit status, never a traceback
or a silent success (issue 16, rows 7, 8, 11, 15, 16)."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

CLI = [sys.executable, "-m", "archive.cli"]


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout)


def _one_line_error(proc) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("Error")]
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_start_url_must_be_http(tmp_path):
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "not a url", "ftp://example.org/"):
        proc = run("crawl", "warwickshire-police", "--start-url", bad, "--raw", str(tmp_path / "raw"))
        assert proc.returncode == 2, (bad, proc.stderr)
        assert "http(s)" in _one_line_error(proc)
    assert not (tmp_path / "raw" / "index.sqlite").exists()  # nothing fetched, nothing stored


def test_a_damaged_raw_store_is_an_error_not_an_empty_crawl(tmp_path):
    from crawler.rawstore import RawStore

    raw = tmp_path / "raw"
    store = RawStore(raw)
    for k in range(300):  # enough rows for several pages
        store.add_error("warwickshire-police", f"https://example.org/{k}", "x" * 200)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    index = raw / "index.sqlite"
    data = bytearray(index.read_bytes())
    page = 4096
    data[page:4 * page] = b"\xa5" * (3 * page)  # overwrite pages 2-4, keep the header
    index.write_bytes(bytes(data))
    for args in (["crawl", "warwickshire-police", "--start-url", "http://127.0.0.1:9/"],
                 ["build", "--db", str(tmp_path / "foi.db")]):
        proc = run(*args, "--raw", str(raw))
        assert proc.returncode == 1, proc.stderr
        assert "raw store index" in _one_line_error(proc)


def test_parse_refuses_files_that_are_not_regular(tmp_path):
    proc = run("parse", "/dev/zero", str(tmp_path), "--json", timeout=30)
    assert proc.returncode == 1
    recs = [json.loads(ln) for ln in proc.stdout.splitlines()]
    assert [r["error"] for r in recs] == ["cannot read /dev/zero: not a regular file",
                                          f"cannot read {tmp_path}: a directory"]


def test_serve_and_build_refuse_wrong_paths(tmp_path):
    raw_index = tmp_path / "index.sqlite"
    conn = sqlite3.connect(raw_index)
    conn.execute("create table fetches (url text, headers text)")
    conn.close()
    proc = run("serve", "--db", str(raw_index), "--port", "8999")
    assert proc.returncode == 2 and "not a corpus" in _one_line_error(proc)
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("hello")
    proc = run("serve", "--db", str(not_sqlite))
    assert proc.returncode == 2 and "not an SQLite corpus" in _one_line_error(proc)
    proc = run("serve", "--db", str(tmp_path))
    assert proc.returncode == 2 and "is a directory" in _one_line_error(proc)
    proc = run("serve", "--db", str(raw_index), "--port", "70000")
    assert proc.returncode == 2 and "70000" in _one_line_error(proc)
    (tmp_path / "raw").mkdir()
    sqlite3.connect(tmp_path / "raw" / "index.sqlite").close()
    proc = run("build", "--raw", str(tmp_path / "raw"), "--db", str(tmp_path))
    assert proc.returncode == 2 and "is a directory" in _one_line_error(proc)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.sqlite", "notes.db", "raw"]


def test_serve_on_a_port_in_use_and_crawl_into_a_read_only_store(tmp_path):
    import socket

    db = tmp_path / "foi.db"
    conn = sqlite3.connect(db)
    for table in ("responses", "forces", "questions"):
        conn.execute(f"create table {table} (id text)")
    conn.close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        proc = run("serve", "--db", str(db), "--port", str(port))
    assert proc.returncode == 2 and "already in use" in _one_line_error(proc)
    locked = tmp_path / "ro"
    locked.mkdir(mode=0o555)
    if os.access(locked, os.W_OK):   # root ignores permission bits: make it a file's child
        locked = tmp_path / "foi.db" / "raw"
    proc = run("crawl", "warwickshire-police", "--start-url", "http://127.0.0.1:9/",
               "--raw", str(locked))
    assert proc.returncode == 2, proc.stderr
    assert "--raw" in _one_line_error(proc)
