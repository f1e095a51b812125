"""Retries with backoff that honour Retry-After, and pause the whole site while waiting.

Scrapy's own RetryMiddleware re-queues at once. Here a 429 or 5xx waits `Retry-After`
(seconds or an HTTP date) or an exponential backoff, capped by FOI_RETRY_BACKOFF_MAX, and every
other request to the same site waits too: a server that asked us to slow down gets a pause, not
a second connection.
"""
from __future__ import annotations

import asyncio
import time
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


class PoliteRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("FOI_RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("FOI_RETRY_BACKOFF_MAX", 120.0)
        self.paused_until: dict[str, float] = {}

    def _wait_for(self, request, response=None) -> float:
        hinted = retry_after_seconds(response.headers.get("Retry-After")) if response else None
        if hinted is None:
            tries = request.meta.get("retry_times", 0)
            hinted = self.backoff_base * (2 ** tries)
        return min(hinted, self.backoff_max)

    async def process_request(self, request):
        site = urlsplit(request.url).netloc
        delay = self.paused_until.get(site, 0) - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        return None

    async def process_response(self, request, response):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await self._pause(request, self._wait_for(request, response))
        return retry

    async def process_exception(self, request, exception):
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._pause(request, self._wait_for(request))
        return retry

    async def _pause(self, request, seconds: float) -> None:
        site = urlsplit(request.url).netloc
        self.paused_until[site] = max(self.paused_until.get(site, 0), time.monotonic() + seconds)
        await asyncio.sleep(seconds)


class CrawlDelayMiddleware:
    """Honour robots.txt `Crawl-delay` (Scrapy obeys Allow/Disallow only): once a site's robots.txt
    asks for N seconds between requests, that site's download slot waits at least N seconds (no
    random jitter below it, and AutoThrottle may only lengthen it), capped at FOI_CRAWL_DELAY_MAX."""

    def __init__(self, crawler):
        from scrapy import signals

        self.crawler = crawler
        self.cap = crawler.settings.getfloat("FOI_CRAWL_DELAY_MAX", 60.0)
        self.agent = crawler.settings.get("USER_AGENT") or "*"
        self.delays: dict[str, float] = {}
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def robots_parsed(self, robotparser, request) -> None:
        try:
            delay = robotparser.crawl_delay(self.agent)
        except (AttributeError, NotImplementedError, ValueError):
            delay = None
        if delay and delay > 0:
            self.delays[urlsplit(request.url).netloc.lower()] = min(float(delay), self.cap)

    def process_request(self, request):
        delay = self.delays.get(urlsplit(request.url).netloc.lower())
        if delay:
            downloader = self.crawler.engine.downloader
            slot = downloader.slots.get(downloader.get_slot_key(request))
            if slot is not None and (slot.delay < delay or slot.jitter):
                slot.delay, slot.jitter = max(slot.delay, delay), 0.0
        return None
