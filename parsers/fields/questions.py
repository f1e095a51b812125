"""Split a response into title, request and response, and the request into its questions.

segment() is the entry point; the steps live in modules of their own:
- request_bounds.py: the vocabulary of the request's bounds (headings, "you asked" intros, the
  force's voice, letters); request_area.py applies it to the lines and holds Segments.
- list_grammar.py: which lines open an ask; list_asks.py: asks (and answers) from those items.
- paragraph_asks.py: asks from a request with no list; answer_marks.py: "Q1" / "Response:" markers.
"""
from __future__ import annotations

import re

from parsers.fields import list_grammar as lg
from parsers.fields.answer_marks import (
    NUMBERED_RESPONSE,
    answers_in,
    questions_from_table,
    questions_from_tables,
)
from parsers.fields.list_asks import from_items
from parsers.fields.outcome_cues import FOLDED
from parsers.fields.paragraph_asks import asks_below_answers, from_paragraphs
from parsers.fields.reference import split_title
from parsers.fields.request_area import (
    PAR_END,
    Segments,
    bounds,
    head_rest,
    items,
    looks_like_title,
)
from parsers.fields.request_bounds import (
    FORCE_VOICE,
    MAIL_HEADER,
    ORIGINAL_MESSAGE,
    REASONING,
    RESPONSE_HEAD,
    is_page_mark,
    request_letter,
)
from parsers.fields.request_preamble import asks as sentence_asks
from parsers.fields.sentences import split as split_sentences
from parsers.fields.superseded import is_superseded_head, split_superseded, superseded_lines

__all__ = ["Segments", "questions_from_table", "questions_from_tables", "segment"]

_SUBJECT = re.compile(r"^(?:subject|title|re|topic|request title)\s*[:\-–]\s*(.+)$", re.I)
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")


def _item(line: str) -> tuple[str, str, str] | None:
    """(style, label, text) when the line opens a question item (analyse.py strips asks with it)."""
    return lg.item(line)


def segment(lines: list[str]) -> Segments:
    """The request, its asks and the response. An e-mail that quotes the message it answers
    ("-----Original Message-----", "On … wrote:") takes the asks from the quoted copy when the
    reply above it repeats none. A letter that only reports its one ask back ("You asked how many
    calls …") has that ask."""
    seg = _without_rhetoric(_segment_message(_column_heads_joined(lines)))
    if seg.questions and all(q["answer"] is None for q in seg.questions) \
            and any(NUMBERED_RESPONSE.match(ln.strip()) for ln in seg.response):
        # a response of numbered answers ("Request 1" … / "Answer 1" …) under asks read one by one
        answers_in(seg.response, seg.questions)
    if not seg.questions and (ask := _reported_ask(lines)):
        seg.questions = [{"number": "1", "text": ask, "answer": None}]
        seg.request = seg.request or [ask]
    return seg


_BARE_REQUEST_HEAD = re.compile(r"^\W{0,3}(?:your\s+)?(?:request|questions?)\s*:?\s*$", re.I)
_BARE_RESPONSE_HEAD = re.compile(r"^\W{0,3}(?:our\s+)?(?:response|answers?|reply)\s*:?\s*$", re.I)


def _column_heads_joined(lines: list[str]) -> list[str]:
    """A Request | Response table's header row as pdftotext gives it, a cell a line ("Request" / "" /
    "Response" / "" / "1. How many …" / "Not held. …"): one line "Request Response", the header of
    asks each followed by its answer, not an empty request block."""
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    for a, b, c in zip(filled, filled[1:], filled[2:], strict=False):
        first = lg.item(lines[c].strip())
        # (the item under them asks: numbered answers under an empty "Request" heading are the response's)
        if _BARE_REQUEST_HEAD.match(lines[a].strip()) and _BARE_RESPONSE_HEAD.match(lines[b].strip()) \
                and first and ("?" in first[2] or sentence_asks(first[2])):
            return [*lines[:a], "Request Response", *lines[b + 1:]]
    return lines


# The force reporting the request back in one sentence of its own: "You asked how many calls about
# noise nuisance the force received in 2023.", "On 2 May 2024 you asked for the number of stop and
# searches in each district." (never "the information you asked for in your request", nor a lead-in
# to a list, "You asked for the following:")
_REPORTED_ASK = re.compile(
    r"^(?:on\s+[^,.]{4,40}?,?\s+)?you\s+(?:have\s+)?asked\s+(?:us\s+|me\s+)?(?:for\s+)?"
    r"(?P<ask>(?:how\s+(?:many|much|long|often)|whether|what|which|when|where|who"
    r"|the\s+(?:number|numbers|total|cost|costs|names?|dates?|amount)\s+of|a\s+copy\s+of|copies\s+of|details\s+of)"
    r"\b[^.?!:;]{8,300})[.?]$", re.I)


def _reported_ask(lines: list[str]) -> str | None:
    for s in split_sentences("\n".join(lines[:80])):
        m = _REPORTED_ASK.match(s)
        if m:
            return m.group("ask").strip()
    return None


# A question the requester does not want answered: an aside opening on an adverb of exasperation
# ("Surely the sites should come first?", "Frankly, I am beginning to wonder …"), or asking whether
# something is really so, or what the force thinks of itself ("Do your officers think they are
# above the law?").
_RHETORICAL = re.compile(
    r"^\W*(?:surely|frankly|honestly|seriously|clearly|obviously|quite\s+frankly)\b"
    r"|^\W*(?:is|was|are|were)\s+(?:this|that|it|there)\s+really\b"
    # (a judgement, never a plain ask: "Does the force expect that it will meet its uplift target?")
    r"|^\W*(?:do|does|did)\s+(?:you|your\s+\w+|the\s+(?:police|force|officers?))\s+(?:really\s+(?:think|believe|imagine|expect)\b"
    r"|(?:think|believe)\s+(?:that\s+)?(?:they|you|it|we)\s+(?:are|is)\s+(?:above|beyond)\s+the\s+law\b)", re.I)


def _without_rhetoric(seg: Segments) -> Segments:
    """The asks less the requester's rhetorical asides (the others keep their numbers)."""
    keep = [q for q in seg.questions if not _RHETORICAL.search(q["text"] or "")]
    if keep and len(keep) < len(seg.questions):
        seg.questions = keep
    return seg


def _segment_message(lines: list[str]) -> Segments:
    body = _unquote(lines)
    orig = next((i for i, ln in enumerate(body) if ORIGINAL_MESSAGE.match(ln.strip())), None)
    if orig is None:
        orig = _quoted_header_block(lines)
    if orig is None:
        return _reply_above_quote(_segment(body), lines)
    seg = _segment(body[:orig])
    copy = [ln for ln in body[orig + 1:] if not MAIL_HEADER.match(ln.strip())]
    if seg.questions and any(_asking(q["text"]) and not FORCE_VOICE.match(q["text"].strip()) for q in seg.questions):
        return seg
    # (the reply's "Q3 - Of the 8,903 crimes recorded, 1,604 …" labels an answer: the asks are quoted below;
    # so does "Question 3" over "We are unable to provide the reason …", the force's words)
    quoted = _segment(copy)
    if not quoted.questions:
        return seg if seg.questions else _segment(body)
    seg.questions = quoted.questions
    # the reply above the copy is the force's, its numbered answers too ("1. Kent Police found 163
    # sites …" read as the reply's own items, above "The figures were taken …")
    if seg.mode == "interleaved":
        # its "Question 1" headings over the force's answers were read as asks with answers: the
        # reply is the force's, as written (less the subject line the title came from)
        reply = list(body[:orig])
        first = next((k for k, ln in enumerate(reply) if ln.strip()), None)
        if first is not None and seg.title and seg.title in reply[first]:
            del reply[first]
        seg.response = reply
    else:
        seg.response = [*seg.preamble, *seg.request, *seg.response]
    seg.preamble = []
    seg.request = quoted.request or [q["text"] for q in quoted.questions]
    seg.title = seg.title or quoted.title
    seg.mode = "block"
    return seg


def _quoted_header_block(lines: list[str]) -> int | None:
    """A reply above the earlier messages it quotes, each under a mail client's header block
    ("From: Anyshire Police FOI" / "Sent: 27 October 2021 10:02" / "Subject: RE: …") and its
    lines marked "> ": the first such block's line, when the reply above it has words of its own.
    (A thread copied oldest first opens each message with its headers, unquoted: no block here.)"""
    filled_above = 0
    for i, ln in enumerate(lines):
        s = ln.strip()
        if re.match(r"(?i)from\s*:\s*\S", s) and filled_above >= 5:
            heads = [x.strip() for x in lines[i + 1:i + 5]]
            dated = any(re.match(r"(?i)(?:sent|date)\s*:\s*\S", h) for h in heads)
            after = [x for x in lines[i + 1:i + 12] if x.strip() and not MAIL_HEADER.match(x.strip())]
            if dated and after and _QUOTE_MARK.match(after[0]):
                return i
        if s:
            filled_above += 1
    return None


def _asking(text: str) -> bool:
    """An ask's words: a question mark or a word that asks ("provide", "how", "the number of" …)."""
    return "?" in text or bool(lg.ASKING_WORD.search(text)) or bool(re.search(r"\bnumber\s+of\b", text, re.I))


def _unquote(lines: list[str]) -> list[str]:
    """'> 1. How many …' -> '1. How many …': an e-mail's quote marks, where lines carry them in runs
    (a lone '> 10 years' row label keeps its sign)."""
    quoted = [bool(re.match(r"^\s*>(?:\s|>|$)", ln)) for ln in lines]
    if sum(quoted) < 3:
        return list(lines)
    out = []
    for i, ln in enumerate(lines):
        run = quoted[i] and ((i > 0 and quoted[i - 1]) or (i + 1 < len(lines) and quoted[i + 1])
                             or _item(_QUOTE_MARK.sub("", ln)) is not None)  # a one-line ask: "> 3) …"
        out.append(_QUOTE_MARK.sub("", ln) if run else ln)
    return out


def _reply_above_quote(seg: Segments, lines: list[str]) -> Segments:
    """A reply (a clarification, an acknowledgement) above the requester's letter quoted with "> "
    marks: the reply is the force's response, not an opening above the request."""
    letter = request_letter(_unquote(lines))
    if letter is not None and seg.mode == "block" and _QUOTE_MARK.match(lines[letter[0]]):
        seg.response = [*seg.preamble, *seg.response]
        seg.preamble = []
    return seg


def _voice_above_items(req_lines: list[str], found) -> int | None:
    """The line where the force starts speaking, when it opens a paragraph after the request's own
    words and every numbered item stands below it."""
    if not found:
        return None
    first_item = found[0][0]
    seen_words = False
    for k, ln in enumerate(req_lines[:first_item]):
        s = ln.strip()
        if not s:
            continue
        starts_par = k == 0 or not req_lines[k - 1].strip()
        if seen_words and starts_par and FORCE_VOICE.match(s):
            return k
        seen_words = True
    return _searched_lead(req_lines, first_item) if seen_words else None


# The force's lead-in to a list of its own: "… and for your request we have searched for:" (the
# offences it counted), "The following searches were carried out:".
_SEARCHED_LEAD = re.compile(r"\bwe\s+(?:have\s+)?(?:searched|checked|examined|looked|counted|included|used|consulted)\b[^.?]*:\s*$"
                            r"|\b(?:searches|checks|enquiries)\s+(?:were|have\s+been)\s+(?:carried\s+out|made|conducted|undertaken)\b[^.?]*:\s*$", re.I)


def _searched_lead(req_lines: list[str], first_item: int) -> int | None:
    """The line where the sentence leading into the first item starts, when that sentence is the
    force's account of its searches: the list below it is what it searched, not asks."""
    # (skipping items above the first one kept: "- section 1 of the Theft Act" reads as a citation)
    k = next((j for j in range(first_item - 1, -1, -1) if req_lines[j].strip() and not lg.item(req_lines[j])), None)
    if k is None or not _SEARCHED_LEAD.search(req_lines[k]):
        return None
    while k > 0 and req_lines[k - 1].strip() and not re.search(r"[.?!:]['\"”’)]?\s*$", req_lines[k - 1]):
        k -= 1  # a sentence wrapped over lines (a PDF's text)
    return k if k > 0 else None


def _take_title(seg: Segments, body: list[str]) -> None:
    """Title: "Title (ref)" on the first lines, or a "Subject:" / "Re:" field (the line is blanked)."""
    for i, ln in enumerate(body[:12]):
        s = ln.strip()
        if not s:
            continue
        t, ref = split_title(s)
        if ref and len(t.split()) <= 20 and not re.search(r"reference|ref\b", t, re.I):
            seg.title, seg.title_ref = t, ref
            body[i] = ""
            break
    for i, ln in enumerate(body[:40]):
        m = _SUBJECT.match(ln.strip())
        if m and seg.title is None:
            seg.title = m.group(1).strip()
            body[i] = ""
            break


# a page's running header or footer with its protective marking ("Staffordshire Police - OFFICIAL")
_MARKING = re.compile(r"\b(?:OFFICIAL(?:[-\s]SENSITIVE)?|NOT\s+PROTECTIVELY\s+MARKED|UNCLASSIFIED)\s*$")
_PAGE_NO_END = re.compile(r"(?:\s{3,}|^)(?:page\s+)?\d{1,3}\s+of\s+\d{1,3}\s*$", re.I)


def _without_break_footers(body: list[str]) -> list[str]:
    """A PDF's text copy with a page's footer paragraph inside a sentence ("… for more than
    twelve" / "Anyshire Constabulary is part of the … collaboration.        Page 1 of 2" /
    "months, and the most common reasons …"): the footer paragraph, ending on the page number,
    goes, so the sentence reads on."""
    drop: set[int] = set()
    for j, ln in enumerate(body):
        if not (_PAGE_NO_END.search(ln) or (_MARKING.search(ln) and len(ln.split()) <= 8)):
            continue
        k = j
        while k > 0 and body[k - 1].strip() and j - k < 3:
            k -= 1
        if k == 0 or body[k - 1].strip():
            continue  # not a paragraph of its own
        above = next((body[i].strip() for i in range(k - 1, -1, -1) if body[i].strip()), "")
        below_at = next((i for i in range(j + 1, min(len(body), j + 6))
                         if body[i].strip() and body[i].strip().upper() != body[i].strip()), None)
        below = body[below_at].strip() if below_at is not None else ""
        if above and below[:1].islower() and not re.search(r"[.?!:;]['\"”’)]?$", above):
            # the footer, the blank lines round it and any running header above the next page's text
            drop.update(range(k - 1, below_at))
    return [ln for i, ln in enumerate(body) if i not in drop] if drop else body


def _question_lines(body: list[str]) -> list[tuple[int, str, str]]:
    """Asks printed as plain questions, one a line, each followed by its answer ("Does your force
    record whether officers can speak Cornish?" / "Yes. Officers can record …"): lines that end
    with "?" in the requester's voice, at least two, with the force's words between them."""
    found = []
    for i, ln in enumerate(body):
        s = ln.strip()
        it = lg.item(s)
        label = ""
        if it and it[1][:1] in "Qq" and it[2].strip().endswith("?"):
            label, s = it[1], it[2].strip()  # "Q1 - How many …?" printed as a heading over its answer
        elif it:
            continue
        if (s.endswith("?") and s[:1].isupper() and len(s.split()) >= 5 and not FORCE_VOICE.match(s)
                and (i == 0 or lg.PARA_END.search(body[i - 1].strip()) or not body[i - 1].strip())):
            found.append((i, s, label))
    if len(found) < 2:
        return []
    labelled = [f for f in found if f[2]]
    if labelled and len(labelled) == len(found):
        # labelled asks may share one answer ("Q5 …?" / "Q6 …?" / "Please see the table below, which
        # answers questions 5 and 6."): only the last needs lines of its own under it
        return found if any(ln.strip() for ln in body[found[-1][0] + 1:]) else []
    if not all(any(body[k].strip() for k in range(a + 1, b)) for (a, *_), (b, *_) in zip(found, found[1:], strict=False)):
        return []
    return found


def _with_question_lines(seg: Segments, body: list[str]) -> Segments:
    """A message where no list, heading or paragraph gave asks: plain question lines answered in
    turn (_question_lines), each ask's answer the lines down to the next."""
    found = _question_lines(body)
    if not found:
        return seg
    seg.questions = []
    for k, (i, text, label) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(body)
        answer = []
        for ln in body[i + 1:end]:
            if REASONING.match(ln.strip()):
                break
            if ln.strip():
                answer.append(ln.strip())
        seg.questions.append({"number": label or str(k + 1), "text": text, "answer": " ".join(answer) or None})
    seg.request = [t for _, t, _ in found]
    seg.response = [ln for j, ln in enumerate(body) if j not in {i for i, _, _ in found}]
    seg.mode = "interleaved"
    return seg


def _segment(lines: list[str]) -> Segments:
    """One message: its title, the request and response bounds, then the asks (a list or paragraphs)."""
    seg = Segments()
    body = list(lines)
    _take_title(seg, body)
    body = _without_break_footers(body)
    body = [ln for ln in body if not is_page_mark(ln)]  # an ask wrapped over a page break reads on
    req_at, req_first, resp_at, numbered_resp = bounds(body)
    if req_at is None and resp_at is not None and _asks_run_on(body, resp_at):
        resp_at = None   # "Q1 …" / "Response: …" / "Q2 …" / "Response: …": each ask over its own answer
    if req_at is None and resp_at is not None:
        req_lines = body[:resp_at]
    elif req_at is not None:
        req_lines = ([req_first] if req_first else []) + body[req_at + 1: resp_at if resp_at is not None else len(body)]
    else:
        req_lines = body
    response = body[resp_at:] if resp_at is not None else []
    if resp_at is not None and not numbered_resp:
        rest = head_rest(body[resp_at], RESPONSE_HEAD)
        response = ([rest] if rest else []) + body[resp_at + 1:]
        if not rest and FOLDED["history_heading"].search(body[resp_at].strip().lower()):
            # a review letter's "Original decision" heading stays: what follows it is history,
            # not the review's decision (parsers.fields.force_words)
            response = [body[resp_at].strip(), *response]
    if req_at is not None:
        seg.preamble = body[:req_at]
    if req_at is None and resp_at is not None and not numbered_resp and asks_below_answers(seg, body, resp_at):
        seg.preamble = body[:resp_at]
        return seg
    # "ORIGINAL REQUEST" above "NEW REQUEST": only the new one's asks (parsers/fields/superseded.py)
    req_lines, seg.superseded = split_superseded(
        req_lines, req_at is not None and is_superseded_head(body[req_at]))
    req_lines = lg.split_inline(req_lines, FORCE_VOICE)
    found = items(req_lines)
    first = next((s for s in (ln.strip() for ln in req_lines)
                  if s and (FORCE_VOICE.match(s) or REASONING.match(s) or not lg.LEAD_IN.match(s))), "")
    if req_at is not None and resp_at is None and (FORCE_VOICE.match(first) or REASONING.match(first)):
        # The intro is followed by the force's own words: the asks are not in the text (a page cut
        # short); lettered items below are the statute it quotes, not asks.
        seg.request, seg.response, seg.mode = [], [*req_lines, *response], "none"
        # ... unless the asks are printed over their answers below ("Q1 - How many …?" / "312.")
        return _with_question_lines(seg, [*req_lines, *response])
    voice = _voice_above_items(req_lines, found) if req_at is not None and resp_at is None else None
    if voice is not None:
        # The request is a paragraph; the numbered list under the force's first words ("To locate
        # any information … the following searches were carried out:") is the force's, not asks.
        req_lines, response = req_lines[:voice], [*req_lines[voice:], *response]
        found = items(req_lines)
    fields_at = _fields_of_an_ask(req_lines, found)
    if fields_at is not None:
        req_lines, found = fields_at, []
    broken = _breakdown_values(req_lines, found)
    if broken is not None:
        req_lines = broken
        found = items(req_lines)
    if len(found) == 1 and lg.family_of(found[0][1]) == "bullet" and found[0][3].lstrip()[:1] in "\"“":
        # '* "How many …? How many …? What …?"': the whole request quoted under one bullet mark is a
        # paragraph of asks, not one item of a list
        at = found[0][0]
        req_lines, found = [*req_lines[:at], found[0][3], *req_lines[at + 1:]], []
    if found:
        from_items(seg, req_lines, response, resp_at, found)
        return _title_from_request(seg)
    if req_at is not None and resp_at is None:
        end = _quoted_block_end(req_lines)
        if end is not None:  # the asks quoted as an indented block, the answer at the margin
            req_lines, response = req_lines[:end], [*req_lines[end:], *response]
            resp_at = req_at + end
    if seg.superseded and req_at is None:  # the request area is the page's top: blank the old block there too
        gone = superseded_lines(body[:resp_at] if resp_at is not None else body)
        body = [("" if i in gone else ln) for i, ln in enumerate(body)]
    from_paragraphs(seg, body, req_lines, response, req_at, resp_at)
    return seg if seg.questions else _with_question_lines(seg, body)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _quoted_block_end(req_lines: list[str]) -> int | None:
    """'You asked:' / '  How many officers work in the Rural Crime Team?' / 'There are eight
    officers …': under the intro the asks are quoted as an indented block and the answer comes
    back to the margin, with no response heading. The index of that margin line (None when the
    request is not an indented block, or the margin paragraph asks too)."""
    filled = [k for k, ln in enumerate(req_lines) if ln.strip()]
    if len(filled) < 2 or _indent(req_lines[filled[0]]) < 2:
        return None
    for prev, k in zip(filled, filled[1:], strict=False):
        if _indent(req_lines[k]) >= 2:
            continue
        if not PAR_END.search(req_lines[prev].rstrip()):
            return None  # an ask wrapped back to the margin
        par = []
        for ln in req_lines[k:]:
            if not ln.strip():
                break
            par.append(ln.strip())
        text = " ".join(par)
        return None if "?" in text or sentence_asks(text) else k
    return None


_FIELDS_LEAD = re.compile(r"^(?:for|in|against)\s+(?:each|every)\b[^?]{0,80}:$"
                          r"|^(?:please\s+)?(?:include|give|provide|show)\s+(?:the\s+following|these)?\s*(?:details|fields|information)?\s*:$",
                          re.I)
_ASKING_FIELD = re.compile(r"^(?:how|what|which|whether|why|when|where|who|the\s+(?:total\s+)?number\s+of|please|did|does|do|is|are|was|were|has|have)\b", re.I)


def _asks_run_on(body: list[str], resp_at: int) -> bool:
    """The asks above the first "Response:" heading are labelled ("Q1", "Question 1") and the next
    label of the same style heads a line below that answer: the asks alternate with their answers."""
    above = items(body[:resp_at])
    if not above or not re.fullmatch(r"(?i)(?:q|question)\s?\d+", above[-1][2]):
        return False
    last = above[-1]
    nxt = re.sub(r"\d+$", lambda m: str(int(m.group()) + 1), last[2])
    at = next((k for k in range(resp_at + 1, len(body))
               if (it := lg.item(body[k])) and it[0] == last[1] and it[1].lower() == nxt.lower()), None)
    # (and that ask has its own "Response:" below it: a force's "Q2" heading inside one answer block
    # is no ask)
    return at is not None and any(RESPONSE_HEAD.match(ln.strip()) for ln in body[at + 1:])


def _fields_of_an_ask(req_lines: list[str], found: list) -> list[str] | None:
    """'Please send me a list of every dog bite reported in 2019.' / 'For each report please give:' /
    '• The time' / '• The town': the bullets are the fields of the ask above the lead-in, not asks;
    the request becomes that ask with its fields (None when the list is not such a field list)."""
    if len(found) < 2 or any(lg.family_of(style) != "bullet" for _, style, _, _ in found):
        return None
    first, last = found[0][0], found[-1][0]
    if any(req_lines[k].strip() and not lg.item(req_lines[k]) for k in range(first, last + 1)):
        return None
    filled = [k for k in range(first) if req_lines[k].strip()]
    if len(filled) < 2 or not _FIELDS_LEAD.match(req_lines[filled[-1]].strip()):
        return None
    ask = req_lines[filled[-2]].strip()
    fields = [text.strip().rstrip(";,.") for _, _, _, text in found]
    if not (("?" in ask or sentence_asks(ask)) and not ask.endswith(":")) or any(
            "?" in f or len(f.split()) > 8 or _ASKING_FIELD.match(f) for f in fields):
        return None
    out = list(req_lines)
    out[filled[-2]] = f"{ask} {req_lines[filled[-1]].strip()} {'; '.join(fields)}."
    for k in [filled[-1], *range(first, last + 1)]:
        out[k] = ""
    return out


_BROKEN_DOWN = re.compile(r"\b(?:broken\s+down|split|separated|categori[sz]ed|grouped)\s+(?:by|into)\s*:$|\bbreakdown\s+by\s*:$", re.I)


def _breakdown_values(req_lines: list[str], found: list) -> list[str] | None:
    """'Please provide the number of shoplifting offences, broken down by:' over '• the value of
    the goods' / '• year': the bullets are the breakdown's values, not asks; they join the ask
    ('…, broken down by: the value of the goods; year.') and the other lists stay (None: no such list)."""
    out, changed = list(req_lines), False
    for k, (line, style, _, _) in enumerate(found):
        if lg.family_of(style) != "bullet" or (k and found[k - 1][0] == line - 1 and lg.family_of(found[k - 1][1]) == "bullet"):
            continue  # only the first bullet of a run
        head = max((i for i in range(line) if req_lines[i].strip()), default=None)
        if head is None or lg.item(req_lines[head]) or not _BROKEN_DOWN.search(req_lines[head].strip()):
            continue
        run = []
        for _, st, _, _text in found[k:]:
            if lg.family_of(st) != "bullet" or (run and found[k + len(run)][0] > found[k + len(run) - 1][0] + 2):
                break
            run.append(found[k + len(run)])
        values = [t.strip().rstrip(";,.") for _, _, _, t in run]
        if not values or any("?" in v or len(v.split()) > 12 or _ASKING_FIELD.match(v) for v in values):
            continue
        out[head] = req_lines[head].rstrip() + " " + "; ".join(values) + "."
        for ln, _, _, _ in run:
            out[ln] = ""
        changed = True
    return out if changed else None


def _title_from_request(seg: Segments) -> Segments:
    if seg.title is None:
        first = next((ln.strip() for ln in seg.request if ln.strip()), "")
        if first and looks_like_title(first) and not _item(first):
            seg.title = first
    return seg
