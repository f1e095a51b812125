"""Redirects followed only within the log's own site.

An entry URL that answers 302 to another host (a loopback port, a cloud metadata address, any
other site) would otherwise be fetched and stored as the force's response. A redirect is
followed when its target is http(s) on the host a crawl section started on (the same host and
port; `www.` added or dropped and http upgraded to https are the same site). Anything else is
refused and recorded as a crawl error with the target's host.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest


class RedirectOutOfScope(IgnoreRequest):
    """A redirect to a place the crawl may not go; recorded as an error, unlike robots.txt."""


def _site(url_or_netloc: str) -> tuple[str, int | None] | None:
    """(host without www., explicit non-default port) of an http(s) URL or netloc."""
    parts = urlsplit(url_or_netloc if "//" in url_or_netloc else "//" + url_or_netloc)
    if parts.scheme not in ("", "http", "https") or not parts.hostname:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname.lower()
    return (host[4:] if host.startswith("www.") else host, None if port in (None, 80, 443) else port)


def in_scope(target: str, start_netlocs: list[str]) -> bool:
    """Is `target` on the site of one of the crawl's start hosts?"""
    if urlsplit(target).scheme not in ("http", "https"):
        return False
    site = _site(target)
    return site is not None and any(site == _site(s) for s in start_netlocs)


class ScopedRedirectMiddleware(RedirectMiddleware):
    def _redirect(self, redirected, request, reason):
        spider = self.crawler.spider
        starts = [s.netloc for s in getattr(spider, "sections", [])] or [urlsplit(request.url).netloc]
        if not in_scope(redirected.url, starts):
            where = urlsplit(redirected.url).netloc or "a non-web address"
            raise RedirectOutOfScope(f"redirect out of the log's site to {where} ({reason})")
        return super()._redirect(redirected, request, reason)
