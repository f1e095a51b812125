"""Which parts of a parsed record topic tagging reads, and in which role.

The title; the request, its first ask and a letter's subject line marked as the subject, the rest
as side evidence; for a record without a usable request, the response's headings. The role decides
how much a phrase weighs (topic_evidence.py) and whether it can make a topic (topics.py), so it
is decided here from the record's structure alone, before any phrase is matched.
"""

import re

from .passages import classify, split_paragraphs

RESPONSE_CAP = 4000
SUBJECT_CHARS = 200
MIN_REQUEST = 20
_HEADER_LINE = re.compile(r"\s*(reference|date published|request number)\b.*$", re.I)  # without parsed questions, the subject is the request's opening

# Letter structure: the subject line sits next to the salutation or after a "Re:" label.
_SALUTATION = re.compile(r"^\s*dear\b", re.I)  # "Dear Requester," / "Dear Ms Smith"
_SUBJECT_LABEL = re.compile(  # "Re: Taser use in schools", "Subject: Police horses"
    r"^\s*(?:re|subject|request title|title of request)\s*[:\-\u2013]\s*(?P<text>\S.*)$", re.I)
_HEADER_FIELD = re.compile(  # letterhead and reference fields are never the subject
    r"""\b(?:ref(?:erence)?|date|our\ ref|your\ ref|tel|telephone|email|fax|page)\b\s*(?:no\.?\s*)?[:.]
      | freedom\ of\ information | \bact\ 20\d\d\b | \b\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+20\d\d\b
      | \b[a-z]{1,2}\d{1,2}[a-z]?\s*\d[a-z]{2}\b          # postcode: "AB1 2CD"
      | ^[^a-z]*$                                      # all capitals or no letters: letterhead
    """, re.I | re.X)
_SUBJECT_LINE_WORDS = 14
# A contact field's number in a letterhead or signature ("Telephone: 101", "Direct dial: 01000 000000"):
# never topic evidence (blanked in place, so offsets hold).
_CONTACT_NUMBER = re.compile(
    r"\b(?:tel(?:ephone)?|phone|direct\s+(?:dial|line)|minicom|text\s?phone|fax|mobile|switchboard|call\s+us\s+on)"
    r"\s*(?:no\.?|number)?\s*[:.]?\s*\+?\d[\d ()-]{1,20}\d?", re.I)


# An example given in passing names no subject: "(for example when executing a warrant,
# immigration visits, etc)", "For example: 'stabbed him with a knife'", "(NFA, charged, etc)". A
# marker opens the example; it runs to the bracket it sits in, else to the end of its line.
_EXAMPLE_MARKER = re.compile(r"\b(?:for\s+example|for\s+instance|e\.\s?g\.?|i\.\s?e\.?)(?=[\s,:;'\"\u2018\u201c])", re.I)
_ETC_BRACKET = re.compile(r"\([^()\n]{0,200}\betc\.?\s*\)", re.I)  # "(NFA, charged, out of court disposal etc)"
# A unit's name says whose, not what: "Rural Crime Team vehicles", "the Cyber Crime Squad's budget".
UNIT_NAME_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?:Team|Unit|Squad|Department|Hub)\b")


def example_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the examples given in passing in `text` (see _EXAMPLE_MARKER)."""
    spans = [(m.start(), m.end()) for m in _ETC_BRACKET.finditer(text)]
    for m in _EXAMPLE_MARKER.finditer(text):
        start = m.start()
        opened = text.rfind("(", 0, start)
        inside = opened >= 0 and text.find(")", opened, start) < 0 and "\n" not in text[opened:start]
        if inside:
            close = text.find(")", start)
            end = close if close >= 0 else len(text)
        else:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
        spans.append((start, end))
    return spans


def _without_contact_numbers(text: str) -> str:
    return _CONTACT_NUMBER.sub(lambda m: " " * len(m.group(0)), text)

# Data-only files: a heading is a short line (or a table row with one filled cell) that is not
# a sentence, a note or a data row ("Missing person episodes by age group, 2021 to 2023").
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_ALIGNED_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S.*\S(?: {2,}|\t)\S")  # "Age group   2021   2022"
_HEADING_WORDS = 16


without_contact_numbers = _without_contact_numbers  # read by topics.py to place mentions in asks


# A whitespace run other than one plain space (a lone space folds to itself, so it is skipped).
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")


def fold(text: str) -> tuple[str, list[int]]:
    """Text with each whitespace run made one space (a PDF or e-mail line wrap inside a phrase,
    "children aged\n10 to 17", must not split it), and each folded char's offset in `text`."""
    out, where, last = [], [], 0
    for m in _SPACE_RUN.finditer(text):
        out.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        out.append(" ")
        where.append(m.start())
        last = m.end()
    out.append(text[last:])
    where.extend(range(last, len(text)))
    where.append(len(text))  # the end offset of a span that runs to the end
    return "".join(out), where


def _find_folded(haystack: str, needle: str) -> tuple[int, int] | None:
    """Span in `haystack` of `needle`, whitespace runs folded on both sides."""
    folded, where = fold(haystack)
    key = " ".join(needle.split())
    at = folded.find(key) if key else -1
    if at < 0:
        return None
    return where[at], where[at + len(key) - 1] + 1


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _is_header(line: str) -> bool:
    return bool(_HEADER_FIELD.search(line.lower())) or line.strip().endswith(":")


def _short_phrase(line: str, words: int) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= words and s[-1] not in ".?!:;," and not s[0].islower()


def _subject_lines(request: str, before: int) -> list[tuple[int, int]]:
    """Spans of a letter's subject line(s) in the request's opening (before the first ask)."""
    lines = [(p, ln) for p, ln in _lines(request) if p < before or before < 0]
    spans = []
    for i, (pos, line) in enumerate(lines):
        m = _SUBJECT_LABEL.match(line)
        if m:
            spans.append((pos + m.start("text"), pos + len(line)))
            continue
        if not _SALUTATION.match(line):
            continue
        for step in (-1, 1):  # the nearest non-blank line above and below the salutation
            j = i + step
            while 0 <= j < len(lines) and not lines[j][1].strip():
                j += step
            if 0 <= j < len(lines):
                p, cand = lines[j]
                if _short_phrase(cand, _SUBJECT_LINE_WORDS) and not _is_header(cand) \
                        and not _SALUTATION.match(cand):
                    spans.append((p, p + len(cand)))
    return spans


def _headings(text: str) -> list[tuple[int, int]]:
    """Spans of heading lines and one-cell title rows of a data-only response."""
    spans = []
    for pos, line in _lines(text[: RESPONSE_CAP * 3]):
        m = _TABLE_ROW.match(line)
        if m:
            cells = [c.strip() for c in m.group(1).split("|")]
            filled = [c for c in cells if c and not set(c) <= set("-: ")]
            if len(filled) != 1:
                continue
            cand = filled[0]
            start = pos + line.index(cand)
        else:
            cand, start = line.strip(), pos + len(line) - len(line.lstrip())
            if _ALIGNED_COLUMNS.search(cand):
                continue
        if _short_phrase(cand, _HEADING_WORDS) and not _is_header(cand) \
                and any(ch.isalpha() for ch in cand):
            spans.append((start, start + len(cand)))
    return spans


def _one_question(text: str, start: int, end: int) -> tuple[int, int]:
    """The span cut after its first question mark when more asks follow it: a paragraph the
    parser kept whole ("How many times ...? How many ...? How many ... does it employ?") has
    its main ask first."""
    ask = text.find("?", start, end)
    if ask >= 0 and len(text[ask + 1:end].strip(' "\u201d)\n')) > 10:
        return start, ask + 1
    return start, end


def _first_ask_span(rec: dict) -> tuple[int, int]:
    """Char span of the request's first question in request_text (the main ask)."""
    request = rec.get("request_text") or ""
    first = " ".join((((rec.get("questions") or [{}])[0] or {}).get("text") or "").split())
    # The question is stored with its whitespace folded; the request keeps its line wraps.
    head = _find_folded(request, first[:60].strip('"\u201c\u201d ')) if first else None
    if head:
        tail = _find_folded(request[head[0]:], first[-40:].strip('"\u201c\u201d '))
        return _one_question(request, head[0], head[0] + tail[1] if tail else head[1])
    # No parsed questions: the main ask is the opening sentence that asks something.
    ask = request.find("?")
    end = ask + 1 if 0 <= ask < SUBJECT_CHARS else SUBJECT_CHARS
    return 0, min(len(request), end)


def has_request(rec: dict) -> bool:
    """False when the parser found no usable request (a letter whose request sits in an
    attachment, a data-only file, or a page that only carries its reference and date)."""
    text = "\n".join([rec.get("request_text") or ""] +
                     [(q or {}).get("text") or "" for q in rec.get("questions") or []])
    lines = [ln for ln in text.splitlines() if not _HEADER_LINE.match(ln)]
    return len(" ".join(lines).strip()) >= MIN_REQUEST


def chunks_of(rec: dict) -> list[tuple[str, str, list[tuple[int, int]], str]]:
    """(field, text, subject spans, role outside them) for the request's fields.

    A chunk's hits inside one of its subject spans have the role "subject" (the title's
    "title"); the others have the chunk's default role."""
    title = rec.get("title") or ""
    out = [("title", title, [(0, len(title))], "title")] if title.strip() else []
    if not has_request(rec):
        response = _without_contact_numbers(rec.get("response_text") or "")
        out.append(("response_text", response, _headings(response), "body"))
        return out
    request = _without_contact_numbers(rec.get("request_text") or "")
    if request.strip():
        first = _first_ask_span(rec)
        out.append(("request_text", request, [first] + _subject_lines(request, first[0]),
                    "side"))
    folded = " ".join(request.split())
    for i, q in enumerate(rec.get("questions") or []):
        qtext = (q or {}).get("text") or ""
        if qtext.strip() and " ".join(qtext.split()) not in folded:
            out.append((f"questions[{i}].text", qtext,
                        [_one_question(qtext, 0, len(qtext))] if i == 0 else [], "side"))
    return out


def response_content(rec: dict) -> list[tuple[int, str]]:
    """(offset, paragraph) for the response's own content paragraphs, capped."""
    out, used = [], 0
    for start, para in split_paragraphs((rec.get("response_text") or "")[: RESPONSE_CAP * 3]):
        if classify(para) != "other":
            continue
        out.append((start, para[: RESPONSE_CAP - used]))
        used += len(para)
        if used >= RESPONSE_CAP:
            break
    return out

