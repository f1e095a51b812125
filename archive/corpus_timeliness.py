"""Timeliness stats written at build time (docs/timeliness.md): per force and year, and per force
over all years, the median working days from receipt to response, the share answered within
the Act's 20 working days, and how many responses state no received date.

Read from the covering index idx_responses_timeliness (force, year, working_days, received), so
no response's text pages are touched. Called by corpus_stats.write_stats with its (force, year)
cells: an incremental build recounts only those cells and their forces.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from archive.corpus_schema import TIMELINESS_TABLES
from archive.working_days import TIME_LIMIT

# counted: a working-day count stands; not_counted: a received date is stated but there is no
# count (no response date, received after it, or more than a year before it)
_COUNTS = f"""count(*), sum(r.received IS NOT NULL), sum(r.received IS NULL),
  sum(r.working_days IS NOT NULL), sum(r.received IS NOT NULL AND r.working_days IS NULL),
  coalesce(sum(r.working_days <= {TIME_LIMIT}), 0),
  round(1.0 * sum(r.working_days <= {TIME_LIMIT}) / nullif(sum(r.working_days IS NOT NULL), 0), 4),
  NULL, max(r.working_days)"""
# The median of a group's counts: the middle one, or the mean of the middle two (an index range
# scan in order: SQLite allows no correlated LIMIT, so one query per group).
_MEDIAN = """SELECT avg(w) FROM (SELECT r.working_days AS w FROM responses r
  WHERE r.force IS ? {year} AND r.working_days IS NOT NULL ORDER BY r.working_days
  LIMIT 2 - (? % 2) OFFSET (? - 1) / 2)"""


def write_timeliness_stats(conn: sqlite3.Connection,
                           cells: Iterable[tuple[str | None, int | None]] | None = None) -> None:
    """All afresh, or (cells given) only those (force, year) cells and those forces' totals;
    when `cells.added` lists the batch (all new responses: corpus_stats.AddedCells), its counts
    are added to the stored ones, and only the medians are read again."""
    added = getattr(cells, "added", None)
    if added is not None and _has_tables(conn):
        _add_counts(conn, cells, added)
    else:
        _count(conn, cells)
    # the rows just written are the ones without a median yet
    for table, key, year in (("stats_timeliness", "force, year", "AND r.year IS ?"),
                             ("stats_timeliness_force", "force", "")):
        todo = conn.execute(f"SELECT rowid, {key}, counted FROM {table} "
                            "WHERE counted > 0 AND median_working_days IS NULL").fetchall()
        for rowid, *group, counted in todo:
            median = conn.execute(_MEDIAN.format(year=year), (*group, counted, counted)).fetchone()[0]
            conn.execute(f"UPDATE {table} SET median_working_days = ? WHERE rowid = ?", (median, rowid))
    conn.execute("DROP TABLE IF EXISTS temp._tcells")


def _count(conn: sqlite3.Connection, cells) -> None:
    """Count every cell, or those `cells` and their forces' totals, from the responses."""
    if cells is None:
        conn.executescript("DROP TABLE IF EXISTS stats_timeliness; "
                           "DROP TABLE IF EXISTS stats_timeliness_force;" + TIMELINESS_TABLES)
        cell_source = force_source = "responses r"
    else:
        # temp._tcells: this connection's working list of cells, never in the corpus file
        conn.executescript(TIMELINESS_TABLES + "DROP TABLE IF EXISTS temp._tcells; "
                           "CREATE TEMP TABLE _tcells (force TEXT, year INTEGER);")
        conn.executemany("INSERT INTO temp._tcells VALUES (?, ?)", sorted(set(cells), key=str))
        conn.execute("DELETE FROM stats_timeliness WHERE EXISTS (SELECT 1 FROM temp._tcells c "
                     "WHERE c.force IS stats_timeliness.force AND c.year IS stats_timeliness.year)")
        conn.execute("DELETE FROM stats_timeliness_force WHERE force IN (SELECT force FROM temp._tcells)")
        # driven from the cells through the (force, year, ...) index: cost follows the cells
        cell_source = "temp._tcells c JOIN responses r ON r.force IS c.force AND r.year IS c.year"
        force_source = "(SELECT DISTINCT force FROM temp._tcells) c JOIN responses r ON r.force = c.force"
    conn.execute(f"INSERT INTO stats_timeliness SELECT r.force, r.year, {_COUNTS} "
                 f"FROM {cell_source} GROUP BY r.force, r.year")
    conn.execute(f"INSERT INTO stats_timeliness_force SELECT r.force, {_COUNTS} "
                 f"FROM {force_source} WHERE r.force IS NOT NULL GROUP BY r.force")


def _has_tables(conn: sqlite3.Connection) -> bool:
    """Whether there are stored counts to add to (a corpus written before has none)."""
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                        "('stats_timeliness', 'stats_timeliness_force')").fetchone()[0] == 2


# Merging a stored row (in temp._told) with the batch's counts (temp._tadd): sums, the share
# and the longest as the full count computes them; the median is left NULL (read afterwards).
_MERGED = """sum(responses), sum(with_received), sum(no_received), sum(counted), sum(not_counted),
  sum(within_limit), round(1.0 * sum(within_limit) / nullif(sum(counted), 0), 4), NULL,
  max(longest_working_days)"""


def _add_counts(conn: sqlite3.Connection, cells, added: list[str]) -> None:
    """The batch's counts added to its cells' and forces' stored rows, which are deleted and
    inserted again in the order a recount inserts them (sorted by cell, then by force)."""
    conn.executescript(TIMELINESS_TABLES + "DROP TABLE IF EXISTS temp._tadded; "
                       "CREATE TEMP TABLE _tadded (id TEXT PRIMARY KEY); "
                       "DROP TABLE IF EXISTS temp._tcells; "
                       "CREATE TEMP TABLE _tcells (force TEXT, year INTEGER);")
    conn.executemany("INSERT OR IGNORE INTO temp._tadded VALUES (?)", ((rid,) for rid in added))
    conn.executemany("INSERT INTO temp._tcells VALUES (?, ?)", sorted(set(cells), key=str))
    batch = "temp._tadded b CROSS JOIN responses r ON r.id = b.id"
    for table, key, where, forces in (
            ("stats_timeliness", "force, year",
             "EXISTS (SELECT 1 FROM temp._tcells c WHERE c.force IS {t}.force "
             "AND c.year IS {t}.year)", ""),
            ("stats_timeliness_force", "force", "force IN (SELECT force FROM temp._tcells)",
             "WHERE r.force IS NOT NULL ")):
        conn.execute("DROP TABLE IF EXISTS temp._told")
        conn.execute("DROP TABLE IF EXISTS temp._tadd")
        conn.execute(f"CREATE TEMP TABLE _told AS SELECT * FROM main.{table} "
                     f"WHERE {where.format(t=table)}")
        conn.execute(f"CREATE TEMP TABLE _tadd AS SELECT * FROM main.{table} WHERE 0")
        r_key = ", ".join(f"r.{k}" for k in key.split(", "))
        conn.execute(f"INSERT INTO temp._tadd SELECT {r_key}, {_COUNTS} FROM {batch} "
                     f"{forces}GROUP BY {r_key}")
        conn.execute(f"DELETE FROM main.{table} WHERE {where.format(t=table)}")
        conn.execute(f"INSERT INTO main.{table} SELECT {key}, {_MERGED} FROM (SELECT * FROM "
                     f"temp._told UNION ALL SELECT * FROM temp._tadd) GROUP BY {key} "
                     f"ORDER BY {key}")
    conn.execute("DROP TABLE temp._told")
    conn.execute("DROP TABLE temp._tadd")
    conn.execute("DROP TABLE temp._tadded")
