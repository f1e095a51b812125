"""A parsed response record as the rows of every corpus table (the layer under the two writers:
archive/corpus_bulk_write.py for a full build, archive/corpus_append.py for an incremental one).

`prepared` makes the rows that depend on the record alone, `finished` completes them against
the previous corpus (first_seen, new/updated/same); `insert_rows` writes one response's rows.
Column order: archive/corpus_schema.py (RESPONSE_COLUMNS).
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from archive.corpus_dump import StreamDump
from archive.corpus_ids import response_id
from archive.corpus_period import period_of
from archive.corpus_reference import legislation_for
from archive.corpus_schema import NOT_RESPONSES, RESPONSE_INSERT, RESPONSE_POS, date_order
from archive.exemption_names import response_rows as exemption_rows
from archive.fast_json import dumps_sorted, members, text
from archive.figure_context import figure_rows

# Fields whose change makes a response "updated" (not fetch times).
_CONTENT_FIELDS = ("force", "reference", "title", "published", "request_text", "response_text",
                   "attachment_text", "questions", "exemptions", "ncnd", "outcome",
                   "public_interest_test", "tables", "figures", "attachments", "topics")

# Positions in a `responses` row of the search texts and the columns `finished` reads or fills.
TEXTS = {name: RESPONSE_POS[name]
         for name in ("title", "request_text", "response_text", "attachment_text")}
_FORCE, _FIRST_SEEN, _FETCHED_AT, _HASH = (RESPONSE_POS[name] for name in (
    "force", "first_seen", "fetched_at", "content_hash"))


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
    # write_corpus(rank_aside=True): the search-rank lists being computed beside the next
    # steps (archive/side_rank.py: copy_into the corpus, then close).
    rank: object | None = None

    def count(self, rid: str, state: str) -> None:
        """One response written: `state` is finished()'s new/updated/same."""
        self.ids.append(rid)
        if state == "new":
            self.new.append(rid)
        elif state == "updated":
            self.updated.append(rid)


def _dumps(value) -> str:
    """json.dumps(value, ensure_ascii=False, sort_keys=True): the JSON columns' form."""
    return dumps_sorted(value)


_HASHED = tuple(sorted(_CONTENT_FIELDS))
_LONG_TEXTS = frozenset(("request_text", "response_text", "attachment_text"))


def content_hash(rec: dict) -> str:
    """SHA-1 of _dumps({k: rec.get(k) for k in _CONTENT_FIELDS}); the same text, built with the
    long texts encoded apart (archive/fast_json.py: the faster encoder when they are ASCII)."""
    parts, rest = [], {}
    for key in _HASHED:
        value = rec.get(key)
        if key in _LONG_TEXTS and isinstance(value, str):
            if rest:
                parts.append(members(rest, sort_keys=True))
                rest = {}
            parts.append(f'"{key}": {text(value)}')
        else:
            rest[key] = value
    if rest:
        parts.append(members(rest, sort_keys=True))
    return hashlib.sha1(("{" + ", ".join(parts) + "}").encode()).hexdigest()


def record_url(rec: dict) -> str | None:
    return rec.get("url") or rec.get("source")


def merge_duplicates(records: Iterable[dict]) -> dict[str, dict]:
    """Group records by response id; the latest fetch wins, URLs and attachments are unioned.

    `url` stays the URL as published (canonical forms only key the dedupe: dropping `www.`
    can break a link)."""
    merged: dict[str, dict] = {}
    for rec in records:
        rid = response_id(rec.get("force"), rec.get("reference"), record_url(rec))
        urls = (set(rec.get("source_urls") or []) | {record_url(rec)}) - {None}
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


def _bool(value) -> int | None:
    return None if value is None else int(bool(value))


def write_forces(conn: sqlite3.Connection, forces: list[dict]) -> set[str]:
    for f in forces:
        conn.execute(
            "INSERT OR REPLACE INTO forces VALUES (?,?,?,?,?,?,?,?,?)",
            (f["slug"], f.get("name") or f["slug"], f.get("country"), f.get("act"),
             f.get("legislation") or legislation_for(f.get("act")), f.get("website"),
             f.get("platform"), f.get("entry_urls") if isinstance(f.get("entry_urls"), str)
             else "|".join(f.get("entry_urls") or []),
             _bool(str(f.get("browser", "0")).strip() in ("1", "true", "True"))))
    return {f["slug"] for f in forces}


def ensure_force(conn: sqlite3.Connection, known: set[str], slug: str | None) -> None:
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


# Child rows in foreign-key order (exemptions before response_exemptions, topics before
# response_topics); `insert_rows` and the bulk buffer both follow it.
CHILD_INSERTS = {
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


def prepared(rid: str, rec: dict) -> tuple[tuple, dict[str, list[tuple]], list[str]]:
    """The part of a merged response's rows that depends on the record alone (JSON, content
    hash): the full build computes it while records still stream in. The row keeps the texts
    as given (None stays None) so the record can be rebuilt from it (`restored`);
    `finished` fills first_seen and the rest."""
    topic_rows = _topic_rows(rec)
    topics = [t["topic"] for t in topic_rows]
    rec = {**rec, "topics": topics}
    exemptions = rec.get("exemptions") or []
    labels = sorted({e["label"] for e in exemptions})
    by_act = exemption_rows(rid, labels, rec.get("act"))
    published = rec.get("published") or None
    period = period_of(published, record_url(rec))   # (year, month)
    values = {
        "id": rid, "force": rec.get("force"), "reference": rec.get("reference"),
        "title": rec.get("title"), "published": published, "year": period[0],
        "month": period[1], "url": record_url(rec),
        "source_urls": _dumps(rec.get("source_urls") or []),
        "request_text": rec.get("request_text"), "response_text": rec.get("response_text"),
        "attachment_text": rec.get("attachment_text"), "ncnd": _bool(rec.get("ncnd")),
        "outcome": rec.get("outcome") or "unknown",
        "public_interest_test": _bool(rec.get("public_interest_test")),
        "format": rec.get("format"), "ocr": _bool(rec.get("ocr")),
        "topics": _dumps(topics), "exemption_labels": _dumps(labels),
        "fetched_at": rec.get("fetched_at"), "first_seen": None,
        "content_hash": content_hash(rec), "date_order": date_order(published, period[1], rid),
        # Filled by the build before writing: the received date the letter states, the
        # working days to `published` (issue 15) and the change status (issue 14).
        "received": rec.get("received") or None, "working_days": rec.get("working_days"),
        "status": rec.get("status") or "published",
        "exemption_families": _dumps([f for _, f in by_act["response_exemption_families"]]),
    }
    row = tuple(values[name] for name in RESPONSE_POS)
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


def response_force(row: tuple) -> str | None:
    return row[_FORCE]


def finished(rid: str, prepared_rows: tuple, previous: dict, known_topics: set[str]
             ) -> tuple[str, tuple, dict[str, list[tuple]]]:
    """(new/updated/same, the responses row, child rows per table); topics not seen before get
    a `topics` row (and join `known_topics`). The search texts are stored as "" for None."""
    row, children, topics = prepared_rows
    old = previous.get(rid)
    row = finished_row(row, old[1] if old and old[1] else row[_FETCHED_AT])
    new_topics = []
    for topic in topics:
        if topic not in known_topics:
            new_topics.append((topic,))
            known_topics.add(topic)
    children = {"topics": new_topics, **children}
    state = "new" if old is None else ("updated" if old[0] != row[_HASH] else "same")
    return state, row, children


def finished_row(row: tuple, first_seen: str | None) -> tuple:
    """A prepared `responses` row as written: `first_seen` filled, None search texts as ""."""
    values = list(row)
    values[_FIRST_SEEN] = first_seen
    for name in ("request_text", "response_text", "attachment_text"):
        values[TEXTS[name]] = row[TEXTS[name]] or ""
    return tuple(values)


def first_seen_of(row: tuple) -> str | None:
    return row[_FIRST_SEEN]


def staged_rows(fds: list[int], place: tuple[int, int, int]) -> tuple:
    """A record's prepared rows read back from the full build's staging files (file index,
    offset, size: archive/corpus_bulk_write.py)."""
    file, pos, size = place
    return marshal.loads(os.pread(fds[file], size, pos))


def restored(prepared_rows: tuple, rest: dict) -> dict:
    """The record again, from its prepared row's texts and the rest of it (staged apart)."""
    row = prepared_rows[0]
    return {**rest, **{key: row[i] for key, i in TEXTS.items()}}


def insert_rows(conn, row: tuple, children: dict[str, list[tuple]]) -> None:
    if children["topics"]:
        conn.executemany(CHILD_INSERTS["topics"], children["topics"])
    if children["exemptions"]:
        conn.executemany(CHILD_INSERTS["exemptions"], children["exemptions"])
    conn.execute(RESPONSE_INSERT, row)
    for table, sql in CHILD_INSERTS.items():
        if table not in ("topics", "exemptions") and children[table]:
            conn.executemany(sql, children[table])


def not_response_row(rec: dict) -> tuple:
    return (record_url(rec), rec.get("force"), str(rec["not_response"]), rec.get("title"))


def write_not_responses(conn: sqlite3.Connection, rows: list[tuple]) -> int:
    conn.execute(NOT_RESPONSES)
    # A page seen again (an incremental run over it) keeps one row: its latest reason.
    conn.executemany("DELETE FROM not_responses WHERE url = ?", [(r[0],) for r in rows])
    conn.executemany("INSERT INTO not_responses(url, force, reason, title) VALUES (?,?,?,?)", rows)
    return len(rows)


def write_errors(conn: sqlite3.Connection, failed: list[dict]) -> None:
    for rec in failed:
        conn.execute("INSERT INTO parse_errors(url, force, error) VALUES (?,?,?)",
                     (record_url(rec), rec.get("force"), str(rec["error"]).splitlines()[0]
                      if str(rec["error"]).strip() else "error"))
