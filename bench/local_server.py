"""`foi-archive serve --db DB` on a free 127.0.0.1 port for the duration of a `with` block:
what the latency benchmark and the load test measure."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

import httpx

from archive.serve_workers import KEEP_ALIVE_S

ROOT = Path(__file__).resolve().parents[1]


# The server closes a keep-alive connection idle for KEEP_ALIVE_S. A client that sends on a
# connection idle for just that long races the close and gets a ReadError, as a browser would
# before it retries (seen: 1 probe in 30 at 4.998 s idle; 3 in a CI run whose recursive-CTE
# bursts left connections idle ~5 s). Our clients drop idle connections a second sooner.
CLIENT_KEEPALIVE_S = KEEP_ALIVE_S - 1.0


def client_limits(max_connections: int) -> httpx.Limits:
    return httpx.Limits(max_connections=max_connections, keepalive_expiry=CLIENT_KEEPALIVE_S)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """Served as production serves it unless told otherwise: `workers` processes (None: the
    serve command's default, one per core) and `page_cache_mb` of page cache per process
    (None: the default; 0: every request rendered)."""

    def __init__(self, db: Path, start_timeout: float = 120, workers: int | None = None,
                 page_cache_mb: float | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.start_timeout = start_timeout
        self.stderr_tail = ""
        args = [sys.executable, "-m", "archive.cli", "serve", "--db", str(db), "--port",
                str(self.port)]
        if workers is not None:
            args += ["--workers", str(workers)]
        if page_cache_mb is not None:
            args += ["--page-cache-mb", str(page_cache_mb)]
        self.proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)

    def __enter__(self) -> Server:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("serve exited: "
                                   + self.proc.stderr.read().decode(errors="replace")[-2000:])
            try:
                with urlopen(self.url + "/-/versions.json", timeout=5) as r:
                    if r.status == 200:
                        return self
            except (URLError, OSError):
                pass
            time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"serve did not start within {self.start_timeout:.0f} s")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.stderr_tail = self.proc.stderr.read().decode(errors="replace")[-4000:]
        self.proc.stderr.close()
