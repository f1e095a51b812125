"""Where the request and the response lie in a response's lines, and what segment() returns.

The vocabulary (headings, "you asked" intros, the force's voice, letters) is in request_bounds.py;
this module applies it to one body of lines. The request's list items are found here too, because
where the answers start depends on them ("Q1" under "1." is an answer, not another ask).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.fields import list_grammar as lg
from parsers.fields.answer_marks import ANSWER_OPEN, NUMBERED_RESPONSE, fold
from parsers.fields.request_bounds import (
    FORCE_VOICE,
    REASONING,
    REQUEST_HEAD,
    REQUEST_INTRO,
    RESPONSE_HEAD,
    request_letter,
)

# Lines that end a list: the force speaking, its reasoning, a heading, an answer marker.
LIST_STOP = re.compile("|".join(p.pattern for p in (FORCE_VOICE, REASONING, RESPONSE_HEAD, ANSWER_OPEN)), re.I)
# A sentence's end (a closing quote may follow it): the line does not run on.
PAR_END = re.compile(r"[.?!:][\"'”’)]*$")


@dataclass
class Segments:
    title: str | None = None
    title_ref: str | None = None
    request: list[str] = field(default_factory=list)
    response: list[str] = field(default_factory=list)
    questions: list[dict] = field(default_factory=list)
    mode: str = "none"  # block (request/response headings), interleaved, sequential, none
    preamble: list[str] = field(default_factory=list)  # lines above the request: the force's opening words
    superseded: list[str] = field(default_factory=list)  # a request replaced by a later one (superseded.py)


def is_table_row(line: str) -> bool:
    return line.strip().startswith("|")


# A heading of its own over a table's numbered notes ("Notes", "Footnotes:"), and a request heading that
# would end them.
_NOTES_LINE = re.compile(r"^\W*(?:notes?|footnotes?|notes\s+(?:to|on)\s+(?:the\s+)?(?:table|data|figures))\s*:?\s*$", re.I)
_REQUEST_LINE = re.compile(r"^\W*(?:your\s+)?(?:request|questions?|you\s+asked)\b.{0,30}:?\s*$", re.I)


# A list item that is only a file's name, with its type and size: a download, never an ask.
_FILE_ITEM = re.compile(r"[^\s?]{1,120}\.(?:pdf|docx?|xlsx?|csv|odt|ods|txt|zip)\b\W*(?:\(?\s*(?:pdf|word|excel|csv|odt|ods|zip)"
                        r"?[,\s]*\d[\d.,]*\s?(?:kb|mb|bytes?)\s*\)?)?\W*", re.I)


# What an asterisk under a table stands for: "* fewer than five", "* = suppressed", "* denotes …".
_MARK_KEY = re.compile(r"(?:=|denotes\b|indicates\b|means\b|represents\b|(?:fewer|less)\s+than\b|under\s+(?:\d|five|ten)"
                       r"|suppressed\b|withheld\b|redacted\b|figures?\s+(?:of|below|under)\b)", re.I)


def items(lines: list[str]) -> list[tuple[int, str, str, str]]:
    """Question items in lines: (line index, style, label, text), asks repeated by a quoted copy dropped."""
    out, seen = [], set()
    first_lead = None
    notes_at = [k for k, ln in enumerate(lines) if _NOTES_LINE.match(ln)]
    for it in lg.list_items(lines, LIST_STOP):
        if re.fullmatch(r"\[[^\[\]]{1,80}\]", it.text.strip()):
            continue  # "* [Vale Police request email]": WhatDoTheyKnow's redaction in a signature
        if _FILE_ITEM.fullmatch(it.text.strip()):
            continue  # "• FOI2023-00418_Response.pdf (PDF, 142 KB)": a page's list of documents
        if lines[it.line].lstrip().startswith("*") and _MARK_KEY.match(it.text.strip()):
            continue  # "* fewer than five sites. Figures are …": a table's key to its asterisk, no ask
        if any(k < it.line for k in notes_at) and not any(_REQUEST_LINE.match(ln) for ln in lines[max(k for k in notes_at if k < it.line):it.line]):
            continue  # "Notes" / "1. Crimes recorded …" / "2. … includes …": a table's notes, not asks
        if it.label.lower() in ("1", "a", "i"):
            lead = lg.lead_of(lines, it.line, it.family)
            if first_lead is None:
                first_lead = lead
            elif lg.asks_for(it.text) and lg.parallel_sections(lead, first_lead):
                seen = set()  # "For 2023;" / "1. …" again: the same asks for another section, no copy
        # A quoted copy repeats the labels too; the same words under another number are another
        # ask ("Request 2" / "(a) how many complaints …" for a second period).
        key = (it.label.lower().lstrip("q"), fold(it.text).lower())
        if key[1] and key in seen:
            continue  # a thread that quotes the request again
        seen.add(key)
        out.append((it.line, it.style, it.label, it.text))
    return out


def _labels(lines: list[str]) -> set[str]:
    return {lab.lower().lstrip("q") for _, _, lab, _ in items(lines) if lab}


def _letter_paragraphs(body: list[str], resp_at: int, before: set[str], after: set[str]) -> bool:
    """A review letter numbers all its paragraphs: "2. The original response refused …" above its
    "Review" heading, "3. I have reviewed …" to "6. …" below it. Numbers running on across the
    heading, with no ask and no second response heading below it, are paragraphs, not asks
    interleaved with answers."""
    low = sorted(int(x) for x in before if x.isdigit())
    high = sorted(int(x) for x in after - before if x.isdigit())
    if not low or not high or high[0] != low[-1] + 1 or high != list(range(high[0], high[-1] + 1)):
        return False
    rest = items(body[resp_at + 1:])
    # (nor are "Request 3" / "Answer 3" below an "Answers 1 & 2" heading: asks and answers in pairs)
    return not any(t.rstrip().endswith("?") for _, _, _, t in rest) and _find(body, RESPONSE_HEAD, resp_at + 1) is None \
        and not any(NUMBERED_RESPONSE.match(ln.strip()) and len(ln.split()) <= 5 for ln in body[resp_at + 1:])


def looks_like_title(line: str) -> bool:
    """A short capitalised line that is no sentence, item or heading: the request's subject."""
    s = line.strip()
    return (0 < len(s.split()) <= 12 and not s.endswith((".", "?", ":", ",", ";"))
            and not lg.item(s) and not REQUEST_HEAD.match(s) and not RESPONSE_HEAD.match(s)
            and s[:1].isupper())


# "Response: Information about officers on duty is recorded by …": a heading run into its
# paragraph, however long the paragraph is.
_LABEL_RUN_IN = re.compile(r"^\W{0,3}(?:(?:our|the|force)\s+)?(?:response|answer|reply|request)\s*:\s*\S", re.I)


def _find(lines: list[str], pat: re.Pattern, start: int = 0, stop: int | None = None) -> int | None:
    for i in range(start, len(lines) if stop is None else stop):
        s = lines[i].strip()
        if (s and (len(s) < 160 or _LABEL_RUN_IN.match(s)) and pat.match(s) and not is_table_row(s)
                and not _wrapped_on(lines, i)):
            return i
    return None


def _wrapped_on(lines: list[str], i: int) -> bool:
    """A lowercase line carrying on the sentence of the line above ("… within 40 working days of
    receiving this" / "response. If you remain …"): no heading."""
    s = lines[i].strip()
    prev = lines[i - 1].strip() if i > 0 else ""
    return s[:1].islower() and bool(prev) and not PAR_END.search(prev) and not prev.endswith(":")


def head_rest(line: str, pat: re.Pattern) -> str:
    """The text after a heading on its own line ("Request: How many …" -> "How many …")."""
    m = pat.match(line.strip())
    return (m.group(m.lastindex) or "").strip() if m and m.lastindex else ""


def _intro(body: list[str], stop: int | None) -> tuple[int | None, str]:
    """(line, text after the intro) of the first "you asked:" intro above `stop`, also where the
    intro wraps onto the next line ("… in which you" / "asked:")."""
    for i, ln in enumerate(body[:stop]):
        m = REQUEST_INTRO.search(ln)
        if m:
            rest = ln[m.end():]
            word = re.search(r"(information|details|data)$", m.group(0).rstrip(" :"), re.I)
            if word and re.match(r"\s*(?:about|on|regarding|relating|concerning|in\s+relation)\b", rest):
                rest = word.group(1) + " " + rest.lstrip()  # "You asked for information about X": the summary is the ask
            rest = re.sub(r"^,?\s*please\s*:", "", rest.strip())  # "I'd like to know the following, please:"
            return i, rest.lstrip(" :").rstrip()  # "… data for the year 2023:" stays a lead-in
        nxt = body[i + 1].strip() if i + 1 < len(body) else ""
        s = ln.strip()
        if s and nxt and not PAR_END.search(s):
            joined = s + " " + nxt
            m = REQUEST_INTRO.search(joined)
            if m and m.start() < len(s) < m.end():
                return i + 1, joined[m.end():].lstrip(" :").rstrip()
    return None, ""


_ANSWER_LEAD = re.compile(r"^\W*(?:the|our)\s+(?:information|figures|data|details|answers?)\s+(?:that\s+)?you\s+(?:have\s+)?(?:asked|requested)", re.I)


def bounds(body: list[str]) -> tuple[int | None, str, int | None, bool]:
    """(request start, text after the request heading, response start, response opens with "Response 1")."""
    req_at = _find(body, REQUEST_HEAD)
    letter = request_letter(body)
    if letter is not None and (req_at is None or req_at > letter[0]):
        return letter[0], "", letter[1], False  # the requester's own letter, down to its sign-off
    first_resp = _find(body, RESPONSE_HEAD)
    if first_resp is not None and head_rest(body[first_resp], RESPONSE_HEAD):
        # "Decision: Information partially disclosed" above "… in which you asked:" is the letter's
        # summary field; the response starts at the heading under the request
        at, _rest = _intro(body[first_resp + 1:], None)
        later = _find(body, RESPONSE_HEAD, first_resp + 2 + at) if at is not None else None
        if later is not None:
            first_resp = later
    elif first_resp is not None and req_at is None and all(
            len(ln.split()) <= 8 and not re.search(r"[.?!]\W*$", ln.strip()) and not lg.asks_for(ln)
            for ln in body[:first_resp] if ln.strip()):
        # a page's own "Response" heading over the whole letter (GOV.UK's FOI releases, "From: …" over
        # it): the letter's "… you asked:" below it starts the request (not an answer's lead, "The
        # information you asked for is set out below:")
        at, _rest = _intro(body[first_resp + 1:], None)
        if at is not None and _ANSWER_LEAD.match(body[first_resp + 1 + at]):
            at = None
        if at is not None:
            first_resp = _find(body, RESPONSE_HEAD, first_resp + 2 + at)
    # "... you asked for the following information:" introduces the asks, above any response heading.
    intro_at, intro_rest = _intro(body, first_resp)
    # (not when a bare "Request" heading follows the intro at once: the heading starts the request)
    heading_next = req_at is not None and intro_at is not None and not intro_rest \
        and not any(ln.strip() for ln in body[intro_at + 1:req_at])
    if intro_at is not None and (req_at is None or intro_at < req_at) and not heading_next:
        req_at, req_first = intro_at, intro_rest
    else:
        req_first = head_rest(body[req_at], REQUEST_HEAD) if req_at is not None else ""
    resp_at = _find(body, RESPONSE_HEAD, (req_at + 1) if req_at is not None else 0)
    if resp_at is not None:
        before = _labels(body[(req_at or 0):resp_at])
        after = _labels(body[resp_at + 1:])  # "Q1" answers "1."
        if before and after - before and not _letter_paragraphs(body, resp_at, before, after):
            resp_at = None  # "Response:" under each question: answers are interleaved
        elif before and any(NUMBERED_RESPONSE.match(ln.strip()) for ln in body[(req_at or 0):resp_at]):
            resp_at = None  # "Request 1 / Answer 1 / Request 2 / Answers 2 & 3": pairs, not one block
    numbered_resp = False
    if resp_at is None and req_at is not None:
        # "Request:" then "Response 1:", "Response 2:" with no numbered asks: the answers start there.
        nxt = next((i for i in range(req_at + 1, len(body)) if NUMBERED_RESPONSE.match(body[i].strip())), None)
        if nxt is not None and not items(body[req_at + 1:nxt]):
            resp_at, numbered_resp = nxt, True
    return req_at, req_first, resp_at, numbered_resp
