"""Near-duplicate groups (passage clusters, round-robin requests) found through LSH band keys,
their representatives and band keys kept in `nlp_reps` / `nlp_bands` for later batches."""

import hashlib
from collections import Counter, OrderedDict

from . import derive_settings as cfg
from .band_buckets import BandBuckets


class Grouper:
    """Near-duplicate groups (passage clusters, round-robin requests) indexed by LSH.

    Only each group's representative (its first member) is banded and stored, in `nlp_reps`
    and `nlp_bands`, so the index grows with the number of distinct wordings, not with the
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
        self.pending: list[tuple[str, str, list[int]]] = []
        self.db_empty = db.execute("select count(*) from nlp_reps where kind = ?",
                                   [kind]).fetchone()[0] == 0

    def assign(self, folded: str, keys: list[int]) -> str:
        """The group of one wording; `keys`: its LSH band keys (`self.bands` of them)."""
        digest = _digest(folded)
        if digest in self.exact:
            return self.exact[digest]
        groups = self.new_groups
        if self.db_empty:
            ranked = [groups[g] for g in self.mem_bands.top_voted(keys, 8)]
        else:  # this batch's groups, then the corpus's
            votes = Counter(groups[g] for k in keys for g in self.mem_bands.members(k))
            marks = ",".join("?" * len(keys))
            votes.update(r[0] for r in self.db.execute(
                f"select group_id from nlp_bands where kind = ? and band_key in ({marks}) "
                f"limit {cfg.BUCKET_CAP}", [self.kind, *keys]))
            ranked = [gid for gid, _ in votes.most_common(8)]
        for gid in ranked:
            if self.same(folded, self._rep(gid)):
                self.exact[digest] = gid
                return gid
        gid = self.prefix + _stable_hash(folded)
        while gid in self.mem_reps or ((self.evicted or not self.db_empty) and self._rep(gid)):
            gid = self.prefix + _stable_hash(gid)  # same wording hash, different group
        self.mem_reps[gid] = folded
        self.mem_bands.add(keys, len(groups))
        groups.append(gid)
        self.pending.append((gid, folded, keys))
        self.exact[digest] = gid
        return gid

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
        conn.executemany("INSERT OR REPLACE INTO nlp_reps (kind, group_id, folded) "
                         "VALUES (?, ?, ?)", ((self.kind, g, f) for g, f, _ in self.pending))
        conn.executemany("INSERT INTO nlp_bands (kind, band_key, group_id) VALUES (?, ?, ?)",
                         ((self.kind, k, g) for g, _, keys in self.pending for k in keys))
        self.pending = []
        while len(self.mem_reps) > cfg.REP_CACHE:  # all written now: any can be read back
            self.mem_reps.popitem(last=False)
            self.evicted = True


def drop_empty_groups(db, kind: str, member_sql: str, group_ids: set[str]) -> None:
    """Forget the representatives and band keys of groups no member is left in."""
    for chunk in cfg.chunks(sorted(group_ids)):
        marks = ",".join("?" * len(chunk))
        alive = {r[0] for r in db.execute(member_sql.format(marks=marks), chunk)}
        dead = [g for g in chunk if g not in alive]
        if dead:
            dm = ",".join("?" * len(dead))
            db.execute(f"delete from nlp_reps where kind = ? and group_id in ({dm})",
                       [kind, *dead])
            db.execute(f"delete from nlp_bands where kind = ? and group_id in ({dm})",
                       [kind, *dead])


def _stable_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _digest(text: str) -> bytes:
    """128-bit digest: a wording's key in memory at a fraction of the text's size."""
    return hashlib.blake2b(text.encode(), digest_size=16).digest()
