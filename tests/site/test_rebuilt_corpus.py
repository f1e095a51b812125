"""A server serves one corpus throughout: after the corpus is rebuilt (replaced by rename) under
a running `foi-archive serve`, its pages, its /foi.db download, that download's ETag and the dump
stay those of the corpus it started with, until it restarts (issue 16 row 12)."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import urllib.request

from archive.corpus_dump import dump_path_for
from tests.support.live_site import running_site
from tests.support.site_corpus import build_site_corpus


def _get(url: str) -> tuple[bytes, dict]:
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read(), {k.lower(): v for k, v in r.headers.items()}


def test_a_rebuild_under_a_running_server_never_mixes_corpora(tmp_path):
    db = tmp_path / "foi.db"
    build_site_corpus(db)
    old_db, old_dump = db.read_bytes(), dump_path_for(db).read_bytes()
    (tmp_path / "old.db").write_bytes(old_db)
    with running_site(db) as base:
        body, head = _get(base + "/foi.db")
        assert body == old_db and head["etag"].count('"') == 2   # one ETag
        count = _get(base + "/foi.json?sql=select+count(*)+as+n+from+responses&_shape=array")[0]
        # the rebuild: a new corpus with one response fewer, renamed over the served files
        new = tmp_path / "new" / "foi.db"
        new.parent.mkdir()
        build_site_corpus(new)
        conn = sqlite3.connect(new)
        conn.execute("pragma foreign_keys=off")
        conn.execute("delete from responses where rowid = (select max(rowid) from responses)")
        conn.commit()
        conn.close()
        os.replace(new, db)
        os.replace(dump_path_for(new), dump_path_for(db))
        assert hashlib.sha256(db.read_bytes()).digest() != hashlib.sha256(old_db).digest()
        body2, head2 = _get(base + "/foi.db")
        assert body2 == old_db and head2["etag"] == head["etag"]
        assert _get(base + "/-/download/foi.jsonl.gz")[0] == old_dump
        # SQL threads that open their connection only now (several at once, in every server
        # process) still read the corpus the server started with
        import concurrent.futures as cf

        slow = "/foi.json?_shape=array&sql=" + urllib.request.quote(
            "with recursive n(i) as (select 1 union all select i + 1 from n where i < 200000) "
            "select (select count(*) from n) > 0 as busy, (select count(*) from responses) as n")
        with cf.ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(lambda _: _get(base + slow)[0], range(12)))
        old_n = sqlite3.connect(tmp_path / "old.db").execute(
            "select count(*) from responses").fetchone()[0]
        assert {a for a in answers} == {f'[{{"busy": 1, "n": {old_n}}}]'.encode()}, answers
        assert _get(base + "/foi.json?sql=select+count(*)+as+n+from+responses&_shape=array")[0] == count
    with running_site(db) as base:   # a restart publishes the rebuilt corpus
        body3, head3 = _get(base + "/foi.db")
        assert body3 == db.read_bytes() and head3["etag"] != head["etag"]
    # the names that held the old files for the server are gone with it
    assert not list(tmp_path.glob(".foi.db*.serving-*"))
