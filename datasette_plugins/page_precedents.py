"""/precedents (and .json): reasoning wordings used by responses that cite an exemption family
and/or are about a subject, most widely used across forces first; /precedents/wording/<key>
(and .json): every use of one wording with its force, date and exemptions.

`40(5) misconduct` reads as: responses citing s40(5), s40(5A) or s40(5B) (the family of the
typed citation, search_synonyms.yaml), whose title or request is about misconduct (with its
synonyms) or whose passage mentions it. Counts are over those responses only. Standard text
(review rights, complaints, closing paragraphs: precedent_boilerplate.yaml) is left out unless
asked for. At most NEWEST responses are read per search, newest first; the page says so when
that bound is reached.
"""
from __future__ import annotations

import json
import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

import yaml
from datasette.database import QueryInterrupted

from datasette_plugins.json_page import json_response, wants_json
from datasette_plugins.result_rows import lookups, readable
from datasette_plugins.safety import json_list
from datasette_plugins.search_query import (
    Parsed,
    describe,
    parse,
    vocabulary,
    words_of,
)
from datasette_plugins.web import corpus, fetch, fetch_many, has_table, render

BOILERPLATE = Path(__file__).with_name("precedent_boilerplate.yaml")
NEWEST = 5000          # responses read per search, newest first
TEXT_MATCHES = 20000   # passages whose own text matches, read per search
SHOWN = 25             # wordings listed
EXAMPLES = 5           # example responses per wording
_SECTION = re.compile(r"^s(\d+)")


@lru_cache(maxsize=1)
def standard_rules() -> dict:
    data = yaml.safe_load(BOILERPLATE.read_text())
    return {"kinds": set(data.get("boilerplate_kinds") or []),
            "phrases": [p["text"].lower() for p in data.get("phrases") or []],
            "sections": int(data.get("standard_if_sections_at_least") or 10**6)}


def is_standard(text: str, kind: str | None, cluster_labels: list[str]) -> bool:
    rules = standard_rules()
    low = (text or "").lower()
    sections = {m.group(1) for label in cluster_labels if (m := _SECTION.match(label))}
    return (kind in rules["kinds"] or any(p in low for p in rules["phrases"])
            or len(sections) >= rules["sections"])


def split_query(q: str, corpus_labels: list[str]) -> dict:
    """The typed exemption family, the NCND flag and the subject words of a query."""
    voc = vocabulary()
    text = " " + words_of(q) + " "
    labels: set[str] = set()
    for typed, family in voc["families"].items():       # word-phrased families first
        if not re.search(r"\d", typed) and f" {typed} " in text:
            labels |= set(family)
            q = re.sub(r"\b" + r"\W+".join(map(re.escape, typed.split())) + r"\b", " ", q,
                       flags=re.I)
    parsed, ncnd, subject = parse(q), False, []
    ncnd_alts = {a for w in voc["ncnd_words"] for a in voc["aliases"].get(w, [w])}
    for group in parsed.groups:
        term = group[0]
        if len(group) == 1 and term.labels:
            labels |= set(term.labels)
        elif len(group) == 1 and words_of(term.shown) in ncnd_alts:
            ncnd = True
        elif len(group) == 1 and re.fullmatch(r"s\.?\d{1,3}", term.shown, re.I):
            labels.add("s" + re.sub(r"\D", "", term.shown))
        else:
            subject.append(group)
    return {"labels": sorted(family_labels(labels, corpus_labels)), "typed": sorted(labels),
            "ncnd": ncnd, "subject": Parsed(subject, parsed.excluded)}


def family_labels(typed: set[str], corpus_labels: list[str]) -> set[str]:
    """Corpus labels a typed label stands for: s31(3) -> s31(3), s31(3)(a); s40 -> s40(…)."""
    out = set()
    for t in typed:
        for label in corpus_labels:
            if label == t or label.startswith(t + "(") or (
                    t.endswith(")") and re.fullmatch(re.escape(t[:-1]) + r"[A-Z]\)", label)):
                out.add(label)
    return out


def _like_conditions(subject: Parsed, params: dict) -> str:
    """The subject words as LIKE tests on passage text (a corpus without passages_fts)."""
    ands = []
    for i, group in enumerate(subject.groups):
        ors = []
        for j, alt in enumerate(a for t in group for a in t.alternatives):
            params[f"w{i}_{j}"] = "%" + alt + "%"
            ors.append(f"p.text like :w{i}_{j}")
        ands.append("(" + " or ".join(ors) + ")")
    return " and ".join(ands)


def _uses_sql(fam: dict, subject_fts: str, text_fts: str, text_like: str = "",
              params: dict | None = None) -> tuple[str, dict]:
    """A CTE `uses`: one row per reasoning passage of a matching response."""
    params = params if params is not None else {}
    fam_sets = []
    if fam["labels"]:
        params["labels"] = json.dumps(fam["labels"])
        fam_sets.append("select response_id from response_exemptions "
                        "where label in (select value from json_each(:labels))")
    if fam.get("families"):   # a family picked from the list: that Act's citations only
        params["families"] = json.dumps(fam["families"])
        fam_sets.append("select response_id from response_exemption_families "
                        "where family in (select value from json_each(:families))")
    # compound selects read left to right: (labels union families) intersect ncnd
    fam_sets = [" union ".join(fam_sets)] if len(fam_sets) > 1 else fam_sets
    if fam["ncnd"]:
        fam_sets.append("select id from responses where ncnd = 1")
    fam_sql = " intersect ".join(fam_sets)
    where = [f"r.id in ({fam_sql})"] if fam_sql else []
    if subject_fts:
        params["subject"] = subject_fts
        where.append("r.rowid in (select rowid from responses_fts where responses_fts "
                     "match :subject)")
    sources = []
    if where:
        sources.append(f"select p.rowid from responses r join passages p "
                       f"on p.response_id = r.id where r.rowid in (select r.rowid from "
                       f"responses r where {' and '.join(where)} order by r.rowid desc "
                       f"limit {NEWEST})")
    if text_fts:
        params["text"] = text_fts
        scoped = f" and p.response_id in ({fam_sql})" if fam_sql else ""
        sources.append(f"select * from (select p.rowid from passages_fts f join passages p on "
                       f"p.rowid = f.rowid where passages_fts match :text{scoped} "
                       f"limit {TEXT_MATCHES})")
    elif text_like:
        scoped = f" and p.response_id in ({fam_sql})" if fam_sql else ""
        sources.append(f"select * from (select p.rowid from passages p where {text_like}"
                       f"{scoped} limit {TEXT_MATCHES})")
    sql = f"""uses as materialized (
      select p.id as pid, p.cluster_id, p.kind, r.id as rid, r.force, r.year,
             coalesce(r.published, r.month) as d,
             coalesce(p.cluster_id, 'passage:' || p.id) as key
      from passages p join responses r on r.id = p.response_id
      where p.rowid in ({' union '.join(sources)})
        and coalesce(p.kind, '') not in ('other', 'decision'))"""
    return sql, params


async def find_wordings(db, fam: dict, include_standard: bool) -> dict:
    subject = fam["subject"]
    subject_fts = subject.fts(("title", "request_text")) if subject.groups else ""
    has_fts = await has_table(db, "passages_fts")
    text_fts = subject.fts() if subject.groups and has_fts else ""
    cited = fam["labels"] or fam.get("families")
    if (fam["typed"] and not cited) or not (cited or fam["ncnd"] or subject_fts):
        # an exemption no response cites, or nothing to search for
        return {"responses": 0, "wordings": [], "hidden": 0, "bounded": False}
    params: dict = {}
    like = _like_conditions(subject, params) if subject.groups and not has_fts else ""
    uses, params = _uses_sql(fam, subject_fts, text_fts, like, params)
    # one statement, so the matching uses are read once: groups, the overall count and each
    # group's newest example responses
    groups = await fetch(db, f"""with {uses},
        newest as (select key, rid, row_number() over (partition by key order by d desc, rid)
                   as n from (select distinct key, rid, d from uses)),
        examples as materialized (select key, json_group_array(rid) as ids from newest
                                  where n <= {EXAMPLES} group by key),
        matched as materialized (select count(distinct rid) as n from uses)
        select u.key, min(u.cluster_id) as cluster_id, min(u.pid) as pid, max(u.kind) as kind,
            count(distinct u.rid) as responses, count(distinct u.force) as forces,
            count(distinct u.year) as years, min(u.d) as first_seen, max(u.d) as last_seen,
            json_group_array(distinct u.force) as force_list,
            x.ids as example_ids, (select n from matched) as matched
        from uses u join examples x on x.key = u.key group by u.key
        order by forces desc, responses desc, u.key limit 300""", params)
    texts = await fetch_many(db, {
        "clusters": ("select id, representative_text, kind, exemptions from passage_clusters "
                     "where id in (select value from json_each(?))",
                     [json.dumps([g["cluster_id"] for g in groups if g["cluster_id"]])]),
        "passages": ("select id, text from passages where id in (select value from "
                     "json_each(?))", [json.dumps([g["pid"] for g in groups])])})
    by_id = {c["id"]: c for c in texts["clusters"]}
    passage_text = {p["id"]: p["text"] for p in texts["passages"]}
    kept, hidden = [], 0
    for g in groups:
        c = by_id.get(g["cluster_id"]) or {}
        g["text"] = c.get("representative_text") or passage_text.get(g["pid"], "")
        g["standard"] = is_standard(g["text"], c.get("kind") or g["kind"],
                                    json_list(c.get("exemptions")))
        if g["standard"] and not include_standard:
            hidden += 1
            continue
        kept.append(g)
    kept = kept[:SHOWN]
    ids = sorted({i for g in kept for i in json_list(g["example_ids"])})
    if ids:
        rows = await fetch(db, "select id, title, reference, force, published, month, "
                               "exemption_labels, outcome, topics from responses where id in "
                               "(select value from json_each(?))", [json.dumps(ids)])
        by_response = {r["id"]: r for r in rows}
        for g in kept:
            g["examples"] = [by_response[i] for i in json_list(g["example_ids"])
                             if i in by_response]
    matched = groups[0]["matched"] if groups else 0
    return {"responses": matched, "wordings": kept, "hidden": hidden,
            "bounded": matched >= NEWEST}



def _searched(fam: dict, names: dict) -> str:
    parts = []
    cited = [f"{x}" + (f" ({names['exemptions'][x]})" if names["exemptions"].get(x) else "")
             for x in fam["labels"]] + [t for t in fam.get("family_titles", [])]
    if cited:
        parts.append("responses citing " + ", ".join(cited))
    elif fam["typed"]:
        parts.append("responses citing " + ", ".join(fam["typed"]) + " (no response cites it)")
    if fam["ncnd"]:
        parts.append("responses that neither confirm nor deny")
    if fam["subject"].groups:
        parts.append("about " + describe(fam["subject"]))
    return "; ".join(parts)


ACTS = (("FOIA", "Freedom of Information Act 2000"),
        ("FOISA", "Freedom of Information (Scotland) Act 2002: Police Scotland"))


def _section_order(label: str) -> tuple:
    parts = re.findall(r"\d+|[A-Za-z]+", label)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


async def family_choices(db) -> list[dict]:
    """The exemption list: cited families (archive/exemption_names.py) grouped by Act, each
    named under its Act (FOISA s38 Personal information), in section order."""
    if not await has_table(db, "exemption_families"):
        return []
    rows = await fetch(db, "select family, act, label, title from exemption_families")
    out = []
    for act, heading in ACTS:
        options = sorted(((r["family"], r["title"] or r["family"]) for r in rows
                          if r["act"] == act), key=lambda o: _section_order(o[0].split()[-1]))
        if options:
            out.append({"act": act, "heading": heading, "options": options})
    return out


async def precedents_page(datasette, request):
    db = corpus(datasette)
    q = request.args.get("q", "").strip()[:1000]
    label = request.args.get("label", "").strip()[:40]
    include_standard = request.args.get("standard") == "1"
    names = await lookups(db)
    corpus_labels = sorted(names["exemptions"])
    fam = split_query(q, corpus_labels)
    families = await family_choices(db)
    titles = {key: title for group in families for key, title in group["options"]}
    if label in titles:   # a family from the list (s12 = s12 and s12(1); FOISA s38)
        fam["families"], fam["family_titles"] = [label], [titles[label]]
    elif label:   # a label typed into the URL
        fam["typed"] = sorted(set(fam["typed"]) | {label})
        fam["labels"] = sorted(set(fam["labels"]) | family_labels({label}, corpus_labels))
    asked = bool(q or label)
    result = {"responses": 0, "wordings": [], "hidden": 0, "bounded": False}
    if asked and await has_table(db, "passages"):
        try:
            result = await find_wordings(db, fam, include_standard)
        except (sqlite3.OperationalError, QueryInterrupted) as e:   # the time limit: not a 500
            message = (f"finding these wordings took too long ({e}); pick an exemption from the "
                       f"list or add a subject word")
            if wants_json(request):
                return json_response({"ok": False, "error": message}, status=503)
            return await render(datasette, request, "foi_precedents.html", {
                "q": q, "label": label, "error": message, "wordings": [], "choices": [],
                "families": [], "family": [], "standard": include_standard}, status=503)
    wordings = []
    for w in result["wordings"]:
        forces = json_list(w["force_list"])
        wordings.append({
            "key": w["key"], "text": w["text"], "responses": w["responses"],
            "forces": w["forces"], "years": w["years"],
            "first_year": (w["first_seen"] or "")[:4], "last_year": (w["last_seen"] or "")[:4],
            "force_names": sorted(names["forces"].get(f, f) for f in forces),
            "standard": w["standard"],
            "passages_url": "/precedents/wording/" + w["key"],
            "examples": [readable(e, names) for e in w.get("examples", [])]})
    args = [("q", q)] + ([("label", label)] if label else [])
    searched = _searched(fam, names)
    hint = None
    if asked and not wordings:
        hint = {"searched_for": searched or f"“{q}”", "suggestions": []}
        if fam["subject"].groups and (fam["labels"] or fam["ncnd"] or fam.get("families")):
            kept = " ".join(fam["typed"]) + (" NCND" if fam["ncnd"] else "")
            query = ([("q", kept.strip())] if kept.strip() else []) + (
                [("label", label)] if fam.get("families") else [])
            shown = " ".join([kept.strip(), *fam.get("families", [])]).strip()
            hint["suggestions"].append({"text": f"every wording citing {shown}",
                                        "url": "/precedents?" + urlencode(query)})
        if result["hidden"] and not include_standard:
            hint["suggestions"].append({"text": "include standard paragraphs", "url":
                                        "/precedents?" + urlencode(args + [("standard", "1")])})
        if q:
            hint["suggestions"].append({"text": "responses with these words on /search",
                                        "url": "/search?" + urlencode({"q": q})})
    context = {"q": q, "label": label, "standard": include_standard, "searched_for": searched,
               "family": fam["labels"], "families": fam.get("families", []),
               "ncnd": fam["ncnd"],
               "responses_matched": result["responses"], "bounded": result["bounded"],
               "hidden_standard": result["hidden"], "wordings": wordings, "hint": hint,
               "standard_url": "/precedents?" + urlencode(args + [("standard", "1")]),
               "json_url": "/precedents.json?" + urlencode(args + (
                   [("standard", "1")] if include_standard else []))}
    if wants_json(request):
        return json_response({k: v for k, v in context.items() if k != "standard_url"})
    context["choices"] = families or [{"act": "", "heading": "", "options": sorted(
        (k, f"{k} {v or ''}".strip()) for k, v in names["exemptions"].items())}]
    return await render(datasette, request, "foi_precedents.html", context)


async def wording_page(datasette, request):
    """Every use of one wording: response, force, date, exemptions (newest 500)."""
    db = corpus(datasette)
    key = request.url_vars["key"]
    if key.startswith("passage:"):
        where, param = "p.id = :k", key.split(":", 1)[1]
    else:
        where, param = "p.cluster_id = :k", key
    found = await fetch_many(db, {
        "text": (f"select coalesce((select representative_text from passage_clusters where "
                 f"id = :k), (select text from passages p where {where})) as text", {"k": param}),
        "n": (f"select count(distinct p.response_id) as n from passages p where {where}",
              {"k": param}),
        "rows": (f"select distinct r.id, r.title, r.reference, r.force, r.published, r.month, "
                 f"r.outcome, r.exemption_labels, r.topics from passages p join responses r "
                 f"on r.id = p.response_id where {where} order by coalesce(r.published, "
                 f"r.month) desc, r.id limit 500", {"k": param})})
    if not found["rows"]:
        if wants_json(request):
            return json_response({"ok": False, "error": "no such wording"}, status=404)
        return await render(datasette, request, "foi_wording.html", {"missing": key}, status=404)
    names = await lookups(db)
    uses = [readable(r, names) for r in found["rows"]]
    context = {"key": key, "text": found["text"][0]["text"], "responses": found["n"][0]["n"],
               "forces": sorted({u["force_name"] for u in uses}), "uses": uses,
               "json_url": f"/precedents/wording/{key}.json"}
    if wants_json(request):
        return json_response(context)
    return await render(datasette, request, "foi_wording.html", context)
