"""Merge raw stores (one per crawler machine after a shared crawl) into one store.

    python -m crawler.merge data/raw machine-a/raw machine-b/raw ...

Each source row is copied with its original fetch time unless the destination already holds
that body as the URL's version at that time or later, so merging twice, or merging stores that
fetched the same page (a page re-fetched after its first process died), adds nothing twice.
Rows go in fetch-time order, keeping "latest row = latest version". A source row older than
the destination's latest version of its URL is skipped and counted: that is only possible when
the machines did not start from the same merged store (see docs/distributed.md).

The change-tracking rows (docs/changes.md) come too. A crawl is known by its force and start
time (ids differ from store to store, and a machine that started from a copy of the merged store
holds the merged crawls again): each source crawl maps to the destination's row with the same
force and start, or a new one, and its listing links and checks follow with the mapped id. A
check already in the destination (same URL, time and result) is not added again.
Standard library only, like crawler.rawstore.
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from crawler.rawstore import RawStore

COLUMNS = ("force", "url", "final_url", "status", "headers", "content_type", "fetched_at",
           "sha256", "size", "kind", "parent_url", "link_text")


@dataclass
class MergeReport:
    rows: int = 0
    errors: int = 0
    skipped_older: int = 0
    crawls: int = 0
    checks: int = 0

    def describe(self) -> str:
        return (f"merged {self.rows} fetches, {self.errors} crawl errors, {self.crawls} crawls"
                f" and {self.checks} checks"
                + (f"; skipped {self.skipped_older} versions older than the destination's"
                   if self.skipped_older else ""))


def _source_rows(src: Path) -> tuple[list[dict], list[tuple], list[tuple]]:
    db = sqlite3.connect(f"file:{src / 'index.sqlite'}?mode=ro", uri=True, timeout=60)
    try:
        cur = db.execute(f"SELECT {', '.join(COLUMNS)} FROM fetches ORDER BY id")
        rows = [dict(zip(COLUMNS, r, strict=True)) for r in cur.fetchall()]
        errors = db.execute("SELECT force, url, error, status, at FROM crawl_errors").fetchall()
        contexts = db.execute("SELECT url, signature FROM link_contexts").fetchall()
    finally:
        db.close()
    return rows, errors, contexts


CRAWL_COLUMNS = ("id", "force", "started_at", "finished_at", "complete")
CHECK_COLUMNS = ("crawl_id", "force", "url", "kind", "checked_at", "status", "result")


def _tracking_rows(src: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """crawls, listing_links and checks of a source store (none from a store older than them)."""
    db = sqlite3.connect(f"file:{src / 'index.sqlite'}?mode=ro", uri=True, timeout=60)
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"crawls", "listing_links", "checks"} <= tables:
            return [], [], []
        crawls = db.execute(f"SELECT {', '.join(CRAWL_COLUMNS)} FROM crawls ORDER BY id").fetchall()
        links = db.execute("SELECT crawl_id, url FROM listing_links").fetchall()
        checks = db.execute(f"SELECT {', '.join(CHECK_COLUMNS)} FROM checks ORDER BY id").fetchall()
    finally:
        db.close()
    return crawls, links, checks


def _merge_tracking(db: sqlite3.Connection, src: Path, report: MergeReport) -> None:
    crawls, links, checks = _tracking_rows(src)
    db.execute("BEGIN IMMEDIATE")   # one source's crawls with their links and checks, or none
    try:
        _insert_tracking(db, crawls, links, checks, report)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _insert_tracking(db, crawls, links, checks, report: MergeReport) -> None:
    ids: dict[int, int] = {}
    for crawl_id, force, started_at, finished_at, complete in crawls:
        found = db.execute("SELECT id, finished_at FROM crawls WHERE force IS ? AND"
                           " started_at IS ?", (force, started_at)).fetchone()
        if found is None:
            ids[crawl_id] = db.execute(
                "INSERT INTO crawls (force, started_at, finished_at, complete) VALUES (?,?,?,?)",
                (force, started_at, finished_at, complete)).lastrowid
            report.crawls += 1
            continue
        ids[crawl_id] = found[0]
        if found[1] is None and finished_at is not None:   # merged before it had finished
            db.execute("UPDATE crawls SET finished_at = ?, complete = ? WHERE id = ?",
                       (finished_at, complete, found[0]))
    db.executemany("INSERT OR IGNORE INTO listing_links (crawl_id, url) VALUES (?, ?)",
                   [(ids[c], url) for c, url in links if c in ids])
    for row in checks:
        crawl_id, force, url, kind, checked_at, status, result = row
        if db.execute("SELECT 1 FROM checks WHERE url = ? AND checked_at IS ? AND result IS ?"
                      " AND status IS ? AND force IS ?",
                      (url, checked_at, result, status, force)).fetchone():
            continue          # this very check was merged before
        db.execute(f"INSERT INTO checks ({', '.join(CHECK_COLUMNS)}) VALUES"
                   f" ({', '.join('?' * len(CHECK_COLUMNS))})",
                   (ids.get(crawl_id), force, url, kind, checked_at, status, result))
        report.checks += 1


def merge_raw_stores(dest: Path, sources: list[Path]) -> MergeReport:
    report = MergeReport()
    store = RawStore(dest)
    try:
        gathered = []
        for src in sources:
            rows, errors, contexts = _source_rows(Path(src))
            for row in rows:
                gathered.append((Path(src), row))
            for err in errors:
                if store.db.execute("SELECT 1 FROM crawl_errors WHERE force IS ? AND url = ? AND"
                                    " error = ? AND status IS ? AND at = ?", err).fetchone():
                    continue
                store.db.execute("INSERT INTO crawl_errors (force, url, error, status, at)"
                                 " VALUES (?,?,?,?,?)", err)
                report.errors += 1
            store.db.executemany("INSERT OR IGNORE INTO link_contexts (url, signature)"
                                 " VALUES (?, ?)", contexts)
            _merge_tracking(store.db, Path(src), report)
        gathered.sort(key=lambda pair: pair[1]["fetched_at"] or "")
        for src, row in gathered:
            if store.db.execute("SELECT 1 FROM fetches WHERE url = ? AND sha256 = ? AND"
                                " fetched_at = ?", (row["url"], row["sha256"],
                                                    row["fetched_at"])).fetchone():
                continue          # this very fetch was merged before
            latest = store.db.execute("SELECT sha256, fetched_at FROM fetches WHERE url = ?"
                                      " ORDER BY id DESC LIMIT 1", (row["url"],)).fetchone()
            if latest is not None:
                if latest[0] == row["sha256"]:
                    continue      # the same version is already the latest
                if latest[1] > row["fetched_at"]:
                    report.skipped_older += 1
                    continue
            body = store.body_path(row["sha256"])
            if not body.exists():
                body.parent.mkdir(parents=True, exist_ok=True)
                tmp = body.with_name(".tmp-merge-" + body.name)
                shutil.copyfile(src / "bodies" / row["sha256"][:2] / row["sha256"], tmp)
                tmp.replace(body)     # body in place before its row, as RawStore.add does
            store.db.execute(f"INSERT INTO fetches ({', '.join(COLUMNS)}) VALUES"
                             f" ({', '.join('?' * len(COLUMNS))})", [row[c] for c in COLUMNS])
            report.rows += 1
    finally:
        store.close()
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Merge raw stores into DEST.")
    ap.add_argument("dest", type=Path, help="raw store to merge into (created when missing)")
    ap.add_argument("sources", type=Path, nargs="+", help="raw stores to merge from")
    args = ap.parse_args(argv)
    missing = [str(s) for s in args.sources if not (s / "index.sqlite").exists()]
    if missing:
        print(f"not a raw store (no index.sqlite): {', '.join(missing)}", file=sys.stderr)
        return 2
    print(merge_raw_stores(args.dest, args.sources).describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
