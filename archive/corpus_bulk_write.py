"""The full build's write: every record into a fresh corpus file (`write_corpus`).

Child processes share the work (two cores): while records stage, one runs the record iterator
(`_read`) and two prepare the rows (`_produce`, archive/corpus_rows.py) into staging files;
while rows are written, the full-text index is built in one (archive/corpus_fts.py), the dump's
lines encoded in another (`_encode_lines`) and sorted and compressed in a third
(archive/corpus_dump.py); this process files the staged keys, merges duplicates and writes the
rows in batches, oldest publication first.
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

from archive.bulk_gc import few_collections, fewer_collections, return_freed_memory
from archive.corpus_dump import LineEncoder, StreamDump, Unstreamable
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
    first_seen_of,
    merge_duplicates,
    not_response_row,
    prepared,
    record_url,
    response_force,
    restored,
    staged_rows,
    write_errors,
    write_forces,
    write_not_responses,
)
from archive.corpus_schema import (
    EXEMPTION_NAME_TABLES,
    RESPONSE_INSERT,
    RESPONSES,
    create_indexes,
    create_schema,
)
from archive.exemption_names import with_acts
from nlp.child_process import die_with_parent

_CACHE_KB = 256 * 1024  # page cache while bulk loading: the B-tree pages of the id indexes
# ... and while the rows go in, oldest first: ten indexes keyed by response id (the responses' own,
# each child table's primary key) take their rows in random order, ~330 bytes per response, so past
# ~600,000 responses 256 MB no longer holds them and every insert re-reads evicted pages (1M synthetic:
# rows 278 s at 256 MB, 222 s at 640 MB). Sized by the staged count, given back before the index
# builds, whose sorters use as much again; at most 512 MB, so that this process stays well below the
# derive step's peak (1M synthetic: ~1.45 GB, against a 1.5 GB target).
_ROWS_CACHE_BYTES_PER_RESPONSE = 640
_ROWS_CACHE_KB_MAX = 512 * 1024
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
        self.refs: list[tuple | None] = []
        self.children: dict[str, list[tuple]] = {t: [] for t in CHILD_INSERTS}
        self.rowid = 0

    def add(self, row: tuple, children: dict[str, list[tuple]], staged: tuple | None = None
            ) -> None:
        """`staged`: where the prepared rows lie in the staging files, (file, pos, size): the
        full-text indexer and the dump's line encoder read them there (both inherited the
        files) instead of being sent ~10 KB of texts per response through pipes."""
        self.responses.append(row)
        self.refs.append(staged)
        if self.dump is not None:
            self.pairs.append((row, children) if staged is None
                              else (staged, first_seen_of(row)))
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
        rows, refs = [], []
        for rowid, (r, ref) in enumerate(zip(self.responses, self.refs, strict=True),
                                              self.rowid + 1):
            if ref is None:
                rows.append((rowid, *(r[p] for p in _FTS_POSITIONS)))
            else:
                refs.append((rowid, *ref))
        self.fts.add(rows, refs)
        self.rowid += len(self.responses)
        if self.dump is not None:
            self.dump.add(self.pairs)
            self.pairs = []
        self.responses, self.refs = [], []
        self.children = {t: [] for t in CHILD_INSERTS}


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


def _encode_lines(inbox, dump_inbox, fds: list[int]) -> None:
    """Child process: the dump's lines of the rows written, in writing order (what
    StreamDump.add does in the writer, here on the other core), sent on to the dump writer.
    Rows come as a staging-file place + first_seen (a lone record) or as (row, children)."""
    die_with_parent()
    few_collections()
    encoder, exemptions, unstreamable = LineEncoder(), {}, False
    for batch in iter(inbox.get, None):
        if unstreamable:
            continue
        lines = []
        try:
            for first, second in batch:
                if type(first[0]) is int:  # (file, pos, size) in the staging files
                    row, children, _ = staged_rows(fds, first)
                    row = finished_row(row, second)
                else:
                    row, children = first, second
                for ex in children["exemptions"]:
                    exemptions.setdefault(ex[0], ex)
                lines.append((row[0], encoder.line(row, children, exemptions)))
        except Unstreamable as exc:  # the dump writer gives up; the build reads the corpus
            unstreamable = True
            dump_inbox.put(str(exc))
            continue
        dump_inbox.put(lines)


class _DumpLines:
    """The streamed dump's line encoder, a child process between the writer and the dump
    writer (archive/corpus_dump.py StreamDump): takes `add` batches of `_BulkRows` pairs."""

    def __init__(self, dump, fds: list[int]):
        ctx = multiprocessing.get_context("fork")
        self.dump = dump
        self.inbox = ctx.Queue(maxsize=8)
        self.proc = ctx.Process(target=_encode_lines, args=(self.inbox, dump.inbox, fds),
                                daemon=True)
        self.proc.start()
        self.closed = False

    def _put(self, item) -> None:
        from queue import Full

        while True:
            try:
                self.inbox.put(item, timeout=2)
                return
            except Full:
                self._check()

    def _check(self) -> None:
        if self.proc.exitcode not in (None, 0):
            raise RuntimeError(f"dump line encoder died (exit code {self.proc.exitcode})")
        if not self.dump.proc.is_alive():
            raise RuntimeError(f"dump writer died (exit code {self.dump.proc.exitcode})")

    def add(self, pairs: list[tuple]) -> None:
        self._put(pairs)

    def close(self) -> None:
        """No more rows: wait for the encoder's last lines, then let the dump writer finish."""
        if self.closed:
            return
        self.closed = True
        self._put(None)
        while True:
            self.proc.join(timeout=2)
            if self.proc.exitcode is not None:
                break
            self._check()
        self._check()
        self.dump.close()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()


def _produce(inbox, out, stage, index: int) -> None:
    """Child process: prepare the rows of each chunk of records the reader sends and append
    them to this preparer's staging file (`_staged`); send on only where they are (file
    `index`), and the parse errors and non-responses, per chunk. Rows never cross the pipe as
    pickles."""
    import pickle

    die_with_parent()
    few_collections()
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
                    # merge_duplicates of one record: the form a lone record is written in.
                    rows, rest = _staged(rid, merge_duplicates([rec])[rid])
                    stage.write(rows)
                    stage.write(rest)
                    keys.append((rid, rec.get("published"), index, pos, len(rows), len(rest)))
                    pos += len(rows) + len(rest)
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


def _staged(rid: str, rec: dict) -> tuple[bytes, bytes]:
    """A record as the staging file holds it: its prepared rows, then the record itself without
    the texts (they are in the row), read back only if another record of the same response
    turns up."""
    rest = {k: v for k, v in rec.items() if k not in TEXTS}
    return marshal.dumps(prepared(rid, rec)), marshal.dumps(rest)


def _staged_groups(conn: sqlite3.Connection, records: Iterable[dict], failed: list[dict],
                   stages: list, clock=lambda step: None,
                   skipped: list[tuple] | None = None) -> Iterator[tuple[str, tuple, tuple | None]]:
    """(response id, prepared rows, their place (file, pos, size) in the staging files `stages`
    or None for merged ones) for every response, oldest publication first.

    Records stream through staging files (keys in a temporary table) so memory stays flat
    however many there are: a child process runs the record iterator (`_read`), two more
    prepare the rows and stage them (`_produce`, one file each) while this one files the keys
    in the records' order. Records sharing an id are merged and prepared again."""
    # Temporary tables (this connection's working state, never in the corpus file): here, not
    # in the schema module.
    conn.execute("CREATE TEMP TABLE _staging (seq INTEGER PRIMARY KEY, rid TEXT, published TEXT, "
                 "file INTEGER, pos INTEGER, size INTEGER, rest INTEGER)")
    ctx = multiprocessing.get_context("fork")
    inbox, queue = ctx.Queue(maxsize=2 * _PREPARERS + 2), ctx.Queue(maxsize=16)
    procs = [ctx.Process(target=_read, args=(records, inbox, queue, _PREPARERS), daemon=True)]
    procs += [ctx.Process(target=_produce, args=(inbox, queue, stage, i), daemon=True)
              for i, stage in enumerate(stages)]
    for proc in procs:
        proc.start()
    try:
        for keys, bad, notes in _received(procs, queue, _PREPARERS):
            failed.extend(bad)
            if skipped is not None:
                skipped.extend(notes)
            conn.executemany("INSERT INTO _staging(rid, published, file, pos, size, rest) "
                             "VALUES (?, ?, ?, ?, ?, ?)", keys)
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
    staged = conn.execute("SELECT count(*) FROM _order").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{rows_cache_kb(staged)}")
    fds = [stage.fileno() for stage in stages]
    group, current = [], None
    for rid, n, file, pos, size, rest in conn.execute(
            "SELECT s.rid, o.n, s.file, s.pos, s.size, s.rest FROM _order o JOIN _staging s "
            "ON s.rid = o.rid ORDER BY o.p, o.rid, s.seq"):
        if rid != current and group:
            yield current, _merged(current, group), None
            group = []
        if n == 1:  # the common case: the rows as prepared, the record itself not needed
            yield rid, staged_rows(fds, (file, pos, size)), (file, pos, size)
            continue
        current = rid
        data = os.pread(fds[file], size + rest, pos)
        group.append((marshal.loads(data[:size]), marshal.loads(data[size:])))
    if group:
        yield current, _merged(current, group), None


def rows_cache_kb(responses: int) -> int:
    """The page cache (KB) the rows phase of a full build of this many responses runs with."""
    return max(_CACHE_KB, min(_ROWS_CACHE_KB_MAX, responses * _ROWS_CACHE_BYTES_PER_RESPONSE // 1024))


def _merged(rid: str, group: list[tuple]) -> tuple:
    return prepared(rid, merge_duplicates(restored(*item) for item in group)[rid])


def write_corpus(records: Iterable[dict], db_path: Path, forces: list[dict],
                 previous_db: Path | None = None, topics: dict[str, str] | None = None,
                 dump_to: Path | None = None, rank_aside: bool = False) -> WriteResult:
    """Create `db_path` afresh and write every record (errors go to parse_errors).

    Child processes share the work (module docstring): the record iterator runs in one
    (`_read`), the rows are prepared in two more (`_produce`), the full-text index is built in
    another (`corpus_fts.SideFts`); this one writes the rows. With `dump_to`, two more encode
    and write the JSONL dump there from the same rows (`result.dump`: wait on it before
    publishing the dump). With `rank_aside`, a child computes the search-rank lists
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
    fts = lines = None
    files = ExitStack()
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
        conn.executescript(EXEMPTION_NAME_TABLES)
        known_forces = write_forces(conn, forces)
        taxonomy = load_topics() if topics is None else topics
        conn.executemany("INSERT INTO topics VALUES (?, ?)", sorted(taxonomy.items()))
        known_topics = set(taxonomy)
        # Unlinked at once: a killed build leaves nothing behind. Only preparer i writes file i
        # (its copy of the file object, inherited empty at the fork); this process, the
        # full-text indexer and the dump's line encoder (forked first: they inherit the files)
        # read them with pread once every preparer is done.
        stages = [files.enter_context(tempfile.TemporaryFile(dir=db_path.parent,
                                                             prefix=".staging-"))
                  for _ in range(_PREPARERS)]
        fds = [stage.fileno() for stage in stages]
        fts = SideFts(db_path, fds)
        if dump_to is not None:
            result.dump = StreamDump(Path(dump_to), db_path.parent)
            lines = _DumpLines(result.dump, fds)
        bulk = _BulkRows(conn, fts, lines)
        clock = _Clock(result.timings)
        with fewer_collections():  # archive/bulk_gc.py
            for rid, rows, staged in _staged_groups(conn, with_acts(records, forces), failed,
                                                    stages, clock, skipped):
                ensure_force(conn, known_forces, response_force(rows[0]))
                state, row, children = finished(rid, rows, previous, known_topics)
                bulk.add(row, children, staged)
                result.count(rid, state)
            bulk.flush()
        # The index was fed rowids counted here: they must be the ones SQLite gave the rows.
        if conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {RESPONSES}").fetchone()[0] != bulk.rowid:
            raise RuntimeError("responses rowids are not the insertion count")
        if lines is not None:
            lines.close()  # the dump writer sorts and compresses while the indexes are built
        clock("rows")
        # the rows phase's larger cache handed back (written out first: a fresh file, no journal)
        conn.commit()
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KB}")
        conn.execute("PRAGMA shrink_memory")
        return_freed_memory()
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
        if lines is not None:
            lines.kill()
        if result.dump is not None:
            result.dump.kill()
        if result.rank is not None:
            result.rank.close()
        raise
    finally:
        if fts is not None:
            fts.close()
        files.close()
        conn.close()
    return result


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    bad = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    if bad:
        raise sqlite3.IntegrityError(f"foreign key violations in the new corpus: {bad}")
