"""/precedents lists, under each wording, the newest responses among those matched that use
it (one SQL statement computes groups, counts and examples: page_precedents.find_wordings)."""
from __future__ import annotations

import sqlite3
from urllib.parse import quote

import pytest


def newest_uses(corpus_db, cluster_id: str, n: int, label: str | None = None) -> list[str]:
    """The answer worked out in Python: responses using the wording, newest first, then id."""
    conn = sqlite3.connect(f"file:{corpus_db}?immutable=1", uri=True)
    rows = conn.execute("select distinct r.id, coalesce(r.published, r.month) from passages p "
                        "join responses r on r.id = p.response_id where p.cluster_id = ? and "
                        "(? is null or r.id in (select response_id from response_exemptions "
                        "where label = ?))", [cluster_id, label, label]).fetchall()
    conn.close()
    rows.sort(key=lambda r: r[0])
    rows.sort(key=lambda r: r[1] or "", reverse=True)
    return [r[0] for r in rows][:n]


@pytest.mark.parametrize("path,label", [("q=" + quote("prejudice prevention"), None),
                                        ("label=" + quote("s40(2)"), "s40(2)"),
                                        ("label=" + quote("s31(3)"), "s31(3)")])
def test_examples_are_the_newest_matched_responses_using_a_wording(get, corpus_db, path,
                                                                   label):
    data = get("/precedents.json?" + path).json()
    clustered = [w for w in data["wordings"] if not w["key"].startswith("passage:")]
    assert clustered, "the site corpus has a reused wording for this search"
    for w in clustered:
        assert [e["id"] for e in w["examples"]] == newest_uses(corpus_db, w["key"], 5, label)
        assert all(e["title"] and e["force_name"] for e in w["examples"])


def test_a_wording_used_once_lists_its_one_response(get):
    html = get("/precedents?label=s12").text
    assert "We hold no such records." in html and 'href="/response/' in html


def test_a_search_over_the_time_limit_says_so_instead_of_failing(get, monkeypatch):
    """At a million responses a broad wording search can pass the SQL time limit under load:
    the page answers 503 with a message and the form, never a 500."""
    from datasette.database import QueryInterrupted

    from datasette_plugins import page_precedents

    async def too_slow(*_args):
        raise QueryInterrupted(sqlite3.OperationalError("interrupted"), "select 1", {})

    monkeypatch.setattr(page_precedents, "find_wordings", too_slow)
    html = get("/precedents?q=" + quote("personal data timeout"), status=503).text
    assert "took too long" in html and 'id="precedent-form"' in html
    data = get("/precedents.json?q=" + quote("personal data timeout"), status=503).json()
    assert data["ok"] is False and "took too long" in data["error"]


def test_each_wording_shown_is_a_passage_of_a_matched_response(corpus_db, tmp_path, client_for):
    """The wording is shown as one of the matched responses words it, never as the cluster's
    representative, which may come from a response the search did not match (another force's
    name in it): here every representative is replaced by words no response uses."""
    import shutil

    from archive.serve import make_datasette

    db = tmp_path / "foi.db"
    shutil.copy(corpus_db, db)
    conn = sqlite3.connect(db)
    conn.execute("update passage_clusters set representative_text = "
                 "'Anyshire Police neither confirms nor denies it holds this.'")
    conn.commit()
    conn.close()
    ds = make_datasette(db, page_cache_mb=0)
    data = client_for(ds, "/precedents.json?label=" + quote("s31(3)")).json()
    assert data["wordings"]
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    try:
        for w in data["wordings"]:
            used = {t for (t,) in conn.execute(
                "select p.text from passages p where p.response_id in (select response_id from "
                "response_exemptions where label = 's31(3)') and (p.cluster_id = ? or "
                "'passage:' || p.id = ?)", [w["key"], w["key"]])}
            assert w["text"] in used, w["key"]
    finally:
        conn.close()
