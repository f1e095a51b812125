"""The corpus tables (../shared/contract/corpus.md plus our own), created with plain DDL so the
column names, keys and indexes are exactly what the contract and the site rely on."""
from __future__ import annotations

import sqlite3

SCHEMA_VERSION = "2"  # 2: responses.date_order

TABLES = """
CREATE TABLE forces (
  slug TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, act TEXT, legislation TEXT,
  website TEXT, platform TEXT, entry_urls TEXT, browser INTEGER
);
CREATE TABLE responses (
  id TEXT PRIMARY KEY,
  force TEXT REFERENCES forces(slug),
  reference TEXT, title TEXT, published TEXT, year INTEGER, month TEXT,
  url TEXT, source_urls TEXT,
  request_text TEXT, response_text TEXT, attachment_text TEXT,
  ncnd INTEGER, outcome TEXT, public_interest_test INTEGER,
  format TEXT, ocr INTEGER,
  topics TEXT, exemption_labels TEXT,
  fetched_at TEXT, first_seen TEXT, content_hash TEXT,
  date_order TEXT UNIQUE
);
CREATE TABLE questions (
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
  table_ordinal INTEGER, measure TEXT, period TEXT, value REAL, raw TEXT
);
CREATE TABLE attachments (
  response_id TEXT NOT NULL REFERENCES responses(id), ordinal INTEGER NOT NULL,
  name TEXT, url TEXT,
  PRIMARY KEY (response_id, ordinal)
);
CREATE TABLE parse_errors (id INTEGER PRIMARY KEY, url TEXT, force TEXT, error TEXT);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""

INDEXES = """
CREATE INDEX idx_responses_force ON responses(force);
CREATE INDEX idx_responses_force_year_published ON responses(force, year, published);
CREATE INDEX idx_responses_cube ON responses(force, year, outcome, ncnd, month);
CREATE INDEX idx_responses_year ON responses(year);
CREATE INDEX idx_responses_month ON responses(month);
CREATE INDEX idx_responses_outcome ON responses(outcome);
CREATE INDEX idx_responses_ncnd ON responses(ncnd);
CREATE INDEX idx_responses_published ON responses(published);
CREATE INDEX idx_responses_first_seen ON responses(first_seen);
CREATE INDEX idx_responses_format ON responses(format);
CREATE INDEX idx_responses_pit ON responses(public_interest_test);
CREATE INDEX idx_response_exemptions_label ON response_exemptions(label);
CREATE INDEX idx_response_topics_topic ON response_topics(topic);
CREATE INDEX idx_figures_response ON figures(response_id);
CREATE INDEX idx_figures_force ON figures(force);
CREATE INDEX idx_figures_measure ON figures(measure);
CREATE INDEX idx_figures_period ON figures(period);
CREATE INDEX idx_parse_errors_force ON parse_errors(force);
"""

# Datasette's table search (?_search=) uses this index through the content table's rowid.
FTS = """
CREATE VIRTUAL TABLE responses_fts USING fts5(
  title, request_text, response_text, attachment_text,
  content="responses", content_rowid="rowid", tokenize='porter unicode61'
);
"""

# The derived tables belong to nlp.corpus.update_derived (same shapes as its ensure_schema);
# these empty copies only let the site render when that module is absent. IF NOT EXISTS: never touch what the NLP layer made.
DERIVED_FALLBACK = """
CREATE TABLE IF NOT EXISTS passages (
  id TEXT PRIMARY KEY, response_id TEXT REFERENCES responses(id), ordinal INTEGER, kind TEXT,
  text TEXT, cluster_id TEXT
);
CREATE TABLE IF NOT EXISTS passage_clusters (
  id TEXT PRIMARY KEY, representative_text TEXT, kind TEXT, passages INTEGER, responses INTEGER,
  forces INTEGER, years INTEGER, first_seen TEXT, last_seen TEXT, exemptions TEXT,
  force_list TEXT
);
CREATE TABLE IF NOT EXISTS round_robins (
  id TEXT PRIMARY KEY, request_text TEXT, title TEXT, forces INTEGER, responses INTEGER,
  first_seen TEXT, last_seen TEXT
);
CREATE TABLE IF NOT EXISTS round_robin_members (
  round_robin_id TEXT REFERENCES round_robins(id), response_id TEXT REFERENCES responses(id),
  force TEXT, outcome TEXT, PRIMARY KEY (round_robin_id, response_id)
);
CREATE TABLE IF NOT EXISTS similar_responses (
  response_id TEXT REFERENCES responses(id), similar_id TEXT REFERENCES responses(id),
  score REAL, rank INTEGER, PRIMARY KEY (response_id, similar_id)
);
"""


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(TABLES + INDEXES + FTS)
    conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))


def ensure_derived_tables(conn: sqlite3.Connection) -> None:
    conn.executescript(DERIVED_FALLBACK)


def rebuild_fts(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO responses_fts(responses_fts) VALUES ('rebuild')")
