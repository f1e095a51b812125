"""Remember the schema answers of an immutable database instead of asking SQLite each time.

Datasette asks the database about its own schema many times per page (does the table exist,
its columns, primary keys, FTS table, label column, foreign keys...): a table page made ~30
trips to the SQL thread pool, half of them schema questions. Under load every trip waits its
turn behind the slow queries of other requests, so a cheap page became a slow one. A corpus
served immutable cannot change while the process runs, so each answer is kept after the
first time it is asked (keyed by the method's arguments).
"""
from __future__ import annotations

import functools

SCHEMA_METHODS = ("table_exists", "table_names", "table_columns", "table_column_details",
                  "primary_keys", "fts_table", "label_column_for_table",
                  "foreign_keys_for_table", "hidden_table_names", "view_names",
                  "get_all_foreign_keys", "get_table_definition", "get_view_definition")


def memoised(method):
    """`method` answering each distinct call once (installed on an immutable corpus's
    Database by datasette_compat.py)."""
    answers: dict = {}

    @functools.wraps(method)
    async def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in answers:
            answers[key] = await method(*args, **kwargs)
        # lists and dicts are handed out as copies, so a caller cannot change the cache
        value = answers[key]
        return type(value)(value) if isinstance(value, (list, dict)) else value

    return wrapper
