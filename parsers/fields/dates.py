"""Published / sent date as ISO: labelled dates, a letter's date line, dates in the URL."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_WORDY = r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})"
_US_WORDY = r"([A-Za-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
_NUMERIC = r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b"
_ISO = r"(\d{4})-(\d{2})-(\d{2})"
ANY_DATE = re.compile(f"(?:{_ISO}|{_WORDY}|{_NUMERIC}|{_US_WORDY})")
_LABELS = re.compile(
    r"^\s*(?:date\s+(?:responded|of\s+response|of\s+reply|sent|published|of\s+disclosure|issued)"
    r"|response\s+date|published(?:\s+on|\s+date)?|date\s+of\s+publication|disclosure\s+date"
    r"|responded(?:\s+on)?|date)\s*[:\-–|]?\s*(.{6,40})",
    re.I | re.M,
)


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


def from_text(text: str) -> str | None:
    """A labelled date ('Date: 16/02/26', 'Published 28 May 2024'), else a letter's date line."""
    head = text[:6000]
    for m in _LABELS.finditer(head):
        label = m.group(0).lower()
        if "received" in label or "request" in label:
            continue
        iso = parse_date(m.group(1))
        if iso:
            return iso
    # "Our Ref: IM-FOI-2021-0942 Date: 31st May 2021": the label mid-line, after a reference.
    m = re.search(r"\bref(?:erence)?\b[^\n]{0,40}?\bdate\s*:\s*(.{6,30})", head, re.I)
    if m and parse_date(m.group(1)):
        return parse_date(m.group(1))
    # A PSNI-style "12 March 2024 | Categories" line, or a date standing alone near the top.
    for line in head.splitlines()[:25]:
        s = line.strip()
        m = ANY_DATE.match(s)
        if m and (m.end() == len(s) or s[m.end():].lstrip().startswith("|")):
            iso = parse_date(s)
            if iso:
                return iso
    return None
