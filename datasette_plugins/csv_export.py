"""`/foi/responses.readable.csv?<the table's filters>`: the responses a table view shows, every
matching row, as a CSV download with readable columns (force name, date, outcome in words,
exemptions under the force's Act joined with "; ", the response's page URL).

The rows come from the table's own JSON (`/foi/responses.json` with the same query, paged
through Datasette's `_next`), so every filter, search and facet selection means exactly what it
means on the table page. Streamed: memory stays flat whatever the number of rows.
"""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import parse_qsl, urlencode

from datasette.utils.asgi import AsgiStream, Response

from datasette_plugins.result_rows import shown_date
from datasette_plugins.security import public_origin
from datasette_plugins.table_tools import _PAGING, outcome_vocabulary
from datasette_plugins.web import corpus, fetch

HEADER = ["response", "title", "force", "reference", "date", "outcome", "exemptions",
          "exemption names", "topics", "original url", "id"]
_COLUMNS = ("title", "force", "reference", "published", "month", "outcome", "exemption_labels",
            "topics", "url")
FILENAME = "foi-responses.csv"


def _page_path(pairs: list[tuple[str, str]], next_token: str | None) -> str:
    query = pairs + [("_col", c) for c in _COLUMNS] + [("_size", "max"), ("_shape", "objects"),
                                                       ("_nofacet", "1")]
    if next_token:
        query.append(("_next", next_token))
    return "/foi/responses.json?" + urlencode(query)


async def _names(datasette) -> tuple[dict, dict]:
    """slug -> (name, act) and (label, act) -> title of every exemption key."""
    db = corpus(datasette)
    forces = {f["slug"]: (f["name"], f["act"]) for f in
              await fetch(db, "select slug, name, act from forces")}
    titles = {}
    if "exemption_names" in await db.table_names():
        titles = {(e["label"], e["act"]): (e["key"], e["title"]) for e in
                  await fetch(db, "select key, label, act, title from exemption_names")}
    return forces, titles


def _line(row: dict, forces: dict, titles: dict, outcomes: dict, origin: str) -> list:
    name, act = forces.get(row.get("force"), (row.get("force"), "FOIA"))
    act = "FOISA" if act == "FOISA" else "FOIA"
    labels = row.get("exemption_labels")
    labels = json.loads(labels) if isinstance(labels, str) and labels.startswith("[") else []
    keys = [titles.get((label, act), (label, label)) for label in labels]
    topics = row.get("topics")
    topics = json.loads(topics) if isinstance(topics, str) and topics.startswith("[") else []
    outcome = row.get("outcome") or ""
    return [f"{origin}/response/{row['id']}", row.get("title") or "", name or "",
            row.get("reference") or "", shown_date(row, ""),
            (outcomes.get(outcome) or {}).get("label", outcome),
            "; ".join(k for k, _ in keys), "; ".join(t for _, t in keys), "; ".join(topics),
            row.get("url") or "", row["id"]]


def _csv(lines: list[list]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(lines)
    return out.getvalue()


async def readable_csv(datasette, request):
    pairs = [(k, v) for k, v in parse_qsl(request.query_string, keep_blank_values=True)
             if k not in _PAGING]
    first = await datasette.client.get(_page_path(pairs, None))
    if first.status_code != 200:
        message = first.json().get("error") if "json" in first.headers.get("content-type", "") \
            else None
        return Response.text(f"Cannot export this view: {message or 'bad filter'}\n",
                             status=400 if first.status_code < 500 else 500)
    forces, titles = await _names(datasette)
    outcomes = (await outcome_vocabulary(datasette)).get("by_value", {})
    origin = public_origin()

    async def stream(writer):
        await writer.write(_csv([HEADER]))
        data = first.json()
        while True:
            await writer.write(_csv([_line(r, forces, titles, outcomes, origin)
                                     for r in data.get("rows") or []]))
            token = data.get("next")
            if not token:
                return
            page = await datasette.client.get(_page_path(pairs, token))
            if page.status_code != 200:
                await writer.write(_csv([["(export stopped: the next page failed)"]]))
                return
            data = page.json()

    return AsgiStream(stream, headers={
        "content-disposition": f'attachment; filename="{FILENAME}"'},
        content_type="text/csv; charset=utf-8")
