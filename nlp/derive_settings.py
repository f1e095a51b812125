"""Thresholds and sizes of the derive step (nlp/derive.py and the modules it drives).

Every module reads these as `derive_settings.NAME` when it runs, so one assignment here (a test's
monkeypatch, a benchmark's knob) changes them everywhere at once.
"""

from .term_bands import COMPACT, LEGACY

PASSAGE_BANDS = 16          # 4 rows per band: candidates from Jaccard ~0.5
PASSAGE_MIN_RATIO = 88      # rapidfuzz ratio confirming a near-identical wording
REQUEST_BANDS = 16
REQUEST_MIN_RATIO = 85      # requester edits (greeting, dates) allowed
REQUEST_MIN_RATIO_SHORT = 93  # short requests differ by a word or two: stricter
TERM_BANDS = 32             # 2 rows per band: candidates from Jaccard ~0.18
SIMILAR_K = 5
SIMILAR_CANDIDATES = 60     # most-voted candidates scored per response
SIMILAR_MIN_SCORE = 0.2
BUCKET_CAP = 300            # scan at most this many items per band bucket
PREPARE_WORKERS = 2         # processes splitting/hashing responses (the machine has 2 cores)
PARALLEL_FROM = 3000        # smaller batches: a pool's start-up costs more than it saves
REP_CACHE = 200_000         # group representatives kept in memory
CACHE_KB = 256_000          # SQLite page cache for the derived-table inserts
TAIL_CACHE_KB = 64_000      # ... once a full rebuild's chunks are in (lists, indexes, counts)
BULK_CACHE_KB = 64_000      # a full rebuild's chunk inserts (appends: nlp/derive.py)
# Sorter threads for a full rebuild's tail (its index builds): by then one core idles (1M synthetic:
# the derived indexes 31.9 -> 26.6 s wall for 31 -> 44 CPU-s).
TAIL_SORT_THREADS = 2
# Request-word buckets in two compact tables (nlp.term_bands) instead of nlp_bands rows: same
# results, far cheaper build (both layouts are tested; an old-layout corpus is migrated).
COMPACT_TERM_BANDS = True


def term_bands():
    """The layout of the request-word buckets in use."""
    return COMPACT if COMPACT_TERM_BANDS else LEGACY


def chunks(seq, n=500):
    """Slices of `seq` of at most n (500 ids: well under SQLite's bound on `?` parameters)."""
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
