"""One Information Commissioner's decision notice -> a record (docs/ico.md).

A notice is its web page (HTML: the ICO's summary fields, and on some notices the whole text) and
usually a PDF of the notice itself. Both are read as text; fields come from the labels notices
print ("Reference:", "Date:", "Public Authority:"), the decision paragraphs (cues in
`decision_cues.yaml`) and the quoted request ("… requested information in the following terms:
“…”"). Never raises: a record with `error` set instead.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from parsers.fields.dates import parse_date
from parsers.fields.exemptions import find_labels
from parsers.ico.authority import police_authority
from parsers.yaml_data import load_yaml

HERE = Path(__file__).resolve().parent
REFERENCE = re.compile(r"\b(IC-\d{5,7}-[A-Z0-9]{4}|FS5\d{7}|FER\d{7})\b")
_DATE_LINE = re.compile(r"^[ \t]*Date(?:\s+of\s+(?:notice|decision))?\s*:?[ \t]*(.{6,40})$",
                        re.I | re.M)
_AUTHORITY = re.compile(r"^[ \t]*Public\s+authority\s*:?[ \t]*(.*)$", re.I | re.M)
_ADDRESS = re.compile(r"^\s*Address\s*:?\s*", re.I)
# The decision paragraphs end where the request's history (or the old notices' role) begins.
# a new notice's "Decision (including any steps ordered)" first: a page's fields may hold a
# "Summary" line of their own before the old notices' "Summary" heading
_DECISION_STARTS = (re.compile(r"^[ \t]*Decision(?!\s+notice)\b.*$", re.I | re.M),
                    re.compile(r"^[ \t]*Summary[ \t]*$", re.I | re.M))
_DECISION_END = re.compile(r"^[ \t]*(?:Request\s+and\s+response|The\s+Request|Background|"
                           r"The\s+Commissioner['’]s\s+Role|Scope\s+of\s+the\s+case)[ \t]*$",
                           re.I | re.M)
_ASKED = re.compile(r"(?:in\s+the\s+following\s+terms|requested\s+the\s+following(?:\s+information)?"
                    r"|asked\s+for\s+the\s+following(?:\s+information)?)\s*:", re.I)
_OPEN = "“\"'‘"
_CLOSE_AT_LINE_END = re.compile(r"[”\"'’][ \t]*(?:\n|$)")
_NEXT_PARA = re.compile(r"\n\s*\d{1,3}\.\s+(?:The|On|Following|In|During|It|This)\s")
_PARA_NO = re.compile(r"^\s*\d{1,3}\.\s+", re.M)
_SCOTTISH = re.compile(r"Freedom\s+of\s+Information\s+\(Scotland\)\s+Act", re.I)


@lru_cache(maxsize=1)
def rules() -> dict:
    data = load_yaml(HERE / "decision_cues.yaml")
    data["cues"] = [{**c, "re": re.compile(c["pattern"], re.I)} for c in data["cues"]]
    data["steps"] = [{**s, "re": re.compile(s["pattern"], re.I)} for s in data["steps"]]
    return data


def document_text(data: bytes, content_type: str | None) -> tuple[str, list[tuple[str, str]]]:
    """(text, key/value fields) of an HTML page or a PDF."""
    ctype = (content_type or "").lower()
    if "pdf" in ctype or data[:5] == b"%PDF-":
        from parsers.pdf import read_pdf

        return read_pdf(data)["text"].replace("\f", "\n"), []
    if ctype.startswith("text/plain"):
        return data.decode("utf-8", errors="replace"), []
    from parsers.html import read_html

    page = read_html(data, content_type=content_type)
    return page["text"], list(page.get("fields") or [])


def _field(fields: list[tuple[str, str]], *names: str) -> str | None:
    for key, value in fields:
        if key.strip().rstrip(":").lower() in names and value.strip():
            return value.strip()
    return None


def _authority(text: str, fields) -> str | None:
    name = _field(fields, "public authority", "authority")
    if name:
        return name
    m = _AUTHORITY.search(text)
    if not m:
        return None
    value = _ADDRESS.sub("", m.group(1)).strip()
    if not value:   # the name on the next line (PDF text of a two-column header)
        rest = [ln.strip() for ln in text[m.end():].splitlines() if ln.strip()]
        value = _ADDRESS.sub("", rest[0]).strip() if rest else ""
    return value or None


def _date(text: str, fields) -> str | None:
    value = _field(fields, "date", "date of notice", "date of decision")
    if value and parse_date(value):
        return parse_date(value)
    for m in _DATE_LINE.finditer(text[:3000]):
        found = parse_date(m.group(1))
        if found:
            return found
    return None


def decision_part(text: str) -> str:
    """The decision paragraphs: from the 'Decision'/'Summary' heading to the request's history."""
    start = next((m for m in (p.search(text) for p in _DECISION_STARTS) if m), None)
    if not start:
        return ""
    end = _DECISION_END.search(text, start.end())
    return text[start.end(): end.start() if end else start.end() + 3000]


def decide(part: str) -> tuple[str | None, list[str]]:
    """(decision, the cue examples that fired) from the decision paragraphs."""
    sides, fired = set(), []
    for cue in rules()["cues"]:
        m = cue["re"].search(part)
        if m:
            sides.add(cue["side"])
            fired.append(m.group(0))
    if "partly" in sides or {"right", "wrong"} <= sides:
        return "partly_upheld", fired
    if "wrong" in sides:
        return "upheld", fired
    if "right" in sides:
        return "not_upheld", fired
    return None, fired


def steps_ordered(text: str) -> bool | None:
    for step in rules()["steps"]:
        if step["re"].search(text):
            return bool(step["ordered"])
    return None


def quoted_request(text: str) -> tuple[str | None, str | None]:
    """(the request the notice quotes, the date it was made) or (None, None)."""
    m = _ASKED.search(text)
    if not m:
        return None, None
    sentence_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start() - 1))
    head = text[sentence_start + 1: m.start()]
    # the paragraph number's own full stop ("4. On 6 January …") is not a sentence end
    head = text[max(0, sentence_start - 40): m.start()] if len(head) < 30 else head
    request_date = parse_date(head)
    rest = text[m.end():].lstrip()
    # A quote ends at a closing mark that ends a line, before the notice's next paragraph
    # (a PDF's text may have lost the opening mark); an HTML blockquote has no marks, so it
    # ends where the notice's numbering goes on from the asking paragraph's number.
    words_stop = _NEXT_PARA.search(rest)
    close = _CLOSE_AT_LINE_END.search(rest, 1, words_stop.start() if words_stop else 3000)
    if close:
        body = rest[: close.start()]
    else:
        own = list(re.finditer(r"(?m)^\s*(\d{1,3})\.\s", text[:m.start()]))
        nxt = re.search(rf"\n\s*{int(own[-1].group(1)) + 1}\.\s", rest) if own else None
        nxt = nxt or words_stop
        body = rest[: nxt.start() if nxt else 1500]
    body = body.lstrip(_OPEN)
    body = re.sub(r"[ \t]+", " ", body).strip()
    return (body or None), request_date


def _summary(part: str) -> str | None:
    text = _PARA_NO.sub("", part).strip()
    text = re.sub(r"\s+", " ", text)
    if not text:
        return None
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    out = ""
    for s in sentences:
        if out and len(out) + len(s) > 420:
            break
        out = f"{out} {s}".strip()
    return out[:600]


def parse_notice(page: bytes | None, page_type: str | None = "text/html",
                 documents: list[tuple[bytes, str | None]] | None = None,
                 url: str | None = None) -> dict:
    """A decision notice record from its web page and its documents (PDF or HTML)."""
    try:
        return _parse(page, page_type, documents or [], url)
    except Exception as exc:  # a bad document must not stop the build
        return {"url": url, "error": f"{type(exc).__name__}: {exc}"[:300]}


def _parse(page, page_type, documents, url) -> dict:
    texts, fields = [], []
    for data, ctype in ([(page, page_type)] if page else []) + list(documents):
        text, found = document_text(data, ctype)
        texts.append(text)
        fields += found
    # The notice document is the authority on its own text; the page's summary comes after it.
    text = "\n\n".join(texts[1:] + texts[:1]) if len(texts) > 1 else "".join(texts)
    ref = REFERENCE.search(_field(fields, "reference", "case reference") or "") or \
        REFERENCE.search(text)
    authority = _authority(text, fields)
    police = police_authority(authority)
    act = "FOISA" if _SCOTTISH.search(text) or (police and police.slug == "police-scotland") \
        else "FOIA"
    part = decision_part(text)
    decision, fired = decide(part)
    if decision is None:
        status = (_field(fields, "status", "decision") or "").lower()
        decision = rules()["status"].get(status)
    request, request_date = quoted_request(text)
    reasons = text
    if request:   # a request that mentions "section 136 of the Mental Health Act" cites nothing
        reasons = text.replace(request, " ")
    return {
        "reference": ref.group(1) if ref else None,
        "date": _date(text, fields),
        "authority": authority,
        "force": police.slug if police else None,
        "authority_kind": police.kind if police else None,
        "act": act,
        "sections": find_labels(reasons, act),
        "decision": decision,
        "decision_cues": fired,
        "steps_ordered": steps_ordered(part or text),
        "request": request,
        "request_date": request_date,
        "summary": _summary(part) or _field(fields, "summary"),
        "url": url,
        "error": None,
    }
