"""The Information Commissioner's decision notices: a second source beside the force logs.

The search listing (`/action-weve-taken/decision-notices/`, paginated with `?page=N`) links one
page per notice (`…/decision-notices/<year>/<case>/<reference>/`), which links the notice's PDF
(under `/media/`). Each result is titled with the notice's public authority: only notices whose
authority is a force in the registry or a police and crime commissioner are followed
(`parsers.ico.authority`), everything else (councils, NHS trusts, departments) is never fetched.
Same raw store, politeness, robots and incremental rules as the force logs (LogSpider); the
notices are stored under the pseudo-force `ico` so the build keeps them apart from responses.
"""
from __future__ import annotations

import re

from crawler.sections import Section
from crawler.spiders.base import LogSpider
from parsers.ico.authority import ICO_SLUG, police_authority

ICO_SOURCE = {
    "slug": ICO_SLUG, "name": "Information Commissioner's Office", "country": "United Kingdom",
    "act": "FOIA", "platform": "ico", "browser": False,
    "entry_urls": ["https://ico.org.uk/action-weve-taken/decision-notices/"],
}
_PAGE_QUERY = re.compile(r"page=\d{1,4}")
_NOTICE = re.compile(r"\d{4}")


class IcoSpider(LogSpider):
    name = "ico"
    file_prefixes = ("/media/",)

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        if not rel:
            return "listing" if not query or _PAGE_QUERY.fullmatch(query) else None
        if query:
            return None
        # <year>/<case number>/<reference>: one notice's page
        if len(rel) == 3 and _NOTICE.fullmatch(rel[0]) and rel[1].isdigit():
            return "entry"
        return None

    def follow_entry(self, url: str, text: str, context: str):
        if police_authority(text) is None:
            # The result's title is its public authority: not police, not ours.
            self.crawler.stats.inc_value("foi/ico_not_police")
            return
        yield from super().follow_entry(url, text, context)
