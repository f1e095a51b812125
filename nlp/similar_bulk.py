"""Similar responses for a full rebuild, computed over integer columns instead of per-response
Counters, and in worker processes.

It finds exactly what the incremental path (`corpus.Similar`) finds when it processes every
response in id order from an empty corpus:

- a response's candidates are, in each of its term bands, the newest `cap` earlier responses
  with the same band key; they are ranked by votes (bands shared), ties in first-seen order
  (band order, then oldest first), and the first `candidates` are scored by Jaccard of their
  term sets; its own list is its best `k` (score >= `min_score`, ties by id);
- a later response entering an earlier one's list is an offer, so each final list is the best
  `k` of the response's own list and the offers made to it.

Both halves are pure functions of the band keys and term sets, so the own lists are computed in
blocks by a compiled kernel in parallel threads, and the offers are merged with one sort.
Memory: a few integer columns per response (about 0.4 KB at 32 bands), no Python objects.
"""

import os
from array import array
from concurrent.futures import ThreadPoolExecutor

import numpy as np

try:
    from numba import njit
except ImportError:  # same results, plain Python speed
    def njit(**_options):
        return lambda f: f

_BLOCK = 4000  # responses per worker task
# Packed offers: owner << 38 | (10000 - score * 10000) << 24 | other, for fewer than 2**24
# responses. Scores are round(x, 4) in [0, 1], so score * 10000 is an integer that gives the
# same float back (k / 10000 is the double nearest k/10^4, as round() returns).
_PACK_LIMIT = 1 << 24
_OWNER_SHIFT, _SCORE_SHIFT, _SCALE = 38, 24, 10000


class TermColumns:
    """Band keys and term sets of the responses, in processing order, as flat integer arrays."""

    def __init__(self, bands: int):
        self.bands = bands
        self.ids: list[str] = []
        self.vocab = _Vocab()
        self.term_ids = array("i")
        self.offsets = array("q", [0])
        self.keys = array("I")  # a band key is (crc << 8 | band): the crc alone, per band

    def add(self, rid: str, terms: tuple[str, ...], keys: list[int]) -> None:
        """terms: sorted (the same set gives the same ids whatever its iteration order)."""
        self.ids.append(rid)
        self.term_ids.extend(map(self.vocab.__getitem__, terms))
        self.offsets.append(len(self.term_ids))
        self.keys.extend(key >> 8 for key in keys)

    def __len__(self) -> int:
        return len(self.ids)


class _Vocab(dict):
    """term -> id, a new term getting the next id (looked up by a C-level map)."""

    def __missing__(self, term: str) -> int:
        self[term] = term_id = len(self)
        return term_id


# Columns shared with forked workers (set before the pool starts, read-only afterwards).
_COLS: dict = {}


def similar_lists(cols: TermColumns, cap: int, candidates: int, k: int, min_score: float,
                  workers: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Final top-k lists: (owner index, other index, score) rows, each owner's rows best first.
    Consumes `cols.keys`."""
    n = len(cols)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    _COLS.clear()
    _COLS.update(_windows(cols, cap))
    cols.keys = array("I")  # consumed: the windows hold what the lookups need
    offsets = np.frombuffer(cols.offsets, dtype=np.int64)
    _COLS.update(offsets=offsets, term_ids=np.frombuffer(cols.term_ids, dtype=np.int32),
                 candidates=candidates, k=k, min_score=min_score,
                 rounded=_rounded_scores(int(np.diff(offsets).max())))
    blocks = [(lo, min(lo + _BLOCK, n)) for lo in range(0, n, _BLOCK)]
    try:
        # the first block in this thread compiles the kernel; the kernel releases the GIL, so
        # threads share the columns without copying them to worker processes
        parts = [_own_lists(blocks[0])]
        with ThreadPoolExecutor(max(1, min(workers, os.cpu_count() or 1))) as pool:
            parts += pool.map(_own_lists, blocks[1:])
    finally:
        _COLS.clear()
    if n < _PACK_LIMIT:
        # one int64 sort key per offer (owner, score, other), each block packed and freed as
        # it is joined: at 1M responses the merge holds ten million offers, the build's
        # memory peak (~80 MB packed; three columns and a lexsort took ~400 MB)
        packed = []
        while parts:
            q, c, s = parts.pop(0)
            packed.append(_packed_offers(q, c, s))
        return _merge_packed(np.concatenate(packed), k)
    own_q = np.concatenate([p[0] for p in parts]).astype(np.int32)
    own_c = np.concatenate([p[1] for p in parts]).astype(np.int32)
    own_s = np.concatenate([p[2] for p in parts])
    del parts
    return _merge_offers(own_q, own_c, own_s, k)

def _windows(cols: TermColumns, cap: int) -> dict:
    """Per band, responses sorted by key (stable: id order within a bucket); per response and
    band, its place in that order and how many earlier ones of its bucket are candidates."""
    n, bands = len(cols), cols.bands
    keys = np.frombuffer(cols.keys, dtype=np.uint32).reshape(n, bands)
    order = np.empty((bands, n), dtype=np.int32)
    place = np.empty((n, bands), dtype=np.int32)
    width = np.empty((n, bands), dtype=np.int16)
    positions = np.arange(n, dtype=np.int32)
    for b in range(bands):
        column = keys[:, b]
        by_key = np.argsort(column, kind="stable").astype(np.int32)
        sorted_keys = column[by_key]
        new_bucket = np.ones(n, dtype=bool)
        new_bucket[1:] = sorted_keys[1:] != sorted_keys[:-1]
        bucket_start = np.maximum.accumulate(np.where(new_bucket, positions, 0))
        order[b] = by_key
        place[by_key, b] = positions
        width[by_key, b] = np.minimum(positions - bucket_start, cap)
    place += np.arange(bands, dtype=np.int32) * n  # an index into the flattened order
    return {"order": order.ravel(), "place": place, "width": width}


def _rounded_scores(max_terms: int) -> np.ndarray:
    """round(inter / union, 4) as Python rounds it, looked up by [inter, union] (the kernel's
    own rounding serves the rare larger sets)."""
    inters, unions = min(max_terms, 256) + 1, min(2 * max_terms, 512) + 1
    table = np.zeros((inters, unions))
    for union in range(1, unions):
        for inter in range(min(union, inters - 1) + 1):
            table[inter, union] = round(inter / union, 4)
    return table


def _own_lists(block: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each response's own top-k among earlier responses, for responses lo..hi-1."""
    c = _COLS
    lo, hi = block
    n = len(c["offsets"]) - 1
    k = c["k"]
    out_q = np.empty((hi - lo) * k, dtype=np.int64)
    out_c = np.empty((hi - lo) * k, dtype=np.int64)
    out_s = np.empty((hi - lo) * k)
    count = _own_lists_kernel(
        lo, hi, c["order"], c["place"], c["width"], c["offsets"], c["term_ids"], c["rounded"],
        # votes count bands (at most 32): one byte each keeps the array a quarter the size, in the
        # caches its random increments hit (1M responses: 1 MB, not 4 MB; the lists' CPU -25 to -35%)
        c["candidates"], k, c["min_score"], np.zeros(n, dtype=np.uint8 if c["place"].shape[1] < 256 else np.int32),
        np.zeros(int(c["term_ids"].max()) + 1, dtype=np.int8), out_q, out_c, out_s)
    return out_q[:count], out_c[:count], out_s[:count]


@njit(cache=True, nogil=True)
def _own_lists_kernel(lo, hi, order, place, width, offsets, term_ids, rounded, n_cand, k,
                      min_score, votes, in_query, out_q, out_c, out_s):  # pragma: no cover
    """Compiled loop of `_own_lists` (numba; plain Python if numba is missing). `votes` and
    `in_query` are zeroed scratch arrays and are left zeroed. Returns the rows written."""
    bands = place.shape[1]
    seen = np.empty(bands * int(width.max() if width.size else 0) + 1, dtype=np.int32)
    level = np.zeros(bands + 2, dtype=np.int64)
    best_c = np.empty(k, dtype=np.int64)
    best_s = np.empty(k)
    count = 0
    for i in range(lo, hi):
        # votes over every band's window, candidates kept in first-seen order
        n_seen = 0
        for b in range(bands):
            w = width[i, b]
            start = place[i, b] - w
            for t in range(w):
                j = order[start + t]
                if votes[j] == 0:
                    seen[n_seen] = j
                    n_seen += 1
                votes[j] += 1
        # the n_cand most voted, ties in first-seen order: find the vote level where the
        # list is cut, take everything above it and the first ones at it
        level[:] = 0
        for t in range(n_seen):
            level[votes[seen[t]]] += 1
        cut, above = bands + 1, 0
        while cut > 1 and above + level[cut] < n_cand:
            above += level[cut]
            cut -= 1
        room_at_cut = n_cand - above
        # Jaccard of the term sets of the chosen candidates
        mine_lo, mine_hi = offsets[i], offsets[i + 1]
        for t in range(mine_lo, mine_hi):
            in_query[term_ids[t]] = 1
        n_best = 0
        for t in range(n_seen):
            j = seen[t]
            v = votes[j]
            votes[j] = 0
            if v < cut:
                continue
            if v == cut:
                if room_at_cut == 0:
                    continue
                room_at_cut -= 1
            inter = 0
            for u in range(offsets[j], offsets[j + 1]):
                inter += np.int64(in_query[term_ids[u]])
            union = (mine_hi - mine_lo) + (offsets[j + 1] - offsets[j]) - inter
            if inter / union < min_score:
                continue
            if inter < rounded.shape[0] and union < rounded.shape[1]:
                score = rounded[inter, union]
            else:
                score = round(inter / union, 4)
            # insert into the best-k list ordered by (-score, id)
            pos = n_best
            while pos > 0 and (best_s[pos - 1] < score
                               or (best_s[pos - 1] == score and best_c[pos - 1] > j)):
                pos -= 1
            if pos >= k:
                continue
            last = min(n_best, k - 1)
            for m in range(last, pos, -1):
                best_s[m] = best_s[m - 1]
                best_c[m] = best_c[m - 1]
            best_s[pos] = score
            best_c[pos] = j
            n_best = min(n_best + 1, k)
        for t in range(mine_lo, mine_hi):
            in_query[term_ids[t]] = 0
        for m in range(n_best):
            out_q[count] = i
            out_c[count] = best_c[m]
            out_s[count] = best_s[m]
            count += 1
    return count


def _exclusive_cumsum(a: np.ndarray) -> np.ndarray:
    out = np.zeros(len(a), dtype=np.int64)
    np.cumsum(a[:-1], out=out[1:])
    return out


def _packed_offers(q: np.ndarray, c: np.ndarray, s: np.ndarray) -> np.ndarray:
    """A block's own-list rows and the offers they make, as packed sort keys."""
    units = np.rint(s * _SCALE).astype(np.int64)
    if not np.array_equal(units / _SCALE, s):  # pragma: no cover - scores are round(x, 4)
        raise ValueError("similar-list scores are not multiples of 1/10000")
    tail = (_SCALE - units) << _SCORE_SHIFT
    q = q.astype(np.int64)
    c = c.astype(np.int64)
    return np.concatenate([(q << _OWNER_SHIFT) | tail | c, (c << _OWNER_SHIFT) | tail | q])


def _merge_packed(keys: np.ndarray, k: int):
    """_merge_offers over packed keys (unique: a pair is offered one way only): one in-place
    sort orders them by owner, score descending, other; the first k of each owner are kept in
    one pass (no row-number columns beside the keys)."""
    keys.sort()
    keys = keys[_first_k(keys, k, _OWNER_SHIFT)]
    owner = keys >> _OWNER_SHIFT
    other = keys & ((1 << _SCORE_SHIFT) - 1)
    keys >>= _SCORE_SHIFT
    keys &= (1 << (_OWNER_SHIFT - _SCORE_SHIFT)) - 1
    score = (_SCALE - keys) / _SCALE
    return owner, other, score


@njit(cache=True, nogil=True)
def _first_k(keys, k, shift):  # pragma: no cover
    """Which sorted keys are among the first k of their owner (key >> shift)."""
    keep = np.empty(len(keys), dtype=np.bool_)
    owner, seen = -1, 0
    for i in range(len(keys)):
        o = keys[i] >> shift
        if o != owner:
            owner, seen = o, 0
        keep[i] = seen < k
        seen += 1
    return keep


def _merge_offers(own_q, own_c, own_s, k):
    """Best k per response of its own list and of the lists it entered (ties by id).

    Memory-lean: each offer is (owner, other: int32, score: float64), and every column is
    reordered in turn with the one before it freed."""
    owner = np.concatenate([own_q, own_c])
    other = np.concatenate([own_c, own_q])
    score = np.concatenate([own_s, own_s])
    del own_q, own_c, own_s
    order = np.lexsort((other, -score, owner))
    owner = owner[order]
    other = other[order]
    score = score[order]
    del order
    rows = np.arange(len(owner), dtype=np.int32)
    group_start = np.ones(len(owner), dtype=bool)
    group_start[1:] = owner[1:] != owner[:-1]
    first_of_group = np.maximum.accumulate(np.where(group_start, rows, 0))
    keep = rows - first_of_group < k
    del rows, group_start, first_of_group
    return owner[keep], other[keep], score[keep]
