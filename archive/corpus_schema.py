"""The corpus schema: every table the build writes, its columns in order, its indexes.

Tables of ../shared/contract/corpus.md plus our own, created with plain DDL so the column names,
keys and indexes are exactly what the contract and the site rely on. This module holds the
tables written with the responses (archive/corpus_write.py); `corpus_schema_derived` those
derived from them afterwards (NLP, statistics, serving indexes), re-exported here so that every
name comes from `archive.corpus_schema`. The DDL text is stored in the corpus (sqlite_master)
and shown by Datasette: it is kept exactly as earlier builds wrote it.
"""
from __future__ import annotations

import sqlite3

# The derived tables' names, so that every name comes from this module.
from archive.corpus_schema_derived import (  # noqa: F401
    AUX_CLUSTER_TABLES,
    DERIVED_EXEMPTIONS_INDEX,
    DERIVED_FALLBACK,
    DERIVED_INDEXES,
    DERIVED_TABLES,
    FACET_BITMAPS,
    FACET_INDEX,
    FACET_PART_ROWS,
    FACET_TOTALS,
    FACET_TOTALS_INDEX,
    NLP_CLUSTER_TABLES,
    NLP_REP_TABLES,
    NLP_TERM_TABLES,
    OUTCOME_TABLES,
    SEARCH_RANK,
    SEARCH_RANK_META,
    SEARCH_RANK_TERMS,
    SERVING_FACET_COLUMNS,
    SERVING_FACET_ROWS,
    SERVING_FACET_ROWS_DDL,
    STATS_OUTCOMES,
    STATS_ROUND_ROBINS,
    STATS_ROUND_ROBINS_INDEX,
    STATS_TABLES,
    TIMELINESS_TABLES,
    create_derived_indexes,
    ensure_derived_tables,
)

SCHEMA_VERSION = "4"  # 2: responses.date_order; 3: received, working_days, status;
# 4: exemption_families (archive/exemption_names.py)

# The name the site serves the corpus under (/foi/responses, data/metadata.json's `databases`).
DB_NAME = "foi"

# `responses`, one column a (name, declaration), grouped as the CREATE TABLE lays them out. The
# table, its INSERT, the writer's positions (RESPONSE_POS) and the dump's (name, affinity) list
# (RESPONSE_AFFINITIES) are all made from it.
RESPONSES = "responses"
RESPONSE_COLUMN_LINES = (
    (("id", "TEXT PRIMARY KEY"),),
    (("force", "TEXT REFERENCES forces(slug)"),),
    (("reference", "TEXT"), ("title", "TEXT"), ("published", "TEXT"), ("year", "INTEGER"),
     ("month", "TEXT")),
    (("url", "TEXT"), ("source_urls", "TEXT")),
    (("request_text", "TEXT"), ("response_text", "TEXT"), ("attachment_text", "TEXT")),
    (("ncnd", "INTEGER"), ("outcome", "TEXT"), ("public_interest_test", "INTEGER")),
    (("format", "TEXT"), ("ocr", "INTEGER")),
    (("topics", "TEXT"), ("exemption_labels", "TEXT")),
    (("fetched_at", "TEXT"), ("first_seen", "TEXT"), ("content_hash", "TEXT")),
    (("date_order", "TEXT UNIQUE"),),
    (("received", "TEXT"), ("working_days", "INTEGER")),
    (("status", "TEXT NOT NULL DEFAULT 'published'"),),
    (("exemption_families", "TEXT"),),
)
RESPONSE_COLUMNS = tuple(column for line in RESPONSE_COLUMN_LINES for column in line)
RESPONSE_COLUMN_NAMES = tuple(name for name, _ in RESPONSE_COLUMNS)
RESPONSE_POS = {name: i for i, name in enumerate(RESPONSE_COLUMN_NAMES)}
# (name, "T" | "I"): the affinity of each column's declared type (TEXT, INTEGER).
RESPONSE_AFFINITIES = tuple((name, decl.split()[0][0]) for name, decl in RESPONSE_COLUMNS)
RESPONSE_INSERT = (f"INSERT INTO {RESPONSES} VALUES "
                   f"({','.join('?' * len(RESPONSE_COLUMNS))})")
_RESPONSES_DDL = (f"CREATE TABLE {RESPONSES} (\n"
                  + ",\n".join("  " + ", ".join(f"{name} {decl}" for name, decl in line)
                               for line in RESPONSE_COLUMN_LINES)
                  + "\n);\n")

# The table's default order (data/metadata.json `sort_desc`): unique, never null, so keyset
# paging (datasette_plugins/keyset_paging.py) needs no tie-break.
DATE_ORDER_COLUMN = "date_order"


def date_order(published: str | None, month: str | None, rid: str) -> str:
    """A unique, date-ordered key: the table's default sort. Sorting by `published` alone lets
    rows that share a date swap places between JSON pages (Datasette's first page has no
    tie-break), so paging repeated some rows and skipped others. `published` first, then the
    id: among ISO dates (one length) the order is `published desc, date_order desc`, which
    FORCE_YEAR_PUBLISHED_INDEX serves (datasette_plugins/filtered_order.py)."""
    return f"{published or month or ''} {rid}"


TABLES = """
CREATE TABLE forces (
  slug TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, act TEXT, legislation TEXT,
  website TEXT, platform TEXT, entry_urls TEXT, browser INTEGER
);
""" + _RESPONSES_DDL + """CREATE TABLE questions (
  response_id TEXT NOT NULL REFERENCES responses(id), ordinal INTEGER NOT NULL,
  number TEXT, text TEXT, answer TEXT,
  PRIMARY KEY (response_id, ordinal)
);
CREATE TABLE exemptions (
  label TEXT PRIMARY KEY, section INTEGER, subsection TEXT, name TEXT, ncnd INTEGER
);
CREATE TABLE response_exemptions (
  response_id TEXT NOT NULL REFERENCES responses(id),
  label TEXT NOT NULL REFERENCES exemptions(label),
  PRIMARY KEY (response_id, label)
);
CREATE TABLE topics (slug TEXT PRIMARY KEY, description TEXT);
CREATE TABLE response_topics (
  response_id TEXT NOT NULL REFERENCES responses(id),
  topic TEXT NOT NULL REFERENCES topics(slug),
  score REAL, evidence TEXT,
  PRIMARY KEY (response_id, topic)
);
CREATE TABLE tables (
  response_id TEXT NOT NULL REFERENCES responses(id), ordinal INTEGER NOT NULL,
  caption TEXT, header TEXT, rows TEXT,
  PRIMARY KEY (response_id, ordinal)
);
CREATE TABLE figures (
  id INTEGER PRIMARY KEY,
  response_id TEXT NOT NULL REFERENCES responses(id), force TEXT REFERENCES forces(slug),
  table_ordinal INTEGER, measure TEXT, period TEXT, value REAL, raw TEXT,
  -- archive/figure_context.py: the response's title and main topic, the measure in its table's
  -- context (the facet), calendar_year/financial_year/month/..., unit, 1 = a repeated table
  title TEXT, topic TEXT, series TEXT, period_kind TEXT, unit TEXT, duplicate INTEGER
);
CREATE TABLE attachments (
  response_id TEXT NOT NULL REFERENCES responses(id), ordinal INTEGER NOT NULL,
  name TEXT, url TEXT,
  PRIMARY KEY (response_id, ordinal)
);
CREATE TABLE parse_errors (id INTEGER PRIMARY KEY, url TEXT, force TEXT, error TEXT);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""

# The tables with a row per response and child row (`response_id` first): an incremental build
# deletes a replaced response's rows from each.
CHILD_TABLES = ("questions", "response_exemptions", "response_topics", "tables", "figures",
                "attachments", "response_evidence", "response_exemption_families",
                "response_versions", "response_changes")

# Filtered pages of one force and year read rows newest first from this index
# (datasette_plugins/filtered_order.py).
FORCE_YEAR_PUBLISHED_INDEX = "idx_responses_force_year_published"
FORCE_YEAR_PUBLISHED_COLUMNS = ("force", "year", "published")
# index name -> what it indexes; those on `responses` are made with the table, the others once
# the rows are in (create_schema(indexes=False), create_indexes).
INDEXES = {
    "idx_responses_force": "responses(force)",
    FORCE_YEAR_PUBLISHED_INDEX: f"responses({', '.join(FORCE_YEAR_PUBLISHED_COLUMNS)})",
    "idx_responses_cube": "responses(force, year, outcome, ncnd, month)",
    "idx_responses_year": "responses(year)",
    "idx_responses_month": "responses(month)",
    "idx_responses_outcome": "responses(outcome)",
    "idx_responses_ncnd": "responses(ncnd)",
    "idx_responses_published": "responses(published)",
    "idx_responses_first_seen": "responses(first_seen)",
    "idx_responses_format": "responses(format)",
    "idx_responses_pit": "responses(public_interest_test)",
    # the timeliness stats (archive/corpus_timeliness.py) read only these: no text pages touched
    "idx_responses_timeliness": "responses(force, year, working_days, received)",
    "idx_response_exemptions_label": "response_exemptions(label)",
    "idx_response_topics_topic": "response_topics(topic)",
    "idx_figures_response": "figures(response_id)",
    "idx_figures_force": "figures(force)",
    "idx_figures_measure": "figures(measure)",
    "idx_figures_period": "figures(period)",
    "idx_figures_series": "figures(series)",
    "idx_figures_topic": "figures(topic)",
    "idx_parse_errors_force": "parse_errors(force)",
    "idx_not_responses_force": "not_responses(force)",
}

# Datasette's table search (?_search=) uses this index through the content table's rowid.
FTS_TABLE = "responses_fts"
FTS_COLUMNS = ("title", "request_text", "response_text", "attachment_text")
FTS_TOKENIZE = "porter unicode61"   # also the site's query tokenizer (search_index.py)
FTS = f"""
CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
  {", ".join(FTS_COLUMNS)},
  content="responses", content_rowid="rowid", tokenize='{FTS_TOKENIZE}'
);
"""

# Pages of a log that are not responses (parsers/not_response.py): kept out of `responses`,
# listed here with the reason. IF NOT EXISTS: an incremental build may meet a corpus written
# before the table existed.
NOT_RESPONSES = ("CREATE TABLE IF NOT EXISTS not_responses (id INTEGER PRIMARY KEY, url TEXT, "
                 "force TEXT, reason TEXT, title TEXT)")


# The sentence that decided each of a response's judged fields (outcome, ncnd, public interest
# test: parsers/fields/outcome.py), so a reader can see why. IF NOT EXISTS, as above.
EVIDENCE = ("CREATE TABLE IF NOT EXISTS response_evidence (response_id TEXT NOT NULL "
            "REFERENCES responses(id), field TEXT NOT NULL, rule TEXT, sentence TEXT, "
            "PRIMARY KEY (response_id, field))")

# Each exemption label named under the force's Act, its family, and each response's families
# (archive/exemption_names.py). IF NOT EXISTS, as above.
EXEMPTION_NAME_TABLES = """
CREATE TABLE IF NOT EXISTS exemption_names (
  key TEXT PRIMARY KEY, label TEXT NOT NULL, act TEXT NOT NULL, family TEXT NOT NULL,
  name TEXT, ncnd INTEGER, title TEXT
);
CREATE TABLE IF NOT EXISTS exemption_families (
  family TEXT PRIMARY KEY, act TEXT NOT NULL, label TEXT NOT NULL, name TEXT, ncnd INTEGER,
  title TEXT
);
CREATE TABLE IF NOT EXISTS response_exemption_families (
  response_id TEXT NOT NULL REFERENCES responses(id), family TEXT NOT NULL,
  PRIMARY KEY (response_id, family)
);
CREATE INDEX IF NOT EXISTS idx_response_exemption_families_family
  ON response_exemption_families(family);
CREATE INDEX IF NOT EXISTS idx_exemption_names_label ON exemption_names(label, act);
"""


# Versions and changes of each response, derived from the raw store's fetches and checks
# (issue 14: archive/change_history.py, docs/changes.md). IF NOT EXISTS, as above.
CHANGES = """
CREATE TABLE IF NOT EXISTS response_versions (
  response_id TEXT NOT NULL REFERENCES responses(id), version INTEGER NOT NULL,
  content_hash TEXT, first_seen TEXT, last_seen TEXT, fetch_id INTEGER, content TEXT,
  PRIMARY KEY (response_id, version)
);
CREATE TABLE IF NOT EXISTS response_changes (
  response_id TEXT NOT NULL REFERENCES responses(id), seq INTEGER NOT NULL,
  kind TEXT NOT NULL, detected_at TEXT, previous_hash TEXT, new_hash TEXT, summary TEXT,
  version INTEGER, PRIMARY KEY (response_id, seq)
);
CREATE INDEX IF NOT EXISTS idx_response_changes_detected ON response_changes(detected_at);
CREATE INDEX IF NOT EXISTS idx_response_changes_kind ON response_changes(kind, detected_at);
"""


# The Information Commissioner's decision notices about police authorities and their evidenced
# links to responses (issue 15: archive/corpus_ico.py, archive/ico_links.py, docs/ico.md).
ICO = """
CREATE TABLE IF NOT EXISTS ico_decisions (
  id TEXT PRIMARY KEY, reference TEXT NOT NULL, date TEXT, year INTEGER,
  force TEXT REFERENCES forces(slug), authority TEXT, authority_kind TEXT, act TEXT,
  sections TEXT, decision TEXT, steps_ordered INTEGER, request_date TEXT, request_text TEXT,
  url TEXT, summary TEXT, fetched_at TEXT
);
CREATE INDEX IF NOT EXISTS idx_ico_decisions_force ON ico_decisions(force, date);
CREATE INDEX IF NOT EXISTS idx_ico_decisions_decision ON ico_decisions(decision);
CREATE TABLE IF NOT EXISTS response_ico_links (
  response_id TEXT NOT NULL REFERENCES responses(id),
  decision_id TEXT NOT NULL REFERENCES ico_decisions(id),
  score REAL NOT NULL, reasons TEXT,
  PRIMARY KEY (response_id, decision_id)
);
CREATE INDEX IF NOT EXISTS idx_response_ico_links_decision ON response_ico_links(decision_id);
"""


def _indexes(on_responses: bool) -> str:
    """The CREATE INDEX statements of INDEXES on `responses` (True) or on the other tables."""
    return "".join(f"CREATE INDEX {name} ON {on};\n" for name, on in INDEXES.items()
                   if on.startswith(f"{RESPONSES}(") == on_responses)


def create_schema(conn: sqlite3.Connection, indexes: bool = True) -> None:
    """`indexes=False` for a bulk load: the child tables' indexes are left to `create_indexes`
    (once the rows are in). The responses' indexes are made here all the same: building one
    afterwards reads the whole table, overflow pages and all (8 GB per index at 1M responses),
    while keeping it up to date row by row costs little."""
    conn.executescript(TABLES + NOT_RESPONSES + ";\n" + EVIDENCE + ";\n" + CHANGES
                       + _indexes(on_responses=True)
                       + (_indexes(on_responses=False) if indexes else "") + FTS)
    conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))


def create_indexes(conn: sqlite3.Connection) -> None:
    """The indexes `create_schema(indexes=False)` left out."""
    conn.executescript(_indexes(on_responses=False))


def rebuild_fts(conn: sqlite3.Connection) -> None:
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")

