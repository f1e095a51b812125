"""Helpers for showing scraped text: only http(s) URLs become links; snippets are escaped
before the match markers are turned into <mark>."""
from __future__ import annotations

import json
from html import escape
from urllib.parse import quote, urlsplit

from markupsafe import Markup

START, END = "\x02", "\x03"  # FTS snippet markers: control characters never shown as text


def link_href(url: str | None) -> str | None:
    """The URL when it is a plain http(s) link, else None (a `javascript:` URL stays text)."""
    if not url or not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def highlight(snippet: str | None) -> Markup:
    # Escape first, then mark: a stray marker in scraped text can only yield a <mark> tag.
    text = escape(snippet or "").replace(START, "<mark>").replace(END, "</mark>")
    return Markup(text)


def json_list(value) -> list:
    if isinstance(value, list):
        return value
    try:
        out = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return out if isinstance(out, list) else []


def q(value) -> str:
    """Percent-encode one URL component (exemption labels carry brackets)."""
    return quote(str(value), safe="")
