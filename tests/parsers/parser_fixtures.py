"""Paths shared by the parser tests (a uniquely named module: every tests/ folder has a
conftest, so `from conftest import ...` picks whichever was imported first)."""
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parsers"
