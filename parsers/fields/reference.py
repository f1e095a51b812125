"""The force's own reference, from an ordered list of sources (see decide() and docs/parsing.md)."""
from __future__ import annotations

import re

# 01.FOI.24.042067  100A/23  958-2024  IM-FOI-2021-0942  FOI/15929  HQ/PA/003493/18  275 - 24
# FOI 1769251/23  PUB 1316  DC/FOI 782/17  F-013412  3005_16  FOI2024/00291  CNC FOI 24-117  LANCS/FOI/1041/25
REF = (
    r"(?:(?-i:[A-Z]{2,4}) (?=(?-i:[A-Z]{1,4})[ /\-.]?\d))?"  # a force's letters before "FOI": "CNC FOI 24-117"
    r"(?:(?-i:[A-Z]{5,6})/(?=(?-i:[A-Z]{2,4})/\d))?"  # a longer force's letters before its series: "LANCS/FOI/1041/25"
    r"(?:[A-Z]{1,4}(?:[/\-][A-Z]{1,4})*(?:\s[\-–]\s|[ /\-.]|\s?No\.?\s?)?)?"  # (PSNI "FOI - 2022 - 00281")
    r"\d[\dA-Za-z]*(?:[/\-._][\dA-Za-z]+|\s?[/\-–]\s?\d+)*"
    r"(?:[ ](?-i:IR)\b)?"  # an internal review's reference: "FOI 2025-041 IR"
)
_LABEL = re.compile(
    r"(?:\b(?:our|your|foi|foia|enquiry|request|case|disclosure|file)\s+)?"
    r"\b(?:ref(?:erence)?|(?:request|case)\s+(?:number|no|id)|right\s+to\s+know\s+request)\b\.?"  # BTP: "Right to know request 2291-26"
    r"(?:\s*(?:nos?|numbers?|num)\b\.?)?"
    r"(?:\s*/\s*(?:ein\s+|eich\s+)?cyf(?:eirnod)?\b\.?)?"  # Welsh forces' bilingual label: "Our Reference / Ein Cyfeirnod:"
    r"\s*(?:is|[:\-–#|]|\s)\s*\[?"  # (PSNI "Request Number: [FOI/15204]")
    # a joint response's references, each after its force's name: "REFERENCE NOs: WEST MERCIA POLICE
    # 10417 & WARWICKSHIRE POLICE 01188" (the first is the letter's own)
    r"(?:(?:[A-Za-z&'’-]+\s+){1,3}(?:police|constabulary)\s+(?=\d[\dA-Za-z/\-]*\s*(?:&|and)\s))?"
    # a case system's own label inside the value: "Our Ref: eCase: FOI2025/03318 RFI: 087/25", also
    # without its colon ("Our Ref: eCase FOI2025/10427 RFI: 288/25")
    r"(?:(?:e-?case|icasework|case|crm|rfi)\s*:\s*|(?:e-?case|icasework)\s+)?(" + REF + r")",
    re.IGNORECASE,
)
# A labelled reference after a title: "Dog bites - FOI 0012/24", "Dog bites – Ref: 12/24", "Dog bites | FOI 12-24".
_TITLE_TAIL = re.compile(r"^(.*?\S)\s+[-–|:]\s+(?:FOIA?|Freedom\s+of\s+Information(?:\s+request)?|ref(?:erence)?)"
                         r"\.?\s*(?:no\.?\s*)?:?\s*(" + REF + r")$", re.I)
# A case system's number glued to its letters after a title (GOV.UK "FOI release" pages of the MOD
# Police): "Armed officers at naval bases: FOI2024/01187"; the letters belong to the number.
_TITLE_CASE_NUMBER = re.compile(r"^(.*?\S)\s*(?::|\s[-–|])\s+((?-i:FOI)(?:19|20)\d\d/\d{3,6})$")
_LABEL_END = re.compile(r"\b(?:ref(?:erence)?|no|number|request|case|our|your|id|enquiry|annex\s+\w{1,3}|appendix\s+\w{1,3}"
                        r"|request\s+for\s+information)\.?\s*$", re.I)  # "Reference No: FOI2024/…" is a field
# A force's name, its reference and the subject: "Warwickshire Police – FOI 1418-2024 – Hate crimes by strand"
_FORCE_REF_TITLE = re.compile(r"^(?:[\w&'’.]+\s+){0,4}(?:police|constabulary)(?:\s+[\w&'’.]+){0,3}?\s+[-–|:]\s+"
                              r"(?:FOIA?|Freedom\s+of\s+Information(?:\s+request)?)\s*(?:no\.?\s*)?:?\s*(" + REF + r")"
                              r"\s+[-–|:]\s+(\S.*)$", re.I)
# (a label may lead inside the brackets: "Pursuits resulting in collisions (FOI: 0287.2025-26)")
# "Drones (3300/18)", "Drones (Ref: 3300/18)", "Drones (FOI 3300/18)": "FOI" and a label dropped
# ("FOI2024/031", run together, is the reference as printed)
_TITLE_REF = re.compile(r"^(.*?)\s*\(\s*(?:(?i:FOIA?|ref(?:erence)?)\.?\s*(?i:no\.?\s*)?:\s*|(?i:FOIA?)\s+)?(" + REF + r")\s*\)\s*$")
# "FOI 123/24 - Drones", "FOI 1342-2024 (Nov 2024) Drink driving": the reference is whole (a hyphen
# inside it is not the separator), a "(Mon yyyy)" tag may follow, then a spaced dash, colon or space.
# (also "Freedom of Information Act 2000 (FOIA) Request 0988/25 - Payments to informants")
_TITLE_LEAD = re.compile(r"^(?:FOI|Freedom of Information(?:\s+Act(?:\s+2000)?)?(?:\s*\(FOIA?\))?)\s*(?:request\s*)?(" + REF + r")"
                         r"(?:\s*[(\[][A-Za-z]{3,9}\.?\s+\d{4}[)\]])?(?:\s+[-–:|]\s*|\s*[:|]\s*|\s+)(\S.*)$", re.I)


def _fold(ref: str) -> str:
    return re.sub(r"\s+", " ", ref).strip(" .-–/")


fold = _fold


# Things shaped like a reference that are not one: a bare year ("2024" is a period) and an Act's
# year ("FREEDOM OF INFORMATION ACT 2000 - RESPONSE" is a form heading, not "ACT 2000").
NOT_REFERENCES = re.compile(r"(?:act\s+)?(?:19|20)\d\d", re.I)


# A field's next word taken for a reference's letters: "FOI date 18/02/2025" is a date field.
_FIELD_WORD_LEAD = re.compile(r"(?:date|dated|sent|received|published|on|of|no|number)\s+(.*)$", re.I)


_DATE_WORD = re.compile(r"(?:date|dated|sent|received|published)\s+\d", re.I)


_PAGE_MARK = re.compile(r"(?:page|pg|p)\.?\s?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?", re.I)


def _plausible(ref: str) -> bool:
    if NOT_REFERENCES.fullmatch(ref) or _PAGE_MARK.fullmatch(ref):
        return False  # "Freedom of Information Page 1": a running footer's page mark
    if re.match(r"p\.?\s?o\.?\s+box\b", ref, re.I):
        return False  # "Freedom Of Information      PO BOX 9": the letterhead's postal address
    lead = _FIELD_WORD_LEAD.match(ref)
    if lead and (_is_date(lead.group(1)) or NOT_REFERENCES.fullmatch(lead.group(1))
                 or _DATE_WORD.match(ref)):
        return False  # "FOI date 18/02/2025"; an empty "Your reference" over "Date 14 April 2009"
    digits = sum(c.isdigit() for c in ref)
    return digits >= 2 and not _is_date(ref) or bool(re.search(r"[A-Z]", ref) and digits >= 1)


def _is_date(ref: str) -> bool:
    """"14/03/2024" is a date; Kent's "20/09/1088" (year/month/number) is a reference."""
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})", ref)
    if not m:
        return False
    year = int(m.group(3))
    return 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12 and (len(m.group(3)) == 2 or 1990 <= year <= 2100)


# PSNI "Request: FOI/00013725", Essex's bare "PUB 1316" line; in Essex's field block copied without
# its labels the line under the publication number is the request's own number ("PUB 1316" / "20417").
# (a blank line may stand between, an HTML copy's paragraphs; the line may name a joint request:
# "14859 and 14865" gives the first)
_FIELD_REF = re.compile(r"^\s*(?:request\s*:\s*([A-Z]{1,4}[/\-]\d[\d/\-]*)|(PUB\s?\d{2,6})"
                        r"(?:[ \t]*\n(?:[ \t]*\n)?[ \t]*(\d{4,7})(?:[ \t]+and[ \t]+\d{4,7})*)?)"
                        r"[ \t]*$", re.I | re.M)


# Words before a label on the same line that still make it a field ("Freedom of Information Request
# Reference No:", "Appendix A to FOI reference", "| Case reference |"): short, no sentence punctuation.
_FIELD_PREFIX = re.compile(r"^[\s|•*]*(?:[\w&'’]++[ \t\-–]*+){0,6}$")  # possessive: a long word is never split (fuzzed input)
# A sentence quoting another case: "your earlier request FOI2024/00518", "(our reference X) was answered".
# (and a repeated request's "substantially similar to the request you made on 8 October 2019 (our
# reference 1187/19)")
_EARLIER_CASE = re.compile(r"\b(?:earlier|previous(?:ly)?|prior|former|same\s+information|already|internal\s+review"
                           r"|answered|repeat(?:ed)?|last\s+(?:year|month)|before|(?:similar|identical)\s+to)\b", re.I)
# A date line opening where a label's value was looked for on the next line.
_LABEL_OVER_DATE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{4}"
                              # (a year of 19xx/20xx or two digits: Kent's "25/03/0417" is a reference)
                              r"|\d{1,2}[/.]\d{1,2}[/.](?:(?:19|20)\d\d|\d\d)\b", re.I)
HEAD_LINES = 25  # the letter's or page's head: where a mid-line label is still a field

# The form's name as printed before a reference: "FOI", "Freedom of Information request",
# "FOIA", "Freedom of Information Act 2000 request".
FOI_WORDS = (r"(?:freedom\s+of\s+information|foia?|foisa)(?:\s+act(?:\s+\d{4})?)?"
             r"(?:\s+(?:request|response|reply|application|disclosure|release))?")  # (GOV.UK: "FOI release FOI2024/11873")
# A line that is only the form's name and the reference, after the force's name (taken off first,
# force.strip_name) and before an appendix or page mark: a letterhead, page header or footer, an
# attachment's heading line or an e-mail's subject. Each written for this project:
#   "Anyshire Police FOI 2024-0001"                          (page header of an appendix)
#   "Anyshire Police – Freedom of Information request 12/24 – Appendix A"
#   "Re: Freedom of Information request 12/24"               (a letter's subject line)
#   "Your Freedom of Information request FOI/24/0001"        (an e-mail's subject)
#   "Anyshire Police FOI 12/24 Page 1 of 2"                  (a running footer)
_FOI_LINE = re.compile(
    r"^[\s|•*]*(?:(?:re|subject)\s*:\s*)?(?:(?:your|our)\s+)?"
    r"(?:(?:appendix|annex|attachment|enclosure)(?:\s+[A-Z0-9]{1,3})?\s+(?:to|of|for)\s+(?:the\s+)?)?"  # "Appendix A to FOI 1472/25", "Appendix to FOI request F-2023-01188"
    # "FOI" glued to its number belongs to it ("Annex A to FOI2025/00388", "Attachment to FOI/25/0417");
    # spaced, it is the form's word
    + r"(?:(?=(?-i:FOI)[/\-]?\d)|" + FOI_WORDS
    # ("Freedom of Information - Ref 0419/22 - Attachment": the label after a dash is the label too)
    # ("Freedom of Information Act Request No: DC/FOI 311/20")
    + r"(?:(?:\s+|\s*[-–]\s*)(?:ref(?:erence)?|request)\b\.?(?:\s*(?:no|number)\b\.?)?)?\s*[:#\-–]?\s*)(" + REF + r")"
    r"(?:\s*[-–|,]?\s*(?:appendix|annex|attachment|enclosure|page)\b[^|]{0,20})?[\s|]*$", re.I)


_FOI_WORD = re.compile(r"\bfoi|freedom\s+of\s+information", re.I)


def foi_line(line: str) -> str | None:
    """The reference of a line that is only the form's name and a reference (see _FOI_LINE)."""
    from parsers.fields import force

    s = " ".join(line.split())
    if len(s) > 120 or not _FOI_WORD.search(s):
        return None
    m = _FOI_LINE.match(force.strip_name(s)[1])
    if not m or not _plausible(_fold(m.group(1))) or re.fullmatch(r"\d\s?/\s?\d", m.group(1)):
        return None   # (a footer's page count: "Civil Nuclear Constabulary – Freedom of Information 1/1")
    return _fold(re.sub(r"^(?:no|number)\.?\s+(?=\d)", "", m.group(1), flags=re.I))  # "FOI No 1234/24"


def _labelled(text: str) -> list[tuple[str, str, int]]:
    """(reference, kind, line number) for each labelled reference; kind is field, head or prose."""
    text = re.sub(r"\b(N)\s(o)\b", r"\1\2", text[:20000])  # "Reference N o:" from a PDF's letter spacing
    out = []
    for m in _FIELD_REF.finditer(text):
        out.append((_fold(m.group(1) or m.group(3) or m.group(2)), "field", text.count("\n", 0, m.start())))
    for line_no, line in enumerate(text.split("\n")):
        ref = foi_line(line) if re.search(r"\d", line) else None
        if ref:
            out.append((ref, "field", line_no))
    for m in _LABEL.finditer(text):
        ref = _fold(m.group(1))
        if sum(c.isdigit() for c in ref) < 2 or _DATE_WORD.match(ref):  # labelled: Kent's "20/09/1088" is one
            continue  # an empty "Your reference" label over "Date 14 April 2009" names no reference
        gap = text[m.start(0):m.start(1)]
        if "\n" in gap and not gap.rsplit("\n", 1)[-1].strip() and _LABEL_OVER_DATE.match(text, m.start(1)):
            continue  # an empty "Our ref:" over the letter's date line "07 March 2019" (not a label
            # on the value's own line after a heading word above it: "Request" / "Reference: 24/03/0617")
        line_start = text.rfind("\n", 0, m.start()) + 1
        prefix = text[line_start:m.start()]
        if re.search(r"\bmy\s*$", prefix, re.I):
            continue  # "My reference: FL/MDP/2025/01": the requester's own, in a thread's first message
        line_no = text.count("\n", 0, m.start())
        # a review letter's own field "Internal Review Reference: IR/0412/23" is its reference; the
        # "Original Request Reference: 1184/23" beside it names the earlier case
        earlier = (bool(_EARLIER_CASE.search(prefix)) and not _OWN_REVIEW_LABEL.fullmatch(prefix)) \
            or bool(_ORIGINAL_LABEL.fullmatch(prefix))
        if _FIELD_PREFIX.match(prefix) and not earlier:
            kind = "field"
        elif line_no < HEAD_LINES and not earlier:
            kind = "head"
        else:
            kind = "prose"
        out.append((ref, kind, line_no))
    return sorted(out, key=lambda r: r[2])


_OWN_REVIEW_LABEL = re.compile(r"[\s|•*]*(?:internal\s+review|review)\s*(?:request\s*)?", re.I)
_ORIGINAL_LABEL = re.compile(r"[\s|•*]*(?:original|initial|first)\s+(?:request\s+|foi\s+)?", re.I)


def from_text(text: str) -> str | None:
    """A labelled reference: a field line first ("Our Ref: IM-FOI-2021-0942", "| Case reference | X |"),
    then a label mid-line in the head ("Appendix A to FOI reference FOI2024/05512")."""
    found = _labelled(text)
    # "Your Ref: CW-0931" in a force's letterhead is the requester's own number: the letter's "Our
    # Ref:" beside it is the reference (a "Your ref" alone still is one: a reply to the force quotes it)
    yours = {_fold(m.group(1)) for m in _LABEL.finditer(text[:20000]) if re.match(r"(?i)your\b", m.group(0))}
    if yours and any(k in ("field", "head") and r not in yours for r, k, _ in found):
        found = [f for f in found if f[0] not in yours]
    # a reference the text gives to another body's document ("the national response published by the
    # NPCC (reference 2233/2025)"): that body's number, never this request's
    lines = text.split("\n")
    found = [f for f in found if not (f[2] < len(lines) and _OTHER_BODY_REF.search(lines[f[2]])
                                      and f[0] in lines[f[2]] and _other_body_names(lines[f[2]], f[0]))]
    # an earlier request's number, told in a sentence ("… an identical request from you on 3rd September
    # 2024, which was given the reference 2381/24"): that request's, never this one's (a field keeps it)
    found = [f for f in found if f[1] == "field" or not (f[2] < len(lines) and _earlier_request_ref(lines[f[2]], f[0]))]
    # Essex's publication number ("Reference: PUB 1912") numbers the log entry: the request's own
    # number labelled beside it ("Request number: 31248") is the reference
    pub = re.compile(r"PUB\s?\d", re.I)
    if any(pub.match(r) for r, k, _ in found if k == "field"):
        lines = text.split("\n")
        request_numbers = [f for f in found if f[1] == "field" and not pub.match(f[0]) and f[2] < len(lines)
                           and _REQUEST_NUMBER_LABEL.search(lines[f[2]])]
        if request_numbers:
            found = [f for f in found if not pub.match(f[0])]
    for kind in ("field", "head"):
        for ref, k, _ in found:
            if k == kind:
                # a running footer's "… - FOI 003318/25 Page 1" gives the number without its "FOI";
                # a labelled field printing the same number whole ("Reference No: FOI 003318/25",
                # "Reference: CNC FOI 21-058") wins
                whole = next((r for r, k2, _ in found if k2 in ("field", "head") and len(r) > len(ref)
                              and re.fullmatch(r"(?:[A-Z]{2,4}[ /\-]?){1,2}" + re.escape(ref), r)), ref)
                return _as_labelled(whole, found, lines)
    return None


# A reference label on the line: "REFERENCE NO: 002311/20", "Our ref:" (not an e-mail's subject)
_REF_LABEL_WORD = re.compile(r"\bref(?:erence)?\b|\b(?:request|case)\s+(?:number|no)\b", re.I)


def _as_labelled(ref: str, found: list[tuple[str, str, int]], lines: list[str]) -> str:
    """An e-mail's subject or a heading printing the form's word before the number ("Subject: Freedom
    of Information Request - FOI 002311/20") beside the letter's labelled field printing it bare
    ("REFERENCE NO: 002311/20"): the labelled field is the reference as the force writes it."""
    m = re.fullmatch(r"FOI\s(\S.*)", ref)
    if not m:
        return ref
    at = [ln for r, _k, ln in found if r == ref]
    if any(ln < len(lines) and _REF_LABEL_WORD.search(lines[ln]) for ln in at):
        return ref
    return next((r for r, k, ln in found if r == m.group(1) and k == "field" and ln < len(lines)
                 and _REF_LABEL_WORD.search(lines[ln])), ref)


# (never "your original request, reference 001187/24": a follow-up's own request)
_EARLIER_REQUEST = re.compile(r"\b(?:identical|previous|earlier|prior|similar|same)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:request|application)s?\b", re.I)


def _earlier_request_ref(line: str, ref: str) -> bool:
    at = line.find(ref)
    return at >= 0 and bool(_EARLIER_REQUEST.search(line[max(0, at - 160):at]))


_OTHER_BODY_REF = re.compile(r"\b(?:NPCC|National\s+Police\s+Chiefs'?\s+Council|Home\s+Office|ICO|Information\s+Commissioner(?:'s\s+Office)?"
                             r"|IOPC|College\s+of\s+Policing|HMICFRS|CPS|Crown\s+Prosecution\s+Service)\b")


def _other_body_names(line: str, ref: str) -> bool:
    """The body is named before the reference, within its clause ("published by the NPCC (reference
    2233/2025)"), not a force's own label after it."""
    at = line.find(ref)
    before = line[max(0, at - 80):at]
    last = list(_OTHER_BODY_REF.finditer(before))[-1:]
    if not last:
        return False
    gap = before[last[0].end():]
    # (the body's own label right after its name, "NPCC (reference …", "the ICO's reference …"; never
    # across a column gap, a bar, a dash or "our"/"your": "IOPC referral | Our Ref: 004117/24")
    return len(gap) <= 30 and not re.search(r"[.;|]|\s{2,}|\s[-–—]\s|\b(?:our|your|my)\b", gap, re.I)


_REQUEST_NUMBER_LABEL = re.compile(r"\brequest\s+(?:number|no\b|ref(?:erence)?)", re.I)


def from_prose(text: str) -> str | None:
    """A labelled reference in the body's prose, unless its sentence quotes an earlier case."""
    for ref, kind, line_no in _labelled(text):
        if kind != "prose":
            continue
        line = text.split("\n")[line_no] if line_no < text.count("\n") + 1 else ""
        if not _EARLIER_CASE.search(line):
            return ref
    return None


# Keys that name a number of the log entry rather than of the request: taken only when no key names
# the request's own reference ("Publication reference | PUB 0012" beside "Request number | FOI 3456").
_LOG_NUMBER_KEYS = re.compile(r"\b(?:publication|pub|disclosure\s+log|log\s+entry|page)\b", re.I)


def from_fields(fields: list[tuple[str, str]] | None) -> str | None:
    """A key/value row whose key names the reference (DOCX/HTML tables: "Case reference | FOI2024/1");
    the request's reference before a publication number."""
    rows = list(fields or [])
    for rows_of_kind in ([r for r in rows if not _LOG_NUMBER_KEYS.search(r[0])],
                         [r for r in rows if _LOG_NUMBER_KEYS.search(r[0])]):
        for key, value in rows_of_kind:
            got = from_text(f"{' '.join(key.split())}: {' '.join(value.split())}")
            if got:
                return got
    return None


# The order of sources (docs/parsing.md): the first that gives a reference wins.
ORDER = ("key/value field", "field line in the text", "page header or footer", "the title",
         "the URL slug", "labelled reference in prose")


def spanning_rows(text: str) -> str:
    """A table's header cell spanning every column comes back repeated in each ("| Freedom of
    Information Request 0412/24 | Freedom of Information Request 0412/24 |"): it is one line, the
    table's heading, and reads as a field line."""
    out = []
    for line in text.split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        filled = [c for c in cells if c]
        if (len(filled) >= 2 and len(set(filled)) == 1) or (len(filled) == 1 and _FORCE_REF_TITLE.match(filled[0])):
            line = filled[0]  # (also a sheet's one-cell title row: "| Dorset Police - FOI 2025/0318 - … |")
        out.append(line)
    return "\n".join(out)


def _title_row_ref(text: str) -> str | None:
    """The reference in a title row naming the force, the reference and the subject (a spreadsheet's
    first rows: "Warwickshire Police – FOI 1418-2024 – Hate crimes recorded by strand")."""
    for line in [ln for ln in text.split("\n") if ln.strip()][:12]:
        m = _FORCE_REF_TITLE.match(" ".join(line.split()))
        if m and _plausible(m.group(1)):
            return _fold(m.group(1))
    return None


def decide(text: str, *, fields: list[tuple[str, str]] | None = None, header_text: str = "",
           title_ref: str | None = None, url: str | None = None) -> str | None:
    for get in (lambda: from_fields(fields), lambda: from_text(spanning_rows(text)), lambda: _title_row_ref(spanning_rows(text)),
                lambda: from_text(header_text), lambda: _running_header_ref(header_text),
                lambda: title_ref if title_ref and not NOT_REFERENCES.fullmatch(title_ref) else None,
                lambda: from_url(url, text), lambda: _footer_ref(text), lambda: from_prose(text)):
        ref = get()
        if ref:
            return ref
    return None


# A page footer row run together by the text copy, opening on the reference: "DC/FOI 1204/22 Issued:
# 14/10/2022 Page 1 of 1" (the reference unlabelled, the row a page's running footer).
_FOOTER_ROW = re.compile(r"^(\S[^\n]{3,30}?)\s+(?:issued|published|sent|date)\b[^\n]{0,40}?\bpage\s+\d+\s+of\s+\d+\s*$", re.I | re.M)


def _footer_ref(text: str) -> str | None:
    for m in _FOOTER_ROW.finditer(text):
        part = " ".join(m.group(1).split())
        ref = foi_line(part) or from_text("Reference: " + part)   # (read as if it were labelled)
        if ref and re.search(r"\d[/\-.]\d", ref) and _fold(part).endswith(ref):
            return ref
    return None


def _financial_year(s: str) -> bool:
    """'2023/24', '2023-2024': one year and the next (never '2024/0731' nor '2024-13')."""
    m = re.fullmatch(r"((?:19|20)\d\d)[/-](\d\d|\d{4})", s.strip())
    return bool(m) and int(m.group(2)) % 100 == (int(m.group(1)) + 1) % 100 and len(m.group(2)) in (2, 4) \
        and (len(m.group(2)) == 2 or int(m.group(2)) == int(m.group(1)) + 1)


_HEADER_DISCLOSURE = re.compile(r"^(?:disclosure|request)\s+(?:no\.?\s*|number\s*|ref(?:erence)?\.?\s*:?\s*)?(" + REF + r")$", re.I)


def _running_header_ref(header_text: str) -> str | None:
    """A running header of parts set apart by dashes or bars, one of them the form's name and the
    reference: "Warwickshire Police – FOI 1514-2024 – internal review – Annex A"."""
    for line in header_text.splitlines()[:6]:
        for part in re.split(r"\s+[-–—|]\s+", line):
            ref = foi_line(part) if re.search(r"\d", part) else None
            if ref and re.search(r"\d[/\-.]\d|\d{3,}", ref):   # (never "FOI Form 7", "FOI v2")
                return ref
            m = _HEADER_DISCLOSURE.match(part.strip())
            if m and re.search(r"\d[/\-.]\d", m.group(1)) and _plausible(m.group(1)) \
                    and not _financial_year(m.group(1)):   # ("Disclosure 2023/24": a year)
                return _fold(m.group(1))   # "Northumbria Police | Disclosure 1022/24 | Appendix A"
    for line in header_text.splitlines()[:6]:
        # a bilingual header's parts set apart by slashes: "Heddlu De Cymru / South Wales Police FOI 1021/24
        # Atodiad A / Appendix A" (the number straight after the force's name and "FOI", with its year:
        # never "Review of FOI 0311/24", an earlier case, nor the Act's "FOI 2000")
        m = _HEADER_FOI.search(line)
        if m and _plausible(m.group(1)) and not _financial_year(m.group(1)):
            return _fold(m.group(1))
    return None


_HEADER_FOI = re.compile(r"(?i:\b(?:police|constabulary|heddlu(?:\s+\w+){0,2}))\s+FOI\s(\d{1,6}[/\-]\d{2,4})\b")


def split_title(line: str) -> tuple[str, str | None]:
    """'Drones (3300/18)' -> ('Drones', '3300/18'); 'FOI 123/24 - Drones' likewise."""
    line = " ".join(line.split())
    m = _TITLE_REF.match(line)
    if m and m.group(1) and _plausible(m.group(2)):
        return m.group(1).strip(" -–:"), _fold(m.group(2))
    m = re.match(r"^(.*?\S)\s+[-–]\s+(\d{2,6}/\d{2,4})$", line)  # "Anti-Social Behaviour 2020-2021 - 1626/21"
    if m and len(m.group(1).split()) <= 15 and not _LABEL_END.search(m.group(1)):
        return m.group(1), m.group(2)
    # a dotted number and its financial year after the subject: "Section 136 detentions - 0714.2024-25"
    m = re.match(r"^(.*?\S)\s+[-–]\s+(\d{3,6}\.(?:19|20)\d\d-\d\d)$", line)
    if m and len(m.group(1).split()) <= 15 and not _LABEL_END.search(m.group(1)):
        return m.group(1), m.group(2)
    # a case system's lettered number after the subject: "Immigration enforcement referrals - CM/PA/000412/24"
    m = re.match(r"^(.*?\S)\s+[-–]\s+([A-Z]{1,4}(?:/[A-Z]{1,4}){0,2}/\d{3,7}/\d{2,4})$", line)
    if m and len(m.group(1).split()) <= 15 and not _LABEL_END.search(m.group(1)) and _plausible(m.group(2)):
        return m.group(1), m.group(2)
    m = _TITLE_CASE_NUMBER.match(line)  # "Armed officers at naval bases: FOI2024/01187" (a case system's whole number)
    if m and len(m.group(1).split()) <= 15 and not _LABEL_END.search(m.group(1)):
        return m.group(1), m.group(2)
    m = _FORCE_REF_TITLE.match(line)  # "Dorset Police - FOI 2025/0318 - Shoplifting by town" (a sheet's title row)
    if m and _plausible(m.group(1)) and len(m.group(2).split()) <= 20:
        return m.group(2).strip(), _fold(m.group(1))
    m = _TITLE_TAIL.match(line)  # "Arrests of foreign nationals - FOI 0611/24": "FOI" dropped
    if m and _plausible(m.group(2)) and len(m.group(1).split()) <= 15:
        return m.group(1), _fold(m.group(2))
    m = _TITLE_LEAD.match(line)
    if m and _plausible(m.group(1)):
        return m.group(2).strip(), _fold(m.group(1))
    # a log's heading that leads with the reference, after the entry's date or not: "2025/31187 - Rural
    # crime and rural officers", "11 February 2025 – 1187.2024-25 – Drone deployments at public events"
    # ("2024/26118 - 999 calls answered within ten seconds": a subject may open with a number)
    m = re.match(r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4}\s+[-–]\s+)?(\d{2,7}[./-]\d{2,7}(?:-\d{2})?)\s+[-–]\s+"
                 r"((?:\D|\d+\s+[A-Za-z]{3}).*\S)$", line)
    if (m and _plausible(m.group(1)) and not _is_date(m.group(1)) and len(m.group(2).split()) <= 15
            and not re.fullmatch(r"(?:19|20)\d\d[-/](?:19|20)?\d\d", m.group(1))):  # not a year, "2023-24"
        return m.group(2), _fold(m.group(1))
    # a case number of six digits or more before the subject: "202531877 - Horse strays on the A48"
    m = re.match(r"^(\d{6,10})\s+[-–]\s+(\D.*\S)$", line)
    if m and len(m.group(2).split()) <= 15:
        return m.group(2), m.group(1)
    # "FOI Police pursuits and fatal collisions 1187.2026-27": the form's word, the subject, the reference
    m = re.match(r"^(?:FOI|Freedom\s+of\s+Information(?:\s+request)?)\s+(\D.*?\S)\s+(\d{2,7}[./-](?:\d{2,4}(?:-\d{2})?|\d{6}))$", line, re.I)
    if m and _plausible(m.group(2)) and len(m.group(1).split()) <= 15:
        return m.group(1), _fold(m.group(2))
    return line, None


def from_url(url: str | None, text: str = "") -> str | None:
    """The reference a URL's slug carries, by the platform table parsers/data/url_slugs.tsv
    (Northumbria horse-patrols-41224 -> 412/24, North Yorkshire foi-0123-202425 -> 0123.2024-25,
    foi-958-2024--oct-2024--x -> 958-2024), in the form the text prints it when it does."""
    from parsers.fields import url_slug

    slug = url_slug.read(url)
    ref = slug.reference if slug else None
    if not ref or NOT_REFERENCES.fullmatch(ref):
        return None
    return printed_form(ref, text) or ref


# A reference-shaped token in running text: digits with separators, letters allowed ("1626/21", "0086.2025-26").
_PRINTED = re.compile(r"(?<![\w/.\-])([A-Z]{0,4}[/\-]?\d[\dA-Z]*(?:[/.\-_]\d[\dA-Z]*)+)(?![\w/])")


def printed_form(ref: str, text: str) -> str | None:
    """The same reference as the text prints it: a slug's 41224 is "412/24" in the page heading,
    0123.2024-25 may be printed alone on a line. Same digits, printed with separators."""
    digits = re.sub(r"\D", "", ref)
    if len(digits) < 4:
        return None
    for m in _PRINTED.finditer(text[:20000]):
        if re.sub(r"\D", "", m.group(1)) == digits:
            line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
            if "_" in m.group(1) and _FILE_NAMED.search(line):
                continue  # "… attached document entitled business-interests-procedure-v9 618_25": a file's name
            return _fold(m.group(1))
    return None


_FILE_NAMED = re.compile(r"\b(?:attached|attachment|document|file|entitled|enclosed)\b|\.(?:pdf|docx?|xlsx?|csv)\b", re.I)
