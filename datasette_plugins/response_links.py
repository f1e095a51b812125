"""Table cells that lead to the readable response page, through Datasette's `render_cell` hook.

On the responses table a row's title links to `/response/<id>`; on every other table of the
corpus a `response_id` (or `similar_id`) cell does (questions, figures, exemptions, topics...),
labelled with the response's title when Datasette expanded it. The responses table's fast
renderer (table_display.py) calls `title_cell` itself, so both renderings stay the same.
"""
from __future__ import annotations

from datasette import hookimpl
from markupsafe import Markup, escape

from datasette_plugins.result_rows import month_words
from datasette_plugins.web import DB_NAME

RESPONSE_COLUMNS = {"response_id", "similar_id"}


def response_href(rid) -> str:
    return f"/response/{escape(str(rid))}"


def title_cell(title, rid, truncate: int = 0) -> Markup | None:
    """The responses table's title cell: the title (cut as Datasette cuts cells) as a link."""
    if title in ("", None) or rid in ("", None):
        return None
    text = str(title)
    if truncate and len(text) > truncate:
        text = text[:truncate] + "\u2026"
    return Markup(f'<a class="response-link" href="{response_href(rid)}">{escape(text)}</a>')


def published_cell(value, month) -> Markup | None:
    """An empty `published` shown as the month its log files it under ('July 2024'), never
    blank: the Met and South Wales pages print no date (archive/corpus_period.py)."""
    if value not in ("", None) or month in ("", None):
        return None
    return Markup(f'<span class="month-only" title="month of the log; the page gives no date">'
                  f'{escape(month_words(month))}</span>')


def response_id_cell(value) -> Markup | None:
    """A response id cell (or Datasette's expanded {value, label}) as a link to its page."""
    label = None
    if isinstance(value, dict):
        value, label = value.get("value"), value.get("label")
    if value in ("", None):
        return None
    shown = escape(label) if label not in (None, "", value) else escape(str(value))
    extra = f"&nbsp;<em>{escape(str(value))}</em>" if label not in (None, "", value) else ""
    return Markup(f'<a class="response-link" href="{response_href(value)}">{shown}</a>{extra}')


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != DB_NAME:
        return None
    if table == "responses" and column == "title":
        try:
            rid = row["id"]
        except (KeyError, IndexError):
            return None
        rid = rid.get("value") if isinstance(rid, dict) else rid
        return title_cell(value, rid, datasette.setting("truncate_cells_html") or 0)
    if table == "responses" and column == "published":
        try:
            month = row["month"]
        except (KeyError, IndexError):
            return None
        return published_cell(value, month)
    if column in RESPONSE_COLUMNS:
        return response_id_cell(value)
    return None
