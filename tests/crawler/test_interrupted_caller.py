"""A caller interrupted while crawlers run (a test's timeout, an error in a host program) stops
its crawler processes instead of waiting on them for ever: CI once sat 75 minutes on a hung
crawl after pytest-timeout had already failed the test, because the pool's shutdown waited on
the child."""
from __future__ import annotations

import os
import re
import signal
import time

import pytest

from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, make_force
from tests.support.fixture_server import FixtureSite, Page


class Interrupted(Exception):
    pass


def _alarm(signum, frame):
    raise Interrupted


def _html(links: list[str]) -> bytes:
    items = "".join(f"<li><a href='{h}'>{h}</a></li>" for h in links)
    return f"<html><body><main><ul>{items}</ul></main></body></html>".encode()


def test_an_interrupted_caller_stops_a_crawl_that_never_ends(raw_dir, capfd):
    pages = {"/robots.txt": Page(b"", "text/plain", etag=False),
             "/log/": Page(_html(["/log/stuck-entry/"])),
             "/log/stuck-entry/": Page(_html([]))}
    settings = {**FAST, "FOI_STALL_TIMEOUT": 0,   # no watchdog in the child: only the caller
                "FOI_STOP_GRACE": 5,
                "DOWNLOADER_MIDDLEWARES": {
                    "tests.support.stall_middleware.NeverAnswer": 50}}
    previous = signal.signal(signal.SIGALRM, _alarm)
    started = time.monotonic()
    try:
        with FixtureSite(pages) as site:
            signal.setitimer(signal.ITIMER_REAL, 8)    # what pytest-timeout does, sooner
            with pytest.raises(Interrupted):
                run_crawl([make_force("generic")], raw_dir, start_url=site.base + "/log/",
                          **settings)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    took = time.monotonic() - started
    assert took < 40, f"run_crawl took {took:.0f} s to give up after the interrupt"
    err = capfd.readouterr().err
    stopped = re.search(r"stopped crawler process (\d+) \(exit (-?\d+)\)", err)
    assert stopped, err[-2000:]
    pid = int(stopped.group(1))
    with pytest.raises(ProcessLookupError):   # reaped: not running, not a zombie
        os.kill(pid, 0)
    assert "test-police.log" in err   # where to look, and how it ends, is printed
