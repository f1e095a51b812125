"""/response/<id>: one readable page per response."""
from __future__ import annotations

from urllib.parse import unquote

from datasette.utils.asgi import NotFound

from datasette_plugins import page_ico
from datasette_plugins.page_timeliness import timing_line
from datasette_plugins.safety import json_list, link_href
from datasette_plugins.web import corpus, fetch_many, has_table, render


def _history(versions: list[dict], changes: list[dict]) -> dict | None:
    """The response's changes, its latest edit and withdrawal, and escaped word-level diffs
    between its stored versions (datasette_plugins/change_diff.py)."""
    if not changes:
        return None
    from datasette_plugins.change_diff import version_diffs  # only pages with changes

    last = {c["kind"]: c for c in changes}
    attachment = [c for c in changes if c["kind"].startswith("attachment_")]
    return {"changes": changes[::-1], "edited": last.get("edited"),
            "withdrawn": last.get("withdrawn"), "restored": last.get("restored"),
            "attachment": attachment[-1] if attachment else None,
            "diffs": version_diffs(versions)}


def _table_view(row: dict) -> dict:
    return {"caption": row["caption"], "header": json_list(row["header"]),
            "rows": json_list(row["rows"]), "ordinal": row["ordinal"]}


async def response_page(datasette, request):
    db = corpus(datasette)
    rid = unquote(request.url_vars["id"])
    queries = {
        "resp": ("select r.*, f.name as force_name from responses r "
                 "left join forces f on f.slug = r.force where r.id = ?", [rid]),
        "topics": ("select t.topic, t.score, t.evidence, d.description from response_topics t "
                   "left join topics d on d.slug = t.topic where t.response_id = ? "
                   "order by t.score desc, t.topic", [rid]),
        "attachments": ("select name, url from attachments where response_id = ? "
                        "order by ordinal", [rid]),
        "questions": ("select number, text, answer from questions "
                      "where response_id = ? order by ordinal", [rid]),
        "exemptions": ("select e.* from response_exemptions x join exemptions e "
                       "on e.label = x.label where x.response_id = ? "
                       "order by e.section, e.label", [rid]),
        "tables": ("select * from tables where response_id = ? order by ordinal", [rid]),
        "figures": ("select table_ordinal, measure, period, value, raw "
                    "from figures where response_id = ? order by id", [rid]),
    }
    if await has_table(db, "exemption_names"):
        # each label named under the force's own Act (archive/exemption_names.py)
        queries["exemptions"] = (
            "select x.label, e.section, n.key, n.act, n.family, n.name, n.ncnd, n.title "
            "from response_exemptions x join exemptions e on e.label = x.label "
            "join responses r on r.id = x.response_id left join forces f on f.slug = r.force "
            "left join exemption_names n on n.label = x.label and n.act = "
            "(case when f.act = 'FOISA' then 'FOISA' else 'FOIA' end) "
            "where x.response_id = ? order by e.section, x.label", [rid])
    if await has_table(db, "similar_responses"):
        queries["similar"] = (
            "select r.id, r.title, r.force, coalesce(f.name, r.force) as force_name, "
            "r.published, r.month, s.score from similar_responses s "
            "join responses r on r.id = s.similar_id "
            "left join forces f on f.slug = r.force where s.response_id = ? "
            "order by s.score desc, r.id limit 10", [rid])
    if await has_table(db, "response_evidence"):
        queries["evidence"] = ("select field, rule, sentence from response_evidence "
                               "where response_id = ?", [rid])
    if await has_table(db, "response_changes"):   # issue 14: versions and changes
        queries["versions"] = ("select version, first_seen, last_seen, content from "
                               "response_versions where response_id = ? order by version", [rid])
        queries["changes"] = ("select seq, kind, detected_at, summary, version from "
                              "response_changes where response_id = ? order by seq", [rid])
    if await has_table(db, "round_robin_members"):
        group = "(select round_robin_id from round_robin_members where response_id = ? limit 1)"
        queries["group"] = (f"select {group} as id", [rid])
        queries["members"] = (
            "select r.id, r.force, r.title, r.outcome, f.name as force_name "
            "from round_robin_members m join responses r on r.id = m.response_id "
            f"left join forces f on f.slug = r.force where m.round_robin_id = {group} "
            "order by f.name, r.id", [rid])
    if await has_table(db, "response_ico_links"):
        queries["ico_links"] = page_ico.ico_panel_query(rid)
    found = await fetch_many(db, queries)   # one trip to the SQL threads, not ten
    if not found["resp"]:
        raise NotFound(f"No response {rid}")
    resp = found["resp"][0]
    topics = found["topics"]
    for t in topics:
        t["evidence"] = [e for e in json_list(t["evidence"]) if isinstance(e, dict)]
    attachments = found["attachments"]
    for a in attachments:
        a["href"] = link_href(a["url"])
    group_id = found["group"][0]["id"] if found.get("group") else None
    context = {
        "r": resp,
        "original_href": link_href(resp["url"]),
        "source_urls": json_list(resp["source_urls"]),
        "questions": found["questions"],
        "exemptions": found["exemptions"],
        "topics": topics,
        "tables": [_table_view(t) for t in found["tables"]],
        "figures": found["figures"],
        "attachments": attachments,
        "similar": found.get("similar", []),
        "ico_links": page_ico.ico_panel(found.get("ico_links", [])),
        "round_robin": {"id": group_id, "members": found["members"]} if group_id else None,
        "json_url": f"/foi/responses/{rid}.json",
        "evidence": {e["field"]: e for e in found.get("evidence", [])},
        "history": _history(found.get("versions", []), found.get("changes", [])),
        "timing": timing_line(resp),  # "Received …; answered in N working days"
        # the letter is the answer when the page itself only points to it (Police Scotland)
        "letter_open": len((resp.get("response_text") or "").strip()) < 300,
    }
    return await render(datasette, request, "foi_response.html", context)
