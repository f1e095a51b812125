"""`foi-archive parse ../shared/seeds/*.txt --json` matches seeds.expected.json on every checked
field except topics (tagged by nlp/, scored by its own tests)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"  # ../shared beside the repo
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
EXPECTED = SHARED / "eval" / "seeds.expected.json"
SCORER = SHARED / "tools" / "score_parse.py"



def test_the_shared_seeds_are_present():
    # ../shared is always beside the repo in CI: a missing seed set is a failure, not a skip
    assert SEEDS and EXPECTED.exists() and SCORER.exists(), "../shared/seeds or eval files missing"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_parse", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def records():
    exe = Path(sys.executable).with_name("foi-archive")
    out = subprocess.run([str(exe), "parse", *map(str, SEEDS), "--json"], capture_output=True,
                         text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = [json.loads(ln) for ln in out.stdout.splitlines() if ln.strip()]
    assert [r["source"] for r in lines] == [str(p) for p in SEEDS]  # one line per file, in order
    return {Path(r["source"]).name: r for r in lines}


def test_every_checked_field_matches(records):
    score = _scorer()
    expected = json.loads(EXPECTED.read_text())
    fields = [f for f in expected["checked"] + ["published", "attachments"] if f != "topics"]
    misses = []
    for name, exp in expected["files"].items():
        for field in fields:
            if field in exp and not score.compare(field, exp[field], records[name]):
                misses.append(f"{name} {field}")
    assert not misses


def test_seed_records_validate(records, validator):
    for rec in records.values():
        assert not list(validator.iter_errors(rec))
