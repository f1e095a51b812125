"""Users' words to a safe SQLite FTS5 query, with the synonyms of search_synonyms.yaml.

    parse('taser children -rifle')  -> [[Term(taser…)], [Term(children…)]], negated [Term(rifle)]
    to_fts(parsed)                   -> '("taser" OR "ced" …) AND ("children" OR "under 18" …)
                                          NOT ("rifle")'

Syntax a user may type: words (all required), "quoted phrases", `OR` between two terms,
`-word` to leave a word out, exemption citations (40(5), s40(5B), section 31(1)(a)). Every
phrase written to FTS5 is built from \\w runs only, so quotes, brackets, `*`, `-`, `NEAR` or
`:` typed by a user are never FTS5 syntax; nothing a user types can make the query invalid.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

VOCABULARY = Path(__file__).with_name("search_synonyms.yaml")
MAX_CHARS = 1000      # of the typed query; a pasted letter belongs on /asked-before
MAX_TERMS = 24        # required terms; more is a paste, not a query
# Dropped when other words remain (outside quotes): FTS5 would require each of them.
STOPWORDS = frozenset("a an and any are as at be by for from how i in into is it me of on or "
                      "please the their to was were what which with".split())

_TOKEN = re.compile(
    r'(?P<phrase>"[^"]*"?)'
    r"|(?P<cite>(?:\bs\.?\s?|\bsection\s+|\b)\d{1,3}\s*\(\s*\d{1,2}[A-Za-z]?\s*\)"
    r"(?:\s*\(\s*[A-Za-z0-9]{1,4}\s*\))*)"
    r"|(?P<neg>(?:^|(?<=\s))-)?(?P<word>\w+(?:[-'’]\w+)*)", re.I)
_SECTION_WORD = re.compile(r"^s\.?(\d{1,3})$", re.I)


@dataclass
class Term:
    shown: str                                   # as the user typed it
    alternatives: list[str] = field(default_factory=list)   # phrases of lower-case words
    labels: list[str] = field(default_factory=list)         # a citation's exemption labels

    def fts(self) -> str:
        alts = list(dict.fromkeys(a for a in self.alternatives if a))
        quoted = [f'"{a}"' for a in alts]
        return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


@dataclass
class Parsed:
    groups: list[list[Term]]                     # AND of OR-groups
    excluded: list[Term]

    def fts(self, columns: tuple[str, ...] = ()) -> str:
        return to_fts(self, columns)

    def words(self) -> list[str]:
        """Every word of every alternative (for highlighting and hints)."""
        return sorted({w for g in self.groups for t in g for a in t.alternatives
                       for w in a.split()})


def words_of(text: str) -> str:
    return " ".join(w.lower() for w in re.findall(r"\w+", text or ""))


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = yaml.safe_load(VOCABULARY.read_text())
    aliases: dict[str, list[str]] = {}
    for group in data.get("groups") or []:
        terms = [words_of(t) for t in group["terms"]]
        for t in terms:
            aliases.setdefault(t, [])
            aliases[t] += [x for x in terms if x not in aliases[t]]
    families = {words_of(e["typed"]): list(e["labels"]) for e in data.get("exemptions") or []}
    return {"aliases": aliases, "longest": max((len(k.split()) for k in aliases), default=1),
            "families": families, "ncnd_words": [words_of(w) for w in data.get("ncnd_words")
                                                 or []], "shown": {
        t: group["terms"][0] for group in data.get("groups") or []
        for t in (words_of(x) for x in group["terms"])}}


def citation_parts(text: str) -> tuple[str, list[str]] | None:
    """'s40(5B)' / 'section 40 (5)' -> ('40', ['5b']); None when it is not a citation."""
    m = re.match(r"^(?:s\.?\s?|section\s+)?(\d{1,3})\s*((?:\(\s*[A-Za-z0-9]{1,4}\s*\)\s*)+)$",
                 text.strip(), re.I)
    if not m:
        return None
    return m.group(1), [p.lower() for p in re.findall(r"[A-Za-z0-9]+", m.group(2))]


def label_phrases(label: str) -> list[str]:
    """The ways a label's citation reads to the index: s40(5A) -> '40 5a', 's40 5a'."""
    parts = citation_parts(label)
    if not parts:
        return [words_of(label)]
    section, subs = parts
    tail = " ".join(subs)
    return [f"{section} {tail}".strip(), f"s{section} {tail}".strip()]


def citation_labels(text: str) -> list[str]:
    """The labels a typed citation stands for in the vocabulary (40(5) -> its family)."""
    parts = citation_parts(text)
    if not parts:
        return []
    typed = words_of(f"{parts[0]}({')('.join(parts[1])})")
    family = vocabulary()["families"].get(typed)
    section, subs = parts
    return family or [f"s{section}({subs[0].upper()})" + "".join(f"({p})" for p in subs[1:])]


def _citation_term(shown: str) -> Term:
    labels = citation_labels(shown)
    alts = [a for label in labels for a in label_phrases(label)]
    return Term(shown, alts or [words_of(shown)], labels)


def _tokens(text: str):
    """(kind, text, negated) in order; kind is 'phrase', 'cite', 'word' or 'or'."""
    for m in _TOKEN.finditer(text[:MAX_CHARS]):
        if m.group("phrase") is not None:
            inner = words_of(m.group("phrase"))
            if inner:
                yield "phrase", inner, False
        elif m.group("cite"):
            yield "cite", m.group("cite"), False
        else:
            word = m.group("word")
            if word == "OR":
                yield "or", word, False
            elif word not in ("AND", "NOT", "NEAR"):   # spelled operators read as joiners
                yield "word", word, bool(m.group("neg"))


def _expand(words: list[str]) -> list[Term]:
    """Runs of plain words to terms, longest synonym phrase first."""
    voc = vocabulary()
    out, i = [], 0
    lowered = [words_of(w) for w in words]
    while i < len(words):
        for n in range(min(voc["longest"], len(words) - i), 0, -1):
            key = " ".join(lowered[i:i + n])
            if key in voc["aliases"]:
                out.append(Term(" ".join(words[i:i + n]), voc["aliases"][key]))
                i += n
                break
        else:
            m = _SECTION_WORD.match(words[i])
            alts = ([f"s{m.group(1)}", f"section {m.group(1)}"] if m else [lowered[i]])
            out.append(Term(words[i], alts))
            i += 1
    return out


def parse(text: str) -> Parsed:
    items: list[tuple[str, Term | None]] = []   # ('term'|'or'|'neg', term)
    run: list[str] = []

    def flush():
        for t in _expand(run):
            items.append(("term", t))
        run.clear()

    for kind, value, negated in _tokens(text or ""):
        if kind == "word" and not negated:
            run.append(value)
            continue
        flush()
        if kind == "or":
            items.append(("or", None))
        elif kind == "phrase":
            items.append(("term", Term(f'"{value}"', [value])))
        elif kind == "cite":
            items.append(("term", _citation_term(value)))
        else:
            items.append(("neg", Term(value, [words_of(value)])))
    flush()
    groups: list[list[Term]] = []
    excluded = [t for kind, t in items if kind == "neg"]
    join = False
    for kind, term in items:
        if kind == "or":
            join = bool(groups)
        elif kind == "term":
            if join:
                groups[-1].append(term)
            else:
                groups.append([term])
            join = False
    unique = {tuple(a for t in g for a in t.alternatives): g for g in groups}
    groups = list(unique.values())
    content = [g for g in groups if not (len(g) == 1 and g[0].alternatives == [g[0].shown.lower()]
                                        and g[0].shown.lower() in STOPWORDS)]
    return Parsed((content or groups)[:MAX_TERMS], excluded[:MAX_TERMS])


def to_fts(parsed: Parsed, columns: tuple[str, ...] = ()) -> str:
    """FTS5 query text, or '' when nothing is left to search for."""
    if not parsed.groups:
        return ""
    ands = []
    for group in parsed.groups:
        alts = [a for t in group for a in t.alternatives]
        ands.append(Term("", alts).fts())
    query = " AND ".join(ands)
    if parsed.excluded:
        query = f"({query}) NOT ({' OR '.join(t.fts() for t in parsed.excluded)})"
    if columns:
        query = "{" + " ".join(columns) + "} : (" + query + ")"
    return query


def describe(parsed: Parsed) -> str:
    """What was searched for, in words: 'taser (or CED, …) and children (or under 18, …)'."""
    parts = []
    for group in parsed.groups:
        shown = []
        for t in group:
            others = ([x for x in t.labels if x.lower() != t.shown.lower()] if t.labels
                      else [a for a in t.alternatives if a != words_of(t.shown)])
            shown.append(t.shown + (f" (or {', '.join(others[:6])}"
                                    f"{', …' if len(others) > 6 else ''})" if others else ""))
        parts.append(" or ".join(shown))
    text = " and ".join(parts)
    if parsed.excluded:
        text += " but not " + ", ".join(t.shown for t in parsed.excluded)
    return text


@lru_cache(maxsize=4096)
def fts_for(text: str) -> str:
    """The SQL function `foi_fts_query(text)` (table `_search=`); '""' (matches nothing) when
    the text holds no word."""
    return to_fts(parse(text or "")) or '""'
