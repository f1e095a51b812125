"""/analytics pages, read from the stats_* tables the build precomputes (no per-request
GROUP BY over responses, so they stay fast on a million rows)."""
from __future__ import annotations

from urllib.parse import unquote, urlencode

from datasette.utils.asgi import NotFound

from datasette_plugins.charts import bar_chart, column_chart, stacked_bar_chart
from datasette_plugins.safety import q as quote_part
from datasette_plugins.web import corpus, fetch, fetch_one, render

OUTCOMES = ["full", "partial", "refused", "ncnd", "not_held", "cost_limit", "vexatious",
            "published_elsewhere", "unknown"]
_OUTCOME_SUMS = ", ".join(f"sum(outcome_{o}) as outcome_{o}" for o in OUTCOMES)


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
    by_year_sql = (f"select year, sum(responses) as responses, sum(refusals) as refusals, "
                   f"sum(ncnd) as ncnd, {_OUTCOME_SUMS} from stats_force_year "
                   f"group by year order by year")
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
    years = [_rates(r) for r in await fetch(db, by_year_sql)]
    forces = [_rates(r) for r in await fetch(db, by_force_sql)]
    exemptions = await fetch(db, top_ex_sql)
    topics = await fetch(db, top_topic_sql)
    context = {
        "years": years, "forces": forces, "exemptions": exemptions, "topics": topics,
        "chart_years": column_chart([(str(r["year"] or "?"), r["responses"]) for r in years],
                                    "Responses per year"),
        "chart_mix": stacked_bar_chart(_outcome_mix(years, "year"), OUTCOMES,
                                       "Outcome mix per year"),
        "chart_refusals": bar_chart([(r["name"] or r["force"], r["refusal_rate"] or 0)
                                     for r in forces], "Refusal rate by force", "{:.0%}"),
        "chart_exemptions": bar_chart([(r["label"], r["responses"]) for r in exemptions],
                                      "Most cited exemptions"),
        "chart_topics": bar_chart([(r["topic"], r["responses"]) for r in topics], "Top topics"),
        "exports": {"years": _exports(by_year_sql), "forces": _exports(by_force_sql),
                    "exemptions": _exports(top_ex_sql), "topics": _exports(top_topic_sql)},
    }
    return await render(datasette, request, "foi_analytics.html", context)


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
    years = await fetch(db, years_sql, {"force": slug})
    exemptions = await fetch(db, ex_sql, {"force": slug})
    topics = await fetch(db, topic_sql, {"force": slug})
    total = _rates({"responses": sum(r["responses"] for r in years),
                    "refusals": sum(r["refusals"] for r in years),
                    "ncnd": sum(r["ncnd"] for r in years)})
    context = {
        "force": force, "years": years, "exemptions": exemptions, "topics": topics,
        "total": total,
        "chart_years": column_chart([(str(r["year"] or "?"), r["responses"]) for r in years],
                                    f"Responses per year: {force['name']}"),
        "chart_mix": stacked_bar_chart(_outcome_mix(years, "year"), OUTCOMES, "Outcome mix"),
        "chart_exemptions": bar_chart([(r["label"], r["responses"]) for r in exemptions],
                                      "Top exemptions"),
        "chart_topics": bar_chart([(r["topic"], r["responses"]) for r in topics], "Top topics"),
        "exports": {"years": _exports(years_sql, force=slug),
                    "exemptions": _exports(ex_sql, force=slug),
                    "topics": _exports(topic_sql, force=slug)},
        "responses_url": f"/foi/responses?force={quote_part(slug)}",
    }
    return await render(datasette, request, "foi_analytics_force.html", context)


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
                                  f"Forces citing {label}"),
        "chart_years": column_chart([(str(r["year"] or "?"), r["responses"]) for r in years],
                                    f"Responses citing {label} per year"),
        "exports": {"forces": _exports(forces_sql, label=label),
                    "years": _exports(years_sql, label=label)},
        "responses_url": "/foi/responses?" + urlencode({"exemption_families__arraycontains":
                                                        label}),
    }
    return await render(datasette, request, "foi_analytics_exemption.html", context)


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
    forces = await fetch(db, forces_sql, {"year": year})
    if not forces:
        raise NotFound(f"No responses published in {raw}")
    exemptions = await fetch(db, ex_sql, {"year": year})
    topics = await fetch(db, topic_sql, {"year": year})
    total = _rates({"responses": sum(r["responses"] for r in forces),
                    "refusals": sum(r["refusals"] for r in forces),
                    "ncnd": sum(r["ncnd"] for r in forces)})
    years = [r["year"] for r in await fetch(
        db, "select distinct year from stats_force_year where year is not null order by year")]
    params = {"year": "" if year is None else str(year)}
    context = {
        "year": raw, "forces": forces, "exemptions": exemptions, "topics": topics,
        "total": total, "years": years,
        "chart_forces": bar_chart([(r["name"] or r["force"], r["responses"]) for r in forces],
                                  f"Responses per force in {raw}"),
        "chart_mix": stacked_bar_chart(_outcome_mix([{**r, "label": r["name"] or r["force"]}
                                                     for r in forces], "label"), OUTCOMES,
                                       f"Outcome mix per force in {raw}"),
        "chart_exemptions": bar_chart([(r["label"], r["responses"]) for r in exemptions],
                                      f"Top exemptions in {raw}"),
        "chart_topics": bar_chart([(r["topic"], r["responses"]) for r in topics],
                                  f"Top topics in {raw}"),
        "exports": {"forces": _exports(forces_sql, **params),
                    "exemptions": _exports(ex_sql, **params),
                    "topics": _exports(topic_sql, **params)},
        "responses_url": ("/foi/responses?year__isnull=1" if year is None
                          else f"/foi/responses?year={year}"),
    }
    return await render(datasette, request, "foi_analytics_year.html", context)
