"""/search (responses with highlighted snippets) and /precedents (reasoning passages grouped
into reused wordings, with counts of responses, forces and years)."""
from __future__ import annotations

import re
from urllib.parse import urlencode

from datasette_plugins.safety import END, START, highlight, json_list
from datasette_plugins.web import corpus, fetch, has_table, render

PAGE = 50
# Rank only the newest matches (rowids follow publication order, see archive/corpus_write.py):
# bm25 then scores at most this many rows, however common the words are in a million responses.
RANK_WINDOW = 2000
NEWEST_MATCHES = (" and responses_fts.rowid >= coalesce((select rowid from responses_fts where "
                  f"responses_fts match :q order by rowid desc limit 1 offset {RANK_WINDOW - 1}), 0)")


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
        where = "responses_fts match :q" + (" and r.force = :force" if force else NEWEST_MATCHES)
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


async def _wordings(db, q: str, label: str, limit: int = 25) -> list[dict]:
    """Wordings whose passages match the words and/or cited exemption, most reused first.

    Matching passages are grouped by their near-duplicate cluster in SQL; the reuse counts come
    from the NLP layer's precomputed `passage_clusters` row (a passage in no cluster is used
    once), so a wording cited thousands of times costs one row, not thousands.
    """
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
    has_clusters = await has_table(db, "passage_clusters")
    cluster_join = ("left join passage_clusters c on c.id = h.cluster_id" if has_clusters
                    else "left join (select null as id, null as representative_text, "
                         "null as responses, null as forces, null as years, null as first_seen, "
                         "null as last_seen, null as exemptions, null as force_list) c on 0")
    sql = f"""
      with hits as (
        select coalesce(p.cluster_id, 'passage:' || p.id) as key, p.cluster_id,
               min(p.id) as passage_id, count(*) as hits
        from passages p{joins} where {' and '.join(where)} group by key)
      select h.key, h.cluster_id, h.hits, coalesce(c.representative_text, p.text) as text,
        coalesce(c.responses, 1) as responses, coalesce(c.forces, 1) as forces,
        coalesce(c.years, r.year is not null) as years,
        coalesce(c.first_seen, r.published) as first_seen,
        coalesce(c.last_seen, r.published) as last_seen, c.exemptions, c.force_list
      from hits h join passages p on p.id = h.passage_id
        left join responses r on r.id = p.response_id {cluster_join}
      order by responses desc, forces desc, h.key limit {int(limit)}"""
    return await fetch(db, sql, params)


async def _examples(db, wordings: list[dict], per_wording: int = 5) -> None:
    """Up to `per_wording` newest responses using each wording, in one query."""
    clusters = [w["cluster_id"] for w in wordings if w["cluster_id"]]
    singles = [w["key"].split(":", 1)[1] for w in wordings if not w["cluster_id"]]
    params = {f"c{i}": v for i, v in enumerate(clusters)}
    params.update({f"s{i}": v for i, v in enumerate(singles)})
    c_marks = ",".join(f":c{i}" for i in range(len(clusters))) or "null"
    s_marks = ",".join(f":s{i}" for i in range(len(singles))) or "null"
    rows = await fetch(db, f"""
      select * from (
        select key, id, title, force, published,
          row_number() over (partition by key order by published desc, id) as n
        from (select distinct coalesce(p.cluster_id, 'passage:' || p.id) as key, r.id, r.title,
                r.force, r.published
              from passages p join responses r on r.id = p.response_id
              where p.cluster_id in ({c_marks}) or p.id in ({s_marks})))
      where n <= {int(per_wording)} order by key, n""", params)
    by_key: dict[str, list] = {}
    for row in rows:
        by_key.setdefault(row["key"], []).append(row)
    for w in wordings:
        w["examples"] = by_key.get(w["key"], [])
        w["exemption_list"] = json_list(w["exemptions"])
        w["force_names"] = json_list(w["force_list"])
        w["first_year"] = (w["first_seen"] or "")[:4]
        w["last_year"] = (w["last_seen"] or "")[:4]


async def precedents_page(datasette, request):
    db = corpus(datasette)
    q = request.args.get("q", "").strip()
    label = request.args.get("label", "").strip()
    labels = await fetch(db, "select label, name from exemptions order by section, label")
    wordings = []
    if (q or label) and await has_table(db, "passages"):
        wordings = await _wordings(db, q, label)
        await _examples(db, wordings)
    return await render(datasette, request, "foi_precedents.html", {
        "q": q, "label": label, "labels": labels, "wordings": wordings})
