"""Near-duplicate groups (passage clusters, round-robin requests) found through LSH band keys,
their representatives and band keys kept in `nlp_reps` / `nlp_rep_bands` for later batches."""

import hashlib
import os
import tempfile
from collections import Counter, OrderedDict

import numpy as np

from . import derive_settings as cfg
from . import rep_bands
from .band_buckets import BandBuckets


class Grouper:
    """Near-duplicate groups (passage clusters, round-robin requests) indexed by LSH.

    Only each group's representative (its first member) is banded and stored, in `nlp_reps`
    and `nlp_rep_bands`, so the index grows with the number of distinct wordings, not with the
    number of passages, and a later batch finds old groups by indexed band lookups.
    """

    def __init__(self, db, kind: str, bands: int, same, prefix: str):
        self.db, self.kind, self.bands, self.same, self.prefix = db, kind, bands, same, prefix
        # A band shared by many wordings (a common opening) would make every lookup scan all
        # of them, O(N) per item: like the corpus lookup (LIMIT BUCKET_CAP), scan the newest.
        self.mem_bands = BandBuckets(cfg.BUCKET_CAP)  # values: indexes into self.new_groups
        self.new_groups: list[str] = []
        # Representatives in memory, least recently used first: flushed ones beyond REP_CACHE
        # are read back from nlp_reps, so memory does not grow with the number of wordings.
        self.mem_reps: OrderedDict[str, str] = OrderedDict()
        self.evicted = False
        self.exact: dict[bytes, str] = {}  # digest of a wording seen -> its group
        self.pending: list[tuple[int, str, str, list[int]]] = []
        self.db_empty = db.execute("select count(*) from nlp_reps where kind = ?",
                                   [kind]).fetchone()[0] == 0
        self.next_rep = rep_bands.first_rep(db.conn, kind)  # nlp_reps rowid, this kind's parity
        # a full rebuild's bucket rows go to a file, inserted sorted at the end (`take_spill`)
        self.band_spill = rep_bands.Spill() if self.db_empty else None
        # A full rebuild knows every group it made: their ids in a set, their wordings in a
        # spill file by group index (_Spill). A representative evicted from mem_reps is read
        # back from there, not from nlp_reps: at a million requests that was ~1M random reads
        # of the corpus file (~140 us each) where a read from the page cache costs a few us.
        self.known: set[str] = set()
        self.spill = _Spill() if self.db_empty else None

    def assign(self, folded: str, keys: list[int]) -> str:
        """The group of one wording; `keys`: its LSH band keys (`self.bands` of them)."""
        digest = _digest(folded)
        if digest in self.exact:
            return self.exact[digest]
        groups = self.new_groups
        if self.db_empty:
            for g in self.mem_bands.top_voted(keys, 8):
                if self.same(folded, self._rep_at(g)):
                    self.exact[digest] = groups[g]
                    return groups[g]
        else:  # this batch's groups, then the corpus's
            votes = Counter(groups[g] for k in keys for g in self.mem_bands.members(k))
            votes.update(rep_bands.lookup(self.db.conn, self.kind, keys, cfg.BUCKET_CAP))
            for gid, _ in votes.most_common(8):
                if self.same(folded, self._rep(gid)):
                    self.exact[digest] = gid
                    return gid
        gid = self.prefix + _stable_hash(folded)
        while gid in self.mem_reps or (self.db_empty and gid in self.known) or (
                not self.db_empty and self._rep(gid)):
            gid = self.prefix + _stable_hash(gid)  # same wording hash, different group
        self.mem_reps[gid] = folded
        self.mem_bands.add(keys, len(groups))
        if self.spill is not None:
            self.known.add(gid)
            self.spill.add(len(groups), folded)
        groups.append(gid)
        self.pending.append((self.next_rep, gid, folded, keys))
        self.next_rep += 2
        self.exact[digest] = gid
        return gid

    def _rep_at(self, g: int) -> str:
        """The representative of this build's group number g (full rebuild)."""
        gid = self.new_groups[g]
        reps = self.mem_reps
        if gid in reps:
            reps.move_to_end(gid)
            return reps[gid]
        reps[gid] = folded = self.spill.read(g)
        return folded

    def _rep(self, gid: str) -> str:
        reps = self.mem_reps
        if gid in reps:
            reps.move_to_end(gid)
            return reps[gid]
        row = self.db.execute("select folded from nlp_reps where kind = ? and group_id = ?",
                              [self.kind, gid]).fetchone()
        return reps.setdefault(gid, row[0] if row else "")

    def flush(self) -> None:
        if not self.pending:
            return
        conn = self.db.conn
        conn.executemany("INSERT OR REPLACE INTO nlp_reps (rowid, kind, group_id, folded, keys) "
                         "VALUES (?, ?, ?, ?, ?)",
                         ((rep, self.kind, g, f, rep_bands.blob(keys))
                          for rep, g, f, keys in self.pending))
        bands = [(rep, keys) for rep, _g, _f, keys in self.pending]
        if self.band_spill is not None:
            self.band_spill.add(self.kind, bands)
        else:
            rep_bands.add(conn, self.kind, bands)
        self.pending = []
        if self.spill is not None:
            self.spill.flush()
        while len(self.mem_reps) > cfg.REP_CACHE:  # all written now: any can be read back
            self.mem_reps.popitem(last=False)
            self.evicted = True

    def take_spill(self) -> "rep_bands.Spill | None":
        """A full rebuild's bucket rows, for `rep_bands.write_bulk` (None when incremental)."""
        spill, self.band_spill = self.band_spill, None
        return spill


class _Spill:
    """Wordings by group number in an unlinked temporary file (the OS page cache holds it, not
    this process), read back one at a time with pread."""

    def __init__(self):
        self.file = tempfile.TemporaryFile(prefix="foi-reps-")  # noqa: SIM115 - closed with the object
        self.out = open(self.file.fileno(), "wb", buffering=1 << 20, closefd=False)  # noqa: SIM115
        self.size = 0
        self.offsets = np.zeros(1 << 12, dtype=np.int64)
        self.lengths = np.zeros(1 << 12, dtype=np.int32)

    def add(self, g: int, folded: str) -> None:
        data = folded.encode()
        if g >= len(self.offsets):
            self.offsets = np.resize(self.offsets, 2 * g + 1)
            self.lengths = np.resize(self.lengths, 2 * g + 1)
        self.offsets[g], self.lengths[g] = self.size, len(data)
        self.out.write(data)
        self.size += len(data)

    def flush(self) -> None:
        self.out.flush()

    def read(self, g: int) -> str:
        return os.pread(self.file.fileno(), int(self.lengths[g]), int(self.offsets[g])).decode()


def drop_empty_groups(db, kind: str, member_sql: str, group_ids: set[str]) -> None:
    """Forget the representatives and band keys of groups no member is left in."""
    for chunk in cfg.chunks(sorted(group_ids)):
        marks = ",".join("?" * len(chunk))
        alive = {r[0] for r in db.execute(member_sql.format(marks=marks), chunk)}
        dead = [g for g in chunk if g not in alive]
        if dead:
            rep_bands.forget(db.conn, kind, dead)


def _stable_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _digest(text: str) -> bytes:
    """128-bit digest: a wording's key in memory at a fraction of the text's size."""
    return hashlib.blake2b(text.encode(), digest_size=16).digest()
