"""Garbage-collector settings for the full build's write and derive processes.

The write allocates millions of short-lived containers (records, row tuples) and creates no
reference cycles, yet every 700 allocations CPython runs a collection, and the oldest generation
is walked over every long-lived object (modules, caches): ~13% of the write's CPU at 50k
responses. Objects alive before the write are frozen out of collections and collections run
less often; cycles are still collected, only in larger batches.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_THRESHOLDS = (50_000, 20, 100)


def few_collections() -> None:
    """For a helper process for good: freeze what it inherited, collect rarely."""
    gc.freeze()
    gc.set_threshold(*_THRESHOLDS)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The same for a stretch of this process, restored after it."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def return_freed_memory() -> None:
    """Hand memory the process has freed back to the system (glibc keeps freed heap pages for
    reuse, so a phase's large structures, once dropped, still count in the process's RSS while
    the next phase allocates its own elsewhere, e.g. numpy arrays by mmap). No-op without
    glibc."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
