"""`foi-archive parse`: parse files on disk, one record per path, in order, never stopping."""
from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from pathlib import Path

from parsers import parse_document
from parsers.limits import LIMITS
from parsers.record import error_record


def _tagger():
    try:
        import nlp
    except Exception:  # the NLP package may be absent or broken; topics stay []
        return None
    return getattr(nlp, "tag_topics", None)


def parse_paths(paths: list[Path], force: str | None = None, url: str | None = None) -> Iterator[dict]:
    tag = _tagger()
    for path in paths:
        source = str(path)
        try:
            if not Path(path).is_file():  # /dev/zero or a FIFO would be read until memory runs out
                kind = "a directory" if Path(path).is_dir() else "not a regular file"
                yield error_record(f"cannot read {source}: {kind}", source)
                continue
            size = Path(path).stat().st_size
            if size > LIMITS.max_body_bytes:  # refused before reading: a 200 MB file is not read in
                yield error_record(f"file too large ({size} bytes, limit {LIMITS.max_body_bytes})", source)
                continue
            with open(path, "rb") as fh:  # bounded even if the file grows while it is read
                data = fh.read(LIMITS.max_body_bytes + 1)
            if len(data) > LIMITS.max_body_bytes:
                yield error_record(f"file too large (over {LIMITS.max_body_bytes} bytes)", source)
                continue
        except OSError as exc:
            yield error_record(f"cannot read {source}: {exc.strerror or exc}", source)
            continue
        ctype = mimetypes.guess_type(source)[0]
        rec = parse_document(data, content_type=ctype, url=url, force=force, source=source)
        rec["source"] = source
        # (a page that is no response, a log's index or a notice, is filed under no topic: as the build does)
        if tag is not None and not rec.get("error") and not rec.get("not_response"):
            try:
                rec["topics"] = [t["topic"] if isinstance(t, dict) else str(t) for t in tag(rec)]
            except Exception:
                rec["topics"] = []
        yield rec
