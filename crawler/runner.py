"""Run crawls from Python (the CLI, the demo, tests): one subprocess per force.

A subprocess per force keeps Scrapy's reactor out of the caller, so `run_crawl` can be called
any number of times from one process, and a crash or kill of one crawl cannot take the caller
down with it.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from crawler.rawstore import RawStore

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class CrawlSummary:
    fetched: int = 0
    new: int = 0
    changed: int = 0
    failed: int = 0
    forces: list[dict] = field(default_factory=list)

    def describe(self) -> str:
        n = len(self.forces)
        return (f"crawled {n} force{'s' if n != 1 else ''}: {self.fetched} pages fetched, "
                f"{self.new} new, {self.changed} changed, {self.failed} failed")


def crawl_command(force: dict, raw_dir: Path, start_url: str | None = None,
                  settings: dict | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "crawler.run_one", "--force-json", json.dumps(force),
           "--raw", str(Path(raw_dir).resolve()), "--settings-json", json.dumps(settings or {})]
    if start_url:
        cmd += ["--start-url", start_url]
    return cmd


def crawl_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


class _Children:
    """The crawler processes one `run_crawl` call has running, so an interrupted caller can
    stop them: a worker thread blocked on its child's output never sees the caller's
    exception, and the pool's shutdown would otherwise wait on a hung child for ever."""

    def __init__(self):
        self.lock = threading.Lock()
        self.procs: dict[subprocess.Popen, Path] = {}

    def start(self, cmd: list[str], log: Path) -> subprocess.Popen:
        with self.lock:
            proc = subprocess.Popen(cmd, cwd=ROOT, env=crawl_env(), stdout=subprocess.PIPE,
                                    text=True)
            self.procs[proc] = log
        return proc

    def done(self, proc: subprocess.Popen) -> None:
        with self.lock:
            self.procs.pop(proc, None)

    def stop_all(self, grace: float = 30.0) -> None:
        """SIGTERM (Scrapy's graceful stop, which keeps the JOBDIR queue), then SIGKILL after
        `grace` seconds; says which crawls were stopped and how their logs end."""
        with self.lock:
            procs = dict(self.procs)
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc, log in procs.items():
            try:
                proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            print(f"stopped crawler process {proc.pid} (exit {proc.returncode}); its log "
                  f"{log} ends:\n{_tail(log)}", file=sys.stderr, flush=True)


def _tail(log: Path, lines: int = 20) -> str:
    try:
        with open(log, encoding="utf-8", errors="replace") as fh:
            return "".join(fh.readlines()[-lines:])
    except OSError as exc:
        return f"(unreadable: {exc})\n"


def _crawl_one(force: dict, raw_dir: Path, start_url: str | None, settings: dict,
               children: _Children) -> dict:
    print(f"crawling {force['slug']} ({force['platform']})", file=sys.stderr, flush=True)
    proc = children.start(crawl_command(force, raw_dir, start_url, settings),
                          Path(raw_dir) / "logs" / f"{force['slug']}.log")
    try:
        out, _ = proc.communicate()
    finally:
        children.done(proc)
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    if lines:
        return json.loads(lines[-1])
    store = RawStore(raw_dir)
    try:
        store.add_error(force["slug"], start_url or force["entry_urls"][0],
                        f"crawler process exited with status {proc.returncode}")
    finally:
        store.close()
    return {"force": force["slug"], "finish_reason": f"exit {proc.returncode}",
            "fetched": 0, "new": 0, "changed": 0, "failed": 1}


def run_crawl(forces: list[dict], raw_dir: Path, start_url: str | None = None,
              **settings_overrides) -> CrawlSummary:
    """Crawl each force into the raw store at `raw_dir`; returns the totals.

    `settings_overrides` are Scrapy settings (e.g. DOWNLOAD_DELAY=0 for local copies), except
    FOI_PARALLEL_FORCES: how many forces to crawl at once (default 4; each site still gets at
    most CONCURRENT_REQUESTS_PER_DOMAIN requests at a time), and FOI_STOP_GRACE: when the
    caller is interrupted (anything but Ctrl-C, which reaches the children itself), how long a
    crawler process gets to stop gracefully before it is killed (default 30 s).
    """
    raw_dir = Path(raw_dir)
    RawStore(raw_dir).close()   # create the layout once, before parallel writers start
    parallel = int(settings_overrides.pop("FOI_PARALLEL_FORCES", 4))
    grace = float(settings_overrides.pop("FOI_STOP_GRACE", 30))
    children = _Children()
    with ThreadPoolExecutor(max_workers=max(1, min(parallel, len(forces) or 1))) as pool:
        try:
            results = list(pool.map(
                lambda f: _crawl_one(f, raw_dir, start_url, settings_overrides, children),
                forces))
        except BaseException as exc:
            pool.shutdown(wait=False, cancel_futures=True)   # start no further force
            if not isinstance(exc, KeyboardInterrupt):   # Ctrl-C reached the children too
                children.stop_all(grace)   # e.g. a test's timeout: no crawler left running unseen
            raise
    summary = CrawlSummary(forces=results)
    for r in results:
        summary.fetched += r["fetched"]
        summary.new += r["new"]
        summary.changed += r["changed"]
        summary.failed += r["failed"]
    return summary
