"""The title of a response, decided from document structure by an ordered list of sources.

The first source that yields a title wins. The order (also in docs/parsing.md):

 1. reader     a title the format reader found itself (a spreadsheet's title row)
 2. page       HTML: <h1> -> og:title -> <title> minus the site name -> words of the URL slug
 2b. url line  a line of the text spelling the page's URL slug (a WhatDoTheyKnow slug may be cut short)
 2c. wdtk      WhatDoTheyKnow: the line before "X made this … request to Y" or a status line; the
               first line above a request's "Dear <force>," or an e-mail header block
 3. field      a labelled field: a key/value row or a line "Subject: ...", "Re: ...", "Title: ..."
 4. heading    DOCX: the first paragraph in a heading (or title) style, or a bold-only line
 5. phrase     a subject phrase: "Freedom of Information Request 123/24 - <subject>",
               "Your request for information regarding <subject>"
 6. repeated   a page copy's heading: the breadcrumb's last item printed again as the heading
 7. letter     the subject line of a letter: the first title-shaped line after the letter's
               field block (reference, date) or salutation, before the body starts
 8. first      a text copy's first line (WhatDoTheyKnow puts the request title there)
 8b. slug      a text parsed with its page URL and no title in it: the slug's words (parsers/data/url_slugs.tsv)
 9. segment    what parsers.fields.questions.segment() took as the title ("Title (ref)" on an
               early line, a short first line of the request)

Every candidate goes through the same checks: it must be title-shaped (a short line that is not a
sentence) and must not be one of the non-title lines below (letterheads, addresses, form
headings, field lines, page chrome). The reference and tags such as "(Nov 2024)" are taken off.
"""
from __future__ import annotations

import re

from parsers.fields import force, reference

# --- lines that are never a title (each alternative with an example written for this project) ---

# Form and section headings printed on letters and pages.
FORM_HEADINGS = re.compile(r"""^\W*(?:
      request\s+for\s+information                         # REQUEST FOR INFORMATION
    | freedom\s+of\s+information(?:\s*\(scotland\))?(?:\s+act)?(?:\s+\d{4})?(?:\s+\(scotland\))?
      (?:\s+act\s+\d{4})?(?:\s+(?:request|response|reply|decision))?   # FREEDOM OF INFORMATION ACT 2000
    | (?:foi|foia|foisa)(?:\s+(?:request|response|reply|disclosure))?  # FOI Response
    | disclosure(?:\s+log)?|disclosure\s+attachment|publication\s+scheme  # Disclosure log
    | (?:our\s+|the\s+|your\s+)?(?:request|response|decision|answer|reply|outcome|notes?|background)
      (?:\s+to\s+your\s+request)?                          # Response to your Request
    | reasons?(?:\s+for\s+decision)?|appendix(?:\s+[a-z0-9])?|annex(?:\s+[a-z0-9])?   # Reason for decision
    | (?:response|request)\s+and\s+(?:answer|response)s?  # Request and Answer
    | internal\s+review|refusal\s+notice|advice\s+and\s+assistance    # Refusal notice
    | information\s+(?:requested|released|disclosed)        # Information released
    )\W*$""", re.I | re.X)

# Protective markings printed at the top and foot of each page.
PROTECTIVE_MARKINGS = re.compile(r"""^\W*(?:
      official(?:[\s\-–]+sensitive)?                      # OFFICIAL, OFFICIAL-SENSITIVE
    | not\s+protectively\s+marked|unclassified|restricted|protect   # NOT PROTECTIVELY MARKED
    )(?:\s*[\[(\-–:]\s*(?:public|for\s+public\s+release|personal|commercial|operational)\W*)?  # OFFICIAL [PUBLIC]
    \W*$""", re.I | re.X)

# Department and office lines of a letterhead: an information/records word (after capitalised words
# only), then a unit word ("Corporate Information Branch"; not the subjects "Complaint handling by
# the Professional Standards Department", "Staffing of the Professional Standards Department").
DEPARTMENTS = re.compile(r"""(?:
      ^(?:(?-i:[A-Z])[\w&'’.\-]*[,\s]+)*?(?:information|disclosure|foi|freedom\s+of\s+information|compliance|records|data\s+protection
         |access|rights|legal|corporate|professional\s+standards|governance)\b
      .*\b(?:team|unit|department|dept|branch|directorate|bureau|office|section|services?|centre)\s*(?:,|$)  # Information Rights Team[, Mill House]
    | ^information\s+(?:management|rights|compliance|access|governance|security)\b   # Information Management - FOI
    | \b(?:headquarters|police\s+(?:hq|station))\s*(?:,|$)        # Police Headquarters, Oakfield
    )""", re.I | re.X)

# Postal address lines: a postcode, a house number and street, a PO box.
ADDRESSES = re.compile(r"""(?:
      (?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)          # AB12 3CD
    | ^\d+[a-z]?,?\s+(?:\w+\s+){1,3}(?:road|street|lane|avenue|way|drive|close|square|court|place)\b  # 1 Mill Lane
    | \bp\.?\s?o\.?\s+box\b                                # PO Box 99
    )""", re.X | re.I)

# Field lines: a label and a value, a date, a page number, a salutation or a sign-off.
FIELD_LINES = re.compile(r"""^\W*(?:
      (?:our|your|foi|case|enquiry|request|file)?\s*ref(?:erence)?\b.*     # Our Ref: AB/12/24
    | (?:request|case|enquiry)\s+(?:number|no|id)\b.*                     # Request Number: F-1
    | (?:foi\s+)?date\b.*|(?:response|request|received|published)\s+(?:date|on|sent)\b.*   # Date of response: ...
    | (?:category|categories|keywords?|status|outcome|type|tel|telephone|email|e-mail|phone|fax|web)\s*[:|].*  # Category: Roads
    | (?:decision|outcome|status|result)\s*[:|\-–]?\s*(?:refus|withh|disclos|releas|provid|part|full|not\s+held
      |no\s+information|information\s+(?:not|partly|partially|fully)|neither|ncnd|exempt|closed|complet
      |vexatious|section\b)\w*.*                         # Decision Refused - section 12, Decision – Information not held
    | (?:from|to|cc|bcc|sent)\s*:.*                                       # From: Anyshire Police FOI (an e-mail's head)
    | page\s+\d+(?:\s+of\s+\d+)?                                          # Page 2 of 3
    | dear\b.*|yours\b.*|kind\s+regards.*|regards.*|many\s+thanks.*|thank\s+you\b.*  # Dear Requester,
    | (?:by\s+)?e-?mail(?:\s+only)?                                         # By email only
    | (?:mr|mrs|ms|miss|dr|mx)\.?\s+\S.*|(?:the\s+)?(?:requester|applicant)   # Mr J Smith (the addressee)
    | .*\S+@\S+\.\w+.*|(?:https?://|www\.)\S+                            # foi@example.police.uk
    )$""", re.I | re.X)

# Page chrome copied with a page's text.
PAGE_CHROME = re.compile(r"""^\W*(?:
      (?:quickly\s+)?(?:exit|leave)\s+this\s+(?:site|page)\b.*   # Quickly exit this site (Esc)
    | skip\s+to\b.*|back\s+to\b.*|print\b.*|share\b.*              # Skip to main content
    | .*\bcookies?\b.*                                              # Cookies on this website
    | beta\b.*|this\s+site\s+is\s+a\s+beta\b.*|report(?:\s+a\s+problem)?   # Beta
    | home|menu|search|news|contact\s+us|about\s+us|your\s+area|report|request\s+information  # Contact us
    | (?:(?:yn\s+|in\s+)?(?:cymraeg|gymraeg|english|saesneg|welsh|gaeilge|g[aà]idhlig)(?:\s*[|/]\s*)?)+  # Cymraeg (language toggle)
    )$""", re.I | re.X)

# Words that open a line of the letter's body: the head of the letter has ended.
BODY_OPENINGS = re.compile(r"""^(?:
      thank\s+you|thanks\b                                                                # Thank you for your request
    | (?:i|we)\s+(?:have\s+)?(?:now\s+)?(?:write|refer|am\s+writing|note|received|considered
      |completed|searched|been\s+asked)\b                                                  # We have now considered your request
    | on\s+\d{1,2}\w*\s+[a-z]+\s+\d{4}|further\s+to|with\s+reference|in\s+response       # On 3 May 2024 you asked
    | dear\s+[^,]{1,40},\s*\S                                                            # Dear Requester, on ...
    | please\s+(?:find|see)|you\s+(?:asked|requested)|request\b.*:\s*$                   # You asked:
    )""", re.I | re.X)

# What is left of a subject line once these prefixes go.
SUBJECT_PREFIXES = re.compile(r"""^\W*(?:
      re\s*:\s*                                                 # Re: Drone flights (never "Re-vetting")
    | (?:subject|title|request\s+title|topic|regarding)\s*[:\-–]\s+   # Subject: Drone flights
    | your\s+(?:freedom\s+of\s+information\s+)?request\s+(?:for\s+information\s+)?
      (?:regarding|about|concerning|on|relating\s+to|in\s+relation\s+to)\s+     # Your request for information regarding drones
    )""", re.I | re.X)
# "Freedom of Information Request 24/08/1234 - Horses", "FOI Request – Horses", "FOI 12/24 Horses".
FOI_PREFIX = re.compile(
    r"^\W*(?:freedom\s+of\s+information|foia?)(?:\s+act(?:\s+\d{4})?)?(?:\s+(?:request|application|response))?"
    r"(?:\s+(?:ref(?:erence)?\.?(?:\s*(?:no\.?|number))?\s*:?\s*)?(" + reference.REF + r"))?"
    r"(\s+[-–:|]\s*|\s*[:|]\s*|\s+)(\S.*)$", re.I)
# Tags a force adds to its titles: "(Nov 2024)", "[March 2023]", "(PDF, 120KB)".
TITLE_TAGS = re.compile(
    r"\s*[(\[](?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}"
    r"|pdf|docx?|xlsx?|csv)(?:,\s*[\d.]+\s*[kmg]b)?[)\]]", re.I)
# A site name after the page title in <title>: "Drones | Kent Police", "Drones - X Disclosure Log".
SITE_SUFFIX = re.compile(r"^(.*\S)\s+[|\-–—:]\s+([^|\-–—]+)$")
SITE_WORDS = re.compile(r"\b(?:police|constabulary|constabularies|disclosure\s+log|gov\.uk|service|foi)\b", re.I)

# WhatDoTheyKnow page copies print the request's title on the line just before one of these
# (examples written for this project). Site text may come before the title (a status banner, the
# older layout's sidebar), so the title is found from the line after it, not from the top.
WDTK_AFTER_TITLE = re.compile(r"""^(?:
      .{1,80}\bmade\s+this\s+(?:freedom\s+of\s+information\s+)?request\s+to\b.*   # A Requester made this Freedom of Information request to Anyshire Police
    | the\s+request\s+(?:was|is|has\s+been)\s+(?:partially\s+)?(?:successful|refused|withdrawn|waiting
      |awaiting|long\s+overdue|delayed|not\s+held)\b.*                                # The request was partially successful.
    | this\s+request\s+(?:has\s+been\s+closed|is\s+awaiting|requires)\b.*            # This request has been closed to new correspondence
    | (?:awaiting|waiting\s+for)\s+(?:classification|clarification|an?\s+internal\s+review|a\s+response)\b.*  # Awaiting classification.
    | long\s+overdue\b.*                                                               # Long overdue.
    )$""", re.I | re.X)
# What opens a request or an e-mail copy under the title on the document's first line:
#   "Horse patrols" / "Dear Anyshire Police,"      "Horse patrols" / "From: Anyshire Police FOI Unit"
FIRST_LINE_ANCHOR = re.compile(r"^(?:dear\s+(?P<to>[^,]{3,80}),?|from\s*:.*)$", re.I)

# A heading made only of the Act's and the form's words and the force's name is a site's or a
# letter's standard heading, never the subject: "Provision of information held by Anyshire Police
# made under the Freedom of Information Act 2000 (the 'Act')", "Information Request to Anyshire
# Constabulary under the Freedom of Information Act"; and a numbered part heading: "Request 2".
GENERIC_WORDS = frozenset("""provision information held made under request requests requested to by of the a an for
    on act acts response responses regarding about freedom foi foia foisa disclosure disclosures important notice
    from with in and your our this scotland""".split())
NUMBERED_PART = re.compile(r"^(?:request|question|part|item)\s+\d+[a-z]?$", re.I)

MAX_WORDS = 20


def _fold(s: str) -> str:
    return " ".join(s.split())


_FILLER = re.compile(r"\b(?:police|constabular(?:y|ies)|force|and|&|the|of|service)\b|[,\-–/]", re.I)


def _place_words() -> set[str]:
    words = set()
    for f in force.forces():
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", f["name"]))
    return words


def _names_a_force(line: str) -> bool:
    """A letterhead naming the force: "Suffolk Constabulary", "POLICE SCOTLAND", "Public Team, Kent Police",
    "Norfolk and Suffolk Constabularies"; not "Police dogs retired" or "Kent Police drones"."""
    s = _fold(line)
    named = False
    for _slug, pat in force._patterns():
        for form in (s, s.title()):
            if pat.search(form):
                s, named = pat.sub(" ", form), True
                break
    if not named and not re.search(r"\b(?:police|constabular(?:y|ies))\b", s, re.I):
        return False
    rest = " ".join(_FILLER.sub(" ", s).split())
    if not rest or DEPARTMENTS.search(rest):
        return True
    places = _place_words()
    return all(w.lower() in places for w in rest.split())


# A sentence: a pronoun or "the force" as its subject, then a verb.
_VERBS = (r"(?:have|has|had|are|is|am|was|were|will|would|can|could|does|do|did|may|must|holds?|received"
          r"|considered|completed|asked|requested|write|wrote|note|refer|confirms?|neither)\b")
SENTENCE_STARTS = re.compile(r"""^(?:we|i|you|it|they|this\s+(?:letter|response|request)
    |the\s+(?:force|constabulary))\s+(?:now\s+)?""" + _VERBS, re.I | re.X)   # We have received ...
# What follows the force's name when the line is a sentence: "[Anyshire Police] has now completed ...".
VERB_AFTER_NAME = re.compile(r"^(?:now\s+|also\s+)?" + _VERBS, re.I)


def _letterhead_form(s: str) -> bool:
    """The force's name with nothing but a form heading or a reference after it ("Anyshire Police –
    Freedom of Information", "Anyshire Police FOI 2024-0001") or a sentence after it
    ("Anyshire Police has now completed its search")."""
    slug, rest = force.strip_name(s)
    if not slug:
        return False
    return (not rest or bool(FORM_HEADINGS.match(rest)) or _is_ref_only(rest)
            or bool(VERB_AFTER_NAME.match(rest)) or bool(reference.foi_line(rest)))


def not_a_title(line: str) -> bool:
    s = _fold(line)
    return bool(not s or FORM_HEADINGS.match(s) or FIELD_LINES.match(s) or PAGE_CHROME.match(s)
                or PROTECTIVE_MARKINGS.match(s) or SENTENCE_STARTS.match(s) or BODY_OPENINGS.match(s)
                or DEPARTMENTS.search(s) or ADDRESSES.search(s) or _names_a_force(s) or _letterhead_form(s)
                or reference.from_text(s) or reference.foi_line(s) or _is_date_line(s) or _is_ref_only(s)
                or _generic_heading(s))


def _generic_heading(s: str) -> bool:
    """Only the Act's, the form's and the force's words (GENERIC_WORDS), or "Request 2"."""
    if NUMBERED_PART.match(s):
        return True
    rest = s
    for _slug, pat in force._patterns():
        rest = pat.sub(" ", rest)
    words = re.findall(r"[A-Za-z]+", rest)
    return len(s.split()) >= 3 and bool(words) and all(w.lower() in GENERIC_WORDS for w in words)


def _is_date_line(s: str) -> bool:
    """A date alone, or a page's "date | categories" line ("3 June 2024 | Roads Policing")."""
    from parsers.fields.dates import ANY_DATE
    m = ANY_DATE.search(s)
    return bool(m and (len(s) - (m.end() - m.start()) <= 12 or re.match(r"\s*\|", s[m.end():])))


def _is_ref_only(s: str) -> bool:
    return bool(re.fullmatch(r"\W*(?:FOI|PUB|ref)?\W*" + reference.REF + r"\W*", s, re.I)) and any(c.isdigit() for c in s)


def title_shaped(line: str, *, lowercase_ok: bool = False) -> bool:
    s = _fold(line)
    if not s or s.startswith("|") or len(s.split()) > MAX_WORDS or len(s) > 160:
        return False
    if s.endswith((".", ":", ";", ",")) or s.count("?") or not re.search(r"[A-Za-z]{3}", s):
        return False
    if re.search(r"[a-z]{3}\.\s+[A-Z]", s):
        return False  # two sentences: "This website is no longer live. For our homepage, visit"
    if re.match(r"^(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z][.)]|Q\d|[•·▪●◦*–-]\s)", s):
        return False  # a question item or bullet
    return lowercase_ok or s[0].isupper() or s[0].isdigit() or s[0] in "'\"‘“"


def clean(line: str | None) -> tuple[str | None, str | None]:
    """A candidate without its prefix, reference and tags: (title, reference carried by it)."""
    if not line:
        return None, None
    s = TITLE_TAGS.sub("", _fold(line))
    s = SUBJECT_PREFIXES.sub("", s)
    ref = None
    m = FOI_PREFIX.match(s)
    if m and (m.group(1) or m.group(2).strip()):  # "FOI drones" alone is a title, not a prefix
        ref, s = m.group(1), m.group(3)
    s, ref2 = reference.split_title(s)
    s = s.strip(" -–:|")
    return (s or None), (ref2 or (reference.fold(ref) if ref else None))


def _accept(line: str | None, *, lowercase_ok: bool = False) -> tuple[str | None, str | None]:
    if line and _fold(line).endswith(":") and not SUBJECT_PREFIXES.match(_fold(line)):
        return None, None  # a lead-in ("... which reads:", "You asked:"), never a subject
    title, ref = clean(line)
    if not title or not title_shaped(title, lowercase_ok=lowercase_ok) or not_a_title(title):
        return None, None
    return title, ref


# --- the sources, in order ---

def from_reader(ctx: dict):
    """1. A title the format reader found (a spreadsheet's title row): the reader has judged its
    place; a letterhead or reference row is still no title."""
    title, ref = clean(ctx.get("reader_title"))
    return (None, None) if title and not_a_title(title) else (title, ref)


def from_page(ctx: dict):
    """2. HTML: <h1> -> og:title -> <title> without " | Force Name" -> the URL slug's words."""
    page = ctx.get("page")
    if not page:
        return None, None
    for h in page.get("h1") or []:
        got = _accept(h, lowercase_ok=True)
        if got[0]:
            return got
    got = _accept(page.get("og_title"), lowercase_ok=True)
    if got[0]:
        return got
    head = _fold(page.get("head_title") or "")
    while True:  # "Drones | Disclosure log | Kent Police": take site parts off the end
        m = SITE_SUFFIX.match(head)
        if not m or not SITE_WORDS.search(m.group(2)):
            break
        head = m.group(1)
    got = _accept(head, lowercase_ok=True)
    if got[0]:
        return got
    return _accept(slug_words(ctx.get("url")))


# Words a slug spells in lower case that a title prints in capitals.
ACRONYMS = {"foi", "foia", "cctv", "anpr", "psd", "npcc", "cru", "asb", "uav", "uavs", "bwv", "pnc", "dbs",
            "mps", "psni", "iopc", "vawg", "lfr", "rtc", "cps", "hmicfrs", "ipcc", "dna", "gps", "nhs", "ico"}


def slug_words(url: str | None) -> str | None:
    """The title a URL's slug spells, its reference part taken off by the platform table
    (parsers/data/url_slugs.tsv): '…/123424-stop-search/' -> 'Stop search',
    '…/foi-public-order-operations-0408-202425/' -> 'Public order operations'. A WhatDoTheyKnow slug
    cut at 32 characters loses its cut last word."""
    from parsers.fields import url_slug

    slug = url_slug.read(url)
    if not slug or not slug.words or slug.file:
        return None  # an attachment's file name is no title
    words = slug.words.split()
    if slug.truncated and len(words) > 1:
        words = words[:-1]
    words = [w.upper() if w.lower() in ACRONYMS else w for w in words]
    text = " ".join(words)
    if not re.search(r"[A-Za-z]{3}", text) or FORM_HEADINGS.match(text) or PAGE_CHROME.match(text):
        return None
    return text[0].upper() + text[1:]


def _key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def from_url_line(ctx: dict):
    """2b. A line of the text that spells the page's URL slug: the page's own title, printed in a text
    copy with its capitals (WhatDoTheyKnow /request/cctv_in_london_2 -> 'CCTV in London'; a slug cut
    short at 32 characters matches the start of the line)."""
    from parsers.fields import url_slug

    slug = url_slug.read(ctx.get("url"))
    if not slug or not slug.words:
        return None, None
    whole, words = _key(slug.raw), _key(slug.words)
    if len(words) < 4:
        return None, None
    for ln in ctx["lines"][:120]:
        s = _fold(ln)
        k = _key(s)
        if not k or len(s) > 200:
            continue
        if k in (whole, words) or (slug.truncated and k.startswith(words)):
            title, ref = clean(s)
            if title and title_shaped(title, lowercase_ok=True) and not PAGE_CHROME.match(title):
                return title, ref
    return None, None


_FIELD_NAMES = re.compile(r"^(?:title|subject|request\s+title|topic|request\s+subject|summary)$", re.I)


def from_field(ctx: dict):
    """3. A labelled field: a key/value row (Title / Subject / Request title) or a "Subject:" line."""
    for label, value in ctx.get("fields") or []:
        if _FIELD_NAMES.match(_fold(label).rstrip(":")):
            got = _accept(value, lowercase_ok=True)
            if got[0]:
                return got
    for ln in ctx["lines"][:60]:
        s = _fold(ln).strip("| ")
        m = re.match(r"^(?:(?:subject|title|request\s+title|topic)\s*[:\-–|]|re\s*:)\s*(\S.*)$", s, re.I)
        if m:
            got = _accept(m.group(1), lowercase_ok=True)
            if got[0]:
                return got
    return None, None


def from_heading(ctx: dict):
    """4. DOCX: the first heading-style (or bold-only) paragraph that is not a section heading."""
    for h in ctx.get("headings") or []:
        got = _accept(h)
        if got[0]:
            return got
    return None, None


def from_phrase(ctx: dict):
    """5. "Freedom of Information Request 12/24 - Horses", "Your request for information regarding horses"."""
    columned = _columned_blocks(ctx["lines"])
    for ln in _head(ctx["lines"]):
        s = _fold(ln)
        if s not in columned and (FOI_PREFIX.match(s) or SUBJECT_PREFIXES.match(s)):
            got = _accept(s, lowercase_ok=True)  # "…regarding police horses" keeps its own case
            if got[0]:
                return got
    return None, None


def from_repeated(ctx: dict):
    """6. A page copy: the breadcrumb's last item, then the same words as the page heading."""
    filled = [_fold(ln) for ln in ctx["lines"][:80] if ln.strip()]
    for a, b in zip(filled, filled[1:], strict=False):
        if a == b:
            got = _accept(a)
            if got[0]:
                return got
    return None, None


def from_letter(ctx: dict):
    """7. A letter's subject line: after its field block or salutation, before the body."""
    after_fields = False
    head = _head(ctx["lines"])
    columned = _columned_blocks(ctx["lines"])
    for i, ln in enumerate(head):
        s = _fold(ln)
        if s in columned or FIELD_LINES.match(s) or _is_date_line(s) or reference.from_text(s) or _is_ref_only(s):
            after_fields = True
            continue
        if not after_fields or _wraps_on(head, i):
            continue
        got = _accept(s)
        if got[0]:
            return got
    return None, None


def _columned_blocks(lines: list[str], limit: int = 60) -> set[str]:
    """Lines of a block laid out in columns (runs of 3+ spaces between two parts, as a PDF's
    two-column letterhead copied to text: "ANYSHIRE POLICE      Our Ref: 0311/24"), with every line of
    the same block (the address under it): a letterhead, never a subject line."""
    out: set[str] = set()
    block: list[str] = []
    columned = False
    for ln in [*lines[:limit], ""]:
        if not ln.strip():
            if columned:
                out.update(_fold(b) for b in block)
            block, columned = [], False
            continue
        block.append(ln)
        columned = columned or bool(re.search(r"\S {3,}\S", ln.strip()))
    return out


def _wraps_on(head: list[str], i: int) -> bool:
    """The line is the start of a sentence wrapped onto the next line, which goes on in lower case
    ("Has the force arrested anyone in" / "connection with ...?"): a request's words, no subject line."""
    return i + 1 < len(head) and head[i + 1][:1].islower()


def from_wdtk(ctx: dict):
    """2c. A WhatDoTheyKnow copy: the line just before "… made this Freedom of Information request to …"
    or a status line ("The request was partially successful."), after any site text; or the first
    line when a request's salutation to a force or an e-mail's header block follows it."""
    filled = [_fold(ln) for ln in ctx["lines"][:120] if ln.strip()]
    for i, s in enumerate(filled[1:], 1):
        if WDTK_AFTER_TITLE.match(s):
            got = _anchored(filled[i - 1])
            if got[0]:
                return got
    if len(filled) >= 2:
        m = FIRST_LINE_ANCHOR.match(filled[1])
        if m and (not m.group("to") or _names_a_force(m.group("to"))):
            title, ref = _accept(filled[0], lowercase_ok=True)
            for h in filled[1:6] if title and not ref else []:  # the e-mail's subject carries the reference
                if re.match(r"(?i)subject\s*:", h):
                    ref = clean(h.split(":", 1)[1])[1] or _subject_ref(h)
            return title, ref
    return None, None


# "Clarification needed - FOI 2024/0311 - Horse patrols": the form's name then the reference, mid-subject.
_SUBJECT_REF = re.compile(r"\b(?:FOI|Freedom\s+of\s+Information(?:\s+request)?)\s+(?:ref(?:erence)?\.?:?\s*)?("
                          + reference.REF + r")(?=\s+[-–|:]|\s*$)", re.I)


def _subject_ref(line: str) -> str | None:
    m = _SUBJECT_REF.search(line)
    ref = reference.fold(m.group(1)) if m else None
    return ref if ref and reference._plausible(ref) else None


def _anchored(line: str) -> tuple[str | None, str | None]:
    """A line the page's structure marks as the title: title-shaped and no site text is enough
    (a one-word title such as "Police" is still a title there)."""
    title, ref = clean(line)
    if not title or not title_shaped(title, lowercase_ok=True) or WDTK_AFTER_TITLE.match(title) \
            or PAGE_CHROME.match(title) or FIELD_LINES.match(title) or _is_date_line(title):
        return None, None
    return title, ref


def from_slug(ctx: dict):
    """8b. A text or document parsed with its page URL and no title in it (a text copy of a page whose
    heading was not copied): the URL slug's words (HTML pages try them in source 2)."""
    url = ctx.get("url")
    if ctx.get("page") or not (force.from_url(url) or "whatdotheyknow." in (url or "")):
        return None, None  # a document store's slug (scribd, docslib) is its file name, not a title
    words = slug_words(url)
    return (words, None) if words else (None, None)


def from_first_line(ctx: dict):
    """8. A text copy's first line: WhatDoTheyKnow prints the request title there."""
    if ctx.get("fmt") != "text":
        return None, None
    filled = [ln for ln in ctx["lines"] if ln.strip()]
    # Site furniture the page copy kept above its heading (a language toggle, the site's name)
    # comes first: "Cymraeg" / "Anyshire Police" / "Horse patrols".
    skip = 0
    while skip < min(3, len(filled) - 1) and (PAGE_CHROME.match(_fold(filled[skip])) or _names_a_force(_fold(filled[skip]))):
        skip += 1
    if skip and not PAGE_CHROME.match(_fold(filled[0])):
        skip = 0  # a letter's letterhead: its next line is the letter's, not a page heading
    return _accept(filled[skip] if filled else "", lowercase_ok=True)


def from_segment(ctx: dict):
    """9. The title questions.segment() found ("Title (ref)" on an early line, a request's short first line)."""
    seg = _fold(ctx.get("seg_title") or "")
    filled = [_fold(ln) for ln in ctx["lines"] if ln.strip()]
    if seg in filled and _wraps_on(filled, filled.index(seg)):
        return None, None  # the request's first words, wrapped: no title
    title, ref = _accept(ctx.get("seg_title"), lowercase_ok=True)
    return title, (ctx.get("seg_title_ref") or ref) if title else None


SOURCES = [
    ("reader", from_reader), ("page", from_page), ("url line", from_url_line), ("wdtk", from_wdtk),
    ("field", from_field), ("heading", from_heading), ("phrase", from_phrase), ("repeated", from_repeated),
    ("letter", from_letter), ("first", from_first_line), ("slug", from_slug), ("segment", from_segment),
]


def _head(lines: list[str], limit: int = 40) -> list[str]:
    """The head of a letter: lines until the body starts (a sentence, an ask, a table)."""
    out = []
    for ln in lines:
        s = _fold(ln)
        if not s:
            continue
        if len(out) >= limit or s.startswith("|") or BODY_OPENINGS.match(s):
            break
        if len(s.split()) > MAX_WORDS or (s.endswith((".", "?")) and len(s.split()) > 8):
            break
        out.append(s)
    return out


def decide(lines: list[str], *, fmt: str = "text", page: dict | None = None, url: str | None = None,
           headings: list[str] | None = None, fields: list[tuple[str, str]] | None = None,
           reader_title: str | None = None, seg_title: str | None = None,
           seg_title_ref: str | None = None) -> tuple[str | None, str | None, str | None]:
    """(title, reference carried by the title, name of the source that gave it)."""
    ctx = {"lines": lines, "fmt": fmt, "page": page, "url": url, "headings": headings, "fields": fields,
           "reader_title": reader_title, "seg_title": seg_title, "seg_title_ref": seg_title_ref}
    for name, source in SOURCES:
        title, ref = source(ctx)
        if title:
            return title, ref, name
    return None, None, None
