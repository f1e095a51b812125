"""/response/<id>: one readable page per response."""
from __future__ import annotations

from urllib.parse import unquote

from datasette.utils.asgi import NotFound

from datasette_plugins.safety import json_list, link_href
from datasette_plugins.web import corpus, fetch, fetch_one, has_table, render


def _table_view(row: dict) -> dict:
    return {"caption": row["caption"], "header": json_list(row["header"]),
            "rows": json_list(row["rows"]), "ordinal": row["ordinal"]}


async def _round_robin(db, rid: str) -> dict | None:
    if not await has_table(db, "round_robin_members"):
        return None
    group = await fetch_one(
        db, "select round_robin_id from round_robin_members where response_id = ? limit 1", [rid])
    if not group:
        return None
    members = await fetch(
        db, "select r.id, r.force, r.title, r.outcome, f.name as force_name "
            "from round_robin_members m join responses r on r.id = m.response_id "
            "left join forces f on f.slug = r.force where m.round_robin_id = ? "
            "order by f.name, r.id", [group["round_robin_id"]])
    return {"id": group["round_robin_id"], "members": members}


async def _similar(db, rid: str) -> list[dict]:
    if not await has_table(db, "similar_responses"):
        return []
    return await fetch(
        db, "select r.id, r.title, r.force, r.published, s.score from similar_responses s "
            "join responses r on r.id = s.similar_id where s.response_id = ? "
            "order by s.score desc, r.id limit 10", [rid])


async def response_page(datasette, request):
    db = corpus(datasette)
    rid = unquote(request.url_vars["id"])
    resp = await fetch_one(
        db, "select r.*, f.name as force_name from responses r "
            "left join forces f on f.slug = r.force where r.id = ?", [rid])
    if resp is None:
        raise NotFound(f"No response {rid}")
    topics = await fetch(
        db, "select t.topic, t.score, t.evidence, d.description from response_topics t "
            "left join topics d on d.slug = t.topic where t.response_id = ? "
            "order by t.score desc, t.topic", [rid])
    for t in topics:
        t["evidence"] = [e for e in json_list(t["evidence"]) if isinstance(e, dict)]
    attachments = await fetch(db, "select name, url from attachments where response_id = ? "
                                  "order by ordinal", [rid])
    for a in attachments:
        a["href"] = link_href(a["url"])
    context = {
        "r": resp,
        "original_href": link_href(resp["url"]),
        "source_urls": json_list(resp["source_urls"]),
        "questions": await fetch(db, "select number, text, answer from questions "
                                     "where response_id = ? order by ordinal", [rid]),
        "exemptions": await fetch(
            db, "select e.* from response_exemptions x join exemptions e on e.label = x.label "
                "where x.response_id = ? order by e.section, e.label", [rid]),
        "topics": topics,
        "tables": [_table_view(t) for t in await fetch(
            db, "select * from tables where response_id = ? order by ordinal", [rid])],
        "figures": await fetch(db, "select table_ordinal, measure, period, value, raw "
                                   "from figures where response_id = ? order by id", [rid]),
        "attachments": attachments,
        "similar": await _similar(db, rid),
        "round_robin": await _round_robin(db, rid),
        "json_url": f"/foi/responses/{rid}.json",
    }
    return await render(datasette, request, "foi_response.html", context)
