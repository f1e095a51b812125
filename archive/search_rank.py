"""Champion lists for exact search ranking over every match (issue 17, docs/architecture.md
"Search ranking", read by datasette_plugins/search_index.py).

SQLite's bm25() for a phrase i of a query and a row r adds
    idf_i * (k1 + 1) * s_i(r),   s_i(r) = F / (F + k1 * (1 - b + b * D / avgdl))
where F is the number of times the phrase occurs in the row (all columns, weight 1) and D the
row's token count. For every index term with more than LIST_MIN_DF rows this writes the
LIST_SIZE rows of highest s (the term's "champion list") and `theta`, the lowest s kept: every
row outside the list has s <= theta. The site scores the rows of the query terms' lists with
bm25() itself and proves that no other row can beat the k-th of them (the bound is the sum of
the thetas), so the top results are exactly those of a full bm25 ranking.

One row per term, `rowids`: the list's n rowids as little-endian int32, best first, then (list
format 2) each row's occurrences of the term (n uint32) and its token count (n uint32). With
those and the term's df the site computes bm25 of a listed row itself, bit for bit as SQLite
does (search_index.py), without passing over every match; it does so only while the full-text
index is the one the lists were read from (meta `fts_structure`, the index's structure record,
which every write to the index changes). Rows added later (incremental builds) have larger
rowids than `max_rowid` and are always scored by the site.

Complete data for exact scoring without bounds (archive/search_phrases.py, read by
search_index.py's `_complete`), in the same table under keys no index term can have (terms are
runs of letters and digits):
- `#term`, for each term in at least DENSE_MIN_SHARE of the rows: the term's count in every row,
  one uint8 (uint16 when a count exceeds 255) per rowid 0..max_rowid (`theta` 0);
- `=term`, for each other listed term whose champion list is not all its rows: every row
  holding it and its count there (int32 rowids, then uint8 counts, uint16 when one exceeds
  255: `unpack_complete`);
- `=phrase` (the phrase's index terms joined by spaces), for each word and phrase of the
  search vocabulary (search_synonyms.yaml) not written above: every row holding it, as a
  format-2 list (`theta` 0, `df` its rows); multi-word phrases counted by FTS5 itself
  (search_phrases.py);
- meta `lengths`: every row's token count, uint16 (uint32 when longer) per rowid.
The complete data has its own marker (meta `complete_max_rowid`, `complete_rows`,
`complete_structure`): an incremental build brings it up to date (`update_complete`) while the
lists keep theirs (`max_rowid`, `rows`, `fts_structure`) until they are rewritten.
"""
from __future__ import annotations

import json
import sqlite3
import struct
import time

import numpy as np

from archive.corpus_schema import FTS_TABLE, SEARCH_RANK

K1, B = 1.2, 0.75          # SQLite FTS5 bm25() defaults
LIST_MIN_DF = 2000         # rarer terms: the site scores every row that holds them
LIST_SIZE = 3000           # rows kept per term: pages up to this depth are ranked by lists
LIST_FORMAT = 2            # 2: rowids, then term counts and row lengths (module docstring)
DENSE_MIN_SHARE = 0.1      # terms in at least this share of rows: their count in every row
DENSE, COMPLETE = "#", "="  # key prefixes of the complete data (module docstring)
STRUCTURE_ID = 10          # FTS5's structure record in the %_data table (FTS5_STRUCTURE_ROWID)
FTS = FTS_TABLE   # read by datasette_plugins/search_index.py


def _varints(blob: bytes) -> list[int]:
    """FTS5's SQLite varints (big-endian groups of 7 bits, 9th byte whole)."""
    out, value, n = [], 0, 0
    for byte in blob:
        if n == 8:
            out.append((value << 8) | byte)
            value, n = 0, 0
            continue
        value = (value << 7) | (byte & 0x7F)
        n += 1
        if not byte & 0x80:
            out.append(value)
            value, n = 0, 0
    return out


def fts_averages(conn: sqlite3.Connection) -> tuple[int, float]:
    """(rows, average tokens per row) as bm25() reads them (the index's averages record)."""
    blob = conn.execute(f"select block from {FTS}_data where id = 1").fetchone()
    if not blob or not blob[0]:
        return 0, 0.0
    values = _varints(blob[0])
    rows = values[0]
    return rows, (sum(values[1:]) / rows if rows else 0.0)


def doc_lengths(conn: sqlite3.Connection) -> np.ndarray:
    """Tokens per row (all columns), indexed by rowid."""
    top = conn.execute(f"select max(id) from {FTS}_docsize").fetchone()[0] or 0
    lengths = np.zeros(top + 1, dtype=np.float64)
    for rowid, sizes in conn.execute(f"select id, sz from {FTS}_docsize"):
        lengths[rowid] = sum(_varints(sizes))
    return lengths


WORKERS = 2               # processes reading the index's term lists (the machine's cores)
PARALLEL_FROM = 100_000   # postings: fewer are listed in this process
_WORK: dict = {}          # what forked workers read: the corpus path and the length norms


CHUNK = 4_000_000   # occurrences read per query: bounds the text below (~8 bytes each)
_GROUPED = "select doc, count(*) from temp.search_rank_inst where term = ? group by doc"


def _term_counts(conn: sqlite3.Connection, term: str) -> tuple[np.ndarray, np.ndarray]:
    """(rows holding the term, ascending; occurrences in each): what `_GROUPED` returns.

    The instance view yields one row per occurrence, in (doc, col, offset) order; GROUP BY
    sorted them all again and Python took a tuple per row (~170 ns an occurrence; 120M
    occurrences at 200k responses). Here group_concat joins the docs in C, numpy parses the
    text and counts the runs. The view takes no doc constraint, so a term with more than CHUNK
    occurrences is read in chunks by OFFSET (skipping rows in the view costs ~30 ns each)."""
    docs, counts, start = [], [], 0
    while True:
        # as a blob: bytes, not decoded into a str
        text = conn.execute("select cast(group_concat(doc) as blob) from (select doc from "
                            "temp.search_rank_inst where term = ? limit ? offset ?)",
                            (term, CHUNK, start)).fetchone()[0]
        if not text:
            break
        d = np.fromstring(text, dtype=np.int64, sep=",")
        if len(d) != text.count(b",") + 1 or bool(np.any(d[1:] < d[:-1])) or (
                docs and d[0] < docs[-1][-1]):
            return _grouped(conn, term)   # not docs in order (never seen): let SQLite sort
        starts = np.flatnonzero(np.r_[True, d[1:] != d[:-1]])
        n = np.diff(np.r_[starts, len(d)])
        if docs and d[0] == docs[-1][-1]:   # a row's run split by the chunk edge
            counts[-1][-1] += n[0]
            starts, n = starts[1:], n[1:]
        docs.append(d[starts])
        counts.append(n)
        start += len(d)
        if len(d) < CHUNK:
            break
    if not docs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(docs), np.concatenate(counts)


def _grouped(conn: sqlite3.Connection, term: str) -> tuple[np.ndarray, np.ndarray]:
    arr = np.array(conn.execute(_GROUPED, (term,)).fetchall(), dtype=np.int64).reshape(-1, 2)
    return arr[:, 0], arr[:, 1]


def _list_terms(terms: list[str]) -> list[tuple]:
    """(term, df, theta, rowids blob) for each term, read from the corpus's full-text index."""
    conn = _WORK.get("conn")
    if conn is None:
        conn = _WORK["conn"] = sqlite3.connect(f"file:{_WORK['path']}?mode=ro", uri=True)
        # fts5vocab views over the index: temporary, this connection's only (not corpus tables)
        conn.execute(f"create virtual table temp.search_rank_inst "
                     f"using fts5vocab(main, {FTS}, instance)")
    out = []
    for term in terms:
        docs, freq = _term_counts(conn, term)
        out.extend(_term_rows(term, docs, freq))
    return out


def _term_rows(term: str, docs: np.ndarray, freq: np.ndarray) -> list[tuple]:
    """A term's champion list row, and its complete data row when it has one (_WORK's norms)."""
    norm, size, lengths = _WORK["norm"], _WORK["size"], _WORK["lengths"]
    freq = freq.astype(np.float64)
    s = freq / (freq + norm[docs])
    keep = min(size, len(docs))
    top = np.argpartition(-s, keep - 1)[:keep]
    top = top[np.lexsort((-docs[top], -s[top]))]
    theta = float(s[top[-1]]) if len(docs) > keep else 0.0
    rows = docs[top]
    out = [(term, len(docs), theta, rows.astype("<i4").tobytes()
            + freq[top].astype("<u4").tobytes() + lengths[rows].astype("<u4").tobytes())]
    if len(docs) >= _WORK["dense_min"]:
        out.append((DENSE + term, len(docs), 0.0, dense_counts(docs, freq, len(lengths))))
    elif len(docs) > keep:   # every row of the term, in the short form (unpack_complete)
        out.append((COMPLETE + term, len(docs), 0.0, docs.astype("<i4").tobytes()
                    + freq.astype("<u1" if freq.max() <= 255 else "<u2").tobytes()))
    return out


def _from_doclists(conn: sqlite3.Connection, listed: list[tuple[str, int, int]], rows: int,
                   ) -> tuple[list[tuple], set[str]]:
    """The rows of every listed term archive/fts_doclists.py can read from the index's pages
    (one pass, ~1/10 of reading per occurrence), each checked against the index's own row and
    occurrence totals; and the terms done."""
    from archive.fts_doclists import term_counts

    expected = {term: (df, total) for term, df, total in listed}
    out, done = [], set()
    for term, docs, freq in term_counts(conn, FTS, set(expected), rows):
        if (len(docs), int(freq.sum())) == expected[term]:
            out.extend(_term_rows(term, docs, freq))
            done.add(term)
    return out, done


def dense_counts(docs: np.ndarray, freq: np.ndarray, size: int) -> bytes:
    """A term's count in every row (0 where absent), indexed by rowid."""
    dense = np.zeros(size, dtype="<u1" if not len(freq) or freq.max() <= 255 else "<u2")
    dense[docs] = freq
    return dense.tobytes()


def unpack_dense(blob: bytes, size: int) -> np.ndarray:
    """dense_counts' array back (its item size told by the blob's length)."""
    return np.frombuffer(blob, dtype="<u1" if len(blob) == size else "<u2", count=size)


def pack_lengths(lengths: np.ndarray) -> bytes:
    return lengths.astype("<u2" if not len(lengths) or lengths.max() <= 65535
                          else "<u4").tobytes()


def unpack_complete(blob: bytes, df: int) -> tuple[np.ndarray, np.ndarray]:
    """(rowids, occurrences) of a complete list: format 2 (12 bytes a row), or the short form
    (int32 rowids, then uint8 or uint16 counts: 5 or 6 bytes a row)."""
    if len(blob) == 12 * df:
        rowids, freq, _ = unpack_list(blob)
        return rowids, freq
    rowids = np.frombuffer(blob, dtype="<i4", count=df).astype(np.int64)
    freq = np.frombuffer(blob, dtype="<u1" if len(blob) == 5 * df else "<u2", offset=4 * df)
    return rowids, freq.astype(np.float64)


def unpack_lengths(blob: bytes, size: int) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u2" if len(blob) == 2 * size else "<u4", count=size)


def _forked_worker() -> None:
    from nlp.child_process import die_with_parent

    die_with_parent()
    _WORK.pop("conn", None)   # never the parent's connection


def write_search_rank(conn: sqlite3.Connection, list_min_df: int = LIST_MIN_DF,
                      list_size: int = LIST_SIZE) -> dict:
    """Rewrite the champion lists from the corpus's full-text index; returns figures. The
    term lists are read by WORKERS forked processes when there is much to read (commit first:
    they read the file)."""
    started = time.perf_counter()
    conn.executescript(SEARCH_RANK)
    conn.execute("delete from search_rank_terms")
    conn.execute("delete from search_rank_meta")
    conn.commit()
    rows, avgdl = fts_averages(conn)
    if not rows:
        return {"terms": 0, "seconds": 0.0}
    conn.execute(f"create virtual table if not exists temp.search_rank_vocab "
                 f"using fts5vocab(main, {FTS}, row)")
    listed = conn.execute("select term, doc, cnt from temp.search_rank_vocab where doc > ? "
                          "order by term", (list_min_df,)).fetchall()
    conn.execute("drop table temp.search_rank_vocab")
    path = conn.execute("select file from pragma_database_list where name = 'main'"
                        ).fetchone()[0]
    lengths = doc_lengths(conn)
    _WORK.update(path=path, norm=K1 * (1 - B + B * lengths / avgdl), size=list_size,
                 lengths=lengths, dense_min=max(list_min_df + 1, DENSE_MIN_SHARE * rows))
    terms = [t for t, _, _ in listed]
    try:
        read, done = _from_doclists(conn, listed, rows)
        left = [t for t in terms if t not in done]   # read per occurrence (_term_counts)
        results = [read]
        slow = sum(n for t, n, _ in listed if t not in done)
        if left and (WORKERS < 2 or not path or slow < PARALLEL_FROM):
            results.append(_list_terms(left))
        elif left:
            import multiprocessing as mp

            # interleaved, so both workers get common and rarer terms alike
            parts = [left[i::WORKERS * 4] for i in range(WORKERS * 4)]
            with mp.get_context("fork").Pool(WORKERS, initializer=_forked_worker) as pool:
                results += pool.map(_list_terms, parts)
    finally:
        old = _WORK.pop("conn", None)
        if old is not None:
            old.close()
        _WORK.clear()
    for part in results:
        conn.executemany("insert into search_rank_terms values (?, ?, ?, ?)", part)
    from archive.search_phrases import vocabulary_lists

    have = {row[0] for part in results for row in part}
    conn.executemany("insert into search_rank_terms values (?, ?, ?, ?)",
                     [row for row in vocabulary_lists(conn, lengths, avgdl, rows)
                      if row[0] not in have])
    max_rowid = conn.execute(f"select max(id) from {FTS}_docsize").fetchone()[0] or 0
    conn.executemany("insert into search_rank_meta values (?, ?)", [
        ("avgdl", avgdl), ("rows", rows), ("max_rowid", max_rowid),
        ("list_min_df", list_min_df), ("list_size", list_size), ("list_format", LIST_FORMAT),
        ("fts_structure", fts_structure(conn)), ("lengths", pack_lengths(lengths)),
        ("complete_max_rowid", max_rowid), ("complete_rows", rows),
        ("complete_structure", fts_structure(conn))])
    conn.commit()
    return {"terms": len(terms), "seconds": round(time.perf_counter() - started, 2)}


def fts_structure(conn: sqlite3.Connection) -> bytes:
    """The full-text index's structure record: changed by every write to the index."""
    row = conn.execute(f"select block from {FTS}_data where id = ?", (STRUCTURE_ID,)).fetchone()
    return bytes(row[0]) if row and row[0] else b""


def unpack_rowids(blob: bytes, list_format: int = 1) -> tuple[int, ...]:
    n = len(blob) // (12 if list_format >= 2 else 4)
    return struct.unpack(f"<{n}i", blob[:4 * n])


def unpack_list(blob: bytes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rowids, occurrences of the term, row token counts) of a format-2 list."""
    n = len(blob) // 12
    arr = np.frombuffer(blob, dtype="<u4", count=3 * n)
    return arr[:n].astype(np.int64), arr[n:2 * n].astype(np.float64), \
        arr[2 * n:].astype(np.float64)


REFRESH_SHARE = 0.1   # an incremental build rewrites the lists once this share of rows is new


def refresh_search_rank(conn: sqlite3.Connection, full: bool = False) -> dict | None:
    """After an incremental build: the lists stay valid (rows newer than them are always scored,
    and the site's bound allows for the moved average length), so they are only rewritten when
    many rows were added since, or when there are none yet. Otherwise the complete data is
    brought up to date with the rows added, replaced or removed since (update_complete), so
    the site keeps scoring every match from it."""
    try:
        meta = dict(conn.execute("select key, value from search_rank_meta where key != 'lengths'"))
    except sqlite3.OperationalError:
        meta = {}
    rows, _ = fts_averages(conn)
    newer = conn.execute(f"select count(*) from {FTS}_docsize where id > ?",
                         (int(meta.get("max_rowid") or 0),)).fetchone()[0]
    if full or not meta or newer > REFRESH_SHARE * max(rows, 1):
        return write_search_rank(conn)
    return update_complete(conn, meta)


# The complete data's own marker (the lists keep theirs: max_rowid, rows, fts_structure). An
# incremental build moves it; a full build writes both alike. Absent (a corpus written before
# the marker existed): the complete data is the lists' state.
COMPLETE_MARK = ("complete_max_rowid", "complete_rows", "complete_structure")


def complete_mark(meta: dict) -> tuple[int, int, bytes]:
    """(highest rowid, rows, index structure record) the complete data was last made for."""
    return (int(meta.get("complete_max_rowid", meta.get("max_rowid")) or 0),
            int(meta.get("complete_rows", meta.get("rows")) or 0),
            bytes(meta.get("complete_structure", meta.get("fts_structure")) or b""))


def _row_lengths(conn: sqlite3.Connection, table: str, low: int) -> tuple[np.ndarray, np.ndarray]:
    """(rowids >= low, ascending; each row's token count) from an index's docsize table."""
    got = conn.execute(f"select id, sz from {table}_docsize where id >= ? order by id",
                       (low,)).fetchall()
    return (np.array([r for r, _ in got], dtype=np.int64),
            np.array([sum(_varints(sz)) for _, sz in got], dtype=np.int64))


_NEW = "search_rank_new"   # temp: the changed rows' own full-text index (update_complete)


def update_complete(conn: sqlite3.Connection, meta: dict) -> dict | None:
    """Bring the complete data (`#`, `=`, champion lists of all their rows, meta `lengths`) up to
    date after an incremental build, without reading the corpus's index term by term.

    Which rows changed since the data was made (at `top`, its highest rowid): rows above `top`
    (added), rows at or below it no longer in the index (replaced ones are deleted and written
    again under a new rowid: corpus_append.py), and the row at `top` itself, re-read always:
    SQLite gives a new row the highest rowid + 1, so only the highest row, deleted and written
    again, can come back under its old rowid (a lower rowid could only be used again after
    every row above it had gone). Gone rows are found when the count of rows at or below `top`
    is not the one stored (a scan of the index's rowids; none otherwise).

    The present changed rows are indexed again in a temporary FTS5 table of the same columns
    and tokenizer (their token counts must equal the corpus index's docsize, or everything is
    rewritten instead): each word's count per row from its instance view, each phrase's from
    its words' positions. Every complete entry then loses the changed rows and gains their
    new counts; df is counted again. Champion lists are left as they are (the site treats
    them by their own marker); one that held all its rows and is touched gets a `=` entry."""
    started = time.perf_counter()
    if int(meta.get("list_format") or 1) < 2:
        return None
    top, old_rows, old_structure = complete_mark(meta)
    structure = fts_structure(conn)
    if old_structure == structure:
        return {"changed": 0, "gone": 0, "seconds": 0.0}
    rows, _ = fts_averages(conn)
    ids, lens = _row_lengths(conn, FTS, top)   # the row at top (if present) and every newer
    newer = int(np.count_nonzero(ids > top))
    gone = np.zeros(0, dtype=np.int64)
    if rows - newer != old_rows:   # rows at or below top have gone: which
        text = conn.execute(f"select cast(group_concat(id) as blob) from {FTS}_docsize "
                            "where id <= ?", (top,)).fetchone()[0]
        present = np.zeros(top + 1, dtype=bool)
        if text:
            present[np.fromstring(text, dtype=np.int64, sep=",")] = True
        gone = np.flatnonzero(~present)   # (rowids never used too: they hold nothing)
    size = max(top, int(ids[-1]) if len(ids) else 0) + 1
    changed = np.zeros(size, dtype=bool)
    changed[gone] = True
    changed[ids] = True
    steps = {"find": time.perf_counter() - started}
    try:
        counts = _new_counts(conn, ids, lens)
        steps["index"] = time.perf_counter() - started
        if counts is None:   # the temporary index did not count the rows as the corpus's did
            drop_new_index(conn)
            return write_search_rank(conn)
        figures = _update_entries(conn, meta, counts, top, size, changed, ids, lens)
        steps["entries"] = time.perf_counter() - started
    finally:
        drop_new_index(conn)
    blob = conn.execute("select value from search_rank_meta where key = 'lengths'").fetchone()
    lengths = np.zeros(size, dtype=np.int64)
    if blob is not None:
        lengths[:top + 1] = unpack_lengths(blob[0], top + 1)
    lengths[changed] = 0
    lengths[ids] = lens
    conn.executemany("insert or replace into search_rank_meta values (?, ?)", [
        ("complete_max_rowid", size - 1), ("complete_rows", rows),
        ("complete_structure", structure), ("lengths", pack_lengths(lengths))])
    steps["lengths"] = time.perf_counter() - started
    conn.commit()
    return {"changed": len(ids), "gone": old_rows - (rows - newer), **figures,
            "seconds": round(time.perf_counter() - started, 3),
            "steps": {k: round(v, 3) for k, v in steps.items()}}


def _update_entries(conn: sqlite3.Connection, meta: dict, counts, top: int, size: int,
                    changed: np.ndarray, ids: np.ndarray, lens: np.ndarray) -> dict:
    """update_complete's rewrite of every complete entry (not committed)."""
    words, phrase_counts_of = counts
    written = 0
    update = "update search_rank_terms set df = ?, rowids = ? where term = ?"
    lengths_of = np.zeros(size, dtype=np.int64)
    lengths_of[ids] = lens
    keys = conn.execute("select term, df, theta from search_rank_terms").fetchall()
    have = {k for k, _, _ in keys}
    list_size = int(meta.get("list_size") or LIST_SIZE)
    for key, df, theta in keys:
        if key[:1] == DENSE:
            kind, terms = "dense", (key[1:],)
        elif key[:1] == COMPLETE:
            kind, terms = "list", tuple(key[1:].split(" "))
        elif (theta == 0.0 and df <= list_size and COMPLETE + key not in have
              and DENSE + key not in have):
            kind, terms = "champion", (key,)
        else:
            continue
        docs, freq = words(terms[0]) if len(terms) == 1 else phrase_counts_of(terms)
        blob = conn.execute("select rowids from search_rank_terms where term = ?",
                            (key,)).fetchone()[0]
        if kind == "dense":
            old = unpack_dense(blob, top + 1)
            wide = old.dtype.itemsize > 1 or (len(freq) and int(freq.max()) > 255)
            dense = np.zeros(size, dtype="<u2" if wide else "<u1")
            dense[:top + 1] = old
            dense[changed] = 0
            dense[docs] = freq
            conn.execute(update, (int(np.count_nonzero(dense)), dense.tobytes(), key))
            written += 1
            continue
        if kind == "champion":
            rowids, f, _ = unpack_list(blob)
            order = np.argsort(rowids)
            rowids, f, form = rowids[order], f[order], "short"
        else:
            rowids, f = unpack_complete(blob, df)
            form = "long" if len(blob) == 12 * df else "short"
        keep = ~changed[rowids]
        if keep.all() and not len(docs):
            continue   # none of its rows changed
        rowids = np.concatenate([rowids[keep], docs])   # ascending: kept rows are < top
        f = np.concatenate([f[keep], freq.astype(np.float64)])
        if form == "long":
            old_lengths = unpack_list(blob)[2][keep] if len(blob) else np.zeros(0)
            data = (rowids.astype("<i4").tobytes() + f.astype("<u4").tobytes()
                    + np.concatenate([old_lengths, lengths_of[docs]]).astype("<u4").tobytes())
        else:
            data = (rowids.astype("<i4").tobytes()
                    + f.astype("<u1" if not len(f) or f.max() <= 255 else "<u2").tobytes())
        if kind == "champion":   # a `=` entry beside the list, which stays as it was
            conn.execute("insert into search_rank_terms values (?, ?, 0.0, ?)",
                         (COMPLETE + key, len(rowids), data))
        else:
            conn.execute(update, (len(rowids), data, key))
        written += 1
    return {"entries": written}


def _new_counts(conn: sqlite3.Connection, ids: np.ndarray, lens: np.ndarray):
    """(word -> (rows, counts), phrase terms -> (rows, counts)) over the rows `ids` (ascending),
    read from a temporary FTS5 index of just those rows; None when its token counts are not
    `lens` (the corpus index's)."""
    from archive.corpus_schema import FTS_COLUMNS, FTS_TOKENIZE
    from archive.search_phrases import position_counts

    cols = ", ".join(FTS_COLUMNS)
    conn.execute(f"drop table if exists temp.{_NEW}")
    conn.execute(f"create virtual table temp.{_NEW} using fts5({cols}, content='', "
                 f"tokenize='{FTS_TOKENIZE}')")
    conn.execute(f"insert into temp.{_NEW}(rowid, {cols}) select rowid, {cols} from responses "
                 "where rowid in (select value from json_each(?)) order by rowid",
                 (json.dumps(ids.tolist()),))
    got_ids, got_lens = _row_lengths(conn, f"temp.{_NEW}", 0)
    if not (np.array_equal(got_ids, ids) and np.array_equal(got_lens, lens)):
        conn.execute(f"drop table temp.{_NEW}")
        return None
    conn.execute(f"create virtual table temp.{_NEW}_inst using fts5vocab(temp, {_NEW}, instance)")
    conn.execute(f"create virtual table temp.{_NEW}_row using fts5vocab(temp, {_NEW}, row)")
    present = {t for (t,) in conn.execute(f"select term from temp.{_NEW}_row")}
    none = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))

    def words(term: str):
        if term not in present:
            return none
        # one row per occurrence in (doc, col, offset) order: joined in C, counted in numpy
        text = conn.execute(f"select cast(group_concat(doc) as blob) from temp.{_NEW}_inst "
                            "where term = ?", (term,)).fetchone()[0]
        d = np.fromstring(text, dtype=np.int64, sep=",")
        if len(d) != text.count(b",") + 1 or bool(np.any(d[1:] < d[:-1])):   # never seen
            arr = np.array(conn.execute(f"select doc, count(*) from temp.{_NEW}_inst where "
                                        "term = ? group by doc order by doc", (term,)
                                        ).fetchall(), dtype=np.int64).reshape(-1, 2)
            return arr[:, 0], arr[:, 1]
        starts = np.flatnonzero(np.r_[True, d[1:] != d[:-1]])
        return d[starts], np.diff(np.r_[starts, len(d)])

    def phrases(terms: tuple[str, ...]):
        if not all(t in present for t in terms):
            return none
        return position_counts(conn, f"temp.{_NEW}_inst", terms)

    return words, phrases


def drop_new_index(conn: sqlite3.Connection) -> None:
    for name in (f"{_NEW}_inst", f"{_NEW}_row", _NEW):
        conn.execute(f"drop table if exists temp.{name}")
