"""A full rebuild counts the passage clusters and indexes the passages in a side process
(nlp/derive_side.py): the corpus must get the rows, rowids included, that the rebuild makes in
place, and a side process that fails must leave that work to the rebuild."""
import sqlite3
import sys

from nlp import derive, derive_side
from nlp.corpus import update_derived
from tests.support.corpus_builder import build_db, sample_responses

_BY_ROWID = ("nlp_cluster_responses", "nlp_cluster_cells", "nlp_cluster_labels",
             "nlp_cluster_texts", "passage_clusters", "passages_fts_data", "passages_fts_docsize")
_BY_KEY = {"passages_fts_idx": "segid, term, pgno", "passages_fts_config": "k"}


def _rows(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        out = {t: conn.execute(f"select rowid, * from {t} order by rowid").fetchall()
               for t in _BY_ROWID}
        out.update({t: conn.execute(f"select * from {t} order by {key}").fetchall()
                    for t, key in _BY_KEY.items()})
        out["misconduct"] = sorted({r[0] for r in conn.execute(
            "select p.response_id from passages_fts f join passages p on p.rowid = f.rowid "
            "where passages_fts match 'misconduct'")})
        return out
    finally:
        conn.close()


def _rebuilt(path) -> dict:
    rows, exemptions = sample_responses()
    db = build_db(path, rows, exemptions)
    update_derived(db, None)
    db.close()
    return _rows(path)


def _copies(monkeypatch) -> list:
    results = []
    copy_into = derive_side.SidePassages.copy_into

    def spy(self, conn):
        results.append(copy_into(self, conn))
        return results[-1]

    monkeypatch.setattr(derive_side.SidePassages, "copy_into", spy)
    return results


def test_side_process_writes_what_the_rebuild_writes_in_place(tmp_path, monkeypatch):
    copies = _copies(monkeypatch)
    beside = _rebuilt(tmp_path / "side.db")
    assert copies == [True]
    assert not derive_side.side_path(tmp_path / "side.db").exists()
    monkeypatch.setattr(derive, "_side_passages", lambda db: None)
    in_place = _rebuilt(tmp_path / "in_place.db")
    assert beside["nlp_cluster_cells"] and beside["nlp_cluster_labels"]
    assert beside["misconduct"] == ["r001", "r002", "r003", "r004"]
    assert beside == in_place


def test_side_process_that_fails_leaves_the_work_to_the_rebuild(tmp_path, monkeypatch):
    expected = _rebuilt(tmp_path / "expected.db")
    copies = _copies(monkeypatch)
    # fails before it has read the corpus
    monkeypatch.setattr(derive_side, "_command",
                        lambda db, side: [sys.executable, "-c", "raise SystemExit(3)"])
    assert _rebuilt(tmp_path / "early.db") == expected
    assert copies == []
    # fails after reading it, while counting
    monkeypatch.setattr(derive_side, "_command", lambda db, side: [
        sys.executable, "-c", "print('copied', flush=True); raise SystemExit(3)"])
    assert _rebuilt(tmp_path / "late.db") == expected
    assert copies == [False]


def test_in_memory_corpus_is_counted_in_place(monkeypatch):
    started = []
    command = derive_side._command
    monkeypatch.setattr(derive_side, "_command", lambda db, side: started.append(db) or
                        command(db, side))
    rows, exemptions = sample_responses()
    db = build_db(":memory:", rows, exemptions)
    update_derived(db, None)
    assert started == []   # no process is given a file name that is no corpus
    assert db.execute("select count(*) from nlp_cluster_cells").fetchone()[0] > 0
    assert db.execute("select count(*) from passages_fts where passages_fts match 'misconduct'"
                      ).fetchone()[0] > 0
