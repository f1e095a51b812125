"""Similar responses: each response's top-k most similar by request words, written to
`similar_responses` (rank 1 = most similar). `Similar` for an incremental batch, `BulkSimilar`
for a full rebuild; both find the same lists (tests/nlp/test_similar_bulk.py)."""

from collections import Counter, defaultdict, deque
from itertools import chain
from operator import itemgetter

import numpy as np

from . import derive_settings as cfg
from .content_words import request_terms
from .similar_bulk import TermColumns, similar_lists


class Similar:
    """Top-k most similar responses by request words (Jaccard of content-word sets), with
    candidates from LSH buckets of the term-set MinHash (one row per response per band).

    Used for incremental batches (it reads the corpus's buckets and lists); a full rebuild
    uses `BulkSimilar`, which finds the same lists (tests/nlp/test_similar_bulk.py)."""

    def __init__(self, db):
        self.db = db
        self.terms: dict[str, set[str]] = {}
        # Only the newest BUCKET_CAP ids of a bucket are ever candidates: keep no more.
        self.mem_bands: dict[int, deque] = defaultdict(lambda: deque(maxlen=cfg.BUCKET_CAP))
        self.lists: dict[str, list[tuple[float, str]]] = {}
        self.db_empty = cfg.term_bands().is_empty(db.conn)
        self.seq = cfg.term_bands().next_seq(db.conn)

    def add(self, prepared: list[tuple]) -> None:
        band_rows = []
        for rid, _items, _request, prepared_terms in prepared:
            if prepared_terms is None:
                continue
            terms, keys = prepared_terms
            terms = self.terms[rid] = set(terms)
            buckets = self.mem_bands
            votes = Counter(chain.from_iterable(buckets[k] for k in keys if k in buckets))
            if not self.db_empty:
                votes.update(cfg.term_bands().lookup(self.db.conn, keys, cfg.BUCKET_CAP * 4))
            votes.pop(rid, None)
            scored = []
            # = votes.most_common(60) (ties in first-seen order), without its Python-level heap
            for oid, _ in sorted(votes.items(), key=itemgetter(1),
                                 reverse=True)[:cfg.SIMILAR_CANDIDATES]:
                other = self._terms_of(oid)
                score = len(terms & other) / len(terms | other) if other else 0.0
                if score >= cfg.SIMILAR_MIN_SCORE:
                    scored.append((round(score, 4), oid))
            self.lists[rid] = sorted(scored, key=lambda x: (-x[0], x[1]))[:cfg.SIMILAR_K]
            for score, oid in self.lists[rid]:  # the new response may enter older lists
                self._offer(oid, rid, score)
            for k in keys:
                self.mem_bands[k].append(rid)
            band_rows.append((self.seq, rid, keys))
            self.seq += 1
        cfg.term_bands().add(self.db.conn, band_rows)

    def _terms_of(self, rid):
        if rid not in self.terms:
            row = self.db.execute("select title, request_text from responses where id = ?",
                                  [rid]).fetchone()
            self.terms[rid] = (request_terms({"title": row[0], "request_text": row[1]})
                               if row else set())
        return self.terms[rid]

    def _offer(self, rid, candidate, score):
        if rid not in self.lists:
            self.lists[rid] = [(s, o) for o, s in self.db.execute(
                "select similar_id, score from similar_responses where response_id = ?", [rid])]
        current = [x for x in self.lists[rid] if x[1] != candidate] + [(score, candidate)]
        self.lists[rid] = sorted(current, key=lambda x: (-x[0], x[1]))[:cfg.SIMILAR_K]

    def write(self, fresh: bool = False) -> None:
        """fresh: the table was emptied for a full rebuild, nothing old to delete."""
        if not fresh:
            for chunk in cfg.chunks(list(self.lists)):
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
        self.cols = TermColumns(cfg.TERM_BANDS)

    def add(self, prepared: list[tuple]) -> None:
        for rid, _items, _request, prepared_terms in prepared:
            if prepared_terms is not None:
                self.cols.add(rid, *prepared_terms)

    def write(self, fresh: bool = True) -> None:
        ids = self.cols.ids
        # a view that keeps the band crcs alive after similar_lists drops its reference
        crcs = np.frombuffer(self.cols.keys, dtype=np.uint32).reshape(len(ids), cfg.TERM_BANDS)
        owner, other, score = similar_lists(self.cols, cfg.BUCKET_CAP, cfg.SIMILAR_CANDIDATES,
                                            cfg.SIMILAR_K, cfg.SIMILAR_MIN_SCORE,
                                            cfg.PREPARE_WORKERS)
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
        cfg.term_bands().write_bulk(self.db.conn, ids, crcs)
