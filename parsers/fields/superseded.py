"""A request replaced inside the same page: "ORIGINAL REQUEST (418/25)" / "RESPONSE TO ORIGINAL
REQUEST" above "NEW REQUEST (512/25)", or "AMENDMENT" above "ORIGINAL REQUEST". The response answers
the request that replaced it, so only that one's asks count; the superseded block stays in the
request text (nothing is lost), never among the asks."""
from __future__ import annotations

import re

# (pattern, example): headings of the block that was replaced. A short line of its own.
SUPERSEDED_HEADS = [
    (r"(?:your\s+|the\s+)?original\s+(?:foi\s+)?request(?:\s+for\s+information)?", "ORIGINAL REQUEST (418/25)"),
    (r"(?:response|reply|answer)\s+to\s+(?:the\s+|your\s+)?original\s+request", "RESPONSE TO ORIGINAL REQUEST"),
]
# (pattern, example): headings of the request that replaced it.
REPLACEMENT_HEADS = [
    (r"(?:new|amended|revised|refined|clarified|updated|narrowed)\s+(?:foi\s+)?request(?:\s+for\s+information)?",
     "NEW REQUEST (512/25)"),
    (r"amendment|amended\s+wording|(?:request\s+)?as\s+(?:amended|revised|refined|clarified)", "AMENDMENT"),
]
# the heading words, then at most a reference or date in brackets and a colon
_TAIL = r"\s*(?:\([^()]{1,30}\)|\[[^\[\]]{1,30}\]|[-–]\s*[\w/.-]{1,20})?\s*:?\s*$"
_SUPERSEDED = re.compile(r"^\W{0,3}(?:" + "|".join(p for p, _ in SUPERSEDED_HEADS) + ")" + _TAIL, re.I)
_ANSWER_TO_OLD = re.compile(r"^\W{0,3}" + SUPERSEDED_HEADS[1][0] + _TAIL, re.I)
_REPLACEMENT = re.compile(r"^\W{0,3}(?:" + "|".join(p for p, _ in REPLACEMENT_HEADS) + ")" + _TAIL, re.I)


def is_superseded_head(line: str) -> bool:
    return bool(_SUPERSEDED.match(line.strip()))


def superseded_lines(lines: list[str], starts_superseded: bool = False) -> set[int]:
    """The indexes of the superseded block's lines (its headings too) and of the replacement's
    headings, when the lines hold both a replaced block and its replacement (`starts_superseded`:
    the request area opened at a superseded heading, cut off above these lines); else none."""
    heads = {i: "old" if _SUPERSEDED.match(ln.strip()) else "new" for i, ln in enumerate(lines)
             if _SUPERSEDED.match(ln.strip()) or _REPLACEMENT.match(ln.strip())}
    if "new" not in heads.values() or not (starts_superseded or "old" in heads.values()):
        return set()
    first = min(heads)
    # "RESPONSE TO ORIGINAL REQUEST" first (the page's top heading was taken for its title): the
    # text above it is the original request
    starts_superseded = starts_superseded or (heads[first] == "old" and bool(_ANSWER_TO_OLD.match(lines[first].strip())))
    out, state = set(), "old" if starts_superseded else "new"
    for i in range(len(lines)):
        state = heads.get(i, state)
        if state == "old" or i in heads:
            out.add(i)  # a heading is no ask either
    return out


def split_superseded(lines: list[str], starts_superseded: bool = False) -> tuple[list[str], list[str]]:
    """(the lines to read asks from, blank where superseded, the superseded lines)."""
    gone = superseded_lines(lines, starts_superseded)
    return [("" if i in gone else ln) for i, ln in enumerate(lines)], [lines[i] for i in sorted(gone)]
