"""Facets read from counts precomputed at build time (`facet_counts`, per force and year).

Stock facets group the whole filtered table on every request: seconds at a million responses,
and Datasette then cuts them off. The corpus is immutable, so the build writes each facet's
counts per (force, year) cell and these facet types sum the matching cells when the page's
filters are only exact `force` / `year` values (the browsing paths: all responses, one force,
one year, both). Any other filter or search falls back to the stock computation.

Any other filter or search on `responses` is counted over a bounded sample instead: the newest
SAMPLE_ROWS matching rows (by rowid, which is publication order), counted by one SQL statement
per request for every facet, from the build's narrow `serving_facet_rows` when present. Counts are exact up to SAMPLE_ROWS matches; past that each facet carries
`"sample": SAMPLE_ROWS` and the page says so. Stock facets over a common search word grouped
every match seven times (~3 s per page at 100k responses).

Configured in metadata as `- cube: force` and `- cube_array: topics`; results keep the stock
shapes (`type` is reported as `column` / `array`), so the JSON API does not change beyond the
optional `sample` key.
"""
from __future__ import annotations

import asyncio
from collections import Counter
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet, ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from datasette_plugins.table_search import FTS, INDEX_SCAN_MATCH_LIST, MATCH_LIST, SEARCH_MATCH

# Query-string keys that do not narrow the rows (paging, sorting, shape, facet choice).
_NEUTRAL = {"_size", "_next", "_sort", "_sort_desc", "_shape", "_labels", "_nofacet",
            "_nocount", "_facet", "_facet_array", "_facet_cube", "_facet_cube_array",
            "_facet_size", "_col", "_nocol", "_trace", "_json", "_stream", "_dl",
            "_extra", "_fts_table", "_fts_pk",
           "_before"}  # keyset_paging: a later page of the same rows
CELL_FILTERS = ("force", "year")
SAMPLE_ROWS = 2000
_FROM = " from responses "   # how Datasette's facet SQL names the table (no brackets needed)
FACET_ROWS = "serving_facet_rows"   # written by archive/corpus_serving.py
# Array facets whose values are shown by their title from a table: (table, key, title).
VALUE_TITLES = {"exemption_families": ("exemption_families", "family", "title")}


def _cell_filters(pairs: list[tuple[str, str]]) -> dict[str, str] | None:
    """{force?, year?} when the request only filters on those (exactly once each), else None."""
    found: dict[str, str] = {}
    for key, value in pairs:
        if key in _NEUTRAL:
            continue
        name = key[:-len("__exact")] if key.endswith("__exact") else key
        if name not in CELL_FILTERS or name in found:
            return None
        found[name] = value
    if "year" in found and not found["year"].lstrip("-").isdigit():
        return None
    return found


def _value_key(value):
    """SQLite's order for a facet's values: null, then numbers, then text."""
    if value is None:
        return (0, 0, "")
    if isinstance(value, (int, float)):
        return (1, value, "")
    return (2, 0, str(value))


class _CubeMixin:
    stock_type = ""

    async def _counts(self, column: str, cells: dict[str, str], limit: int):
        """The top `limit` values of `column` in the cells, from one query per request that
        reads every configured cube facet at once (a trip to the SQL thread pool each facet
        was what kept a table page waiting under load)."""
        configured = [v for f in (self.metadata or {}).get("facets") or []
                      if isinstance(f, dict) for k, v in f.items() if k.startswith("cube")]
        facets = tuple(sorted(set(configured) | {column}))
        cache = self.request.__dict__.setdefault("_foi_cube_counts", {})
        key = (facets, tuple(sorted(cells.items())))
        if key not in cache:
            cache[key] = asyncio.ensure_future(self._read_counts(facets, cells))
        return (await cache[key]).get(column, [])[:limit]

    async def _read_counts(self, facets: tuple[str, ...], cells: dict[str, str]) -> dict:
        marks = ", ".join("?" for _ in facets)
        if not cells:  # whole table: the build's per-facet totals
            sql = f"select facet, value, n as count from facet_totals where facet in ({marks})"
            params = list(facets)
        else:
            where = [f"facet in ({marks})"] + [f"{name} = ?" for name in cells]
            params = list(facets) + [int(v) if name == "year" else v
                                     for name, v in cells.items()]
            sql = (f"select facet, value, sum(n) as count from facet_counts "
                   f"where {' and '.join(where)} group by facet, value")
        by_facet: dict[str, list[dict]] = {}
        for row in (await self.ds.execute(self.database, sql, params)).rows:
            by_facet.setdefault(row["facet"], []).append(
                {"value": row["value"], "count": row["count"]})
        for rows in by_facet.values():   # as SQL would: count desc, then value
            rows.sort(key=lambda r: (-r["count"], _value_key(r["value"])))
        return by_facet

    async def _available(self) -> bool:
        if self.table != "responses":
            return False
        db = self.ds.get_database(self.database)
        return {"facet_counts", "facet_totals"} <= set(await _table_names(db))

    async def _sample(self, columns: list[str]):
        """{column: Counter} over the newest SAMPLE_ROWS rows of this page's filtered rows,
        the number of rows counted, and whether there were more; None when not possible."""
        if self.table != "responses" or not self.sql.startswith("select ") or _FROM not in self.sql:
            return None
        db = self.ds.get_database(self.database)
        known = set(await _table_columns(db, "responses"))
        if not set(columns) <= known:
            return None
        # One query per request for every facet type: the metadata's facet columns counted too.
        kinds = {"column": set(), "array": set()}
        for f in (self.metadata or {}).get("facets") or []:
            for kind, column in (f.items() if isinstance(f, dict) else [("cube", f)]):
                if column in known and kind in ("cube", "cube_array"):
                    kinds["array" if kind == "cube_array" else "column"].add(column)
        kinds[self.stock_type] |= set(columns)
        wanted = (tuple(sorted(kinds["column"])), tuple(sorted(kinds["array"])))
        cache = self.request.__dict__.setdefault("_foi_facet_samples", {})
        key = (self.sql, wanted)
        if key not in cache:
            cache[key] = asyncio.ensure_future(self._sample_counts(*wanted))
        counted, rows, more = await cache[key]
        prefix = "a:" if self.stock_type == "array" else "c:"
        return {c: counted.get(prefix + c, Counter()) for c in columns}, rows, more

    async def _sample_counts(self, column_facets: tuple[str, ...], array_facets: tuple[str, ...]):
        """Every facet's counts over the sample in one SQL statement (SQLite groups the rows
        instead of Python decoding each row's JSON arrays once per facet type)."""
        where = self.sql.split(_FROM, 1)[1].strip()
        search_only = [f"where {form}{SEARCH_MATCH})" for form in (MATCH_LIST,
                                                                  INDEX_SCAN_MATCH_LIST)]
        if where in search_only:
            # search is the only filter: the full-text index lists its newest rowids itself
            newest = (f"select rowid from {FTS} where {FTS} match {SEARCH_MATCH} "
                      f"order by rowid desc")
        else:
            # (a search written for a date-index scan is driven by its match list here)
            newest = (f"select rowid from responses "
                      f"{where.replace(INDEX_SCAN_MATCH_LIST, MATCH_LIST)} order by rowid desc")
        names = sorted(set(column_facets) | set(array_facets))
        cols = "".join(f", {escape_sqlite(c)}" for c in names)
        source, key = "responses", "rowid"
        if await self._facet_rows_cover(names):
            source, key = FACET_ROWS, "response_rowid"
        parts = ["select 'n', null, count(*) from found"]
        parts += [f"select 'c:' || {_quote(c)}, {escape_sqlite(c)}, count(*) from sample "
                  f"where {escape_sqlite(c)} is not null group by 2" for c in column_facets]
        # as json.loads + str() per row did: scalar items of a JSON array, once per row
        parts += [f"select 'a:' || {_quote(c)}, case j.type when 'true' then 'True' "
                  f"when 'false' then 'False' when 'null' then 'None' "
                  f"else cast(j.value as text) end, count(distinct sample.r) "
                  f"from sample, json_each(case when json_valid({escape_sqlite(c)}) and "
                  f"json_type({escape_sqlite(c)}) = 'array' then {escape_sqlite(c)} "
                  f"else '[]' end) j where j.type not in ('object', 'array') group by 2"
                  for c in array_facets]
        sql = (f"with found as materialized (select {key} as r{cols} from {source} "
               f"where {key} in ({newest} limit {SAMPLE_ROWS + 1})), "
               # found holds at most one row too many, the oldest: drop it without a sort
               f"sample as materialized (select * from found where (select count(*) from found) "
               f"<= {SAMPLE_ROWS} or r > (select min(r) from found)) "
               + " union all ".join(parts))
        rows = (await self.ds.execute(
            self.database, sql, self.params, truncate=False,
            custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
        counted: dict[str, Counter] = {}
        found = 0
        for facet, value, count in rows:
            if facet == "n":
                found = count
            else:
                counted.setdefault(facet, Counter())[value] = count
        return counted, min(found, SAMPLE_ROWS), found > SAMPLE_ROWS

    async def _facet_rows_cover(self, names: list[str]) -> bool:
        """Whether the build's narrow facet table (archive/corpus_serving.py) holds these
        columns for every response (its row count is taken at startup, like the table's)."""
        db = self.ds.get_database(self.database)
        if FACET_ROWS not in await _table_names(db):
            return False
        counts = (self.ds.inspect_data or {}).get(self.database, {}).get("tables", {})
        rows, wanted = counts.get(FACET_ROWS), counts.get("responses")
        return (rows is not None and rows == wanted
                and set(names) <= set(await _table_columns(db, FACET_ROWS)))

    async def _titles(self, column: str) -> dict:
        """value -> title for an array column whose values a small table names (the exemption
        families under their Act: `FOISA s38 Personal information`)."""
        db = self.ds.get_database(self.database)
        table, key, title = VALUE_TITLES[column]
        cache = db.__dict__.setdefault("_foi_schema_cache", {})
        if ("titles", column) not in cache or db.is_mutable:
            titles = {}
            if table in await _table_names(db):
                rows = await db.execute(f"select {key}, {title} from {table}")
                titles = {r[0]: r[1] for r in rows.rows}
            cache[("titles", column)] = titles
        return cache[("titles", column)]

    def _toggle(self, key: str, value, selected: bool) -> str:
        """Datasette's path_with_removed_args / path_with_added_args for one facet value,
        with the page's query string parsed once per request instead of once per value."""
        if value is None:   # (the stock helpers treat None specially)
            path = (path_with_removed_args(self.request, {key: str(value)}) if selected
                    else path_with_added_args(self.request, {key: value}))
            return self.ds.absolute_url(self.request, self.ds.urls.path(path))
        current = self.request.__dict__.get("_foi_query_pairs")
        if current is None:
            current = parse_qsl(self.request.query_string)
            self.request.__dict__["_foi_query_pairs"] = current
            self.request.__dict__["_foi_query_encoded"] = urlencode(current)
        if selected:
            query = urlencode([(k, v) for k, v in current if not (k == key and v == str(value))])
        else:
            query = "&".join(q for q in (self.request.__dict__["_foi_query_encoded"],
                                         urlencode([(key, value)])) if q)
        path = self.request.path + (f"?{query}" if query else "")
        return self.ds.absolute_url(self.request, self.ds.urls.path(path))

    async def facet_results(self):
        pairs = self.get_querystring_pairs()
        cells = _cell_filters(pairs)
        configs = self.get_configs()
        columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
        sample = None
        if cells is None or not await self._available():
            try:
                sample = await self._sample(columns)
            except QueryInterrupted:
                return [], columns
            if sample is None:
                results, timed_out = await super().facet_results()
                for r in results:
                    r["type"] = self.stock_type
                return results, timed_out
        size = self.get_facet_size()
        results = []
        for source_and_config, column in zip(configs, columns, strict=True):
            source = source_and_config["source"]
            if sample is None:
                rows = await self._counts(column, cells, size + 1)
            else:
                ranked = sorted(sample[0][column].items(), key=lambda kv: (-kv[1], str(kv[0])))
                rows = [{"value": v, "count": n} for v, n in ranked[:size + 1]]
            values = []
            labels = {}
            if self.stock_type == "column":
                labels = await self.ds.expand_foreign_keys(
                    self.database, self.table, column, [r["value"] for r in rows[:size]])
            elif column in VALUE_TITLES:
                labels = {(column, v): t for v, t in (await self._titles(column)).items()}
            for row in rows[:size]:
                if self.stock_type == "array":
                    key, value = f"{column}__arraycontains", str(row["value"])
                else:
                    key = f"{column}__exact" if column.startswith("_") else column
                    value = row["value"]
                selected = (key, str(value)) in pairs
                values.append({"value": value, "label": labels.get((column, value), value),
                               "count": row["count"], "selected": selected,
                               "toggle_url": self._toggle(key, value, selected)})
            remove = "_facet_array" if self.stock_type == "array" else "_facet"
            result = {
                "name": column, "type": self.stock_type, "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request,
                                                                       {remove: column})),
                "results": values, "truncated": len(rows) > size}
            if sample is not None and sample[2]:
                result["sample"] = sample[1]   # counted over the newest N matching rows only
            results.append(result)
        return results, []


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# The corpus is immutable while served: its table names and columns are read once per
# Database object (instead of one SQL call per facet type per request).
async def _table_names(db) -> list[str]:
    if db.is_mutable:
        return await db.table_names()
    cache = db.__dict__.setdefault("_foi_schema_cache", {})
    if "names" not in cache:
        cache["names"] = await db.table_names()
    return cache["names"]


async def _table_columns(db, table: str) -> list[str]:
    if db.is_mutable:
        return await db.table_columns(table)
    cache = db.__dict__.setdefault("_foi_schema_cache", {})
    if table not in cache:
        cache[table] = await db.table_columns(table)
    return cache[table]


class CubeFacet(_CubeMixin, ColumnFacet):
    type = "cube"
    stock_type = "column"

    async def suggest(self):
        return []


class CubeArrayFacet(_CubeMixin, ArrayFacet):
    type = "cube_array"
    stock_type = "array"

    async def suggest(self):
        return []


@hookimpl
def register_facet_classes():
    return [CubeFacet, CubeArrayFacet]
