"""Stored LSH band keys of the near-duplicate groups' representatives (passage clusters and
round-robin requests: nlp/lsh_groups.py), so a later batch finds old groups by indexed lookups.

    nlp_reps       (rowid = rep, kind, group_id, folded, keys BLOB)    one row a group
    nlp_rep_bands  (band_key, rep) WITHOUT ROWID, clustered            one row a group and band

`band_key` carries the group's kind above the LSH key (kind number << 40 | key; a key is
< 2**40), so a bucket holds one kind's groups. `rep` grows in insertion order within a kind, so a
bucket is read oldest first, as the old layout's rowids gave it, and a lookup's LIMIT keeps the
same groups. The keys blob of a group lets its bucket rows be deleted without an index on `rep`.

The old layout (nlp_bands rows of text: kind, band key, group id, and two indexes over them) cost
a 1M build ~20 s of inserts and 21 s of index builds for 10.5M request rows; a full rebuild now
spills (key, rep) pairs to a file while it groups and inserts them once, sorted, at the end.
"""

import json
import tempfile

import numpy as np

from archive.corpus_schema import NLP_REP_TABLES

KIND_NO = {"request": 0, "passage": 1}
_KIND_SHIFT = 40
_REP_BITS = 22          # a full rebuild sorts (band key << 22 | rep): band keys are < 2**41
_JSON_ROWS = 1 << 18    # bucket rows per JSON array SQLite unpacks (its text: ~5 MB)


def ensure(conn) -> None:
    conn.executescript(NLP_REP_TABLES)
    if "keys" not in {r[1] for r in conn.execute("PRAGMA table_info(nlp_reps)")}:
        conn.execute("ALTER TABLE nlp_reps ADD COLUMN [keys] BLOB")  # corpora before the layout


def reset(conn) -> None:
    """A full rebuild: dropping the table is far cheaper than deleting its rows."""
    conn.execute("DROP TABLE IF EXISTS nlp_rep_bands")
    conn.executescript(NLP_REP_TABLES)


def stored_keys(kind: str, keys) -> np.ndarray:
    return np.asarray(keys, dtype=np.int64) | (KIND_NO[kind] << _KIND_SHIFT)


def blob(keys) -> bytes:
    return np.asarray(keys, dtype=np.int64).tobytes()


def first_rep(conn, kind: str) -> int:
    """The first free rep number of a kind: even for requests, odd for passages, above every
    stored one, so two groupers writing at once never collide."""
    top = conn.execute("select coalesce(max(rowid), 0) from nlp_reps").fetchone()[0]
    return ((top >> 1) + 1) * 2 + KIND_NO[kind]


def lookup(conn, kind: str, keys: list[int], limit: int) -> list[str]:
    """Group ids in the buckets of `keys`, bucket by bucket in key order, oldest first."""
    wanted = stored_keys(kind, keys).tolist()
    marks = ",".join("?" * len(wanted))
    return [r[0] for r in conn.execute(
        f"select r.group_id from nlp_rep_bands b join nlp_reps r on r.rowid = b.rep "
        f"where b.band_key in ({marks}) order by b.band_key, b.rep limit {limit}", wanted)]


def add(conn, kind: str, rows: list[tuple[int, list[int]]]) -> None:
    """rows: (rep, band keys). In key order: a batch's rows land all over the clustered table,
    and in order each of its pages is visited once."""
    conn.executemany("INSERT OR IGNORE INTO nlp_rep_bands (band_key, rep) VALUES (?, ?)",
                     sorted((k, rep) for rep, keys in rows
                            for k in stored_keys(kind, keys).tolist()))


def forget(conn, kind: str, group_ids: list[str]) -> None:
    """Delete the bucket rows and representatives of these groups."""
    marks = ",".join("?" * len(group_ids))
    stored = conn.execute(f"select rowid, keys from nlp_reps where kind = ? and group_id in "
                          f"({marks})", [kind, *group_ids]).fetchall()
    conn.executemany("DELETE FROM nlp_rep_bands WHERE band_key = ? AND rep = ?",
                     ((k, rep) for rep, keys in stored if keys
                      for k in stored_keys(kind, np.frombuffer(keys, dtype=np.int64)).tolist()))
    conn.execute(f"delete from nlp_reps where kind = ? and group_id in ({marks})",
                 [kind, *group_ids])


class Spill:
    """A full rebuild's bucket rows, (band key, rep) as two int64 columns appended to an
    unlinked temporary file while the groups are made (not in memory: the chunk loop is the
    build's memory peak), inserted sorted by `write_bulk` at the end."""

    def __init__(self):
        self.file = tempfile.TemporaryFile(prefix="foi-rep-bands-")  # noqa: SIM115 - closed in write_bulk
        self.rows = 0

    def add(self, kind: str, rows: list[tuple[int, list[int]]]) -> None:
        if not rows:
            return
        keys = np.concatenate([stored_keys(kind, keys) for _rep, keys in rows])
        reps = np.repeat(np.array([rep for rep, _ in rows], dtype=np.int64),
                         [len(keys) for _rep, keys in rows])
        self.file.write(np.stack([keys, reps], axis=1).tobytes())
        self.rows += len(keys)

    def read(self) -> np.ndarray:
        self.file.seek(0)
        pairs = np.fromfile(self.file, dtype=np.int64).reshape(-1, 2)
        self.file.close()
        return pairs


def write_bulk(conn, spills: list["Spill"]) -> None:
    """Full rebuild into the empty table: rows sorted by the clustered key, so the B-tree is
    only appended to."""
    parts = [s.read() for s in spills if s is not None]
    pairs = np.concatenate(parts) if parts else np.zeros((0, 2), dtype=np.int64)
    if not len(pairs):
        return
    keys, reps = pairs[:, 0], pairs[:, 1]
    if reps.max() >= 1 << _REP_BITS:   # too many groups to pack a rep beside a key in 63 bits
        order = np.lexsort((reps, keys))
        conn.executemany("INSERT INTO nlp_rep_bands (band_key, rep) VALUES (?, ?)",
                         zip(keys[order].tolist(), reps[order].tolist(), strict=True))
        return
    packed = (keys << _REP_BITS) | reps
    del pairs, keys, reps, parts
    packed.sort()
    for lo in range(0, len(packed), _JSON_ROWS):
        conn.execute(f"INSERT INTO nlp_rep_bands (band_key, rep) SELECT value >> {_REP_BITS}, "
                     f"value & {(1 << _REP_BITS) - 1} FROM json_each(?)",
                     (json.dumps(packed[lo:lo + _JSON_ROWS].tolist()),))


def migrate_legacy(conn) -> None:
    """Corpora written before this layout kept the groups' band keys in nlp_bands rows (kinds
    'request' and 'passage') and their representatives without rowids chosen by kind: their
    keys move here (a representative keeps its rowid; new ones are numbered above it)."""
    if conn.execute("select 1 from nlp_bands where kind in ('request', 'passage') "
                    "limit 1").fetchone() is None:
        return
    bands = []
    for kind in KIND_NO:
        own: dict[int, list[int]] = {}
        for rep, key in conn.execute(
                "select r.rowid, b.band_key from nlp_bands b join nlp_reps r "
                "on r.kind = b.kind and r.group_id = b.group_id where b.kind = ? "
                "order by b.rowid", [kind]):
            own.setdefault(rep, []).append(key)
        conn.executemany("UPDATE nlp_reps SET keys = ? WHERE rowid = ?",
                         ((blob(keys), rep) for rep, keys in own.items()))
        bands += [(k, rep) for rep, keys in own.items()
                  for k in stored_keys(kind, keys).tolist()]
    conn.executemany("INSERT OR IGNORE INTO nlp_rep_bands (band_key, rep) VALUES (?, ?)",
                     sorted(bands))
    conn.execute("delete from nlp_bands where kind in ('request', 'passage')")
