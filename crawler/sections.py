"""Where a disclosure log lives on its site, and the URL shapes the spiders recognise.

A log section is a host plus a path prefix, derived from an entry URL (the registry's, or
`--start-url`): `/foi-ai/x/disclosure-2024/` covers everything below it; an entry URL without a
trailing slash (`/foi-disclosure-log`) covers itself and everything below it; a file name at the
end (`/log/index.html`) is dropped. Nothing outside a section is ever requested, except files
(attachments) that a page inside it links to on the log's own site: the same host name (any
port, with or without www.), another host of the same registered domain (assets.kent.police.uk
beside www.kent.police.uk) or a file store that forces publish through (FILE_STORES).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

FILE_EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "csv", "odt", "ods", "rtf", "txt",
                   "zip", "ppt", "pptx", "jpg", "jpeg", "png", "tif", "tiff", "msg", "eml"}
PAGE_EXTENSIONS = {"html", "htm", "php", "aspx", "asp", "jsp", "shtml"}

MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
# Path segments that only group entries: years, months, "2021-22", "month-2024", "page-2".
GROUPING_SEGMENT = re.compile(
    rf"(?:\d{{4}}(?:[-_]\d{{2,4}})?|(?:{MONTHS})(?:[-_ ]?\d{{2,4}})?|\d{{4}}[-_](?:{MONTHS})"
    rf"|page(?:[-_]?\d+)?|\d{{1,3}}|archives?|index)", re.I)


# Hosts that serve a force's files for it (blob storage, a CDN, GOV.UK's asset host).
FILE_STORES = (".blob.core.windows.net", ".azureedge.net", ".azurefd.net", ".cloudfront.net",
               ".amazonaws.com", "assets.publishing.service.gov.uk")
# Second-level suffixes under which a registered domain has three labels (kent.police.uk).
_TWO_LABEL_SUFFIXES = {"police.uk", "gov.uk", "org.uk", "co.uk", "ac.uk", "nhs.uk", "gov.scot", "gov.wales",
                       "ltd.uk", "me.uk", "net.uk", "sch.uk"}


def _registered(host: str) -> str:
    labels = host.split(".")
    n = 3 if ".".join(labels[-2:]) in _TWO_LABEL_SUFFIXES else 2
    return ".".join(labels[-n:])


def file_host_ok(file_netloc: str, log_netlocs: list[str]) -> bool:
    """May a file on `file_netloc` be fetched as an attachment of a log on `log_netlocs`?"""
    host = (urlsplit("//" + file_netloc).hostname or "").lower()
    if not host:
        return False
    if host.endswith(FILE_STORES) or host in FILE_STORES:
        return True
    bare = host[4:] if host.startswith("www.") else host
    for netloc in log_netlocs:
        log_host = (urlsplit("//" + netloc).hostname or "").lower()
        log_bare = log_host[4:] if log_host.startswith("www.") else log_host
        if bare == log_bare:
            return True   # the same host on another port (a local copy's asset server)
        if "." in log_bare and not log_bare.replace(".", "").isdigit() and _registered(bare) == _registered(log_bare):
            return True   # assets.kent.police.uk beside www.kent.police.uk
    return False


def extension(path: str) -> str:
    last = path.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


# Downloads served without a file extension: a document store's `/documents/<id>/download`,
# `/file/<id>/download`, `/getfile/<id>`; WordPress download plugins' `?download=123`.
DOWNLOAD_SEGMENTS = {"download", "getfile", "get-file", "download-file", "downloadfile"}
DOWNLOAD_QUERY = re.compile(r"(?:^|&)(?:download|fileid|file_id|documentid|document_id)=",
                            re.I)


def looks_like_file(path: str, query: str = "") -> bool:
    if extension(path) in FILE_EXTENSIONS:
        return True
    segments = [s.lower() for s in path.split("/") if s]
    # '/download' as the last segment, or as the one before an id ('/getfile/8812'); never a
    # section named "downloads" holding pages ("/downloads/2024/")
    if DOWNLOAD_QUERY.search(query):
        return True
    return bool(segments) and (segments[-1] in DOWNLOAD_SEGMENTS
                               or (len(segments) >= 2 and segments[-2] in DOWNLOAD_SEGMENTS
                                   and any(c.isdigit() for c in segments[-1])))


@dataclass(frozen=True)
class Section:
    netloc: str
    prefix: str         # path without trailing slash ('' = whole host)
    start_path: str

    @classmethod
    def from_url(cls, url: str) -> Section:
        parts = urlsplit(url)
        path = parts.path or "/"
        if "." in path.rsplit("/", 1)[-1]:
            path = path.rsplit("/", 1)[0] + "/"
        return cls(parts.netloc.lower(), path.rstrip("/"), parts.path or "/")

    def relative(self, url: str) -> list[str] | None:
        """Path segments of `url` below this section, or None when it lies outside."""
        parts = urlsplit(url)
        if parts.netloc.lower() != self.netloc:
            return None
        path = parts.path or "/"
        # the section's prefix in any letter case ("/foi-ai/Kent-Police/Disclosure-Log/…": the
        # platforms' paths are case-insensitive); the URL itself is requested as linked
        low, prefix = path.lower(), self.prefix.lower()
        if low.rstrip("/") == prefix:
            return []
        if not low.startswith(prefix + "/"):
            return None
        return [s for s in path[len(self.prefix) + 1:].split("/") if s]

    def prefix_segments(self) -> list[str]:
        return [s for s in self.prefix.split("/") if s]


def grouping_then_slug(rel: list[str], grouping: re.Pattern = GROUPING_SEGMENT) -> str | None:
    """The common log shape: grouping segments (years, months, pages), then one entry slug.

    [] or only grouping segments -> 'listing'; grouping segments then one more -> 'entry';
    anything deeper than the entry slug -> None (not part of the log's navigation).
    """
    for i, seg in enumerate(rel):
        if not grouping.fullmatch(seg):
            return "entry" if i == len(rel) - 1 else None
    return "listing"
