"""The raw store keeps bodies unedited, versions changed pages, and links attachments."""
from __future__ import annotations

import hashlib
import sqlite3

from crawler.rawstore import RawStore

PAGE = "https://www.example.police.uk/foi-ai/x/disclosure-2024/may-2024/drones/"
FILE = "https://www.example.police.uk/SysSiteAssets/foi-media/x/drones.pdf"


def test_add_versions_and_entries(tmp_path):
    store = RawStore(tmp_path)
    body = b"<html><body>\xff\xfe raw bytes kept as sent</body></html>"
    headers = {"Content-Type": "text/html", "ETag": '"abc"'}
    assert store.add("x", PAGE, PAGE, 200, headers, body, "entry", link_text="Drones")
    assert not store.add("x", PAGE, PAGE, 200, headers, body, "entry")   # unchanged: no row
    assert store.add("x", FILE, FILE, 200, {"Content-Type": "application/pdf"}, b"%PDF-1.4",
                     "attachment", parent_url=PAGE, link_text="Letter")
    assert store.add("x", PAGE, PAGE, 200, headers, body + b"<!-- v2 -->", "entry")

    rows = store.fetch_rows()
    assert [r["kind"] for r in rows] == ["entry", "attachment", "entry"]
    digest = hashlib.sha256(body).hexdigest()
    assert rows[0]["sha256"] == digest and rows[0]["size"] == len(body)
    assert store.body_path(digest).read_bytes() == body
    assert rows[0]["fetched_at"].endswith("Z")

    [entry] = list(store.entries())
    assert entry.body.endswith(b"<!-- v2 -->")          # the latest version
    assert entry.content_type == "text/html"
    assert [(a.url, a.body, a.link_text) for a in entry.attachments] == [
        (FILE, b"%PDF-1.4", "Letter")]
    assert store.latest(PAGE).headers["ETag"] == '"abc"'


def test_store_is_wal_and_errors_are_recorded(tmp_path):
    store = RawStore(tmp_path)
    store.add_error("x", PAGE, "HTTP 404", 404)
    assert store.gone(PAGE)
    db = sqlite3.connect(tmp_path / "index.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT force, url, error, status FROM crawl_errors").fetchall() == [
        ("x", PAGE, "HTTP 404", 404)]


def test_orphan_temp_files_do_not_count_as_bodies(tmp_path):
    store = RawStore(tmp_path)
    body = b"partial"
    digest = hashlib.sha256(body).hexdigest()
    (store.bodies / digest[:2]).mkdir(parents=True)
    (store.bodies / digest[:2] / ".tmp-crashed").write_bytes(b"par")   # a write cut short
    assert store.add("x", PAGE, PAGE, 200, {}, body, "listing")
    assert store.body_path(digest).read_bytes() == body


def test_several_processes_opening_one_new_store_at_once_do_not_fail(tmp_path):
    """Crawler processes for several forces start together on one new raw store (the demo and
    `crawl all` do); switching the new file to WAL must not fail with "database is locked"."""
    import threading

    from crawler.rawstore import RawStore

    for trial in range(15):
        root, errors = tmp_path / f"raw{trial}", []

        def open_store(root=root, errors=errors):
            try:
                RawStore(root).close()
            except Exception as exc:  # noqa: BLE001 - any failure fails the test
                errors.append(exc)

        threads = [threading.Thread(target=open_store) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []


def test_change_tracking_tables_and_readers(tmp_path):
    store = RawStore(tmp_path)
    crawl = store.start_crawl("x")
    store.add_listing_link(crawl, PAGE)
    store.add_listing_link(crawl, PAGE)                  # once per crawl
    assert store.add("x", PAGE, PAGE, 200, {"ETag": '"1"'}, b"<html>v1</html>", "entry")
    store.add_check(crawl, "x", PAGE, "entry", 200, "new")
    store.finish_crawl(crawl, complete=True)
    second = store.start_crawl("x")
    store.add_check(second, "x", PAGE, "entry", 304, "not_modified")
    assert store.add("x", PAGE, PAGE, 200, {"ETag": '"2"'}, b"<html>v2</html>", "entry")
    store.add_check(second, "x", PAGE, "entry", 200, "changed")
    store.add_check(second, "x", FILE, "attachment", 404, "gone")

    crawls = store.crawls_of("x")
    assert [(c["id"], c["complete"]) for c in crawls] == [(crawl, 1), (second, 0)]
    assert crawls[0]["finished_at"] and crawls[1]["finished_at"] is None
    assert store.listing_links_of(crawl) == {PAGE} and store.listing_links_of(second) == set()
    assert [c["result"] for c in store.checks_of(PAGE)] == ["new", "not_modified", "changed"]
    assert [c["url"] for c in store.all_checks()][-1] == FILE
    assert [v["headers"] for v in store.versions(PAGE)] == ['{"ETag": "\\"1\\""}',
                                                             '{"ETag": "\\"2\\""}']
    try:
        store.add_check(second, "x", PAGE, "entry", 200, "edited")
    except ValueError:
        pass
    else:
        raise AssertionError("an unknown check result must be refused")


def test_old_store_gains_the_new_tables(tmp_path):
    db = sqlite3.connect(tmp_path / "index.sqlite")
    db.execute("CREATE TABLE fetches (id INTEGER PRIMARY KEY, force TEXT, url TEXT NOT NULL,"
               " final_url TEXT, status INTEGER, headers TEXT, content_type TEXT,"
               " fetched_at TEXT, sha256 TEXT, size INTEGER, kind TEXT, parent_url TEXT,"
               " link_text TEXT)")
    db.commit()
    db.close()
    store = RawStore(tmp_path)
    assert store.crawls_of("x") == [] and store.all_checks() == []


def test_due_for_revisit_is_oldest_checked_first(tmp_path):
    store = RawStore(tmp_path)
    a, b = PAGE, PAGE.replace("drones", "tasers")
    store.add("x", a, a, 200, {}, b"a", "entry")
    store.add("x", b, b, 200, {}, b"b", "entry")
    store.add("x", FILE, FILE, 200, {}, b"f", "attachment", parent_url=a)
    store.add("y", "http://other/", "http://other/", 200, {}, b"o", "entry")
    store.add_check(None, "x", a, "entry", 304, "not_modified")   # a checked last
    assert [row[0] for row in store.due_for_revisit("x", None, 10)] == [b, FILE, a]
    assert store.due_for_revisit("x", None, 1) == [(b, "entry", None, None)]
    assert store.due_for_revisit("x", "2000-01-01T00:00:00.000000Z", 10) == []
