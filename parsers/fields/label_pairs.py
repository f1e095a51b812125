"""Asks and answers under bare repeated labels: a definition list or page of "Question" /
"Answer" pairs with no numbers (Dorset's `<dt>Question</dt><dd>…</dd><dt>Answer</dt>…`), read
as "Question 1" / "Answer 1", "Question 2" / "Answer 2", … so that each pair is one ask, as a
numbered "Question N" / "Answer N" page is read.

Only a strict alternation counts (ask label, answer label, ask label, … at least two pairs):
one "Request" heading over the whole request and one "Response" heading over the whole reply
stay as they are."""
from __future__ import annotations

import re

# (ask label, answer label), compared without case and a trailing colon. Examples:
#   "Question" / "Answer"        "Request" / "Response"        "Q" / "A"
PAIRS = (("question", "answer"), ("request", "response"), ("q", "a"))
MIN_PAIRS = 2
_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\)|[-•*–])\s+\S")


def _label(line: str) -> str:
    return line.strip().rstrip(":").strip().lower()


def numbered(lines: list[str]) -> list[str]:
    """lines with each bare ask and answer label numbered, when they alternate strictly."""
    for ask, answer in PAIRS:
        at = [(k, _label(ln)) for k, ln in enumerate(lines) if _label(ln) in (ask, answer)]
        kinds = [kind for _, kind in at]
        if len(kinds) < 2 * MIN_PAIRS or kinds[::2] != [ask] * len(kinds[::2]) \
                or kinds[1::2] != [answer] * len(kinds[1::2]):
            continue
        # each block one ask: a block holding its own numbered or lettered items is a request
        # and a reply in full (a follow-up exchange below), never one pair
        if any(_LIST_ITEM.match(ln) for ln in lines[at[0][0]:]):
            continue
        out = list(lines)
        for n, (k, _) in enumerate(at):
            word = lines[k].strip().rstrip(":").strip()
            out[k] = f"{word} {n // 2 + 1}"
        return out
    return lines
