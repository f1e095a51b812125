"""Atom feeds of any query or table with atom_id, atom_title and atom_updated columns (the
canned queries new_responses*), and of any view of the responses table: its URL with `.atom`
(`/foi/responses.atom?topics__arraycontains=custody`), titled by its filters, one entry per
row dated by publication (never crawl time), through Datasette's register_output_renderer hook.

Written here rather than taken from datasette-atom, whose renderer fails with a 500 on a query
with no rows (a force or topic with no responses yet) and builds its links from the request's
Host header. An empty result is a valid empty feed; links are made absolute from the site's
configured base URL (security.public_origin), never from the request.
"""
from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

from datasette import hookimpl
from datasette.utils.asgi import Response

REQUIRED = {"atom_id", "atom_title", "atom_updated"}
RESPONSES = "responses"
EPOCH = "1970-01-01T00:00:00Z"


def _stamp(value) -> str:
    """An Atom date from a stored ISO date or timestamp (Atom wants a full RFC 3339 time)."""
    text = str(value or "").strip()
    if not text:
        return EPOCH
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return EPOCH
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _title(datasette, database, query_name, table) -> str:
    if query_name:
        query = (datasette.metadata(database=database) or {}).get("queries", {}).get(query_name)
        if isinstance(query, dict) and query.get("title"):
            return query["title"]
    return f"{database}/{table or query_name or 'query'}"


def render_atom(datasette, request, database, table, query_name, columns, rows,
                title: str | None = None):
    from datasette_plugins.security import public_origin

    origin = public_origin()
    self_url = origin + request.path + (f"?{request.query_string}" if request.query_string else "")
    entries, newest = [], EPOCH
    for row in rows:
        row = dict(zip(columns, row, strict=False)) if not hasattr(row, "keys") else dict(row)
        updated = _stamp(row.get("atom_updated"))
        newest = max(newest, updated)
        link = str(row.get("atom_link") or "")
        if link.startswith("/"):
            link = origin + link
        parts = [f"<id>{escape(str(row['atom_id']))}</id>",
                 f"<title>{escape(str(row['atom_title']))}</title>",
                 f"<updated>{updated}</updated>"]
        if link.startswith(("http://", "https://")):
            parts.append(f"<link href={quoteattr(link)}/>")
        if row.get("atom_content") is not None:
            parts.append(f'<content type="text">{escape(str(row["atom_content"]))}</content>')
        entries.append("<entry>" + "".join(parts) + "</entry>")
    body = "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<id>{escape(self_url)}</id>",
        f"<title>{escape(title or _title(datasette, database, query_name, table))}</title>",
        f"<updated>{newest}</updated>",
        f'<link href={quoteattr(self_url)} rel="self"/>',
        # RFC 4287: a feed names an author unless every entry does (an empty feed cannot)
        "<author><name>foi-archive</name></author>",
        "<generator>foi-archive</generator>",
        *entries, "</feed>", ""])
    return Response(body, content_type="application/atom+xml; charset=utf-8")


def _can_render(columns, table=None) -> bool:
    return REQUIRED.issubset(columns) or (table == RESPONSES and "id" in columns)


async def _query_title(datasette, request, database, table, query_name) -> str:
    """A canned query's title, with the force's name when it is filtered by one
    ("New responses from one force: Kent Police", not the slug)."""
    title = _title(datasette, database, query_name, table)
    slug = request.args.get("force")
    if query_name and slug:
        found = await datasette.get_database(database).execute(
            "select name from forces where slug = ?", [slug])
        title += f": {found.rows[0][0] if found.rows else slug}"
    return title


async def render(datasette, request, database, table, query_name, columns, rows):
    if table == RESPONSES and not REQUIRED.issubset(columns):
        from datasette_plugins.feed_responses import render_responses_feed
        return await render_responses_feed(datasette, request, database, columns, rows)
    title = await _query_title(datasette, request, database, table, query_name)
    return render_atom(datasette, request, database, table, query_name, columns, rows,
                       title=title)


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "atom", "render": render, "can_render": _can_render}
