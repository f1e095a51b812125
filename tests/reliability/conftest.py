from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # hostile.py, rel_support.py

from rel_support import EXE  # noqa: E402


@pytest.fixture(scope="session")
def exe() -> Path:
    if not EXE.exists():
        pytest.skip("foi-archive entry point not installed")
    return EXE
