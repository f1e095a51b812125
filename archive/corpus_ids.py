"""Stable response ids: the same published response gets the same id on every build.

A response is keyed by its force and normalised reference when the reference looks like a real
one (has a digit), else by its canonical URL, so a page reached by two URLs is one response.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that never change what a page shows.
_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|mc_[a-z]+|_ga|ref|source)$", re.I)


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    if not url:
        return url
    parts = urlsplit(url.strip())
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or "/"
    netloc = parts.netloc.lower()
    if netloc.startswith("www."):
        netloc = netloc[4:]
    return urlunsplit((parts.scheme.lower() or "https", netloc, path, query, ""))


def normalise_reference(reference: str | None) -> str | None:
    """Whitespace removed, upper-cased; None unless it carries a digit (a real reference)."""
    if not reference:
        return None
    ref = re.sub(r"\s+", "", reference).upper()
    return ref if re.search(r"\d", ref) else None


def response_key(force: str | None, reference: str | None, url: str | None) -> str:
    ref = normalise_reference(reference)
    if ref and force:
        return f"ref:{force}:{ref}"
    return f"url:{canonical_url(url) or ''}"


def response_id(force: str | None, reference: str | None, url: str | None) -> str:
    """16 hex characters of the SHA-1 of the response key."""
    key = response_key(force, reference, url)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
