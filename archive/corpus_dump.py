"""The bulk download: every response as one JSON object per line, gzipped, beside the corpus."""
from __future__ import annotations

import json
import queue
import sqlite3
import threading
from collections.abc import Iterator
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from isal import igzip

from archive import fast_json
from archive.corpus_schema import RESPONSE_AFFINITIES

# Each child table read once, in response id order, and merged with the responses (also in id
# order): one query per table instead of one per table per response.
_CHILDREN = {
    "questions": "SELECT response_id, number, text, answer FROM questions "
                 "ORDER BY response_id, ordinal",
    # each label with its name under the response's force's Act (exemption_names), so a Police
    # Scotland s38(1)(b) reads "Personal information" whichever response was written first
    "exemptions": "SELECT x.response_id, x.label, n.act, n.key, n.name, n.ncnd "
                  "FROM response_exemptions x JOIN responses r ON r.id = x.response_id "
                  "LEFT JOIN forces f ON f.slug = r.force "
                  "LEFT JOIN exemption_names n ON n.label = x.label AND n.act = "
                  "(CASE WHEN upper(trim(f.act)) = 'FOISA' THEN 'FOISA' ELSE 'FOIA' END) "
                  "ORDER BY x.response_id, x.label",
    "tables": "SELECT response_id, caption, header, rows FROM tables ORDER BY response_id, ordinal",
    "figures": "SELECT response_id, table_ordinal AS 'table', measure, period, value, raw "
               "FROM figures ORDER BY response_id, id",
    "attachments": "SELECT response_id, name, url FROM attachments ORDER BY response_id, ordinal",
}
_EXEMPTIONS = "SELECT label, section, subsection, name, ncnd FROM exemptions"
_EXEMPTION_KEYS = ("label", "section", "subsection", "name", "ncnd")
_JSON_COLUMNS = ("source_urls", "topics", "exemption_labels", "header", "rows",
                 "exemption_families")
# Lines are handed to the compressing thread in chunks of about this many bytes.
_CHUNK = 1 << 20
_LEVEL = 2  # ISA-L's levels are 0-3; 3 costs 2.5x the CPU of 2 for 3% fewer bytes


def dump_path_for(db_path: Path) -> Path:
    """The dump beside a corpus: `foi.db` -> `foi.db.jsonl.gz` (from the full name, so two
    corpora in one folder, `foi.db` and `foi.sqlite`, never overwrite each other's dump)."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".jsonl.gz")


def _decode(names: list[str], row: tuple) -> dict:
    out = dict(zip(names, row, strict=True))
    for key in _JSON_COLUMNS:
        if isinstance(out.get(key), str):
            out[key] = json.loads(out[key])
    return out


class _ChildRows:
    """One child table's rows, in response id order, taken response by response."""

    def __init__(self, cursor: sqlite3.Cursor):
        self.names = [d[0] for d in cursor.description][1:]
        self.rows = iter(cursor)
        self.next = next(self.rows, None)

    def take(self, rid: str) -> Iterator[tuple]:
        # Every child row belongs to a response (foreign keys), so none is skipped over.
        while self.next is not None and self.next[0] == rid:
            yield self.next[1:]
            self.next = next(self.rows, None)


def exemption_entry(first: tuple, act: str | None, key: str | None, name: str | None,
                    ncnd: int | None) -> dict:
    """A response's exemption in the dump: the label's row in `exemptions` (label, section,
    subsection, name, ncnd: the first written, keyed by label alone) with the name, NCND flag,
    Act and Act-qualified key of its `exemption_names` row under the force's Act (the first
    written name only where that Act gives none)."""
    out = dict(zip(_EXEMPTION_KEYS, first, strict=True))
    if key is not None:
        out.update(name=name or out["name"], ncnd=ncnd, act=act, key=key)
    return out


def _lines(conn: sqlite3.Connection) -> Iterator[str]:
    exemptions = {row[0]: row for row in conn.execute(_EXEMPTIONS)}
    sqls = dict(_CHILDREN)
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'exemption_names'").fetchone():
        sqls["exemptions"] = ("SELECT response_id, label, NULL, NULL, NULL, NULL "
                              "FROM response_exemptions ORDER BY response_id, label")
    children = {key: _ChildRows(conn.execute(sql)) for key, sql in sqls.items()}
    cursor = conn.execute("SELECT * FROM responses ORDER BY id")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        rec = _decode(names, row)
        rec.pop("content_hash", None)
        rid = rec["id"]
        for key, rows in children.items():
            if key == "exemptions":
                rec[key] = [exemption_entry(exemptions[label], *named)
                            for (label, *named) in rows.take(rid)]
            else:
                rec[key] = [_decode(rows.names, r) for r in rows.take(rid)]
        yield json.dumps(rec, ensure_ascii=False) + "\n"


def _compress(chunks: queue.Queue, gz: igzip.GzipFile, failed: list) -> None:
    """ISA-L releases the GIL: compression runs beside the JSON encoding, on the other core."""
    try:
        for chunk in iter(chunks.get, None):
            gz.write(chunk)
    except BaseException as exc:  # reported by the encoding thread
        failed.append(exc)
        for _ in iter(chunks.get, None):  # keep draining so the producer never blocks
            pass


def write_dump(db_path: Path, out_path: Path) -> int:
    """Write the dump (deterministic: same corpus, same bytes); returns the number of lines."""
    conn = sqlite3.connect(db_path)
    try:
        return _gzip_lines((line.encode("utf-8") for line in _lines(conn)), Path(out_path))
    finally:
        conn.close()


# --- The dump written from the full build's own row stream (no second pass over the file) ---

# (column, affinity) of each value the dump shows, in the order `write_dump` reads them. A row
# whose values SQLite would store unchanged under these affinities reads back exactly as it was
# given; anything else (a number in a TEXT column, NaN, a bool...) makes the stream give up and
# the build falls back to `write_dump`, so the dump is the same bytes either way.
_RESPONSE_COLUMNS = RESPONSE_AFFINITIES   # archive/corpus_schema.py: responses' columns in order
# Child rows as archive/corpus_rows.py makes them (response_id first), and the dump's keys for the rest.
_STREAM_CHILDREN = {
    "questions": ("questions", (None, None, ("number", "T"), ("text", "T"), ("answer", "T"))),
    "tables": ("tables", (None, None, ("caption", "T"), ("header", "T"), ("rows", "T"))),
    "figures": ("figures", (None, None, ("table", "I"), ("measure", "T"), ("period", "T"),
                            ("value", "R"), ("raw", "T"),
                            # title, topic, series, period_kind, unit, duplicate: corpus only
                            None, None, None, None, None, None)),
    "attachments": ("attachments", (None, None, ("name", "T"), ("url", "T"))),
}
_EXEMPTION_COLUMNS = (("label", "T"), ("section", "I"), ("subsection", "T"), ("name", "T"),
                      ("ncnd", "I"))
_RUN_BYTES = 64 << 20  # lines held before a sorted run goes to disk


class Unstreamable(ValueError):
    """A value SQLite would convert on storage: the dump must be read back from the corpus."""


def _stored(value, affinity: str):
    """`value` as SQLite gives it back from a column of this affinity, or Unstreamable."""
    kind = type(value)
    if value is None or (kind is str and affinity == "T") or (kind is int and affinity == "I"):
        return value
    if affinity == "R" and kind in (int, float):
        if kind is int and abs(value) < 2**53:
            return float(value)
        if kind is float and value == value:  # NaN is stored as NULL
            return value + 0.0  # and -0.0 as 0 (read back 0.0); any other float as it is
    raise Unstreamable(f"{value!r} in a column of affinity {affinity}")


def _decoded(pairs) -> dict:
    out = {}
    for (name, affinity), value in pairs:
        value = _stored(value, affinity)
        out[name] = json.loads(value) if name in _JSON_COLUMNS and isinstance(value, str) else value
    return out


def _reference_line(row: tuple, children: dict[str, list[tuple]],
                    exemptions: dict[str, tuple]) -> bytes:
    """`stream_line` the plain way: every value as SQLite gives it back, JSON columns decoded,
    the record encoded by json.dumps (or Unstreamable)."""
    rec = _decoded(zip(_RESPONSE_COLUMNS, row, strict=True))
    rec.pop("content_hash", None)
    for key, (table, columns) in _STREAM_CHILDREN.items():
        rec[key] = [_decoded((c, v) for c, v in zip(columns, r, strict=True) if c is not None)
                    for r in children[table]]
    rec["exemptions"] = [_exemption(label, named, exemptions)
                         for label, named in _exemptions_named(children)]
    for key in ("tables", "figures", "attachments"):  # the key order of write_dump's lines
        rec[key] = rec.pop(key)
    return (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")


def _exemptions_named(children: dict[str, list[tuple]]) -> list[tuple]:
    """(label, exemption_names row or None) of a response's exemptions: sorted and unique, as
    the corpus's response_exemptions rows read back by label, each named under the force's Act
    as its exemption_names row (key, label, act, family, name, ncnd, title) says."""
    by_act = {r[1]: r for r in children.get("exemption_names") or []}
    return [(label, by_act.get(label))
            for label in sorted({r[1] for r in children["response_exemptions"]})]


def _exemption(label: str, named: tuple | None, exemptions: dict[str, tuple]) -> dict:
    first = tuple(_decoded(zip(_EXEMPTION_COLUMNS, exemptions[label], strict=True)).values())
    return exemption_entry(first, *(
        (_stored(named[2], "T"), _stored(named[0], "T"), _stored(named[4], "T"),
         _stored(named[5], "I")) if named else (None,) * 4))


# --- The same line made faster (`stream_line`): the row's values go into the record as they
# are when SQLite would give them back unchanged (checked by type), and the JSON columns are not
# decoded and re-encoded: a JSON column holds json.dumps(value, ensure_ascii=False,
# sort_keys=True) (archive/corpus_rows.py), and re-encoding its decoded value gives that same
# text back (keys already in order, floats by repr). The record is encoded once, with a marker
# string where each JSON column's text (and each ASCII long text, by the faster ASCII encoder:
# the same text) goes, and the texts are spliced in at the markers. Anything unexpected (a
# value to convert, a marker count that is off, a NaN or -0.0 perhaps) takes _reference_line.
# Checked against `write_dump` by tests/build/test_write_pipeline.py and test_fast_json.py.

_NONE = type(None)
# (type, affinity) pairs SQLite stores and gives back unchanged (a float NaN, stored as NULL,
# and -0.0, read back as 0.0, are caught on the encoded text).
_KEPT = frozenset({(str, "T"), (_NONE, "T"), (int, "I"), (_NONE, "I"), (float, "R"),
                   (_NONE, "R")})
_MARK = "\x00\x01spliced\x01\x00"
_MARKED = fast_json.dumps(_MARK)  # the marker as it shows in the encoded record
_NAMES = tuple(name for name, _ in _RESPONSE_COLUMNS)
_ROW_AFFINITIES = tuple(affinity for _, affinity in _RESPONSE_COLUMNS)
_LONG_TEXTS = ("request_text", "response_text", "attachment_text")
_SPLICED = tuple(name for name in _NAMES if name in _JSON_COLUMNS or name in _LONG_TEXTS)
_ROW_TYPES_CAP = 4096


class _Shown:
    """Some columns of child rows as objects: names, affinities, positions."""

    def __init__(self, columns):
        spec = [(c[0], c[1], i) for i, c in enumerate(columns) if c is not None]
        self.names = tuple(name for name, _, _ in spec)
        self.get = itemgetter(*(i for _, _, i in spec))
        # the types of each column that SQLite gives back unchanged
        self.kept = tuple(frozenset(t for t, a in _KEPT if a == affinity)
                          for _, affinity, _ in spec)

    def objects(self, rows: list[tuple]) -> list[dict] | None:
        """The rows as objects, or None if a value would be converted."""
        if not rows:
            return []
        values = list(map(self.get, rows))
        if all(kept.issuperset(map(type, column))
               for kept, column in zip(self.kept, zip(*values, strict=True), strict=True)):
            return list(map(dict, map(zip, repeat(self.names), values)))
        return None


_QUESTIONS, _FIGURES, _ATTACHMENTS = (_Shown(_STREAM_CHILDREN[k][1]) for k in (
    "questions", "figures", "attachments"))


class LineEncoder:
    """`stream_line` for one build: remembers the row type patterns found plain and each
    exemption's entry (a label's first exemptions row never changes once written)."""

    def __init__(self):
        self.row_types: set[tuple] = set()
        self.entries: dict[tuple, dict] = {}

    def line(self, row: tuple, children: dict[str, list[tuple]],
             exemptions: dict[str, tuple]) -> bytes:
        try:
            line = self._fast(row, children, exemptions)
        except Unstreamable:
            line = None
        return line if line is not None else _reference_line(row, children, exemptions)

    def _fast(self, row, children, exemptions) -> bytes | None:
        types = tuple(map(type, row))
        if types not in self.row_types:
            if not _KEPT.issuperset(zip(types, _ROW_AFFINITIES, strict=True)):
                return None
            if len(self.row_types) < _ROW_TYPES_CAP:
                self.row_types.add(types)
        rec = dict(zip(_NAMES, row, strict=True))
        del rec["content_hash"]
        texts = []
        for name in _SPLICED:
            value = rec[name]
            if type(value) is str:
                if name not in _JSON_COLUMNS:
                    value = fast_json.ascii_text(value)
                    if value is None:
                        continue  # not ASCII: left to the encoder
                texts.append(value)
                rec[name] = _MARK
        rec["questions"] = _QUESTIONS.objects(children["questions"])
        rec["exemptions"] = [self._entry(label, named, exemptions)
                             for label, named in _exemptions_named(children)]
        tables = []
        for r in children["tables"]:
            table = {"caption": r[2], "header": r[3], "rows": r[4]}
            if not (r[2] is None or type(r[2]) is str):
                return None
            for key in ("header", "rows"):
                value = table[key]
                if type(value) is str:
                    texts.append(value)
                    table[key] = _MARK
                elif value is not None:
                    return None
            tables.append(table)
        rec["tables"] = tables
        rec["figures"] = _FIGURES.objects(children["figures"])
        rec["attachments"] = _ATTACHMENTS.objects(children["attachments"])
        if rec["questions"] is None or rec["figures"] is None or rec["attachments"] is None:
            return None
        out = fast_json.dumps(rec)
        if children["figures"] and ("NaN" in out or "-0.0" in out):
            return None
        chunks = out.split(_MARKED)
        if len(chunks) != len(texts) + 1:
            return None
        joined = [""] * (2 * len(texts) + 1)
        joined[0::2] = chunks
        joined[1::2] = texts
        joined.append("\n")
        return "".join(joined).encode("utf-8")

    def _entry(self, label: str, named: tuple | None, exemptions: dict[str, tuple]) -> dict:
        key = (label, named)
        entry = self.entries.get(key)
        if entry is None:
            entry = _exemption(label, named, exemptions)
            if len(self.entries) < 100_000:
                self.entries[key] = entry
        return entry


def stream_line(row: tuple, children: dict[str, list[tuple]], exemptions: dict[str, tuple],
                encoder: LineEncoder | None = None) -> bytes:
    """The dump line `write_dump` would read back for a response written as `row` + `children`
    (archive/corpus_rows.py's rows); `exemptions`: label -> the exemptions row the corpus keeps
    (the first). Raises Unstreamable for a value SQLite would convert."""
    return (encoder or LineEncoder()).line(row, children, exemptions)


def _stream_child(out_path: str, stage_dir: str, inbox, outbox) -> None:
    """Child process: the lines the writer sends (encoded there, `StreamDump.add`), kept in id
    order by sorting runs of lines to disk and merging them into the gzip at the end."""
    import heapq

    from archive.bulk_gc import few_collections
    from nlp.child_process import die_with_parent

    die_with_parent()
    few_collections()
    runs, lines, size, n = [], [], 0, 0
    try:
        for batch in iter(inbox.get, None):
            if isinstance(batch, str):  # the writer gave up: a value needs SQLite's conversion
                outbox.put(("unstreamable", batch))
                for _ in iter(inbox.get, None):  # let the writer finish sending
                    pass
                return
            lines += batch
            size += sum(len(line) for _, line in batch)
            n += len(batch)
            if size >= _RUN_BYTES:
                runs.append(_write_run(lines, stage_dir))
                lines, size = [], 0
        lines.sort()
        readers = [_read_run(run) for run in runs] + [iter(lines)]
        merged = (line for _, line in heapq.merge(*readers))
        _gzip_lines(merged, Path(out_path))
        outbox.put(("done", n))
    except BaseException:
        import traceback

        outbox.put(("error", traceback.format_exc()))


def _write_run(lines: list[tuple[str, bytes]], stage_dir: str):
    import marshal
    import tempfile

    lines.sort()
    run = tempfile.TemporaryFile(dir=stage_dir, prefix=".dump-run-")
    for item in lines:
        marshal.dump(item, run)
    run.seek(0)
    return run


def _read_run(run) -> Iterator[tuple[str, bytes]]:
    import io
    import marshal

    with io.BufferedReader(run, buffer_size=1 << 20) as fh:
        while True:
            try:
                yield marshal.load(fh)
            except EOFError:
                return


def _gzip_lines(lines: Iterator[bytes], out_path: Path) -> int:
    """Lines -> gzip file (deterministic: mtime 0, so the same lines give the same bytes),
    compressed in a thread beside whoever produces the lines. Intel's ISA-L (python-isal) at
    its level 2 writes a standard gzip ~5x faster than zlib at level 4, for ~14% more bytes
    (a 300 MB sample of the dump: 0.67 vs 3.64 CPU-s, ratio 0.223 vs 0.196): at a million
    responses the dump's compression was ~6% of the full build's CPU."""
    n = 0
    with open(out_path, "wb") as raw, igzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                       compresslevel=_LEVEL) as gz:
        chunks: queue.Queue = queue.Queue(maxsize=8)
        failed: list = []
        writer = threading.Thread(target=_compress, args=(chunks, gz, failed), daemon=True)
        writer.start()
        try:
            pending, size = [], 0
            for data in lines:
                pending.append(data)
                size += len(data)
                n += 1
                if size >= _CHUNK:
                    chunks.put(b"".join(pending))
                    pending, size = [], 0
            chunks.put(b"".join(pending))
        finally:
            chunks.put(None)
            writer.join()
        if failed:
            raise failed[0]
    return n


class StreamDump:
    """The dump of a full build, made by a child process from the rows as they are written
    (`add`), finished in the background while the build goes on; `wait` says whether it was
    written (False: a value needs SQLite's own conversion, call `write_dump` instead)."""

    def __init__(self, out_path: Path, stage_dir: Path):
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self.inbox, self.outbox = ctx.Queue(maxsize=8), ctx.Queue()
        self.proc = ctx.Process(target=_stream_child, daemon=True,
                                args=(str(out_path), str(stage_dir), self.inbox, self.outbox))
        self.proc.start()
        self.closed = False
        self.exemptions: dict[str, tuple] = {}   # label -> the first exemptions row written
        self.encoder = LineEncoder()
        self.unstreamable: str | None = None

    def _put(self, item) -> None:
        while True:
            try:
                self.inbox.put(item, timeout=2)
                return
            except queue.Full:
                if not self.proc.is_alive():
                    raise RuntimeError(f"dump writer died (exit code {self.proc.exitcode})"
                                       ) from None

    def add(self, batch: list[tuple[tuple, dict]]) -> None:
        """Rows as written, in writing order: encoded here into (id, line) pairs (lines cost
        less to send than rows to pickle) for the child to sort and compress."""
        if self.unstreamable is not None:
            return
        lines = []
        try:
            for row, children in batch:
                for ex in children["exemptions"]:
                    self.exemptions.setdefault(ex[0], ex)
                lines.append((row[0], self.encoder.line(row, children, self.exemptions)))
        except Unstreamable as exc:
            self.unstreamable = str(exc)
            self._put(self.unstreamable)
            return
        self._put(lines)

    def close(self) -> None:
        """No more rows: the child sorts, merges and compresses from here on."""
        if not self.closed:
            self.closed = True
            self._put(None)

    def wait(self) -> bool:
        self.close()
        while True:
            try:
                kind, detail = self.outbox.get(timeout=2)
                break
            except queue.Empty:
                if not self.proc.is_alive():
                    raise RuntimeError(f"dump writer died (exit code {self.proc.exitcode})"
                                       ) from None
        self.proc.join()
        if kind == "error":
            raise RuntimeError(f"dump writer failed:\n{detail}")
        return kind == "done"

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
