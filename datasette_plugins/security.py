"""An ASGI wrapper around the whole site (Datasette's own pages included): security headers,
read-only methods, request size limits, and the configured public host for absolute links.

The Content-Security-Policy allows scripts only from the site itself plus the few inline
scripts Datasette 0.65's own templates carry, pinned by their SHA-256 hashes (read from the
installed templates, so the pins follow the Datasette version). Anything injected through
scraped text could therefore never run, even if some page forgot to escape it.
"""
from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import datasette

READ_METHODS = ("GET", "HEAD", "OPTIONS")
MAX_URL_BYTES = 8 * 1024
MAX_FACETS = 12   # facet parameters per page, once repeats are dropped (each is a GROUP BY)
_FACET_KEYS = (b"_facet", b"_facet_array", b"_facet_date")
# Values Datasette renders into its one templated inline script (table.html).
_TEMPLATE_VALUES = {"{{ datasette_allow_facet }}": ("true", "false")}
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def datasette_inline_script_hashes() -> list[str]:
    """Hashes of every inline <script> in Datasette's templates whose text is fixed (or takes
    one of the known values above)."""
    hashes: set[str] = set()
    for template in sorted((Path(datasette.__file__).parent / "templates").glob("*.html")):
        for body in _INLINE_SCRIPT.findall(template.read_text()):
            variants = [body]
            for placeholder, values in _TEMPLATE_VALUES.items():
                if placeholder in body:
                    variants = [v.replace(placeholder, value) for v in variants
                                for value in values]
            hashes.update(_sha256(v) for v in variants if "{{" not in v and "{%" not in v)
    return sorted(hashes)


CSP = "; ".join([
    "default-src 'none'",
    "script-src 'self' " + " ".join(datasette_inline_script_hashes()),
    # Datasette's templates colour headings with style="" attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
_OURS = {name for name, _ in SECURITY_HEADERS}
BASE_URL_ENV = "FOI_BASE_URL"   # set by `foi-archive serve --base-url` (default http://HOST:PORT)
DEFAULT_BASE_URL = "http://127.0.0.1:8001"


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def public_origin() -> str:
    """scheme://host[:port] of the public site, from configuration: absolute links (Atom
    feeds, Datasette's Link headers) never carry a Host header a client made up."""
    return (os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")


def _with_public_host(scope) -> dict:
    """The request as if addressed to the configured site: Datasette builds its absolute URLs
    from the Host header and scheme."""
    parts = urlsplit(public_origin())
    headers = [(k, v) for k, v in scope.get("headers") or [] if k.lower() != b"host"]
    headers.append((b"host", parts.netloc.encode("latin-1")))
    return {**scope, "headers": headers, "scheme": parts.scheme or "http"}


def _distinct_facets(scope) -> tuple[dict, bool]:
    """The request with repeated facet parameters dropped, and whether too many remain: 600
    copies of `_facet=title` made one page group the table 600 times (38 s, 1.1 GB)."""
    from urllib.parse import parse_qsl, urlencode

    raw = scope.get("query_string") or b""
    if b"_facet" not in raw:
        return scope, False
    pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
    seen, kept = set(), []
    for key, value in pairs:
        if key.encode() in _FACET_KEYS:
            if (key, value) in seen:
                continue
            seen.add((key, value))
        kept.append((key, value))
    if len(seen) > MAX_FACETS:
        return scope, True
    if len(kept) == len(pairs):
        return scope, False
    return {**scope, "query_string": urlencode(kept).encode("latin-1")}, False


async def _plain(send, status: int, message: str, extra: list | None = None) -> None:
    body = message.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()),
                            *(extra or []), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def _csv_download(scope, headers) -> list:
    """A CSV (`/foi/responses.csv`, any `.csv`) is a file to save, not a page to read: sent as
    an attachment named after the path unless the view named it already."""
    path = scope.get("path") or ""
    if not path.endswith(".csv") or any(k.lower() == b"content-disposition" for k, _ in headers):
        return []
    name = re.sub(r"[^A-Za-z0-9._-]", "_", path.rsplit("/", 1)[-1]) or "data.csv"
    return [(b"content-disposition", f'attachment; filename="{name}"'.encode())]


def with_security(app):
    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        if scope["method"] not in READ_METHODS:
            return await _plain(send, 405, "This archive is read-only.\n",
                                [(b"allow", b"GET, HEAD, OPTIONS")])
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") \
                > MAX_URL_BYTES:
            return await _plain(send, 414, "URL too long.\n")
        length = _header(scope, b"content-length")
        if (length and length.strip() != "0") or _header(scope, b"transfer-encoding"):
            return await _plain(send, 413, "Requests to this archive carry no body.\n")

        async def secured_send(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in _OURS]
                message = {**message, "headers": headers + SECURITY_HEADERS
                           + _csv_download(scope, headers)}
            await send(message)

        scope, too_many = _distinct_facets(scope)
        if too_many:
            return await _plain(send, 400, f"At most {MAX_FACETS} facets per page.\n")
        return await app(_with_public_host(scope), receive, secured_send)

    return wrapped
