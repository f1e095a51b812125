"""Decision notices in the corpus: `ico_decisions` from the raw store's `ico` entries, then
`response_ico_links` (archive/ico_links.py). Called by the build after the responses are written.

The crawler stores notices under the pseudo-force `ico` (crawler/spiders/ico.py); the build's
response parsing skips them (`is_notice`), so a notice never becomes a response or a
not_response. A notice page's PDF is its attachment.
"""
from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from archive.corpus_schema import ICO
from parsers.ico.authority import ICO_SLUG


def is_notice(entry) -> bool:
    return entry.force == ICO_SLUG


def notice_records(raw_dir: Path) -> Iterator[dict]:
    """A record per stored notice (latest version), parse failures included (`error` set)."""
    from crawler.rawstore import RawStore
    from parsers.ico import parse_notice

    store = RawStore(Path(raw_dir))
    try:
        for entry in store.entries():
            if not is_notice(entry):
                continue
            docs = [(a.body, a.content_type) for a in entry.attachments]
            rec = parse_notice(entry.body, entry.content_type, docs,
                               url=entry.final_url or entry.url)
            rec["fetched_at"] = entry.fetched_at
            yield rec
    finally:
        store.close()


def _row(rec: dict) -> tuple:
    date = rec.get("date")
    return (rec["reference"], rec["reference"], date, int(date[:4]) if date else None,
            rec["force"], rec.get("authority"), rec.get("authority_kind"), rec.get("act"),
            json.dumps(rec.get("sections") or []), rec.get("decision"),
            None if rec.get("steps_ordered") is None else int(rec["steps_ordered"]),
            rec.get("request_date"), rec.get("request"), rec.get("url"), rec.get("summary"),
            rec.get("fetched_at"))


def write_ico_tables(conn: sqlite3.Connection, raw_dir: Path) -> int:
    """(Re)write ico_decisions and response_ico_links; returns the number of decisions."""
    from archive.ico_links import write_links

    conn.executescript(ICO)
    conn.execute("DELETE FROM response_ico_links")
    conn.execute("DELETE FROM ico_decisions")
    known = {r[0] for r in conn.execute("SELECT slug FROM forces")}
    rows, errors = {}, []
    for rec in notice_records(raw_dir):
        if rec.get("error") or not rec.get("reference"):
            errors.append((rec.get("url"), ICO_SLUG,
                           rec.get("error") or "decision notice: no reference found"))
        elif rec.get("force") in known:     # the crawler keeps police notices only; a
            rows[rec["reference"]] = _row(rec)  # notice reached by two URLs is one row
    conn.executemany(f"INSERT INTO ico_decisions VALUES ({','.join('?' * 16)})",
                     sorted(rows.values()))
    if errors:
        conn.executemany("INSERT INTO parse_errors(url, force, error) VALUES (?,?,?)", errors)
    links = write_links(conn)
    conn.commit()
    print(f"build: {len(rows)} decision notices, {links} links to responses, "
          f"{len(errors)} failed", file=sys.stderr)
    return len(rows)
