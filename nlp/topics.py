"""Topic tagging of a parsed record: the request's subject decides, precision first.

A journalist files a request under what it is about: its title and its first (main) ask. So:

- Each piece of evidence has a role. "subject": the title, a letter's subject line (next to the
  salutation, or after "Re:"), the first ask. "side": later asks and the rest of the request.
  The response's own content only supports (its boilerplate and exemption reasoning never count).
- A primary topic needs a strong phrase in the subject, or a weak one there plus more evidence.
  Broad topics (the taxonomy's `broad: true`: technology, policies, crime statistics, finance,
  surveillance, workforce) need a strong phrase in the subject.
- Topics are ranked by evidence. A second subject topic needs a strong phrase in the subject,
  or two weak ones with one in the title (a broad one: strong in the title, or strong in the
  first ask and named in the title, e.g. "Software spend", "Firearms officers" with "How many
  firearms officers did the force employ?"). A third (the contract allows 1-3)
  needs a strong phrase both in the subject and in a later ask. Failing a second, one side topic
  whose later asks weigh ASSIGN_AT (two mentions: one later "how much did the force spend" is a
  detail of the request, not its subject) and whose answer shows it in its data (a
  `response_patterns` match: £ figures). Phrases in the answer's prose never add a side topic.
- Overlapping phrases of one topic are one mention ("how much did the force spend on").
- Whitespace runs are folded before matching, so a PDF line wrap never splits a phrase.
- A record without a usable request (a data-only spreadsheet, a page whose request sat in an
  attachment) is filed by its title and headings (table title rows); its body cells only support.

Only the first RESPONSE_CAP characters of the response are read, so huge letters stay cheap.
"""

import re
from functools import lru_cache

from .passages import classify, split_paragraphs
from .taxonomy import GENERIC, STRONG, WEAK, load_taxonomy

RESPONSE_CAP = 4000
ASSIGN_AT = 1.0
SUPPORT_AT = 1.0
MAX_TOPICS = 3  # a third only when the whole request is about it (see _select)
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

# Data-only files: a heading is a short line (or a table row with one filled cell) that is not
# a sentence, a note or a data row ("Missing person episodes by age group, 2021 to 2023").
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_ALIGNED_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S.*\S(?: {2,}|\t)\S")  # "Age group   2021   2022"
_HEADING_WORDS = 16


_SPACE_RUN = re.compile(r"\s+")


def _fold(text: str) -> tuple[str, list[int]]:
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
    folded, where = _fold(haystack)
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


def _has_request(rec: dict) -> bool:
    """False when the parser found no usable request (a letter whose request sits in an
    attachment, a data-only file, or a page that only carries its reference and date)."""
    text = "\n".join([rec.get("request_text") or ""] +
                     [(q or {}).get("text") or "" for q in rec.get("questions") or []])
    lines = [ln for ln in text.splitlines() if not _HEADER_LINE.match(ln)]
    return len(" ".join(lines).strip()) >= MIN_REQUEST


def _chunks(rec: dict) -> list[tuple[str, str, list[tuple[int, int]], str]]:
    """(field, text, subject spans, role outside them) for the request's fields.

    A chunk's hits inside one of its subject spans have the role "subject" (the title's
    "title"); the others have the chunk's default role."""
    title = rec.get("title") or ""
    out = [("title", title, [(0, len(title))], "title")] if title.strip() else []
    if not _has_request(rec):
        response = rec.get("response_text") or ""
        out.append(("response_text", response, _headings(response), "body"))
        return out
    request = rec.get("request_text") or ""
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


def _response_content(rec: dict) -> list[tuple[int, str]]:
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


def _weight(tier: str, subject: bool) -> float:
    if tier == "subject":  # a cue of what the request is about, e.g. "how much did the force spend"
        return STRONG if subject else WEAK
    return {"strong": STRONG, "weak": WEAK, "generic": GENERIC}[tier]


class _Evidence:
    """The phrases found for one topic: {phrase key: [tier, roles, [evidence...]]}."""

    def __init__(self):
        self.phrases: dict[str, list] = {}
        self.support = 0.0
        self.support_ev: list[dict] = []
        self.answered = False  # a response pattern of the topic matched the answer

    def add(self, key, tier, role, ev):
        entry = self.phrases.setdefault(key, [tier, set(), []])
        if _weight(tier, True) > _weight(entry[0], True):
            entry[0] = tier
        entry[1].add(role)
        entry[2].append(ev)

    def _sum(self, keep) -> float:
        return sum(_weight(t, subject) for t, roles, _ in self.phrases.values()
                   for subject in [bool(roles & {"title", "subject"})] if keep(t, roles))

    @property
    def title(self) -> float:
        return self._sum(lambda t, roles: "title" in roles)

    @property
    def subject(self) -> float:
        return self._sum(lambda t, roles: bool(roles & {"title", "subject"}))

    @property
    def side(self) -> float:  # later asks only, generic cues excluded
        return self._sum(lambda t, roles: not roles & {"title", "subject"} and t != "generic")

    @property
    def total(self) -> float:
        return self._sum(lambda t, roles: True)

    def strong_in(self, roles: set) -> bool:
        return any(t in ("strong", "subject") and r & roles for t, r, _ in self.phrases.values())

    @property
    def in_title(self) -> bool:
        return any("title" in r for _, r, _ in self.phrases.values())

    def weak_in(self, roles: set) -> bool:
        return any(t == "weak" and r & roles for t, r, _ in self.phrases.values())

    def evidence(self) -> list[dict]:
        evs = [ev for _, _, e in self.phrases.values() for ev in e] + self.support_ev
        evs.sort(key=lambda e: (e["field"] != "title", e["field"], e["start"]))
        return evs[:12]


def _one_per_mention(hits: list[tuple]) -> list[tuple]:
    """A topic's overlapping phrases are one mention: "how much did the force spend" and
    "spend on" in one ask count once (the stronger, then the longer, phrase)."""
    kept: list[tuple] = []
    for hit in sorted(hits, key=lambda h: (-h[1], h[4] - h[5], h[4])):
        slug, start, end = hit[0], hit[4], hit[5]
        if not any(k[0] == slug and k[4] < end and start < k[5] for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h[4])


def _collect(nlp_, chunks, as_role=None) -> dict[str, _Evidence]:
    found: dict[str, _Evidence] = {}
    folded = [_fold(text) for _, text, _, _ in chunks]
    docs = nlp_.pipe(f for f, _ in folded)
    for (field, text, spans, default), (_, where), doc in zip(chunks, folded, docs, strict=True):
        for slug, _, tier, key, fstart, fend in _one_per_mention(doc._.topic_hits):
            start, end = where[fstart], where[fend - 1] + 1
            role = as_role or next(("title" if default == "title" else "subject"
                                    for a, b in spans if a <= start < b), default)
            ev = {"text": text[start:end], "field": field, "start": start, "end": end}
            found.setdefault(slug, _Evidence()).add(key, tier, role, ev)
    return found


@lru_cache(maxsize=1)
def _response_patterns() -> dict[str, list[re.Pattern]]:
    """The taxonomy's `response_patterns`: answers that show a topic (£ amounts for spending)."""
    return {slug: [re.compile(p) for p in e["response_patterns"]]
            for slug, e in load_taxonomy().items() if e["response_patterns"]}


def _add_support(nlp_, rec: dict, found: dict[str, _Evidence]) -> None:
    """The response's own content (no boilerplate or reasoning) as support for each topic."""
    paras = _response_content(rec)
    folded = [_fold(text) for _, text in paras]
    docs = nlp_.pipe(f for f, _ in folded)
    patterns = _response_patterns()
    seen: dict[str, set] = {}
    for (offset, text), (_, where), doc in zip(paras, folded, docs, strict=True):
        hits = [(slug, tier, key, where[s], where[e - 1] + 1)
                for slug, _w, tier, key, s, e in doc._.topic_hits]
        for slug, pats in patterns.items():
            for pat in pats:
                m = pat.search(text)
                if m:
                    hits.append((slug, "strong", f"re:{pat.pattern}", m.start(), m.end()))
                    if slug in found:
                        found[slug].answered = True
        for slug, tier, key, s, e in hits:
            if tier == "generic" or slug not in found or key in seen.setdefault(slug, set()):
                continue
            seen[slug].add(key)
            ev = found[slug]
            ev.support += _weight(tier, False)
            ev.support_ev.append({"text": text[s:e], "field": "response_text",
                                  "start": offset + s, "end": offset + e})


def _rank(ev: _Evidence, broad: bool) -> tuple:
    """Named in the title first; then a specific topic before a broad one ("hate crimes
    recorded" is hate crime, with crime statistics at most beside it); then the evidence."""
    return (ev.title > 0, not broad, ev.subject + 0.5 * ev.side + 0.25 * min(ev.support, 2.0))


def _result(slug: str, ev: _Evidence) -> dict:
    score = min(1.0, (ev.subject + 0.5 * ev.side + 0.5 * min(ev.support, 2.0)) / 2.0)
    return {"topic": slug, "score": round(max(score, 0.05), 3), "evidence": ev.evidence()}


def _select(found: dict[str, _Evidence], broad: set[str], max_topics: int,
            side_topics: bool) -> list[dict]:
    subject = {"title", "subject"}

    def primary(slug, ev):
        if ev.strong_in(subject):
            return True
        if slug in broad or not ev.weak_in(subject):
            return False
        return ev.total >= ASSIGN_AT or ev.support >= SUPPORT_AT

    ranked = sorted(((s, e) for s, e in found.items() if primary(s, e)),
                    key=lambda se: _rank(se[1], se[0] in broad), reverse=True)
    chosen = ranked[:1]
    for slug, ev in ranked[1:]:
        if len(chosen) >= max_topics:
            break
        if len(chosen) == 2:  # a third: strong in the subject and again in the later asks
            if slug not in broad and ev.strong_in(subject) and ev.strong_in({"side"}):
                chosen.append((slug, ev))
        elif slug in broad:  # strong in the title, or strong in the first ask and named in the title
            if ev.strong_in({"title"}) or (ev.strong_in(subject) and ev.in_title):
                chosen.append((slug, ev))
        elif ev.strong_in(subject) or (ev.weak_in({"title"}) and ev.subject >= ASSIGN_AT):
            chosen.append((slug, ev))  # strong, or two weak cues of which one in the title
    if side_topics and len(chosen) < max_topics:
        names = {s for s, _ in chosen}
        side = [(s, e) for s, e in found.items() if s not in names and e.answered
                and e.side >= ASSIGN_AT]
        side.sort(key=lambda se: (se[1].side + se[1].support), reverse=True)
        chosen += side[:1]
    return [_result(s, e) for s, e in chosen]


def tag(rec: dict, nlp_) -> list[dict]:
    taxonomy = load_taxonomy()
    broad = {slug for slug, e in taxonomy.items() if e["broad"]}
    chunks = _chunks(rec)
    found = _collect(nlp_, chunks)
    if not _has_request(rec):
        # No request: the title and headings decide; body cells (breakdown rows such as
        # "Domestic abuse concerns" under a licensing table) never add a topic.
        picked = _select(found, broad, 2, side_topics=False)
        if picked:
            return picked
        return _select(_collect(nlp_, chunks, as_role="subject"), broad, 1, side_topics=False)
    # The response is read only when it could tip a weak subject topic or confirm a side one.
    if any(e.side >= ASSIGN_AT or
           (e.weak_in({"subject", "title"}) and e.total < ASSIGN_AT) for e in found.values()):
        _add_support(nlp_, rec, found)
    picked = _select(found, broad, MAX_TOPICS, side_topics=True)
    if picked:
        return picked
    # Nothing in the subject (e.g. a lead-in first ask and no title): the whole request decides.
    return _select(_collect(nlp_, chunks, as_role="subject"), broad, 1, side_topics=False)
