"""Derived corpus tables: precedent passages + clusters, round-robin requests, similar responses.

    update_derived(db, response_ids)   # None = (re)process every response

Incremental: MinHash signatures and LSH band keys of every passage and request are kept in
`nlp_signatures` / `nlp_bands`, so a batch of new responses is compared with the corpus through
indexed band lookups; only clusters and groups the batch touches are re-counted.
"""

import json
from collections import Counter, defaultdict

import numpy as np
import sqlite_utils
from rapidfuzz import fuzz

from . import minhash
from .normalise import fold_norm
from .passages import REASONING_KINDS
from .passages import passages as split_passages
from .request_key import request_key

PASSAGE_BANDS = 16          # 4 rows per band: candidates from Jaccard ~0.5
PASSAGE_MIN_RATIO = 88      # rapidfuzz ratio confirming a near-identical wording
REQUEST_BANDS = 16
REQUEST_MIN_RATIO = 85      # requester edits (greeting, dates) allowed
REQUEST_MIN_RATIO_SHORT = 93  # short requests differ by a word or two: stricter
TERM_BANDS = 32             # 2 rows per band: candidates from Jaccard ~0.18
SIMILAR_K = 5
BUCKET_CAP = 300            # scan at most this many items per band bucket

_STOP = set("""a about above after all also an and any are as at be been being between both but by
can could did do does each for from had has have how i if in into is it its me my no not of on
or our over please provide per s such than that the their them then there these this those to
under up was we were what when where which who whom will with would you your yours year years
number numbers many much force forces police information request detail details breakdown
since last each month months dear foi freedom act 2000 tell like know held hold""".split())


# ---------------------------------------------------------------- schema

def ensure_schema(db: sqlite_utils.Database) -> None:
    if "passages" not in db.table_names():
        db["passages"].create({"id": str, "response_id": str, "ordinal": int, "kind": str,
                               "text": str, "cluster_id": str}, pk="id")
        db["passages"].create_index(["response_id"])
        db["passages"].create_index(["cluster_id"])
        db["passages"].create_index(["kind"])
    if "passage_clusters" not in db.table_names():
        db["passage_clusters"].create({
            "id": str, "representative_text": str, "kind": str, "passages": int,
            "responses": int, "forces": int, "years": int, "first_seen": str, "last_seen": str,
            "exemptions": str, "force_list": str}, pk="id")
        db["passage_clusters"].create_index(["responses"])
        db["passage_clusters"].create_index(["kind"])
    if "round_robins" not in db.table_names():
        db["round_robins"].create({"id": str, "request_text": str, "title": str, "forces": int,
                                   "responses": int, "first_seen": str, "last_seen": str},
                                  pk="id")
        db["round_robins"].create_index(["forces"])
    if "round_robin_members" not in db.table_names():
        db["round_robin_members"].create({"round_robin_id": str, "response_id": str,
                                          "force": str, "outcome": str},
                                         pk=("round_robin_id", "response_id"))
        db["round_robin_members"].create_index(["response_id"])
    if "similar_responses" not in db.table_names():
        db["similar_responses"].create({"response_id": str, "similar_id": str, "score": float,
                                        "rank": int}, pk=("response_id", "similar_id"))
        db["similar_responses"].create_index(["similar_id"])
    # persisted state for incremental runs (not for display)
    if "nlp_signatures" not in db.table_names():  # request -> round-robin group of a response
        db["nlp_signatures"].create({"kind": str, "item_id": str, "response_id": str,
                                     "sig": bytes, "group_id": str}, pk=("kind", "item_id"))
        db["nlp_signatures"].create_index(["kind", "response_id"])
        db["nlp_signatures"].create_index(["kind", "group_id"])
    if "nlp_reps" not in db.table_names():  # representative wording of each group
        db["nlp_reps"].create({"kind": str, "group_id": str, "folded": str},
                              pk=("kind", "group_id"))
    if "nlp_bands" not in db.table_names():  # LSH band keys of representatives / term sets
        db["nlp_bands"].create({"kind": str, "band_key": int, "group_id": str})
        db["nlp_bands"].create_index(["kind", "band_key"])
        db["nlp_bands"].create_index(["kind", "group_id"])
    _add_foreign_keys(db)
    # after the foreign keys: adding one rebuilds the table, which drops FTS triggers
    triggers = {r[0] for r in db.execute("select name from sqlite_master where type='trigger'")}
    if "passages_ai" not in triggers:
        db["passages"].enable_fts(["text"], create_triggers=True, tokenize="porter",
                                  replace=True)


def _add_foreign_keys(db):
    if "responses" not in db.table_names():
        return
    if "response_exemptions" in db.table_names():  # cluster stats join on it
        db["response_exemptions"].create_index(["response_id"], if_not_exists=True)
    wanted = [("passages", "response_id"), ("round_robin_members", "response_id"),
              ("similar_responses", "response_id")]
    for table, col in wanted:
        fks = {(fk.column, fk.other_table) for fk in db[table].foreign_keys}
        if (col, "responses") not in fks:
            try:
                db[table].add_foreign_key(col, "responses", "id")
            except Exception:  # responses without a primary key, or an older SQLite: index only
                pass


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
    for chunk in _chunks(response_ids):
        marks = ",".join("?" * len(chunk))
        clusters |= {r[0] for r in db.execute(
            f"select distinct cluster_id from passages where response_id in ({marks})", chunk)}
        groups |= {r[0] for r in db.execute(
            f"select distinct group_id from nlp_signatures where kind = 'request' and "
            f"response_id in ({marks})", chunk)}
        db.execute(f"delete from nlp_bands where kind = 'terms' and group_id in ({marks})", chunk)
        db.execute(f"delete from nlp_signatures where response_id in ({marks})", chunk)
        db.execute(f"delete from passages where response_id in ({marks})", chunk)
        db.execute(f"delete from round_robin_members where response_id in ({marks})", chunk)
        db.execute(f"delete from similar_responses where response_id in ({marks}) "
                   f"or similar_id in ({marks})", chunk + chunk)
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
        self.mem_bands: dict[int, list[str]] = defaultdict(list)
        self.mem_reps: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        self.pending: list[tuple[str, str, list[int]]] = []
        self.db_empty = db.execute("select count(*) from nlp_reps where kind = ?",
                                   [kind]).fetchone()[0] == 0

    def assign(self, folded: str, sig: np.ndarray) -> str:
        if folded in self.exact:
            return self.exact[folded]
        keys = minhash.band_keys(sig, self.bands)
        votes = Counter(g for k in keys for g in self.mem_bands.get(k, ()))
        if not self.db_empty:
            marks = ",".join("?" * len(keys))
            votes.update(r[0] for r in self.db.execute(
                f"select group_id from nlp_bands where kind = ? and band_key in ({marks}) "
                f"limit {BUCKET_CAP}", [self.kind, *keys]))
        for gid, _ in votes.most_common(8):
            if self.same(folded, self._rep(gid)):
                self.exact[folded] = gid
                return gid
        gid = self.prefix + _stable_hash(folded)
        while gid in self.mem_reps or (not self.db_empty and self._rep(gid)):
            gid = self.prefix + _stable_hash(gid)  # same wording hash, different group
        self.mem_reps[gid] = folded
        for k in keys:
            self.mem_bands[k].append(gid)
        self.pending.append((gid, folded, keys))
        self.exact[folded] = gid
        return gid

    def _rep(self, gid: str) -> str:
        if gid not in self.mem_reps:
            row = self.db.execute("select folded from nlp_reps where kind = ? and group_id = ?",
                                  [self.kind, gid]).fetchone()
            self.mem_reps[gid] = row[0] if row else ""
        return self.mem_reps[gid]

    def flush(self) -> None:
        if not self.pending:
            return
        self.db["nlp_reps"].insert_all(
            ({"kind": self.kind, "group_id": g, "folded": f} for g, f, _ in self.pending),
            replace=True, batch_size=2000)
        self.db["nlp_bands"].insert_all(
            ({"kind": self.kind, "band_key": k, "group_id": g}
             for g, _, keys in self.pending for k in keys), batch_size=10000)
        self.pending = []


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

def _cluster_passages(db, responses: list[dict], grouper: Grouper) -> set[str]:
    """Split and cluster the passages of `responses`; returns touched cluster ids."""
    touched: set[str] = set()
    rows = []
    for resp in responses:
        # Letters attached as PDF/DOCX carry the reasoning for forces that publish that way.
        text = "\n\n".join(t for t in (resp.get("response_text"), resp.get("attachment_text")) if t)
        for p in split_passages(text):
            if p["kind"] not in REASONING_KINDS:  # the response's own content: not precedent
                continue
            folded = minhash.fold(p["text"])
            if folded in grouper.exact:
                cluster = grouper.exact[folded]
            else:
                cluster = grouper.assign(folded, minhash.signature(minhash.shingles(folded)))
            rows.append({"id": f"{resp['id']}:{p['ordinal']}", "response_id": resp["id"],
                         "ordinal": p["ordinal"], "kind": p["kind"], "text": p["text"],
                         "cluster_id": cluster})
            touched.add(cluster)
    db["passages"].insert_all(rows, replace=True, batch_size=1000)
    grouper.flush()
    return touched


def _stable_hash(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _refresh_clusters(db, cluster_ids: set[str]) -> None:
    for chunk in _chunks(sorted(cluster_ids)):
        marks = ",".join("?" * len(chunk))
        db.execute(f"delete from passage_clusters where id in ({marks})", chunk)
        stats = db.execute(f"""
            select p.cluster_id, count(*), count(distinct p.response_id),
                   count(distinct r.force), count(distinct substr(r.published, 1, 4)),
                   min(r.published), max(r.published), json_group_array(distinct r.force)
            from passages p left join responses r on r.id = p.response_id
            where p.cluster_id in ({marks}) group by p.cluster_id""", chunk).fetchall()
        exemptions = defaultdict(list)
        for cid, label in db.execute(f"""
                select distinct p.cluster_id, e.label from passages p
                join response_exemptions e on e.response_id = p.response_id
                where p.cluster_id in ({marks}) order by e.label""", chunk):
            exemptions[cid].append(label)
        reps = {}
        for cid, text, kind, _n in db.execute(f"""
                select cluster_id, text, kind, count(*) as n from passages
                where cluster_id in ({marks}) group by cluster_id, text
                order by cluster_id, n desc, min(id)""", chunk):
            reps.setdefault(cid, (text, kind))
        db["passage_clusters"].insert_all(({
            "id": cid, "representative_text": reps[cid][0], "kind": reps[cid][1],
            "passages": n, "responses": nresp, "forces": nforce, "years": nyears,
            "first_seen": first, "last_seen": last,
            "exemptions": json.dumps(exemptions.get(cid, [])),
            "force_list": json.dumps(sorted(f for f in json.loads(forces) if f))}
            for cid, n, nresp, nforce, nyears, first, last, forces in stats), replace=True)


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


def _group_requests(db, responses: list[dict], grouper: Grouper) -> set[str]:
    touched, rows = set(), []
    asks = _questions_of(db, [r["id"] for r in responses])
    for resp in responses:
        key = request_key(resp.get("request_text") or resp.get("title") or "",
                          asks.get(resp["id"]))
        if len(key) < 15:
            continue
        group = grouper.assign(key, minhash.signature(minhash.shingles(key, 2)))
        rows.append({"kind": "request", "item_id": resp["id"], "response_id": resp["id"],
                     "sig": None, "group_id": group})
        touched.add(group)
    db["nlp_signatures"].insert_all(rows, replace=True, batch_size=2000)
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
        db["round_robins"].insert_all(groups, replace=True)
        db["round_robin_members"].insert_all(rows, replace=True)


# ---------------------------------------------------------------- similar responses

def _terms(resp: dict) -> set[str]:
    text = " ".join([resp.get("title") or "", request_key(resp.get("request_text") or "")])
    return _content_words(minhash.fold(text))


class Similar:
    """Top-k most similar responses by request words (Jaccard of content-word sets), with
    candidates from LSH buckets of the term-set MinHash (one row per response per band)."""

    def __init__(self, db):
        self.db = db
        self.terms: dict[str, set[str]] = {}
        self.mem_bands: dict[int, list[str]] = defaultdict(list)
        self.lists: dict[str, list[tuple[float, str]]] = {}
        self.db_empty = db.execute("select count(*) from nlp_bands where kind = 'terms'"
                                   ).fetchone()[0] == 0

    def add(self, responses: list[dict]) -> None:
        band_rows = []
        for resp in responses:
            terms = _terms(resp)
            if len(terms) < 2:
                continue
            rid = resp["id"]
            self.terms[rid] = terms
            keys = minhash.band_keys(minhash.signature(terms), TERM_BANDS)
            votes = Counter(o for k in keys for o in self.mem_bands.get(k, ())[-BUCKET_CAP:])
            if not self.db_empty:
                marks = ",".join("?" * len(keys))
                votes.update(r[0] for r in self.db.execute(
                    f"select group_id from nlp_bands where kind = 'terms' and band_key in "
                    f"({marks}) limit {BUCKET_CAP * 4}", keys))
            votes.pop(rid, None)
            scored = []
            for oid, _ in votes.most_common(60):
                other = self._terms_of(oid)
                score = len(terms & other) / len(terms | other) if other else 0.0
                if score >= 0.2:
                    scored.append((round(score, 4), oid))
            self.lists[rid] = sorted(scored, key=lambda x: (-x[0], x[1]))[:SIMILAR_K]
            for score, oid in self.lists[rid]:  # the new response may enter older lists
                self._offer(oid, rid, score)
            for k in keys:
                self.mem_bands[k].append(rid)
            band_rows += [{"kind": "terms", "band_key": k, "group_id": rid} for k in keys]
        self.db["nlp_bands"].insert_all(band_rows, batch_size=10000)

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

    def write(self) -> None:
        ids = list(self.lists)
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"delete from similar_responses where response_id in ({marks})",
                            chunk)
        self.db["similar_responses"].insert_all(
            ({"response_id": rid, "similar_id": oid, "score": sc, "rank": i + 1}
             for rid, lst in self.lists.items() for i, (sc, oid) in enumerate(lst)),
            replace=True, batch_size=5000)


# ---------------------------------------------------------------- entry point

def _attachment_text_column(db) -> str:
    """Corpora written before attachments were merged have no attachment_text column."""
    cols = {c.name for c in db["responses"].columns}
    return "attachment_text" if "attachment_text" in cols else "''"


def update_derived(db: sqlite_utils.Database, response_ids: list[str] | None = None) -> dict:
    """Write passages, passage clusters, round-robins and similar responses.

    response_ids: the responses added or changed since the last call (None = all). Returns
    counts of what was processed.
    """
    ensure_schema(db)
    if response_ids is None:
        for table in ("passages", "passage_clusters", "round_robins", "round_robin_members",
                      "similar_responses", "nlp_signatures", "nlp_reps", "nlp_bands"):
            db.execute(f"delete from {table}")
        response_ids = [r[0] for r in db.execute("select id from responses order by id")]
    else:
        response_ids = sorted(set(response_ids))
    with db.conn:
        clusters, groups = _forget(db, response_ids)
        _drop_empty_groups(db, "passage", "select distinct cluster_id from passages where "
                           "cluster_id in ({marks})", clusters)
        _drop_empty_groups(db, "request", "select distinct group_id from nlp_signatures where "
                           "kind = 'request' and group_id in ({marks})", groups)
    passages = Grouper(db, "passage", PASSAGE_BANDS, _same_passage, "pc_")
    requests = Grouper(db, "request", REQUEST_BANDS, same_request, "rr_")
    similar = Similar(db)
    processed = 0
    for chunk in _chunks(response_ids, 1000):
        marks = ",".join("?" * len(chunk))
        responses = [dict(zip(("id", "force", "title", "published", "request_text",
                               "response_text", "attachment_text"), row, strict=True))
                     for row in db.execute(
            f"select id, force, title, published, request_text, response_text, "
            f"{_attachment_text_column(db)} from responses where id in ({marks}) order by id",
            chunk)]
        with db.conn:
            clusters |= _cluster_passages(db, responses, passages)
            groups |= _group_requests(db, responses, requests)
            similar.add(responses)
        processed += len(responses)
    with db.conn:
        similar.write()
        _refresh_clusters(db, clusters)
        _refresh_round_robins(db, groups)
    return {"responses": processed, "clusters_touched": len(clusters),
            "groups_touched": len(groups)}
