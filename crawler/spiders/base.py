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
withdrawals are seen even when the listing item does not change. Those rows and the failures
are written by the CrawlRecord mixin (crawler/spiders/crawl_record.py); the links of a page are
found by crawler/spiders/page_links.py.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from urllib.parse import urlsplit

import scrapy
from scrapy.http import HtmlResponse, TextResponse

from crawler.rawstore import RawStore
from crawler.revisit import redirected_out, revisit_requests
from crawler.sections import Section, file_host_ok, looks_like_file
from crawler.spiders.crawl_record import CrawlRecord
from crawler.spiders.page_links import data_beside_letters, page_links

HTML_TYPES = ("text/html", "application/xhtml")


def _headers_dict(headers) -> dict:
    return {k.decode("latin-1"): ", ".join(v.decode("latin-1") for v in vals)
            for k, vals in headers.items()}


class LogSpider(CrawlRecord, scrapy.Spider):
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

    def entries_from(self, page_url: str) -> bool:
        """Whether a listing page's entry and file links are the log's (a platform's hub page may
        link other documents too: crawler/spiders/govuk.py)."""
        return True

    def is_file_url(self, url: str) -> bool:
        parts = urlsplit(url)
        return looks_like_file(parts.path, parts.query) or any(parts.path.startswith(p) for p in self.file_prefixes)

    # -- classification ------------------------------------------------------------------------
    def classify(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or self.excluded.search(
                parts.path + ("?" + parts.query if parts.query else "")):
            return None
        if self.is_file_url(url):
            on_site = file_host_ok(parts.netloc, [s.netloc for s in self.sections])
            return "file" if on_site else None
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
        beside = data_beside_letters(page)
        for url, text, context, chrome in self.links(page):
            kind = self.classify(url)
            if kind == "file" and not chrome and url in beside:
                found += 1  # a spreadsheet in the letter's row: the letter's attachment
                if not self.store.has(url):
                    yield self._request(url, "attachment", self.parse_attachment,
                                        parent_url=beside[url], link_text=text)
                continue
            if kind == "listing":
                found += 1
                yield self.listing_request(url)
            elif kind in ("entry", "file") and not chrome and self.entries_from(response.url):
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

    # -- pages ---------------------------------------------------------------------------------
    @staticmethod
    def _ctype(response) -> str:
        return response.headers.get("Content-Type", b"").decode("latin-1").lower()

    def _is_html(self, response) -> bool:
        ctype = self._ctype(response)
        if ctype:
            return ctype.startswith(HTML_TYPES)
        return isinstance(response, TextResponse) and b"<html" in response.body[:2048].lower()

    def links(self, response: TextResponse):
        """(absolute URL, anchor text, listing-item signature, chrome) for each link on the page
        (crawler/spiders/page_links.py)."""
        yield from page_links(response)
