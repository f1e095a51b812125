"""The JSON API's paging URLs of the responses table, answered without Datasette's table view.

Datasette's table view spends ~8-10 ms of Python per JSON page (plugin hooks, facet set-up,
permission checks, label expansion) before and after its one SQL query: under 8 clients on 2
cores that alone is ~70 ms at p95. The API docs send researchers through exactly one kind of
URL, `/foi/responses.json` with `_size`, `_sort=id` or the default order, `_next` and a
`_shape`, all with `_nofacet`, so those are answered here with the same query and the same
JSON values, built with Datasette's own helpers (keyset clause, tokens, next URL) and written
by orjson (`dumps` below).
`query_ms` measures this path, as Datasette's measures its own.

Anything else (filters, facets, labels, other columns or sorts, `_size` at the row limit,
a cookie or Authorization header that could change permissions) goes to Datasette unchanged.
tests/site/test_json_fast.py compares the two over many URLs.
"""
from __future__ import annotations

import base64
import sqlite3
import time
from itertools import chain
from urllib.parse import parse_qsl

import orjson
from datasette.utils import (
    compound_keys_after_sql,
    escape_sqlite,
    path_from_row_pks,
    path_with_replaced_args,
    remove_infinites,
    tilde_encode,
    urlsafe_components,
)
from datasette.utils.asgi import Request, Response

from archive.corpus_schema import DATE_ORDER_COLUMN, DB_NAME, RESPONSES
from datasette_plugins.page_cache import RECORDING

TABLE, PATH = RESPONSES, f"/{DB_NAME}/{RESPONSES}.json"
DEFAULT_SORT_DESC = DATE_ORDER_COLUMN   # metadata `sort_desc` of the table
KEYS = {"_size", "_nofacet", "_nocount", "_sort", "_sort_desc", "_next", "_shape", "_before"}
SHAPES = {"arrays", "objects", "array"}


def plan(query: str) -> dict | None:
    """The request's arguments when this path can answer it, else None."""
    pairs = parse_qsl(query, keep_blank_values=True)
    args = dict(pairs)
    if len(args) != len(pairs) or not set(args) <= KEYS:
        return None
    shape = args.get("_shape", "arrays")
    if shape not in SHAPES or not (args.get("_nofacet") or shape == "array"):
        return None
    sort, sort_desc = args.get("_sort"), args.get("_sort_desc")
    if sort_desc is not None and sort_desc != DEFAULT_SORT_DESC:
        return None
    if sort is not None and (sort != "id" or sort_desc is not None):
        return None
    if not sort and not sort_desc:
        sort_desc = DEFAULT_SORT_DESC
    if "_before" in args and (sort or "_next" in args):
        return None   # _before only ever stands for a default-order _next (keyset_paging)
    if sort_desc and "_next" in args:
        return None
    size = args.get("_size", "")
    if size and not (size.isdigit() and size.isascii()):
        return None
    return {"args": args, "shape": shape, "sort": sort, "sort_desc": sort_desc,
            "size": int(size) if size else None}


class FastJson:
    """Only anonymous requests come here (no cookie, no Authorization: see with_fast_json) and
    the corpus file is immutable while served, so the table's schema and the anonymous
    visitor's permissions are read once per process: Datasette's permission checks deep-copy
    the metadata on every call (~1 ms of a ~4 ms page)."""

    def __init__(self, datasette):
        self.ds = datasette
        self._schema = None
        self._permissions = None
        self._conn = None

    async def schema(self):
        if self._schema is None:
            self._schema = await self._read_schema()
        return self._schema

    async def permissions(self) -> tuple[bool, bool]:
        """(private, allow_execute_sql) for the anonymous visitor."""
        if self._permissions is None:
            ds = self.ds
            _, private = await ds.check_visibility(
                None, permissions=[("view-table", (DB_NAME, TABLE)),
                                   ("view-database", DB_NAME), "view-instance"])
            allow_sql = await ds.permission_allowed(None, "execute-sql", DB_NAME, default=True)
            self._permissions = (private, allow_sql)
        return self._permissions

    def page_rows(self, db, sql: str, params: dict) -> list:
        """The page's rows, read on this thread from the process's own read-only connection.

        The query is a walk of at most max_returned_rows entries of an index (the primary key
        or date_order), ~0.5 ms; sending it to Datasette's SQL threads cost about as much
        again in hand-offs and its per-value Python text decoding. Text that is not UTF-8
        raises here (Datasette's connections would decode it with replacement characters):
        the request then goes to Datasette."""
        if self._conn is None:
            self._conn = db.connect()
            self._conn.row_factory = sqlite3.Row
        return self._conn.execute(sql, params).fetchall()

    async def _read_schema(self):
        db = self.ds.get_database(DB_NAME)
        columns = await db.table_columns(TABLE)
        pks = await db.primary_keys(TABLE)
        expandable = []
        for fk in await db.foreign_keys_for_table(TABLE):
            label = await db.label_column_for_table(fk["other_table"])
            expandable.append((fk, label))
        return db, columns, pks, expandable

    async def respond(self, scope, receive, send, p: dict) -> bool:
        start = time.perf_counter()
        ds = self.ds
        page_size = p["size"] if p["size"] is not None else ds.page_size
        if not 0 < page_size < ds.max_returned_rows:
            return False   # Datasette's own answers (row-limit edge cases) stay its own
        db, columns, pks, expandable = await self.schema()
        if len(pks) != 1:
            return False
        args, sort, sort_desc = p["args"], p["sort"], p["sort_desc"]
        where, params = [], {}
        if "_before" in args:
            where.append(f"{DEFAULT_SORT_DESC} < :_before")
            params["_before"] = args["_before"]
        nocount = bool(args.get("_nocount")) or p["shape"] in ("array", "object")
        from_sql = f"from {escape_sqlite(TABLE)} " + (
            f"where {' and '.join(where)} " if where else "")
        count_sql = f"select count(*) {from_sql}"
        from_params = dict(params)
        order_by = escape_sqlite(sort) if sort else f"{escape_sqlite(sort_desc)} desc"
        if args.get("_next"):   # _sort=id only (see plan)
            order_by = self._after_token(args["_next"], sort, pks, where, params, order_by)
            if order_by is None:
                return False   # a token Datasette would answer with an error
        where_sql = f"where {' and '.join(where)} " if where else ""
        select = ", ".join(escape_sqlite(c) for c in columns)
        sql = (f"select {select} from {escape_sqlite(TABLE)} {where_sql}order by {order_by} "
               f"limit {page_size + 1}")
        try:
            rows = self.page_rows(db, sql, params)
            count = None
            if count_sql == f"select count(*) from {TABLE} ":
                count = ds.inspect_data[DB_NAME]["tables"][TABLE]["count"]
            elif not nocount:
                count = (await db.execute(count_sql, from_params)).rows[0][0]
        except Exception:   # a bad value or the time limit: Datasette reports it its own way
            return False
        request = Request(scope, receive)
        next_value = next_url = None
        if page_size < len(rows):
            key = sort or sort_desc
            prefix = rows[-2][key]
            prefix = "$null" if prefix is None else tilde_encode(str(prefix))
            next_value = f"{prefix},{path_from_row_pks(rows[-2], pks, False)}"
            added = {"_next": next_value, **({"_sort": sort} if sort else
                                             {"_sort_desc": sort_desc})}
            next_url = ds.absolute_url(request, ds.urls.path(
                path_with_replaced_args(request, added)))
            rows = rows[:page_size]
        private, allow_sql = await self.permissions()
        data = {
            "database": DB_NAME, "table": TABLE, "is_view": False,
            "human_description_en": f"sorted by {key_label(sort, sort_desc)}",
            "rows": rows, "truncated": False,   # the limit is below max_returned_rows
            "filtered_table_rows_count": count, "expanded_columns": [],
            "expandable_columns": expandable, "columns": columns, "primary_keys": pks,
            "units": ds.table_metadata(DB_NAME, TABLE).get("units", {}),
            "query": {"sql": sql, "params": params}, "facet_results": {},
            "suggested_facets": [], "next": next_value, "next_url": next_url,
            "private": private,
            "allow_execute_sql": allow_sql,
        }
        data["query_ms"] = (time.perf_counter() - start) * 1000
        for meta in ("source", "source_url", "license", "license_url"):
            value = ds.metadata(meta)
            if value:
                data[meta] = value
        # remove_infinites runs a generator per value of every row (~10% of a page's CPU);
        # only a float can be infinite, so it is asked only when the page holds a float
        if any(issubclass(t, float) for t in set(map(type, chain.from_iterable(rows)))):
            data["rows"] = [remove_infinites(row) for row in data["rows"]]
        if p["shape"] != "arrays" and data["rows"]:
            data["rows"] = [dict(zip(columns, row, strict=True)) for row in data["rows"]]
        body = dumps(data["rows"] if p["shape"] == "array" else data)
        response = Response(body, status=200,
                            headers={"link": f'<{next_url}>; rel="next"'} if next_url else {},
                            content_type="application/json; charset=utf-8")
        ttl = ds.setting("default_cache_ttl")   # as Datasette's set_response_headers
        if ds.cache_headers:
            response.headers["Cache-Control"] = "no-cache" if int(ttl) == 0 else f"max-age={ttl}"
        response.headers["Referrer-Policy"] = "no-referrer"
        # Datasette's router marks every anonymous response as varying with credentials
        response.headers["vary"] = "Cookie, Authorization"
        if RECORDING in scope:   # the page cache (an outer wrapper) need not scan the body
            scope[RECORDING]["no_facets"] = True
        await response.asgi_send(send)
        return True

    @staticmethod
    def _after_token(token, sort, pks, where, params, order_by) -> str | None:
        """Datasette's keyset condition for `_next` under `_sort`; returns the new order, or
        None for a token that does not name a row (Datasette then writes broken SQL)."""
        components = urlsafe_components(token)
        sort_value = None
        if len(components) > 1:
            sort_value = None if token.split(",")[0] == "$null" else components[0]
            components = components[1:]
        if len(components) != len(pks):
            return None
        n = len(params)
        after = [compound_keys_after_sql(pks, n)]
        for i, value in enumerate(components):
            params[f"p{n + i}"] = value
        column = escape_sqlite(sort)
        if sort_value is None:
            where.append(f"({column} is not null or ({column} is null and "
                         f"{' and '.join(after)}))")
        else:
            where.append(f"({column} > :p{len(params)} or ({column} = :p{len(params)} and "
                         f"{' and '.join(after)}))")
            params[f"p{len(params)}"] = sort_value
        return f"{order_by}, {', '.join(escape_sqlite(pk) for pk in pks)}"


def _default(obj):
    """What Datasette's CustomJSONEncoder does for the types JSON lacks."""
    if isinstance(obj, sqlite3.Row):
        return tuple(obj)
    if isinstance(obj, bytes):
        try:
            return obj.decode("utf8")
        except UnicodeDecodeError:
            return {"$base64": True, "encoded": base64.b64encode(obj).decode("latin1")}
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


def dumps(data) -> bytes:
    """The page as JSON. orjson writes a 50-row page (~230 KB of text) in ~0.05 ms where
    json.dumps takes 1.5-2.5 ms, escaping every character to ASCII: half of a page's CPU, and
    under 8 clients on 2 cores the queue grows with it. The bytes differ from Datasette's
    only in form (no space after `,` and `:`, UTF-8 rather than `\\u` escapes); the values are
    the same (tests/site/test_json_fast.py)."""
    return orjson.dumps(data, default=_default)


def key_label(sort, sort_desc) -> str:
    return sort or f"{sort_desc} descending"


def with_fast_json(app, datasette):
    """`datasette.foi_fast_json = False` sends every request to Datasette (tests compare), as
    does FOI_SPEED_PATHS=0 (datasette_compat.py: the plugin on documented hooks only)."""
    from datasette_plugins.datasette_compat import speed_paths_on

    if not speed_paths_on():
        return app
    fast = FastJson(datasette)

    async def wrapped(scope, receive, send):
        if (scope["type"] == "http" and getattr(datasette, "foi_fast_json", True) and scope.get("method") == "GET"
                and scope.get("path") == PATH and not scope.get("root_path")):
            headers = {k.lower() for k, _ in scope.get("headers") or []}
            p = None
            if b"cookie" not in headers and b"authorization" not in headers:
                p = plan((scope.get("query_string") or b"").decode("latin-1"))
            if p is not None and await fast.respond(scope, receive, send, p):
                return None
        return await app(scope, receive, send)

    return wrapped
