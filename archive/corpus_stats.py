"""Aggregate tables written at build time, so the analytics pages and the responses table's
facets read a few small rows instead of grouping a million responses per request.

Everything here is counted per (force, year) cell, so an incremental build recounts only the
cells its new responses fall in (`write_stats(conn, cells)`), whatever the corpus size.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from archive.corpus_schema import (
    EXEMPTION_NAME_TABLES,
    FACET_TOTALS,
    FACET_TOTALS_INDEX,
    STATS_OUTCOMES,
    STATS_ROUND_ROBINS,
    STATS_ROUND_ROBINS_INDEX,
    STATS_TABLES,
)
from archive.outcomes import group, write_outcome_tables

OUTCOMES = STATS_OUTCOMES   # stats_force_year's outcome_<value> columns (archive/corpus_schema.py)
# A "refusal" is a response that withholds the whole request, whatever the ground: the group
# `refused_whole` of archive/data/outcomes.yaml ("refused" alone is the outcome `refused`).
REFUSAL_OUTCOMES = group("refused_whole")
_REFUSAL_IN = ", ".join(f"'{o}'" for o in REFUSAL_OUTCOMES)

# Columns of `responses` whose facet counts are precomputed per (force, year) cell; the site's
# cube facets (datasette_plugins/facets_cube.py) sum these cells instead of grouping the table.
FACET_COLUMNS = ("force", "year", "month", "outcome", "ncnd", "status")
FACET_ARRAYS = {"topics": ("response_topics", "topic"),
                "exemption_labels": ("response_exemptions", "label"),
                # one count per response and family under its Act (archive/exemption_names.py)
                "exemption_families": ("response_exemption_families", "family")}



def _fills(source: str, narrow: str | None = None) -> list[str]:
    """INSERT statements counting the responses `r` of `source` (a FROM clause); the counts
    that join child tables or read `status` take `r` from `narrow` when given (_NARROW).

    CROSS JOIN keeps `r` the outer loop (SQLite does not reorder it): left to itself the planner
    drove the exemption counts from the child table and fetched each response's row by id,
    a random read of a large row per child row (11 s at 100k responses, against 0.4 s)."""
    outcome_sums = ", ".join(f"sum(r.outcome = '{o}')" for o in OUTCOMES)
    wide, source = source, narrow or source
    fills = [
        f"""INSERT INTO stats_force_year
        SELECT r.force, r.year, count(*), sum(r.outcome IN ({_REFUSAL_IN})),
               sum(coalesce(r.ncnd, 0)), round(1.0 * sum(r.outcome IN ({_REFUSAL_IN})) / count(*), 4),
               round(1.0 * sum(coalesce(r.ncnd, 0)) / count(*), 4), {outcome_sums}
        FROM {wide} GROUP BY r.force, r.year""",
        f"""INSERT INTO stats_exemption_force_year
        SELECT e.label, r.force, r.year, count(*)
        FROM {source} CROSS JOIN response_exemptions e ON e.response_id = r.id
        GROUP BY e.label, r.force, r.year""",
        f"""INSERT INTO stats_exemption_family_force_year
        SELECT e.family, r.force, r.year, count(*)
        FROM {source} CROSS JOIN response_exemption_families e ON e.response_id = r.id
        GROUP BY e.family, r.force, r.year""",
        f"""INSERT INTO stats_topic_force_year
        SELECT t.topic, r.force, r.year, count(*)
        FROM {source} CROSS JOIN response_topics t ON t.response_id = r.id
        GROUP BY t.topic, r.force, r.year""",
    ]
    for col in FACET_COLUMNS:
        fills.append(f"INSERT INTO facet_counts SELECT '{col}', r.force, r.year, r.{col}, "
                     f"count(*) FROM {source if col == 'status' else wide} "
                     f"WHERE r.{col} IS NOT NULL "
                     f"GROUP BY r.force, r.year, r.{col}")
    for col, (table, value) in FACET_ARRAYS.items():
        fills.append(f"INSERT INTO facet_counts SELECT '{col}', r.force, r.year, t.{value}, "
                     f"count(*) FROM {source} CROSS JOIN {table} t ON t.response_id = r.id "
                     f"GROUP BY r.force, r.year, t.{value}")
    return fills


# The full count's `r` for the joins: id, force, year, outcome and status of every response,
# in id order, read in one scan of `responses`. Scanning `responses` itself per join read each
# row's record (status comes after the long texts), or walked a (force, year) index with a
# table lookup per row; and id order makes each child-table search follow the last one.
_NARROW = "temp._stats_r"
_NARROW_FILL = ("CREATE TEMP TABLE _stats_r AS SELECT id, force, year, outcome, status "
                "FROM responses NOT INDEXED ORDER BY id")

_CELL_TABLES = ("stats_force_year", "stats_exemption_force_year",
                "stats_exemption_family_force_year", "stats_topic_force_year",
                "facet_counts")
_IN_CELLS = "EXISTS (SELECT 1 FROM temp._cells c WHERE c.force IS {t}.force AND c.year IS {t}.year)"
# Driven from the cells through responses' (force, year, ...) indexes: cost follows the cells.
_CELL_SOURCE = "temp._cells c JOIN responses r ON r.force IS c.force AND r.year IS c.year"


def write_stats(conn: sqlite3.Connection,
                cells: Iterable[tuple[str | None, int | None]] | None = None) -> None:
    """Count everything afresh, or (cells given) recount only those (force, year) cells."""
    from archive.corpus_timeliness import write_timeliness_stats

    cells = None if cells is None else list(cells)  # read twice: here and for the timeliness stats
    conn.executescript(EXEMPTION_NAME_TABLES)   # (a corpus written without them counts none)
    if cells is None:
        # read before the drops below: with their freed pages dirty in the cache, the scan
        # of `responses` took 8 times as long
        conn.execute(f"DROP TABLE IF EXISTS {_NARROW}")
        conn.execute(_NARROW_FILL)
        conn.executescript("".join(f"DROP TABLE IF EXISTS {t};" for t in _CELL_TABLES))
        conn.executescript(STATS_TABLES)
        for sql in _fills("responses r", f"{_NARROW} r"):
            conn.execute(sql)
    else:
        conn.executescript(STATS_TABLES)
        # temp._cells: this connection's working list of cells, never in the corpus file
        conn.execute("DROP TABLE IF EXISTS temp._cells")
        conn.execute("CREATE TEMP TABLE _cells (force TEXT, year INTEGER)")
        conn.executemany("INSERT INTO temp._cells VALUES (?, ?)", sorted(set(cells), key=str))
        for table in _CELL_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE {_IN_CELLS.format(t=table)}")
        for sql in _fills(_CELL_SOURCE):
            conn.execute(sql)
        conn.execute("DROP TABLE temp._cells")
    # The unfiltered table page (the most visited) reads its facets from these few rows.
    conn.executescript(f"""
    DROP TABLE IF EXISTS {FACET_TOTALS};
    CREATE TABLE {FACET_TOTALS} AS
      SELECT facet, value, sum(n) AS n FROM facet_counts GROUP BY facet, value;
    {FACET_TOTALS_INDEX};
    """)
    write_round_robin_stats(conn, _NARROW if cells is None else "responses")
    if cells is None:
        conn.execute(f"DROP TABLE {_NARROW}")
    write_outcome_tables(conn)
    write_timeliness_stats(conn, cells)


def write_round_robin_stats(conn: sqlite3.Connection, responses: str = "responses") -> None:
    """One row per round-robin group with its member, force and refusal counts (the /round-robins
    list would otherwise join every member to its response on each request). `responses`: the
    table read for id, force and outcome (write_stats passes its narrow copy)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'round_robin_members'"
                        ).fetchone():
        return
    conn.executescript(f"""
    DROP TABLE IF EXISTS stats_round_robins;
    {STATS_ROUND_ROBINS};
    INSERT INTO stats_round_robins
      SELECT g.id, g.title, count(m.response_id), count(DISTINCT r.force),
             coalesce(sum(r.outcome IN ({_REFUSAL_IN})), 0)
      FROM round_robins g JOIN round_robin_members m ON m.round_robin_id = g.id
      JOIN {responses} r ON r.id = m.response_id GROUP BY g.id;
    {STATS_ROUND_ROBINS_INDEX};
    """)
