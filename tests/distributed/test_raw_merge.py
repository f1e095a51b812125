"""Merging per-machine raw stores: versions keep their order, nothing is added twice."""
from __future__ import annotations

import time

from crawler.merge import main as merge_main
from crawler.merge import merge_raw_stores
from crawler.rawstore import RawStore

HTML = {"Content-Type": "text/html"}


def _add(root, url, body, kind="entry", parent=None):
    store = RawStore(root)
    try:
        store.add("test-police", url, url, 200, HTML, body, kind, parent_url=parent)
    finally:
        store.close()
    time.sleep(0.002)   # distinct fetch times


def test_latest_version_wins_whatever_the_source_order(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    _add(a, "http://x/e/1/", b"<html>first version</html>")
    _add(b, "http://x/e/1/", b"<html>revised version</html>")
    _add(b, "http://x/f/1.pdf", b"%PDF letter", "attachment", "http://x/e/1/")
    _add(a, "http://x/e/2/", b"<html>another entry</html>")

    merged = tmp_path / "merged"
    report = merge_raw_stores(merged, [b, a])       # newer store first on purpose
    assert (report.rows, report.skipped_older) == (4, 0)
    store = RawStore(merged)
    entries = {e.url: (e.body, [d.url for d in e.attachments]) for e in store.entries()}
    assert entries == {"http://x/e/1/": (b"<html>revised version</html>", ["http://x/f/1.pdf"]),
                       "http://x/e/2/": (b"<html>another entry</html>", [])}
    store.close()

    assert merge_raw_stores(merged, [a, b]).rows == 0   # merging again adds nothing


def test_an_older_version_than_the_destination_holds_is_counted_not_stored(tmp_path):
    old, dest = tmp_path / "old", tmp_path / "dest"
    _add(old, "http://x/e/1/", b"<html>first version</html>")
    _add(dest, "http://x/e/1/", b"<html>revised version</html>")
    report = merge_raw_stores(dest, [old])
    assert (report.rows, report.skipped_older) == (0, 1)
    store = RawStore(dest)
    assert [e.body for e in store.entries()] == [b"<html>revised version</html>"]
    store.close()


def test_command_refuses_a_directory_that_is_not_a_raw_store(tmp_path, capsys):
    assert merge_main([str(tmp_path / "dest"), str(tmp_path)]) == 2
    assert "not a raw store" in capsys.readouterr().err
