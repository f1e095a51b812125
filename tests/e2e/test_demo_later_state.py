"""`foi-archive demo`'s path through both states of the sample site (issue 14): every sample site
served over HTTP on 127.0.0.1 (ephemeral ports, not the demo's fixed ones), the base state
crawled and built (the e2e session's crawl), then archive.demo.demo_crawls_and_builds, which
the demo calls: the later state crawled with every stored URL revisited, the decision notices
crawled, built again into the same corpus.

The corpus holds exactly the changes data/sample_site/later.json declares (read through
archive.sample_later, which picks their responses), none for the chrome-only change, and the
response pages say "Edited on ..." / "Withdrawn by the force on ...".
"""
from __future__ import annotations

import html
import json
import re
import shutil
import sqlite3
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

from tests.support.browser import chromium_or_skip

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample_site"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"

# later.json change -> the change kind it must produce (None: no change at all)
EXPECTED_KIND = {"edit_figure": "edited", "replace": "edited", "withdraw": "withdrawn",
                 "attachment": "attachment_replaced", "chrome": None}


def rows(db: Path, sql: str, args: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory, sample_build):
    """The base state's crawl and build are the e2e session's (tests/e2e/conftest.py: the same
    crawl_sample and build_corpus the demo runs first), copied; demo_crawls_and_builds then
    skips its base crawl, as the demo does on a store that crawled the sample before."""
    from archive.demo import demo_crawls_and_builds
    from tests.support.live_site import free_port

    work = tmp_path_factory.mktemp("demo-later")
    raw, db = work / "raw", work / "foi.db"
    shutil.copytree(sample_build["raw"], raw)
    shutil.copyfile(sample_build["db"], db)
    started = time.monotonic()
    run = demo_crawls_and_builds(raw, db, ports=sample_build["ports"], ico_port=free_port(),
                                 fast=True)
    run.stop()
    return {"db": db, "run": run, "base": sample_build["report"],
            "base_db": sample_build["db"],
            "ports": sample_build["ports"], "seconds": time.monotonic() - started}


def declared(ports: dict[str, int]) -> list[tuple[str, str, str | None]]:
    """(change key, response URL as crawled, expected kind) for every later.json change."""
    from archive.sample_later import later_changes

    _, applied = later_changes(SAMPLE)
    out = []
    for item in applied:
        key = next(k for k in EXPECTED_KIND if k in item["change"])
        response = item["response"]
        out.append((key, f"http://127.0.0.1:{ports[response['site']]}{response['path']}",
                    EXPECTED_KIND[key]))
    return out


def test_corpus_holds_exactly_the_declared_changes(demo):
    db, run = demo["db"], demo["run"]
    print(f"later state: crawl of {len(run.summaries)} forces, ICO crawl, build: "
          f"{demo['seconds']:.0f}s")
    assert run.first is None and demo["base"].responses == run.report.responses
    assert rows(demo["base_db"], "select count(*) from response_changes") == [(0,)]
    expected = declared(demo["ports"])
    kinds = [k for _, _, k in expected]
    # the later crawl's only failures are the withdrawn pages' 404s
    assert sum(s.failed for s in run.summaries) == kinds.count("withdrawn"), \
        [s.describe() for s in run.summaries]
    assert "edited" in kinds and "withdrawn" in kinds and None in kinds

    changes = rows(db, "select r.url, c.kind, c.summary from response_changes c"
                       " join responses r on r.id = c.response_id order by r.url, c.seq")
    assert sorted((u, k) for u, k, _ in changes) == sorted(
        (u, k) for _, u, k in expected if k is not None)
    status = dict(rows(db, "select url, status from responses"))
    for key, url, kind in expected:
        assert url in status, f"{key}: {url} is not in the corpus"
        summary = next((s for u, k, s in changes if u == url), None)
        if kind is None:      # chrome only: one version, no change, still published
            assert status[url] == "published" and summary is None
            assert rows(db, "select count(*) from response_versions v join responses r"
                            " on r.id = v.response_id where r.url = ?", (url,)) == [(1,)]
        elif kind == "edited":
            assert status[url] == "edited" and "figures changed" in summary
        elif kind == "withdrawn":
            assert status[url] == "withdrawn" and summary == "answered 404"
        else:
            assert status[url] == "edited" and "a new file at the same address" in summary
    # nothing else changed status; withdrawn responses stay in the archive
    assert rows(db, "select status, count(*) from responses group by status order by 1") == \
        sorted([("edited", sum(k in ("edited", "attachment_replaced") for _, _, k in expected)),
                ("published", run.report.responses - len([k for _, _, k in expected if k])),
                ("withdrawn", kinds.count("withdrawn"))])


def test_response_pages_say_edited_and_withdrawn(demo):
    from tests.support.live_site import running_site

    db = demo["db"]
    expected = {k: u for _, u, k in declared(demo["ports"]) if k}
    with running_site(db) as base:
        for kind, phrase in (("edited", "Edited on"), ("withdrawn", "Withdrawn by the force on"),
                             ("attachment_replaced", "Attachment replaced on")):
            (rid, detected) = rows(db, "select r.id, c.detected_at from responses r join"
                                       " response_changes c on c.response_id = r.id"
                                       " where r.url = ? and c.kind = ?",
                                   (expected[kind], kind))[0]
            page = urlopen(f"{base}/response/{rid}", timeout=30).read().decode("utf-8")
            text = html.unescape(re.sub(r"<[^>]+>", "", page))
            assert f"{phrase} {detected[:10]}" in text, kind
        listed = json.loads(urlopen(f"{base}/changes.json", timeout=30).read())
        assert listed["total"] == len(expected)
        assert sorted(c["kind"] for c in listed["changes"]) == sorted(expected)


def test_changes_and_diff_read_well_in_headless_chromium(demo):
    """At 1366 and 390 px: /changes lists each change without sideways scrolling (a block per
    change on a phone), and the edited response's diff shows the corrected figure once, the
    removed and added words apart."""
    chromium, sync_api = chromium_or_skip()
    from tests.support.live_site import running_site

    db = demo["db"]
    (edited,) = rows(db, "select response_id from response_changes where kind = 'edited'")[0]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with running_site(db) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True,
                                     args=["--no-sandbox", "--disable-gpu",
                                           "--disable-dev-shm-usage"])
        try:
            for width in (1366, 390):
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(f"{base}/changes")
                assert page.evaluate("document.documentElement.scrollWidth") <= width
                assert page.locator("table.changes tbody tr").count() == 3
                boxes = [page.locator(f"table.changes tbody tr:nth-child({i}) td.{c}")
                         .bounding_box() for i in (1, 2, 3) for c in ("seen", "what")]
                if width == 390:   # a block per change: what changed under the date
                    assert all(w["y"] > s["y"] for s, w in zip(boxes[::2], boxes[1::2],
                                                                strict=True))
                else:              # a table row: what changed beside the date
                    assert all(w["y"] == s["y"] for s, w in zip(boxes[::2], boxes[1::2],
                                                                strict=True))
                page.screenshot(path=str(SCREENSHOTS / f"changes-demo-{width}.png"),
                                full_page=True)
                page.goto(f"{base}/response/{edited}")
                assert page.evaluate("document.documentElement.scrollWidth") <= width
                diff = page.locator("details.version-diff")
                assert diff.locator("h3").all_inner_texts() == ["Figures"]
                assert "The same change is in" in diff.inner_text()
                gone, added = (diff.locator(f".diff {t}").first.bounding_box()
                               for t in ("del", "ins"))
                assert added["x"] >= gone["x"] + gone["width"] + 3   # "2422 2428"
                page.screenshot(path=str(SCREENSHOTS / f"changes-demo-edited-{width}.png"),
                                full_page=True)
                page.close()
        finally:
            browser.close()
