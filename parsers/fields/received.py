"""The date a request was received, as the response states it (the start of the Act's 20 working
days; docs/timeliness.md). Never the published date, and never the request's own "dated" date.

Sources in order, the first that gives a date wins:
  1. a key/value row named as a received date ("Date received | 07/05/2024");
  2. a labelled line or letterhead column ("Date received: 07/05/2024", "Ref 42/24 | Received 7 May 2024");
  3. a sentence stating the receipt ("Your request dated 3 May 2024 which we received on 7 May 2024");
  4. a WhatDoTheyKnow thread's request message date (parsers.html: the date the site e-mailed the
     request to the force, which is when it arrived), given by the reader as `hint`.
The rules are data (parsers/data/received.yaml), each with examples the tests read.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from parsers.fields.dates import _FIELD_START, _WEEKDAY, ANY_DATE, parse_date
from parsers.yaml_data import load_yaml

RULES_PATH = Path(__file__).resolve().parent.parent / "data" / "received.yaml"
# A date as printed, maybe after a weekday: "Tuesday, 7th May 2024", "07/05/2024".
_DATE = rf"(?P<date>{_WEEKDAY}(?:{ANY_DATE.pattern}))"
_REVIEW = re.compile(r"\breview\b", re.I)
HEAD_CHARS = 20000  # the receipt is stated near the top of a letter or page


@lru_cache(maxsize=1)
def rules() -> dict:
    """{'keys': [pattern...], 'sentences': [pattern...], 'examples': [(kind, text, iso)...]}"""
    data = load_yaml(RULES_PATH)
    out = {"keys": [], "sentences": [], "examples": []}
    for kind in ("keys", "sentences"):
        for rule in data[kind]:
            out[kind].append(" ".join(rule["pattern"].split()))
            out["examples"].extend((kind, text, iso) for text, iso in rule["examples"])
    return out


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern, re.Pattern, list[re.Pattern]]:
    keys = "|".join(f"(?:{k})" for k in rules()["keys"])
    whole_key = re.compile(rf"^\s*(?:{keys})\s*$", re.I | re.X)
    # a labelled line: the key, a separator (colon, bar, dash or spaces), then the date
    line = re.compile(_FIELD_START + rf"(?:{keys})\s*[:\-–|]?\s*{_DATE}", re.I | re.M | re.X)
    sentences = [re.compile(s.replace("{date}", _DATE), re.I | re.X) for s in rules()["sentences"]]
    return whole_key, line, sentences


def from_fields(fields: list[tuple[str, str]] | None) -> str | None:
    """A key/value row whose key names the received date: ("Date request received", "7 May 2024")."""
    whole_key, _, _ = _compiled()
    for key, value in fields or []:
        if whole_key.match(" ".join(str(key).split()).rstrip(":")):
            iso = parse_date(" ".join(str(value).split()))
            if iso:
                return iso
    return None


def from_text(text: str) -> str | None:
    """A labelled received-date line, else a sentence stating the receipt."""
    _, line, sentences = _compiled()
    head = text[:HEAD_CHARS]
    for m in line.finditer(head):
        iso = parse_date(m.group("date"))
        if iso:
            return iso
    found = []
    for pattern in sentences:
        for m in pattern.finditer(head):
            # a review's receipt starts no s10 clock: skip the sentence that speaks of one
            start = max(head.rfind(".", 0, m.start()), head.rfind("\n\n", 0, m.start()))
            if _REVIEW.search(head[start + 1:m.end()]):
                continue
            iso = parse_date(m.group("date"))
            if iso:
                found.append((m.start(), iso))
                break
    return min(found)[1] if found else None


def decide(text: str, *, fields=None, header_text: str = "", hint: str | None = None) -> str | None:
    """The received date by the order in the module docstring; None when the response does not state one."""
    return from_fields(fields) or from_text(text) or from_text(header_text) or hint or None
