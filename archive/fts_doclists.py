"""Each chosen index term's rows and its count in each, read from FTS5's own leaf pages (issue 17).

The search-rank lists (archive/search_rank.py) need, for every common term, every row holding it
and how often. FTS5's `fts5vocab` instance table yields one SQL row per occurrence (~120M at
200,000 responses, ~0.25 us each with the text they are passed through). The index already
stores what is needed: each row's position list follows its rowid, and a term's count in a row
is the number of positions in that list. Here the leaf pages are read once, in order, and a
compiled loop (numba) walks the listed terms' doclists and counts positions.

Format (SQLite's ext/fts5/fts5_index.c, "Segment leaves"): a leaf starts with two big-endian
16-bit fields (offset of a literal first rowid on a termless start, offset of the page footer);
the footer holds delta-encoded offsets of the terms on the page. A page's first term is whole
(varint size, bytes), later ones share a prefix with the one before (varint prefix, varint new
size, bytes). A doclist is a rowid (absolute after a term or at a page's start, a delta
otherwise), then a poslist size (bytes * 2, plus 1 for a delete marker) and the poslist: varint
positions (offset + 2) with `0x01, column` switching columns. Terms carry a one-byte index
prefix (`0` for the main index).

Only the shape a full build leaves is read: one segment (the build ends with 'optimize'), the
legacy structure record, no delete markers. Anything else, and any term whose rows or total
count disagree with the index's own figures (fts5vocab `row`), is left to the caller's
per-occurrence reading (`search_rank._term_counts`), so an unexpected layout costs time, never
a wrong count.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import numpy as np

MAIN_PREFIX = b"0"                  # the main index's term prefix (prefix indexes use 1-9)
STRUCTURE_ID = 10                   # FTS5_STRUCTURE_ROWID
STRUCTURE_V2 = b"\xff\x00\x00\x01"  # contentless_delete=1 tables' structure records
PAGE_BITS = 31 + 5 + 1              # segment id << (page, height, doclist-index bits)

# kernel state: one int64 array carried across calls and pages
MODE, ABSOLUTE, ROWID, LEFT, COUNT, IN_VARINT, COLUMN_NEXT, ERROR, FIRST_AT = range(9)
EXPECT_ROWID, EXPECT_SIZE, IN_POSLIST = 0, 1, 2

_kernel = None   # compiled on first use (numba import and cache load ~1 s)


def _varint(buf, pos: int, end: int):
    """SQLite varint at pos: (value, next pos), or (-1, end) if it runs past end."""
    value = 0
    for n in range(9):
        if pos >= end:
            return -1, end
        byte = buf[pos]
        pos += 1
        if n == 8:
            return (value << 8) | byte, pos
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, pos
    return -1, end


def _walk(buf, pos, end, st, docs, counts):
    """Read the doclist bytes buf[pos:end] of one term, carrying `st` across page edges: each
    rowid goes to docs, its number of positions to counts. Sets st[ERROR] on anything outside
    the format (a varint cut by the page edge, a delete marker, rowids not increasing)."""
    while pos < end and st[ERROR] == 0:
        mode = st[MODE]
        if mode == EXPECT_ROWID:
            start = pos
            value, pos = _varint(buf, pos, end)
            if value < 0:
                st[ERROR] = 1
                break
            if st[ABSOLUTE] == 1:
                if st[FIRST_AT] == -1:
                    st[FIRST_AT] = start
                if st[COUNT] > 0 and value <= st[ROWID]:
                    st[ERROR] = 2
                    break
                st[ROWID] = value
                st[ABSOLUTE] = 0
            else:
                if value <= 0:
                    st[ERROR] = 3
                    break
                st[ROWID] += value
            n = st[COUNT]
            if n >= docs.shape[0]:
                st[ERROR] = 4
                break
            docs[n] = st[ROWID]
            counts[n] = 0
            st[COUNT] = n + 1
            st[MODE] = EXPECT_SIZE
        elif mode == EXPECT_SIZE:
            value, pos = _varint(buf, pos, end)
            if value < 0 or value & 1:
                st[ERROR] = 5
                break
            st[LEFT] = value >> 1
            st[MODE] = IN_POSLIST
            if st[LEFT] == 0:
                st[ERROR] = 6
                break
        else:
            stop = min(end, pos + st[LEFT])
            n = st[COUNT] - 1
            found = 0
            in_varint, column_next = st[IN_VARINT], st[COLUMN_NEXT]
            for i in range(pos, stop):
                byte = buf[i]
                if in_varint == 0:   # a varint starts here
                    if column_next == 1:
                        column_next = 0          # the column number after 0x01
                    elif byte == 1:
                        column_next = 1          # a column switch, not a position
                    else:
                        found += 1
                in_varint = 1 if byte >= 0x80 else 0
            counts[n] += found
            st[IN_VARINT], st[COLUMN_NEXT] = in_varint, column_next
            st[LEFT] -= stop - pos
            pos = stop
            if st[LEFT] == 0:
                if in_varint == 1 or column_next == 1:
                    st[ERROR] = 7
                    break
                st[MODE] = EXPECT_ROWID


def use_compiled() -> bool:
    """Compile the walk (numba); False without numba (the caller reads per occurrence)."""
    global _kernel
    if _kernel is None:
        try:
            from numba import njit
        except ImportError:
            return False
        import types

        # the walk compiled against a compiled varint; the Python ones stay for the pages' heads
        scope = dict(globals(), _varint=njit(cache=True, nogil=True)(_varint))
        _kernel = njit(cache=True, nogil=True)(
            types.FunctionType(_walk.__code__, scope, "_walk"))
    return True


def single_segment(conn: sqlite3.Connection, fts: str) -> tuple[int, int, int] | None:
    """(segment id, first leaf, last leaf) when the index is one legacy-format segment."""
    row = conn.execute(f"select block from {fts}_data where id = ?", (STRUCTURE_ID,)).fetchone()
    blob = bytes(row[0]) if row and row[0] else b""
    if len(blob) < 7 or blob[4:8] == STRUCTURE_V2:
        return None
    values, pos = [], 4
    while pos < len(blob):
        value, pos = _varint(blob, pos, len(blob))
        if value < 0:
            return None
        values.append(value)
    levels, segments = values[0], values[1]
    if segments != 1:
        return None
    at, found = 3, None
    for _ in range(levels):
        if at + 2 > len(values):
            return None
        merging, count = values[at], values[at + 1]
        at += 2
        for _ in range(count):
            found = tuple(values[at:at + 3])
            at += 3
        if merging:
            return None
    return found if found and len(found) == 3 and found[1] >= 1 else None


def _page_terms(page: bytes, footer: int) -> list[int]:
    """Offsets of the terms on a leaf page, from its footer."""
    offsets, at, pos = [], 0, footer
    while pos < len(page):
        delta, pos = _varint(page, pos, len(page))
        if delta < 0:
            raise ValueError("footer")
        at += delta
        offsets.append(at)
    return offsets


def term_counts(conn: sqlite3.Connection, fts: str, terms: set[str], rows: int,
                ) -> Iterator[tuple[str, np.ndarray, np.ndarray]]:
    """(term, rowids ascending, occurrences in each) for each of `terms` the single-segment
    index holds in the expected shape; terms not yielded are for the caller to read otherwise.
    Yields nothing when the index is not one segment or numba is missing."""
    segment = single_segment(conn, fts)
    if segment is None or not terms or not use_compiled():
        return
    segid, first, last = segment
    wanted = {MAIN_PREFIX + t.encode("utf-8") for t in terms}
    docs = np.zeros(rows + 1, dtype=np.int64)
    counts = np.zeros(rows + 1, dtype=np.int64)
    st = np.zeros(9, dtype=np.int64)
    current = None          # the listed term whose doclist is being read
    term = b""
    expect = first
    base = segid << PAGE_BITS
    cursor = conn.execute(f"select id, block from {fts}_data where id between ? and ? "
                          f"order by id", (base + first, base + last))
    for page_id, block in cursor:
        if page_id != base + expect:   # a missing leaf: stop, the rest is read otherwise
            return
        expect += 1
        page = bytes(block)
        if len(page) < 4:
            return
        rowid_at = (page[0] << 8) | page[1]
        footer = (page[2] << 8) | page[3]
        if footer > len(page) or footer < 4:
            return
        offsets = _page_terms(page, footer)
        buf = np.frombuffer(page, dtype=np.uint8)
        body_end = offsets[0] if offsets else footer
        if current is not None:    # the doclist goes on from the last page
            st[ABSOLUTE], st[FIRST_AT] = 1, -1
            _kernel(buf, 4, body_end, st, docs, counts)
            if st[ERROR] or st[FIRST_AT] != (rowid_at if 0 < rowid_at < body_end else -1):
                current = None
        for k, at in enumerate(offsets):
            if current is not None:
                yield from _finished(current, st, docs, counts)
            if k == 0:
                size, pos = _varint(page, at, footer)
                term = page[pos:pos + size]
            else:
                keep, pos = _varint(page, at, footer)
                size, pos = _varint(page, pos, footer)
                term = term[:keep] + page[pos:pos + size]
            pos += size
            end = offsets[k + 1] if k + 1 < len(offsets) else footer
            current = None
            if term in wanted:
                current = term
                st[:] = 0
                st[ABSOLUTE], st[FIRST_AT] = 1, -1
                _kernel(buf, pos, end, st, docs, counts)
                if st[ERROR] or st[FIRST_AT] != pos:
                    current = None
    if current is not None and expect == last + 1:
        yield from _finished(current, st, docs, counts)


def _finished(term: bytes, st: np.ndarray, docs: np.ndarray, counts: np.ndarray):
    if st[ERROR] == 0 and st[MODE] == EXPECT_ROWID and st[COUNT] > 0:
        n = int(st[COUNT])
        yield term[len(MAIN_PREFIX):].decode("utf-8"), docs[:n].copy(), counts[:n].copy()
