"""Issue 13's "done when": the three users' tasks, clicked through in headless Chromium on the
sample corpus (the bundled sample site crawled over 127.0.0.1 and built, as `make demo` does),
each at a laptop's (1366 px) and a phone's (390 px) width. Screenshots of every step go to
test-artifacts/screenshots/journey-<user>-<step>-<width>.png.

- journalist: home search box "drone" -> the table -> withheld only -> forces and named
  exemptions -> the CSV download -> a Police Scotland response showing its letter's decision;
- researcher: /foi/responses.json paged by `next` to the end (every row once, the table's count),
  then /foi/figures -> a series facet -> its CSV -> one measure charted across forces;
- FOI officer: home -> precedents -> "40(5) misconduct" -> the NCND wording with its forces ->
  an example response showing that wording.
"""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from html import escape
from pathlib import Path

import pytest

from tests.support.browser import Watched
from tests.support.live_site import running_site
from tests.support.sample_corpus import query, sample_corpus_db
from tests.support.sample_letters import scotland_letters, words

pytestmark = pytest.mark.browser
WIDTHS = [1366, 390]
WITHHELD = {"refused", "ncnd", "partial"}


@pytest.fixture(scope="module")
def sample_site():
    with running_site(sample_corpus_db()) as base:
        yield base


@pytest.fixture(params=WIDTHS)
def user(request, browser, sample_site):
    width = request.param
    context = browser.new_context(base_url=sample_site, accept_downloads=True,
                                  viewport={"width": width, "height": 900 if width > 500 else 844},
                                  is_mobile=width < 500)
    watched = Watched(context.new_page())
    yield width, watched
    context.close()


def shot(watched: Watched, user: str, step: str, width: int) -> None:
    watched.shot(f"journey-{user}-{step}-{width}")


def fits(page, width: int) -> None:
    """Nothing of the page scrolls sideways (a wide table scrolls inside its own box)."""
    scroll = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll <= width + 1, (page.url, scroll)


def visible_text(locator) -> str:
    return words(locator.inner_text())


def open_facets(page) -> None:
    """On a phone the facet counts are folded behind "Counts by ..." (table-notes.js): open it
    as a user would."""
    fold = page.locator("details.facet-fold")
    if fold.count() and not fold.first.evaluate("d => d.open"):
        fold.first.locator("summary").click()


# ------------------------------------------------------------------ journalist

def test_journalist_finds_which_forces_refused_drone_requests(user):
    width, watched = user
    p = watched.page
    db = sample_corpus_db()
    p.goto("/")
    box = p.locator("form.home-search input[type=search]")
    box.fill("drone")
    box.press("Enter")
    p.wait_for_url("**/search?q=drone**")
    results = p.locator("ol.results > li")
    assert results.count() >= 10
    shot(watched, "journalist", "search", width)
    fits(p, width)

    # from the search to the table, where the withheld filter is one click
    p.get_by_role("link", name="Filter and facet these in the table").click()
    p.wait_for_url("**/foi/responses?**")
    p.locator("a.withheld-filter").click()
    p.wait_for_url("**outcome__in=*")
    rows = p.locator("table.rows-and-columns tbody tr")
    n = rows.count()
    assert n >= 3
    shown = re.search(r"([\d,]+) rows?", p.inner_text("h3")) or \
        re.search(r"([\d,]+) rows?", p.inner_text("body"))
    assert int(shown.group(1).replace(",", "")) == n
    outcomes = {c.strip() for c in p.locator("td.col-outcome").all_inner_texts()}
    assert outcomes and outcomes <= WITHHELD, outcomes
    forces = {words(c) for c in p.locator("td.col-force a").all_inner_texts()}
    names = {name for (name,) in query(db, "select name from forces")}
    assert forces <= names and len(forces) >= 3, forces   # force names, not slugs
    titles = " ".join(p.locator("td.col-title").all_inner_texts()).lower()
    assert "drone" in titles
    # the exemptions cited by these rows, by name: the exemption facet of the filtered view
    open_facets(p)
    facet = p.locator('.facet-info[data-column="exemption_families"]')
    facet_text = visible_text(facet)
    for name in ("Law enforcement",):
        assert name in facet_text, facet_text
    assert re.search(r"FOISA s35 Law enforcement", facet_text), facet_text
    shot(watched, "journalist", "withheld-table", width)
    fits(p, width)

    # the CSV: an attachment with readable columns, one row per table row
    with p.expect_download() as download:
        p.locator("a.csv-download").click()
    data = Path(download.value.path()).read_text(encoding="utf-8")
    assert download.value.suggested_filename.endswith(".csv")
    rows_csv = list(csv.DictReader(io.StringIO(data)))
    assert len(rows_csv) == n
    for col in ("force", "date", "outcome", "exemptions", "response"):
        assert col in rows_csv[0], rows_csv[0].keys()
    assert {r["force"] for r in rows_csv} == forces
    slugs = {slug for (slug,) in query(db, "select slug from forces")}
    for r in rows_csv:
        assert r["force"] not in slugs and r["date"] and r["outcome"]
        assert re.fullmatch(r"https?://[^/]+/response/[0-9a-f]+", r["response"]), r["response"]
        assert "[" not in r["exemptions"] and '"' not in r["exemptions"]  # no JSON arrays
    joined = [r["exemptions"] for r in rows_csv if ";" in r["exemptions"]]
    assert joined and all(re.fullmatch(r"[^;]+(; [^;]+)+", e) for e in joined), joined

    # one response: Police Scotland's, whose answer is in its PDF letter
    row = rows.filter(has_text="Police Scotland").first
    link = row.locator("td.col-title a")
    title = link.inner_text().strip()
    link.click()
    p.wait_for_url("**/response/*")
    assert p.locator("h1").inner_text().strip() == title
    page_text = visible_text(p.locator("body"))
    assert "Police Scotland" in page_text
    rid = p.url.rsplit("/", 1)[1]
    (reference,) = query(db, "select reference from responses where id = ?", [rid])[0]
    letter = next(r for r in scotland_letters() if r["reference"] == reference)
    assert letter["decision"] in page_text, letter["decision"]
    shot(watched, "journalist", "response", width)
    fits(p, width)
    assert not watched.dialogs and not watched.csp_violations(), watched.errors


# ------------------------------------------------------------------ researcher

def test_researcher_pages_the_api_and_charts_a_measure_across_forces(user):
    width, watched = user
    p = watched.page
    db = sample_corpus_db()
    p.goto("/foi/responses")
    count = int(re.search(r"([\d,]+) rows?", p.inner_text("h3")).group(1).replace(",", ""))
    assert count == query(db, "select count(*) from responses")[0][0]

    # every row once, following `next_url` to the end
    ids, url, pages = [], "/foi/responses.json?_size=50&_shape=objects", 0
    while url:
        answer = p.request.get(url)
        assert answer.ok, url
        data = answer.json()
        ids += [r["id"] for r in data["rows"]]
        url, pages = data.get("next_url"), pages + 1
        assert pages < 100
    assert len(ids) == len(set(ids)) == count and pages == -(-count // 50)

    # the figures table, one series chosen from its facet, downloaded as CSV
    p.goto("/foi/figures")
    open_facets(p)
    facet = p.locator('.facet-info[data-column="series"]')
    top = facet.locator("ul li a").first
    series = top.inner_text().strip()
    top.click()
    p.wait_for_url("**series=*")
    first = p.locator("table.rows-and-columns tbody tr").first
    shown = {c.get_attribute("class").split()[0] for c in first.locator("td").all()
             if c.is_visible()}
    if width < 500:   # a phone shows whose figure, which series and period, and its value
        assert shown == {"col-force", "col-series", "col-period", "col-value"}, shown
    shot(watched, "researcher", "figures", width)
    fits(p, width)
    with p.expect_download() as download:
        p.locator('a[href*=".csv"]').first.click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    assert rows and {r["series"] for r in rows} == {series}
    assert len(rows) == query(db, "select count(*) from figures where series = ?", [series])[0][0]
    for r in rows:
        assert r["force"] and r["period"] and r["period_kind"] in {
            "calendar_year", "financial_year", "month", "quarter", "date", "date_range"}, r
        if r["value"]:
            float(r["value"])   # a number, or blank where the force suppressed it ('<5')
        else:
            assert r["raw"], r

    # chart: each force's value for the period most forces report, one bar per force
    by_period = defaultdict(dict)
    for r in rows:
        if r["value"] and r["duplicate"] in ("0", ""):
            # the CSV link expands the force to its name (force_label) beside the slug
            by_period[(r["period_kind"], r["period"])].setdefault(
                r.get("force_label") or r["force"], float(r["value"]))
    (kind, period), values = max(by_period.items(), key=lambda kv: (len(kv[1]), kv[0]))
    assert len(values) >= 3, by_period
    assert set(values) <= {n for (n,) in query(db, "select name from forces")}, values
    p.set_content(bar_chart(f"{series}, {period} ({kind.replace('_', ' ')})", values, width))
    bars = p.locator("svg rect.bar")
    assert bars.count() == len(values)
    shot(watched, "researcher", "chart", width)
    assert not watched.dialogs and not watched.csp_violations(), watched.errors


def bar_chart(title: str, values: dict[str, float], width: int) -> str:
    """A plain SVG bar chart (one bar per force, its name above it), drawn by the test, as a
    researcher would from the CSV."""
    w, bar_h, step = min(width - 20, 900), 18, 44
    top = max(values.values()) or 1
    rows = []
    for i, (force, v) in enumerate(sorted(values.items(), key=lambda kv: -kv[1])):
        y, length = i * step, (w - 60) * v / top
        rows.append(f'<text x="0" y="{y + 12}" font-size="13">{escape(force)}</text>'
                    f'<rect class="bar" x="0" y="{y + 17}" width="{length:.1f}" '
                    f'height="{bar_h}" fill="#2b6cb0"/><text x="{length + 4:.1f}" '
                    f'y="{y + 31}" font-size="12">{v:g}</text>')
    h = 10 + len(values) * step
    return (f'<html><body style="margin:10px;font-family:sans-serif"><h3 style="font-size:15px">'
            f'{escape(title)}</h3><svg width="{w}" height="{h}">{"".join(rows)}</svg>'
            f'</body></html>')


# ------------------------------------------------------------------ FOI officer

def test_foi_officer_finds_the_ncnd_wording_and_an_example_response(user):
    width, watched = user
    p = watched.page
    p.goto("/")
    p.locator("p.site-nav").get_by_role("link", name="precedents").click()
    p.wait_for_url("**/precedents")
    p.fill("input[name=q]", "40(5) misconduct")
    p.locator("form#precedent-form button[type=submit]").click()
    p.wait_for_url("**q=40%285%29+misconduct**")
    ncnd = p.locator("section.wording").filter(
        has=p.locator("blockquote", has_text=re.compile(r"confirm(s|ing)? (n|o)r deny", re.I)))
    assert ncnd.count() >= 1
    top = ncnd.first
    wording = words(top.locator("blockquote").inner_text())
    reuse = visible_text(top.locator("p.reuse"))
    m = re.search(r"Used by (\d+) forces", reuse)
    assert m and int(m.group(1)) >= 2, reuse
    forces = reuse.split(":", 1)[1].split(". Every")[0]
    assert len([f for f in forces.split(",") if f.strip()]) == int(m.group(1)), reuse
    shot(watched, "officer", "precedents", width)
    fits(p, width)

    example = top.locator("ul.examples a").first
    title = example.inner_text().strip()
    example.click()
    p.wait_for_url("**/response/*")
    assert p.locator("h1").inner_text().strip() == title
    assert wording in visible_text(p.locator("body")), wording
    shot(watched, "officer", "example-response", width)
    fits(p, width)
    assert not watched.dialogs and not watched.csp_violations(), watched.errors
