"""Crawl every force of the bundled sample site (data/sample_site) over HTTP on 127.0.0.1.

Every response listed in its index.json must be stored as an entry, each with its
attachments, and nothing the index marks as never-to-fetch (or outside the log) requested.
"""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from archive.registry import load_forces
from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, path_of

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample_site"


def test_the_committed_sample_site_is_present():
    assert (SAMPLE / "index.json").exists(), "data/sample_site is committed: regenerate with make sample-site"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    from archive.sample_server import serve_sites

    index = json.loads((SAMPLE / "index.json").read_text())
    registry = {f["slug"]: f for f in load_forces()}
    raw = tmp_path_factory.mktemp("sample") / "raw"
    stop, urls = serve_sites(SAMPLE)
    try:
        jobs = [(slug, urls[host] + site["entry_path"])
                for host, site in index["sites"].items() for slug in site["forces"]]
        summaries = {}
        for round_ in ("first", "again"):
            # One crawler process per force, a few at once (each on its own local site).
            with ThreadPoolExecutor(max_workers=3) as pool:
                done = pool.map(lambda job: run_crawl([registry[job[0]]], raw,
                                                      start_url=job[1], **FAST), jobs)
                for (slug, _), summary in zip(jobs, done, strict=True):
                    summaries[round_, slug] = summary
    finally:
        stop()
    return index, RawStore(raw), summaries


def test_every_sample_response_is_stored_with_its_attachments(crawled):
    index, store, _ = crawled
    entries = {(e.force, path_of(e.url)): e for e in store.entries()}
    entries.update({(e.force, path_of(e.final_url)): e for e in store.entries()})
    missing = [(r["force"], r["path"]) for r in index["responses"]
               if (r["force"], r["path"]) not in entries]
    assert missing == []
    for r in index["responses"]:
        entry = entries[(r["force"], r["path"])]
        got = sorted(path_of(a.url) for a in entry.attachments)
        want = sorted(r.get("attachment_paths") or [])
        assert got == want, r["path"]


def test_nothing_outside_the_logs_is_fetched(crawled):
    index, store, summaries = crawled
    rows = store.fetch_rows()
    assert len({r["url"] for r in rows}) == len(rows), "a URL stored twice"
    for r in rows:
        site = next(s for s in index["sites"].values() if r["force"] in s["forces"])
        path = path_of(r["url"])
        assert not any(path.startswith(p) for p in site["never_fetch"]), path
        assert not any(path.startswith(p) for p in site["robots_disallowed"]), path
    expected_entries = {(r["force"], r["path"]) for r in index["responses"]}
    stored_entries = {(r["force"], path_of(r["final_url"])) for r in rows if r["kind"] == "entry"}
    assert stored_entries - expected_entries == set()


def test_recrawl_of_the_unchanged_sample_stores_nothing_new(crawled):
    _, _, summaries = crawled
    again = {slug: (s.new, s.changed) for (round_, slug), s in summaries.items()
             if round_ == "again"}
    assert again and all(v == (0, 0) for v in again.values()), again
    first_fetched = sum(s.fetched for (r, _), s in summaries.items() if r == "first")
    again_fetched = sum(s.fetched for (r, _), s in summaries.items() if r == "again")
    assert again_fetched < first_fetched / 2     # listing pages only
