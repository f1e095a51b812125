"""Aggregate tables written at build time, so the analytics pages and the responses table's
facets read a few small rows instead of grouping a million responses per request.

Everything here is counted per (force, year) cell, so an incremental build recounts only the
cells its new responses fall in (`write_stats(conn, cells)`), whatever the corpus size; and
when the batch only added responses (`AddedCells`, from archive/corpus_append.py), their own
counts are added to the cells' stored ones instead of the whole cells being counted again.
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



class AddedCells(set):
    """The (force, year) cells a batch touched, and `added`: the batch's response ids when all
    of them are new to the corpus (none replaced), so that their counts can just be added."""

    def __init__(self, cells=(), added: list[str] | None = None):
        super().__init__(cells)
        self.added = added


def _fills(source: str, narrow: str | None = None, into: str = "") -> list[str]:
    """INSERT statements counting the responses `r` of `source` (a FROM clause); the counts
    that join child tables or read `status` take `r` from `narrow` when given (_NARROW);
    `into` prefixes the tables written (the additive path's temp tables).

    CROSS JOIN keeps `r` the outer loop (SQLite does not reorder it): left to itself the planner
    drove the exemption counts from the child table and fetched each response's row by id,
    a random read of a large row per child row (11 s at 100k responses, against 0.4 s)."""
    outcome_sums = ", ".join(f"sum(r.outcome = '{o}')" for o in OUTCOMES)
    wide, source = source, narrow or source
    fills = [
        f"""INSERT INTO {into}stats_force_year
        SELECT r.force, r.year, count(*), sum(r.outcome IN ({_REFUSAL_IN})),
               sum(coalesce(r.ncnd, 0)), round(1.0 * sum(r.outcome IN ({_REFUSAL_IN})) / count(*), 4),
               round(1.0 * sum(coalesce(r.ncnd, 0)) / count(*), 4), {outcome_sums}
        FROM {wide} GROUP BY r.force, r.year""",
        f"""INSERT INTO {into}stats_exemption_force_year
        SELECT e.label, r.force, r.year, count(*)
        FROM {source} CROSS JOIN response_exemptions e ON e.response_id = r.id
        GROUP BY e.label, r.force, r.year""",
        f"""INSERT INTO {into}stats_exemption_family_force_year
        SELECT e.family, r.force, r.year, count(*)
        FROM {source} CROSS JOIN response_exemption_families e ON e.response_id = r.id
        GROUP BY e.family, r.force, r.year""",
        f"""INSERT INTO {into}stats_topic_force_year
        SELECT t.topic, r.force, r.year, count(*)
        FROM {source} CROSS JOIN response_topics t ON t.response_id = r.id
        GROUP BY t.topic, r.force, r.year""",
    ]
    for col in FACET_COLUMNS:
        fills.append(f"INSERT INTO {into}facet_counts SELECT '{col}', r.force, r.year, r.{col}, "
                     f"count(*) FROM {source if col == 'status' else wide} "
                     f"WHERE r.{col} IS NOT NULL "
                     f"GROUP BY r.force, r.year, r.{col}")
    for col, (table, value) in FACET_ARRAYS.items():
        fills.append(f"INSERT INTO {into}facet_counts SELECT '{col}', r.force, r.year, t.{value}, "
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

    added = getattr(cells, "added", None)
    cells = None if cells is None else list(cells)  # read twice: here and for the timeliness stats
    if added is not None and not _has(conn, *_CELL_TABLES):
        added = None   # nothing counted yet to add to
    conn.executescript(EXEMPTION_NAME_TABLES)   # (a corpus written without them counts none)
    if added is not None:
        _add_counts(conn, cells, added)
    elif cells is None:
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
        conn.execute("CREATE INDEX temp._cells_key ON _cells(force, year)")   # (_IN_CELLS)
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
    write_round_robin_stats(conn, _NARROW if cells is None else None)
    if cells is None:
        conn.execute(f"DROP TABLE {_NARROW}")
    write_outcome_tables(conn)
    write_timeliness_stats(conn, cells if added is None else AddedCells(cells, added))


def _has(conn: sqlite3.Connection, *tables: str) -> bool:
    return all(conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                            (t,)).fetchone() for t in tables)


# The additive path's tables: key columns, and each counted column's merge of the stored row
# (o, in temp._old_<table>) with the batch's (in temp._add_<table>): a sum, or a share
# recomputed from the summed counts exactly as the full count computes it.
_RATES = {"refusal_rate": "round(1.0 * sum(refusals) / sum(responses), 4)",
          "ncnd_rate": "round(1.0 * sum(ncnd) / sum(responses), 4)"}
_KEYS = {"stats_force_year": ("force", "year"),
         "stats_exemption_force_year": ("label", "force", "year"),
         "stats_exemption_family_force_year": ("family", "force", "year"),
         "stats_topic_force_year": ("topic", "force", "year"),
         "facet_counts": ("facet", "force", "year", "value")}


_BATCH = "temp._stats_batch"
_BATCH_COLUMNS = sorted({*FACET_COLUMNS, "outcome", "ncnd", "status"} - {"force", "year"})


def _add_counts(conn: sqlite3.Connection, cells: list, added: list[str]) -> None:
    """The batch `added` (responses new to the corpus, in `cells`) counted on its own and
    merged into the stored rows of its cells: the rows a recount of those cells writes, in the
    order it writes them (each cell's rows are deleted and inserted again, sorted by key as
    the recount's GROUP BY gives them), at the batch's cost instead of the cells'."""
    conn.executescript(STATS_TABLES)
    conn.execute("DROP TABLE IF EXISTS temp._stats_added")
    conn.execute("CREATE TEMP TABLE _stats_added (id TEXT PRIMARY KEY)")
    conn.executemany("INSERT OR IGNORE INTO temp._stats_added VALUES (?)",
                     ((rid,) for rid in added))
    # the batch's counted columns read once (status and outcome lie past the long texts:
    # each of the fills below read them again through every row's overflow pages)
    conn.execute(f"DROP TABLE IF EXISTS {_BATCH}")
    conn.execute(f"CREATE TEMP TABLE {_BATCH[5:]} AS SELECT r.id, r.force, r.year, "
                 f"{', '.join(f'r.{c}' for c in _BATCH_COLUMNS)} FROM temp._stats_added b "
                 "CROSS JOIN responses r ON r.id = b.id ORDER BY r.id")
    conn.execute("DROP TABLE IF EXISTS temp._cells")
    conn.execute("CREATE TEMP TABLE _cells (force TEXT, year INTEGER)")
    conn.executemany("INSERT INTO temp._cells VALUES (?, ?)", sorted(set(cells), key=str))
    conn.execute("CREATE INDEX temp._cells_key ON _cells(force, year)")
    for table in _CELL_TABLES:
        for prefix in ("_old_", "_add_"):
            conn.execute(f"DROP TABLE IF EXISTS temp.{prefix}{table}")
            conn.execute(f"CREATE TEMP TABLE {prefix}{table} AS SELECT * FROM main.{table} "
                         "WHERE 0")
        conn.execute(f"INSERT INTO temp._old_{table} SELECT * FROM main.{table} "
                     f"WHERE {_IN_CELLS.format(t=table)}")
        conn.execute(f"DELETE FROM main.{table} WHERE {_IN_CELLS.format(t=table)}")
    for sql in _fills(f"{_BATCH} r", into="temp._add_"):
        conn.execute(sql)
    for table in _CELL_TABLES:
        keys = _KEYS[table]
        columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        merged = ", ".join(c if c in keys else _RATES.get(c, f"sum({c})") for c in columns)
        both = f"SELECT * FROM temp._old_{table} UNION ALL SELECT * FROM temp._add_{table}"
        # facet_counts: one facet after another, in the order the recount inserts them
        facets = ([None] if table != "facet_counts"
                  else [*FACET_COLUMNS, *FACET_ARRAYS])
        for facet in facets:
            where = "" if facet is None else f" WHERE facet = '{facet}'"
            group = ", ".join(k for k in keys if k != "facet")
            conn.execute(f"INSERT INTO main.{table} SELECT {merged} FROM ({both}){where} "
                         f"GROUP BY {group} ORDER BY {group}")
        conn.execute(f"DROP TABLE temp._old_{table}")
        conn.execute(f"DROP TABLE temp._add_{table}")
    conn.execute("DROP TABLE temp._cells")
    conn.execute("DROP TABLE temp._stats_added")
    conn.execute(f"DROP TABLE {_BATCH}")


def write_round_robin_stats(conn: sqlite3.Connection, responses: str | None = "responses"
                            ) -> None:
    """One row per round-robin group with its member, force and refusal counts (the /round-robins
    list would otherwise join every member to its response on each request). `responses`: the
    table read for id, force and outcome (write_stats passes its narrow copy); None: each
    member's own force and outcome, which the derive step copies from its response (reading
    them from `responses` fetched each member's row past its long texts: ~20 us a member)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'round_robin_members'"
                        ).fetchone():
        return
    f = "m" if responses is None else "r"
    conn.executescript(f"""
    DROP TABLE IF EXISTS stats_round_robins;
    {STATS_ROUND_ROBINS};
    INSERT INTO stats_round_robins
      SELECT g.id, g.title, count(m.response_id), count(DISTINCT {f}.force),
             coalesce(sum({f}.outcome IN ({_REFUSAL_IN})), 0)
      FROM round_robins g JOIN round_robin_members m ON m.round_robin_id = g.id
      JOIN {responses or "responses"} r ON r.id = m.response_id GROUP BY g.id;
    {STATS_ROUND_ROBINS_INDEX};
    """)
