"""Marking a request seen and queueing it is one Redis step: a crawler process killed between
the two would otherwise leave a page every process thinks is queued and none will fetch."""
from __future__ import annotations

import redis
from scrapy import Request, Spider

from crawler.redis_queue import LeasedQueue


def test_a_request_is_queued_exactly_when_it_is_first_seen(redis_url):
    server = redis.Redis.from_url(redis_url)
    queue = LeasedQueue(server, Spider(name="t"), "foi-archive:t:requests")
    seen = "foi-archive:t:seen"
    page = Request("http://127.0.0.1:9/log/page-1/")

    assert queue.push_unseen(page, seen, "fp-1") is True
    assert queue.push_unseen(page, seen, "fp-1") is False        # seen: not queued again
    assert (len(queue), server.scard(seen)) == (1, 1)
    assert queue.push_unseen(page, seen, None) is True           # dont_filter: always queued
    assert (len(queue), server.scard(seen)) == (2, 1)
    assert queue.pop().url == page.url                           # what was queued is the request
