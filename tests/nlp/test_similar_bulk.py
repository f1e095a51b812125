"""The full rebuild computes similar responses over integer columns (nlp.similar_bulk); an
incremental batch still goes response by response (similar_responses.Similar). Both must find the same
lists, including where a bucket holds more ids than are scanned and where candidates tie."""

import csv
import random
import sqlite3
from pathlib import Path

import pytest

from nlp import derive_settings, similar_bulk
from nlp.corpus import update_derived
from nlp.request_key import fold_forces
from tests.support.corpus_builder import FORCES, build_db, response

# Few subject words, so that many requests share term-band buckets.
_WORDS = ("taser drone custody firearm warrant vehicle pursuit stalking burglary knife "
          "cannabis fraud vetting camera helicopter dog horse speeding").split()


def _requests_corpus(path, n=400, seed=7):
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        words = rnd.sample(_WORDS, rnd.randint(2, 5))
        rows.append(response(i, FORCES[i % len(FORCES)],
                             "Please tell me about " + " and ".join(words) + " incidents.",
                             [], f"20{10 + i % 14}-01-01", title=None))
    return build_db(path, rows, [])


def _similar(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("select * from similar_responses").fetchall())
    finally:
        conn.close()


_BUCKET_SIZES = {False: "select count(*) as n from nlp_bands where kind = 'terms' group by "
                        "band_key",
                 True: "select count(*) as n from nlp_term_bands group by band_key"}


@pytest.mark.parametrize("cap, candidates, compact", [(300, 60, False), (4, 3, False),
                                                      (4, 3, True)])
def test_full_rebuild_finds_what_the_response_by_response_path_finds(tmp_path, monkeypatch,
                                                                     cap, candidates, compact):
    monkeypatch.setattr(derive_settings, "COMPACT_TERM_BANDS", compact)
    monkeypatch.setattr(derive_settings, "BUCKET_CAP", cap)
    monkeypatch.setattr(derive_settings, "SIMILAR_CANDIDATES", candidates)
    full = _requests_corpus(tmp_path / "full.db")
    update_derived(full, None)
    stepwise = _requests_corpus(tmp_path / "stepwise.db")
    ids = [r[0] for r in stepwise.execute("select id from responses order by id")]
    update_derived(stepwise, ids)  # the incremental path, from an empty derived state

    expected = _similar(tmp_path / "stepwise.db")
    assert len(expected) > 1000  # most responses have a full list
    biggest_bucket = full.execute(f"select max(n) from ({_BUCKET_SIZES[compact]})").fetchone()[0]
    assert biggest_bucket > cap  # windows were cut: the newest `cap` ids only
    assert _similar(tmp_path / "full.db") == expected


def test_compiled_kernel_and_plain_python_agree(tmp_path, monkeypatch):
    kernel = similar_bulk._own_lists_kernel
    assert hasattr(kernel, "py_func"), "numba (a dependency) did not compile the kernel"
    db = _requests_corpus(tmp_path / "a.db", n=150)
    update_derived(db, None)
    compiled = _similar(tmp_path / "a.db")
    monkeypatch.setattr(similar_bulk, "_own_lists_kernel", kernel.py_func)
    update_derived(db, None)
    assert _similar(tmp_path / "a.db") == compiled


def test_every_force_name_is_folded_whole():
    forces = Path(__file__).resolve().parents[2] / "parsers" / "data" / "forces.csv"
    with forces.open(newline="") as fh:
        names = [row["name"] for row in csv.DictReader(fh)]
    for name in names:
        folded = " ".join(fold_forces(f"Did {name} receive it? Ask {name.upper()} too.").split())
        assert folded == "Did the force receive it? Ask the force too.", name
    # a longer name wins over a shorter one it starts with, and a name inside a word is kept
    assert " ".join(fold_forces("the Metropolitan Police Service and Metro").split()) == \
        "the the force and Metro"


def test_packed_merge_keeps_what_the_column_merge_keeps():
    """The merge of own lists and offers, as packed int64 keys (what a build below 2**24
    responses uses) and as three columns: same rows, same order, same float scores; many
    scores tie, so the order within a list falls to the ids."""
    import numpy as np

    rng = np.random.default_rng(3)
    n, k = 3000, 5
    q = np.repeat(np.arange(1, n), k)
    c = (rng.random(len(q)) * q).astype(np.int64)  # an earlier response
    s = np.array([round(x, 4) for x in rng.choice([0.2, 0.25, 1 / 3, 0.5, 2 / 7, 1.0],
                                                   len(q))])
    pairs = np.unique(np.stack([q, c], axis=1), axis=0)  # a pair listed once
    q, c, s = pairs[:, 0], pairs[:, 1], s[:len(pairs)]
    packed = similar_bulk._merge_packed(similar_bulk._packed_offers(q, c, s), k)
    columns = similar_bulk._merge_offers(q.astype(np.int32), c.astype(np.int32), s, k)
    assert len(columns[0]) > n
    for got, expected in zip(packed, columns, strict=True):
        assert got.tolist() == expected.tolist()


def test_bulk_lists_are_computed_without_the_corpus():
    """A full rebuild computes the lists while the derive side process copies the corpus
    (nlp/derive.py): BulkSimilar.compute must not touch it; write() then stores what a
    write() alone stores."""
    import sqlite_utils

    from nlp import minhash
    from nlp.derive import ensure_schema
    from nlp.similar_responses import BulkSimilar

    class NoCorpus:
        def __getattr__(self, name):
            raise AssertionError(f"the corpus was used: {name}")

    rng = random.Random(3)
    words = [f"w{i}" for i in range(40)]
    prepared = []
    for i in range(400):
        terms = tuple(sorted(set(rng.sample(words, rng.randint(2, 8)))))
        prepared.append((f"r{i:04d}", [], None,
                         (terms, minhash.band_keys_of(terms, derive_settings.TERM_BANDS))))
    rows = []
    for early in (True, False):
        db = sqlite_utils.Database(memory=True)
        ensure_schema(db)
        similar = BulkSimilar(NoCorpus() if early else db)
        similar.add(prepared)
        if early:
            similar.compute()
            similar.db = db
        similar.write()
        rows.append(db.execute("select * from similar_responses order by rowid").fetchall())
        rows.append(db.execute("select * from nlp_term_bands").fetchall())
    assert len(rows[0]) > 100 and rows[0] == rows[2] and rows[1] == rows[3]
