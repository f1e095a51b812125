"""Derived corpus tables: precedent passages + clusters, round-robin requests, similar responses.

    update_derived(db, response_ids)   # None = (re)process every response

Incremental: MinHash signatures and LSH band keys of every passage and request are kept in
`nlp_signatures` / `nlp_bands` (request-word buckets: see `term_bands`), so a batch of new
responses is compared with the corpus through indexed band lookups; only clusters and groups
the batch touches are re-counted; passage-cluster statistics are kept as additive counts
(`cluster_stats`), so the batch's own passages are counted, not the clusters' millions.
"""

import hashlib
import multiprocessing as mp
import os
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain
from operator import itemgetter

import numpy as np
import sqlite_utils
from rapidfuzz import fuzz

from nlp.child_process import die_with_parent

from . import cluster_stats, minhash
from .band_buckets import BandBuckets
from .normalise import fold_norm
from .passages import REASONING_KINDS
from .passages import passages as split_passages
from .request_key import request_key, uses_questions
from .round_robin_merge import merge_round_robins
from .similar_bulk import TermColumns, similar_lists
from .term_bands import COMPACT, LEGACY

PASSAGE_BANDS = 16          # 4 rows per band: candidates from Jaccard ~0.5
PASSAGE_MIN_RATIO = 88      # rapidfuzz ratio confirming a near-identical wording
REQUEST_BANDS = 16
REQUEST_MIN_RATIO = 85      # requester edits (greeting, dates) allowed
REQUEST_MIN_RATIO_SHORT = 93  # short requests differ by a word or two: stricter
TERM_BANDS = 32             # 2 rows per band: candidates from Jaccard ~0.18
SIMILAR_K = 5
SIMILAR_CANDIDATES = 60     # most-voted candidates scored per response
SIMILAR_MIN_SCORE = 0.2
BUCKET_CAP = 300            # scan at most this many items per band bucket
PREPARE_WORKERS = 2         # processes splitting/hashing responses (the machine has 2 cores)
PARALLEL_FROM = 3000        # smaller batches: a pool's start-up costs more than it saves
REP_CACHE = 200_000         # group representatives kept in memory
CACHE_KB = 256_000          # SQLite page cache for the derived-table inserts
# Request-word buckets in two compact tables (nlp.term_bands) instead of nlp_bands rows: same
# results, far cheaper build (both layouts are tested; an old-layout corpus is migrated).
COMPACT_TERM_BANDS = True


def _term_bands():
    return COMPACT if COMPACT_TERM_BANDS else LEGACY

_STOP = set("""a about above after all also an and any are as at be been being between both but by
can could did do does each for from had has have how i if in into is it its me my no not of on
or our over please provide per s such than that the their them then there these this those to
under up was we were what when where which who whom will with would you your yours year years
number numbers many much force forces police information request detail details breakdown
since last each month months dear foi freedom act 2000 tell like know held hold""".split())


# ---------------------------------------------------------------- schema

# Foreign keys are declared here, in CREATE TABLE: adding them afterwards (sqlite-utils
# add_foreign_key) rewrites and VACUUMs the whole corpus file.
_TABLES = """
CREATE TABLE IF NOT EXISTS passages (
  [id] TEXT PRIMARY KEY, [response_id] TEXT REFERENCES [responses]([id]), [ordinal] INTEGER,
  [kind] TEXT, [text] TEXT, [cluster_id] TEXT);
CREATE TABLE IF NOT EXISTS passage_clusters (
  [id] TEXT PRIMARY KEY, [representative_text] TEXT, [kind] TEXT, [passages] INTEGER,
  [responses] INTEGER, [forces] INTEGER, [years] INTEGER, [first_seen] TEXT, [last_seen] TEXT,
  [exemptions] TEXT, [force_list] TEXT);
CREATE TABLE IF NOT EXISTS round_robins (
  [id] TEXT PRIMARY KEY, [request_text] TEXT, [title] TEXT, [forces] INTEGER,
  [responses] INTEGER, [first_seen] TEXT, [last_seen] TEXT);
CREATE TABLE IF NOT EXISTS round_robin_members (
  [round_robin_id] TEXT, [response_id] TEXT REFERENCES [responses]([id]), [force] TEXT,
  [outcome] TEXT, PRIMARY KEY ([round_robin_id], [response_id]));
CREATE TABLE IF NOT EXISTS similar_responses (
  [response_id] TEXT REFERENCES [responses]([id]), [similar_id] TEXT, [score] FLOAT,
  [rank] INTEGER, PRIMARY KEY ([response_id], [similar_id]));
-- persisted state for incremental runs (not for display)
CREATE TABLE IF NOT EXISTS nlp_signatures (
  [kind] TEXT, [item_id] TEXT, [response_id] TEXT, [sig] BLOB, [group_id] TEXT,
  PRIMARY KEY ([kind], [item_id]));
CREATE TABLE IF NOT EXISTS nlp_reps (
  [kind] TEXT, [group_id] TEXT, [folded] TEXT, PRIMARY KEY ([kind], [group_id]));
CREATE TABLE IF NOT EXISTS nlp_bands ([kind] TEXT, [band_key] INTEGER, [group_id] TEXT);
"""
# Secondary indexes; a full rebuild drops them while it inserts and creates them once at the
# end (one sort instead of millions of random B-tree inserts).
_INDEXES = {
    "idx_passages_response_id": "passages(response_id)",
    "idx_passages_cluster_id": "passages(cluster_id)",
    "idx_passages_kind": "passages(kind)",
    "idx_passage_clusters_responses": "passage_clusters(responses)",
    "idx_passage_clusters_kind": "passage_clusters(kind)",
    "idx_round_robins_forces": "round_robins(forces)",
    "idx_round_robin_members_response_id": "round_robin_members(response_id)",
    "idx_similar_responses_similar_id": "similar_responses(similar_id)",
    "idx_nlp_signatures_kind_response_id": "nlp_signatures(kind, response_id)",
    "idx_nlp_signatures_kind_group_id": "nlp_signatures(kind, group_id)",
    "idx_nlp_bands_kind_band_key": "nlp_bands(kind, band_key)",
    "idx_nlp_bands_kind_group_id": "nlp_bands(kind, group_id)",
}
_BULK_DROPPED = ("idx_passages_response_id", "idx_passages_kind", "idx_nlp_bands_kind_band_key",
                 "idx_nlp_bands_kind_group_id", "idx_nlp_signatures_kind_response_id",
                 "idx_similar_responses_similar_id")
_FTS_TRIGGERS = ("passages_ai", "passages_ad", "passages_au")


def _create_indexes(conn, names=None) -> None:
    for name in names or _INDEXES:
        conn.execute(f"CREATE INDEX IF NOT EXISTS [{name}] ON {_INDEXES[name]}")


def ensure_schema(db: sqlite_utils.Database) -> None:
    db.conn.executescript(_TABLES)
    cluster_stats.ensure(db.conn)
    _term_bands().ensure(db.conn)
    _create_indexes(db.conn)
    if "response_exemptions" in db.table_names():  # cluster stats join on it
        db.conn.execute("CREATE INDEX IF NOT EXISTS idx_response_exemptions_response_id "
                        "ON response_exemptions(response_id)")
    triggers = {r[0] for r in db.execute("select name from sqlite_master where type='trigger'")}
    if "passages_ai" not in triggers:
        db["passages"].enable_fts(["text"], create_triggers=True, tokenize="porter",
                                  replace=True)


# ---------------------------------------------------------------- helpers

def _chunks(seq, n=500):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _sig_bytes(sig: np.ndarray) -> bytes:
    return sig.astype(np.uint32).tobytes()


def _sig_of(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint32)


def _forget(db, response_ids: list[str]) -> tuple[set[str], set[str]]:
    """Drop derived rows of responses being (re)processed; return touched clusters/groups."""
    clusters, groups = set(), set()
    forgetting = cluster_stats.Forgetting()
    for chunk in _chunks(response_ids):
        marks = ",".join("?" * len(chunk))
        forgetting.subtract(db.conn, chunk)
        clusters |= {r[0] for r in db.execute(
            f"select distinct cluster_id from passages where response_id in ({marks})", chunk)}
        groups |= {r[0] for r in db.execute(
            f"select distinct group_id from nlp_signatures where kind = 'request' and "
            f"response_id in ({marks})", chunk)}
        _term_bands().forget(db.conn, chunk)
        db.execute(f"delete from nlp_signatures where response_id in ({marks})", chunk)
        db.execute(f"delete from passages where response_id in ({marks})", chunk)
        db.execute(f"delete from round_robin_members where response_id in ({marks})", chunk)
        db.execute(f"delete from similar_responses where response_id in ({marks}) "
                   f"or similar_id in ({marks})", chunk + chunk)
    forgetting.recount(db.conn)
    clusters.discard(None)
    groups.discard(None)
    return clusters, groups


# ---------------------------------------------------------------- grouping

class Grouper:
    """Near-duplicate groups (passage clusters, round-robin requests) indexed by LSH.

    Only each group's representative (its first member) is banded and stored, in `nlp_reps`
    and `nlp_bands`, so the index grows with the number of distinct wordings, not with the
    number of passages, and a later batch finds old groups by indexed band lookups.
    """

    def __init__(self, db, kind: str, bands: int, same, prefix: str):
        self.db, self.kind, self.bands, self.same, self.prefix = db, kind, bands, same, prefix
        # A band shared by many wordings (a common opening) would make every lookup scan all
        # of them, O(N) per item: like the corpus lookup (LIMIT BUCKET_CAP), scan the newest.
        self.mem_bands = BandBuckets(BUCKET_CAP)  # values: indexes into self.new_groups
        self.new_groups: list[str] = []
        # Representatives in memory, least recently used first: flushed ones beyond REP_CACHE
        # are read back from nlp_reps, so memory does not grow with the number of wordings.
        self.mem_reps: OrderedDict[str, str] = OrderedDict()
        self.evicted = False
        self.exact: dict[bytes, str] = {}  # digest of a wording seen -> its group
        self.pending: list[tuple[str, str, list[int]]] = []
        self.db_empty = db.execute("select count(*) from nlp_reps where kind = ?",
                                   [kind]).fetchone()[0] == 0

    def assign(self, folded: str, keys: list[int]) -> str:
        """The group of one wording; `keys`: its LSH band keys (`self.bands` of them)."""
        digest = _digest(folded)
        if digest in self.exact:
            return self.exact[digest]
        groups = self.new_groups
        if self.db_empty:
            ranked = [groups[g] for g in self.mem_bands.top_voted(keys, 8)]
        else:  # this batch's groups, then the corpus's
            votes = Counter(groups[g] for k in keys for g in self.mem_bands.members(k))
            marks = ",".join("?" * len(keys))
            votes.update(r[0] for r in self.db.execute(
                f"select group_id from nlp_bands where kind = ? and band_key in ({marks}) "
                f"limit {BUCKET_CAP}", [self.kind, *keys]))
            ranked = [gid for gid, _ in votes.most_common(8)]
        for gid in ranked:
            if self.same(folded, self._rep(gid)):
                self.exact[digest] = gid
                return gid
        gid = self.prefix + _stable_hash(folded)
        while gid in self.mem_reps or ((self.evicted or not self.db_empty) and self._rep(gid)):
            gid = self.prefix + _stable_hash(gid)  # same wording hash, different group
        self.mem_reps[gid] = folded
        self.mem_bands.add(keys, len(groups))
        groups.append(gid)
        self.pending.append((gid, folded, keys))
        self.exact[digest] = gid
        return gid

    def _rep(self, gid: str) -> str:
        reps = self.mem_reps
        if gid in reps:
            reps.move_to_end(gid)
            return reps[gid]
        row = self.db.execute("select folded from nlp_reps where kind = ? and group_id = ?",
                              [self.kind, gid]).fetchone()
        return reps.setdefault(gid, row[0] if row else "")

    def flush(self) -> None:
        if not self.pending:
            return
        conn = self.db.conn
        conn.executemany("INSERT OR REPLACE INTO nlp_reps (kind, group_id, folded) "
                         "VALUES (?, ?, ?)", ((self.kind, g, f) for g, f, _ in self.pending))
        conn.executemany("INSERT INTO nlp_bands (kind, band_key, group_id) VALUES (?, ?, ?)",
                         ((self.kind, k, g) for g, _, keys in self.pending for k in keys))
        self.pending = []
        while len(self.mem_reps) > REP_CACHE:  # all written now: any can be read back
            self.mem_reps.popitem(last=False)
            self.evicted = True


def _drop_empty_groups(db, kind: str, member_sql: str, group_ids: set[str]) -> None:
    for chunk in _chunks(sorted(group_ids)):
        marks = ",".join("?" * len(chunk))
        alive = {r[0] for r in db.execute(member_sql.format(marks=marks), chunk)}
        dead = [g for g in chunk if g not in alive]
        if dead:
            dm = ",".join("?" * len(dead))
            db.execute(f"delete from nlp_reps where kind = ? and group_id in ({dm})",
                       [kind, *dead])
            db.execute(f"delete from nlp_bands where kind = ? and group_id in ({dm})",
                       [kind, *dead])


def _same_passage(a: str, b: str) -> bool:
    return bool(b) and fuzz.ratio(a, b) >= PASSAGE_MIN_RATIO


# ---------------------------------------------------------------- passages

def _cluster_passages(db, prepared: list[tuple], grouper: Grouper, count: bool) -> set[str]:
    """Cluster the prepared passages of a chunk of responses; returns touched cluster ids.

    count: add them to the cluster counts now (incremental; a full build counts in bulk)."""
    touched: set[str] = set()
    rows = []
    for rid, items, _request, _terms in prepared:
        for ordinal, kind, text, folded, keys in items:
            cluster = grouper.assign(folded, keys)
            rows.append((f"{rid}:{ordinal}", rid, ordinal, kind, text, cluster))
            touched.add(cluster)
    db.conn.executemany("INSERT OR REPLACE INTO passages (id, response_id, ordinal, kind, text, "
                        "cluster_id) VALUES (?, ?, ?, ?, ?, ?)", rows)
    if count:
        cluster_stats.add(db.conn, [(pid, rid, cid, text) for pid, rid, _o, _k, text, cid in rows])
    grouper.flush()
    return touched


def _stable_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _digest(text: str) -> bytes:
    """128-bit digest: a wording's key in memory at a fraction of the text's size."""
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


# ---------------------------------------------------------------- round-robins

def same_request(a: str, b: str) -> bool:
    if not a or not b:
        return False
    short = min(len(a), len(b)) < 200
    if fuzz.ratio(a, b) < (REQUEST_MIN_RATIO_SHORT if short else REQUEST_MIN_RATIO):
        return False
    # Different asks on the same subject often share the frame and differ in the content
    # words: require the content words to agree too.
    wa, wb = _content_words(a), _content_words(b)
    return len(wa ^ wb) <= max(2, 0.15 * len(wa | wb))


def _content_words(folded: str) -> set[str]:
    return {fold_norm(w) for w in folded.split() if w not in _STOP and len(w) > 2}


def _questions_of(db, ids: list[str]) -> dict[str, list[str]]:
    """Each response's parsed asks, in order (the build writes `questions` before this runs)."""
    if "questions" not in db.table_names() or not ids:
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    marks = ",".join("?" * len(ids))
    for rid, text in db.execute(f"select response_id, text from questions where response_id in "
                                f"({marks}) order by response_id, rowid", ids):
        if text:
            out[rid].append(text)
    return out


def _group_requests(db, prepared: list[tuple], grouper: Grouper) -> set[str]:
    touched, rows = set(), []
    for rid, _items, request, _terms in prepared:
        if request is None:
            continue
        group = grouper.assign(*request)
        rows.append(("request", rid, rid, None, group))
        touched.add(group)
    db.conn.executemany("INSERT OR REPLACE INTO nlp_signatures (kind, item_id, response_id, sig, "
                        "group_id) VALUES (?, ?, ?, ?, ?)", rows)
    grouper.flush()
    return touched


def _refresh_round_robins(db, group_ids: set[str]) -> None:
    for chunk in _chunks(sorted(group_ids)):
        marks = ",".join("?" * len(chunk))
        db.execute(f"delete from round_robins where id in ({marks})", chunk)
        db.execute(f"delete from round_robin_members where round_robin_id in ({marks})", chunk)
        members = defaultdict(list)
        for gid, rid, force, outcome, published, text, title in db.execute(f"""
                select s.group_id, r.id, r.force, r.outcome, r.published, r.request_text,
                       r.title
                from nlp_signatures s join responses r on r.id = s.item_id
                where s.kind = 'request' and s.group_id in ({marks})
                order by r.published, r.id""", chunk):
            members[gid].append((rid, force, outcome, published, text, title))
        groups, rows = [], []
        for gid, ms in members.items():
            forces = {m[1] for m in ms if m[1]}
            if len(forces) < 2:  # one force asked twice is not a round-robin
                continue
            dates = [m[3] for m in ms if m[3]]
            groups.append({"id": gid, "request_text": ms[0][4] or "", "title": ms[0][5],
                           "forces": len(forces), "responses": len(ms),
                           "first_seen": min(dates) if dates else None,
                           "last_seen": max(dates) if dates else None})
            rows += [{"round_robin_id": gid, "response_id": m[0], "force": m[1],
                      "outcome": m[2]} for m in ms]
        db.conn.executemany(
            "INSERT OR REPLACE INTO round_robins (id, request_text, title, forces, responses, "
            "first_seen, last_seen) VALUES (:id, :request_text, :title, :forces, :responses, "
            ":first_seen, :last_seen)", groups)
        db.conn.executemany(
            "INSERT OR REPLACE INTO round_robin_members (round_robin_id, response_id, force, "
            "outcome) VALUES (:round_robin_id, :response_id, :force, :outcome)", rows)


# ---------------------------------------------------------------- similar responses

def _terms(resp: dict, key: str | None = None) -> set[str]:
    """key: request_key(request_text) when the caller has it already."""
    if key is None:
        key = request_key(resp.get("request_text") or "")
    text = " ".join([resp.get("title") or "", key])
    return _content_words(minhash.fold(text))


class Similar:
    """Top-k most similar responses by request words (Jaccard of content-word sets), with
    candidates from LSH buckets of the term-set MinHash (one row per response per band).

    Used for incremental batches (it reads the corpus's buckets and lists); a full rebuild
    uses `BulkSimilar`, which finds the same lists (tests/nlp/test_similar_bulk.py)."""

    def __init__(self, db):
        self.db = db
        self.terms: dict[str, set[str]] = {}
        # Only the newest BUCKET_CAP ids of a bucket are ever candidates: keep no more.
        self.mem_bands: dict[int, deque] = defaultdict(lambda: deque(maxlen=BUCKET_CAP))
        self.lists: dict[str, list[tuple[float, str]]] = {}
        self.db_empty = _term_bands().is_empty(db.conn)
        self.seq = _term_bands().next_seq(db.conn)

    def add(self, prepared: list[tuple]) -> None:
        band_rows = []
        for rid, _items, _request, prepared_terms in prepared:
            if prepared_terms is None:
                continue
            terms, keys = prepared_terms
            self.terms[rid] = terms
            buckets = self.mem_bands
            votes = Counter(chain.from_iterable(buckets[k] for k in keys if k in buckets))
            if not self.db_empty:
                votes.update(_term_bands().lookup(self.db.conn, keys, BUCKET_CAP * 4))
            votes.pop(rid, None)
            scored = []
            # = votes.most_common(60) (ties in first-seen order), without its Python-level heap
            for oid, _ in sorted(votes.items(), key=itemgetter(1),
                                 reverse=True)[:SIMILAR_CANDIDATES]:
                other = self._terms_of(oid)
                score = len(terms & other) / len(terms | other) if other else 0.0
                if score >= SIMILAR_MIN_SCORE:
                    scored.append((round(score, 4), oid))
            self.lists[rid] = sorted(scored, key=lambda x: (-x[0], x[1]))[:SIMILAR_K]
            for score, oid in self.lists[rid]:  # the new response may enter older lists
                self._offer(oid, rid, score)
            for k in keys:
                self.mem_bands[k].append(rid)
            band_rows.append((self.seq, rid, keys))
            self.seq += 1
        _term_bands().add(self.db.conn, band_rows)

    def _terms_of(self, rid):
        if rid not in self.terms:
            row = self.db.execute("select title, request_text from responses where id = ?",
                                  [rid]).fetchone()
            self.terms[rid] = _terms({"title": row[0], "request_text": row[1]}) if row else set()
        return self.terms[rid]

    def _offer(self, rid, candidate, score):
        if rid not in self.lists:
            self.lists[rid] = [(s, o) for o, s in self.db.execute(
                "select similar_id, score from similar_responses where response_id = ?", [rid])]
        current = [x for x in self.lists[rid] if x[1] != candidate] + [(score, candidate)]
        self.lists[rid] = sorted(current, key=lambda x: (-x[0], x[1]))[:SIMILAR_K]

    def write(self, fresh: bool = False) -> None:
        """fresh: the table was emptied for a full rebuild, nothing old to delete."""
        if not fresh:
            for chunk in _chunks(list(self.lists)):
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"delete from similar_responses where response_id in ({marks})",
                                chunk)
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO similar_responses (response_id, similar_id, score, rank) "
            "VALUES (?, ?, ?, ?)",
            ((rid, oid, sc, i + 1)
             for rid, lst in self.lists.items() for i, (sc, oid) in enumerate(lst)))


class BulkSimilar:
    """Full rebuild: the same lists as `Similar` over every response in id order, computed
    once all band keys are known (see `similar_bulk`) instead of response by response."""

    def __init__(self, db):
        self.db = db
        self.cols = TermColumns(TERM_BANDS)

    def add(self, prepared: list[tuple]) -> None:
        for rid, _items, _request, prepared_terms in prepared:
            if prepared_terms is not None:
                self.cols.add(rid, *prepared_terms)

    def write(self, fresh: bool = True) -> None:
        ids = self.cols.ids
        # a view that keeps the band crcs alive after similar_lists drops its reference
        crcs = np.frombuffer(self.cols.keys, dtype=np.uint32).reshape(len(ids), TERM_BANDS)
        owner, other, score = similar_lists(self.cols, BUCKET_CAP, SIMILAR_CANDIDATES, SIMILAR_K,
                                            SIMILAR_MIN_SCORE, PREPARE_WORKERS)
        self.cols = None  # the columns are no longer needed while rows are written
        # rows are grouped by owner, best first
        row = np.arange(len(owner))
        first = np.ones(len(owner), dtype=bool)
        first[1:] = owner[1:] != owner[:-1]
        rank = row - np.maximum.accumulate(np.where(first, row, 0)) + 1
        self.db.conn.executemany(
            "INSERT INTO similar_responses (response_id, similar_id, score, rank) "
            "VALUES (?, ?, ?, ?)",
            ((ids[o], ids[t], s, r) for o, t, s, r in zip(owner.tolist(), other.tolist(),
                                                          score.tolist(), rank.tolist(),
                                                          strict=True)))
        del owner, other, score, row, first, rank
        _term_bands().write_bulk(self.db.conn, ids, crcs)


# ---------------------------------------------------------------- preparation (pure, parallel)

@lru_cache(maxsize=1 << 15)  # the same boilerplate wording recurs across many responses
def _passage_keys(folded: str) -> tuple[int, ...]:
    return tuple(minhash.band_keys(minhash.signature(minhash.shingles(folded)), PASSAGE_BANDS))


def _prepare(batch: list[tuple[dict, list[str] | None]]) -> list[tuple]:
    """The per-response work that needs no corpus state: passage split, classify, fold,
    MinHash band keys; the request key; the term set. Runs in worker processes.

    Returns (id, [(ordinal, kind, text, folded, keys)], (request key, keys) | None,
    (terms, keys) | None) per response, in input order."""
    out = []
    for resp, asks in batch:
        # Letters attached as PDF/DOCX carry the reasoning for forces that publish that way.
        text = "\n\n".join(t for t in (resp.get("response_text"), resp.get("attachment_text"))
                           if t)
        items = []
        for p in split_passages(text):
            if p["kind"] not in REASONING_KINDS:  # the response's own content: not precedent
                continue
            folded = minhash.fold(p["text"])
            items.append((p["ordinal"], p["kind"], p["text"], folded, _passage_keys(folded)))
        request_text = resp.get("request_text") or ""
        plain_key = request_key(request_text)  # what the term set is built from
        key = (plain_key if request_text and not uses_questions(asks)
               else request_key(request_text or resp.get("title") or "", asks))
        request = None
        if len(key) >= 15:
            request = (key, minhash.band_keys(minhash.signature(minhash.shingles(key, 2)),
                                              REQUEST_BANDS))
        terms = _terms(resp, plain_key)
        prepared_terms = None
        if len(terms) >= 2:
            prepared_terms = (terms, minhash.band_keys(minhash.signature(terms), TERM_BANDS))
        out.append((resp["id"], items, request, prepared_terms))
    return out


def _prepared_chunks(db, response_ids: list[str], chunk_size: int = 1000) -> Iterator[list]:
    """Responses read in id order, prepared in a worker pool when the batch is large and there
    is a second core (the main process meanwhile groups the previous chunk and writes)."""
    cols = ("id", "force", "title", "published", "request_text", "response_text",
            "attachment_text")
    sql = (f"select id, force, title, published, request_text, response_text, "
           f"{_attachment_text_column(db)} from responses where id in ({{marks}}) order by id")

    def load(chunk):
        rows = [dict(zip(cols, row, strict=True))
                for row in db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)]
        asks = _questions_of(db, [r["id"] for r in rows])
        return [(r, asks.get(r["id"])) for r in rows]

    chunks = _chunks(response_ids, chunk_size)
    workers = min(PREPARE_WORKERS, os.cpu_count() or 1)
    if workers < 2 or len(response_ids) < PARALLEL_FROM:
        for chunk in chunks:
            yield _prepare(load(chunk))
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=die_with_parent) as pool:
        # The corpus connection stays in this thread: chunks are read here and submitted with
        # a bounded window, so memory holds a few chunks, not the corpus.
        window: deque = deque()
        for chunk in chunks:
            window.append(pool.apply_async(_prepare, (load(chunk),)))
            if len(window) > workers + 1:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()


# ---------------------------------------------------------------- entry point

def _attachment_text_column(db) -> str:
    """Corpora written before attachments were merged have no attachment_text column."""
    cols = {c.name for c in db["responses"].columns}
    return "attachment_text" if "attachment_text" in cols else "''"


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


def _bulk_end(db, trigger_sql: list[str]) -> None:
    _create_indexes(db.conn, _BULK_DROPPED)
    db.conn.execute("INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')")
    for sql in trigger_sql:
        db.conn.execute(sql)


def update_derived(db: sqlite_utils.Database, response_ids: list[str] | None = None) -> dict:
    """Write passages, passage clusters, round-robins and similar responses.

    response_ids: the responses added or changed since the last call (None = all). Returns
    counts of what was processed.
    """
    ensure_schema(db)
    fresh = response_ids is None
    # Index pages of the derived tables stay in memory instead of being re-read per insert.
    db.conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
    trigger_sql: list[str] = []
    with db.conn:
        if fresh:
            for table in ("passages", "passage_clusters", "round_robins", "round_robin_members",
                          "similar_responses", "nlp_signatures", "nlp_reps", "nlp_bands"):
                db.conn.execute(f"delete from {table}")
            _term_bands().reset(db.conn)
            trigger_sql = _bulk_start(db)
            response_ids = [r[0] for r in db.execute("select id from responses order by id")]
            clusters, groups = set(), set()
        else:
            response_ids = sorted(set(response_ids))
            _term_bands().migrate(db.conn)
            if cluster_stats.needs_bulk_build(db.conn):  # corpus built before the counts
                cluster_stats.bulk_build(db.conn)
            clusters, groups = _forget(db, response_ids)
            _drop_empty_groups(db, "passage", "select distinct cluster_id from passages where "
                               "cluster_id in ({marks})", clusters)
            _drop_empty_groups(db, "request", "select distinct group_id from nlp_signatures "
                               "where kind = 'request' and group_id in ({marks})", groups)
    passages = Grouper(db, "passage", PASSAGE_BANDS, _same_passage, "pc_")
    requests = Grouper(db, "request", REQUEST_BANDS, same_request, "rr_")
    similar = BulkSimilar(db) if fresh else Similar(db)
    processed = 0
    try:
        with db.conn:  # one transaction: a commit per chunk costs an fsync each
            for prepared in _prepared_chunks(db, response_ids):
                clusters |= _cluster_passages(db, prepared, passages, not fresh)
                groups |= _group_requests(db, prepared, requests)
                similar.add(prepared)
                processed += len(prepared)
            passages = requests = None  # their memory, before the similar lists are computed
            similar.write(fresh)
            if fresh:
                _bulk_end(db, trigger_sql)
                trigger_sql = []
                cluster_stats.bulk_build(db.conn)
            cluster_stats.write_rows(db.conn, clusters)
            _refresh_round_robins(db, groups)
            merge_round_robins(db.conn)  # one request split by wording
    finally:
        if trigger_sql:  # a failed full rebuild must not leave the FTS triggers dropped
            with db.conn:
                for sql in trigger_sql:
                    db.conn.execute(sql.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS",
                                                1))
    return {"responses": processed, "clusters_touched": len(clusters),
            "groups_touched": len(groups)}
