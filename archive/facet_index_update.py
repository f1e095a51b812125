"""The facet index (archive/facet_index.py) after an incremental build, from its stored bitmaps.

An added response takes a row number among the others (rows are numbered newest first), so
every older row's number may shift; recomputing the index read every response's facet values
again (~1 s per 100k responses). Here the new order is the stored one with the batch merged in:
the responses from the newest down to the batch's oldest are read from the `date_order` index
(a crawl's new responses are recent, so this is a short prefix), the rest keep their stored
order. Each stored bitmap is remapped to the new numbers (and loses replaced responses), the
batch's own values are read for its rows only (the same SQL, restricted), and the derived
bitmaps (outcome groups, round-robins) are recomputed as a full build does. The result is the
index `compute` gives, bitmap for bitmap; when the stored index does not match the corpus
(missing, or written before rows were changed by other means) `updated` returns None and the
caller recomputes it.
"""
from __future__ import annotations

import sqlite3
from array import array

import numpy as np
from pyroaring import BitMap

from archive.facet_index import (
    BITMAPS,
    ROWS,
    _collect,
    _Collector,
    _derived,
    _uint32,
    blob_to_rowids,
    has_facet_index,
)

_BATCH = "temp._facet_batch"   # this connection's working list of the batch's rowids
_DERIVED = ("outcome_group", "round_robin", "in_round_robin")


def _as_uint32(values: np.ndarray) -> array:
    out = _uint32([])
    out.frombytes(values.astype(out.itemsize == 4 and np.uint32 or np.uint64).tobytes())
    return out


def _batch_rows(conn: sqlite3.Connection, response_ids) -> np.ndarray:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _facet_batch (rowid INTEGER PRIMARY KEY)")
    conn.execute(f"DELETE FROM {_BATCH}")
    conn.executemany(f"INSERT OR IGNORE INTO {_BATCH} SELECT rowid FROM responses WHERE id = ?",
                     ((rid,) for rid in response_ids))
    return np.array([r for (r,) in conn.execute(f"SELECT rowid FROM {_BATCH}")], dtype=np.int64)


def _survivors(conn, old: np.ndarray, batch: np.ndarray, total: int) -> np.ndarray | None:
    """Mask of the stored rows still in the corpus and not rewritten by the batch."""
    keep = ~np.isin(old, batch)   # a replaced response may get its old rowid back
    if int(keep.sum()) != total - len(batch):   # replaced rows whose rowids went: find them
        current = np.fromiter((r for (r,) in conn.execute("SELECT rowid FROM responses")),
                              dtype=np.int64)
        keep &= np.isin(old, current)
        if int(keep.sum()) != total - len(batch):
            return None
    return keep


def _new_order(conn, survivors: np.ndarray, batch: np.ndarray) -> np.ndarray | None:
    """Rowids in the new row order: the index prefix down to the batch's oldest, then the
    stored order of the rest. None when the prefix disagrees with the stored order."""
    if not len(batch):
        return survivors
    (low,) = conn.execute(f"SELECT min(date_order) FROM responses WHERE rowid IN "
                          f"(SELECT rowid FROM {_BATCH})").fetchone()
    prefix = np.array([r for (r,) in conn.execute(
        "SELECT rowid FROM responses WHERE date_order >= ? ORDER BY date_order DESC, rowid",
        (low,))], dtype=np.int64)
    older = prefix[~np.isin(prefix, batch)]
    if len(prefix) - len(older) != len(batch) or not np.array_equal(
            older, survivors[:len(older)]):
        return None
    return np.concatenate([prefix, survivors[len(older):]])


def updated(conn: sqlite3.Connection, response_ids) -> tuple[array, dict] | None:
    """(rowids in row-number order, {(facet, value): BitMap}) as `compute` would give after
    the batch `response_ids` was written, or None when the stored index cannot be used."""
    if not has_facet_index(conn):
        return None
    stored = _uint32([])
    for (blob,) in conn.execute(f"SELECT rowids FROM {ROWS} ORDER BY part"):
        stored.extend(blob_to_rowids(blob))
    old = np.frombuffer(stored, dtype=np.uint32 if stored.itemsize == 4 else np.uint64
                        ).astype(np.int64)
    batch = _batch_rows(conn, response_ids)
    (total,) = conn.execute("SELECT count(*) FROM responses").fetchone()
    keep = _survivors(conn, old, batch, total)
    order = None if keep is None else _new_order(conn, old[keep], batch)
    if order is None:
        return None
    top = int(max(order.max(initial=0), old.max(initial=0)))
    position = np.full(top + 1, -1, dtype=np.int64)
    position[order] = np.arange(len(order), dtype=np.int64)
    renumber = np.full(len(old), -1, dtype=np.int64)   # stored row number -> new (-1: gone)
    renumber[keep] = position[old[keep]]
    found = _Collector(_positions(position))
    _collect(conn, found, _BATCH)   # the batch's own values, at their new row numbers
    added = {key: np.frombuffer(rows, dtype=np.uint32 if rows.itemsize == 4 else np.uint64)
             for key, rows in found.found.items()}
    bitmaps = {}
    for facet, value, blob in conn.execute(f"SELECT facet, value, bitmap FROM {BITMAPS}"):
        if facet in _DERIVED:
            continue
        rows = renumber[np.frombuffer(BitMap.deserialize(blob).to_array(), dtype=np.uint32)]
        rows = rows[rows >= 0]
        more = added.pop((facet, value), None)
        if more is not None:
            rows = np.sort(np.concatenate([rows, more]))
        if len(rows):   # a value only replaced responses had is gone, as in a full build
            bitmaps[(facet, value)] = BitMap(_as_uint32(rows))
    for key, rows in added.items():   # values new to the corpus
        bitmaps[key] = BitMap(_as_uint32(np.sort(rows)))
    _derived(conn, found, bitmaps)
    for bm in bitmaps.values():
        bm.run_optimize()
    conn.execute(f"DROP TABLE {_BATCH}")
    return _as_uint32(order), bitmaps


def _positions(position: np.ndarray) -> array:
    out = array("q")
    out.frombytes(position.astype(np.int64).tobytes())
    return out
