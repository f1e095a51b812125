"""The full build's write: every record into a fresh corpus file (`write_corpus`).

Child processes share the work (two cores): while records stage, one runs the record iterator
(`_read`) and two prepare the rows and the dump's lines (`_produce`, archive/corpus_rows.py,
archive/corpus_dump.py `LineEncoder.ahead`) into staging files; while rows are written, the
full-text index is built in one (archive/corpus_fts.py) and the dump's lines sorted and
compressed in another (archive/corpus_dump.py); this process files the staged keys, merges
duplicates and writes the rows in batches, oldest publication first, handing each staged line
on with first_seen filled in.
"""
from __future__ import annotations

import marshal
import multiprocessing
import os
import sqlite3
import tempfile
import time
import traceback
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from queue import Empty

from archive.bulk_gc import few_collections, fewer_collections
from archive.corpus_dump import FIRST_SEEN_MARK, LineEncoder, StreamDump, with_first_seen
from archive.corpus_fts import SideFts
from archive.corpus_ids import response_id
from archive.corpus_reference import load_topics
from archive.corpus_rows import (
    CHILD_INSERTS,
    TEXTS,
    WriteResult,
    ensure_force,
    finished,
    finished_row,
    lone_record,
    merge_duplicates,
    not_response_row,
    prepared,
    record_url,
    response_force,
    restored,
    write_errors,
    write_forces,
    write_not_responses,
)
from archive.corpus_schema import (
    EXEMPTION_NAME_TABLES,
    RESPONSE_INSERT,
    RESPONSE_POS,
    RESPONSES,
    create_indexes,
    create_schema,
)
from archive.exemption_names import with_acts
from nlp.child_process import die_with_parent

_CACHE_KB = 256 * 1024  # page cache while bulk loading: the B-tree pages of the id indexes
_SORT_THREADS = 2
_TEMP_CACHE_KB = 64 * 1024  # the staging keys' temporary tables
_FTS_POSITIONS = tuple(TEXTS.values())   # title, request_text, response_text, attachment_text


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


class _BulkRows:
    """Rows of every table gathered over `batch` responses and written with one executemany per
    table: ~10 single-row INSERTs per response cost more than the rows themselves. The responses'
    search text goes to `fts` (rowid = insertion order: the table is fresh)."""

    def __init__(self, conn: sqlite3.Connection, fts, dump, batch: int = 2000):
        self.conn, self.fts, self.dump, self.batch = conn, fts, dump, batch
        self.pairs: list[tuple] = []
        self.responses: list[tuple] = []
        self.children: dict[str, list[tuple]] = {t: [] for t in CHILD_INSERTS}
        self.rowid = 0

    def add(self, row: tuple, children: dict[str, list[tuple]], ahead: tuple | None = None
            ) -> None:
        """`ahead`: the response's dump line as a preparer encoded it (bytes or a memoryview
        of them, the first_seen marker's offset: archive/corpus_dump.py LineEncoder.ahead) or
        None; the dump takes it with first_seen filled in, or encodes the line itself."""
        self.responses.append(row)
        if self.dump is not None:
            self.pairs.append((row, children, None if ahead is None else
                               with_first_seen(ahead[0], ahead[1], row[_FIRST_SEEN])))
        for table, rows in children.items():
            if rows:
                self.children[table].extend(rows)
        if len(self.responses) >= self.batch:
            self.flush()

    def flush(self) -> None:
        conn = self.conn
        for table in ("topics", "exemptions"):
            conn.executemany(CHILD_INSERTS[table], self.children[table])
        conn.executemany(RESPONSE_INSERT, self.responses)
        for table, sql in CHILD_INSERTS.items():
            if table not in ("topics", "exemptions"):
                conn.executemany(sql, self.children[table])
        self.fts.add([(self.rowid + i, *(r[p] for p in _FTS_POSITIONS))
                      for i, r in enumerate(self.responses, 1)])
        self.rowid += len(self.responses)
        if self.dump is not None:
            self.dump.add(self.pairs)
            self.pairs = []
        self.responses = []
        self.children = {t: [] for t in CHILD_INSERTS}


_FIRST_SEEN = RESPONSE_POS["first_seen"]
_CHUNK = 128      # records per message from the reader to the preparers
_PREPARERS = 2    # preparing processes: with the reader, both cores work while records stage


def _chunk_bytes(chunk: list) -> tuple[bool, bytes]:
    """Records for the pipe: marshal (fast, and exact for the JSON-like values parsed records
    hold), pickle for anything marshal refuses (a subclass, an object)."""
    try:
        return True, marshal.dumps(chunk)
    except ValueError:
        import pickle

        return False, pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)


def _read(records: Iterable[dict], inbox, out, preparers: int) -> None:
    """Child process: run the record iterator (generation or parsing) and hand the records to
    the preparers in numbered chunks (whichever is free takes the next)."""
    die_with_parent()
    few_collections()
    try:
        chunk, number = [], 0
        for rec in records:
            chunk.append(rec)
            if len(chunk) >= _CHUNK:
                inbox.put((number, *_chunk_bytes(chunk)))
                chunk, number = [], number + 1
        if chunk:
            inbox.put((number, *_chunk_bytes(chunk)))
            number += 1
        out.put(("read", number, None))
        for _ in range(preparers):
            inbox.put(None)
    except BaseException:
        out.put(("error", traceback.format_exc(), None))


def _produce(inbox, out, stage, index: int, lines: bool = False) -> None:
    """Child process: prepare the rows of each chunk of records the reader sends (and with
    `lines`, the dump's line) and append them to this preparer's staging file (`_staged`);
    send on only where they are (file `index`), and the parse errors and non-responses, per
    chunk. Rows never cross the pipe as pickles."""
    import pickle

    die_with_parent()
    few_collections()
    encoder = LineEncoder() if lines else None
    # Its own buffer, larger than the file object's 8 KB: one write call per ~150 records.
    stage = open(stage.fileno(), "wb", buffering=1 << 20, closefd=False)  # noqa: SIM115
    try:
        pos = 0
        for number, is_marshal, data in iter(inbox.get, None):
            keys, failed, skipped = [], [], []
            for rec in (marshal.loads(data) if is_marshal else pickle.loads(data)):
                if rec.get("error"):
                    failed.append(rec)
                elif rec.get("not_response"):  # a notice, news item or listing: never published
                    skipped.append(not_response_row(rec))
                else:
                    rid = response_id(rec.get("force"), rec.get("reference"), record_url(rec))
                    rows, (line, at), rest = _staged(rid, lone_record(rec), encoder)
                    stage.write(rows)
                    stage.write(line)
                    stage.write(rest)
                    keys.append((rid, rec.get("published"), index, pos, len(rows), len(rest),
                                 len(line), at))
                    pos += len(rows) + len(line) + len(rest)
            out.put(("records", number, (keys, failed, skipped)))
        stage.flush()  # before the last message: the writer reads the file once it has it
        out.put(("done", None, None))
    except BaseException:
        out.put(("error", traceback.format_exc(), None))


def _received(procs: list, queue, preparers: int) -> Iterator[tuple]:
    """The preparers' chunks in the reader's order; raises if a helper failed or died (an OOM
    kill sends nothing)."""
    pending, following, done, total = {}, 0, 0, None
    while done < preparers or total is None or following < total:
        try:
            kind, number, payload = queue.get(timeout=2)
        except Empty:
            for proc in procs:
                if proc.exitcode not in (None, 0):
                    raise RuntimeError(f"record producer died (exit code {proc.exitcode})"
                                       ) from None
            if not any(proc.is_alive() for proc in procs) and queue.empty():
                raise RuntimeError("record producers stopped before the last records") from None
            continue
        if kind == "error":
            raise RuntimeError(f"record producer failed:\n{number}")
        if kind == "done":
            done += 1
        elif kind == "read":
            total = number
        else:
            pending[number] = payload
            while following in pending:
                yield pending.pop(following)
                following += 1
    if total is None or following != total or pending:
        raise RuntimeError(f"record producers sent {following} of {total} chunks")


class _Clock:
    """Seconds since the previous call, stored under each step's name."""

    def __init__(self, into: dict):
        self.into, self.last = into, time.monotonic()

    def __call__(self, step: str) -> None:
        now = time.monotonic()
        self.into[step] = round(now - self.last, 2)
        self.last = now


def _staged(rid: str, rec: dict, encoder: LineEncoder | None = None
            ) -> tuple[bytes, tuple[bytes, int], bytes]:
    """A record as the staging file holds it: its prepared rows, its dump line encoded ahead
    with the first_seen marker's offset (b"", -1 without `encoder` or when the writer must
    encode it), then the record itself without the texts (they are in the row), read back only
    if another record of the same response turns up."""
    rest = {k: v for k, v in rec.items() if k not in TEXTS}
    rows = prepared(rid, rec)
    ahead = None
    if encoder is not None:
        ahead = encoder.ahead(finished_row(rows[0], FIRST_SEEN_MARK), rows[1])
    return marshal.dumps(rows), ahead or (b"", -1), marshal.dumps(rest)


def _staged_groups(conn: sqlite3.Connection, records: Iterable[dict], failed: list[dict],
                   stage_dir: Path, clock=lambda step: None,
                   skipped: list[tuple] | None = None, lines: bool = False
                   ) -> Iterator[tuple[str, tuple, tuple | None]]:
    """(response id, prepared rows, its dump line encoded ahead as (bytes-like, first_seen
    marker offset) or None) for every response, oldest publication first; lines are encoded
    ahead only with `lines`, and never for merged records.

    Records stream through staging files (keys in a temporary table) so memory stays flat
    however many there are: a child process runs the record iterator (`_read`), two more
    prepare the rows and stage them (`_produce`, one file each) while this one files the keys
    in the records' order. Records sharing an id are merged and prepared again."""
    # Temporary tables (this connection's working state, never in the corpus file): here, not
    # in the schema module.
    # Their own page cache (the temporary database's default is 2 MB): the keys are read back
    # in publication order, one lookup per response, from a table of ~100 bytes a response.
    conn.execute(f"PRAGMA temp.cache_size = -{_TEMP_CACHE_KB}")
    conn.execute("CREATE TEMP TABLE _staging (seq INTEGER PRIMARY KEY, rid TEXT, published TEXT, "
                 "file INTEGER, pos INTEGER, size INTEGER, rest INTEGER, line INTEGER, "
                 "mark INTEGER)")
    ctx = multiprocessing.get_context("fork")
    # Unlinked at once: a killed build leaves nothing behind. Only preparer i writes file i (its
    # copy of the file object, inherited empty at the fork); this process reads with pread.
    with ExitStack() as files:
        stages = [files.enter_context(tempfile.TemporaryFile(dir=stage_dir, prefix=".staging-"))
                  for _ in range(_PREPARERS)]
        inbox, queue = ctx.Queue(maxsize=2 * _PREPARERS + 2), ctx.Queue(maxsize=16)
        procs = [ctx.Process(target=_read, args=(records, inbox, queue, _PREPARERS), daemon=True)]
        procs += [ctx.Process(target=_produce, args=(inbox, queue, stage, i, lines), daemon=True)
                  for i, stage in enumerate(stages)]
        for proc in procs:
            proc.start()
        try:
            for keys, bad, notes in _received(procs, queue, _PREPARERS):
                failed.extend(bad)
                if skipped is not None:
                    skipped.extend(notes)
                conn.executemany("INSERT INTO _staging(rid, published, file, pos, size, rest, "
                                 "line, mark) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", keys)
            for proc in procs:
                proc.join()
        finally:
            for proc in procs:
                if proc.is_alive():
                    proc.kill()
                    proc.join()
        conn.execute("CREATE INDEX temp._staging_rid ON _staging(rid, seq)")
        # Responses are written oldest first, so rowid order is publication order: search can
        # then rank only the newest matches (a rowid range) instead of scoring every match.
        conn.execute("CREATE TEMP TABLE _order AS SELECT rid, max(coalesce(published, '')) AS p, "
                     "count(*) AS n FROM _staging GROUP BY rid")
        conn.execute("CREATE INDEX temp._order_p ON _order(p, rid)")
        clock("stage")
        fds = [stage.fileno() for stage in stages]
        group, current = [], None
        for rid, n, file, pos, size, rest, line, mark in conn.execute(
                "SELECT s.rid, o.n, s.file, s.pos, s.size, s.rest, s.line, s.mark "
                "FROM _order o JOIN _staging s ON s.rid = o.rid ORDER BY o.p, o.rid, s.seq"):
            if rid != current and group:
                yield current, _merged(current, group), None
                group = []
            if n == 1:  # the common case: the rows as prepared, the record itself not needed
                data = memoryview(os.pread(fds[file], size + line, pos))
                yield rid, marshal.loads(data[:size]), (data[size:], mark) if line else None
                continue
            current = rid
            data = memoryview(os.pread(fds[file], size + line + rest, pos))
            group.append((marshal.loads(data[:size]), marshal.loads(data[size + line:])))
        if group:
            yield current, _merged(current, group), None


def _merged(rid: str, group: list[tuple]) -> tuple:
    return prepared(rid, merge_duplicates(restored(*item) for item in group)[rid])


def write_corpus(records: Iterable[dict], db_path: Path, forces: list[dict],
                 previous_db: Path | None = None, topics: dict[str, str] | None = None,
                 dump_to: Path | None = None, rank_aside: bool = False) -> WriteResult:
    """Create `db_path` afresh and write every record (errors go to parse_errors).

    Child processes share the work (module docstring): the record iterator runs in one
    (`_read`), the rows are prepared in two more (`_produce`), the full-text index is built in
    another (`corpus_fts.SideFts`); this one writes the rows. With `dump_to`, the preparers
    encode the JSONL dump's lines too and one more process sorts and writes them there
    (`result.dump`: wait on it before publishing the dump). With `rank_aside`, a child computes the search-rank lists
    from the full-text side file while the caller goes on (`result.rank`: archive/side_rank.py;
    the caller copies them in and closes it)."""
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
        # Sorts (the staging keys' and the child tables' indexes) may use a helper thread: the
        # same index b-trees, byte for byte (tests/build/test_write_pipeline.py).
        conn.execute(f"PRAGMA threads = {_SORT_THREADS}")
        # Every child row is made here for a response written here, forces and topics are added
        # when missing: checked once at the end (foreign_key_check) instead of per row.
        conn.execute("PRAGMA foreign_keys = OFF")
        create_schema(conn, indexes=False)
        conn.executescript(EXEMPTION_NAME_TABLES)
        known_forces = write_forces(conn, forces)
        taxonomy = load_topics() if topics is None else topics
        conn.executemany("INSERT INTO topics VALUES (?, ?)", sorted(taxonomy.items()))
        known_topics = set(taxonomy)
        fts = SideFts(db_path)
        if dump_to is not None:
            result.dump = StreamDump(Path(dump_to), db_path.parent)
        bulk = _BulkRows(conn, fts, result.dump)
        clock = _Clock(result.timings)
        with fewer_collections():  # archive/bulk_gc.py
            for rid, rows, ahead in _staged_groups(conn, with_acts(records, forces), failed,
                                                   db_path.parent, clock, skipped,
                                                   lines=dump_to is not None):
                ensure_force(conn, known_forces, response_force(rows[0]))
                state, row, children = finished(rid, rows, previous, known_topics)
                bulk.add(row, children, ahead)
                result.count(rid, state)
            bulk.flush()
        # The index was fed rowids counted here: they must be the ones SQLite gave the rows.
        if conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {RESPONSES}").fetchone()[0] != bulk.rowid:
            raise RuntimeError("responses rowids are not the insertion count")
        if result.dump is not None:
            result.dump.close()  # the dump writer sorts and compresses while the indexes are built
        clock("rows")
        conn.execute("DROP TABLE temp._staging")
        conn.execute("DROP TABLE temp._order")
        write_errors(conn, failed)
        result.errors = len(failed)
        result.skipped = write_not_responses(conn, skipped)
        create_indexes(conn)
        clock("indexes")
        fts.finish_into(conn)
        if rank_aside:
            from archive.side_rank import SideRank

            result.rank = SideRank(fts.hand_over())
        clock("fts")
        _check_foreign_keys(conn)
        conn.commit()
        clock("fk_check")
    except BaseException:
        if result.dump is not None:
            result.dump.kill()
        if result.rank is not None:
            result.rank.close()
        raise
    finally:
        if fts is not None:
            fts.close()
        conn.close()
    return result


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    bad = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    if bad:
        raise sqlite3.IntegrityError(f"foreign key violations in the new corpus: {bad}")
