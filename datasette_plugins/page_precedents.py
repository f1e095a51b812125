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

import heapq
import json
import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

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
from parsers.yaml_data import load_yaml

BOILERPLATE = Path(__file__).with_name("precedent_boilerplate.yaml")
NEWEST = 5000          # responses read per search, newest first
TEXT_MATCHES = 20000   # passages whose own text matches, read per search
SHOWN = 25             # wordings listed
EXAMPLES = 5           # example responses per wording
_SECTION = re.compile(r"^s(\d+)")


@lru_cache(maxsize=1)
def standard_rules() -> dict:
    data = load_yaml(BOILERPLATE)
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
    # "section 40" / "section 40(5)" as typed is the citation "s40" / "s40(5)", not two subject words
    q = re.sub(r"\bsec(?:tion)?s?\.?\s+(\d{1,3}(?:\s?\([0-9A-Za-z]{1,3}\))*)", r"s\1", q, flags=re.I)
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


SCAN_NEWEST = 40000   # responses scanned newest first before reading the family's whole set


def _sources(fam: dict, subject_fts: str, text_fts: str, text_like: str = "",
             params: dict | None = None, ncnd_index: bool = False) -> dict:
    """The statements that read what a search matches.

    `newest`: the newest NEWEST matching responses (id, force, year, date), newest first.
    With subject words the title/request index is read newest first and stops at NEWEST;
    with a family alone the newest SCAN_NEWEST responses are tested one by one (`scan`,
    parameter :floor) and the family's whole set is read (`newest`) only when they hold
    fewer than NEWEST: reading a family of 250,000 responses to keep 5,000 cost ~0.5 s at
    a million. Either way the same responses as `... order by rowid desc limit NEWEST`.
    `text`: the rowids of at most TEXT_MATCHES passages whose own text matches."""
    params = params if params is not None else {}
    fam_sets, member = [], []
    if fam["labels"]:
        params["labels"] = json.dumps(fam["labels"])
        fam_sets.append("select response_id from response_exemptions "
                        "where label in (select value from json_each(:labels))")
        member.append("exists (select 1 from response_exemptions e where e.response_id = r.id "
                      "and e.label in (select value from json_each(:labels)))")
    if fam.get("families"):   # a family picked from the list: that Act's citations only
        params["families"] = json.dumps(fam["families"])
        fam_sets.append("select response_id from response_exemption_families "
                        "where family in (select value from json_each(:families))")
        member.append("exists (select 1 from response_exemption_families f where "
                      "f.response_id = r.id and f.family in (select value from "
                      "json_each(:families)))")
    # compound selects read left to right: (labels union families) intersect ncnd
    fam_sets = [" union ".join(fam_sets)] if len(fam_sets) > 1 else fam_sets
    member = ["(" + " or ".join(member) + ")"] if member else []
    if fam["ncnd"]:
        fam_sets.append("select id from responses where ncnd = 1")
        # r.ncnd sits after the long texts (overflow pages): the index answers instead
        member.append("exists (select 1 from responses n indexed by idx_responses_ncnd "
                      "where n.ncnd = 1 and n.rowid = r.rowid)" if ncnd_index else
                      "r.rowid in (select rowid from responses where ncnd = 1)")
    fam_sql = " intersect ".join(fam_sets)
    columns = "r.id, r.force, r.year, coalesce(r.published, r.month) as d"
    plan = {"newest": "", "scan": "", "text": "", "params": params}
    if subject_fts:
        params["subject"] = subject_fts
        plan["newest"] = (f"select {columns} from responses_fts m join responses r "
                          f"on r.rowid = m.rowid where responses_fts match :subject"
                          f"{''.join(' and ' + m for m in member)} "
                          f"order by m.rowid desc limit {NEWEST}")
    elif fam_sql:
        plan["scan"] = (f"select {columns} from responses r where r.rowid > :floor and "
                        f"{' and '.join(member)} order by r.rowid desc limit {NEWEST}")
        plan["newest"] = (f"select {columns} from responses r where r.rowid in (select r.rowid "
                          f"from responses r where r.id in ({fam_sql}) "
                          f"order by r.rowid desc limit {NEWEST}) order by r.rowid desc")
    scoped = f" and p.response_id in ({fam_sql})" if fam_sql else ""
    if text_fts:
        params["text"] = text_fts
        plan["text"] = (f"select p.rowid from passages_fts f join passages p on "
                        f"p.rowid = f.rowid where passages_fts match :text{scoped} "
                        f"limit {TEXT_MATCHES}")
    elif text_like:
        plan["text"] = (f"select p.rowid from passages p where {text_like}{scoped} "
                        f"limit {TEXT_MATCHES}")
    return plan


_REASONING = "coalesce(p.kind, '') not in ('other', 'decision')"


def _read_uses(conn, plan: dict, limit_ms: int) -> list[tuple]:
    """(passage id, cluster id, kind, response id, force, year, date) of every reasoning
    passage of the newest matching responses and of the text-matched passages. Each
    response's fields are read once, not once per passage (one statement joining passages to
    responses read each response's wide row 4-5 times)."""
    from datasette.utils import sqlite_timelimit

    responses: dict = {}
    rows: list = []
    # Datasette's connection decodes each text value in a Python lambda and wraps each row in
    # sqlite3.Row: over ~25,000 passages that cost more than SQLite's own reads. This thread
    # holds the connection for the call; both are put back after it.
    factories = conn.text_factory, conn.row_factory
    conn.text_factory, conn.row_factory = str, None
    try:
        with sqlite_timelimit(conn, limit_ms):
            _read(conn, plan, responses, rows)
    finally:
        conn.text_factory, conn.row_factory = factories
    seen, out = set(), []
    for prow, pid, cid, kind, rid in rows:
        if prow in seen or rid not in responses:   # a passage of both sources counts once
            continue
        seen.add(prow)
        out.append((pid, cid, kind, rid, *responses[rid]))
    return out


def _read(conn, plan: dict, responses: dict, rows: list) -> None:
    params = plan["params"]
    newest = []
    if plan["scan"] and plan.get("rowids") is None:
        top = conn.execute("select max(rowid) from responses").fetchone()[0] or 0
        floor = top - SCAN_NEWEST
        newest = conn.execute(plan["scan"], {**params, "floor": floor}).fetchall()
        if len(newest) < NEWEST and floor > 0:   # too few among the newest: the whole set
            newest = []
        else:
            plan = {**plan, "newest": ""}
    if plan.get("members") is not None:   # title/request matches newest first, in the family
        members, wanted = plan["members"], []
        for (rowid,) in conn.execute("select rowid from responses_fts where responses_fts "
                                     "match :subject order by rowid desc", params):
            if rowid in members:
                wanted.append(rowid)
                if len(wanted) == NEWEST:
                    break
        plan = {**plan, "rowids": wanted}
    if plan.get("rowids") is not None:
        newest = conn.execute(
            "select id, force, year, coalesce(published, month) from responses "
            "where rowid in (select value from json_each(?))",
            [json.dumps(plan["rowids"])]).fetchall()
    elif plan["newest"]:
        newest = conn.execute(plan["newest"], params).fetchall()
    for rid, force, year, d in newest:
        responses[rid] = (force, year, d)
    if responses:
        rows += conn.execute(
            f"select p.rowid, p.id, p.cluster_id, p.kind, p.response_id from passages p "
            f"where p.response_id in (select value from json_each(?)) and {_REASONING}",
            [json.dumps(list(responses))]).fetchall()
    if plan["text"]:
        found = conn.execute(
            f"select p.rowid, p.id, p.cluster_id, p.kind, p.response_id from passages p "
            f"where p.rowid in ({plan['text']}) and {_REASONING}", params).fetchall()
        missing = sorted({r[4] for r in found} - responses.keys())
        for rid, force, year, d in conn.execute(
                "select id, force, year, coalesce(published, month) from responses "
                "where id in (select value from json_each(?))", [json.dumps(missing)]):
            responses[rid] = (force, year, d)
        rows += found


def _date_key(item: tuple) -> tuple:
    return item[1] is not None, item[1] or ""   # date descending puts no date last


def _newest(rids: dict) -> list:
    """The EXAMPLES newest response ids (date desc, then id) without sorting them all: the
    EXAMPLES-th newest date, then every response at least that new, sorted."""
    if len(rids) > EXAMPLES:
        edge = _date_key(heapq.nlargest(EXAMPLES, rids.items(), key=_date_key)[-1])
        items = [item for item in rids.items() if _date_key(item) >= edge]
    else:
        items = list(rids.items())
    items.sort(key=lambda item: item[0])
    items.sort(key=_date_key, reverse=True)
    return [rid for rid, _ in items[:EXAMPLES]]


def group_uses(uses: list[tuple]) -> list[dict]:
    """Wordings (a passage cluster, else the passage itself) with SQL's aggregate semantics:
    distinct responses, forces and years (NULL not counted), first/last date, the forces,
    the EXAMPLES newest responses (date desc, then id); ranked by forces, responses, key;
    at most 300. Each carries `matched`, the distinct responses over all uses."""
    groups: dict = {}
    for pid, cid, kind, rid, force, year, d in uses:
        key = cid if cid is not None else "passage:" + str(pid)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"key": key, "cluster_id": cid, "pid": pid, "kind": kind,
                               "rids": {}, "force_seen": {}, "year_seen": set(),
                               "first_seen": d, "last_seen": d}
        else:
            if pid is not None and (g["pid"] is None or pid < g["pid"]):
                g["pid"] = pid
            if kind is not None and (g["kind"] is None or kind > g["kind"]):
                g["kind"] = kind
            if d is not None:
                if g["first_seen"] is None or d < g["first_seen"]:
                    g["first_seen"] = d
                if g["last_seen"] is None or d > g["last_seen"]:
                    g["last_seen"] = d
        g["rids"][rid] = d
        g["force_seen"].setdefault(force, None)
        if year is not None:
            g["year_seen"].add(year)
    matched = len({u[3] for u in uses})
    out = []
    for g in groups.values():
        rids = g.pop("rids")
        forces = list(g.pop("force_seen"))
        g.update(responses=len(rids), forces=sum(f is not None for f in forces),
                 years=len(g.pop("year_seen")), force_list=json.dumps(forces),
                 example_ids=json.dumps(_newest(rids)), matched=matched)
        out.append(g)
    out.sort(key=lambda g: g["key"])
    out.sort(key=lambda g: (g["forces"], g["responses"]), reverse=True)
    return out[:300]


async def newest_from_facet_index(db, fam: dict, subject: bool = False):
    """The rowids of the newest NEWEST responses of a family (and/or NCND) from the build's
    facet index (datasette_plugins/facet_index.py: a bitmap of row numbers per exemption
    label, family and ncnd value, from the same labels as response_exemptions): a union, an
    intersection and the NEWEST largest rowids, instead of reading the family's 250,000
    responses at a million. With subject words: all the family's rowids (a BitMap), which
    the title/request matches are tested against, newest first. None when the corpus has no
    current index."""
    import numpy as np
    from pyroaring import BitMap

    from datasette_plugins.facet_index import FacetIndex

    index = await FacetIndex.for_database(db.ds, db.name)
    if index is None:
        return None
    members = family_rows(index, fam)
    rows = np.frombuffer(index.rowids, dtype=np.uint32)
    rowids = rows[np.frombuffer(members.to_array(), dtype=np.uint32)]
    if not subject:
        if len(rowids) > NEWEST:
            rowids = np.partition(rowids, len(rowids) - NEWEST)[-NEWEST:]
        return sorted(rowids.tolist(), reverse=True)
    return BitMap(rowids)


def family_rows(index, fam: dict):
    """The row numbers of the family's responses (& NCND) in the facet index."""
    from pyroaring import BitMap

    values = index.values
    members = BitMap()
    for facet, wanted in (("exemption_labels", fam["labels"]),
                          ("exemption_families", fam.get("families") or [])):
        for value in wanted:
            members |= values.get(facet, {}).get(value, BitMap())
    if fam["ncnd"]:
        ncnd = values.get("ncnd", {}).get(1, BitMap())
        members = members & ncnd if fam["labels"] or fam.get("families") else ncnd
    return members


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
    ncnd_index = bool(fam["ncnd"] and await fetch(
        db, "select 1 from sqlite_master where type = 'index' and name = 'idx_responses_ncnd'"))
    plan = _sources(fam, subject_fts, text_fts, like, params, ncnd_index)
    if not subject.groups:
        plan["rowids"] = await newest_from_facet_index(db, fam)
    elif fam["labels"] or fam.get("families") or fam["ncnd"]:
        plan["members"] = await newest_from_facet_index(db, fam, subject=True)
    limit_ms = db.ds.sql_time_limit_ms
    uses = await db.execute_fn(lambda conn: _read_uses(conn, plan, limit_ms))
    groups = group_uses(uses)
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
        # the wording as one of the matched responses words it: the cluster's representative may be
        # another force's ("… Cleveland Police neither confirms …" over West Midlands' responses)
        g["text"] = passage_text.get(g["pid"]) or c.get("representative_text") or ""
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


WORDING_ROWS = 500     # uses listed on a wording's page, newest first
DENSE_WORDING = 20000  # a wording used by more responses is read newest first (see below)
_WORDING_COLUMNS = ("r.id, r.title, r.reference, r.force, r.published, r.month, r.outcome, "
                    "r.exemption_labels, r.topics")


def newest_users(conn, cluster_id: str) -> list[dict] | None:
    """The WORDING_ROWS newest responses using a wording, read in `date_order` (published or
    month, then id) with an indexed test per response: a wording used by 200,000 responses
    needs ~WORDING_ROWS of them instead of all its passages and responses. Ties on the last
    date are read whole, then sorted as SQL sorts (date desc, then id). None when a row's
    date_order does not start with its date (the page then asks SQL)."""
    uses = ("exists (select 1 from passages p where p.response_id = r.id "
            "and p.cluster_id = :k)")
    select = f"select {_WORDING_COLUMNS}, r.date_order from responses r where "
    cursor = conn.execute(f"{select}{uses} order by r.date_order desc limit {WORDING_ROWS}",
                          {"k": cluster_id})
    names = [d[0] for d in cursor.description]
    rows = {r[0]: dict(zip(names, r, strict=True)) for r in cursor.fetchall()}
    if len(rows) == WORDING_ROWS:
        last = list(rows.values())[-1]
        day = last["published"] if last["published"] is not None else last["month"] or ""
        for r in conn.execute(f"{select}r.date_order >= :lo and r.date_order < :hi and {uses}",
                              {"k": cluster_id, "lo": day + " ", "hi": day + "!"}):
            rows.setdefault(r[0], dict(zip(names, r, strict=True)))
    out = sorted(rows.values(), key=lambda r: r["id"])
    for r in out:
        d = r["published"] if r["published"] is not None else r["month"]
        if r.pop("date_order") != f"{d or ''} {r['id']}" or d == "":
            return None
        r["_d"] = d
    out.sort(key=lambda r: (r["_d"] is not None, r["_d"] or ""), reverse=True)
    for r in out:
        del r["_d"]
    return out[:WORDING_ROWS]


async def wording_page(datasette, request):
    """Every use of one wording: response, force, date, exemptions (newest WORDING_ROWS)."""
    db = corpus(datasette)
    key = request.url_vars["key"]
    if key.startswith("passage:"):
        where, param = "p.id = :k", key.split(":", 1)[1]
    else:
        where, param = "p.cluster_id = :k", key
    queries = {
        "text": (f"select coalesce((select representative_text from passage_clusters where "
                 f"id = :k), (select text from passages p where {where})) as text", {"k": param}),
        "n": (f"select count(distinct p.response_id) as n from passages p where {where}",
              {"k": param}),
        "rows": (f"select distinct {_WORDING_COLUMNS} from passages p join responses r "
                 f"on r.id = p.response_id where {where} order by coalesce(r.published, "
                 f"r.month) desc, r.id limit {WORDING_ROWS}", {"k": param})}
    dense = dense_size = None
    if not key.startswith("passage:"):
        # the build's count of the cluster's responses (nlp/cluster_stats.py): the same
        # number as counting its passages, which reads every one of them
        size = await fetch(db, "select responses from passage_clusters where id = ?", [key])
        if size and (size[0]["responses"] or 0) >= DENSE_WORDING:
            dense_size = size[0]["responses"]
            limit_ms = db.ds.sql_time_limit_ms

            def read(conn):
                from datasette.utils import sqlite_timelimit

                with sqlite_timelimit(conn, limit_ms):
                    return newest_users(conn, key)

    try:
        if dense_size:
            dense = await db.execute_fn(read)
            if dense is not None:
                del queries["n"], queries["rows"]
        found = await fetch_many(db, queries)
    except (sqlite3.OperationalError, QueryInterrupted) as e:   # the time limit: not a 500
        message = f"reading this wording's uses took too long ({e}); try again later"
        if wants_json(request):
            return json_response({"ok": False, "error": message}, status=503)
        return await render(datasette, request, "foi_wording.html", {"error": message},
                            status=503)
    if dense is not None:
        found["rows"], found["n"] = dense, [{"n": dense_size}]
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
