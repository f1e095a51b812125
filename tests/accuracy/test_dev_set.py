"""Issue 12's gate: the parser and tagger on ../shared/eval/dev/ (40 documents written apart
from the project) reach 0.97 overall, 0.92 on every field, topic precision 0.90 and recall 0.85;
and /about/accuracy publishes the figures of the code as it is."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.accuracy import THRESHOLDS, evaluate

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev"
PUBLISHED = ROOT / "data" / "accuracy.json"


@pytest.fixture(scope="module")
def dev():
    # In CI ../shared is always beside the repo: a missing dev set is a failure, not a skip.
    assert (DEV / "expected.json").exists(), f"development set missing at {DEV}"
    return evaluate(DEV)


def test_dev_set_meets_the_thresholds(dev):
    assert dev.documents == 40
    failures = dev.failures(THRESHOLDS)
    assert not failures, "\n".join(failures + [dev.report()])


def test_published_figures_are_those_of_this_code(dev):
    runs = json.loads(PUBLISHED.read_text())
    runs = runs if isinstance(runs, list) else [runs]
    published = next((r for r in runs if r["folder"].rstrip("/").endswith("eval/dev")), None)
    assert published, "data/accuracy.json has no run over the development set (docs/accuracy.md)"
    now = dev.to_json()
    assert (published["hits"], published["fields"]) == (now["hits"], now["fields"]), \
        "data/accuracy.json is stale: refresh it as docs/accuracy.md says"


def test_the_projects_own_fixtures_meet_the_same_thresholds():
    """A regression guard: the labelled documents written for the project (tests/fixtures/
    accuracy/, 188 documents in layouts read from real pages) stay above issue 12's thresholds.
    The held-out set (tests/fixtures/heldout/) is measured and published, never gated: a gate
    would invite tuning on it."""
    res = evaluate(ROOT / "tests" / "fixtures" / "accuracy")
    assert res.documents >= 180
    failures = res.failures(THRESHOLDS)
    assert not failures, "\n".join(failures + [m["file"] + " " + m["field"] for m in res.misses])
