"""LSH band buckets in flat integer arrays: band key -> the values added under it, newest first.

A dict of deques took ~600 bytes per band key, and most keys hold one value (a wording seen
once): 16 keys per request made it the largest part of the build's memory. Here a key costs a
hash-table slot (12 bytes, at most 0.7 full) and a node (16 bytes) per 1, 2, 4 ... 64 values
(4 bytes each); the voting over a wording's buckets runs compiled (numba, or plain Python if
numba is missing).
"""

import numpy as np

try:
    from numba import njit
except ImportError:  # same results, plain Python speed
    def njit(**_options):
        return lambda f: f

_EMPTY = -1
_NODE_MAX = 64


class BandBuckets:
    """Values (non-negative ints) under 63-bit band keys; a lookup sees the newest `cap`."""

    def __init__(self, cap: int, slots: int = 1 << 12):
        self.cap = cap
        self.table_keys = np.full(slots, _EMPTY, dtype=np.int64)
        self.table_heads = np.full(slots, _EMPTY, dtype=np.int32)  # newest node of the key
        self.used = 0
        # A bucket is a chain of nodes, newest first, of sizes 1, 2, 4 ... _NODE_MAX: values
        # of one bucket sit together (a scan reads a few cache lines, not one per value) and
        # a key holding one value costs one small node.
        self.node_start = np.empty(1 << 10, dtype=np.int32)
        self.node_size = np.empty(1 << 10, dtype=np.int32)
        self.node_fill = np.empty(1 << 10, dtype=np.int32)
        self.node_next = np.empty(1 << 10, dtype=np.int32)
        self.nodes = 0
        self.pool = np.empty(1 << 12, dtype=np.int32)
        self.pooled = 0
        self.votes = np.zeros(1 << 10, dtype=np.int32)  # scratch, indexed by value

    def add(self, keys: list[int], value: int) -> None:
        keys_ = np.asarray(keys, dtype=np.int64)
        if self.nodes + len(keys_) > len(self.node_start):
            size = 2 * (self.nodes + len(keys_))
            for name in ("node_start", "node_size", "node_fill", "node_next"):
                setattr(self, name, np.resize(getattr(self, name), size))
        if self.pooled + _NODE_MAX * len(keys_) > len(self.pool):
            self.pool = np.resize(self.pool, 2 * (self.pooled + _NODE_MAX * len(keys_)))
        if 10 * (self.used + len(keys_)) > 7 * len(self.table_keys):  # load above 0.7
            self.table_keys, self.table_heads = _rehash(self.table_keys, self.table_heads,
                                                        2 * len(self.table_keys))
        if value >= len(self.votes):
            self.votes = np.zeros(2 * value + 1, dtype=np.int32)
        state = np.array([self.used, self.nodes, self.pooled], dtype=np.int64)
        _add(self.table_keys, self.table_heads, self.node_start, self.node_size,
             self.node_fill, self.node_next, self.pool, state, keys_, value)
        self.used, self.nodes, self.pooled = (int(x) for x in state)

    def top_voted(self, keys: list[int], n: int) -> list[int]:
        """The n values found in most of these keys' buckets, ties in first-seen order (keys
        in order, each bucket oldest first): what Counter(chain(...)).most_common(n) gives."""
        out = np.empty(n, dtype=np.int32)
        found = _top_voted(self.table_keys, self.table_heads, self.node_start, self.node_fill,
                           self.node_next, self.pool, np.asarray(keys, dtype=np.int64),
                           self.cap, self.votes, n, out)
        return out[:found].tolist()

    def members(self, key: int) -> list[int]:
        """One bucket, oldest first."""
        out = np.empty(self.cap, dtype=np.int32)
        found = _members(self.table_keys, self.table_heads, self.node_start, self.node_fill,
                         self.node_next, self.pool, key, self.cap, out)
        return out[:found][::-1].tolist()


@njit(cache=True)
def _slot(table_keys, key):  # pragma: no cover - compiled
    mask = len(table_keys) - 1
    # the low byte of a band key is the band number: mix the rest in
    s = ((key >> 8) * 2654435761 + (key & 255) * 40503) & mask
    while table_keys[s] != _EMPTY and table_keys[s] != key:
        s = (s + 1) & mask
    return s


@njit(cache=True)
def _rehash(table_keys, table_heads, slots):  # pragma: no cover - compiled
    new_keys = np.full(slots, _EMPTY, dtype=np.int64)
    new_heads = np.full(slots, _EMPTY, dtype=np.int32)
    for s in range(len(table_keys)):
        if table_keys[s] != _EMPTY:
            t = _slot(new_keys, table_keys[s])
            new_keys[t] = table_keys[s]
            new_heads[t] = table_heads[s]
    return new_keys, new_heads


@njit(cache=True)
def _add(table_keys, table_heads, node_start, node_size, node_fill, node_next, pool, state,
         keys, value):  # pragma: no cover - compiled
    """state: [used slots, nodes, pooled values], updated in place."""
    for key in keys:
        s = _slot(table_keys, key)
        if table_keys[s] == _EMPTY:
            table_keys[s] = key
            state[0] += 1
        head = table_heads[s]
        if head == _EMPTY or node_fill[head] == node_size[head]:
            node = state[1]
            state[1] += 1
            size = 1 if head == _EMPTY else min(2 * node_size[head], _NODE_MAX)
            node_start[node] = state[2]
            state[2] += size
            node_size[node] = size
            node_fill[node] = 0
            node_next[node] = head
            table_heads[s] = node
            head = node
        pool[node_start[head] + node_fill[head]] = value
        node_fill[head] += 1


@njit(cache=True)
def _members(table_keys, table_heads, node_start, node_fill, node_next, pool, key, cap,
             out):  # pragma: no cover - compiled
    """Newest first, at most cap."""
    node = table_heads[_slot(table_keys, key)]
    found = 0
    while node != _EMPTY and found < cap:
        start = node_start[node]
        for t in range(node_fill[node] - 1, -1, -1):
            out[found] = pool[start + t]
            found += 1
            if found == cap:
                break
        node = node_next[node]
    return found


@njit(cache=True)
def _top_voted(table_keys, table_heads, node_start, node_fill, node_next, pool, keys, cap,
               votes, n, out):  # pragma: no cover - compiled
    bucket = np.empty(cap, dtype=np.int32)
    seen = np.empty(len(keys) * cap, dtype=np.int32)
    n_seen = 0
    for key in keys:
        found = _members(table_keys, table_heads, node_start, node_fill, node_next, pool, key,
                         cap, bucket)
        for t in range(found - 1, -1, -1):  # oldest first
            v = bucket[t]
            if votes[v] == 0:
                seen[n_seen] = v
                n_seen += 1
            votes[v] += 1
    # the best n by votes, ties in first-seen order: insertion into a short sorted list
    out_votes = np.empty(n, dtype=np.int32)
    m = 0
    for t in range(n_seen):
        v = seen[t]
        c = votes[v]
        votes[v] = 0
        pos = m
        while pos > 0 and out_votes[pos - 1] < c:
            pos -= 1
        if pos >= n:
            continue
        for q in range(min(m, n - 1), pos, -1):
            out[q] = out[q - 1]
            out_votes[q] = out_votes[q - 1]
        out[pos] = v
        out_votes[pos] = c
        m = min(m + 1, n)
    return m
