"""/round-robins and /round-robin/<id> (each also as .json): one request, every force's answer
side by side. The request is shown once (the asks of the member that printed most of them);
then one row per force (its newest response; earlier ones linked in the row) with date,
outcome, exemptions by name, the figures most members report as columns, and a one-line answer.
"""
from __future__ import annotations

import re
import sqlite3
from collections import Counter
from urllib.parse import unquote, urlencode

from datasette.database import QueryInterrupted
from datasette.utils.asgi import NotFound

from datasette_plugins.json_page import json_response, wants_json
from datasette_plugins.result_rows import exemption_named, lookups, shown_date
from datasette_plugins.safety import json_list
from datasette_plugins.web import corpus, fetch, fetch_many, fetch_one, has_table, render

REFUSALS = {"refused", "ncnd", "cost_limit", "vexatious", "published_elsewhere"}
SORTS = {"forces": "forces desc, members desc, id", "responses": "members desc, id",
         "refusal_share": "1.0 * refusals / max(members, 1) desc, members desc, id",
         "title": "title, id"}
FIGURE_COLUMNS = 3
ANSWER_CHARS = 180
_GREETING = re.compile(r"^(dear|hello|hi|thank you|thanks|good (morning|afternoon))\b", re.I)


def _labels(groups: list[dict], asks: dict[str, list[str]]) -> None:
    """A title several groups share gets an ask of that group no other such group has, so no
    two list rows read the same (forces title different requests alike)."""
    by_title: dict[str, list[dict]] = {}
    for g in groups:
        g["label"] = g["title"] or g["id"]
        by_title.setdefault(g["label"].strip().lower(), []).append(g)
    for same in by_title.values():
        for g in same if len(same) > 1 else []:
            others = {a.lower() for o in same if o is not g for a in asks.get(o["id"], [])}
            own = [a for a in asks.get(g["id"], []) if a.lower() not in others]
            if own:
                g["label"] = f"{g['label']}: {_one_line(own[0], 90)}"
        labels = Counter(g["label"] for g in same)
        for g in same:
            if labels[g["label"]] > 1:
                g["label"] = f"{g['label']} ({g['forces']} forces, {g['id']})"


async def _group_asks(db, ids: list[str]) -> dict[str, list[str]]:
    if not ids or not await has_table(db, "questions"):
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[str, list[str]] = {}
    try:
        rows = await fetch(db, f"select m.round_robin_id as gid, q.text from round_robin_members "
                               f"m join questions q on q.response_id = m.response_id where "
                               f"m.round_robin_id in ({marks}) order by m.response_id, "
                               f"q.ordinal", ids)
    except (sqlite3.OperationalError, QueryInterrupted):
        # past the time limit (hundreds of same-titled groups at a million responses): the
        # list still answers, those rows labelled by title, forces and id (_labels)
        return {}
    for r in rows:
        if r["text"] and r["text"] not in out.setdefault(r["gid"], []):
            out[r["gid"]].append(r["text"])
    return out


def _one_line(text: str | None, limit: int = ANSWER_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


async def round_robins_page(datasette, request):
    db = corpus(datasette)
    sort = request.args.get("_sort") or "forces"
    if sort not in SORTS:
        return await _bad(datasette, request, f"_sort must be one of {', '.join(SORTS)}")
    groups = []
    if await has_table(db, "round_robins"):
        source = ("stats_round_robins" if await has_table(db, "stats_round_robins") else
                  "(select g.id, g.title, count(m.response_id) as members, "
                  "count(distinct r.force) as forces, coalesce(sum(r.outcome in "
                  "('refused','ncnd','cost_limit','vexatious','published_elsewhere')), 0) "
                  "as refusals from round_robins g join round_robin_members m on "
                  "m.round_robin_id = g.id join responses r on r.id = m.response_id "
                  "group by g.id)")
        groups = await fetch(db, f"select s.id, s.title, s.members, s.forces, s.refusals "
                                 f"from {source} s order by {SORTS[sort]} limit 500")
    for g in groups:
        g["refusal_share"] = round((g["refusals"] or 0) / g["members"], 3) if g["members"] else 0
    titles = Counter((g["title"] or "").strip().lower() for g in groups)
    _labels(groups, await _group_asks(
        db, [g["id"] for g in groups if titles[(g["title"] or "").strip().lower()] > 1]))
    if wants_json(request):
        return json_response({"sort": sort, "groups": [
            {**{k: g[k] for k in ("id", "title", "label", "members", "forces", "refusals",
                                  "refusal_share")}, "url": f"/round-robin/{g['id']}"}
            for g in groups]})
    return await render(datasette, request, "foi_round_robins.html",
                        {"groups": groups, "sort": sort, "sorts": list(SORTS)})


async def _bad(datasette, request, message: str):
    if wants_json(request):
        return json_response({"ok": False, "error": message}, status=400)
    return await render(datasette, request, "foi_round_robins.html",
                        {"groups": [], "error": message, "sort": "", "sorts": list(SORTS)},
                        status=400)


def _answer_line(member: dict, questions: list[dict], evidence: dict | None) -> str:
    for q in questions:
        if (q.get("answer") or "").strip():
            return _one_line(q["answer"])
    if evidence and evidence.get("sentence"):
        return _one_line(evidence["sentence"])
    for text in (member.get("response_text"), member.get("attachment_text")):
        for line in (text or "").splitlines():
            line = line.strip()
            if len(line) > 30 and not _GREETING.match(line):
                return _one_line(line)
    return ""


def _figure_columns(members: list[dict]) -> list[str]:
    """The measures most members report, as columns."""
    counts = Counter()
    for m in members:
        counts.update({f["measure"].strip().lower() for f in m["all_figures"] if f["measure"]})
    return [k for k, _n in counts.most_common(FIGURE_COLUMNS)]


def _latest(figures: list[dict], measure: str) -> dict | None:
    rows = [f for f in figures if (f["measure"] or "").strip().lower() == measure]
    return max(rows, key=lambda f: (f["period"] or "", -f["id"])) if rows else None


async def round_robin_page(datasette, request):
    db = corpus(datasette)
    gid = unquote(request.url_vars["id"])
    group = (await fetch_one(db, "select * from round_robins where id = ?", [gid])
             if await has_table(db, "round_robins") else None)
    if group is None:
        raise NotFound(f"No round-robin group {gid}")
    members = await fetch(
        db, "select r.id, r.force, f.name as force_name, r.reference, r.title, r.published, r.month, "
            "r.outcome, r.ncnd, r.exemption_labels, r.request_text, "
            "substr(r.response_text, 1, 3000) as response_text, "
            "substr(r.attachment_text, 1, 3000) as attachment_text "
            "from round_robin_members m join responses r on r.id = m.response_id "
            "left join forces f on f.slug = r.force where m.round_robin_id = ? "
            "order by f.name, coalesce(r.published, r.month) desc, r.id", [gid])
    ids = [m["id"] for m in members]
    marks = ",".join("?" * len(ids)) or "''"
    # every member's details in one trip to the SQL thread pool (a group may have ~140
    # members: one trip each kept the page waiting behind other requests' queries under load)
    queries = {
        "figures": (f"select id, response_id, measure, period, value, raw from figures "
                    f"where response_id in ({marks}) order by id", ids),
        "questions": (f"select response_id, number, text, answer from questions where "
                      f"response_id in ({marks}) order by response_id, ordinal", ids),
    }
    if await has_table(db, "response_evidence"):
        queries["evidence"] = (f"select response_id, sentence from response_evidence where "
                               f"field = 'outcome' and response_id in ({marks})", ids)
    found = await fetch_many(db, queries)
    names = await lookups(db)   # exemption names under each force's own Act
    by = {k: {} for k in ("figures", "questions")}
    for k in by:
        for row in found[k]:
            by[k].setdefault(row["response_id"], []).append(row)
    evidence = {e["response_id"]: e for e in found.get("evidence", [])}
    for m in members:
        m["exemptions"] = [{**exemption_named(e, m["force"], names),
                            "act": names["acts"].get(m["force"], "FOIA")}
                           for e in json_list(m["exemption_labels"])]
        m["all_figures"] = by["figures"].get(m["id"], [])
        m["questions"] = by["questions"].get(m["id"], [])
        m["refused"] = m["outcome"] in REFUSALS
        m["answer"] = _answer_line(m, m["questions"], evidence.get(m["id"]))
    columns = _figure_columns(members)
    rows, seen = [], {}
    for m in members:  # per force: its newest response, the others listed under it
        m["figures"] = [_latest(m["all_figures"], c) for c in columns]
        if m["force"] in seen:
            seen[m["force"]]["earlier"].append(m)
            continue
        m["earlier"] = []
        seen[m["force"]] = m
        rows.append(m)
    # the request once: the asks of the member that printed most of them
    rep = max(members, key=lambda m: (len(m["questions"]), -ids.index(m["id"])), default=None)
    asks = [q["text"] for q in rep["questions"]] if rep else []
    request_text = "" if asks else _one_line(group.get("request_text"), 1500)
    context = {
        "group": group, "rows": rows, "members": members, "figure_columns": columns,
        "asks": asks, "request_text": request_text, "rep": rep,
        "outcomes": Counter(m["outcome"] for m in members).most_common(),
        "refused": [m for m in rows if m["refused"]],
        **_exports(gid),
    }
    if wants_json(request):
        return json_response(_as_json(context))
    return await render(datasette, request, "foi_round_robin.html", context)


def _exports(gid: str) -> dict:
    sql = ("select f.name as force, r.reference, r.title, r.published, r.outcome, r.ncnd, "
           "r.month, r.exemption_labels, '/response/' || r.id as url from round_robin_members m "
           "join responses r on r.id = m.response_id left join forces f on f.slug = r.force "
           "where m.round_robin_id = :id order by f.name")
    export = urlencode({"sql": sql, "id": gid})
    return {"csv_url": f"/foi.csv?{export}&_dl=1", "json_url": f"/round-robin/{gid}.json"}


def _as_json(c: dict) -> dict:
    g = c["group"]

    def row(m):
        return {"response_id": m["id"], "url": f"/response/{m['id']}", "force": m["force"],
                "force_name": m["force_name"], "reference": m["reference"],
                "title": m["title"], "published": m["published"], "month": m["month"],
                "date": shown_date(m, None), "outcome": m["outcome"],
                "ncnd": bool(m["ncnd"]), "exemptions": m["exemptions"], "answer": m["answer"],
                "figures": {col: ({"period": f["period"], "value": f["value"], "raw": f["raw"]}
                                  if f else None)
                            for col, f in zip(c["figure_columns"], m["figures"], strict=True)}}

    return {"id": g["id"], "title": g["title"], "forces": len(c["rows"]),
            "responses": len(c["members"]), "asks": c["asks"],
            "request_text": c["request_text"] or None, "figure_columns": c["figure_columns"],
            "outcomes": dict(c["outcomes"]),
            "rows": [{**row(m), "earlier": [row(e) for e in m["earlier"]]} for m in c["rows"]]}
