"""`_search=` on the responses table, written so SQLite can answer it from an index.

Datasette 0.65 filters a search with `rowid in (select rowid from responses_fts where ... match
...)`, and SQLite then looks up every matching row and sorts them all by `date_order`. The
synthetic titles' common words match a third of the corpus or more: ~150 ms of row reads and
sorting per page at 100k responses, before counting. When a word is that common, reading the
`date_order` index newest first and keeping the rows whose rowid is in the match list finds
a page after a few dozen index entries; `+rowid` stops SQLite from driving the query by the
match list. For rarer words the stock form (a short list, then a short sort) is kept.

Datasette's own search filter cannot be told to do this, so the ASGI wrapper of
`keyset_paging` renames `_search` to `_q` on the responses table and the hook below filters on
it, with the same description ('search matches "..."') and the search box still filled in.
Links that Datasette builds from the request (next page, facet toggles) carry `_q`.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from datasette.filters import FilterArguments

from archive.corpus_schema import DB_NAME, FTS_TABLE, RESPONSES

TABLE, FTS = RESPONSES, FTS_TABLE
PARAM = "_q"
# At least this many matches: scan the date_order index instead of the match list.
DENSE_MATCHES = 2000
MATCH_LIST = f"rowid in (select rowid from {FTS} where {FTS} match "
INDEX_SCAN_MATCH_LIST = "+" + MATCH_LIST
# users' words with synonyms, OR and phrases (search_query.py, registered in sql_guard.py)
SEARCH_MATCH = f"foi_fts_query(:{PARAM})"


def rewrite_query(query: str) -> str | None:
    """`_search=words` becomes `_q=words` when it is a plain search (no column search, no
    custom FTS table); None leaves the query alone."""
    pairs = parse_qsl(query, keep_blank_values=True)
    searches = [v for k, v in pairs if k == "_search"]
    other = [k for k, _ in pairs if (k.startswith("_search") and k not in ("_search",
                                                                           "_searchmode"))
             or k in ("_fts_table", "_fts_pk", PARAM)]
    if len(searches) != 1 or not searches[0].strip() or other:
        return None
    return urlencode([(PARAM if k == "_search" else k, v) for k, v in pairs])


def _default_order(request) -> bool:
    return not request.args.get("_sort") and request.args.get("_sort_desc") in (None,
                                                                                "date_order")


def search_filter(request, database, table, datasette):
    """FilterArguments for `_q` on the responses table (awaitable), or None."""
    if database != DB_NAME or table != TABLE or not request.args.get(PARAM):
        return None
    words = request.args[PARAM]

    async def inner():
        mode = request.args.get("_searchmode") or (
            datasette.table_metadata(database, table).get("searchmode"))
        match = f":{PARAM}" if mode == "raw" else SEARCH_MATCH
        dense = False
        if _default_order(request):
            try:
                n = (await datasette.get_database(database).execute(
                    f"select count(*) from (select rowid from {FTS} where {FTS} match {match} "
                    f"limit {DENSE_MATCHES})", {PARAM: words})).single_value()
                dense = n >= DENSE_MATCHES
            except Exception:   # bad raw FTS syntax: the page query reports it as Datasette does
                dense = False
        clause = (INDEX_SCAN_MATCH_LIST if dense else MATCH_LIST) + match + ")"
        return FilterArguments([clause], {PARAM: words}, [f'search matches "{words}"'],
                               {"search": words, "supports_search": True})

    return inner


# Datasette counts a search's rows as `select count(*) from responses where <match list>`,
# testing every row of an index against the list (~30 ms for a common pair of words at 100k
# responses, ten times that at 1M). When the search is the only filter, the full-text index
# counts its own matches (~3 ms): each of its rows is a response (the build writes both).
_SEARCH_COUNTS = {
    f"select count(*) from {TABLE} where {form}{match}) ":
        f"select count(*) from {FTS} where {FTS} match {match}"
    for form in (MATCH_LIST, INDEX_SCAN_MATCH_LIST) for match in (SEARCH_MATCH, f":{PARAM}")}


def search_count_sql(sql: str) -> str:
    """A search-only count taken from the full-text index instead of row by row (installed on
    the corpus's `execute` by datasette_compat.py); any other SQL unchanged."""
    return _SEARCH_COUNTS.get(sql, sql)
