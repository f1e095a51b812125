"""/precedents reads the matching passages in plain statements and groups them in Python
(page_precedents._read_uses, group_uses). The answer must equal the one SQL statement the page
ran before (kept here as the reference): same wordings, counts, forces, years, dates, examples
and matched responses, bounded or not."""
from __future__ import annotations

import json
import sqlite3

import pytest

from datasette_plugins import page_precedents as pp

QUERIES = ["personal data", "NCND", "s40(2)", "information", "national security",
           "40(5) misconduct", "31(3) taser", "prejudice prevention", "s12 NCND",
           "s31 information", "misconduct"]


def reference_uses(fam: dict, subject_fts: str, text_fts: str, text_like: str,
                   params: dict) -> tuple[str, dict]:
    """The `uses` CTE as the page built it before (one row per reasoning passage)."""
    fam_sets = []
    if fam["labels"]:
        params["labels"] = json.dumps(fam["labels"])
        fam_sets.append("select response_id from response_exemptions "
                        "where label in (select value from json_each(:labels))")
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
                       f"limit {pp.NEWEST})")
    if text_fts:
        params["text"] = text_fts
        scoped = f" and p.response_id in ({fam_sql})" if fam_sql else ""
        sources.append(f"select * from (select p.rowid from passages_fts f join passages p on "
                       f"p.rowid = f.rowid where passages_fts match :text{scoped} "
                       f"limit {pp.TEXT_MATCHES})")
    elif text_like:
        scoped = f" and p.response_id in ({fam_sql})" if fam_sql else ""
        sources.append(f"select * from (select p.rowid from passages p where {text_like}"
                       f"{scoped} limit {pp.TEXT_MATCHES})")
    sql = f"""uses as materialized (
      select p.id as pid, p.cluster_id, p.kind, r.id as rid, r.force, r.year,
             coalesce(r.published, r.month) as d,
             coalesce(p.cluster_id, 'passage:' || p.id) as key
      from passages p join responses r on r.id = p.response_id
      where p.rowid in ({' union '.join(sources)})
        and coalesce(p.kind, '') not in ('other', 'decision'))"""
    return sql, params


def reference_groups(conn, fam: dict, subject_fts: str, text_fts: str, text_like: str,
                     params: dict) -> list[dict]:
    uses, params = reference_uses(fam, subject_fts, text_fts, text_like, dict(params))
    cursor = conn.execute(f"""with {uses},
        newest as (select key, rid, row_number() over (partition by key order by d desc, rid)
                   as n from (select distinct key, rid, d from uses)),
        examples as materialized (select key, json_group_array(rid) as ids from newest
                                  where n <= {pp.EXAMPLES} group by key),
        matched as materialized (select count(distinct rid) as n from uses)
        select u.key, min(u.cluster_id) as cluster_id, min(u.pid) as pid, max(u.kind) as kind,
            count(distinct u.rid) as responses, count(distinct u.force) as forces,
            count(distinct u.year) as years, min(u.d) as first_seen, max(u.d) as last_seen,
            json_group_array(distinct u.force) as force_list,
            x.ids as example_ids, (select n from matched) as matched
        from uses u join examples x on x.key = u.key group by u.key
        order by forces desc, responses desc, u.key limit 300""", params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def comparable(groups: list[dict]) -> list[dict]:
    """Force lists compare as sets: their order was never specified (the page sorts names)."""
    return [{**g, "force_list": sorted(json.loads(g["force_list"]), key=str),
             "example_ids": json.loads(g["example_ids"])} for g in groups]


def both(db_path, q: str) -> tuple[list[dict], list[dict]]:
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    try:
        labels = sorted(r[0] for r in conn.execute("select label from exemptions"))
        fam = pp.split_query(q, labels)
        subject = fam["subject"]
        subject_fts = subject.fts(("title", "request_text")) if subject.groups else ""
        has_fts = conn.execute("select 1 from sqlite_master where name = 'passages_fts'"
                               ).fetchone() is not None
        text_fts = subject.fts() if subject.groups and has_fts else ""
        if not (fam["labels"] or fam["ncnd"] or subject_fts):
            return [], []
        like_params: dict = {}
        like = (pp._like_conditions(subject, like_params) if subject.groups and not has_fts
                else "")
        ncnd_index = conn.execute("select 1 from sqlite_master where type = 'index' and "
                                  "name = 'idx_responses_ncnd'").fetchone() is not None
        plan = pp._sources(fam, subject_fts, text_fts, like, dict(like_params), ncnd_index)
        fast = pp.group_uses(pp._read_uses(conn, plan, 60_000))
        return comparable(fast), comparable(reference_groups(conn, fam, subject_fts, text_fts,
                                                              like, like_params))
    finally:
        conn.close()


@pytest.mark.parametrize("q", QUERIES)
def test_grouped_in_python_equals_the_one_statement(synth_db, q):
    fast, reference = both(synth_db, q)
    assert fast == reference
    if q in ("personal data", "information"):
        assert fast and fast[0]["matched"] > 0


@pytest.mark.parametrize("q", ["personal data", "information", "national security", "NCND",
                               "s12 NCND", "s14(1)"])
@pytest.mark.parametrize("scan", [100, 1000, 10**6])
def test_equal_where_the_bounds_cut_the_answer(synth_db, monkeypatch, q, scan):
    """With the bounds lowered the newest responses and the first text matches are cut exactly
    where the one statement cut them, whether the newest `scan` responses hold enough of the
    family or its whole set is read."""
    monkeypatch.setattr(pp, "NEWEST", 40)
    monkeypatch.setattr(pp, "TEXT_MATCHES", 60)
    monkeypatch.setattr(pp, "SCAN_NEWEST", scan)
    fast, reference = both(synth_db, q)
    assert fast == reference and fast
    assert fast[0]["matched"] >= 40 or q == "s14(1)"   # s14(1): 12 responses, none cut


@pytest.mark.parametrize("q", ["NCND", "misconduct", "s40(2)", "s12", "personal information"])
def test_equal_on_the_site_corpus(corpus_db, q):
    """The site corpus has unclustered passages (keyed passage:<id>) and passages with no
    kind."""
    fast, reference = both(corpus_db, q)
    assert fast == reference and fast


@pytest.fixture(scope="module")
def synth_get(synth_db, client_for):
    from archive.serve import make_datasette

    ds = make_datasette(synth_db, page_cache_mb=0)
    return lambda path: client_for(ds, path)


@pytest.mark.parametrize("q", ["personal data", "NCND", "s40(2) NCND", "s12",
                               "40(5) misconduct", "s31 information", "NCND information",
                               "personal data officers"])
@pytest.mark.parametrize("newest", [40, 5000])
def test_the_page_finds_a_familys_newest_responses_in_the_facet_index(synth_get, synth_db,
                                                                       monkeypatch, q, newest):
    """A family takes its newest responses from the build's facet index (without subject
    words the NEWEST largest rowids of its bitmap; with them, the title/request matches read
    newest first that are in the bitmap): the page lists what the one statement found."""
    monkeypatch.setattr(pp, "NEWEST", newest)
    data = synth_get("/precedents.json?standard=1&q=" + q.replace(" ", "+")).json()
    _, reference = both(synth_db, q)
    assert reference and data["responses_matched"] == reference[0]["matched"]
    assert data["bounded"] == (reference[0]["matched"] >= newest)
    assert [(w["key"], w["responses"], w["forces"], w["years"], w["first_year"],
             w["last_year"], [e["id"] for e in w["examples"]]) for w in data["wordings"]] == [
        (g["key"], g["responses"], g["forces"], g["years"], (g["first_seen"] or "")[:4],
         (g["last_seen"] or "")[:4], g["example_ids"]) for g in reference[:pp.SHOWN]]


def test_the_facet_index_is_what_the_page_read(synth_get, synth_db, monkeypatch):
    """Without the index (a corpus built before it) the same answer comes from SQL."""
    from datasette_plugins.facet_index import FacetIndex

    async def no_index(*_args):
        return None

    with_index = synth_get("/precedents.json?standard=1&q=personal+data").json()
    monkeypatch.setattr(FacetIndex, "for_database", no_index)
    assert synth_get("/precedents.json?standard=1&q=personal+data").json() == with_index


def _clusters(db_path) -> list[str]:
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    try:
        # the most used wordings (every response's standard paragraph) and a rare one
        ids = [r[0] for r in conn.execute(
            "select id from passage_clusters order by responses desc, id limit 4")]
        return ids + [conn.execute("select id from passage_clusters order by responses, id "
                                   "limit 1").fetchone()[0]]
    finally:
        conn.close()


@pytest.mark.parametrize("rows", [7, 500])
def test_a_wording_read_newest_first_lists_what_sql_lists(synth_get, synth_db, monkeypatch,
                                                          rows):
    """A wording used by many responses is read in date order, stopping once WORDING_ROWS are
    found (ties on the last date read whole): the same uses, count and order as reading all
    its passages."""
    monkeypatch.setattr(pp, "WORDING_ROWS", rows)
    for key in _clusters(synth_db):
        monkeypatch.setattr(pp, "DENSE_WORDING", 10**9)
        by_sql = synth_get(f"/precedents/wording/{key}.json").json()
        monkeypatch.setattr(pp, "DENSE_WORDING", 1)
        newest_first = synth_get(f"/precedents/wording/{key}.json").json()
        assert newest_first == by_sql and len(by_sql["uses"]) == min(rows, by_sql["responses"])


def test_a_wording_page_over_the_time_limit_says_so_instead_of_failing(get, monkeypatch):
    async def too_slow(*_args, **_kwargs):
        raise sqlite3.OperationalError("interrupted")

    monkeypatch.setattr(pp, "fetch_many", too_slow)
    html = get("/precedents/wording/c1", status=503).text
    assert "took too long" in html and 'href="/precedents"' in html
    data = get("/precedents/wording/c1.json", status=503).json()
    assert data["ok"] is False and "took too long" in data["error"]


def test_section_typed_in_words_is_the_exemption_not_subject_words():
    labels = ["s40(2)", "s40(5)", "s40(5A)", "s40(5B)", "s31(1)(a)"]
    fam = pp.split_query("neither confirm nor deny section 40", labels)
    assert fam["labels"] == ["s40(2)", "s40(5)", "s40(5A)", "s40(5B)"] and fam["ncnd"]
    assert not fam["subject"].groups
    fam = pp.split_query("Section 40(5) misconduct", labels)
    assert fam["labels"] == ["s40(5)", "s40(5A)", "s40(5B)"]
    assert [[t.shown for t in g] for g in fam["subject"].groups] == [["misconduct"]]


def test_an_exemption_typed_by_its_name_is_that_section_not_subject_words():
    # an FOI officer names the exemption as the Act does: "law enforcement", "health and safety"
    labels = ["s31(1)(a)", "s31(3)", "s38(1)(a)", "s38(1)(b)", "s40(2)", "s43(2)"]
    fam = pp.split_query("harm prejudice law enforcement", labels)
    assert fam["labels"] == ["s31(1)(a)", "s31(3)"]
    assert [[t.shown for t in g] for g in fam["subject"].groups] == [["harm"], ["prejudice"]]
    assert pp.split_query("health and safety firearms", labels)["labels"] == ["s38(1)(a)", "s38(1)(b)"]
    assert pp.split_query("commercial interests", labels)["labels"] == ["s43(2)"]
    # the words elsewhere in a subject are still subject words
    assert pp.split_query("enforcement of parking rules", labels)["labels"] == []
