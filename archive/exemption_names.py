"""Exemption labels named, keyed and grouped under the force's own Act.

A label (`s38(1)(b)`) means different things under FOIA 2000 and Scotland's FOISA 2002, so the
corpus keys each cited label by Act: FOIA labels keep their contract form (`s38(1)(b)`), FOISA
ones carry the Act (`FOISA s38(1)(b)`). Each key belongs to a family, the unit facets and
analytics count (`s12` and `s12(1)` are one exemption): the rule and its examples are data,
`data/exemption_families.yaml`. Names come from the parser's statutory short names per Act.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from parsers.fields.exemptions import FOIA_NAMES, FOISA_NAMES, NCND_LABELS
from parsers.yaml_data import load_yaml

DATA = Path(__file__).resolve().parent / "data" / "exemption_families.yaml"
NCND_WORDS = "neither confirm nor deny"
_PARTS = re.compile(r"s(\d+)([A-Z]?)((?:\(\d+[A-Z]?\))?)")


@cache
def rules() -> dict:
    return load_yaml(DATA)


def act_of(act: str | None) -> str:
    return "FOISA" if (act or "").strip().upper() == "FOISA" else "FOIA"


def key_of(label: str, act: str | None) -> str:
    """The Act-qualified label: `s40(2)` (FOIA), `FOISA s38(1)(b)`."""
    return f"FOISA {label}" if act_of(act) == "FOISA" else label


def family_label(label: str, act: str | None) -> str:
    """The family of a label without the Act: section + numbered subsection, (1) joined to the
    bare section, lettered paragraphs dropped; whole sections per the data."""
    m = _PARTS.match(label)
    if not m:
        return label
    section, letter, sub = m.groups()
    whole = rules()["whole_section"].get(act_of(act), [])
    if letter or int(section) in whole or sub in ("", "(1)"):
        return f"s{section}{letter}"
    return f"s{section}{sub}"


# The rows below are pure functions of (label, act), a small set however many responses cite
# them: cached, so a full build names each label once instead of once per response.
@lru_cache(maxsize=4096)
def family_of(label: str, act: str | None) -> str:
    return key_of(family_label(label, act), act)


def name_of(label: str, act: str | None) -> str:
    m = _PARTS.match(label)
    names = FOISA_NAMES if act_of(act) == "FOISA" else FOIA_NAMES
    return names.get(int(m.group(1)), "") if m and not m.group(2) else ""


def ncnd_of(label: str, act: str | None) -> bool:
    if act_of(act) == "FOISA":
        return label == "s18" or label.startswith("s18(")
    numeric = re.match(r"s\d+[A-Z]?(?:\(\d+[A-Z]?\))*", label)
    return bool(numeric) and numeric.group() in NCND_LABELS


def title_of(key: str, name: str, ncnd: bool) -> str:
    """`s40(5) Personal information (neither confirm nor deny)`; NCND said once: FOISA s18 is
    named "Neither confirm nor deny" already."""
    note = f" ({NCND_WORDS})" if ncnd and NCND_WORDS not in name.lower() else ""
    return f"{key} {name}{note}".strip()


@lru_cache(maxsize=4096)
def name_row(label: str, act: str | None) -> tuple:
    """An `exemption_names` row: key, label, act, family, name, ncnd, title."""
    key, name, ncnd = key_of(label, act), name_of(label, act), ncnd_of(label, act)
    return (key, label, act_of(act), family_of(label, act), name, int(ncnd),
            title_of(key, name, ncnd))


@lru_cache(maxsize=4096)
def family_row(label: str, act: str | None) -> tuple:
    """An `exemption_families` row: family, act, label (the family without the Act), name,
    ncnd, title."""
    flabel = family_label(label, act)
    key, name, ncnd = key_of(flabel, act), name_of(flabel, act), ncnd_of(flabel, act)
    return (key, act_of(act), flabel, name, int(ncnd), title_of(key, name, ncnd))


# The tables these rows go to: archive/corpus_schema.py (EXEMPTION_NAME_TABLES).


def response_rows(rid: str, labels: list[str], act: str | None) -> dict[str, list[tuple]]:
    """The rows one response adds: its keys' names, their families and its family list."""
    families = sorted({family_of(label, act) for label in labels})
    return {
        "exemption_names": [name_row(label, act) for label in labels],
        "exemption_families": [family_row(label, act) for label in labels],
        "response_exemption_families": [(rid, f) for f in families],
    }


def with_acts(records, forces: list[dict], conn=None):
    """The records, each with the `act` of its force (the registry's, else the corpus's
    `forces` table when `conn` is given; FOIA when neither knows the force)."""
    acts = {}
    if conn is not None:
        acts.update(conn.execute("SELECT slug, act FROM forces").fetchall())
    acts.update({f["slug"]: f.get("act") for f in forces})
    for rec in records:
        yield rec if rec.get("act") else {**rec, "act": act_of(acts.get(rec.get("force")))}
