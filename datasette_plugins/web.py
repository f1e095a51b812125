"""Shared plumbing for the archive's pages: reading the corpus and rendering a template."""
from __future__ import annotations

from datasette.utils.asgi import Response

from archive.corpus_schema import DB_NAME  # the pages import it from here


def corpus(datasette):
    return datasette.get_database(DB_NAME)


async def fetch(db, sql: str, params=None) -> list[dict]:
    result = await db.execute(sql, params or [])
    return [dict(r) for r in result.rows]


async def fetch_one(db, sql: str, params=None) -> dict | None:
    rows = await fetch(db, sql, params)
    return rows[0] if rows else None


async def fetch_many(db, queries: dict[str, tuple[str, list]],
                     time_limit_ms: int = 1000) -> dict[str, list[dict]]:
    """Run several small queries in one trip to Datasette's SQL thread pool. Under load each
    trip queues behind every other request's queries, so a page of ten point lookups that
    costs 2 ms alone waited ten times; batched, it waits once."""
    from datasette.utils import sqlite_timelimit

    def run(conn) -> dict[str, list[dict]]:
        out = {}
        with sqlite_timelimit(conn, time_limit_ms):
            for name, (sql, params) in queries.items():
                cursor = conn.execute(sql, params)
                columns = [d[0] for d in cursor.description]
                out[name] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        return out

    return await db.execute_fn(run)


async def has_table(db, name: str) -> bool:
    return name in await db.table_names()


async def render(datasette, request, template: str, context: dict, status: int = 200):
    html = await datasette.render_template(template, context, request=request)
    # Security headers (CSP and friends) are added to every response by security.with_security.
    return Response.html(html, status=status)
