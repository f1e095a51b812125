"""Any other log: grouping pages (years, months, pages) under the entry URL, then entries.

Also covers month-named flat logs such as West Yorkshire's `/freedom-of-information/<slug>`.
"""
import re

from crawler.sections import Section, grouping_then_slug
from crawler.spiders.base import LogSpider


class GenericSpider(LogSpider):
    name = "generic"

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        if query:
            return "listing" if re.fullmatch(r"(?:page|p|pg|paged|start)=\d+", query) and \
                grouping_then_slug(rel) == "listing" else None
        return grouping_then_slug(rel)
