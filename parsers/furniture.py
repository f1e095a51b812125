"""Page furniture in flattened text: skip links, cookie notices, page numbers, repeated headers."""
from __future__ import annotations

import re
from collections import Counter

_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|quickly exit this site|exit this site|back to top|print this page"
    r"|share this page|accept (?:all )?cookies|reject (?:all )?cookies|cookie (?:settings|preferences|policy)"
    r"|we use cookies.*|this site uses cookies.*|this is a new service.*|beta\b.*feedback.*"
    r"|page \d+ of \d+|page \d+|\d{1,3}|-\s?\d{1,3}\s?-|official(?:[ -]+sensitive)?|not protectively marked"
    r"|back to (?:disclosure log|search results)|menu|search|home|close)$",
    re.I,
)


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
    for page in pages:
        for ln in page.splitlines():
            s = ln.strip()
            if s in repeated or _CHROME.match(s):
                continue
            out.append(ln.rstrip().replace("\u00a0", " "))
    return out
