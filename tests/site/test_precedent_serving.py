"""/precedents read from the build's serving tables (archive/corpus_serving.py) shows exactly
the page it showed when it grouped every passage per request: same wordings, counts, order
and examples, on the hand-written corpus and on a synthetic one."""
from __future__ import annotations

import sqlite3
from urllib.parse import urlencode

import pytest
from site_corpus import serving_copy

from archive.corpus_serving import TABLES, write_serving_tables
from archive.serve import make_datasette

WORDS = ["", "prejudice prevention", "personal data", "national security", "police",
         "the", "information", "neither confirm", "cost", "xyzzy", "Kent", "records"]


@pytest.fixture(scope="module", params=["site", "synthetic"])
def corpora(request, tmp_path_factory):
    db = request.getfixturevalue("corpus_db" if request.param == "site" else "synth_db")
    copy = serving_copy(db, tmp_path_factory.mktemp("serving"))
    return make_datasette(db, page_cache_mb=0), make_datasette(copy, page_cache_mb=0), copy


def labels(db) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    try:
        return [r[0] for r in conn.execute("select distinct label from response_exemptions "
                                           "order by label")]
    finally:
        conn.close()


def test_precedent_pages_are_unchanged(corpora, client_for):
    before, after, db = corpora
    found = 0
    for label in [""] + labels(db):
        for q in WORDS:
            if not (q or label):
                continue
            path = "/precedents?" + urlencode({"q": q, "label": label})
            old, new = client_for(before, path), client_for(after, path)
            assert old.status_code == new.status_code == 200, path
            assert new.text == old.text, path
            found += old.text.count('class="wording"')
    assert found > 10   # the pages compared do list wordings


def test_serving_tables_are_rewritten_not_appended(corpora):
    _, _, db = corpora
    conn = sqlite3.connect(db)
    try:
        def snapshot():
            return {t: conn.execute(f"select * from {t} order by 1, 2, 3").fetchall()
                    for t in TABLES if t != "serving_wordings_fts"}

        first = snapshot()
        write_serving_tables(conn)
        assert snapshot() == first
        uses = conn.execute("select sum(uses) from serving_wordings").fetchone()[0]
        assert uses == conn.execute("select count(*) from passages").fetchone()[0]
        if not conn.execute("select 1 from sqlite_master where name = 'passages_fts'"
                            ).fetchone():
            return   # the hand-written corpus has no passage index (the page uses LIKE)
        matched = conn.execute("select count(*) from serving_wordings_fts "
                               "where serving_wordings_fts match 'information'").fetchone()[0]
        assert matched == conn.execute(
            "select count(distinct w.id) from passages_fts f join passages p on p.rowid = f.rowid "
            "join serving_wordings w on w.text = p.text and w.key = coalesce(p.cluster_id, "
            "'passage:' || p.id) where passages_fts match 'information'").fetchone()[0]
    finally:
        conn.close()
