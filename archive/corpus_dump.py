"""The bulk download: every response as one JSON object per line, gzipped, beside the corpus."""
from __future__ import annotations

import gzip
import json
import queue
import sqlite3
import threading
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

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


def _compress(chunks: queue.Queue, gz: gzip.GzipFile, failed: list) -> None:
    """zlib releases the GIL: compression runs beside the JSON encoding, on the other core."""
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


# --- The line encoded straight from the rows: what json.dumps(rec, ensure_ascii=False) of the
# read-back record gives, without decoding and re-encoding its JSON columns. A JSON column holds
# json.dumps(value, ensure_ascii=False, sort_keys=True) (archive/corpus_rows.py), and re-encoding
# its decoded value gives that same text back (keys already in order, floats by repr), so the
# text is spliced in as it is. Checked against `write_dump` by tests/build/test_write_pipeline.py.

_NONE = type(None)
# (type, affinity) pairs SQLite stores and gives back unchanged; anything else goes through
# _stored (converted, or Unstreamable). A float NaN (stored as NULL) is caught on the text.
_KEPT = frozenset({(str, "T"), (_NONE, "T"), (int, "I"), (_NONE, "I"), (float, "R"),
                   (_NONE, "R")})
_LONG_TEXTS = frozenset(("request_text", "response_text", "attachment_text"))


class _Shown:
    """Some columns of a row as an object's members: names, affinities, positions."""

    def __init__(self, spec: tuple):
        self.spec = spec
        self.names = tuple(name for name, _, _ in spec)
        self.affinities = tuple(affinity for _, affinity, _ in spec)
        positions = [i for _, _, i in spec]
        getter = itemgetter(*positions)
        self.get = getter if len(positions) > 1 else (lambda row: (getter(row),))
        self.real = "R" in self.affinities

    def values(self, row: tuple) -> dict:
        values = self.get(row)
        if _KEPT.issuperset(zip(map(type, values), self.affinities, strict=True)):
            return dict(zip(self.names, values, strict=True))
        return {name: _stored(row[i], affinity) for name, affinity, i in self.spec}

    def encoded(self, rows: list[tuple]) -> str:
        """The rows as a JSON list of objects."""
        out = fast_json.dumps([self.values(r) for r in rows])
        if self.real and ("NaN" in out or "-0.0" in out):  # perhaps NaN or -0.0: _stored decides
            out = fast_json.dumps([{name: _stored(r[i], affinity) for name, affinity, i
                                    in self.spec} for r in rows])
        return out


def _spec(columns) -> tuple:
    """(name, affinity, position) of each shown column; None columns are left out."""
    return tuple((c[0], c[1], i) for i, c in enumerate(columns) if c is not None)


def _row_plan() -> tuple:
    """The responses row as the line shows it, content_hash left out: runs of plain columns
    (_Shown, encoded as one object's members), JSON columns (spliced) and long texts (encoded
    apart: fast_json.text), each with its position."""
    plan, run = [], []
    for i, (name, affinity) in enumerate(_RESPONSE_COLUMNS):
        if name == "content_hash":
            continue
        if name in _JSON_COLUMNS or name in _LONG_TEXTS:
            if run:
                plan.append(("plain", _Shown(tuple(run)), None))
                run = []
            plan.append(("json" if name in _JSON_COLUMNS else "text", f'"{name}": ', i))
        else:
            run.append((name, affinity, i))
    if run:
        plan.append(("plain", _Shown(tuple(run)), None))
    return tuple(plan)


def _spliced(value) -> str:
    """A JSON column's text as the line shows it."""
    value = _stored(value, "T")
    return value if type(value) is str else fast_json.dumps(value)


def _text(value) -> str:
    value = _stored(value, "T")
    return fast_json.text(value) if type(value) is str else fast_json.dumps(value)


def stream_line(row: tuple, children: dict[str, list[tuple]], exemptions: dict[str, tuple],
                named_cache: dict | None = None) -> bytes:
    """The dump line `write_dump` would read back for a response written as `row` + `children`
    (archive/corpus_rows.py's rows); `exemptions`: label -> the exemptions row the corpus keeps
    (the first). `named_cache` (one per build: a label's first row never changes) keeps each
    exemption's encoded entry."""
    parts = []
    for kind, item, pos in _ROW_PLAN:
        if kind == "plain":
            parts.append(fast_json.members(item.values(row)))
        elif kind == "json":
            parts.append(item + _spliced(row[pos]))
        else:
            parts.append(item + _text(row[pos]))
    parts.append('"questions": ' + _QUESTIONS.encoded(children["questions"]))
    # Sorted and unique, as the corpus's response_exemptions rows read back by label; each
    # named under the force's Act as its exemption_names row (key, label, act, family, name,
    # ncnd, title) says.
    by_act = {r[1]: r for r in children.get("exemption_names") or []}
    entries = []
    for label in sorted({r[1] for r in children["response_exemptions"]}):
        named = by_act.get(label)
        key = (label, named)
        entry = named_cache.get(key) if named_cache is not None else None
        if entry is None:
            first = tuple(_decoded(zip(_EXEMPTION_COLUMNS, exemptions[label], strict=True)).values())
            entry = fast_json.dumps(exemption_entry(first, *(
                (_stored(named[2], "T"), _stored(named[0], "T"), _stored(named[4], "T"),
                 _stored(named[5], "I")) if named else (None,) * 4)))
            if named_cache is not None and len(named_cache) < 100_000:
                named_cache[key] = entry
        entries.append(entry)
    parts.append('"exemptions": [' + ", ".join(entries) + "]")
    tables = [f'{{"caption": {fast_json.dumps(_stored(r[2], "T"))}, "header": {_spliced(r[3])}, '
              f'"rows": {_spliced(r[4])}}}' for r in children["tables"]]
    parts.append('"tables": [' + ", ".join(tables) + "]")
    parts.append('"figures": ' + _FIGURES.encoded(children["figures"]))
    parts.append('"attachments": ' + _ATTACHMENTS.encoded(children["attachments"]))
    return ("{" + ", ".join(parts) + "}\n").encode("utf-8")


_ROW_PLAN = _row_plan()
_QUESTIONS, _FIGURES, _ATTACHMENTS = (_Shown(_spec(_STREAM_CHILDREN[k][1])) for k in (
    "questions", "figures", "attachments"))


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
    """Lines -> gzip file (deterministic: mtime 0, so the same lines give the same bytes; level 5
    is ~3x faster than the default 9 for a few % more bytes), compressed in a thread beside
    whoever produces the lines."""
    n = 0
    with open(out_path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                      compresslevel=5) as gz:
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
        self.named: dict = {}                     # stream_line's encoded exemption entries
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
                lines.append((row[0], stream_line(row, children, self.exemptions, self.named)))
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
