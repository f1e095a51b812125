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
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.rawstore import RawStore
from crawler.spiders import SPIDERS


def build_settings(force: dict, raw_dir: Path, overrides: dict) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    (raw_dir / "logs").mkdir(parents=True, exist_ok=True)
    settings.set("LOG_FILE", str(raw_dir / "logs" / f"{force['slug']}.log"), priority="project")
    redis_url = overrides.get("FOI_REDIS_URL") or settings.get("FOI_REDIS_URL")
    if redis_url:   # a shared crawl: the queue is on Redis, so no local JOBDIR
        from crawler.redis_scheduler import redis_settings
        per_site = int(overrides.get("CONCURRENT_REQUESTS_PER_DOMAIN")
                       or settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        settings.setdict(redis_settings(force["slug"], redis_url, per_site), priority="project")
    else:
        settings.set("JOBDIR", str(raw_dir / "jobs" / force["slug"]), priority="project")
    if force.get("browser"):
        from crawler.browser import browser_settings
        settings.setdict(browser_settings(settings), priority="project")
    settings.setdict(overrides, priority="cmdline")
    return settings


def redis_problem(url: str) -> str | None:
    """A one-line reason the shared queue's Redis server cannot be used, or None."""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=5).ping()
    except (redis.RedisError, ValueError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def _fail_early(force: dict, raw_dir: Path, url: str, problem: str) -> int:
    parts = urlsplit(url)
    try:
        netloc = f"{parts.hostname}:{parts.port}" if parts.port else (parts.hostname or "")
    except ValueError:
        netloc = parts.hostname or ""
    where = parts._replace(netloc=netloc).geturl()     # never the password
    message = f"shared crawl queue unavailable ({where}): {problem}"[:300]
    print(f"{force['slug']}: {message}", file=sys.stderr)
    store = RawStore(raw_dir)
    try:
        store.add_error(force["slug"], where, message)
    finally:
        store.close()
    summary = {"force": force["slug"], "finish_reason": "redis unavailable", "fetched": 0,
               "new": 0, "changed": 0, "failed": 1}
    sys.stdout.write(json.dumps(summary) + "\n")
    return 1


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
    if settings.get("REDIS_URL"):
        problem = redis_problem(settings["REDIS_URL"])
        if problem:
            return _fail_early(force, raw_dir, settings["REDIS_URL"], problem)
    jobdir = Path(settings["JOBDIR"]) if settings.get("JOBDIR") else None
    if jobdir:
        marker = jobdir / ".running"
        if marker.exists():
            shutil.rmtree(jobdir)
        # A paused queue carries on where it stopped: this run will not walk every listing
        # page, so its crawls row must not claim to be complete (docs/changes.md).
        settings.set("FOI_RESUMED", jobdir.is_dir() and any(jobdir.iterdir()),
                     priority="cmdline")
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
