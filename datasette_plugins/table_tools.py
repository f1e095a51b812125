"""What the responses table page adds above its rows: the outcome vocabulary (the corpus's
`outcomes` and `outcome_groups` tables, archive/data/outcomes.yaml), the one-click "withheld"
filter and the readable CSV download of the rows shown, both keeping the page's filters."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from datasette_plugins.web import DB_NAME

WITHHELD_KEY = "outcome__in"
CSV_PATH = "/foi/responses.readable.csv"
# Query keys that page or shape the view rather than choose its rows.
_PAGING = {"_next", "_before", "_size", "_shape", "_facet", "_facet_array", "_facet_size",
           "_nofacet", "_nocount", "_labels", "_col", "_nocol", "_json"}


async def outcome_vocabulary(datasette) -> dict:
    """{"outcomes": [...], "by_value": {...}, "groups": {...}}, read once per database (the
    corpus is immutable while served); empty when the corpus predates the tables."""
    if DB_NAME not in datasette.databases:
        return {}
    db = datasette.get_database(DB_NAME)
    cache = db.__dict__.setdefault("_foi_schema_cache", {})
    if "outcome_words" not in cache or db.is_mutable:
        words = {"outcomes": [], "by_value": {}, "groups": {}}
        if "outcomes" in await db.table_names():
            rows = await db.execute("select value, label, explanation, groups from outcomes "
                                    "order by ordinal")
            words["outcomes"] = [dict(r) for r in rows.rows]
            words["by_value"] = {o["value"]: o for o in words["outcomes"]}
            groups = await db.execute("select name, label, outcomes, explanation "
                                      "from outcome_groups")
            words["groups"] = {g["name"]: dict(g) for g in groups.rows}
        cache["outcome_words"] = words
    return cache["outcome_words"]


def table_links(request, words: dict) -> dict:
    """The withheld filter (on, with its URL to toggle it) and the CSV download URL."""
    pairs = [(k, v) for k, v in parse_qsl(request.query_string, keep_blank_values=True)]
    group = (words.get("groups") or {}).get("withheld")
    out = {"csv": CSV_PATH + _query([(k, v) for k, v in pairs if k not in _PAGING]),
           "ranked": ranked_url(pairs)}
    if group:
        kept = [(k, v) for k, v in pairs if k not in ("outcome", WITHHELD_KEY, "_next")]
        on = (WITHHELD_KEY, group["outcomes"]) in pairs
        out["withheld"] = {"on": on, "label": group["label"], "outcomes": group["outcomes"],
                           "explanation": group["explanation"],
                           "url": request.path + _query(
                               kept + ([] if on else [(WITHHELD_KEY, group["outcomes"])]))}
    return out


# The table's filters /search also reads (page_search.py), by its argument names.
_RANKED_FILTERS = {"force": "force", "year": "year", "topics__arraycontains": "topic"}


def ranked_url(pairs: list[tuple[str, str]]) -> str | None:
    """The same search and filters on /search, ranked by relevance over every match; None when
    the view is not a plain search or has a filter /search cannot keep."""
    words = [v for k, v in pairs if k in ("_search", "_q") and v.strip()]
    rows = [(k, v) for k, v in pairs if not k.startswith("_")]
    if len(words) != 1 or any(k not in _RANKED_FILTERS for k, _ in rows) \
            or len({k for k, _ in rows}) != len(rows) or ("_searchmode", "raw") in pairs:
        return None
    return "/search?" + urlencode([("q", words[0])] + [(_RANKED_FILTERS[k], v) for k, v in rows])


def _query(pairs: list[tuple[str, str]]) -> str:
    return "?" + urlencode(pairs) if pairs else ""
