"""/downloads and the gzipped JSON Lines dump the build writes beside the corpus."""
from __future__ import annotations

from pathlib import Path

from datasette.utils.asgi import AsgiFileDownload, NotFound

from datasette_plugins.web import corpus, fetch_one, render


def dump_path(datasette) -> Path | None:
    path = corpus(datasette).path
    from archive.corpus_dump import dump_path_for

    return dump_path_for(Path(path)) if path else None


async def downloads_page(datasette, request):
    db = corpus(datasette)
    dump = dump_path(datasette)
    count = await fetch_one(db, "select count(*) as n from responses")
    return await render(datasette, request, "foi_downloads.html", {
        "responses": count["n"],
        "db_size": Path(db.path).stat().st_size if db.path else None,
        "dump_size": dump.stat().st_size if dump and dump.exists() else None,
    })


async def dump_download(datasette, request):
    dump = dump_path(datasette)
    if not dump or not dump.exists():
        raise NotFound("No JSON Lines dump beside this corpus (run foi-archive build)")
    return AsgiFileDownload(dump, filename="foi-responses.jsonl.gz",
                            content_type="application/gzip")
