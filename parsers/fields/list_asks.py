"""Asks from a request printed as a list: each item's text, and where the answers are.

The list grammar (which lines open an item) is list_grammar.py. Here the items become questions,
in one of three layouts: a request block above a response block ("block"), answers printed under
each ask ("interleaved"), or the response starting after the last ask ("sequential").
"""
from __future__ import annotations

import re

from parsers.fields import list_grammar as lg
from parsers.fields.answer_marks import ANSWER_OPEN, ANSWERS_END, answers_in, fold
from parsers.fields.request_area import LIST_STOP, Segments
from parsers.fields.request_bounds import NOT_ASK, PERIOD_QUALIFIER
from parsers.fields.request_preamble import asks as sentence_asks


def _number(items: list[tuple[int, str, str, str]]) -> list[str]:
    labels = [lab for _, _, lab, _ in items]
    if len(set(labels)) < len(labels):
        return [str(k + 1) for k in range(len(labels))]  # "1." repeated by a flattened list
    # bullets are numbered by their place in the list ("3", "4" after "1.", "2.")
    return [lab or str(k + 1) for k, lab in enumerate(labels)]


# Words of a lead-in or the force's own line, never an ask's wrapped end: "for each of the above, please
# break the figures down by:", "our response to each question is as follows:".
_OWN_LEAD = re.compile(r"\b(?:please|for\s+each|as\s+follows|following|our|we|break\w*\s+\w+\s+down|broken\s+down)\b", re.I)


def _continuation(lines: list[str], text: str, whole_block: bool) -> list[str]:
    """Lines after an item's first line that belong to it: its paragraph (to a blank line) in a request
    block; where no heading ends the request, only wrapped lines (the sentence runs on)."""
    out: list[str] = []
    last = text
    for ln in lines:
        s = ln.strip()
        if not s:
            break
        # (the item's own sentence wrapped onto a colon, "my complaint, together with:", is no lead-in)
        if (lg.item(s) or lg.NOTE.match(s) or (lg.LEAD_IN.match(s) and "?" not in s and not (
                s[:1].islower() and not out and not re.search(r"[.?!;:]$", last.rstrip()) and not _OWN_LEAD.search(s)))
                or LIST_STOP.match(s) or lg.CLARIFICATION_LEAD.search(s)):
            break  # the next ask, a note or lead-in, the force speaking ("Westshire Police holds …") or
            # its clarification exchange ("Clarification Sought")
        if not whole_block and (last.rstrip().endswith((".", "?", "!", ":", ";")) and not s[:1].islower()):
            break
        if text.lstrip()[:1] in "“\"" and re.search(r"[.?!]?[”\"]$", last.rstrip()) and not s[:1].islower() \
                and s[:1] not in "“\"":
            break  # an ask quoted back whole has closed its quote: '3. "How much … three years."' / "The force holds …"
        out.append(s)
        last = s
    return out


# A paragraph after a list that asks nothing new: a qualifier of the asks above, how to send the
# answer, thanks. (pattern, example)
NOT_A_TRAILING_ASK_CUES = [
    (r"(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:break|split|separate|group|sort)\b"
     r"|.*\b(?:broken\s+down|split)\s+by\b", "Please break this down by year."),
    (r".*\b(?:by|via)\s+e-?mail\b|.*\belectronic(?:ally)?\b|.*\b(?:excel|csv|spreadsheet)\s+format\b",
     "Please send the information by email."),
    # how to give the answers: "Please give each answer as a single figure if you can."
    (r"(?:please\s+)?(?:give|provide|present|send|show)\s+(?:each|the|your|all)\s+(?:answers?|figures?|data|information)\s+(?:as|in)\s+(?:a|an|one)\b",
     "Please give each answer as a single figure if you can."),
    PERIOD_QUALIFIER,
    (r"(?:thank|thanks|many\s+thanks|i\s+look\s+forward|yours|kind\s+regards|regards)\b",
     "Thank you for your help."),
    (r"clarification\b", "Clarification sought: which years do you mean?"),
    # what the requester will accept: "For 2023, figures up to the date of your response would be fine."
    # (a statement, never an ask that uses the word: "Please also confirm whether a clip is sufficient …",
    # "… the minimum number of officers that is acceptable")
    (r"(?!(?:please|could|can|would|what|how|whether|which|is|are|do|does|also)\b)[^?]*\b(?:would|will)\s+be\s+"
     r"(?:absolutely\s+|perfectly\s+)?(?:fine|acceptable|ok(?:ay)?|sufficient|enough)\b[^?]{0,40}$",
     "For 2023, figures up to the date of your response would be fine."),
    # a limit on the asks above: "I only need figures for the Medway policing district."
    (r"(?:i|we)\s+(?:only|just)\s+(?:need|want|require)\b|(?:i\s+am|i'm|we\s+are)\s+only\s+interested\b",
     "I only need figures for the Medway policing district."),
    # a condition on the ask above: "If the drone is less than a year old, please give its age in months."
    # (a question of its own after the condition still asks: "If the force has replaced them, what share …")
    (r"if\b(?![^,?]{0,100},\s*(?:how|what|which|who|when|where)\b)", "If the kennel was built after 2020, please give its cost."),
    # the details of the ask above: "In this, please include: the date and the hospital."
    (r"(?:in|for|with)\s+(?:this|each|these|those|them|it)\b[^.?]{0,30}?\b(?:please\s+)?includ", "In this, please include: the date of each wait."),
    # the force speaking about the request: "Your request was clarified on 24 May, when you …"
    (r"(?:your|the|our)\s+(?:original\s+)?(?:response|reply|decision)\s+(?:sent|issued|dated|given|made|of|on)\b",
     "The response sent on 6 February 2025 refused the whole request under section 12(1)."),
    (r"(?:your|the)\s+(?:request|e-?mail|letter|question)s?\s+(?:was|were|is|has|had)\b",
     "Your request was clarified on 24 May 2024, when you asked for figures for 2023 only."),
    # a review letter reporting the first reply: "On 8 August 2024 you were told that the force held …"
    (r"(?:on\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+(?:\s+\d{4})?,?\s+)?(?:you\s+were\s+(?:told|informed|advised|sent)"
     r"|we\s+(?:replied|responded|wrote|told\s+you|informed\s+you|advised\s+you))\b",
     "On 8 August 2024 you were told that the cost of answering would exceed the limit."),
]
_NOT_TRAILING_ASK = re.compile("^(?:" + "|".join(p for p, _ in NOT_A_TRAILING_ASK_CUES) + ")", re.I)


# A request's number alone on its line ("0431.2025-26", "FOI 1187/24", "Request 2: 004512/25").
_REQUEST_NUMBER = re.compile(r"\W*(?:(?:FOI|request(?:\s+\d{1,2})?|ref(?:erence)?)\W*)?\d[\dA-Z]*(?:[./-]\d[\dA-Z]*)+(?:-\d\d)?\W*", re.I)


_QUOTED_WHOLE = re.compile(r'^["“]([^"“”]+)["”]$')


def _unquoted(text: str) -> str:
    """An ask quoted back whole after its label ('Question 1: "How many cameras …?"'): its words."""
    m = _QUOTED_WHOLE.match(text)
    return m.group(1).strip() if m else text


def _trailing_asks(lines: list[str], questions: list[dict]) -> list[dict]:
    """Paragraphs after the last item of a request block that ask on their own ("Finally, can you
    tell me …?", "Please also provide …"): asks too, numbered on from the list's top numbers."""
    pars, cur = [], []
    for ln in [*lines, ""]:
        if ln.strip():
            cur.append(ln.strip())
        elif cur:
            pars.append(" ".join(cur))
            cur = []
    out: list[dict] = []
    tops = [int(m.group(1)) for q in questions if (m := re.match(r"(?:Q)?(\d+)", q["number"]))]
    nxt = (max(tops) if tops else len(questions)) + 1
    for p in pars:
        if _REQUEST_NUMBER.fullmatch(p) and any(c.isdigit() for c in p):
            continue  # a second request's own number over its ask ("0431.2025-26"): the asks go on
        if not p[:1].isupper() or lg.item(p) or lg.NOTE.match(p) or lg.LEAD_IN.match(p) \
                or _NOT_TRAILING_ASK.match(p) or LIST_STOP.match(p) or NOT_ASK.match(p) or not ("?" in p or sentence_asks(p)):
            break  # the asks are over: what follows is no ask of its own
        out.append({"number": str(nxt), "text": fold(p), "answer": None})
        nxt += 1
    return out


def _leading_asks(lines: list[str], items: list[tuple[int, str, str, str]]) -> list[dict]:
    """A request block that asks first in a paragraph of its own, then brings in a lettered list
    ("Please could you tell me how many drones you have." / "I would also like to know, for each
    year:" / "a) …"): that paragraph is an ask too, numbered 1. Only above letters or romans,
    whose labels cannot clash with it."""
    bullets = lg.family_of(items[0][1]) == "bullet"
    if lg.family_of(items[0][1]) not in ("letter", "roman") and not bullets:
        return []
    above = [ln.strip() for ln in lines[:items[0][0]] if ln.strip()]
    if bullets and above and _REFERS_BACK.match(items[0][3]) and items[0][3][:1].isupper():
        # bullets going on from the ask right above them ("Please list every police station … open
        # to the public." / "• For each, please give the opening hours …"): that paragraph is ask 1
        first = _paragraph_before([*lines[:items[0][0]], "", "-"]) or above[-1]
        if (first[:1].isupper() and first.endswith((".", "?")) and not lg.item(first) and not LIST_STOP.match(first)
                and ("?" in first or sentence_asks(first)) and not lg.LEAD_IN.match(first)):
            return [{"number": "1", "text": fold(first), "answer": None}]
    if len(above) < 2 or not (above[-1].endswith(":") or _LEAD_NO_COLON.search(above[-1])):
        return []  # no lead-in of its own between the ask and the list
    first = _paragraph_before(lines[:items[0][0]]) or above[-2]
    if _wraps_into(above[-2], above[-1]) and not _LEAD_ASKS.search(above[-2] + " " + above[-1]):
        # the lead-in itself wrapped ("Under the Act please provide, for each year" / "from 2018 to
        # 2020:"): the ask, if any, is the paragraph above the whole lead-in
        first = _paragraph_before_wrapped(lines[:items[0][0]])
        if not first:
            return []
    if (not first[:1].isupper() or first.endswith(":") or lg.item(first) or LIST_STOP.match(first)
            or not ("?" in first or sentence_asks(first))):
        return []
    if bullets and not _MORE_ASKS.search(above[-1]):
        return []  # bullets under their own lead-in: the paragraph above asks only if the lead says "also"
    # "Please publish the report. Please also confirm that …": each ask of the paragraph
    asks = [a for a in lg.split_asks(first) if "?" in a or sentence_asks(a)] or [first]
    return [{"number": str(k), "text": fold(a), "answer": None} for k, a in enumerate(asks, 1)]


# A bullet that goes on from the ask above it: "For each, …", "Of these, …", "In each case …".
_REFERS_BACK = re.compile(r"^(?:for\s+(?:each|every|all)\s*(?:of\s+(?:these|those|them))?\b|of\s+(?:these|those|them)\b"
                          r"|in\s+each\s+case\b)", re.I)


# A lead-in that asks something itself ("… please tell me how many drone flights the force made
# in 2024" / "and for each flight:"), not only "please provide, for each year …:"
_LEAD_ASKS = re.compile(r"\bhow\s+(?:many|much|often|long)\b|\bnumber\s+of\b|\?|\b(?:tell\s+me|provide|give|send)\s+(?:me\s+)?"
                        r"(?:the|a|an|any|all|copies|a\s+copy|details|what|which|whether|when|where)\b", re.I)


def _wraps_into(line: str, nxt: str) -> bool:
    """A hard-wrapped line going on in the next: no sentence end, the next starts in lower case."""
    return not line.rstrip().endswith((".", "?", "!", ";", ":", ",")) and nxt[:1].islower()


def _paragraph_before_wrapped(lines: list[str]) -> str | None:
    """The paragraph above a lead-in whose lines wrap into one another (a blank line above it)."""
    k = len(lines) - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    while k > 0 and lines[k - 1].strip() and _wraps_into(lines[k - 1].strip(), lines[k].strip()):
        k -= 1   # up the wrapped lead-in to its first line
    return _paragraph_before(lines[:k + 1]) if k > 0 and not lines[k - 1].strip() else None


def _paragraph_before(lines: list[str]) -> str | None:
    """The paragraph above the lead-in (the last non-blank line), its wrapped lines joined, when
    a blank line sets it apart from the lead-in."""
    k = len(lines) - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    k -= 1   # the lead-in
    if k < 0 or lines[k].strip():
        return None
    while k >= 0 and not lines[k].strip():
        k -= 1
    end = k + 1
    while k >= 0 and lines[k].strip():
        k -= 1
    return " ".join(ln.strip() for ln in lines[k + 1:end])


# A lead-in into a list that says it asks more: "I would also like to know:", "As subsidiary
# questions I would like to know, for 2023/24" (its colon left off).
_MORE_ASKS = re.compile(r"^(?:please\s+)?(?:also|and|additionally|in\s+addition|further(?:more)?)\b|.*\balso\b"
                        r"|\b(?:subsidiary|supplementary|follow-?up|further|additional)\s+(?:questions?|requests?|information)\b",
                        re.I)
# A lead-in without its colon: a wish to know or a "following" that stops short of a sentence end.
_LEAD_NO_COLON = re.compile(r"^(?=.*\b(?:(?:like|want|wish)\s+to\s+know|the\s+following|questions?)\b)[^.?!]*[^.?!:\s]$", re.I)


def _tail_text(tail: list[str]) -> list[str]:
    """Between two asks: the first ask's wrapped lines and follow-on paragraphs, not lead-ins or notes.
    A numbered line that is no ask ends it: "Request 2" / "… a breakdown of" only leads into 2A, 2B."""
    out = []
    for s in (ln.strip() for ln in tail):
        it = lg.item(s) if s else None
        if (it and lg.family_of(it[0]) in ("number", "decimal")) or lg.BARE_NUMBER.match(s) or lg.REQUEST_HEAD.match(s):
            break  # (also "2)" alone on its line, over the lettered asks of 2; and "Request 000851/20 …" over a second request's asks)
        # (an item's own line wrapped onto a lead-in's colon, "my complaint, together with:", goes on with it)
        if s and not lg.NOTE.match(s) and not (lg.LEAD_IN.match(s) and "?" not in s and not (s[:1].islower() and not out)):
            out.append(s)
    return out


# A short ask (no sentence of its own) repeated before its answer on one line: "ask; Answer …".
_ASK_SEMI_ANSWER = re.compile(r"^([^;?.]{3,90}?);\s+((?:[A-Z]|\d)[^\n]+)$")


def _section_label(items: list, k: int) -> bool:
    """The next item starts its family's labels again ("a." after "b."): a new section of the request."""
    return k + 1 < len(items) and items[k + 1][2].lower() in ("a", "1", "i") and items[k][2].lower() not in ("", items[k + 1][2].lower())


def _ask_then_answer(q_text: list[str], ans: list[str]) -> tuple[list[str], list[str]]:
    """"1. Cost of the policing operation; The cost of providing you with this information is above
    …" / "3. Number of arrests made on the night; 7 arrests were made …": the force's answer after
    the ask it repeats, on the same line (the force's words, a count, or a sentence of its own)."""
    semi = _ASK_SEMI_ANSWER.match(" ".join(q_text)) if q_text else None
    if semi and (LIST_STOP.match(semi.group(2)) or re.match(r"\d", semi.group(2)) or len(semi.group(2).split()) >= 12):
        return [semi.group(1)], [semi.group(2), *ans]
    # "1. How many officers …? Response: 214 officers.": the answer labelled after the question mark
    labelled = _ASK_LABELLED_ANSWER.match(" ".join(q_text)) if q_text else None
    if labelled:  # (its answer ends at the letter's close: the scan above took the lines as the ask's)
        end = next((k for k, a in enumerate(ans) if ANSWERS_END.match(a.strip())), len(ans))
        return [labelled.group(1)], [labelled.group(2), *ans[:end]]
    return q_text, ans


_ASK_LABELLED_ANSWER = re.compile(r"^(.{10,}?\?)\s+(?:response|answer|reply|our\s+response)\s*[:\-–]\s*(\S.*)$", re.I)


# A review letter's own account after the asks it sets out: "The original decision, issued on …, withheld
# …", "I have carried out a review of …" (never the requester's "Please see my earlier request …").
_REVIEW_ACCOUNT = re.compile(r"^(?:the|our)\s+(?:original|initial|first)\s+(?:response|reply|decision)\b"
                             r"|^(?:i|we)\s+have\s+(?:now\s+)?(?:carried\s+out|completed|conducted|undertaken)\s+(?:a|an|the|my|our)\s+"
                             r"(?:internal\s+)?review\b", re.I)


def from_items(seg: Segments, req_lines: list[str], response: list[str], resp_at: int | None,
               items: list[tuple[int, str, str, str]]) -> None:
    """Fill seg's questions, request, response and mode from the request's list items."""
    labels = _number(items)
    questions, answers_inline = [], False
    after_last: list[str] = []
    last = items[-1][0]
    # Explicit "Answer 1" / "Response:" markers: only what follows them answers; sub-items above stay in the ask.
    marked = resp_at is None and any(ANSWER_OPEN.match(ln.strip()) for ln in req_lines[items[0][0] + 1:])
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
                cont = _continuation(rest, text, resp_at is not None)
                q_text += cont
                if resp_at is not None:
                    after_last = rest[len(cont):]
        ans: list[str] = []
        fields = False  # bullets under an ask ending "with these fields:" are part of it
        last_line = max((j for j, ln in enumerate(tail) if ln.strip()), default=-1)
        for j, ln in enumerate(tail):
            s = ln.strip()
            if not s:
                continue
            if j == last_line and end is not None and lg.heading_text(s) and (_section_label(items, k) or (
                    resp_at is not None and q_text and lg.PARA_END.search(q_text[-1].strip()))):
                continue  # "Seized dogs" right over the next run ("a. …" again, or the next bullet after an
                # ask that ended its sentence): the request's section name, not this ask's words
            bullet = lg.item(s)
            if bullet and bullet[0] == "word_number" and not bullet[2].strip() and (q_text or ans):
                break  # "Request 2" heading only a lead-in to its sub-asks: this ask's answer is over
            if lg.CLARIFICATION_LEAD.search(s) and q_text:
                break  # "Clarification Sought" / its bullets: the force's exchange, not this ask's words
            fields = not ans and bool(bullet) and bullet[0] == "bullet" and (
                fields or bool(q_text) and q_text[-1].rstrip().endswith(":"))
            if fields:
                q_text.append(bullet[2])
                continue
            opener = ANSWER_OPEN.match(s) if resp_at is None else None
            if opener and (q_text or ans):
                ans.append(opener.group(1) or "")
            elif resp_at is not None or (not ans and (s.endswith("?") or not q_text or marked)):
                q_text.append(s)
            else:
                ans.append(s)
        if resp_at is None:
            q_text, ans = _ask_then_answer(q_text, ans)
        ans = [a for a in ans if a]
        if ans and resp_at is None:
            answers_inline = True
        questions.append({"number": labels[k], "text": _unquoted(fold(" ".join(q_text))), "answer": " ".join(ans) or None})
    if resp_at is not None:
        leading = _leading_asks(req_lines, items)
        if leading and lg.family_of(items[0][1]) == "bullet":
            for q in questions:  # bullets are numbered by place: after the asks above them
                if q["number"].isdigit():
                    q["number"] = str(int(q["number"]) + len(leading))
        questions = leading + questions
        trailing = _trailing_asks(after_last, questions)
        questions += trailing
    seg.questions = questions
    if resp_at is not None:
        for q in questions:
            q["answer"] = None
        seg.request, seg.response = req_lines, response
        voice = next((k for k, ln in enumerate(after_last) if ln.strip()), None)
        if voice is not None and not trailing and _REVIEW_ACCOUNT.match(after_last[voice].strip()):
            # a review's account and reasoning between the asks it sets out and its "Decision" heading
            # ("The original decision, issued on …, withheld …" / "I have carried out a review …"): the force's
            at = len(req_lines) - len(after_last) + voice
            seg.request, seg.response = req_lines[:at], [*req_lines[at:], *response]
        seg.mode = "block"
        answers_in(response, questions)
    elif answers_inline:
        _interleaved(seg, req_lines, items, last, marked)
    else:
        _sequential(seg, req_lines, items, last, marked)


def _answer_text(lines: list[str]) -> str | None:
    """An answer's lines as one text: prose lines joined, a table's rows ("| 2019 | 209 |") kept on
    lines of their own (run into the prose they made the answer's reasoning unreadable)."""
    out: list[str] = []
    for s in lines:
        if s.startswith("|") or (out and out[-1].startswith("|")):
            out.append(s)
        elif out:
            out[-1] += " " + s
        else:
            out.append(s)
    return "\n".join(out) or None


def _interleaved(seg: Segments, req_lines: list[str], items, last: int, marked: bool) -> None:
    """Answers printed under each question: the last one runs to the end."""
    questions = seg.questions
    q_last, ans_last, answering = [items[-1][3]] if items[-1][3] else [], [], False
    wrapped = _continuation(req_lines[last + 1:], items[-1][3], False) if q_last and not marked else []
    q_last += wrapped
    after = [ln.strip() for ln in req_lines[last + 1 + len(wrapped):] if ln.strip()]
    for s in after:
        if answering and ANSWERS_END.match(s):
            break  # complaint rights, a sign-off or the page's downloads: the answers are over
        opener = ANSWER_OPEN.match(s)
        if opener and q_last:
            answering = True
            ans_last.append(opener.group(1) or "")
        elif not answering and (s.endswith("?") or not q_last or marked):
            q_last.append(s)
        else:
            answering = True
            ans_last.append(s)
    q_last, ans_last = _ask_then_answer(q_last, ans_last)
    ans_last = [a for a in ans_last if a]
    questions[-1]["text"] = _unquoted(fold(" ".join(q_last)))
    questions[-1]["answer"] = _answer_text(ans_last)
    _marked_answers_after_last(questions, after)
    seg.mode = "interleaved"
    seg.request = list(req_lines[:items[0][0]]) + [q["text"] for q in questions]
    seg.response = [q["answer"] for q in questions if q["answer"]]


def _marked_answers_after_last(questions: list[dict], after: list[str]) -> None:
    """Sub-asks printed together ("3A …", "3B …", "3C …") then answered under their own numbers
    ("Answer 3A", "Answer 3B"): each takes the answer marked with its number, not the last ask all."""
    open_qs = [q for q in questions[:-1] if not q.get("answer")] + [questions[-1]]
    keys = {q["number"].lower().lstrip("q") for q in open_qs}
    marked = {m.group(1).lower() for s in after if (m := _NUMBERED_ANSWER.match(s)) and m.group(1).lower() in keys}
    if len(marked) < 2:
        return
    for q in open_qs:
        q["answer"] = None
    answers_in(after, open_qs)


_NUMBERED_ANSWER = re.compile(r"^\W{0,2}(?:answers?|responses?|reply)\s+(\d{1,2}[a-z]?)\b", re.I)


def _answers_under_labels(response: list[str], questions: list[dict]) -> None:
    """Each ask's answer: the lines under its label printed alone, to the next such label (the
    last one to the letter's closing words)."""
    by_key = {q["number"].lower(): q for q in questions}
    current, buf = None, []

    def close() -> None:
        if current is not None and buf:
            current["answer"] = fold(" ".join(buf))

    for ln in response:
        s = ln.strip()
        m = _BARE_LABEL.match(s)
        if m and m.group(1).lower() in by_key:
            close()
            current, buf = by_key[m.group(1).lower()], []
        elif current is not None and ANSWERS_END.match(s):
            break
        elif current is not None and s:
            buf.append(s)
    close()


_BARE_LABEL = re.compile(r"^\(?([a-z]|\d{1,2}[a-z]?)[.)]\s*$", re.I)


def _sequential(seg: Segments, req_lines: list[str], items, last: int, marked: bool) -> None:
    """No response heading: the response starts after the last question."""
    questions = seg.questions
    for q in questions:
        q["answer"] = None
    cut = last + 1
    if marked or not questions[-1]["text"]:
        # "Request 2" / its text on the next line(s) / "Answers 1 & 2"
        extra = []
        while cut < len(req_lines) and not ANSWER_OPEN.match(req_lines[cut].strip()):
            if req_lines[cut].strip():
                extra.append(req_lines[cut].strip())
            elif extra and not marked:
                break
            cut += 1
        questions[-1]["text"] = _unquoted(fold(" ".join([questions[-1]["text"], *extra])))
    else:
        cut += len(_continuation(req_lines[last + 1:], items[-1][3], False))
    while cut < len(req_lines) and req_lines[cut].strip().endswith("?"):
        cut += 1
    # the asks' labels printed again on lines of their own ("a)" / its answer / "b)" / …): the
    # answers start at the first, whatever the ask's wrapped text seemed to run on to
    keys = {q["number"].lower() for q in questions}
    relabel = next((j for j in range(last + 1, min(cut, len(req_lines)))
                    if (m := _BARE_LABEL.match(req_lines[j].strip())) and m.group(1).lower() in keys), None)
    if relabel is not None:
        cut = relabel
        tail = [ln.strip() for ln in req_lines[last + 1:relabel] if ln.strip()]
        questions[-1]["text"] = _unquoted(fold(" ".join([items[-1][3], *tail])))
    seg.request = req_lines[:cut]
    seg.response = req_lines[cut:]
    seg.mode = "sequential"
    if relabel is not None:
        _answers_under_labels(seg.response, questions)
