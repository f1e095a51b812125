"""The raw store: every fetched body kept unedited, with where and when it came from.

Layout (docs/architecture.md):
    <root>/index.sqlite          SQLite in WAL mode: fetches, crawl_errors, link_contexts,
                                 crawls, listing_links, checks (docs/changes.md)
    <root>/bodies/ab/<sha256>    each distinct body once, named by its SHA-256

Change tracking (issue 14; the build derives versions and changes from these):
    crawls(id, force, started_at, finished_at, complete)
        one row per force per crawl run; complete = 1 only when the run finished cleanly
        after walking every listing page of the log (no listing failed, not resumed from a
        paused queue, not a shared Redis crawl), so "no longer linked from any listing page"
        can be judged from that crawl's listing_links.
    listing_links(crawl_id, url)
        every entry (or attachment) URL linked from a listing page during that crawl.
    checks(id, crawl_id, force, url, kind, checked_at, status, result)
        one row per request of an entry or attachment (first fetches and revisits); result is
        new | changed (both with a new `fetches` row) | unchanged (200, same body) |
        not_modified (304) | gone (404/410) | redirected_out (redirect out of the log) | error.

Readers for the build (all return plain dicts / sets, oldest first):
    crawls_of(force)          -> [{id, force, started_at, finished_at, complete}]
    listing_links_of(crawl_id) -> {url}
    checks_of(url)            -> [{id, crawl_id, force, url, kind, checked_at, status, result}]
    all_checks()              -> the same for every URL, in check order
    versions(url)             -> every stored fetch of the URL (fetch_rows() columns)
Writers (the crawler): start_crawl, finish_crawl, add_listing_link, add_check; and
due_for_revisit, which picks the entries and attachments a crawl revalidates.

Standard library only, so the build can read the store without importing Scrapy.
Crash safety: a body is written to a temporary file and renamed into place *before* its row is
committed, so a row never points at a missing or half-written body; a crash between the two
leaves at most an orphan body file, which a later add of the same body simply reuses.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS fetches (
    id INTEGER PRIMARY KEY,
    force TEXT, url TEXT NOT NULL, final_url TEXT, status INTEGER, headers TEXT,
    content_type TEXT, fetched_at TEXT, sha256 TEXT, size INTEGER,
    kind TEXT CHECK (kind IN ('listing', 'entry', 'attachment')),
    parent_url TEXT, link_text TEXT
);
CREATE INDEX IF NOT EXISTS fetches_url ON fetches(url);
CREATE INDEX IF NOT EXISTS fetches_final_url ON fetches(final_url);
CREATE INDEX IF NOT EXISTS fetches_parent ON fetches(parent_url);
CREATE TABLE IF NOT EXISTS crawl_errors (
    id INTEGER PRIMARY KEY, force TEXT, url TEXT, error TEXT, status INTEGER, at TEXT
);
-- Crawler bookkeeping (not read by the build): the listing-item text each entry was linked
-- with when it was last fetched. A different text on a later crawl means the entry changed.
CREATE TABLE IF NOT EXISTS link_contexts (
    url TEXT NOT NULL, signature TEXT NOT NULL, PRIMARY KEY (url, signature)
);
-- Change tracking (docs/changes.md): crawl runs, what their listings linked, every check.
CREATE TABLE IF NOT EXISTS crawls (
    id INTEGER PRIMARY KEY, force TEXT, started_at TEXT, finished_at TEXT,
    complete INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS crawls_force ON crawls(force);
CREATE TABLE IF NOT EXISTS listing_links (
    crawl_id INTEGER NOT NULL, url TEXT NOT NULL, PRIMARY KEY (crawl_id, url)
);
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY, crawl_id INTEGER, force TEXT, url TEXT NOT NULL, kind TEXT,
    checked_at TEXT, status INTEGER,
    result TEXT CHECK (result IN ('not_modified', 'unchanged', 'changed', 'new', 'gone',
                                  'redirected_out', 'error'))
);
CREATE INDEX IF NOT EXISTS checks_url ON checks(url);
"""

CHECK_RESULTS = ("not_modified", "unchanged", "changed", "new", "gone", "redirected_out", "error")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class RawDoc:
    url: str
    content_type: str | None
    body: bytes
    link_text: str | None = None
    final_url: str | None = None


@dataclass
class RawEntry:
    force: str | None
    url: str
    final_url: str | None
    content_type: str | None
    fetched_at: str
    body: bytes
    status: int | None = None
    headers: dict = field(default_factory=dict)
    link_text: str | None = None
    attachments: list[RawDoc] = field(default_factory=list)


@dataclass
class LatestFetch:
    """The newest stored version of one URL (what the crawler needs for revalidation)."""
    url: str
    final_url: str | None
    kind: str
    sha256: str
    headers: dict
    content_type: str | None


def integrity_error(root: Path | str) -> str | None:
    """A one-line reason when the raw store's index is damaged, else None (also for no store).

    SQLite opens a file whose inner pages are overwritten without complaint and then returns
    nothing from them: a crawl over it reported "0 pages fetched" and exited 0."""
    path = Path(root) / "index.sqlite"
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60)
        try:
            rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"raw store index {path} is unreadable: {exc}"
    if rows != [("ok",)]:
        return f"raw store index {path} is damaged: {rows[0][0] if rows else 'no answer'}"
    return None


class RawStore:
    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.bodies = self.root / "bodies"
        self.bodies.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.root / "index.sqlite", timeout=60, isolation_level=None)
        self._use_wal()
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def _use_wal(self) -> None:
        # Switching a new file to WAL takes a lock that SQLite's busy timeout does not wait
        # for: several crawler processes opening one new store at once get "database is
        # locked". Retry with a short backoff until one of them has switched it.
        for attempt in range(100):
            try:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 99:
                    raise
                time.sleep(0.02 * (1 + attempt % 10))

    def close(self) -> None:
        self.db.close()

    # -- writing ---------------------------------------------------------------------------
    def body_path(self, sha256: str) -> Path:
        return self.bodies / sha256[:2] / sha256

    def _write_body(self, body: bytes) -> str:
        digest = hashlib.sha256(body).hexdigest()
        path = self.body_path(digest)
        if path.exists():
            return digest
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def add(self, force: str | None, url: str, final_url: str | None, status: int | None,
            headers: dict, body: bytes, kind: str, parent_url: str | None = None,
            link_text: str | None = None) -> bool:
        """Store one fetch. Returns False (and adds no row) when the body equals the latest."""
        digest = self._write_body(body)
        latest = self.latest(url)
        if latest is not None and latest.sha256 == digest:
            return False
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
        self.db.execute(
            "INSERT INTO fetches (force, url, final_url, status, headers, content_type, fetched_at,"
            " sha256, size, kind, parent_url, link_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (force, url, final_url or url, status, json.dumps(headers, sort_keys=True),
             content_type, _now(), digest, len(body), kind, parent_url, link_text))
        return True

    def add_error(self, force: str | None, url: str, error: str, status: int | None = None) -> None:
        self.db.execute("INSERT INTO crawl_errors (force, url, error, status, at) VALUES (?,?,?,?,?)",
                        (force, url, error, status, _now()))

    def add_link_context(self, url: str, signature: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO link_contexts (url, signature) VALUES (?, ?)",
                        (url, signature))

    # -- change tracking (writing) -----------------------------------------------------------
    def start_crawl(self, force: str | None) -> int:
        """A new crawls row (complete = 0 until finish_crawl says otherwise); returns its id."""
        return self.db.execute("INSERT INTO crawls (force, started_at, complete) VALUES (?,?,0)",
                               (force, _now())).lastrowid

    def finish_crawl(self, crawl_id: int, complete: bool) -> None:
        self.db.execute("UPDATE crawls SET finished_at = ?, complete = ? WHERE id = ?",
                        (_now(), int(bool(complete)), crawl_id))

    def add_listing_link(self, crawl_id: int, url: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO listing_links (crawl_id, url) VALUES (?, ?)",
                        (crawl_id, url))

    def add_check(self, crawl_id: int | None, force: str | None, url: str, kind: str,
                  status: int | None, result: str) -> None:
        if result not in CHECK_RESULTS:
            raise ValueError(f"unknown check result {result!r}")
        self.db.execute("INSERT INTO checks (crawl_id, force, url, kind, checked_at, status,"
                        " result) VALUES (?,?,?,?,?,?,?)",
                        (crawl_id, force, url, kind, _now(), status, result))

    # -- change tracking (reading) ------------------------------------------------------------
    def due_for_revisit(self, force: str | None, checked_before: str | None,
                        limit: int) -> list[tuple[str, str, str | None, str | None]]:
        """(url, kind, parent_url, link_text) of the force's stored entries and attachments
        whose last check (or, never checked, last fetch) is older than `checked_before` (a
        timestamp like fetched_at; None: all), oldest-checked first, at most `limit`."""
        return self.db.execute(
            "SELECT url, kind, parent_url, link_text FROM (SELECT f.url, f.kind, f.parent_url,"
            " f.link_text, f.id,"
            " COALESCE((SELECT MAX(c.checked_at) FROM checks c WHERE c.url = f.url),"
            " f.fetched_at) AS last FROM fetches f JOIN (SELECT url, MAX(id) AS id FROM fetches"
            " WHERE force IS ? AND kind IN ('entry', 'attachment') GROUP BY url) l"
            " ON f.id = l.id) WHERE ? IS NULL OR last < ? ORDER BY last, id LIMIT ?",
            (force, checked_before, checked_before, max(0, limit))).fetchall()

    def _dicts(self, sql: str, args: tuple = ()) -> list[dict]:
        cur = self.db.execute(sql, args)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def crawls_of(self, force: str | None) -> list[dict]:
        """The force's crawl runs, oldest first."""
        return self._dicts("SELECT id, force, started_at, finished_at, complete FROM crawls"
                           " WHERE force IS ? ORDER BY id", (force,))

    def all_crawls(self) -> list[dict]:
        return self._dicts("SELECT id, force, started_at, finished_at, complete FROM crawls"
                           " ORDER BY id")

    def listing_links_of(self, crawl_id: int) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT url FROM listing_links WHERE crawl_id = ?", (crawl_id,))}

    def checks_of(self, url: str) -> list[dict]:
        """Every check of one URL, oldest first."""
        return self._dicts("SELECT * FROM checks WHERE url = ? ORDER BY id", (url,))

    def all_checks(self) -> list[dict]:
        return self._dicts("SELECT * FROM checks ORDER BY id")

    def versions(self, url: str) -> list[dict]:
        """Every stored fetch of the URL (each a distinct body from the one before), oldest
        first, with the same columns as fetch_rows()."""
        return self._dicts("SELECT * FROM fetches WHERE url = ? ORDER BY id", (url,))

    # -- reading ---------------------------------------------------------------------------
    def latest(self, url: str) -> LatestFetch | None:
        row = self.db.execute(
            "SELECT url, final_url, kind, sha256, headers, content_type FROM fetches"
            " WHERE url = ? ORDER BY id DESC LIMIT 1", (url,)).fetchone()
        if row is None:
            return None
        return LatestFetch(row[0], row[1], row[2], row[3], json.loads(row[4] or "{}"), row[5])

    def has(self, url: str) -> bool:
        """True when the URL was stored, either as requested or as reached after a redirect."""
        return self.db.execute("SELECT 1 FROM fetches WHERE url = ? OR final_url = ? LIMIT 1",
                               (url, url)).fetchone() is not None

    def gone(self, url: str) -> bool:
        """True when a fetch of the URL answered 404 / 410 (a dead link, not a passing fault)."""
        return self.db.execute("SELECT 1 FROM crawl_errors WHERE url = ? AND status IN (404, 410)"
                               " LIMIT 1", (url,)).fetchone() is not None

    def knows_link_context(self, url: str, signature: str) -> bool:
        return self.db.execute("SELECT 1 FROM link_contexts WHERE url = ? AND signature = ?",
                               (url, signature)).fetchone() is not None

    def read_body(self, sha256: str) -> bytes:
        return self.body_path(sha256).read_bytes()

    def entries(self) -> Iterator[RawEntry]:
        """Latest version of every entry (ordered by URL), with the latest of its attachments."""
        rows = self.db.execute(
            "SELECT f.force, f.url, f.final_url, f.content_type, f.fetched_at, f.sha256, f.status,"
            " f.headers, f.link_text FROM fetches f JOIN (SELECT url, MAX(id) AS id FROM fetches"
            " WHERE kind = 'entry' GROUP BY url) last ON f.id = last.id ORDER BY f.url").fetchall()
        for force, url, final_url, ctype, at, digest, status, headers, link_text in rows:
            yield RawEntry(force, url, final_url, ctype, at, self.read_body(digest), status,
                           json.loads(headers or "{}"), link_text,
                           self._attachments_of({url, final_url or url}))

    def _attachments_of(self, parents: set[str]) -> list[RawDoc]:
        marks = ",".join("?" * len(parents))
        rows = self.db.execute(
            f"SELECT f.url, f.content_type, f.sha256, f.link_text, f.final_url FROM fetches f"
            f" JOIN (SELECT url, MAX(id) AS id FROM fetches WHERE kind = 'attachment'"
            f" AND parent_url IN ({marks}) GROUP BY url) last ON f.id = last.id ORDER BY f.url",
            sorted(parents)).fetchall()
        return [RawDoc(u, ct, self.read_body(d), lt, fu) for u, ct, d, lt, fu in rows]

    def fetch_rows(self) -> list[dict]:
        """Every stored row (for tests, summaries and debugging)."""
        cur = self.db.execute("SELECT * FROM fetches ORDER BY id")
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def errors(self) -> list[dict]:
        cur = self.db.execute("SELECT * FROM crawl_errors ORDER BY id")
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
