"""Build test fixtures: the hand-written records and forces of tests/support/build_records.py."""
from __future__ import annotations

import pytest

from tests.support.build_records import FORCES, make_record


@pytest.fixture
def forces() -> list[dict]:
    return [dict(f) for f in FORCES]


@pytest.fixture
def record():
    return make_record
