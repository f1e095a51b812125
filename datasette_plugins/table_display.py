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

import re
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
    """A row as Datasette's table template reads it (the shape of its `Row`). Its cell dicts
    are made when something reads them: the page's own markup (`foi_html`) does not."""

    __slots__ = ("_cells", "_parts", "foi_html")

    def __init__(self, cells=None, parts=None):
        self._cells, self._parts = cells, parts

    @property
    def cells(self):
        if self._cells is None:
            pk, key, link, columns, shown, raw, types = self._parts
            self._cells = [{"column": pk, "value_type": "pk", "is_special_link_column": False,
                            "raw": key, "value": link}] + [
                {"column": c, "value": d, "raw": r, "value_type": t}
                for c, d, r, t in zip(columns, shown, raw, types, strict=True)]
        return self._cells

    def __iter__(self):
        return iter(self.cells)

    def __getitem__(self, key):
        for cell in self.cells:
            if cell["column"] == key:
                return cell["raw"]
        raise KeyError(key)


_TILDE_SAFE = re.compile(r"[A-Za-z0-9_-]*")   # the bytes tilde_encode leaves as they are


def _tilde(key: str) -> str:
    """tilde_encode(key), without its per-byte loop for keys that need no encoding (every
    response id): 50 per page."""
    return key if _TILDE_SAFE.fullmatch(key) else tilde_encode(key)


def escape_text(text) -> str:
    """markupsafe.escape(text) as a plain string (Markup passes unchanged), without a Markup
    object per cell."""
    if isinstance(text, Markup):
        return str(text)
    return (text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


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
    names = [d[0] for d in description]
    table_values = [list(map(row.get, names)) if isinstance(row, dict) else list(row)
                    for row in rows]   # (a dict: Datasette's CustomRow)
    if len(pks) != 1 or bytes in {type(v) for values in table_values for v in values}:
        return await _stock_display(*stock, rows, **options)
    columns, _ = await _stock_display(*stock, [], **options)   # the headings only
    other_tables = {fk["column"]: tilde_encode(fk["other_table"])
                    for fk in await db.foreign_keys_for_table(table_name)}
    pk = pks[0]
    css = {name: f'<td class="col-{to_css_class(str(name))} type-' for name in names}
    pk_td = f'<tr><td class="col-{to_css_class(str(pk))} type-pk">'
    table_path = datasette.urls.table(database_name, table_name)
    base_url = datasette.setting("base_url")
    prefix = f"{base_url}{database_name}/"
    month_at = names.index("month") if "month" in names else None
    shown_columns = [c for c in names if c != pk]
    display_rows = []
    for row, values in zip(rows, table_values, strict=True):
        key = row[pk]
        key = str(key["value"] if isinstance(key, dict) else key)
        link = Markup(f'<a href="{table_path}/{_tilde(key)}">{escape_text(key)}</a>')
        shown, raw, types = [], [], []
        html = [pk_td, link, "</td>"]
        for value, column in zip(values, names, strict=False):
            if column == pk:
                continue
            kind = type(value)
            if kind is dict:   # an expanded foreign key: link to its row
                label, value = value["label"], value["value"]
                kind = type(value)
                target = f'<a href="{prefix}{other_tables[column]}/{_tilde(str(value))}">'
                shown_label = escape_text(label) if isinstance(label, str) else escape(label)
                shown_value = escape_text(value) if kind is str else escape(value)
                display = Markup(
                    f"{target}{shown_label or '-'}</a>&nbsp;<em>{shown_value}</em>"
                    if label != value else f"{target}{shown_value}</a>")
            elif column == "title" and (link_cell := response_links.title_cell(
                    value, key, truncate_cells)) is not None:
                display = link_cell   # as the render_cell hook makes it
            elif column == "published" and month_at is not None and (
                    month := response_links.published_cell(value, values[month_at])) is not None:
                display = month   # the month when the page gave no date, as the hook does
            elif value is None or value == "":
                display = NBSP
            elif kind is str and (url := value.strip()).startswith(("http://", "https://")) \
                    and is_url(url):
                display = Markup(f'<a href="{escape_text(url)}">'
                                 f'{escape_text(truncate_url(url, truncate_cells))}</a>')
            else:
                display = value if kind is str else str(value)
                if truncate_cells and len(display) > truncate_cells:
                    display = display[:truncate_cells] + "\u2026"
            value_type = "none" if value is None else kind.__name__
            shown.append(display)
            raw.append(value)
            types.append(value_type)
            html += (css[column], value_type, '">', escape_text(display), "</td>")
        html.append("</tr>\n")
        display_row = _Row(parts=(pk, key, link, shown_columns, shown, raw, types))
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

