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


# A question the requester took back later in the exchange ("Clarification received: … Please
# disregard question 3", "I withdraw point 2", "Question 4 has been withdrawn"): the response answers
# the request without it. (pattern, example)
WITHDRAWN_ASKS = [
    (r"\b(?:please\s+)?(?:disregard|ignore|withdraw|drop|remove|delete|omit)\s+(?:my\s+|the\s+)?"
     r"(?:questions?|parts?|points?|requests?|items?|q)\s*(?P<n>\d{1,2}[a-z]?(?:\s*(?:,|and|&)\s*\d{1,2}[a-z]?)*)\b",
     "Please disregard question 3; I will send a narrower request later."),
    (r"\b(?:questions?|parts?|points?|q)\s*(?P<n>\d{1,2}[a-z]?(?:\s*(?:,|and|&)\s*\d{1,2}[a-z]?)*)\s+"
     r"(?:(?:has|have)\s+been|(?:is|are|was|were))\s+(?:withdrawn|removed|dropped|disregarded)\b",
     "Question 4 has been withdrawn."),
    (r"\b(?:questions?|parts?|points?|q)\s*(?P<n>\d{1,2}[a-z]?)\s*[:\-–]\s*(?:please\s+)?(?:disregard|ignore|withdraw|drop|remove)\s+"
     r"(?:this|it|that)\b", "Point 3: please disregard this part."),
]
_WITHDRAWN = [re.compile(p, re.I) for p, _ in WITHDRAWN_ASKS]


def withdrawn_numbers(text: str) -> set[str]:
    """The numbers of the asks the text takes back ("3", "2a")."""
    out: set[str] = set()
    for pat in _WITHDRAWN:
        for m in pat.finditer(text or ""):
            if _OFFER.search(text[max(0, m.start() - 40):m.start()]):
                continue  # the force's advice: "If you remove questions 5 and 6 we may be able to answer …"
            out.update(n.lower() for n in re.findall(r"\d{1,2}[a-z]?", m.group("n")))
    return out


_OFFER = re.compile(r"\b(?:if|should|were|unless|once|when)\s+you\b[^.]*$|\byou\s+(?:could|may|might|can|would)\b[^.]*$"
                    r"|\b(?:to|could|may|might|can)\s*$", re.I)


# The force restating the request as it stands after a clarification, in a later message of the
# thread: "Thank you for your clarification of 12 March 2024. Your request now reads:" / "Your clarified
# request is therefore:". The list under it is the request the response answers.
_RESTATED = re.compile(r"(?:^|[.!]\s+)your\s+(?:(?:clarified|amended|revised|refined|narrowed|new)\s+request(?:\s+(?:is|reads))?"
                       r"|request\s+(?:now|therefore)\s+(?:reads|is)|request\s+(?:is|reads)\s+now)(?:\s+(?:therefore|now))?"
                       r"(?:\s+as\s+follows)?\s*:\s*$", re.I)


def restated_block(lines: list[str]) -> list[str] | None:
    """The lines of the request as the force restates it after a clarification (the last such
    restatement), up to the first paragraph that is no list item; None when there is none."""
    from parsers.fields.list_grammar import item
    from parsers.fields.request_bounds import RESPONSE_HEAD

    at = max((k for k, ln in enumerate(lines) if _RESTATED.search(ln.strip())), default=None)
    if at is None:
        return None
    block: list[str] = []
    for ln in lines[at + 1:]:
        s = ln.strip()
        if not s or item(s):
            block.append(ln)
        elif RESPONSE_HEAD.match(s):
            break  # the answer's heading right under the last ask ("… an emergency call?" / "Response")
        elif block and block[-1].strip():
            block[-1] = block[-1].rstrip() + " " + s  # an item wrapped onto the next line
        else:
            break  # a paragraph after a blank line: the force's answer begins
    return block if any(item(ln.strip()) for ln in block) else None
