"""Single Online Home: the shared platform of most England & Wales forces.

Every disclosure-log variant in FORCE-SITES.md has the same shape under `/foi-ai/<force>/`:
a section segment (`d`, `disclosure-2024`, `disclosure2022`, `disclosure-log`, `disclosure`,
`disclosure-logs`, `foi-disclosure-2021-22`, `other-information/previous-foi-requests`), then
year and/or month segments, then one slug per response. Files live under /SysSiteAssets/.
"""
import re

from crawler.sections import Section, grouping_then_slug
from crawler.spiders.base import LogSpider

LOG_SECTION = re.compile(
    r"(?:d|disclosures?|disclosure-?\d{4}(?:-\d{2,4})?|disclosure-logs?|"
    r"foi-disclosures?(?:-\d{4}(?:-\d{2,4})?)?|previous-foi-requests)", re.I)


class SohSpider(LogSpider):
    """A force's whole disclosure log is its log sections under `/foi-ai/<force>/`.

    The Met, for one, keeps 2022 under `d/` and later years under `disclosure-2023/`,
    `disclosure-2024/`..., and its log index may sit under yet another: an entry URL anywhere
    in `/foi-ai/<force>/` therefore opens all of that force's log sections (and nothing else).
    """

    name = "soh"
    file_prefixes = ("/SysSiteAssets/", "/syssiteassets/")
    excluded = re.compile(r"^/(?:rqo|hyg)/", re.I)

    def make_section(self, url: str) -> Section:
        section = Section.from_url(url)
        segments = section.prefix_segments()
        if len(segments) >= 2 and segments[0].lower() == "foi-ai":
            prefix = "/" + "/".join(segments[:2])
            return Section(section.netloc, prefix, section.start_path)
        return section

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        if query and not re.fullmatch(r"(?:page|p|pg)=\d+", query):
            return None
        if not any(LOG_SECTION.fullmatch(s) for s in section.prefix_segments()):
            # Started above the log (e.g. /foi-ai/<force>/): only its log sections count.
            if rel[:1] == ["other-information"]:
                rel = rel[1:]
            if not rel:
                return "listing" if not query else None
            if not LOG_SECTION.fullmatch(rel[0]):
                return None
            rel = rel[1:]
        return grouping_then_slug(rel)
