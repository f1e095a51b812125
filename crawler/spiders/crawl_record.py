"""What a crawl records about itself besides the bodies (docs/changes.md): a `checks` row per
entry or attachment request, the link contexts of entries, every failure as an error row, and
whether the run was complete enough to vouch for "no longer listed".

A mixin of LogSpider, which sets the state it uses (store, slug, crawl_id, pending_contexts,
incomplete); the pipeline and crawler/revisit.py call check() and entry_stored() too.
"""
from __future__ import annotations

import re

from scrapy.exceptions import IgnoreRequest

try:    # Scrapy >= 2.14 names its own timeout and cancel errors
    from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError
except ImportError:  # pragma: no cover - older Scrapy
    from twisted.internet.defer import CancelledError as DownloadCancelledError
    DownloadTimeoutError = TimeoutError
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from crawler.redirect_scope import RedirectOutOfScope

# Scrapy's words when a body passes DOWNLOAD_MAXSIZE: declared by Content-Length, counted while
# streaming, or reached while decompressing; the first number is the size seen so far.
_OVERSIZE = re.compile(r"(\d+) (?:bytes|B decompressed so far)\b.*?(?:download max size|"
                       r"DOWNLOAD_MAXSIZE) \((\d+)", re.S)


class CrawlRecord:
    """check(), entry_stored(), on_error() and closed(): the crawl's own rows in the raw store."""

    def _remember_context(self, url: str, context: str) -> None:
        if self.store.has(url):
            self.store.add_link_context(url, context)
        else:
            self.pending_contexts[url].add(context)

    def entry_stored(self, url: str, context: str | None = None) -> None:
        """Called by the pipeline once an entry's row (or its 304) is committed."""
        contexts = self.pending_contexts.pop(url, set()) | ({context} if context else set())
        for signature in contexts:
            self.store.add_link_context(url, signature)

    def check(self, url: str, kind: str, status: int | None, result: str) -> None:
        self.store.add_check(self.crawl_id, self.slug, url, kind, status, result)

    def on_error(self, failure):
        request = failure.request
        status = None
        too_large = self._too_large(failure)
        if failure.check(RedirectOutOfScope):
            error = str(failure.value)
        elif failure.check(IgnoreRequest) and not failure.check(HttpError) and not too_large:
            if request.meta.get("kind") == "listing":
                self.incomplete = "robots.txt refused a listing page"
            return  # robots.txt said no: not a failure of the site or of the crawl
        elif too_large:
            error = too_large   # nothing was stored: this row is the only trace of the document
            self.crawler.stats.inc_value("foi/too_large")
        elif failure.check(HttpError):
            status = failure.value.response.status
            error = f"HTTP {status}"
        elif failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
            error = "timeout"
        elif failure.check(DNSLookupError):
            error = "DNS lookup failed"
        else:
            error = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:300]
        if status in (404, 410) and request.meta.get("kind") == "entry":
            contexts = self.pending_contexts.pop(request.url, set())
            if request.meta.get("link_context"):
                contexts.add(request.meta["link_context"])
            for context in contexts:
                self.store.add_link_context(request.url, context)
        kind = request.meta.get("kind")
        if kind == "listing":
            self.incomplete = f"a listing page failed ({error})"
        elif kind in ("entry", "attachment"):
            result = ("gone" if status in (404, 410) else
                      "redirected_out" if failure.check(RedirectOutOfScope) else "error")
            self.check(request.url, kind, status, result)
        self.logger.warning("failed %s: %s", request.url, error)
        self.store.add_error(self.slug, request.url, error, status)
        self.crawler.stats.inc_value("foi/failed")

    def closed(self, reason: str) -> None:
        settings = self.crawler.settings
        if reason != "finished":
            self.incomplete = f"stopped: {reason}"
        elif settings.getbool("FOI_RESUMED"):
            self.incomplete = "resumed from a paused queue"
        elif settings.get("REDIS_URL"):
            self.incomplete = "a shared crawl (other processes walked some listings)"
        self.store.finish_crawl(self.crawl_id, complete=self.incomplete is None)
        if self.incomplete:
            self.logger.info("crawl %s not complete: %s", self.crawl_id, self.incomplete)

    def _too_large(self, failure) -> str | None:
        """The error text for a body stopped at DOWNLOAD_MAXSIZE, or None for other failures."""
        limit = failure.request.meta.get("download_maxsize",
                                         self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        found = _OVERSIZE.search(failure.getErrorMessage())
        if found:
            return (f"too large: {found[1]} bytes or more, over the download limit of "
                    f"{found[2]} bytes; not stored")
        if failure.check(DownloadCancelledError) and limit:
            # A body without Content-Length is cancelled as it streams past the limit, with an
            # empty message (the size is only logged).
            return f"too large: over the download limit of {limit} bytes; not stored"
        return None
