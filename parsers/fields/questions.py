"""Split a response into title, request and response, and the request into its questions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.fields.reference import split_title

_HEAD_WORDS = r"(?:the\s+|your\s+|original\s+)?(?:request(?:\s+details)?|information\s+requested|requested\s+information|you\s+asked|details\s+of\s+(?:the\s+)?request|questions?|foi\s+request)"
# "Request number: FOI 23641" / "Request date" are fields, not the request heading.
_NOT_HEAD = r"(?!\s*(?:number|no\b|ref|reference|date|received|type|id\b|status|and\s+(?:answer|response)s?)\b|\s+\d|\s*:\s*[A-Z]{1,4}[/\-]\d)"
REQUEST_HEAD = re.compile(rf"^\W{{0,3}}{_HEAD_WORDS}\b{_NOT_HEAD}\s*[:\-–]?\s*(.*)$", re.I)
REQUEST_INTRO = re.compile(
    r"(?:seek access to the following|requested the following|asked for the following"
    r"|request(?:ed|ing)? (?:for )?the following|you asked:|you requested:)(?:\s+(?:information|details|data))?\s*:?", re.I)
RESPONSE_HEAD = re.compile(
    r"^\W{0,3}(?:our\s+|the\s+|force\s+)?(?:response|responses|answers?|reply|decision|in\s+response"
    r"|response\s+to\s+(?:your\s+)?request|force\s+response|outcome)"
    r"(?!\s+\d{1,2}[a-z]?\b(?!\s*(?:[-–&]|to)\s*\d))"
    r"(?:\s+\d+\s*(?:[-–&]|to)\s*\d+)?\s*[:\-–]?\s*(.*)$", re.I)
_ITEM = [
    (re.compile(r"^\W{0,2}(Q)\s?(\d{1,2}[a-z]?)\b\s*[.):\-–]?\s*(.*)$", re.I), "q"),
    (re.compile(r"^\W{0,2}(?:question|request)\s+(\d{1,2}[a-z]?)\b\s*[.):\-–]?\s*(.*)$", re.I), "word"),
    (re.compile(r"^\(?(\d{1,2}(?:\.\d)?[a-z]?)[.)]\s*(\S.*)$"), "num"),
    (re.compile(r"^\(?(i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+(\S.*)$"), "roman"),
    (re.compile(r"^\(?([a-z])[.)]\s+(\S.*)$"), "letter"),
    (re.compile(r"^(\d)\s+([A-Z](?:[a-z]|\s[a-z]).*)$"), "bare"),  # "1 How many ..." (kept only as a 1, 2, 3 run)
    (re.compile(r"^[•·▪●◦\-*–]\s*(\S.*)$"), "bullet"),
]
_ANSWER = re.compile(
    r"^\W{0,2}(?:(?:Q|question|answer|response|reply|A)\s?(\d{1,2}[a-z]?)\b|\(?(\d{1,2}[a-z]?|[a-z])[.)](?=\s))\s*[.):\-–]?\s*(.*)$",
    re.I)
# "Response:" / "Answer 2 -" opening an answer printed under its question.
_ANSWER_OPEN = re.compile(
    r"^\W{0,2}(?:responses?|answers?|reply|our\s+response)\b(?:\s+\d{1,2}[a-z]?(?:\s*(?:[-–&,]|and|to)\s*\d{1,2}[a-z]?)*)?\s*[:.\-–]?\s*(.*)$", re.I)
# "Response 1:" opening the force's numbered answers, where the request carries no numbered items
_NUMBERED_RESPONSE = re.compile(r"^\W{0,2}(?:responses?|answers?)\s+\d{1,2}[a-z]?\b", re.I)
# Where no heading marks the response, the force starts speaking with phrases like these.
_FORCE_VOICE = re.compile(
    r"^(?:having\s+made|section\s+1\s+of|following\s+(?:receipt|enquiries|a\s+search)|i\s+can\s+confirm|we\s+(?:can|have|are|do|hold|consulted)\b"
    r"|please\s+(?:find|see)\b|in\s+response\b|unfortunately|above\s+is|i\s+(?:am|have)\s+(?:not|today|been|able)"
    r"|[\w\s&'-]{0,40}\b(?:police|constabulary|constabularies|service)\s+(?:can|cannot|does|do|is|are|has|have|holds?|neither)\b)", re.I)
_PREAMBLE = re.compile(
    r"^(?:dear\b|hello\b|hi\b|good (?:morning|afternoon)|many thanks|thank you|thanks|kind regards|regards"
    r"|yours\b|i am writing|i'm writing|i write|under the freedom of information|this is a (?:freedom|request)"
    r"|i would like to (?:make|submit|request)(?! the number)|please (?:could you )?(?:treat|consider) this"
    r"|(?:please\s+)?(?:can|could) you (?:please )?(?:provide|supply|send) (?:me )?(?:with )?the following)",
    re.I)
# "Reference: IM-FOI-2024-0252", "Date published: 11 October 2024": page fields, not asks.
_FIELD_LINE = re.compile(r"^[A-Z][A-Za-z /]{1,30}:\s*[^?]{1,60}$")
_SUBJECT = re.compile(r"^(?:subject|title|re|topic|request title)\s*[:\-–]\s*(.+)$", re.I)


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
    """(kind, label, text) when the line opens a question item."""
    s = line.strip()
    for pat, kind in _ITEM:
        m = pat.match(s)
        if m:
            if kind == "q":
                return kind, "Q" + m.group(2), m.group(3)
            if kind == "bullet":
                return kind, "", m.group(1)
            return kind, m.group(1), m.group(2)
    return None


def _is_table_row(line: str) -> bool:
    return line.strip().startswith("|")


def _paragraphs(lines: list[str]) -> list[str]:
    out, cur = [], []
    for ln in lines:
        if ln.strip():
            cur.append(ln.strip())
            if ln.rstrip().endswith((".", "?", "!", ":")):  # a line per paragraph, no blank lines
                out.append(" ".join(cur))
                cur = []
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def _split_asks(par: str) -> list[str]:
    """One unnumbered paragraph may hold several asks ("How many X? And how many Y?")."""
    if par.count("?") < 2:
        return [par]
    return [p.strip() for p in re.findall(r"[^?]+\?", par) if len(p.strip()) > 10] or [par]


def _find(lines: list[str], pat: re.Pattern, start: int = 0) -> int | None:
    for i in range(start, len(lines)):
        s = lines[i].strip()
        if s and len(s) < 160 and pat.match(s) and not _is_table_row(s):
            m = pat.match(s)
            rest = m.group(m.lastindex) if m.lastindex else ""
            # A heading is short; "Request: text" and "Response: text" carry the text after it.
            if not rest or len(s) < 160:
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


def _items(lines: list[str]) -> list[tuple[int, str, str, str]]:
    """Question items in lines: (line index, kind, label, text); one kind, the first seen."""
    found = []
    kind0 = None
    for i, ln in enumerate(lines):
        it = _item(ln)
        if not it:
            continue
        if it[0] == "roman" and kind0 == "letter" and len(it[1]) == 1:
            it = ("letter",) + it[1:]  # "i)" after "h)" continues a lettered list
        if kind0 is None:
            kind0 = it[0]
        if it[0] == kind0:
            found.append((i,) + it)
    if kind0 == "bullet" and found:
        # "Ask one?\n• Ask two?\nAsk three?\n• Ask four?": unbulleted asks among the bullets count too.
        hi = found[-1][0]
        lo = next((i for i in range(found[0][0] - 1, -1, -1) if lines[i].strip()), hi)
        bulleted = {f[0] for f in found}
        for i in range(lo, hi):
            s = lines[i].strip()
            starts = i == lo or not lines[i - 1].strip() or i - 1 in bulleted  # not a bullet's wrapped tail
            if (i not in bulleted and "?" in s and s[:1].isupper() and not _item(s) and starts
                    and not s.endswith(":") and not re.search(r"\bthe\s+following\b", s, re.I)):
                found.append((i, "bullet", "", s))
        found.sort()
    if kind0 == "bare" and [f[2] for f in found] != [str(k + 1) for k in range(len(found))]:
        return []  # "5 stations closed" is a sentence, not the fifth ask
    if kind0 == "bare" and len(found) < 2:
        return []
    return found


_INLINE = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]?\s+(?=[A-Z])")


def _split_inline(lines: list[str]) -> list[str]:
    """'1 Gender 2 Religion 3 Nationality' or '1. Ask one. 2. Ask two.' on one line: one ask a line."""
    out = []
    for ln in lines:
        s = ln.strip()
        marks, want = [], 1
        for m in _INLINE.finditer(s):
            if int(m.group(1)) == want and (want > 1 or m.start() == 0):
                marks.append(m.start())
                want += 1
        if len(marks) >= 2:
            out.extend(s[a:b].strip() for a, b in zip(marks, marks[1:] + [len(s)], strict=True))
        else:
            out.append(ln)
    return out


def _number(items: list[tuple[int, str, str, str]]) -> list[str]:
    labels = [lab for _, _, lab, _ in items]
    if len(set(labels)) < len(labels) or any(not lab for lab in labels):
        return [str(k + 1) for k in range(len(labels))]  # "1." repeated by a flattened list
    return labels


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
    if len(marks) < 1:
        return
    for k, (i, key, first) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(response)
        body = [first] + response[i + 1:end]
        text = " ".join(" ".join(b.split()) for b in body if b.strip())
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


def segment(lines: list[str]) -> Segments:
    seg = Segments()
    body = [ln for ln in lines]
    # Title: "Title (ref)" on the first lines, or a "Subject:" / "Re:" field.
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

    req_at = _find(body, REQUEST_HEAD)
    intro_at = next((i for i, ln in enumerate(body) if REQUEST_INTRO.search(ln)), None)
    if intro_at is not None and (req_at is None or intro_at < req_at):
        req_at, req_first = intro_at, ""
        m = REQUEST_INTRO.search(body[intro_at])
        req_first = body[intro_at][m.end():].strip(" :")
    else:
        req_first = _head_rest(body[req_at], REQUEST_HEAD) if req_at is not None else ""
    resp_at = _find(body, RESPONSE_HEAD, (req_at + 1) if req_at is not None else 0)
    if resp_at is not None:
        before = {lab.lower().lstrip("q") for _, _, lab, _ in _items(body[(req_at or 0):resp_at])}
        after = {lab.lower().lstrip("q") for _, _, lab, _ in _items(body[resp_at + 1:])}  # "Q1" answers "1."
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
    req_lines = _split_inline(req_lines)
    items = _items(req_lines)
    if items:
        labels = _number(items)
        questions, answers_inline = [], False
        last = items[-1][0]
        # Explicit "Answer 1" / "Response:" markers: only what follows them answers; sub-items above stay in the ask.
        marked = resp_at is None and any(_ANSWER_OPEN.match(ln.strip()) for ln in req_lines[items[0][0] + 1:])
        for k, (i, _kind, _lab, text) in enumerate(items):
            end = items[k + 1][0] if k + 1 < len(items) else None
            tail = req_lines[i + 1:end] if end is not None else []
            if end is None and resp_at is not None:
                tail = _first_block(req_lines[i + 1:])  # the last ask runs on to a blank line or the heading
            q_text, ans = [text] if text else [], []
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
            questions.append({"number": labels[k], "text": " ".join(" ".join(q_text).split()),
                              "answer": " ".join(ans) or None})
        if resp_at is None:
            if answers_inline:
                # Answers printed under each question: the last one runs to the end.
                after = [ln.strip() for ln in req_lines[last + 1:] if ln.strip()]
                q_last, ans_last, answering = [items[-1][3]] if items[-1][3] else [], [], False
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
                questions[-1]["text"] = " ".join(" ".join(q_last).split())
                questions[-1]["answer"] = " ".join(ans_last) or None
                seg.mode = "interleaved"
                seg.request = [ln for ln in req_lines[:items[0][0]]] + [q["text"] for q in questions]
                seg.response = [q["answer"] for q in questions if q["answer"]]
            else:
                for q in questions:
                    q["answer"] = None
                # No response heading: the response starts after the last question.
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
                    questions[-1]["text"] = " ".join(" ".join([questions[-1]["text"], *extra]).split())
                while cut < len(req_lines) and req_lines[cut].strip().endswith("?"):
                    cut += 1
                seg.request = req_lines[:cut]
                seg.response = req_lines[cut:]
                seg.mode = "sequential"
        else:
            for q in questions:
                q["answer"] = None
            seg.request, seg.response = req_lines, response
            seg.mode = "block"
            _answers_in(response, questions)
        seg.questions = questions
        return _title_from_request(seg)

    seg.mode = "block" if (req_at is not None and resp_at is not None) else "none"
    if req_at is None and resp_at is None:
        asks = _field_block_asks(body)
        if asks:
            # A field block (keywords / reference / title / dates / the ask / outcome), no headings.
            seg.request = [body[i] for i in asks]
            seg.response = [ln for i, ln in enumerate(body) if i not in asks]
            seg.questions = [{"number": str(k + 1), "text": " ".join(body[i].split()), "answer": None}
                             for k, i in enumerate(asks)]
            return seg
    seg.request = req_lines if (req_at is not None or resp_at is not None) else []
    seg.response = response if (req_at is not None or resp_at is not None) else body
    if seg.request:
        req = [ln for ln in seg.request if not _is_table_row(ln)]
        filled = [k for k, ln in enumerate(req) if ln.strip()]
        # A short heading-like first line of the request is its subject (the Met prints it so).
        if seg.title is None and len(filled) > 1 and _looks_like_title(req[filled[0]]):
            seg.title = req[filled[0]].strip()
            req[filled[0]] = ""
        pars = _paragraphs(req)
        if pars and seg.title and pars[0].strip().lower() == seg.title.lower():
            pars = pars[1:]
        asks = []
        for k, p in enumerate(pars):
            if resp_at is None and asks and _FORCE_VOICE.match(p):
                # No response heading: the force's own words end the request.
                seg.response = [*pars[k:], *seg.response]
                break
            if re.match(r"^clarification\b", p, re.I):
                break  # a clarification exchange follows the request; it asks nothing new
            p = _after_intro(p)
            if (not p or _PREAMBLE.match(p) or (p.endswith(":") and "?" not in p)
                    or _FIELD_LINE.match(p)):
                continue
            asks.extend(_split_asks(p))
        seg.questions = [{"number": str(k + 1), "text": a, "answer": None} for k, a in enumerate(asks)]
        _answers_in(seg.response, seg.questions)
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
        if _FORCE_VOICE.match(s) or _PREAMBLE.match(s) or re.match(r"^(?:dear|yours)\b", s, re.I):
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


def _first_block(lines: list[str]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if not ln.strip():
            if out:
                break
            continue
        out.append(ln)
    return out


def _title_from_request(seg: Segments) -> Segments:
    if seg.title is None:
        first = next((ln.strip() for ln in seg.request if ln.strip()), "")
        if first and _looks_like_title(first) and not _item(first):
            seg.title = first
    return seg
