"""The archive's Datasette plugin (entry point `foi_archive_pages`): custom pages as routes,
its templates and static files, feeds, facets and limits, all through Datasette's documented
hooks; the speed paths that reach further live in datasette_compat.py alone."""
from __future__ import annotations

from datasette import hookimpl
from datasette.filters import FilterArguments

from datasette_plugins import (
    corpus_files,
    csv_export,
    datasette_compat,
    page_accuracy,
    page_analytics,
    page_asked_before,
    page_changes,
    page_downloads,
    page_home,
    page_ico,
    page_meta,
    page_precedents,
    page_response,
    page_round_robin,
    page_search,
    page_timeliness,
    result_rows,
    site_assets,
)
from datasette_plugins.facets_cube import register_facet_classes  # noqa: F401  (a hook)
from datasette_plugins.feed_atom import register_output_renderer  # noqa: F401  (a hook)
from datasette_plugins.gc_freeze import freeze_now, with_gc_freeze
from datasette_plugins.json_fast import with_fast_json
from datasette_plugins.keyset_paging import before_filter, with_keyset_paging
from datasette_plugins.page_cache import cache_for, with_page_cache
from datasette_plugins.response_cap import with_response_cap
from datasette_plugins.response_links import render_cell  # noqa: F401  (a hook)
from datasette_plugins.security import with_security
from datasette_plugins.sql_admission import with_sql_admission
from datasette_plugins.sql_guard import handle_exception, prepare_connection  # noqa: F401  (hooks)
from datasette_plugins.table_rows import extra_template_vars  # noqa: F401  (a hook)
from datasette_plugins.table_search import search_filter
from datasette_plugins.web import DB_NAME


@hookimpl
def register_routes():
    return [
        (r"^/$", page_home.home_page),  # replaces Datasette's ~60-query index page
        (r"^/foi-static/(?P<name>[A-Za-z0-9_.-]+)$", site_assets.static_file),
        (r"^/response/(?P<id>[0-9A-Za-z_-]+)$", page_response.response_page),
        (r"^/changes(?:\.json)?$", page_changes.changes_page),  # issue 14
        (r"^/foi/responses\.readable\.csv$", csv_export.readable_csv),  # table_tools.py
        (r"^/round-robins(?:\.json)?$", page_round_robin.round_robins_page),
        (r"^/round-robin/(?P<id>[^/]+?)(?:\.json)?$", page_round_robin.round_robin_page),
        (r"^/search(?:\.json)?$", page_search.search_page),
        (r"^/precedents(?:\.json)?$", page_precedents.precedents_page),
        (r"^/precedents/wording/(?P<key>[^/]+?)(?:\.json)?$", page_precedents.wording_page),
        (r"^/asked-before(?:\.json)?$", page_asked_before.asked_before_page),
        (r"^/analytics(?:\.json)?$", page_analytics.overview_page),
        (r"^/analytics/force/(?P<slug>[^/]+?)(?:\.json)?$", page_analytics.force_page),
        (r"^/analytics/year/(?P<year>[0-9]{4}|undated)(?:\.json)?$", page_analytics.year_page),
        (r"^/analytics/exemption/(?P<label>[^/]+?)(?:\.json)?$", page_analytics.exemption_page),
        (r"^/analytics/timeliness(?:\.json)?$", page_timeliness.timeliness_page),
        (r"^/downloads$", page_downloads.downloads_page),
        (r"^/data(?:\.json)?$", page_home.data_page),
        (r"^/ico(?:\.json)?$", page_ico.ico_page),
        (r"^/about/accuracy$", page_accuracy.accuracy_page),
        (r"^/-/databases(?:\.json)?$", page_meta.databases_page),  # without file paths
        (r"^/-/threads(?:\.json)?$", page_meta.hidden_page),
        (r"^/-/download/foi\.jsonl\.gz$", corpus_files.dump_download),
        (r"^/foi\.db$", corpus_files.corpus_download),  # the file this server started with
    ]


@hookimpl
def asgi_wrapper(datasette):
    # the page cache sits inside the security wrapper, so replayed pages get its headers too;
    # the JSON fast path sees the query keyset_paging rewrote; free-form SQL waits for a slot
    # only when the page cache cannot answer it; no single-body answer passes the byte cap
    # outermost: gc_freeze.py counts every request, cached or not (in `foi-archive serve`'s
    # processes only: a test process making many sites would keep each one frozen)
    return lambda app: with_gc_freeze(with_security(with_response_cap(with_page_cache(
        with_sql_admission(with_keyset_paging(with_fast_json(app, datasette))),
        lambda: cache_for(datasette)))), enabled=getattr(datasette, "gc_freeze", False))


@hookimpl
def prepare_jinja2_environment(env, datasette):
    site_assets.add_templates(env)
    result_rows.prepare_jinja2_environment(env)


@hookimpl
def startup(datasette):
    corpus = datasette.databases.get(DB_NAME)
    datasette_compat.install(datasette, corpus)   # the speed paths (FOI_SPEED_PATHS=0: none)
    if corpus is not None:
        corpus_files.open_corpus_files(datasette, corpus.path,
                                       getattr(datasette, "dump_path", None))
    if getattr(datasette, "gc_freeze", False):
        freeze_now()   # the modules and the site itself, before any request (gc_freeze.py)


@hookimpl(trylast=True)   # last, so the search box value set here wins over the stock ""
def filters_from_request(request, database, table, datasette):
    """The responses table's index-friendly paging and search filters, merged."""
    async def inner():
        found = [before_filter(request, database, table, datasette),
                 search_filter(request, database, table, datasette)]
        found = [await f() if callable(f) else f for f in found if f is not None]
        if not found:
            return None
        merged = FilterArguments([], {}, [], {})
        for f in found:
            merged.where_clauses += f.where_clauses
            merged.params.update(f.params)
            merged.human_descriptions += f.human_descriptions
            merged.extra_context.update(f.extra_context)
        return merged

    return inner
