"""Pages in a disclosure log that are not FOI responses: notices, news items, listings.

A log's pages are mostly responses, but a log also carries a service notice ("our disclosure
log is moving"), a news item, or an index/category page the crawler met where it expected an
entry. Such a page must not become a response with no reference. `classify` returns why a
parsed page is not a response, or None; it decides from structure and is conservative: any sign
of a response (a reference, an ask, an exemption, an outcome, a table, the force's decision
wording) keeps the page, so a one-line "not held" answer is never left out.

Cues are data below, each with an example line of the kind it recognises.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsers.fields.reference import from_text as ref_in_text

# What only a response carries: the force deciding on a request. Any of these in a page's own
# text (outside a listing's links) keeps the page as a response.
DECISION_CUES: list[tuple[str, str]] = [
    (r"\bnot\s+held\b", "The information you requested is not held."),
    (r"\b(?:does|do|did)\s+not\s+hold\b", "The force does not hold this information."),
    (r"\bneither\s+confirms?\s+nor\s+den(?:y|ies)\b", "We neither confirm nor deny that it is held."),
    (r"\bexempt(?:ion|ions|ed)?\b", "The names are exempt under section 40(2)."),
    (r"\b(?:section|s\.?)\s*\d{1,2}\s*\(\s*\d", "Section 31(1)(a) applies."),
    (r"\b(?:please\s+(?:find|see)|we\s+(?:attach|enclose))\s+(?:the\s+)?(?:attached|enclosed|below|above)?",
     "Please find the figures below."),
    (r"\b(?:is|are|has\s+been|have\s+been)\s+(?:attached|enclosed|disclosed|withheld|redacted)\b",
     "The policy is attached."),
    (r"\bwe\s+(?:can|are\s+able\s+to)\s+(?:confirm|disclose|provide|advise)\b", "We can confirm that 12 drones are held."),
    (r"\b(?:cost|appropriate)\s+limit\b", "Locating it would exceed the appropriate limit."),
    (r"\brefusal\s+notice\b", "This letter is a refusal notice."),
    (r"\binformation\s+(?:requested|is\s+held|was\s+held|is\s+published|is\s+available)\b",
     "The information requested is published on our website."),
    (r"\byour\s+request\s+(?:for\s+information\s+)?(?:has\s+(?:now\s+)?been|was)\s+(?:considered|refused|answered)",
     "Your request has now been considered."),
    (r"\byou\s+(?:asked|requested)\b", "You asked: how many Taser discharges were there?"),
]
_DECISION = re.compile("|".join(f"(?:{p})" for p, _ in DECISION_CUES), re.I)

# A request/response heading or a labelled reference on a line of its own.
_RESPONSE_FRAME = re.compile(
    r"^\W{0,3}(?:request|response|answer|decision|our\s+ref(?:erence)?|reference(?:\s+(?:no|number))?"
    r"|request\s+number|foi\s+ref(?:erence)?)\b\s*(?:\d+\s*)?[:.]?", re.I | re.M)

# Service notices: the log or the FOI team telling readers about the service itself.
NOTICE_CUES: list[tuple[str, str]] = [
    (r"\b(?:disclosure\s+log|log|website|site|pages?|publication\s+scheme)\s+(?:is|are|has|have|will)\s+"
     r"(?:be(?:en)?\s+)?(?:moving|moved|relocat\w*|migrat\w*|closing|closed|changing|being\s+replaced)",
     "Our disclosure log is moving to a new website."),
    (r"\b(?:moving|moved|relocating|migrating|transferring)\s+(?:our|the)\s+(?:disclosure\s+log|website|"
     r"publication\s+scheme|foi\s+pages?)\b", "We are moving our disclosure log to the force's main website."),
    (r"\bwe\s+are\s+(?:currently\s+)?experiencing\s+(?:delays|a\s+(?:high|large|significant|increased)\s+"
     r"(?:volume|number|level)|(?:high|increased|unprecedented)\s+(?:demand|volumes?))",
     "We are experiencing delays in responding to requests."),
    (r"\b(?:backlog|delays?)\s+(?:in|with|of)\s+(?:responding|answering|processing|dealing)",
     "There is a backlog in responding to requests."),
    (r"\b(?:temporarily\s+unavailable|(?:scheduled|planned)\s+maintenance|under\s+maintenance)\b",
     "The log is temporarily unavailable during scheduled maintenance."),
    (r"\bno\s+longer\s+(?:be\s+)?(?:updated|maintained|published|available)\b",
     "This page will no longer be updated."),
    (r"\bplease\s+(?:visit|go\s+to|use|see)\s+(?:our|the)\s+new\b",
     "Please visit our new website for recent disclosures."),
    (r"\bapolog(?:ise|ize|ies)\s+for\s+(?:any|the)\s+(?:delay|inconvenience|disruption)",
     "We apologise for any inconvenience while the log is updated."),
]
_NOTICE = re.compile("|".join(f"(?:{p})" for p, _ in NOTICE_CUES), re.I)

# News markup: how a page says it is an article of a news section (HTML only).
NEWS_MARKUP: list[tuple[str, str]] = [
    (r"\"@type\"\s*:\s*\"(?:NewsArticle|BlogPosting|PressRelease)\"",
     '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'),
    (r"itemtype\s*=\s*[\"']https?://schema\.org/(?:NewsArticle|BlogPosting)",
     '<article itemtype="https://schema.org/NewsArticle">'),
    (r"<meta[^>]+property\s*=\s*[\"']article:section[\"'][^>]+content\s*=\s*[\"'](?:news|press|appeals)",
     '<meta property="article:section" content="News">'),
]
_NEWS_MARKUP = re.compile("|".join(f"(?:{p})" for p, _ in NEWS_MARKUP), re.I)
# A news section in the page's URL: /news/, /news-and-appeals/, /press-releases/.
_NEWS_PATH = re.compile(r"/(?:news|latest-news|news-and-appeals|press-releases?|media-centre|blog)(?:/|$)", re.I)

_ASK_WORDS = 6          # a list item this long is taken for an ask even without a "?"
_MIN_LISTED = 2         # links to other pages before a page can be a listing
_MAX_OWN_WORDS = 40     # a listing's own words (heading, intro, pager) outside its items
_MAX_OWN_WORDS_SINGLE = 15  # ... when it lists a single page (a month with one response)
_OWN_WORDS_PER_ITEM = 25    # ... or this many per listed page, up to
_MAX_OWN_WORDS_CAP = 150
_MAX_ITEM_WORDS = 60    # words of an item besides its link: a title's summary, not a body
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|csv|odt|ods|pptx?|zip)(?:$|[?#])|/SysSiteAssets/|/wp-content/uploads/",
                   re.I)


def _is_ask(question: dict) -> bool:
    """An ask, as opposed to a list item the segmenter took for one ("Browse the log")."""
    text = (question.get("text") or "").strip()
    return "?" in text or len(text.split()) >= _ASK_WORDS


def _has_response_signal(rec: dict) -> bool:
    if rec.get("reference") or rec.get("exemptions") or rec.get("ncnd"):
        return True
    if rec.get("outcome") not in (None, "unknown") or rec.get("tables") or rec.get("figures"):
        return True
    if any(_is_ask(q) for q in rec.get("questions") or []):
        return True
    text = "\n".join(filter(None, [rec.get("request_text"), rec.get("response_text"),
                                   rec.get("attachment_text")]))
    return bool(_DECISION.search(text) or _RESPONSE_FRAME.search(text))


def classify(rec: dict, html: bytes | None = None) -> str | None:
    """Why this parsed page is not a response ('listing page: …', 'service notice', 'news item'),
    or None for a response (or anything it cannot tell: then the page stays a response)."""
    if rec.get("error") or rec.get("format") not in ("html", "text"):
        return None  # letters and data files are what responses are made of
    url = rec.get("source") or rec.get("url") or ""
    if not _has_response_signal(rec):
        if html and (_NEWS_MARKUP.search(html[:200_000].decode("utf-8", "replace"))
                     or _NEWS_PATH.search(urlsplit(url).path)):
            return "news item"
        text = "\n".join(filter(None, [rec.get("title"), rec.get("request_text"), rec.get("response_text")]))
        if _NOTICE.search(text):
            return "service notice"
    # A listing shows its items' titles, references and first asks: judged on its own words.
    listed = listing_links(html, url) if html else 0
    if listed:
        return f"listing page: links to {listed} other pages and no response text of its own"
    return None


def response_signal(rec: dict) -> bool:
    """True when a parsed attachment looks like a response (a letter or data of its own)."""
    return not rec.get("error") and (rec.get("format") not in ("html", "text") or _has_response_signal(rec))


def _text(el) -> str:
    return " ".join(el.text_content().split())


def listing_links(html: bytes, url: str | None = None) -> int:
    """How many other pages the page's content lists when it is nothing but a list of links
    to them (an index, month or category page); 0 when it has text of its own."""
    import lxml.html

    from parsers.html import _content_root, _decoded, _is_chrome

    try:
        doc = lxml.html.document_fromstring(_decoded(html))
    except (ValueError, lxml.etree.ParserError):
        return 0
    root = _content_root(doc)
    # Quick way out for nearly every response page: no link to another page, or the force's
    # decision in its text (a listing's items show titles and first asks, not decisions).
    if not _listed(root, url) or _DECISION.search(root.text_content()):
        return 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el is root or el.getparent() is None:
            continue
        # Site chrome goes; an article's own header (its linked title) is the listing item.
        in_item = any(up.tag == "article" for up in el.iterancestors())
        if el.tag in ("script", "style", "nav", "aside", "form", "noscript") or (
                not in_item and (el.tag in ("header", "footer") or _is_chrome(el))):
            el.drop_tree()
    pages = _listed(root, url)
    if not pages:
        return 0
    # Each listed link's item: the largest element around it that holds no other listed link.
    target_of = {a: full for full, anchors in pages.items() for a in anchors}
    items = []
    for anchors in pages.values():
        item, parent = anchors[0], anchors[0].getparent()
        while parent is not None and parent is not root and len(
                {target_of[a] for a in parent.iter("a") if a in target_of}) <= 1:
            item, parent = parent, parent.getparent()
        items.append((anchors[0], item))
    for a, item in items:
        if len(_text(item).split()) - len(_text(a).split()) > _MAX_ITEM_WORDS:
            return 0  # an "item" with a body of text is content, not a listing entry
    # One link can be a listing too (a month with one response) when it sits in a list item.
    single = len(pages) == 1 and any(el.tag in ("li", "article", "tr") for el in items[0][0].iterancestors())
    if len(pages) < _MIN_LISTED and not single:
        return 0
    for _, item in items:
        if item.getparent() is not None:
            item.drop_tree()
    own = _text(root)
    if len(pages) < _MIN_LISTED:
        limit = _MAX_OWN_WORDS_SINGLE
    else:  # a longer list may carry a longer introduction or note
        limit = min(_MAX_OWN_WORDS_CAP, max(_MAX_OWN_WORDS, _OWN_WORDS_PER_ITEM * len(pages)))
    if len(own.split()) > limit or "?" in own or _RESPONSE_FRAME.search(
            "\n".join(root.itertext())) or ref_in_text(own):
        return 0  # the page has words of its own: an ask, a reference, a request heading
    return len(pages)


def _listed(root, url: str | None) -> dict[str, list]:
    """Links in `root` to other pages of the same site (not files): target URL -> anchors."""
    host = urlsplit(url or "").netloc.lower()
    pages: dict[str, list] = {}
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        full = urljoin(url or "", href).split("#")[0]
        if (host and urlsplit(full).netloc.lower() not in ("", host)) or _FILE.search(full) \
                or full == (url or ""):
            continue
        pages.setdefault(full, []).append(a)
    return pages
