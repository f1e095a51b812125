"""The corpus tables derived after the responses are written: the NLP step's (nlp/derive.py),
the statistics (archive/corpus_stats.py, corpus_timeliness.py, outcomes.py) and the serving
indexes (archive/corpus_serving.py, facet_index.py, search_rank.py). Import them from
`archive.corpus_schema`, which re-exports every name here.

The DDL text is stored in the corpus (sqlite_master) and shown by Datasette: each statement is
kept exactly as earlier builds wrote it, continuation-line indentation included.
"""
from __future__ import annotations

import sqlite3

# The tables the NLP derive step writes (nlp/derive.py: precedent passages and clusters,
# round-robins, similar responses) and the state it keeps for incremental runs. Foreign keys
# are declared here, in CREATE TABLE: adding them afterwards (sqlite-utils add_foreign_key)
# rewrites and VACUUMs the whole corpus file.
DERIVED_TABLES = """
CREATE TABLE IF NOT EXISTS passages (
  [id] TEXT PRIMARY KEY, [response_id] TEXT REFERENCES [responses]([id]), [ordinal] INTEGER,
  [kind] TEXT, [text] TEXT, [cluster_id] TEXT);
CREATE TABLE IF NOT EXISTS passage_clusters (
  [id] TEXT PRIMARY KEY, [representative_text] TEXT, [kind] TEXT, [passages] INTEGER,
  [responses] INTEGER, [forces] INTEGER, [years] INTEGER, [first_seen] TEXT, [last_seen] TEXT,
  [exemptions] TEXT, [force_list] TEXT);
CREATE TABLE IF NOT EXISTS round_robins (
  [id] TEXT PRIMARY KEY, [request_text] TEXT, [title] TEXT, [forces] INTEGER,
  [responses] INTEGER, [first_seen] TEXT, [last_seen] TEXT);
CREATE TABLE IF NOT EXISTS round_robin_members (
  [round_robin_id] TEXT, [response_id] TEXT REFERENCES [responses]([id]), [force] TEXT,
  [outcome] TEXT, PRIMARY KEY ([round_robin_id], [response_id]));
CREATE TABLE IF NOT EXISTS similar_responses (
  [response_id] TEXT REFERENCES [responses]([id]), [similar_id] TEXT, [score] FLOAT,
  [rank] INTEGER, PRIMARY KEY ([response_id], [similar_id]));
-- persisted state for incremental runs (not for display)
CREATE TABLE IF NOT EXISTS nlp_signatures (
  [kind] TEXT, [item_id] TEXT, [response_id] TEXT, [sig] BLOB, [group_id] TEXT,
  PRIMARY KEY ([kind], [item_id]));
CREATE TABLE IF NOT EXISTS nlp_reps (
  [kind] TEXT, [group_id] TEXT, [folded] TEXT, [keys] BLOB, PRIMARY KEY ([kind], [group_id]));
CREATE TABLE IF NOT EXISTS nlp_bands ([kind] TEXT, [band_key] INTEGER, [group_id] TEXT);
"""
# Their secondary indexes, by name; a full rebuild drops some while it inserts and creates them
# once at the end (one sort instead of millions of random B-tree inserts).
DERIVED_INDEXES = {
    "idx_passages_response_id": "passages(response_id)",
    "idx_passages_cluster_id": "passages(cluster_id)",
    "idx_passages_kind": "passages(kind)",
    "idx_passage_clusters_responses": "passage_clusters(responses)",
    "idx_passage_clusters_kind": "passage_clusters(kind)",
    "idx_round_robins_forces": "round_robins(forces)",
    "idx_round_robin_members_response_id": "round_robin_members(response_id)",
    "idx_similar_responses_similar_id": "similar_responses(similar_id)",
    "idx_nlp_signatures_kind_response_id": "nlp_signatures(kind, response_id)",
    "idx_nlp_signatures_kind_group_id": "nlp_signatures(kind, group_id)",
    "idx_nlp_bands_kind_band_key": "nlp_bands(kind, band_key)",
    "idx_nlp_bands_kind_group_id": "nlp_bands(kind, group_id)",
}
# The passage-cluster statistics (nlp/cluster_stats.py) join on it.
DERIVED_EXEMPTIONS_INDEX = ("CREATE INDEX IF NOT EXISTS idx_response_exemptions_response_id "
                            "ON response_exemptions(response_id)")

# Empty copies of the five shown derived tables only let the site render when the NLP layer is
# absent (same columns as DERIVED_TABLES; two more foreign keys, REAL for FLOAT: left as they
# were). IF NOT EXISTS: never touch what the NLP layer made.
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

# Passage-cluster statistics kept as additive counts (nlp/cluster_stats.py; hidden).
NLP_CLUSTER_TABLES = """
CREATE TABLE IF NOT EXISTS nlp_cluster_responses (
  [response_id] TEXT PRIMARY KEY, [force] TEXT, [published] TEXT, [labels] TEXT);
CREATE TABLE IF NOT EXISTS nlp_cluster_cells (
  [cluster_id] TEXT, [force] TEXT, [year] TEXT, [passages] INTEGER, [responses] INTEGER,
  [first_seen] TEXT, [last_seen] TEXT);
CREATE TABLE IF NOT EXISTS nlp_cluster_labels ([cluster_id] TEXT, [label] TEXT,
  [responses] INTEGER);
CREATE TABLE IF NOT EXISTS nlp_cluster_texts (
  [cluster_id] TEXT, [digest] BLOB, [uses] INTEGER, [first_id] TEXT,
  PRIMARY KEY ([cluster_id], [digest]));
CREATE INDEX IF NOT EXISTS idx_nlp_cluster_cells_cluster_id ON nlp_cluster_cells(cluster_id);
CREATE INDEX IF NOT EXISTS idx_nlp_cluster_labels_cluster_id ON nlp_cluster_labels(cluster_id);
CREATE INDEX IF NOT EXISTS idx_nlp_cluster_texts_rank
  ON nlp_cluster_texts(cluster_id, uses DESC, first_id);
CREATE INDEX IF NOT EXISTS idx_nlp_cluster_responses_force_published
  ON nlp_cluster_responses(force, published);
"""
AUX_CLUSTER_TABLES = ("nlp_cluster_responses", "nlp_cluster_cells", "nlp_cluster_labels",
                      "nlp_cluster_texts")

# Each round-robin group's asks as the merge step read them, kept so an incremental build
# reads only the groups whose members changed (nlp/round_robin_merge.py; hidden). `members`: a
# digest of the member ids and of the code and data the asks are read with.
NLP_ROUND_ROBIN_ASKS = """CREATE TABLE IF NOT EXISTS nlp_round_robin_asks (
  [group_id] TEXT PRIMARY KEY, [members] TEXT, [asks] TEXT)"""

# The similar-responses step's request-word LSH buckets, compact layout (nlp/term_bands.py).
NLP_TERM_TABLES = """
CREATE TABLE IF NOT EXISTS nlp_term_keys (
  [seq] INTEGER PRIMARY KEY, [response_id] TEXT UNIQUE, [keys] BLOB);
CREATE TABLE IF NOT EXISTS nlp_term_bands (
  [band_key] INTEGER, [seq] INTEGER, PRIMARY KEY ([band_key], [seq])) WITHOUT ROWID;
"""

# The near-duplicate groups' LSH buckets: (kind-tagged band key, nlp_reps rowid), clustered
# (nlp/rep_bands.py). nlp_bands keeps only the old term-bands layout and older corpora's rows.
NLP_REP_TABLES = """
CREATE TABLE IF NOT EXISTS nlp_rep_bands (
  [band_key] INTEGER, [rep] INTEGER, PRIMARY KEY ([band_key], [rep])) WITHOUT ROWID;
"""

# Per (force, year) counts for the analytics pages and facets (archive/corpus_stats.py): one
# `outcome_<value>` column per outcome, in this order.
STATS_OUTCOMES = ("full", "partial", "refused", "ncnd", "not_held", "cost_limit", "vexatious",
                  "published_elsewhere", "unknown")
STATS_TABLES = f"""
CREATE TABLE IF NOT EXISTS stats_force_year (
  force TEXT REFERENCES forces(slug), year INTEGER, responses INTEGER,
  refusals INTEGER, ncnd INTEGER, refusal_rate REAL, ncnd_rate REAL,
  {", ".join(f"outcome_{o} INTEGER" for o in STATS_OUTCOMES)},
  PRIMARY KEY (force, year)
);
CREATE TABLE IF NOT EXISTS stats_exemption_force_year (
  label TEXT REFERENCES exemptions(label), force TEXT REFERENCES forces(slug),
  year INTEGER, responses INTEGER, PRIMARY KEY (label, force, year)
);
CREATE TABLE IF NOT EXISTS stats_exemption_family_force_year (
  family TEXT, force TEXT REFERENCES forces(slug),
  year INTEGER, responses INTEGER, PRIMARY KEY (family, force, year)
);
CREATE TABLE IF NOT EXISTS stats_topic_force_year (
  topic TEXT REFERENCES topics(slug), force TEXT REFERENCES forces(slug),
  year INTEGER, responses INTEGER, PRIMARY KEY (topic, force, year)
);
-- `value` has no declared type so years and 0/1 flags stay integers, as Datasette shows them.
CREATE TABLE IF NOT EXISTS facet_counts (
  facet TEXT NOT NULL, force TEXT, year INTEGER, value, n INTEGER
);
CREATE INDEX IF NOT EXISTS idx_stats_fy_year ON stats_force_year(year);
CREATE INDEX IF NOT EXISTS idx_stats_efy_force ON stats_exemption_force_year(force);
CREATE INDEX IF NOT EXISTS idx_stats_effy_force ON stats_exemption_family_force_year(force);
CREATE INDEX IF NOT EXISTS idx_stats_tfy_force ON stats_topic_force_year(force);
CREATE INDEX IF NOT EXISTS idx_facet_counts ON facet_counts(facet, force, year, value, n);
CREATE INDEX IF NOT EXISTS idx_facet_counts_year ON facet_counts(facet, year, value, n);
"""
# facet_counts summed over cells (the unfiltered table page's facets), made by CREATE TABLE AS:
# (facet, value, n).
FACET_TOTALS = "facet_totals"
FACET_TOTALS_INDEX = "CREATE INDEX idx_facet_totals ON facet_totals(facet, n DESC, value)"
# One row per round-robin group with its member, force and refusal counts (/round-robins).
STATS_ROUND_ROBINS = ("CREATE TABLE stats_round_robins (\n"
                      "      id TEXT PRIMARY KEY, title TEXT, members INTEGER, forces INTEGER, "
                      "refusals INTEGER\n    )")
STATS_ROUND_ROBINS_INDEX = ("CREATE INDEX idx_stats_round_robins_members "
                            "ON stats_round_robins(members DESC, id)")

# Timeliness per force and year and per force (archive/corpus_timeliness.py, docs/timeliness.md).
TIMELINESS_TABLES = """
CREATE TABLE IF NOT EXISTS stats_timeliness (
  force TEXT REFERENCES forces(slug), year INTEGER, responses INTEGER,
  with_received INTEGER, no_received INTEGER, counted INTEGER, not_counted INTEGER,
  within_limit INTEGER, share_within_limit REAL, median_working_days REAL,
  longest_working_days INTEGER, PRIMARY KEY (force, year)
);
CREATE TABLE IF NOT EXISTS stats_timeliness_force (
  force TEXT PRIMARY KEY REFERENCES forces(slug), responses INTEGER, with_received INTEGER,
  no_received INTEGER, counted INTEGER, not_counted INTEGER, within_limit INTEGER,
  share_within_limit REAL, median_working_days REAL, longest_working_days INTEGER
);
"""

# The outcome vocabulary (archive/outcomes.py, archive/data/outcomes.yaml), rewritten each build.
OUTCOME_TABLES = ("CREATE TABLE outcomes (value TEXT PRIMARY KEY, ordinal INTEGER, label TEXT, "
                  "explanation TEXT,\n                           groups TEXT);\n"
                  "CREATE TABLE outcome_groups (name TEXT PRIMARY KEY, label TEXT, outcomes TEXT,"
                  "\n                                 explanation TEXT);\n")

# The facet columns of every response keyed by its rowid (archive/corpus_serving.py). No
# declared types: each value is kept as `responses` stores it.
SERVING_FACET_ROWS = "serving_facet_rows"
SERVING_FACET_COLUMNS = ("force", "year", "month", "outcome", "ncnd", "status", "topics",
                         "exemption_labels", "exemption_families")
SERVING_FACET_ROWS_DDL = (f"create table {SERVING_FACET_ROWS} (response_rowid integer primary "
                          f"key, {', '.join(SERVING_FACET_COLUMNS)})")

# The facet index (issue 17: archive/facet_index.py writes it after the serving tables): one
# roaring bitmap of row numbers (positions in date_order desc) per facet value, and the rowids
# in row-number order as little-endian uint32 arrays of 65,536 rows per part. Hidden on the site.
FACET_BITMAPS, FACET_PART_ROWS = "facet_bitmaps", "facet_rows"
FACET_INDEX = f"""
CREATE TABLE IF NOT EXISTS {FACET_BITMAPS} (
  facet TEXT NOT NULL, value, n INTEGER NOT NULL, bitmap BLOB NOT NULL,
  PRIMARY KEY (facet, value)
);
CREATE TABLE IF NOT EXISTS {FACET_PART_ROWS} (part INTEGER PRIMARY KEY, rowids BLOB NOT NULL);
"""

# Search ranking (issue 17: archive/search_rank.py writes it after the full-text index): per
# common index term its champion list (rows of highest bm25 term weight, int32 rowids best
# first) and `theta`, the bound for every other row. Hidden on the site.
SEARCH_RANK_TERMS, SEARCH_RANK_META = "search_rank_terms", "search_rank_meta"
SEARCH_RANK = f"""
CREATE TABLE IF NOT EXISTS {SEARCH_RANK_TERMS} (
  term TEXT PRIMARY KEY, df INTEGER NOT NULL, theta REAL NOT NULL, rowids BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS {SEARCH_RANK_META} (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
"""


def ensure_derived_tables(conn: sqlite3.Connection) -> None:
    conn.executescript(DERIVED_FALLBACK)


def create_derived_indexes(conn: sqlite3.Connection, names=None) -> None:
    """DERIVED_INDEXES, or just the named ones."""
    for name in names or DERIVED_INDEXES:
        conn.execute(f"CREATE INDEX IF NOT EXISTS [{name}] ON {DERIVED_INDEXES[name]}")
