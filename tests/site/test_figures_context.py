"""Figures a researcher can chart (issue 13): each figure carries its response's title and topic,
a series that keeps "Arrests" of a spiking table apart from "Arrests" of a Prevent table, the kind
of period (2019 is not 2019/20), the unit where stated and a flag on repeated tables; the series
facet and the CSV carry them on /foi/figures."""
from __future__ import annotations

import asyncio
import csv
import io
import sqlite3

import pytest

from archive.figure_context import context_of, period_kind, series_of, unit_of
from tests.support.site_corpus import build_site_corpus, rec


def _table(caption, rows, header=("", "2019/20", "2020/21")):
    return {"caption": caption, "header": list(header), "rows": [list(r) for r in rows]}


def _figures(t, table, rows):
    return [{"table": t, "measure": m, "period": p, "value": float(v), "raw": v}
            for m, vals in rows for p, v in zip(table["header"][1:], vals, strict=True)]


SPIKING = _table("Spiking reports", [("Drink spiking reports", ("40", "52")),
                                     ("Arrests", ("3", "6"))])
PREVENT = _table("Prevent referrals, 2019 to 2020", [("Referrals", ("80", "71")),
                                                     ("Arrests", ("9", "12"))],
                 header=("", "2019", "2020"))
COST = _table("Protest policing", [("Policing cost (£000)", ("512", "610"))])
EXTRA = [
    rec("kent-police", "FOI-2024-9", "Spiking reports", "2024-02-20", "full",
        topics=["use-of-force"], tables=[SPIKING, SPIKING],     # the letter repeats the table
        figures=_figures(0, SPIKING, [(r[0], r[1]) for r in SPIKING["rows"]])
        + _figures(1, SPIKING, [(r[0], r[1]) for r in SPIKING["rows"]])),
    rec("west-midlands-police", "300/24", "Prevent referrals", "2024-03-01", "full",
        topics=["misconduct-and-discipline"], tables=[PREVENT],
        figures=_figures(0, PREVENT, [(r[0], r[1]) for r in PREVENT["rows"]])),
    rec("kent-police", "FOI-2024-10", "Cost of protests", "2024-04-01", "full",
        topics=["use-of-force"], tables=[COST],
        figures=_figures(0, COST, [(r[0], r[1]) for r in COST["rows"]])),
]


@pytest.fixture(scope="module")
def figures_db(tmp_path_factory):
    return build_site_corpus(tmp_path_factory.mktemp("figures") / "foi.db", EXTRA)


@pytest.fixture(scope="module")
def fget(figures_db):
    from archive.serve import make_datasette

    ds = make_datasette(figures_db, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def fetch(path):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == 200, (path, response.text[:500])
        return response

    yield fetch
    loop.close()


def test_context_functions_on_written_examples():
    assert series_of("Arrests", "Data / Spiking reports, 2020 to 2023", "x") == \
        "Spiking reports: Arrests"
    assert series_of("Number of arrests", None, "Prevent referrals 2019 to 2022") == \
        "Prevent referrals: Arrests"
    assert context_of(None, "Drones 2017/18 to 2020/21") == "Drones"
    assert period_kind("2019/20", "Arrests") == "financial_year"
    assert period_kind("2019", "Arrests") == "calendar_year"
    assert period_kind("2022", "December / Arrests") == "month"
    assert period_kind("2024", "31 March / Officers") == "date"
    assert period_kind("2023/24", "Q1 / Calls") == "quarter"
    assert period_kind(None, "Arrests") is None
    assert unit_of("Consultancy spend (£000)", "Spending", "412") == "GBP thousands"
    assert unit_of("Cost", None, "£1,200") == "GBP"
    assert unit_of("Abandoned", None, "12%") == "percent"
    assert unit_of("Average answer time (seconds)", None, "9") == "seconds"
    assert unit_of("Arrests", "Spiking reports", "6") is None


def test_each_figure_carries_title_topic_series_kind_unit_and_duplicate(figures_db):
    conn = sqlite3.connect(figures_db)
    rows = conn.execute("select f.title, r.title, f.topic, f.series, f.period, f.period_kind, "
                        "f.unit, f.duplicate, f.table_ordinal from figures f "
                        "join responses r on r.id = f.response_id").fetchall()
    conn.close()
    assert rows and all(t == rt for t, rt, *_ in rows)
    arrests = {(s, kind) for _, _, _, s, _, kind, _, _, _ in rows if s.endswith(": Arrests")}
    assert arrests == {("Spiking reports: Arrests", "financial_year"),
                       ("Prevent referrals: Arrests", "calendar_year")}
    spiking = [r for r in rows if r[1] == "Spiking reports"]
    assert {r[2] for r in spiking} == {"use-of-force"}
    assert {(r[8], r[7]) for r in spiking} == {(0, 0), (1, 1)}   # the repeat is flagged
    assert {r[6] for r in rows if r[3] == "Protest policing: Policing cost (£000)"} == \
        {"GBP thousands"}


def test_series_facet_and_period_kind_on_the_figures_table(fget):
    data = fget("/foi/figures.json?_facet=series&_facet=period_kind&_size=0").json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    series = {v["value"]: v["count"] for v in facets["series"]["results"]}
    assert series["Spiking reports: Arrests"] == 4 and series["Prevent referrals: Arrests"] == 2
    kinds = {v["value"] for v in facets["period_kind"]["results"]}
    assert {"calendar_year", "financial_year"} <= kinds
    one = fget("/foi/figures.json?series=Spiking+reports%3A+Arrests&duplicate=0&_shape=array"
               ).json()
    assert sorted((r["period"], r["value"]) for r in one) == [("2019/20", 3.0), ("2020/21", 6.0)]


def test_figures_csv_has_title_and_topic_columns(fget):
    text = fget("/foi/figures.csv?series=Prevent+referrals%3A+Arrests").text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["title"], r["topic"], r["period"], r["period_kind"]) for r in rows] == [
        ("Prevent referrals", "misconduct-and-discipline", "2019", "calendar_year"),
        ("Prevent referrals", "misconduct-and-discipline", "2020", "calendar_year")]
