"""Topic tagging of a parsed record: the request decides, the response only supports.

A topic is assigned when its evidence in the request fields (title, request text, question
texts) weighs at least 1.0, or weighs 0.5 and the response's own content adds at least 1.0 —
and the evidence decides: it holds a strong phrase, or a weak phrase with some of its evidence in
the request's subject (the title or the first question). Generic cues ("how much", "calls",
"children") only add weight, so a side question's "how much was spent" files nothing. Response paragraphs that are reasoning or boilerplate
(exemptions, harm, public interest, review rights, standards statements) never count, and only
the first RESPONSE_CAP characters of the response are read, so huge letters stay cheap.
"""

import re

from .passages import classify, split_paragraphs

REQUEST_FIELDS = ("title", "request_text")
RESPONSE_CAP = 4000
ASSIGN_AT = 1.0
SUPPORT_AT = 1.0
MAX_TOPICS = 4
SUBJECT_CHARS = 200
MIN_REQUEST = 20
_HEADER_LINE = re.compile(r"\s*(reference|date published|request number)\b.*$", re.I)  # without parsed questions, the subject is the request's opening


def _request_texts(rec: dict) -> list[tuple[str, str]]:
    texts = [(f, rec.get(f) or "") for f in REQUEST_FIELDS]
    request = rec.get("request_text") or ""
    for i, q in enumerate(rec.get("questions") or []):
        qtext = (q or {}).get("text") or ""
        if qtext and " ".join(qtext.split()) not in " ".join(request.split()):
            texts.append((f"questions[{i}].text", qtext))
    return [(f, t) for f, t in texts if t.strip()]


def _response_content(rec: dict) -> list[tuple[str, int, str]]:
    """(field, offset, paragraph) for the response's own content paragraphs, capped."""
    out, used = [], 0
    for start, para in split_paragraphs((rec.get("response_text") or "")[: RESPONSE_CAP * 3]):
        if classify(para) != "other":
            continue
        out.append(("response_text", start, para[: RESPONSE_CAP - used]))
        used += len(para)
        if used >= RESPONSE_CAP:
            break
    return out


def _subject_span(rec: dict) -> tuple[int, int]:
    """Char span of the request's first question in request_text (the subject, with the title)."""
    request = rec.get("request_text") or ""
    first = ((rec.get("questions") or [{}])[0] or {}).get("text") or ""
    at = request.find(first.strip()[:60]) if first.strip() else -1
    if at >= 0:
        return at, at + len(first.strip())
    # No parsed questions: the subject is the opening sentence that asks something.
    ask = request.find("?")
    end = ask + 1 if 0 <= ask < SUBJECT_CHARS else SUBJECT_CHARS
    return 0, min(len(request), end)


def _in_subject(field: str, start: int, span: tuple[int, int]) -> bool:
    if field in ("title", "questions[0].text"):
        return True
    return field == "request_text" and span[0] <= start < span[1]


def _collect(nlp_, chunks, span=None):
    """{topic: {phrase_key: [weight, tier, in_subject, [evidence...]]}} over the chunks.

    `span` is the subject span of request_text; None means every chunk is subject."""
    found: dict[str, dict] = {}
    docs = nlp_.pipe(text for _, _, text in chunks)
    for (field, offset, text), doc in zip(chunks, docs, strict=True):
        for slug, weight, tier, key, start, end in doc._.topic_hits:
            subj = span is None or _in_subject(field, offset + start, span)
            if tier == "subject" and not subj:
                continue  # e.g. "offences were recorded" in a side question is not the request
            ev = {"text": text[start:end], "field": field, "start": offset + start,
                  "end": offset + end}
            entry = found.setdefault(slug, {}).setdefault(key, [0.0, tier, False, []])
            if weight > entry[0]:
                entry[0], entry[1] = weight, tier
            entry[2] = entry[2] or subj
            entry[3].append(ev)
    return found


def _weight(phrases: dict) -> float:
    return sum(p[0] for p in phrases.values())


def _decides(phrases: dict) -> bool:
    """Strong evidence, or weak evidence that touches the request's subject."""
    if any(p[1] in ("strong", "subject") for p in phrases.values()):
        return True
    return any(p[1] == "weak" for p in phrases.values()) and any(p[2] for p in phrases.values())


def _support(phrases: dict) -> float:
    return sum(p[0] for p in phrases.values() if p[1] != "generic")


def _has_request(rec: dict) -> bool:
    """False when the parser found no usable request (a letter whose request sits in an
    attachment, or a page that only carries its reference and date)."""
    text = "\n".join([rec.get("request_text") or ""] +
                     [(q or {}).get("text") or "" for q in rec.get("questions") or []])
    lines = [ln for ln in text.splitlines() if not _HEADER_LINE.match(ln)]
    return len(" ".join(lines).strip()) >= MIN_REQUEST


def tag(rec: dict, nlp_) -> list[dict]:
    request = [(f, 0, t) for f, t in _request_texts(rec)]
    if not _has_request(rec):
        # No usable request (e.g. a letter the parser could not split): the response's own
        # content stands in for it, boilerplate still excluded.
        req, resp = _collect(nlp_, request + _response_content(rec)), {}
    else:
        req = _collect(nlp_, request, _subject_span(rec))
        # The response is only read when it could tip a topic with half the evidence.
        undecided = any(ASSIGN_AT / 2 <= _weight(p) < ASSIGN_AT and _decides(p)
                        for p in req.values())
        resp = _collect(nlp_, _response_content(rec)) if undecided else {}
    results = []
    for slug, phrases in req.items():
        if not _decides(phrases):
            continue
        r = _weight(phrases)
        s = _support(resp.get(slug, {}))
        if r >= ASSIGN_AT or (r >= ASSIGN_AT / 2 and s >= SUPPORT_AT):
            evidence = [ev for p in phrases.values() for ev in p[3]]
            evidence += [ev for p in resp.get(slug, {}).values() for ev in p[3]]
            evidence.sort(key=lambda e: (e["field"] != "title", e["field"], e["start"]))
            score = round(min(1.0, (r + 0.5 * min(s, 2.0)) / 2.0), 3)
            results.append({"topic": slug, "score": score, "evidence": evidence[:12]})
    results.sort(key=lambda t: (-t["score"], t["topic"]))
    return results[:MAX_TOPICS]
