"""One build at a time per corpus, and side files named from the corpus's full file name.

Two builds of one corpus at once used to race on the same temp files: the second crashed and
the first published a corpus whose full-text index was empty. A build now holds an exclusive
lock on `<corpus file>.lock` and a second one is refused at once. The lock is a POSIX record
lock (lockf), which belongs to the build process alone: the kernel drops it the moment that
process dies, even while its forked helpers are still being killed (an flock would be shared
with them through the inherited descriptor and outlive a SIGKILLed build by a moment).
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
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
            raise BuildLocked(f"another build of {db_path} is running (pid {holder}); "
                              "wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)   # closing drops the lock; the file stays (removing it would race)
