"""Issue 13's acceptance checks that need the real sample corpus (the bundled sample site
crawled over 127.0.0.1 and built, as `make demo` does): every Police Scotland page shows the
decision its PDF letter states, FOISA labels carry FOISA's names (read from the shared
contract), and the Atom feed of a filtered sample view holds exactly that view's responses.
(`taser children` and `/asked-before.json` on the same corpus: test_search_sample.py.)"""
from __future__ import annotations

import asyncio
import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest

from tests.support.sample_corpus import query, sample_corpus_db
from tests.support.sample_letters import scotland_letters, words

CONTRACT = Path(__file__).resolve().parents[3] / "shared" / "contract" / "exemptions.md"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def sample():
    from archive.serve import make_datasette

    db = sample_corpus_db()
    ds = make_datasette(db, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def get(path: str):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == 200, (path, response.status_code, response.text[:500])
        return response

    yield db, get
    loop.close()


@pytest.fixture(scope="module")
def letters():
    return scotland_letters()


def page_text(html: str) -> str:
    html = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", html, flags=re.S)
    return words(unescape(re.sub(r"<[^>]+>", " ", html)))


def act_names(act: str) -> dict[str, str]:
    """Section number -> short heading, from the contract's 'Names, <act>' paragraph."""
    text = " ".join(CONTRACT.read_text().split())
    para = re.search(rf"Names, {act}\b.*?:\s(.*?)\.\s", text).group(1)
    return {m.group(1): m.group(2).strip() for m in re.finditer(r"(\d+) ([^;]+)", para)}


def response_id(db, reference: str) -> str:
    rows = query(db, "select id from responses where force = 'police-scotland' and "
                     "reference = ?", [reference])
    assert len(rows) == 1, reference
    return rows[0][0]


def test_every_police_scotland_page_shows_its_letters_decision(sample, letters):
    db, get = sample
    assert len(letters) == len(query(db, "select id from responses where "
                                         "force = 'police-scotland'")) >= 40
    missing = []
    for r in letters:
        text = page_text(get(f"/response/{response_id(db, r['reference'])}").text)
        # the answer itself, not only the page's "Our response ... is in the letter below."
        if r["decision"] not in text:
            missing.append((r["reference"], r["decision"]))
    assert not missing, missing


def test_foisa_labels_carry_foisa_names_on_every_sample_page(sample, letters):
    db, get = sample
    foisa, foia = act_names("FOISA 2002"), act_names("FOIA 2000")
    assert foisa["38"] == "Personal information" and foia["38"] == "Health and safety"
    checked = 0
    for r in letters:
        cited = query(db, "select distinct label from response_exemptions where response_id = ?",
                      [response_id(db, r["reference"])])
        text = page_text(get(f"/response/{response_id(db, r['reference'])}").text)
        for (label,) in cited:
            section = re.match(r"s(\d+)", label).group(1)
            assert f"FOISA {label} {foisa[section]}" in text, (r["reference"], label)
            if section in foia and foia[section] != foisa[section]:
                assert f"{label} {foia[section]}" not in text, (r["reference"], label)
            checked += 1
    assert checked >= 10
    # the table's exemption facet (configured in the metadata) over Police Scotland's rows
    facet = get("/foi/responses.json?force=police-scotland&_size=0").json()["facet_results"]
    facet = facet.get("results", facet)["exemption_families"]["results"]
    assert facet
    for value in facet:
        assert value["value"].startswith("FOISA s"), value
        section = re.match(r"FOISA s(\d+)", value["value"]).group(1)
        assert value["label"].startswith(f"{value['value']} {foisa[section]}"), value


def test_atom_of_a_filtered_sample_view_holds_only_its_responses(sample):
    db, get = sample
    view = "force=police-scotland&outcome__in=refused,ncnd,partial"
    response = get(f"/foi/responses.atom?{view}")
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):  # RFC 4287's required feed elements
        assert root.find(f"{ATOM}{name}") is not None, name
    assert "police-scotland" in root.findtext(f"{ATOM}title") or \
        "Police Scotland" in root.findtext(f"{ATOM}title")
    wanted = dict(query(db, "select id, coalesce(published, month || '-01') from responses "
                            "where force = 'police-scotland' and "
                            "outcome in ('refused', 'ncnd', 'partial')"))
    assert len(wanted) >= 5
    entries = root.findall(f"{ATOM}entry")
    got = {}
    for e in entries:
        for name in ("id", "title", "updated"):
            assert (e.findtext(f"{ATOM}{name}") or "").strip(), name
        rid = e.find(f"{ATOM}link").get("href").rsplit("/", 1)[1]
        got[rid] = e.findtext(f"{ATOM}updated")
    assert sorted(got) == sorted(wanted)
    for rid, updated in got.items():  # dated by publication, never by the crawl
        assert updated == f"{wanted[rid]}T00:00:00Z", rid


def test_home_lists_outcomes_in_words_and_names_every_exemption_family(sample):
    db, get = sample
    html = get("/").text
    browse = re.search(r"<h2>By exemption</h2><ul>(.*?)</ul>", html, re.S).group(1)
    items = [page_text(li) for li in re.findall(r"<li>(.*?)</li>", browse, re.S)]
    assert len(items) >= 5
    names = dict(query(db, "select family, name from exemption_families"))
    for item in items:   # 's31 Law enforcement 26', never a bare 's31 26'
        family = next(f for f in sorted(names, key=len, reverse=True) if item.startswith(f + " "))
        assert item.startswith(f"{family} {names[family]} "), item
    newest = page_text(re.search(r'<ul class="newest">(.*?)</ul>', html, re.S).group(1))
    labels = {label for (label,) in query(db, "select label from outcomes")}
    assert any(label in newest for label in labels)
    assert not re.search(r"\b(published_elsewhere|not_held|cost_limit|ncnd)\b", newest), newest
