"""Third-party disclosure-log services (disclosurelog.co.uk, used by City of London).

The service's front page and its paginated or filtered search are listings; each response is
`/disclosures/<id>`, and its files sit below that path (or carry a file extension).
"""
import re

from crawler.sections import Section
from crawler.spiders.base import LogSpider


class DisclosureLogSpider(LogSpider):
    name = "disclosurelog"
    excluded = re.compile(r"/(?:login|account|admin|request)(?:/|$)")

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        if not rel or rel == ["disclosures"]:
            return "listing"
        if len(rel) == 2 and rel[0] == "disclosures" and not query:
            return "entry"
        return None

    def is_file_url(self, url: str) -> bool:
        # Downloads below an entry (`/disclosures/<id>/files/<n>`) rarely carry an extension.
        for section in self.sections:
            rel = section.relative(url)
            if rel and len(rel) > 2 and rel[0] == "disclosures":
                return True
        return super().is_file_url(url)
