"""Similar responses: each response's top-k most similar by request words, written to
`similar_responses` (rank 1 = most similar). `Similar` for an incremental batch, `BulkSimilar`
for a full rebuild; both find the same lists (tests/nlp/test_similar_bulk.py)."""

import tempfile
from collections import Counter, defaultdict, deque
from itertools import chain
from operator import itemgetter

import numpy as np

from . import derive_settings as cfg
from .content_words import request_terms
from .similar_bulk import TermColumns, similar_lists

_INSERT_ROWS = 200_000  # similar_responses rows made into Python objects at a time


class Similar:
    """Top-k most similar responses by request words (Jaccard of content-word sets), with
    candidates from LSH buckets of the term-set MinHash (one row per response per band).

    Used for incremental batches (it reads the corpus's buckets and lists); a full rebuild
    uses `BulkSimilar`, which finds the same lists (tests/nlp/test_similar_bulk.py).

    Votes are counted per bucket-row number (`seq`, one per response) when the layout has
    them: a candidate's id is read only for the most-voted few, not for each of the up to
    BUCKET_CAP * 4 bucket rows a response's lookup returns (that join and the ids' strings
    were most of the step's cost at 200k+ responses). Same votes, same order of first sight,
    so the same candidates as counting ids."""

    def __init__(self, db):
        self.db = db
        self.terms: dict[str, set[str]] = {}
        # Only the newest BUCKET_CAP ids of a bucket are ever candidates: keep no more.
        self.mem_bands: dict[int, deque] = defaultdict(lambda: deque(maxlen=cfg.BUCKET_CAP))
        self.lists: dict[str, list[tuple[float, str]]] = {}
        self.db_empty = cfg.term_bands().is_empty(db.conn)
        self.seq = cfg.term_bands().next_seq(db.conn)
        self.by_seq = getattr(cfg.term_bands(), "lookup_seqs", None) is not None
        self.ids: dict[int, str] = {}   # seq -> response id, of the batch and of candidates

    def add(self, prepared: list[tuple]) -> None:
        bands = cfg.term_bands()
        band_rows = []
        for rid, _items, _request, prepared_terms in prepared:
            if prepared_terms is None:
                continue
            terms, keys = prepared_terms
            terms = self.terms[rid] = set(terms)
            me = self.seq if self.by_seq else rid   # what the buckets hold for a response
            buckets = self.mem_bands
            votes = Counter(chain.from_iterable(buckets[k] for k in keys if k in buckets))
            if not self.db_empty:
                if self.by_seq:
                    votes.update(bands.lookup_seqs(self.db.conn, keys, cfg.BUCKET_CAP * 4))
                else:
                    votes.update(bands.lookup(self.db.conn, keys, cfg.BUCKET_CAP * 4))
            votes.pop(me, None)
            # = votes.most_common(60) (ties in first-seen order), without its Python-level heap
            chosen = [o for o, _ in sorted(votes.items(), key=itemgetter(1),
                                           reverse=True)[:cfg.SIMILAR_CANDIDATES]]
            if self.by_seq:
                chosen = self._ids_of(chosen)
            self._read_terms(chosen)
            scored = []
            for oid in chosen:
                other = self.terms[oid]
                score = len(terms & other) / len(terms | other) if other else 0.0
                if score >= cfg.SIMILAR_MIN_SCORE:
                    scored.append((round(score, 4), oid))
            self.lists[rid] = sorted(scored, key=lambda x: (-x[0], x[1]))[:cfg.SIMILAR_K]
            for score, oid in self.lists[rid]:  # the new response may enter older lists
                self._offer(oid, rid, score)
            for k in keys:
                self.mem_bands[k].append(me)
            if self.by_seq:
                self.ids[me] = rid
            band_rows.append((self.seq, rid, keys))
            self.seq += 1
        bands.add(self.db.conn, band_rows)

    def _ids_of(self, seqs: list[int]) -> list[str]:
        """The response ids of bucket-row numbers, in the same order."""
        ids = self.ids
        missing = [s for s in seqs if s not in ids]
        if missing:
            ids.update(cfg.term_bands().ids_of(self.db.conn, missing))
        # (every seq has its response: both tables are written and deleted together)
        return [ids[s] for s in seqs if s in ids]

    def _read_terms(self, rids: list[str]) -> None:
        """Term sets of these responses, read in one statement for those not known yet."""
        missing = [r for r in dict.fromkeys(rids) if r not in self.terms]
        if not missing:
            return
        marks = ",".join("?" * len(missing))
        for rid, title, request_text in self.db.conn.execute(
                f"select id, title, request_text from responses where id in ({marks})",
                missing):
            self.terms[rid] = request_terms({"title": title, "request_text": request_text})
        for rid in missing:
            self.terms.setdefault(rid, set())   # not in the corpus: no terms

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
        self.lists = None

    def add(self, prepared: list[tuple]) -> None:
        for rid, _items, _request, prepared_terms in prepared:
            if prepared_terms is not None:
                self.cols.add(rid, *prepared_terms)

    def compute(self) -> None:
        """The lists, computed in memory (no corpus access): a full rebuild runs this while
        the derive side process copies the committed chunks (nlp/derive.py), then `write`."""
        if self.lists is not None:
            return
        ids = self.cols.ids
        # The band crcs, for `write`'s buckets, wait in a scratch file, not beside the lists'
        # windows (4 bytes a key: 128 MB at 1M responses); similar_lists consumes them
        self.crcs = tempfile.TemporaryFile()
        self.cols.keys.tofile(self.crcs)
        self.lists = similar_lists(self.cols, cfg.BUCKET_CAP, cfg.SIMILAR_CANDIDATES,
                                   cfg.SIMILAR_K, cfg.SIMILAR_MIN_SCORE, cfg.PREPARE_WORKERS)
        self.ids = ids
        self.cols = None  # the columns are no longer needed while rows are written

    def write(self, fresh: bool = True) -> None:
        self.compute()
        ids = self.ids
        with self.crcs as f:
            f.seek(0)
            crcs = np.fromfile(f, dtype=np.uint32).reshape(len(ids), cfg.TERM_BANDS)
        self.crcs = None
        cfg.term_bands().write_bulk(self.db.conn, ids, crcs)
        del crcs
        owner, other, score = self.lists
        self.lists = None
        # rows are grouped by owner, best first
        row = np.arange(len(owner))
        first = np.ones(len(owner), dtype=bool)
        first[1:] = owner[1:] != owner[:-1]
        rank = row - np.maximum.accumulate(np.where(first, row, 0)) + 1
        del row, first
        # a slice at a time as Python objects: the whole lists at 1M (5M rows) took ~550 MB
        for lo in range(0, len(owner), _INSERT_ROWS):
            hi = lo + _INSERT_ROWS
            self.db.conn.executemany(
                "INSERT INTO similar_responses (response_id, similar_id, score, rank) "
                "VALUES (?, ?, ?, ?)",
                ((ids[o], ids[t], s, r) for o, t, s, r in zip(
                    owner[lo:hi].tolist(), other[lo:hi].tolist(), score[lo:hi].tolist(),
                    rank[lo:hi].tolist(), strict=True)))
