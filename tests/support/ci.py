"""A missing system tool (Chromium, redis-server, tesseract) skips a test on a developer's machine
but fails it in CI (`CI=true`), where scripts/install-system-deps.sh installs every one: a CI run
that skipped would pass without testing. Missing project files (../shared, committed data) always
fail: see tests/test_layout.py."""
from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require(present: bool, what: str) -> None:
    """Skip (locally) or fail (in CI) unless `present`; `what` names the missing tool."""
    if not present:
        message = f"{what} is not installed (scripts/install-system-deps.sh)"
        if in_ci():
            pytest.fail(f"CI=true: {message}", pytrace=False)
        pytest.skip(message)
