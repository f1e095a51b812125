"""Revisiting: each crawl revalidates stored entries and attachments, oldest-checked first.

An entry is otherwise requested again only when its listing item changes, so a silent edit or
a withdrawal would never be seen. Each crawl therefore also sends conditional requests
(If-None-Match / If-Modified-Since from the stored headers) for the force's stored entries and
attachments that are due, within a budget, through the same download slots, delays and
robots.txt rules as every other request. Settings (CLI: `crawl --revisit N --revisit-after
DAYS`; docs/changes.md):

    FOI_REVISIT              at most this many revisits per force per crawl (0: none)
    FOI_REVISIT_AFTER_DAYS   due when not checked (or fetched) for this many days (0: all due)
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

DEFAULT_REVISIT = 200
DEFAULT_REVISIT_AFTER_DAYS = 30.0


def revisit_cutoff(days: float, now: datetime | None = None) -> str:
    """The check time before which a URL is due, in the raw store's timestamp format."""
    when = (now or datetime.now(UTC)) - timedelta(days=days)
    # A hair in the future for 0 days, so a URL checked this very second is still due.
    if days <= 0:
        when += timedelta(seconds=1)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def revisit_requests(spider):
    """Conditional requests for the spider's due entries and attachments, within budget."""
    settings = spider.crawler.settings
    budget = settings.getint("FOI_REVISIT", DEFAULT_REVISIT)
    days = settings.getfloat("FOI_REVISIT_AFTER_DAYS", DEFAULT_REVISIT_AFTER_DAYS)
    if budget <= 0:
        return
    sent = 0
    # Ask for more than the budget: URLs outside this crawl's sections (another start URL or
    # port) are skipped, not revisited.
    due = spider.store.due_for_revisit(spider.slug, revisit_cutoff(days), budget * 2 + 50)
    for url, kind, parent_url, link_text in due:
        if sent >= budget:
            break
        where = spider.classify(url)
        if kind == "entry" and where in ("entry", "file") and url not in spider.entries_requested:
            spider.entries_requested.add(url)
            request = spider._request(url, "entry", spider.parse_entry, link_text=link_text,
                                      revisit=True)
        elif kind == "attachment" and where == "file":
            request = spider._request(url, "attachment", spider.parse_attachment,
                                      parent_url=parent_url, link_text=link_text, revisit=True)
        else:
            continue
        sent += 1
        spider.crawler.stats.inc_value("foi/revisits")
        yield spider._conditional(request)


def redirected_out(spider, response, allowed: tuple[str, ...]) -> bool:
    """True (recorded as a check and an error, nothing stored) when a stored entry or attachment
    now redirects to a page of the site outside the log, e.g. the force's home page: storing that
    page as a new version of the response would be wrong. Targets on other sites never get here
    (crawler/redirect_scope.py refuses them)."""
    redirects = response.meta.get("redirect_urls") or []
    if not redirects or spider.classify(response.url) in allowed:
        return False
    url = redirects[0]
    latest = spider.store.latest(url)
    if latest is None or spider.classify(latest.final_url or url) not in allowed:
        return False     # never stored, or stored from outside the log already: nothing new
    kind = response.meta.get("kind", "entry")
    spider.check(url, kind, response.status, "redirected_out")
    spider.store.add_error(spider.slug, url, f"redirected out of the log to {response.url}",
                           response.status)
    spider.crawler.stats.inc_value("foi/failed")
    return True
