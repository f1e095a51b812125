"""/ico (and /ico.json): the Information Commissioner's decisions about police forces, counted
per force and per exemption, with how often the force's position was upheld; and the panel of
decision notices linked to a response (`ico_panel`, read by /response/<id>).

"Upheld" is the complaint's outcome, as the Commissioner words it: an upheld complaint is a
decision against the force, a complaint not upheld leaves the force's position standing.
"""
from __future__ import annotations

from datasette_plugins.json_page import json_response, wants_json
from datasette_plugins.safety import json_list, link_href
from datasette_plugins.web import corpus, fetch_many, has_table, render

_COUNTS = ("count(*) as decisions, "
           "sum(d.decision = 'upheld') as upheld, "
           "sum(d.decision = 'partly_upheld') as partly_upheld, "
           "sum(d.decision = 'not_upheld') as not_upheld, "
           "sum(d.steps_ordered = 1) as steps_ordered")


def _share(row: dict) -> dict:
    decided = (row["upheld"] or 0) + (row["partly_upheld"] or 0) + (row["not_upheld"] or 0)
    row["force_upheld_share"] = round((row["not_upheld"] or 0) / decided, 3) if decided else None
    return row


async def ico_page(datasette, request):
    db = corpus(datasette)
    if not await has_table(db, "ico_decisions"):
        context = {"by_force": [], "by_section": [], "latest": [], "total": 0}
    else:
        found = await fetch_many(db, {
            "by_force": (f"select d.force, f.name, {_COUNTS} from ico_decisions d "
                         "left join forces f on f.slug = d.force group by d.force "
                         "order by decisions desc, f.name", []),
            "by_section": (f"select s.value as label, {_COUNTS} from ico_decisions d, "
                           "json_each(d.sections) s group by s.value "
                           "order by decisions desc, label", []),
            "latest": ("select d.id, d.reference, d.date, d.force, f.name, d.decision, "
                       "d.sections, d.steps_ordered, d.summary, d.url, (select count(*) from "
                       "response_ico_links l where l.decision_id = d.id) as linked "
                       "from ico_decisions d left join forces f on f.slug = d.force "
                       "order by d.date desc, d.id limit 20", []),
        })
        latest = found["latest"]
        for d in latest:
            d["sections"] = json_list(d["sections"])
            d["href"] = link_href(d["url"])
        context = {"by_force": [_share(r) for r in found["by_force"]],
                   "by_section": [_share(r) for r in found["by_section"]],
                   "latest": latest,
                   "total": sum(r["decisions"] for r in found["by_force"])}
    if wants_json(request):
        return json_response({k: v for k, v in context.items()})
    return await render(datasette, request, "foi_ico.html", context)


def ico_panel_query(rid: str) -> tuple[str, list]:
    """The decisions linked to one response, best evidence first (for fetch_many)."""
    return ("select l.score, l.reasons, d.id, d.reference, d.date, d.decision, d.sections, "
            "d.steps_ordered, d.summary, d.url, d.authority from response_ico_links l "
            "join ico_decisions d on d.id = l.decision_id where l.response_id = ? "
            "order by l.score desc, d.id", [rid])


def ico_panel(rows: list[dict]) -> list[dict]:
    for d in rows:
        d["reasons"] = [r for r in json_list(d["reasons"]) if isinstance(r, str)]
        d["sections"] = json_list(d["sections"])
        d["href"] = link_href(d["url"])
    return rows
