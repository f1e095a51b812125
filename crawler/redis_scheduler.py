"""One crawl frontier on Redis shared by any number of crawler processes, on any machines.

Switched on by `FOI_REDIS_URL` (`foi-archive crawl --redis URL`, or env FOI_ARCHIVE_REDIS_URL):
every process crawling the same force pushes to and pops from one request queue and checks
one seen-set (scrapy-redis's RFPDupeFilter), both keyed by the force slug, so each page is
fetched by one process only. On top of scrapy-redis's scheduler this adds what a shared crawl
needs to end correctly:

- leases (crawler/redis_queue.py): a request a process popped stays recorded until that
  process has stored its result and queued its links; a killed process's leases expire and
  another process fetches those requests again;
- a shared end: a process that runs out of work keeps waiting while any other process still
  holds a lease (its pages may link to more), and the job's keys are deleted only when nothing
  is queued or leased, so the next crawl of the force starts afresh (and incrementally, from
  each machine's raw store).
"""
from __future__ import annotations

import logging

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.misc import load_object
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler.redis_queue import LEASE_META, JsonCodec, LeasedQueue

logger = logging.getLogger(__name__)
KEY_PREFIX = "foi-archive"


def redis_settings(slug: str, url: str, per_site: int = 2) -> dict:
    """Scrapy settings that move one force's frontier to the Redis server at `url`."""
    return {
        # A process pops only what it can download now, leaving the rest to the others.
        "CONCURRENT_REQUESTS": per_site,
        "SCHEDULER": "crawler.redis_scheduler.SharedScheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.redis_queue.LeasedQueue",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "REDIS_URL": url,
        "SCHEDULER_PERSIST": True,     # other processes may still be crawling: never flush
        "SCHEDULER_QUEUE_KEY": f"{KEY_PREFIX}:{slug}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{KEY_PREFIX}:{slug}:seen",
        "JOBDIR": None,                # the queue lives in Redis, not on local disk
        "FOI_IDLE_IS_WAITING": True,   # idle here = waiting on other processes' leases
    }


class SharedScheduler(Scheduler):
    @classmethod
    def from_crawler(cls, crawler):
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.lease_seconds = crawler.settings.getfloat("FOI_REDIS_LEASE", 60.0)
        scheduler.poll_seconds = crawler.settings.getfloat("FOI_REDIS_POLL", 1.0)
        scheduler.held = {}         # lease token -> the request object this process holds
        scheduler.loop = None
        return scheduler

    def open(self, spider):
        self.spider = spider
        self.queue = LeasedQueue(self.server, spider, self.queue_key,
                                 serializer=self.serializer or JsonCodec,
                                 lease_seconds=self.lease_seconds)
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        waiting = len(self.queue) + self.queue.leased()
        if waiting:
            spider.logger.info("joining a shared crawl: %d requests queued or leased", waiting)
        self.crawler.signals.connect(self._on_idle, signal=signals.spider_idle)
        self.loop = task.LoopingCall(self._tick)
        self.loop.start(self.poll_seconds, now=False)

    def close(self, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        try:
            self._settle()
            if self.held:    # stopped with work in hand: give it back to the other processes
                self.queue.requeue(list(self.held))
                self.held.clear()
        except RedisError as exc:
            logger.warning("could not return leases to Redis: %s", exc)
        return super().close(reason)

    def enqueue_request(self, request):
        fingerprint = None if request.dont_filter else self.df.request_fingerprint(request)
        if not self.queue.push_unseen(request, self.df.key, fingerprint):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True

    def next_request(self):
        request = self.queue.pop()
        if request is None:
            return None
        self.held[request.meta[LEASE_META]] = request
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    # -- leases ------------------------------------------------------------------------------
    def _in_progress(self) -> set:
        # The engine keeps each request in its slot until the callback's output (items stored,
        # new requests queued) has been handled: only then is the lease safe to drop.
        slot = getattr(self.crawler.engine, "_slot", None)
        return getattr(slot, "inprogress", set())

    def _settle(self) -> None:
        busy = self._in_progress()
        done = [token for token, request in self.held.items() if request not in busy]
        for token in done:
            del self.held[token]
        self.queue.release(done)

    def _reclaim(self) -> None:
        reclaimed = self.queue.reclaim_expired()
        if reclaimed:
            logger.warning("re-queued %d requests whose crawler process stopped answering",
                           reclaimed)
            self.stats.inc_value("foi/redis/reclaimed", reclaimed)

    def _tick(self) -> None:
        try:
            self._settle()
            self.queue.renew(list(self.held))
            self._reclaim()
            queued = len(self.queue)
        except RedisError as exc:
            logger.warning("Redis: %s", exc)
            return
        slot = getattr(self.crawler.engine, "_slot", None)
        if queued and slot is not None:
            slot.nextcall.schedule()   # work queued by another process: start on it now

    def _on_idle(self, spider):
        self._settle()
        self._reclaim()
        if len(self.queue) or self.queue.leased():
            raise DontCloseSpider
        if not self.queue.finish(self.df.key):
            raise DontCloseSpider
        spider.logger.info("shared crawl finished: queue and seen-set removed from Redis")
