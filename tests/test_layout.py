"""Tests import the project as an installed package and their shared helpers as `tests.support.*`:
no code puts folders on sys.path, and no module imports a conftest or a sibling file by its bare
name (which only worked under pytest's prepend import mode, in a lucky collection order)."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
SYS_PATH_EDIT = re.compile(r"sys\.path\s*(\.\s*(insert|append|extend|remove|pop|clear)\b|"
                           r"\[[^\]]*\]\s*=(?!=)|[+]?=(?!=))")
# a skip decided by a missing file, tool or package (a setting such as FOI_SPEED_PATHS=0 may skip)
SKIPS = re.compile(r"importorskip\(|(pytest\.skip\(|mark\.skipif\().*"
                   r"(exists\(\)|which\(|install|missing|shared|not found)", re.I)
# skips that are about the platform, not a missing file or tool (CI runs Linux with /proc)
SKIP_ALLOWED = {"tests/support/ci.py"}


def _python_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in (ROOT / folder).rglob("*.py")
            if "__pycache__" not in p.parts]


def test_no_code_edits_sys_path():
    edits = [f"{p.relative_to(ROOT)}:{n}" for p in _python_files("tests", "bench", "scripts")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if SYS_PATH_EDIT.search(line)]
    assert edits == []


def test_tests_import_helpers_from_tests_support_only():
    local = {p.stem for p in TESTS.rglob("*.py") if p.name != "__init__.py"} | {"sites"}
    bare = re.compile(r"^\s*(?:from|import)\s+(" + "|".join(sorted(local)) + r")\b", re.M)
    found = [f"{p.relative_to(ROOT)}: {m.group(0).strip()}" for p in _python_files("tests")
             for m in bare.finditer(p.read_text(encoding="utf-8"))]
    assert found == []


def test_conftest_files_hold_fixtures_not_importable_helpers():
    # nothing may import a conftest: importlib mode gives each its own module name
    uses = [p for p in _python_files("tests", "bench", "scripts")
            if re.search(r"^\s*(from|import)\s+(\S+\.)?conftest\b", p.read_text(), re.M)]
    assert uses == []


def test_pytest_runs_in_importlib_mode_from_the_repository_root():
    ini = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "--import-mode=importlib" in ini["addopts"].split()
    assert ini["pythonpath"] == ["."]
    assert (TESTS / "__init__.py").exists() and (TESTS / "support" / "__init__.py").exists()


def test_no_test_skips_on_a_missing_file_or_tool_except_through_ci_require():
    """A missing system tool goes through tests.support.ci.require (skips locally, fails when
    CI=true); a missing ../shared or committed file is never a reason to skip."""
    found = [f"{p.relative_to(ROOT)}:{n}" for p in _python_files("tests")
             if str(p.relative_to(ROOT)) not in SKIP_ALLOWED and p.name != "test_layout.py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if SKIPS.search(line)]
    assert found == []
