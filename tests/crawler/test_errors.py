"""Failures are recorded in the raw store and the crawl goes on; the CLI exits 1 after them."""
from __future__ import annotations

import subprocess
from pathlib import Path

from crawler.rawstore import RawStore
from crawler.runner import ROOT, crawl_env, run_crawl
from tests.support.crawler_sites import FAST, make_force, path_of
from tests.support.fixture_server import FixtureSite, Page


def _html(links: list[str]) -> bytes:
    items = "".join(f"<li><a href='{h}'>{h}</a></li>" for h in links)
    return f"<html><body><main><ul>{items}</ul></main></body></html>".encode()


def _site() -> dict[str, Page]:
    return {
        "/robots.txt": Page(b"", "text/plain", etag=False),
        "/log/": Page(_html(["/log/2024/", "/log/2023/", "/log/slow-entry/", "/log/ok-entry/"])),
        "/log/2024/": Page(b"\x89PNG\r\n\x1a\n not a page", "image/png"),   # non-HTML surprise
        "/log/2023/": Page(b"<html><body><p>Page moved to our new site.</p></body></html>"),
        "/log/slow-entry/": Page(_html([]), delay=3.0),
        "/log/ok-entry/": Page(_html([])),
    }


def test_errors_are_recorded_and_the_crawl_goes_on(raw_dir):
    with FixtureSite(_site()) as site:
        summary = run_crawl([make_force("generic")], raw_dir, start_url=site.base + "/log/",
                            **{**FAST, "DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 1})
    store = RawStore(raw_dir)
    errors = {path_of(e["url"]): e["error"] for e in store.errors()}
    assert set(errors) == {"/log/2024/", "/log/2023/", "/log/slow-entry/"}
    assert errors["/log/slow-entry/"] == "timeout"
    assert "not HTML" in errors["/log/2024/"] and "image/png" in errors["/log/2024/"]
    assert "no links" in errors["/log/2023/"]
    stored = {path_of(r["url"]): r["kind"] for r in store.fetch_rows()}
    # Every body that arrived is kept, surprises included; the good entry was not held up.
    assert stored == {"/log/": "listing", "/log/2024/": "listing", "/log/2023/": "listing",
                      "/log/ok-entry/": "entry"}
    assert summary.failed == 3
    assert summary.describe().endswith("3 failed")


def test_cli_crawl_prints_a_summary_and_exits_1_on_failures(tmp_path):
    pages = {"/robots.txt": Page(b"", "text/plain", etag=False),
             "/foi/": Page(_html(["/foi/drones-1/", "/foi/gone-2/"])),
             "/foi/drones-1/": Page(_html([]))}
    with FixtureSite(pages) as site:
        result = subprocess.run(
            [str(Path(ROOT) / ".venv" / "bin" / "foi-archive"), "crawl", "west-yorkshire-police",
             "--start-url", site.base + "/foi/", "--raw", str(tmp_path / "raw")],
            cwd=tmp_path, env=crawl_env(), capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "3 pages fetched, 2 new, 0 changed, 1 failed" in result.stdout
    assert [path_of(e["url"]) for e in RawStore(tmp_path / "raw").errors()] == ["/foi/gone-2/"]
