"""`bench/run --n 2000 --quick` end to end: it builds through the real write path, serves the
corpus on 127.0.0.1 and prints a table with every figure the scale issue asks for."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EXPECTED_ROWS = [
    r"parse html .*docs/s", r"parse pdf text .*pages/s", r"parse \+ tag via build path",
    r"tagging alone", r"full build, 2,000 responses", r"full build peak memory", r"DB size",
    r"incremental build, 100 new into 2,000", r"home page", r"responses table, all facets",
    r"filtered by year and force", r"search, two-word phrase", r"response page",
    r"precedent search", r"round-robin pages", r"analytics chart page", r"JSON API page 1",
    r"JSON API deep page \(_next\)", r"_search= \(facets on\), rendered \(no cache\), 8 clients",
    r"search ranked over every match, \d+ /search.json URLs", r"facet walk, \d+ pages",
]


def test_quick_run_prints_every_figure(tmp_path):
    results = tmp_path / "RESULTS.md"
    proc = subprocess.run([str(ROOT / "bench" / "run"), "--n", "2000", "--quick", "--out",
                           str(tmp_path / "work"), "--results", str(results)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    table = [line for line in proc.stdout.splitlines() if line.startswith("| ")]
    assert table[0].startswith("| figure | measured | target | met |")
    for pattern in EXPECTED_ROWS:
        rows = [line for line in table if re.search(pattern, line)]
        assert rows, f"no row for {pattern}"
        for line in rows:  # every row carries a measurement and a verdict
            cells = [c.strip() for c in line.strip("|").split("|")]
            assert len(cells) == 4 and re.search(r"\d", cells[1]) and cells[3] in ("yes", "NO")
    # Latency rows come one at a time and under 8 clients, with no HTTP errors on any page.
    assert any("8 clients" in line for line in table)
    assert "errors" not in " ".join(line for line in table if "p50" in line)
    assert results.read_text().strip() == proc.stdout.strip()


def test_synthetic_records_have_the_shape_of_the_contract():
    import json

    import jsonschema

    from bench.synth import Synth

    schema_path = ROOT.parent / "shared" / "contract" / "response.schema.json"
    if not schema_path.exists():
        pytest.fail("../shared/contract missing (always beside the repo in CI)")
    schema = json.loads(schema_path.read_text())
    recs = list(Synth(seed=9).records(400))
    for rec in recs[:50]:
        jsonschema.validate(rec, schema)
    forces = {r["force"] for r in recs}
    years = {r["published"][:4] for r in recs}
    assert len(forces) > 30 and min(years) >= "2010" and max(years) <= "2026"
    # Skewed volumes, shared reasoning, round-robins and tables are what load the site.
    counts = sorted((sum(r["force"] == f for r in recs) for f in forces), reverse=True)
    assert counts[0] >= 4 * counts[-1]
    requests = [r["request_text"] for r in recs]
    assert len(set(requests)) < len(requests)
    assert sum(bool(r["figures"]) for r in recs) > 20
    assert sum(bool(r["attachment_text"]) for r in recs) > 50
    assert list(Synth(seed=9).records(3)) == recs[:3]  # deterministic for a seed
