"""The corpus tables (../shared/contract/corpus.md plus our own), created with plain DDL so the
column names, keys and indexes are exactly what the contract and the site rely on."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from nlp.child_process import die_with_parent  # noqa: F401  (used here and by the writers)

SCHEMA_VERSION = "4"  # 2: responses.date_order; 3: received, working_days, status;
# 4: exemption_families (archive/exemption_names.py)

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
  date_order TEXT UNIQUE,
  received TEXT, working_days INTEGER,
  status TEXT NOT NULL DEFAULT 'published',
  exemption_families TEXT
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
-- the timeliness stats (archive/corpus_timeliness.py) read only these: no text pages touched
CREATE INDEX idx_responses_timeliness ON responses(force, year, working_days, received);
CREATE INDEX idx_response_exemptions_label ON response_exemptions(label);
CREATE INDEX idx_response_topics_topic ON response_topics(topic);
CREATE INDEX idx_figures_response ON figures(response_id);
CREATE INDEX idx_figures_force ON figures(force);
CREATE INDEX idx_figures_measure ON figures(measure);
CREATE INDEX idx_figures_period ON figures(period);
CREATE INDEX idx_figures_series ON figures(series);
CREATE INDEX idx_figures_topic ON figures(topic);
CREATE INDEX idx_parse_errors_force ON parse_errors(force);
CREATE INDEX idx_not_responses_force ON not_responses(force);
"""

# Datasette's table search (?_search=) uses this index through the content table's rowid.
FTS = """
CREATE VIRTUAL TABLE responses_fts USING fts5(
  title, request_text, response_text, attachment_text,
  content="responses", content_rowid="rowid", tokenize='porter unicode61'
);
"""

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
  [kind] TEXT, [group_id] TEXT, [folded] TEXT, PRIMARY KEY ([kind], [group_id]));
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


# The facet index (issue 17: archive/facet_index.py writes it after the serving tables): one
# roaring bitmap of row numbers (positions in date_order desc) per facet value, and the rowids
# in row-number order as little-endian uint32 arrays of 65,536 rows per part. Hidden on the site.
FACET_INDEX = """
CREATE TABLE IF NOT EXISTS facet_bitmaps (
  facet TEXT NOT NULL, value, n INTEGER NOT NULL, bitmap BLOB NOT NULL,
  PRIMARY KEY (facet, value)
);
CREATE TABLE IF NOT EXISTS facet_rows (part INTEGER PRIMARY KEY, rowids BLOB NOT NULL);
"""

# Search ranking (issue 17: archive/search_rank.py writes it after the full-text index): per
# common index term its champion list (rows of highest bm25 term weight, int32 rowids best
# first) and `theta`, the bound for every other row. Hidden on the site.
SEARCH_RANK = """
CREATE TABLE IF NOT EXISTS search_rank_terms (
  term TEXT PRIMARY KEY, df INTEGER NOT NULL, theta REAL NOT NULL, rowids BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_rank_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
"""


def _indexes(on_responses: bool) -> str:
    """The CREATE INDEX lines of INDEXES on `responses` (True) or on the other tables."""
    return "".join(f"{line}\n" for line in INDEXES.strip().splitlines()
                   if (" ON responses(" in line) == on_responses)


def create_schema(conn: sqlite3.Connection, indexes: bool = True) -> None:
    """`indexes=False` for a bulk load: the child tables' indexes are left to `create_indexes`
    (once the rows are in). The responses' indexes are made here all the same: building one
    afterwards reads the whole table, overflow pages and all (8 GB per index at 1M responses),
    while keeping it up to date row by row costs little."""
    conn.executescript(TABLES + NOT_RESPONSES + ";\n" + EVIDENCE + ";\n" + CHANGES + (INDEXES if indexes else _indexes(on_responses=True))
                       + FTS)
    conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))


def create_indexes(conn: sqlite3.Connection) -> None:
    """The indexes `create_schema(indexes=False)` left out."""
    conn.executescript(_indexes(on_responses=False))


def ensure_derived_tables(conn: sqlite3.Connection) -> None:
    conn.executescript(DERIVED_FALLBACK)


def create_derived_indexes(conn: sqlite3.Connection, names=None) -> None:
    """DERIVED_INDEXES, or just the named ones."""
    for name in names or DERIVED_INDEXES:
        conn.execute(f"CREATE INDEX IF NOT EXISTS [{name}] ON {DERIVED_INDEXES[name]}")


def rebuild_fts(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO responses_fts(responses_fts) VALUES ('rebuild')")


_FTS_INSERT = ("INSERT INTO responses_fts(rowid, title, request_text, response_text, "
               "attachment_text) VALUES (?,?,?,?,?)")
_FTS_SHADOWS = ("data", "idx", "docsize")
# In-memory term buffer before FTS5 writes a segment (default 1 MB): fewer, larger segments
# mean far less merging over a million documents. Not copied into the corpus.
_FTS_BUILD_HASHSIZE = 64 * 2**20


def side_fts_path(db_path: Path) -> Path:
    return Path(f"{db_path}-fts")


def _fts_child(path: str, queue) -> None:
    """Tokenise and index the rows sent by the writer into a file of its own (the other core)."""
    die_with_parent()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.executescript(FTS)
    conn.execute("INSERT INTO responses_fts(responses_fts, rank) VALUES ('hashsize', ?)",
                 (_FTS_BUILD_HASHSIZE,))
    for batch in iter(queue.get, None):
        conn.executemany(_FTS_INSERT, batch)
    conn.commit()
    conn.close()


class SideFts:
    """`responses_fts` built by a child process from the rows as they are written, into a side
    file whose index tables are copied into the corpus at the end. An external-content FTS5
    index only needs the text when a row is added, so the side file needs no `responses`."""

    def __init__(self, db_path: Path):
        import multiprocessing

        self.path = side_fts_path(db_path)
        self.path.unlink(missing_ok=True)  # a killed build's leftover
        ctx = multiprocessing.get_context("fork")
        self.queue = ctx.Queue(maxsize=8)
        self.proc = ctx.Process(target=_fts_child, args=(str(self.path), self.queue), daemon=True)
        self.proc.start()

    def _put(self, item) -> None:
        from queue import Full

        while True:
            try:
                self.queue.put(item, timeout=2)
                return
            except Full:
                if not self.proc.is_alive():
                    raise RuntimeError(f"full-text indexer died (exit code {self.proc.exitcode})"
                                       ) from None

    def add(self, rows: list[tuple]) -> None:
        if rows:
            self._put(rows)

    def finish_into(self, conn: sqlite3.Connection) -> None:
        """Wait for the indexer, then replace the corpus's (empty) index tables with its own."""
        self._put(None)
        self.proc.join()
        if self.proc.exitcode != 0:
            raise RuntimeError(f"full-text indexer failed (exit code {self.proc.exitcode})")
        conn.execute("ATTACH DATABASE ? AS fts_side", (str(self.path),))
        try:
            for shadow in _FTS_SHADOWS:
                conn.execute(f"DELETE FROM main.responses_fts_{shadow}")
                conn.execute(f"INSERT INTO main.responses_fts_{shadow} "
                             f"SELECT * FROM fts_side.responses_fts_{shadow}")
            conn.execute("DELETE FROM main.responses_fts_config")
            conn.execute("INSERT INTO main.responses_fts_config SELECT * FROM "
                         "fts_side.responses_fts_config WHERE k != 'hashsize'")
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE fts_side")

    def close(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.path.unlink(missing_ok=True)
