"""Datasette's introspection pages that would publish the server's file paths: /-/databases
without the `path` of each file, and /-/threads (a debugging aid listing open files) not served."""
from __future__ import annotations

from datasette.utils.asgi import NotFound, Response


async def databases_page(datasette, request):
    rows = []
    for name, db in datasette.databases.items():
        if name == "_internal":
            continue
        rows.append({"name": name, "route": db.route, "is_mutable": db.is_mutable,
                     "is_memory": db.is_memory, "hash": db.hash})
    return Response.json(rows)


async def hidden_page(datasette, request):
    raise NotFound("Not served by this archive")
