"""The spider on the local copy over HTTP, the build's two tables, and the site's pages."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.support.ico_corpus import (
    ENTRY,
    NOTICE,
    NOTICES,
    POLICE,
    RESPONSES,
    SAMPLE_ICO,
    add_written,
    crawl_notices,
)
from tests.support.live_site import free_port, running_site

CLI = Path(sys.executable).with_name("foi-archive")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    raw = tmp_path_factory.mktemp("ico") / "raw"
    port = free_port()
    first, _ = crawl_notices(raw, port)
    rows = sqlite3.connect(raw / "index.sqlite").execute(
        "SELECT url, kind, force FROM fetches ORDER BY id").fetchall()
    return raw, first, rows, port


def test_listing_pages_are_followed(crawled):
    _, first, rows, _ = crawled
    listings = sorted(urlsplit(u).query for u, kind, _ in rows if kind == "listing")
    assert listings == ["", "page=2", "page=3"]
    assert first.failed == 0


def test_only_police_notices_and_their_documents_are_fetched(crawled):
    _, _, rows, _ = crawled
    entries = {urlsplit(u).path for u, kind, _ in rows if kind == "entry"}
    files = {urlsplit(u).path for u, kind, _ in rows if kind == "attachment"}
    assert entries == {n["page"] for n in POLICE}
    assert files == {n["pdf"] for n in POLICE if n["pdf"]}
    fetched = {urlsplit(u).path for u, _, _ in rows}
    for n in NOTICES:
        if not n["police"]:        # a council, an NHS trust, the IOPC, a department
            assert n["page"] not in fetched and n["pdf"] not in fetched
    assert {force for _, _, force in rows} == {"ico"}


def test_robots_txt_is_obeyed(crawled):
    _, _, rows, _ = crawled
    index = json.loads((SAMPLE_ICO / "index.json").read_text())
    disallowed = index["sites"]["ico.org.uk"]["robots_disallowed"]
    assert disallowed and not any(urlsplit(u).path.startswith(tuple(disallowed))
                                  for u, _, _ in rows)


def test_a_recrawl_from_the_cli_fetches_nothing_new(crawled):
    raw, first, rows, port = crawled
    assert first.new == len(rows)
    from archive.sample_server import serve_sites

    stop, urls = serve_sites(SAMPLE_ICO, ports={"ico.org.uk": port})
    try:
        proc = subprocess.run([str(CLI), "crawl-ico", "--start-url", urls["ico.org.uk"] + ENTRY,
                               "--raw", str(raw)], capture_output=True, text=True, timeout=300)
    finally:
        stop()
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "0 new, 0 changed, 0 failed" in proc.stdout
    after = sqlite3.connect(raw / "index.sqlite").execute("SELECT count(*) FROM fetches")
    assert after.fetchone()[0] == len(rows)


def test_crawl_ico_rejects_a_bad_start_url_in_one_line(tmp_path):
    proc = subprocess.run([str(CLI), "crawl-ico", "--start-url", "ftp://example",
                           "--raw", str(tmp_path / "raw")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].startswith("Error: --start-url must be")


@pytest.fixture(scope="module")
def corpus(crawled, tmp_path_factory):
    from archive.build import build_corpus

    raw, _, _, _ = crawled
    add_written(raw)
    db = tmp_path_factory.mktemp("ico-db") / "foi.db"
    build_corpus(raw_dir=raw, db_path=db)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield db, conn
    conn.close()


def test_notices_are_decisions_never_responses(corpus):
    _, conn = corpus
    urls = [r["url"] for r in conn.execute("SELECT url FROM responses")]
    assert sorted(urls) == sorted(r[1] for r in RESPONSES)
    assert conn.execute("SELECT count(*) FROM not_responses WHERE url LIKE '%decision-notices%'"
                        ).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM parse_errors WHERE force = 'ico'").fetchone()[0] == 0
    decisions = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM ico_decisions")}
    assert set(decisions) == {n["reference"] for n in POLICE} | {NOTICE["ref"]}
    for n in POLICE:
        d = decisions[n["reference"]]
        assert (d["date"], d["decision"], json.loads(d["sections"]), bool(d["steps_ordered"])) \
            == (n["date"], n["decision"], n["sections"], n["steps_ordered"])
        assert d["force"] and d["url"].endswith(n["page"])


def test_only_the_evidenced_response_is_linked(corpus):
    _, conn = corpus
    links = conn.execute("SELECT r.url, l.decision_id, l.score, l.reasons FROM "
                         "response_ico_links l JOIN responses r ON r.id = l.response_id"
                         ).fetchall()
    assert [(url, did) for url, did, _, _ in links] == [(RESPONSES[0][1], NOTICE["ref"])]
    reasons = json.loads(links[0]["reasons"])
    assert reasons[0] == "same force: Kent Police" and "received it on 2024-01-09" in reasons[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as resp:
        return resp.read().decode()


@pytest.fixture(scope="module")
def served(corpus):
    db, conn = corpus
    with running_site(db) as base:
        yield base, conn


def test_ico_page_counts_equal_the_table(served):
    base, conn = served
    data = json.loads(_get(base + "/ico.json"))
    assert data["total"] == conn.execute("SELECT count(*) FROM ico_decisions").fetchone()[0]
    sql = {r["force"]: (r["n"], r["nu"]) for r in conn.execute(
        "SELECT force, count(*) n, sum(decision = 'not_upheld') nu FROM ico_decisions "
        "GROUP BY force")}
    assert {r["force"]: (r["decisions"], r["not_upheld"]) for r in data["by_force"]} == sql
    kent = next(r for r in data["by_force"] if r["force"] == "kent-police")
    decided = kent["upheld"] + kent["partly_upheld"] + kent["not_upheld"]
    assert kent["force_upheld_share"] == round(kent["not_upheld"] / decided, 3)
    s40 = next(r for r in data["by_section"] if r["label"] == "s40(2)")
    assert s40["decisions"] == conn.execute(
        "SELECT count(*) FROM ico_decisions, json_each(sections) s WHERE s.value = 's40(2)'"
    ).fetchone()[0]
    html = _get(base + "/ico")
    assert "Force&#39;s position upheld" in html or "Force's position upheld" in html


def test_response_page_shows_the_panel_only_when_linked(served):
    base, conn = served
    ids = {r["url"]: r["id"] for r in conn.execute("SELECT id, url FROM responses")}
    linked = _get(base + "/response/" + ids[RESPONSES[0][1]])
    assert "The Commissioner ruled on a request like this" in linked
    assert NOTICE["ref"] in linked and "Match score" in linked
    assert "not confirmed" in linked                      # never presented as certain
    for _, url, _, _ in RESPONSES[1:]:
        assert "The Commissioner ruled" not in _get(base + "/response/" + ids[url])


def test_decisions_table_has_facets_and_a_feed_per_force(served):
    base, _ = served
    data = json.loads(_get(base + "/foi/ico_decisions.json?_size=0"))
    assert {"force", "decision", "year", "sections"} <= set(data["facet_results"])
    feed = _get(base + "/foi/new_decisions_for_force.atom?force=kent-police")
    assert feed.startswith("<?xml") and NOTICE["ref"] in feed and "FS50612345" in feed
    assert "IC-154321-K8M2" not in feed                  # a Met notice
