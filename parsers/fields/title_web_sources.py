"""Title sources that read a web page and its address: the HTML heading and <title>, the URL
slug's words, a line spelling the slug, and WhatDoTheyKnow's page layout.

Split from the document sources (title_document_sources.py) because these trust the page's
structure (a WhatDoTheyKnow title line needs no more than title shape) where a letter's lines must
pass every check. The order all sources are tried in is SOURCES in title.py.
"""
from __future__ import annotations

import re

from parsers.fields import force, reference
from parsers.fields.title_checks import (
    accept,
    clean,
    fold,
    is_date_line,
    names_a_force,
    not_a_title,
    title_shaped,
)
from parsers.fields.title_patterns import (
    FIELD_LINES,
    FIRST_LINE_ANCHOR,
    FORM_HEADINGS,
    PAGE_CHROME,
    SITE_SUFFIX,
    SITE_WORDS,
    WDTK_AFTER_TITLE,
)


def from_page(ctx: dict):
    """2. HTML: <h1> -> og:title -> <title> without " | Force Name" -> the URL slug's words."""
    page = ctx.get("page")
    if not page:
        return None, None
    head = fold(page.get("head_title") or "")
    while True:  # "Drones | Disclosure log | Kent Police": take site parts off the end
        m = SITE_SUFFIX.match(head)
        if not m or not SITE_WORDS.search(m.group(2)):
            break
        head = m.group(1)
    # A heading longer than a title usually runs is still the title when the page's <title> or
    # og:title says the same words: the page's own structure, not the heading's length, decides.
    agreed = {fold(t).lower() for t in (head, page.get("og_title")) if t}
    for h in page.get("h1") or []:
        got = accept(h, lowercase_ok=True, long_ok=fold(h).lower() in agreed)
        if got[0]:
            return got
        if fold(h).endswith("?") and fold(h).count("?") == 1 and fold(h).lower() in agreed:
            # a heading asked as a question, the <title> saying the same: "What did festival organisers
            # pay for policing?" (an ask in a body is no title; the page's own heading is)
            got = accept(fold(h)[:-1], lowercase_ok=True, long_ok=True)
            if got[0]:
                return got[0] + "?", got[1]
    h1 = (page.get("h1") or [""])[0]
    if not h1 or FORM_HEADINGS.match(fold(h1)) or not accept(h1, lowercase_ok=True)[0]:
        # under the template's own heading ("Disclosure Details"), or a blog's post heading under the
        # site's name in <h1> ("West Midlands Police – Freedom of Information" / "Dangerous Dog Seizures (1144_24)")
        for h in page.get("under_h1") or []:
            got = accept(h, lowercase_ok=True)
            if got[0]:
                return got
    got = accept(page.get("og_title"), lowercase_ok=True)
    if got[0]:
        return got
    got = accept(head, lowercase_ok=True)
    if got[0]:
        return got
    got = _from_one_download(page.get("link_texts") or [])
    if got[0]:
        return got
    return accept(slug_words(ctx.get("url")))


# "Domestic violence protection notices and orders – response letter (PDF, 96KB)": the subject
# before the document's kind and size.
_LINK_TAIL = re.compile(r"\s*(?:\((?:pdf|docx?|xlsx?|csv|odt|ods)\b[^)]*\)|\[(?:pdf|docx?|xlsx?)[^\]]*\])\s*$", re.I)
_LINK_KIND = re.compile(r"\s*[-–—:|]\s*(?:(?:our|the|foi|final)\s+)?(?:response|reply|disclosure|decision|outcome)"
                        r"(?:\s+(?:letter|document|notice|pack))?\s*$|\s*[-–—:|]\s*(?:letter|attachment|annex\s*\w?)\s*$", re.I)


def _from_one_download(link_texts: list[str]):
    """A page whose headings name nothing but whose one download names the subject (the
    response letter's link text)."""
    if len(link_texts) != 1:
        return None, None
    text = _LINK_KIND.sub("", _LINK_TAIL.sub("", link_texts[0]))
    if len(text.split()) < 2 or re.search(r"\.(?:pdf|docx?|xlsx?)$", text, re.I):
        return None, None   # "Download" / "FOI-00417.pdf": no subject
    return accept(text)


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
        s = fold(ln)
        k = _key(s)
        if not k or len(s) > 200:
            continue
        if k in (whole, words) or (slug.truncated and k.startswith(words)):
            title, ref = clean(s)
            if title and title_shaped(title, lowercase_ok=True) and not PAGE_CHROME.match(title):
                return title, ref
    return None, None


def from_wdtk_attachment(ctx: dict):
    """2a. "This is an HTML version of an attachment to the Freedom of Information request 'X'.": the
    request's own title, above the page's <title> (the attachment's file name and the site's)."""
    filled = [fold(ln) for ln in ctx["lines"][:12] if ln.strip()]
    banner = fold((ctx.get("page") or {}).get("banner") or "")
    for s in [banner, *filled[:3]]:
        m = _ATTACHMENT_OF.search(s)
        if m:
            got = _anchored(m.group(1))
            if got[0]:
                return got
    return None, None


_MAILBOX_OWNER = re.compile(r"[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*)?")


def from_wdtk(ctx: dict):
    """2c. A WhatDoTheyKnow copy: the line just before "… made this Freedom of Information request to …"
    or a status line ("The request was partially successful."), after any site text; or the first
    line when a request's salutation to a force or an e-mail's header block follows it."""
    filled = [fold(ln) for ln in ctx["lines"][:120] if ln.strip()]
    got = from_wdtk_attachment(ctx)
    if got[0]:
        return got
    for i, s in enumerate(filled[1:], 1):
        if WDTK_AFTER_TITLE.match(s):
            got = _anchored(filled[i - 1])
            if got[0]:
                return got
    if len(filled) >= 2:
        m = FIRST_LINE_ANCHOR.match(filled[1])
        # (not an e-mail client's print of one message, headed by its mailbox's owner: "Bradley, Simon")
        if m and (not m.group("to") or names_a_force(m.group("to"))) and not _MAILBOX_OWNER.fullmatch(filled[0]):
            title, ref = accept(filled[0], lowercase_ok=True)
            for h in filled[1:6] if title and not ref else []:  # the e-mail's subject carries the reference
                if re.match(r"(?i)subject\s*:", h):
                    ref = clean(h.split(":", 1)[1])[1] or _subject_ref(h)
            return title, ref
    return None, None


# WhatDoTheyKnow's line over an attachment it shows as HTML names the request it belongs to.
_ATTACHMENT_OF = re.compile(r"(?:\battachment\s+to\s+the\s+freedom\s+of\s+information\s+request"
                            r"|\batodiad\s+i['’]r\s+cais\s+rhyddid\s+gwybodaeth)"  # the Welsh site's line
                            r"\s+['‘\"“](.{3,120}?)['’\"”]\s*\.?\s*$", re.I)

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
    if title and title.endswith(".") and not title.endswith("..") and title.count(".") == 1:
        title = title[:-1]  # a request title typed as a sentence: "Cost of policing the county show."
    if not title or not title_shaped(title, lowercase_ok=True) or WDTK_AFTER_TITLE.match(title) \
            or PAGE_CHROME.match(title) or FIELD_LINES.match(title) or is_date_line(title):
        return None, None
    return title, ref


def from_slug(ctx: dict):
    """8b. A text or document parsed with its page URL and no title in it (a text copy of a page whose
    heading was not copied): the URL slug's words (HTML pages try them in source 2)."""
    url = ctx.get("url")
    if ctx.get("page") or not (force.from_url(url) or "whatdotheyknow." in (url or "")):
        return None, None  # a document store's slug (scribd, docslib) is its file name, not a title
    words = slug_words(url)
    return (words, None) if words and not not_a_title(words) else (None, None)  # "FOI-Disclosure-Log.aspx"

