"""Decide, deterministically, every response of the sample site before anything is rendered.

A `Response` holds what a careful reader would record (outcome, exemptions, NCND, public interest
test, questions, topics) plus what the renderers need (answers, table, attachments). The index
written next to the site is taken from these same objects, so it is the ground truth.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from .answers import answer_for, table_for, values_for
from .forces import FORCES, Force, reference
from .received import received_dates
from .received import working_day as _working_day
from .subjects import BY_KEY, FOLLOW_UPS, SUBJECTS, Subject
from .wording import (
    FOISA_QUALIFIED,
    GREETINGS,
    PERIODS_CAL,
    PERIODS_FIN,
    QUALIFIED,
    SIGNOFFS,
    is_ncnd,
    split_label,
)

SEED = 20260101
OUTCOME_POOL = {"full": 92, "partial": 62, "refused": 26, "ncnd": 22, "not_held": 34,
                "cost_limit": 26, "vexatious": 10, "published_elsewhere": 16, "unknown": 10}
FOIA_SETS = {
    "partial": [["s40(2)"], ["s31(1)(a)", "s31(1)(b)"], ["s40(2)", "s31(1)(a)"], ["s43(2)"],
                ["s38(1)(a)", "s38(1)(b)"], ["s23(5)", "s24(2)", "s31(3)"], ["s40(5B)"],
                ["s30(1)(a)"]],
    "refused": [["s31(1)(a)", "s31(1)(b)"], ["s24(1)", "s31(1)(a)"], ["s30(1)(a)"], ["s40(2)"],
                ["s22(1)"], ["s42(1)"], ["s41(1)"], ["s38(1)(a)"], ["s43(2)", "s31(1)(a)"]],
    "ncnd": [["s23(5)", "s24(2)", "s31(3)"], ["s40(5A)"], ["s40(5B)"], ["s30(3)", "s40(5B)"],
             ["s24(2)", "s31(3)"], ["s38(2)", "s31(3)"]],
    "cost_limit": [["s12(1)"], ["s12"]],
    "vexatious": [["s14(1)"], ["s14"]],
    "published_elsewhere": [["s21"], ["s21(1)"]],
}
FOISA_SETS = {
    "partial": [["s38(1)(b)"], ["s35(1)(a)", "s35(1)(b)"], ["s39(1)"], ["s33(1)(b)"]],
    "refused": [["s35(1)(a)", "s35(1)(b)"], ["s34(1)(a)"], ["s39(1)"], ["s38(1)(b)"]],
    "ncnd": [["s18(1)", "s35(1)(a)", "s35(1)(b)"], ["s18(1)", "s38(1)(b)"]],
    "cost_limit": [["s12(1)"]],
    "vexatious": [["s14(1)"]],
    "published_elsewhere": [["s25(1)"]],
}
NCND_SUBJECTS = ["covert-tactics", "facial-recognition", "firearms-discharges", "prevent",
                 "sexual-misconduct-officers", "gross-misconduct", "drones"]
TABLE_FORMATS = ["xlsx", "pdf", "docx"]
PREAMBLES = ["", "", "I am a student researching local policing for my dissertation.",
             "I am writing an article for a community newsletter.",
             "Under the Freedom of Information Act 2000 I would like to ask the following.",
             "Please treat this as a request under the Freedom of Information Act.",
             "I would be grateful for the following information."]

# Round-robin requests: one text, sent to several forces within a few weeks.
ROUND_ROBINS = [
    ("rr-drones-2023", "drones", date(2023, 5, 9),
     ["metropolitan-police", "warwickshire-police", "cleveland-police", "west-midlands-police",
      "police-scotland", "police-service-of-northern-ireland"],
     ["full", "partial", "full", "cost_limit", "partial", "not_held"]),
    ("rr-spiking-2024", "spiking", date(2024, 2, 12),
     ["metropolitan-police", "south-wales-police", "warwickshire-police", "cleveland-police",
      "police-service-of-northern-ireland"],
     ["full", "cost_limit", "full", "partial", "published_elsewhere"]),
    ("rr-vetting-2024", "vetting", date(2024, 10, 1),
     ["metropolitan-police", "south-wales-police", "warwickshire-police", "police-scotland"],
     ["partial", "full", "refused", "full"]),
    ("rr-imsi-2023", "covert-tactics", date(2023, 3, 6),
     ["metropolitan-police", "west-midlands-police", "cleveland-police",
      "police-service-of-northern-ireland"],
     ["ncnd", "ncnd", "ncnd", "partial"]),
    ("rr-s136-2025", "section-136", date(2025, 3, 3),
     ["south-wales-police", "warwickshire-police", "cleveland-police", "police-scotland"],
     ["full", "not_held", "vexatious", "full"]),
    ("rr-taser-u18-2024", "taser", date(2024, 6, 3),
     ["metropolitan-police", "south-wales-police", "warwickshire-police", "cleveland-police",
      "police-service-of-northern-ireland"],
     ["full", "partial", "full", "cost_limit", "full"]),
]
# The title of a round robin (its ask); titles[0] of the subject when not named here.
ROUND_ROBIN_TITLES = {"rr-taser-u18-2024": "Taser use on under 18s"}
# Near-miss pairs: the same subject asked about differently, at two forces.
NEAR_MISSES = [("nm-taser", "taser", ("metropolitan-police", "warwickshire-police")),
               ("nm-stop-search", "stop-search", ("metropolitan-police", "cleveland-police")),
               ("nm-pursuits", "pursuits", ("south-wales-police", "police-scotland")),
               ("nm-fraud", "fraud", ("west-midlands-police",
                                      "police-service-of-northern-ireland"))]


@dataclass
class Attachment:
    name: str
    kind: str          # table | pit | policy | letter | schedule
    fmt: str           # pdf | docx | xlsx


@dataclass
class Response:
    force: Force
    published: date
    subject: Subject
    title: str
    outcome: str
    exemptions: list[str]
    questions: list[str]                    # as the requester wrote them
    chosen_asks: list[tuple]                # the subject's asks behind them
    period: str
    years: list[str]
    greeting: str
    preamble: str
    signoff: str
    pit: bool
    round_robin: str | None = None
    near_miss: str | None = None
    hostile: bool = False
    table: dict | None = None                # {"caption", "header", "rows"}
    table_where: str = "none"                # none | inline | attachment
    attachments: list[Attachment] = field(default_factory=list)
    reference: str = ""
    number: int = 0
    variant: int = 0
    published_link: str = ""
    path: str = ""                           # set by the renderer
    attachment_paths: list[str] = field(default_factory=list)
    asks: list[tuple[str, str | None]] = field(default_factory=list)  # (question, answer or None)
    values: dict[str, list[int]] = field(default_factory=dict)  # true figures per row and year
    table_suppress: str | None = None
    first_row_ask: int = -1                  # the answer that points to the table
    received: date | None = None             # the date the letter says the request arrived
    request_dated: date | None = None
    working_days: int | None = None          # from received to published (ground truth)

    @property
    def ncnd(self) -> bool:
        return self.outcome == "ncnd" or any(is_ncnd(x, self.force.act) for x in self.exemptions)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _dates(rng: Random, years: tuple[int, ...], n: int) -> list[date]:
    start, end = date(years[0], 1, 3), date(years[-1], 12, 20)
    span = (end - start).days
    out = []
    for _ in range(n):
        d = start + timedelta(days=rng.randrange(span))
        while d.weekday() > 4:
            d += timedelta(days=1)
        out.append(d)
    return sorted(out)


def _period(rng: Random, published: date, financial: bool) -> tuple[str, list[str]]:
    last = published.year - 1
    first = last - rng.choice([2, 3, 4])
    if financial:
        years = [f"{y}/{str(y + 1)[2:]}" for y in range(first, last)]
        return rng.choice(PERIODS_FIN).format(f0=years[0], f1=years[-1]), years
    years = [str(y) for y in range(first, last + 1)]
    return rng.choice(PERIODS_CAL).format(y0=years[0], y1=years[-1]), years


def _exemptions(rng: Random, force: Force, outcome: str, subject: Subject) -> list[str]:
    sets = (FOISA_SETS if force.act == "FOISA" else FOIA_SETS).get(outcome)
    if not sets:
        return []
    if outcome == "ncnd" and force.act == "FOIA":
        personal = subject.key in ("sexual-misconduct-officers", "gross-misconduct")
        sets = [s for s in sets if any(x.startswith("s40") for x in s) == personal]
    return list(rng.choice(sets))


def _has_pit(rng: Random, force: Force, outcome: str, labels: list[str]) -> bool:
    qualified = QUALIFIED if force.act == "FOIA" else FOISA_QUALIFIED
    if outcome not in ("partial", "refused", "ncnd"):
        return False
    return any(split_label(x)[0] in qualified for x in labels) and rng.random() < 0.85


def _pool(subject: Subject, required: int) -> list[int]:
    for group in subject.groups:
        if required in group:
            return list(group)
    return list(range(len(subject.asks)))


def _with_parents(subject: Subject, idx: list[int]) -> list[int]:
    out = set(idx)
    for i in idx:
        parent = FOLLOW_UPS.get((subject.key, i))
        if parent is not None:
            out.add(parent)
    return sorted(out)


def _asks(rng: Random, subject: Subject, required: int) -> list[int]:
    """The asks of a request whose title names ask `required`: it and some others of its group."""
    pool = [i for i in _pool(subject, required) if i != required]
    extra = rng.sample(pool, rng.randint(min(1, len(pool)), len(pool)))
    return _with_parents(subject, [required] + extra)


def _answers(rng: Random, r: Response) -> None:
    """Fill the answer printed under each question, per the outcome."""
    answered: list[tuple[str, str | None]] = []
    for i, (q, ask) in enumerate(zip(r.questions, r.chosen_asks, strict=True)):
        text: str | None = None
        if r.outcome == "full" or (r.outcome == "partial" and i % 2 == 0):
            text = answer_for(rng, r, i, ask)
        elif r.outcome == "partial":
            text = ("We can neither confirm nor deny that we hold information for this part "
                    "of your request." if r.ncnd else
                    "This information is withheld; the exemption is explained below.")
        elif r.outcome == "not_held":
            text = "No information is held for this question."
        answered.append((q, text))
    r.asks = answered


def _attachments(rng: Random, r: Response, base: str) -> None:
    if r.table and r.table_where == "attachment":
        fmt = TABLE_FORMATS[r.number % 3]
        r.attachments.append(Attachment(f"{base}-data.{fmt}", "table", fmt))
    if r.subject.key == "policy" and r.outcome in ("full", "partial"):
        r.attachments.append(Attachment(f"{base}-policy.docx", "policy", "docx"))
    if r.subject.key in ("contracts", "stations", "speed-cameras") and r.outcome == "full":
        r.attachments.append(Attachment(f"{base}-schedule.xlsx", "schedule", "xlsx"))
    if r.pit and r.force.platform == "wordpress":
        r.attachments.append(Attachment(f"{r.reference.replace('/', '_')}_PIT_01.pdf", "pit",
                                        "pdf"))
    mentions = any(a and "attach" in a.replace("figures for each year are in the attached", "")
                   for _, a in r.asks)
    if mentions and not any(a.kind in ("policy", "schedule") for a in r.attachments):
        r.attachments.append(Attachment(f"{base}-schedule.xlsx", "schedule", "xlsx"))
    if r.force.platform == "pdf_letters":
        r.attachments.insert(0, Attachment(f"{base}-response.pdf", "letter", "pdf"))
    elif r.force.slug == "metropolitan-police" and rng.random() < 0.15:
        r.attachments.append(Attachment(f"{base}-letter.pdf", "letter", "pdf"))


def _complete(subject: Subject, idx: list[int]) -> list[int]:
    """Add the asks a chosen one leans on: its parent, and a period when a figure is asked."""
    idx = _with_parents(subject, idx)
    asks = subject.asks
    if any(asks[i][2] for i in idx) and not any("{period}" in asks[i][0] for i in idx):
        idx = sorted(set(idx) | {next(i for i, a in enumerate(asks) if "{period}" in a[0])})
    return idx


def _make(rng: Random, force: Force, published: date, subject: Subject, outcome: str,
          chosen: list[int] | None = None, period: tuple[str, list[str]] | None = None) -> Response:
    financial = rng.random() < 0.35
    period_text, years = period or _period(rng, published, financial)
    labels = _exemptions(rng, force, outcome, subject)
    if chosen is None:
        title, required = rng.choice(subject.titles)
        idx = _complete(subject, _asks(rng, subject, required))
    else:
        idx = _complete(subject, chosen)
        named = [t for t, req in subject.titles if req in idx]   # the last: the most specific
        title = named[-1] if named else subject.titles[0][0]
    asks = [subject.asks[i] for i in idx]
    r = Response(force=force, published=published, subject=subject,
                 title=title, outcome=outcome, exemptions=labels,
                 questions=[a[0].format(period=period_text) for a in asks], chosen_asks=asks,
                 period=period_text, years=years,
                 greeting=rng.choice(GREETINGS), preamble=rng.choice(PREAMBLES),
                 signoff=rng.choice(SIGNOFFS), pit=_has_pit(rng, force, outcome, labels),
                 variant=rng.randrange(1000))
    has_period = any("{period}" in a[0] for a in asks)
    if period is None and chosen is None and has_period and rng.random() < 0.25:
        r.title = f"{r.title} {years[0]} to {years[-1]}"
    r.values = values_for(rng, subject, years) if subject.rows else {}
    answered = [i for i in range(len(asks)) if outcome == "full"
                or (outcome == "partial" and i % 2 == 0)]
    needs = any("table" in asks[i][1] for i in answered)
    if subject.rows and answered and has_period and (needs or rng.random() < 0.75):
        # a withheld question's figures are not in the table either
        withheld = {x for i, a in enumerate(asks) if i not in answered and a[2]
                    for x in (subject.rows if a[2] == "*" else a[2].replace("|", "+").split("+"))}
        rows = [x for x in subject.rows if x not in withheld]
        if rows:
            suppress = {"cleveland-police": "*", "police-scotland": "<5",
                        "south-wales-police": "*"}.get(force.slug)
            r.table_suppress = suppress if rng.random() < 0.7 else None
            r.table = table_for(rng, subject, years, r.values, rows, r.table_suppress)
            r.table_where = "attachment" if rng.random() < 0.4 else "inline"
            r.first_row_ask = next((i for i in answered if asks[i][2]), answered[0])
    if outcome == "published_elsewhere":
        r.published_link = rng.choice(["https://data.police.uk/data/",
                                       "https://www.gov.uk/government/collections/police-powers-and-procedures-england-and-wales",
                                       "https://www.police.uk/pu/performance/"])
    return r


def build_plan(only: set[str] | None = None) -> list[Response]:
    """Every response of the site, in a stable order (force, then date). `only` limits forces
    without changing what those forces' responses say."""
    pool = [o for o, n in OUTCOME_POOL.items() for _ in range(n)]
    Random(SEED).shuffle(pool)
    extra: dict[str, list[tuple]] = {f.slug: [] for f in FORCES}
    for gid, key, day, slugs, outcomes in ROUND_ROBINS:
        for k, (slug, outcome) in enumerate(zip(slugs, outcomes, strict=True)):
            extra[slug].append(("rr", gid, key, _working_day(day + timedelta(days=12 + 4 * k)),
                                outcome))
    for gid, key, slugs in NEAR_MISSES:
        for k, slug in enumerate(slugs):
            extra[slug].append(("nm", gid, key, None, "full" if k == 0 else "partial"))

    responses: list[Response] = []
    offset = 0
    for force in FORCES:
        rng = Random(f"{SEED}-{force.slug}")
        outcomes = pool[offset:offset + force.count]
        offset += force.count
        outcomes += ["full"] * (force.count - len(outcomes))
        mine = []
        for published, outcome in zip(_dates(rng, force.years, force.count), outcomes,
                                      strict=True):
            key = (rng.choice(NCND_SUBJECTS) if outcome == "ncnd"
                   else rng.choice(SUBJECTS).key)
            mine.append(_make(rng, force, published, BY_KEY[key], outcome))
        for k, (kind, gid, key, day, outcome) in enumerate(extra[force.slug]):
            subject = BY_KEY[key]
            if kind == "rr":
                grng = Random(f"{SEED}-{gid}")      # same text for every force in the group
                sent = next(g[2] for g in ROUND_ROBINS if g[0] == gid)
                period = _period(grng, sent, False)
                title, required = next((t for t in subject.titles
                                        if t[0] == ROUND_ROBIN_TITLES.get(gid)), subject.titles[0])
                others = [i for i in _pool(subject, required) if i != required]
                chosen = sorted([required] + grng.sample(others, 1))
                r = _make(rng, force, day, subject, outcome, chosen, period)
                r.title = title
                r.round_robin = gid
                r.received = _working_day(sent + timedelta(days=1))
                if k % 2:                            # the requester's own small edits
                    r.questions = [q.replace("the force", force.name) for q in r.questions]
            else:
                published = _dates(rng, force.years, 1)[0]
                chosen = [0, 1] if outcome == "full" else list(range(2, len(subject.asks)))
                r = _make(rng, force, published, subject, outcome, chosen)
                r.near_miss = gid
            mine.append(r)
        mine.sort(key=lambda r: (r.published, r.subject.key))
        numbers: dict[int, int] = {}
        for r in mine:
            numbers[r.published.year] = numbers.get(r.published.year, 0) + rng.randint(7, 29)
            r.number = numbers[r.published.year]
            r.reference = reference(force.slug, r.number, r.published, r.variant)
            received_dates(rng, r)
            _answers(rng, r)
            _attachments(rng, r, slugify(r.title))
        if only is None or force.slug in only:
            responses.extend(mine)
    _hostile(responses)
    return responses


def _hostile(responses: list[Response]) -> None:
    """Two responses whose scraped text carries markup: it must show as text, never run."""
    met = [r for r in responses if r.force.slug == "metropolitan-police" and r.outcome == "full"]
    wmp = [r for r in responses if r.force.slug == "west-midlands-police"
           and r.outcome == "not_held"]
    if met:
        met[5].title = f"{met[5].title} <script>alert(1)</script>"
        met[5].hostile = True
    if wmp:
        r = wmp[2]
        r.hostile = True
        r.title = 'Website images <img src=x onerror="alert(1)">'
        r.preamble = ('I copied this from your page: <a href="javascript:alert(document.cookie)">'
                      'link</a> and <img src=x onerror=alert(2)> appear broken.')
