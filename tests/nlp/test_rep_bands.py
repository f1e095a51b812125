"""The groups' LSH buckets (nlp.rep_bands): a full rebuild writes them sorted at the end, an
incremental batch adds and deletes rows, a corpus written in the old layout (text rows of kinds
'request' and 'passage' in nlp_bands) is migrated; none of it may change which groups are found."""

import random
import shutil
import sqlite3

import numpy as np
import sqlite_utils

from archive.corpus_schema import NLP_REP_TABLES
from nlp import rep_bands
from nlp.corpus import update_derived
from tests.support.corpus_builder import FORCES, build_db, response, table_contents

_SUBJECTS = ("Taser discharges in custody suites", "drones bought for the air support unit",
             "firearms licences revoked after domestic abuse reports",
             "warrants executed at the wrong address", "vehicle pursuits ending in a collision",
             "stalking protection orders applied for", "burglaries of farm buildings",
             "knife arches used at railway stations", "cannabis factories found in rented homes",
             "vetting refusals of special constables", "speed camera vans bought or leased",
             "police horses retired and rehomed")


def _corpus(path, n=240, seed=5):
    """One of 12 unrelated requests each (each group unambiguous), at random forces and dates."""
    rnd = random.Random(seed)
    rows = [response(i, rnd.choice(FORCES),
                     f"Please could you tell me the number of {rnd.choice(_SUBJECTS)} in each "
                     f"of the last three years.", [], f"20{12 + i % 12}-02-01", title=None)
            for i in range(n)]
    return build_db(path, rows, [])


def _rewrite(db, ids):
    for rid in ids:  # one new wording: their old groups lose members, one new group forms
        db.execute("update responses set request_text = ? where id = ?",
                   ["Please tell me how many horses and police dogs the force owns.", rid])
    db.conn.commit()


def _partition(db):
    """The request groups as sets of responses (group ids may differ between runs)."""
    groups = {}
    for rid, gid in db.execute("select response_id, group_id from nlp_signatures "
                               "where kind = 'request'"):
        groups.setdefault(gid, set()).add(rid)
    return sorted(sorted(g) for g in groups.values())


def _bucket_pairs(db):
    return sorted(db.execute("select b.band_key, r.kind, r.group_id from nlp_rep_bands b "
                             "join nlp_reps r on r.rowid = b.rep").fetchall())


def _expected_pairs(db):
    """Every representative's stored keys, as its bucket rows should be."""
    return sorted((k, kind, gid) for kind, gid, keys in db.execute(
        "select kind, group_id, keys from nlp_reps")
        for k in rep_bands.stored_keys(kind, np.frombuffer(keys, dtype=np.int64)).tolist())


def _rows(path, table):
    return table_contents(path, [table])[table]


def test_buckets_hold_exactly_each_live_groups_keys_after_a_batch_that_empties_groups(tmp_path):
    db = _corpus(tmp_path / "a.db")
    update_derived(db, None)
    assert db.execute("select count(*) from round_robins").fetchone()[0] >= 5
    assert _bucket_pairs(db) == _expected_pairs(db)
    assert db.execute("select count(*) from nlp_bands").fetchone()[0] == 0  # old table unused
    ids = [r[0] for r in db.execute("select id from responses order by id")][::6]
    _rewrite(db, ids)
    update_derived(db, ids)

    pairs = _bucket_pairs(db)
    assert pairs == _expected_pairs(db)   # no row of an emptied group left behind
    live = {r[0] for r in db.execute("select distinct group_id from nlp_signatures "
                                     "where kind = 'request'")}
    assert {gid for _k, kind, gid in pairs if kind == "request"} == live
    rebuilt = _corpus(tmp_path / "b.db")
    _rewrite(rebuilt, ids)
    update_derived(rebuilt, None)
    assert _partition(db) == _partition(rebuilt)
    assert [len(g) for g in _partition(db)].count(len(ids)) == 1  # the new wording's group


def test_old_layout_is_migrated_and_gives_the_same_incremental_results(tmp_path):
    db = _corpus(tmp_path / "new.db")
    update_derived(db, None)
    shutil.copyfile(tmp_path / "new.db", tmp_path / "old.db")
    old = sqlite_utils.Database(tmp_path / "old.db")
    old_rows = [(kind, int(k), gid) for rep, kind, gid, keys in old.execute(
        "select rowid, kind, group_id, keys from nlp_reps order by rowid")
        for k in np.frombuffer(keys, dtype=np.int64)]
    old.conn.executemany("insert into nlp_bands (kind, band_key, group_id) values (?, ?, ?)",
                         old_rows)
    old.execute("update nlp_reps set keys = null")
    old.execute("drop table nlp_rep_bands")
    old.conn.commit()

    ids = [r[0] for r in db.execute("select id from responses order by id")][3::7]
    for target in (db, old):
        _rewrite(target, ids)
        update_derived(target, ids)

    assert old.execute("select count(*) from nlp_bands").fetchone()[0] == 0
    assert _bucket_pairs(old) == _bucket_pairs(db) == _expected_pairs(old)
    for table in ("round_robins", "round_robin_members", "nlp_signatures", "nlp_reps"):
        assert _rows(tmp_path / "old.db", table) == _rows(tmp_path / "new.db", table)


def test_a_corpus_whose_nlp_reps_has_no_keys_column_gets_one(tmp_path):
    db = _corpus(tmp_path / "c.db", n=40)
    db.execute("drop table if exists nlp_reps")
    db.execute("create table nlp_reps ([kind] TEXT, [group_id] TEXT, [folded] TEXT, "
               "PRIMARY KEY ([kind], [group_id]))")
    db.conn.commit()
    update_derived(db, None)
    assert db.execute("select count(*) from nlp_reps where keys is null").fetchone()[0] == 0
    assert _bucket_pairs(db) == _expected_pairs(db)


def test_bulk_write_of_too_many_groups_to_pack_writes_the_same_rows(tmp_path, monkeypatch):
    packed = _corpus(tmp_path / "packed.db")
    update_derived(packed, None)
    monkeypatch.setattr(rep_bands, "_REP_BITS", 3)  # the groups' rep numbers do not fit in 3 bits
    apart = _corpus(tmp_path / "apart.db")
    update_derived(apart, None)
    rows = _rows(tmp_path / "packed.db", "nlp_rep_bands")
    assert len(rows) == 16 * len(_SUBJECTS) and max(rep for _k, rep in rows) >= 1 << 3
    assert rows == _rows(tmp_path / "apart.db", "nlp_rep_bands")


def test_lookup_reads_one_kinds_bucket_oldest_first_up_to_the_limit():
    conn = sqlite3.connect(":memory:")
    conn.execute("create table nlp_reps ([kind] TEXT, [group_id] TEXT, [folded] TEXT, "
                 "[keys] BLOB, PRIMARY KEY ([kind], [group_id]))")
    conn.executescript(NLP_REP_TABLES)
    key, other = (123 << 8) | 1, (456 << 8) | 2
    groups = [(2, "request", "rr_a", [key]), (3, "passage", "pc_x", [key]),
              (4, "request", "rr_b", [other, key]), (6, "request", "rr_c", [key])]
    for rep, kind, gid, keys in reversed(groups):   # inserted newest first: order is by rep
        conn.execute("insert into nlp_reps (rowid, kind, group_id, folded, keys) "
                     "values (?, ?, ?, '', ?)", (rep, kind, gid, rep_bands.blob(keys)))
        rep_bands.add(conn, kind, [(rep, keys)])
    assert rep_bands.lookup(conn, "request", [key], 10) == ["rr_a", "rr_b", "rr_c"]
    assert rep_bands.lookup(conn, "request", [key], 2) == ["rr_a", "rr_b"]
    assert rep_bands.lookup(conn, "passage", [key], 10) == ["pc_x"]
    rep_bands.forget(conn, "request", ["rr_b"])
    assert rep_bands.lookup(conn, "request", [other, key], 10) == ["rr_a", "rr_c"]
    assert conn.execute("select count(*) from nlp_rep_bands").fetchone()[0] == 3
