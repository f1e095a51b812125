"""The forces registry: data/forces.csv, one row per force (docs/architecture.md).

Adding a force on a known platform is one row in that file; nothing here needs to change.
"""
from __future__ import annotations

import csv
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "forces.csv"
PLATFORMS = ("soh", "wordpress", "pdf_letters", "psni", "disclosurelog", "generic", "govuk")
COLUMNS = ("slug", "name", "country", "act", "website", "platform", "entry_urls", "browser")


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes"}


def load_forces(path: Path | str | None = None) -> list[dict]:
    """Every registry row as a dict; `entry_urls` as a list, `browser` as a bool.

    Raises ValueError naming the row when a row lacks a column or has an unknown platform,
    so a bad edit to the CSV fails loudly instead of silently skipping a force.
    """
    forces = []
    with open(path or DEFAULT_PATH, newline="", encoding="utf-8") as fh:
        for line_no, row in enumerate(csv.DictReader(fh), start=2):
            missing = [c for c in COLUMNS if c != "browser" and not (row.get(c) or "").strip()]
            if missing:
                raise ValueError(f"forces.csv line {line_no}: missing {', '.join(missing)}")
            if row["platform"] not in PLATFORMS:
                raise ValueError(f"forces.csv line {line_no}: unknown platform {row['platform']!r}")
            force = {k: (v or "").strip() for k, v in row.items() if k is not None}
            force["entry_urls"] = [u.strip() for u in row["entry_urls"].split("|") if u.strip()]
            force["browser"] = _flag(row.get("browser"))
            force["entry_verified"] = _flag(row.get("entry_verified"))
            forces.append(force)
    return forces


def force_by_slug(slug: str, path: Path | str | None = None) -> dict:
    for force in load_forces(path):
        if force["slug"] == slug:
            return force
    raise KeyError(slug)
