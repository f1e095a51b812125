"""The parser agrees with the generated sample site's index (pages plus their attachments)."""
from __future__ import annotations

import pytest
from sample_site import SAMPLE, compare

pytestmark = pytest.mark.skipif(not (SAMPLE / "index.json").exists(), reason="no sample site")


def test_reference_outcome_exemptions_agree():
    rates, misses = compare()
    for field in ("reference", "outcome", "exemptions", "title", "ncnd", "public_interest_test"):
        hits, total = rates[field]
        assert total > 0
        assert hits / total >= 0.97, (field, hits, total, [m for m in misses if f" {field}:" in m][:5])
