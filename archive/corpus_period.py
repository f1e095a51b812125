"""Year and month of a response for the corpus's facets.

The published date comes from the document when it states one. Several logs (the Met, South
Wales) print no date on the page but file each response under a month in the URL
(`/d/august-2022/`, `/disclosure-log/2025/march/`); that month still lets a journalist filter by
year, so the corpus's `year` and `month` columns fall back to it. `published` stays null.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_ABBR = {m[:3]: i for m, i in MONTHS.items()}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
_MONTH_YEAR = re.compile(rf"(?<![a-z]){_MONTH}[-_ ]?((?:19|20)\d\d)(?!\d)")
_YEAR_MONTH = re.compile(rf"/((?:19|20)\d\d)/{_MONTH}(?:/|$)")


def _month_number(name: str) -> int:
    return MONTHS.get(name) or _ABBR[name[:3]]


def period_of(published: str | None, url: str | None) -> tuple[int | None, str | None]:
    """(year, 'YYYY-MM') from the published date, else from the URL's month folder."""
    if published and published[:4].isdigit():
        return int(published[:4]), published[:7] if len(published) >= 7 else None
    path = urlsplit(url or "").path.lower()
    m = _YEAR_MONTH.search(path)
    if m:
        return int(m.group(1)), f"{m.group(1)}-{_month_number(m.group(2)):02d}"
    m = _MONTH_YEAR.search(path)
    if m:
        return int(m.group(2)), f"{m.group(2)}-{_month_number(m.group(1)):02d}"
    return None, None
