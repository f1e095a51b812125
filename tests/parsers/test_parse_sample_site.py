"""The parser agrees with the generated sample site's index (pages plus their attachments)."""
from __future__ import annotations

from tests.support.sample_site_parse import SAMPLE, compare


def test_the_committed_sample_site_is_present():
    assert (SAMPLE / "index.json").exists(), "data/sample_site is committed: regenerate with make sample-site"


def test_reference_outcome_exemptions_agree():
    rates, misses = compare()
    for field in ("reference", "outcome", "exemptions", "title", "ncnd", "public_interest_test"):
        hits, total = rates[field]
        assert total > 0
        assert hits / total >= 0.97, (field, hits, total, [m for m in misses if f" {field}:" in m][:5])


def test_received_dates_agree():
    """Every response's received date as the index states it (null where the page states none)."""
    import json

    rates, misses = compare()
    hits, total = rates["received"]
    stated = sum(1 for e in json.loads((SAMPLE / "index.json").read_text())["responses"] if e.get("received"))
    assert total > 300 and stated > total // 2
    assert hits == total, [m for m in misses if " received:" in m][:5]
