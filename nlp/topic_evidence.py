"""The evidence for each topic: the taxonomy's phrases found in a record's chunks, weighed by
tier and role, and the response's own content as support.

Kept apart from the decision (topics.py) so the rules there read as rules over these sums.
"""

import re
from functools import lru_cache

from parsers.yaml_data import load_yaml

from .normalise import fold_plural
from .taxonomy import GENERIC, STRONG, TAXONOMY_PATH, WEAK, load_taxonomy
from .topic_chunks import UNIT_NAME_AFTER, example_spans, fold, response_content


def _weight(tier: str, subject: bool) -> float:
    if tier == "subject":  # a cue of what the request is about, e.g. "how much did the force spend"
        return STRONG if subject else WEAK
    return {"strong": STRONG, "weak": WEAK, "generic": GENERIC}[tier]


class Evidence:
    """The phrases found for one topic: {phrase key: [tier, roles, [evidence...]]}."""

    def __init__(self):
        self.phrases: dict[str, list] = {}
        self.support = 0.0
        self.support_ev: list[dict] = []
        self.answered = False  # a response pattern of the topic matched the answer

    def add(self, key, tier, role, ev):
        entry = self.phrases.setdefault(key, [tier, set(), []])
        if _weight(tier, True) > _weight(entry[0], True):
            entry[0] = tier
        entry[1].add(role)
        entry[2].append(ev)

    def _sum(self, keep) -> float:
        """The weight of the kept phrases, one concept once: a phrase inside another kept phrase
        of the topic ("football" beside "football match") is the same mention in other words, as
        "hate crime" and "hate crimes" are one key."""
        kept = [(k, _weight(t, bool(roles & {"title", "subject"})))
                for k, (t, roles, _) in self.phrases.items() if keep(t, roles)]
        total = 0.0
        for k, w in kept:
            wider = [w2 for k2, w2 in kept if k2 != k and _inside(k, k2)]
            if not wider:
                total += max([w] + [w2 for k2, w2 in kept if k2 != k and _inside(k2, k)])
        return total

    @property
    def title(self) -> float:
        return self._sum(lambda t, roles: "title" in roles)

    @property
    def subject(self) -> float:
        return self._sum(lambda t, roles: bool(roles & {"title", "subject"}))

    @property
    def side(self) -> float:  # later asks only, generic cues excluded
        return self._sum(lambda t, roles: not roles & {"title", "subject"} and t != "generic")

    @property
    def total(self) -> float:
        return self._sum(lambda t, roles: True)

    def strong_in(self, roles: set) -> bool:
        return any(t in ("strong", "subject") and r & roles for t, r, _ in self.phrases.values())

    def named_in(self, roles: set) -> bool:
        """A strong phrase there (a `subject` cue, strong only in the subject, does not count)."""
        return any(t == "strong" and r & roles for t, r, _ in self.phrases.values())

    @property
    def in_title(self) -> bool:
        return any("title" in r for _, r, _ in self.phrases.values())

    def weak_in(self, roles: set) -> bool:
        return any(t == "weak" and r & roles for t, r, _ in self.phrases.values())

    def spans(self) -> set[tuple]:
        return {(e["field"], e["start"], e["end"]) for _, _, evs in self.phrases.values() for e in evs}

    def own(self, taken: set[tuple]) -> "Evidence":
        """This topic's evidence without the phrases that only re-read another topic's words:
        "offences recorded" in "Sexual offences recorded" shares "offences" with "sexual offences",
        so it says how those offences were counted, not a second subject. A phrase listed under
        both topics (the same span, "livestock theft") is kept: it was listed to name both."""
        def reread(e):
            return any(f == e["field"] and s < e["end"] and e["start"] < t
                       and (s, t) != (e["start"], e["end"]) for f, s, t in taken)
        out = Evidence()
        out.support, out.support_ev, out.answered = self.support, self.support_ev, self.answered
        out.phrases = {k: v for k, v in self.phrases.items() if not all(reread(e) for e in v[2])}
        return out

    def without(self, keys: set[str]) -> "Evidence":
        """This topic's evidence less the phrases `keys` (a topic's `people` words)."""
        out = Evidence()
        out.support, out.support_ev, out.answered = self.support, self.support_ev, self.answered
        out.phrases = {k: v for k, v in self.phrases.items() if k not in keys}
        return out

    def only(self, keys: set[str]) -> bool:
        """Every phrase that can weigh (not a generic cue) is one of `keys`."""
        return bool(keys) and all(k in keys for k, (t, _, _) in self.phrases.items() if t != "generic")

    def evidence(self) -> list[dict]:
        evs = [ev for _, _, e in self.phrases.values() for ev in e] + self.support_ev
        evs.sort(key=lambda e: (e["field"] != "title", e["field"], e["start"]))
        return evs[:12]


def _inside(short: str, long: str) -> bool:
    """The words of `short` run inside `long` ("football" in "football match")."""
    return f" {short} " in f" {long} "


def _one_per_mention(hits: list[tuple]) -> list[tuple]:
    """A topic's overlapping phrases are one mention: "how much did the force spend" and
    "spend on" in one ask count once (the stronger, then the longer, phrase)."""
    kept: list[tuple] = []
    for hit in sorted(hits, key=lambda h: (-h[1], h[4] - h[5], h[4])):
        slug, start, end = hit[0], hit[4], hit[5]
        if not any(k[0] == slug and k[4] < end and start < k[5] for k in kept):
            kept.append(hit)
    # A word inside another topic's longer strong phrase is that phrase's: "drug" in "drug wipe
    # tests" (road policing) names no drugs request. (Phrases only: a `near:` cue spans the words
    # between its two ends, which may name other subjects.)
    outer = [h for h in kept if h[2] == "strong" and not str(h[3]).startswith("near:")]
    kept = [h for h in kept if not any(o[0] != h[0] and o[4] <= h[4] and h[5] <= o[5]
                                       and o[5] - o[4] > h[5] - h[4] for o in outer)]
    return sorted(kept, key=lambda h: h[4])


def topic_hits(matcher, texts: list[str]) -> list[list[tuple]]:
    """Each text's topic hits (slug, weight, tier, key, start, end): from the spaCy pipeline's
    `doc._.topic_hits`, or from its exported tables (topic_tables.TableMatcher)."""
    if hasattr(matcher, "topic_hits"):
        return [matcher.topic_hits(t) for t in texts]
    return [doc._.topic_hits for doc in matcher.pipe(texts)]


def collect(nlp_, chunks, as_role=None) -> dict[str, Evidence]:
    found: dict[str, Evidence] = {}
    folded = [fold(text) for _, text, _, _ in chunks]
    per_text = topic_hits(nlp_, [f for f, _ in folded])
    for (field, text, spans, default), (_, where), hits in zip(chunks, folded, per_text, strict=True):
        examples = example_spans(text)
        for slug, _, tier, key, fstart, fend in _one_per_mention(hits):
            start, end = where[fstart], where[fend - 1] + 1
            if _in_passing(text, start, end, examples):
                tier = "generic"
            role = as_role or next(("title" if default == "title" else "subject"
                                    for a, b in spans if a <= start < b), default)
            ev = {"text": text[start:end], "field": field, "start": start, "end": end}
            found.setdefault(slug, Evidence()).add(key, tier, role, ev)
    return found


def _in_passing(text: str, start: int, end: int, examples: list[tuple[int, int]]) -> bool:
    """A phrase inside an example given in passing, or a capitalised phrase that is a unit's
    name ("Rural Crime Team"): it only adds weight, like a generic cue."""
    if any(a <= start and end <= b for a, b in examples):
        return True
    if _INSIDE_ACT_NAME.search(text[max(0, start - 60):start]) and re.match(r"(?i)[^\n]*?\bact\b", text[start:end]) \
            and text[start:start + 1].isupper():
        return True  # "Public Order Act" inside "the Criminal Justice and Public Order Act 1994": another Act's name
    return text[start:start + 1].isupper() and bool(UNIT_NAME_AFTER.match(text, end))


# Capitalised words of a longer Act name just before a phrase: "Criminal Justice and " (Public Order Act).
_INSIDE_ACT_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:and|&|of)\s+$")


@lru_cache(maxsize=1)
def people_keys() -> dict[str, set[str]]:
    """Each topic's `people` phrases (taxonomy.yaml) as matcher keys: words that say who a
    request is about ("recruits", "PCSOs"), which file the topic only as its one subject."""
    data = load_yaml(TAXONOMY_PATH)["topics"]
    return {slug: {" ".join(fold_plural(w) for w in p.lower().split()) for p in (e.get("people") or [])}
            for slug, e in data.items() if isinstance(e, dict) and e.get("people")}


@lru_cache(maxsize=1)
def _response_patterns() -> dict[str, list[re.Pattern]]:
    """The taxonomy's `response_patterns`: answers that show a topic (£ amounts for spending)."""
    return {slug: [re.compile(p) for p in e["response_patterns"]]
            for slug, e in load_taxonomy().items() if e["response_patterns"]}


def add_support(nlp_, rec: dict, found: dict[str, Evidence]) -> None:
    """The response's own content (no boilerplate or reasoning) as support for each topic."""
    paras = response_content(rec)
    folded = [fold(text) for _, text in paras]
    per_text = topic_hits(nlp_, [f for f, _ in folded])
    patterns = _response_patterns()
    seen: dict[str, set] = {}
    for (offset, text), (_, where), found_hits in zip(paras, folded, per_text, strict=True):
        hits = [(slug, tier, key, where[s], where[e - 1] + 1)
                for slug, _w, tier, key, s, e in found_hits]
        for slug, pats in patterns.items():
            for pat in pats:
                m = pat.search(text)
                if m:
                    hits.append((slug, "strong", f"re:{pat.pattern}", m.start(), m.end()))
                    if slug in found:
                        found[slug].answered = True
        for slug, tier, key, s, e in hits:
            if tier == "generic" or slug not in found or key in seen.setdefault(slug, set()):
                continue
            seen[slug].add(key)
            ev = found[slug]
            ev.support += _weight(tier, False)
            ev.support_ev.append({"text": text[s:e], "field": "response_text",
                                  "start": offset + s, "end": offset + e})
