"""Forces whose releases are GOV.UK publications (Ministry of Defence Police, Civil Nuclear
Constabulary).

GOV.UK keeps an organisation's FOI releases at `/government/publications/<slug>`, away from the
organisation's own pages, and lists them from the organisation's pages, a collection
(`/government/collections/<slug>`) or the release finder
(`/search/transparency-and-freedom-of-information-releases?…&page=N`). The crawl starts at the
organisation's page (the registry's entry URL); that page and every page below it are listings,
but the organisation's hub links its annual report and guidance too, so only listings below the
start page, collections and the finder give entries. A publication named as the log
(`…/cnc-freedom-of-information-disclosure-log`) is a listing: its attached letters are the
responses. Files sit under `/media/` or on `assets.publishing.service.gov.uk`.
"""
import re
from urllib.parse import urlsplit

from crawler.sections import Section
from crawler.spiders.base import LogSpider

ASSET_HOSTS = {"assets.publishing.service.gov.uk"}
_FINDER = re.compile(r"^/search/transparency-and-freedom-of-information-releases$")
# A publication that is itself the log: its attached letters are the responses (CNC).
_LOG_PUBLICATION = re.compile(r"disclosure-log|foi-(?:releases|responses|disclosures)|freedom-of-information-(?:releases|responses|disclosures)")


class GovukSpider(LogSpider):
    name = "govuk"
    file_prefixes = ("/media/", "/government/uploads/")
    excluded = re.compile(r"/(?:feed|\.atom|print)(?:/|$)|\.atom$")

    def make_section(self, url: str) -> Section:
        parts = urlsplit(url)
        return Section(parts.netloc.lower(), "", (parts.path or "/").rstrip("/") or "/")

    def _start_paths(self) -> list[str]:
        return [s.start_path for s in self.sections]

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        path = "/" + "/".join(rel)
        if rel[:2] == ["government", "publications"] and len(rel) == 3:
            if _LOG_PUBLICATION.search(rel[2]) and (not query or re.fullmatch(r"page=\d+", query)):
                return "listing"  # the log as one publication, its pages ?page=2 …
            return None if query else "entry"
        if rel[:2] == ["government", "collections"] and len(rel) == 3:
            return "listing"
        if _FINDER.match(path) and query:
            return "listing"
        if not query and any(path == p or path.startswith(p.rstrip("/") + "/") for p in self._start_paths()):
            return "listing"  # the organisation's page and the log pages below it
        return None

    def entries_from(self, page_url: str) -> bool:
        """The start page (the organisation's hub) links other publications too: only the listings
        below it, collections and the finder give entries."""
        path = urlsplit(page_url).path.rstrip("/") or "/"
        return path not in self._start_paths()

    def classify(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.netloc.lower() in ASSET_HOSTS and parts.scheme in ("http", "https"):
            return "file"
        return super().classify(url)
