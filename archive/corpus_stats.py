"""Aggregate tables written at build time, so the analytics pages read a few small rows instead of
grouping a million responses per request."""
from __future__ import annotations

import sqlite3

OUTCOMES = ("full", "partial", "refused", "ncnd", "not_held", "cost_limit", "vexatious",
            "published_elsewhere", "unknown")
# A "refusal" is a response that withholds the whole request, whatever the ground.
REFUSAL_OUTCOMES = ("refused", "ncnd", "cost_limit", "vexatious", "published_elsewhere")


def write_stats(conn: sqlite3.Connection) -> None:
    outcome_cols = ", ".join(f"outcome_{o} INTEGER" for o in OUTCOMES)
    outcome_sums = ", ".join(f"sum(outcome = '{o}')" for o in OUTCOMES)
    refusal_in = ", ".join(f"'{o}'" for o in REFUSAL_OUTCOMES)
    conn.executescript(f"""
    DROP TABLE IF EXISTS stats_force_year;
    CREATE TABLE stats_force_year (
      force TEXT REFERENCES forces(slug), year INTEGER, responses INTEGER,
      refusals INTEGER, ncnd INTEGER, refusal_rate REAL, ncnd_rate REAL, {outcome_cols},
      PRIMARY KEY (force, year)
    );
    INSERT INTO stats_force_year
      SELECT force, year, count(*), sum(outcome IN ({refusal_in})), sum(coalesce(ncnd, 0)),
             round(1.0 * sum(outcome IN ({refusal_in})) / count(*), 4),
             round(1.0 * sum(coalesce(ncnd, 0)) / count(*), 4), {outcome_sums}
      FROM responses GROUP BY force, year;
    DROP TABLE IF EXISTS stats_exemption_force_year;
    CREATE TABLE stats_exemption_force_year (
      label TEXT REFERENCES exemptions(label), force TEXT REFERENCES forces(slug),
      year INTEGER, responses INTEGER, PRIMARY KEY (label, force, year)
    );
    INSERT INTO stats_exemption_force_year
      SELECT e.label, r.force, r.year, count(*)
      FROM response_exemptions e JOIN responses r ON r.id = e.response_id
      GROUP BY e.label, r.force, r.year;
    DROP TABLE IF EXISTS stats_topic_force_year;
    CREATE TABLE stats_topic_force_year (
      topic TEXT REFERENCES topics(slug), force TEXT REFERENCES forces(slug),
      year INTEGER, responses INTEGER, PRIMARY KEY (topic, force, year)
    );
    INSERT INTO stats_topic_force_year
      SELECT t.topic, r.force, r.year, count(*)
      FROM response_topics t JOIN responses r ON r.id = t.response_id
      GROUP BY t.topic, r.force, r.year;
    CREATE INDEX IF NOT EXISTS idx_stats_fy_year ON stats_force_year(year);
    CREATE INDEX IF NOT EXISTS idx_stats_efy_force ON stats_exemption_force_year(force);
    CREATE INDEX IF NOT EXISTS idx_stats_tfy_force ON stats_topic_force_year(force);
    """)
    write_facet_counts(conn)
    write_round_robin_stats(conn)


def write_round_robin_stats(conn: sqlite3.Connection) -> None:
    """One row per round-robin group with its member, force and refusal counts (the /round-robins
    list would otherwise join every member to its response on each request)."""
    refusal_in = ", ".join(f"'{o}'" for o in REFUSAL_OUTCOMES)
    conn.executescript(f"""
    DROP TABLE IF EXISTS stats_round_robins;
    CREATE TABLE stats_round_robins (
      id TEXT PRIMARY KEY, title TEXT, members INTEGER, forces INTEGER, refusals INTEGER
    );
    INSERT INTO stats_round_robins
      SELECT g.id, g.title, count(m.response_id), count(DISTINCT r.force),
             coalesce(sum(r.outcome IN ({refusal_in})), 0)
      FROM round_robins g JOIN round_robin_members m ON m.round_robin_id = g.id
      JOIN responses r ON r.id = m.response_id GROUP BY g.id;
    CREATE INDEX idx_stats_round_robins_members ON stats_round_robins(members DESC, id);
    """)


# Columns of `responses` whose facet counts are precomputed per (force, year) cell; the site's
# cube facets (datasette_plugins/facets_cube.py) sum these cells instead of grouping the table.
FACET_COLUMNS = ("force", "year", "month", "outcome", "ncnd")
FACET_ARRAYS = {"topics": ("response_topics", "topic"),
                "exemption_labels": ("response_exemptions", "label")}


def write_facet_counts(conn: sqlite3.Connection) -> None:
    # `value` has no declared type so years and 0/1 flags stay integers, as Datasette shows them.
    conn.executescript("""
    DROP TABLE IF EXISTS facet_counts;
    CREATE TABLE facet_counts (facet TEXT NOT NULL, force TEXT, year INTEGER, value, n INTEGER);
    """)
    for col in FACET_COLUMNS:
        conn.execute(f"INSERT INTO facet_counts SELECT '{col}', force, year, {col}, count(*) "
                     f"FROM responses WHERE {col} IS NOT NULL GROUP BY force, year, {col}")
    for col, (table, value) in FACET_ARRAYS.items():
        conn.execute(f"INSERT INTO facet_counts SELECT '{col}', r.force, r.year, t.{value}, "
                     f"count(*) FROM {table} t JOIN responses r ON r.id = t.response_id "
                     f"GROUP BY r.force, r.year, t.{value}")
    conn.execute("CREATE INDEX idx_facet_counts ON facet_counts(facet, force, year)")
    conn.execute("CREATE INDEX idx_facet_counts_year ON facet_counts(facet, year)")
