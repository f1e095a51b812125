"""Write parsed response records into a fresh corpus file (the lower layer of the build).

`write_corpus` takes records shaped like ../shared/contract/response.schema.json plus the build's
extras (`url`, `source_urls`, `fetched_at`, `topic_tags`, `format`, `ocr`, `attachment_text`)
and writes every corpus table. Records that share a response id are one response.
"""
from __future__ import annotations

import hashlib
import json
import marshal
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from archive.corpus_ids import response_id
from archive.corpus_period import period_of
from archive.corpus_reference import legislation_for, load_topics
from archive.corpus_schema import create_schema, rebuild_fts

# Fields whose change makes a response "updated" (not fetch times).
_CONTENT_FIELDS = ("force", "reference", "title", "published", "request_text", "response_text",
                   "attachment_text", "questions", "exemptions", "ncnd", "outcome",
                   "public_interest_test", "tables", "figures", "attachments", "topics")


@dataclass
class WriteResult:
    ids: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    errors: int = 0
    # (force, year) cells whose counts changed: append_corpus fills it for write_stats(cells).
    cells: set = field(default_factory=set)


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def content_hash(rec: dict) -> str:
    return hashlib.sha1(_dumps({k: rec.get(k) for k in _CONTENT_FIELDS}).encode()).hexdigest()


def _record_url(rec: dict) -> str | None:
    return rec.get("url") or rec.get("source")


def merge_duplicates(records: Iterable[dict]) -> dict[str, dict]:
    """Group records by response id; the latest fetch wins, URLs and attachments are unioned.

    `url` stays the URL as published (canonical forms only key the dedupe: dropping `www.`
    can break a link)."""
    merged: dict[str, dict] = {}
    for rec in records:
        rid = response_id(rec.get("force"), rec.get("reference"), _record_url(rec))
        urls = (set(rec.get("source_urls") or []) | {_record_url(rec)}) - {None}
        if rid in merged:
            old = merged[rid]
            urls |= set(old["source_urls"])
            keep, other = ((rec, old) if (rec.get("fetched_at") or "") >= (old.get("fetched_at") or "")
                           else (old, rec))
            seen = {(a.get("name"), a.get("url")) for a in keep.get("attachments") or []}
            extra = [a for a in other.get("attachments") or []
                     if (a.get("name"), a.get("url")) not in seen]
            rec = {**keep, "attachments": list(keep.get("attachments") or []) + extra}
        merged[rid] = {**rec, "source_urls": sorted(urls)}
    return merged


def _previous_state(previous_db: Path | None) -> dict[str, tuple[str, str]]:
    """id -> (content_hash, first_seen) from the live corpus, for new/updated and first_seen."""
    if not previous_db or not Path(previous_db).exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{previous_db}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT id, content_hash, first_seen FROM responses").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    return {r[0]: (r[1], r[2]) for r in rows}


def _bool(value) -> int | None:
    return None if value is None else int(bool(value))


def _write_forces(conn: sqlite3.Connection, forces: list[dict]) -> set[str]:
    for f in forces:
        conn.execute(
            "INSERT OR REPLACE INTO forces VALUES (?,?,?,?,?,?,?,?,?)",
            (f["slug"], f.get("name") or f["slug"], f.get("country"), f.get("act"),
             f.get("legislation") or legislation_for(f.get("act")), f.get("website"),
             f.get("platform"), f.get("entry_urls") if isinstance(f.get("entry_urls"), str)
             else "|".join(f.get("entry_urls") or []),
             _bool(str(f.get("browser", "0")).strip() in ("1", "true", "True"))))
    return {f["slug"] for f in forces}


def _ensure_force(conn: sqlite3.Connection, known: set[str], slug: str | None) -> None:
    """A record naming a force missing from the registry still gets a forces row (FK holds)."""
    if slug and slug not in known:
        conn.execute("INSERT INTO forces(slug, name) VALUES (?, ?)", (slug, slug))
        known.add(slug)


def _topic_rows(rec: dict) -> list[dict]:
    tags = rec.get("topic_tags")
    if tags is None:
        tags = [{"topic": t, "score": None, "evidence": []} for t in rec.get("topics") or []]
    seen, out = set(), []
    for tag in tags:
        if tag["topic"] not in seen:
            seen.add(tag["topic"])
            out.append(tag)
    return out


def date_order(published: str | None, month: str | None, rid: str) -> str:
    """A unique, date-ordered key: the table's default sort. Sorting by `published` alone lets
    rows that share a date swap places between JSON pages (Datasette's first page has no
    tie-break), so paging repeated some rows and skipped others."""
    return f"{published or month or ''} {rid}"


def _write_response(conn, rid: str, rec: dict, previous: dict, known_topics: set[str]) -> str:
    topic_rows = _topic_rows(rec)
    rec = {**rec, "topics": [t["topic"] for t in topic_rows]}
    labels = sorted({e["label"] for e in rec.get("exemptions") or []})
    published = rec.get("published") or None
    chash = content_hash(rec)
    period = period_of(published, _record_url(rec))
    old = previous.get(rid)
    first_seen = old[1] if old and old[1] else rec.get("fetched_at")
    conn.execute(
        "INSERT INTO responses VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (rid, rec.get("force"), rec.get("reference"), rec.get("title"), published,
         *period,
         _record_url(rec), _dumps(rec.get("source_urls") or []),
         rec.get("request_text") or "", rec.get("response_text") or "",
         rec.get("attachment_text") or "",
         _bool(rec.get("ncnd")), rec.get("outcome") or "unknown",
         _bool(rec.get("public_interest_test")), rec.get("format"), _bool(rec.get("ocr")),
         _dumps(rec["topics"]), _dumps(labels), rec.get("fetched_at"), first_seen, chash,
         date_order(published, period[1], rid)))
    for i, q in enumerate(rec.get("questions") or [], 1):
        conn.execute("INSERT INTO questions VALUES (?,?,?,?,?)",
                     (rid, i, q.get("number") or str(i), q.get("text"), q.get("answer")))
    for e in rec.get("exemptions") or []:
        conn.execute("INSERT OR IGNORE INTO exemptions VALUES (?,?,?,?,?)",
                     (e["label"], e.get("section"), e.get("subsection"), e.get("name"),
                      _bool(e.get("ncnd"))))
        conn.execute("INSERT OR IGNORE INTO response_exemptions VALUES (?,?)", (rid, e["label"]))
    for tag in topic_rows:
        if tag["topic"] not in known_topics:
            conn.execute("INSERT INTO topics VALUES (?, NULL)", (tag["topic"],))
            known_topics.add(tag["topic"])
        conn.execute("INSERT INTO response_topics VALUES (?,?,?,?)",
                     (rid, tag["topic"], tag.get("score"), _dumps(tag.get("evidence") or [])))
    for i, t in enumerate(rec.get("tables") or []):
        conn.execute("INSERT INTO tables VALUES (?,?,?,?,?)",
                     (rid, i, t.get("caption"), _dumps(t.get("header") or []),
                      _dumps(t.get("rows") or [])))
    for fig in rec.get("figures") or []:
        conn.execute(
            "INSERT INTO figures(response_id, force, table_ordinal, measure, period, value, raw)"
            " VALUES (?,?,?,?,?,?,?)",
            (rid, rec.get("force"), fig.get("table"), fig.get("measure"), fig.get("period"),
             fig.get("value"), fig.get("raw")))
    for i, a in enumerate(rec.get("attachments") or []):
        conn.execute("INSERT INTO attachments VALUES (?,?,?,?)", (rid, i, a.get("name"), a.get("url")))
    if old is None:
        return "new"
    return "updated" if old[0] != chash else "same"


def _staged_groups(conn: sqlite3.Connection, records: Iterable[dict], failed: list[dict]
                   ) -> Iterable[dict[str, dict]]:
    """Stream records through a temporary on-disk table, then yield them merged, one response
    id at a time (oldest publication first): memory stays flat however many records there are."""
    # marshal: records are plain dicts/lists/str/numbers, and it is several times faster than JSON.
    conn.execute("CREATE TEMP TABLE _staging (seq INTEGER PRIMARY KEY, rid TEXT, published TEXT, "
                 "rec BLOB)")
    batch = []
    for rec in records:
        if rec.get("error"):
            failed.append(rec)
            continue
        batch.append((response_id(rec.get("force"), rec.get("reference"), _record_url(rec)),
                      rec.get("published"), marshal.dumps(rec)))
        if len(batch) >= 2000:
            conn.executemany("INSERT INTO _staging(rid, published, rec) VALUES (?, ?, ?)", batch)
            batch = []
    conn.executemany("INSERT INTO _staging(rid, published, rec) VALUES (?, ?, ?)", batch)
    conn.execute("CREATE INDEX temp._staging_rid ON _staging(rid, seq)")
    # Responses are written oldest first, so rowid order is publication order: search can then
    # rank only the newest matches (a rowid range) instead of scoring every match.
    conn.execute("CREATE TEMP TABLE _order AS SELECT rid, max(coalesce(published, '')) AS p "
                 "FROM _staging GROUP BY rid")
    conn.execute("CREATE INDEX temp._order_p ON _order(p, rid)")
    group, current = [], None
    for rid, text in conn.execute("SELECT s.rid, s.rec FROM _order o JOIN _staging s "
                                  "ON s.rid = o.rid ORDER BY o.p, o.rid, s.seq"):
        if rid != current and group:
            yield merge_duplicates(group)
            group = []
        current = rid
        group.append(marshal.loads(text))
    if group:
        yield merge_duplicates(group)


def write_corpus(records: Iterable[dict], db_path: Path, forces: list[dict],
                 previous_db: Path | None = None, topics: dict[str, str] | None = None
                 ) -> WriteResult:
    """Create `db_path` afresh and write every record (errors go to parse_errors)."""
    db_path = Path(db_path)
    if db_path.exists():
        db_path.unlink()
    previous = _previous_state(previous_db)
    result = WriteResult()
    failed: list[dict] = []
    conn = sqlite3.connect(db_path)
    try:
        # A fresh file nobody reads until it is renamed in: no journal needed for speed.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA temp_store = FILE")
        conn.execute("PRAGMA foreign_keys = ON")
        create_schema(conn)
        known_forces = _write_forces(conn, forces)
        taxonomy = load_topics() if topics is None else topics
        conn.executemany("INSERT INTO topics VALUES (?, ?)", sorted(taxonomy.items()))
        known_topics = set(taxonomy)
        for merged in _staged_groups(conn, records, failed):
            for rid, rec in merged.items():
                _ensure_force(conn, known_forces, rec.get("force"))
                state = _write_response(conn, rid, rec, previous, known_topics)
                result.ids.append(rid)
                if state == "new":
                    result.new.append(rid)
                elif state == "updated":
                    result.updated.append(rid)
        conn.execute("DROP TABLE temp._staging")
        conn.execute("DROP TABLE temp._order")
        _write_errors(conn, failed)
        result.errors = len(failed)
        rebuild_fts(conn)
        conn.commit()
    finally:
        conn.close()
    return result


def _write_errors(conn: sqlite3.Connection, failed: list[dict]) -> None:
    for rec in failed:
        conn.execute("INSERT INTO parse_errors(url, force, error) VALUES (?,?,?)",
                     (_record_url(rec), rec.get("force"), str(rec["error"]).splitlines()[0]
                      if str(rec["error"]).strip() else "error"))


_FTS_COLUMNS = "title, request_text, response_text, attachment_text"
_CHILD_TABLES = ("questions", "response_exemptions", "response_topics", "tables", "figures",
                 "attachments")


class SchemaMismatch(RuntimeError):
    """The corpus was written by another schema version: rebuild it, never half-read it."""


def _check_schema_version(conn, db_path) -> None:
    from archive.corpus_schema import SCHEMA_VERSION

    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if not row or row[0] != SCHEMA_VERSION:
        raise SchemaMismatch(f"{db_path} has corpus schema {row[0] if row else 'unknown'}, this "
                             f"build writes {SCHEMA_VERSION}: run `foi-archive build` to rebuild it")


def append_corpus(records: Iterable[dict], db_path: Path, forces: list[dict]) -> WriteResult:
    """Add or replace a batch of responses in an existing corpus, in place (the incremental
    build): only the batch's rows and FTS entries are touched, so the cost follows the batch,
    not the corpus. The caller works on a copy it then swaps in, or on an unpublished file."""
    result = WriteResult()
    failed: list[dict] = []
    good = []
    for rec in records:
        (failed if rec.get("error") else good).append(rec)
    conn = sqlite3.connect(db_path)
    try:
        _check_schema_version(conn, db_path)
        conn.execute("PRAGMA foreign_keys = ON")
        known_forces = {r[0] for r in conn.execute("SELECT slug FROM forces")}
        for f in forces:
            if f["slug"] not in known_forces:
                _write_forces(conn, [f])
                known_forces.add(f["slug"])
        known_topics = {r[0] for r in conn.execute("SELECT slug FROM topics")}
        for rid, rec in sorted(merge_duplicates(good).items()):
            old = conn.execute(f"SELECT rowid, content_hash, first_seen, {_FTS_COLUMNS}, force, "
                               "year FROM responses WHERE id = ?", (rid,)).fetchone()
            previous = {}
            if old:
                previous[rid] = (old[1], old[2])
                result.cells.add((old[-2], old[-1]))
                conn.execute(f"INSERT INTO responses_fts(responses_fts, rowid, {_FTS_COLUMNS}) "
                             "VALUES ('delete', ?, ?, ?, ?, ?)", (old[0], *old[3:7]))
                for table in _CHILD_TABLES:
                    conn.execute(f"DELETE FROM {table} WHERE response_id = ?", (rid,))
                conn.execute("DELETE FROM responses WHERE id = ?", (rid,))
            _ensure_force(conn, known_forces, rec.get("force"))
            state = _write_response(conn, rid, rec, previous, known_topics)
            conn.execute(f"INSERT INTO responses_fts(rowid, {_FTS_COLUMNS}) SELECT rowid, "
                         f"{_FTS_COLUMNS} FROM responses WHERE id = ?", (rid,))
            result.cells.add(conn.execute("SELECT force, year FROM responses WHERE id = ?",
                                          (rid,)).fetchone())
            result.ids.append(rid)
            if state == "new":
                result.new.append(rid)
            elif state == "updated":
                result.updated.append(rid)
        _write_errors(conn, failed)
        result.errors = len(failed)
        conn.commit()
    finally:
        conn.close()
    return result
