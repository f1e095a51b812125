"""Asks from a request with no list: each paragraph that asks is a question.

Also the request with no headings at all (a field block, a WordPress entry whose asks stand above
the force's first words), where deciding what asks is all there is to go on.
"""
from __future__ import annotations

import re

from parsers.fields import list_grammar as lg
from parsers.fields.answer_marks import ANSWER_OPEN, answers_in, fold
from parsers.fields.outcome_cues import FOLDED
from parsers.fields.request_area import PAR_END, Segments, is_table_row, looks_like_title
from parsers.fields.request_bounds import (
    FORCE_VOICE,
    PREAMBLE,
    REASONING,
    REQUEST_INTRO,
    greeting_apart,
    not_an_ask,
)
from parsers.fields.request_preamble import asks as sentence_asks
from parsers.fields.request_preamble import names_information, without_preamble
from parsers.fields.sentences import OPEN_END
from parsers.fields.sentences import split as sentences

# A line that opens a new ask where an e-mail prints one ask a line with no full stops
# ("How many of those reports were investigated" / "How many arrests were made").
_ASK_OPENING = re.compile(
    r"^(?:how|what|which|whether|why|when|where|who|please|could|can|would|will|(?:the\s+)?number\s+of)\b", re.I)
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+[A-Z]")
_RUNS_ON = OPEN_END  # words no line ends on unless its sentence runs on (one list, in sentences.py)


def _fold(line: str) -> str:
    """A line's words for matching it against the response's lines (case and end stop aside)."""
    return fold(line).lower().rstrip(" ?.")


def _restated(req: list[str], response: list[str]) -> set[str]:
    """Request lines the response prints again, each on a line of its own over its answer ("how many
    of those assaults involved spitting" / "Of those, 214 …"): each opens an ask, punctuated or
    not. Two at least, each opening as an ask does ("how", "what", "is there" …)."""
    said = {_fold(ln) for ln in response if len(ln.split()) >= 4}
    found = {_fold(ln) for ln in req if _fold(ln) in said
             and (_ASK_OPENING.match(ln.strip()) or _YES_NO_OPENING.match(ln.strip()))}
    return found if len(found) >= 2 else set()


# a yes/no question's opening, which only a line the response prints again may start an ask with
# (_ASK_OPENING splits lines for every request: "is there …" wrapped from the line above is common)
_YES_NO_OPENING = re.compile(r"^(?:is|are|was|were|does|do|did|has|have)\s+(?:there|the|your|any|it|a|an)\b", re.I)


_COLUMN_HEADS = re.compile(r"^\W{0,3}(?:your\s+)?(?:request|questions?)\s+(?:(?:our\s+)?response|answers?|reply)\s*$", re.I)


def _paragraphs(lines: list[str], restated: frozenset[str] | set[str] = frozenset()) -> list[str]:
    out, cur = [], []
    for k, ln in enumerate(lines):
        if _COLUMN_HEADS.match(ln):
            # a two-column table's header row copied as a line ("Request Response"): a break, no words
            if cur:
                out.append(" ".join(cur))
                cur = []
            continue
        if ln.strip():
            if cur and ln.strip()[:1] in "“" and not any("“" in c for c in cur):
                out.append(" ".join(cur))  # an opening quote mark starts a quoted ask of its own
                cur = []
            if cur and _fold(ln) in restated:
                if not lg.ASKING_LEAD.match(" ".join(cur).rstrip(" :") + ":"):
                    out.append(" ".join(cur))  # (a bare "can you tell me" over them asks nothing)
                cur = []
            cur.append(ln.strip())
            nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
            # a line per paragraph, no blank lines: a sentence's end (a closing quote may follow it),
            # or the next line opens another ask where this one does not run on
            if PAR_END.search(ln.rstrip()) or (
                    ((_ASK_OPENING.match(nxt) and nxt[:1].isupper() and len(ln.split()) >= 3) or _NUMBERED.match(nxt))
                    and not _RUNS_ON.search(ln.strip())):
                # (a numbered line opens a paragraph: "Trentside Police Post 2021/22 £164,000" / "3. The
                # sale price agreed …": a table's last row printed as text, then the next ask)
                out.append(" ".join(cur))
                cur = []
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    # a sentence broken by a blank line (a page break in a copied letter): "… there have been," /
    # "and the total cost …" is one paragraph
    merged: list[str] = []
    for par in out:
        if merged and par[:1].islower() and not re.search(r"[.?!:;]['\"”’)]?$", merged[-1]) \
                and _fold(par) not in restated:
            merged[-1] = merged[-1] + " " + par
        else:
            merged.append(par)
    return merged


_FIGURE = re.compile(r"^[£$]?[\d,.]+%?$|^[*<>-]$|^\d{4}/\d{2}$")


def _tabular(par: str) -> bool:
    """A text table flattened into a paragraph ("Rank 2022 2023 Constable 900 910 …"): mostly figures."""
    words = par.split()
    figures = sum(bool(_FIGURE.match(w)) for w in words)
    return "?" not in par and figures >= 4 and figures * 5 >= len(words) * 2


def _caption(par: str) -> bool:
    """A short heading line with no sentence in it ("Officers by rank at 31 March"): a table's caption
    or a section heading of the response, when a table or the force's words follow it."""
    return (len(par.split()) <= 12 and not par.endswith((".", "?", "!", ":", ";")) and "?" not in par
            and par[:1].isupper())


def _wraps_on(lines: list[str], i: int) -> bool:
    """A line whose sentence runs on to the next ("Has the sergeant been suspended or" / "moved?"):
    the start of an ask, never a heading."""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(nxt) and (nxt[:1].islower() or bool(_RUNS_ON.search(lines[i].strip())))


def _values_into_ask(lines: list[str]) -> list[str]:
    """'… for the following police areas:' over '• Colchester' / '• Tendring': the values join the
    ask that lists them ('…: Colchester, Tendring'); under a lead-in that asks nothing they go."""
    values = lg.value_bullets(lines)
    out = list(lines)
    for i in sorted(values):
        if i - 1 in values:
            continue
        head = max((k for k in range(i) if out[k].strip()), default=None)
        run = [k for k in range(i, len(lines)) if k in values and all(j in values for j in range(i, k + 1))]
        words = [lg.item(lines[k])[2].strip() for k in run]
        if head is not None and out[head].rstrip().endswith(":") and _asks(out[head]):
            out[head] = out[head].rstrip() + " " + ", ".join(words) + "."
        for k in run:
            out[k] = ""
    return _fields_into_ask(out)


def _field_lines(lines: list[str], at: int) -> list[int]:
    """The short unmarked lines right under line `at` ('Frame number' / 'Station it is
    assigned to'): the fields an ask ending 'In this, please include:' names."""
    run = []
    for k in range(at + 1, len(lines)):
        s = lines[k].strip()
        if (not s or len(s.split()) > 8 or s.endswith((".", "?", "!", ":", ";")) or lg.item(s)
                or FORCE_VOICE.match(s) or ANSWER_OPEN.match(s)):
            break
        run.append(k)
    return run


def _fields_into_ask(lines: list[str]) -> list[str]:
    """'I would like a list of every bicycle. In this, please include:' over 'Frame number' /
    'Station': an ask whose last sentence brings in fields keeps them ('…: Frame number;
    Station.'), so the fields are not read as an ask of their own and the ask is not a lead-in."""
    out = list(lines)
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s.endswith(":") or "?" in s:
            continue
        parts = sentences(s)
        run = _field_lines(lines, i)
        if len(parts) >= 2 and any(sentence_asks(x) or _asks(x) for x in parts[:-1]) and len(run) >= 2:
            out[i] = s + " " + "; ".join(lines[k].strip() for k in run) + "."
            for k in run:
                out[k] = ""
    return out


_WRITES_BACK = re.compile(r"^(?:thank\s+you|thanks|many\s+thanks)\s+for\s+(?:your|the)\s+(?:response|reply|answer|e-?mail)\b", re.I)


def from_paragraphs(seg: Segments, body: list[str], req_lines: list[str], response: list[str],
                    req_at: int | None, resp_at: int | None) -> None:
    """No list: each paragraph of the request that asks is a question."""
    seg.mode = "block" if (req_at is not None and resp_at is not None) else "none"
    if req_at is None and resp_at is None:
        asks = _field_block_asks(body)
        if asks:
            # A field block (keywords / reference / title / dates / the ask / outcome), no headings.
            used = {i for span in asks for i in span}
            seg.request = [" ".join(body[i].strip() for i in span) for span in asks]
            seg.response = [ln for i, ln in enumerate(body) if i not in used]
            seg.questions = [{"number": str(k + 1), "text": fold(text), "answer": None}
                             for k, text in enumerate(seg.request)]
            return
        voice = next((i for i, ln in enumerate(body) if FORCE_VOICE.match(ln.strip()) or REASONING.match(ln.strip())), None)
        if voice is not None:
            # "Thank you for your response. Can you advise me how far …": the requester writing back
            # after a first reply; the request is the first message, above it
            back = next((i for i, ln in enumerate(body[:voice]) if i and _WRITES_BACK.match(ln.strip())), None)
            voice = back if back is not None else voice
            # No headings at all (a WordPress log entry): the paragraphs above the force's first words
            # are the request, when most of them ask.
            trial = Segments(title=seg.title)
            from_paragraphs(trial, body, body[:voice], body[voice:], None, voice)
            texts = [q["text"] for q in trial.questions]
            if texts and _asks(texts[0]) and 2 * sum(map(_asks, texts)) > len(texts):
                seg.title, seg.request, seg.response, seg.questions = (
                    trial.title, trial.request, trial.response, trial.questions)
                return
    seg.request = req_lines if (req_at is not None or resp_at is not None) else []
    seg.response = response if (req_at is not None or resp_at is not None) else body
    if not seg.request:
        return
    req = _values_into_ask([ln for ln in seg.request if not is_table_row(ln)])
    filled = [k for k, ln in enumerate(req) if ln.strip()]
    # A short heading-like first line of the request is its subject (the Met prints it so).
    if (seg.title is None and len(filled) > 1 and looks_like_title(req[filled[0]])
            and not _wraps_on(req, filled[0]) and not sentence_asks(req[filled[0]])):
        # (not the first line of a wrapped ask: "For the financial years 2022/23 and 2023/24 please provide how many times")
        seg.title = req[filled[0]].strip()
        req[filled[0]] = ""
    pars = [q for p in _paragraphs(req, _restated(req, seg.response)) for q in greeting_apart(p)]
    pars = [p for k, p in enumerate(pars) if not lg.footnote(p, pars[:k])]
    # each ask under its own inline label, the first read as the request's heading: "Question: Please
    # provide …" / "Question: For each camera, please give …" (the label is no part of the ask)
    pars = [_INLINE_ASK_LABEL.sub("", p, count=1) for p in pars]
    if pars and seg.title and pars[0].strip().lower() == seg.title.lower():
        pars = pars[1:]
    # A letter's asks follow its salutation: what stands above "Dear …" (asking nothing) is letterhead.
    dear = next((k for k, p in enumerate(pars) if _SALUTATION.match(p)), None)
    if dear is not None and not any("?" in p for p in pars[:dear]):
        pars = pars[dear + 1:]
    # "Please could you provide the following information:" brings in the asks: what stands above it,
    # asking nothing (the background, a list of the events it is about), is not an ask.
    lead = next((k for k, p in enumerate(pars) if p.endswith(":") and "?" not in p), None)
    if lead is not None and lead + 1 < len(pars) and not any(_asks(p) for p in pars[:lead]):
        pars = pars[lead:]
    # ... and so does "I would like to request the following information about the use of body-worn
    # video." ending on its stop, with two or more paragraphs under it
    if len(pars) >= 3 and _FOLLOWING_LEAD.search(pars[0]) and "?" not in pars[0]:
        pars = pars[1:]
    pars = _quote_spans_closed(pars)
    if resp_at is None and _quoted_asks(seg, pars):
        return
    if req_at is not None and resp_at is None:
        # under a request heading, no response heading: the force's reasoning ("The Freedom of
        # Information Act is designed to …", "Harm Test") ends the request, whatever it says later
        end = next((k for k, p in enumerate(pars) if k and REASONING.match(p)), None)
        if end is not None:
            seg.response = [*pars[end:], *seg.response]
            pars = pars[:end]
    pars = _after_quoted_run(pars)
    # The requester's opening sentences ("I am a student researching …") ask nothing
    # (request_preamble); if nothing else in the request asks, the paragraphs stand as they are.
    asks, rest = _asks_in(pars, seg, resp_at, strip_preamble=True)
    if not asks:
        asks, rest = _asks_in(pars, seg, resp_at, strip_preamble=False)
    seg.response = [*rest, *seg.response]
    seg.questions = [{"number": str(k + 1), "text": a, "answer": None} for k, a in enumerate(asks)]
    answers_in(seg.response, seg.questions)


_INLINE_ASK_LABEL = re.compile(r"^(?:question|request|q)\s?\d{0,2}\s?[:\-–]\s+(?=\S)", re.I)
_CAPS_HEADING = re.compile(r"^(?:YOUR\s+)?(?:REQUEST|RESPONSE|QUESTIONS?|INFORMATION\s+REQUESTED)\s*:?\s+(?=[A-Z][a-z])")


def _quote_spans_closed(pars: list[str]) -> list[str]:
    """A request quoted over several paragraphs ('"Please can you tell me …' / 'Please also give …"'):
    each paragraph of the span closed and reopened, as if quoted on its own, so the quoted run ends
    where the quotation does. A span is at most 6 paragraphs; an unclosed quote changes nothing."""
    out = list(pars)
    k = 0
    while k < len(out):
        p = out[k].strip()
        opens = p[:1] in "\"“" and (p.count("\"") + p.count("“") + p.count("”")) == 1
        if opens:
            end = next((j for j in range(k + 1, min(len(out), k + 6))
                        if (q := out[j].strip()) and q[-1:] in "\"”" and (q.count("\"") + q.count("“") + q.count("”")) == 1), None)
            if end is not None:
                for j in range(k, end + 1):
                    q = out[j].strip()
                    out[j] = ("" if j == k else "\"") + q + ("" if j == end else "\"")
                k = end
        k += 1
    return out


def _quoted(par: str) -> bool:
    p = par.strip()
    return len(p) > 12 and p[:1] in "\"“" and p[-1:] in "\"”" and p.count("“") + p.count("\"") <= 2


# The requester going on after the quoted asks: "Also, the number of …", "And how many …".
_REQUESTER_GOES_ON = re.compile(r"^\W*(?:also|and|furthermore|further|in\s+addition|additionally|finally|lastly|plus)\b"
                                r"|^\W*(?:the\s+)?(?:total\s+)?number\s+of\b|^\W*(?:how|what|which|when|where|who|whether|why|please|could|can|would)\b",
                                re.I)


def _after_quoted_run(pars: list[str]) -> list[str]:
    """The request quoted paragraph by paragraph ("… in which you wrote:" / "“Please tell me …”" /
    "“Finally, what …?”"), then the force's first unquoted words with no response heading ("The
    Civil Nuclear Constabulary is an armed police force. …"): the asks end with the last quote,
    unless a later paragraph asks as the requester does."""
    at = [k for k, p in enumerate(pars) if _quoted(p)]
    if not at or at != list(range(at[0], at[-1] + 1)) or at[-1] + 1 >= len(pars):
        return pars
    before, after = pars[:at[0]], pars[at[-1] + 1:]
    if any(_asks(p) and not p.rstrip().endswith(":") for p in before) or any(_asks(p) for p in after):
        return pars
    if _REQUESTER_GOES_ON.match(after[0]):
        return pars  # ("Also, the number of those charged …": the requester still)
    return pars[:at[-1] + 1]  # (the rest stays where it stood: background, or what the first reply said)


def _quoted_asks(seg: Segments, pars: list[str]) -> bool:
    """Each ask quoted whole and answered under it (Police Scotland: "your request is replicated below
    together with the response"): the quoted paragraphs are the asks, the others their answers."""
    at = [k for k, p in enumerate(pars) if _quoted(p)]
    if len(at) < 2 or not any(at[i + 1] - at[i] > 1 for i in range(len(at) - 1)):
        return False
    head = [p for p in pars[:at[0]] if not FORCE_VOICE.match(p)]
    if any(_asks(p) for p in head):
        return False  # asks of its own above the first quote: not this layout
    seg.questions = []
    for n, k in enumerate(at):
        end = at[n + 1] if n + 1 < len(at) else len(pars)
        answer = " ".join(pars[k + 1:end]) or None
        seg.questions.append({"number": str(n + 1), "text": fold(pars[k].strip()[1:-1]), "answer": answer})
    seg.request = [pars[k] for k in at]
    seg.response = [p for k, p in enumerate(pars) if k not in at] + seg.response
    seg.mode = "interleaved"
    return True


_NOTES_HEAD = re.compile(r"^\W*(?:notes?|nb|n\.b\.)(?:\s+(?:to|on|for|about)\b[^.?:]{0,40})?\s*:(?!\s*\S[^.?]*\?)", re.I)


def _asks_in(pars: list[str], seg: Segments, resp_at: int | None, strip_preamble: bool) -> tuple[list[str], list[str]]:
    """(asks, paragraphs that turned out to be the force's response) of the request's paragraphs."""
    asks: list[str] = []
    for k, p in enumerate(pars):
        nxt = pars[k + 1] if k + 1 < len(pars) else ""
        if resp_at is None and asks and (FORCE_VOICE.match(p) or REASONING.match(p) or ANSWER_OPEN.match(p) or _tabular(p)
                                         or (_caption(p) and (not nxt or _tabular(nxt) or FORCE_VOICE.match(nxt)))):
            # No response heading: the force's own words, a table, or its caption end the request.
            return asks, pars[k:]
        if re.match(r"^clarification\b", p, re.I):
            break  # a clarification exchange follows the request; it asks nothing new
        if asks and _NOTES_HEAD.match(p):
            break  # "Notes to reduce burden:" / "Notes:": what follows explains the asks above
        if asks and (_explains(p) or _tabular(p)):
            continue  # the force's background or a text table between or after the asks
        if asks and FOLDED["history_sentence"].search(p.lower()):
            return asks, pars[k:]  # a review letter recalling the first answer: the request is over
        if k > 0 and EARLIER_REQUEST.search(pars[k - 1]) and p[:1] in "\"“" and p.rstrip()[-1:] in "\"”":
            continue  # "I previously sent your force the request below:" / "“Please send me …”": history
        if EARLIER_REQUEST.search(p) and p.rstrip().endswith(":") and "?" not in p:
            continue
        if not asks and (_explains(p) or _dated_background(p)) and any((_asks(x) or any(sentence_asks(y) for y in sentences(x)))
                                             and not _explains(x) for x in pars[k + 1:k + 4]):
            continue  # the requester's background ("In 2019 a working group drafted …") before the ask
        p = _after_intro(p)
        if p[:1] in "\"“" and p[-1:] in "\"”":
            p = p[1:-1].strip()  # a paragraph quoted whole is the request
        if strip_preamble:
            p = without_preamble(p)
            lead = _ACT_LEAD.match(p)
            if lead and sentence_asks(p[lead.end():]):  # "Under the terms of the Act, please provide …"
                p = p[lead.end():][:1].upper() + p[lead.end():][1:]
        if (not p or (PREAMBLE.match(p) and not (names_information(p) or sentence_asks(p))) or (p.endswith(":") and "?" not in p) or not_an_ask(p)
                or FORCE_VOICE.match(p) or ANSWER_OPEN.match(p)):
            continue
        # Joins such as ", how many …" or ". Please also …" separate a paragraph's asks
        # (list_grammar.ASK_JOINS), and so do questions one after another.
        for a in lg.split_asks(p):
            a = _CAPS_HEADING.sub("", a)  # "RESPONSE How many …": a flattened heading run into the ask
            if a.lower() not in (x.lower() for x in asks):
                asks.append(a)
    return asks, []


# A paragraph that opens on when something happened and asks nothing: "In 2019 a working group
# drafted national guidance …", "Last year the force closed …" (the requester's background).
_FOLLOWING_LEAD = re.compile(r"^[^.?]{0,80}\bthe\s+following\s+(?:information|data|details|questions)\b[^.?:]{0,120}\.$", re.I)
_DATED_OPENING = re.compile(r"^(?:in|since|during|last|earlier|recently|following|after|on|back\s+in)\b[^.?]{0,40}?"
                            r"\b(?:(?:19|20)\d\d|year|month|week)\b", re.I)


def _dated_background(par: str) -> bool:
    """Background the requester gives: dated ("In 2019 a working group drafted …") or stated in the
    third person ("A neighbouring force publishes a table of its horses with …"), asking nothing."""
    return ((bool(_DATED_OPENING.match(par)) or bool(lg.STATED_LEAD.search(par))) and "?" not in par
            and not _asks(par) and not any(sentence_asks(x) for x in sentences(par)))


# A finite verb of a statement ("Orders were introduced in 2019 and are applied for …").
# (or the requester's own understanding: "In England and Wales I understand the age … to be 10.")
_STATING = re.compile(r"\b(?:is|are|was|were|has|have|had|can|cannot|will|may|must|should|does|did)\b"
                      r"|\bi\s+(?:understand|believe|gather|note|am\s+aware)\b", re.I)


def _explains(par: str) -> bool:
    """A paragraph that states and asks for nothing: no sentence of it asks (request_preamble.asks),
    it has a finite verb, and it is prose, not a short item ("Any guidance that was issued in
    2023." may be an ask of its own): two sentences or more, or twenty words."""
    parts = sentences(par)
    if _REPORTED.match(par) and len(parts) == 1 and "?" not in par and not _ASKING.search(par):
        return True  # "It is my understanding that each force reports the number of cameras …": told, not asked
    return ("?" not in par and not any(sentence_asks(x) for x in parts) and bool(_STATING.search(par))
            and (len(parts) >= 2 or len(par.split()) >= 20 or bool(_REPORTED.match(par))) and not par.rstrip().endswith(":"))


# What the requester has been told or understands, however short: "Some forces have told me that …",
# "It is my understanding that …", "I have been told that …"
_REPORTED = re.compile(r"^\W*(?:(?:some|other|several|many|a\s+number\s+of|two|three)\s+(?:other\s+)?(?:forces|people|officers|sources)\s+"
                       r"(?:have\s+)?(?:told|informed|advised)\s+me|it\s+is\s+my\s+understanding|my\s+understanding\s+is"
                       r"|i\s+have\s+been\s+(?:told|informed|advised)|i\s+understand\s+(?:from|that))\b", re.I)


_ASKING = re.compile(r"\b(?:please|could\s+you|can\s+you|would\s+you|i\s+would\s+like|i\s+(?:am\s+)?request(?:ing)?)\b", re.I)


def _asks(par: str) -> bool:
    """A paragraph that asks: a question mark, or the words of a request."""
    return "?" in par or bool(_ASK_START.match(par) or _ASKING.search(par))


_SALUTATION = re.compile(r"^(?:dear|to\s+whom\s+it\s+may\s+concern)\b", re.I)

_ASK_START = re.compile(
    r"^(?:please\s+(?:also\s+)?(?:could\s+you\s+)?(?:provide|supply|send|tell|confirm|list|give|disclose|state)\b|(?:can|could|would)\s+you\b"
    r"|how\s+(?:many|much|often|long)\b|i\s+would\s+like\s+to\s+(?:know|request|ask|see|obtain)\b|i\s+(?:am\s+)?request(?:ing)?\b"
    # an ask written as the thing wanted: "The number of hare coursing incidents reported … in each of the following years:"
    r"|(?:the\s+)?(?:total\s+|annual\s+)?number\s+of\b)", re.I)  # (also verbless: "Number of incidents recorded in 2022.")


# A field of a log entry's block: "Request number: 18870", "Date received: 3 May 2022".
_FIELD_LINE = re.compile(r"^[A-Z][\w()/'’ -]{1,40}:\s*\S")
_COUNT_NAMED = re.compile(r"^(?:the\s+)?(?:total\s+|annual\s+)?number\s+of\b", re.I)


_RELEASE_NOTE = re.compile(r"^\W*(?:notes?|source|sources|data\s+source|definitions)\b\s*:?", re.I)


def _release_notes_below(body: list[str], i: int) -> bool:
    """A data release's notes under its table ("Notes" / "Source: … records, extracted …"), or its
    table straight under the sentence (a verbless count over it describes it: "Number of recorded
    collisions …, by what the vehicle was doing at the time." / "2019   2020   2021")."""
    nxt = next((ln for ln in body[i + 1:i + 4] if ln.strip()), "")
    return any(_RELEASE_NOTE.match(ln.strip()) for ln in body[i + 1:i + 12]) \
        or bool(re.search(r"\S\s{2,}\S", nxt.strip()) or nxt.lstrip().startswith("|"))


def _field_block_asks(body: list[str]) -> list[list[int]]:
    """Lines that ask (an ask wrapped over lines: its lines), above the first words in the force's
    voice, on a page with no request heading. A verbless count ("Number of people searched, by
    ethnicity, in each year.") over a data release's notes ("Notes", "Source: …") with no field block
    above it ("Label: value") describes the table."""
    out, fields = [], False
    skip_to = -1
    for i, ln in enumerate(body):
        s = ln.strip()
        if not s or i <= skip_to:
            continue
        if FORCE_VOICE.match(s) or PREAMBLE.match(s) or re.match(r"^(?:dear|yours)\b", s, re.I):
            break
        span = _wrapped_span(body, i) if _ASK_START.match(s) else [i]
        text = " ".join(body[k].strip() for k in span)
        if _ASK_START.match(s) and len(text) >= 25 and text.endswith((".", "?")):
            if fields or "?" in text or not _COUNT_NAMED.match(text) or not _release_notes_below(body, span[-1]):
                out.append(span)
                skip_to = span[-1]
        elif _FIELD_LINE.match(s):
            fields = True
    return out


def _wrapped_span(body: list[str], i: int) -> list[int]:
    """The lines of a sentence wrapped from line i: while a line ends mid-sentence and the next goes on
    in lower case or with a figure ("… recorded by Police Scotland in" / "2022, broken down by …")."""
    span = [i]
    while len(span) < 4 and not re.search(r"[.?!:;]$", body[span[-1]].strip()) and span[-1] + 1 < len(body) \
            and re.match(r"^[a-z0-9(£]", body[span[-1] + 1].strip()):
        span.append(span[-1] + 1)
    return span


# The Act named ahead of the ask in the same sentence: "Under the terms of the FOI Act 2000, please …"
_ACT_LEAD = re.compile(r"^(?:under|in\s+accordance\s+with|pursuant\s+to)\s+(?:the\s+terms\s+of\s+)?the\s+"
                       r"(?:freedom\s+of\s+information|foi)(?:\s+\(scotland\))?(?:\s+act)?(?:\s+\d{4})?(?:\s*\(\w+\))?\s*,\s*", re.I)

_UNDER_ACT = re.compile(
    r"^(?:under|in\s+accordance\s+with)\s+the\s+(?:freedom\s+of\s+information|foi)(?:\s*\(\w+\))?(?:\s+act\b)?(?:\s+\d{4})?(?:\s*\(\w+\))?", re.I)


# The requester recalling a request made before (quoted under it): not this request's ask.
EARLIER_REQUEST = re.compile(r"\b(?:previously|earlier|already|last\s+(?:year|month))\s+(?:sent|made|submitted|asked)\b"
                              r"|\bmy\s+(?:previous|earlier|original|first|last)\s+(?:request|question)s?\b", re.I)


def _after_intro(par: str) -> str:
    """'I am requesting the following information (under the FOI Act): how many ...' -> the ask itself."""
    m = REQUEST_INTRO.search(par)
    if not m or m.start() > 60:
        return par
    rest = par[m.end():].strip()
    rest = _UNDER_ACT.sub("", rest).lstrip(" :.,-–").strip()
    return rest[:1].upper() + rest[1:] if rest else ""


# The force says its answers follow, and the asks come with them: "Please find below answers to
# your questions:-" (Nottinghamshire prints each ask, "-tell me whether …?", above its answer).
ANSWERS_BELOW = re.compile(
    r"\b(?:please\s+find|please\s+see|see|set\s+out|are|is)\s+below\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:answers?|responses?|replies)\s+to\s+(?:each\s+of\s+)?(?:your|the)\s+(?:questions?|requests?|points?)\b", re.I)
_NOTE = re.compile(r"^\W*(?:please\s+)?note\b", re.I)


def _next_numbered(last: tuple[str, list[str]], q: str) -> bool:
    """q is numbered one on from the last ask ("1. …?" then "2. …"), and the last ask's answer holds
    no numbered list of its own (whose items would go on counting)."""
    ask, answer = last
    prev, it = lg.item(ask), lg.item(q)
    if not (prev and it and prev[1].isdigit() and it[1].isdigit()) or int(it[1]) != int(prev[1]) + 1:
        return False
    return not any(lg.item(a) for a in answer) and not (FORCE_VOICE.match(it[2]) or ANSWER_OPEN.match(it[2]))


def asks_below_answers(seg: Segments, body: list[str], resp_at: int) -> bool:
    """Nothing above the response heading asks (letterhead, "I write in connection with your
    request …"); under it the force's "Please find below answers to your questions:-" is followed by
    each ask and its answer. The asks are the paragraphs there that ask in the requester's voice
    (a question, a request verb); the others are the answers."""
    above = _paragraphs(body[:resp_at])
    # the intro may stand just above the heading: "Please find below answers to your questions:-" / "RESPONSE"
    lead_above = bool(above) and bool(ANSWERS_BELOW.search(above[-1]))
    if lead_above:
        above = above[:-1]
    if any("?" in p or any(sentence_asks(x) for x in sentences(without_preamble(p))) for p in above):
        return False
    intro = resp_at if lead_above else next((i for i in range(resp_at, len(body)) if ANSWERS_BELOW.search(body[i])), None)
    if intro is None:
        return False
    asks: list[tuple[str, list[str]]] = []
    held: list[str] | None = None   # paragraphs after a closing word, kept if the numbered asks go on
    for p in _paragraphs(body[intro + 1:]):
        q = re.sub(r"^[-–•·*]\s*", "", p.strip())
        if asks and _next_numbered((asks[-1][0], asks[-1][1] + (held or [])), q):
            # "2. For each closed building that has been sold, the sale price.": the next number of the
            # asks is an ask however it is worded, and the asks go on past a reasoning heading above it
            asks[-1][1].extend(held or [])
            held = None
            asks.append((q, []))
            continue
        if held is not None:
            held.append(p)
            continue
        if REASONING.match(q) or (asks and _NOTE.match(q)):
            if not asks:
                break
            held = [p]  # the sign-off or a closing note: the answers are over, unless asks follow
            continue
        if ("?" in q or sentence_asks(q)) and not (FORCE_VOICE.match(q) or _NOTE.match(q) or ANSWER_OPEN.match(q)):
            asks.append((q, []))
        elif asks:
            asks[-1][1].append(p)
    if not asks:
        return False
    seg.request = [a for a, _ in asks]
    seg.response = body[resp_at:]
    seg.questions = []
    for k, (a, ans) in enumerate(asks):
        it = lg.item(a)  # "1. What proportion …?": the ask's own number
        seg.questions.append({"number": it[1] if it and it[1] else str(k + 1), "text": fold(it[2] if it else a),
                              "answer": " ".join(ans) or None})
    seg.mode = "interleaved"
    return True
