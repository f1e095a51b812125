"""The outcome vocabulary (`data/outcomes.yaml`): each outcome with a one-line explanation in
users' words, and the groups pages count together (withheld, refused as a whole). The build
writes it to the corpus's `outcomes` and `outcome_groups` tables, which the site reads."""
from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from archive.corpus_schema import OUTCOME_TABLES
from parsers.yaml_data import load_yaml

DATA = Path(__file__).resolve().parent / "data" / "outcomes.yaml"


@cache
def vocabulary() -> dict:
    return load_yaml(DATA)


def group(name: str) -> tuple[str, ...]:
    return tuple(vocabulary()["groups"][name]["outcomes"])


def write_outcome_tables(conn: sqlite3.Connection) -> None:
    data = vocabulary()
    conn.executescript("DROP TABLE IF EXISTS outcomes; DROP TABLE IF EXISTS outcome_groups;\n"
                       + OUTCOME_TABLES)
    groups = data["groups"]
    conn.executemany("INSERT INTO outcomes VALUES (?,?,?,?,?)", [
        (o["value"], i, o["label"], o["explanation"],
         ",".join(g for g, spec in groups.items() if o["value"] in spec["outcomes"]))
        for i, o in enumerate(data["outcomes"])])
    conn.executemany("INSERT INTO outcome_groups VALUES (?,?,?,?)", [
        (name, spec["label"], ",".join(spec["outcomes"]), spec["explanation"])
        for name, spec in groups.items()])
