"""A downloader middleware that never answers for URLs containing '/stuck': a stand-in for any
bug that leaves a request neither downloaded nor failed (tests/crawler/test_stall.py)."""
from __future__ import annotations

import asyncio


class NeverAnswer:
    async def process_request(self, request):
        if "/stuck" in request.url:
            await asyncio.get_running_loop().create_future()   # never set
        return None


class NeverClose:
    """An extension that keeps an idle crawl open for ever: a stand-in for any bug that leaves
    a crawl with nothing outstanding yet not closing."""

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals

        ext = cls()
        crawler.signals.connect(ext.idle, signal=signals.spider_idle)
        return ext

    def idle(self, spider):
        from scrapy.exceptions import DontCloseSpider

        raise DontCloseSpider
