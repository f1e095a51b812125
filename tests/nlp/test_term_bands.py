"""Compact request-word buckets (nlp.term_bands): an incremental batch must leave the buckets a
full rebuild would make, both layouts must find the same, and a corpus written in the old layout (rows of kind 'terms' in
nlp_bands) must give the same incremental results as one in the new layout."""

import random
import shutil

import pytest
import sqlite_utils

from nlp import derive_settings, term_bands
from nlp.corpus import update_derived
from tests.support.corpus_builder import FORCES, build_db, response, table_contents


@pytest.fixture(autouse=True)
def _compact(monkeypatch):
    monkeypatch.setattr(derive_settings, "COMPACT_TERM_BANDS", True)

_WORDS = ("taser drone custody firearm warrant vehicle pursuit stalking burglary knife "
          "cannabis fraud vetting camera helicopter dog horse speeding").split()


def _corpus(path, n=300, seed=3):
    rnd = random.Random(seed)
    rows = [response(i, FORCES[i % len(FORCES)],
                     "Please tell me about " + " and ".join(rnd.sample(_WORDS, 3)) + " incidents.",
                     [], f"20{10 + i % 14}-01-01", title=None) for i in range(n)]
    return build_db(path, rows, [])


def _buckets(db):
    return sorted(db.execute("select b.band_key, k.response_id from nlp_term_bands b "
                             "join nlp_term_keys k on k.seq = b.seq").fetchall())


def _rows(path, table):
    return table_contents(path, [table])[table]


def _rewrite_requests(db, ids):
    for rid in ids:  # new wording: different band keys, so the old bucket rows must go
        db.execute("update responses set request_text = ? where id = ?",
                   ["Please tell me about speeding and horse and dog fines.", rid])
    db.conn.commit()


def test_incremental_batch_leaves_the_buckets_a_full_rebuild_makes(tmp_path):
    db = _corpus(tmp_path / "a.db")
    update_derived(db, None)
    ids = [r[0] for r in db.execute("select id from responses order by id")][::7]
    _rewrite_requests(db, ids)
    update_derived(db, ids)
    shutil.copyfile(tmp_path / "a.db", tmp_path / "b.db")
    rebuilt = sqlite_utils.Database(tmp_path / "b.db")
    update_derived(rebuilt, None)

    assert len(_buckets(db)) == 32 * db.execute("select count(*) from responses").fetchone()[0]
    assert _buckets(db) == _buckets(rebuilt)
    stored = [r[0] for r in db.execute("select response_id from nlp_term_keys")]
    assert len(stored) == len(set(stored))


def test_compact_and_nlp_bands_layouts_give_the_same_results(tmp_path, monkeypatch):
    compact = _corpus(tmp_path / "compact.db")
    update_derived(compact, None)
    monkeypatch.setattr(derive_settings, "COMPACT_TERM_BANDS", False)
    rows = _corpus(tmp_path / "rows.db")
    update_derived(rows, None)
    ids = [r[0] for r in rows.execute("select id from responses order by id")][2::9]
    _rewrite_requests(rows, ids)
    update_derived(rows, ids)
    monkeypatch.setattr(derive_settings, "COMPACT_TERM_BANDS", True)
    _rewrite_requests(compact, ids)
    update_derived(compact, ids)

    assert _buckets(compact) == sorted(rows.execute(
        "select band_key, group_id from nlp_bands where kind = 'terms'").fetchall())
    for table in ("similar_responses", "passages", "round_robin_members"):
        assert _rows(tmp_path / "compact.db", table) == _rows(tmp_path / "rows.db", table)


def test_old_layout_is_migrated_and_gives_the_same_incremental_results(tmp_path):
    db = _corpus(tmp_path / "new.db")
    update_derived(db, None)
    shutil.copyfile(tmp_path / "new.db", tmp_path / "old.db")
    old = sqlite_utils.Database(tmp_path / "old.db")
    old_rows = old.execute(  # the old layout: a response's band rows together, in band order
        "select b.band_key, k.response_id from nlp_term_bands b join nlp_term_keys k "
        "on k.seq = b.seq order by b.seq, b.band_key & 255").fetchall()
    old.conn.executemany("insert into nlp_bands (kind, band_key, group_id) values "
                         "('terms', ?, ?)", old_rows)
    old.execute("drop table nlp_term_bands")
    old.execute("drop table nlp_term_keys")
    old.conn.commit()

    ids = [r[0] for r in db.execute("select id from responses order by id")][5::11]
    for target in (db, old):
        _rewrite_requests(target, ids)
        update_derived(target, ids)

    assert old.execute("select count(*) from nlp_bands where kind = 'terms'").fetchone()[0] == 0
    assert _buckets(old) == _buckets(db)
    assert _rows(tmp_path / "old.db", "similar_responses") == \
        _rows(tmp_path / "new.db", "similar_responses")
    assert len(_rows(tmp_path / "new.db", "similar_responses")) > 500


def test_bulk_write_of_too_many_responses_to_pack_writes_the_same_rows(tmp_path, monkeypatch):
    packed = _corpus(tmp_path / "packed.db", n=120)
    update_derived(packed, None)
    monkeypatch.setattr(term_bands, "_SEQ_BITS", 3)  # 120 responses do not fit in 3 bits
    sorted_apart = _corpus(tmp_path / "apart.db", n=120)
    update_derived(sorted_apart, None)
    for table in ("nlp_term_keys", "nlp_term_bands"):
        rows = _rows(tmp_path / "packed.db", table)
        assert len(rows) >= 120
        assert rows == _rows(tmp_path / "apart.db", table)
