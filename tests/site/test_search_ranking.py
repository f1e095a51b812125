"""Ranking over every match (issue 17): SearchIndex's top results equal a full bm25 ranking.

The corpus: 20,000 synthetic responses (bench/synth.py) through the real write path, where the
common words match far more than 2,000 rows. The reference is SQLite's bm25() computed for every
match and sorted in Python (score, then newest first); only rows of exactly equal score may
trade places. Lists are kept small here (300 rows, terms in over 500 rows) so that the pruned
path, its fallback and deep pages are all exercised. Every search is also answered with the
complete data (search_phrases.py: vocabulary lists, dense counts; path "complete") and without
it, each against the same full ranking; filters are read from the facet index there.
"""
from __future__ import annotations

import asyncio
import importlib.util
import re
import shutil
import sqlite3
import sys
from html import unescape
from pathlib import Path

import numpy as np
import pytest

from archive.facet_index import write_facet_index
from archive.registry import load_forces
from archive.search_rank import refresh_search_rank, write_search_rank
from datasette_plugins.search_index import SearchIndex
from datasette_plugins.search_query import parse

ROOT = Path(__file__).resolve().parents[2]
N = 20_000
LIST_MIN_DF, LIST_SIZE = 500, 300
QUERIES = ["police", "information", "officers", "police information", "request data",
           "taser", "custody records", '"body worn"', "officers -police", "taser OR drone",
           "stop search", "number of incidents", "misconduct complaints", "children",
           "information -police", "police -officers", "records OR data", "officers police",
           "cost limit", '"body worn video"', "drone", "stop search -police", "taser children",
           "under 18s OR young people", "custody -children"]
FILTERS = [([], {}),
           (["r.year = :year"], {"year": 2023}),
           (["r.force = :force"], {"force": "metropolitan-police"}),
           (["r.id in (select response_id from response_topics where topic = :topic)"],
            {"topic": "custody"})]


def _synth():
    """bench/synth.py's generator (bench/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_synth", ROOT / "bench" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_synth", module)   # its dataclasses look themselves up
    spec.loader.exec_module(module)
    return module.Synth


@pytest.fixture(scope="module")
def ranked_db(tmp_path_factory):
    from archive.corpus_write import write_corpus

    db = tmp_path_factory.mktemp("rank") / "foi.db"
    write_corpus(_synth()(7).records(N), db, load_forces())
    conn = sqlite3.connect(db)
    write_search_rank(conn, list_min_df=LIST_MIN_DF, list_size=LIST_SIZE)
    write_facet_index(conn)   # filters of the complete path are read from it
    conn.close()
    return db


def full_ranking(conn, fts: str, where: list[str], params: dict) -> list[tuple[float, int]]:
    """bm25 of every match, best first, newest first among equal scores."""
    sql = ("select f.rowid, -bm25(responses_fts) from responses_fts f join responses r "
           "on r.rowid = f.rowid where responses_fts match :q"
           + "".join(f" and {w}" for w in where))
    rows = conn.execute(sql, {**params, "q": fts}).fetchall()
    return sorted(((score, rowid) for rowid, score in rows), key=lambda x: (-x[0], -x[1]))


def assert_same_top(hits, reference: list[tuple[float, int]], offset: int, k: int) -> None:
    want = reference[offset:offset + k]
    assert len(hits) == len(want)
    assert [h.score for h in hits] == pytest.approx([s for s, _ in want], rel=1e-12, abs=1e-15)
    # ids equal, except that rows of exactly equal score may be in another order (and a tie
    # at the page's edge may bring another row of that score)
    for score in {s for s, _ in want}:
        mine = {h.rowid for h in hits if h.score == pytest.approx(score, rel=1e-12)}
        theirs = {r for s, r in want if s == pytest.approx(score, rel=1e-12)}
        if score != want[-1][0]:
            assert mine == theirs, score
        else:
            everyone = {r for s, r in reference if s == pytest.approx(score, rel=1e-12)}
            assert mine <= everyone and len(mine) == len(theirs)


def check_all(db, offsets=(0, 50), modes=(True, False)) -> dict[str, int]:
    """Every query x filter x page against the full ranking; how each top() was answered."""
    conn = sqlite3.connect(db)
    paths: dict[str, int] = {}
    many = 0
    for q in QUERIES:
        fts = parse(q).fts()
        for where, params in FILTERS:
            reference = full_ranking(conn, fts, where, params)
            many += len(reference) > 2000
            deep = (LIST_SIZE - 20,) if not where else ()   # the lists' last page
            for offset in offsets + deep:
                for complete in modes:
                    index = SearchIndex(conn, full_rank=500, complete=complete)
                    assert index.count(fts, where, params) == len(reference), (q, where)
                    hits = index.top(fts, where, params, k=20, offset=offset)
                    assert_same_top(hits, reference, offset, 20)
                    paths[index.last_path] = paths.get(index.last_path, 0) + 1
    conn.close()
    assert many >= 4, "the corpus must have searches with more than 2,000 matches"
    return paths


def test_top_results_equal_a_full_bm25_ranking(ranked_db):
    paths = check_all(ranked_db)
    # the lists really answer most searches (scored from the lists alone, or by bm25() on
    # their rows); the rest are scored in full, still exact
    assert paths.get("listed", 0) >= 10 and paths.get("pruned", 0) >= 10, paths
    assert paths.get("complete", 0) >= 30, paths
    assert paths.get("full", 0) and paths.get("fallback", 0), paths


def test_scores_from_the_lists_are_sqlites_bm25_to_the_bit(ranked_db):
    """The lists' own scoring (one listed word per phrase, NOT words, filters, deep pages)
    gives the very floats bm25() gives, not near ones: the order among close scores is
    SQLite's."""
    conn = sqlite3.connect(ranked_db)
    seen = 0
    seen_complete = 0
    for q in ("police", "information", "officers -police", "records OR data", "police"
              " information", "officers police", "children", "stop search -police",
              "taser OR drone", "cost limit", "number of incidents"):
        fts = parse(q).fts()
        for where, params in FILTERS:
            for offset in (0, 100, LIST_SIZE - 20):
                index = SearchIndex(conn, full_rank=500)
                hits = index.top(fts, where, params, k=20, offset=offset)
                if index.last_path not in ("listed", "complete"):
                    continue
                seen += index.last_path == "listed"
                seen_complete += index.last_path == "complete"
                reference = full_ranking(conn, fts, where, params)
                assert [(h.score, h.rowid) for h in hits] == [
                    (s, r) for s, r in reference[offset:offset + 20]]
    conn.close()
    assert seen >= 5 and seen_complete >= 20, (seen, seen_complete)


def _edited(conn, rowids: list[int], seed: int) -> list[dict]:
    """Records that replace the responses at these rowids (their key, new text)."""
    keys = [conn.execute("select force, reference, url from responses where rowid = ?",
                         (r,)).fetchone() for r in rowids]
    out = []
    for (force, reference, url), rec in zip(keys, _synth()(seed, years=[2026]).records(
            len(keys), start=10**6), strict=True):
        rec.update(force=force, reference=reference, url=url)
        out.append(rec)
    return out


def _complete_mark(conn) -> tuple:
    meta = dict(conn.execute("select key, value from search_rank_meta where key like "
                             "'complete_%' or key = 'max_rowid'"))
    return meta["max_rowid"], meta.get("complete_max_rowid"), meta.get("complete_rows")


@pytest.fixture(scope="module")
def incremental(ranked_db, tmp_path_factory):
    """Three incremental builds on a copy of the corpus, each followed by refresh_search_rank;
    the corpus kept after each step: {step: (path, refresh figures, facts)}. First 600 new
    responses and 5 edited ones (deleted and written again under a new rowid); second the
    highest row edited alone (SQLite writes it again under its old rowid); third 300 new and
    3 edited, then the facet index made again (filters read from it)."""
    from archive.corpus_write import append_corpus

    folder = tmp_path_factory.mktemp("incremental")
    db = folder / "foi.db"
    shutil.copy(ranked_db, db)
    out = {}

    def keep(step, figures, **facts):
        path = folder / f"{step}.db"
        shutil.copy(db, path)
        out[step] = (path, figures, facts)

    conn = sqlite3.connect(db)
    edits = _edited(conn, [5, 777, 4321, 12000, 19999], seed=11)
    conn.close()
    # recent responses that beat old ones: new rows are scored whatever the lists say
    append_corpus(list(_synth()(8, years=[2025, 2026]).records(600, start=N)) + edits, db,
                  load_forces())
    keep("appended", None)
    conn = sqlite3.connect(db)
    top = conn.execute("select max(rowid) from responses").fetchone()[0]
    keep("first", refresh_search_rank(conn), top=top)   # 3% new: the lists are kept
    (rid,) = conn.execute("select id from responses where rowid = ?", (top,)).fetchone()
    edit = _edited(conn, [top], seed=12)[0]
    # short and made of searched words: its new scores lead the rankings it enters
    edit.update(title="Police information", request_text="police information " * 3,
                response_text="officers police children custody records stop search " * 2,
                attachment_text="")
    conn.close()
    append_corpus([edit], db, load_forces())
    conn = sqlite3.connect(db)
    keep("second", refresh_search_rank(conn), top=top, rowid=conn.execute(
        "select rowid from responses where id = ?", (rid,)).fetchone()[0])
    edits = _edited(conn, [6, 20010, top], seed=13)
    conn.close()
    append_corpus(list(_synth()(9, years=[2026]).records(300, start=N + 600)) + edits, db,
                  load_forces())
    conn = sqlite3.connect(db)
    figures = refresh_search_rank(conn)
    write_facet_index(conn)
    keep("third", figures, top=top, reused=bool(conn.execute(
        "select 1 from responses where rowid = ?", (top,)).fetchone()),
        again=refresh_search_rank(conn))
    conn.close()
    return out


def test_incremental_build_keeps_the_ranking_exact(ranked_db, incremental):
    """After an append the lists stay as they were (rows newer than them are always scored),
    and refresh_search_rank brings the complete data up to date: searches are scored from it
    again, equal to a full bm25 ranking."""
    before = sqlite3.connect(ranked_db).execute(
        "select value from search_rank_meta where key = 'max_rowid'").fetchone()[0]
    paths = check_all(incremental["appended"][0], offsets=(0,), modes=(True,))
    # not yet refreshed: the lists' bounds and bm25() score the rows
    assert paths.get("pruned", 0) >= 20, paths
    assert "listed" not in paths and "complete" not in paths, paths
    db, done, facts = incremental["first"]
    # rows read again: the 605 new ones and the one at the old top (it may have been rewritten)
    assert done["changed"] == 606 and done["gone"] == 5, done
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from responses where rowid in (5, 777, 4321, 12000, "
                        "19999)").fetchone()[0] == 0
    assert _complete_mark(conn) == (before, facts["top"], N + 600)
    conn.close()
    assert_complete_data(db)
    paths = check_all(db, offsets=(0, 40), modes=(True,))
    # as on the full build's corpus, where a few searches (a word in no list) are pruned
    assert paths.get("complete", 0) >= 150 and paths.get("pruned", 0) <= 5, paths


def test_highest_row_rewritten_under_its_rowid(incremental):
    """The second build edits the highest row alone: it comes back under its old rowid, which
    the complete data reads again, and the lists' paths score it (rowid >= max_rowid)."""
    db, done, facts = incremental["second"]
    assert facts["rowid"] == facts["top"] and done["changed"] == 1 and done["gone"] == 0, done
    assert_complete_data(db)
    paths = check_all(db, offsets=(0,), modes=(True, False))   # the lists' paths as well
    assert paths.get("complete", 0) >= 75 and paths.get("pruned", 0) >= 20, paths


def test_third_incremental_build_keeps_the_complete_path(incremental):
    db, done, facts = incremental["third"]
    # 300 new and 3 edited: the highest one written again under its rowid, or under a new one
    assert done["changed"] == 303 and done["gone"] == (2 if facts["reused"] else 3), done
    assert facts["again"]["changed"] == 0   # nothing new since
    conn = sqlite3.connect(db)
    assert _complete_mark(conn)[1:] == (conn.execute("select max(rowid) from responses"
                                                     ).fetchone()[0], N + 900)
    conn.close()
    assert_complete_data(db)
    paths = check_all(db, offsets=(0,), modes=(True,))
    assert paths.get("complete", 0) >= 75 and paths.get("pruned", 0) <= 3, paths


def test_search_json_pages_follow_the_ranking(ranked_db):
    from archive.serve import make_datasette

    ds = make_datasette(ranked_db, page_cache_mb=0)
    conn = sqlite3.connect(ranked_db)
    fts = parse("police information").fts()
    reference = full_ranking(conn, fts, [], {})
    ids = dict(conn.execute("select rowid, id from responses"))
    loop = asyncio.new_event_loop()
    try:
        got = []
        for page in (1, 2):
            r = loop.run_until_complete(ds.client.get(
                f"/search.json?q=police+information&size=25&page={page}"))
            assert r.status_code == 200, r.text[:500]
            data = r.json()
            assert data["total"] == len(reference) > 2000
            got += [(x["score"], x["id"]) for x in data["results"]]
            assert all(x["snippet"] for x in data["results"])
    finally:
        loop.close()
    assert [s for s, _ in got] == pytest.approx([round(s, 6) for s, _ in reference[:50]],
                                               abs=1e-6)
    tied = {round(s, 9) for s, _ in reference[:50]}
    if len(tied) == 50:   # no ties: the exact order
        assert [i for _, i in got] == [ids[r] for _, r in reference[:50]]


def test_table_search_links_to_the_same_search_ranked(get):
    """The table's `_search=` keeps its date order; its link ranks the same rows on /search."""
    page = get("/foi/responses?_search=taser").text
    found = re.search(r'class="ranked-search" href="([^"]+)"', page)
    assert found and unescape(found.group(1)) == "/search?q=taser"
    ranked = get("/search.json?q=taser&size=100").json()
    table = get("/foi/responses.json?_search=taser&_shape=objects&_size=100").json()
    assert ranked["total"] == table["filtered_table_rows_count"] > 0
    assert sorted(r["id"] for r in ranked["results"]) == sorted(r["id"] for r in table["rows"])
    scores = [r["score"] for r in ranked["results"]]
    assert scores == sorted(scores, reverse=True)
    kept = get("/foi/responses?_search=taser&force=kent-police").text
    assert "/search?q=taser&amp;force=kent-police" in kept
    # a filter /search cannot keep: no link that would show other rows
    assert "ranked-search" not in get("/foi/responses?_search=taser&outcome=full").text


def _positions(conn, term: str) -> dict[tuple[int, int], set[int]]:
    """{(row, column): offsets of the term}, from the index's instance view."""
    out: dict[tuple[int, int], set[int]] = {}
    for doc, col, offset in conn.execute(
            "select doc, col, offset from temp.inst where term = ?", (term,)):
        out.setdefault((doc, col), set()).add(offset)
    return out


def test_complete_data_holds_the_index_own_counts(ranked_db):
    """The vocabulary lists (phrases counted by inverting bm25()) hold exactly the rows FTS5
    matches for each phrase and the phrase's occurrences in each, counted here from the
    words' positions; dense counts and row lengths are the index's."""
    assert_complete_data(ranked_db)


def assert_complete_data(db) -> None:
    from archive.search_phrases import vocabulary_phrases
    from archive.search_rank import (
        COMPLETE,
        DENSE,
        _grouped,
        doc_lengths,
        unpack_complete,
        unpack_dense,
        unpack_lengths,
    )

    conn = sqlite3.connect(db)
    conn.execute("create virtual table temp.inst using fts5vocab(main, responses_fts, instance)")
    stored = {t: (df, blob) for t, df, blob in conn.execute(
        "select term, df, rowids from search_rank_terms where term like '=%'")}
    phrases = vocabulary_phrases()
    assert set(stored) >= {COMPLETE + " ".join(t) for t in phrases}
    many = 0
    for terms, text in phrases.items():
        df, blob = stored[COMPLETE + " ".join(terms)]
        rowids, freq = unpack_complete(blob, df)
        matched = {r for (r,) in conn.execute(
            "select rowid from responses_fts where responses_fts match ?", (f'"{text}"',))}
        assert set(rowids.tolist()) == matched and df == len(matched), text
        if len(terms) < 2 or not len(rowids):
            continue
        where = [_positions(conn, t) for t in terms]
        counted: dict[int, int] = {}
        for (doc, col), offsets in where[0].items():
            n = sum(all(o + i in where[i].get((doc, col), ()) for i in range(1, len(terms)))
                    for o in offsets)
            if n:
                counted[doc] = counted.get(doc, 0) + n
        assert dict(zip(rowids.tolist(), freq.astype(int).tolist(), strict=True)) == counted
        many += len(rowids) > LIST_MIN_DF
    assert many >= 2   # phrases common enough to matter were counted
    meta = dict(conn.execute("select key, value from search_rank_meta"))
    size = meta.get("complete_max_rowid", meta["max_rowid"]) + 1
    lengths = unpack_lengths(meta["lengths"], size)
    now = doc_lengths(conn)
    assert len(now) <= size and np.array_equal(lengths, np.r_[now, np.zeros(size - len(now))])
    conn.execute("create virtual table temp.search_rank_inst using fts5vocab(main, "
                 "responses_fts, instance)")
    dense = conn.execute("select term, df, rowids from search_rank_terms where term like '#%' "
                         "order by df").fetchall()
    assert dense
    for key, df, blob in dense[:3] + dense[len(dense) // 2:len(dense) // 2 + 1]:
        docs, freq = _grouped(conn, key[len(DENSE):])
        want = np.zeros(size, dtype=np.int64)
        want[docs] = freq
        assert np.array_equal(unpack_dense(blob, size), want) and df == len(docs)
    # other listed terms: every row and count, short form
    words = [(key, stored[key]) for key in sorted(stored) if " " not in key][::10]
    assert words
    for key, (df, blob) in words:
        docs, freq = _grouped(conn, key[len(COMPLETE):])
        rowids, counts = unpack_complete(blob, df)
        assert rowids.tolist() == docs.tolist() and counts.astype(int).tolist() == freq.tolist()
    # champion lists of all their rows with no `=` or `#` entry (complete as they are)
    whole = [(key, df, blob) for key, df, blob in conn.execute(
        "select term, df, rowids from search_rank_terms where theta = 0 and df <= ? and "
        "substr(term, 1, 1) not in ('=', '#')", (LIST_SIZE,))
        if COMPLETE + key not in stored and not conn.execute(
            "select 1 from search_rank_terms where term = ?", (DENSE + key,)).fetchone()]
    for key, df, blob in whole:
        docs, freq = _grouped(conn, key)
        rowids, counts = unpack_complete(blob, df)
        assert sorted(zip(rowids.tolist(), counts.astype(int).tolist(), strict=True)) == list(
            zip(docs.tolist(), freq.tolist(), strict=True)), key
    conn.close()


def test_filters_read_from_the_facet_index_are_the_sql_rows(ranked_db):
    conn = sqlite3.connect(ranked_db)
    index = SearchIndex(conn)
    checked = 0
    for where, params in FILTERS[1:]:
        name = next(iter(params))
        facet = {"topic": "topics"}.get(name, name)
        for (value,) in conn.execute("select value from facet_bitmaps where facet = ?",
                                     (facet,)).fetchall():
            args = {name: value}
            sql = sorted(r for (r,) in conn.execute(
                "select r.rowid from responses r where " + where[0], args))
            assert index._facet_rows(where, args).tolist() == sql, (where, value)
            checked += 1
    assert checked > 20
    conn.close()


def test_ands_of_common_words_counted_from_the_complete_data(ranked_db, monkeypatch):
    """At 20k rows every AND of words is counted by FTS5 (_few_postings); at 1M the common
    ones are counted from the complete data: the same counts."""
    from datasette_plugins import search_index

    monkeypatch.setattr(search_index, "SQL_COUNT_POSTINGS", 0)
    conn = sqlite3.connect(ranked_db)
    for q in ("police information", "number of incidents", "custody records", "officers police"):
        fts = parse(q).fts()
        index = SearchIndex(conn)
        want = conn.execute("select count(*) from responses_fts where responses_fts match ?",
                            (fts,)).fetchone()[0]
        assert index.count(fts) == want > 0 and index._matches(fts) is not None, q
    conn.close()
