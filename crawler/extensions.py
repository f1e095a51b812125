"""Progress on stderr for long crawls: pages fetched so far, new, changed, failed."""
from __future__ import annotations

import sys
import time

from scrapy import signals


class CrawlProgress:
    def __init__(self, crawler):
        self.crawler = crawler
        self.interval = crawler.settings.getfloat("FOI_PROGRESS_INTERVAL", 10.0)
        self.last = time.monotonic()
        crawler.signals.connect(self.response_received, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def counts(self) -> dict:
        stats = self.crawler.stats
        return {"fetched": stats.get_value("foi/fetched", 0), "new": stats.get_value("foi/new", 0),
                "changed": stats.get_value("foi/changed", 0),
                "failed": stats.get_value("foi/failed", 0)}

    def response_received(self, response, request, spider):
        if request.url.endswith("/robots.txt") and "kind" not in request.meta:
            return
        self.crawler.stats.inc_value("foi/fetched")
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            c = self.counts()
            print(f"  {spider.slug}: {c['fetched']} pages fetched ({c['new']} new, "
                  f"{c['changed']} changed, {c['failed']} failed)", file=sys.stderr, flush=True)
