"""`foi-archive serve` as a real process on a free 127.0.0.1 port, stopped when done."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CLI = Path(sys.executable).with_name("foi-archive")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_site(db_path: Path, timeout: float = 30.0, workers: int | None = None, env: dict | None = None):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # Output goes to a file beside the corpus: an unread pipe would fill and stall the server.
    log = Path(db_path).with_name(f"serve-{port}.log")
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(CLI), "serve", "--db", str(db_path), "--host", "127.0.0.1",
                                 "--port", str(port),
                                 *(["--workers", str(workers)] if workers else [])], stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"foi-archive serve exited: {log.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
