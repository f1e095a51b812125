"""The build's facet rows (archive/corpus_serving.py, `serving_facet_rows`, read by the facet
index): after a batch of new responses, or changed ones, forgetting then adding the batch's
rows leaves exactly the rows a full rewrite writes. The precedent tables earlier builds wrote
(`serving_wordings`...) are read by nothing and dropped from a corpus that has them."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from archive.corpus_serving import (
    FACET_ROWS,
    OBSOLETE,
    forget_serving_responses,
    write_serving_tables,
)

ROOT = Path(__file__).resolve().parents[2]


def snapshot(db: Path) -> dict:
    """The facet rows, keyed by the response (rowids change on replace)."""
    conn = sqlite3.connect(db)
    try:
        return {
            "facet_rows": sorted(conn.execute(
                f"select r.id, f.* from {FACET_ROWS} f "
                "left join responses r on r.rowid = f.response_rowid"), key=repr),
            "responses": conn.execute("select count(*) from responses").fetchone()[0],
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
    """The synthetic corpus with its facet rows written in full."""
    return rewritten(synth_db, tmp_path_factory.mktemp("serving-base"))


def append_new(db: Path, n: int) -> list[str]:
    """n new, recent synthetic responses through the real incremental build."""
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
    append_new(db, 120)   # the incremental build adds the batch's rows itself
    after = snapshot(db)
    assert after == snapshot(rewritten(db, tmp_path))
    assert len(after["facet_rows"]) == len(before["facet_rows"]) + 120 == after["responses"]


def test_changed_responses_forgotten_then_added_equal_a_full_rewrite(base, tmp_path):
    db = tmp_path / "foi.db"
    shutil.copyfile(base, db)
    conn = sqlite3.connect(db)
    changed = [r[0] for r in conn.execute("select id from responses order by random() limit 30")]
    forget_serving_responses(conn, changed)
    # What a re-scrape can change: dates, outcome, topics, cited exemptions
    marks = ",".join("?" * len(changed))
    conn.execute(f"update responses set published = '2009-01-01', year = 2009, "
                 f"month = '2009-01' where id in ({marks})", changed)
    conn.executemany("update responses set outcome = 'vexatious', topics = '[\"x\"]' "
                     "where id = ?", ((rid,) for rid in changed[::4]))
    conn.commit()
    write_serving_tables(conn, changed)
    conn.close()
    after = snapshot(db)
    assert after == snapshot(rewritten(db, tmp_path))
    assert sum(row[5] == "vexatious" for row in after["facet_rows"]) >= len(changed[::4])
    assert sum(row[3] == 2009 for row in after["facet_rows"]) >= len(changed)


def test_without_facet_rows_the_incremental_call_writes_them_all(synth_db, tmp_path):
    db = tmp_path / "foi.db"
    shutil.copyfile(synth_db, db)
    conn = sqlite3.connect(db)
    conn.execute(f"drop table if exists {FACET_ROWS}")
    conn.commit()
    forget_serving_responses(conn, ["anything"])   # nothing to delete from: no-op
    write_serving_tables(conn, [])
    conn.close()
    assert snapshot(db) == snapshot(rewritten(synth_db, tmp_path))
    assert len(snapshot(db)["facet_rows"]) == snapshot(db)["responses"]


def test_the_build_writes_no_precedent_tables_and_drops_old_ones(synth_db, tmp_path):
    def tables(path):
        conn = sqlite3.connect(path)
        try:
            return {r[0] for r in conn.execute("select name from sqlite_master")}
        finally:
            conn.close()

    assert not tables(synth_db) & set(OBSOLETE)   # the full build wrote none
    db = tmp_path / "old.db"
    shutil.copyfile(synth_db, db)
    conn = sqlite3.connect(db)   # a corpus an earlier build left them in
    conn.execute("create table serving_wordings (id integer primary key, text text)")
    conn.execute("create virtual table serving_wordings_fts using fts5(text)")
    conn.execute("create table serving_wording_labels (label text)")
    conn.execute("create table serving_wording_examples (cluster_id text)")
    conn.commit()
    write_serving_tables(conn, [])   # an incremental build's call
    conn.close()
    assert not tables(db) & set(OBSOLETE)
    assert FACET_ROWS in tables(db)
