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
"""
from __future__ import annotations

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
    norm, size, lengths = _WORK["norm"], _WORK["size"], _WORK["lengths"]
    out = []
    for term in terms:
        docs, freq = _term_counts(conn, term)
        freq = freq.astype(np.float64)
        s = freq / (freq + norm[docs])
        keep = min(size, len(docs))
        top = np.argpartition(-s, keep - 1)[:keep]
        top = top[np.lexsort((-docs[top], -s[top]))]
        theta = float(s[top[-1]]) if len(docs) > keep else 0.0
        rows = docs[top]
        out.append((term, len(docs), theta, rows.astype("<i4").tobytes()
                    + freq[top].astype("<u4").tobytes()
                    + lengths[rows].astype("<u4").tobytes()))
        if len(docs) >= _WORK["dense_min"]:
            out.append((DENSE + term, len(docs), 0.0, dense_counts(docs, freq, len(lengths))))
        elif len(docs) > keep:   # every row of the term, in the short form (unpack_complete)
            out.append((COMPLETE + term, len(docs), 0.0, docs.astype("<i4").tobytes()
                        + freq.astype("<u1" if freq.max() <= 255 else "<u2").tobytes()))
    return out


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
    listed = conn.execute("select term, doc from temp.search_rank_vocab where doc > ? "
                          "order by term", (list_min_df,)).fetchall()
    conn.execute("drop table temp.search_rank_vocab")
    path = conn.execute("select file from pragma_database_list where name = 'main'"
                        ).fetchone()[0]
    lengths = doc_lengths(conn)
    _WORK.update(path=path, norm=K1 * (1 - B + B * lengths / avgdl), size=list_size,
                 lengths=lengths, dense_min=max(list_min_df + 1, DENSE_MIN_SHARE * rows))
    terms = [t for t, _ in listed]
    try:
        if WORKERS < 2 or not path or sum(n for _, n in listed) < PARALLEL_FROM:
            results = [_list_terms(terms)]
        else:
            import multiprocessing as mp

            # interleaved, so both workers get common and rarer terms alike
            parts = [terms[i::WORKERS * 4] for i in range(WORKERS * 4)]
            with mp.get_context("fork").Pool(WORKERS, initializer=_forked_worker) as pool:
                results = pool.map(_list_terms, parts)
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
        ("fts_structure", fts_structure(conn)), ("lengths", pack_lengths(lengths))])
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
    many rows were added since, or when there are none yet."""
    try:
        meta = dict(conn.execute("select key, value from search_rank_meta where key != 'lengths'"))
    except sqlite3.OperationalError:
        meta = {}
    rows, _ = fts_averages(conn)
    newer = conn.execute(f"select count(*) from {FTS}_docsize where id > ?",
                         (int(meta.get("max_rowid") or 0),)).fetchone()[0]
    if full or not meta or newer > REFRESH_SHARE * max(rows, 1):
        return write_search_rank(conn)
    return None
