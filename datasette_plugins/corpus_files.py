"""Downloads of the corpus file and its dump from the files the server started with.

`foi-archive build` replaces the corpus by an atomic rename. A running server keeps reading the
file it opened (its SQLite connections hold the old inode), so its pages stay those of the old
corpus until it restarts; `/foi.db` and the dump, opened by path per request, would have been the
new files under the old ETag. Here both are opened once at startup and served from those open
files, so a server serves one corpus throughout: the one it started with (docs/reliability.md: restart
`foi-archive serve` to publish a rebuilt corpus).
"""
from __future__ import annotations

import os
import weakref
from pathlib import Path

from datasette.utils.asgi import NotFound

CHUNK = 1024 * 1024
_OPEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def open_corpus_files(datasette, db_path: str | None, dump_path: str | None = None) -> None:
    """At startup: hold the corpus and its dump open (the files as they are now; archive.serve
    gives pinned names that a rebuild cannot replace)."""
    from archive.corpus_dump import dump_path_for

    files = {}
    dump_path = dump_path or (db_path and str(dump_path_for(Path(db_path))))
    for key, path in (("db", db_path), ("dump", dump_path)):
        if path and Path(path).is_file():
            fd = os.open(path, os.O_RDONLY)
            st = os.fstat(fd)
            files[key] = (fd, st.st_size, f'"{st.st_size:x}-{st.st_mtime_ns:x}"')
    _OPEN[datasette] = files


class _HeldFile:
    """An ASGI response streaming an already-open file in chunks (Datasette route handlers may
    return any object with `asgi_send`)."""

    def __init__(self, fd: int, size: int, etag: str, filename: str, content_type: str):
        self.fd, self.size, self.etag = fd, size, etag
        self.filename, self.content_type = filename, content_type

    async def asgi_send(self, send):
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", self.content_type.encode()),
            (b"content-length", str(self.size).encode()),
            (b"etag", self.etag.encode()),
            (b"content-disposition", f'attachment; filename="{self.filename}"'.encode())]})
        offset = 0
        while offset < self.size:
            chunk = os.pread(self.fd, min(CHUNK, self.size - offset), offset)
            if not chunk:
                break
            offset += len(chunk)
            await send({"type": "http.response.body", "body": chunk, "more_body": offset < self.size})
        if offset < self.size or self.size == 0:
            await send({"type": "http.response.body", "body": b""})


def _stream(datasette, key: str, filename: str, content_type: str) -> _HeldFile:
    held = _OPEN.get(datasette, {}).get(key)
    if held is None:
        raise NotFound("Not available for this corpus")
    return _HeldFile(*held, filename, content_type)


async def corpus_download(datasette, request):
    return _stream(datasette, "db", "foi.db", "application/octet-stream")


async def dump_download(datasette, request):
    return _stream(datasette, "dump", "foi-responses.jsonl.gz", "application/gzip")


def held_size(datasette, key: str) -> int | None:
    held = _OPEN.get(datasette, {}).get(key)
    return held[1] if held else None
