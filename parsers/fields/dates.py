"""Published / sent date as ISO: labelled dates, a letter's date line, dates in the URL."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
# Welsh month names, for a bilingual letter's "Dyddiad / Date: 2 Chwefror 2026 / 2 February 2026"
MONTHS.update({m: i for i, m in enumerate(
    ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi",
     "hydref", "tachwedd", "rhagfyr"], 1)})

_WORDY = r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,10})\.?,?\s+(\d{4})"  # (10: "Gorffennaf")
_US_WORDY = r"([A-Za-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
_NUMERIC = r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b"
_ISO = r"(\d{4})-(\d{2})-(\d{2})"
ANY_DATE = re.compile(f"(?:{_ISO}|{_WORDY}|{_NUMERIC}|{_US_WORDY})")
# Where a field starts: a line's start, or a later column of a letterhead laid out in columns
# ("Information Rights Unit        Date: 11/04/2024") or of a footer row ("OFFICIAL | Response date: …",
# also with non-breaking spaces: "Request received: 14/10/2024&nbsp;|&nbsp;Response sent: 11/11/2024"),
# or the English half of a bilingual label ("Dyddiad ymateb / Date of response: 14/03/2024").
# (or a salutation the PDF's text joined to the field printed beside it: "Dear Requester, Date: 9 February 2024")
_FIELD_START = r"^(?:[^\n]*?\S(?:[ \t\xa0]{3,}|[ \t\xa0]\|[ \t\xa0]|[ \t]/[ \t])|(?i:dear)[ \t]+[^,\n]{1,40},[ \t]+(?=(?i:date)\b))?[ \t\xa0|•*]*"
# Labels that name the response or publication date, most specific first in each alternative:
# "Date published: 22 August 2024", "| Published | 14 Nov 2024 |", "Response sent: 17/04/2024",
# "Date Responded 02 May 2024", "Posted on 19th August 2024", "Date of disclosure: 1 May 2024",
# an internal review page's "Internal review completed: 14 May 2024", Dorset's log entries' "Version
# Date: 11/03/2025" (the date the entry was published); a review letter's "Review decision issued |
# 29 August 2024".
_PUBLISHED_LABELS = re.compile(
    # (an internal review's own: "Date of review response: 14 February 2025", "Review response sent: …")
    _FIELD_START + r"(?:date\s+(?:of\s+(?:the\s+)?(?:internal\s+)?review\s+(?:response|decision|outcome)|responded|of\s+response|of\s+reply|sent|published|of\s+publication|of\s+disclosure"
    r"|issued|of\s+(?:this\s+)?letter|disclosed)"
    r"|response\s+(?:date|sent|issued)|(?:published|disclosed|posted|responded|issued)"
    r"(?:\s+on|\s+date)?|disclosure\s+date|publication\s+date|reply\s+date|letter\s+date|version\s+date"
    r"|(?:internal\s+)?review\s+(?:(?:response|decision|outcome)\s+)?(?:completed|concluded|sent|issued)(?:\s+on)?)\s*[:\-–|]?\s*(.{6,40})",
    re.I | re.M,
)
# Labels that date the response only in the document's head, above its body, and only when no
# "Date:" field does: a log entry's "Decision date: 06/02/2026", a review letter's "Date of this
# review: 21 January 2025" (in an answer they date a hearing's decision, a court's, a policy's review).
_HEAD_ONLY_LABELS = re.compile(_FIELD_START + r"(?:decision\s+date|date\s+of\s+decision"
                               r"|date\s+of\s+(?:this|the)\s+(?:internal\s+)?review(?!\s+request))\s*[:\-–|]?\s*(.{6,40})",
                               re.I | re.M)
# A letter's first words after its head: its salutation, thanks or first account of the request
# (also analyse._BODY_START's).
LETTER_OPENING = (r"dear\b|thank\s+you\b|i\s+refer\b|further\s+to\b|you\s+asked\b|your\s+request\b"
                  r"|in\s+your\s+(?:e-?mail|letter|request)\b")
# Where a document's body starts: the letter's opening, or a page's request or response heading.
_BODY_LINE = re.compile(rf"^\W*(?:{LETTER_OPENING}|request(?:\s+\d+)?\s*:?\s*$"
                        r"|(?:our\s+)?response\s*:?\s*$|information\s+requested\b|(?:the\s+)?request\s+and\s+response\b)", re.I)


def _above_body(head: str) -> str:
    """The document's head: its lines above the first line of its body (at most 30)."""
    out = []
    for ln in head.splitlines()[:30]:
        if _BODY_LINE.match(ln.strip()):
            break
        out.append(ln)
    return "\n".join(out)


# A bare "Date:" field (a letter's date; West Yorkshire's "FOI date 18/02/2025"); "Date range", "Date of request", "Date received" are not it.
# (nor a sentence wrapped before "date of 31 March 2024, gives …": a snapshot's date in the prose)
_DATE_FIELD = re.compile(_FIELD_START + r"(?:foia?\s+)?date(?!\s*(?:range|of\s+(?:(?:the|your|original|initial|first)\s+)*(?:request|birth|incident)|received|requested))"
                         r"(?!\s+of\s+\d)"
                         r"\s*[:\-–|]?\s*(.{6,40})",
                         re.I | re.M)
# Dates that must never count: when the request was made or received, a period asked about.
_NOT_PUBLISHED = re.compile(r"\b(?:received|receipt|request(?:ed)?|range|period|from|between|birth|incident)\b", re.I)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
# A date on the reference's line: after a date label, or bare after a field separator (two or more
# spaces, a non-breaking space, a bar, a dash or a comma). Examples written for this project:
#   "Our Ref: IM-FOI-2021-0942   Date: 31st May 2021"   "Reference: 0042/24 Date of response: 3/5/2024"
#   "Ref 0042/24 | 3 May 2024"   "Our reference 0042/24 - 3 May 2024"   "FOI ref: 0042/24, sent 3 May 2024"
_AFTER_REF = re.compile(
    r"\bref(?:erence)?\b[^\n]{0,60}?"
    r"(?:\b(?:date(?:d|\s+(?:of\s+)?(?:response|reply|letter|publication|disclosure))?|sent|issued|responded|published)"
    r"\b\s*[:\-–|]?\s*"
    r"|[ \t]*\|[ \t]*|[ \t\xa0]*\xa0[ \t\xa0]*|[ \t]{2,}|[ \t]+[-–—][ \t]+|,[ \t]+)"
    r"(?=\d|(?:mon|tue|wed|thu|fri|sat|sun)|[A-Za-z]{3,9}\s+\d)(.{6,30})", re.I)
_LABELS = _PUBLISHED_LABELS  # the name other modules used
# A page footer row whose columns the text copy ran together: "DC/FOI 1204/22 Issued: 14/10/2022 Page 1 of 1".
# (the row opens on the letter's reference: a template's "Template v3.2 Issued: 01/06/2021 Page 1 of 1"
# dates the form, not the letter; read only when nothing else dates it)
_FOOTER_DATE = re.compile(r"^[ \t]*(?:[A-Za-z]{1,6}/)?(?:FOIA?|IR|RFI)?[ \t]?[A-Z]{0,3}[ \t/-]?\d{2,6}[/\-]\d{2,4}[ \t]+"
                          r"(?:issued|published|sent|date\s+(?:issued|of\s+response|sent))\s*:\s*"
                          r"(\S[^\n]{4,28}?)\s+page\s+\d+\s+of\s+\d+\s*$", re.I | re.M)
# A letter's "Request number: 20-0287" field line with the letter's date right-aligned at its end
# (the field's own word "request" names no received date).
_NUMBER_FIELD_THEN_DATE = re.compile(r"^[ \t]*(?:request|case|foi)\s+(?:number|no\.?)[ \t]*:[ \t]*\S+[ \t]{2,}"
                                     r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})[ \t]*$", re.M | re.I)
# A letter's two-column head flattened to one space: the addressee's name, then the date field of
# the other column ("Mr D Achebe Date: 18 April 2024").
_ADDRESSEE_DATE = re.compile(r"^[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
                            r"[ \t]+Date[ \t]*:[ \t]*(\S.{5,39})$", re.M)


def _beside_addressee(head: str) -> str | None:
    m = _ADDRESSEE_DATE.search("\n".join(head.splitlines()[:15]))
    return parse_date(m.group(1)) if m else None


# A review letter's line dating both decisions, the review's being the reply's date: "Original
# decision = 7th February 2024 and the Internal Review (IR) Decision = 19th March 2024".
_REVIEW_DECISION = re.compile(r"\b(?:internal\s+)?review(?:\s+\([A-Z]{2,4}\))?\s+decision\s*[=:]\s*"
                              r"(" + _WEEKDAY + r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})", re.I)
# A sentence stating when this response went out, often at the foot of a page: the response or
# letter as its subject, a sending verb, then the date. Examples written for this project:
#   "This response was sent on 03/06/2024."     "Our reply was issued on 3 June 2024."
#   "This letter has been sent on 3rd June 2024"  "This response was published on 3 June 2024."
_SENT_SENTENCE = re.compile(
    r"\b(?:this|our)\s+(?:response|reply|letter|answer|disclosure)\s+(?:was|is|has\s+been)\s+"
    r"(?:sent|issued|published|provided|dated|made)\s+(?:to\s+you\s+)?(?:on\s+)?(.{6,30})", re.I)


def parse_date(text: str) -> str | None:
    m = ANY_DATE.search(text)
    if not m:
        return None
    g = m.groups()
    try:
        if g[0]:
            d = date(int(g[0]), int(g[1]), int(g[2]))
        elif g[3]:
            month = MONTHS.get(g[4].lower()[:4].rstrip("t") if g[4].lower().startswith("sept") else g[4].lower()) \
                or MONTHS.get(g[4].lower()[:3])
            if not month:
                return None
            d = date(int(g[5]), month, int(g[3]))
        elif g[6]:
            year = int(g[8])
            year += 2000 if year < 100 else 0
            d = date(year, int(g[7]), int(g[6]))
        else:
            month = MONTHS.get(g[9].lower()[:3]) if g[9].lower()[:3] in MONTHS else None
            if not month:
                return None
            d = date(int(g[11]), month, int(g[10]))
    except ValueError:
        return None
    return d.isoformat() if 1990 <= d.year <= 2100 else None


_COLUMN_GAP = re.compile(r"[ \t\xa0]{3,}|[ \t\xa0]\|[ \t\xa0]|[ \t]/[ \t]")


def _labelled(pattern: re.Pattern, head: str) -> str | None:
    for m in pattern.finditer(head):
        # the label itself, not an earlier column of the line ("Request received: … | Response sent: …")
        label = _COLUMN_GAP.split(m.group(0)[: m.start(1) - m.start(0)])[-1]
        if _NOT_PUBLISHED.search(label):
            continue
        when = ANY_DATE.search(m.group(1))
        if when and _NOT_PUBLISHED.search(m.group(1)[:when.start()]):
            continue  # the label runs on to name another date: "Date request received: …", "Date of
            # receipt: …" (parsers/fields/received.py reads those), "Date review requested: …"
        # (the label may run on to its colon: "Dated: …", "Date Added: Tuesday, October 15, 2024")
        # (or its Welsh half after a slash: "Date of response / Dyddiad yr ymateb: 21/03/2024")
        if when and not re.fullmatch(r"(?:\s*[a-z]{1,10}(?:\s+[a-z]{1,10})?\s*[:\-–|]|\s*/\s*[a-z]{1,12}(?:\s+[a-z]{1,12}){0,3}\s*:)?"
                                     r"[\s:\-–|,.]*(?:on\s+|of\s+)?" + _WEEKDAY,
                                     m.group(1)[:when.start()], re.I):
            continue  # a sentence, not a field: "… should have responded promptly and by 5 August 2024"
        iso = parse_date(m.group(1))
        if iso:
            return iso
    return None


def from_fields(fields: list[tuple[str, str]] | None) -> str | None:
    """A key/value row naming the response or publication date ("Published | 14 Nov 2024")."""
    return from_text("\n".join(f"{' '.join(k.split())}: {' '.join(v.split())}" for k, v in fields or []),
                     letter_lines=False)


# The order of sources (docs/parsing.md): the first that gives a date wins.
ORDER = ("response/publication label", "a bare Date: field", "Date: after the reference on one line",
         "a sentence stating when the response was sent ('This response was sent on 3 June 2024')",
         "a date line: the letter's date alone, or PSNI's 'Monday, 14 October 2024 | Crime'")


def from_text(text: str, *, letter_lines: bool = True) -> str | None:
    """A labelled date ('Date published: 22 August 2024', 'Date: 16/02/26'), else a letter's date line.
    Received and request dates never count, nor "On 3 March 2024 you asked" inside a sentence."""
    head = text[:6000]
    review = _REVIEW_DECISION.search(head)
    iso = _labelled(_PUBLISHED_LABELS, head) or (parse_date(review.group(1)) if review else None) \
        or _labelled(_DATE_FIELD, head) or _beside_addressee(head) or _labelled(_HEAD_ONLY_LABELS, _above_body(head))
    if iso and letter_lines and not _labelled(_PUBLISHED_LABELS, head):
        # a thread whose messages open "From: …" / "Date: …": the first "Date:" is the request's
        answered = _from_date_thread(text)
        if answered:
            return answered
    if iso:
        later = _thread_reply(text) if letter_lines else None
        # a thread copy: the first reply's "Date: 06/01/2025" field is not the last word when the
        # requester asked for a review and the force answered again further down
        return max(iso, later) if later else iso
    if letter_lines and (sent := _top_mail_header(text)):
        return sent
    if letter_lines and (answered := _wdtk_response(text)):
        return answered
    if m := _NUMBER_FIELD_THEN_DATE.search(head):
        return parse_date(m.group(1))
    for m in _AFTER_REF.finditer(head):
        between = m.group(0)[: m.start(1) - m.start(0)]
        s = re.sub(r"^" + _WEEKDAY, "", m.group(1), flags=re.I)
        if not _NOT_PUBLISHED.search(between) and ANY_DATE.match(s) and parse_date(s):
            return parse_date(s)
    if not letter_lines:
        return None
    for m in _SENT_SENTENCE.finditer(text[:50000]):
        if ANY_DATE.match(m.group(1)) and parse_date(m.group(1)):
            return parse_date(m.group(1))
    # A letter flattened into one paragraph (a document host's transcript): its date runs straight
    # into the salutation or the heading on the same line ("… LE19 2BX Date 3 March 2025 Dear Mr …").
    for m in _RUNS_INTO_LETTER.finditer(head):
        if not _NOT_PUBLISHED.search(head[max(0, m.start() - 30):m.start()]):
            iso = parse_date(m.group(1))
            if iso:
                return iso
    # A PSNI-style "Monday, 14 October 2024 | Crime" line, or a date standing alone near the top.
    # In a thread copy each message opens with its sender and date; a message whose letter is
    # addressed to the force ("Dear Anyshire Police,") is the requester's: its date is the request's,
    # and the force's reply further down is looked for instead.
    lines = head.splitlines()
    window = 25
    for i, line in enumerate(lines):
        if i >= window:
            break
        iso = _date_line(line)
        if iso and _value_of_other_field(lines, i):
            continue  # "Date of request:" / "3 February 2025": that field's value, on its own line
        if iso and (_opens_requester_letter(lines, i) or _opens_acknowledgement(lines, i)):
            window = min(len(lines), i + 60)
            continue
        if iso:
            return _later_reply(text.splitlines(), lines[i], iso)
    return _letter_date_after_ref(text.splitlines()) or _date_under_sign_off(text.splitlines()) \
        or _footer_date(text)


def _footer_date(text: str) -> str | None:
    m = _FOOTER_DATE.search(text[:50000])
    return parse_date(m.group(1)) if m else None


# A WhatDoTheyKnow message heading: "Response by Norfolk Constabulary to D. Hartley on 18 March 2022."
_WDTK_RESPONSE = re.compile(r"^\s*(?:response|reply|follow\s+up)\s+by\s+\S.{0,80}?\s+to\s+\S.{0,60}?\s+on\s+"
                            r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4})\.?\s*$", re.I | re.M)
_SIGN_OFF = re.compile(r"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards)\s*,?\s*$", re.I)


def _wdtk_response(text: str) -> str | None:
    """The latest "Response by <force> to <requester> on <date>." heading of a WhatDoTheyKnow copy
    whose message decides something (never a "Follow up by" message, the requester's, nor an
    acknowledgement: "Your request for an internal review has been received …")."""
    lines = text[:200000].splitlines()
    found = []
    for i, ln in enumerate(lines):
        m = _WDTK_RESPONSE.match(ln)
        if m and not ln.strip().lower().startswith("follow") and not _opens_acknowledgement(lines, i):
            found.append(parse_date(m.group(1)))
    found = [d for d in found if d]
    return max(found) if found else None


def _date_under_sign_off(lines: list[str]) -> str | None:
    """A letter dated at its foot: a date alone on a line within its signature block, the few
    short lines under its sign-off ("Yours sincerely," / "Information Access Team" / "Bedfordshire
    Police" / "14 May 2025"); never past a quoted message, an annex or a sentence."""
    for k, ln in enumerate(lines):
        if _SIGN_OFF.match(ln):
            for nxt in lines[k + 1:k + 9]:
                if _BLOCK_ENDS.match(nxt) or len(nxt.split()) > 8:
                    break
                iso = _date_line(nxt)
                if iso:
                    return iso
    return None


# What ends a signature block: a quoted message's divider or header, an annex, a sentence's line.
_BLOCK_ENDS = re.compile(r"^\s*(?:-{3,}|_{3,}|>|from\s*:|sent\s*:|on\s.+\swrote:|original\s+message|annex|appendix|attachment"
                         r"|schedule|enclosure|show\s+quoted)", re.I)


_FROM_LINE = re.compile(r"^\s*from\s*:\s*(\S.*)$", re.I)  # (matched on stripped lines)
# A thread sender that is the force: its name or its FOI team's.
_FORCE_TEAM = re.compile(r"\b(?:police|constabulary|foi|freedom\s+of\s+information|information\s+(?:rights|compliance|management|access)"
                         r"|disclosure|data\s+protection)\b", re.I)
_DATE_HEADER = re.compile(r"^\s*(?:date|sent)\s*:\s*(\S.*?)\s*$", re.I)


def _from_date_thread(text: str) -> str | None:
    """A thread copied with each message under "From: <sender>" / "Date: <date>": the date of the
    force's last message that decides something (not an acknowledgement or extension notice, nor
    the requester's own letters: a message addressed "Dear Anyshire Police," or sent by the first
    message's sender when that one was the requester's). None unless it has two or more messages."""
    lines = text[:200000].splitlines()
    heads = []  # (date line index, sender, iso)
    for k, ln in enumerate(lines[:-1]):
        m = _FROM_LINE.match(ln.strip())
        if not m:
            continue
        d = _DATE_HEADER.match(lines[k + 1])
        iso = parse_date(d.group(1)) if d else None
        if iso:
            heads.append((k + 1, m.group(1).lower(), iso))
    if len(heads) < 2:
        return None
    first_date = next((k for k, ln in enumerate(lines) if _DATE_HEADER.match(ln)), None)
    if first_date != heads[0][0]:
        return None  # a letter's own "Date:" above a quoted thread: the letter's date stands
    found = None
    for i, sender, iso in heads:
        if not _FORCE_TEAM.search(sender) or _opens_requester_letter(lines, i):
            continue  # the requester's message
        if _opens_acknowledgement(lines, i) or _EXTENSION.search(" ".join(lines[i + 1:i + 25])):
            continue
        # the latest: a copy oldest first ends with it, a reply on top of forwarded or quoted
        # messages opens with it
        found = max(found, iso) if found else iso
    return found


_MAIL_HEADER = re.compile(r"^\s*(from|sent|date|to|cc|subject|importance|attachments?)\s*:\s*(.*)$", re.I)


def _top_mail_header(text: str) -> str | None:
    """An e-mail printed or exported with its header on top ("From: Freedom of Information Unit"
    / "Sent: 06/03/2025 16:40" / "To: …" / "Subject: …"): the sending date, when the sender is
    the force and the header is the document's first block."""
    fields: dict[str, str] = {}
    for ln in text[:3000].splitlines()[:40]:
        m = _MAIL_HEADER.match(ln)
        if m:
            fields.setdefault(m.group(1).lower(), m.group(2))
        elif fields and not ln.strip():
            break   # the header block's end
        elif fields:
            continue   # a wrapped value
        elif ln.strip() and len(ln.split()) > 6:
            return None   # prose before any header: a letter, not a printed e-mail
    sender, sent = fields.get("from", ""), fields.get("sent") or fields.get("date")
    if not sent or not _FORCE_TEAM.search(sender):
        return None
    return parse_date(sent)


# An extension notice: the force needs more time (s10(3) public interest, FOISA s10) before it decides.
_EXTENSION = re.compile(r"\b(?:need|require)s?\s+(?:further|more|additional)\s+time\b|\bsection\s+10\s*\(3\)"
                        r"|\bextend(?:ed|ing)?\s+the\s+(?:deadline|time)", re.I)


def _value_of_other_field(lines: list[str], i: int) -> bool:
    """Line i is the value of a label on the line above that names another date ("Date of request:",
    "Received:")."""
    above = next((ln.strip() for ln in reversed(lines[max(0, i - 2):i]) if ln.strip()), "")
    return above.endswith(":") and len(above) <= 40 and bool(_NOT_PUBLISHED.search(above))


def _thread_reply(text: str) -> str | None:
    """In a thread copy that opens with the requester's letter, the date of the force's last
    reply to a later message of the requester's (a request for review); else None."""
    lines = text[:6000].splitlines()
    first = next((i for i, ln in enumerate(lines[:25]) if _date_line(ln)), None)
    if first is None or not _opens_requester_letter(lines, first):
        return None
    later = _later_reply(text.splitlines(), lines[first], _date_line(lines[first]))
    return later if later != _date_line(lines[first]) else None


def _letter_date_after_ref(lines: list[str]) -> str | None:
    """A letter deep in a thread copy: its date alone on a line, with its "Our ref:" line (or its
    message's sender, the force) just above and its salutation to the requester just below (Thames Valley: "Our ref: HQ/PA/001874/25" / "14th February 2025"
    / "Dear …"). The last such letter is the force's final word."""
    from parsers.fields.force_words import REQUESTER_SALUTATION

    found = None
    for i, line in enumerate(lines[:4000]):
        iso = _date_line(line) if line.strip() else None
        if not iso:
            continue
        near = [ln.strip() for ln in lines[max(0, i - 6):i] if ln.strip()]
        above = near[-2:]
        below = next((ln.strip() for ln in lines[i + 1:i + 4] if ln.strip()), "")
        # (or the salutation just above it, the date under the reference: "Dear Ms Venkatesan" / "FOI
        # reference FOI 2084417/24" / "22 October 2024" / "Thank you for your request …")
        saluted = any(SALUTATION_LINE.match(a) and not REQUESTER_SALUTATION.match(a) for a in near[-3:]) \
            and any(re.match(r"(?:our|your|foi)\s+ref", a, re.I) for a in above)
        if not (SALUTATION_LINE.match(below) or _ATTACHMENTS_LINE.match(below) or saluted) \
                or REQUESTER_SALUTATION.match(below):
            continue
        # under its reference line, or under a thread message's sender ("Brennan, Colm, British
        # Transport Police" / "12 June 2024" / "Dear Ms Okafor,"), and no mere acknowledgement
        sender = _SENDER_COLUMN.match(line.strip())  # "Norfolk Constabulary        1 September 2025"
        if (any(re.match(r"(?:our|your)\s+ref", a, re.I) for a in above) or saluted
                or (above and _FORCE_SENDER.search(above[-1]))
                # under the force's letterhead: its name and an address ending in a postcode
                or (any(_FORCE_SENDER.search(a) for a in near[-4:]) and any(_POSTCODE.search(a) for a in near[-4:]))
                or (sender and _FORCE_SENDER.search(sender.group(0).strip()))) and not _opens_acknowledgement(lines, i):
            found = iso
    return found


# A thread message's sender line naming the force: "FOI Mailbox, British Transport Police".
_FORCE_SENDER = re.compile(r"\b(?:police|constabulary|constabularies)(?:\s+service)?(?:\s*\([A-Z]{2,6}\))?\s*$", re.I)
# A UK postcode closing an address line: "… Martlesham Heath, Ipswich IP5 3QS".
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\s*$")
# WhatDoTheyKnow's line over a message's files: "1 Attachment", "3 Attachments".
_ATTACHMENTS_LINE = re.compile(r"^\d{1,2}\s+attachments?\s*$", re.I)


SALUTATION_LINE = re.compile(r"^dear\s+\S", re.I)


# The sender a force's team names itself by, its words notwithstanding ("FOI Internal Reviews,
# Suffolk Constabulary          14 August 2024"): it ends on the force's own name.
# (never a field naming another date: "Request received by Essex Police      1 October 2025")
_FORCE_COLUMN = re.compile(r"^(?![^\n]*?\b(?:received|receipt|requests?|requested|due|deadline|acknowledg\w*|logged)\b)"
                           r"[A-Z][^\n]{0,80}?\b(?:police|constabulary)(?:\s+service)?[ \t\xa0]{3,}(?=\S[^\n]{4,24}$)", re.I)


def _date_line(line: str) -> str | None:
    s = re.sub(r"^" + _WEEKDAY, "", _FORCE_COLUMN.sub("", _SENDER_COLUMN.sub("", line.strip())), flags=re.I)
    m = ANY_DATE.match(s)
    if m and (m.end() == len(s) or s[m.end():].lstrip().startswith("|")):
        return parse_date(s)
    return None


def _later_reply(lines: list[str], first: str, iso: str) -> str:
    """In a thread, the force's reply to a later message of the requester's (a follow-up, a
    request for review) is the last word on the request: its date, not the first reply's."""
    start = next((k for k, ln in enumerate(lines) if ln == first), None)
    if start is None:
        return iso
    asked_again = False
    for k in range(start + 1, min(len(lines), start + 2000)):
        date = _date_line(lines[k])
        if not date:
            continue
        if _opens_requester_letter(lines, k):
            asked_again = True
        elif asked_again and not _opens_acknowledgement(lines, k) and date >= iso:
            iso, asked_again = date, False
    return iso


_RUNS_INTO_LETTER = re.compile(
    r"(?<![\w/])(\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8},?[ \t]+\d{4}|\d{1,2}/\d{1,2}/\d{4})[ \t]+"
    r"(?=Dear[ \t]|Request[ \t]+under\b|Re[ \t]*:|Freedom[ \t]+of[ \t]+Information[ \t]+(?:Act|Request)\b)")
# A thread message's header line: its sender, a column gap, then the date ("British Transport
# Police            18 June 2025", "Freedom of Information, North Wales Police     19 May 2026");
# the date is read as a date line of its own.
# A label in that place ("Receipt date      07.05.2024") is a field, read by the labels above or not at all.
_SENDER_COLUMN = re.compile(r"^(?![^\n]*?\b(?:dates?|received|receipt|requests?|due|deadline|acknowledg\w*|logged|reply"
                            r"|response|sent|published|ref\w*|review\w*|issued|closed|opened|updated)\b)"
                            r"[A-Z][\w.'&,-]*(?:\s[\w.'&(),-]+){0,7}?[ \t\xa0]{3,}(?=\S[^\n]{4,24}$)", re.I)


# A force's message that only acknowledges the request: its date is not the response's.
ACKNOWLEDGEMENT = re.compile(
    r"\backnowledge\w*\s+(?:receipt|your)|\brequest\s+has\s+been\s+(?:logged|received|registered)"
    # "It has been logged under reference FOI 2026/00142 and you should receive a response by 30 January 2026."
    r"|\b(?:request|e-?mail|application|enquiry|it)\s+(?:has\s+been|was|is\s+being)\s+logged\b|\blogged\s+(?:under|with)\s+(?:the\s+)?reference\b|\byou\s+(?:will|should)\s+receive\s+a\s+(?:response|reply)\s+(?:within|by)|\bwill\s+be\s+(?:answered|responded\s+to|dealt\s+with)\s+within"
    r"|\bautomat(?:ic|ed)\s+(?:acknowledg|reply|response|e-?mail|message)"
    r"|\b(?:aim|expect|endeavour|intend)\s+to\s+(?:respond|reply|answer)\b[^.]{0,40}?\b(?:within|by)\b"
    # "A response will be provided to you by 30 September 2024.", an extension for the public
    # interest test ("we need more time to consider the balance of the public interest")
    r"|\b(?:a\s+|our\s+)?(?:response|reply)\s+will\s+be\s+(?:provided|sent|given|issued)\s+(?:to\s+you\s+)?(?:by|within|no\s+later)\b"
    r"|\bneed\s+(?:more|further|additional)\s+time\s+to\s+consider\b"
    # a holding reply: "we have not been able to complete our response … We expect to reply by 14 July"
    r"|\bnot\s+(?:been\s+)?able\s+to\s+(?:complete|provide|send|finish)\s+(?:our|a|the|your)\s+response"
    r"|\bexpect\s+to\s+(?:reply|respond)\s+by\b"
    # "We will respond within 20 working days", "… your enquiry which has been logged under …",
    # "Please accept this reply as acknowledgement", an extension notice ("FOI request extension letter")
    r"|\b(?:we|i)\s+will\s+(?:respond|reply|answer)\b[^.]{0,40}?\b(?:within|by)\b"
    # (the requester's own: "your request has been received", not a note's "… counted in the year the
    # application was received")
    r"|\b(?:your|this|my)\s+(?:\w+\s+){0,2}?(?:request|enquiry|e-?mail|application)\s+(?:which\s+|that\s+)?(?:has\s+been|was|is)\s+(?:logged|received|registered)\b"
    r"|\bas\s+(?:an\s+)?acknowledge?ment\b"
    # "… and aim to send you a reply within 20 working days", "Your email has reached the Freedom of
    # Information Unit."
    r"|\b(?:aim|expect|endeavour|intend)\s+to\s+(?:send|provide|give)\s+(?:you\s+)?(?:a|our|the)\s+(?:full\s+)?(?:reply|response)\b"
    r"[^.]{0,40}?\b(?:within|by)\b"
    r"|\b(?:has|have)\s+reached\s+the\s+(?:freedom\s+of\s+information|foi|information\s+(?:rights|management|compliance))\b"
    # "Your email to West Mercia Police has reached the Contact Team. This reply is sent automatically."
    r"|\byour\s+(?:e-?mail|message|request|enquiry|correspondence)\b[^.]{0,40}?\b(?:has|have)\s+reached\b"
    r"|\b(?:reply|response|message|e-?mail)\s+(?:is|was|has\s+been)\s+sent\s+automatically\b"
    r"|\bextension\s+(?:letter|notice)\b|\bextend(?:ed|ing)?\s+the\s+(?:time|deadline|response\s+time)\b",
    re.I)
_ACK_MAX_WORDS = 150  # an acknowledgement is a few lines (with the Act's deadlines); a reply that answers runs on
_RESTATED = re.compile(r"\b(?:you\s+(?:asked|requested)|seek\s+access\s+to|the\s+following\s+information)\b", re.I)
_RIGHTS_NEAR = re.compile(r"\binternal\s+review\b|\bcomplain|\bcommissioner\b", re.I)
_NO_DECISION_YET = re.compile(r"\bnot\s+yet\s+(?:reached|made|taken|come\s+to)\s+(?:a|its|our|the)\s+decision", re.I)
_ACK_TAIL_WORDS = 60  # words after an acknowledgement's promise: its sign-off and contact lines


def _opens_acknowledgement(lines: list[str], i: int) -> bool:
    """The message below a date line (up to the thread's next "From:") only acknowledges: it says
    so and is short ("Dear Mr Smith / Thank you for your email … will be answered within 20
    working days")."""
    msg = []
    for ln in lines[i + 1:i + 40]:
        if re.match(r"\s*(?:from\s*:|-{8,})", ln, re.I):
            break  # the next message of the thread
        bare = _SENDER_COLUMN.sub("", ln.strip())  # "Freedom of Information, Anyshire Police    24 May 2025"
        m = ANY_DATE.match(bare)
        if m and m.end() == len(bare):
            if msg and len(msg[-1].split()) <= 8:
                msg.pop()  # its sender's line: "Freedom of Information, Anyshire Police" / "5 February 2025"
            break  # the next message's header
        msg.append(ln.strip())
    body = " ".join(msg)
    cue = ACKNOWLEDGEMENT.search(body)
    # short, or little after its promise (the request restated above it makes it longer: "I note
    # you seek access to the following information: …  We … aim to reply within 20 working days.")
    # (not an extension letter, dated as the force's reply: "we have not yet reached a decision …";
    # nor a reply whose rights paragraph promises a review's answer: the request restated must be
    # all that comes before the promise)
    return bool(cue) and (len(body.split()) <= _ACK_MAX_WORDS
                          or (len(body[cue.end():].split()) <= _ACK_TAIL_WORDS and not _EXTENSION.search(body)
                              and not _NO_DECISION_YET.search(body) and _RESTATED.search(body[:cue.start()])
                              and not _RIGHTS_NEAR.search(body[max(0, cue.start() - 200):cue.end()])))


def _opens_requester_letter(lines: list[str], i: int) -> bool:
    """The next filled line below a date line is a salutation to the force: a requester's message."""
    from parsers.fields.force_words import REQUESTER_SALUTATION

    nxt = next((ln.strip() for ln in lines[i + 1:i + 4] if ln.strip()), "")
    # the ask may run on after the salutation: "Dear Anyshire Constabulary, please could you tell me:"
    head = re.sub(r",\s+(?:please|could|can|would|will|i|we|under|further)\b.*$", ",", nxt, flags=re.I)
    return bool(REQUESTER_SALUTATION.match(nxt) or REQUESTER_SALUTATION.match(head))
