"""Readable fields for lists of responses on the search pages: force names, a date or month,
exemptions with their names, the outcome in words. Lookups are small tables read per request."""
from __future__ import annotations

from datasette import hookimpl

from archive.outcomes import vocabulary
from datasette_plugins.readable_text import text_blocks
from datasette_plugins.safety import json_list
from datasette_plugins.web import fetch_many, has_table

# the contract's outcome slugs in words (responses.outcome), for sentences (feed titles)
OUTCOMES = {
    "full": "information given", "partial": "partly given", "refused": "refused",
    "ncnd": "neither confirmed nor denied", "not_held": "not held",
    "cost_limit": "over the cost limit", "vexatious": "vexatious",
    "published_elsewhere": "already published", "unknown": "outcome not read",
}
# an outcome as lists show it: the one vocabulary's label (archive/data/outcomes.yaml), as the
# table's "What the outcomes mean", the response page and the CSV say it
OUTCOME_LABELS = {o["value"]: o["label"] for o in vocabulary()["outcomes"]}


async def lookups(db) -> dict:
    queries = {
        "forces": ("select slug, name, act from forces", []),
        "exemptions": ("select label, name from exemptions", []),
        "topics": ("select slug, description from topics", [])}
    if await has_table(db, "exemption_names"):   # names under each Act (exemption_names.py)
        queries["act_names"] = ("select label, act, key, name from exemption_names", [])
    found = await fetch_many(db, queries)
    return {"forces": {r["slug"]: r["name"] for r in found["forces"]},
            "acts": {r["slug"]: "FOISA" if r["act"] == "FOISA" else "FOIA"
                     for r in found["forces"]},
            "exemptions": {r["label"]: r["name"] for r in found["exemptions"]},
            "act_names": {(r["label"], r["act"]): (r["key"], r["name"])
                          for r in found.get("act_names", [])},
            "topics": {r["slug"]: r["description"] for r in found["topics"]}}


def exemption_named(label: str, force: str | None, names: dict) -> dict:
    """A cited label with its name under the force's own Act (FOISA s38 = Personal
    information, FOIA s38 = Health and safety)."""
    act = names.get("acts", {}).get(force, "FOIA")
    key, name = names.get("act_names", {}).get((label, act), (None, None))
    return {"label": label, "name": name if key else names["exemptions"].get(label)}


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def month_words(month) -> str:
    """'2024-07' -> 'July 2024' (the month a log files an undated response under); '' if none."""
    text = str(month or "")
    if len(text) >= 7 and text[:4].isdigit() and text[4] == "-" and text[5:7].isdigit() \
            and 1 <= int(text[5:7]) <= 12:
        return f"{_MONTH_NAMES[int(text[5:7]) - 1]} {text[:4]}"
    return text


def shown_date(row: dict, missing: str = "date not given") -> str:
    """The publication date, else its month in words ('July 2024'), else `missing`."""
    return row.get("published") or month_words(row.get("month")) or missing


def readable(row: dict, names: dict) -> dict:
    """A response row (id, force, title, reference, published, month, outcome,
    exemption_labels, topics) with the names a reader needs, for pages and JSON alike."""
    labels = json_list(row.get("exemption_labels"))
    return {
        "id": row["id"], "url": f"/response/{row['id']}",
        "title": row.get("title") or row.get("reference") or row["id"],
        "reference": row.get("reference"),
        "force": row.get("force"), "force_name": names["forces"].get(row.get("force"),
                                                                     row.get("force")),
        "date": shown_date(row), "published": row.get("published"), "month": row.get("month"),
        "outcome": row.get("outcome"),
        "outcome_text": OUTCOME_LABELS.get(row.get("outcome"), row.get("outcome") or ""),
        "exemptions": [exemption_named(label, row.get("force"), names) for label in labels],
        "topics": [{"slug": t, "name": names["topics"].get(t) or t}
                   for t in json_list(row.get("topics"))],
    }


@hookimpl
def prepare_jinja2_environment(env):
    # {{ r|foi_date }} / {{ r|foi_date("undated") }}: a row's date as every list shows it
    env.filters["foi_date"] = shown_date
    # {% for b in text|foi_blocks %}: stored text as paragraphs, lists and tables (response page)
    env.filters["foi_blocks"] = text_blocks
