"""Default-order paging of `responses` that an index can serve, at any depth.

The table's default order is `date_order desc`, a unique column. For `?_next=V,ID` Datasette
0.65 writes `date_order < V or date_order is null or (date_order = V and id > ID)`, and SQLite
answers that OR with three index searches whose union it then sorts: every page after the
first reads and sorts all the older rows (~0.8 s at 100k rows). Because date_order is unique
(and never null: `archive.corpus_schema.date_order`), `date_order < V` alone selects exactly
the same rows, and it is one index range read in order.

So an ASGI wrapper turns such a request into the first-page request plus a hidden `_before=V`
argument, and `filters_from_request` turns `_before` into `date_order < :_before`. The `_next`
tokens handed out stay Datasette's own, so clients page exactly as before. `_before` is only
ever set from `_next`: one sent by a client is dropped.

Datasette would count the rows left after `_before` (the count of a page 2+ means the whole
filtered table in stock Datasette, and counting the rest costs an index scan per page), so
these pages are served with `_nocount=1`: `filtered_table_rows_count` is null after page 1.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from datasette.filters import FilterArguments
from datasette.utils import urlsafe_components

from archive.corpus_schema import DATE_ORDER_COLUMN, DB_NAME, RESPONSES
from datasette_plugins import table_search

TABLE, SORT_COLUMN = RESPONSES, DATE_ORDER_COLUMN
PARAM = "_before"
_TABLE_PATH = re.compile(rf"^/{DB_NAME}/{TABLE}(\.[a-z]+)?$")


def rewrite_query(query: str) -> str | None:
    """The query string to serve instead of `query`, or None to leave it alone."""
    pairs = parse_qsl(query, keep_blank_values=True)
    keys = [k for k, _ in pairs]
    dropped = [(k, v) for k, v in pairs if k != PARAM]
    nexts = [v for k, v in pairs if k == "_next"]
    sort_desc = [v for k, v in pairs if k == "_sort_desc"]
    default_order = "_sort" not in keys and sort_desc in ([], [SORT_COLUMN])
    if len(nexts) != 1 or not default_order:
        return urlencode(dropped) if PARAM in keys else None
    token = nexts[0]
    parts = urlsafe_components(token)
    if len(parts) != 2 or token.split(",")[0] == "$null":
        return urlencode(dropped) if PARAM in keys else None
    rest = [(k, v) for k, v in dropped if k != "_next"]
    if "_nocount" not in keys:
        rest.append(("_nocount", "1"))
    return urlencode(rest + [(PARAM, parts[0])])


def keep_sort_column(query: str) -> str | None:
    """Datasette 0.65 answers 500 (KeyError) when the sort column is left out by `_col` or
    `_nocol` (it reads the next-page token from the row). Keep the sort column selected."""
    pairs = parse_qsl(query, keep_blank_values=True)
    keys = {k for k, _ in pairs}
    if not keys & {"_col", "_nocol"}:
        return None
    sort = next((v for k, v in pairs if k in ("_sort", "_sort_desc")), SORT_COLUMN)
    cols = [v for k, v in pairs if k == "_col"]
    new = [(k, v) for k, v in pairs if not (k == "_nocol" and v == sort)]
    if cols and sort not in cols:
        new.append(("_col", sort))
    return urlencode(new) if new != pairs else None


def with_keyset_paging(app):
    """Also applies table_search's `_search` -> `_q` rewrite (one wrapper, one parse)."""
    async def wrapped(scope, receive, send):
        if scope["type"] == "http" and _TABLE_PATH.match(scope.get("path", "")):
            query = (scope.get("query_string") or b"").decode("latin-1")
            for rewrite in (table_search.rewrite_query, rewrite_query, keep_sort_column):
                new = rewrite(query) if query else None
                if new is not None:
                    query = new
                    scope = {**scope, "query_string": new.encode("latin-1")}
        return await app(scope, receive, send)

    return wrapped


def before_filter(request, database, table, datasette):
    """FilterArguments for `_before` on the responses table, or None."""
    if database != DB_NAME or table != TABLE:
        return None
    before = request.args.get(PARAM)
    if before is None:
        return None
    return FilterArguments([f"{SORT_COLUMN} < :{PARAM}"], params={PARAM: before})
