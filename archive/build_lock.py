"""One build at a time per corpus, and side files named from the corpus's full file name.

Two builds of one corpus at once used to race on the same temp files: the second crashed and
the first published a corpus whose full-text index was empty. A build now holds an exclusive
lock on `<corpus file>.lock` (flock: released by the kernel when the process dies, so a killed
build never leaves a stale lock) and a second one is refused at once.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path


class BuildLocked(RuntimeError):
    """Another build of the same corpus is running."""


def side_path(db_path: Path, suffix: str) -> Path:
    """`foi.db` + `.tmp` -> `foi.db.tmp`: `foi.db` and `foi.sqlite` in one folder never share."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + suffix)


@contextlib.contextmanager
def corpus_lock(db_path: Path):
    path = side_path(db_path, ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
            raise BuildLocked(f"another build of {db_path} is running (pid {holder}); "
                              "wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)   # closing drops the lock; the file stays (removing it would race)
