"""Page furniture in flattened text: skip links, cookie notices, page numbers, repeated headers.

HTML pages lose their banners, menus and footers by markup (parsers/html.py). A *text copy* of
a page (saved from a browser, pasted into an email, a WhatDoTheyKnow attachment) keeps them as
plain lines, so they are recognised here by their wording and by where they stand:

- `BANNER_LINES`: a line that is wholly a site banner, cookie-consent or footer sentence is
  dropped wherever it stands (the wording is the site's, never a response's).
- `NAV_ITEMS`: menu, footer and breadcrumb items are ordinary words ("News", "Contact us"), so
  they are dropped only as a block: a run of short lines, most of them menu items, above the
  first sentence of the page or below its last. A response's own list of such words sits
  between its sentences and is kept.
Every vocabulary entry carries an example line it matches (checked by tests/parsers).
"""
from __future__ import annotations

import re
from collections import Counter

from parsers import cell_lines
from parsers.comment_forms import comment_form_lines

# Lines that are page chrome wherever they stand. Short or generic lines ("Home", "Menu",
# a bare page number) come from PDFs and menus alike.
_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|quickly exit this site|exit this site|back to top|print this page"
    r"|share this page|accept (?:all )?cookies|reject (?:all )?cookies|cookie (?:settings|preferences|policy)"
    r"|we use cookies.*|this site uses cookies.*|this is a new service.*|beta\b.*feedback.*"
    r"|page \d+ of \d+|page \d+|\d{1,3}|-\s?\d{1,3}\s?-|official(?:[ -]+sensitive)?|not protectively marked"
    r"|back to (?:disclosure log|search results)|menu|search|home|close)$",
    re.I,
)

_PAGE_NUMBER = re.compile(r"^\d{1,3}$")

# (pattern matching the whole line, case-insensitive; an example line it removes).
# Banner, cookie-consent and footer sentences of force websites, as text copies keep them.
BANNER_LINES: list[tuple[str, str]] = [
    # The quick-exit banner of Single Online Home and of sites for victims of abuse.
    (r"quickly exit this (?:site|website|page)\b.*", "Quickly exit this site by pressing the Escape key"),
    # (Avon and Somerset's button reads "Leave site", sometimes on one line with "Skip to content")
    (r"(?:leave|exit|hide) (?:this )?(?:site|website|page)(?: now| quickly)?(?:\s+skip to (?:the )?(?:main )?content)?",
     "Leave site Skip to content"),
    (r"skip to (?:the )?(?:main )?(?:content|navigation)", "Skip to main content"),
    # the quick-exit button's instruction, as Single Online Home prints it under the button
    # (never a subject that names the button: "Press Esc to leave: quick exit button use by victims")
    (r"(?:press|hit|tap) (?:the )?esc(?:ape)?(?: key)? (?:three times|twice|3 times)\b.{0,60}\b(?:leave|exit|hide)\b.{0,40}",
     "Press Esc three times or use the button to leave this site quickly"),
    # ... and its one-line form, the instruction alone: "Press Esc to leave this site"
    (r"(?:press|hit|tap) (?:the )?esc(?:ape)?(?: key)?(?: three times| twice| 3 times)? (?:or (?:use|select|click|press|tap) (?:the|this) button )?to (?:leave|exit|hide) "
     r"(?:this|the) (?:site|website|page)(?: quickly| now)?\.?", "Press Esc to leave this site"),
    # ... and its second line under an "Exit this page" button
    (r"or (?:press|hit|tap) (?:the )?esc(?:ape)?(?: key)? (?:three times|twice|3 times)", "or press Esc three times"),
    # The Welsh pages of Single Online Home: the quick-exit button and the cookie sentence.
    (r"allanfa gyflym\b.*", "Allanfa Gyflym"),
    # Police Scotland's strapline under its name on every letter and page
    (r"(?:police scotland\s*[-–|]\s*)?keeping people safe(?:\s+page\s+\d+(?:\s+of\s+\d+)?)?", "Police Scotland - Keeping people safe Page 1"),
    # the Welsh quick-exit sentence as served: "Gallwch adael y wefan hon yn gyflym … Allanfa Gyflym"
    (r"gallwch adael y wefan hon\b.*", "Gallwch adael y wefan hon yn gyflym drwy wasgu'r fysell Escape"),
    (r"rydym yn defnyddio (?:rhai )?cwcis\b.*", "Rydym yn defnyddio rhai cwcis hanfodol i wneud i'n gwefan weithio."),
    # Cookie consent: the heading, the explanation, the buttons and the after-click notices.
    (r"cookies on (?:the |our |this )?[\w'’.&, -]{0,60}?(?:web)?site",
     "Cookies on the Anyshire Police website"),
    # the consent box's heading naming the force or its address, as Single Online Home's does
    (r"cookies on [\w'’.&, -]{0,50}?(?:police|constabulary|\.uk)", "Cookies on Anyshire Constabulary"),
    # (also "We set necessary cookies so that the site works.": setting cookies of a kind; "Our website uses cookies")
    (r"(?:we|(?:this|our) (?:web)?site) (?:sets?|places?) (?:some |only )?(?:essential|necessary|strictly necessary|analytics?) cookies\b.*",
     "We set necessary cookies so that the site works."),
    (r"(?:we|(?:this|our) (?:web)?site) uses? (?:some |a few |a small number of |only )?"
     r"(?:essential |necessary |strictly necessary |small files called )?cookies\b.*",
     "We use some essential cookies to make this website work."),
    (r"we(?:'d|’d| would) (?:also )?like to (?:set|use) (?:some )?(?:optional|additional|extra|analytics?"
     r"|non-essential) cookies\b.*",
     "We would also like to set optional cookies to understand how you use the site."),
    (r"you can (?:manage|change|update|review) your (?:cookie )?(?:preferences|settings|choices)\b.*",
     "You can change your cookie settings at any time on the cookies page."),
    (r"your cookie (?:preferences|settings|choices) (?:have|has) been (?:saved|updated)\b.*",
     "Your cookie preferences have been saved."),
    (r"you(?:'ve|’ve| have) (?:accepted|rejected) (?:all |optional |additional |analytics )?cookies\b.*",
     "You have accepted additional cookies."),
    (r"(?:accept|reject|allow|refuse|deny|decline) (?:all |optional |additional |extra |analytics? |non-essential )?"
     r"cookies", "Accept optional cookies"),
    # the consent box's sentence on the kinds of cookie: "Necessary cookies make the site work. …"
    (r"(?:necessary|essential|strictly necessary) cookies (?:make|help|keep|are (?:needed|required|used))\b.*",
     "Necessary cookies make the site work. We would also like to set analytics cookies."),
    # the consent box's buttons flattened onto one line
    # (also "… Choose cookies" as the third button)
    (r"(?:(?:accept|reject|allow|refuse|decline|view|manage|choose|change|set|customi[sz]e) (?:all |optional |additional |analytics? "
     r"|non-essential |which )?cookies(?: settings)?\s*){3,}", "Accept optional cookies   Reject optional cookies   Choose cookies"),
    (r"use (?:essential|necessary) cookies only", "Use essential cookies only"),
    (r"(?:essential|necessary|strictly necessary) cookies only", "Necessary cookies only"),
    (r"some cookies are (?:needed|necessary|essential|required)\b.*",
     "Some cookies are needed to make this website work."),
    # the consent box's buttons without the word "cookies": "Accept all", "Reject non-essential"
    (r"(?:accept|reject|allow|refuse|decline) (?:all|non-essential|optional|additional|analytics)", "Reject non-essential"),
    (r"(?:choose which|manage|customi[sz]e|change|set|view) cookies?(?: settings| preferences)?",
     "Choose which cookies"),
    (r"(?:view |hide )?cookie (?:settings|preferences|policy|notice|message)", "Hide cookie message"),
    (r"sorry, there was a (?:technical )?problem\. please try again\.?",
     "Sorry, there was a technical problem. Please try again."),
    # Beta banners: "Beta" as a tag, then the sentence that explains it.
    (r"beta", "Beta"),
    (r"new service", "New service"),   # the same tag in words, over its feedback sentence
    (r"beta\s*:?\s*this is a new (?:service|website|site)\b.*",
     "BETA This is a new service. Your feedback will help us to improve it."),
    # a new site's feedback banner: "New service - tell us what you think of this website: your feedback helps us
    # improve it.", "This is a new version of our website. Your feedback will help us improve it."
    # (never an ask about it: "… new website's feedback form; how many …?", "Please tell me …")
    (r"(?![^?]*\?)(?!.*\b(?:please|how\s+many|how\s+much|could\s+you|can\s+you|i\s+would\s+like)\b)"
     r"(?:beta\s*[:\-–]?\s*)?(?:this is )?(?:a )?new (?:service|website|site|version of (?:our|this|the) (?:web)?site)\b"
     r".*\b(?:feedback|what you think|help us (?:to )?improve)\b.*",
     "New service - tell us what you think of this website: your feedback helps us improve it."),
    (r"this (?:site|website|service) is (?:in |a |in a )?(?:public )?beta\b.*",
     "This site is a beta. Please tell us using our feedback form if something is wrong."),
    # Accessibility toolbars.
    (r"(?:font|text) size\s*:?", "Font size:"),
    # Footers.
    (r"in an emergency,? (?:or if (?:a )?crime is (?:in progress|happening)(?: now)?,? )?"
     r"(?:always )?(?:call|dial|ring) 999\.?",
     "In an emergency, or if a crime is in progress, always call 999."),
    (r"(?:copyright\s*)?©.{0,120}", "© Anyshire Constabulary 2024"),
    # A breadcrumb printed on one line.
    (r"(?:you are here\s*:?\s*)?home\s*(?:[>›»|/]\s*[^>›»|/]{1,80}){1,8}",
     "Home > Freedom of information > Disclosure log"),
    (r"you are here\s*:.*", "You are here: Disclosure log"),
    # The page-feedback box under a page: its question, its prompt and its button (its "Yes" / "No"
    # buttons go with the question: _FEEDBACK_QUESTION).
    (r"(?:was|is) this page (?:useful|helpful)\??(?:\s+yes\s*/?\s*no)?", "Was this page useful?"),
    (r"did you find (?:what you were looking for|this page useful)\??(?:\s+yes\s*/?\s*no)?",
     "Did you find what you were looking for?"),
    (r"what were you (?:looking for|trying to do)\?(?:\s*\(optional\))?", "What were you looking for? (optional)"),
    (r"(?:send|submit|give) (?:us )?(?:your )?feedback", "Send feedback"),
    (r"share this (?:page|article)", "Share this page"),
    (r"report a problem with this page", "Report a problem with this page"),
]
# The feedback box's question: the "Yes" / "No" button lines under it are furniture too.
_FEEDBACK_QUESTION = re.compile(r"^(?:(?:was|is) this page (?:useful|helpful)|did you find (?:what you were looking for"
                                r"|this page useful))\??$", re.I)
_YES_NO = re.compile(r"^(?:yes|no|yes\s*/?\s*no)$", re.I)
_BANNER = re.compile("^(?:" + "|".join(f"(?:{p})" for p, _ in BANNER_LINES) + r")\s*$", re.I)

# (pattern matching the start of a paragraph, case-insensitive; an example paragraph opening).
# The footer paragraphs WhatDoTheyKnow adds under every message of a request thread. A copy wraps
# them anywhere, so the whole paragraph (to a blank line or a dashed rule) goes with its opening.
FOOTER_PARAGRAPHS: list[tuple[str, str]] = [
    (r"please use this e-?mail address for all replies to this request\b",
     "Please use this email address for all replies to this request:"),
    (r"is request-[\w.-]+@\S+ the wrong address\b",
     "Is request-123-abc@whatdotheyknow.com the wrong address for Freedom of Information requests"),
    (r"disclaimer: this message and any reply that you make will be published\b",
     "Disclaimer: This message and any reply that you make will be published on the internet."),
    (r"for more detailed guidance on safely disclosing information\b",
     "For more detailed guidance on safely disclosing information, read the advice:"),
    (r"please note that in some cases publication of requests and responses will be delayed\b",
     "Please note that in some cases publication of requests and responses will be delayed."),
    (r"if you find (?:this|the) service useful as an foi officer\b",
     "If you find this service useful as an FOI officer, please ask your web manager to link to us"),
]
_FOOTER_PAR = re.compile("^(?:" + "|".join(f"(?:{p})" for p, _ in FOOTER_PARAGRAPHS) + ")", re.I)
_RULE = re.compile(r"^[-=_]{8,}$")
_QUOTE_MARK = re.compile(r"^(?:>\s?)+")  # the footer of an earlier message, quoted in a reply


def _footer_paragraphs(lines: list[str]) -> set[int]:
    """Indexes of site-footer paragraphs (FOOTER_PARAGRAPHS), each from its opening to a blank line."""
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        if not _FOOTER_PAR.match(_QUOTE_MARK.sub("", lines[i].strip())):
            i += 1
            continue
        while i < len(lines):
            s = _QUOTE_MARK.sub("", lines[i].strip()).strip()
            if not s or _RULE.match(s):
                break
            drop.add(i)
            i += 1
    return drop

# Menu, footer and breadcrumb items of force websites (lower case): site sections, never a
# response's wording on their own. An example menu they come from:
# "Report | News | Request information | Your area | Contact us | About us".
NAV_ITEMS: list[str] = [
    "home", "report", "report it", "news", "news and appeals", "appeals", "request information",
    "your area", "contact us", "about us", "about", "services", "advice", "advice and information",
    "jobs", "careers", "jobs and careers", "join us", "volunteer", "accessibility",
    "accessibility statement", "cookies", "privacy", "privacy notice", "privacy policy",
    "terms", "terms and conditions", "terms of use", "sitemap", "site map", "related information",
    "related links", "freedom of information", "disclosure log", "publication scheme",
    "access to information", "accessing information", "make a complaint", "complaints", "follow us",
    "social media", "feedback", "help", "menu", "search", "close", "ask us for information",
    "ask a question", "contact", "sign in", "cymraeg", "english",
]
# Items that are menu items only beside others on one flattened menu line: alone on a line they
# are a letter's heading ("Request") or an ask's word. Single Online Home's menu line:
# "Report   Apply, register or request   Advice   News   Your area   Contact us".
NAV_LINE_ITEMS: list[str] = ["apply, register or request", "apply", "register", "request", "foi"]
_NAV = {" ".join(s.split()) for s in NAV_ITEMS}
_NAV_ALT = re.compile(r"(?:" + "|".join(sorted((re.escape(" ".join(s.split()))
                                                for s in _NAV | set(NAV_LINE_ITEMS)), key=len, reverse=True))
                      + r")(?=[\s|·•]|$)", re.I)
# A breadcrumb's grouping lines: "November 2024", "2024", "2021-22".
_CRUMB = re.compile(r"^(?:(?:january|february|march|april|may|june|july|august|september|october"
                    r"|november|december)\s+)?\d{4}(?:[-/]\d{2,4})?$", re.I)
_MIN_NAV_RUN = 3      # menu items in a block before it counts as a menu
_SHORT_WORDS = 6      # a menu or crumb line is at most this many words
_PROSE_WORDS = 8      # a line of this many words (or a sentence) is the page's own text
_WORD = re.compile(r"\w[\w'’-]*")


def _is_nav_item(s: str) -> bool:
    return " ".join(s.lower().split()) in _NAV


def _nav_line(s: str) -> bool:
    """A whole menu flattened onto one line: three or more menu items and nothing else, two of them
    the site menu's own (never "FOI request register" or a table's "Report  Request  Apply" header)."""
    rest, n, own = s.strip(), 0, 0
    while rest:
        m = _NAV_ALT.match(rest)
        if not m:
            return False
        own += _is_nav_item(m.group(0))
        rest, n = rest[m.end():].lstrip(" |·•-–"), n + 1
    return n >= _MIN_NAV_RUN and own >= 2


def _short(s: str) -> bool:
    """A line a menu or breadcrumb could hold: a few words, no stop, no reference or date field
    ("FOI Reference: 0411/2025") and no lead-in ("Please can you tell me:"), which start the
    page's own text (a menu's "Emergency: 999" or "Follow us: Facebook" is still the menu's)."""
    return (0 < len(s.split()) <= _SHORT_WORDS and not s.endswith((".", "?", "!", ";", ",", ":"))
            and not _PAGE_FIELD.match(s))


# A log entry's own field: "FOI Reference: 0411/2025", "Date published: 3 May 2025", "Request number: 26804".
# (also the entry's other fields: "Keywords: Assaults on police", "Outcome: Full Disclosure")
_PAGE_FIELD = re.compile(r"^\W*(?:(?:foi\s+|our\s+|case\s+|request\s+)?(?:ref(?:erence)?(?:\s+(?:no\.?|number|id))?|request\s+(?:number|no)"
                         r"|date(?:\s+\w+)?|published|disclosure\s+date|publication\s+number|keywords?|categor(?:y|ies)|outcome"
                         r"|status|topics?|tags?|received)\s*:\s*\S|(?:foi|rfi)\s*[:#]\s*\d)", re.I)


def _prose(s: str) -> bool:
    words = len(_WORD.findall(s))
    return (words >= _PROSE_WORDS or (words >= 4 and s.endswith((".", "?", "!")))) and not _nav_line(s)


def _menu_lines(lines: list[str]) -> set[int]:
    """Indexes of menu/breadcrumb blocks above the first sentence or below the last one."""
    prose = [i for i, ln in enumerate(lines) if _prose(ln.strip())]
    if not prose:
        return set()
    first, last = prose[0], prose[-1]
    drop: set[int] = set()
    for i in list(range(first)) + list(range(last + 1, len(lines))):
        if _nav_line(lines[i]):
            drop.add(i)
    for lo, hi in ((0, first), (last + 1, len(lines))):
        i = lo
        while i < hi:
            if not _short(lines[i].strip()):
                i += 1
                continue
            j = i
            while j < hi and _short(lines[j].strip()):
                j += 1
            run = [lines[k].strip() for k in range(i, j)]
            items = sum(_is_nav_item(s) for s in run)
            crumbs = sum(bool(_CRUMB.match(s)) for s in run)
            if items >= _MIN_NAV_RUN and (items + crumbs) * 2 >= len(run):
                end = j
                nxt = next((lines[k].strip() for k in range(j, min(hi + 1, len(lines))) if lines[k].strip()), "")
                if lo == 0 and _heading_after_trail(run) and not _heading_like(nxt):
                    end = j - 1  # the trail's last item is the page's heading: "… / 2021 / June / <title>"
                elif lo == 0 and len(run) >= 2 and run[-1] == run[-2] and _heading_like(run[-1]):
                    end = j - 1  # the trail's last item, then the page's heading printed again under it
                drop.update(range(i, end))
            i = j
    return drop


# The breadcrumb items a disclosure log's trail ends on before the page's own heading.
_LOG_CRUMBS = {"disclosure log", "freedom of information", "previous foi requests", "foi disclosure log",
               "freedom of information disclosure log", "disclosures", "foi requests", "published requests"}


def _heading_after_trail(run: list[str]) -> bool:
    """The last line of a menu-and-breadcrumb run is the page's heading when it is no menu item or
    crumb and the trail runs into it ("Disclosure log" / "2021" / "June" / "Joint patrols with French
    authorities"): a text copy that prints the heading once, as the trail's last item."""
    if len(run) < 2:
        return False
    last, before = run[-1], " ".join(run[-2].lower().split())
    if _is_nav_item(last) or _CRUMB.match(last) or _MONTH_ONLY.match(last):
        return False
    return bool(_CRUMB.match(run[-2]) or _MONTH_ONLY.match(run[-2]) or before in _LOG_CRUMBS)


def _heading_like(s: str) -> bool:
    """The page's own heading line under the trail ("Police vehicle pursuits in Kent between 2019 and
    2023"): no closing stop, no field label, a heading's length."""
    return bool(s) and not re.search(r"[.?!:;]\s*$", s) and ":" not in s and 3 <= len(s.split()) <= 16


_MONTH_ONLY = re.compile(r"^(?:january|february|march|april|may|june|july|august|september|october|november|december)$", re.I)


def is_banner_line(line: str) -> bool:
    """True for a line that is wholly site chrome (banner, cookie notice, footer, page number)."""
    s = line.strip().replace("\u00a0", " ")
    return bool(s) and bool(_CHROME.match(s) or _BANNER.match(s))


def clean_lines(text: str) -> list[str]:
    """Lines of text without furniture; lines repeated at the top/bottom of most pages go."""
    pages = text.split("\f")
    if len(pages) == 1:  # flattened without form feeds: "Page 1 of 3" lines still mark pages
        pages = re.split(r"(?im)^\s*page \d+ of \d+\s*$", text)
    repeated: set[str] = set()
    if len(pages) >= 3:
        edge = Counter()
        for page in pages:
            lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
            for ln in set(lines[:3] + lines[-3:]):
                edge[ln] += 1
        repeated = {ln for ln, n in edge.items() if n >= max(3, len(pages) * 0.6)}
    out = []
    maybe: set[int] = set()  # bare numbers inside a page: page numbers, or a table's cells
    for page in pages:
        wrapped = False  # inside a banner sentence that the copy wrapped onto further lines
        feedback = False  # under a feedback box's question: its "Yes" / "No" buttons
        page_lines = page.splitlines()
        for ln in page_lines:
            s = ln.strip()
            if wrapped and s[:1].islower():
                continue
            if feedback and _YES_NO.match(s):
                continue
            feedback = bool(_FEEDBACK_QUESTION.match(s)) or (feedback and not s)
            wrapped = bool(_BANNER.match(s))
            if s in repeated or wrapped:
                continue
            if _CHROME.match(s):
                if not _PAGE_NUMBER.match(s):
                    continue
                maybe.add(len(out))
            out.append(ln.rstrip().replace("\u00a0", " "))
    if maybe:
        # A bare number is a page number, unless it is a cell of a table copied one cell per line
        # ("Dismissed" / "11" / "6"): then it is a figure.
        cells = cell_lines.table_lines(out)
        out = [ln for i, ln in enumerate(out) if i not in maybe or i in cells]
    drop = _menu_lines(out) | _footer_paragraphs(out) | comment_form_lines(out)
    return [ln for i, ln in enumerate(out) if i not in drop] if drop else out
