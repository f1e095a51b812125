"""/downloads: the corpus file and the gzipped JSON Lines dump the build writes beside it
(served from the files this server started with: datasette_plugins/corpus_files.py)."""
from __future__ import annotations

from datasette_plugins.corpus_files import held_size
from datasette_plugins.web import corpus, fetch_one, render


async def downloads_page(datasette, request):
    count = await fetch_one(corpus(datasette), "select count(*) as n from responses")
    return await render(datasette, request, "foi_downloads.html", {
        "responses": count["n"],
        "db_size": held_size(datasette, "db"),
        "dump_size": held_size(datasette, "dump"),
    })
