"""Split a response into title, request and response, and the request into its questions.

The list grammar (which lines open an ask) lives in list_grammar.py; the request/response boundaries
(headings, "you asked" intros, the force's voice) in request_bounds.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.fields import list_grammar as lg
from parsers.fields.reference import split_title
from parsers.fields.request_bounds import (
    FORCE_VOICE,
    MAIL_HEADER,
    ORIGINAL_MESSAGE,
    PREAMBLE,
    REASONING,
    REQUEST_HEAD,
    REQUEST_INTRO,
    RESPONSE_HEAD,
    not_an_ask,
    request_letter,
)

_ANSWER = re.compile(
    r"^\W{0,2}(?:(?:Q|question|answer|response|reply|A)\s?(\d{1,2}[a-z]?)\b|\(?(\d{1,2}[a-z]?|[a-z])[.)](?=\s))\s*[.):\-–]?\s*(.*)$",
    re.I)
# "Response:" / "Answer 2 -" opening an answer printed under its question.
# The word stands alone, or a number or a separator follows it: "response is below." wrapped from
# the line above opens nothing.
_ANSWER_OPEN = re.compile(
    r"^\W{0,2}(?:responses?|answers?|reply|our\s+response)\b"
    r"(?:\s+\d{1,2}[a-z]?(?:\s*(?:[-–&,]|and|to)\s*\d{1,2}[a-z]?)*\s*[:.\-–]?|\s*[:.\-–]|\s*$)\s*(.*)$", re.I)
# "Response 1:" opening the force's numbered answers, where the request carries no numbered items
_NUMBERED_RESPONSE = re.compile(r"^\W{0,2}(?:responses?|answers?)\s+\d{1,2}[a-z]?\b", re.I)
_SUBJECT = re.compile(r"^(?:subject|title|re|topic|request title)\s*[:\-–]\s*(.+)$", re.I)
# Lines that end a list: the force speaking, its reasoning, a heading, an answer marker.
_LIST_STOP = re.compile("|".join(p.pattern for p in (FORCE_VOICE, REASONING, RESPONSE_HEAD, _ANSWER_OPEN)), re.I)


@dataclass
class Segments:
    title: str | None = None
    title_ref: str | None = None
    request: list[str] = field(default_factory=list)
    response: list[str] = field(default_factory=list)
    questions: list[dict] = field(default_factory=list)
    mode: str = "none"  # block (request/response headings), interleaved, sequential, none
    preamble: list[str] = field(default_factory=list)  # lines above the request: the force's opening words


def _item(line: str) -> tuple[str, str, str] | None:
    """(style, label, text) when the line opens a question item (analyse.py strips asks with it)."""
    return lg.item(line)


def _is_table_row(line: str) -> bool:
    return line.strip().startswith("|")


def _fold(text: str) -> str:
    return " ".join(text.split())


def _items(lines: list[str]) -> list[tuple[int, str, str, str]]:
    """Question items in lines: (line index, style, label, text), asks repeated by a quoted copy dropped."""
    out, seen = [], set()
    for it in lg.list_items(lines, _LIST_STOP):
        key = _fold(it.text).lower()
        if key and key in seen:
            continue  # a thread that quotes the request again
        seen.add(key)
        out.append((it.line, it.style, it.label, it.text))
    return out


# A line that opens a new ask where an e-mail prints one ask a line with no full stops
# ("How many of those reports were investigated" / "How many arrests were made").
_ASK_OPENING = re.compile(
    r"^(?:how|what|which|whether|why|when|where|who|please|could|can|would|will|(?:the\s+)?number\s+of)\b", re.I)
_PAR_END = re.compile(r"[.?!:][\"'”’)]*$")


def _paragraphs(lines: list[str]) -> list[str]:
    out, cur = [], []
    for k, ln in enumerate(lines):
        if ln.strip():
            cur.append(ln.strip())
            nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
            # a line per paragraph, no blank lines: a sentence's end (a closing quote may follow it),
            # or the next line opens another ask where this one does not run on
            if _PAR_END.search(ln.rstrip()) or (
                    _ASK_OPENING.match(nxt) and nxt[:1].isupper() and len(ln.split()) >= 3
                    and not _RUNS_ON.search(ln.strip())):
                out.append(" ".join(cur))
                cur = []
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def _find(lines: list[str], pat: re.Pattern, start: int = 0, stop: int | None = None) -> int | None:
    for i in range(start, len(lines) if stop is None else stop):
        s = lines[i].strip()
        if s and len(s) < 160 and pat.match(s) and not _is_table_row(s):
            return i
    return None


def _head_rest(line: str, pat: re.Pattern) -> str:
    m = pat.match(line.strip())
    return (m.group(m.lastindex) or "").strip() if m and m.lastindex else ""


def _looks_like_title(line: str) -> bool:
    s = line.strip()
    return (0 < len(s.split()) <= 12 and not s.endswith((".", "?", ":", ",", ";"))
            and not _item(s) and not REQUEST_HEAD.match(s) and not RESPONSE_HEAD.match(s)
            and s[:1].isupper())


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


_RUNS_ON = re.compile(r"\b(?:and|or|of|the|a|an|in|on|at|to|by|for|with|from|that|which|whether|been|were|was|is|are)$", re.I)


def _wraps_on(lines: list[str], i: int) -> bool:
    """A line whose sentence runs on to the next ("Has the sergeant been suspended or" / "moved?"):
    the start of an ask, never a heading."""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(nxt) and (nxt[:1].islower() or bool(_RUNS_ON.search(lines[i].strip())))


def _number(items: list[tuple[int, str, str, str]]) -> list[str]:
    labels = [lab for _, _, lab, _ in items]
    if len(set(labels)) < len(labels):
        return [str(k + 1) for k in range(len(labels))]  # "1." repeated by a flattened list
    # bullets are numbered by their place in the list ("3", "4" after "1.", "2.")
    return [lab or str(k + 1) for k, lab in enumerate(labels)]


def _answers_in(response: list[str], questions: list[dict]) -> None:
    """Fill answers from markers in the response block ("Q1", "Answer 1", "1.")."""
    wanted = {}
    for q in questions:
        key = q["number"].lower().lstrip("q")
        wanted[key] = q
    marks = []
    for i, ln in enumerate(response):
        m = _ANSWER.match(ln.strip())
        if m:
            key = (m.group(1) or m.group(2) or "").lower()
            if key in wanted:
                marks.append((i, key, m.group(3)))
    for k, (i, key, first) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(response)
        body = [first] + response[i + 1:end]
        text = " ".join(_fold(b) for b in body if b.strip())
        # "Q1 - <the question again>? <answer>": keep the answer only.
        if "?" in text[:300] and text.split("?", 1)[1].strip():
            text = text.split("?", 1)[1].strip()
        if wanted[key]["answer"] is None and text:
            wanted[key]["answer"] = text


def questions_from_table(table: dict) -> list[dict] | None:
    head = [h.lower() for h in table["header"]]
    qcol = next((j for j, h in enumerate(head) if re.search(r"request|question|you asked", h)), None)
    acol = next((j for j, h in enumerate(head) if re.search(r"response|answer|reply", h)), None)
    if qcol is None or acol is None or qcol == acol:
        return None
    out = []
    for k, row in enumerate(table["rows"]):
        q = (row[qcol] or "").strip()
        if not q:
            continue
        m = re.match(r"^(?:Q|question\s*)?(\d{1,2}[a-z]?)[.):\s\-–]+(.*)$", q, re.I)
        number, text = (m.group(1), m.group(2)) if m else (str(k + 1), q)
        out.append({"number": number, "text": text.strip(), "answer": (row[acol] or "").strip() or None})
    return out


# ---- the pieces of segment() ----------------------------------------------------------------


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


def _labels(lines: list[str]) -> set[str]:
    return {lab.lower().lstrip("q") for _, _, lab, _ in _items(lines) if lab}


def _intro(body: list[str], stop: int | None) -> tuple[int | None, str]:
    """(line, text after the intro) of the first "you asked:" intro above `stop`, also where the
    intro wraps onto the next line ("… in which you" / "asked:")."""
    for i, ln in enumerate(body[:stop]):
        m = REQUEST_INTRO.search(ln)
        if m:
            return i, ln[m.end():].lstrip(" :").rstrip()  # "… data for the year 2023:" stays a lead-in
        nxt = body[i + 1].strip() if i + 1 < len(body) else ""
        s = ln.strip()
        if s and nxt and not _PAR_END.search(s):
            joined = s + " " + nxt
            m = REQUEST_INTRO.search(joined)
            if m and m.start() < len(s) < m.end():
                return i + 1, joined[m.end():].lstrip(" :").rstrip()
    return None, ""


def _bounds(body: list[str]) -> tuple[int | None, str, int | None, bool]:
    """(request start, text after the request heading, response start, response opens with "Response 1")."""
    req_at = _find(body, REQUEST_HEAD)
    letter = request_letter(body)
    if letter is not None and (req_at is None or req_at > letter[0]):
        return letter[0], "", letter[1], False  # the requester's own letter, down to its sign-off
    first_resp = _find(body, RESPONSE_HEAD)
    # "... you asked for the following information:" introduces the asks, above any response heading.
    intro_at, intro_rest = _intro(body, first_resp)
    if intro_at is not None and (req_at is None or intro_at < req_at):
        req_at, req_first = intro_at, intro_rest
    else:
        req_first = _head_rest(body[req_at], REQUEST_HEAD) if req_at is not None else ""
    resp_at = _find(body, RESPONSE_HEAD, (req_at + 1) if req_at is not None else 0)
    if resp_at is not None:
        before = _labels(body[(req_at or 0):resp_at])
        after = _labels(body[resp_at + 1:])  # "Q1" answers "1."
        if before and after - before:
            resp_at = None  # "Response:" under each question: answers are interleaved
        elif before and any(_NUMBERED_RESPONSE.match(ln.strip()) for ln in body[(req_at or 0):resp_at]):
            resp_at = None  # "Request 1 / Answer 1 / Request 2 / Answers 2 & 3": pairs, not one block
    numbered_resp = False
    if resp_at is None and req_at is not None:
        # "Request:" then "Response 1:", "Response 2:" with no numbered asks: the answers start there.
        nxt = next((i for i in range(req_at + 1, len(body)) if _NUMBERED_RESPONSE.match(body[i].strip())), None)
        if nxt is not None and not _items(body[req_at + 1:nxt]):
            resp_at, numbered_resp = nxt, True
    return req_at, req_first, resp_at, numbered_resp


def _continuation(lines: list[str], text: str, whole_block: bool) -> list[str]:
    """Lines after an item's first line that belong to it: its paragraph (to a blank line) in a request
    block; where no heading ends the request, only wrapped lines (the sentence runs on)."""
    out: list[str] = []
    last = text
    for ln in lines:
        s = ln.strip()
        if not s:
            break
        if _item(s) or lg.NOTE.match(s) or (lg.LEAD_IN.match(s) and "?" not in s) or _LIST_STOP.match(s):
            break  # the next ask, a note or lead-in, or the force speaking ("Westshire Police holds …")
        if not whole_block and (last.rstrip().endswith((".", "?", "!", ":", ";")) and not s[:1].islower()):
            break
        out.append(s)
        last = s
    return out


def _tail_text(tail: list[str]) -> list[str]:
    """Between two asks: the first ask's wrapped lines and follow-on paragraphs, not lead-ins or notes."""
    return [s for s in (ln.strip() for ln in tail)
            if s and not lg.NOTE.match(s) and not (lg.LEAD_IN.match(s) and "?" not in s)]


def _from_items(seg: Segments, req_lines: list[str], response: list[str], resp_at: int | None,
                items: list[tuple[int, str, str, str]]) -> None:
    labels = _number(items)
    questions, answers_inline = [], False
    last = items[-1][0]
    # Explicit "Answer 1" / "Response:" markers: only what follows them answers; sub-items above stay in the ask.
    marked = resp_at is None and any(_ANSWER_OPEN.match(ln.strip()) for ln in req_lines[items[0][0] + 1:])
    for k, (i, _kind, _lab, text) in enumerate(items):
        end = items[k + 1][0] if k + 1 < len(items) else None
        if end is not None:
            tail = req_lines[i + 1:end]
            q_text = [text] if text else []
            if resp_at is not None:
                tail = _tail_text(tail)
            elif text and not marked:
                wrapped = _continuation(tail, text, False)  # a sentence wrapped onto the next lines
                q_text += wrapped
                tail = tail[len(wrapped):]
        else:
            tail = []  # the last ask: its own paragraph, or its wrapped lines; the answers logic takes the rest
            q_text = [text] if text else []
            if resp_at is not None or not (marked or not text):
                rest = req_lines[i + 1:]
                if not text:  # "Request 2" on a line of its own: its text is the next paragraph
                    rest = rest[next((k for k, ln in enumerate(rest) if ln.strip()), len(rest)):]
                q_text += _continuation(rest, text, resp_at is not None)
        ans: list[str] = []
        for ln in tail:
            s = ln.strip()
            if not s:
                continue
            opener = _ANSWER_OPEN.match(s) if resp_at is None else None
            if opener and (q_text or ans):
                ans.append(opener.group(1) or "")
            elif resp_at is not None or (not ans and (s.endswith("?") or not q_text or marked)):
                q_text.append(s)
            else:
                ans.append(s)
        ans = [a for a in ans if a]
        if ans and resp_at is None:
            answers_inline = True
        questions.append({"number": labels[k], "text": _fold(" ".join(q_text)), "answer": " ".join(ans) or None})
    seg.questions = questions
    if resp_at is not None:
        for q in questions:
            q["answer"] = None
        seg.request, seg.response = req_lines, response
        seg.mode = "block"
        _answers_in(response, questions)
    elif answers_inline:
        _interleaved(seg, req_lines, items, last, marked)
    else:
        _sequential(seg, req_lines, items, last, marked)


def _interleaved(seg: Segments, req_lines: list[str], items, last: int, marked: bool) -> None:
    """Answers printed under each question: the last one runs to the end."""
    questions = seg.questions
    q_last, ans_last, answering = [items[-1][3]] if items[-1][3] else [], [], False
    wrapped = _continuation(req_lines[last + 1:], items[-1][3], False) if q_last and not marked else []
    q_last += wrapped
    after = [ln.strip() for ln in req_lines[last + 1 + len(wrapped):] if ln.strip()]
    for s in after:
        opener = _ANSWER_OPEN.match(s)
        if opener and q_last:
            answering = True
            ans_last.append(opener.group(1) or "")
        elif not answering and (s.endswith("?") or not q_last or marked):
            q_last.append(s)
        else:
            answering = True
            ans_last.append(s)
    ans_last = [a for a in ans_last if a]
    questions[-1]["text"] = _fold(" ".join(q_last))
    questions[-1]["answer"] = " ".join(ans_last) or None
    seg.mode = "interleaved"
    seg.request = list(req_lines[:items[0][0]]) + [q["text"] for q in questions]
    seg.response = [q["answer"] for q in questions if q["answer"]]


def _sequential(seg: Segments, req_lines: list[str], items, last: int, marked: bool) -> None:
    """No response heading: the response starts after the last question."""
    questions = seg.questions
    for q in questions:
        q["answer"] = None
    cut = last + 1
    if marked or not questions[-1]["text"]:
        # "Request 2" / its text on the next line(s) / "Answers 1 & 2"
        extra = []
        while cut < len(req_lines) and not _ANSWER_OPEN.match(req_lines[cut].strip()):
            if req_lines[cut].strip():
                extra.append(req_lines[cut].strip())
            elif extra and not marked:
                break
            cut += 1
        questions[-1]["text"] = _fold(" ".join([questions[-1]["text"], *extra]))
    else:
        cut += len(_continuation(req_lines[last + 1:], items[-1][3], False))
    while cut < len(req_lines) and req_lines[cut].strip().endswith("?"):
        cut += 1
    seg.request = req_lines[:cut]
    seg.response = req_lines[cut:]
    seg.mode = "sequential"


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
    return out


def _from_paragraphs(seg: Segments, body: list[str], req_lines: list[str], response: list[str],
                     req_at: int | None, resp_at: int | None) -> None:
    """No list: each paragraph of the request that asks is a question."""
    seg.mode = "block" if (req_at is not None and resp_at is not None) else "none"
    if req_at is None and resp_at is None:
        asks = _field_block_asks(body)
        if asks:
            # A field block (keywords / reference / title / dates / the ask / outcome), no headings.
            seg.request = [body[i] for i in asks]
            seg.response = [ln for i, ln in enumerate(body) if i not in asks]
            seg.questions = [{"number": str(k + 1), "text": _fold(body[i]), "answer": None}
                             for k, i in enumerate(asks)]
            return
        voice = next((i for i, ln in enumerate(body) if FORCE_VOICE.match(ln.strip()) or REASONING.match(ln.strip())), None)
        if voice is not None:
            # No headings at all (a WordPress log entry): the paragraphs above the force's first words
            # are the request, when most of them ask.
            trial = Segments(title=seg.title)
            _from_paragraphs(trial, body, body[:voice], body[voice:], None, voice)
            texts = [q["text"] for q in trial.questions]
            if texts and _asks(texts[0]) and 2 * sum(map(_asks, texts)) > len(texts):
                seg.title, seg.request, seg.response, seg.questions = (
                    trial.title, trial.request, trial.response, trial.questions)
                return
    seg.request = req_lines if (req_at is not None or resp_at is not None) else []
    seg.response = response if (req_at is not None or resp_at is not None) else body
    if not seg.request:
        return
    req = _values_into_ask([ln for ln in seg.request if not _is_table_row(ln)])
    filled = [k for k, ln in enumerate(req) if ln.strip()]
    # A short heading-like first line of the request is its subject (the Met prints it so).
    if (seg.title is None and len(filled) > 1 and _looks_like_title(req[filled[0]])
            and not _wraps_on(req, filled[0])):
        seg.title = req[filled[0]].strip()
        req[filled[0]] = ""
    pars = _paragraphs(req)
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
    asks: list[str] = []
    for k, p in enumerate(pars):
        nxt = pars[k + 1] if k + 1 < len(pars) else ""
        if resp_at is None and asks and (FORCE_VOICE.match(p) or REASONING.match(p) or _ANSWER_OPEN.match(p) or _tabular(p)
                                         or (_caption(p) and (not nxt or _tabular(nxt) or FORCE_VOICE.match(nxt)))):
            # No response heading: the force's own words, a table, or its caption end the request.
            seg.response = [*pars[k:], *seg.response]
            break
        if re.match(r"^clarification\b", p, re.I):
            break  # a clarification exchange follows the request; it asks nothing new
        p = _after_intro(p)
        if (not p or PREAMBLE.match(p) or (p.endswith(":") and "?" not in p) or not_an_ask(p)
                or FORCE_VOICE.match(p) or _ANSWER_OPEN.match(p)):
            continue
        # A paragraph quoted whole is the request; joins such as ", how many …" or ". Please also …"
        # separate its asks (list_grammar.ASK_JOINS). Question marks alone do not.
        if p[:1] in "\"“" and p[-1:] in "\"”":
            p = p[1:-1].strip()
        for a in lg.split_asks(p):
            if a.lower() not in (x.lower() for x in asks):
                asks.append(a)
    seg.questions = [{"number": str(k + 1), "text": a, "answer": None} for k, a in enumerate(asks)]
    _answers_in(seg.response, seg.questions)


_ASKING = re.compile(r"\b(?:please|could\s+you|can\s+you|would\s+you|i\s+would\s+like|i\s+(?:am\s+)?request(?:ing)?)\b", re.I)


def _asks(par: str) -> bool:
    """A paragraph that asks: a question mark, or the words of a request."""
    return "?" in par or bool(_ASK_START.match(par) or _ASKING.search(par))


_SALUTATION = re.compile(r"^(?:dear|to\s+whom\s+it\s+may\s+concern)\b", re.I)
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")


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


def segment(lines: list[str]) -> Segments:
    """The request, its asks and the response. An e-mail that quotes the message it answers
    ("-----Original Message-----", "On … wrote:") takes the asks from the quoted copy when the
    reply above it repeats none."""
    body = _unquote(lines)
    orig = next((i for i, ln in enumerate(body) if ORIGINAL_MESSAGE.match(ln.strip())), None)
    if orig is None:
        return _reply_above_quote(_segment(body), lines)
    seg = _segment(body[:orig])
    if seg.questions:
        return seg
    copy = [ln for ln in body[orig + 1:] if not MAIL_HEADER.match(ln.strip())]
    quoted = _segment(copy)
    if not quoted.questions:
        return _segment(body)
    seg.questions = quoted.questions
    seg.response = seg.response or seg.request  # the reply above the copy is the force's
    seg.request = quoted.request or [q["text"] for q in quoted.questions]
    seg.title = seg.title or quoted.title
    seg.mode = "block"
    return seg


def _reply_above_quote(seg: Segments, lines: list[str]) -> Segments:
    """A reply (a clarification, an acknowledgement) above the requester's letter quoted with "> "
    marks: the reply is the force's response, not an opening above the request."""
    letter = request_letter(_unquote(lines))
    if letter is not None and seg.mode == "block" and _QUOTE_MARK.match(lines[letter[0]]):
        seg.response = [*seg.preamble, *seg.response]
        seg.preamble = []
    return seg


def _segment(lines: list[str]) -> Segments:
    seg = Segments()
    body = list(lines)
    _take_title(seg, body)
    req_at, req_first, resp_at, numbered_resp = _bounds(body)
    if req_at is None and resp_at is not None:
        req_lines = body[:resp_at]
    elif req_at is not None:
        req_lines = ([req_first] if req_first else []) + body[req_at + 1: resp_at if resp_at is not None else len(body)]
    else:
        req_lines = body
    response = body[resp_at:] if resp_at is not None else []
    if resp_at is not None and not numbered_resp:
        rest = _head_rest(body[resp_at], RESPONSE_HEAD)
        response = ([rest] if rest else []) + body[resp_at + 1:]
    if req_at is not None:
        seg.preamble = body[:req_at]
    req_lines = lg.split_inline(req_lines)
    items = _items(req_lines)
    first = next((s for s in (ln.strip() for ln in req_lines)
                  if s and (FORCE_VOICE.match(s) or REASONING.match(s) or not lg.LEAD_IN.match(s))), "")
    if req_at is not None and resp_at is None and (FORCE_VOICE.match(first) or REASONING.match(first)):
        # The intro is followed by the force's own words: the asks are not in the text (a page cut
        # short); lettered items below are the statute it quotes, not asks.
        seg.request, seg.response, seg.mode = [], [*req_lines, *response], "none"
        return seg
    if items:
        _from_items(seg, req_lines, response, resp_at, items)
        return _title_from_request(seg)
    _from_paragraphs(seg, body, req_lines, response, req_at, resp_at)
    return seg


_ASK_START = re.compile(
    r"^(?:please\s+(?:could\s+you\s+)?(?:provide|supply|send|tell|confirm|list|give|disclose|state)\b|(?:can|could|would)\s+you\b"
    r"|how\s+(?:many|much|often|long)\b|i\s+would\s+like\s+to\s+(?:know|request|ask|see|obtain)\b|i\s+(?:am\s+)?request(?:ing)?\b)", re.I)


def _field_block_asks(body: list[str]) -> list[int]:
    """Lines that ask, above the first words in the force's voice, on a page with no request heading."""
    out = []
    for i, ln in enumerate(body):
        s = ln.strip()
        if not s:
            continue
        if FORCE_VOICE.match(s) or PREAMBLE.match(s) or re.match(r"^(?:dear|yours)\b", s, re.I):
            break
        if _ASK_START.match(s) and len(s) >= 25 and s.endswith((".", "?")):
            out.append(i)
    return out


_UNDER_ACT = re.compile(
    r"^(?:under|in\s+accordance\s+with)\s+the\s+(?:freedom\s+of\s+information|foi)(?:\s*\(\w+\))?(?:\s+act\b)?(?:\s+\d{4})?(?:\s*\(\w+\))?", re.I)


def _after_intro(par: str) -> str:
    """'I am requesting the following information (under the FOI Act): how many ...' -> the ask itself."""
    m = REQUEST_INTRO.search(par)
    if not m or m.start() > 60:
        return par
    rest = par[m.end():].strip()
    rest = _UNDER_ACT.sub("", rest).lstrip(" :.,-–").strip()
    return rest[:1].upper() + rest[1:] if rest else ""


def _title_from_request(seg: Segments) -> Segments:
    if seg.title is None:
        first = next((ln.strip() for ln in seg.request if ln.strip()), "")
        if first and _looks_like_title(first) and not _item(first):
            seg.title = first
    return seg
