"""/search (responses with highlighted snippets) and /precedents (reasoning passages grouped
into reused wordings, with counts of responses, forces and years)."""
from __future__ import annotations

import json
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

    Matching passages are grouped by their near-duplicate cluster; the reuse counts come
    from the NLP layer's precomputed `passage_clusters` row (a passage in no cluster is used
    once), so a wording cited thousands of times costs one row, not thousands. When the build
    wrote the serving tables (archive/corpus_serving.py) the match runs over distinct
    wordings instead of every passage.
    """
    if not (q or label):
        return []
    params: dict = {"label": label}
    serving = await has_table(db, "serving_wordings")
    fts = await has_table(db, "passages_fts")
    if q:
        if fts:
            params["q"] = fts_query(q)
        else:  # no FTS index from the NLP layer: every word must appear
            for i, word in enumerate(re.findall(r"\w+", q)):
                params[f"w{i}"] = f"%{word}%"
    hits = (_serving_hits(q, label, fts) if serving else _passage_hits(q, label, fts))
    has_clusters = await has_table(db, "passage_clusters")
    cluster_join = ("left join passage_clusters c on c.id = h.cluster_id" if has_clusters
                    else "left join (select null as id, null as representative_text, "
                         "null as responses, null as forces, null as years, null as first_seen, "
                         "null as last_seen, null as exemptions, null as force_list) c on 0")
    sql = f"""
      with hits as ({hits})
      select h.key, h.cluster_id, h.hits, coalesce(c.representative_text, p.text) as text,
        coalesce(c.responses, 1) as responses, coalesce(c.forces, 1) as forces,
        coalesce(c.years, r.year is not null) as years,
        coalesce(c.first_seen, r.published) as first_seen,
        coalesce(c.last_seen, r.published) as last_seen, c.exemptions, c.force_list
      from hits h join passages p on p.id = h.passage_id
        left join responses r on r.id = p.response_id {cluster_join}
      order by responses desc, forces desc, h.key limit {int(limit)}"""
    return await fetch(db, sql, params)


def _word_conditions(q: str, fts: bool, fts_table: str, text_column: str) -> list[str]:
    if not q:
        return []
    if fts:
        return [f"{fts_table} match :q"]
    return [f"{text_column} like :w{i}" for i in range(len(re.findall(r"\w+", q)))]


def _passage_hits(q: str, label: str, fts: bool) -> str:
    """(key, cluster_id, passage_id, hits) per wording, grouping every matching passage."""
    joins = " join passages_fts on passages_fts.rowid = p.rowid" if q and fts else ""
    where = _word_conditions(q, fts, "passages_fts", "p.text")
    if label:
        where.append("p.response_id in (select response_id from response_exemptions "
                     "where label = :label)")
    return f"""
        select coalesce(p.cluster_id, 'passage:' || p.id) as key, p.cluster_id,
               min(p.id) as passage_id, count(*) as hits
        from passages p{joins} where {' and '.join(where)} group by key"""


def _serving_hits(q: str, label: str, fts: bool) -> str:
    """The same rows from the build's distinct wordings: a text matches exactly when its
    passages do, and its use counts (per label) were summed at build time."""
    joins = (" join serving_wordings_fts on serving_wordings_fts.rowid = w.id"
             if q and fts else "")
    where = _word_conditions(q, fts, "serving_wordings_fts", "w.text")
    source = "w"
    if label:
        joins += " join serving_wording_labels l on l.wording_id = w.id"
        where.append("l.label = :label")
        source = "l"
    return f"""
        select w.key, w.cluster_id, min({source}.passage_id) as passage_id,
               sum({source}.uses) as hits
        from serving_wordings w{joins} where {' and '.join(where)} group by w.key"""


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


_PRECOMPUTED_USES = """select x.cluster_id, r.id, r.title, r.force, r.published
  from serving_wording_examples x join responses r on r.id = x.response_id
  where x.cluster_id in (select value from json_each(:clusters)) and x.rank <= :per
  order by x.cluster_id, x.rank"""
_KEPT_USES = "select rank from serving_wording_examples where cluster_id = ''"


async def _examples(db, wordings: list[dict], total: int, per_wording: int = 5) -> None:
    """Up to `per_wording` newest responses using each wording, in one trip to SQLite (the
    build's `serving_wording_examples` when it kept enough per wording)."""
    per = int(per_wording)
    found: dict = {}
    clustered = [i for i, w in enumerate(wordings) if w["cluster_id"]]
    if clustered and await has_table(db, "serving_wording_examples"):
        ids = sorted({wordings[i]["cluster_id"] for i in clustered})
        pre = await fetch_many(db, {"kept": (_KEPT_USES, {}), "uses": (
            _PRECOMPUTED_USES, {"clusters": json.dumps(ids), "per": per})})
        if pre["kept"] and pre["kept"][0]["rank"] >= per:
            by_cluster: dict[str, list[dict]] = {}
            for row in pre["uses"]:
                by_cluster.setdefault(row.pop("cluster_id"), []).append(row)
            found = {i: by_cluster.get(wordings[i]["cluster_id"], []) for i in clustered}
    all_uses = _ALL_USES.format(per=per)
    queries, dense = {}, set()
    for i, w in enumerate(wordings):
        if i in found:
            continue
        if not w["cluster_id"]:
            queries[i] = (_ONE_USE, {"p": w["key"].split(":", 1)[1]})
        elif w["last_seen"] and (w["responses"] or 0) ** 2 > per * total:
            dense.add(i)
            queries[i] = (_NEWEST_USES.format(per=per),
                          {"c": w["cluster_id"], "last": w["last_seen"]})
        else:
            queries[i] = (all_uses, {"c": w["cluster_id"]})
    if queries:
        found.update(await fetch_many(db, queries))
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
    searchable = q if re.search(r"\w", q) else ""  # '"' or '*' alone holds no word to find
    if (searchable or label) and await has_table(db, "passages"):
        wordings = await _wordings(db, searchable, label)
        counts = (datasette.inspect_data or {}).get(DB_NAME, {}).get("tables", {})
        await _examples(db, wordings, (counts.get("responses") or {}).get("count") or 0)
    return await render(datasette, request, "foi_precedents.html", {
        "q": q, "label": label, "labels": labels, "wordings": wordings})
