"""Complete lists of the search vocabulary's words and phrases (archive/search_rank.py writes
them, datasette_plugins/search_index.py scores from them).

A synonym search (`children` -> "children" OR "child" OR "under 18" OR ...) is an OR of the
vocabulary's phrases; with every row holding each phrase and its count there, the site computes
bm25 of every match itself (exact, no bound needed) instead of passing over the index.

A word's counts come from the index's instance view (search_rank._term_counts). A phrase's
count F in a row is not in any FTS5 view, so it is read back from FTS5's own bm25() of the
phrase alone: bm25 = idf * F (k1 + 1) / (F + k1 (1 - b + b D / avgdl)) with idf, D and avgdl
known, so F = q norm / (k1 + 1 - q) with q = bm25 / idf, rounded to the integer it is; the
row's bm25 is then recomputed from that F with SQLite's operations and must equal SQLite's to
the bit, or the phrase gets no list (its searches are scored by bm25() instead).
"""
from __future__ import annotations

import sqlite3

import numpy as np

from archive.search_rank import COMPLETE, FTS, K1, B, _term_counts


def vocabulary_phrases() -> dict[tuple[str, ...], str]:
    """{index terms of a vocabulary word or phrase: its text}, in a stable order."""
    from datasette_plugins.search_index import tokens
    from datasette_plugins.search_query import vocabulary

    out: dict[tuple[str, ...], str] = {}
    for text in sorted(vocabulary()["aliases"]):
        terms = tokens(text)
        if terms and terms not in out:
            out[terms] = text
    return out


def _idf(rows: int, hits: int) -> float:
    """bm25()'s idf (as search_index.idf; repeated here: archive does not import the site)."""
    import math

    value = math.log((rows - hits + 0.5) / (hits + 0.5)) if rows else 0.0
    return value if value > 0 else 1e-6


def phrase_counts(conn: sqlite3.Connection, text: str, lengths: np.ndarray, avgdl: float,
                  rows: int) -> tuple[np.ndarray, np.ndarray] | None:
    """(rows holding the phrase, ascending; its occurrences in each), read from bm25() of the
    phrase alone; None if any row's bm25 is not reproduced exactly from the integer found."""
    found = np.array(conn.execute(
        f"select rowid, -bm25({FTS}) from {FTS} where {FTS} match ? order by rowid",
        (f'"{text}"',)).fetchall(), dtype=np.float64).reshape(-1, 2)
    docs = found[:, 0].astype(np.int64)
    if not len(docs):
        return docs, docs.copy()
    score = found[:, 1]
    w = _idf(rows, len(docs))
    norm = K1 * (1 - B + B * lengths[docs] / avgdl)
    q = score / w
    freq = np.rint(q * norm / ((K1 + 1.0) - q))
    again = w * ((freq * (K1 + 1.0)) / (freq + norm))
    if bool(np.any(freq < 1)) or not np.array_equal(again, score):
        return None
    return docs, freq.astype(np.int64)


def vocabulary_lists(conn: sqlite3.Connection, lengths: np.ndarray, avgdl: float,
                     rows: int) -> list[tuple]:
    """Rows of search_rank_terms: (`=` + terms, df, 0.0, format-2 list of every row holding
    it, ascending rowids) for each vocabulary word and phrase."""
    conn.execute(f"create virtual table if not exists temp.search_rank_inst "
                 f"using fts5vocab(main, {FTS}, instance)")
    out = []
    try:
        for terms, text in vocabulary_phrases().items():
            if len(terms) == 1:
                docs, freq = _term_counts(conn, terms[0])
            else:
                counted = phrase_counts(conn, text, lengths, avgdl, rows)
                if counted is None:
                    continue
                docs, freq = counted
            out.append((COMPLETE + " ".join(terms), len(docs), 0.0,
                        docs.astype("<i4").tobytes() + freq.astype("<u4").tobytes()
                        + lengths[docs].astype("<u4").tobytes()))
    finally:
        conn.execute("drop table temp.search_rank_inst")
    return out


def position_counts(conn: sqlite3.Connection, vocab: str, terms: tuple[str, ...]
                    ) -> tuple[np.ndarray, np.ndarray]:
    """(rows holding the phrase, ascending; its occurrences in each) from an fts5vocab
    `instance` view: a phrase occurs where its words stand at consecutive offsets of one
    column, each start counted (FTS5's own phrase instances: the tests compare them with
    FTS5's matches and bm25()). For small indexes (the rows of an incremental build)."""
    where = []
    for term in terms:
        found: dict[tuple[int, int], set[int]] = {}
        for doc, col, offset in conn.execute(
                f"select doc, col, offset from {vocab} where term = ?", (term,)):
            found.setdefault((doc, col), set()).add(offset)
        where.append(found)
    counted: dict[int, int] = {}
    for (doc, col), offsets in where[0].items():
        n = sum(all(o + i in where[i].get((doc, col), ()) for i in range(1, len(terms)))
                for o in offsets)
        if n:
            counted[doc] = counted.get(doc, 0) + n
    docs = np.array(sorted(counted), dtype=np.int64)
    return docs, np.array([counted[d] for d in docs.tolist()], dtype=np.int64)
