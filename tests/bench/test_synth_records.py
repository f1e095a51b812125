"""bench/synth.py yields the same records for a seed as it always has: the benchmark's input
must not change when the generator is made cheaper. The digests were taken from the generator
before its random draws were inlined (commit f2baf58's bench/synth.py)."""
from __future__ import annotations

import hashlib

from bench.synth import Synth


def _digest(records) -> str:
    h = hashlib.sha256()
    for rec in records:
        h.update(repr(rec).encode())  # every key, value, order and float digit
    return h.hexdigest()


def test_full_build_records_are_unchanged():
    assert _digest(Synth(1).records(3000)) == (
        "2e5e2204fade77730b8fdc645a9e4601bfa2ed311a17ddea52613007251d5e8f")


def test_incremental_batch_records_are_unchanged():
    assert _digest(Synth(7, years=[2025, 2026]).records(500, start=100)) == (
        "ef948c1144496fef14ca816d9eb6bc67ec25dad03b0e9fdfe8ca2a34ea6d01e1")
