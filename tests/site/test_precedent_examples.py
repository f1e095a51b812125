"""/precedents lists, under each wording, the newest responses that use it. The page picks
one of two queries by how common the wording is; both must give exactly those responses."""
from __future__ import annotations

import asyncio
import sqlite3

import pytest

from datasette_plugins import page_search


def newest_uses(corpus_db, cluster_id: str, n: int) -> list[str]:
    """The answer worked out in Python: responses using the wording, newest first, then id."""
    conn = sqlite3.connect(f"file:{corpus_db}?immutable=1", uri=True)
    rows = conn.execute("select distinct r.id, r.published from passages p join responses r "
                        "on r.id = p.response_id where p.cluster_id = ?", [cluster_id]).fetchall()
    conn.close()
    dated = sorted((r for r in rows if r[1]), key=lambda r: r[0])
    dated.sort(key=lambda r: r[1], reverse=True)
    undated = sorted(r[0] for r in rows if not r[1])
    return ([r[0] for r in dated] + undated)[:n]


@pytest.mark.parametrize("per_wording", [1, 2, 5])
@pytest.mark.parametrize("total", [0, 10**9], ids=["read-newest-first", "read-every-use"])
def test_both_plans_list_the_newest_responses_using_a_wording(ds, corpus_db, per_wording,
                                                              total):
    db = ds.get_database("foi")

    async def examples():
        wordings = await page_search._wordings(db, "prejudice prevention", "")
        await page_search._examples(db, wordings, total, per_wording)
        return wordings

    wordings = asyncio.run(examples())
    clustered = [w for w in wordings if w["cluster_id"]]
    assert clustered, "the site corpus has a reused wording matching these words"
    for w in clustered:
        got = [e["id"] for e in w["examples"]]
        assert got == newest_uses(corpus_db, w["cluster_id"], per_wording)
        assert all(e["title"] and e["force"] for e in w["examples"])


def test_a_wording_used_once_lists_its_one_response(get):
    html = get("/precedents?label=s12").text
    assert "We hold no such records." in html and 'href="/response/' in html
