"""The filtered responses table's rows and total, answered from the facet index.

Datasette 0.65 filters `topics__arraycontains=x` with `:p0 in (select value from
json_each("responses"."topics"))`, a JSON parse per row: its rows query (`... order by
date_order desc limit 51`) and its `count(*)` read every row of the table (0.4-1.4 s at 100k
responses, seconds at 1M), and a filter matching most rows (`ncnd=0`) sorts them all. The facet
index (facet_index.py) already knows the matching rows as a bitmap of row numbers in the
default order, so:

- the rows query becomes `select <the same columns> from responses where rowid in (<the page's
  rowids>) order by date_order desc limit N`: the same rows (the index's page is the newest
  matches, tested equal to SQL's order), read by rowid;
- the count query becomes `select <the bitmap's cardinality>`;
- a later page (`date_order < :_before`, keyset_paging.py) starts after the matches whose row
  number comes before the first row older than the token (one index seek).

The request is not consulted: the SQL Datasette built is read back into filters, and only a
conjunction of clauses whose meaning is known exactly is rewritten (Datasette's `=`, `in` and
`arraycontains` filters on the index's columns, table_search.py's `_q` clause, the `_before`
clause); anything else (`_where`, other operators, other orders) runs as Datasette wrote it.
A search alone is answered the same way: its match list is read once into the index's cached
bitmap (the facet counts need it anyway), where SQL would read it again for the rows and again
for the count. The page shows Datasette's SQL.

Installed on the corpus's `execute` by datasette_compat.py (a speed path: with
FOI_SPEED_PATHS=0 Datasette runs its own queries and the pages are the same).
"""
from __future__ import annotations

import json
import re

from archive.corpus_schema import DATE_ORDER_COLUMN, DB_NAME, FTS_TABLE, RESPONSES
from datasette_plugins.facet_index import FacetIndex, parse_filters

TABLE, FTS, ORDER = re.escape(RESPONSES), re.escape(FTS_TABLE), re.escape(DATE_ORDER_COLUMN)
# (columns only: a computed or aggregate select list would not mean the same on a page of rows)
_COLUMN = r'(?:\w+|\[\w+\]|"\w+")'
_ROWS = re.compile(rf"select (?P<cols>{_COLUMN}(?:, {_COLUMN})*) from {TABLE} where "
                   rf"(?P<where>.+?) order by {ORDER} desc limit (?P<limit>\d+)")
_COUNT = re.compile(rf"select count\(\*\) from {TABLE} where (?P<where>.+?) ")
# Datasette's filters.py templates, and table_search / keyset_paging's clauses
_NAME = r'(?:"(?P<{0}>\w+)"|\[(?P<{0}_b>\w+)\]|(?P<{0}_p>\w+))'
_EXACT = re.compile(_NAME.format("c") + r" = :(?P<p>p\d+)")
_IN = re.compile(_NAME.format("c") + r" in \((?P<ps>:p\d+(?:, :p\d+)*)\)")
_ARRAY = re.compile(rf':(?P<p>p\d+) in \(select value from json_each\("{TABLE}"\.'
                    r'"(?P<c>\w+)"\)\)')
_SEARCH = re.compile(rf"\+?rowid in \(select rowid from {FTS} where {FTS} match "
                     r"(?P<match>foi_fts_query\(:_q\)|:_q)\)")
BEFORE = f"{DATE_ORDER_COLUMN} < :_before"
# table_search.py's test of how common a search's words are (a count capped at `limit`)
_CAPPED = re.compile(rf"select count\(\*\) from \(select rowid from {FTS} where {FTS} match "
                     r"(?P<match>foi_fts_query\(:_q\)|:_q) limit (?P<limit>\d+)\)")
_CONSTANT = re.compile(r"select (\d+)")


def constant(sql: str) -> int | None:
    """N for the `select N` a count rewrite returns (datasette_compat answers it in place)."""
    m = _CONSTANT.fullmatch(sql)
    return int(m[1]) if m else None


def _column(m: re.Match) -> str:
    return m["c"] or m.groupdict().get("c_b") or m.groupdict().get("c_p")


def read_where(where: str, params: dict) -> tuple[list, str | None] | None:
    """(query-string pairs meaning the same rows, the `_before` value) for a where clause made
    only of clauses known here, else None."""
    pairs, before = [], None

    def value(name):
        v = params.get(name)
        return v if isinstance(v, str) else None

    for clause in where.split(" and "):
        if clause == BEFORE and before is None:
            before = value("_before")
            if before is None:
                return None
        elif m := _EXACT.fullmatch(clause):
            pairs.append((_column(m), value(m["p"])))
        elif m := _IN.fullmatch(clause):
            values = [value(p[1:]) for p in m["ps"].split(", ")]
            if None in values:
                return None
            pairs.append((f"{_column(m)}__in", json.dumps(values)))
        elif m := _ARRAY.fullmatch(clause):
            pairs.append((f"{m['c']}__arraycontains", value(m["p"])))
        elif m := _SEARCH.fullmatch(clause):
            words = value("_q")
            if words is None or not words.strip():   # (parse_filters ignores a blank search)
                return None
            pairs.append(("_q", words))
            if m["match"] == ":_q":
                pairs.append(("_searchmode", "raw"))
        else:
            return None
    if any(v is None for _, v in pairs):
        return None
    return pairs, before


class IndexedRows:
    """Rewrites the corpus's filtered rows and count queries of `responses` to read the facet
    index's answer (`run_sql`: the corpus's execute, for the `_before` seek)."""

    def __init__(self, datasette, run_sql, database: str = DB_NAME):
        self.ds, self.run_sql, self.database = datasette, run_sql, database

    async def rewrite(self, sql: str, params) -> str | None:
        """The SQL to run instead of `sql`, or None to run it as it is."""
        if not isinstance(params, dict) or not sql.startswith("select "):
            return None
        if capped := _CAPPED.fullmatch(sql):
            return await self._capped_count(capped, params)
        rows = _ROWS.fullmatch(sql)
        count = None if rows else _COUNT.fullmatch(sql)
        found = rows or count
        if not found:
            return None
        read = read_where(found["where"], params)
        if read is None:
            return None
        pairs, before = read
        filters = parse_filters(pairs)
        if filters is None or (not filters.clauses and filters.search is None):
            return None   # unknown filters, or none
        index = await FacetIndex.for_database(self.ds, self.database)
        if index is None:
            return None
        filters = await index.resolve(filters)
        if filters is None:
            return None
        matching = index.matching(filters)
        start = 0 if before is None else await self._start(index, matching, before)
        if count:
            return f"select {len(matching) - start}"
        limit = int(rows["limit"])
        rowids = ", ".join(str(index.rowids[i]) for i in matching[start:start + limit])
        return (f"select {rows['cols']} from {RESPONSES} where rowid in ({rowids}) "
                f"order by {DATE_ORDER_COLUMN} desc limit {limit}")

    async def _capped_count(self, m: re.Match, params: dict) -> str | None:
        """The capped count of a search's matches from the search's bitmap, which the page's
        rows and facet counts read anyway (each full-text row is a response)."""
        words = params.get("_q")
        if not isinstance(words, str) or not words.strip():
            return None
        index = await FacetIndex.for_database(self.ds, self.database)
        if index is None:
            return None
        found = await index.resolve(parse_filters(
            [("_q", words)] + ([("_searchmode", "raw")] if m["match"] == ":_q" else [])))
        if found is None or found.search_rows is None:
            return None
        return f"select {min(len(found.search_rows), int(m['limit']))}"

    async def _start(self, index, matching, before: str) -> int:
        """How many matches come before the first row older than `before` (date_order is
        unique and row numbers follow it descending)."""
        first = await self.run_sql(
            f"select rowid from {RESPONSES} where {DATE_ORDER_COLUMN} < :_before "
            f"order by {DATE_ORDER_COLUMN} desc limit 1", {"_before": before})
        if not first.rows:
            return len(matching)
        position = index.position[first.rows[0][0]]
        return matching.rank(position - 1) if position > 0 else 0
