"""Topic tagging of a parsed record: the request decides, the response only supports.

A topic is assigned when its evidence in the request fields (title, request text, question
texts) weighs at least 1.0 (one strong phrase or two different weak ones), or weighs 0.5 and the
response's own content adds at least 1.0. Response paragraphs that are reasoning or boilerplate
(exemptions, harm, public interest, review rights, standards statements) never count, and only
the first RESPONSE_CAP characters of the response are read, so huge letters stay cheap.
"""

from .passages import classify, split_paragraphs

REQUEST_FIELDS = ("title", "request_text")
RESPONSE_CAP = 4000
ASSIGN_AT = 1.0
SUPPORT_AT = 1.0
MAX_TOPICS = 4


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


def _collect(nlp_, chunks):
    """{topic: {phrase_key: [weight, [evidence...]]}} over (field, offset, text) chunks."""
    found: dict[str, dict] = {}
    docs = nlp_.pipe(text for _, _, text in chunks)
    for (field, offset, text), doc in zip(chunks, docs, strict=True):
        for slug, weight, key, start, end in doc._.topic_hits:
            ev = {"text": text[start:end], "field": field, "start": offset + start,
                  "end": offset + end}
            entry = found.setdefault(slug, {}).setdefault(key, [weight, []])
            entry[0] = max(entry[0], weight)
            entry[1].append(ev)
    return found


def _weight(phrases: dict) -> float:
    return sum(w for w, _ in phrases.values())


def tag(rec: dict, nlp_) -> list[dict]:
    request = [(f, 0, t) for f, t in _request_texts(rec)]
    if sum(len(t) for _, _, t in request) < 20:
        # No usable request (e.g. a letter the parser could not split): the response's own
        # content stands in for it, boilerplate still excluded.
        req, resp = _collect(nlp_, request + _response_content(rec)), {}
    else:
        req = _collect(nlp_, request)
        # The response is only read when it could tip a topic with half the evidence.
        undecided = any(ASSIGN_AT / 2 <= _weight(p) < ASSIGN_AT for p in req.values())
        resp = _collect(nlp_, _response_content(rec)) if undecided else {}
    results = []
    for slug, phrases in req.items():
        r = _weight(phrases)
        s = _weight(resp.get(slug, {}))
        if r >= ASSIGN_AT or (r >= ASSIGN_AT / 2 and s >= SUPPORT_AT):
            evidence = [ev for _, evs in phrases.values() for ev in evs]
            evidence += [ev for _, evs in resp.get(slug, {}).values() for ev in evs]
            evidence.sort(key=lambda e: (e["field"] != "title", e["field"], e["start"]))
            score = round(min(1.0, (r + 0.5 * min(s, 2.0)) / 2.0), 3)
            results.append({"topic": slug, "score": score, "evidence": evidence[:12]})
    results.sort(key=lambda t: (-t["score"], t["topic"]))
    return results[:MAX_TOPICS]
