"""/asked-before?q=TEXT (and .json): the published requests most like a draft, across forces,
each with the force's outcome, exemptions and date, grouped by round-robin.

How it stays fast on a large corpus: the draft is folded as the NLP step folds requests
(nlp.request_key: greetings, sign-offs and force names dropped); each of its content words is
counted in the title/request columns of the full-text index, reading at most COMMON + 1 index
entries per word; the rarest RARE_TERMS words (with their synonyms) are searched together and
the best CANDIDATES by bm25 (all of them required, then fewer) are re-scored by word
overlap with the draft. Round-robin groups
then bring in every force's answer to the same request.
"""
from __future__ import annotations

import json

from datasette_plugins.json_page import json_response, wants_json
from datasette_plugins.result_rows import lookups, readable
from datasette_plugins.search_query import STOPWORDS, Term, vocabulary
from datasette_plugins.web import corpus, fetch, fetch_many, has_table, render
from nlp.request_key import request_key

MAX_CHARS = 5000       # of the draft
MAX_WORDS = 40         # distinct content words counted
COMMON = 2000          # a word in more requests than this says little about the subject
RARE_TERMS = 12
CANDIDATES = 60
SHOWN = 20             # responses matched directly (round-robin members come on top)
MIN_SCORE = 0.12
RANK_WINDOW = 2000     # newest matches scored per query (as /search does)
# Words every request uses; they never decide what a request is about.
REQUEST_WORDS = frozenset("""about above after all also been being between both but can could
did do does each had has have how if its my no not our over per provide such than that them
then there these this those under up we what when where who whom will would you your yours
year years number numbers many much force forces police information request detail details
breakdown since last month months dear foi freedom act 2000 tell like know held hold copy
copies data recorded record records total figures figure following list""".split())


def content_words(text: str) -> list[str]:
    words = request_key(text).split()
    seen = dict.fromkeys(w for w in words if len(w) > 2 and not w.isdigit()
                         and w not in STOPWORDS and w not in REQUEST_WORDS)
    return list(seen)[:MAX_WORDS]


def _column_query(word: str) -> str:
    alts = vocabulary()["aliases"].get(word, [word])
    return "{title request_text} : " + Term(word, alts).fts()


async def similar_requests(db, draft: str) -> tuple[list[str], list[dict]]:
    """(words searched, candidate rows with a `score`), best first."""
    words = content_words(draft)
    if not words:
        return [], []
    counts = await fetch_many(db, {w: (
        f"select count(*) as n from (select rowid from responses_fts where responses_fts "
        f"match :q limit {COMMON + 1})", {"q": _column_query(w)}) for w in words})
    df = {w: rows[0]["n"] for w, rows in counts.items() if rows[0]["n"]}
    rare = sorted((w for w in df if df[w] <= COMMON), key=lambda w: (df[w], w))
    chosen = (rare or sorted(df, key=lambda w: (df[w], w)))[:RARE_TERMS]
    if not chosen:
        return words, []
    # All chosen words first, then fewer (the most common dropped first) until enough
    # candidates: an AND of words is a small doclist intersection, and bm25 scores only the
    # newest RANK_WINDOW matches of each query, so no query scores a large share of the corpus.
    rows, seen = [], set()
    for n in range(len(chosen), 0, -1):
        query = "{title request_text} : (" + " AND ".join(
            Term(w, vocabulary()["aliases"].get(w, [w])).fts() for w in chosen[:n]) + ")"
        found = await fetch(db, f"""select r.id, r.force, r.reference, r.title, r.published,
            r.month, r.outcome, r.exemption_labels, r.topics, r.request_text
            from responses_fts f join responses r on r.rowid = f.rowid
            where responses_fts match :q and f.rowid >= coalesce((select rowid from
              responses_fts where responses_fts match :q order by rowid desc limit 1
              offset {RANK_WINDOW - 1}), 0)
            order by rank limit {CANDIDATES}""", {"q": query})
        rows += [r for r in found if r["id"] not in seen]
        seen |= {r["id"] for r in found}
        if len(rows) >= CANDIDATES or n <= max(1, len(chosen) // 3):
            break
    mine = set(words)
    for row in rows:
        theirs = set(content_words(f"{row['title'] or ''}\n{row['request_text'] or ''}"))
        row["score"] = round(len(mine & theirs) / len(mine | theirs), 3) if theirs else 0.0
    rows = [r for r in rows if r["score"] >= MIN_SCORE]
    rows.sort(key=lambda r: (-r["score"], r["id"]))
    return chosen, rows[:SHOWN]


async def grouped(db, rows: list[dict], names: dict) -> list[dict]:
    """Rows grouped by round-robin; a group lists every member, matched or not."""
    ids = [r["id"] for r in rows]
    members = []
    if ids and await has_table(db, "round_robin_members"):
        members = await fetch(db, """select m.round_robin_id, g.title as rr_title, r.id, r.force,
            r.reference, r.title, r.published, r.month, r.outcome, r.exemption_labels, r.topics
            from round_robin_members m join round_robins g on g.id = m.round_robin_id
            join responses r on r.id = m.response_id
            where m.round_robin_id in (select round_robin_id from round_robin_members
                                       where response_id in (select value from json_each(?)))""",
                              [json.dumps(ids)])
    score = {r["id"]: r["score"] for r in rows}
    groups: dict[str, dict] = {}
    for m in members:
        g = groups.setdefault(m["round_robin_id"], {
            "round_robin": {"id": m["round_robin_id"], "title": m["rr_title"],
                            "url": f"/round-robin/{m['round_robin_id']}"}, "responses": {}})
        g["responses"][m["id"]] = m
    out = list(groups.values())
    placed = {i for g in out for i in g["responses"]}
    out += [{"round_robin": None, "responses": {r["id"]: r}} for r in rows if r["id"] not in placed]
    for g in out:
        g["responses"] = sorted(
            ({**readable(r, names), "score": score.get(r["id"])} for r in g["responses"].values()),
            key=lambda r: (r["force_name"] or "", r["published"] or r["month"] or ""))
        g["forces"] = len({r["force"] for r in g["responses"]})
        g["score"] = max((r["score"] or 0) for r in g["responses"])
    out.sort(key=lambda g: (-g["score"], -g["forces"]))
    return out


async def asked_before_page(datasette, request):
    db = corpus(datasette)
    draft = request.args.get("q", "")
    truncated = len(draft) > MAX_CHARS
    draft = draft[:MAX_CHARS].strip()
    words, groups = [], []
    if draft:
        words, rows = await similar_requests(db, draft)
        groups = await grouped(db, rows, await lookups(db)) if rows else []
    context = {"q": draft, "truncated": truncated, "words": words, "groups": groups,
               "searched": bool(draft),
               "hint": None if groups or not draft else (
                   "No published request shares enough words with this draft"
                   + (f" (searched for {', '.join(words)})." if words else
                      ": it holds no word that says what it is about.")
                   + " Try the subject in a few words on /search.")}
    if wants_json(request):
        return json_response(context)
    return await render(datasette, request, "foi_asked_before.html", context)

