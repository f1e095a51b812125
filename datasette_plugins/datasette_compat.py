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
| schema refresh | `Datasette.refresh_schemas` | skipped once it found nothing to refresh and every database but `_internal` is immutable (two SQL trips per page) |
| small label tables | `Datasette.expand_foreign_keys` | labels of an immutable table of at most 5,000 rows read once (forces: two SQL trips a table page) |
| anonymous permissions | `Datasette.permission_allowed` | the anonymous visitor's answers kept (a metadata deep copy and an SQL trip per check, ~6 checks a table page) |
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
    _memoise_anonymous_permissions(ds)
    _small_label_tables(ds)
    _skip_settled_schema_refresh(ds)
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
    from datasette.database import Results

    from datasette_plugins.filtered_order import ForceYearOrder
    from datasette_plugins.indexed_rows import IndexedRows, constant
    from datasette_plugins.table_search import search_count_sql

    execute = db.execute
    order = ForceYearOrder(execute)
    indexed = IndexedRows(ds, execute) if ds is not None else None

    async def rewritten(sql, *args, **kwargs):
        if isinstance(sql, str):
            new = await order.rewrite(sql)
            if new is sql and indexed is not None:
                new = await indexed.rewrite(sql, args[0] if args else kwargs.get("params"))
                if new is not None and (n := constant(new)) is not None:
                    # a count the index answered: SQLite's answer to `select N`, without a
                    # trip to the SQL thread pool
                    return Results([(n,)], False, ((str(n),) + (None,) * 6,))
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


def _memoise_anonymous_permissions(ds) -> None:
    """The anonymous visitor's permission answers, kept per (action, resource, default) while
    Datasette's default rules are the only permission hook: they read only the metadata and
    settings (fixed while served) and, for view-table, the table's spelling in SQLite (kept
    for immutable databases only). Each check deep-copied the metadata, and a table page
    makes ~6 (two with an SQL trip). Signed-in actors are asked as before; every answer is
    still written to the permission log /-/permissions shows."""
    import datetime

    from datasette.plugins import pm

    if getattr(ds, "_foi_permissions_memoised", False):
        return
    hooks = [h.plugin_name for h in pm.hook.permission_allowed.get_hookimpls()]
    if hooks != ["datasette.default_permissions"]:
        return
    ask = ds.permission_allowed
    answers: dict = {}

    async def permission_allowed(actor, action, resource=None, default=False):
        key = (action, resource, default)
        try:
            found = answers.get(key) if actor is None else None
        except TypeError:   # an unhashable resource
            return await ask(actor, action, resource, default)
        if found is not None:
            ds._permission_checks.append({
                "when": datetime.datetime.now(datetime.UTC).isoformat(),
                "actor": None, "action": action, "resource": found[1],
                "used_default": found[2], "result": found[0]})
            return found[0]
        result = await ask(actor, action, resource, default)
        if actor is None and len(answers) < 10_000 and _fixed_resource(ds, action, resource):
            last = ds._permission_checks[-1] if ds._permission_checks else {}
            if last.get("action") == action and last.get("actor") is None:
                answers[key] = (result, last.get("resource"), last.get("used_default"))
        return result

    ds.permission_allowed = permission_allowed
    ds._foi_permissions_memoised = True


def _fixed_resource(ds, action, resource) -> bool:
    if action != "view-table" or resource is None:
        return True
    db = ds.databases.get(resource[0]) if isinstance(resource, tuple) else None
    return db is not None and not db.is_mutable


def _skip_settled_schema_refresh(ds) -> None:
    """Datasette refreshes its schema tables before every page: `PRAGMA schema_version` per
    database and a read of `_internal`. Once a refresh has changed nothing, while the same
    databases are attached and all but `_internal` are immutable (whose schema only Datasette
    itself changes, at the first refresh) or in memory (`_memory`: no visitor can write to
    it), a further refresh cannot find anything new."""
    if getattr(ds, "_foi_refresh_settled", None) is not None:
        return
    refresh = ds.refresh_schemas
    state = {"settled": None}

    async def versions():
        internal = ds.databases.get("_internal")
        if internal is None or not ds.internal_db_created:
            return None
        return sorted(tuple(r) for r in await internal.execute(
            "select database_name, schema_version from databases"))

    async def refresh_schemas():
        attached = tuple((name, id(db)) for name, db in ds.databases.items())
        if state["settled"] == attached:
            return None
        before = await versions()
        result = await refresh()
        after = await versions()
        if (before is not None and before == after and all(
                not db.is_mutable or db.is_memory for name, db in ds.databases.items()
                if name != "_internal")):
            state["settled"] = attached
        return result

    ds.refresh_schemas = refresh_schemas
    ds._foi_refresh_settled = state


SMALL_LABEL_TABLE = 5000


def _small_label_tables(ds) -> None:
    """`expand_foreign_keys` answered from a label map read once, for an immutable database's
    foreign key to a table of at most SMALL_LABEL_TABLE rows with a unique key column. Only
    when every value asked for is a key exactly as stored (the same row SQL's `in` finds
    under any collation); otherwise, and for anything else, Datasette's own query."""
    if getattr(ds, "_foi_labels_cached", False):
        return
    expand = ds.expand_foreign_keys
    maps: dict = {}

    async def label_map(database, table, column):
        key = (database, table, column)
        if key not in maps:
            maps[key] = None
            db = ds.databases.get(database)
            if db is None or db.is_mutable:
                return None
            fk = next((f for f in await db.foreign_keys_for_table(table)
                       if f["column"] == column), None)
            label = fk and await db.label_column_for_table(fk["other_table"])
            if not label:
                return None
            from datasette.utils import escape_sqlite

            other, target = escape_sqlite(fk["other_table"]), escape_sqlite(fk["other_column"])
            rows = (await db.execute(f"select {target}, {escape_sqlite(label)} from {other} "
                                     f"limit {SMALL_LABEL_TABLE + 1}")).rows
            found = {r[0]: r[1] for r in rows}
            if len(rows) <= SMALL_LABEL_TABLE and len(found) == len(rows):
                maps[key] = (fk["column"], found)
        return maps[key]

    async def expand_foreign_keys(database, table, column, values):
        known = await label_map(database, table, column)
        if known is not None:
            fk_column, labels = known
            wanted = set(values)
            if all(type(v) is str and v in labels for v in wanted):
                return {(fk_column, v): labels[v] for v in wanted}
        return await expand(database, table, column, values)

    ds.expand_foreign_keys = expand_foreign_keys
    ds._foi_labels_cached = True
