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
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "dt"}


# Query words that only ask a file to be saved or track the click: the same file without them.
_FILE_ONLY_QUERY = re.compile(r"^(?:(?:download|dl|inline|attachment|utm_\w+)(?:=[^&]*)?&?)+$", re.I)
_FILE_PATH = re.compile(r"\.(?:pdf|docx?|xlsx?|csv|odt|ods|rtf|zip)$", re.I)


# Query parameters that only track a click or ask for a printable copy: the same page without them
# ("/disclosure-log/drones/?utm_source=rss", "?ref=rss", "?sc_src=email", "?print=true").
_TRACKING_PARAM = re.compile(r"^(?:utm_\w+|fbclid|gclid|msclkid|mc_cid|mc_eid|_ga|_gl|ref|referrer|source|src|sc_src"
                             r"|sc_cid|cmp|campaign|print|share|from)$", re.I)


def _clean(url: str) -> str:
    """The URL without its fragment or tracking parameters; a file's without a query that only
    asks for a download ("….pdf?download=1" is the same file as "….pdf")."""
    url = urldefrag(url)[0]
    base, _, query = url.partition("?")
    if query and _FILE_PATH.search(base) and _FILE_ONLY_QUERY.match(query):
        return base
    if query:
        kept = [p for p in query.split("&") if p and not _TRACKING_PARAM.match(p.split("=", 1)[0])]
        return base + ("?" + "&".join(kept) if kept else "")
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
    targets: dict = {}

    def targets_of(el) -> set[str]:
        # keyed by the element itself, which keeps its proxy alive: an id() of a freed lxml proxy
        # is reused by the next one, and a neighbour's targets were read for the wrong element
        if el not in targets:
            targets[el] = {a.get("href", "").split("#")[0]
                           for a in el.iter("a") if a.get("href")}
        return targets[el]

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
        if isinstance(item.tag, str) and item.tag.lower() in _HEADINGS:
            # "<h3><a>Title</a></h3><p>Updated 3 May 2025</p>" with no element around each item:
            # the item runs on to the next linked sibling (its date and "updated" note)
            tail = []
            for sib in item.itersiblings():
                if not isinstance(sib.tag, str) or sib.tag.lower() in _HEADINGS or targets_of(sib):
                    break
                tail.append(WS.sub(" ", sib.text_content()).strip())
            context = " ".join(filter(None, [context, *tail]))
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
