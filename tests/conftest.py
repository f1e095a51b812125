"""A last line of defence against a hung test: pytest-timeout's signal method fails a test that
runs past its timeout, but if the test's clean-up then hangs too (a pool waiting on a stuck
child process, say) nothing fires again and CI waits out its whole budget in silence. Past the
test's timeout plus HARD_GRACE seconds, this prints every thread's stack and ends the run."""
from __future__ import annotations

import faulthandler
import os
import sys
import threading

import pytest

HARD_GRACE = float(os.environ.get("FOI_HANG_GRACE", 300))   # seconds; tests lower it


def _limit(item: pytest.Item) -> float:
    marker = item.get_closest_marker("timeout")
    if marker is not None and marker.args:
        return float(marker.args[0])
    return float(item.config.getoption("timeout", None) or item.config.getini("timeout") or 600)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    limit = _limit(item) + HARD_GRACE

    def give_up():
        capman = item.config.pluginmanager.getplugin("capturemanager")
        if capman is not None:
            capman.suspend_global_capture(in_=True)   # so the stacks reach the real stderr
        sys.stderr.write(f"\n{item.nodeid} still running {limit:.0f} s after it started "
                         "(its timeout has passed and its clean-up hangs); every thread:\n")
        sys.stderr.flush()
        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        sys.stderr.flush()
        os._exit(1)

    timer = threading.Timer(limit, give_up)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
