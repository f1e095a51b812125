"""Small, deterministic MinHash + LSH banding used for passages and requests.

Signatures are numpy uint32 arrays stored as bytes in the corpus, so a later build can find the
near-duplicates of new items by band key alone, without recomputing the old ones.
"""

import re
import zlib

import numpy as np

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
