"""/about/accuracy shows the figures of the last `foi-archive eval` run, per field and set."""
from __future__ import annotations

import json
import re

from datasette_plugins import page_accuracy


def _run(label: str, title_hits: int) -> dict:
    return {"folder": "x", "label": label, "documents": 10, "overall": 0.9, "hits": 18, "total": 20,
            "fields": {"title": {"hits": title_hits, "total": 10, "accuracy": title_hits / 10},
                       "outcome": {"hits": 10, "total": 10, "accuracy": 1.0}},
            "topics": {"tp": 9, "fp": 1, "fn": 2, "precision": 0.9, "recall": 0.818},
            "misses": [{"file": "a.pdf", "field": "title", "expected": "T", "got": None}]}


def test_page_shows_each_field_with_its_figures_meaning_and_weak_spots(get, tmp_path, monkeypatch):
    results = tmp_path / "accuracy.json"
    results.write_text(json.dumps([_run("Written set <b>", 8), _run("Seeds", 10)]))
    monkeypatch.setattr(page_accuracy, "RESULTS", results)
    html = get("/about/accuracy").text
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "Written set &lt;b&gt;" in html  # set names are escaped
    assert "title 0.80 8/10 1.00 10/10" in text
    assert "outcome 1.00 10/10" in text
    assert "Written set &lt;b&gt; Seeds" in " ".join(text.split())  # short column names
    assert "Misses in the last run, by format: pdf 2." in text
    assert "topic precision 0.90 0.90 topic recall 0.82 0.82" in text
    assert 'href="/about/accuracy"' in html  # linked from the site navigation


def test_committed_figures_are_the_ones_shown(get):
    runs = page_accuracy.load_runs()
    assert runs, "data/accuracy.json is missing: run foi-archive eval (docs/accuracy.md)"
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", get("/about/accuracy").text))
    overall = " ".join(f"{r['overall']:.3f} {r['hits']}/{r['total']}" for r in runs)
    assert f"all fields {overall}" in text
