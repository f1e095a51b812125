"""Every custom page on a small built corpus, through Datasette's in-process client."""
from __future__ import annotations

import re
from urllib.parse import quote

from tests.support.site_corpus import EVIL, TASER_GROUP, rid


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_home_links_pages_and_bulk_downloads(get):
    html = get("/").text
    for href in ("/analytics", "/search", "/precedents", "/round-robins", "/foi.db",
                 "/-/download/foi.jsonl.gz"):
        assert f'href="{href}"' in html


def test_response_page_shows_the_whole_response(get):
    page = get(f"/response/{rid('west-midlands-police', '100/23')}")
    html = page.text
    assert "<h1>Taser deployments</h1>" in html
    assert "West Midlands Police" in html and "100/23" in html and "2023-02-01" in html
    assert 'href="https://www.west-midlands-police.example/foi/100-23/"' in html
    assert "How many Taser deployments were there in 2022?" in html
    assert "There were 431 deployments." in html
    # the table is a real table, figures listed, attachments linked
    assert "<caption>Deployments by year</caption>" in html
    assert "<th>Deployments</th>" in html and "<td>431</td>" in html
    assert 'href="https://www.wmp.example/taser.xlsx"' in html
    assert 'href="javascript:' not in html and "javascript:alert(3)" in html
    # topics with their evidence, round-robin group, similar responses
    assert "use-of-force" in html and "<q>use</q>" in html
    assert 'href="/round-robin/rr1"' in html
    assert html.count('href="/response/') >= 3
    assert f'href="/response/{TASER_GROUP[1]}"' in html
    assert page.headers["content-security-policy"].startswith("default-src 'none'")


def test_exemptions_link_to_every_response_citing_them(get):
    html = get(f"/response/{rid('kent-police', 'FOI-2024-5')}").text
    link = "/foi/responses?exemption_families__arraycontains=s31%283%29"
    assert f'href="{link}"' in html
    rows = get(link.replace("/responses?", "/responses.json?") + "&_shape=array").json()
    assert {r["reference"] for r in rows} == {"FOI-2023-77", "FOI-2024-5"}


def test_unknown_response_is_404(get):
    get("/response/doesnotexist", status=404)


def test_round_robin_page_compares_forces_side_by_side(get):
    listing = get("/round-robins").text
    assert 'href="/round-robin/rr1"' in listing and "Taser deployments" in listing
    html = get("/round-robin/rr1").text
    body = text_of(html)
    assert "answered by 3 forces (3 responses). 2 withheld it as a whole" in body
    for tr_force in ("West Midlands Police", "Kent Police", "Police Scotland"):
        assert tr_force in html
    assert "431 (2022)" in body  # the deployments column, the latest period
    assert 'href="/analytics/exemption/s31%283%29"' in html
    csv = get(re.search(r'href="(/foi\.csv\?[^"]+)"', html).group(1).replace("&amp;", "&")).text
    assert len(csv.strip().splitlines()) == 4 and "Police Scotland" in csv
    get("/round-robin/nope", status=404)


def test_search_highlights_matches_and_escapes_text(get):
    html = get("/search?q=deployments").text
    assert html.count('<p class="snippet">') == 3
    assert "<mark>" in html
    html = get("/search?q=" + quote("tell now")).text
    assert "<mark>" in html
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    scoped = get("/search?q=deployments&force=kent-police").text
    assert scoped.count('<p class="snippet">') == 1
    # punctuation in the words never breaks the query
    get("/search?q=" + quote('"s40(2) OR'))


def test_precedent_search_counts_reuse(get):
    html = get("/precedents?q=" + quote("prejudice prevention")).text
    body = text_of(html)
    assert "Used by 1 force in 2 responses, 2023–2024: Kent Police." in body
    assert 'href="/precedents/wording/c1"' in html
    assert f'href="/response/{rid("kent-police", "FOI-2024-5")}"' in html
    # counts cover only the responses citing the chosen exemption
    by_label = text_of(get("/precedents?label=" + quote("s40(2)")).text)
    assert "Used by 1 force in 1 response, 2024: Kent Police." in by_label
    by_label = text_of(get("/precedents?label=s12").text)
    assert "We hold no such records." in by_label
    assert "Used by 1 force in 1 response, 2023: Police Scotland." in by_label


def test_analytics_overview_tables_and_charts(get):
    html = get("/analytics").text
    assert html.count("<svg") == 6  # + the refusal and NCND rate over time
    body = text_of(html)
    # year, forces, responses (* fewer than 10), refusals, rate, ncnd, rate
    assert "2023 3 3* 2 67% 1 33%" in body
    assert "Kent Police 2* 1 50% 2 100%" in body
    assert 'href="/analytics/force/kent-police"' in html
    assert 'href="/analytics/exemption/s40%282%29"' in html
    csv_link = re.search(r'href="(/foi\.csv\?[^"]+)"', html).group(1).replace("&amp;", "&")
    assert get(csv_link).text.splitlines()[0].startswith("year,responses,forces,refusals")


def test_analytics_per_force_and_per_exemption(get):
    body = text_of(get("/analytics/force/kent-police").text)
    assert "2 responses · refusal rate 50% (1 of 2) · NCND rate 100% (2 of 2)" in body
    assert "s31(3) Law enforcement (neither confirm nor deny): 2" in body
    html = get("/analytics/exemption/" + quote("s40(2)", safe="")).text
    assert "Personal information" in html
    assert "<svg" in html and "Kent Police" in html and "West Midlands Police" in html
    get("/analytics/force/nope", status=404)
    get("/analytics/exemption/nope", status=404)


def test_scraped_markup_shows_as_text_on_every_page(get):
    evil_id = rid("west-midlands-police", "55/24")
    for path in (f"/response/{evil_id}", "/search?q=tell", "/analytics", "/round-robins",
                 "/foi/responses", f"/foi/responses/{evil_id}", "/foi/new_responses",
                 "/precedents?label=" + quote("s40(2)")):
        html = get(path).text
        assert "<script>alert(1)" not in html, path
        assert "<img src=x" not in html, path
        assert 'href="javascript:' not in html, path
    html = get(f"/response/{evil_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Refused &lt;b&gt;bold&lt;/b&gt;" in html
    assert EVIL not in get("/foi/new_responses.atom").text


def test_analytics_per_year(get):
    overview = get("/analytics").text
    assert 'href="/analytics/year/2023"' in overview and 'href="/analytics/year/2024"' in overview
    html = get("/analytics/year/2023").text
    body = text_of(html)
    assert "3 responses from 3 forces · refusal rate 67% · NCND rate 33%" in body
    assert "Kent Police 1* 1 100% 1 100%" in body
    assert "Police Scotland 1* 1 100% 0 0%" in body
    assert "Officer misconduct" not in body and "Kent Police 2" not in body  # 2024 only
    assert html.count("<svg") == 4
    assert 'href="/foi/responses?year=2023"' in html
    rows = get("/foi/responses.json?year=2023&_shape=array").json()
    assert len(rows) == 3
    csv_link = re.search(r'href="(/foi\.csv\?[^"]+)"', html).group(1).replace("&amp;", "&")
    csv = get(csv_link).text.strip().splitlines()
    assert csv[0].startswith("force,name,responses") and len(csv) == 4
    get("/analytics/year/1999", status=404)
    get("/analytics/year/abc", status=404)


def test_response_page_shows_why_and_the_letter_it_points_to(get):
    html = get(f"/response/{rid('police-scotland', '23-1234')}").text
    text = text_of(html)
    # the deciding sentence and the rule, escaped; a link to how far to trust it
    assert "Outcome cost_limit (nothing given; over the cost limit (s12)), read from:" in text
    assert "by hand &lt;i&gt;x&lt;/i&gt;" in html and "<i>x</i>" not in html
    assert 'href="/about/accuracy"' in html
    # the page only points to its letter: the letter's text is shown, open
    assert '<details class="letter" open>' in html
    assert "£600 cost limit of section 12(1) &lt;i&gt;FOISA&lt;/i&gt;" in html
    # a response with no recorded evidence shows no "Why"
    assert "<dt>Why</dt>" not in get(f"/response/{rid('kent-police', 'FOI-2023-77')}").text
