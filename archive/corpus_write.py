"""Write parsed response records into a fresh corpus file (the lower layer of the build).

`write_corpus` takes records shaped like ../shared/contract/response.schema.json plus the build's
extras (`url`, `source_urls`, `fetched_at`, `topic_tags`, `format`, `ocr`, `attachment_text`)
and writes every corpus table. Records that share a response id are one response.
"""
from __future__ import annotations

import hashlib
import json
import marshal
import multiprocessing
import os
import sqlite3
import tempfile
import time
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty

from archive.corpus_dump import StreamDump
from archive.corpus_ids import response_id
from archive.corpus_period import period_of
from archive.corpus_reference import legislation_for, load_topics
from archive.corpus_schema import (
    CHANGES,
    EVIDENCE,
    NOT_RESPONSES,
    SideFts,
    create_indexes,
    create_schema,
    die_with_parent,
)
from archive.corpus_serving import forget_serving_responses
from archive.exemption_names import TABLES as EXEMPTION_TABLES
from archive.exemption_names import response_rows as exemption_rows
from archive.exemption_names import with_acts
from archive.figure_context import figure_rows

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
    skipped: int = 0   # pages that are not responses (the `not_responses` table)
    # (force, year) cells whose counts changed: append_corpus fills it for write_stats(cells).
    cells: set = field(default_factory=set)
    # Seconds per step of a full write (what the benchmark prints).
    timings: dict = field(default_factory=dict)
    # write_corpus(dump_to=...): the dump being finished in the background (StreamDump.wait).
    dump: StreamDump | None = None


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


_RESPONSE_INSERT = ("INSERT INTO responses VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
# Child rows in foreign-key order (exemptions before response_exemptions, topics before
# response_topics); `_insert_rows` and the bulk buffer both follow it.
_CHILD_INSERTS = {
    "topics": "INSERT INTO topics VALUES (?, NULL)",
    "exemptions": "INSERT OR IGNORE INTO exemptions VALUES (?,?,?,?,?)",
    # each label named under the force's Act, and its family (archive/exemption_names.py)
    "exemption_names": "INSERT OR IGNORE INTO exemption_names VALUES (?,?,?,?,?,?,?)",
    "exemption_families": "INSERT OR IGNORE INTO exemption_families VALUES (?,?,?,?,?,?)",
    "response_exemption_families": "INSERT OR IGNORE INTO response_exemption_families "
                                   "VALUES (?,?)",
    "questions": "INSERT INTO questions VALUES (?,?,?,?,?)",
    "response_exemptions": "INSERT OR IGNORE INTO response_exemptions VALUES (?,?)",
    "response_topics": "INSERT INTO response_topics VALUES (?,?,?,?)",
    "tables": "INSERT INTO tables VALUES (?,?,?,?,?)",
    "figures": "INSERT INTO figures(response_id, force, table_ordinal, measure, period, value, "
               "raw, title, topic, series, period_kind, unit, duplicate) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "attachments": "INSERT INTO attachments VALUES (?,?,?,?)",
    "response_evidence": "INSERT INTO response_evidence VALUES (?,?,?,?)",
    "response_versions": "INSERT INTO response_versions VALUES (?,?,?,?,?,?,?)",
    "response_changes": "INSERT INTO response_changes VALUES (?,?,?,?,?,?,?,?)",
}


_TEXTS = {"title": 3, "request_text": 9, "response_text": 10, "attachment_text": 11}
_FIRST_SEEN, _FETCHED_AT, _HASH = 20, 19, 21


def _prepared(rid: str, rec: dict) -> tuple[tuple, dict[str, list[tuple]], list[str]]:
    """The part of a merged response's rows that depends on the record alone (JSON, content
    hash): the full build computes it while records still stream in. The row keeps the texts
    as given (None stays None) so the record can be rebuilt from it (`_restored`);
    `_finished` fills first_seen and the rest."""
    topic_rows = _topic_rows(rec)
    topics = [t["topic"] for t in topic_rows]
    rec = {**rec, "topics": topics}
    exemptions = rec.get("exemptions") or []
    labels = sorted({e["label"] for e in exemptions})
    by_act = exemption_rows(rid, labels, rec.get("act"))
    published = rec.get("published") or None
    chash = content_hash(rec)
    period = period_of(published, _record_url(rec))
    row = (rid, rec.get("force"), rec.get("reference"), rec.get("title"), published,
           *period,
           _record_url(rec), _dumps(rec.get("source_urls") or []),
           rec.get("request_text"), rec.get("response_text"), rec.get("attachment_text"),
           _bool(rec.get("ncnd")), rec.get("outcome") or "unknown",
           _bool(rec.get("public_interest_test")), rec.get("format"), _bool(rec.get("ocr")),
           _dumps(topics), _dumps(labels), rec.get("fetched_at"), None, chash,
           date_order(published, period[1], rid),
           # Filled by the build before writing: the received date the letter states, the
           # working days to `published` (issue 15) and the change status (issue 14).
           rec.get("received") or None, rec.get("working_days"),
           rec.get("status") or "published",
           _dumps([f for _, f in by_act["response_exemption_families"]]))
    force = rec.get("force")
    children = {
        "exemptions": [(e["label"], e.get("section"), e.get("subsection"), e.get("name"),
                        _bool(e.get("ncnd"))) for e in exemptions],
        "questions": [(rid, i, q.get("number") or str(i), q.get("text"), q.get("answer"))
                      for i, q in enumerate(rec.get("questions") or [], 1)],
        "response_exemptions": [(rid, e["label"]) for e in exemptions],
        "response_topics": [(rid, tag["topic"], tag.get("score"),
                             _dumps(tag.get("evidence") or [])) for tag in topic_rows],
        "tables": [(rid, i, t.get("caption"), _dumps(t.get("header") or []),
                    _dumps(t.get("rows") or [])) for i, t in enumerate(rec.get("tables") or [])],
        "figures": figure_rows(rid, force, rec, topics),  # archive/figure_context.py
        "attachments": [(rid, i, a.get("name"), a.get("url"))
                        for i, a in enumerate(rec.get("attachments") or [])],
        "response_evidence": _evidence_rows(rid, rec.get("evidence")),
        **by_act,
        # issue 14: archive/change_history.py derived them from the raw store
        "response_versions": [(rid, *v) for v in (rec.get("history") or {}).get("versions", [])],
        "response_changes": [(rid, *c) for c in (rec.get("history") or {}).get("changes", [])],
    }
    return row, children, topics


def _evidence_rows(rid: str, evidence) -> list[tuple]:
    """(response_id, field, rule, sentence) for each judged field with a deciding sentence."""
    if not isinstance(evidence, dict):
        return []
    rows = []
    for name in ("outcome", "ncnd", "public_interest_test"):
        sentence = evidence.get(name)
        if isinstance(sentence, str) and sentence.strip():
            rule = evidence.get(f"{name}_rule") if name == "outcome" else None
            rows.append((rid, name, rule, sentence.strip()[:2000]))
    return rows


def _finished(rid: str, prepared: tuple, previous: dict, known_topics: set[str]
              ) -> tuple[str, tuple, dict[str, list[tuple]]]:
    """(new/updated/same, the responses row, child rows per table); topics not seen before get
    a `topics` row (and join `known_topics`)."""
    row, children, topics = prepared
    old = previous.get(rid)
    first_seen = old[1] if old and old[1] else row[_FETCHED_AT]
    row = (*row[:9], row[9] or "", row[10] or "", row[11] or "", *row[12:_FIRST_SEEN],
           first_seen, *row[_FIRST_SEEN + 1:])
    new_topics = []
    for topic in topics:
        if topic not in known_topics:
            new_topics.append((topic,))
            known_topics.add(topic)
    children = {"topics": new_topics, **children}
    state = "new" if old is None else ("updated" if old[0] != row[_HASH] else "same")
    return state, row, children


def _response_rows(rid: str, rec: dict, previous: dict, known_topics: set[str]
                   ) -> tuple[str, tuple, dict[str, list[tuple]]]:
    return _finished(rid, _prepared(rid, rec), previous, known_topics)


def _staged(rid: str, rec: dict) -> bytes:
    """A record as the staging file holds it: its prepared rows, and the record itself without
    the texts (they are in the row) in case another record of the same response turns up."""
    rest = {k: v for k, v in rec.items() if k not in _TEXTS}
    return marshal.dumps((_prepared(rid, rec), rest))


def _restored(prepared: tuple, rest: dict) -> dict:
    row = prepared[0]
    return {**rest, **{key: row[i] for key, i in _TEXTS.items()}}


def _insert_rows(conn, row: tuple, children: dict[str, list[tuple]]) -> None:
    if children["topics"]:
        conn.executemany(_CHILD_INSERTS["topics"], children["topics"])
    if children["exemptions"]:
        conn.executemany(_CHILD_INSERTS["exemptions"], children["exemptions"])
    conn.execute(_RESPONSE_INSERT, row)
    for table, sql in _CHILD_INSERTS.items():
        if table not in ("topics", "exemptions") and children[table]:
            conn.executemany(sql, children[table])


def _write_response(conn, rid: str, rec: dict, previous: dict, known_topics: set[str]) -> str:
    state, row, children = _response_rows(rid, rec, previous, known_topics)
    _insert_rows(conn, row, children)
    return state


class _BulkRows:
    """Rows of every table gathered over `batch` responses and written with one executemany per
    table: ~10 single-row INSERTs per response cost more than the rows themselves. The responses'
    search text goes to `fts` (rowid = insertion order: the table is fresh)."""

    def __init__(self, conn: sqlite3.Connection, fts, dump, batch: int = 2000):
        self.conn, self.fts, self.dump, self.batch = conn, fts, dump, batch
        self.pairs: list[tuple] = []
        self.responses: list[tuple] = []
        self.children: dict[str, list[tuple]] = {t: [] for t in _CHILD_INSERTS}
        self.rowid = 0

    def add(self, row: tuple, children: dict[str, list[tuple]]) -> None:
        self.responses.append(row)
        if self.dump is not None:
            self.pairs.append((row, children))
        for table, rows in children.items():
            if rows:
                self.children[table].extend(rows)
        if len(self.responses) >= self.batch:
            self.flush()

    def flush(self) -> None:
        conn = self.conn
        for table in ("topics", "exemptions"):
            conn.executemany(_CHILD_INSERTS[table], self.children[table])
        conn.executemany(_RESPONSE_INSERT, self.responses)
        for table, sql in _CHILD_INSERTS.items():
            if table not in ("topics", "exemptions"):
                conn.executemany(sql, self.children[table])
        self.fts.add([(self.rowid + i, r[3], r[9], r[10], r[11])
                      for i, r in enumerate(self.responses, 1)])
        self.rowid += len(self.responses)
        if self.dump is not None:
            self.dump.add(self.pairs)
            self.pairs = []
        self.responses = []
        self.children = {t: [] for t in _CHILD_INSERTS}


def _produce(records: Iterable[dict], out) -> None:
    """Child process: run the record iterator (generation or parsing: the other core) and send
    the records on in batches."""
    die_with_parent()
    try:
        batch = []
        for rec in records:
            batch.append(rec)
            if len(batch) >= 500:
                out.put(("records", batch, None))
                batch = []
        out.put(("records", batch, None))
        out.put(("done", None, None))
    except BaseException:
        out.put(("error", traceback.format_exc(), None))


def _received(proc, queue) -> Iterator[tuple]:
    """Messages from a helper process; raises if it failed or died (an OOM kill sends nothing)."""
    while True:
        try:
            kind, payload, extra = queue.get(timeout=2)
        except Empty:
            if not proc.is_alive():
                raise RuntimeError(f"record producer died (exit code {proc.exitcode})") from None
            continue
        if kind == "error":
            raise RuntimeError(f"record producer failed:\n{payload}")
        if kind == "done":
            return
        yield payload, extra


class _Clock:
    """Seconds since the previous call, stored under each step's name."""

    def __init__(self, into: dict):
        self.into, self.last = into, time.monotonic()

    def __call__(self, step: str) -> None:
        now = time.monotonic()
        self.into[step] = round(now - self.last, 2)
        self.last = now


def _not_response_row(rec: dict) -> tuple:
    return (_record_url(rec), rec.get("force"), str(rec["not_response"]), rec.get("title"))


def _staged_groups(conn: sqlite3.Connection, records: Iterable[dict], failed: list[dict],
                   stage_dir: Path, clock=lambda step: None,
                   skipped: list[tuple] | None = None) -> Iterator[tuple[str, tuple]]:
    """(response id, prepared rows) for every response, oldest publication first.

    Records stream through a staging file (keys in a temporary table) so memory stays flat
    however many there are; a child process runs the record iterator while this one prepares
    and stages what it sends. Records sharing an id are merged and prepared again."""
    conn.execute("CREATE TEMP TABLE _staging (seq INTEGER PRIMARY KEY, rid TEXT, published TEXT, "
                 "pos INTEGER, size INTEGER)")
    ctx = multiprocessing.get_context("fork")
    # Unlinked at once: a killed build leaves nothing behind.
    with tempfile.TemporaryFile(dir=stage_dir, prefix=".staging-") as stage:
        queue = ctx.Queue(maxsize=8)
        proc = ctx.Process(target=_produce, args=(records, queue), daemon=True)
        proc.start()
        pos = 0
        try:
            for batch, _ in _received(proc, queue):
                keys = []
                for rec in batch:
                    if rec.get("error"):
                        failed.append(rec)
                        continue
                    if rec.get("not_response"):  # a notice, news item or listing: never published
                        if skipped is not None:
                            skipped.append(_not_response_row(rec))
                        continue
                    rid = response_id(rec.get("force"), rec.get("reference"), _record_url(rec))
                    # merge_duplicates of one record: the form a lone record is written in.
                    blob = _staged(rid, merge_duplicates([rec])[rid])
                    stage.write(blob)
                    keys.append((rid, rec.get("published"), pos, len(blob)))
                    pos += len(blob)
                conn.executemany("INSERT INTO _staging(rid, published, pos, size) "
                                 "VALUES (?, ?, ?, ?)", keys)
            proc.join()
        finally:
            if proc.is_alive():
                proc.kill()
                proc.join()
        stage.flush()
        conn.execute("CREATE INDEX temp._staging_rid ON _staging(rid, seq)")
        # Responses are written oldest first, so rowid order is publication order: search can
        # then rank only the newest matches (a rowid range) instead of scoring every match.
        conn.execute("CREATE TEMP TABLE _order AS SELECT rid, max(coalesce(published, '')) AS p "
                     "FROM _staging GROUP BY rid")
        conn.execute("CREATE INDEX temp._order_p ON _order(p, rid)")
        clock("stage")
        fd = stage.fileno()
        group, current = [], None
        for rid, pos, size in conn.execute("SELECT s.rid, s.pos, s.size FROM _order o JOIN "
                                           "_staging s ON s.rid = o.rid ORDER BY o.p, o.rid, s.seq"):
            if rid != current and group:
                yield current, _merged(current, group)
                group = []
            current = rid
            group.append(marshal.loads(os.pread(fd, size, pos)))
        if group:
            yield current, _merged(current, group)


def _merged(rid: str, group: list[tuple]) -> tuple:
    if len(group) == 1:
        return group[0][0]
    return _prepared(rid, merge_duplicates(_restored(*item) for item in group)[rid])


def write_corpus(records: Iterable[dict], db_path: Path, forces: list[dict],
                 previous_db: Path | None = None, topics: dict[str, str] | None = None,
                 dump_to: Path | None = None) -> WriteResult:
    """Create `db_path` afresh and write every record (errors go to parse_errors).

    Child processes share the work: the record iterator runs in one (`_produce`), the full-text
    index is built in another (`corpus_schema.SideFts`); this one writes the rows. With
    `dump_to`, a third writes the JSONL dump there from the same rows (`result.dump`: wait on
    it before publishing the dump)."""
    db_path = Path(db_path)
    if db_path.exists():
        db_path.unlink()
    previous = _previous_state(previous_db)
    result = WriteResult()
    failed: list[dict] = []
    skipped: list[tuple] = []
    conn = sqlite3.connect(db_path)
    fts = None
    try:
        # A fresh file nobody reads until it is renamed in: no journal needed for speed.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA temp_store = FILE")
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KB}")
        # Every child row is made here for a response written here, forces and topics are added
        # when missing: checked once at the end (foreign_key_check) instead of per row.
        conn.execute("PRAGMA foreign_keys = OFF")
        create_schema(conn, indexes=False)
        conn.executescript(EXEMPTION_TABLES)
        known_forces = _write_forces(conn, forces)
        taxonomy = load_topics() if topics is None else topics
        conn.executemany("INSERT INTO topics VALUES (?, ?)", sorted(taxonomy.items()))
        known_topics = set(taxonomy)
        fts = SideFts(db_path)
        if dump_to is not None:
            result.dump = StreamDump(Path(dump_to), db_path.parent)
        bulk = _BulkRows(conn, fts, result.dump)
        clock = _Clock(result.timings)
        for rid, prepared in _staged_groups(conn, with_acts(records, forces), failed, db_path.parent, clock, skipped):
            _ensure_force(conn, known_forces, prepared[0][1])
            state, row, children = _finished(rid, prepared, previous, known_topics)
            bulk.add(row, children)
            result.ids.append(rid)
            if state == "new":
                result.new.append(rid)
            elif state == "updated":
                result.updated.append(rid)
        bulk.flush()
        # The index was fed rowids counted here: they must be the ones SQLite gave the rows.
        if conn.execute("SELECT coalesce(max(rowid), 0) FROM responses").fetchone()[0] != bulk.rowid:
            raise RuntimeError("responses rowids are not the insertion count")
        if result.dump is not None:
            result.dump.close()  # it sorts and compresses while the indexes are built
        clock("rows")
        conn.execute("DROP TABLE temp._staging")
        conn.execute("DROP TABLE temp._order")
        _write_errors(conn, failed)
        result.errors = len(failed)
        result.skipped = _write_not_responses(conn, skipped)
        create_indexes(conn)
        clock("indexes")
        fts.finish_into(conn)
        clock("fts")
        _check_foreign_keys(conn)
        conn.commit()
        clock("fk_check")
    except BaseException:
        if result.dump is not None:
            result.dump.kill()
        raise
    finally:
        if fts is not None:
            fts.close()
        conn.close()
    return result


_CACHE_KB = 256 * 1024  # page cache while bulk loading: the B-tree pages of the id indexes


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    bad = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    if bad:
        raise sqlite3.IntegrityError(f"foreign key violations in the new corpus: {bad}")


def _write_not_responses(conn: sqlite3.Connection, rows: list[tuple]) -> int:
    conn.execute(NOT_RESPONSES)
    # A page seen again (an incremental run over it) keeps one row: its latest reason.
    conn.executemany("DELETE FROM not_responses WHERE url = ?", [(r[0],) for r in rows])
    conn.executemany("INSERT INTO not_responses(url, force, reason, title) VALUES (?,?,?,?)", rows)
    return len(rows)


def _write_errors(conn: sqlite3.Connection, failed: list[dict]) -> None:
    for rec in failed:
        conn.execute("INSERT INTO parse_errors(url, force, error) VALUES (?,?,?)",
                     (_record_url(rec), rec.get("force"), str(rec["error"]).splitlines()[0]
                      if str(rec["error"]).strip() else "error"))


_FTS_COLUMNS = "title, request_text, response_text, attachment_text"
_CHILD_TABLES = ("questions", "response_exemptions", "response_topics", "tables", "figures",
                 "attachments", "response_evidence", "response_exemption_families", "response_versions", "response_changes")


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
    skipped: list[tuple] = []
    for rec in records:
        if rec.get("not_response") and not rec.get("error"):
            skipped.append(_not_response_row(rec))
        else:
            (failed if rec.get("error") else good).append(rec)
    conn = sqlite3.connect(db_path)
    try:
        _check_schema_version(conn, db_path)
        conn.execute(EVIDENCE)   # a corpus written before the table existed gains it
        conn.executescript(EXEMPTION_TABLES)
        conn.executescript(CHANGES)   # (idem; executescript commits, so before BEGIN)
        conn.execute("PRAGMA foreign_keys = ON")
        # A replaced response is deleted and written again under the same id while the NLP
        # tables still point at it (the NLP step replaces those next): check keys at commit.
        conn.execute("BEGIN")   # the pragma lasts until the end of this transaction
        conn.execute("PRAGMA defer_foreign_keys = ON")
        known_forces = {r[0] for r in conn.execute("SELECT slug FROM forces")}
        for f in forces:
            if f["slug"] not in known_forces:
                _write_forces(conn, [f])
                known_forces.add(f["slug"])
        known_topics = {r[0] for r in conn.execute("SELECT slug FROM topics")}
        merged = merge_duplicates(with_acts(good, forces, conn))
        # The serving tables count uses: take out what the replaced versions contributed while
        # their rows are still here (archive.build adds the new versions' uses afterwards).
        forget_serving_responses(conn, merged)
        for rid, rec in sorted(merged.items()):
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
        result.skipped = _write_not_responses(conn, skipped)
        conn.commit()
    finally:
        conn.close()
    return result
