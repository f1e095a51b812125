"""The canned query /foi/search_responses reads the site's search syntax through the SQL
function foi_fts_query (sql_guard.py), as the table's `_search=` does: synonyms, OR, phrases;
no input is FTS5 syntax, so none makes the query fail."""
from __future__ import annotations

import sqlite3

import pytest


def _refs(get, q):
    from urllib.parse import quote

    rows = get(f"/foi/search_responses.json?_shape=array&q={quote(q)}").json()
    return sorted(r["reference"] for r in rows)


def _sql_refs(db, match):
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute(
            "select r.reference from responses_fts join responses r on r.rowid = "
            "responses_fts.rowid where responses_fts match ?", (match,)))
    finally:
        conn.close()


def test_synonyms_find_what_the_words_say(get, corpus_db):
    taser = _sql_refs(corpus_db, "taser")
    assert len(taser) == 3
    assert _refs(get, "CED") == taser   # conducted energy device = Taser
    assert _refs(get, "conducted energy device") == taser


def test_or_and_phrases(get, corpus_db):
    assert _refs(get, "taser OR misconduct") == _sql_refs(corpus_db, "taser OR misconduct")
    assert _refs(get, '"officer misconduct"') == ["FOI-2024-5"]


@pytest.mark.parametrize("q", ['"', "taser AND", "NEAR(", "col:umn *", "(", "-"])
def test_no_input_is_an_fts5_error(get, q):
    from urllib.parse import quote

    response = get(f"/foi/search_responses.json?_shape=array&q={quote(q)}")
    assert isinstance(response.json(), list)
