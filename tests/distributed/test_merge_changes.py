"""Merging carries the change-tracking rows (crawls, listing_links, checks): crawl ids are
remapped, nothing is added twice, and the merged store's build sees the edits and withdrawals
that the machines' crawls recorded."""
from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from archive.build import build_corpus
from crawler.merge import merge_raw_stores
from crawler.rawstore import RawStore
from tests.support.change_pages import FORCE, HTML, page, url

EDITED = ("We have decided to disclose all of the information. Officers drew a Taser 415 "
          "times in 2023.")


def crawl(root: Path, listed: list[str], fetch: dict[str, bytes] | None = None,
          gone: tuple = (), complete: bool = True) -> None:
    store = RawStore(root)
    try:
        cid = store.start_crawl(FORCE)
        for slug in listed:
            store.add_listing_link(cid, url(slug))
        for slug, body in (fetch or {}).items():
            known = store.latest(url(slug)) is not None
            added = store.add(FORCE, url(slug), url(slug), 200, HTML, body, "entry")
            store.add_check(cid, FORCE, url(slug), "entry", 200,
                            ("changed" if known else "new") if added else "unchanged")
        for slug in gone:
            store.add_check(cid, FORCE, url(slug), "entry", 404, "gone")
            store.add_error(FORCE, url(slug), "HTTP 404", 404)
        store.finish_crawl(cid, complete=complete)
    finally:
        store.close()
    time.sleep(0.002)   # distinct crawl start times


def table(root: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(root / "index.sqlite")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


CHECKS = "select force, url, kind, checked_at, status, result from checks"
CRAWLS = "select force, started_at, finished_at, complete from crawls"
# each check with its crawl's start time instead of its store-local crawl id
CHECK_CRAWL = ("select k.url, k.checked_at, k.result, c.started_at from checks k"
               " left join crawls c on c.id = k.crawl_id")
LINKS = ("select c.started_at, l.url from listing_links l join crawls c on c.id = l.crawl_id")


def test_merge_carries_crawls_listing_links_and_checks(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    # machine A crawls the log first; B and C start from a copy of its store (docs/distributed.md)
    crawl(a, ["taser", "dogs", "overtime"],
          {"taser": page("taser"), "dogs": page("dogs"), "overtime": page("overtime")})
    shutil.copytree(a, b)
    shutil.copytree(a, c)
    # B: taser's answer edited, then two complete crawls whose listings no longer link dogs
    crawl(b, ["taser", "overtime"], {"taser": page("taser", answer=EDITED)})
    crawl(b, ["taser", "overtime"])
    # C: an incomplete crawl (a shared one) on which overtime answers 404
    crawl(c, ["overtime"], gone=("overtime",), complete=False)
    # the crawl ids collide between stores: C's second crawl is id 2 there, B's is id 2 too
    assert table(c, "select max(id) from crawls") == [(2,)]

    merged = tmp_path / "merged"
    report = merge_raw_stores(merged, [b, c, a])
    sources = (a, b, c)
    assert report.crawls == len({r for s in sources for r in table(s, CRAWLS)}) == 4
    assert report.checks == len({r for s in sources for r in table(s, CHECKS)}) == 5
    assert sorted(table(merged, CRAWLS)) == sorted({r for s in sources for r in table(s, CRAWLS)})
    assert sorted(table(merged, CHECKS)) == sorted({r for s in sources for r in table(s, CHECKS)})
    # every check and listing link still belongs to the crawl (known by its start) it came from
    assert sorted(table(merged, CHECK_CRAWL)) == sorted(
        {r for s in sources for r in table(s, CHECK_CRAWL)})
    assert sorted(table(merged, LINKS)) == sorted({r for s in sources for r in table(s, LINKS)})
    assert len(table(merged, LINKS)) == 3 + 2 + 2 + 1

    # merging the same stores again adds nothing
    again = merge_raw_stores(merged, [a, b, c])
    assert (again.rows, again.errors, again.crawls, again.checks) == (0, 0, 0, 0)
    assert len(table(merged, CHECKS)) == 5 and len(table(merged, CRAWLS)) == 4
    assert len(table(merged, LINKS)) == 8

    # the merged store's build sees what the machines saw
    db = tmp_path / "foi.db"
    build_corpus(merged, db)
    conn = sqlite3.connect(db)
    try:
        changes = conn.execute("select r.url, c.kind, c.summary from response_changes c join"
                               " responses r on r.id = c.response_id order by r.url").fetchall()
        status = dict(conn.execute("select url, status from responses"))
    finally:
        conn.close()
    assert [(u, k) for u, k, _ in changes] == [
        (url("dogs"), "withdrawn"), (url("overtime"), "withdrawn"), (url("taser"), "edited")]
    assert "2 consecutive complete crawls" in changes[0][2]
    assert changes[1][2] == "answered 404"
    assert status == {url("dogs"): "withdrawn", url("overtime"): "withdrawn",
                      url("taser"): "edited"}


def test_a_crawl_merged_before_it_finished_is_finished_by_a_later_merge(tmp_path):
    src, merged = tmp_path / "src", tmp_path / "merged"
    store = RawStore(src)
    cid = store.start_crawl(FORCE)
    store.add_listing_link(cid, url("taser"))
    merge_raw_stores(merged, [src])
    assert table(merged, "select finished_at, complete from crawls") == [(None, 0)]
    store.add_listing_link(cid, url("dogs"))
    store.finish_crawl(cid, complete=True)
    store.close()
    report = merge_raw_stores(merged, [src])
    assert report.crawls == 0
    ((finished, complete),) = table(merged, "select finished_at, complete from crawls")
    assert finished is not None and complete == 1
    assert sorted(u for (u,) in table(merged, "select url from listing_links")) == [
        url("dogs"), url("taser")]


def test_a_store_older_than_change_tracking_merges(tmp_path):
    old, merged = tmp_path / "old", tmp_path / "merged"
    crawl(old, ["taser"], {"taser": page("taser")})
    db = sqlite3.connect(old / "index.sqlite")
    db.executescript("DROP TABLE crawls; DROP TABLE listing_links; DROP TABLE checks;")
    db.close()
    report = merge_raw_stores(merged, [old])
    assert (report.rows, report.crawls, report.checks) == (1, 0, 0)
