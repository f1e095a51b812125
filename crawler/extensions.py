"""Progress on stderr for long crawls: pages fetched so far, new, changed, failed."""
from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
import traceback

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.engine import format_engine_status
from twisted.internet import task


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


class StallWatchdog:
    """Close a crawl that has stopped making progress, saying why, instead of waiting forever.

    Progress is a request leaving the downloader (a response, an error or a timeout) or an item
    stored. A crawl with work outstanding and no progress for FOI_STALL_TIMEOUT seconds (default
    600: far above DOWNLOAD_TIMEOUT plus the longest retry backoff and AutoThrottle delay) is
    stalled: the engine's state and every thread's stack go to the crawl log, a crawl_errors row
    names the stall, and the spider closes with reason "stalled" (its JOBDIR queue is kept, so
    the next run resumes). If the close itself cannot finish within FOI_STALL_GRACE seconds the
    process exits with status 1, like a killed crawl (whose JOBDIR the next run discards).
    A crawl with nothing outstanding that is still open after the same time is stalled too
    (Scrapy closes an idle crawl within seconds), unless FOI_IDLE_IS_WAITING says idle means
    waiting on other processes (a shared Redis crawl).
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.timeout = crawler.settings.getfloat("FOI_STALL_TIMEOUT", 600.0)
        self.grace = crawler.settings.getfloat("FOI_STALL_GRACE", 60.0)
        self.idle_is_waiting = crawler.settings.getbool("FOI_IDLE_IS_WAITING", False)
        self.last = time.monotonic()
        self.fired = False
        self.loop = None
        for handler, signal in ((self.progress, signals.request_left_downloader),
                                (self.progress, signals.item_scraped),
                                (self.opened, signals.spider_opened),
                                (self.stop, signals.spider_closed)):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def progress(self, *args, **kwargs) -> None:
        self.last = time.monotonic()

    def opened(self, spider) -> None:
        if self.timeout <= 0:
            return
        self.last = time.monotonic()
        self.loop = task.LoopingCall(self.check)
        self.loop.start(min(30.0, self.timeout / 4), now=False)

    def stop(self, spider, reason=None) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()

    def check(self) -> None:
        engine = self.crawler.engine
        if self.fired or engine is None or engine.spider is None:
            return
        idle = engine.spider_is_idle()
        if idle and self.idle_is_waiting:
            # Nothing outstanding here (a shared crawl waiting on other processes' leases):
            # waiting is not stalling.
            self.last = time.monotonic()
            return
        idle_for = time.monotonic() - self.last
        if idle_for < self.timeout:
            return
        self.fired = True
        self._report(idle_for, idle)
        from twisted.internet import reactor  # the installed reactor: imported once running

        reactor.callLater(self.grace, self._give_up)
        deferred_from_coro(engine.close_spider_async(reason="stalled"))

    def _report(self, idle_for: float, idle: bool) -> None:
        spider = self.crawler.spider
        state = ("with nothing outstanding, yet not closed" if idle
                 else "with work outstanding")
        message = (f"crawl stalled: no response, error or stored item for {idle_for:.0f} s "
                   f"{state}; closing it so the next run resumes")
        status = format_engine_status(self.crawler.engine)
        log_file = self.crawler.settings.get("LOG_FILE")
        if log_file:   # what led here (an exception in the engine's loop, say), for CI output
            try:
                with open(log_file, encoding="utf-8", errors="replace") as fh:
                    status += "last lines of the crawl log:\n" + "".join(fh.readlines()[-30:])
            except OSError:
                pass
        logging.getLogger(__name__).error("%s\n%s\n%s", message, status,
                                          _thread_stacks())
        print(f"  {spider.slug}: {message}\n{status}", file=sys.stderr, flush=True)
        store = getattr(spider, "store", None)
        if store is not None:
            url = (getattr(spider, "start_urls", None) or [""])[0]
            store.add_error(spider.slug, url, message)
        self.crawler.stats.inc_value("foi/failed")

    def _give_up(self) -> None:
        if self.crawler.engine is not None and self.crawler.engine.spider is not None:
            print("  crawl could not close after stalling; exiting", file=sys.stderr, flush=True)
            stats = self.crawler.stats
            summary = {"force": self.crawler.spider.slug, "finish_reason": "stalled",
                       **{k: stats.get_value(f"foi/{k}", 0)
                          for k in ("fetched", "new", "changed", "failed")}}
            sys.stdout.write(json.dumps(summary) + "\n")
            sys.stdout.flush()
            os._exit(1)


def _thread_stacks() -> str:
    """Every thread's stack (what scrapy's StackTraceDump prints on SIGUSR2, without constructing
    that extension, which would install signal handlers as a side effect)."""
    names = {t.ident: t.name for t in threading.enumerate()}
    return "".join(f"# Thread: {names.get(ident, '')}({ident})\n{''.join(traceback.format_stack(frame))}\n"
                   for ident, frame in sys._current_frames().items())
