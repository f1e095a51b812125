"""/search (and /search.json): responses matching the user's words, with synonyms
(search_query.py), OR and phrases, force/year/topic filters, and pages through every match.

Order: every match by bm25, best first (newest first among equal scores), answered by
SearchIndex (search_index.py), which proves its top results equal a ranking of every match
without scoring a million rows; paging reaches the last match.
"""
from __future__ import annotations

import json
import re
import sqlite3
from urllib.parse import urlencode

from datasette.utils import sqlite_timelimit

from datasette_plugins.json_page import json_response, wants_json
from datasette_plugins.result_rows import lookups, readable
from datasette_plugins.safety import END, START, highlight
from datasette_plugins.search_index import SearchIndex
from datasette_plugins.search_query import describe, parse
from datasette_plugins.web import corpus, fetch, render

PAGE = 50
MAX_SIZE = 100
MAX_PAGE = 10_000
_COLUMNS = ("r.id, r.force, r.reference, r.title, r.published, r.month, r.outcome, "
            "r.exemption_labels, r.topics")
TIME_LIMIT_MS = 5000   # a search no list can bound scores every match: ~0.4 s per 100k


class BadRequest(ValueError):
    pass


# Stored text keeps tables as markdown rows ("| Year | Total |", "|---|---|"): in a one-line
# snippet the pipes and rules are noise, so cells are separated by " · " instead.
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?")
_CELL_BARS = re.compile(r"\s*\|\s*")


def plain_snippet(text: str | None) -> str:
    text = _TABLE_RULE.sub(" ", text or "")
    text = _CELL_BARS.sub(" · ", text)
    return re.sub(r"(?:\s*·\s*){2,}", " · ", text).strip(" ·")


def _int_arg(request, name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise BadRequest(f"{name} must be a whole number from {low} to {high}")
    return int(raw)


def read_args(request) -> dict:
    year = request.args.get("year", "").strip()
    if year and not re.fullmatch(r"\d{4}", year):
        raise BadRequest("year must be four digits, like 2023")
    return {"q": request.args.get("q", "").strip()[:2000],
            "force": request.args.get("force", "").strip()[:100],
            "year": year, "topic": request.args.get("topic", "").strip()[:100],
            "page": _int_arg(request, "page", 1, 1, MAX_PAGE),
            "size": _int_arg(request, "size", PAGE, 1, MAX_SIZE)}


def _filters(args: dict) -> tuple[list[str], dict]:
    where, params = [], {}
    if args["force"]:
        where.append("r.force = :force")
        params["force"] = args["force"]
    if args["year"]:
        where.append("r.year = :year")
        params["year"] = int(args["year"])
    if args["topic"]:
        where.append("r.id in (select response_id from response_topics where topic = :topic)")
        params["topic"] = args["topic"]
    return where, params


async def find(db, args: dict, fts: str) -> tuple[int, list[dict]]:
    """(number of matches, the rows of the asked page), ranked over every match by
    SearchIndex (bm25, proven equal to scoring them all)."""
    where, params = _filters(args)
    offset, size = (args["page"] - 1) * args["size"], args["size"]

    def run(conn):
        with sqlite_timelimit(conn, TIME_LIMIT_MS):
            index = SearchIndex(conn)
            total = index.count(fts, where, params)
            hits = index.top(fts, where, params, k=size, offset=offset, total=total)
            if not hits:
                return total, []
            found = conn.execute(
                f"select r.rowid, {_COLUMNS} from responses r where r.rowid in "
                f"(select value from json_each(?))", (json.dumps([h.rowid for h in hits]),))
            columns = [d[0] for d in found.description]
            rows = {row[0]: dict(zip(columns, row, strict=True)) for row in found}
        return total, [{**rows[h.rowid], "snippet": h.snippet, "score": h.score}
                       for h in hits if h.rowid in rows]

    return await db.execute_fn(run)


def links(args: dict) -> dict:
    """The same search on the table, as CSV and JSON, and as this page's JSON: every filter kept."""
    table = [("_search", args["q"])]
    table += [(k, args[k]) for k in ("force", "year") if args[k]]
    table += [("topics__arraycontains", args["topic"])] if args["topic"] else []
    mine = [(k, args[k]) for k in ("q", "force", "year", "topic") if args[k]]
    if args["size"] != PAGE:
        mine.append(("size", args["size"]))
    return {"table_url": "/foi/responses?" + urlencode(table),
            "csv_url": "/foi/responses.csv?" + urlencode(table + [("_stream", "on"),
                                                                  ("_size", "max")]),
            "table_json_url": "/foi/responses.json?" + urlencode(table + [("_shape", "objects")]),
            "json_url": "/search.json?" + urlencode(mine + ([("page", args["page"])]
                                                             if args["page"] > 1 else [])),
            "page_url": lambda n: "/search?" + urlencode(mine + [("page", n)])}


async def search_page(datasette, request):
    db = corpus(datasette)
    try:
        args = read_args(request)
    except BadRequest as e:
        if wants_json(request):
            return json_response({"ok": False, "error": str(e)}, status=400)
        return await render(datasette, request, "foi_search.html", {
            "error": str(e), "q": request.args.get("q", ""), "forces": [], "years": [],
            "topics": []}, status=400)
    parsed = parse(args["q"])
    fts = parsed.fts()
    try:
        total, rows = (await find(db, args, fts)) if fts else (0, [])
    except sqlite3.OperationalError as e:   # the time limit (interrupted): say so, not a 500
        message = f"the search took too long ({e}); add a filter or another word"
        if wants_json(request):
            return json_response({"ok": False, "error": message}, status=503)
        return await render(datasette, request, "foi_search.html", {
            "error": message, "q": args["q"], "forces": [], "years": [], "topics": []},
            status=503)
    names = await lookups(db)
    results = []
    for row in rows:
        item = readable(row, names)
        snippet = plain_snippet(row["snippet"])
        item["snippet"] = snippet.replace(START, "[").replace(END, "]")
        item["snippet_html"] = highlight(snippet)
        item["score"] = round(row["score"], 6)   # bm25, higher is better
        results.append(item)
    first = (args["page"] - 1) * args["size"]
    pages = max(1, -(-total // args["size"]))
    urls = links(args)
    nxt = urls["page_url"](args["page"] + 1) if first + len(rows) < total else None
    prev = urls["page_url"](args["page"] - 1) if args["page"] > 1 else None
    searched = describe(parsed)
    if wants_json(request):
        j = {k: (urls[k] if k in urls else None) for k in ("table_url", "csv_url")}
        return json_response({
            "q": args["q"], "searched_for": searched, "fts_query": fts,
            "filters": {k: args[k] for k in ("force", "year", "topic") if args[k]},
            "total": total, "page": args["page"], "size": args["size"], "pages": pages,
            "results": [{k: v for k, v in r.items() if k != "snippet_html"} for r in results],
            "next_url": nxt and nxt.replace("/search?", "/search.json?", 1),
            "prev_url": prev and prev.replace("/search?", "/search.json?", 1),
            "table_json_url": urls["table_json_url"], **j})
    years = await fetch(db, "select distinct year from responses where year is not null "
                            "order by year desc")
    # only the forces the archive holds responses of (the registry has every force)
    held = {r["force"] for r in await fetch(db, "select distinct force from stats_force_year")}
    return await render(datasette, request, "foi_search.html", {
        **args, "searched_for": searched, "has_words": bool(fts), "total": total,
        "first": first + 1, "last": first + len(rows), "pages": pages,
        "results": results, "next_url": nxt, "prev_url": prev,
        "forces": sorted(((s, n) for s, n in names["forces"].items() if s in held),
                         key=lambda kv: kv[1]),
        "years": [r["year"] for r in years],
        # topics by their short names ("Stop and search"), not their long descriptions
        "topics": [(slug, slug.replace("-", " ").capitalize()) for slug in sorted(names["topics"])],
        **{k: v for k, v in urls.items() if k != "page_url"}})
