"""Bytes -> text for pages and text files whose charset is wrong, missing or mixed.

Order of evidence: a byte-order mark; then the bytes themselves when they are valid UTF-8 (a
"charset=iso-8859-1" header on a UTF-8 body is a common server default, and valid multi-byte
UTF-8 is vanishingly rare in real Windows-1252 text); then the declared charset (Content-Type
header, then <meta charset> / http-equiv); then a guess between UTF-8 with a few bad bytes and
Windows-1252. Latin-1 and ASCII labels mean Windows-1252, as browsers read them, so curly quotes
and the pound sign survive.
"""
from __future__ import annotations

import codecs
import re

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:\-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.I)
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "iso-8859-15",
              "windows-1252", "cp1252", "x-cp1252"}


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-range text in UTF-16 has a zero in every other byte."""
    head = data[:400]
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _normal(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared(data: bytes, content_type: str | None = None) -> str | None:
    """The charset the header or the page itself names, normalised; None when none usable."""
    m = _CT_CHARSET.search(content_type or "")
    enc = _normal(m.group(1)) if m else None
    if enc:
        return enc
    m = _META_CHARSET.search(data[:4096])
    return _normal(m.group(1).decode("ascii", "ignore")) if m else None


def decode(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding used). Never raises; undecodable bytes become U+FFFD."""
    bom = _bom(data)
    if bom:
        enc, skip = bom
        return data[skip:].decode(enc, errors="replace"), enc
    wide = _utf16_without_bom(data)
    if wide:
        return data.decode(wide, errors="replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    enc = declared(data, content_type)
    if enc and enc not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        return data.decode(enc, errors="replace"), enc
    # Mostly valid UTF-8 with a few broken bytes stays UTF-8; otherwise it is Windows-1252.
    as_utf8 = data.decode("utf-8", errors="replace")
    bad = as_utf8.count("\ufffd")
    good = sum(1 for ch in as_utf8 if ord(ch) > 127) - bad
    if good >= bad:
        return as_utf8, "utf-8"
    return data.decode("cp1252", errors="replace"), "cp1252"


def to_utf8(data: bytes, content_type: str | None = None) -> bytes:
    """Wide encodings (UTF-16/32) re-encoded as UTF-8 so byte sniffing sees the markup."""
    bom = _bom(data)
    wide = bom[0] if bom and not bom[0].startswith("utf-8") else _utf16_without_bom(data)
    if not wide:
        return data
    return decode(data, content_type)[0].encode("utf-8")
