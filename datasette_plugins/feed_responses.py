"""The Atom feed of a view of the responses table (its URL with `.atom`): entries built from
the rows the view selects, titled by the view's filters, dated by publication.

A response's date is its `published` date; one known only to the month is dated the first of
that month; an undated one the start of its year, else the Unix epoch (never the crawl time,
which would put old responses at the top of a reader). Topic slugs are lower case: a feed URL
with `Custody` is redirected to `custody` rather than answering an empty feed. The feed's title
says the view in words, with force names: "Responses from Kent Police about custody".
"""
from __future__ import annotations

from urllib.parse import urlencode

from datasette.utils.asgi import Response

from datasette_plugins.feed_atom import render_atom
from datasette_plugins.result_rows import OUTCOMES, month_words, shown_date

# filter argument -> words for the feed title, in the order a title reads
_SEARCH = ("_search", "_q")  # the table's search box (table_search.py answers it as _q)
_FEED_COLUMNS = ["atom_id", "atom_title", "atom_updated", "atom_link", "atom_content"]


def _values(args, *keys) -> list[str]:
    """Every value of the given arguments, `__in` lists split on commas."""
    out = []
    for key in keys:
        for value in args.getlist(key):
            out += [v for v in value.split(",") if v] if key.endswith("__in") else [value]
    return out


def _either(values: list[str]) -> str:
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " or " + values[-1]


def feed_title(args, forces: dict | None = None) -> str:
    """'Responses from Kent Police about custody': the view's filters in words, force names
    (from `forces`, slug -> name) rather than slugs; other filters as 'column value'."""
    forces = forces or {}
    words, used = [], set()

    def take(phrase, *keys, shown=lambda v: v):
        values = _values(args, *keys)
        used.update(keys)
        if values:
            words.append(f"{phrase} {_either([shown(v) for v in values])}")

    take("from", "force", "force__exact", "force__in", shown=lambda v: forces.get(v, v))
    take("about", "topics__arraycontains", shown=lambda v: v.replace("-", " "))
    take("citing", "exemption_families__arraycontains", "exemption_labels__arraycontains")
    take("with outcome", "outcome", "outcome__exact", "outcome__in",
         shown=lambda v: OUTCOMES.get(v, v))
    take("in", "month", shown=lambda v: month_words(v))
    take("in", "year")
    if args.get("ncnd") in ("1", "0"):
        used.add("ncnd")
        words.append("that neither confirm nor deny" if args.get("ncnd") == "1"
                     else "that confirm or deny")
    for key in _SEARCH:
        used.add(key)
        words += [f'matching "{v}"' for v in args.getlist(key) if v]
    rest = [f"{key.replace('__', ' ').replace('_', ' ')} {value}" for key in args
            if key not in used and not key.startswith("_") for value in args.getlist(key)]
    if not words and not rest:
        return "Police FOI responses"
    return " ".join(["Responses", *words]) + (" (" + ", ".join(rest) + ")" if rest else "")


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
                       title=feed_title(request.args, names))
