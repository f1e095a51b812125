"""Whether a line can be a title, and a candidate cleaned: the checks every title source shares.

A candidate must be title-shaped (a short line that is not a sentence or a list item) and none of
the non-title lines of title_patterns.py; its prefix, reference and tags are taken off first.
"""
from __future__ import annotations

import re

from parsers.fields import force, reference
from parsers.fields.title_patterns import (
    ADDRESSES,
    BODY_OPENINGS,
    CONTACT_FIELD,
    DEPARTMENTS,
    FIELD_LINES,
    FOI_PREFIX,
    FORM_HEADINGS,
    GENERIC_WORDS,
    MAX_WORDS,
    NUMBERED_PART,
    PAGE_CHROME,
    PROTECTIVE_MARKINGS,
    SENTENCE_STARTS,
    SUBJECT_PREFIXES,
    TITLE_TAGS,
    VERB_AFTER_NAME,
)


def fold(s: str) -> str:
    return " ".join(s.split())


_FILLER = re.compile(r"\b(?:police|constabular(?:y|ies)|force|and|&|the|of|service)\b|[,\-–/]", re.I)


def _place_words() -> set[str]:
    words = set()
    for f in force.forces():
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", f["name"]))
    return words


def names_a_force(line: str) -> bool:
    """A letterhead naming the force: "Suffolk Constabulary", "POLICE SCOTLAND", "Public Team, Kent Police",
    "Norfolk and Suffolk Constabularies"; not "Police dogs retired" or "Kent Police drones"."""
    # (an OCR copy's "Hertfordshire Constabu1ary": a one read for an "l" inside a word; dots between names)
    s = fold(re.sub(r"(?<=[a-z])1(?=[a-z])", "l", line).replace(" . ", " , "))
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



def _letterhead_form(s: str) -> bool:
    """The force's name with nothing but a form heading or a reference after it ("Anyshire Police –
    Freedom of Information", "Anyshire Police FOI 2024-0001") or a sentence after it
    ("Anyshire Police has now completed its search")."""
    slug, rest = force.strip_name(s)
    if not slug:
        return False
    return (not rest or bool(FORM_HEADINGS.match(rest)) or is_ref_only(rest)
            or bool(VERB_AFTER_NAME.match(rest)) or bool(reference.foi_line(rest)))


def not_a_title(line: str) -> bool:
    s = fold(line)
    return bool(not s or FORM_HEADINGS.match(s) or FIELD_LINES.match(s) or PAGE_CHROME.match(s)
                or PROTECTIVE_MARKINGS.match(s) or SENTENCE_STARTS.match(s) or BODY_OPENINGS.match(s)
                or DEPARTMENTS.search(s) or ADDRESSES.search(s) or names_a_force(s) or _letterhead_form(s)
                or reference.from_text(s) or reference.foi_line(s) or is_date_line(s) or is_ref_only(s)
                or _dated_field(s) or generic_heading(s) or menu_row(line)
                or _MONTH_YEAR.fullmatch(s) is not None  # "March 2017": a log's month heading
                or CONTACT_FIELD.match(s) is not None or _ADDRESSEE.match(s) is not None
                or _columned_furniture(line) or _marked_furniture(s) or _paged_furniture(s)
                or _ref_field(s) or _YOUR_MESSAGE.match(s) is not None or _DEFAULT_NAME.match(s) is not None
                or _FILE_LISTING.search(s) is not None)


# An attachment's listing line: a file name with its size and the download link's words
# ("FOI 716-22 Response.pdf (96K) Download View as HTML"; a title naming a file, "Missing file
# Annex A.xlsx (1.2 MB) from FOI 0412/24", is still a title).
_FILE_LISTING = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|ods|csv|rtf|zip|txt)\s*\(\s*\d[\d.,]*\s*(?:[kmg]i?b?|bytes)\s*\)\s*"
                           r"(?:download\b|view\s+as\s+html\b)", re.I)


# A subject field naming the requester's own message: "Your email of 3 February 2026".
_YOUR_MESSAGE = re.compile(r"^(?:re:\s*)?your\s+(?:e-?mail|letter|request|correspondence|enquiry|message)\s+"
                           r"(?:of|dated|received|sent|on)\b[^a-z]*(?:\d|\w+\s+\d)", re.I)
# A program's default name for a sheet or a numbered table with nothing more: "Sheet1", "Table 1".
_DEFAULT_NAME = re.compile(r"^(?:sheet|table|figure|chart|tab)\s*\d{1,3}\W*$", re.I)


def _paged_furniture(s: str) -> bool:
    """A running header or footer: a page number beside the reference or the force's name and
    nothing else ("DC/FOI 1284/19 Page 1", "Durham Constabulary - Page 2 of 3")."""
    if not _PAGE_WORDS.search(s):
        return False
    rest = _PAGE_WORDS.sub(" ", s).strip(" -–—|:")
    return not rest or is_ref_only(rest) or not_a_title(rest)


def _ref_field(s: str) -> bool:
    """A label and a reference ("Original request: FOI 4821/24", "Linked case: IR/2024/55"): a
    letter's field, whatever its label says."""
    m = _FIELD_LABEL.match(s)
    if not m or _YEARS.fullmatch(m.group(1).strip()):
        return False   # "Stop and search: 2023/24", "Recorded crime: 2023": a subject and its period
    return is_ref_only(m.group(1)) or reference.foi_line(m.group(1)) is not None


_YEARS = re.compile(r"(?:19|20)\d\d(?:\s?[-/–]\s?(?:19|20)?\d\d)?")


# The letter's addressee line: "Requester (by email)", "The Requester", "Sent by e-mail to the requester".
_ADDRESSEE = re.compile(r"^(?:(?:the|dear)\s+)?(?:requester|applicant)\b(?:\s*\(?by\s+(?:e-?mail|post)\)?)?\s*$"
                        r"|^(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*\(by\s+(?:e-?mail|post)\)\s*$"
                        r"|^sent\s+by\s+e-?mail\s+to\b", re.I)


# A protective marking with the rest of a running header or footer: "Kent Police OFFICIAL",
# "OFFICIAL - page 1", "OFFICIAL Our Ref: IM-FOI-2024-2876".
_MARKING_WORDS = re.compile(r"\b(?:official(?:[\s\-–]+sensitive)?|not\s+protectively\s+marked|unclassified)\b", re.I)
_PAGE_WORDS = re.compile(r"\bpage\s+\d{1,3}(?:\s+of\s+\d{1,3})?\b", re.I)


def _marked_furniture(s: str) -> bool:
    """A marking and nothing else a title could be: the words left once it goes are furniture."""
    if not _MARKING_WORDS.search(s):
        return False
    rest = _PAGE_WORDS.sub(" ", _MARKING_WORDS.sub(" ", s)).strip(" -–—|:")
    return not rest or not_a_title(rest)


def menu_row(line: str) -> bool:
    """A site's menu copied as one line: three or more short items set apart by wide gaps or bars
    ("Report   Your area   Request   Contact us")."""
    parts = [p for p in re.split(r"\s{3,}|\t+|\s\|\s", line.strip()) if p]
    return len(parts) >= 3 and all(len(p.split()) <= 3 and not p.endswith((".", "?", ":")) for p in parts)


_FIELD_LABEL = re.compile(r"^[A-Za-z][A-Za-z ()/'’-]{2,60}?\s*:\s*(\S.*)$")


def _dated_field(s: str) -> bool:
    """A label and a date ("Original response sent: 28/06/2024", "Internal review requested:
    2 July 2024"): a letter's field, whatever its label says."""
    m = _FIELD_LABEL.match(s)
    return bool(m) and is_date_line(m.group(1))


def generic_heading(s: str) -> bool:
    """Only the Act's, the form's and the force's words (GENERIC_WORDS), or "Request 2"."""
    if NUMBERED_PART.match(s):
        return True
    rest = s
    for _slug, pat in force._patterns():
        rest = pat.sub(" ", rest)
    words = re.findall(r"[A-Za-z]+", rest)
    if not words or not all(w.lower() in GENERIC_WORDS for w in words):
        return False
    # two words name a listing only with a listing's noun ("Published items", "Disclosure log"),
    # or a log's word before its reference ("Disclosure FOI2025/00417")
    return len(s.split()) >= 3 or any(w.lower() in _LISTING_NOUNS for w in words) \
        or bool(re.search(r"\d[/\-.]\d|\d{4,}", s))


_LISTING_NOUNS = {"log", "logs", "items", "results"}


def is_date_line(s: str) -> bool:
    """A date alone, or a page's "date | categories" line ("3 June 2024 | Roads Policing")."""
    from parsers.fields.dates import ANY_DATE
    m = ANY_DATE.search(s)
    return bool(m and (len(s) - (m.end() - m.start()) <= 12 or re.match(r"\s*\|", s[m.end():])))


def is_ref_only(s: str) -> bool:
    return bool(re.fullmatch(r"\W*(?:FOI|PUB|ref)?\W*" + reference.REF + r"\W*", s, re.I)) and any(c.isdigit() for c in s)


def title_shaped(line: str, *, lowercase_ok: bool = False, long_ok: bool = False) -> bool:
    """long_ok: a title two of a page's own sources agree on, however long (title_web_sources)."""
    s = fold(line)
    if not s or s.startswith("|") or (not long_ok and (len(s.split()) > MAX_WORDS or len(s) > 160)):
        return False
    if s.endswith((".", ":", ";", ",")) or s.count("?") or not re.search(r"[A-Za-z]{3}", s):
        return False
    if re.search(r"[a-z]{3}\.\s+[A-Z]", s):
        return False  # two sentences: "This website is no longer live. For our homepage, visit"
    if re.match(r"^(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z][.)]|Q\d|[•·▪●◦*–-]\s)", s):
        return False  # a question item or bullet
    return lowercase_ok or s[0].isupper() or s[0].isdigit() or s[0] in "'\"‘“"


# West Yorkshire's headings lead with the log's month: "February 2025 FOI 1884310/25 Knife crime".
_MONTH_BEFORE_FOI = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\s+(?:[-–—|:]\s+)?(?=FOI\b)", re.I)


def clean(line: str | None) -> tuple[str | None, str | None]:
    """A candidate without its prefix, reference and tags: (title, reference carried by it)."""
    if not line:
        return None, None
    s = TITLE_TAGS.sub("", fold(line))
    s = _MONTH_BEFORE_FOI.sub("", s)
    for _ in range(3):  # "Subject: RE: Freedom of Information request - …": prefixes one after another
        stripped = SUBJECT_PREFIXES.sub("", s)
        if stripped == s:
            break
        s = stripped
    ref = None
    m = FOI_PREFIX.match(s)
    if m and (m.group(1) or m.group(2).strip()):  # "FOI drones" alone is a title, not a prefix
        ref, s = m.group(1), m.group(3)
        # the Act's name, then the letter's own label: "Freedom of Information Act 2000 - Request: Vehicle pursuits"
        s = SUBJECT_PREFIXES.sub("", s) or s
    else:
        m = _LEADING_REF.match(s) or _LEADING_REF_BARE.match(s)  # "IM-FOI-2024-1870 - Drug supply offences …": the reference first
        if m and any(c.isalpha() for c in m.group(2)) and reference._plausible(reference.fold(m.group(1))) \
                and not re.fullmatch(r"(?:19|20)\d\d\s?[-/–]\s?(?:19|20)?\d\d", m.group(1)) \
                and not _MONTH_YEAR.fullmatch(m.group(1)):  # (a year span: "2023-24 - …"; a month: "May 2025 - …")
            ref, s = m.group(1), m.group(2)
    s = _without_lead_segments(s)
    s = _without_trailing_force(s)
    s = _FILE_EXTENSION.sub("", s)   # a heading printed as the attachment's name: "Knife arch deployments.pdf"
    s = _ACT_SUFFIX.sub("", s)
    m = _DATE_SUFFIX.search(s)
    if m and not _ENDS_WITH_DATE.search(s[:m.start()]):  # (not a span's end: "…, 1 April 2023 - 31 March 2024")
        s = s[:m.start()]
    s, ref2 = reference.split_title(s)
    s = s.strip(" -–:|")
    if s[:1].islower() and re.search(r"\S\s*[-–—:]\s+" + re.escape(s) + r"\W*$", fold(line)) \
            and re.match(r"[A-Z]", fold(line)):
        s = s[0].upper() + s[1:]  # "Request for information - complaint about …": a subject after a dash
        # starts a title ("… regarding police horses" keeps its case)
    return (s or None), (ref2 or (reference.fold(ref) if ref else None))


_FILE_EXTENSION = re.compile(r"(?<=\w)\.(?:pdf|docx?|xlsx?|odt|ods|csv|rtf)$", re.I)
_LEADING_REF = re.compile(r"^(" + reference.REF + r")\s+[-–—:|]\s+(\S.*)$", re.I)
# "FOI-2024-0719 Mental health street triage": a reference in letters and numbers run together,
# then the subject with no separator (a bare number, "2024 Knife crime", is no such reference).
_LEADING_REF_BARE = re.compile(r"^((?:(?-i:[A-Z]{2,5})[/\-])*(?-i:FOI|FOIA|RFI|PUB|IR|FOISA)[/\-]?\d{2,6}[/\-]\d{2,6}(?:[/\-]\d{1,6})?)"
                               r"\s+(?=(?-i:[A-Z][a-z]))(\S.*)$")
# "Fatal road traffic collisions - Request under the Freedom of Information Act 2000": the form's
# words after the subject.
_ACT_SUFFIX = re.compile(r"\s+[-–—|:]\s+(?:(?:foi|information)\s+)?(?:request|response|application)\s+"
                         r"(?:under|made\s+under)\s+the\s+freedom\s+of\s+information(?:\s+\(scotland\))?"
                         r"(?:\s+act)?(?:\s+\d{4})?\s*$", re.I)
# "Knife arches - request dated 2 May 2025", "Sexual offences on the Elizabeth line – 14 May 2025":
# the date the log filed it under, after a dash, is no part of the subject.
_DATE_SUFFIX = re.compile(r"\s+[-–—|]\s+(?:(?:request|response|foi|reply)\s+)?(?:(?:dated|received|published|sent|of)\s+)?"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*$")
_ENDS_WITH_DATE = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*$")
# (or the month alone: a page copy's breadcrumb "Disclosure log" / "2024" / "April")
_MONTH_YEAR = re.compile(r"(?:january|february|march|april|june|july|august|september|october|november|december"
                         r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})", re.I)


def ref_led(s: str) -> bool:
    """A heading that opens with the reference run straight into the subject
    ("FOI-2024-0719 Mental health street triage")."""
    m = _LEADING_REF_BARE.match(fold(s))
    # (a running header's "FOI-2024-0412 Response Letter": the form's words, no subject)
    return bool(m) and reference._plausible(reference.fold(m.group(1))) \
        and not all(w.lower() in GENERIC_WORDS or w.lower() in ("letter", "page") for w in re.findall(r"[A-Za-z]+", m.group(2)))


def _columned_furniture(line: str) -> bool:
    """A letterhead line set in columns, each part furniture ("DURHAM CONSTABULARY      OFFICIAL")."""
    parts = [p for p in re.split(r"\s{3,}|\t+", line.strip()) if p]
    return len(parts) >= 2 and all(not_a_title(p) for p in parts)


_TRAILING_PART = re.compile(r"^(.*\S)\s*(?:[-–—|]\s+|\()([^()\-–—|]{4,60}?)\)?\s*$")


def _without_trailing_force(s: str) -> str:
    """A document host's title line ends with the reference and the force's name: "Police vehicle
    collisions - FOI 004871/25 (Leicestershire Police)", "Hate crime - FOI 001952/25 - Nottinghamshire Police"."""
    m = _TRAILING_PART.match(s)
    # only after the reference ("… - FOI 004871/25 (Force)"): "Horse patrols - Kent Police" stays whole
    if m and names_a_force(m.group(2)) and re.search(r"\d[/\-.]\d+\s*[-–—|]?$", m.group(1)):
        return m.group(1).rstrip(" -–—|")
    return s


# A heading built of segments ("FREEDOM OF INFORMATION ACT 2000: ANYSHIRE POLICE: DOG KENNELS"): the
# separators between them.
_SEGMENT_SEP = re.compile(r"\s*:\s+|\s+[-–—|]\s+")


def _without_lead_segments(s: str) -> str:
    """The subject of a segmented heading: leading segments that are the force's name or only the
    Act's and the form's words are taken off (an "Internal review:" lead is part of the title) ("ANYSHIRE POLICE: DOG KENNELS" gives "DOG KENNELS"); a heading whose
    every segment is such a line stays as it is (not_a_title rejects it whole)."""
    while True:
        m = _SEGMENT_SEP.search(s)
        if not m or not m.start() or m.end() >= len(s):
            return s
        head = s[:m.start()]
        if not (names_a_force(head) or generic_heading(head)  # a registered force ("Special Constabulary" is none)
                # the log's month: "FOI 611-2025 - May 2025 - Livestock worrying" (not a range's start:
                # "April 2023 - March 2024 hate crime figures")
                or (_MONTH_YEAR.fullmatch(head) and not _MONTH_YEAR.match(s[m.end():]))):
            return s
        s = s[m.end():]


def accept(line: str | None, *, lowercase_ok: bool = False, long_ok: bool = False) -> tuple[str | None, str | None]:
    if line and fold(line).endswith(":") and not SUBJECT_PREFIXES.match(fold(line)):
        return None, None  # a lead-in ("... which reads:", "You asked:"), never a subject
    title, ref = clean(line)
    if not title or not title_shaped(title, lowercase_ok=lowercase_ok, long_ok=long_ok) or not_a_title(title) \
            or menu_row(line) \
            or _columned_furniture(line):
        return None, None
    return title, ref

