"""Which of a fixed set of literals occur in a string, found in one compiled pass.

`passages.classify` rules a paragraph out of a kind when none of the kind's literals occurs
in its opening: ~45 `in` tests, each a pass over 600 characters, were most of the derive
workers' time. Here the literals are indexed by their first two bytes and the opening is
scanned once (numba; without numba, the plain `in` tests give the same answer).

    scan = LiteralScan({"a": ("x", "yz"), "b": ("yz",)})
    scan.mask("an xy")   # -> scan.bit["a"]: "x" occurs, "yz" does not
"""

# None until a bulk caller asks (`use_compiled()`): importing numba and loading the kernel
# cost ~1.5 s, more than a one-document `foi-archive parse` spends here, and a switch in the
# middle of a run would stall whichever call happened to trigger it.
_kernel = None


def use_compiled() -> bool:
    """Use the compiled kernel from now on in this process (and its forks); False without numba."""
    global _kernel
    if _kernel is None:
        try:
            from numba import njit
        except ImportError:  # same answers through str.__contains__
            return False
        _kernel = njit(cache=True, nogil=True)(_scan)
    return True


class LiteralScan:
    """Literals in named groups (at most 63 groups); `mask(text)`: a bit per group found."""

    def __init__(self, groups: dict[str, tuple[str, ...]]):
        self.bit = {name: 1 << i for i, name in enumerate(groups)}
        self.groups = groups
        # The text is encoded as Latin-1 with '?' for other characters: a literal holds no
        # '?' and only Latin-1 characters, so it occurs in the bytes iff it occurs in the text.
        for lits in groups.values():
            for lit in lits:
                lit.encode("latin-1")
                if "?" in lit or not lit:
                    raise ValueError(f"literal {lit!r}: not scannable")
        self._arrays = None  # built for the compiled kernel only: numpy is 0.1 s of a parse

    def _kernel_arrays(self):
        import numpy as np

        pairs = sorted({(lit.encode("latin-1"), self.bit[name])
                        for name, lits in self.groups.items() for lit in lits})
        one = np.zeros(256, dtype=np.int64)  # bits of the one-byte literals, by byte
        longer = [(raw, bit) for raw, bit in pairs if len(raw) > 1]
        for raw, bit in pairs:
            if len(raw) == 1:
                one[raw[0]] |= bit
        # Literals of two bytes or more, indexed by their first two: [k, k+1) for k = b0*256+b1.
        # A text's letter pairs rarely open a literal, so most positions cost one lookup (a
        # first-byte index tried every literal opening with 's' at every 's').
        first = np.zeros(65537, dtype=np.int32)
        for raw, _ in longer:
            first[raw[0] * 256 + raw[1] + 1:] += 1
        raw_bytes = np.frombuffer(b"".join(raw for raw, _ in longer), dtype=np.uint8).copy()
        start = np.zeros(len(longer) + 1, dtype=np.int64)
        start[1:] = np.cumsum([len(raw) for raw, _ in longer])
        bits = np.array([bit for _, bit in longer], dtype=np.int64)
        return np, (one, first, raw_bytes, start, bits)

    def mask(self, text: str) -> int:
        if _kernel is None:
            return sum(bit for name, bit in self.bit.items()
                       if any(map(text.__contains__, self.groups[name])))
        if self._arrays is None:
            self._arrays = self._kernel_arrays()
        np, arrays = self._arrays
        buf = np.frombuffer(text.encode("latin-1", "replace"), dtype=np.uint8)
        return int(_kernel(buf, *arrays))


def _scan(buf, one, first, lits, start, bits):  # compiled by use_compiled()
    found = 0
    n = len(buf)
    for i in range(n):
        c = buf[i]
        found |= one[c]
        if i + 1 == n:
            break
        key = c * 256 + buf[i + 1]
        for j in range(first[key], first[key + 1]):
            if found & bits[j]:
                continue
            lo, hi = start[j], start[j + 1]
            if i + hi - lo > n:
                continue
            k = 2
            while k < hi - lo and buf[i + k] == lits[lo + k]:
                k += 1
            if k == hi - lo:
                found |= bits[j]
    return found
