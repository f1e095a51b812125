"""Derived corpus tables: precedent passages + clusters, round-robin requests, similar responses.

    update_derived(db, response_ids)   # None = (re)process every response

Incremental: MinHash signatures and LSH band keys of every passage and request are kept in
`nlp_signatures` / `nlp_bands`, so a batch of new responses is compared with the corpus through
indexed band lookups; only clusters and groups the batch touches are re-counted.
"""

import json
import re
from collections import Counter, defaultdict

import numpy as np
import sqlite_utils
from rapidfuzz import fuzz

from . import minhash
from .normalise import fold_norm
from .passages import passages as split_passages

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
    if "nlp_signatures" not in db.table_names():
        db["nlp_signatures"].create({"kind": str, "item_id": str, "response_id": str,
                                     "sig": bytes, "group_id": str}, pk=("kind", "item_id"))
        db["nlp_signatures"].create_index(["kind", "response_id"])
        db["nlp_signatures"].create_index(["kind", "group_id"])
    if "nlp_bands" not in db.table_names():
        db["nlp_bands"].create({"kind": str, "band_key": int, "item_id": str})
        db["nlp_bands"].create_index(["kind", "band_key"])
        db["nlp_bands"].create_index(["kind", "item_id"])
    _add_foreign_keys(db)
    # after the foreign keys: adding one rebuilds the table, which drops FTS triggers
    triggers = {r[0] for r in db.execute("select name from sqlite_master where type='trigger'")}
    if "passages_ai" not in triggers:
        db["passages"].enable_fts(["text"], create_triggers=True, tokenize="porter",
                                  replace=True)


def _add_foreign_keys(db):
    if "responses" not in db.table_names():
        return
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


def _candidates(db, kind: str, keys: list[int], exclude: set[str]) -> list[str]:
    """Items sharing a band key, most shared bands first (buckets capped)."""
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = db.execute(
        f"select item_id from nlp_bands where kind = ? and band_key in ({marks}) "
        f"limit {BUCKET_CAP * len(keys)}", [kind, *keys]).fetchall()
    counts = Counter(r[0] for r in rows if r[0] not in exclude)
    return [item for item, _ in counts.most_common(BUCKET_CAP)]


def _store(db, kind, rows, bands):
    db["nlp_signatures"].insert_all(
        ({"kind": kind, "item_id": r["item_id"], "response_id": r["response_id"],
          "sig": _sig_bytes(r["sig"]), "group_id": r.get("group_id")} for r in rows),
        replace=True, batch_size=1000)
    db["nlp_bands"].insert_all(
        ({"kind": kind, "band_key": k, "item_id": r["item_id"]}
         for r in rows for k in minhash.band_keys(r["sig"], bands)), batch_size=5000)


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
        for kind in ("passage", "request", "terms"):
            db.execute(f"delete from nlp_bands where kind = ? and item_id in (select item_id "
                       f"from nlp_signatures where kind = ? and response_id in ({marks}))",
                       [kind, kind, *chunk])
        db.execute(f"delete from nlp_signatures where response_id in ({marks})", chunk)
        db.execute(f"delete from passages where response_id in ({marks})", chunk)
        db.execute(f"delete from round_robin_members where response_id in ({marks})", chunk)
        db.execute(f"delete from similar_responses where response_id in ({marks}) "
                   f"or similar_id in ({marks})", chunk + chunk)
    clusters.discard(None)
    groups.discard(None)
    return clusters, groups


# ---------------------------------------------------------------- passages

def _cluster_passages(db, responses: list[dict]) -> set[str]:
    """Split, sign and cluster the passages of `responses`; returns touched cluster ids."""
    touched: set[str] = set()
    new_rows, sig_rows = [], []
    by_text: dict[str, tuple[np.ndarray, str]] = {}  # folded text -> (sig, cluster) this batch
    for resp in responses:
        for p in split_passages(resp.get("response_text") or ""):
            pid = f"{resp['id']}:{p['ordinal']}"
            folded = minhash.fold(p["text"])
            if folded in by_text:  # exact repeat within the batch: same cluster, no new work
                sig, cluster = by_text[folded]
            else:
                sig = minhash.signature(minhash.shingles(folded))
                cluster = _match_passage(db, folded, sig, by_text)
                by_text[folded] = (sig, cluster)
            row = {"id": pid, "response_id": resp["id"], "ordinal": p["ordinal"],
                   "kind": p["kind"], "text": p["text"], "cluster_id": cluster}
            new_rows.append(row)
            sig_rows.append({"item_id": pid, "response_id": resp["id"], "sig": sig,
                             "group_id": cluster})
            touched.add(cluster)
            if len(new_rows) >= 2000:
                _flush_passages(db, new_rows, sig_rows)
                new_rows, sig_rows = [], []
    _flush_passages(db, new_rows, sig_rows)
    return touched


def _flush_passages(db, rows, sig_rows):
    if rows:
        db["passages"].insert_all(rows, replace=True, batch_size=1000)
        _store(db, "passage", sig_rows, PASSAGE_BANDS)


def _match_passage(db, folded: str, sig: np.ndarray, batch: dict) -> str:
    """Cluster id of the nearest stored wording, or a new id (stable: hash of the wording)."""
    keys = minhash.band_keys(sig, PASSAGE_BANDS)
    best, best_ratio = None, 0.0
    # batch items not yet flushed are compared directly (they are few per text)
    for ids in _chunks(_candidates(db, "passage", keys, set()), 200):
        marks = ",".join("?" * len(ids))
        for text, cluster in db.execute(
                f"select text, cluster_id from passages where id in ({marks})", ids):
            ratio = fuzz.ratio(folded, minhash.fold(text))
            if ratio > best_ratio:
                best, best_ratio = cluster, ratio
        if best_ratio >= 99:
            break
    for other, (osig, cluster) in list(batch.items())[-2000:]:
        if minhash.jaccard(sig, osig) >= 0.5:
            ratio = fuzz.ratio(folded, other)
            if ratio > best_ratio:
                best, best_ratio = cluster, ratio
    if best is not None and best_ratio >= PASSAGE_MIN_RATIO:
        return best
    return "pc_" + _stable_hash(folded)


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

_GREETING = re.compile(r"^\s*(dear|hello|hi|good (?:morning|afternoon))\b[^\n]*\n", re.I)
_SIGNOFF = re.compile(r"\n\s*(yours (?:faithfully|sincerely)|kind regards|many thanks|best "
                      r"wishes|thank you in advance|regards)\b.*$", re.I | re.S)
_FOIA_PREAMBLE = re.compile(r"(under|in accordance with) the freedom of information act"
                            r"(?: 2000)?[^.:\n]*[.:]?", re.I)


def request_key(text: str) -> str:
    """The request as compared across forces: greeting, sign-off and FOIA preamble removed."""
    text = _GREETING.sub("", text or "")
    text = _SIGNOFF.sub("", text)
    text = _FOIA_PREAMBLE.sub(" ", text)
    return minhash.fold(text)


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


def _group_requests(db, responses: list[dict]) -> set[str]:
    touched, sig_rows = set(), []
    batch: list[tuple[str, np.ndarray, str]] = []
    for resp in responses:
        key = request_key(resp.get("request_text") or resp.get("title") or "")
        if len(key) < 15:
            continue
        sig = minhash.signature(minhash.shingles(key, 2))
        group = _match_request(db, key, sig, batch) or "rr_" + _stable_hash(key)
        batch.append((key, sig, group))
        sig_rows.append({"item_id": resp["id"], "response_id": resp["id"], "sig": sig,
                         "group_id": group})
        touched.add(group)
    _store(db, "request", sig_rows, REQUEST_BANDS)
    return touched


def _match_request(db, key, sig, batch):
    keys = minhash.band_keys(sig, REQUEST_BANDS)
    for ids in _chunks(_candidates(db, "request", keys, set()), 200):
        marks = ",".join("?" * len(ids))
        for _rid, text, title, group in db.execute(f"""
                select r.id, r.request_text, r.title, s.group_id from responses r
                join nlp_signatures s on s.kind = 'request' and s.item_id = r.id
                where r.id in ({marks})""", ids):
            if same_request(key, request_key(text or title or "")):
                return group
    for other, osig, group in batch[-5000:]:
        if minhash.jaccard(sig, osig) >= 0.4 and same_request(key, other):
            return group
    return None


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


def _similar(db, responses: list[dict]) -> None:
    sig_rows, term_cache = [], {}
    for resp in responses:
        terms = _terms(resp)
        if len(terms) < 2:
            continue
        term_cache[resp["id"]] = terms
        sig_rows.append({"item_id": resp["id"], "response_id": resp["id"],
                         "sig": minhash.signature(terms), "group_id": None})
    _store(db, "terms", sig_rows, TERM_BANDS)
    for row in sig_rows:
        rid = row["item_id"]
        keys = minhash.band_keys(row["sig"], TERM_BANDS)
        cands = _candidates(db, "terms", keys, {rid})[:100]
        scored = []
        for ids in _chunks(cands, 200):
            marks = ",".join("?" * len(ids))
            for oid, title, text in db.execute(
                    f"select id, title, request_text from responses where id in ({marks})", ids):
                other = term_cache.get(oid) or _terms({"title": title, "request_text": text})
                mine = term_cache[rid]
                score = len(mine & other) / len(mine | other)
                if score >= 0.2:
                    scored.append((round(score, 4), oid))
        scored.sort(key=lambda s: (-s[0], s[1]))
        _write_similar(db, rid, scored[:SIMILAR_K])
        for score, oid in scored[:SIMILAR_K]:  # the new response may enter an old one's list
            _offer_similar(db, oid, rid, score)


def _write_similar(db, rid, scored):
    db.execute("delete from similar_responses where response_id = ?", [rid])
    db["similar_responses"].insert_all(
        [{"response_id": rid, "similar_id": oid, "score": s, "rank": i + 1}
         for i, (s, oid) in enumerate(scored)], replace=True)


def _offer_similar(db, rid, candidate, score):
    current = [(s, o) for o, s in db.execute(
        "select similar_id, score from similar_responses where response_id = ?", [rid])
        if o != candidate]
    merged = sorted(current + [(score, candidate)], key=lambda s: (-s[0], s[1]))[:SIMILAR_K]
    if (score, candidate) in merged:
        _write_similar(db, rid, merged)


# ---------------------------------------------------------------- entry point

def update_derived(db: sqlite_utils.Database, response_ids: list[str] | None = None) -> dict:
    """Write passages, passage clusters, round-robins and similar responses.

    response_ids: the responses added or changed since the last call (None = all). Returns
    counts of what was processed.
    """
    ensure_schema(db)
    if response_ids is None:
        for table in ("passages", "passage_clusters", "round_robins", "round_robin_members",
                      "similar_responses", "nlp_signatures", "nlp_bands"):
            db.execute(f"delete from {table}")
        response_ids = [r[0] for r in db.execute("select id from responses order by id")]
    else:
        response_ids = sorted(set(response_ids))
    with db.conn:
        clusters, groups = _forget(db, response_ids)
    processed = 0
    for chunk in _chunks(response_ids, 1000):
        marks = ",".join("?" * len(chunk))
        responses = [dict(zip(("id", "force", "title", "published", "request_text",
                               "response_text"), row, strict=False)) for row in db.execute(
            f"select id, force, title, published, request_text, response_text from responses "
            f"where id in ({marks}) order by id", chunk)]
        with db.conn:
            clusters |= _cluster_passages(db, responses)
            groups |= _group_requests(db, responses)
            _similar(db, responses)
        processed += len(responses)
    with db.conn:
        _refresh_clusters(db, clusters)
        _refresh_round_robins(db, groups)
    return {"responses": processed, "clusters_touched": len(clusters),
            "groups_touched": len(groups)}
