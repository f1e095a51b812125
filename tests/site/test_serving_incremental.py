"""Incremental serving tables (archive/corpus_serving.py): after a batch of new responses, or
changed ones, adding/subtracting the batch's uses leaves exactly the rows a full rewrite
writes, and /precedents shows the same page."""
from __future__ import annotations

import asyncio
import shutil
import sqlite3
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest

from archive.corpus_serving import forget_serving_responses, write_serving_tables
from archive.serve import make_datasette

ROOT = Path(__file__).resolve().parents[2]
WORDS = ["information", "prejudice prevention", "personal data", "police", "cost"]


def snapshot(db: Path) -> dict:
    """The serving tables as a reader sees them (wording ids are surrogates: joined away)."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("insert into serving_wordings_fts(serving_wordings_fts) "
                     "values ('integrity-check')")
        matches = {word: sorted(conn.execute(
            "select w.key, w.text from serving_wordings_fts f join serving_wordings w "
            "on w.id = f.rowid where serving_wordings_fts match ?", (word,)))
            for word in ("information", "police", "prejudice")}
        return {
            "wordings": sorted(conn.execute(
                "select key, cluster_id, text, passage_id, uses from serving_wordings")),
            "labels": sorted(conn.execute(
                "select l.label, w.key, w.text, l.uses, l.passage_id from serving_wording_labels l "
                "join serving_wordings w on w.id = l.wording_id")),
            "examples": sorted(conn.execute("select * from serving_wording_examples")),
            # facet columns per response, keyed by the response (rowids change on replace)
            "facet_rows": sorted(conn.execute(
                "select r.id, f.* from serving_facet_rows f "
                "left join responses r on r.rowid = f.response_rowid"), key=repr),
            "matches": matches,
            "passages": conn.execute("select count(*) from passages").fetchone()[0],
        }
    finally:
        conn.close()


def rewritten(db: Path, directory: Path) -> Path:
    copy = directory / f"full-{db.name}"
    shutil.copyfile(db, copy)
    conn = sqlite3.connect(copy)
    write_serving_tables(conn)
    conn.close()
    return copy


@pytest.fixture(scope="module")
def base(synth_db, tmp_path_factory):
    """The synthetic corpus with its serving tables written in full."""
    return rewritten(synth_db, tmp_path_factory.mktemp("serving-base"))


def append_new(db: Path, n: int) -> list[str]:
    """n new, recent synthetic responses through the real incremental build."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from archive.build import update_derived_incremental
    from archive.corpus_write import append_corpus
    from archive.registry import load_forces
    from bench.synth import Synth

    result = append_corpus(Synth(11, years=[2025, 2026]).records(n, start=1500), db,
                           load_forces())
    update_derived_incremental(db, result.ids, result.cells)
    assert len(result.new) == n
    return result.ids


def test_new_responses_added_equal_a_full_rewrite(base, tmp_path):
    db = tmp_path / "foi.db"
    shutil.copyfile(base, db)
    before = snapshot(db)
    append_new(db, 120)   # the incremental build adds the batch's uses itself
    after, full_db = snapshot(db), rewritten(db, tmp_path)
    assert after == snapshot(full_db)
    assert after["passages"] > before["passages"]            # the batch did add uses
    assert len(after["facet_rows"]) == len(before["facet_rows"]) + 120
    assert after["examples"] != before["examples"]           # and newer examples
    assert sum(u for *_, u in after["wordings"]) == after["passages"]

    pages = [("/precedents?" + urlencode({"q": q})) for q in WORDS]
    pages += ["/precedents?label=s40(2)", "/precedents?q=information&label=s31(1)(a)"]
    incremental = make_datasette(db, page_cache_mb=0)
    full = make_datasette(full_db, page_cache_mb=0)

    async def both(path):
        return (await incremental.client.get(path)).text, (await full.client.get(path)).text

    loop = asyncio.new_event_loop()
    listed = 0
    try:
        for path in pages:
            mine, theirs = loop.run_until_complete(both(path))
            assert mine == theirs, path
            listed += mine.count('class="wording"')
    finally:
        loop.close()
    assert listed > 10   # the pages compared do list wordings


def newest_responses(conn, n: int) -> list[str]:
    """Responses holding the newest uses of clustered wordings: changing them moves examples."""
    return [r[0] for r in conn.execute(
        "select distinct response_id from serving_wording_examples where rank = 1 "
        "and cluster_id != '' limit ?", (n,))]


def test_changed_responses_forgotten_then_added_equal_a_full_rewrite(base, tmp_path):
    db = tmp_path / "foi.db"
    shutil.copyfile(base, db)
    conn = sqlite3.connect(db)
    changed = newest_responses(conn, 6)
    changed += [r[0] for r in conn.execute(
        "select id from responses where id in (select response_id from passages) "
        "order by random() limit 30")]
    changed = list(dict.fromkeys(changed))
    assert len(changed) > 20
    forget_serving_responses(conn, changed)
    # What a re-scrape can change: dates, cited exemptions, passages (gone, reworded, moved
    # to another wording). Done in SQL: the serving step only reads these tables.
    marks = ",".join("?" * len(changed))
    conn.execute(f"update responses set published = '2009-01-01' where id in ({marks})", changed)
    conn.executemany("update responses set outcome = 'vexatious', topics = '[\"x\"]' "
                     "where id = ?", ((rid,) for rid in changed[::4]))
    conn.executemany("delete from response_exemptions where response_id = ?",
                     ((rid,) for rid in changed[::2]))
    conn.executemany("insert or ignore into response_exemptions(response_id, label) values (?, 's24(1)')",
                     ((rid,) for rid in changed[1::3]))
    conn.execute(f"delete from passages where ordinal = 0 and response_id in ({marks})", changed)
    conn.execute(f"update passages set text = text || ' Reworded.' where ordinal = 1 and "
                 f"response_id in ({marks})", changed)
    conn.execute(f"update passages set cluster_id = null where ordinal = 2 and "
                 f"response_id in ({marks})", changed)
    conn.commit()
    write_serving_tables(conn, changed)
    conn.close()
    after = snapshot(db)
    assert after == snapshot(rewritten(db, tmp_path))
    assert any(key.startswith("passage:") for key, *_ in after["wordings"])
    assert any(text.endswith(" Reworded.") for _, _, text, *_ in after["wordings"])
    assert sum(row[5] == "vexatious" for row in after["facet_rows"]) >= len(changed[::4])


def test_without_serving_tables_the_incremental_call_writes_them_all(synth_db, tmp_path):
    db = tmp_path / "foi.db"
    shutil.copyfile(synth_db, db)
    conn = sqlite3.connect(db)
    forget_serving_responses(conn, ["anything"])   # nothing to subtract from: no-op
    write_serving_tables(conn, [])
    conn.close()
    assert snapshot(db) == snapshot(rewritten(synth_db, tmp_path))
