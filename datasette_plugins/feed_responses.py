"""The Atom feed of a view of the responses table (its URL with `.atom`): entries built from
the rows the view selects, titled by the view's filters, dated by publication.

A response's date is its `published` date; one known only to the month is dated the first of
that month; an undated one the start of its year, else the Unix epoch (never the crawl time,
which would put old responses at the top of a reader). Topic slugs are lower case: a feed URL
with `Custody` is redirected to `custody` rather than answering an empty feed.
"""
from __future__ import annotations

from urllib.parse import urlencode

from datasette.utils.asgi import Response

from datasette_plugins.feed_atom import render_atom
from datasette_plugins.result_rows import shown_date

# filter argument -> words for the feed title ("topic custody")
_NAMES = {"force": "force", "topics__arraycontains": "topic",
          "exemption_labels__arraycontains": "exemption", "outcome": "outcome", "year": "year",
          "month": "month", "ncnd": "NCND", "_search": "search", "_q": "search"}
_SEARCH = ("_search", "_q")  # the table's search box (table_search.py answers it as _q)
_FEED_COLUMNS = ["atom_id", "atom_title", "atom_updated", "atom_link", "atom_content"]


def feed_title(args) -> str:
    parts = []
    for key in args:
        if key.startswith("_") and key not in _SEARCH:
            continue
        name = _NAMES.get(key) or key.replace("__", " ").replace("_", " ")
        for value in args.getlist(key):
            parts.append(f'{name} "{value}"' if key in _SEARCH else f"{name} {value}")
    return "Police FOI responses" + (": " + ", ".join(parts) if parts else "")


def _date(row: dict) -> str | None:
    if row.get("published"):
        return row["published"]
    if row.get("month"):
        return f"{row['month']}-01"
    if row.get("year"):
        return f"{row['year']}-01-01"
    return None


def _lowercase_topics(request) -> Response | None:
    values = request.args.getlist("topics__arraycontains")
    if not any(v != v.lower() for v in values):
        return None
    pairs = [(k, v.lower() if k == "topics__arraycontains" else v)
             for k in request.args for v in request.args.getlist(k)]
    return Response.redirect(request.path + "?" + urlencode(pairs))


async def render_responses_feed(datasette, request, database, columns, rows):
    redirect = _lowercase_topics(request)
    if redirect is not None:
        return redirect
    names = {r[0]: r[1] for r in (await datasette.get_database(database).execute(
        "select slug, name from forces")).rows}
    entries = []
    for row in rows:
        r = dict(zip(columns, row, strict=False)) if not hasattr(row, "keys") else dict(row)
        title = r.get("title") or r.get("reference") or r["id"]
        who = r.get("force") or ""
        if isinstance(who, dict):  # a labelled foreign key ({"value", "label"})
            who = who.get("label") or who.get("value") or ""
        who = names.get(who, who)
        summary = " · ".join(str(x) for x in (who, r.get("outcome"), shown_date(r, None)) if x)
        request_text = (r.get("request_text") or "")[:500]
        entries.append([f"tag:foi-archive,{r['id']}", f"{title} ({who})" if who else title,
                        _date(r), f"/response/{r['id']}",
                        summary + ("\n\n" + request_text if request_text else "")])
    entries.sort(key=lambda e: (e[2] or ""), reverse=True)  # newest publication first
    return render_atom(datasette, request, database, "responses", None, _FEED_COLUMNS, entries,
                       title=feed_title(request.args))
