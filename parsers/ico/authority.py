"""A public authority's name, as the Information Commissioner prints it, to a force slug.

Rules are data (`authorities.tsv`, `aliases.tsv` beside this file, an example on each row):
"Chief Constable of Kent Police" and "Kent Police" are the force; "Commissioner of Police of the
Metropolis" is the Met; a police and crime commissioner ("Police and Crime Commissioner for
Cleveland", "West Midlands Police and Crime Commissioner") is mapped to the force of its area.
Anything else (a council, an NHS trust, the IOPC) is not police: None.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The raw store's force column for the Commissioner's notices (crawler/spiders/ico.py): the
# build keeps these entries out of the responses (archive/corpus_ico.py).
ICO_SLUG = "ico"
FORCES_CSV = HERE.parent / "data" / "forces.csv"
_SUFFIX = re.compile(r"\s+(?:police service|police force|police|constabulary)$")


@dataclass(frozen=True)
class Authority:
    slug: str
    kind: str          # "force" or "pcc"


def _rows(name: str) -> list[list[str]]:
    with open(HERE / name, newline="", encoding="utf-8") as fh:
        return [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]


def normalise(name: str) -> str:
    """Lower case, '&' as 'and', no parenthetical abbreviation, no leading 'the', one space."""
    text = re.sub(r"\([^)]{0,40}\)", " ", name or "")
    text = text.replace("&", " and ").replace("’", "'").lower()
    text = re.sub(r"\s+", " ", text).strip(" .,;:")
    return re.sub(r"^the ", "", text)


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """(full names and aliases -> slug, force areas -> slug)."""
    names, areas = {}, {}
    with open(FORCES_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            full = normalise(row["name"])
            names[full] = row["slug"]
            areas[_SUFFIX.sub("", full)] = row["slug"]
    for alias, slug, _example in _rows("aliases.tsv"):
        names.setdefault(alias, slug)
        areas.setdefault(_SUFFIX.sub("", alias), slug)
    return names, areas


@lru_cache(maxsize=1)
def _rules() -> list[tuple[str, re.Pattern, str]]:
    return [(kind, re.compile(pattern, re.I), target) for kind, pattern, target, _ in
            _rows("authorities.tsv")]


def _force_named(name: str) -> str | None:
    names, _areas = _names()
    return names.get(normalise(name))


def _force_of_area(area: str) -> str | None:
    names, areas = _names()
    key = normalise(area)
    return areas.get(key) or names.get(key)


def police_authority(name: str | None) -> Authority | None:
    """The force a public authority's name means, with whether it is the force or its PCC."""
    text = normalise(name or "")
    if not text:
        return None
    for kind, pattern, target in _rules():
        m = pattern.fullmatch(text)
        if not m:
            continue
        if kind == "slug":
            return Authority(target, "force")
        if kind == "pcc":
            slug = _force_of_area(m.group("area"))
            if slug:
                return Authority(slug, "pcc")
        elif kind == "force":
            slug = _force_named(m.group("name"))
            if slug:
                return Authority(slug, "force")
    return None


def force_slug(name: str | None) -> str | None:
    found = police_authority(name)
    return found.slug if found else None
