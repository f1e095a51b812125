"""From clean text (+ tables found by a format reader) to the fields of the parse record."""
from __future__ import annotations

import re
from urllib.parse import unquote

from parsers import figures as figs
from parsers import tables as tbl
from parsers import text_columns, welsh
from parsers.field_rows import column_fields, label_block_fields, text_column_fields
from parsers.fields import (
    dates,
    exemptions,
    force,
    label_pairs,
    list_grammar,
    outcome,
    questions,
    received,
    reference,
    request_bounds,
    sentences,
    superseded,
)
from parsers.fields import title as titles
from parsers.fields.paragraph_asks import EARLIER_REQUEST
from parsers.furniture import clean_lines
from parsers.limits import LIMITS
from parsers.record import empty_record

MAX_CHARS = LIMITS.max_text_chars  # regexes stay linear, but a 100 MB "text" is not a response
_ATTACH_FILE = re.compile(r"\b([\w\-]+\.(?:pdf|docx?|xlsx?|csv|odt|ods|pptx?))\b", re.I)
_ATTACH_HEAD = re.compile(r"^\W{0,3}(?:attachments?|attached\s+files?|documents?|downloads?|related\s+documents?)\s*:?\s*$", re.I)
# The force stating its decision ("has now been considered", "exempt by virtue of Section 40"),
# as opposed to a requester's words in the request area.
_FORCE_DECISION = re.compile(
    r"request\s+for\s+information\s+(?:below\s+)?has\s+(?:now\s+)?been\s+considered|exempt\s+by\s+virtue\s+of"
    r"|(?:is|are)\s+providing\s+an?\s+NCND|we\s+(?:can\s+)?confirm\s+that\s+the\s+[\w\s]{0,40}(?:police|constabulary|service)\b"
    r"|this\s+(?:letter\s+)?represents\s+a\s+refusal\s+notice"
    r"|(?:can|will|does|do)\s+neither\s+confirm\s+nor\s+deny|duty\s+to\s+confirm\s+or\s+deny\s+does\s+not\s+apply"
    # a review letter's account of the decision it reviews, above its findings: "Our response
    # neither confirmed nor denied that information was held, relying on Sections 23(5), 24(2) …"
    # ("Police Scotland's original response refused to provide the information under section 35(1)(a) …")
    r"|(?:\b(?:our|the)\s+|['’]s\s+(?=(?:original|initial|first)\b))(?:(?:original|initial|first)\s+)?(?:response|decision)\b[^.]{0,60}?\b(?:neither\s+confirmed\s+nor\s+denied"
    r"|relying\s+(?:up)?on|relied\s+(?:up)?on|withheld|refused)\b", re.I)
_ATTACH_TOKEN = re.compile(r"\b([A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)\b")


# A file named whole in brackets or quotes, spaces and all: "(2025-0512 Information Sharing Agreement.pdf)".
_ATTACH_QUOTED = re.compile(r"[(“\"‘]\s*(\w[\w \-.,&'’]{0,80}?\.(?:pdf|docx?|xlsx?|csv|odt|ods|pptx?))\s*[)”\"’]", re.I)


def _attachments_in_text(lines: list[str]) -> list[dict]:
    names: list[str] = []
    for ln in lines:
        whole = [m for m in _ATTACH_QUOTED.finditer(ln) if " " in m.group(1)]
        names.extend(m.group(1) for m in whole)
        for m in _ATTACH_FILE.finditer(ln):
            if not any(w.start(1) <= m.start(1) < w.end(1) for w in whole):   # (the tail of a name above)
                names.append(m.group(1))
    for i, ln in enumerate(lines):
        if _ATTACH_HEAD.match(ln.strip()):
            for nxt in lines[i + 1:i + 8]:
                for m in _ATTACH_TOKEN.finditer(nxt):
                    if any(c.isdigit() for c in m.group(1)):
                        names.append(m.group(1))
    seen, out = set(), []
    for n in names:
        if n.lower() not in seen:
            seen.add(n.lower())
            out.append({"name": n, "url": None})
    return out


def _without_block(lines: list[str], block: list[str]) -> list[str]:
    """lines without the block's lines, matched in order from the top once each (the superseded
    request sits above the response; the same heading again in the response stays)."""
    want = [b.strip() for b in block if b.strip()]
    if not want:
        return lines
    out, k = [], 0
    for ln in lines:
        if k < len(want) and ln.strip() == want[k]:
            k += 1
            continue
        out.append(ln)
    return out


def _join(lines: list[str]) -> str:
    text = "\n".join(ln.rstrip() for ln in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# The labels of a letter's own reference-and-dates table (a PDF's ruled "Reference | Date of request |
# Date of response" over one row of values).
_REF_LABEL = re.compile(r"^(?:(?:our|your|foi|case|request|enquiry)\s+)?ref(?:erence)?(?:\s+(?:no\.?|number))?\s*:?$"
                        r"|^(?:foi\s+)?request\s+(?:no\.?|number)\s*:?$", re.I)
_LETTER_LABEL = re.compile(_REF_LABEL.pattern + r"|^(?:date(?:\s+of\s+(?:request|response|reply|letter))?|date\s+(?:received|responded|sent)"
                           r"|request\s+(?:date|received)|response\s+(?:date|sent)|received|responded"
                           r"|subject|title|re|(?:request\s+)?(?:subject|title))\s*:?$", re.I)  # "Reference | Date | Subject"
# A log row's own columns beside those: "Reference number | Title | Date of response | Category".
_LOG_LABEL = re.compile(_LETTER_LABEL.pattern + r"|^(?:categor(?:y|ies)|outcome|topics?|theme)\s*:?$", re.I)
# Where a letter's body starts: its salutation, thanks or first account of the request.
_BODY_START = re.compile(rf"^\W*(?:{dates.LETTER_OPENING})", re.I)


def _in_letter_head(lines: list[str], values: list[str]) -> bool:
    """A ruled row's values printed above the letter's body: its own fields ("1832-23 | 12 July 2023 |
    Railway fatalities"), not a table in the answer describing a policy or an earlier request."""
    first = next((v for v in values if v.strip()), "")
    at = next((k for k, ln in enumerate(lines) if first and first in ln), None)
    body = next((k for k, ln in enumerate(lines) if _BODY_START.match(ln.strip())), len(lines))
    return at is not None and at < body


_EXEMPTION_COLUMN = re.compile(r"\bexemptions?\b|^\s*(?:section|s\.?)\s*(?:applied|cited|relied)", re.I)


def _row_key(row: list) -> tuple[str, ...]:
    return tuple(" ".join((c or "").split()) for c in row)


def analyse(text: str, *, source: str | None = None, url: str | None = None, force_slug: str | None = None,
            extra_tables: list[dict] | None = None, title_hint: str | None = None,
            published_hint: str | None = None, attachments: list[dict] | None = None,
            head_text: str = "", find_tables: bool = True, fmt: str | None = None, page: dict | None = None,
            headings: list[str] | None = None, fields: list[tuple[str, str]] | None = None,
            header_text: str = "") -> dict:
    """page: an HTML page's title sources (h1, og_title, head_title); headings, fields, header_text:
    a DOCX's heading paragraphs, key/value table rows and page headers/footers (parsers.docx)."""
    rec = empty_record(source)
    # a bilingual letter or page is read in English (parsers/welsh.py)
    text = welsh.english_text(text[:MAX_CHARS])
    headings = [welsh.english_half(h) for h in headings] if headings else headings
    if page:
        page = {k: welsh.english_half(v) if k in ("h1", "og_title", "head_title") and isinstance(v, str) else v
                for k, v in page.items()}
    lines = clean_lines(text[:MAX_CHARS])
    if fmt in ("text", "pdf"):  # a Request | Response letter copied a line from each column in turn
        lines = text_columns.untangle(text_columns.split_gutter(lines))
    lines = label_pairs.numbered(lines)  # bare "Question" / "Answer" pairs, numbered in turn
    lines = list_grammar.join_bare_labels(lines)  # "1." / "" / "The number of …": one item
    found = tbl.extract(lines)[1] if find_tables else []
    if extra_tables:  # a reader's table printed again in the text layer, its gaps closed: read once
        read = {_row_key(r) for t in extra_tables for r in [t.get("header") or [], *(t.get("rows") or [])]}
        found = [(k, t) for k, t in found if not all(_row_key(r) in read for r in t.get("rows") or [])]
    # A PDF's table prints its header row in the text too: the line above it is its caption.
    tables = [t for _, t in found] + [t if t.get("caption") else {**t, "caption": tbl.caption_in_text(t, lines)}
                                      for t in extra_tables or []]
    seg = questions.segment(lines)

    # Title, reference, date and force each follow a written-down order of sources
    # (parsers.fields.title / reference / dates / force; docs/parsing.md).
    fields = list(fields or []) + list((page or {}).get("fields") or [])
    if fmt == "pdf":  # a ruled table of labels over one row of values: "Reference | Date of response" / "0164/26 | 09/02/2026"
        # (only the letter's own labels, one a reference: a policy's "Date published" or a contract's
        # "Contract reference" in an answer's table is no field of the letter)
        for t in extra_tables or []:
            pairs = column_fields([[c or "" for c in row] for row in [t.get("header") or [], *(t.get("rows") or [])]])
            if pairs and all(_LETTER_LABEL.match(k) for k, _ in pairs) and any(_REF_LABEL.match(k) for k, _ in pairs) \
                    and _in_letter_head(lines, [v for _, v in pairs]):
                fields += pairs
    if fmt in ("text", "pdf"):  # a letterhead's labels and values copied as two blocks, one after the other
        pairs = label_block_fields(lines)
        if any(_REF_LABEL.match(k) for k, _ in pairs):
            fields += pairs
    row_dates: list[tuple[str, str]] = []
    if fmt == "text":  # the same row copied as text, its cells set apart by tabs or spaces
        pairs = text_column_fields(lines)
        if pairs and all(_LOG_LABEL.match(k) for k, _ in pairs) and any(_REF_LABEL.match(k) for k, _ in pairs) \
                and _in_letter_head(lines, [v for _, v in pairs]):
            # (its dates only when the text dates nothing itself: a review letter's summary row
            # gives the original response's date, the letter its own)
            fields += [(k, v) for k, v in pairs if not re.search(r"(?i)\bdate|received|responded", k)]
            row_dates = [(k, v) for k, v in pairs if re.search(r"(?i)\bdate|received|responded", k)]
    title, title_ref, _src = titles.decide(
        lines, fmt=fmt, page=page, url=url, headings=headings, fields=fields,
        reader_title=None if page else title_hint, seg_title=seg.title, seg_title_ref=seg.title_ref,
        head_text=head_text,
        data_captions=None if (seg.request or seg.questions) else [t.get("caption") or "" for t in tables[:1]])
    full = _join(lines)
    ref = reference.decide(full, fields=fields, header_text=header_text, title_ref=title_ref or seg.title_ref,
                           url=url)
    request_text = _join([*seg.superseded, *seg.request])
    response_text = _join(seg.response)
    # When a table of Request | Response carries the questions, use it.
    qs = seg.questions
    tq = questions.questions_from_tables(tables)  # a table split over a page break is read as one
    # (over asks read from paragraphs under no request heading, seg.mode "none": "Table 1: …" captions
    # and a letterhead's lines are no asks beside a Request | Response table's)
    from_table = bool(tq and (not qs or len(tq) >= len(qs) or _mixes_answers(qs, tq) or seg.mode == "none"))
    if from_table:
        qs = tq
        if not request_text:
            request_text = "\n".join(q["text"] for q in tq)
    # a bare "2." (cell or line) asks nothing; nor does a list item naming an attached file
    qs = [q for q in qs if q["text"].strip() and not request_bounds.names_a_file(q["text"])]
    # the request as the force restates it after a clarification ("Your request now reads:" / "1. …")
    restated = superseded.restated_block(lines)
    if restated and seg.mode != "interleaved":
        again = [{"number": it.label or str(k + 1), "text": it.text.strip(), "answer": None}
                 for k, it in enumerate(list_grammar.list_items(restated))]
        if again:
            qs = again
    # an ask the requester took back later in the exchange ("Please disregard question 3")
    withdrawn = superseded.withdrawn_numbers(full)
    kept = [q for q in qs if re.sub(r"^q", "", str(q.get("number") or "").lower()) not in withdrawn]
    if withdrawn and kept and len(kept) < len(qs):
        qs = kept
    for q in qs:
        # a second list mark typed inside a bullet ("<li>- The total number …</li>") is no part of the ask
        q["text"] = re.sub(r"^[-–•·*]\s+(?=\S)", "", _unquoted(q["text"]))

    slug = force_slug or force.from_url(url) or force.from_addressee(lines) or force.from_letterhead(lines) \
        or force.from_letterhead(header_text.splitlines())
    if not slug:
        slug = force.from_text(response_text or full, request_text,
                               "\n".join([head_text, header_text, title_hint or "", title or ""])) \
            or force.from_reference(ref) or force.from_act(response_text or full) or force.from_areas(full)
    act = force.act_for(slug)
    if seg.mode == "block" and response_text:
        # The force's words: its opening above the request (PSNI states its decision there) and the response.
        # Its decision paragraph may also sit inside the request area, above the first ask (PSNI).
        opening = [p for p in sentences.paragraphs(_without_questions(seg.request, qs)) if _FORCE_DECISION.search(p)]
        judged = "\n".join([_join(seg.preamble), *opening, response_text])
    else:  # (a superseded request's exchange decides nothing: the answer is to the request that replaced it)
        judged = _without_questions(_without_block(lines, seg.superseded), qs)
    # answers printed in a Request | Response table's cells cite their exemptions there too
    in_cells = "\n".join(q.get("answer") or "" for q in qs) if from_table else ""
    # a table of the exemptions applied ("Question | Exemption applied | Type"): its cells cite them
    listed = "\n".join(" ".join(c or "" for c in row) for t in tables if any(_EXEMPTION_COLUMN.search(h or "") for h in t.get("header") or [])
                       for row in t.get("rows") or [])
    exs = exemptions.find_exemptions("\n\n".join(t for t in (judged, in_cells, listed) if t), act,
                                     context=request_text or "")
    # a dash legend may stand in the text or in a table's caption
    legend_text = "\n".join([full, *(t.get("caption") or "" for t in tables)])
    figures = figs.figures_for(tables, figs.dash_is_suppressed(legend_text), figs.na_is_suppressed(legend_text),
                               figs.band_is_suppressed(legend_text))
    verdict = outcome.judge(judged, exs, qs, bool(figures), act,
                            estimates_only=bool(figures) and all(outcome.estimate_table(t, judged) for t in tables
                                                                 if figs.figures_for([t])))

    rec.update({
        "force": slug,
        "reference": ref,
        "title": title or None,
        "published": published_hint or dates.from_fields(fields) or dates.from_text(full) or dates.from_fields(row_dates)
        or dates.from_text(header_text) or None,  # a DOCX page footer: "Date responded: 14/03/2024"
        # never a published date (dates.py skips receipt labels): the start of the 20 working days
        "received": received.decide(full, fields=fields, header_text=header_text,
                                    hint=(page or {}).get("received")),
        "request_text": request_text,
        "response_text": response_text,
        "questions": qs,
        "exemptions": exs,
        "ncnd": verdict.ncnd,
        "outcome": verdict.outcome,
        "public_interest_test": verdict.public_interest_test,
        "evidence": verdict.evidence,
        "tables": tables,
        "figures": figures,
        "attachments": _merge_attachments(attachments or [], _attachments_in_text(lines)),
    })
    return rec


def _mixes_answers(qs: list[dict], tq: list[dict]) -> bool:
    """The text's asks include a Request | Response table's answer cells: the text read the table's
    two columns as one, so the table's rows are the asks."""
    answers = [" ".join((q.get("answer") or "").split()).lower() for q in tq]
    starts = {a[:30] for a in answers} - {""}
    # (or an answer's own list: "Nine counters closed: • Alton - closed 28 July 2017 • …" read as asks)
    worded = all(len(re.sub(r"[\d\s.,&()-]|and", "", q.get("text") or "")) >= 10 for q in tq)  # not "1" / "2 and 3"
    return any(" ".join(q["text"].split())[:30].lower() in starts
               or (worded and len(q["text"]) >= 20 and any(" ".join(q["text"].split()).lower() in a for a in answers))
               for q in qs)


def _without_questions(lines: list[str], qs: list[dict]) -> str:
    """All text but the asks themselves: what the force wrote, where no heading separates it."""
    asked = [" ".join(q["text"].split()) for q in qs if q.get("text")]
    keep = []
    prev = ""
    for ln in lines:
        s = " ".join(ln.split())
        it = questions._item(s)
        core = it[2] if it else s
        if core and len(core) > 15 and any(core in a for a in asked):
            continue
        if s[:1] in "\"“" and EARLIER_REQUEST.search(prev):
            continue  # a request made before, quoted by the requester: its words decide nothing now
        if s:
            prev = s
        keep.append(ln)
    return "\n".join(keep)


def _merge_attachments(linked: list[dict], named: list[dict]) -> list[dict]:
    """The page's linked files, then files only named in its text. A name that ends a linked file's
    name ("fleet.pdf" of the link "F-013577 fleet.pdf") is that file, not another."""
    out = list(linked)
    have = {a["name"].lower() for a in out} | {unquote((a.get("url") or "").rsplit("/", 1)[-1]).lower() for a in out}
    have.discard("")
    for a in named:
        n = a["name"].lower()
        if not any(h == n or h.endswith((" " + n, "-" + n, "_" + n)) for h in have):
            out.append(a)
    return out


def _unquoted(text: str) -> str:
    """An ask inside the quotation of the whole request keeps none of its marks: the opening
    quote on the first ask, the closing one on the last ('“The number of burglaries …').
    Double quotes only: a single one is as often an apostrophe."""
    t = text.strip()
    odd = sum(t.count(c) for c in "\"“”") % 2 == 1
    if odd and t[:1] in "“\"":
        t = t[1:].lstrip()
    elif odd and t[-1:] in "”\"":
        t = t[:-1].rstrip()
    return t
