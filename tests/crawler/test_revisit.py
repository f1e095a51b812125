"""Revisiting (issue 14): each crawl revalidates due stored entries and attachments with
conditional requests, within a budget, and records every check, crawl and listing link."""
from __future__ import annotations

import copy

from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, make_force, path_of
from tests.support.fixture_server import FixtureSite, Page
from tests.support.fixture_sites.builder import build
from tests.support.fixture_sites.families import D24, SOH, SOH_FILES, SOH_ROOT

DRONES = f"{D24}/march-2024/drones-a/"
VETTING = f"{D24}/march-2024/vetting-c/"
CUSTODY = f"{SOH_ROOT}/d/may-2022/custody-g/"
CUSTODY_CSV = f"{SOH_FILES}/d/may_2022/custody-g.csv"
TASERS_DOCX = f"{SOH_FILES}/disclosure_2024/march_2024/tasers-b.docx"
CARS = f"{SOH_ROOT}/disclosure/2025/august/foi-89-26-cars/"
LISTINGS = set(SOH["listings"])


def _backdate(raw_dir, base: str, paths: list[str]) -> None:
    """Make these URLs' last check old (oldest first, in the order given)."""
    store = RawStore(raw_dir)
    for i, path in enumerate(paths):
        n = store.db.execute("UPDATE checks SET checked_at = ? WHERE url = ?",
                             (f"2001-01-{i + 1:02d}T00:00:00.000000Z", base + path)).rowcount
        assert n == 1, path
    store.close()


def _checks_of_crawl(store: RawStore, crawl_id: int) -> dict[str, str]:
    return {path_of(c["url"]): c["result"] for c in store.all_checks()
            if c["crawl_id"] == crawl_id}


def test_unchanged_site_revisits_due_urls_only_and_records_not_modified(raw_dir):
    pages, _ = build(SOH)
    force = make_force("soh")
    due = [DRONES, TASERS_DOCX, CUSTODY]
    with FixtureSite(pages) as site:
        start = site.base + SOH["start"]
        run_crawl([force], raw_dir, start_url=start, **FAST)
        first = RawStore(raw_dir)
        rows_after_first = len(first.fetch_rows())
        assert _checks_of_crawl(first, 1)[DRONES] == "new"
        _backdate(raw_dir, site.base, due)

        site.log.clear()
        summary = run_crawl([force], raw_dir, start_url=start, FOI_REVISIT=200,
                            FOI_REVISIT_AFTER_DAYS=7, **FAST)
        log = [e for e in site.log if e[0] != "/robots.txt"]

    # Listings (as before) plus the three due URLs, each once, each conditional, each 304.
    assert len(log) == len(LISTINGS) + 3 == 20
    assert sorted(e[0] for e in log) == sorted(LISTINGS | set(due))
    assert all(e[2].get("If-None-Match") for e in log)
    assert {e[1] for e in log} == {304}
    assert (summary.new, summary.changed, summary.failed) == (0, 0, 0)
    store = RawStore(raw_dir)
    assert len(store.fetch_rows()) == rows_after_first
    crawls = store.crawls_of("test-police")
    assert [c["complete"] for c in crawls] == [1, 1]
    assert _checks_of_crawl(store, crawls[1]["id"]) == {p: "not_modified" for p in due}
    [check] = [c for c in store.checks_of(site.base + TASERS_DOCX) if c["crawl_id"] == 2]
    assert (check["kind"], check["status"], check["force"]) == ("attachment", 304, "test-police")


def test_revisit_budget_takes_the_oldest_checked_first(raw_dir):
    pages, _ = build(SOH)
    force = make_force("soh")
    with FixtureSite(pages) as site:
        start = site.base + SOH["start"]
        run_crawl([force], raw_dir, start_url=start, **FAST)
        _backdate(raw_dir, site.base, [CUSTODY, CARS, DRONES, TASERS_DOCX])
        site.log.clear()
        run_crawl([force], raw_dir, start_url=start, FOI_REVISIT=2, FOI_REVISIT_AFTER_DAYS=7,
                  **FAST)
        requested = set(site.requested()) - LISTINGS
        site.log.clear()
        run_crawl([force], raw_dir, start_url=start, FOI_REVISIT=2, FOI_REVISIT_AFTER_DAYS=7,
                  **FAST)
        next_requested = set(site.requested()) - LISTINGS
        site.log.clear()
        run_crawl([force], raw_dir, start_url=start, FOI_REVISIT=0, FOI_REVISIT_AFTER_DAYS=0,
                  **FAST)
        off = set(site.requested()) - LISTINGS
    assert requested == {CUSTODY, CARS}                 # the two oldest of four due
    assert next_requested == {DRONES, TASERS_DOCX}      # then the next two
    assert off == set()                                 # --revisit 0: no revisits


def test_edit_withdrawal_and_attachment_replacement_are_recorded(raw_dir):
    pages, _ = build(SOH)
    force = make_force("soh")
    with FixtureSite(pages) as site:
        start = site.base + SOH["start"]
        run_crawl([force], raw_dir, start_url=start, **FAST)

        spec = copy.deepcopy(SOH)
        spec["listings"][f"{D24}/march-2024/?page=2"].remove(VETTING)   # off its listing...
        del spec["entries"][VETTING]                                     # ...and answering 404
        later, _ = build(spec, revisions={DRONES: "Revised: figures corrected."})
        later[CUSTODY_CSV] = Page(b"fixture csv file, replaced", "text/csv")
        later[CARS] = Page(redirect_to="/")          # now redirects to the site's home page
        later["/"] = Page(b"<html><body><a href='/news/'>Home</a></body></html>")
        for path, page in later.items():            # keep spent one-off troubles spent
            old = site.pages.get(path)
            if old is None or old.body != page.body or old.redirect_to != page.redirect_to:
                site.pages[path] = page
        for gone in (VETTING, f"{SOH_FILES}/disclosure_2024/march_2024/vetting-c.xlsx"):
            site.pages.pop(gone)
        run_crawl([force], raw_dir, start_url=start, FOI_REVISIT_AFTER_DAYS=0, **FAST)

    store = RawStore(raw_dir)
    second = store.crawls_of("test-police")[1]
    assert second["complete"] == 1 and second["finished_at"]
    checks = _checks_of_crawl(store, second["id"])
    assert checks[DRONES] == "changed"
    assert checks[VETTING] == "gone"
    assert checks[CUSTODY_CSV] == "changed"
    assert checks[CARS] == "redirected_out"
    assert checks[CUSTODY] == "not_modified"
    versions = store.versions(site.base + DRONES)
    assert len(versions) == 2 and versions[0]["fetched_at"] < versions[1]["fetched_at"]
    assert b"figures corrected" in store.read_body(versions[1]["sha256"])
    assert [v["size"] for v in store.versions(site.base + CUSTODY_CSV)][1] == 26
    # The home page the withdrawn entry now redirects to is not stored as a response.
    assert len(store.versions(site.base + CARS)) == 1
    links = {path_of(u) for u in store.listing_links_of(second["id"])}
    assert DRONES in links and VETTING not in links
    assert VETTING in {path_of(u) for u in store.listing_links_of(1)}
    assert {(path_of(e["url"]), e["status"]) for e in store.errors()} >= {(VETTING, 404)}


def test_failed_listing_page_makes_the_crawl_incomplete(raw_dir):
    pages, _ = build(SOH)
    pages[f"{SOH_ROOT}/d/may-2022/"].status = 404
    with FixtureSite(pages) as site:
        run_crawl([make_force("soh")], raw_dir, start_url=site.base + SOH["start"], **FAST)
    [crawl] = RawStore(raw_dir).crawls_of("test-police")
    assert crawl["complete"] == 0 and crawl["finished_at"]
