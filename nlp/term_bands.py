"""Stored LSH buckets of the similar-responses step: which responses share a band key of their
request-word MinHash, so an incremental batch finds candidates in the corpus.

Two layouts with one interface (`store(compact)`), which find the same candidates:

- `nlp_bands` rows of kind 'terms' (32 text rows per response, in both nlp_bands indexes);
- compact (a third of the file space and of the build's insert and index time):

    nlp_term_keys  (seq INTEGER PRIMARY KEY, response_id UNIQUE, keys BLOB)  one row a response
    nlp_term_bands (band_key, seq) WITHOUT ROWID, clustered by (band_key, seq)

`seq` grows in insertion order, so a bucket is read in the order the old table's rowids gave
(oldest first) and a lookup's LIMIT keeps the same candidates. The keys blob of a response lets
its bucket rows be deleted without an index on `seq`.
"""

import json
from types import SimpleNamespace

import numpy as np

from archive.corpus_schema import NLP_TERM_TABLES

_SEQ_BITS = 23          # a full rebuild sorts (band key << 23 | seq): a key is < 2**40
_ROWS_PER_INSERT = 1 << 20
_JSON_ROWS = 1 << 18   # bucket rows per JSON array (its text and SQLite's parse: ~20 MB)
_KEYS_PER_BLOCK = 1 << 13   # responses whose key blobs are made at once (2 MB at 32 bands)


def ensure(conn) -> None:
    conn.executescript(NLP_TERM_TABLES)


def reset(conn) -> None:
    """Empty both tables (a full rebuild): dropping is far cheaper than deleting rows."""
    conn.execute("DROP TABLE IF EXISTS nlp_term_bands")
    conn.execute("DROP TABLE IF EXISTS nlp_term_keys")
    conn.executescript(NLP_TERM_TABLES)


def migrate_legacy(conn) -> None:
    """Corpora written before these tables kept term bands in nlp_bands (kind 'terms')."""
    if conn.execute("select 1 from nlp_term_keys limit 1").fetchone():
        return
    rows = conn.execute("select band_key, group_id from nlp_bands where kind = 'terms' "
                        "order by rowid")
    seq, keys_of, bands, current, own = 0, [], [], None, []
    for key, rid in rows:
        if rid != current:  # a response's rows were inserted together
            if current is not None:
                keys_of.append((seq, current, _blob(own)))
            current, own, seq = rid, [], seq + 1
        own.append(key)
        bands.append((key, seq))
    if current is None:
        return
    keys_of.append((seq, current, _blob(own)))
    conn.executemany("INSERT OR IGNORE INTO nlp_term_keys (seq, response_id, keys) "
                     "VALUES (?, ?, ?)", keys_of)
    conn.executemany("INSERT OR IGNORE INTO nlp_term_bands (band_key, seq) VALUES (?, ?)",
                     sorted(bands))
    conn.execute("delete from nlp_bands where kind = 'terms'")


def _blob(keys) -> bytes:
    return np.asarray(keys, dtype=np.int64).tobytes()


def is_empty(conn) -> bool:
    return conn.execute("select 1 from nlp_term_keys limit 1").fetchone() is None


def next_seq(conn) -> int:
    return conn.execute("select coalesce(max(seq), 0) + 1 from nlp_term_keys").fetchone()[0]


def lookup(conn, keys: list[int], limit: int) -> list[str]:
    """Responses in the buckets of `keys`, bucket by bucket in key order, oldest first."""
    marks = ",".join("?" * len(keys))
    return [r[0] for r in conn.execute(
        f"select k.response_id from nlp_term_bands b join nlp_term_keys k on k.seq = b.seq "
        f"where b.band_key in ({marks}) order by b.band_key, b.seq limit {limit}", keys)]


def lookup_seqs(conn, keys: list[int], limit: int) -> list[int]:
    """`lookup`'s responses as their seqs (read from the clustered key alone, no join)."""
    marks = ",".join("?" * len(keys))
    return [r[0] for r in conn.execute(
        f"select seq from nlp_term_bands where band_key in ({marks}) "
        f"order by band_key, seq limit {limit}", keys)]


def ids_of(conn, seqs: list[int]) -> dict[int, str]:
    """seq -> response id."""
    marks = ",".join("?" * len(seqs))
    return dict(conn.execute(f"select seq, response_id from nlp_term_keys where seq in ({marks})",
                             seqs))


def add(conn, rows: list[tuple[int, str, list[int]]]) -> None:
    """rows: (seq, response id, band keys); seqs above every stored one. Bucket rows go in
    in key order: a batch's rows land all over the clustered table, and in order each of its
    pages is visited once."""
    conn.executemany("INSERT INTO nlp_term_keys (seq, response_id, keys) VALUES (?, ?, ?)",
                     ((seq, rid, _blob(keys)) for seq, rid, keys in rows))
    conn.executemany("INSERT INTO nlp_term_bands (band_key, seq) VALUES (?, ?)",
                     sorted((k, seq) for seq, _rid, keys in rows for k in keys))


def forget(conn, response_ids: list[str]) -> None:
    marks = ",".join("?" * len(response_ids))
    stored = conn.execute(f"select seq, keys from nlp_term_keys where response_id in ({marks})",
                          response_ids).fetchall()
    conn.executemany("DELETE FROM nlp_term_bands WHERE band_key = ? AND seq = ?",
                     ((k, seq) for seq, blob in stored
                      for k in np.frombuffer(blob, dtype=np.int64).tolist()))
    conn.execute(f"delete from nlp_term_keys where response_id in ({marks})", response_ids)


def write_bulk(conn, ids: list[str], crcs: np.ndarray) -> None:
    """Full rebuild into empty tables: response i (id order) gets seq i + 1; `crcs` holds each
    response's band crcs (n x bands, band key = crc << 8 | band). Bucket rows are inserted
    sorted by their clustered key, so the B-tree is only appended to."""
    n, bands = crcs.shape
    _bulk_keys(conn, ids, crcs)
    if n == 0:
        return
    band_no = np.arange(bands, dtype=np.int64)
    if n >= 1 << _SEQ_BITS:  # too many to pack a seq beside a key in 64 bits
        keys = ((crcs.astype(np.int64) << 8) | band_no).ravel()
        seqs = np.repeat(np.arange(1, n + 1, dtype=np.int64), bands)
        order = np.lexsort((seqs, keys))
        conn.executemany("INSERT INTO nlp_term_bands (band_key, seq) VALUES (?, ?)",
                         zip(keys[order].tolist(), seqs[order].tolist(), strict=True))
        return
    # one uint64 column (key << 23 | seq), built and sorted in place: 8 bytes a bucket row
    packed = crcs.astype(np.uint64)
    packed <<= np.uint64(8 + _SEQ_BITS)
    packed |= band_no.astype(np.uint64) << np.uint64(_SEQ_BITS)
    packed |= np.arange(1, n + 1, dtype=np.uint64)[:, None]
    packed = packed.ravel()
    packed.sort()
    # A key is < 2**40, so a packed value is < 2**63: the same number as a signed integer.
    # SQLite unpacks the rows from a JSON array: 32 rows a response made into Python tuples
    # and bound one by one cost twice the insert itself (6.4M rows at 200k responses).
    for lo in range(0, len(packed), _JSON_ROWS):
        part = packed[lo:lo + _JSON_ROWS].view(np.int64)
        conn.execute(f"INSERT INTO nlp_term_bands (band_key, seq) SELECT value >> {_SEQ_BITS}, "
                     f"value & {(1 << _SEQ_BITS) - 1} FROM json_each(?)",
                     (json.dumps(part.tolist()),))


def _bulk_keys(conn, ids: list[str], crcs: np.ndarray) -> None:
    """nlp_term_keys: each response's band keys as one blob, sliced from a block's keys made
    at once (not an array per response)."""
    n, bands = crcs.shape
    band_no = np.arange(bands, dtype=np.int64)
    width = bands * 8
    for lo in range(0, n, _KEYS_PER_BLOCK):
        block = ids[lo:lo + _KEYS_PER_BLOCK]
        blob = ((crcs[lo:lo + len(block)].astype(np.int64) << 8) | band_no).tobytes()
        conn.executemany("INSERT INTO nlp_term_keys (seq, response_id, keys) VALUES (?, ?, ?)",
                         zip(range(lo + 1, lo + 1 + len(block)), block,
                             (blob[i:i + width] for i in range(0, len(blob), width)), strict=True))


def _bulk_legacy(conn, ids: list[str], crcs: np.ndarray) -> None:
    """Rows in the order the response-by-response path inserts them (response, then band)."""
    bands = crcs.shape[1]
    for lo in range(0, len(ids), _ROWS_PER_INSERT // bands):
        part = crcs[lo:lo + _ROWS_PER_INSERT // bands].astype(np.int64)
        keys = ((part << 8) | np.arange(bands, dtype=np.int64)).tolist()
        conn.executemany("INSERT INTO nlp_bands (kind, band_key, group_id) VALUES ('terms', ?, ?)",
                         ((k, rid) for rid, row in zip(ids[lo:lo + len(keys)], keys, strict=True)
                          for k in row))


def _lookup_legacy(conn, keys: list[int], limit: int) -> list[str]:
    marks = ",".join("?" * len(keys))
    return [r[0] for r in conn.execute(
        f"select group_id from nlp_bands where kind = 'terms' and band_key in ({marks}) "
        f"limit {limit}", keys)]


def _add_legacy(conn, rows: list[tuple[int, str, list[int]]]) -> None:
    conn.executemany("INSERT INTO nlp_bands (kind, band_key, group_id) VALUES ('terms', ?, ?)",
                     ((k, rid) for _seq, rid, keys in rows for k in keys))


def _forget_legacy(conn, response_ids: list[str]) -> None:
    marks = ",".join("?" * len(response_ids))
    conn.execute(f"delete from nlp_bands where kind = 'terms' and group_id in ({marks})",
                 response_ids)


def _is_empty_legacy(conn) -> bool:
    return conn.execute("select 1 from nlp_bands where kind = 'terms' limit 1").fetchone() is None


COMPACT = SimpleNamespace(ensure=ensure, reset=reset, migrate=migrate_legacy, is_empty=is_empty,
                          next_seq=next_seq, lookup=lookup, lookup_seqs=lookup_seqs,
                          ids_of=ids_of, add=add, forget=forget, write_bulk=write_bulk)
LEGACY = SimpleNamespace(ensure=lambda conn: None, reset=lambda conn: None,
                         migrate=lambda conn: None, is_empty=_is_empty_legacy,
                         next_seq=lambda conn: 1, lookup=_lookup_legacy, add=_add_legacy,
                         forget=_forget_legacy, write_bulk=_bulk_legacy)
