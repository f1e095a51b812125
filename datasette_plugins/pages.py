"""The archive's Datasette plugin (entry point `foi_archive_pages`): custom pages as routes."""
from __future__ import annotations

from datasette import hookimpl

from datasette_plugins import (
    page_analytics,
    page_downloads,
    page_response,
    page_round_robin,
    page_search,
)
from datasette_plugins.facets_cube import register_facet_classes  # noqa: F401  (a hook)
from datasette_plugins.security import with_security


@hookimpl
def register_routes():
    return [
        (r"^/response/(?P<id>[0-9A-Za-z_-]+)$", page_response.response_page),
        (r"^/round-robins$", page_round_robin.round_robins_page),
        (r"^/round-robin/(?P<id>[^/]+)$", page_round_robin.round_robin_page),
        (r"^/search$", page_search.search_page),
        (r"^/precedents$", page_search.precedents_page),
        (r"^/analytics$", page_analytics.overview_page),
        (r"^/analytics/force/(?P<slug>[^/]+)$", page_analytics.force_page),
        (r"^/analytics/year/(?P<year>[0-9]{4}|undated)$", page_analytics.year_page),
        (r"^/analytics/exemption/(?P<label>[^/]+)$", page_analytics.exemption_page),
        (r"^/downloads$", page_downloads.downloads_page),
        (r"^/-/download/foi\.jsonl\.gz$", page_downloads.dump_download),
    ]



@hookimpl
def asgi_wrapper():
    return with_security
