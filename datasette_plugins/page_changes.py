"""/changes (also /changes.json): recent edits, withdrawals and attachment changes of responses,
with facets (force, kind, topic) and withdrawals counted per force and year (issue 14).

Reads the build's `response_changes` (archive/change_history.py); the table holds only the
responses that changed, so counting it per request stays small.
"""
from __future__ import annotations

from urllib.parse import urlencode

from datasette_plugins.json_page import json_response, wants_json
from datasette_plugins.web import corpus, fetch_many, has_table, render

KINDS = ("edited", "withdrawn", "restored", "attachment_added", "attachment_removed",
         "attachment_replaced")
FILTERS = ("force", "kind", "topic")
PAGE_SIZE = 100
_FROM = ("from response_changes c join responses r on r.id = c.response_id "
         "left join forces f on f.slug = r.force")


def _where(args: dict[str, str]) -> tuple[str, list]:
    clauses, params = [], []
    if args.get("force"):
        clauses.append("r.force = ?")
        params.append(args["force"])
    if args.get("kind"):
        clauses.append("c.kind = ?")
        params.append(args["kind"])
    if args.get("topic"):
        clauses.append("exists (select 1 from response_topics t where t.response_id = r.id "
                       "and t.topic = ?)")
        params.append(args["topic"])
    return (" where " + " and ".join(clauses)) if clauses else "", params


def _link(args: dict[str, str], **change) -> str:
    merged = {k: v for k, v in {**args, **change}.items() if v}
    return "/changes" + (f"?{urlencode(merged)}" if merged else "")


async def changes_page(datasette, request):
    db = corpus(datasette)
    args = {k: request.args.get(k) or "" for k in FILTERS}
    if args["kind"] and args["kind"] not in KINDS:
        return await _bad(datasette, request, f"kind must be one of {', '.join(KINDS)}")
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        return await _bad(datasette, request, "page must be a whole number")
    if not await has_table(db, "response_changes"):
        found = {"rows": [], "total": [{"n": 0}], "force": [], "kind": [], "topic": [],
                 "withdrawals": []}
    else:
        where, params = _where(args)
        found = await fetch_many(db, {
            "rows": (f"select c.response_id, c.seq, c.kind, c.detected_at, c.summary, "
                     f"r.title, r.reference, r.force, r.status, f.name as force_name {_FROM}"
                     f"{where} order by c.detected_at desc, c.response_id, c.seq "
                     f"limit {PAGE_SIZE} offset {(page - 1) * PAGE_SIZE}", params),
            "total": (f"select count(*) as n {_FROM}{where}", params),
            "force": (f"select r.force as value, f.name as label, count(*) as n {_FROM}{where} "
                      f"group by r.force order by n desc, r.force limit 30", params),
            "kind": (f"select c.kind as value, replace(c.kind, '_', ' ') as label,"
                     f" count(*) as n {_FROM}{where} "
                     f"group by c.kind order by n desc, c.kind", params),
            "topic": (f"select t.topic as value, t.topic as label, count(*) as n {_FROM} "
                      f"join response_topics t on t.response_id = r.id{where} "
                      f"group by t.topic order by n desc, t.topic limit 30", params),
            # analytics: withdrawals per force and year (whatever the filters)
            "withdrawals": ("select r.force, f.name as force_name, substr(c.detected_at, 1, 4) "
                            "as year, count(*) as n from response_changes c join responses r "
                            "on r.id = c.response_id left join forces f on f.slug = r.force "
                            "where c.kind = 'withdrawn' group by r.force, year "
                            "order by year desc, n desc, r.force", []),
        })
    total = found["total"][0]["n"]
    facets = {name: [{**v, "selected": args[name] == v["value"],
                      "href": _link(args, **{name: "" if args[name] == v["value"]
                                             else v["value"]})}
                     for v in found[name]] for name in FILTERS}
    data = {"filters": args, "page": page, "total": total, "changes": found["rows"],
            "facets": {k: [{"value": v["value"], "count": v["n"]} for v in vs]
                       for k, vs in facets.items()},
            "withdrawals_by_force_year": found["withdrawals"],
            "feed": "/foi/recent_changes.atom"}
    if wants_json(request):
        return json_response(data)
    more = page * PAGE_SIZE < total
    return await render(datasette, request, "foi_changes.html", {
        **data, "facets": facets,
        "next_href": _link(args, page=str(page + 1)) if more else None,
        "json_href": _link(args, page=str(page) if page > 1 else "").replace(
            "/changes", "/changes.json", 1),
        "force_feed": (f"/foi/recent_changes_for_force.atom?{urlencode({'force': args['force']})}"
                       if args["force"] else None)})


async def _bad(datasette, request, message: str):
    if wants_json(request):
        return json_response({"ok": False, "error": message}, status=400)
    return await render(datasette, request, "foi_changes.html",
                        {"error": message, "changes": [], "facets": {}, "total": 0,
                         "filters": {}, "withdrawals_by_force_year": []}, status=400)
