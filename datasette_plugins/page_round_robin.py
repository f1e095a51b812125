"""/round-robins and /round-robin/<id>: one request, every force's answer side by side."""
from __future__ import annotations

from collections import Counter
from urllib.parse import unquote, urlencode

from datasette.utils.asgi import NotFound

from datasette_plugins.safety import json_list
from datasette_plugins.web import corpus, fetch, fetch_many, fetch_one, has_table, render

REFUSALS = {"refused", "ncnd", "cost_limit", "vexatious", "published_elsewhere"}


async def round_robins_page(datasette, request):
    db = corpus(datasette)
    groups = []
    if await has_table(db, "stats_round_robins"):  # precomputed at build time
        groups = await fetch(db, "select id, title, members, forces, refusals from "
                                 "stats_round_robins order by members desc, id limit 500")
    elif await has_table(db, "round_robins"):
        groups = await fetch(
            db, "select g.id, g.title, count(m.response_id) as members, "
                "count(distinct r.force) as forces, "
                "sum(r.outcome in ('refused','ncnd','cost_limit','vexatious',"
                "'published_elsewhere')) as refusals "
                "from round_robins g join round_robin_members m on m.round_robin_id = g.id "
                "join responses r on r.id = m.response_id "
                "group by g.id order by members desc, g.id limit 500")
    return await render(datasette, request, "foi_round_robins.html", {"groups": groups})


async def round_robin_page(datasette, request):
    db = corpus(datasette)
    gid = unquote(request.url_vars["id"])
    group = (await fetch_one(db, "select * from round_robins where id = ?", [gid])
             if await has_table(db, "round_robins") else None)
    if group is None:
        raise NotFound(f"No round-robin group {gid}")
    members = await fetch(
        db, "select r.id, r.force, f.name as force_name, r.reference, r.title, r.published, "
            "r.outcome, r.ncnd, r.exemption_labels from round_robin_members m "
            "join responses r on r.id = m.response_id left join forces f on f.slug = r.force "
            "where m.round_robin_id = ? order by f.name, r.id", [gid])
    # every member's figures in one trip to the SQL thread pool (a group has up to ~140
    # members: one trip each kept the page waiting behind other requests' queries under load)
    figures = await fetch_many(db, {
        str(i): ("select measure, period, value, raw from figures where response_id = ? "
                 "order by id limit 12", [m["id"]]) for i, m in enumerate(members)})
    for i, m in enumerate(members):
        m["exemptions"] = json_list(m["exemption_labels"])
        m["figures"] = figures[str(i)]
        m["refused"] = m["outcome"] in REFUSALS
    sql = ("select f.name as force, r.reference, r.title, r.published, r.outcome, r.ncnd, "
           "r.exemption_labels, r.id from round_robin_members m join responses r "
           "on r.id = m.response_id left join forces f on f.slug = r.force "
           "where m.round_robin_id = :id order by f.name")
    export = urlencode({"sql": sql, "id": gid})
    context = {
        "group": group, "members": members,
        "outcomes": Counter(m["outcome"] for m in members).most_common(),
        "refused": [m for m in members if m["refused"]],
        "csv_url": f"/foi.csv?{export}", "json_url": f"/foi.json?{export}&_shape=array",
    }
    return await render(datasette, request, "foi_round_robin.html", context)
