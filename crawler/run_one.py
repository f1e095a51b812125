"""Crawl one force in this process: `python -m crawler.run_one --force-json ... --raw DIR`.

Run by crawler.runner in a subprocess (Scrapy's reactor cannot be restarted in one process).
Prints one JSON summary line on stdout; progress and warnings go to stderr, the full Scrapy log
to <raw>/logs/<force>.log.

Resuming: the Scrapy JOBDIR (<raw>/jobs/<force>/) carries the queue across a graceful stop
(Ctrl-C). A crawl killed outright leaves its `.running` marker behind; that JOBDIR may be
inconsistent, so it is discarded and the raw store alone tells the next run what is done.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.spiders import SPIDERS


def build_settings(force: dict, raw_dir: Path, overrides: dict) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    (raw_dir / "logs").mkdir(parents=True, exist_ok=True)
    settings.set("LOG_FILE", str(raw_dir / "logs" / f"{force['slug']}.log"), priority="project")
    settings.set("JOBDIR", str(raw_dir / "jobs" / force["slug"]), priority="project")
    if force.get("browser"):
        from crawler.browser import browser_settings
        settings.setdict(browser_settings(settings), priority="project")
    settings.setdict(overrides, priority="cmdline")
    return settings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--force-json", required=True, help="the force's registry row as JSON")
    ap.add_argument("--raw", required=True, type=Path)
    ap.add_argument("--start-url")
    ap.add_argument("--settings-json", default="{}", help="Scrapy setting overrides as JSON")
    args = ap.parse_args(argv)
    force = json.loads(args.force_json)
    raw_dir = args.raw.resolve()
    raw_dir.mkdir(parents=True, exist_ok=True)

    settings = build_settings(force, raw_dir, json.loads(args.settings_json))
    jobdir = Path(settings["JOBDIR"]) if settings.get("JOBDIR") else None
    if jobdir:
        marker = jobdir / ".running"
        if marker.exists():
            shutil.rmtree(jobdir)
        jobdir.mkdir(parents=True, exist_ok=True)
        marker.touch()

    process = CrawlerProcess(settings)
    spider_cls = SPIDERS[force["platform"]]
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, force=force, raw_dir=str(raw_dir), start_url=args.start_url)
    process.start()

    stats = crawler.stats
    reason = stats.get_value("finish_reason")
    if jobdir:
        if reason == "finished":
            shutil.rmtree(jobdir, ignore_errors=True)   # done: next crawl starts afresh
        else:
            (jobdir / ".running").unlink(missing_ok=True)   # paused cleanly: resumable
    summary = {"force": force["slug"], "finish_reason": reason,
               "fetched": stats.get_value("foi/fetched", 0), "new": stats.get_value("foi/new", 0),
               "changed": stats.get_value("foi/changed", 0),
               "failed": stats.get_value("foi/failed", 0)}
    sys.stdout.write(json.dumps(summary) + "\n")
    return 0 if reason == "finished" else 1


if __name__ == "__main__":
    sys.exit(main())
