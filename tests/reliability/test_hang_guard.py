"""The suite's last line of defence (tests/conftest.py): a test whose clean-up hangs after its
timeout has fired ends the run with every thread's stack, instead of holding CI until its
budget runs out in silence."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HANGING = '''
import time
import pytest

@pytest.mark.timeout(2)
def test_clean_up_that_never_ends():
    try:
        time.sleep(60)
    finally:
        while True:            # the timeout's exception is swallowed by a hung clean-up
            time.sleep(0.5)
'''


def test_a_test_hung_in_clean_up_ends_the_run_with_its_stack(tmp_path):
    test_file = tmp_path / "test_hanging.py"
    test_file.write_text(HANGING)
    env = {**os.environ, "FOI_HANG_GRACE": "3", "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest",
                           "-p", "no:cacheprovider", str(test_file)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    took = time.monotonic() - started
    assert proc.returncode != 0
    assert took < 60, f"the run took {took:.0f} s to end"
    out = proc.stdout + proc.stderr
    assert "test_clean_up_that_never_ends still running" in out, out[-3000:]
    assert re.search(r"test_hanging.py\", line 1[01] in test_clean_up_that_never_ends", out), out[-3000:]
