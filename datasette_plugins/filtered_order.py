"""The responses table filtered by force and year, newest first, read in index order.

For `?force=F&year=Y` Datasette asks for `... where "force" = :p0 and "year" = :p1 order by
date_order desc limit 51`. No index holds date_order after (force, year), so SQLite reads every
matching row to sort it, and date_order is the row's last column, behind the long text columns
and their overflow pages: ~60 ms for the 15,000 rows of the biggest cell at 1M responses.

date_order is `published + " " + id` (`archive.corpus_schema.date_order`). Among rows whose
`published` has one fixed length (ISO dates), date_order desc is the same order as
`published desc, date_order desc`, which the build's (force, year, published) index serves:
only the rows of the last dates on the page are read. The other rows (no published date, or an
unusual one) are few and sorted as before. The newest rows of both groups, merged by
date_order, are exactly the page Datasette's query returns (date_order is unique).

The rewrite happens where the SQL is executed, so the page still shows Datasette's SQL.
"""
from __future__ import annotations

import re

from archive.corpus_schema import (
    FORCE_YEAR_PUBLISHED_COLUMNS,
    FORCE_YEAR_PUBLISHED_INDEX,
    RESPONSES,
)

TABLE, INDEX = RESPONSES, FORCE_YEAR_PUBLISHED_INDEX
INDEX_COLUMNS = list(FORCE_YEAR_PUBLISHED_COLUMNS)
DATE_LENGTH = 10   # ISO dates: the length of `published` the index order can be trusted for
_ROWS = re.compile(rf"select (?P<cols>.+?) from {TABLE} where (?P<where>.+?) "
                   r"order by date_order desc limit (?P<limit>\d+)")
_CELL = re.compile(r'"(?P<column>force|year)" = :p\d+')
BEFORE = "date_order < :_before"   # keyset_paging's later pages


def rewrite_rows_sql(sql: str) -> str | None:
    """The index-ordered form of a force + year rows query, or None to run `sql` as it is."""
    found = _ROWS.fullmatch(sql)
    if not found:
        return None
    clauses = found["where"].split(" and ")
    cells = [m["column"] for m in map(_CELL.fullmatch, clauses) if m]
    others = [c for c in clauses if not _CELL.fullmatch(c)]
    if sorted(cells) != ["force", "year"] or others not in ([], [BEFORE]):
        return None
    where, limit = found["where"], found["limit"]
    # (a date_order below V needs a published date no later than V's first characters)
    dated_before = f" and published <= substr(:_before, 1, {DATE_LENGTH})" if others else ""
    dated = (f"select rowid from {TABLE} indexed by {INDEX} where {where} "
             f"and length(published) = {DATE_LENGTH}{dated_before} "
             f"order by published desc, date_order desc limit {limit}")
    undated = (f"select rowid from {TABLE} indexed by {INDEX} where {where} "
               f"and (published is null or length(published) != {DATE_LENGTH}) "
               f"order by date_order desc limit {limit}")
    return (f"select {found['cols']} from {TABLE} where rowid in "
            f"(select rowid from ({dated}) union all select rowid from ({undated})) "
            f"order by date_order desc limit {limit}")


class ForceYearOrder:
    """Rewrites the corpus's force + year rows queries to read through the published index
    (when the corpus has that index: checked once, at the first such query). Installed on the
    corpus's `execute` by datasette_compat.py."""

    def __init__(self, execute):
        self.run_sql = execute
        self.has_index: list[bool] = []

    async def rewrite(self, sql: str) -> str:
        new = rewrite_rows_sql(sql)
        if new is None:
            return sql
        if not self.has_index:
            columns = await self.run_sql(f"select name from pragma_index_info('{INDEX}') "
                                         "order by seqno")
            self.has_index.append([r[0] for r in columns.rows] == INDEX_COLUMNS)
        return new if self.has_index[0] else sql
