"""/search (responses with highlighted snippets) and /precedents (reasoning passages grouped
into reused wordings, with counts of responses, forces and years)."""
from __future__ import annotations

import re
from urllib.parse import urlencode

from datasette_plugins.safety import END, START, highlight, json_list
from datasette_plugins.web import DB_NAME, corpus, fetch, fetch_many, has_table, render

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


# Newest responses using one wording. A wording used by k of N responses is found either by
# reading the newest responses (from its last use back) until `per` of them use it, about
# per * N / k index steps, or by reading all k uses and sorting them: the first when
# k * k > per * N. Both give the same rows; the old single query sorted every use of every
# wording (94,000 rows, ~1 s, for the commonest wording of a 100k corpus).
_NEWEST_USES = """select r.id, r.title, r.force, r.published from responses r
  where r.published <= :last
    and exists (select 1 from passages p where p.response_id = r.id and p.cluster_id = :c)
  order by r.published desc, r.id limit {per}"""
_ALL_USES = """select r.id, r.title, r.force, r.published from responses r
  where r.id in (select response_id from passages where cluster_id = :c)
  order by r.published desc, r.id limit {per}"""
_ONE_USE = """select r.id, r.title, r.force, r.published from passages p
  join responses r on r.id = p.response_id where p.id = :p"""


async def _examples(db, wordings: list[dict], total: int, per_wording: int = 5) -> None:
    """Up to `per_wording` newest responses using each wording, in one trip to SQLite."""
    per = int(per_wording)
    all_uses = _ALL_USES.format(per=per)
    queries, dense = {}, set()
    for i, w in enumerate(wordings):
        if not w["cluster_id"]:
            queries[i] = (_ONE_USE, {"p": w["key"].split(":", 1)[1]})
        elif w["last_seen"] and (w["responses"] or 0) ** 2 > per * total:
            dense.add(i)
            queries[i] = (_NEWEST_USES.format(per=per),
                          {"c": w["cluster_id"], "last": w["last_seen"]})
        else:
            queries[i] = (all_uses, {"c": w["cluster_id"]})
    found = await fetch_many(db, queries) if queries else {}
    # uses without a date sort after every dated one: fewer dated uses than asked, read all
    short = {i: (all_uses, {"c": wordings[i]["cluster_id"]}) for i in dense
             if len(found[i]) < per}
    if short:
        found.update(await fetch_many(db, short))
    for i, w in enumerate(wordings):
        w["examples"] = found.get(i, [])
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
        counts = (datasette.inspect_data or {}).get(DB_NAME, {}).get("tables", {})
        await _examples(db, wordings, (counts.get("responses") or {}).get("count") or 0)
    return await render(datasette, request, "foi_precedents.html", {
        "q": q, "label": label, "labels": labels, "wordings": wordings})
