"""Exact facet counts and filtered pages of /foi/responses from the build's facet index.

The build writes one roaring bitmap of row numbers per facet value (archive/facet_index.py;
row number = position in the default order, `date_order` desc). A request's filters are an
intersection of those bitmaps (a `__in` filter a union, a search the bitmap of its full-text
matches), so every facet count is an intersection cardinality and the newest N matching rows
are its N smallest members: exact at any size, whatever the combination of filters.

The one interface the site uses (facets_cube.py):

    index = await FacetIndex.for_database(datasette, "foi")     # None: no index in the corpus
    filters = await index.filters(request)                       # None: a filter it cannot answer
    index.counts(filters, ["force", "topics"])  -> {"total": n, "facets": {facet: [(value, n)]}}
    index.page(filters, offset, size)          -> [rowid, ...]  newest first

Filters are read from `request.args` (the query after keyset_paging's rewrite: `_search` is
`_q` there), never from SQL. Supported: `col=` / `col__exact=` / `col__in=` on the scalar
columns, `col__arraycontains=` on the array columns, `_q` (with `_searchmode`); keys that do
not narrow the rows (paging, facets, shape) are ignored. Anything else returns None and the
caller counts by SQL instead (exact, under Datasette's facet time limit).

The index is loaded once per process and corpus file, lazily, keyed by the file's identity
(device, inode, size, mtime): a server pinned to one corpus never mixes in another's index.
"""
from __future__ import annotations

import asyncio
import json
import os
import re
from array import array
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from pyroaring import BitMap

from archive.corpus_schema import FTS_TABLE, RESPONSES
from archive.facet_index import ARRAYS, BITMAPS, COLUMNS, ROWS, has_facet_index, read_facet_index

TABLE, FTS = RESPONSES, FTS_TABLE
INTEGER_COLUMNS = {"year", "ncnd", "public_interest_test"}
SEARCH, SEARCH_MODE = "_q", "_searchmode"   # table_search.py's name for `_search`
# Query-string keys that do not narrow the rows (paging, sorting, shape, facet choice).
NEUTRAL = {"_size", "_next", "_sort", "_sort_desc", "_shape", "_labels", "_nolabels",
           "_nofacet", "_nocount", "_facet", "_facet_array", "_facet_cube",
           "_facet_cube_array", "_facet_date", "_facet_size", "_col", "_nocol", "_trace",
           "_json", "_stream", "_dl", "_extra", "_ttl", "_timelimit",
           "_before"}   # keyset_paging: a later page of the same rows
_INTEGER = re.compile(r"[+-]?[0-9]+")
_CACHED_SEARCHES = 32
_CACHED_MATCHES = 64


@dataclass(frozen=True)
class Filters:
    """Rows having, for every clause, one of its values; and matching the search if any."""
    clauses: tuple[tuple[str, tuple], ...] = ()
    search: tuple[str, str] | None = None   # (words, match expression kind: "raw" or "words")
    search_rows: BitMap | None = None       # row numbers of the search's matches

    def key(self):
        return (self.clauses, self.search)


def parse_filters(pairs) -> Filters | None:
    """Filters from the request's (key, value) pairs, or None when one is not supported."""
    clauses, searches, mode = [], [], None
    for key, value in pairs:
        if key in NEUTRAL:
            continue
        if key == SEARCH:
            searches.append(value)
            continue
        if key == SEARCH_MODE:
            mode = value
            continue
        if key.startswith("_"):
            return None   # _where, _search with columns, _through, ...: SQL answers those
        column, _, op = key.partition("__")
        op = op or "exact"
        if column in COLUMNS and op in ("exact", "in"):
            values = [value] if op == "exact" else _split_in(value)
            if values is None:
                return None
            converted = tuple(_convert(column, v) for v in values)
            if any(v is _UNSUPPORTED for v in converted):
                return None
            clauses.append((column, converted))
        elif column in ARRAYS and op == "arraycontains":
            clauses.append((column, (value,)))
        else:
            return None
    if len(searches) > 1 or mode not in (None, "", "raw", "escaped"):
        return None
    search = None
    if searches and searches[0].strip():
        search = (searches[0], "raw" if mode == "raw" else "words")
    return Filters(tuple(sorted(clauses, key=repr)), search)


_UNSUPPORTED = object()


def _split_in(value: str):
    """Datasette's `__in` values: a JSON list, or comma-separated (stripped)."""
    if value.startswith("["):
        try:
            values = json.loads(value)
        except ValueError:
            return None
        return values if isinstance(values, list) else None
    return [v.strip() for v in value.split(",")]


def _convert(column: str, value):
    """The stored value an equality filter matches: SQLite turns '2023' into 2023 for an
    INTEGER column; any other text for those columns is left to SQL."""
    if column in INTEGER_COLUMNS:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and _INTEGER.fullmatch(value):
            return int(value)
        return _UNSUPPORTED
    return value if isinstance(value, str) else _UNSUPPORTED


def _value_key(value):
    """SQLite's order for a facet's values: null, then numbers, then text."""
    if value is None:
        return (0, 0, "")
    if isinstance(value, (int, float)):
        return (1, value, "")
    return (2, 0, str(value))


class FacetIndex:
    _loaded: dict[str, tuple[tuple, FacetIndex | None]] = {}
    _locks: dict[str, asyncio.Lock] = {}

    def __init__(self, rowids: array, bitmaps: dict, db=None):
        self.rowids = rowids
        self.rows = len(rowids)
        self.db = db
        self.values: dict[str, dict] = {}
        for (facet, value), bm in bitmaps.items():
            self.values.setdefault(facet, {})[value] = bm
        top = max(rowids) if rowids else 0
        self.position = array("q", [-1]) * (top + 1)   # rowid -> row number
        for i, rowid in enumerate(rowids):
            self.position[rowid] = i
        self._searches: OrderedDict = OrderedDict()
        self._matches: OrderedDict = OrderedDict()
        self._counts: OrderedDict = OrderedDict()
        self.titles: dict[str, dict] = {}   # facets_cube.py: value titles per facet

    # ------------------------------------------------------------------ loading

    @classmethod
    async def for_database(cls, datasette, database: str) -> FacetIndex | None:
        """This process's index of the database's corpus file, loaded at first use."""
        db = datasette.databases.get(database)
        if db is None or not db.path:
            return None
        try:
            st = os.stat(db.path)
        except OSError:
            return None
        identity = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        found = cls._loaded.get(db.path)
        if found and found[0] == identity and (found[1] is None or found[1].db is db):
            return found[1]
        lock = cls._locks.setdefault(db.path, asyncio.Lock())
        async with lock:
            found = cls._loaded.get(db.path)
            if found and found[0] == identity and (found[1] is None or found[1].db is db):
                return found[1]
            index = await db.execute_fn(_read_if_current)   # Datasette's own connection
            if index is not None:
                index = cls(*index, db=db)
            cls._loaded[db.path] = (identity, index)
            return index

    # ------------------------------------------------------------------ filters

    async def filters(self, request) -> Filters | None:
        """The request's filters with the search resolved to row numbers, or None."""
        return await self.resolve(
            parse_filters((k, v) for k in request.args for v in request.args.getlist(k)))

    async def resolve(self, found: Filters | None) -> Filters | None:
        """`found` with its search resolved to row numbers (None: a search SQL must report)."""
        if found is None or found.search is None:
            return found
        rows = await self._search_rows(*found.search)
        if rows is None:
            return None
        return Filters(found.clauses, found.search, rows)

    async def _search_rows(self, words: str, kind: str) -> BitMap | None:
        key = (words, kind)
        if key in self._searches:
            self._searches.move_to_end(key)
            return self._searches[key]
        match = f":{SEARCH}" if kind == "raw" else f"foi_fts_query(:{SEARCH})"
        try:
            # the rowids as one comma-separated text, parsed by numpy: 350,000 matches at 1M
            # took 511 ms as a list of Datasette rows turned into row numbers one by one
            # (and several full garbage collections while that list grew), ~90 ms so
            result = await self.db.execute(
                f"select group_concat(rowid) from {FTS} where {FTS} match {match}",
                {SEARCH: words})
        except Exception:   # bad raw syntax, time limit: SQL reports it as Datasette does
            return None
        rows = self.row_numbers(result.rows[0][0] if result.rows else None)
        self._searches[key] = rows
        if len(self._searches) > _CACHED_SEARCHES:
            self._searches.popitem(last=False)
        return rows

    def row_numbers(self, rowids_text: str | None) -> BitMap:
        """Row numbers of the rows whose rowids `rowids_text` lists ("3,17,5": group_concat's
        form), leaving out rowids the index does not hold."""
        if not rowids_text:
            return BitMap()
        rowids = np.fromstring(rowids_text, dtype=np.int64, sep=",")
        position = np.frombuffer(self.position, dtype=np.int64)
        found = position[rowids[(rowids >= 0) & (rowids < len(position))]]
        return BitMap(array("I", found[found >= 0].astype(np.uint32).tobytes()))

    # ------------------------------------------------------------------ answers

    def matching(self, filters: Filters) -> BitMap | None:
        """Row numbers matching the filters; None means every row (no filter at all)."""
        if not filters.clauses and filters.search is None:
            return None
        key = filters.key()
        if key in self._matches:
            self._matches.move_to_end(key)
            return self._matches[key]
        parts = []
        for facet, values in filters.clauses:
            known = self.values.get(facet, {})
            bms = [known[v] for v in values if v in known]
            parts.append(BitMap.union(*bms) if len(bms) > 1 else
                         (bms[0] if bms else BitMap()))
        if filters.search_rows is not None:
            parts.append(filters.search_rows)
        parts.sort(key=len)   # smallest first: the intersection only shrinks
        found = BitMap.intersection(*parts) if len(parts) > 1 else BitMap(parts[0])
        self._matches[key] = found
        if len(self._matches) > _CACHED_MATCHES:
            self._matches.popitem(last=False)
        return found

    def counts(self, filters: Filters, facets) -> dict:
        """{"total": matching rows, "facets": {facet: [(value, count), ...]}}: every value
        with a non-zero count, count desc then value (as Datasette's SQL orders them).
        Kept for the last _CACHED_MATCHES filters: every page of a search or a filter (its
        `_next` pages too) shows the same counts, ~300 intersections each (callers only read
        the answer)."""
        key = (filters.key(), tuple(facets))
        if key in self._counts:
            self._counts.move_to_end(key)
            return self._counts[key]
        self._counts[key] = answer = self._count(filters, facets)
        if len(self._counts) > _CACHED_MATCHES:
            self._counts.popitem(last=False)
        return answer

    def _count(self, filters: Filters, facets) -> dict:
        found = self.matching(filters)
        out = {}
        for facet in facets:
            values = self.values.get(facet, {})
            if found is None:
                ranked = [(v, len(bm)) for v, bm in values.items()]
            else:
                ranked = [(v, n) for v, bm in values.items()
                          if (n := found.intersection_cardinality(bm))]
            ranked.sort(key=lambda vn: (-vn[1], _value_key(vn[0])))
            out[facet] = ranked
        return {"total": self.rows if found is None else len(found), "facets": out}

    def page(self, filters: Filters, offset: int, size: int) -> list[int]:
        """The rowids of matching rows offset .. offset+size-1 in the default order."""
        found = self.matching(filters)
        if found is None:
            return list(self.rowids[offset:offset + size])
        return [self.rowids[i] for i in found[offset:offset + size]]

    def has_facets(self, facets) -> bool:
        return all(f in COLUMNS or f in ARRAYS for f in facets)


def _read_if_current(conn):
    """The stored index when it covers exactly the table's rows (an index left behind by an
    interrupted build would not), else None."""
    if not has_facet_index(conn):
        return None
    rowids, bitmaps = read_facet_index(conn)
    n = conn.execute(f"select count(*) from {TABLE}").fetchone()[0]
    if n != len(rowids):
        return None
    return rowids, bitmaps


__all__ = ["FacetIndex", "Filters", "parse_filters", "BITMAPS", "ROWS"]
