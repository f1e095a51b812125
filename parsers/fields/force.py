"""Which force published a response. Order (docs/parsing.md): the caller's --force, the URL, the
letterhead (a line near the top, or a DOCX page header, that is one force's name), the force most
named (letterhead area and title weigh most, the requester's words least), a force-only reference format."""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

_FORCES_CSV = Path(__file__).resolve().parent.parent / "data" / "forces.csv"
# slug,website rows copied from the registry (data/forces.csv: website and entry-URL hosts).
_SITES_CSV = _FORCES_CSV.parent / "force_sites.csv"

# Host names and common short names that the registry's full names do not spell out.
_HOSTS = {
    "met.police.uk": "metropolitan-police", "psni.police.uk": "police-service-of-northern-ireland",
    "scotland.police.uk": "police-scotland", "cityoflondon.police.uk": "city-of-london-police",
    "btp.police.uk": "british-transport-police", "gmp.police.uk": "greater-manchester-police",
    "westyorkshire.police.uk": "west-yorkshire-police", "avonandsomerset.police.uk": "avon-and-somerset-police",
    "thamesvalley.police.uk": "thames-valley-police", "hampshire.police.uk": "hampshire-constabulary",
    "devon-cornwall.police.uk": "devon-and-cornwall-police", "mod.police.uk": "ministry-of-defence-police",
    "cnc.police.uk": "civil-nuclear-constabulary", "npcc.police.uk": None,
}
_ALIASES = {
    "metropolitan-police": [r"\bMPS\b", r"\bthe Met\b", r"\bMet Police\b", r"Metropolitan Police"],
    "west-midlands-police": [r"\bWMP\b"],
    "police-service-of-northern-ireland": [r"\bPSNI\b"],
    "greater-manchester-police": [r"\bGMP\b"],
    "british-transport-police": [r"\bBTP\b"],
    "thames-valley-police": [r"\bTVP\b"],
    "north-yorkshire-police": [r"\bNYP\b"],
    "south-wales-police": [r"\bSWP\b", r"Heddlu De Cymru"],
    "dyfed-powys-police": [r"Heddlu Dyfed[- ]Powys"],
    "north-wales-police": [r"Heddlu Gogledd Cymru"],
    "hampshire-constabulary": [r"Hampshire Constabulary", r"Hampshire Police"],
    "avon-and-somerset-police": [r"Avon (?:and|&) Somerset (?:Police|Constabulary)"],
    "devon-and-cornwall-police": [r"Devon (?:and|&) Cornwall (?:Police|Constabulary)"],
    "ministry-of-defence-police": [r"\bMDP\b", r"MoD Police"],
    "civil-nuclear-constabulary": [r"\bCNC\b"],
    "city-of-london-police": [r"City of London Police"],
}


@lru_cache(maxsize=1)
def forces() -> list[dict]:
    with open(_FORCES_CSV, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def act_for(slug: str | None) -> str:
    for f in forces():
        if f["slug"] == slug:
            return f["act"]
    return "FOIA"


@lru_cache(maxsize=1)
def _alternatives() -> list[tuple[str, list[str]]]:
    """(slug, the regex alternatives naming the force) for every force."""
    out = []
    for f in forces():
        name = f["name"]
        core = re.sub(r"\s+(Police Service|Constabulary|Police)$", "", name)
        alts = [re.escape(name).replace(r"\-", r"[-\s]?")]  # "Dyfed Powys Police" as often as "Dyfed-Powys"
        if core != name and len(core.split()) >= 1 and core not in ("City of London", "Metropolitan"):
            # "Norfolk Constabulary" is also written "Norfolk Police"
            alts.append(re.escape(core).replace(r"\ and\ ", r"\ (?:and|&)\ ") + r"\s+(?:Police|Constabulary)")
        alts += _ALIASES.get(f["slug"], [])
        out.append((f["slug"], alts))
    return out


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    return [(slug, re.compile("|".join(f"(?:{a})" for a in alts))) for slug, alts in _alternatives()]


@lru_cache(maxsize=1)
def _wrapped_patterns() -> list[tuple[str, re.Pattern]]:
    """The long names (four words or more) read across a line end: "Hampshire and Isle of" / "Wight
    Constabulary" in a wrapped letter. Only a fallback: a wrapped e-mail breaks other forces' names
    it mentions in passing too ("… shares with Devon and" / "Cornwall Police")."""
    out = []
    for slug, alts in _alternatives():
        long = [a.replace("\\ ", " ").replace(" ", r"\s+") for a in alts if a.replace("\\ ", " ").count(" ") >= 3]
        if long:
            out.append((slug, re.compile("|".join(f"(?:{a})" for a in long))))
    return out


@lru_cache(maxsize=1)
def _sites() -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Host -> slug for every force website in the registry, and gov.uk-style (host, path) prefixes."""
    hosts: dict[str, str | None] = {}
    prefixes: list[tuple[str, str, str]] = []
    with open(_SITES_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            p = urlparse(row["website"])
            host = re.sub(r"^www\.", "", (p.hostname or "").lower())
            if p.path.strip("/"):
                prefixes.append((host, p.path.rstrip("/") + "/", row["slug"]))
                continue
            names = {host}
            if host.count(".") >= 3 and host.endswith(".police.uk"):
                names.add(host.split(".", 1)[1])  # foi.west-midlands.police.uk -> west-midlands.police.uk
            for h in names:
                hosts[h] = row["slug"] if hosts.get(h, row["slug"]) == row["slug"] else None
    return {h: s for h, s in hosts.items() if s}, prefixes


def from_url(url: str | None) -> str | None:
    if not url:
        return None
    parsed = urlparse(url)
    slugs = {f["slug"] for f in forces()}
    m = re.search(r"/foi-ai/([a-z\-]+)/", parsed.path + "/")
    if m and m.group(1) in slugs:
        return m.group(1)
    host = (parsed.hostname or "").lower()
    by_host, prefixes = _sites()
    bare = re.sub(r"^www\.", "", host)
    for h, path, slug in prefixes:
        if bare == h and (parsed.path.rstrip("/") + "/").startswith(path):
            return slug
    labels = bare.split(".")
    for k in range(len(labels) - 1):  # the host itself, then each parent domain
        slug = by_host.get(".".join(labels[k:]))
        if slug:
            return slug
    for suffix, slug in _HOSTS.items():
        if host == suffix or host.endswith("." + suffix):
            return slug
    # www.west-midlands.police.uk, www.essex.police.uk, www.dyfed-powys.police.uk ...
    label = labels[0]
    if not bare.endswith(".police.uk") or label in ("police", "foi", "news"):
        return None  # "police.uk" alone names no force
    for f in forces():
        if f["slug"].split("-police")[0].split("-constabulary")[0] == label or \
                f["slug"].replace("-", "") .startswith(label.replace("-", "")) and len(label) > 4:
            return f["slug"]
    return None


def count_mentions(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for slug, pat in _patterns():
        n = len(pat.findall(text))
        if n:
            counts[slug] = n
    return counts


def from_text(response_text: str, request_text: str = "", head: str = "") -> str | None:
    """The most prominent force: the letterhead/title counts most, then a force signing the letter
    ("Yours sincerely" / "Freedom of Information Unit" / "Dorset Police"), the requester's words least.
    A long name wrapped over a line end in the body counts as one mention."""
    score: dict[str, float] = {}
    for text, weight in ((head, 5.0), (_signed_by(response_text or ""), 3.0), (response_text, 1.0), (request_text, 0.25)):
        if not text:
            continue
        counts = count_mentions(text)
        if weight <= 1.0:  # the body's prose wraps; a letterhead's lines are its own
            for slug, pat in _wrapped_patterns():
                wrapped = sum(1 for m in pat.finditer(text) if "\n" in m.group(0))
                if wrapped:
                    counts[slug] = counts.get(slug, 0) + wrapped
        for slug, n in counts.items():
            score[slug] = score.get(slug, 0.0) + n * weight
    if not score:
        return _joint_force(head, response_text, request_text)
    return max(score.items(), key=lambda kv: kv[1])[0]


_SIGN_OFF = re.compile(r"^\W*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|regards)\b", re.I | re.M)


def _signed_by(text: str) -> str:
    """The few lines under the letter's last sign-off: the team and the force signing it."""
    found = list(_SIGN_OFF.finditer(text))
    if not found:
        return ""
    last = found[-1]
    lines = [ln for ln in text[last.end():].split("\n") if ln.strip()][:4]
    return "\n".join(lines)


# Forces that answer requests jointly and sign as both: (pattern, the force named first, example).
# With no letterhead, domain or single force named, the letter is filed under the first-named force
# (a Norfolk/Suffolk letter belongs to one of the two; null belongs to neither).
JOINT_FORCES = [
    (r"\bnorfolk\s+(?:and|&)\s+suffolk\s+(?:constabularies|police)\b", "norfolk-constabulary",
     "Norfolk and Suffolk Constabularies have considered your request."),
    (r"\bsuffolk\s+(?:and|&)\s+norfolk\s+(?:constabularies|police)\b", "suffolk-constabulary",
     "Suffolk and Norfolk Constabularies hold the information."),
]
_JOINT = [(re.compile(p, re.I), slug) for p, slug, _ in JOINT_FORCES]


def _joint_force(*texts: str) -> str | None:
    for text in texts:
        found = sorted((m.start(), slug) for pat, slug in _JOINT for m in [pat.search(text or "")] if m)
        if found:
            return found[0][1]
    return None


# What may follow a force's name on a letterhead line: its department ("Public Disclosure Team, Kent Police").
_UNIT_LINE = re.compile(r"^(?:[\w&'’]+\s+){0,5}(?:team|unit|department|branch|office|section|bureau|directorate"
                        r"|headquarters|hq)$", re.I)
LETTERHEAD_LINES = 8


def from_letterhead(lines: list[str]) -> str | None:
    """The force on a letterhead: a line near the top that is one force's name (with at most its
    department), as "Suffolk Constabulary" above a joint "Norfolk and Suffolk Constabularies" letter."""
    filled = [" ".join(ln.split()) for ln in lines if ln.strip()][:LETTERHEAD_LINES]
    # a page header's columns ("MERSEYSIDE POLICE          FOI 25-0917 Appendix A") are lines of their own
    cells = [" ".join(c.split()) for ln in lines[:3 * LETTERHEAD_LINES] if re.search(r"\S {3,}\S", ln)
             for c in re.split(r" {3,}", ln.strip()) if c.strip()]
    for k, line in enumerate(filled + cells):
        if len(line.split()) > 10:
            continue
        if k + 1 < len(filled) and _HQ_LINE.search(line) and _ADDRESS_LINE.search(filled[k + 1]) \
                and _another_voice(line, "\n".join(lines)):
            continue  # "Bedfordshire Police Headquarters," / "Woburn Road, Kempston," over "Hertfordshire
            # Constabulary neither confirms nor denies …": the building a joint unit writes from, not whose letter it is
        for form in (line, line.title()):  # "POLICE SCOTLAND"
            named = [slug for slug, pat in _patterns() if pat.search(form)]
            if len(named) != 1:
                continue
            pat = dict(_patterns())[named[0]]
            rest = " ".join(re.sub(r"[,\-–|/]", " ", pat.sub(" ", form)).split())
            if not rest or _UNIT_LINE.match(rest):
                return named[0]
    # no name, but the letterhead's e-mail or web address: "Email: foi@westyorkshire.police.uk"
    found = {from_url("https://" + m.group(1)) for line in filled if len(line.split()) <= 6
             for m in _LETTERHEAD_DOMAIN.finditer(line)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


# A force deciding in its own voice: "Hertfordshire Constabulary neither confirms nor denies …",
# "… can confirm", "… holds", "… does not hold" (never "Essex Police may hold …").
_VOICE = re.compile(r"\s+(?:neither\s+confirms?|can\s+confirm|confirms|holds|does\s+not\s+hold|has\s+(?:located|considered|completed))\b", re.I)


def _another_voice(line: str, text: str) -> bool:
    """The letter's decision is spoken by a force other than the one the line names."""
    named = {slug for slug, pat in _patterns() if pat.search(line)}
    for slug, pat in _patterns():
        if slug in named:
            continue
        if any(_VOICE.match(text, m.end()) for m in pat.finditer(text)):
            return True
    return False


_HQ_LINE = re.compile(r"\b(?:headquarters|hq)\W*$", re.I)
# a street or a postcode: "Woburn Road, Kempston,", "Bedford, MK43 9AX"
_ADDRESS_LINE = re.compile(r"\b(?:road|street|lane|avenue|way|drive|close|park|place)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)


# (an address field of its own: not a link in the request's text, "https://news.met.police.uk/news/…")
_LETTERHEAD_DOMAIN = re.compile(r"(?:@|\bwww\.)([a-z0-9-]+(?:\.[a-z0-9-]+)*\.police\.uk)\b(?!/\w)", re.I)


# Who a request is addressed to (WhatDoTheyKnow copies; examples written for this project):
#   "A Requester made this Freedom of Information request to Anyshire Police"
#   "Freedom of Information request made by A Requester to Anyshire Police"
#   "Dear Anyshire Police," (the request's salutation; "Dear Metropolitan Police Service (MPS),")
_ADDRESSEE = re.compile(r"^(?:.{1,80}\bmade\s+this\s+(?:freedom\s+of\s+information\s+)?request\s+to\s+(?P<body>.{3,80}?)"
                        r"|(?:a\s+)?freedom\s+of\s+information\s+request\s+made\s+by\s+.{1,80}?\s+to\s+(?P<by>.{3,80}?)"
                        r"(?:\s+(?:automatic|this\s+request)\b.*)?|dear\s+(?P<dear>[^,]{3,80}),?)$", re.I)
ADDRESSEE_LINES = 60


def from_addressee(lines: list[str]) -> str | None:
    """The force a request is addressed to: it decides a WhatDoTheyKnow copy, whose request may name
    other forces ("Dear Anyshire Police, … material released by the Met …")."""
    filled = [" ".join(ln.split()) for ln in lines if ln.strip()][:ADDRESSEE_LINES]
    for line in filled:
        m = _ADDRESSEE.match(line)
        if not m:
            continue
        name = re.sub(r"\s*\([A-Z]{2,5}\)\s*$", "", (m.group("body") or m.group("by") or m.group("dear")).strip())
        slug = from_letterhead([name])
        if slug:
            return slug
    return None


_LEAD_SEPARATOR = re.compile(r"^\s*[-–—|,:]?\s*")


def strip_name(line: str) -> tuple[str | None, str]:
    """A force's name at the start of a line taken off with the separator after it:
    "Kent Police – Freedom of Information" -> ("kent-police", "Freedom of Information");
    "WILTSHIRE POLICE FOI 2024-0001" likewise. (None, line) when the line opens with no force."""
    s = " ".join(line.split())
    best: tuple[int, str | None] = (0, None)
    for slug, pat in _patterns():
        for form in (s, s.title()):
            m = pat.match(form)
            if m and m.end() > best[0] and len(form) == len(s):
                best = (m.end(), slug)
    if not best[1] or (best[0] < len(s) and s[best[0]].isalnum()):
        return None, s  # "Kent Policeman" is no letterhead
    return best[1], _LEAD_SEPARATOR.sub("", s[best[0]:], count=1)


# The Scottish Act in the force's own words: Police Scotland is the one police force that answers
# under it (BTP and the MOD and nuclear police answer Scottish requests under the UK Act).
_FOISA = re.compile(r"\bfreedom\s+of\s+information\s*\(\s*scotland\s*\)\s*act\b|\bFOISA\b", re.I)


def from_act(text: str) -> str | None:
    """A response that names no force but answers under FOISA: Police Scotland's."""
    return "police-scotland" if _FOISA.search(text or "") else None


def from_reference(ref: str | None) -> str | None:
    """Reference formats that only one force uses."""
    if not ref:
        return None
    if re.fullmatch(r"01\.FOI\.\d{2}\.\d+", ref):
        return "metropolitan-police"
    if re.match(r"IM-FOI-", ref):
        return "police-scotland"
    if re.fullmatch(r"F-(?:20\d\d-)?\d{5,6}", ref):   # PSNI: "F-013412", "F-2023-01188"
        return "police-service-of-northern-ireland"
    return None


_AREAS_CSV = _FORCES_CSV.parent / "force_areas.csv"


@lru_cache(maxsize=1)
def _area_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over every force's area names (longest first, case as printed) and name -> force."""
    with open(_AREAS_CSV, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(ln for ln in fh if not ln.startswith("#"))]
    owner = {r["area"]: r["slug"] for r in rows}
    names = sorted(owner, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"), owner


def from_areas(text: str) -> str | None:
    """A file that names no force but lists its areas (a data-only sheet's rows "Liverpool North",
    "Knowsley", "Sefton", "Wirral"): the force whose areas they are. Two areas at least, with no
    other force's area named (or three times as many as any other's)."""
    pat, owner = _area_pattern()
    seen: dict[str, set[str]] = {}
    for m in pat.finditer(text or ""):
        seen.setdefault(owner[m.group(0)], set()).add(m.group(0))
    ranked = sorted(((len(v), k) for k, v in seen.items()), reverse=True)
    if not ranked or ranked[0][0] < 2:
        return None
    second = ranked[1][0] if len(ranked) > 1 else 0
    if second == 0 or (ranked[0][0] >= 3 and ranked[0][0] >= 3 * second):
        return ranked[0][1]
    return None
