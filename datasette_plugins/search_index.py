"""SearchIndex: the best matches of a search by bm25 over *every* match, with snippets.

    index = SearchIndex(conn)                       # a connection to the corpus
    index.count(fts, where, params)                 # -> number of matches
    index.top(fts, where, params, k, offset)        # -> [Hit(rowid, score, snippet)]

`fts` is the FTS5 query search_query.py built from the user's words (the one place user text
becomes a query); `where`/`params` are filters on `r` (the responses row). The order is SQLite's
own bm25() over all matches, best first, newest first among equal scores: the same as
`order by bm25(responses_fts), rowid desc` over the whole match list, proven, not sampled.

Why it is fast: scoring a match costs ~3.3 µs, a million matches 3 s. For a search with more
than FULL_RANK matches only the rows of the query terms' champion lists (archive/search_rank.py)
and rows added since they were built are scored, in one pass of the index. A phrase's bm25 part
for any other row is at most idf * (k1 + 1) * theta (theta: the term's lowest listed weight;
a phrase occurs no more often than any of its words), so when the k-th scored row beats the sum
of those bounds no unscored row can enter the top k. Otherwise every match is scored (exact,
slower); docs/architecture.md "Search ranking" has the measurements.

Scoring the lists' rows with bm25() still passes over every match (FTS5 checks each against the
candidate set: ~0.3 us a match, plus bm25()'s own count of each phrase). When every phrase of the
query is one listed word and the index is the one the lists were read from, `_listed` needs no
such pass: the lists carry each row's count of the word and its length, so bm25 is computed here
with SQLite's arithmetic (the same floats), and a row missing from a word's list is bounded by
that list's theta (path "listed"; 200k synthetic: `police` 59 -> 12 CPU ms a request).

Complete data (path "complete", `_complete`): when every phrase of the query has every row
holding it stored with its count (vocabulary words and phrases, all listed terms; see
archive/search_rank.py), bm25 of every match is computed here the same way and nothing needs
bounding: synonym groups, ANDs/ORs of common words, NOT words, filters from the facet index.
"""
from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from pyroaring import BitMap

from archive.corpus_schema import FTS_TOKENIZE
from archive.search_rank import (
    COMPLETE,
    DENSE,
    FTS,
    K1,
    B,
    complete_mark,
    fts_averages,
    fts_structure,
    unpack_complete,
    unpack_dense,
    unpack_lengths,
    unpack_list,
    unpack_rowids,
)
from datasette_plugins.safety import END, START

FULL_RANK = 5000          # matches scored in full up to this (~10-20 ms)
MAX_CANDIDATES = 40_000   # more rows to score than this: score every match instead
SQL_COUNT_POSTINGS = 400_000   # _few_postings: FTS5 counts ANDs of words this common fast
RARE_PHRASE = 2000        # a phrase in at most this many rows: all of them are scored
_EPSILON = 1e-9           # relative slack on the bound for float rounding
SNIPPET = f"snippet({FTS}, -1, '{START}', '{END}', ' … ', 24)"
_PHRASE = re.compile(r'"([^"]*)"')


@dataclass
class Hit:
    rowid: int
    score: float          # bm25 as a positive number: higher is better
    snippet: str = ""


def idf(rows: int, hits: int) -> float:
    """bm25()'s inverse document frequency, with its floor for very common phrases."""
    value = math.log((rows - hits + 0.5) / (hits + 0.5)) if rows else 0.0
    return value if value > 0 else 1e-6


_TOKENIZER_LOCK = threading.Lock()
_TOKENIZER: list[sqlite3.Connection] = []


@lru_cache(maxsize=4096)
def tokens(phrase: str) -> tuple[str, ...]:
    """The index terms of a phrase, by SQLite's own tokenizer (same options as responses_fts)."""
    with _TOKENIZER_LOCK:
        if not _TOKENIZER:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            conn.execute(f"create virtual table t using fts5(x, tokenize='{FTS_TOKENIZE}')")
            conn.execute("create virtual table v using fts5vocab(t, instance)")
            _TOKENIZER.append(conn)
        conn = _TOKENIZER[0]
        conn.execute("delete from t")
        conn.execute("insert into t(rowid, x) values (1, ?)", (phrase,))
        return tuple(t for (t,) in conn.execute("select term from v order by offset"))


def phrases(fts: str) -> list[str]:
    """The phrases bm25() scores in a query of search_query.to_fts (the NOT part never occurs
    in a match, so it adds nothing)."""
    positive = fts.split(") NOT (", 1)[0]
    return _PHRASE.findall(positive)


_GROUP = re.compile(r'^(?:"[^"]*"|\("[^"]*"(?: OR "[^"]*")*\))$')


def structure(fts: str) -> tuple[list[list[str]], str | None] | None:
    """A search_query.to_fts query as (the AND of its OR-groups of phrases, its NOT part or
    None); None for anything else (a column filter)."""
    if fts.startswith("{"):
        return None
    positive, negated = fts, None
    if ") NOT (" in fts:
        positive, negated = fts.split(") NOT (", 1)
        if not positive.startswith("(") or not negated.endswith(")"):
            return None
        positive, negated = positive[1:], negated[:-1]
    groups = []
    for part in positive.split(" AND "):
        if not _GROUP.match(part):
            return None
        groups.append(_PHRASE.findall(part))
    return groups, negated


# page_search._filters' clauses that are facet-index values: (facet, parameter, its type)
_FACETS = {"r.force = :force": ("force", "force", str), "r.year = :year": ("year", "year", int),
           "r.id in (select response_id from response_topics where topic = :topic)":
           ("topics", "topic", str)}


def _member(ascending: np.ndarray, values: np.ndarray) -> np.ndarray:
    """values[i] in ascending (a sorted array), for each i (np.isin sorts both: slower)."""
    if not len(ascending):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(ascending, values), len(ascending) - 1)
    return ascending[at] == values


def _filtered(where: list[str]) -> str:
    """Filters on `r` as one set of rowids that each match is looked up in. (A join would let
    SQLite drive the search from the filter's rows, asking the full-text index for one rowid
    at a time: seconds for a common word.)"""
    if not where:
        return ""
    return (" and +f.rowid in (select r.rowid from responses r where "
            + " and ".join(where) + ")")


class SearchIndex:
    def __init__(self, conn: sqlite3.Connection, full_rank: int = FULL_RANK,
                 complete: bool = True):
        self.conn, self.full_rank = conn, full_rank
        self.use_complete = complete   # False: only the lists' bounds and bm25() (tests)
        self.last_path = ""   # how the last top() was answered: full, pruned or fallback
        self.rows, self.avgdl = fts_averages(conn)
        try:
            meta = dict(conn.execute("select key, value from search_rank_meta "
                                     "where key != 'lengths'"))
        except sqlite3.OperationalError:   # a corpus built before the lists existed
            meta = {}
        self.listed = bool(meta)
        self.built_avgdl = float(meta.get("avgdl") or 0)
        self.max_rowid = int(meta.get("max_rowid") or 0)
        self.list_size = int(meta.get("list_size") or 0)
        self.list_format = int(meta.get("list_format") or 1)
        self.newer = self.removed = 0
        self.fresh = False   # the index is the one the lists were read from: their df are its
        # the complete data is the index's (its own marker: an incremental build brings the
        # data up to date, not the lists; archive/search_rank.update_complete)
        self.complete_fresh = False
        self.complete_max = 0
        self._unneeded: set[int] = set()
        self._complete_cache: dict[str, tuple | None] = {}
        self._filter_cache: dict[str, np.ndarray] = {}
        if self.listed:
            # rows written since the lists (an incremental build): always scored
            self.newer = conn.execute(f"select count(*) from {FTS}_docsize where id > ?",
                                      (self.max_rowid,)).fetchone()[0]
            self.removed = max(0, int(meta.get("rows") or 0) + self.newer - self.rows)
            structure = fts_structure(conn)
            self.fresh = (self.list_format >= 2 and not self.newer and not self.removed
                          and bytes(meta.get("fts_structure") or b"x") == structure)
            top, rows, made_for = complete_mark(meta)
            self.complete_max = top
            self.complete_fresh = self.fresh or (
                self.list_format >= 2 and rows == self.rows and made_for == structure
                and not conn.execute(f"select 1 from {FTS}_docsize where id > ? limit 1",
                                     (top,)).fetchone())

    # -- counting -----------------------------------------------------------------------
    def count(self, fts: str, where: list[str] = (), params: dict | None = None) -> int:
        one = self._single_term(fts) if not where else None
        if one is not None:
            return one   # a listed word alone: its df (the index has not changed since)
        counted = (None if not where and self._few_postings(fts)
                   else self._complete_count(fts, list(where), params or {}))
        if counted is not None:
            return counted
        sql = f"select count(*) from {FTS} f where {FTS} match :q" + _filtered(where)
        return self.conn.execute(sql, {**(params or {}), "q": fts}).fetchone()[0]

    def _few_postings(self, fts: str) -> bool:
        """An AND of single words whose rows are few in all (or with a rare word): FTS5 counts
        it faster (body worn at 1M: 5 ms) than the complete data does (13-20 ms)."""
        parsed = structure(fts) if self.complete_fresh else None
        if parsed is None or parsed[1] is not None or any(len(g) != 1 for g in parsed[0]):
            return False
        words = [tokens(g[0]) for g in parsed[0]]
        if any(len(t) != 1 for t in words):
            return False
        if not self.fresh:   # the rows' df now, from the complete data
            source = self._sources(words)
            return source is None or sum(df for _, _, df in source.values()
                                         ) <= SQL_COUNT_POSTINGS
        dfs = [df for (df,) in self.conn.execute(
            "select df from search_rank_terms where term in "
            f"({','.join('?' * len(words))})", [t[0] for t in words])]
        return len(dfs) < len({t[0] for t in words}) or sum(dfs) <= SQL_COUNT_POSTINGS

    # -- ranking ------------------------------------------------------------------------
    def top(self, fts: str, where: list[str] = (), params: dict | None = None, k: int = 50,
            offset: int = 0, total: int | None = None) -> list[Hit]:
        params = {**(params or {}), "q": fts}
        total = self.count(fts, where, params) if total is None else total
        if offset >= total:
            return []
        hits, self.last_path = None, "full"
        listed = total > self.full_rank and offset + k < total
        # complete data first, unless the lists' few rows can do (a common word, no filter)
        if where or not listed:
            hits = self._complete(fts, list(where), params, offset + k)
            self.last_path = "complete" if hits is not None else "full"
        if hits is None and listed:
            self._unneeded = set()
            hits = self._listed(fts, list(where), params, offset + k)
            self.last_path = "listed"
            if hits is None and not where:
                hits = self._complete(fts, list(where), params, offset + k)
                self.last_path = "complete"
            if hits is None:
                hits = self._pruned(fts, list(where), params, offset + k)
                self.last_path = "pruned" if hits is not None else "fallback"
        if hits is None:
            hits = self._scored(list(where), params, None, offset + k)
        page = hits[offset:offset + k]
        return self._with_snippets(page, params)

    def _scored(self, where: list[str], params: dict, candidates: list[int] | None,
                limit: int | None) -> list[Hit]:
        """bm25 of the matches (only of `candidates` when given), best first, newest first
        among equal scores."""
        args, only = dict(params), ""
        if candidates is not None:
            # `+`: checked on each match in one pass. Handed to the full-text index, each
            # rowid would be a new search that recomputes bm25's idf (3 ms for a common word)
            only = " and +f.rowid in (select value from json_each(:ids))"
            args.update(ids=json.dumps(candidates))
        sql = (f"select f.rowid, -bm25({FTS}) as score from {FTS} f where {FTS} match :q"
               f"{only}{_filtered(where)} order by score desc, f.rowid desc"
               + (f" limit {int(limit)}" if limit and candidates is None else ""))
        return [Hit(rowid, score) for rowid, score in self.conn.execute(sql, args)]

    def _bounds(self, fts: str) -> tuple[set[int], float] | None:
        """(rows to score, the highest score any other match can have), or None when the
        lists cannot bound this query."""
        if not self.listed or not self.avgdl:
            return None
        # rows outside a list have s <= theta at the build's average length; with today's
        # average the weights move by at most this factor (docs/architecture.md)
        rho = min(1.0, self.built_avgdl / self.avgdl)
        candidates: set[int] = set()
        bound = 0.0
        for phrase in phrases(fts):
            terms = tokens(phrase)
            if not terms:
                continue
            found = {t: r for t, *r in self.conn.execute(
                "select term, df, theta, rowids from search_rank_terms where term in "
                f"({','.join('?' * len(terms))})", terms)}
            if len(terms) == 1 and found:
                # rows holding the word now: at least those of the build less any replaced
                # since (fewer rows only raise the idf, so the bound stays a bound)
                hits = max(0, found[terms[0]][0] - self.removed)
            else:
                hits = self.conn.execute(f"select count(*) from {FTS} where {FTS} match ?",
                                         (f'"{phrase}"',)).fetchone()[0]
            if len(found) < len(set(terms)) or hits <= RARE_PHRASE:
                # a rare word or phrase: every row holding it is scored, so the rest add 0
                rows = self.conn.execute(f"select rowid from {FTS} where {FTS} match ?",
                                         (f'"{phrase}"',)).fetchall()
                candidates.update(r for (r,) in rows)
            else:
                # a phrase occurs no more often than any of its words: the lowest bound holds
                sigma = 1.0
                for _df, theta, blob in found.values():
                    candidates.update(unpack_rowids(blob, self.list_format))
                    u = theta / (1 - theta) if theta < 1 else math.inf
                    sigma = min(sigma, u / (u + rho))
                bound += idf(self.rows, hits) * (K1 + 1) * sigma
            if len(candidates) > MAX_CANDIDATES:
                return None
        return candidates, bound

    def _pruned(self, fts: str, where: list[str], params: dict, need: int) -> list[Hit] | None:
        if need > self.list_size:
            return None
        bounds = self._bounds(fts)
        if bounds is None:
            return None
        candidates, bound = bounds
        if self._unneeded:   # rows the lists proved below the top (_drop_unneeded)
            candidates -= self._unneeded
        if not self.fresh:
            # rows written since the lists, and the lists' last row: SQLite gives a row written
            # again after its delete (a replaced response) the highest rowid + 1, which is its
            # old one when it was the highest
            candidates.update(r for (r,) in self.conn.execute(
                f"select rowid from {FTS} where {FTS} match :q and rowid >= :newer",
                {"q": params["q"], "newer": self.max_rowid}))
        hits = self._scored(where, params, sorted(candidates), None)
        if len(hits) >= need and hits[need - 1].score > bound * (1 + _EPSILON) + 1e-12:
            return hits[:need]
        return None

    # -- rows of the lists scored here, without a pass over the matches -----------------------
    def _single_term(self, fts: str) -> int | None:
        """df of the query's one word when the query is that listed word alone."""
        if not self.complete_fresh or fts.startswith("{") or ") NOT (" in fts:
            return None
        found = _PHRASE.findall(fts)
        if len(found) != 1 or fts.strip() != f'"{found[0]}"':
            return None
        terms = tokens(found[0])
        if len(terms) != 1:
            return None
        if not self.fresh:   # the lists' df are the build's: the complete data's are today's
            source = self._sources([terms]) if self.use_complete else None
            return source[terms][2] if source else None
        row = self.conn.execute("select df from search_rank_terms where term = ?",
                                terms).fetchone()
        return row[0] if row else None

    def _listed(self, fts: str, where: list[str], params: dict, need: int) -> list[Hit] | None:
        """The top `need` when every phrase bm25 scores is one listed word: bm25 of the rows
        in all of the words' lists computed from the stored counts and lengths exactly as
        SQLite's bm25() does (same operations, same order, IEEE doubles: the same bits; the
        tests compare them), and proven as in _pruned: a row missing from some list has, for
        each such word, at most that list's bound; a row in no list at most the sum of them.
        None when the lists do not settle it (the caller then scores with bm25() itself)."""
        if (not self.fresh or need > self.list_size or fts.startswith("{")
                or not self.avgdl):
            return None
        positive = phrases(fts)
        terms = [tokens(p) for p in positive]
        if not positive or any(len(t) != 1 for t in terms):
            return None
        words = [t[0] for t in terms]
        found = {t: r for t, *r in self.conn.execute(
            "select term, df, theta, rowids from search_rank_terms where term in "
            f"({','.join('?' * len(set(words)))})", sorted(set(words)))}
        if len(found) < len(set(words)):
            return None
        lists = {t: unpack_list(blob) for t, (_df, _theta, blob) in found.items()}
        ids = np.unique(np.concatenate([lists[t][0] for t in lists]))
        length = np.zeros(len(ids))
        have = {}
        for t, (rowids, freq, lens) in lists.items():
            order = np.argsort(rowids)
            at = np.searchsorted(ids, rowids[order])
            length[at] = lens[order]
            f = np.zeros(len(ids))
            f[at] = freq[order]
            known = np.zeros(len(ids), dtype=bool)
            known[at] = True
            have[t] = (f, known)
        # bm25(): score += idf * ((f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl))), phrase
        # by phrase in the query's order (NOT phrases add idf * 0 = 0)
        norm = K1 * (1 - B + B * length / self.avgdl)
        score = np.zeros(len(ids))
        upper = np.zeros(len(ids))
        complete = np.ones(len(ids), dtype=bool)
        bound = 0.0
        for t in words:
            df, theta = found[t][0], found[t][1]
            w = idf(self.rows, df)
            f, known = have[t]
            part = w * ((f * (K1 + 1.0)) / (f + norm))
            score = score + part
            cap = w * (K1 + 1) * theta
            upper = upper + np.where(known, part, cap)
            complete &= known
            bound += cap
        if np.any(~complete):
            bound = max(bound, float(upper[~complete].max()))
        limit = bound * (1 + _EPSILON) + 1e-12
        sure = np.flatnonzero(complete & (score > limit))
        if len(sure) < need:
            self._drop_unneeded(ids, score, upper, complete, fts, where, params, need)
            return None
        sure = sure[np.lexsort((-ids[sure], -score[sure]))]
        if where:   # the filters, on every sure row at once (one read of a filter's rows)
            passing = {r for (r,) in self.conn.execute(
                "select r.rowid from responses r where r.rowid in (select value from "
                "json_each(:ids)) and " + " and ".join(where),
                {**params, "ids": json.dumps([int(x) for x in ids[sure]])})}
            sure = sure[np.isin(ids[sure], np.fromiter(passing, dtype=np.int64))]
        if len(sure) < need:
            return None
        if ") NOT (" not in fts:
            return [Hit(int(ids[i]), float(score[i])) for i in sure[:need]]
        # rows holding a NOT word are left out; looked up row by row (~20 us each, no bm25()
        # here, so no pass over the word's rows), best first, only as many as needed
        negated = fts.split(") NOT (", 1)[1][:-1]
        out: list[Hit] = []
        start = 0
        while len(out) < need and start < len(sure):
            batch = sure[start:start + max(2 * (need - len(out)), 200)]
            start += len(batch)
            dropped = self._matching(negated, ids[batch])
            out += [Hit(int(ids[i]), float(score[i])) for i in batch
                    if int(ids[i]) not in dropped]
        return out[:need] if len(out) >= need else None

    def _matching(self, fts: str, rowids) -> set[int]:
        """Which of these rows match `fts` (looked up row by row, ~20 us each: no pass over
        the query's matches, no bm25())."""
        return {r for (r,) in self.conn.execute(
            f"select rowid from {FTS} where {FTS} match :q and rowid in "
            "(select value from json_each(:ids))",
            {"q": fts, "ids": json.dumps([int(x) for x in rowids])})}

    def _drop_unneeded(self, ids, score, upper, complete, fts, where, params, need) -> None:
        """When the lists cannot settle the top alone (an AND of common words: most rows are in
        one word's list only), they still tell bm25() which of their rows need no scoring: rows
        holding every word (they match) give `need` real scores, the lowest of them `low`; a
        row whose bound is below `low` cannot reach the top. Sets self._unneeded."""
        if ") NOT (" in fts:
            return
        whole = np.flatnonzero(complete)
        if where and len(whole):
            passing = {r for (r,) in self.conn.execute(
                "select r.rowid from responses r where r.rowid in (select value from "
                "json_each(:ids)) and " + " and ".join(where),
                {**params, "ids": json.dumps([int(x) for x in ids[whole]])})}
            whole = whole[np.isin(ids[whole], np.fromiter(passing, dtype=np.int64))]
        if len(whole) < need:
            return
        low = float(np.partition(score[whole], len(whole) - need)[len(whole) - need])
        # exact scores below `low`, or bounds below it with the rounding slack
        below = np.where(complete, score < low, upper * (1 + _EPSILON) + 1e-12 < low)
        self._unneeded = {int(x) for x in ids[below]}

    # -- every match scored here from complete data, without a pass over the index ------------
    COMPLETE_ROWS = 3_000_000   # matches computed here at most (numpy over ~40 bytes a row)

    def _sources(self, phrases: list[tuple[str, ...]]) -> dict | None:
        """{terms: (kind, key, df)} of each phrase's complete data: a vocabulary list (`=`), a
        dense count (`#`) or a champion list that holds all its rows; None if one has none."""
        keys = {COMPLETE + " ".join(t) for t in phrases}
        keys |= {x for t in phrases if len(t) == 1 for x in (DENSE + t[0], t[0])}
        found = {t: r for t, *r in self.conn.execute(
            "select term, df, theta from search_rank_terms where term in "
            f"({','.join('?' * len(keys))})", sorted(keys))}
        source: dict[tuple, tuple[str, str, int]] = {}
        for t in set(phrases):
            key = " ".join(t)
            if COMPLETE + key in found:
                source[t] = ("list", COMPLETE + key, found[COMPLETE + key][0])
            elif DENSE + key in found:
                source[t] = ("dense", DENSE + key, found[DENSE + key][0])
            elif key in found and found[key][1] == 0.0 and found[key][0] <= self.list_size:
                source[t] = ("list", key, found[key][0])   # a champion list of all its rows
            else:
                return None
        return source

    def _matches(self, fts: str) -> tuple | None:
        """(rowids of every match, ascending; their bm25, computed as SQLite computes it; the
        NOT part when it has to be checked by the index, else None) when every phrase of the
        query has complete data (_sources). None otherwise, or when the index is not the one
        the data was read from."""
        if not self.use_complete:
            return None
        if fts in self._complete_cache:
            return self._complete_cache[fts]
        self._complete_cache[fts] = None
        parsed = structure(fts) if self.complete_fresh and self.avgdl else None
        if parsed is None:
            return None
        groups, negated = parsed
        order = [tokens(p) for g in groups for p in g]
        if not order or any(not t for t in order):
            return None
        source = self._sources(order)
        if source is None:
            return None
        left_out = []   # NOT phrases with complete data: their rows are taken out here
        if negated is not None:
            phrases_out = _PHRASE.findall(negated)
            if negated == " OR ".join(f'"{p}"' for p in phrases_out):
                terms_out = [tokens(p) for p in phrases_out]
                more = self._sources([t for t in terms_out if t]) if all(terms_out) else None
                if more is not None:
                    left_out = list(more)
                    source.update(more)
                    negated = None
        size = self.complete_max + 1
        dense = any(kind == "dense" for kind, _, _ in source.values())
        estimate = (size if dense else sum(df for _, _, df in source.values()))
        if estimate > self.COMPLETE_ROWS:
            return None
        blobs = dict(self.conn.execute(
            "select term, rowids from search_rank_terms where term in "
            f"({','.join('?' * len(source))})", sorted(k for _, k, _ in source.values())))
        if dense:
            counts: dict[tuple, np.ndarray] = {}
            for t, (kind, key, _) in source.items():
                if kind == "dense":
                    counts[t] = unpack_dense(blobs[key], size)
                else:
                    rowids, freq = unpack_complete(blobs[key], source[t][2])
                    full = np.zeros(size, dtype=np.uint32)
                    full[rowids] = freq
                    counts[t] = full
            ok = np.ones(size, dtype=bool)
            for g in groups:
                ok &= np.logical_or.reduce([counts[tokens(p)] > 0 for p in g])
            for t in left_out:
                ok &= counts[t] == 0
            ids = np.flatnonzero(ok)
            freqs = {t: counts[t][ids].astype(np.float64) for t in set(order)}
        else:
            lists = {t: unpack_complete(blobs[key], df) for t, (_, key, df) in source.items()}
            union = np.zeros(size, dtype=bool)   # np.unique hashes: ~0.8 s for 600k rowids
            for t in set(order):
                union[lists[t][0]] = True
            ids = np.flatnonzero(union)
            at = np.full(size, -1, dtype=np.int64)   # rowid -> its place in ids
            at[ids] = np.arange(len(ids))
            freqs = {}
            for t, (rowids, freq) in lists.items():
                f = np.zeros(len(ids))
                place = at[rowids]
                inside = place >= 0   # a NOT phrase's rows need not be matches
                f[place[inside]] = freq[inside]
                freqs[t] = f
            ok = np.ones(len(ids), dtype=bool)
            if len(groups) > 1:   # one group: every row of the union matches it
                for g in groups:
                    ok &= np.logical_or.reduce([freqs[tokens(p)] > 0 for p in g])
            for t in left_out:
                ok &= freqs[t] == 0
            if not ok.all():
                ids = ids[ok]
                freqs = {t: f[ok] for t, f in freqs.items()}
        blob = self.conn.execute("select value from search_rank_meta where key = 'lengths'"
                                 ).fetchone()
        if blob is None:
            return None
        length = unpack_lengths(blob[0], size)[ids].astype(np.float64)
        # bm25() as in _listed: phrase by phrase in the query's order, from 0.0 (NOT phrases
        # come after and add idf * 0)
        norm = K1 * (1 - B + B * length / self.avgdl)
        score = np.zeros(len(ids))
        for t in order:
            w = idf(self.rows, source[t][2])
            f = freqs[t]
            score = score + w * ((f * (K1 + 1.0)) / (f + norm))
        self._complete_cache[fts] = (ids, score, negated)
        return self._complete_cache[fts]

    def _filter_rows(self, where: list[str], params: dict) -> np.ndarray:
        """Rowids of the rows passing the filters, ascending (one read, kept for top())."""
        key = json.dumps([where, sorted((k, str(v)) for k, v in params.items() if k != "q")])
        if key not in self._filter_cache:
            rows = self._facet_rows(where, params)
            if rows is None:
                rows = np.sort(np.fromiter((r for (r,) in self.conn.execute(
                    "select r.rowid from responses r where " + " and ".join(where), params)),
                    dtype=np.int64))
            self._filter_cache[key] = rows
        return self._filter_cache[key]

    def _facet_rows(self, where: list[str], params: dict) -> np.ndarray | None:
        """The same rows from the build's facet index (archive/facet_index.py: a bitmap of row
        numbers per value, and the rowid of each row number) when every filter is one of the
        search page's (page_search._filters), which equal those bitmaps: the force and year
        columns, and `topics`, the list response_topics is written from (corpus_rows.py). A
        topic filter read by SQL looks up each of its rows by id: ~4 us a row."""
        if not where or any(w not in _FACETS for w in where):
            return None
        try:
            picked = None
            for w in where:
                facet, name, kind = _FACETS[w]
                if not isinstance(params.get(name), kind) or isinstance(params[name], bool):
                    return None
                row = self.conn.execute("select bitmap from facet_bitmaps where facet = ? "
                                        "and value = ?", (facet, params[name])).fetchone()
                bitmap = BitMap.deserialize(row[0]) if row else BitMap()
                picked = bitmap if picked is None else picked & bitmap
            parts = [np.frombuffer(blob, dtype="<u4") for (blob,) in self.conn.execute(
                "select rowids from facet_rows order by part")]
        except sqlite3.OperationalError:   # a corpus without the facet index
            return None
        order = np.concatenate(parts) if parts else np.zeros(0, dtype="<u4")
        if len(order) != self.rows:   # not the index of these rows
            return None
        positions = np.frombuffer(picked.to_array(), dtype=np.uint32)
        return np.sort(order[positions].astype(np.int64))

    def _complete_count(self, fts: str, where: list[str], params: dict) -> int | None:
        found = self._matches(fts)
        if found is None or found[2] is not None:   # a NOT part to check: by the index
            return None
        ids = found[0]
        if not where:
            return len(ids)
        return int(_member(self._filter_rows(where, params), ids).sum())

    def _complete(self, fts: str, where: list[str], params: dict, need: int) -> list[Hit] | None:
        """The top `need` of every match scored from complete data (_matches), best first,
        newest first among equal scores; a NOT part the data cannot check is looked up in the
        index for the best rows first, as many as needed."""
        found = self._matches(fts)
        if found is None:
            return None
        ids, score, negated = found
        if where:
            keep = _member(self._filter_rows(where, params), ids)
            ids, score = ids[keep], score[keep]
        out: list[Hit] = []
        done, m = 0, max(4 * need, 1000)
        while len(out) < need and done < len(ids):
            m = min(m, len(ids))
            if m < len(ids):   # the m best, and every row tied with the m-th
                kth = np.partition(score, len(ids) - m)[len(ids) - m]
                top = np.flatnonzero(score >= kth)
            else:
                top = np.arange(len(ids))
            top = top[np.lexsort((-ids[top], -score[top]))]
            batch = top[done:]
            done = len(top)
            if negated is None:
                out += [Hit(int(ids[i]), float(score[i])) for i in batch[:need - len(out)]]
                break
            for start in range(0, len(batch), 2000):
                part = batch[start:start + 2000]
                dropped = self._matching(negated, ids[part])
                out += [Hit(int(ids[i]), float(score[i])) for i in part
                        if int(ids[i]) not in dropped]
                if len(out) >= need:
                    break
            m *= 4
        return out[:need]

    def _with_snippets(self, page: list[Hit], params: dict) -> list[Hit]:
        if not page:
            return page
        ids = [h.rowid for h in page]
        # looked up row by row (snippet() needs no corpus-wide figures, unlike bm25())
        snippets = dict(self.conn.execute(
            f"select f.rowid, {SNIPPET} from {FTS} f where {FTS} match :q and "
            "f.rowid in (select value from json_each(:ids))",
            {"q": params["q"], "ids": json.dumps(ids)}))
        for h in page:
            h.snippet = snippets.get(h.rowid) or ""
        return page
