"""json.dumps(value, ensure_ascii=False[, sort_keys=True]), the same text, for the full build's
hot loops (a content hash and the dump line per response, and a few JSON columns).

json.dumps with keyword arguments builds a new encoder on every call (~1.5 µs, several times
per response); these are built once. And the ensure_ascii=False string encoder is ~3x slower
than the ASCII one, which gives the same text for ASCII strings without DEL (the only ASCII
character the ASCII encoder escapes): long texts take it when they can.
"""
from __future__ import annotations

import json
from json import encoder as _encoder

_DEFAULT = json.JSONEncoder().default  # the TypeError json.dumps raises for other types
_TEXT = _encoder.encode_basestring
_ASCII = _encoder.encode_basestring_ascii


def _c_encoder(sort_keys: bool):
    # The arguments json.dumps passes (no circular-reference check: values made from parsed
    # JSON and parser output cannot hold a cycle).
    if _encoder.c_make_encoder is None:
        return None
    return _encoder.c_make_encoder(None, _DEFAULT, _TEXT, None, ": ", ", ", sort_keys, False,
                                   True)


_PLAIN, _SORTED = _c_encoder(False), _c_encoder(True)


def dumps(value) -> str:
    """json.dumps(value, ensure_ascii=False)."""
    if isinstance(value, str):  # json.dumps encodes a lone string directly
        return text(value)
    if _PLAIN is None:
        return json.dumps(value, ensure_ascii=False)
    return "".join(_PLAIN(value, 0))


def dumps_sorted(value) -> str:
    """json.dumps(value, ensure_ascii=False, sort_keys=True)."""
    if isinstance(value, str):
        return text(value)
    if _SORTED is None:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "".join(_SORTED(value, 0))


def text(value: str) -> str:
    """A string as json.dumps(value, ensure_ascii=False) gives it."""
    if value.isascii() and "\x7f" not in value:
        return _ASCII(value)
    return _TEXT(value)


def members(pairs: dict, sort_keys: bool = False) -> str:
    """The members of an object as its encoding shows them, braces dropped ("" for none):
    pieces to join with ", " into one object."""
    return (dumps_sorted if sort_keys else dumps)(pairs)[1:-1]


def ascii_text(value: str) -> str | None:
    """A string's JSON text by the ASCII encoder when that is json.dumps's text too (ASCII, no
    DEL), else None."""
    if value.isascii() and "\x7f" not in value:
        return _ASCII(value)
    return None
