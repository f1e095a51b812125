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
# The cues above that FOI guidance uses in general prose ("sets out the exemptions", "the
# information requested"): on a page that reads as guidance they are no sign of a response.
_GENERAL_VOCABULARY = re.compile(r"^(?:exempt\w*|information\s+requested)$", re.I)

# FOI guidance: a page about the Act and how to ask, not an answer. Two different cues are needed.
GUIDANCE_CUES: list[tuple[str, str]] = [
    (r"\b(?:gives?|provides?|grants?)\s+(?:a\s+|the\s+)?(?:general\s+)?right\s+of\s+access",
     "The Act gives a general right of access to recorded information held by public authorities."),
    (r"\b(?:any(?:one|\s+individual|\s+person)|you)\s+can\s+(?:make|submit)\s+a\s+(?:freedom\s+of\s+information\s+|foi\s+)?request",
     "Anyone can make a request for information under the Act."),
    (r"\brequests?\s+(?:for\s+information\s+)?(?:can|may|should)\s+be\s+(?:made|submitted|sent|emailed)\s+(?:to|by|in|online|via)",
     "Requests for information can be submitted to our FOI unit by email."),
    (r"\bhow\s+to\s+make\s+a\s+(?:freedom\s+of\s+information\s+|foi\s+)?request",
     "How to make a Freedom of Information request"),
    (r"\b(?:will|we)\s+publish\s+(?:the\s+)?(?:information|responses|releases)\s+(?:disclosed|released|we\s+release)",
     "We will publish information disclosed in answer to requests."),
    (r"\brequests?\s+for\s+(?:your\s+own\s+)?personal\s+(?:information|data)\s+(?:will\s+not\s+be|are|is|should\s+be)\s+"
     r"(?:dealt|handled|made)|\bapply\s+for\s+it\s+under\s+the\s+data\s+protection",
     "Requests for personal information will not be dealt with under the FOI Act."),
    (r"\bsets?\s+out\s+(?:the\s+)?(?:relevant\s+)?exemptions|\bplaces?\s+(?:a\s+number\s+of\s+)?(?:related\s+)?obligations\s+on",
     "The Act sets out exemptions to that right and places obligations on public authorities."),
]
_GUIDANCE = [re.compile(p, re.I) for p, _ in GUIDANCE_CUES]

# A page of several entries, each under its own reference: an old single-page log ("Reference:
# 9317-18" then "Reference: 9281-18"), a monthly archive ("Knife crime (1234/19)" headings).
# Examples: "Reference: 0412-18", "Our ref: FOI 311/19", "Drones used at protests (1006A/20)".
_ENTRY_REF = re.compile(
    r"^\W{0,3}(?:(?:our\s+)?ref(?:erence)?(?:\s+(?:no|number))?|request\s+(?:no|number)|foi\s+ref(?:erence)?)\.?\s*[:.-]?\s*"
    r"(?P<ref>[A-Z]{0,4}\s?[\d][\w/.-]{2,20})\s*$"
    r"|^[A-Z][^\n()]{2,80}\((?P<tref>\d{2,6}[A-Z]?/\d{2,4})\)\s*$", re.I | re.M)
_MIN_ENTRIES = 2

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

# A log's help pages, by their heading or their address: about the log, how to ask or search, FAQs.
HELP_PAGE_CUES: list[tuple[str, str]] = [
    (r"about\s+(?:this|the|our)\s+(?:disclosure\s+)?(?:log|site|page|section)", "About this log"),
    (r"how\s+to\s+(?:make|submit|send|search|use|find|browse|read)\b.*", "How to make a request"),
    (r"(?:frequently\s+asked\s+questions|faqs?)(?:\s+about\s+.*)?", "Frequently asked questions"),
    (r"(?:(?:foi|freedom\s+of\s+information)\s+)?guidance\s+(?:for|to)\s+(?:requesters|applicants|the\s+public)",
     "Guidance for requesters"),
    (r"(?:help|search\s+tips|using\s+(?:this|the)\s+(?:disclosure\s+)?log|accessibility(?:\s+statement)?)",
     "Using the disclosure log"),
]
_HELP_TITLE = re.compile("^(?:" + "|".join(p for p, _ in HELP_PAGE_CUES) + r")\W*$", re.I)
_HELP_SLUG = re.compile(r"/(?:about-(?:this|the|our)-(?:disclosure-)?log|how-to-[\w-]+|frequently-asked-questions|faqs?"
                        r"|help|search-tips|using-the-(?:disclosure-)?log)/?(?:index\.html?)?$", re.I)

# A letter's own words: a salutation, a request named, a sign-off.
_LETTER = re.compile(r"^\W*dear\s|\b(?:your|the|this)\s+(?:request|application|enquiry)\b|\byours\s+(?:sincerely|faithfully)",
                     re.I | re.M)

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


def _page_text(rec: dict) -> str:
    return "\n".join(filter(None, [rec.get("request_text"), rec.get("response_text"), rec.get("attachment_text")]))


def _has_response_signal(rec: dict) -> bool:
    if rec.get("reference") or rec.get("exemptions") or rec.get("ncnd"):
        return True
    if rec.get("outcome") not in (None, "unknown") or rec.get("tables") or rec.get("figures"):
        return True
    if any(_is_ask(q) for q in rec.get("questions") or []):
        return True
    text = _page_text(rec)
    return bool(_DECISION.search(text) or _RESPONSE_FRAME.search(text))


def is_guidance(rec: dict) -> bool:
    """FOI guidance (how the Act works, how to ask): two guidance cues, and no sign of a response
    but general vocabulary; a reference read from the page's URL alone does not count."""
    text = "\n".join(filter(None, [rec.get("title"), _page_text(rec)]))
    if sum(1 for g in _GUIDANCE if g.search(text)) < 2:
        return False
    if rec.get("exemptions") or rec.get("ncnd") or rec.get("tables") or rec.get("figures"):
        return False
    if rec.get("outcome") not in (None, "unknown") or any("?" in (q.get("text") or "") for q in rec.get("questions") or []):
        return False
    if rec.get("reference") and ref_in_text(text):
        return False
    return not _RESPONSE_FRAME.search(text) and all(
        _GENERAL_VOCABULARY.match(m.group().strip()) for m in _DECISION.finditer(text))


def _answers_itself(rec: dict) -> bool:
    """The page asks and decides for itself: its asks, a sentence deciding the outcome and figures or
    an exemption (a listing shows its entries' titles and first asks, never one decision's workings)."""
    decided = (rec.get("evidence") or {}).get("outcome")
    return bool(rec.get("questions") and decided and (rec.get("figures") or rec.get("exemptions")))


def text_entries(text: str) -> int:
    """How many entries, each under its own reference, a text copy of a page lists (0 below two)."""
    refs = {re.sub(r"\W", "", (m.group("ref") or m.group("tref")).lower()) for m in _ENTRY_REF.finditer(text)}
    return len(refs) if len(refs) >= _MIN_ENTRIES else 0


def classify(rec: dict, html: bytes | None = None, url: str | None = None, text: str | None = None) -> str | None:
    """Why this parsed page is not a response ('listing page: …', 'service notice', 'news item',
    'FOI guidance'), or None for a response (or anything it cannot tell: then the page stays a
    response). url: where the page was published, when the record's source is a file name;
    text: a text copy's whole text (its entries are judged from it)."""
    if rec.get("error"):
        return None
    if rec.get("format") in ("pdf", "docx") and not rec.get("reference") and any(
            _HELP_TITLE.match(ln.strip()) for ln in _page_text(rec).splitlines()[:4]):
        return "help document: about the log or how to ask, no response"
    if rec.get("format") in ("pdf", "docx"):
        # Letters are what responses are made of; a document with no sign of one (no reference,
        # ask, decision, table or salutation: a log's guidance leaflet) is not.
        text = _page_text(rec)
        # (nor a document read only in part, or with too few words left to judge: it stays a response)
        if _has_response_signal(rec) or _LETTER.search(text) or rec.get("ocr") or rec.get("truncated") \
                or len(text.split()) < 8:
            return None
        return "document with no response: no reference, request, decision or table"
    if rec.get("format") not in ("html", "text"):
        return None  # data files are what responses are made of
    url = url or rec.get("url") or rec.get("source") or ""
    if not _has_response_signal(rec):
        if html and (_NEWS_MARKUP.search(html[:200_000].decode("utf-8", "replace"))
                     or _NEWS_PATH.search(urlsplit(url).path)):
            return "news item"
        text = "\n".join(filter(None, [rec.get("title"), rec.get("request_text"), rec.get("response_text")]))
        if _NOTICE.search(text):
            return "service notice"
    if not rec.get("reference") and not rec.get("figures") and (
            _HELP_TITLE.match((rec.get("title") or "").strip()) or _HELP_SLUG.search(urlsplit(url).path)):
        return "help page: about the log or how to ask, no response"
    if is_guidance(rec):
        return "FOI guidance: about the Act and how to ask, no response"
    entries = text_entries(text) if text else 0
    if entries and _answers_itself(rec):
        entries = 0   # a response copied with its blog's sidebar ("Recent Posts" / "Vehicle Crime in Solihull (0462A/25)")
    if entries:
        return f"listing page: {entries} entries, each under its own reference"
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
