"""/: the archive's home page (a search box first, the newest responses, browse by force,
topic and exemption with counts) and /data (the corpus's tables and queries, also as .json).

Datasette's own index page makes about 60 SQL calls per request (mostly checks for hidden FTS
tables), each queued in the SQL thread pool behind whatever slow query is running, so under
load it was the slowest page of the site. The home page reads only small precomputed rows
(`facet_totals`, archive/corpus_stats.py) and the newest responses through the unique
`date_order` index, in one trip to the SQL threads; /data only renders the tables and row
counts known at startup (`archive.serve.make_datasette`). `/.json` stays Datasette's index.
"""
from __future__ import annotations

from datasette_plugins.json_page import json_response, wants_json
from datasette_plugins.result_rows import OUTCOME_LABELS
from datasette_plugins.web import DB_NAME, corpus, fetch_many, has_table, render

NEWEST = 8
BROWSE = 12  # forces, topics and exemptions listed per box (all forces are few)

PAGES = [
    ("/foi/responses", "Browse responses", "every response, newest first, with facets"),
    ("/search", "Search with snippets", "full-text search, matched words marked"),
    ("/analytics", "Analytics", "volumes, refusal and NCND rates by force, year and exemption"),
    ("/precedents", "Precedent wording", "reasoning paragraphs reused across responses"),
    ("/round-robins", "Round-robin requests", "one request sent to many forces"),
    ("/downloads", "Downloads", "the whole corpus as SQLite or JSON Lines"),
    ("/data", "Data tables", "every table of the corpus, its queries and the JSON API"),
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


def home_queries(column: str) -> dict[str, tuple[str, list]]:
    """The home page's reads: the newest responses by the unique date_order index, and the
    browse counts from facet_totals (a few hundred precomputed rows)."""
    return {
        "newest": ("select r.id, r.title, r.published, r.month, r.outcome, "
                   "coalesce(f.name, r.force) as force_name from responses r "
                   "left join forces f on f.slug = r.force where r.date_order is not null "
                   f"order by r.date_order desc limit {NEWEST}", []),
        "forces": ("select t.value, coalesce(f.name, t.value) as name, t.n from facet_totals t "
                   "left join forces f on f.slug = t.value where t.facet = 'force' "
                   "order by t.n desc, t.value", []),
        "topics": ("select t.value, d.description as name, t.n from facet_totals t left join "
                   "topics d on d.slug = t.value where t.facet = 'topics' "
                   f"order by t.n desc, t.value limit {BROWSE}", []),
        "exemptions": ("select t.value, min(e.name) as name, t.n from facet_totals t "
                       "left join exemptions e on e.label = t.value "
                       "or 'FOISA ' || e.label = t.value where t.facet = ? group by t.value "
                       f"order by t.n desc, t.value limit {BROWSE}", [column])
        if column != "exemption_families" else
        # a family is named under its own Act (s31 Law enforcement, FOISA s38 Personal
        # information): exemption_families has the name, the bare labels table may not
        ("select t.value, e.name, t.n from facet_totals t left join exemption_families e "
         "on e.family = t.value where t.facet = ? "
         f"order by t.n desc, t.value limit {BROWSE}", [column]),
        # exemption families (s12 and s12(1) counted once) when the corpus has them
        "families": ("select 1 as yes from facet_totals where facet = 'exemption_families' "
                     "limit 1", []),
    }


async def _browse(db) -> dict:
    """Newest responses and the counts to browse by, in one trip to the SQL threads."""
    if not await has_table(db, "facet_totals"):
        return {"newest": [], "forces": [], "topics": [], "exemptions": [],
                "exemption_column": "exemption_labels"}
    found = await fetch_many(db, home_queries("exemption_labels"))
    column = "exemption_labels"
    if found["families"]:
        column = "exemption_families"
        found["exemptions"] = (await fetch_many(
            db, {"e": home_queries(column)["exemptions"]}))["e"]
    for r in found["newest"]:   # the one outcome vocabulary's words, as every list says them
        r["outcome_text"] = OUTCOME_LABELS.get(r["outcome"], r["outcome"])
    return {**found, "exemption_column": column}


async def home_page(datasette, request):
    db = corpus(datasette)
    return await render(datasette, request, "foi_home.html", {
        "site_title": datasette.metadata("title") or "foi-archive",
        "description_html": datasette.metadata("description_html") or "",
        "pages": PAGES,
        **await _browse(db),
        "metadata": datasette.metadata(),  # the footer's licence and source links
    })


async def data_page(datasette, request):
    tables, queries = listed_tables(datasette), canned_queries(datasette)
    if wants_json(request):
        return json_response({"database": DB_NAME, "tables": [
            {**t, "url": f"/{DB_NAME}/{t['name']}", "json": f"/{DB_NAME}/{t['name']}.json"}
            for t in tables], "queries": [{**q, "url": f"/{DB_NAME}/{q['name']}"}
                                          for q in queries]})
    return await render(datasette, request, "foi_data.html", {
        "db_name": DB_NAME, "tables": tables, "queries": queries,
        "metadata": datasette.metadata()})
