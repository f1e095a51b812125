from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.reliability import EXE


@pytest.fixture(scope="session")
def exe() -> Path:
    # the project's own entry point: missing means a broken install, never a reason to skip
    assert EXE.exists(), f"{EXE} missing: install the project (make setup)"
    return EXE
