"""`crawler/` is a Scrapy project as Scrapy users know it (scrapy.cfg at the root): `scrapy list`
names the platform spiders and `scrapy crawl <platform> -a force=<slug> -a start_url=<url>`
stores the same pages in the same raw store as `foi-archive crawl` (issue 18)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from archive.registry import force_by_slug
from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from tests.support.crawler_sites import FAST, path_of

ROOT = Path(__file__).resolve().parents[2]
SCRAPY = Path(sys.executable).with_name("scrapy")
SAMPLE = ROOT / "data" / "sample_site"


def _scrapy(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(SCRAPY), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_scrapy_list_names_every_platform_spider():
    from crawler.spiders import SPIDERS

    done = _scrapy("list")
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(done.stdout.split()) == sorted(SPIDERS)


def test_scrapy_check_runs_on_the_project():
    done = _scrapy("check")
    assert done.returncode == 0, done.stderr[-2000:]


def test_scrapy_crawl_stores_what_foi_archive_crawl_stores(tmp_path):
    from archive.sample_server import serve_sites

    index = json.loads((SAMPLE / "index.json").read_text())
    host, site = next((h, s) for h, s in sorted(index["sites"].items())
                      if s["platform"] == "psni")
    slug = site["forces"][0]
    stop, urls = serve_sites(SAMPLE)
    try:
        start = urls[host] + site["entry_path"]
        settings = [a for k, v in FAST.items() if k != "FOI_PARALLEL_FORCES"
                    for a in ("-s", f"{k}={v}")]
        done = _scrapy("crawl", site["platform"], "-a", f"force={slug}", "-a",
                       f"start_url={start}", "-a", f"raw_dir={tmp_path / 'scrapy'}", *settings)
        assert done.returncode == 0, done.stderr[-3000:]
        run_crawl([force_by_slug(slug)], tmp_path / "cli", start_url=start, **FAST)
    finally:
        stop()
    stored = {}
    for name in ("scrapy", "cli"):
        store = RawStore(tmp_path / name)
        stored[name] = sorted((r["kind"], path_of(r["url"])) for r in store.fetch_rows())
        store.close()
    wanted = {r["path"] for r in index["responses"] if r["force"] == slug}
    assert wanted <= {p for k, p in stored["scrapy"] if k == "entry"}
    assert stored["scrapy"] == stored["cli"]
