"""The form in which one request is compared with the same request sent to other forces.

A round-robin request reaches each force with the requester's edits: a greeting, a line about
who is asking, the force's own name in the question ("did Cleveland Police receive…"), and each
force's page prints it differently (numbered, lettered, or run together with the force's
decision). So the comparison uses the request's asks — the parsed questions when there are
any — with every force's name folded to "the force".
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from . import minhash
from .literal_scan import LiteralScan

_GREETING = re.compile(r"^\s*(dear|hello|hi|good (?:morning|afternoon))\b[^\n]*\n", re.I)
_SIGNOFF = re.compile(r"\n\s*(yours (?:faithfully|sincerely)|kind regards|many thanks|best "
                      r"wishes|thank you in advance|regards)\b.*$", re.I | re.S)
_FOIA_PREAMBLE = re.compile(r"(under|in accordance with) the freedom of information act"
                            r"(?: 2000)?[^.:\n]*[.:]?", re.I)
# A sign-off the page ran into the last question ("…withdrawn? Thank you for your help").
_TRAILING_THANKS = re.compile(r"[\s.?!]*\b(?:thank you[^\n]*|thanks[^\n]*|(?:kind |best )?regards"
                              r"[^\n]*|yours (?:faithfully|sincerely)[^\n]*)$", re.I)
_FORCES_CSV = Path(__file__).resolve().parents[1] / "parsers" / "data" / "forces.csv"
# Ways a requester names the force they write to, besides its own name.
_GENERIC = [r"your (?:police )?(?:force|service|constabulary|organisation)",
            r"the (?:police )?(?:force|service|constabulary)", r"your police force's",
            r"your forces?'?"]


@lru_cache(maxsize=1)
def _names() -> list[str]:
    """Every way of naming a force in `_force_names` (lower case, longer than two letters)."""
    names = set()
    with _FORCES_CSV.open(newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["name"]
            names.add(name)
            names.add(re.sub(r"\s+(?:Police Service|Police|Constabulary|Service)$", "", name))
    names |= {"the Met", "the MPS", "MPS", "PSNI", "WMP", "GMP", "BTP"}
    return sorted({n.lower() for n in names if len(n) > 2})


@lru_cache(maxsize=1)
def _force_names() -> re.Pattern:
    # One alternative per name made the engine try ~100 literals at every position; as a trie
    # it tries one branch per first letter. Names that match at one place are prefixes of each
    # other, and the trie tries the longest first, as the list sorted by length did.
    trie = _name_trie(_names())
    pattern = r"\b(?:" + "|".join([trie, *_GENERIC]) + r")(?:\s+(?:police|constabulary))?\b"
    return re.compile(pattern, re.I)


def _name_trie(words) -> str:
    """A regex matching any of `words`, longest first where one is a prefix of another."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a word
    return _trie_regex(root)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: the longer words first (greedy), then stop
        return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


# Every match of `_force_names` contains a name or one of these words, and every match of
# `_TRAILING_THANKS` one of "thank", "regard", "yours": a text holding none of them (in any
# case) is left as it is without running the slower case-insensitive search.
_GENERIC_WORDS = ("force", "service", "constabulary", "organisation")
_THANKS_WORDS = ("thank", "regard", "yours")
# Characters re.IGNORECASE matches to an ASCII letter that str.lower() does not give as one.
_SIMPLE_LOWER = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@lru_cache(maxsize=1)
def _word_scan() -> LiteralScan:
    return LiteralScan({"force": (*_names(), *_GENERIC_WORDS), "thanks": _THANKS_WORDS})


def _words_in(text: str) -> int:
    """Bits of `_word_scan` groups whose words occur in text, ignoring case."""
    if not text.isascii():
        text = text.translate(_SIMPLE_LOWER)
    return _word_scan().mask(text.lower())


def fold_forces(text: str) -> str:
    text = text or ""
    if not _words_in(text) & _word_scan().bit["force"]:
        return text
    return _force_names().sub(" the force ", text)


def uses_questions(questions: list[str] | None) -> bool:
    """Whether request_key compares the parsed asks rather than the request text."""
    return bool(questions) and sum(len(q) for q in questions) >= 15


def request_key(text: str, questions: list[str] | None = None) -> str:
    """Folded request for near-duplicate comparison across forces."""
    if uses_questions(questions):
        text = "\n".join(questions)
        if _words_in(text) & _word_scan().bit["thanks"]:
            text = _TRAILING_THANKS.sub("", text)
    else:
        text = _GREETING.sub("", text or "")
        text = _SIGNOFF.sub("", text)
        text = _FOIA_PREAMBLE.sub(" ", text)
    return minhash.fold(fold_forces(text))
