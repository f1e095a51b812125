"""The segments of an FTS5 index, read from its structure record (for checks and the bench).

    segments(conn, "responses_fts")   # -> [Segment(level=1, segid=1, leaves=59353)]

FTS5 keeps an index as b-tree-like segments grouped in levels and merges them as rows are
added. A full build leaves one segment (archive/corpus_fts.py); an incremental build adds one
per batch without merging (`batch_settings`: archive/corpus_append.py, nlp/derive.py). Format: fts5_index.c, "structure
record": a 4-byte cookie, then varints nLevel, nSegment, nWriteCounter, then per level
nMerge, nSeg and per segment iSegid, pgnoFirst, pgnoLast.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

STRUCTURE_ROWID = 10


class Segment(NamedTuple):
    level: int
    segid: int
    leaves: int


def _varint(blob: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = blob[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def segments(conn: sqlite3.Connection, table: str) -> list[Segment]:
    row = conn.execute(f'select block from "{table}_data" where id = ?',
                       (STRUCTURE_ROWID,)).fetchone()
    if not row or not row[0]:
        return []
    blob, at = row[0], 4
    levels, at = _varint(blob, at)
    _count, at = _varint(blob, at)
    _writes, at = _varint(blob, at)
    out = []
    for level in range(levels):
        _merge, at = _varint(blob, at)
        count, at = _varint(blob, at)
        for _ in range(count):
            segid, at = _varint(blob, at)
            first, at = _varint(blob, at)
            last, at = _varint(blob, at)
            out.append(Segment(level, segid, last - first + 1))
    return out


# FTS5 settings while a batch is added to a large index, and FTS5's defaults (fts5_config.c)
# put back after it. With automerge on, a batch's new segments set off merges of the full
# build's large ones (200k corpus: 1,000 responses rewrote 47,000 of the responses index's
# ~60,000 pages); a larger term buffer writes the batch as fewer segments. FTS5's crisis merge
# of a level with 16 segments still bounds how many accumulate.
BATCH_CONFIG = (("automerge", 0), ("hashsize", 64 * 2**20))
DEFAULT_CONFIG = (("automerge", 4), ("hashsize", 1024 * 1024))


@contextmanager
def batch_settings(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Inside the caller's transaction: `table` takes BATCH_CONFIG for the block, then FTS5's
    defaults again, with no settings rows left behind (the corpus's %_config holds only
    `version`, as a full build leaves it)."""
    for key, value in BATCH_CONFIG:
        conn.execute(f'INSERT INTO "{table}"("{table}", rank) VALUES (?, ?)', (key, value))
    yield
    # the commands reset this connection's settings (FTS5 writes its term buffer out first);
    # the rows they store are then removed, so other connections read the defaults too
    for key, value in DEFAULT_CONFIG:
        conn.execute(f'INSERT INTO "{table}"("{table}", rank) VALUES (?, ?)', (key, value))
    conn.execute(f'DELETE FROM "{table}_config" WHERE k IN '
                 f"({','.join('?' * len(DEFAULT_CONFIG))})", [k for k, _ in DEFAULT_CONFIG])
