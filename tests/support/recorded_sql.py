"""The SQL statements a Datasette instance runs against the corpus, recorded for the serving tests
(what a page queries, not only what it shows)."""
from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def recorded_sql(ds):
    """Every SQL statement the corpus database runs inside the block."""
    db = ds.get_database("foi")
    seen: list[tuple[str, object]] = []
    original = db.execute

    async def execute(sql, params=None, *args, **kwargs):
        seen.append((sql, params))
        return await original(sql, params, *args, **kwargs)

    db.execute = execute
    try:
        yield seen
    finally:
        del db.execute
