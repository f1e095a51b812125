"""The rows of the responses table page as one string built in Python.

Datasette's `_table.html` renders each of the 50 x 23 cells through Jinja's async generator
machinery: about a quarter of a table page's CPU time at 100k rows, on a core every client
shares. `templates/_table-foi-responses.html` keeps the same markup (the column menus and
the browser tests read `th.col-*` / `td.col-*`) but fills <tbody> from `rows_html`.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils import to_css_class
from markupsafe import Markup, escape

from datasette_plugins.facet_html import facet_results_html
from datasette_plugins.table_display import table_html
from datasette_plugins.table_tools import outcome_vocabulary, table_links


def rows_html(display_rows) -> Markup:
    """<tr>s of the display rows; cell values are escaped unless already Markup, as Jinja's
    autoescape does."""
    classes: dict[str, str] = {}
    out = []
    for row in display_rows:
        out.append("<tr>")
        for cell in row:
            column = cell["column"]
            css = classes.get(column)
            if css is None:
                css = classes[column] = to_css_class(str(column))
            out.append(f'<td class="col-{css} type-{escape(cell["value_type"])}">'
                       f'{escape(cell["value"])}</td>')
        out.append("</tr>\n")
    return Markup("".join(out))


@hookimpl
def extra_template_vars(datasette):
    # every template: the table page and the row page both include the table template; the
    # outcome words are read once per database (table_tools.py)
    async def inner():
        return {"foi_rows_html": rows_html, "foi_table_html": table_html,
                "foi_facet_html": facet_results_html,
                "foi_outcomes": await outcome_vocabulary(datasette),
                "foi_table_links": table_links}

    return inner
