"""The sample reads like real logs (issue 13): titles name what is asked, answers state the
figures their tables print, every response has a date or month, and most say when the request
was received (issue 15), with working days counted over each nation's bank holidays."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from scripts.sample_site.answers import _stated
from scripts.sample_site.plan import build_plan
from scripts.sample_site.received import count_working_days

ROOT = Path(__file__).resolve().parents[2]


STOP = {"with", "from", "that", "this", "their", "into", "over", "under", "and", "the", "for"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def key_words(title: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", title.lower().replace("'s", ""))
    return [w for w in words if (len(w) >= 4 or w.isdigit()) and w not in STOP]


def test_key_words_of_every_title_are_in_its_questions(index):
    misses = []
    for r in index["responses"]:
        if r["hostile_markup"]:
            continue
        asked = " ".join(r["asks"]).lower()
        stems = set(re.findall(r"[a-z0-9]+", asked))
        for w in key_words(r["title"]):
            stem = w[:5]
            if not any(s.startswith(stem) or w.startswith(s) and len(s) >= 4 for s in stems):
                misses.append((r["force"], r["title"], w))
    assert not misses, misses[:10]


def test_the_neurodiversity_title_asks_about_neurodiversity(index):
    rows = [r for r in index["responses"] if "neurodiversity" in r["title"].lower()]
    assert rows
    for r in rows:
        assert any("neurodiversity" in q for q in r["asks"])
        assert not any("body worn video" in q for q in r["asks"])


def test_every_response_has_a_date_or_its_month_in_the_url(index):
    for r in index["responses"]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["published"])
        assert r["month"] == r["published"][:7]
        if not r["date_on_page"]:
            month = MONTHS[int(r["month"][5:]) - 1]
            assert month in r["path"] and r["month"][:4] in r["path"], r["path"]


@pytest.fixture(scope="module")
def plan():
    return build_plan()


def _numbers(text: str) -> list[int]:
    return [int(x.replace(",", "")) for x in re.findall(r"(?<![\d/])\d[\d,]*(?![\d/])", text)]


def test_figures_stated_in_answers_match_the_table(plan):
    checked = 0
    for r in plan:
        if not r.table:
            continue
        if r.table["header"][0] == "":
            rows = {row[0]: row[1:] for row in r.table["rows"]}
        else:
            rows = {h: [row[j] for row in r.table["rows"]] for j, h in enumerate(r.table["header"])
                    if j}
        for (q, answer), (_, _, spec) in zip(r.asks, r.chosen_asks, strict=True):
            if not answer or not spec or spec == "*" or "per cent" in answer:
                continue
            parts = spec.split("|")
            if not all(all(c.isdigit() for c in rows.get(p, ["x"])) for p in
                       (x for part in parts for x in part.split("+"))):
                continue    # suppressed cells or a withheld row: the text states no total
            want = [sum(int(c) for x in part.split("+") for c in rows[x]) for part in parts]
            got = _numbers(answer)[:len(want)]
            if "(£000)" in spec:                       # "£2,009,000" beside a 2009 in £000
                got = [g // 1000 for g in got]
            if "{peryear}" in next(a for q2, a, s in r.subject.asks if s == spec):
                want = [int(c) for c in rows[spec]]        # "2019: 3,038; 2020: 2,656"
                got = [int(x.replace(",", "")) for x in re.findall(r"\d{4}(?:/\d\d)?: ([\d,]+)",
                                                                  answer)]
            assert got == want, (r.reference, q, answer, rows)
            checked += 1
    assert checked > 100


def test_taser_tables_never_fire_more_than_they_draw(plan):
    tasers = [r for r in plan if r.subject.key == "taser" and r.values]
    assert tasers
    for r in tasers:
        for drawn, aimed, dotted, fired in zip(*(r.values[x] for x in r.subject.rows),
                                               strict=True):
            assert drawn >= aimed >= dotted >= fired


def test_stated_totals_use_the_true_figures():
    values = {"A": [1, 2], "B": [10, 20]}
    assert _stated("A", values) == (3, None)
    assert _stated("A+B", values) == (33, None)
    assert _stated("A|B", values) == (3, 30)
    assert _stated("*", values) == (33, None)


NATION = {"police-scotland": "SCT", "police-service-of-northern-ireland": "NIR",
          "south-wales-police": "WLS"}


def test_received_dates_spread_like_real_logs(index):
    rows = index["responses"]
    stated = [r for r in rows if r["received"]]
    assert 0.75 * len(rows) <= len(stated) < len(rows)       # most, not all
    days = []
    for r in stated:
        received, published = date.fromisoformat(r["received"]), date.fromisoformat(r["published"])
        assert received < published
        nation = NATION.get(r["force"], "ENG")
        assert r["working_days"] == count_working_days(received, published, nation)
        days.append(r["working_days"])
    within = sum(d <= 20 for d in days)
    assert within > 0.6 * len(days) and within < len(days)   # most on time, some late


def _spans(r, when) -> bool:
    return date.fromisoformat(r["received"]) < when <= date.fromisoformat(r["published"])


def test_some_windows_cross_nation_only_bank_holidays(index):
    scot = [r for r in index["responses"] if r["force"] == "police-scotland" and r["received"]]
    ni = [r for r in index["responses"] if r["force"] == "police-service-of-northern-ireland"
          and r["received"]]
    scot_only = [date(y, 11, 30) for y in range(2022, 2026)] + [date(y, 1, 2) for y in
                                                                 range(2022, 2026)]
    ni_only = [date(y, 3, 17) for y in range(2022, 2026)] + [date(y, 7, 12) for y in
                                                             range(2022, 2026)]
    assert any(_spans(r, h) for r in scot for h in scot_only if h.weekday() < 5)
    assert any(_spans(r, h) for r in ni for h in ni_only if h.weekday() < 5)


def test_received_date_is_printed_on_the_page(index, sample_root):
    from archive.sample_server import resolve

    checked = 0
    for r in index["responses"]:
        if not r["received"] or r["force"] == "police-scotland":   # Scotland: in the PDF letter
            continue
        d = date.fromisoformat(r["received"])
        page = resolve((sample_root / r["site"]).resolve(), r["path"]).read_text(encoding="utf-8")
        forms = [d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"), f"{d.day} {d:%B %Y}",
                 f"{d.day}{'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} {d:%B %Y}"]
        assert any(f in page for f in forms), (r["path"], forms)
        checked += 1
    assert checked > 200
