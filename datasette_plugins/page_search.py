"""/search (responses with highlighted snippets) and /precedents (reasoning passages grouped
into reused wordings, with counts of responses, forces and years)."""
from __future__ import annotations

import re
from urllib.parse import urlencode

from datasette_plugins.safety import END, START, highlight
from datasette_plugins.web import corpus, fetch, has_table, render

PAGE = 50


def fts_query(text: str) -> str:
    """User words as an FTS5 query of quoted terms (so punctuation never breaks the syntax)."""
    words = re.findall(r"\w+", text or "")
    return " ".join(f'"{w}"' for w in words)


async def search_page(datasette, request):
    db = corpus(datasette)
    q = request.args.get("q", "").strip()
    force = request.args.get("force", "").strip()
    results, query = [], fts_query(q)
    if query:
        where = "responses_fts match :q" + (" and r.force = :force" if force else "")
        results = await fetch(
            db, "select r.id, r.force, r.reference, r.title, r.published, r.outcome, "
                f"snippet(responses_fts, -1, '{START}', '{END}', ' … ', 24) as snippet "
                "from responses_fts join responses r on r.rowid = responses_fts.rowid "
                f"where {where} order by rank limit {PAGE}", {"q": query, "force": force})
        for row in results:
            row["snippet_html"] = highlight(row["snippet"])
    forces = await fetch(db, "select slug, name from forces order by name")
    params = urlencode({"q": q})
    return await render(datasette, request, "foi_search.html", {
        "q": q, "force": force, "forces": forces, "results": results,
        "table_url": f"/foi/responses?{urlencode({'_search': q})}" if q else None,
        "json_url": f"/foi/search_responses.json?{params}" if q else None,
        "csv_url": f"/foi/search_responses.csv?{params}" if q else None})


async def _passage_hits(db, q: str, label: str) -> list[dict]:
    """Passages matching the words and/or cited exemption, best first."""
    params: dict = {"label": label}
    joins, where = "", []
    if q:
        if await has_table(db, "passages_fts"):
            joins += " join passages_fts on passages_fts.rowid = p.rowid"
            where.append("passages_fts match :q")
            params["q"] = fts_query(q)
        else:  # no FTS index from the NLP layer: every word must appear
            for i, word in enumerate(re.findall(r"\w+", q)):
                where.append(f"p.text like :w{i}")
                params[f"w{i}"] = f"%{word}%"
    if label:
        where.append("p.response_id in (select response_id from response_exemptions "
                     "where label = :label)")
    if not where:
        return []
    sql = (f"select p.id, p.response_id, p.text, p.cluster_id from passages p{joins} "
           f"where {' and '.join(where)} limit 400")
    return await fetch(db, sql, params)


async def precedents_page(datasette, request):
    db = corpus(datasette)
    q = request.args.get("q", "").strip()
    label = request.args.get("label", "").strip()
    labels = await fetch(db, "select label, name from exemptions order by section, label")
    wordings = []
    if (q or label) and await has_table(db, "passages"):
        hits = await _passage_hits(db, q, label)
        clusters: dict[str, dict] = {}
        for hit in hits:
            key = hit["cluster_id"] or f"passage:{hit['id']}"
            clusters.setdefault(key, {"key": key, "cluster_id": hit["cluster_id"],
                                      "text": hit["text"], "hits": 0})["hits"] += 1
        for c in list(clusters.values())[:25]:
            if c["cluster_id"] is not None:
                member_sql, arg = "p.cluster_id = ?", c["cluster_id"]
            else:
                member_sql, arg = "p.id = ?", c["key"].split(":", 1)[1]
            c.update((await fetch(
                db, "select count(distinct p.response_id) as responses, "
                    "count(distinct r.force) as forces, count(distinct r.year) as years, "
                    "min(r.year) as first_year, max(r.year) as last_year "
                    f"from passages p join responses r on r.id = p.response_id where {member_sql}",
                [arg]))[0])
            c["examples"] = await fetch(
                db, "select r.id, r.title, r.force, r.published from passages p "
                    f"join responses r on r.id = p.response_id where {member_sql} "
                    "order by r.published desc, r.id limit 5", [arg])
            wordings.append(c)
        wordings.sort(key=lambda c: (-(c["responses"] or 0), -(c["forces"] or 0), c["key"]))
    return await render(datasette, request, "foi_precedents.html", {
        "q": q, "label": label, "labels": labels, "wordings": wordings})
