"""/analytics pages, read from the stats_* tables the build precomputes (no per-request
GROUP BY over responses, so they stay fast on a million rows)."""
from __future__ import annotations

from urllib.parse import unquote, urlencode

from datasette.utils.asgi import NotFound

from archive.corpus_schema import STATS_OUTCOMES
from datasette_plugins.charts import bar_chart, column_chart, rate_chart, stacked_bar_chart
from datasette_plugins.json_page import json_response, wants_json
from datasette_plugins.safety import q as quote_part
from datasette_plugins.web import corpus, fetch, fetch_one, render

OUTCOMES = list(STATS_OUTCOMES)   # the stats tables' outcome_<value> columns
_OUTCOME_SUMS = ", ".join(f"sum(outcome_{o}) as outcome_{o}" for o in OUTCOMES)
# A rate over fewer responses than this is flagged: one response more or less moves it far.
MIN_RESPONSES = 10
# A year is flagged when fewer forces published in it than this share of the best-covered
# year: its totals compare forces that are missing, not a change over time.
COVERAGE_SHARE = 0.5
FORCE_SORTS = {"refusal_rate": lambda f: (-(f["refusal_rate"] or 0), -f["responses"]),
               "ncnd_rate": lambda f: (-(f["ncnd_rate"] or 0), -f["responses"]),
               "responses": lambda f: (-f["responses"], f["force"]),
               "name": lambda f: ((f["name"] or f["force"]).lower(),)}
DEFINITIONS = ("Refusal: a response withholding the whole request (refused, NCND, cost limit, "
               "vexatious, published elsewhere). NCND: the force would neither confirm nor deny "
               "holding the information. Rates are shares of all responses in the row; a rate "
               f"over fewer than {MIN_RESPONSES} responses is marked *.")


def _flag_small(rows: list[dict]) -> list[dict]:
    for r in rows:
        r["small"] = (r.get("responses") or 0) < MIN_RESPONSES
    return rows


def _coverage(years: list[dict]) -> list[dict]:
    """Mark the years published by few of the forces seen in the best-covered year."""
    most = max((y.get("forces") or 0 for y in years), default=0)
    for y in years:
        y["low_coverage"] = bool(most) and (y.get("forces") or 0) < COVERAGE_SHARE * most
    return years


async def _answer(datasette, request, template: str, context: dict,
                  data_keys: tuple[str, ...]):
    """The page, or with .json its data: the same rows the tables show."""
    if wants_json(request):
        return json_response({k: context[k] for k in data_keys if k in context}
                             | {"definitions": DEFINITIONS, "min_responses": MIN_RESPONSES})
    return await render(datasette, request, template, {**context, "definitions": DEFINITIONS,
                                                 "min_responses": MIN_RESPONSES})


def _exports(sql: str, **params) -> dict:
    qs = urlencode({"sql": sql, **params})
    return {"csv": f"/foi.csv?{qs}", "json": f"/foi.json?{qs}&_shape=array"}


def _rates(row: dict) -> dict:
    n = row.get("responses") or 0
    row["refusal_rate"] = round((row.get("refusals") or 0) / n, 3) if n else None
    row["ncnd_rate"] = round((row.get("ncnd") or 0) / n, 3) if n else None
    return row


def _outcome_mix(rows: list[dict], label_key: str) -> list[tuple[str, dict]]:
    return [(str(r[label_key] if r[label_key] is not None else "undated"),
             {o: r[f"outcome_{o}"] or 0 for o in OUTCOMES}) for r in rows]


async def overview_page(datasette, request):
    db = corpus(datasette)
    sort = request.args.get("_sort") or "refusal_rate"
    if sort not in FORCE_SORTS:
        return json_response({"ok": False, "error": f"_sort must be one of "
                                                    f"{', '.join(FORCE_SORTS)}"}, status=400)
    by_year_sql = (f"select year, sum(responses) as responses, count(distinct force) as forces, "
                   f"sum(refusals) as refusals, sum(ncnd) as ncnd, {_OUTCOME_SUMS} "
                   f"from stats_force_year group by year order by year")
    by_force_sql = ("select s.force, f.name, sum(s.responses) as responses, "
                    "sum(s.refusals) as refusals, sum(s.ncnd) as ncnd from stats_force_year s "
                    "left join forces f on f.slug = s.force group by s.force "
                    "order by responses desc, s.force")
    # exemption families under each force's Act (archive/exemption_names.py): s12 + s12(1) once
    top_ex_sql = ("select s.family as label, substr(e.title, length(e.family) + 2) as name, sum(s.responses) as responses, "
                  "count(distinct s.force) as forces from stats_exemption_family_force_year s "
                  "left join exemption_families e on e.family = s.family group by s.family "
                  "order by responses desc, s.family limit 20")
    top_topic_sql = ("select topic, sum(responses) as responses, count(distinct force) as forces "
                     "from stats_topic_force_year group by topic "
                     "order by responses desc, topic limit 20")
    years = _coverage(_flag_small([_rates(r) for r in await fetch(db, by_year_sql)]))
    forces = _flag_small([_rates(r) for r in await fetch(db, by_force_sql)])
    forces.sort(key=FORCE_SORTS[sort])
    exemptions = await fetch(db, top_ex_sql)
    topics = await fetch(db, top_topic_sql)
    small = {r["name"] or r["force"] for r in forces if r["small"]}
    rate_key = "ncnd_rate" if sort == "ncnd_rate" else "refusal_rate"
    dated = [y for y in years if y["year"] is not None]
    context = {
        "years": years, "forces": forces, "exemptions": exemptions, "topics": topics,
        "sort": sort, "sorts": list(FORCE_SORTS),
        "low_coverage": [y for y in years if y["low_coverage"]],
        "chart_years": column_chart([(str(r["year"] or "?"), r["responses"]) for r in years],
                                    "Responses published per year"),
        "chart_rates": rate_chart(
            [("refusal rate", [(y["year"], y["refusal_rate"], y["responses"]) for y in dated]),
             ("NCND rate", [(y["year"], y["ncnd_rate"], y["responses"]) for y in dated])],
            "Refusal and NCND rate per year, all forces", MIN_RESPONSES),
        "chart_mix": stacked_bar_chart(_outcome_mix(years, "year"), OUTCOMES,
                                       "Outcome mix per year"),
        "chart_refusals": bar_chart(
            [(r["name"] or r["force"], r[rate_key] or 0) for r in forces],
            f"{'NCND' if rate_key == 'ncnd_rate' else 'Refusal'} rate by force", "{:.0%}",
            unit="% of the force's responses", small=small),
        "chart_exemptions": bar_chart([(r["label"], r["responses"]) for r in exemptions],
                                      "Most cited exemptions", unit="responses citing it"),
        "chart_topics": bar_chart([(r["topic"], r["responses"]) for r in topics], "Top topics",
                                  unit="responses on the topic"),
        "exports": {"years": _exports(by_year_sql), "forces": _exports(by_force_sql),
                    "exemptions": _exports(top_ex_sql), "topics": _exports(top_topic_sql)},
    }
    return await _answer(datasette, request, "foi_analytics.html", context,
                         ("sort", "years", "forces", "exemptions", "topics"))


async def force_page(datasette, request):
    db = corpus(datasette)
    slug = unquote(request.url_vars["slug"])
    force = await fetch_one(db, "select * from forces where slug = ?", [slug])
    if force is None:
        raise NotFound(f"No force {slug}")
    years_sql = ("select year, responses, refusals, ncnd, refusal_rate, ncnd_rate, "
                 + ", ".join(f"outcome_{o}" for o in OUTCOMES)
                 + " from stats_force_year where force = :force order by year")
    ex_sql = ("select s.family as label, substr(e.title, length(e.family) + 2) as name, sum(s.responses) as responses from "
              "stats_exemption_family_force_year s left join exemption_families e "
              "on e.family = s.family where s.force = :force group by s.family "
              "order by responses desc, s.family limit 15")
    topic_sql = ("select topic, sum(responses) as responses from stats_topic_force_year "
                 "where force = :force group by topic order by responses desc, topic limit 15")
    years = _flag_small(await fetch(db, years_sql, {"force": slug}))
    exemptions = await fetch(db, ex_sql, {"force": slug})
    topics = await fetch(db, topic_sql, {"force": slug})
    total = _flag_small([_rates({"responses": sum(r["responses"] for r in years),
                                 "refusals": sum(r["refusals"] for r in years),
                                 "ncnd": sum(r["ncnd"] for r in years)})])[0]
    dated = [y for y in years if y["year"] is not None]
    name = force["name"]
    context = {
        "force": force, "years": years, "exemptions": exemptions, "topics": topics,
        "total": total,
        "chart_rates": rate_chart(
            [("refusal rate", [(y["year"], y["refusal_rate"], y["responses"]) for y in dated]),
             ("NCND rate", [(y["year"], y["ncnd_rate"], y["responses"]) for y in dated])],
            f"Refusal and NCND rate per year: {name}", MIN_RESPONSES),
        "chart_years": column_chart([(str(r["year"] or "?"), r["responses"]) for r in years],
                                    f"Responses published per year: {name}"),
        "chart_mix": stacked_bar_chart(_outcome_mix(years, "year"), OUTCOMES,
                                       f"Outcome mix per year: {name}"),
        "chart_exemptions": bar_chart([(r["label"], r["responses"]) for r in exemptions],
                                      f"Top exemptions: {name}", unit="responses citing it"),
        "chart_topics": bar_chart([(r["topic"], r["responses"]) for r in topics],
                                  f"Top topics: {name}", unit="responses on the topic"),
        "exports": {"years": _exports(years_sql, force=slug),
                    "exemptions": _exports(ex_sql, force=slug),
                    "topics": _exports(topic_sql, force=slug)},
        "responses_url": f"/foi/responses?force={quote_part(slug)}",
        "feed_url": f"/foi/responses.atom?force={quote_part(slug)}",
    }
    return await _answer(datasette, request, "foi_analytics_force.html", context,
                         ("force", "total", "years", "exemptions", "topics"))


async def exemption_page(datasette, request):
    db = corpus(datasette)
    label = unquote(request.url_vars["label"])
    # an exemption family under its Act (s12, FOISA s38); an exact label leads to its family
    family_sql = ("select e.family as label, substr(e.title, length(e.family) + 2) as name, "
                  "e.ncnd, e.act from exemption_families e where e.family = ?")
    ex = await fetch_one(db, family_sql, [label])
    if ex is None:
        known = await fetch_one(db, "select family from exemption_names where key = ?", [label])
        ex = known and await fetch_one(db, family_sql, [known["family"]])
    if not ex:
        raise NotFound(f"No exemption {label}")
    label = ex["label"]
    forces_sql = ("select s.force, f.name, sum(s.responses) as responses from "
                  "stats_exemption_family_force_year s left join forces f on f.slug = s.force "
                  "where s.family = :label group by s.force order by responses desc, s.force")
    years_sql = ("select year, sum(responses) as responses, count(distinct force) as forces "
                 "from stats_exemption_family_force_year where family = :label "
                 "group by year order by year")
    forces = await fetch(db, forces_sql, {"label": label})
    years = await fetch(db, years_sql, {"label": label})
    context = {
        "ex": ex, "forces": forces, "years": years,
        "chart_forces": bar_chart([(r["name"] or r["force"], r["responses"]) for r in forces],
                                  f"Forces citing {label}", unit=f"responses citing {label}"),
        "chart_years": column_chart([(str(r["year"] or "?"), r["responses"]) for r in years],
                                    f"Responses citing {label} per year",
                                    unit=f"responses citing {label}"),
        "exports": {"forces": _exports(forces_sql, label=label),
                    "years": _exports(years_sql, label=label)},
        "responses_url": "/foi/responses?" + urlencode({"exemption_families__arraycontains":
                                                        label}),
    }
    return await _answer(datasette, request, "foi_analytics_exemption.html", context,
                         ("ex", "forces", "years"))


async def year_page(datasette, request):
    db = corpus(datasette)
    raw = request.url_vars["year"]
    year = None if raw == "undated" else int(raw)
    # `is` matches the undated (null) year too
    forces_sql = ("select s.force, f.name, s.responses, s.refusals, s.ncnd, s.refusal_rate, "
                  "s.ncnd_rate, " + ", ".join(f"s.outcome_{o}" for o in OUTCOMES)
                  + " from stats_force_year s left join forces f on f.slug = s.force "
                  "where s.year is :year order by s.responses desc, s.force")
    ex_sql = ("select s.family as label, substr(e.title, length(e.family) + 2) as name, sum(s.responses) as responses, "
              "count(distinct s.force) as forces from stats_exemption_family_force_year s "
              "left join exemption_families e on e.family = s.family where s.year is :year "
              "group by s.family order by responses desc, s.family limit 15")
    topic_sql = ("select topic, sum(responses) as responses, count(distinct force) as forces "
                 "from stats_topic_force_year where year is :year group by topic "
                 "order by responses desc, topic limit 15")
    forces = _flag_small(await fetch(db, forces_sql, {"year": year}))
    if not forces:
        raise NotFound(f"No responses published in {raw}")
    exemptions = await fetch(db, ex_sql, {"year": year})
    topics = await fetch(db, topic_sql, {"year": year})
    total = _flag_small([_rates({"responses": sum(r["responses"] for r in forces),
                                 "refusals": sum(r["refusals"] for r in forces),
                                 "ncnd": sum(r["ncnd"] for r in forces)})])[0]
    coverage = await fetch(db, "select year, count(distinct force) as forces "
                               "from stats_force_year group by year")
    most = max((c["forces"] for c in coverage), default=0)
    years = sorted(c["year"] for c in coverage if c["year"] is not None)
    params = {"year": "" if year is None else str(year)}
    small = {r["name"] or r["force"] for r in forces if r["small"]}
    context = {
        "year": raw, "forces": forces, "exemptions": exemptions, "topics": topics,
        "total": total, "years": years, "forces_max": most,
        "low_coverage": bool(most) and len(forces) < COVERAGE_SHARE * most,
        "chart_forces": bar_chart([(r["name"] or r["force"], r["responses"]) for r in forces],
                                  f"Responses per force in {raw}", small=small),
        "chart_mix": stacked_bar_chart(_outcome_mix([{**r, "label": r["name"] or r["force"]}
                                                     for r in forces], "label"), OUTCOMES,
                                       f"Outcome mix per force in {raw}"),
        "chart_exemptions": bar_chart([(r["label"], r["responses"]) for r in exemptions],
                                      f"Top exemptions in {raw}", unit="responses citing it"),
        "chart_topics": bar_chart([(r["topic"], r["responses"]) for r in topics],
                                  f"Top topics in {raw}", unit="responses on the topic"),
        "exports": {"forces": _exports(forces_sql, **params),
                    "exemptions": _exports(ex_sql, **params),
                    "topics": _exports(topic_sql, **params)},
        "responses_url": ("/foi/responses?year__isnull=1" if year is None
                          else f"/foi/responses?year={year}"),
    }
    return await _answer(datasette, request, "foi_analytics_year.html", context,
                         ("year", "total", "low_coverage", "forces", "exemptions", "topics"))
