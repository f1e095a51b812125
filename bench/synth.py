"""Synthetic corpus: N parsed-response records with the shape of real disclosure logs.

    from bench.synth import Synth
    for rec in Synth(seed=1).records(n): ...   # streamed, constant memory

Every record follows ../shared/contract/response.schema.json plus the build's extras (`url`,
`source_urls`, `fetched_at`, `topic_tags`, `format`, `attachment_text`), so it feeds the real
write path (`archive.corpus_write.write_corpus`) and the NLP derived step. What makes it
realistic enough to load the site the way real data would:
  - 48 forces with skewed volumes (a few big forces publish most responses),
  - 2010-2026 with publication volume growing over time,
  - a topic mix and an exemption mix (s40(2) common, NCND sections rarer),
  - reasoning paragraphs shared between forces with the force name swapped in (precedents),
  - round-robin requests: one wording sent to many forces in the same month,
  - tables with figures, and attachment text on a share of responses.
All wording here is invented for the benchmark.
"""
from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from archive.corpus_reference import load_topics
from archive.registry import load_forces

YEARS = list(range(2010, 2027))
OUTCOMES = [("full", 34), ("partial", 22), ("not_held", 14), ("refused", 9), ("ncnd", 6),
            ("cost_limit", 9), ("published_elsewhere", 3), ("vexatious", 1), ("unknown", 2)]
# label, section, subsection, short name, ncnd provision, weight
EXEMPTIONS = [("s40(2)", 40, "2", "Personal information", False, 30),
              ("s31(1)(a)", 31, "1)(a", "Law enforcement", False, 22),
              ("s12", 12, None, "Cost of compliance", False, 12),
              ("s30(1)", 30, "1", "Investigations and proceedings", False, 8),
              ("s38(1)", 38, "1", "Health and safety", False, 6),
              ("s24(1)", 24, "1", "National security", False, 5),
              ("s21", 21, None, "Information accessible by other means", False, 6),
              ("s22", 22, None, "Information intended for future publication", False, 3),
              ("s43(2)", 43, "2", "Commercial interests", False, 4),
              ("s40(5)", 40, "5", "Personal information", True, 5),
              ("s31(3)", 31, "3", "Law enforcement", True, 4),
              ("s23(5)", 23, "5", "Information supplied by security bodies", True, 3),
              ("s24(2)", 24, "2", "National security", True, 3),
              ("s30(3)", 30, "3", "Investigations and proceedings", True, 2),
              ("s14(1)", 14, "1", "Vexatious requests", False, 1)]

SUBJECTS = ["Taser use", "stop and search", "dismissals for gross misconduct", "domestic abuse "
            "arrests", "speed camera offences", "police dog bites", "drone flights",
            "missing children", "deaths after custody", "hate crime reports", "county lines "
            "operations", "vetting refusals", "overtime payments", "ANPR camera sites",
            "protest arrests", "knife seizures", "emergency call answering times", "fraud "
            "reports", "vehicle pursuits", "spit hoods", "body worn video", "firearms licences",
            "cyber crime", "modern slavery referrals", "officer sickness absence",
            "facial recognition deployments", "covert surveillance authorisations",
            "sexual offences against children", "police station closures", "fleet costs"]
QUALIFIERS = ["in each of the last five years", "broken down by month", "by ethnicity and age",
              "for the last financial year", "by district", "where the person was under 18",
              "with the outcome of each case", "and the total cost", "by rank of officer",
              "since the start of 2019", "per calendar year", "split by gender"]
OPENINGS = ["Please could you tell me", "I would like to know", "Under the Freedom of "
            "Information Act please provide", "Can you confirm", "Please disclose",
            "I am requesting"]
# Reasoning paragraphs reused across forces ({f} = force name): the precedent wordings.
REASONING = {
    "s40(2)": ["Section 40(2) applies because the names requested are the personal data of "
               "third parties and releasing them would breach the first data protection "
               "principle; {f} has no lawful basis for that processing.",
               "The information identifies living individuals. {f} considers disclosure would "
               "be unfair to them and is therefore exempt under Section 40(2)."],
    "s31(1)(a)": ["Disclosing the locations would let offenders map where {f} deploys its "
                  "resources and so prejudice the prevention and detection of crime.",
                  "Harm test: a release of tactical capability in one area, read with releases "
                  "from other forces, would undermine law enforcement by {f}."],
    "s12": ["To answer the request {f} would have to read every relevant record by hand, which "
            "would take well beyond the eighteen hour appropriate limit.",
            "The cost of locating and extracting the information exceeds the limit set by the "
            "Fees Regulations, so {f} is not obliged to comply with the request."],
    "s30(1)": ["The information was held for an investigation that {f} may reopen, and early "
               "release could compromise any future proceedings."],
    "s38(1)": ["Release could endanger the physical and mental health of officers and members "
               "of the public, and {f} has weighed that risk carefully."],
    "s24(1)": ["Confirming the numbers of specialist officers available to {f} would assist "
               "those intent on harming national security."],
    "s21": ["This information is already published on the website of {f} and the link is "
            "provided below, so it is reasonably accessible by other means."],
    "s22": ["{f} intends to publish these statistics in its annual report later this year, so "
            "the information is exempt as intended for future publication."],
    "s43(2)": ["The contract prices would harm the commercial position of the supplier and of "
               "{f} in future procurements."],
    "s40(5)": ["{f} can neither confirm nor deny whether it holds information, as doing so "
               "would itself reveal personal data about an identifiable person."],
    "s31(3)": ["To confirm or deny that the information is held would reveal operational "
               "interest, which {f} will not do for any enquiry of this kind."],
    "s23(5)": ["{f} neither confirms nor denies holding information supplied by, or relating "
               "to, the security bodies listed in the Act."],
    "s24(2)": ["For reasons of national security {f} will neither confirm nor deny that the "
               "requested information is held."],
    "s30(3)": ["Any confirmation would reveal whether {f} has carried out an investigation, "
               "so it can neither confirm nor deny holding the information."],
    "s14(1)": ["{f} considers this request vexatious given its burden and the pattern of "
               "earlier requests from the same requester."],
}
BOILERPLATE = [
    "{f} has now considered your request under the Freedom of Information Act 2000.",
    "If you are unhappy with this response you may ask for an internal review by writing to "
    "the Information Management team of {f} within forty working days.",
    "If you remain dissatisfied after the review you may complain to the Information "
    "Commissioner, whose office is independent of {f}.",
    "Public interest considerations favouring disclosure include accountability for public "
    "spending and openness about how {f} makes operational decisions.",
    "Considerations favouring non-disclosure include the risk that the information could be "
    "used to evade detection and so reduce public safety.",
    "The figures are taken from live systems and may change as records are updated and "
    "checked. They should not be compared directly with published statistics.",
]
FILLER_WORDS = ("the figures records system officers data recorded period searched relevant "
                "incident crime team report district review public response information held "
                "requested provided category staff policy guidance procedure case month year "
                "total number because within across during following including however "
                "therefore where which while since after before each other").split()


@dataclass
class Weighted:
    items: list
    weights: list

    def __post_init__(self):
        # What `choices(items, weights)` computes on every call; passing it gives the same draw.
        self.cum_weights = list(accumulate(self.weights))
        self.total, self.last = self.cum_weights[-1] + 0.0, len(self.items) - 1

    def pick(self, rng: random.Random):
        # rng.choices(items, cum_weights=...)[0], as random.py computes it: the same draw.
        return self.items[bisect(self.cum_weights, rng.random() * self.total, 0, self.last)]


class _Random(random.Random):
    """random.Random with randint and choice made as the standard ones make them, minus their
    argument checks and call layers (the generator's innermost calls): the same draws, so the
    same records for a seed (tests/bench/test_synth_records.py)."""

    def randint(self, a: int, b: int) -> int:
        return a + self._randbelow(b - a + 1)

    def choice(self, seq):
        return seq[self._randbelow(len(seq))]


class Synth:
    """Deterministic for a seed: the same (seed, n) yields the same records."""

    def __init__(self, seed: int = 1, forces: list[dict] | None = None,
                 years: list[int] | None = None):
        """`years`: publication years to draw from (default 2010-2026, growing); a batch of new
        responses for an incremental build is published recently, e.g. [2026]."""
        self.rng = _Random(seed)
        self.forces = forces or load_forces()
        # Zipf-like volumes: the biggest force publishes ~20x the smallest.
        order = list(self.forces)
        self.rng.shuffle(order)
        self.force_pick = Weighted(order, [1 / (i + 1) ** 0.8 for i in range(len(order))])
        years = years or YEARS
        self.year_pick = Weighted(years, [1 + 0.25 * i for i in range(len(years))])
        self.outcome_pick = Weighted([o for o, _ in OUTCOMES], [w for _, w in OUTCOMES])
        self.exemption_pick = Weighted(EXEMPTIONS, [e[5] for e in EXEMPTIONS])
        self.topics = sorted(load_topics()) or ["general"]
        # Pre-built sentences: generating word by word would make the generator the bottleneck.
        self.sentences = [self._sentence() for _ in range(3000)]
        self.robins: list[list] = []  # [subject, wording, sends left]

    def _sentence(self) -> str:
        n = self.rng.randint(8, 22)
        words = [self.rng.choice(FILLER_WORDS) for _ in range(n)]
        return " ".join(words).capitalize() + "."

    def _paragraph(self, sentences: int) -> str:
        # rng.choice(pool) is pool[rng._randbelow(len(pool))], and _randbelow draws k bits until
        # they are below n: the same draws, without a Python call per sentence (this is the
        # generator's innermost loop).
        pool, bits = self.sentences, self.rng.getrandbits
        n = len(pool)
        k = n.bit_length()
        out = []
        for _ in range(sentences):
            r = bits(k)
            while r >= n:
                r = bits(k)
            out.append(pool[r])
        return " ".join(out)

    def _request(self, subject: str) -> tuple[str, list[dict]]:
        rng = self.rng
        asks = [f"{rng.choice(OPENINGS)} the number of {subject} {rng.choice(QUALIFIERS)}."]
        for _ in range(rng.randint(0, 3)):
            asks.append(f"{rng.choice(OPENINGS)} the number of {rng.choice(SUBJECTS)} "
                        f"{rng.choice(QUALIFIERS)}.")
        text = "\n".join(f"{i}. {a}" for i, a in enumerate(asks, 1)) if len(asks) > 1 else asks[0]
        return text, [{"number": str(i), "text": a, "answer": None}
                      for i, a in enumerate(asks, 1)]

    def _table(self, subject: str, year: int) -> tuple[dict, list[dict]]:
        rng = self.rng
        periods = [str(y) for y in range(max(2008, year - rng.randint(2, 5)), year)]
        rows_label = rng.sample(["Male", "Female", "Under 18", "18-24", "25-39", "40+",
                                 "North", "South", "East", "West"], rng.randint(2, 5))
        rows, figures = [], []
        for label in rows_label:
            cells = []
            for period in periods:
                suppressed = rng.random() < 0.05
                raw = "<5" if suppressed else str(rng.randint(0, 900))
                cells.append(raw)
                figures.append({"table": 0, "measure": f"{subject} / {label}", "period": period,
                                "value": None if suppressed else float(raw), "raw": raw})
            rows.append([label, *cells])
        return {"caption": subject.capitalize(), "header": ["", *periods], "rows": rows}, figures

    def _robin(self) -> tuple[str, str]:
        """Reuse a recent round-robin wording, or start a new one."""
        rng = self.rng
        # A campaign reaches at most every force once: retire a wording after its last send.
        self.robins = [r for r in self.robins if r[2] > 0]
        if self.robins and rng.random() < 0.9:
            robin = rng.choice(self.robins[-40:])
            robin[2] -= 1
            return robin[0], robin[1]
        subject = rng.choice(SUBJECTS)
        wording = (f"I am writing to every police force in the UK. {rng.choice(OPENINGS)} the "
                   f"number of {subject} {rng.choice(QUALIFIERS)} and "
                   f"{rng.choice(QUALIFIERS)}. Campaign reference {rng.randint(100, 99999)}.")
        self.robins.append([subject, wording, rng.randint(3, 45)])
        return subject, wording

    def record(self, i: int) -> dict:
        rng = self.rng
        force = self.force_pick.pick(rng)
        name, slug = force.get("name") or force["slug"], force["slug"]
        year = self.year_pick.pick(rng)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if rng.random() < 0.12:  # round-robin
            subject, request_text = self._robin()
            questions = [{"number": "1", "text": request_text, "answer": None}]
        else:
            subject = rng.choice(SUBJECTS)
            request_text, questions = self._request(subject)
        outcome = self.outcome_pick.pick(rng)
        exemptions = {}
        if outcome in ("partial", "refused", "ncnd", "cost_limit", "vexatious",
                       "published_elsewhere") or rng.random() < 0.05:
            for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
                e = self.exemption_pick.pick(rng)
                exemptions[e[0]] = e
        if outcome == "cost_limit":
            exemptions["s12"] = EXEMPTIONS[2]
        paras = [BOILERPLATE[0].format(f=name)]
        for label in sorted(exemptions):
            paras.append(rng.choice(REASONING[label]).format(f=name))
        if exemptions and rng.random() < 0.6:
            paras += [BOILERPLATE[3].format(f=name), BOILERPLATE[4].format(f=name)]
        for _ in range(rng.randint(1, 6)):
            paras.append(self._paragraph(rng.randint(3, 8)))
        tables, figures = [], []
        if outcome in ("full", "partial") and rng.random() < 0.5:
            table, figures = self._table(subject, year)
            tables = [table]
            paras.append(BOILERPLATE[5].format(f=name))
        paras += [BOILERPLATE[1].format(f=name), BOILERPLATE[2].format(f=name)]
        attachments, attachment_text = [], ""
        if rng.random() < 0.3:
            attachments = [{"name": f"Response letter {i}.pdf",
                            "url": f"{force.get('website') or 'https://example.invalid/'}"
                                   f"SysSiteAssets/foi-media/{slug}/{year}/letter-{i}.pdf"}]
            attachment_text = "\n\n".join(self._paragraph(rng.randint(4, 10))
                                          for _ in range(rng.randint(2, 8)))
        topic_tags = [{"topic": t, "score": round(rng.uniform(0.5, 1), 3),
                       "evidence": [{"text": subject, "field": "request_text", "start": 0,
                                     "end": len(subject)}]}
                      for t in rng.sample(self.topics, min(len(self.topics), rng.randint(0, 3)))]
        ncnd = any(e[4] for e in exemptions.values()) or outcome == "ncnd"
        reference = f"{rng.choice(('FOI', '', 'RFI'))}{i:07d}/{year % 100:02d}"
        base = (force.get("website") or "https://example.invalid/").rstrip("/")
        url = f"{base}/foi-ai/{slug}/disclosure-{year}/{month:02d}/response-{i}/"
        return {
            "source": url, "url": url, "source_urls": [url], "force": slug,
            "reference": reference, "title": f"{subject.capitalize()} {rng.choice(QUALIFIERS)}",
            "published": f"{year}-{month:02d}-{day:02d}",
            "fetched_at": f"{min(year + 1, 2026)}-01-15T00:00:00Z",
            "request_text": request_text, "response_text": "\n\n".join(paras),
            "questions": questions,
            "exemptions": [{"label": e[0], "section": e[1], "subsection": e[2], "name": e[3],
                            "ncnd": e[4]} for e in exemptions.values()],
            "ncnd": ncnd, "outcome": outcome,
            "public_interest_test": bool(exemptions) and rng.random() < 0.6,
            "tables": tables, "figures": figures, "attachments": attachments,
            "attachment_text": attachment_text, "format": rng.choice(("html",) * 4 + ("pdf",)),
            "ocr": False, "topic_tags": topic_tags, "topics": [t["topic"] for t in topic_tags],
            "error": None,
        }

    def records(self, n: int, start: int = 0) -> Iterator[dict]:
        for i in range(start, start + n):
            yield self.record(i)
