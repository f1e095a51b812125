"""What a page's URL says about the response: the reference and the title words in its last path
part, read with the per-platform table parsers/data/url_slugs.tsv (host + slug shape -> the
reference as the force prints it). A slug is the site's own text, but still untrusted input."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse

_TABLE = Path(__file__).resolve().parent.parent / "data" / "url_slugs.tsv"
_FILE_SUFFIX = re.compile(r"\.(?:html?|pdf|docx?|xlsx?|csv|aspx|php)$", re.I)
# a document, also in WhatDoTheyKnow's HTML version of an attachment ("…/attach/html/5/Reply.pdf.html")
_DOCUMENT_SUFFIX = re.compile(r"\.(?:pdf|docx?|xlsx?|csv|odt|ods|txt)(?:\.html?)?$", re.I)
MAX_SLUG = 200  # a longer last path part is no page slug
WDTK_CUT = 32  # WhatDoTheyKnow cuts a request's slug at 32 characters (before any _2 suffix)


@dataclass(frozen=True)
class Row:
    host: str
    slug: re.Pattern
    reference: str
    example_url: str
    example_reference: str
    example_title: str


@dataclass(frozen=True)
class Slug:
    reference: str | None
    words: str | None     # the title's words, lower case as in the slug: "horse patrols"
    truncated: bool       # the slug may be cut short (WhatDoTheyKnow cuts at 32 characters)
    raw: str              # the slug itself
    file: bool = False    # the URL names a file (.pdf, .csv …): its name is no page title


@lru_cache(maxsize=1)
def rows() -> list[Row]:
    with open(_TABLE, newline="", encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return [Row(r["host"], re.compile(r["slug"], re.I), r["reference"], r["example_url"],
                r["example_reference"], r["example_title"])
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _host_matches(pattern: str, host: str) -> bool:
    return pattern == "*" or host == pattern or host.endswith("." + pattern)


def path_years(head: str) -> set[int]:
    """Years the page's path files it under ("/2024/may/", "disclosure-2024", "2021-22"), with the
    year before each: a request answered in January is often numbered in the year before."""
    found = {int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", head)}
    return found | {y - 1 for y in found}


def number_year(run: str, years: set[int]) -> str:
    """A run of digits is a number then a year when its end is a year the path names
    (foi-104224 under /2024/ -> 1042/24, ...-2412024 -> 241/2024); else it is one number."""
    if not re.fullmatch(r"\d{5,9}", run):
        return run
    for y in sorted(years, reverse=True):
        if len(run) >= 7 and run.endswith(str(y)):
            return f"{run[:-4]}/{run[-4:]}"
        if run.endswith(f"{y % 100:02d}"):
            return f"{run[:-2]}/{run[-2:]}"
    return run


def _words(parts: list[str | None]) -> str | None:
    words = []
    for part in parts:
        if not part:
            continue
        # a year range keeps its hyphen: "operations-2021-22" -> "operations 2021-22"
        part = re.sub(r"(?<!\d-)(?<!\d)((?:19|20)\d\d)-((?:19|20)?\d\d)(?![\d]|-\d)", "\\1\u2010\\2", part)  # (not a date 2024-05-14)
        for w in re.split(r"[-_+\s]+", part):
            w = w.replace("\u2010", "-")
            if re.fullmatch(r"[a-z]{3,}\d+|\d+[a-z]{3,}", w, re.I):
                # "september2021" -> "september 2021"
                words.extend(x for x in re.split(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", w, flags=re.I) if x)
            elif (len(w) >= 5 and len(re.findall(r"\d", w)) >= 2 and len(re.findall(r"[a-z]", w, re.I)) >= 2
                  and not re.fullmatch(r"\d+(?:st|nd|rd|th)|[a-z]+\d+s", w, re.I)):
                words.append(w.upper())  # a code: a court claim "d9qz60nm" -> "D9QZ60NM"
            else:
                words.append(w)
    text = " ".join(words)
    return text or None


def read(url: str | None) -> Slug | None:
    """The reference and title words in a URL's last path part, by the first matching table row."""
    if not url:
        return None
    parsed = urlparse(url)
    host = re.sub(r"^www\.", "", (parsed.hostname or "").lower())
    path = unquote(parsed.path).rstrip("/")
    head, _, slug = path.rpartition("/")
    is_file = bool(_DOCUMENT_SUFFIX.search(slug))
    slug = _FILE_SUFFIX.sub("", slug)
    if not slug or len(slug) > MAX_SLUG or re.fullmatch(r"[0-9a-f\-]{16,}", slug, re.I):
        return None  # a uuid ("3e7a0c55-91d4-…") names no title
    for row in rows():
        if not _host_matches(row.host, host):
            continue
        m = row.slug.fullmatch(slug)
        if not m:
            continue
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        ref = None
        if row.reference != "-":
            if "run" in g:
                ref = number_year(g["run"], path_years(head))
            else:
                ref = row.reference.format_map({k: v.upper() for k, v in g.items()})
        return Slug(ref, _words([g.get("title"), g.get("title2")]),
                    host.endswith("whatdotheyknow.com") and len(g.get("title", "")) >= WDTK_CUT, slug, is_file)
    return None

