"""Small, deterministic MinHash + LSH banding used for passages and requests.

Signatures are numpy uint32 arrays stored as bytes in the corpus, so a later build can find the
near-duplicates of new items by band key alone, without recomputing the old ones.
"""

import re
import zlib

import numpy as np

try:
    from numba import njit
    _COMPILED = True
except ImportError:  # band_keys_of falls back to signature + band_keys
    _COMPILED = False

    def njit(**_options):
        return lambda f: f

NUM_PERM = 64
_PRIME = np.uint64((1 << 31) - 1)
_rng = np.random.RandomState(20240501)  # fixed: signatures must match across builds
_A = _rng.randint(1, (1 << 31) - 1, NUM_PERM).astype(np.uint64)
_B = _rng.randint(0, (1 << 31) - 1, NUM_PERM).astype(np.uint64)
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, words only: the form near-duplicates are compared in."""
    return " ".join(_WORD.findall((text or "").lower()))


def shingles(folded: str, n: int = 3) -> set[str]:
    words = folded.split()
    if len(words) <= n:
        return {folded} if folded else set()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def signature(items: set[str]) -> np.ndarray:
    if not items:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    h = np.fromiter((zlib.crc32(s.encode()) for s in items), dtype=np.uint64, count=len(items))
    # ((a*h + b) mod p); a,h < 2^32 so the product fits in uint64 before the mod.
    return ((np.outer(_A, h) + _B[:, None]) % _PRIME).min(axis=1).astype(np.uint32)


def band_keys(sig: np.ndarray, bands: int) -> list[int]:
    """One signed 63-bit key per band (band index mixed in), for an indexed SQLite column."""
    rows = NUM_PERM // bands
    raw = sig.tobytes()
    keys = []
    for b in range(bands):
        chunk = raw[b * rows * 4:(b + 1) * rows * 4]
        keys.append(((zlib.crc32(chunk) << 8) | b) & 0x7FFFFFFFFFFFFFFF)
    return keys


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    return float(np.mean(sig_a == sig_b))


def band_keys_of(items, bands: int) -> list[int]:
    """band_keys(signature(items), bands) in one compiled pass (the derive step's hot path)."""
    if not _COMPILED:
        return band_keys(signature(set(items)), bands)
    h = np.fromiter(map(zlib.crc32, map(str.encode, items)), dtype=np.uint64, count=len(items))
    return _band_keys_kernel(h, _A, _B, bands, _CRC_TABLE).tolist()


def _crc_table() -> np.ndarray:
    """zlib.crc32's table (CRC-32, reflected polynomial 0xEDB88320)."""
    table = np.zeros(256, dtype=np.uint32)
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table[i] = c
    return table


_CRC_TABLE = _crc_table()


@njit(cache=True, nogil=True)
def _band_keys_kernel(h, a, b, bands, crc):  # pragma: no cover - compiled
    """signature() then band_keys(): min over items of (a*h + b) mod p per permutation, then
    zlib.crc32 of each band's little-endian uint32 rows, band index mixed in."""
    p = np.uint64((1 << 31) - 1)
    m = len(a)
    sig = np.empty(m, dtype=np.uint32)
    for r in range(m):
        best = np.uint64(0xFFFFFFFFFFFFFFFF)
        for x in h:
            v = (a[r] * x + b[r]) % p
            if v < best:
                best = v
        sig[r] = np.uint32(best) if len(h) else np.uint32(0xFFFFFFFF)
    rows = m // bands
    out = np.empty(bands, dtype=np.int64)
    for band in range(bands):
        c = np.uint32(0xFFFFFFFF)
        for r in range(band * rows, (band + 1) * rows):
            w = sig[r]
            for s in range(4):
                c = crc[(c ^ (w >> np.uint32(8 * s))) & np.uint32(0xFF)] ^ (c >> np.uint32(8))
        c = c ^ np.uint32(0xFFFFFFFF)
        out[band] = ((np.int64(c) << 8) | band) & 0x7FFFFFFFFFFFFFFF
    return out
