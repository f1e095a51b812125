"""The derive step: precedent passages + clusters, round-robin requests, similar responses,
written from the corpus's responses (tables declared in archive/corpus_schema.py).

    update_derived(db, response_ids)   # None = (re)process every response

Incremental: MinHash signatures and LSH band keys of every passage and request are kept in
`nlp_signatures` / `nlp_rep_bands` (the groups' buckets: see `rep_bands`; request-word buckets:
see `term_bands`), so a batch of new responses is compared with the corpus through indexed band
lookups; only clusters and groups the batch touches are re-counted; passage-cluster statistics
are kept as additive counts (`cluster_stats`), so the batch's own passages are counted, not the
clusters' millions.
"""

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import sqlite_utils

from archive.bulk_gc import return_freed_memory
from archive.corpus_schema import (
    DERIVED_EXEMPTIONS_INDEX,
    DERIVED_TABLES,
    create_derived_indexes,
)
from archive.fts_segments import batch_settings

from . import cluster_stats, rep_bands
from . import derive_settings as cfg
from .derive_prepare import prepared_chunks
from .derive_side import SidePassages, index_passages
from .lsh_groups import drop_empty_groups
from .passage_clusters import cluster_passages, passage_grouper
from .round_robin_merge import merge_round_robins
from .round_robins import group_requests, refresh_round_robins, request_grouper, shared_groups
from .similar_responses import BulkSimilar, Similar

# Indexes no lookup of a full rebuild needs: dropped while it inserts, made once at the end.
_BULK_DROPPED = ("idx_passages_response_id", "idx_passages_kind", "idx_passages_cluster_id",
                 "idx_nlp_bands_kind_band_key",
                 "idx_nlp_bands_kind_group_id", "idx_nlp_signatures_kind_response_id",
                 "idx_similar_responses_similar_id")
_FTS_TRIGGERS = ("passages_ai", "passages_ad", "passages_au")
_DERIVED = ("passages", "passage_clusters", "round_robins", "round_robin_members",
            "similar_responses", "nlp_signatures", "nlp_reps", "nlp_bands")


def ensure_schema(db: sqlite_utils.Database) -> None:
    db.conn.executescript(DERIVED_TABLES)
    cluster_stats.ensure(db.conn)
    rep_bands.ensure(db.conn)
    cfg.term_bands().ensure(db.conn)
    create_derived_indexes(db.conn)
    if "response_exemptions" in db.table_names():  # cluster stats join on it
        db.conn.execute(DERIVED_EXEMPTIONS_INDEX)
    triggers = {r[0] for r in db.execute("select name from sqlite_master where type='trigger'")}
    if "passages_ai" not in triggers:
        db["passages"].enable_fts(["text"], create_triggers=True, tokenize="porter",
                                  replace=True)


def _forget(db, response_ids: list[str]) -> tuple[set[str], set[str]]:
    """Drop derived rows of responses being (re)processed; return touched clusters/groups."""
    clusters, groups = set(), set()
    forgetting = cluster_stats.Forgetting()
    for chunk in cfg.chunks(response_ids):
        marks = ",".join("?" * len(chunk))
        forgetting.subtract(db.conn, chunk)
        clusters |= {r[0] for r in db.execute(
            f"select distinct cluster_id from passages where response_id in ({marks})", chunk)}
        groups |= {r[0] for r in db.execute(
            f"select distinct group_id from nlp_signatures where kind = 'request' and "
            f"response_id in ({marks})", chunk)}
        cfg.term_bands().forget(db.conn, chunk)
        db.execute(f"delete from nlp_signatures where response_id in ({marks})", chunk)
        db.execute(f"delete from passages where response_id in ({marks})", chunk)
        db.execute(f"delete from round_robin_members where response_id in ({marks})", chunk)
        db.execute(f"delete from similar_responses where response_id in ({marks}) "
                   f"or similar_id in ({marks})", chunk + chunk)
    forgetting.recount(db.conn)
    clusters.discard(None)
    groups.discard(None)
    return clusters, groups


def _bulk_start(db) -> list[str]:
    """Full rebuild: drop the FTS triggers and the indexes no lookup needs while inserting."""
    trigger_sql = [r[0] for r in db.execute(
        "select sql from sqlite_master where type = 'trigger' and name in (?, ?, ?)",
        _FTS_TRIGGERS)]
    for name in _FTS_TRIGGERS:
        db.conn.execute(f"DROP TRIGGER IF EXISTS [{name}]")
    for name in _BULK_DROPPED:
        db.conn.execute(f"DROP INDEX IF EXISTS [{name}]")
    return trigger_sql


def _side_passages(db) -> SidePassages | None:
    """The passage counts and full-text index computed beside the rebuild's tail, from its
    committed chunks (nlp/derive_side.py); None when that process could not start. The
    corpus must not be written again before `_side_copied` says it has read what it needs."""
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:   # an in-memory corpus: nothing another process could read
        return None
    try:
        return SidePassages(Path(path))
    except OSError:
        return None


def _side_copied(side: SidePassages | None) -> SidePassages | None:
    """Wait until the side process has copied its inputs; None (and closed) when it failed."""
    if side is not None and not side.wait_copied():
        side.close()
        return None
    return side


def _bulk_end(db, trigger_sql: list[str], side: SidePassages | None) -> None:
    """The passages' full-text index and cluster counts: copied from the side process, or
    made here when it failed; then the FTS triggers are back."""
    if side is None or not side.copy_into(db.conn):
        index_passages(db.conn)
        cluster_stats.bulk_build(db.conn)
    for sql in trigger_sql:
        db.conn.execute(sql)


@contextmanager
def _passages_fts_batch(conn) -> Iterator[None]:
    """Incremental: the batch's new passages enter `passages_fts` in one statement at the end,
    as one segment. Through the insert trigger each passage was a statement of its own and
    FTS5 wrote a segment per statement, then merged them into the index's large segments
    (200k corpus: ~10,000 of its pages rewritten for 1,000 responses)."""
    with batch_settings(conn, "passages_fts"):   # (its INSERT opens the transaction first)
        trigger = conn.execute("select sql from sqlite_master where type = 'trigger' and "
                               "name = 'passages_ai'").fetchone()
        # new rows get rowids above today's largest (the batch's old passages are gone)
        after = conn.execute("select coalesce(max(rowid), 0) from passages").fetchone()[0]
        conn.execute("DROP TRIGGER IF EXISTS passages_ai")   # undone by a rollback
        yield
        conn.execute("INSERT INTO passages_fts(rowid, text) SELECT rowid, text FROM passages "
                     "WHERE rowid > ? ORDER BY rowid", (after,))
        if trigger:
            conn.execute(trigger[0])


def _shrink_cache(db) -> None:
    """A full rebuild's tail runs with a small page cache. Pages written since the last commit
    stay in the cache until they are written out, so the chunks' inserts are committed first
    (a full rebuild writes a file nobody reads before it is finished); otherwise the tail ran
    beside up to CACHE_KB of them, the build's memory peak."""
    db.conn.commit()
    db.conn.execute(f"PRAGMA cache_size = -{cfg.TAIL_CACHE_KB}")
    db.conn.execute("PRAGMA shrink_memory")
    return_freed_memory()


def update_derived(db: sqlite_utils.Database, response_ids: list[str] | None = None) -> dict:
    """Write passages, passage clusters, round-robins and similar responses.

    response_ids: the responses added or changed since the last call (None = all). Returns
    counts of what was processed.
    """
    ensure_schema(db)
    fresh = response_ids is None
    # Index pages of the derived tables stay in memory instead of being re-read per insert.
    # A full rebuild appends (its one index in random order is made at the end) into a file
    # nobody reads before it is finished (archive/build.py syncs it then): a small cache, and
    # its spills written without a sync each.
    db.conn.execute(f"PRAGMA cache_size = -{cfg.BULK_CACHE_KB if fresh else cfg.CACHE_KB}")
    if fresh:
        db.conn.execute("PRAGMA synchronous = OFF")
    trigger_sql: list[str] = []
    with db.conn:
        if fresh:
            for table in _DERIVED:
                db.conn.execute(f"delete from {table}")
            cfg.term_bands().reset(db.conn)
            rep_bands.reset(db.conn)
            trigger_sql = _bulk_start(db)
            response_ids = [r[0] for r in db.execute("select id from responses order by id")]
            clusters, groups = set(), set()
        else:
            response_ids = sorted(set(response_ids))
            cfg.term_bands().migrate(db.conn)
            rep_bands.migrate_legacy(db.conn)
            if cluster_stats.needs_bulk_build(db.conn):  # corpus built before the counts
                cluster_stats.bulk_build(db.conn)
            clusters, groups = _forget(db, response_ids)
            drop_empty_groups(db, "passage", "select distinct cluster_id from passages where "
                              "cluster_id in ({marks})", clusters)
            drop_empty_groups(db, "request", "select distinct group_id from nlp_signatures "
                              "where kind = 'request' and group_id in ({marks})", groups)
    passages = passage_grouper(db)
    requests = request_grouper(db)
    similar = BulkSimilar(db) if fresh else Similar(db)
    processed = 0
    side = None
    try:
        with db.conn, (nullcontext() if fresh else _passages_fts_batch(db.conn)):
            # one transaction: a commit per chunk costs an fsync each
            for prepared in prepared_chunks(db, response_ids):
                clusters |= cluster_passages(db, prepared, passages, not fresh)
                groups |= group_requests(db, prepared, requests)
                similar.add(prepared)
                processed += len(prepared)
            band_spills = [passages.take_spill(), requests.take_spill()]
            passages = requests = None  # their memory, before the similar lists are computed
            if fresh:
                # The lists are computed in numpy arrays: hand back the groups' memory and the
                # page cache first. From here on the B-trees are appended to or built by
                # sorting (whose memory also follows cache_size), not searched.
                _shrink_cache(db)
                side = _side_passages(db)
                # the lists need no corpus access: computed while the side process copies
                similar.compute()
                side = _side_copied(side)
                similar.write(fresh)
                return_freed_memory()   # the lists' rows, made into objects a slice at a time
                db.conn.execute(f"PRAGMA threads = {cfg.TAIL_SORT_THREADS}")
                rep_bands.write_bulk(db.conn, band_spills)
                create_derived_indexes(db.conn, _BULK_DROPPED)
                # (the round-robins before the counts: the side process meanwhile counts)
                # (the tables were emptied: a group of one member can be no round-robin)
                refresh_round_robins(db, shared_groups(db))
                merge_round_robins(db.conn)
                _bulk_end(db, trigger_sql, side)
                trigger_sql = []
                cluster_stats.write_rows(db.conn, clusters)
            else:
                similar.write(fresh)
                cluster_stats.write_rows(db.conn, clusters)
                refresh_round_robins(db, groups)
                merge_round_robins(db.conn)  # one request split by wording
    finally:
        if side is not None:
            side.close()
        if trigger_sql:  # a failed full rebuild must not leave the FTS triggers dropped
            with db.conn:
                for sql in trigger_sql:
                    db.conn.execute(sql.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS",
                                                1))
    return {"responses": processed, "clusters_touched": len(clusters),
            "groups_touched": len(groups)}
