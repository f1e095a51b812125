"""/: the archive's home page, served without a single SQL query.

Datasette's own index page makes about 60 SQL calls per request (mostly checks for hidden FTS
tables), each queued in the SQL thread pool behind whatever slow query is running, so under
load it was the slowest page of the site. The corpus is immutable: the tables, their row
counts (counted once at startup, `archive.serve.make_datasette`) and the canned queries are
known, so this page only renders them. `/.json` stays Datasette's own index.
"""
from __future__ import annotations

from datasette_plugins.web import DB_NAME, render

PAGES = [
    ("/foi/responses", "Browse responses", "every response, newest first, with facets"),
    ("/search", "Search with snippets", "full-text search, matched words marked"),
    ("/analytics", "Analytics", "volumes, refusal and NCND rates by force, year and exemption"),
    ("/precedents", "Precedent wording", "reasoning paragraphs reused across responses"),
    ("/round-robins", "Round-robin requests", "one request sent to many forces"),
    ("/downloads", "Downloads", "the whole corpus as SQLite or JSON Lines"),
]


def _fts_shadow(name: str, names: set[str]) -> bool:
    """FTS5 keeps its index in plain tables named <fts table>_data, _idx, _docsize, _config."""
    base, _, suffix = name.rpartition("_")
    return suffix in {"data", "idx", "docsize", "config", "content"} and (
        base in names or base.endswith("_fts"))


def listed_tables(datasette) -> list[dict]:
    """Visible tables in the metadata's order (then any others), with the startup row counts."""
    counts = (datasette.inspect_data or {}).get(DB_NAME, {}).get("tables", {})
    meta = ((datasette.metadata("databases") or {}).get(DB_NAME) or {}).get("tables") or {}
    names = set(counts)
    order = [n for n in meta if n in names] + sorted(names - set(meta))
    tables = []
    for name in order:
        info = meta.get(name) or {}
        if info.get("hidden") or _fts_shadow(name, names):
            continue
        tables.append({"name": name, "count": counts[name].get("count"),
                       "description": info.get("description") or ""})
    return tables


def canned_queries(datasette) -> list[dict]:
    queries = ((datasette.metadata("databases") or {}).get(DB_NAME) or {}).get("queries") or {}
    return [{"name": name, "title": q.get("title") or name} for name, q in queries.items()]


async def home_page(datasette, request):
    return await render(datasette, request, "foi_home.html", {
        "site_title": datasette.metadata("title") or "foi-archive",
        "description_html": datasette.metadata("description_html") or "",
        "pages": PAGES,
        "db_name": DB_NAME,
        "tables": listed_tables(datasette),
        "queries": canned_queries(datasette),
        "metadata": datasette.metadata(),  # the footer's licence and source links
    })
