"""/analytics/timeliness (and .json): how long each force takes to answer, from the build's
stats_timeliness tables (archive/corpus_timeliness.py; docs/timeliness.md), and the response
page's "Received …; answered in N working days" line."""
from __future__ import annotations

from urllib.parse import urlencode

from datasette_plugins.chart_timeliness import median_chart
from datasette_plugins.charts import bar_chart
from datasette_plugins.json_page import json_response, wants_json
from datasette_plugins.web import corpus, fetch_many, has_table, render

TIME_LIMIT = 20  # FOIA s10(1) and FOISA s10(1): the twentieth working day after receipt
RULE = ("Working days from the day after the request was received to the response date: not "
        "Saturdays, Sundays, Christmas Day or bank holidays. Under FOIA a bank holiday in any "
        "part of the UK counts (s10(6)); under FOISA, Police Scotland's Act, Scotland's (s73).")
_COLUMNS = ("responses, with_received, no_received, counted, not_counted, within_limit, "
            "share_within_limit, median_working_days, longest_working_days")
FORCES_SQL = (f"select s.force, f.name, f.act, {_COLUMNS} from stats_timeliness_force s "
              "left join forces f on f.slug = s.force order by s.median_working_days is null, "
              "s.median_working_days desc, s.force")
YEARS_SQL = (f"select s.force, f.name, s.year, {_COLUMNS} from stats_timeliness s "
             "left join forces f on f.slug = s.force order by f.name, s.force, s.year")


def _exports(sql: str) -> dict:
    qs = urlencode({"sql": sql})
    return {"csv": f"/foi.csv?{qs}", "json": f"/foi.json?{qs}&_shape=array"}


async def timeliness_page(datasette, request):
    db = corpus(datasette)
    found = {"forces": [], "years": []}
    if await has_table(db, "stats_timeliness_force"):  # a corpus built before issue 15 has none
        found = await fetch_many(db, {"forces": (FORCES_SQL, []), "years": (YEARS_SQL, [])})
    forces, years = found["forces"], found["years"]
    totals = {k: sum(r[k] or 0 for r in forces)
              for k in ("responses", "with_received", "no_received", "counted", "within_limit")}
    if wants_json(request):
        return json_response({"time_limit_working_days": TIME_LIMIT, "rule": RULE,
                              "totals": totals, "forces": forces, "force_years": years})
    counted = [r for r in forces if r["counted"]]
    context = {
        "forces": forces, "years": years, "totals": totals, "limit": TIME_LIMIT, "rule": RULE,
        "chart_median": median_chart(
            [{"label": r["name"] or r["force"], "median": r["median_working_days"],
              "share": r["share_within_limit"], "counted": r["counted"]} for r in counted],
            TIME_LIMIT, "Median working days from receipt to response, by force"),
        "chart_share": bar_chart(
            [(r["name"] or r["force"], r["share_within_limit"] or 0) for r in counted],
            f"Share answered within {TIME_LIMIT} working days", "{:.0%}"),
        "exports": {"forces": _exports(FORCES_SQL), "years": _exports(YEARS_SQL)},
    }
    return await render(datasette, request, "foi_timeliness.html", context)


def timing_line(resp: dict) -> str | None:
    """The response page's line: 'Received 2024-05-07; answered in 27 working days', or why
    there is no count; None when the response states no received date."""
    received, published, days = resp.get("received"), resp.get("published"), resp.get("working_days")
    if not received:
        return None
    if days is not None:
        late = f", over the Act's {TIME_LIMIT}" if days > TIME_LIMIT else ""
        return f"Received {received}; answered in {days} working day{'s' if days != 1 else ''}{late}"
    if not published:
        return f"Received {received}; the response date is not stated, so no count"
    if received > published:
        return f"Received {received}, after the response date: one of the dates is misread, no count"
    return f"Received {received}; more than a year before the response, not counted"
