"""The facet index: for every facet value, a roaring bitmap of the responses that have it.

A response's *row number* is its position in the table's default order (`date_order` desc:
row 0 is the newest), so for any combination of filters the matching rows are an
intersection of bitmaps, each facet value's count is one intersection cardinality, and the
newest N matching rows are the N smallest members. Built from the narrow tables and covering
indexes the build already has (never the long text pages of `responses`):

- `facet_bitmaps(facet, value, n, bitmap)`: one row per value of each facet (`n` = members);
  `bitmap` is pyroaring's portable serialisation. Facets: the columns in COLUMNS, the JSON
  array columns in ARRAYS (one bitmap per text item: what `__arraycontains` matches), the
  outcome groups (`outcome_group`: withheld, refused_whole), round-robin membership
  (`round_robin` per group id, and `in_round_robin` = 1 for any).
- `facet_rows(part, rowids)`: the responses' rowids in row-number order, as little-endian
  uint32 arrays of PART rows each (row number -> rowid, to turn a page of row numbers into
  rows).

Both are rewritten whole. A full build computes them from indexes and narrow tables (~1 s per
100k responses); an incremental build (`write_facet_index(conn, batch_ids)`) remaps the stored
bitmaps instead, since an added response shifts every older row's number, and reads only the
batch's rows (archive/facet_index_update.py).
Example: `facet_bitmaps` row ('outcome', 'refused', 2714, <bitmap>) holds the row numbers of
the 2,714 refused responses; ('year', 2023, ...) keeps the year an integer as responses does.
"""
from __future__ import annotations

import json
import sqlite3
import sys
from array import array

import numpy as np
from pyroaring import BitMap

from archive.corpus_schema import FACET_BITMAPS, FACET_PART_ROWS, SERVING_FACET_ROWS
from archive.corpus_schema import FACET_INDEX as DDL

BITMAPS, ROWS = FACET_BITMAPS, FACET_PART_ROWS
PART = 65536   # rowids per facet_rows row
# Scalar columns: (column, covering index or None to read serving_facet_rows). Values are kept
# as stored (years and 0/1 flags integers), nulls left out as Datasette's facets leave them.
COLUMNS = {"force": "idx_responses_force", "year": "idx_responses_year",
           "month": "idx_responses_month", "outcome": "idx_responses_outcome",
           "ncnd": "idx_responses_ncnd", "public_interest_test": "idx_responses_pit",
           "format": "idx_responses_format", "status": None}
ARRAYS = ("topics", "exemption_families", "exemption_labels")
NARROW = SERVING_FACET_ROWS   # archive/corpus_serving.py: facet columns keyed by rowid
GROUPS = ("withheld", "refused_whole")   # archive/data/outcomes.yaml

def _uint32(values) -> array:
    arr = array("I", values)
    if arr.itemsize != 4:
        arr = array("L", values)
    return arr


def rowids_to_blob(rowids: array) -> bytes:
    if sys.byteorder != "little":
        rowids = array(rowids.typecode, rowids)
        rowids.byteswap()
    return rowids.tobytes()


def blob_to_rowids(blob: bytes) -> array:
    arr = _uint32([])
    arr.frombytes(blob)
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def _has(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def _index_usable(conn: sqlite3.Connection, index: str | None, column: str) -> bool:
    if index is None or not _has(conn, index):
        return False
    cols = [r[0] for r in conn.execute(f"SELECT name FROM pragma_index_info('{index}')")]
    return cols == [column]


class _Collector:
    """value -> row numbers, per facet (rowids that are not responses are skipped)."""

    def __init__(self, position: array):
        self.position = position   # rowid -> row number (-1: not a response)
        self.found: dict[tuple[str, object], array] = {}

    def add(self, facet: str, value, rowid: int) -> None:
        p = self.position[rowid] if 0 <= rowid < len(self.position) else -1
        if p >= 0:
            rows = self.found.get((facet, value))
            if rows is None:
                rows = self.found[(facet, value)] = _uint32([])
            rows.append(p)

    def add_group(self, facet: str, value, rowids: np.ndarray) -> None:
        """add() for each of these rowids (int64) of one value."""
        position = np.frombuffer(self.position, dtype=np.int64)
        rowids = rowids[(rowids >= 0) & (rowids < len(position))]
        p = position[rowids]
        p = p[p >= 0].astype(np.uint32)
        if len(p):
            rows = self.found.get((facet, value))
            if rows is None:
                rows = self.found[(facet, value)] = _uint32([])
            rows.frombytes(p.tobytes())


def _order(conn: sqlite3.Connection) -> tuple[array, array]:
    """(rowids in row-number order, rowid -> row number). date_order is unique and never
    null, so this is exactly the table page's order (its UNIQUE index serves the scan)."""
    rowids = _uint32(r[0] for r in conn.execute(
        "SELECT rowid FROM responses ORDER BY date_order DESC, rowid"))
    top = max(rowids) if rowids else 0
    position = array("q", [-1]) * (top + 1)
    for i, rowid in enumerate(rowids):
        position[rowid] = i
    return rowids, position


def _collect(conn: sqlite3.Connection, found: _Collector, only: str = "") -> None:
    """only: a table of rowids (the incremental batch) to read just those rows' values."""
    narrow = _has(conn, NARROW)
    narrow_cols = set()
    if narrow:
        narrow_cols = {r[1] for r in conn.execute(f"PRAGMA table_info({NARROW})")}
    for column, index in COLUMNS.items():
        if _index_usable(conn, index, column):
            sql = (f"SELECT {column}, rowid FROM responses INDEXED BY {index} "
                   f"WHERE {column} IS NOT NULL ORDER BY {column}")
        elif column in narrow_cols:
            sql = (f"SELECT {column}, response_rowid FROM {NARROW} "
                   f"WHERE {column} IS NOT NULL ORDER BY {column}")
        else:
            sql = f"SELECT {column}, rowid FROM responses WHERE {column} IS NOT NULL"
        if only:   # the same source, just the batch's rows
            key = "response_rowid" if NARROW in sql else "rowid"
            sql = (f"SELECT {column}, {key} FROM {'responses' if key == 'rowid' else NARROW} "
                   f"WHERE {column} IS NOT NULL AND {key} IN (SELECT rowid FROM {only})")
            for value, rowid in conn.execute(sql):
                found.add(column, value, rowid)
        else:
            _read_groups(conn, found, column, _grouped(sql, column))
    for column in ARRAYS:
        source, key = ((NARROW, "response_rowid") if column in narrow_cols
                       else ("responses", "rowid"))
        # the text items of a well-formed array: what `column__arraycontains=text` matches
        sql = (f"SELECT j.value, t.{key} FROM {source} t, json_each(CASE WHEN "
               f"json_valid(t.{column}) AND json_type(t.{column}) = 'array' THEN t.{column} "
               f"ELSE '[]' END) j WHERE j.type = 'text'")
        if only:
            sql += f" AND t.{key} IN (SELECT rowid FROM {only})"
            for value, rowid in conn.execute(sql):
                found.add(column, value, rowid)
        else:
            _read_groups(conn, found, column, _grouped(sql, "j.value"))


def _grouped(sql: str, value: str) -> str:
    """The same rows as one (value, 'rowid,rowid,...') row per value: a full build reads millions
    of (value, rowid) rows, each a Python tuple, where a few strings of digits do (a scalar
    column's groups come in its index's order, unsorted)."""
    select, _, rest = sql.partition(" FROM ")
    key = select.rsplit(", ", 1)[1]
    return f"SELECT {value}, group_concat({key}) FROM {rest.split(' ORDER BY ')[0]} GROUP BY {value}"


def _read_groups(conn: sqlite3.Connection, found: _Collector, facet: str, sql: str) -> None:
    for value, rowids in conn.execute(sql):
        found.add_group(facet, value, np.fromstring(rowids, dtype=np.int64, sep=","))


def _derived(conn: sqlite3.Connection, found: _Collector, bitmaps: dict) -> None:
    """Outcome groups (unions of outcome bitmaps) and round-robin membership."""
    from archive.outcomes import group

    for name in GROUPS:
        members = BitMap()
        for outcome in group(name):
            members |= bitmaps.get(("outcome", outcome), BitMap())
        bitmaps[("outcome_group", name)] = members
    if _has(conn, "round_robin_members"):
        rows = conn.execute("SELECT m.round_robin_id, r.rowid FROM round_robin_members m "
                            "JOIN responses r ON r.id = m.response_id")
        position = found.position
        any_group = BitMap()
        for gid, rowid in rows:
            bitmaps.setdefault(("round_robin", gid), BitMap()).add(position[rowid])
            any_group.add(position[rowid])
        bitmaps[("in_round_robin", 1)] = any_group


def compute(conn: sqlite3.Connection) -> tuple[array, dict[tuple[str, object], BitMap]]:
    """(rowids in row-number order, {(facet, value): BitMap}) from the corpus as it is."""
    rowids, position = _order(conn)
    found = _Collector(position)
    _collect(conn, found)
    bitmaps = {key: BitMap(rows) for key, rows in found.found.items()}
    _derived(conn, found, bitmaps)
    for bm in bitmaps.values():
        bm.run_optimize()
    return rowids, bitmaps


def write_facet_index(conn: sqlite3.Connection, response_ids=None) -> dict:
    """(Re)write both tables in one transaction; returns {'rows': n, 'bitmaps': k}.
    response_ids (an incremental build's batch): the stored index is brought up to date from
    its previous bitmaps instead (archive/facet_index_update.py), the same tables as a rewrite."""
    if response_ids is not None:
        from archive.facet_index_update import updated

        done = updated(conn, response_ids)
        if done is not None:
            return store(conn, *done)
    return store(conn, *compute(conn))


def store(conn: sqlite3.Connection, rowids: array, bitmaps: dict) -> dict:
    conn.commit()
    conn.execute("BEGIN")
    try:
        conn.execute(f"DROP TABLE IF EXISTS {BITMAPS}")
        conn.execute(f"DROP TABLE IF EXISTS {ROWS}")
        for statement in DDL.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.executemany(f"INSERT INTO {BITMAPS}(facet, value, n, bitmap) VALUES (?, ?, ?, ?)",
                         ((facet, value, len(bm), bm.serialize())
                          for (facet, value), bm in sorted(bitmaps.items(), key=_sort_key)))
        conn.executemany(f"INSERT INTO {ROWS}(part, rowids) VALUES (?, ?)",
                         ((i // PART, rowids_to_blob(rowids[i:i + PART]))
                          for i in range(0, len(rowids), PART)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return {"rows": len(rowids), "bitmaps": len(bitmaps)}


def _sort_key(item):
    (facet, value), _ = item
    return (facet, str(type(value)), value)


def read_facet_index(conn: sqlite3.Connection) -> tuple[array, dict[tuple[str, object], BitMap]]:
    """The stored index, as compute() returns it (what the site loads, and tests compare)."""
    rowids = _uint32([])
    for (blob,) in conn.execute(f"SELECT rowids FROM {ROWS} ORDER BY part"):
        rowids.extend(blob_to_rowids(blob))
    bitmaps = {(facet, value): BitMap.deserialize(blob) for facet, value, blob in
               conn.execute(f"SELECT facet, value, bitmap FROM {BITMAPS}")}
    return rowids, bitmaps


def has_facet_index(conn: sqlite3.Connection) -> bool:
    return _has(conn, BITMAPS) and _has(conn, ROWS)


def describe(bitmaps: dict) -> str:
    """One line per facet with its number of values (for --help-like debugging output)."""
    facets: dict[str, int] = {}
    for facet, _ in bitmaps:
        facets[facet] = facets.get(facet, 0) + 1
    return json.dumps(facets, sort_keys=True)
