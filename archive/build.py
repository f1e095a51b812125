"""`foi-archive build`: raw store -> parsers -> topic tags -> corpus file, swapped in atomically.

The whole file is rebuilt each run (ids are stable, so rebuilding is idempotent); it is written
beside the live corpus as `<db>.tmp` and renamed over it, so the site never sees a half-built file.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from archive.build_lock import corpus_lock, side_path
from archive.bulk_gc import fewer_collections, return_freed_memory
from archive.corpus_dump import dump_path_for, write_dump
from archive.corpus_ico import is_notice
from archive.corpus_schema import ensure_derived_tables
from archive.corpus_serving import write_serving_tables
from archive.corpus_stats import write_stats
from archive.corpus_write import write_corpus
from archive.facet_index import write_facet_index
from archive.search_rank import refresh_search_rank, write_search_rank


@dataclass
class BuildReport:
    db_path: Path
    responses: int = 0
    new: int = 0
    updated: int = 0
    failed: int = 0
    skipped: int = 0   # pages that are not responses: table not_responses
    seconds: float = 0.0

    def describe(self) -> str:
        return (f"Built {self.db_path}: {self.responses} responses ({self.new} new, "
                f"{self.updated} updated), {self.failed} failed to parse, "
                f"{self.skipped} not responses, in {self.seconds:.1f}s")


class _Progress:
    """A line on stderr at most every `every` seconds, and a last one at the end."""

    def __init__(self, label: str, every: float = 2.0):
        self.label, self.every, self.last = label, every, 0.0

    def __call__(self, done: int, total: int | None = None, final: bool = False) -> None:
        now = time.monotonic()
        if final or now - self.last >= self.every:
            self.last = now
            of = f"/{total}" if total else ""
            print(f"{self.label}: {done}{of}", file=sys.stderr, flush=True)


def _error_record(url: str | None, force: str | None, error: str) -> dict:
    return {"source": url, "url": url, "force": force, "error": error}


def parse_entry(entry) -> tuple[dict, list[dict]]:
    """One raw entry (+ its attachments) -> (merged record, attachment error records)."""
    rec, errors, _ = parse_entry_page(entry)
    return rec, errors


def parse_entry_page(entry) -> tuple[dict, list[dict], dict]:
    """parse_entry, and the page's own record before its attachments were merged in (what
    change tracking compares between versions: archive/change_history.py)."""
    from parsers import merge_attachments, parse_document
    from parsers.not_response import response_signal

    url = entry.final_url or entry.url
    page = parse_document(entry.body, entry.content_type, url, entry.force)
    atts, errors = [], []
    for doc in entry.attachments:
        try:
            att = parse_document(doc.body, doc.content_type, doc.url, entry.force)
        except Exception as exc:  # a parser bug must not stop the build
            att = {"error": f"{type(exc).__name__}: {exc}"}
        if att.get("error"):
            errors.append(_error_record(doc.url, entry.force, att["error"]))
        else:
            att.setdefault("name", doc.link_text)
            atts.append(att)
    rec = merge_attachments(page, atts) if atts and not page.get("error") else page
    if rec.get("not_response") and any(response_signal(a) for a in atts):
        rec = {**rec, "not_response": None}  # the page only introduces its letter: a response
    # The crawl knows which force's log the page came from; that beats inference from text.
    rec = {**rec, "force": entry.force or rec.get("force"), "url": url,
           "source_urls": sorted({u for u in (entry.url, entry.final_url) if u}),
           "fetched_at": entry.fetched_at}
    if not rec.get("error"):  # received -> published in working days, by the force's Act
        from archive.working_days import fill

        fill(rec)
    return rec, errors, page


def _missing_dependency(err: ImportError) -> bool:
    """A third-party package the NLP layer needs is not installed (the build goes on without
    it). A broken import inside the project's own code is a bug: it must fail the build, not
    quietly leave the derived tables empty (a loaded machine once built 1M that way)."""
    return isinstance(err, ModuleNotFoundError) and not (err.name or "").startswith(
        ("nlp", "archive", "parsers"))


def _tagger():
    try:
        from nlp import tag_topics
    except ImportError as err:
        if not _missing_dependency(err):
            raise
        print("build: nlp.tag_topics unavailable, responses get no topics", file=sys.stderr)
        return None
    return tag_topics


def parsed_records(raw_dir: Path) -> Iterator[dict]:
    """Every record the raw store yields, tagged; failures become error records."""
    from archive.change_history import HistoryReader
    from crawler.rawstore import RawStore
    from parsers import parse_document

    tag_topics = _tagger()
    progress = _Progress("build: parsed entries")
    n = 0
    store = RawStore(Path(raw_dir))
    histories = HistoryReader(store, parse_document)
    for entry in store.entries():
        if is_notice(entry):
            continue  # a decision notice: archive/corpus_ico.py, never a response
        try:
            rec, att_errors, page = parse_entry_page(entry)
            if not rec.get("error") and not rec.get("not_response"):
                # versions, changes and status come from the raw store, before the row is
                # written (so the streamed dump and the table agree)
                history = histories.history(entry, page)
                rec["status"] = history.status
                rec["history"] = history.as_record()
            if not rec.get("error") and not rec.get("not_response") and tag_topics is not None:
                tags = tag_topics(rec)
                rec["topic_tags"] = tags
                rec["topics"] = [t["topic"] for t in tags]
        except Exception as exc:  # recorded in parse_errors, never stops the run
            rec, att_errors = _error_record(entry.final_url or entry.url, entry.force,
                                            f"{type(exc).__name__}: {exc}"), []
        yield rec
        yield from att_errors
        n += 1
        progress(n)
    progress(n, final=True)
    if histories.parsed_versions:
        print(f"build: parsed {histories.parsed_versions} older versions of changed entries",
              file=sys.stderr)


def _write_ico(db_path: Path, raw_dir: Path) -> None:
    """The decision notices and their links to responses (archive/corpus_ico.py)."""
    from archive.corpus_ico import write_ico_tables

    conn = sqlite3.connect(db_path)
    try:
        write_ico_tables(conn, raw_dir)
    finally:
        conn.close()


def update_derived_tables(db_path: Path, rank=None) -> None:
    """Let the NLP layer write passages, clusters, round-robins and similar responses.

    rank: `write_corpus(rank_aside=True)`'s search-rank lists, computed meanwhile in a child
    (archive/side_rank.py); copied in instead of written here."""
    return_freed_memory()   # the write step's page cache and batches: the derive allocates anew
    try:
        from nlp.corpus import update_derived
    except ImportError as err:
        if not _missing_dependency(err):
            raise
        update_derived = None
        print("build: nlp.corpus unavailable, derived tables left empty", file=sys.stderr)
    # Collections rare (archive/bulk_gc.py): the derive step's main process makes millions of
    # short-lived tuples beside a large heap (groups, term columns) that every collection of
    # the old generations walked: 3,520 collections, 4.3 of its 59 CPU-s at 200k responses
    with fewer_collections():
        _derived_tables(db_path, update_derived, rank)


def _derived_tables(db_path: Path, update_derived, rank) -> None:
    """update_derived_tables' work: the NLP tables (unless nlp.corpus is missing), then the
    stats, serving tables, facet index and search-rank lists."""
    if update_derived is not None:
        import sqlite_utils

        db = sqlite_utils.Database(db_path)
        try:
            update_derived(db, None)
        finally:
            db.close()
    conn = sqlite3.connect(db_path)
    # (the stats' GROUP BY sorts on two threads: one core idles in the build's tail; 1M synthetic
    # 15.4 -> 12.2 s wall)
    conn.execute(f"PRAGMA threads = {min(2, os.cpu_count() or 1)}")
    try:
        ensure_derived_tables(conn)
        write_stats(conn)
        conn.commit()
        write_serving_tables(conn)
        write_facet_index(conn)   # after the serving tables: it reads serving_facet_rows
        # champion lists for ranking every match (docs/search.md)
        if rank is None or not rank.copy_into(conn):
            write_search_rank(conn)
    finally:
        conn.close()


def update_derived_incremental(db_path: Path, response_ids: list[str], cells=None) -> None:
    """After `append_corpus`: derived tables for just these responses; stats recounted for the
    (force, year) cells it reported (all cells when None)."""
    import sqlite_utils

    from nlp.corpus import update_derived

    db = sqlite_utils.Database(db_path)
    try:
        update_derived(db, response_ids)
    finally:
        db.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA cache_size = -256000")  # the stats and facet-index index reads
    try:
        write_stats(conn, cells)
        conn.commit()
        write_serving_tables(conn, response_ids)
        write_facet_index(conn, response_ids)   # the stored bitmaps renumbered, batch added
        refresh_search_rank(conn)   # kept unless many rows were added (search_rank.py)
    finally:
        conn.close()


_SIDECARS = ("", "-journal", "-wal", "-shm", "-fts")  # -fts: corpus_schema.side_fts_path


def finish_dump(result, db_path: Path, dump_path: Path) -> None:
    """Wait for the dump `write_corpus(dump_to=...)` streamed; read it back from the corpus
    instead when the stream could not reproduce it exactly."""
    if result.dump is None or not result.dump.wait():
        write_dump(db_path, dump_path)


def _remove_stale(path: Path) -> None:
    """A killed build leaves its temp file, and maybe SQLite side files that would be replayed
    into the next temp file of the same name; remove them all before starting afresh."""
    for suffix in _SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _finalise(tmp: Path) -> None:
    """Make the temp corpus a self-contained file on disk before it is renamed in: no WAL left
    beside it (it would not follow the rename), contents flushed."""
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    _fsync(tmp)


def build_corpus(raw_dir: Path, db_path: Path) -> BuildReport:
    """Writes `<db>.tmp` and renames it over `<db>`; a build killed at any point leaves the
    published corpus untouched, and the next build clears what the killed one left. Raises
    BuildLocked when another build of the same corpus is running."""
    db_path = Path(db_path)
    with corpus_lock(db_path):
        return _build_locked(raw_dir, db_path)


def _build_locked(raw_dir: Path, db_path: Path) -> BuildReport:
    from archive.registry import load_forces

    started = time.monotonic()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = side_path(db_path, ".tmp")
    dump_tmp = side_path(dump_path_for(db_path), ".tmp")
    _remove_stale(tmp)
    _remove_stale(dump_tmp)
    result = write_corpus(parsed_records(Path(raw_dir)), tmp, load_forces(), previous_db=db_path,
                          dump_to=dump_tmp, rank_aside=True)
    print(f"build: wrote {len(result.ids)} responses, deriving tables", file=sys.stderr)
    try:
        # the dump and the search-rank lists are finished beside it, in other processes
        update_derived_tables(tmp, result.rank)
        _write_ico(tmp, Path(raw_dir))
        _finalise(tmp)
        finish_dump(result, tmp, dump_tmp)
    finally:
        result.dump.kill()
        result.rank.close()
    _fsync(dump_tmp)
    os.replace(tmp, db_path)  # the corpus first: the site serves it; the dump is a by-product
    os.replace(dump_tmp, dump_path_for(db_path))
    try:  # the renames themselves survive a power cut only once the directory is flushed
        _fsync(db_path.parent)
    except OSError:
        pass
    return BuildReport(db_path=db_path, responses=len(result.ids), new=len(result.new),
                       updated=len(result.updated), failed=result.errors, skipped=result.skipped,
                       seconds=time.monotonic() - started)
