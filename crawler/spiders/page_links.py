"""The links of an HTML page, each with the listing item around it and whether it sits in the
site's chrome: all a spider reads of a page's content.

A pure function of the response (no spider state), kept apart so the crawl logic in base.py reads
as requests and callbacks.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import urldefrag

from lxml import html as lxml_html
from scrapy.http import TextResponse

WS = re.compile(r"\s+")
CHROME = {"nav", "header", "footer", "aside"}


# Query words that only ask a file to be saved or track the click: the same file without them.
_FILE_ONLY_QUERY = re.compile(r"^(?:(?:download|dl|inline|attachment|utm_\w+)(?:=[^&]*)?&?)+$", re.I)
_FILE_PATH = re.compile(r"\.(?:pdf|docx?|xlsx?|csv|odt|ods|rtf|zip)$", re.I)


def _clean(url: str) -> str:
    """The URL without its fragment; a file's without a query that only asks for a download
    ("….pdf?download=1" is the same file as "….pdf")."""
    url = urldefrag(url)[0]
    base, _, query = url.partition("?")
    if query and _FILE_PATH.search(base) and _FILE_ONLY_QUERY.match(query):
        return base
    return url


def page_links(response: TextResponse):
    """(absolute URL, anchor text, listing-item signature) for each link on the page.

    The signature hashes the text of the largest element around the link that holds no
    other link target: the listing item (title, date, "updated" note...). `chrome` is True
    for links in the site's header, footer, nav or aside: they may lead to listings
    (pagination often sits in a nav) but never count as entries or attachments.
    """
    try:
        root = lxml_html.fromstring(response.text)
    except (ValueError, lxml_html.etree.ParserError):
        return
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    targets: dict[int, set[str]] = {}

    def targets_of(el) -> set[str]:
        key = id(el)
        if key not in targets:
            targets[key] = {a.get("href", "").split("#")[0]
                            for a in el.iter("a") if a.get("href")}
        return targets[key]

    seen = set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("mailto:", "javascript:", "tel:", "#")):
            continue
        url = _clean(response.urljoin(href))
        item = a
        parent = a.getparent()
        while parent is not None and len(targets_of(parent)) <= 1:
            item, parent = parent, parent.getparent()
        text = WS.sub(" ", a.text_content()).strip()
        context = WS.sub(" ", item.text_content()).strip()
        key = (url, context)
        if key in seen:
            continue
        seen.add(key)
        chrome = any(el.tag in CHROME for el in a.iterancestors())
        yield url, text, hashlib.sha1(context.encode()).hexdigest()[:16], chrome
    for href in root.xpath("//link[@rel='next']/@href"):
        yield _clean(response.urljoin(href)), "", "", True


# A letter and a data file side by side in one row of a listing ("Download response (PDF)",
# "Data (XLSX)"): the letter is the response, the data file its attachment.
LETTER_EXTENSIONS = {"pdf", "doc", "docx", "odt", "rtf"}
DATA_EXTENSIONS = {"xls", "xlsx", "csv", "ods", "zip"}
ROW_TAGS = {"tr", "li", "article", "dd"}


def _extension(url: str) -> str:
    last = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


def data_beside_letters(response: TextResponse) -> dict[str, str]:
    """{data file URL: letter URL} for each listing row (table row, list item) that links exactly
    one letter (PDF, Word) and one or more data files (spreadsheets, CSV)."""
    try:
        root = lxml_html.fromstring(response.text)
    except (ValueError, lxml_html.etree.ParserError):
        return {}
    out: dict[str, str] = {}
    for row in root.iter(*ROW_TAGS):
        urls = []
        for a in row.iter("a"):
            href = (a.get("href") or "").strip()
            if href and not href.startswith(("mailto:", "javascript:", "tel:", "#")):
                url = _clean(response.urljoin(href))
                if url not in urls:
                    urls.append(url)
        letters = [u for u in urls if _extension(u) in LETTER_EXTENSIONS]
        data = [u for u in urls if _extension(u) in DATA_EXTENSIONS]
        if len(letters) == 1 and data and len(letters) + len(data) == len(urls):
            for u in data:
                out.setdefault(u, letters[0])
    return out
