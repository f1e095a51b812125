"""Topic tagging of a parsed record: the request's subject decides, precision first.

A journalist files a request under what it is about: its title and its first (main) ask. So:

- Each piece of evidence has a role. "subject": the title, a letter's subject line (next to the
  salutation, or after "Re:"), the first ask. "side": later asks and the rest of the request.
  The response's own content only supports (its boilerplate and exemption reasoning never count).
- A primary topic needs a strong phrase in the subject, or a weak one there plus more evidence.
  Broad topics (the taxonomy's `broad: true`: technology, policies, crime statistics, finance,
  surveillance, workforce) need a strong phrase in the subject.
- Topics are ranked by evidence. A second subject topic needs a strong phrase in the subject,
  or two weak ones with one in the title (a broad one: strong in the title, or strong in the
  first ask and named in the title, e.g. "Software spend", "Firearms officers" with "How many
  firearms officers did the force employ?"). A third (the contract allows 1-3)
  needs a strong phrase both in the subject and in a later ask. Failing a second, one side topic
  whose later asks weigh ASSIGN_AT (two mentions: one later "how much did the force spend" is a
  detail of the request, not its subject) and whose answer shows it in its data (a
  `response_patterns` match: £ figures). Phrases in the answer's prose never add a side topic.
- Overlapping phrases of one topic are one mention ("how much did the force spend on").
- Whitespace runs are folded before matching, so a PDF line wrap never splits a phrase.
- A record without a usable request (a data-only spreadsheet, a page whose request sat in an
  attachment) is filed by its title and headings (table title rows); its body cells only support.

Only the first RESPONSE_CAP characters of the response are read, so huge letters stay cheap.

The record's chunks and their roles come from topic_chunks.py, the evidence sums from
topic_evidence.py; this module holds the decision.
"""

import bisect

from .taxonomy import load_taxonomy
from .topic_chunks import (
    MIN_REQUEST,
    RESPONSE_CAP,
    SUBJECT_CHARS,
    chunks_of,
    has_request,
    without_contact_numbers,
)
from .topic_evidence import Evidence, add_support, collect, people_keys

ASSIGN_AT = 1.0
SUPPORT_AT = 1.0
MAX_TOPICS = 3  # a third only when the whole request is about it (see _select)

__all__ = ["ASSIGN_AT", "MAX_TOPICS", "MIN_REQUEST", "RESPONSE_CAP", "SUBJECT_CHARS", "SUPPORT_AT", "tag"]


def _rank(ev: Evidence, broad: bool, people: set[str] = frozenset()) -> tuple:
    """A topic named by what is asked before one named only by who it is about ("Final written
    warnings issued to officers, by rank" is misconduct); then named in the title; then a
    specific topic before a broad one ("hate crimes recorded" is hate crime, with crime
    statistics at most beside it); then the evidence."""
    return (not ev.only(people), ev.title > 0, not broad,
            ev.subject + 0.5 * ev.side + 0.25 * min(ev.support, 2.0))


def _result(slug: str, ev: Evidence) -> dict:
    score = min(1.0, (ev.subject + 0.5 * ev.side + 0.5 * min(ev.support, 2.0)) / 2.0)
    return {"topic": slug, "score": round(max(score, 0.05), 3), "evidence": ev.evidence()}


def _select(found: dict[str, Evidence], broad: set[str], max_topics: int,
            side_topics: bool, titled: bool = True, ask_of=None) -> list[dict]:
    subject = {"title", "subject"}

    def primary(slug, ev):
        if ev.strong_in(subject):
            return True
        if slug in broad or not ev.weak_in(subject):
            return False
        return ev.total >= ASSIGN_AT or ev.support >= SUPPORT_AT

    def named_then_asked(slug, ev):
        """A broad topic the title names by a weak cue and a later ask asks for by name:
        "Taser training course" with "a copy of the lesson plans used on the course"."""
        return slug in broad and ev.weak_in({"title"}) and ev.named_in({"side"})

    people = people_keys()
    ranked = sorted(((s, e) for s, e in found.items() if primary(s, e)),
                    key=lambda se: _rank(se[1], se[0] in broad, people.get(se[0], set())), reverse=True)
    chosen = ranked[:1]
    further = ranked[1:] + [(s, e) for s, e in found.items()
                            if chosen and not primary(s, e) and named_then_asked(s, e)]
    for slug, full in further:
        if len(chosen) >= max_topics:
            break
        # A further topic stands on its own words (Evidence.own): "person searches" inside
        # "Missing person searches" re-reads the first topic's phrase.
        # Nor on the words that say who the request is about ("for new recruits", "to PCSOs").
        full = full.without(people.get(slug, set()))
        ev = full.own(set().union(*(e.spans() for _, e in chosen)))
        if not (primary(slug, ev) or named_then_asked(slug, ev)):
            continue
        if len(chosen) == 2:  # a third: strong in the subject and again in the later asks
            if slug not in broad and ev.strong_in(subject) and ev.strong_in({"side"}):
                chosen.append((slug, ev))
        elif slug in broad:  # strong in the title, or strong in the first ask and named in the
            # title, or named in the title and asked for by name later
            # (with no title at all, nothing can name it there: strong in the first ask is enough)
            if ev.strong_in({"title"}) or (ev.strong_in(subject) and (full.in_title or not titled)) \
                    or named_then_asked(slug, ev):
                chosen.append((slug, ev))
        elif ev.strong_in(subject) or (ev.weak_in({"title"}) and ev.subject >= ASSIGN_AT):
            chosen.append((slug, ev))  # strong, or two weak cues of which one in the title
    if side_topics and len(chosen) < max_topics:
        names = {s for s, _ in chosen}
        side = [(s, e) for s, e in found.items() if s not in names and e.answered
                and e.side >= ASSIGN_AT and (ask_of is None or len(_asks_naming(e, ask_of)) >= 2)]
        side.sort(key=lambda se: (se[1].side + se[1].support), reverse=True)
        chosen += side[:1]
    return [_result(s, e) for s, e in chosen]


def tag(rec: dict, nlp_) -> list[dict]:
    taxonomy = load_taxonomy()
    broad = {slug for slug, e in taxonomy.items() if e["broad"]}
    chunks = chunks_of(rec)
    found = collect(nlp_, chunks)
    if not has_request(rec):
        # No request: the title and headings decide; body cells (breakdown rows such as
        # "Domestic abuse concerns" under a licensing table) never add a topic.
        picked = _select(found, broad, 2, side_topics=False)
        if picked:
            return picked
        return (_select(collect(nlp_, chunks, as_role="subject"), broad, 1, side_topics=False)
                or _named_in_title(found))
    # The response is read only when it could tip a weak subject topic or confirm a side one.
    if any(e.side >= ASSIGN_AT or
           (e.weak_in({"subject", "title"}) and e.total < ASSIGN_AT) for e in found.values()):
        add_support(nlp_, rec, found)
    picked = _select(found, broad, MAX_TOPICS, side_topics=True, titled=bool((rec.get("title") or "").strip()),
                     ask_of=_ask_locator(rec))
    if picked:
        return picked
    # Nothing in the subject (e.g. a lead-in first ask and no title): the whole request decides.
    return (_select(collect(nlp_, chunks, as_role="subject"), broad, 1, side_topics=False)
            or _named_in_title(found))


def _named_in_title(found: dict[str, Evidence]) -> list[dict]:
    """Last resort, so a response is never left unfiled: the one topic its title names, even
    by a weak cue ("Officers and staff able to speak Welsh" is a workforce count). Two topics
    named equally give none; generic cues ("officer", "calls") never count."""
    named = sorted(((ev.title, slug, ev) for slug, ev in found.items()
                    if ev.weak_in({"title"}) or ev.strong_in({"title"})), reverse=True)
    if not named or (len(named) > 1 and named[1][0] == named[0][0]):
        return []
    return [_result(named[0][1], named[0][2])]


def _ask_locator(rec: dict):
    """Which ask a mention sits in: the request text's offset of each later ask's opening words
    (as chunks_of reads the request), or the ask's own chunk ("questions[2].text")."""
    request = without_contact_numbers(rec.get("request_text") or "")
    starts = []
    for q in (rec.get("questions") or [])[1:]:
        head = ((q or {}).get("text") or "").strip()[:30]
        at = request.find(head) if head else -1
        if at >= 0:
            starts.append(at)
    starts.sort()

    def ask_of(ev: dict) -> int | None:
        field = ev.get("field") or ""
        if field.startswith("questions["):
            return int(field[len("questions["):field.index("]")])
        if field != "request_text":
            return None
        return bisect.bisect_right(starts, ev["start"])
    return ask_of


def _asks_naming(ev: Evidence, ask_of) -> set[int]:
    """The asks a side topic is named in: a side topic stands on two of them (a second ask about
    the spending and a third about the supplier; the first ask's payments and a later one's), not
    on one ask's passing words ("How much did the policing cost?" beside five asks about a protest)."""
    return {k for _, roles, evs in ev.phrases.values() if roles & {"side", "subject"}
            for e in evs if (k := ask_of(e)) is not None}
