"""The one module that reaches into Datasette's internals (issue 18).

Everything else in the plugin uses Datasette's documented hooks. The speed paths installed here
replace or wrap Datasette 0.65 functions that no hook exposes; each is a pure speed-up with a
stock equivalent, so the site works the same with them off (`FOI_SPEED_PATHS=0`, tested in
tests/site/test_datasette_compat.py):

| speed path | what it wraps | why |
|---|---|---|
| table display | `datasette.views.table.display_columns_and_rows` | per-cell work inlined for the responses table (table_display.py) |
| force + year order | the corpus `Database.execute` | force + year pages read through the published index (filtered_order.py) |
| search counts | the corpus `Database.execute` | a search-only count from the full-text index (table_search.py) |
| indexed rows | the corpus `Database.execute` | filtered rows and count(*) of the responses table from the facet index (indexed_rows.py) |
| schema answers | 13 `Database` schema methods | an immutable corpus's schema asked once, not per page (schema_cache.py) |
| JSON fast path | answered before Datasette (json_fast.py) | `/foi/responses.json` pages without Datasette's per-request work |

One protection is not a speed path and stays on with them off: Datasette's default error handler
prints every 400/404 as a rich traceback with locals (~0.5 s of CPU per bad request, an easy way
to starve a public server) and no hook can stop it (every handler runs), so its `rich` is unset
when Datasette has one. Error pages are unchanged; 500s are still logged (plain traceback).

They were written against TESTED_VERSIONS; on any other Datasette the plugin refuses to start
(a clear error naming the version) unless the speed paths are switched off.
"""
from __future__ import annotations

import os

import datasette

TESTED_VERSIONS = ("0.65.",)
SWITCH = "FOI_SPEED_PATHS"


class UntestedDatasette(RuntimeError):
    pass


def speed_paths_on() -> bool:
    return os.environ.get(SWITCH, "1") != "0"


def check_version(version: str | None = None) -> None:
    version = version or datasette.__version__
    if not version.startswith(TESTED_VERSIONS):
        raise UntestedDatasette(
            f"foi-archive's Datasette speed paths are tested on Datasette "
            f"{', '.join(v + 'x' for v in TESTED_VERSIONS)}, not {version}: install the version "
            f"in constraints.txt, or start with {SWITCH}=0 to run on documented hooks only")


def install(ds, corpus=None) -> None:
    """Install every speed path (from the plugin's startup hook); `corpus`: the corpus Database."""
    _quiet_error_pages()
    if not speed_paths_on():
        return
    check_version()
    _install_table_display()
    if corpus is not None:
        _wrap_execute(corpus, ds)
        if not corpus.is_mutable:
            _memoise_schema(corpus)


def _install_table_display() -> None:
    from datasette.views import table as table_view

    from datasette_plugins import table_display

    if table_display.stock_display is None:
        table_display.stock_display = table_view.display_columns_and_rows
        table_view.display_columns_and_rows = table_display.display_columns_and_rows


def _quiet_error_pages() -> None:
    from datasette import handle_exception

    if getattr(handle_exception, "rich", None) is not None:
        handle_exception.rich = None


def _wrap_execute(db, ds=None) -> None:
    """The corpus's `execute`, with its SQL rewritten by the first speed path that recognises
    it (force + year rows keep their index read; then the facet index's answer)."""
    if getattr(db, "_foi_execute_wrapped", False):
        return
    from datasette_plugins.filtered_order import ForceYearOrder
    from datasette_plugins.indexed_rows import IndexedRows
    from datasette_plugins.table_search import search_count_sql

    execute = db.execute
    order = ForceYearOrder(execute)
    indexed = IndexedRows(ds, execute) if ds is not None else None

    async def rewritten(sql, *args, **kwargs):
        if isinstance(sql, str):
            new = await order.rewrite(sql)
            if new is sql and indexed is not None:
                new = await indexed.rewrite(sql, args[0] if args else kwargs.get("params"))
            sql = new or search_count_sql(sql)
        return await execute(sql, *args, **kwargs)

    db.execute, db._foi_execute_wrapped = rewritten, True


def _memoise_schema(db) -> None:
    from datasette_plugins.schema_cache import SCHEMA_METHODS, memoised

    if getattr(db, "_foi_schema_memoised", False):
        return
    for name in SCHEMA_METHODS:
        setattr(db, name, memoised(getattr(db, name)))
    db._foi_schema_memoised = True
