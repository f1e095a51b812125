"""The facet lists of a table page as one string built in Python.

Datasette renders `_facet_results.html` through Jinja's async machinery: an awaited attribute
lookup per value, per facet, about 60 values a page. That was ~12% of a `_search=` table
page's CPU at 1M responses. `templates/_facet_results.html` uses `facet_results_html` and
falls back to Datasette's own template (`default:_facet_results.html`), which stays the
reference: tests compare the two parsed into the same elements, attributes and text.
Every value shown (names, labels, URLs) is escaped as Jinja's autoescape would.
"""
from __future__ import annotations

from datasette.utils import path_with_replaced_args, to_css_class
from markupsafe import Markup, escape

from datasette_plugins.table_display import escape_text

enabled = True   # tests switch it off to render Datasette's template


def _text(value) -> str:
    """escape(value) as a plain string (one Markup object per value costs more than this)."""
    return escape_text(value) if isinstance(value, str) else str(escape(value))


def facet_results_html(facets, database: str, table: str, request) -> Markup | None:
    """<div class="facet-results"> for `facets` (the page's `sorted_facet_results`); None
    when switched off, so the template renders Datasette's own markup."""
    if not enabled:
        return None
    prefix = f"facet-{to_css_class(database)}-{to_css_class(table)}-"
    more = None   # the "…" link: the same for every truncated facet
    out = ['<div class="facet-results">\n']
    for info in facets:
        name = info["name"]
        css = to_css_class(name)
        kind = "" if info["type"] == "column" else f" ({_text(info['type'])})"
        results = info["results"]
        total = ("&gt;" if info["truncated"] else "") + str(len(results))
        out.append(f'<div class="facet-info {prefix}{css}" id="facet-{css}" '
                   f'data-column="{_text(name)}">\n<p class="facet-info-name">\n'
                   f'<strong>{_text(name)}{kind}\n'
                   f'<span class="facet-info-total">{total}</span>\n</strong>\n')
        if info.get("hideable"):
            out.append(f'<a href="{_text(info["toggle_url"])}" class="cross">&#x2716;</a>\n')
        out.append('</p>\n<ul class="tight-bullets">\n')
        for value in results:
            count = f"{value['count']:,}"
            url = _text(value["toggle_url"])
            if not value["selected"]:
                label = _text(value["label"]) or "-"   # Jinja: (label | string) or "-"
                out.append(f'<li><a href="{url}">{label}</a> {count}</li>\n')
            else:
                label = _text(value["label"] or "-")
                out.append(f'<li>{label} &middot; {count} '
                           f'<a href="{url}" class="cross">&#x2716;</a></li>\n')
        if info["truncated"]:
            if request.args.get("_facet_size") != "max":
                if more is None:
                    more = _text(path_with_replaced_args(request, {"_facet_size": "max"}))
                out.append(f'<li class="facet-truncated"><a href="{more}">…</a>\n</li>\n')
            else:
                out.append('<li class="facet-truncated">…\n</li>\n')
        out.append("</ul>\n</div>\n")
    out.append("</div>\n")
    return Markup("".join(out))
