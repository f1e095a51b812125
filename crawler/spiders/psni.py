"""PSNI: a paginated list at `/foi-disclosure-log`, entries at `/foi-disclosure-log/<slug>`.

Listing filters and pagination come as query strings on the list page. Files under
/sites/default/files/ (Drupal).
"""
import re

from crawler.sections import Section
from crawler.spiders.base import LogSpider


class PsniSpider(LogSpider):
    name = "psni"
    file_prefixes = ("/sites/default/files/", "/system/files/")
    excluded = re.compile(r"/(?:user|admin|search|node/\d+/edit)(?:/|$)")

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        if not rel:
            return "listing"
        if len(rel) == 1 and not query:
            return "listing" if re.fullmatch(r"page-?\d+|\d{4}", rel[0]) else "entry"
        return None
