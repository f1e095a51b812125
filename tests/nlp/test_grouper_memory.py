"""Groupers keep a bounded number of representatives in memory and band buckets in flat
arrays; reading evicted representatives back (a full rebuild from its spill file, an incremental
batch from the corpus) must not change any group."""


from nlp import derive_settings
from nlp.band_buckets import BandBuckets
from nlp.corpus import update_derived
from tests.support.corpus_builder import (
    FORCES,
    build_db,
    response,
    sample_responses,
    table_contents,
)

_TABLES = ("passages", "passage_clusters", "round_robins", "round_robin_members", "nlp_reps")


def _corpus(path):
    rows, exemptions = sample_responses()
    # two requests asked again at every force, for different years
    for i in range(40):
        ask = ("how many drones the force bought and what they cost" if i % 2 else
               "how many officers were assaulted while on duty in custody suites")
        rows.append(response(100 + i, FORCES[i % 5], f"Please tell me {ask} in {2015 + i % 8}.",
                             [], f"2024-01-{1 + i % 28:02d}"))
    return build_db(path, rows, exemptions)


def _contents(path):
    return table_contents(path, _TABLES)


def test_evicting_representatives_leaves_groups_unchanged(tmp_path, monkeypatch):
    update_derived(_corpus(tmp_path / "roomy.db"), None)
    expected = _contents(tmp_path / "roomy.db")
    monkeypatch.setattr(derive_settings, "REP_CACHE", 1)
    monkeypatch.setattr(derive_settings, "chunks", lambda seq, n=500: (seq[i:i + 4]
                                                                       for i in range(0, len(seq), 4)))
    update_derived(_corpus(tmp_path / "tight.db"), None)
    # the Taser round-robin and the two asks repeated at every force
    assert sorted(g[4] for g in expected["round_robins"]) == [3, 20, 20]
    assert _contents(tmp_path / "tight.db") == expected


def test_a_full_rebuild_reads_evicted_representatives_from_its_spill_not_the_corpus(tmp_path, monkeypatch):
    from nlp import lsh_groups

    update_derived(_corpus(tmp_path / "roomy.db"), None)
    expected = _contents(tmp_path / "roomy.db")
    monkeypatch.setattr(derive_settings, "REP_CACHE", 1)
    reads = []
    real = lsh_groups.Grouper._rep
    monkeypatch.setattr(lsh_groups.Grouper, "_rep", lambda self, gid: reads.append(gid) or real(self, gid))
    update_derived(_corpus(tmp_path / "tight.db"), None)
    assert reads == []
    assert _contents(tmp_path / "tight.db") == expected


def test_band_buckets_rank_like_a_counter_over_the_newest_values():
    buckets = BandBuckets(cap=3, slots=4)  # a tiny table: it must grow while values are added
    for value, keys in enumerate([[10, 20], [10], [30, 20], [10, 20], [40], [10, 30]]):
        buckets.add(keys, value)
    assert buckets.members(10) == [1, 3, 5]  # only the newest 3, oldest first
    assert buckets.members(99) == []
    # votes: 3 -> 2 (keys 10, 20), 5 -> 2 (10, 30), 2 -> 2 (20, 30), 1 -> 1, 0 -> 1;
    # ties in first-seen order: key 10's bucket first, oldest first
    assert buckets.top_voted([10, 20, 30], 4) == [3, 5, 2, 1]
    assert buckets.top_voted([40], 8) == [4]


def test_a_long_bucket_keeps_its_newest_values_in_order():
    buckets = BandBuckets(cap=150)
    for value in range(200):
        buckets.add([7, 1000 + value], value)
    assert buckets.members(7) == list(range(50, 200))
    assert buckets.members(1000 + 199) == [199]
    assert buckets.top_voted([7, 1000 + 120], 3) == [120, 50, 51]
