"""The responses table page's cells and headings built in one Python pass.

Datasette 0.65 turns every cell of a table page into a display cell through a pluggy
`render_cell` call, URL sniffing and a dict (50 rows x 23 columns), then Jinja renders the
headings with a query-string rebuild per column: together about a fifth of a table page's
CPU at 100k rows, on cores every client shares. For the tables in `FAST_TABLES`, and only while no plugin
but ours (response_links.py, whose title link is made here the same way) implements
`render_cell`, `display_columns_and_rows` here makes the same cells (same values, links, truncation) and each row's <tr> markup in the same loop, and `table_html` writes the
headings; `templates/_table-foi-responses.html` keeps Datasette's markup as the reference
rendering (used when `enabled` is off: tests compare the two). Scraped text is escaped.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from datasette.plugins import pm
from datasette.utils import is_url, tilde_encode, to_css_class, truncate_url
from markupsafe import Markup, escape

from archive.corpus_schema import DB_NAME, RESPONSES
from datasette_plugins import response_links

FAST_TABLES = {(DB_NAME, RESPONSES)}
enabled = True   # tests switch it off to render the reference page
NBSP = Markup("&nbsp;")
# Datasette's display_columns_and_rows, set by datasette_compat.py when it installs this one
# in its place (the only module that touches Datasette's internals).
stock_display = None


async def _stock_display(*args, **kwargs):
    return await stock_display(*args, **kwargs)


class _Row:
    """A row as Datasette's table template reads it (the shape of its `Row`)."""

    def __init__(self, cells):
        self.cells = cells

    def __iter__(self):
        return iter(self.cells)

    def __getitem__(self, key):
        for cell in self.cells:
            if cell["column"] == key:
                return cell["raw"]
        raise KeyError(key)


def _fast(datasette, database: str, table: str, link_column: bool) -> bool:
    return (enabled and link_column and (database, table) in FAST_TABLES
            and all(h.function is response_links.render_cell
                    for h in pm.hook.render_cell.get_hookimpls())
            and not datasette.table_metadata(database, table).get("units"))


async def display_columns_and_rows(datasette, database_name, table_name, description, rows,
                                   link_column=False, truncate_cells=0, sortable_columns=None):
    """Datasette's function (same arguments, same result) with the per-cell work inlined."""
    stock = (datasette, database_name, table_name, description)
    options = {"link_column": link_column, "truncate_cells": truncate_cells,
               "sortable_columns": sortable_columns}
    if not _fast(datasette, database_name, table_name, link_column):
        return await _stock_display(*stock, rows, **options)
    db = datasette.databases[database_name]
    pks = await db.primary_keys(table_name)
    if len(pks) != 1 or any(isinstance(v, bytes) for row in rows for v in row):
        return await _stock_display(*stock, rows, **options)
    columns, _ = await _stock_display(*stock, [], **options)   # the headings only
    other_tables = {fk["column"]: tilde_encode(fk["other_table"])
                    for fk in await db.foreign_keys_for_table(table_name)}
    pk = pks[0]
    names = [d[0] for d in description]
    css = {name: f'<td class="col-{to_css_class(str(name))} type-' for name in names}
    pk_td = f'<tr><td class="col-{to_css_class(str(pk))} type-pk">'
    table_path = datasette.urls.table(database_name, table_name)
    base_url = datasette.setting("base_url")
    prefix = f"{base_url}{database_name}/"
    month_at = names.index("month") if "month" in names else None
    display_rows = []
    for row in rows:
        values = list(map(row.get, names)) if isinstance(row, dict) else row   # CustomRow
        key = row[pk]
        key = str(key["value"] if isinstance(key, dict) else key)
        link = Markup(f'<a href="{table_path}/{tilde_encode(key)}">{escape(key)}</a>')
        cells = [{"column": pk, "value_type": "pk", "is_special_link_column": False,
                  "raw": key, "value": link}]
        html = [pk_td, link, "</td>"]
        for value, column in zip(values, names, strict=False):
            if column == pk:
                continue
            if isinstance(value, dict):   # an expanded foreign key: link to its row
                label, value = value["label"], value["value"]
                target = f'<a href="{prefix}{other_tables[column]}/{tilde_encode(str(value))}">'
                shown = (f"{target}{escape(label) or '-'}</a>&nbsp;<em>{escape(value)}</em>"
                         if label != value else f"{target}{escape(value)}</a>")
                display = Markup(shown)
            elif column == "title" and (link := response_links.title_cell(
                    value, key, truncate_cells)) is not None:
                display = link   # as the render_cell hook makes it
            elif column == "published" and month_at is not None and (
                    month := response_links.published_cell(value, values[month_at])) is not None:
                display = month   # the month when the page gave no date, as the hook does
            elif value in ("", None):
                display = NBSP
            elif is_url(str(value).strip()):
                url = value.strip()
                display = Markup(f'<a href="{escape(url)}">'
                                 f'{escape(truncate_url(url, truncate_cells))}</a>')
            else:
                display = str(value)
                if truncate_cells and len(display) > truncate_cells:
                    display = display[:truncate_cells] + "\u2026"
            value_type = "none" if value is None else type(value).__name__
            cells.append({"column": column, "value": display, "raw": value,
                          "value_type": value_type})
            html += (css[column], value_type, '">', escape(display), "</td>")
        html.append("</tr>\n")
        display_row = _Row(cells)
        display_row.foi_html = "".join(html)   # read by table_html
        display_rows.append(display_row)
    return columns, display_rows


def _sort_link(base: str, path: str, key: str, column: str) -> str:
    query = "&".join(q for q in (base, urlencode([(key, column)])) if q)
    return str(escape(f"{path}?{query}"))


def table_html(display_columns, display_rows, sort, sort_desc, request, fix_path):
    """<thead> and <tbody> of the page, or None when the rows were not built here."""
    if not display_rows or not all(hasattr(r, "foi_html") for r in display_rows):
        return None
    replaced = {"_sort", "_sort_desc", "_next"}
    base = urlencode([(k, v) for k, v in parse_qsl(request.query_string) if k not in replaced])
    path = fix_path(request.path)
    out = ['<div class="table-wrapper">\n<table class="rows-and-columns">\n<thead><tr>\n']
    for column in display_columns:
        name = escape(column["name"])
        described = (f'data-column-description="{escape(column["description"])}" '
                     if column.get("description") else "")
        out.append(f'<th {described}class="col-{to_css_class(column["name"])}" scope="col" '
                   f'data-column="{name}" data-column-type="{escape(column["type"].lower())}" '
                   f'data-column-not-null="{column["notnull"]}" '
                   f'data-is-pk="{1 if column["is_pk"] else 0}">')
        if not column["sortable"]:
            out.append(str(name))
        elif column["name"] == sort:
            out.append(f'<a href="{_sort_link(base, path, "_sort_desc", column["name"])}" '
                       f'rel="nofollow">{name}&nbsp;▼</a>')
        else:
            arrow = "&nbsp;▲" if column["name"] == sort_desc else ""
            out.append(f'<a href="{_sort_link(base, path, "_sort", column["name"])}" '
                       f'rel="nofollow">{name}{arrow}</a>')
        out.append("</th>\n")
    out.append("</tr></thead>\n<tbody>\n")
    out += (row.foi_html for row in display_rows)
    out.append("</tbody>\n</table>\n</div>\n")
    return Markup("".join(out))

