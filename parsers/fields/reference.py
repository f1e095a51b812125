"""The force's own reference: labelled field, else "Title (ref)", else the URL slug."""
from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

# 01.FOI.24.042067  100A/23  958-2024  IM-FOI-2021-0942  FOI/15929  HQ/PA/003493/18  275 - 24
# FOI 1769251/23  PUB 1316  DC/FOI 782/17  F-013412  3005_16  FOI2024/00291
REF = (
    r"(?:[A-Z]{1,4}(?:[/\-][A-Z]{1,4})*(?:[ /\-.]|\s?No\.?\s?)?)?"
    r"\d[\dA-Za-z]*(?:[/\-._][\dA-Za-z]+|\s?[/\-–]\s?\d+)*"
)
_LABEL = re.compile(
    r"(?:\b(?:our|your|foi|foia|enquiry|request|case|disclosure|file)\s+)?"
    r"\b(?:ref(?:erence)?|request\s+(?:number|no))\b\.?"
    r"(?:\s*(?:no|number|num)\b\.?)?\s*(?:is|[:\-–#]|\s)\s*(" + REF + r")",
    re.IGNORECASE,
)
_TITLE_REF = re.compile(r"^(.*?)\s*\(\s*(" + REF + r")\s*\)\s*$")
_TITLE_LEAD = re.compile(r"^(?:FOI|Freedom of Information)\s*(?:request\s*)?(" + REF + r")\s*[-–:|]\s*(.+)$", re.I)


def _fold(ref: str) -> str:
    return re.sub(r"\s+", " ", ref).strip(" .-–/")


def _plausible(ref: str) -> bool:
    if re.fullmatch(r"(?:19|20)\d\d", ref):
        return False  # a bare year is a period, not a reference
    digits = sum(c.isdigit() for c in ref)
    return digits >= 2 and not re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", ref) or bool(
        re.search(r"[A-Z]", ref) and digits >= 1)


# PSNI "Request: FOI/00013725", Essex's bare "PUB 1316" line.
_FIELD_REF = re.compile(r"^\s*(?:request\s*:\s*([A-Z]{1,4}[/\-]\d[\d/\-]*)|(PUB\s?\d{2,6}))\s*$", re.I | re.M)


def from_text(text: str) -> str | None:
    """The first labelled reference ("Reference No: 958-2024", "Our Ref: IM-FOI-2021-0942")."""
    text = re.sub(r"\b(N)\s(o)\b", r"\1\2", text[:20000])  # "Reference N o:" from a PDF's letter spacing
    m = _FIELD_REF.search(text)
    if m:
        return _fold(m.group(1) or m.group(2))
    for m in _LABEL.finditer(text):
        ref = _fold(m.group(1))
        if sum(c.isdigit() for c in ref) >= 2:  # labelled: Kent's "20/09/1088" is a reference
            return ref
    return None


def split_title(line: str) -> tuple[str, str | None]:
    """'Drones (3300/18)' -> ('Drones', '3300/18'); 'FOI 123/24 - Drones' likewise."""
    line = " ".join(line.split())
    m = _TITLE_REF.match(line)
    if m and m.group(1) and _plausible(m.group(2)):
        return m.group(1).strip(" -–:"), _fold(m.group(2))
    m = re.match(r"^(.*?\S)\s+[-–]\s+(\d{2,6}/\d{2,4})$", line)  # "Anti-Social Behaviour 2020-2021 - 1626/21"
    if m and len(m.group(1).split()) <= 15:
        return m.group(1), m.group(2)
    m = _TITLE_LEAD.match(line)
    if m and _plausible(m.group(1)):
        return m.group(2).strip(), _fold(m.group(1))
    return line, None


def from_url(url: str | None) -> str | None:
    """The reference carried by a URL slug: foi-958-2024--oct-2024--x, foi-27524-topic, x-3300-18."""
    if not url:
        return None
    path = unquote(urlparse(url).path).rstrip("/")
    slug = path.rsplit("/", 1)[-1]
    slug = re.sub(r"\.(?:html?|pdf|docx?|xlsx?|csv|aspx|php)$", "", slug, flags=re.I)
    m = re.search(r"(?:^|[-_])(?:foi|foia|ref|request)[-_]?(\d[\dA-Za-z]*(?:[-_]\d+)?)(?=$|[-_])", slug, re.I)
    if m:
        return m.group(1)
    m = re.match(r"^(\d{2}-\d{3,5})(?=-|$)", slug)  # Police Scotland "21-0942-slug"
    if m:
        return m.group(1)
    m = re.search(r"-(\d+[A-Za-z]?[-_]\d{2,4})$", slug)
    if m:
        return m.group(1)
    return None
