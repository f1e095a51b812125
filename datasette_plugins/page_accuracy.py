"""/about/accuracy: how far to trust each field, from the last `foi-archive eval` run.

The figures are data/accuracy.json, written by `foi-archive eval ... --json data/accuracy.json`
(see docs/accuracy.md); the meanings and known weak spots are accuracy_fields.yaml beside this module.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from datasette_plugins.web import render
from parsers.yaml_data import load_yaml

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "data" / "accuracy.json"
FIELDS = HERE / "accuracy_fields.yaml"


@lru_cache(maxsize=1)
def _notes() -> dict:
    return load_yaml(FIELDS)


def load_runs(path: Path | None = None) -> list[dict]:
    path = path or RESULTS
    if not path.exists():
        return []
    data = json.loads(path.read_text())
    return data if isinstance(data, list) else [data]


def field_rows(runs: list[dict]) -> list[dict]:
    """One row per field: its meaning, weak spots and the accuracy on each evaluated set."""
    notes = _notes()
    names = list(notes)
    for run in runs:
        names += [n for n in run.get("fields", {}) if n not in names]
    rows = []
    for name in names:
        cells = [run.get("fields", {}).get(name) for run in runs]
        if not any(cells):
            continue
        misses = {}
        for run in runs:
            for m in run.get("misses", []):
                if m["field"] == name:
                    fmt = m["file"].rsplit(".", 1)[-1].lower()
                    misses[fmt] = misses.get(fmt, 0) + 1
        rows.append({"name": name, "cells": cells, "misses_by_format": misses,
                     **notes.get(name, {"means": "", "weak": ""})})
    return rows


def short_name(run: dict) -> str:
    """A column heading: the set's name up to its first dash ("Held-out set")."""
    label = run.get("label") or run.get("folder") or "set"
    return label.split(" — ")[0].split(" - ")[0].strip()[:40]


async def accuracy_page(datasette, request):
    runs = [{**run, "short": short_name(run)} for run in load_runs()]
    return await render(datasette, request, "foi_accuracy.html", {
        "runs": runs, "rows": field_rows(runs),
    })
