"""Logs whose responses are PDF letters (Police Scotland and others).

Year / month listing pages link either straight to PDF letters (stored as entries) or to one
short page per response that links its letter (the page is the entry, the PDF its
attachment). Police Scotland: `/disclosure-log/disclosure-log-<yyyy>/<month>/<yy-nnnn-slug>/`.
"""
import re

from crawler.sections import GROUPING_SEGMENT, Section, grouping_then_slug
from crawler.spiders.base import LogSpider

GROUPING = re.compile(rf"(?:disclosure-log-\d{{4}}|{GROUPING_SEGMENT.pattern})", re.I)


class PdfLettersSpider(LogSpider):
    name = "pdf_letters"
    file_prefixes = ("/spa-media/",)

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        if query:
            return "listing" if re.fullmatch(r"(?:page|p|pg)=\d+", query) and \
                grouping_then_slug(rel, GROUPING) == "listing" else None
        return grouping_then_slug(rel, GROUPING)
