"""Runs the atheris fuzz target briefly (FUZZ_SECONDS, default 15 s; FUZZ_LONG=1 for 10 minutes).
Seeds are our own parser fixtures; a crash fails the test and names the saved input."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.reliability import FIXTURES

HERE = Path(__file__).resolve().parent


def test_fuzz_html_and_text_parsers(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in list(FIXTURES.glob("*.html")) + list(FIXTURES.glob("*.txt")):
        shutil.copy(seed, corpus / seed.name)
    seconds = 600 if os.environ.get("FUZZ_LONG") else int(os.environ.get("FUZZ_SECONDS", "15"))
    out = subprocess.run(
        [sys.executable, str(HERE / "fuzz_parsers.py"), f"-max_total_time={seconds}", "-timeout=10",
         "-rss_limit_mb=1500", f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=seconds + 120, cwd=tmp_path, check=False)
    crashes = sorted(p.name for p in tmp_path.glob("crash-*")) + sorted(p.name for p in tmp_path.glob("timeout-*"))
    assert out.returncode == 0 and not crashes, (crashes, out.stderr[-3000:])
    runs = re.search(r"Done (\d+) runs", out.stderr)
    assert runs and int(runs.group(1)) > 50, out.stderr[-2000:]
