"""pytest imports test modules by basename (rootdir-relative "prepend" mode): two test files with
the same name in different folders break collection of the whole suite."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_python_module_basenames_under_tests_are_unique():
    names = Counter(p.name for p in TESTS.rglob("*.py")
                    if p.name != "conftest.py" and p.name != "__init__.py"
                    and "fixtures" not in p.parts and "sites" not in p.parts)
    assert [n for n, c in names.items() if c > 1] == []
