"""Versions and changes (issue 14) built from a raw store filled directly: an edited answer, a
chrome-only change, a 404, a replaced attachment, a response unlisted for two crawls; a full
rebuild and an incremental build give the same rows."""
from __future__ import annotations

import gzip
import json
import sqlite3

from archive.build import build_corpus, parsed_records, update_derived_incremental
from archive.corpus_dump import dump_path_for
from archive.corpus_write import append_corpus
from archive.registry import load_forces
from crawler import rawstore
from tests.support.change_pages import FORCE, crawl, first_state, later_state, page, url


def rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def by_url(db) -> dict:
    return {u: (rid, status) for rid, u, status in rows(db, "select id, url, status from responses")}


def test_edit_chrome_withdrawal_and_attachment(tmp_path):
    raw, db = tmp_path / "raw", tmp_path / "foi.db"
    store = rawstore.RawStore(raw)
    first_state(store)
    build_corpus(raw, db)
    assert rows(db, "select count(*) from response_changes") == [(0,)]
    assert {s for _, s in by_url(db).values()} == {"published"}
    assert rows(db, "select count(*), count(content) from response_versions") == [(4, 0)]

    later_state(store)
    build_corpus(raw, db)
    ids = by_url(db)
    changes = rows(db, "select r.url, c.kind, c.summary, c.version from response_changes c "
                       "join responses r on r.id = c.response_id order by r.url, c.seq")
    assert [(u, k) for u, k, _, _ in changes] == [
        (url("drones"), "attachment_replaced"), (url("overtime"), "withdrawn"),
        (url("taser"), "edited")]
    edit = changes[2]
    assert edit[2].startswith("response text:") and "paragraph" in edit[2] and edit[3] == 2
    assert "answered 404" in changes[1][2]
    # the chrome-only change made no version and no change
    dogs = ids[url("dogs")][0]
    assert rows(db, f"select count(*) from response_versions where response_id = '{dogs}'") == [(1,)]
    assert {u: s for u, (_, s) in ids.items()} == {
        url("taser"): "edited", url("dogs"): "published", url("overtime"): "withdrawn",
        url("drones"): "edited"}
    # the withdrawn response keeps its last published text
    assert rows(db, "select response_text from responses where status = 'withdrawn'")[0][0] \
        .endswith("£2.1 million on officer overtime in 2023.")
    taser = ids[url("taser")][0]
    versions = rows(db, "select version, content from response_versions where response_id = "
                        f"'{taser}' order by version")
    assert [v for v, _ in versions] == [1, 2]
    assert "412 times" in json.loads(versions[0][1])["response_text"]
    assert "415 times" in json.loads(versions[1][1])["response_text"]
    # the streamed dump carries the same status as the table
    with gzip.open(dump_path_for(db), "rt") as fh:
        dumped = {r["url"]: r["status"] for r in map(json.loads, fh)}
    assert dumped == {u: s for u, (_, s) in ids.items()}


def test_outcome_change_is_named(tmp_path):
    raw, db = tmp_path / "raw", tmp_path / "foi.db"
    store = rawstore.RawStore(raw)
    crawl(store, ["dogs"], {"dogs": page("dogs")})
    crawl(store, ["dogs"], {"dogs": page("dogs", answer=(
        "The information is refused. The force relies on section 31(1)(a) of the Act, "
        "law enforcement, and withholds the number of police dogs."))})
    build_corpus(raw, db)
    (summary,) = rows(db, "select summary from response_changes where kind = 'edited'")[0]
    assert "outcome: full → refused" in summary and "exemptions: +s31(1)(a)" in summary


def test_unlisted_twice_is_withdrawn_then_restored(tmp_path):
    raw, db = tmp_path / "raw", tmp_path / "foi.db"
    store = rawstore.RawStore(raw)
    crawl(store, ["taser", "dogs"], {"taser": page("taser"), "dogs": page("dogs")})
    crawl(store, ["taser"])                     # one crawl without it: not yet withdrawn
    build_corpus(raw, db)
    assert {s for _, s in by_url(db).values()} == {"published"}
    crawl(store, ["taser"])                     # the second in a row: withdrawn
    build_corpus(raw, db)
    assert by_url(db)[url("dogs")][1] == "withdrawn"
    assert "2 consecutive complete crawls" in rows(db, "select summary from response_changes")[0][0]
    incomplete = store.start_crawl(FORCE)       # an unfinished crawl proves nothing
    store.add_listing_link(incomplete, url("taser"))
    crawl(store, ["taser", "dogs"])             # linked again
    build_corpus(raw, db)
    assert by_url(db)[url("dogs")][1] == "published"
    assert [k for (k,) in rows(db, "select kind from response_changes order by seq")] == [
        "withdrawn", "restored"]


CHANGE_TABLES = ("select r.url, v.version, v.content_hash, v.first_seen, v.last_seen, v.fetch_id,"
                 " v.content from response_versions v join responses r on r.id = v.response_id"
                 " order by 1, 2",
                 "select r.url, c.seq, c.kind, c.detected_at, c.previous_hash, c.new_hash,"
                 " c.summary, c.version from response_changes c join responses r"
                 " on r.id = c.response_id order by 1, 2",
                 "select url, status from responses order by url")


def test_full_rebuild_equals_incremental_build(tmp_path):
    raw = tmp_path / "raw"
    store = rawstore.RawStore(raw)
    first_state(store)
    inc = tmp_path / "inc.db"
    build_corpus(raw, inc)
    later_state(store)
    result = append_corpus(list(parsed_records(raw)), inc, load_forces())
    update_derived_incremental(inc, result.ids, result.cells)
    full = tmp_path / "full.db"
    build_corpus(raw, full)
    for sql in CHANGE_TABLES:
        assert rows(inc, sql) == rows(full, sql)
    assert len(rows(full, CHANGE_TABLES[1])) == 3
    again = tmp_path / "again.db"   # and a second full rebuild is the same rows again
    build_corpus(raw, again)
    for sql in CHANGE_TABLES:
        assert rows(again, sql) == rows(full, sql)
