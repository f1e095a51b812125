"""What every disclosure-log spider does; the platform spiders only say which URLs are which.

Discovery follows links inside the log section only: listing pages (index, years, months,
pagination) -> entries -> attachments. A page's content is never interpreted beyond finding
its links (and, for listings, the text of the listing item around each link, so that a changed
item tells us its entry changed without fetching every entry again).

Incremental and resumable by construction: listing pages are always requested (conditionally,
when the store has their ETag / Last-Modified); an entry already in the raw store is not
requested again unless its listing item changed; attachments missing from the store are
requested even when their entry was stored by an earlier, interrupted crawl.

Change tracking (docs/changes.md): each run is a `crawls` row, every entry URL a listing links
to goes to `listing_links`, and every entry or attachment request to `checks`. Stored entries
and attachments are also revalidated within a budget (crawler/revisit.py), so silent edits and
withdrawals are seen even when the listing item does not change.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import defaultdict
from urllib.parse import urldefrag, urlsplit

import scrapy
from lxml import html as lxml_html
from scrapy.exceptions import IgnoreRequest

try:    # Scrapy >= 2.14 names its own timeout and cancel errors
    from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError
except ImportError:  # pragma: no cover - older Scrapy
    from twisted.internet.defer import CancelledError as DownloadCancelledError
    DownloadTimeoutError = TimeoutError
from scrapy.http import HtmlResponse, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from crawler.rawstore import RawStore
from crawler.redirect_scope import RedirectOutOfScope
from crawler.revisit import redirected_out, revisit_requests
from crawler.sections import Section, looks_like_file

HTML_TYPES = ("text/html", "application/xhtml")
# Scrapy's words when a body passes DOWNLOAD_MAXSIZE: declared by Content-Length, counted while
# streaming, or reached while decompressing; the first number is the size seen so far.
_OVERSIZE = re.compile(r"(\d+) (?:bytes|B decompressed so far)\b.*?(?:download max size|"
                       r"DOWNLOAD_MAXSIZE) \((\d+)", re.S)
WS = re.compile(r"\s+")
CHROME = {"nav", "header", "footer", "aside"}


def _headers_dict(headers) -> dict:
    return {k.decode("latin-1"): ", ".join(v.decode("latin-1") for v in vals)
            for k, vals in headers.items()}


def _clean(url: str) -> str:
    return urldefrag(url)[0]


class LogSpider(scrapy.Spider):
    """Base class: subclasses set `name` and override `page_kind` / `is_attachment_path`."""

    name = None   # abstract: not listed by `scrapy list`
    # Path prefixes (site-wide) where this platform keeps the files that pages link to.
    file_prefixes: tuple[str, ...] = ()
    # Paths never requested on this platform (admin, feeds, search...).
    excluded = re.compile(r"$^")

    def __init__(self, force: dict | str, raw_dir: str | None = None,
                 start_url: str | None = None, **kwargs):
        super().__init__(**kwargs)
        # `scrapy crawl soh -a force=cleveland-police [-a start_url=...] [-a raw_dir=...]`
        # passes strings: the registry gives the force, FOI_ARCHIVE_RAW (else data/raw) the store.
        if isinstance(force, str):
            from archive.registry import force_by_slug
            force = force_by_slug(force)
        raw_dir = raw_dir or os.environ.get("FOI_ARCHIVE_RAW") or "data/raw"
        self.force = force
        self.slug = force["slug"]
        self.start_urls = [start_url] if start_url else list(force["entry_urls"])
        self.sections = [self.make_section(u) for u in self.start_urls]
        self.store = RawStore(raw_dir)
        self.pending_contexts: dict[str, set[str]] = defaultdict(set)
        self.entries_requested: set[str] = set()
        self.crawl_id = self.store.start_crawl(self.slug)
        # Why this run cannot vouch for "not linked from any listing page" (None: it can).
        self.incomplete: str | None = None

    # -- what each platform decides ----------------------------------------------------------
    def make_section(self, url: str) -> Section:
        """The log section an entry URL opens (by default: the path below it)."""
        return Section.from_url(url)

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        """'listing', 'entry' or None (outside the log) for an HTML page inside `section`."""
        raise NotImplementedError

    def is_file_url(self, url: str) -> bool:
        path = urlsplit(url).path
        return looks_like_file(path) or any(path.startswith(p) for p in self.file_prefixes)

    # -- classification ------------------------------------------------------------------------
    def classify(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or self.excluded.search(
                parts.path + ("?" + parts.query if parts.query else "")):
            return None
        if self.is_file_url(url):
            same_host = any(parts.netloc.lower() == s.netloc for s in self.sections)
            return "file" if same_host else None
        for section in self.sections:
            rel = section.relative(url)
            if rel is not None:
                kind = self.page_kind(section, rel, parts.query)
                if kind:
                    return kind
        return None

    # -- requests ------------------------------------------------------------------------------
    async def start(self):
        for url in self.start_urls:
            yield self.listing_request(url)
        for request in revisit_requests(self):
            yield request

    def _request(self, url: str, kind: str, callback, **meta) -> scrapy.Request:
        meta = {"kind": kind, "force": self.slug, **meta}
        if self.force.get("browser"):
            # Let the page's scripts finish (a challenge, or content rendered by JavaScript).
            meta.update(playwright=True, playwright_page_goto_kwargs={"wait_until": "networkidle"})
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta,
                              dont_filter=meta.pop("dont_filter", False))

    def _conditional(self, request: scrapy.Request) -> scrapy.Request:
        latest = self.store.latest(request.url)
        if latest is None:
            return request
        headers = {k.lower(): v for k, v in latest.headers.items()}
        if "etag" in headers:
            request.headers["If-None-Match"] = headers["etag"]
        if "last-modified" in headers:
            request.headers["If-Modified-Since"] = headers["last-modified"]
        if "etag" in headers or "last-modified" in headers:
            request.meta["handle_httpstatus_list"] = [304]
        return request

    def listing_request(self, url: str, dont_filter: bool = False) -> scrapy.Request:
        return self._conditional(self._request(url, "listing", self.parse_listing,
                                               dont_filter=dont_filter))

    # -- callbacks -----------------------------------------------------------------------------
    def parse(self, response):  # pragma: no cover - every request names its callback
        yield from self.parse_listing(response)

    def _stored_response(self, response) -> TextResponse | None:
        """For a 304, the body we stored last time, so its links can still be followed."""
        latest = self.store.latest(response.request.url)
        if latest is None:
            return None
        return HtmlResponse(url=latest.final_url or response.url,
                            body=self.store.read_body(latest.sha256), encoding=None,
                            headers={"Content-Type": latest.content_type or "text/html"})

    def _item(self, response, kind: str, **extra) -> dict:
        redirects = response.meta.get("redirect_urls") or []
        return {"force": self.slug, "url": redirects[0] if redirects else response.request.url,
                "final_url": response.url, "status": response.status,
                "headers": _headers_dict(response.headers), "body": response.body,
                "kind": kind, **extra}

    def parse_listing(self, response):
        if response.status == 304:
            page = self._stored_response(response)
            if page is None:
                # Another process's store held the validators (a shared Redis crawl): fetch the
                # page in full here so its links are followed.
                yield self._request(response.request.url, "listing", self.parse_listing,
                                    dont_filter=True)
                return
        else:
            yield self._item(response, "listing")
            page = response
        if not self._is_html(page):
            self.incomplete = "a listing page is not HTML"
            self.store.add_error(self.slug, response.url, "listing page is not HTML "
                                 f"({self._ctype(page) or 'no content type'})", response.status)
            self.crawler.stats.inc_value("foi/failed")
            return
        found = 0
        for url, text, context, chrome in self.links(page):
            kind = self.classify(url)
            if kind == "listing":
                found += 1
                yield self.listing_request(url)
            elif kind in ("entry", "file") and not chrome:
                found += 1
                self.store.add_listing_link(self.crawl_id, url)
                yield from self.follow_entry(url, text, context)
        if not found:
            self.incomplete = "a listing page has no links"
            self.store.add_error(self.slug, response.url, "listing page has no links inside the "
                                 "log section (page layout changed?)", response.status)
            self.crawler.stats.inc_value("foi/failed")

    def follow_entry(self, url: str, text: str, context: str):
        if url in self.entries_requested:
            self._remember_context(url, context)
            return
        if self.store.has(url):
            if self.store.knows_link_context(url, context) or self.store.latest(url) is None:
                # Unchanged (or reached only as a redirect target): no request; but fetch any
                # attachments an interrupted crawl left behind.
                yield from self.missing_attachments(url)
                return
        elif self.store.gone(url) and self.store.knows_link_context(url, context):
            return  # a dead link whose listing item has not changed since it answered 404
        self.entries_requested.add(url)
        self._remember_context(url, context)
        # The context rides in the request too: with a shared Redis queue another process may
        # fetch (and store) this entry, and it has no `pending_contexts` of ours.
        request = self._request(url, "entry", self.parse_entry, link_text=text,
                                link_context=context)
        yield self._conditional(request) if self.store.has(url) else request

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

    def parse_entry(self, response):
        if response.status == 304:
            self.check(response.request.url, "entry", 304, "not_modified")
            self.entry_stored(response.request.url, response.meta.get("link_context"))
            # A crawl killed after storing this entry but before its link context and attachments
            # re-requests it; the 304 must still fetch the attachments it left behind.
            yield from self.missing_attachments(response.request.url)
            return
        if redirected_out(self, response, ("entry", "file")):
            return
        yield self._item(response, "entry", link_text=response.meta.get("link_text"),
                         link_context=response.meta.get("link_context"))
        if self._is_html(response):
            yield from self.attachment_requests(response.url, response)

    def attachment_requests(self, entry_url: str, page: TextResponse):
        for url, text, _, chrome in self.links(page):
            if not chrome and self.classify(url) == "file" and not self.store.has(url):
                yield self._request(url, "attachment", self.parse_attachment,
                                    parent_url=entry_url, link_text=text)

    def missing_attachments(self, entry_url: str):
        latest = self.store.latest(entry_url)
        if latest is None or not (latest.content_type or "").startswith(HTML_TYPES):
            return
        page = HtmlResponse(url=latest.final_url or entry_url, encoding=None,
                            body=self.store.read_body(latest.sha256))
        yield from self.attachment_requests(entry_url, page)

    def parse_attachment(self, response):
        if response.status == 304:
            self.check(response.request.url, "attachment", 304, "not_modified")
            return
        if redirected_out(self, response, ("file",)):
            return
        yield self._item(response, "attachment", parent_url=response.meta["parent_url"],
                         link_text=response.meta.get("link_text"))

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

    # -- link finding --------------------------------------------------------------------------
    @staticmethod
    def _ctype(response) -> str:
        return response.headers.get("Content-Type", b"").decode("latin-1").lower()

    def _is_html(self, response) -> bool:
        ctype = self._ctype(response)
        if ctype:
            return ctype.startswith(HTML_TYPES)
        return isinstance(response, TextResponse) and b"<html" in response.body[:2048].lower()

    def links(self, response: TextResponse):
        """(absolute URL, anchor text, listing-item signature) for each link on the page.

        The signature hashes the text of the largest element around the link that holds no
        other link target: the listing item (title, date, "updated" note...). `chrome` is True
        for links in the site's header, footer, nav or aside: they may lead to listings
        (pagination often sits in a nav) but never count as entries or attachments.
        """
        try:
            root = lxml_html.fromstring(response.text)
        except (ValueError, lxml_html.etree.ParserError):
            return
        for bad in root.xpath("//script|//style"):
            bad.drop_tree()
        targets: dict[int, set[str]] = {}

        def targets_of(el) -> set[str]:
            key = id(el)
            if key not in targets:
                targets[key] = {a.get("href", "").split("#")[0]
                                for a in el.iter("a") if a.get("href")}
            return targets[key]

        seen = set()
        for a in root.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("mailto:", "javascript:", "tel:", "#")):
                continue
            url = _clean(response.urljoin(href))
            item = a
            parent = a.getparent()
            while parent is not None and len(targets_of(parent)) <= 1:
                item, parent = parent, parent.getparent()
            text = WS.sub(" ", a.text_content()).strip()
            context = WS.sub(" ", item.text_content()).strip()
            key = (url, context)
            if key in seen:
                continue
            seen.add(key)
            chrome = any(el.tag in CHROME for el in a.iterancestors())
            yield url, text, hashlib.sha1(context.encode()).hexdigest()[:16], chrome
        for href in root.xpath("//link[@rel='next']/@href"):
            yield _clean(response.urljoin(href)), "", "", True
