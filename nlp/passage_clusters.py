"""Precedent passages: each response's reasoning passages written to `passages`, clustered with
the near-identical wordings of other responses (`cluster_id`)."""

from rapidfuzz import fuzz

from . import cluster_stats
from . import derive_settings as cfg
from .lsh_groups import Grouper


def same_passage(a: str, b: str) -> bool:
    return bool(b) and fuzz.ratio(a, b) >= cfg.PASSAGE_MIN_RATIO


def passage_grouper(db) -> Grouper:
    return Grouper(db, "passage", cfg.PASSAGE_BANDS, same_passage, "pc_")


def cluster_passages(db, prepared: list[tuple], grouper: Grouper, count: bool) -> set[str]:
    """Cluster the prepared passages of a chunk of responses; returns touched cluster ids.

    count: add them to the cluster counts now (incremental; a full build counts in bulk)."""
    touched: set[str] = set()
    rows = []
    # A wording repeated in the chunk gets the group its first use got (assign would find it
    # by its digest): boilerplate passages are most of the chunk.
    known: dict[str, str] = {}
    for rid, items, _request, _terms in prepared:
        for ordinal, kind, text, folded, keys in items:
            cluster = known.get(folded)
            if cluster is None:
                cluster = known[folded] = grouper.assign(folded, keys)
            rows.append((f"{rid}:{ordinal}", rid, ordinal, kind, text, cluster))
            touched.add(cluster)
    db.conn.executemany("INSERT OR REPLACE INTO passages (id, response_id, ordinal, kind, text, "
                        "cluster_id) VALUES (?, ?, ?, ?, ?, ?)", rows)
    if count:
        cluster_stats.add(db.conn, [(pid, rid, cid, text) for pid, rid, _o, _k, text, cid in rows])
    grouper.flush()
    return touched
