"""Outcome, NCND and public-interest-test flags, decided by a procedure over the response's
sentences that records the sentence that decided each one (docs/parsing.md, "Outcome, public
interest test and exemptions").

1. The force's words are cut into sentences; complaint-rights and re-use boilerplate is dropped.
2. Each sentence is put in the cue classes of outcome_cues.CUES that it matches.
3. The outcome follows from which classes occur, the exemptions relied on and whether any part
   is given, in the order of exemptions.md's outcome list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from parsers.fields import force_words, list_grammar, sentences
from parsers.fields.dates import ACKNOWLEDGEMENT
from parsers.fields.exemptions import EARLIER_DECIDED, NONE_APPLIED, find_labels
from parsers.fields.outcome_cues import (
    CASED,
    DECISION_FIELD,
    DISCLAIMED,
    FOLDED,
    GOODWILL,
    HYPOTHETICAL,
    NOT_AN_ANSWER,
    PART_OF_REQUEST,
    PARTLY_UPHELD,
    PATTERNS,
    REDACTED_COPY,
    ncnd_withdrawn,
)

NCND_PHRASE = PATTERNS["ncnd"]
# Classes a disclosure sentence must not also carry: then it refuses or points elsewhere.
_REFUSING = {"withheld", "not_held", "not_recorded", "ncnd", "cost", "vexatious", "published", "pit_weighing",
             "pit_negated", "not_engaged"}
# Classes that make no claim about this request when the sentence is hypothetical ("If ...").
# Classes that a quotation of the Act still decides (see classify).
_QUOTED_LAW_DECIDES = {"cost", "vexatious"}
# Cue tables that tag sections for force_words, not what a sentence states ("Appendix A" decides nothing).
_NOT_CLASSES = {"complaint_rights", "law_heading", "advice_heading", "history_sentence", "earlier_request", "asked_back",
                "advice_lead", "assistance_lead", "explainer_heading"}
# "Under our duty to advise and assist, we can tell you …": one sentence of advice, as under an
# advice heading (not when it states a count: "… we can tell you that 14 were issued").
_ADVICE_LEAD = FOLDED["advice_lead"]
# Classes that an offer under an advice-and-assistance heading does not carry (nothing is given yet).
_OFFERED = {"disclosure", "stated_fact", "full_decision"}
_FACTUAL = {"not_held", "not_recorded", "withheld", "disclosure", "stated_fact", "published", "partial", "full_decision"}


@dataclass
class Verdict:
    outcome: str
    ncnd: bool
    public_interest_test: bool
    evidence: dict = field(default_factory=dict)


# Something withheld that the request never asked for: no part of this request is refused.
_NOT_ASKED = re.compile(r"\b(?:(?:was|were|is|are)\s+not\s+(?:part\s+of|within|included\s+in|covered\s+by)\s+(?:your|the|this)\s+request"
                        r"|(?:was|were|is|are)\s+not\s+(?:asked\s+for|requested|sought)\b(?!\s+(?:by|in)\s+(?:your|the)\s+(?:original|first)))", re.I)


def _classes(sentence: str) -> set[str]:
    return set(_classes_cached(sentence))


# Forces reuse their boilerplate word for word across thousands of responses: a sentence is
# classified once (about 15 patterns each; a third of a page's parse time before).
@lru_cache(maxsize=65536)
def _classes_cached(sentence: str) -> frozenset[str]:
    low = sentence.lower()
    found = {name for name, pat in FOLDED.items() if name not in _NOT_CLASSES and pat.search(low)}
    found.update(name for name, pat in CASED.items() if name not in found and pat.search(sentence))
    if found & _FACTUAL and HYPOTHETICAL.search(sentence):
        found -= _FACTUAL
    # "We have decided to disclose some of it; the rest is withheld" gives part: the partial cue keeps it.
    if "disclosure" in found and "partial" not in found and (found & _REFUSING or NOT_AN_ANSWER.search(sentence)):
        found.discard("disclosure")
    if "disclosure" in found and _NOTE_POINTER.search(sentence):
        found.discard("disclosure")  # "Please see the note below this table.": an explanation, no answer
    if "disclosure" in found and _OTHER_REGIME.search(sentence):
        found.discard("disclosure")  # "… has been provided to you under the Data Protection Act 2018": not this request
    if "withheld" in found and _NOT_ASKED.search(sentence):
        found.discard("withheld")  # "The camera locations remain withheld and were not part of your request."
    if "published" in found and _THE_LAW_ONLINE.search(sentence):
        found.discard("published")  # where to read the Act itself is no answer published elsewhere
    if "stated_fact" in found and found & _REFUSING:
        found.discard("stated_fact")
    if "not_engaged" in found:
        found.discard("withheld")  # "Section 31 is not engaged": considered, not relied on
        found.discard("vexatious")  # "… not found your request to be vexatious"
        if re.search(r"\b(?:section|s\.?)\s*12\b", sentence, re.I):
            found.discard("cost")  # "… would also exceed the limit, the force has not relied on Section 12"
    if "full_decision" in found:
        found.discard("withheld")  # "No information has been withheld": the opposite of withholding
    if "pit_negated" in found or "vexatious" in found:
        found.discard("pit_weighing")  # "no public interest test is required"; s14 weighs a request's value
    return frozenset(found)


# A pointer to a note or explanation: "Please see the note below this table." explains an answer
# (a not-held one, often), it gives nothing itself.
_NOTE_POINTER = re.compile(r"^\W*(?:please\s+)?(?:see|refer\s+to|read)\s+(?:the|our)\s+(?:notes?|footnotes?|explanation)"
                           r"\s+(?:below|above|overleaf|under|after|beneath|at\s+the\s+(?:end|foot))\b", re.I)

# Information given under another right than this request's: a subject access request, the Data
# Protection Act or the GDPR (a s14 letter recalling what the requester already has).
_OTHER_REGIME = re.compile(r"\bunder\s+(?:the\s+)?(?:data\s+protection\s+act|uk\s+gdpr|gdpr)\b|\bsubject\s+access\s+requests?\b", re.I)

# "A full copy of the Freedom of Information Act (2000) can be viewed on …": the law's text online.
_THE_LAW_ONLINE = re.compile(r"\b(?:copy|text|version)\s+of\s+the\s+(?:[A-Z][\w()]*\s+){0,5}?(?:Act|Regulations)\b"
                             r"|^\W*the\s+(?:freedom\s+of\s+information\s+)?act\s+(?:\(\d{4}\)\s+|\d{4}\s+)?(?:itself\s+)?(?:can|may)\s+be\s+(?:found|viewed|read)",
                             re.I)


# A sentence saying part of the information is given ("This is a partial disclosure.", "some of the
# information you are seeking can be found below").
_REDACTED = re.compile(REDACTED_COPY[0], re.I | re.X)   # a document given with redactions: part given
_PART_GIVEN = re.compile(r"\bpartial(?:ly)?\s+(?:disclos|provid|releas|answer)|^\W*(?:(?:outcome|decision|disclosure)\s*[:\-–]\s*)?part\s+disclosure\b(?!\s+(?:of|would|is|was|could|may|has)\b)(?=(?:\W+\w+){0,16}\W*$)"
                         r"|\bpart\s+of\s+(?:it|this|that|the\s+information)\s+(?:is|has\s+been|was)\s+(?:provided|given|set\s+out"
                         r"|disclosed|released|shown|attached|enclosed|below)|\bsome\s+of\s+the\s+information\b[^.]{0,40}?"
                         r"\b(?:can\s+be\s+found|is\s+(?:provided|given|set\s+out|attached|enclosed)|(?:is|are)\s+below"
                         r"|has\s+been\s+(?:provided|given|disclosed|released))"
                         r"|^parts?\s+of\s+(?:this|the|your)\s+request\s+(?:is|are)\s+exempt"   # the other parts are given
                         # "… has disclosed some of the information you asked for."
                         # (done, not weighed: "Releasing some of the information would …" gives nothing)
                         r"|\b(?:has|have)\s+(?:now\s+)?(?:disclosed|provided|released|supplied)\s+"
                         r"(?:some|part)\s+of\s+the\s+(?:requested\s+)?(?:information|data)\b"
                         r"|\bnot\s+(?:possible|able)\s+to\s+meet\s+your\s+requirements?\s+in\s+full"
                         # a refusal of one part, the rest answered ("s12 … applies to that part of your
                         # request"), or data given as a gesture of goodwill: the cue file's own patterns
                         rf"|(?x:{PART_OF_REQUEST[0]})|(?x:{GOODWILL[0]})|(?x:{PARTLY_UPHELD[0]})", re.I)
# A refusal that names the one ask it covers: the request's other asks were dealt with apart, so
# with nothing else refused or not held, something was given. (pattern, example)
SCOPED_REFUSAL_CUES = [
    (r"\b(?:the\s+)?(?:question|part|element|aspect|point)(?:\s+of\s+your\s+request)?\s+"
     r"(?:concerning|regarding|about|relating\s+to|on)\b",
     "The question concerning stray dogs has engaged an exemption under Section 12(2)."),
    (r"\b(?:in\s+relation\s+to|regarding|for|with\s+regard\s+to|as\s+for)\s+(?:question|part|point|q)\s?\d+[a-z]?\b",
     "In relation to question 3, answering would exceed the cost limit."),
]
_SCOPED = re.compile("|".join(f"(?:{p})" for p, _ in SCOPED_REFUSAL_CUES), re.I)
_REFUSAL_WORDS = re.compile(r"\bexempt|\bsection\s+\d|\bs\.?\s?\d{2}\b|\blimit\b|\bexceed|withh[oe]ld|\brefus"
                            r"|not\s+(?:be\s+)?disclos", re.I)


# Advice (s16) naming one ask: "a new request for question 1 alone is likely to be answered within the limit".
_ADVICE = re.compile(r"\b(?:section|s\.?)\s?16\b|\bnew\s+request\b|\b(?:narrow|refine|reduc)\w*\b|\blikely\s+to\s+be\b", re.I)


def _scoped_refusal(classified, questions: list[dict]) -> str | None:
    """The sentence refusing one named ask of several, when no sentence refuses the whole."""
    if len(questions) < 2:
        return None
    scoped = [s for s, _ in classified if _SCOPED.search(s) and _REFUSAL_WORDS.search(s) and not _ADVICE.search(s)]
    whole = [s for s, c in classified if c & {"cost", "withheld"} and s not in scoped]
    return scoped[0] if scoped and not whole else None


# The force doing NCND itself: "Anyshire Police neither confirms nor denies …", "we can neither confirm nor deny".
# NCND named as a thing counted: "A single response can rely on more than one NCND provision", "rows".
_NCND_COUNTED = re.compile(r"\d|\bhow\s+many\b|\bprovisions?\b|\brows?\b|\bresponses?\s+(?:that|which)\b", re.I)
_NCND_DONE = re.compile(r"\bneither\s+confirms\s+nor\s+denies\b|\b(?:can|will|must|shall|do|does|therefore)\s+neither\s+confirm\b"
                        r"|\b(?:response|decision|answer)\s+is\s+to\s+neither\s+confirm\b|\bneither\s+confirming\s+nor\s+denying\b"
                        r"|\b(?:cannot|can\s+not|unable\s+to|will\s+not)\s+(?:either\s+)?confirm\s+or\s+deny\b"
                        r"|\bnot\s+(?:required|obliged)\b[^.]{0,80}?\bto\s+confirm\s+or\s+deny\b|\brefus\w*\s+to\s+confirm\s+or\s+deny\b"
                        r"|\bduty\s+to\s+confirm\s+or\s+deny\s+(?:does\s+not|is\s+(?:removed|excluded))", re.I)


def _ncnd_disclaimed(s: str) -> bool:
    """"… we have not relied on the 'neither confirm nor deny' provisions …": NCND named as not used."""
    m = DISCLAIMED.search(s)
    if not m:
        return False
    # NCND as the disclaiming verb's own object, in its clause ("We have not applied the cost limit, but
    # Anyshire Police can neither confirm nor deny …" disclaims the cost limit, not NCND)
    rest = re.split(r"[;.]\s|,\s*(?:but|however|although|whereas|and\s+(?:we|i|the|it))\b|\bbut\b", s[m.end():], maxsplit=1)[0]
    return bool(re.search(r"neither\s+confirm|confirm\s+or\s+deny|\bncnd\b", rest[:100], re.I))


# An answer's opening naming the part it answers: "In response to part a, …", "In answer to question 2, …".
_PART_ANSWERED = re.compile(r"^\W*(?:in\s+(?:response|answer|reply)\s+to|with\s+regard\s+to|turning\s+to|regarding|as\s+for)\s+"
                            r"(?:(?:the\s+)?(?:first|second|third)\s+)?(?:part|question|request|point|element)s?\b\s*\(?\w{0,3}\)?\s*,", re.I)


# A decision field's value that is a bare word, read as the phrase it stands for.
_BARE_FIELD_VALUES = {"full": "full disclosure", "partial": "partial disclosure", "part": "partial disclosure"}


_FIELD_BULLET = re.compile(r"^[•·▪●■*–-]\s*(?=[A-Za-z ]{3,30}:)")


@lru_cache(maxsize=8)  # judge runs once per text, but ncnd_flag/pit_flag/decide may follow on the same text
def classify(text: str) -> tuple[tuple[str, frozenset], ...]:
    """(sentence, cue classes) for every sentence of the force's own decision words, in order:
    complaint rights, the requester's letters, site text, an internal review's account of the
    original decision, interim e-mails and quoted law are left out (force_words.units)."""
    out = []
    for s, kind in force_words.units(text):
        field = DECISION_FIELD.match(s) if s.startswith("|") else None
        if field:
            value = field.group("value")
            # a field that gives only the word: "| Disclosure | Full |" is a full disclosure
            value = _BARE_FIELD_VALUES.get(" ".join(value.lower().split()), value)
            s = f"{s.split('|')[1].strip().rstrip(':')}: {value}"  # "Decision: Information partially held"
        elif s.startswith("|") or kind not in (None, "statute", "law", "advice"):
            continue  # a table row is data, not words; the other kinds are not the force deciding
        # (a log page's fields listed as bullets: "• Outcome: Disclosed in full" is the field)
        classes = _classes(_FIELD_BULLET.sub("", s))
        if kind in ("statute", "law"):
            # The Act's words decide nothing, except that a letter quotes the cost limit or s14 only
            # when it relies on them ("a public authority need not comply where the cost would exceed").
            classes = (classes & _QUOTED_LAW_DECIDES) | {"quoted_law"}
        elif kind == "advice" or (_ADVICE_LEAD.search(s.lower()) and not _ANSWER_NUMBER.search(s)) \
                or FOLDED["assistance_lead"].search(s.lower()):
            classes = classes - _OFFERED  # "We can provide the totals by month" offers, gives nothing
        out.append((s, frozenset(classes)))
    return tuple(_pointers_to_the_test(out))


# A bare pointer gives nothing of its own when it points at the public interest test: "Please see
# below." followed by the test's own words, or "The full test is attached (to this entry)." beside them.
_POINTER = re.compile(r"^\W*(?:please\s+)?(?:see|find)\s+(?:below|attached|overleaf|enclosed)\W*$", re.I)
_TEST_POINTER = re.compile(r"^\W*the\s+(?:full\s+|whole\s+|complete\s+)?(?:test|assessment)\s+(?:is|has\s+been)\s+"
                           r"(?:attached|enclosed|below)(?:\s+(?:to|with|in)\s+(?:this|the)\s+(?:entry|page|letter|response|reply|disclosure))?\W*$", re.I)

# ... and a pronoun pointing back at the test the sentence before names: "Both exemptions are qualified
# and require a prejudice test and public interest test. These are set out in the attached document."
_BACK_POINTER = re.compile(r"^\W*(?:these|they|this|it|both|each)\s+(?:tests?\s+)?(?:are|is|has\s+been|have\s+been)\s+"
                           r"(?:set\s+out|explained|detailed|laid\s+out|given|attached|enclosed)\b[^.;]{0,50}\W*$", re.I)


_DATA_CARRIER = re.compile(r"\b(?:spreadsheets?|workbooks?|tables?|figures|data|totals?|excel|csv)\b", re.I)


def _pointers_to_the_test(out: list[tuple[str, frozenset]]) -> list[tuple[str, frozenset]]:
    for k, (s, classes) in enumerate(out):
        if "disclosure" not in classes:
            continue
        after = k + 1 < len(out) and "pit_weighing" in out[k + 1][1]
        beside = after or (k > 0 and "pit_weighing" in out[k - 1][1])
        if (_POINTER.match(s) and after) or (_TEST_POINTER.match(s) and beside) \
                or (_BACK_POINTER.match(s) and k > 0 and "pit_weighing" in out[k - 1][1]
                    and re.search(r"\btests?\b", out[k - 1][0], re.I) and not _DATA_CARRIER.search(s)):
            out[k] = (s, classes - {"disclosure"})
    return out


_COUNT = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b")
_ESTIMATE_WORDS = re.compile(r"\b(?:hours?|minutes?|per\s+(?:record|file|report|case|item)|each\s+of\s+(?:the|these|those))\b", re.I)


def _estimate_basis(given: str, classified) -> bool:
    """A whole-request cost refusal's count of the records it would have to read, stated before the
    estimate that multiplies it ("Kent Police recorded 14,362 shoplifting offences in 2024." … "each of
    the 14,362 crime reports to be opened and read … over 239 hours"): the estimate's basis, no answer."""
    counts = {n for n in _COUNT.findall(given) if not re.fullmatch(r"(?:19|20)\d\d", n)}   # (years aside)
    if not counts:
        return False
    estimates = [s for s, _ in classified if s != given and _ESTIMATE_WORDS.search(s)]
    return all(any(n in _COUNT.findall(s) for s in estimates) for n in counts)


def _first(classified, name: str) -> str | None:
    return next((s for s, c in classified if name in c), None)


def _own_first(classified, name: str) -> str | None:
    """The first sentence of a class in the force's own words, not a quotation of the Act."""
    return next((s for s, c in classified if name in c and "quoted_law" not in c), None)


def _citing(classified, labels: list[str], act: str) -> str | None:
    """The first sentence that cites one of labels."""
    want = set(labels)
    for s, _ in classified:
        if re.search(r"\d", s) and want & set(find_labels(s, act)):
            return s
    return None


# An ask, as opposed to a note under a table that a segmenter took for one ("Fewer than five.").
_ASK = re.compile(
    r"""(?:.{10,}\?$                                                      # any question: "How many ...?"
        |[^.?]{0,80}?,\s*(?:please|could\s+you|can\s+you|would\s+you)\b    # "As suggested under S16, please could you …"
        |(?:how|what|which|when|where|who|whether|why|please|could|can|would|for\s+each|provide|confirm
           |(?:the|a|an|any|all|your)\s+(?:number|total|list|copy|copies|details|amount|cost|names?|breakdown
              |average|mean|median|percentage|proportion|rate)\b                # "The average time taken to attend …"
           |(?:a\s+)?(?:list|copy|copies|details|breakdown|number)\s+of|i\s+(?:would|want|wish|request|am\s+requesting)
           # a noun-phrase ask with no article: "Total overtime paid to police officers in each financial year …"
           |(?:total|average|highest|lowest)\s+(?:number\s+of\s+|amount\s+of\s+)?[a-z]+\s+(?:paid|spent|recorded|received|made|held|issued|of|for|by|in)
           # a Welsh page's asks (Welsh forces publish in both languages): "Nifer y troseddau …" (the number
           # of), "Faint o …" / "Sawl …" (how many), "A fyddech cystal …" (would you please), "Copi o …"
           |nifer|faint|sawl|a\s+fyddech|copi\s+o|manylion)\b)""",
    re.I | re.X)
# Letter structure: a salutation, sign-off or thanks for the request (a data-only sheet has none).
_LETTER = re.compile(r"^\W*(?:dear\b|yours\s+(?:sincerely|faithfully)|kind\s+regards|thank\s+you\s+for\s+your\s+"
                     r"(?:request|e-?mail|letter|enquiry|correspondence))", re.I | re.M)
# A table of the asks and their answers: a header row naming a request column and a response
# column ("| No. | Request | Response |", "| Question | Answer |"), a letter's layout, not data.
_REQUEST_TABLE = re.compile(r"^\|(?:[^|\n]*\|)*?\s*(?:your\s+)?(?:request|question)\s*\|(?:[^|\n]*\|)*?"
                            r"\s*(?:our\s+)?(?:response|answer|reply)\s*\|", re.I | re.M)
# A line of aligned figures from a table that survives only as text: "Officers    1,318    1,352".
_FIGURE_ROW = re.compile(r"\s*[A-Za-z(][^\n]*?(?:\s{2,}(?!(?:19|20)\d\d\b)(?:[\d][\d,.]*|\*|<\s?5)){2,}\s*")


# A cost estimate's column or caption words: its figures are the work a search would take, not
# the answer ("Task   Records   Minutes per record   Hours", "| Step | Estimated hours |").
# (also the hits of a search the force ran to size the work: "Records returned by keyword search")
_ESTIMATE = re.compile(r"\bestimat\w*|\bper\s+(?:record|report|item|file|incident|case)\b"
                       r"|\bminutes?\b.*\bhours?\b|\bhours?\b.*\bminutes?\b"
                       r"|\b(?:keyword|key\s+word|free[-\s]?text)\s+search"
                       r"|\b(?:system|database|records?)\s+search\s+(?:results?|hits?)\b"
                       r"|\brecords?\s+to\s+(?:be\s+)?(?:read|reviewed|checked)\b", re.I)
# A search's hits over a table ("The search returned the following number of occurrences:") are the
# work only when the letter says each would have to be read; else they are the answer.
_SEARCH_HITS = re.compile(r"\bsearch(?:es)?\s+(?:returned|produced|brought\s+back|identified|found)\s+(?:the\s+following\s+)?"
                          r"(?:number\s+of\s+)?(?:results|records|hits|matches|occurrences|documents|entries|logs)\b", re.I)
_EACH_TO_READ = re.compile(r"\b(?:each|every|all)\b[^.]{0,80}\b(?:would|will)\s+(?:need|have)\s+to\s+be\s+"
                           r"(?:manually\s+|individually\s+)?(?:read|reviewed|examined|checked|assessed|opened)\b", re.I)


def estimate_table(table: dict, text: str = "") -> bool:
    """A table of the work that answering would take (s12): its header, caption or lead-in names
    minutes, hours or an estimate, or the hits of a search that `text` says would each need reading."""
    head = " ".join(str(c or "") for c in [table.get("caption"), table.get("lead_in"), *(table.get("header") or [])])
    return bool(_ESTIMATE.search(head)) or bool(_SEARCH_HITS.search(head) and _EACH_TO_READ.search(text))


def _figure_row(text: str) -> str | None:
    """The first aligned figure line not under a cost estimate's header; table rows are short, so
    longer lines are not tried (the pattern is quadratic in a line's length)."""
    header = ""
    for line in text.split("\n"):
        if len(line) <= 300 and _FIGURE_ROW.fullmatch(line):
            if not _ESTIMATE.search(header):
                return line
        elif line.strip():
            header = line
    return None
# A count or amount in an answer ("214 cameras", "£3,200"), not a year, date or section number.
# (never a footnote mark: "announced in 2020 [1]")
# (nor a date's day: "published on 15 May 2025")
_ANSWER_NUMBER = re.compile(r"(?<![\w(./\[-])(?!(?:19|20)\d\d\b)£?\d[\d,]*(?:\.\d+)?(?![\w(/)\]-])"
                            r"(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b)", re.I)
# ... nor a pointer to another part ("for the reason given in answer 1", "see question 2").
# ... nor a reference ("logged under the above reference 20411")
# ... nor the emergency and non-emergency numbers ("reach the control room as ordinary 999 calls")
# ("101 calls." alone may be a count: 101 only as the service, "the 101 number", "via 101")
_PHONE_NUMBER = re.compile(r"(?<![\d,.£])999(?=\s+(?:calls?|services?|numbers?|lines?|texts?|bsl|relay|emergency)\b)"
                           r"|(?<![\d,.£])101(?=\s+(?:services?|numbers?|lines?|non-emergency)\b)"
                           r"|\b(?:via|through|dialled|dialling|calling|called|call|ringing|phoned|phoning)\s+(?:999|101)\b"
                           r"|\b(?:the|on)\s+(?:999|101)(?=\s*(?:[.,;)]|$))", re.I)   # (never "on 101 occasions", "rose by 101")
_SECTION_CITE = re.compile(r"\b(?:sections?|s\.?|ss\.?|article|regulation|answer|question|request|part|point|q"
                           r"|ref(?:erence)?(?:\s+(?:no\.?|number))?\s*:?"
                           r"|within)\s?\d+", re.I)  # ... nor a promise ("published within 24 hours")
# An ask's own answer that counts none: "No complaints of this kind were recorded in 2025." (never "No
# information / records …" nor "No such …", which say nothing is held)
_NONE_COUNTED = re.compile(r"^no\s+(?!such\b|(?:recorded\s+|relevant\s+|further\s+)?(?:information|data|records?|details|figures|documents?)\b)"
                           r"[a-z]+(?:\s+[a-z]+){0,5}?\s+(?:were|was|have\s+been|has\s+been)\s+(?:recorded|received|made|reported"
                           r"|issued|found|seized|dismissed|suspended|arrested|charged|deployed|used|fitted|bought|purchased|paid"
                           r"|carried\s+out)\b", re.I)
# A count in words opening an answer: "Seven police stations currently have a front counter …",
# "Twenty-two officers were …" (never "One of the questions …")
_COUNT_IN_WORDS = re.compile(
    r"^(?:a\s+total\s+of\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?!of\b|or\b|and\b)[a-z]+(?:\s+[a-z]+){0,3}?\s+"
    r"(?:were|was|have|has|are|is|had)\b", re.I)
# ... nor the work the request took or would take ("well over 60 hours of staff time")
_EFFORT = re.compile(r"\d[\d,.]*\s*(?:working\s+)?(?:hours?|days?|minutes?)\b[^.]{0,40}?\b(?:staff\s+time|officer\s+time"
                     r"|of\s+(?:work|effort)|to\s+(?:locate|retrieve|extract|respond|answer|comply|process|review|read|search))", re.I)
# A clarification exchange printed under an ask (PSNI "Clarification sought" / "Clarification received"):
# the force's and the requester's questions about the ask, not an answer to it.
_CLARIFICATION = re.compile(r"\bclarification\s+(?:sought|received|requested|provided|given)\b", re.I)


# A pointer to an attached document that names nothing it holds: "Please see the attached document".
_ATTACHED_POINTER = re.compile(r"^\W*please\s+(?:see|find)\s+(?:the\s+)?(?:attached|enclosed)\s+(?:document|file|letter|pdf)s?\b"
                               r"[^.]{0,80}$", re.I)


# A reply that is only a pointer to its attachment: "Please see attached.", "Please find the attached
# PDF." (never one that says what it gives: "Please see the attached spreadsheet of arrests by year.")
_BARE_POINTER = re.compile(r"^\W*please\s+(?:see|find)\s+(?:the\s+)?(?:attached|enclosed|attachment)"
                           r"(?:\s+(?:document|file|letter|pdf|spreadsheet|response|reply|information|excel\s+file))?s?\W*$", re.I)


_FILE_NAME = re.compile(r"^[•*\-–]?\s*(?:[\w.()\- ]{1,120}\.(?:pdf|docx?|xlsx?|csv|odt|ods)(?:\s*\([^)]{0,40}\))?"
                        # a download link's name and type: "• FOI 412-2025 Response (PDF, 96KB)"
                        r"|[\w.\- ]{1,120}?\s*\((?:pdf|docx?|xlsx?|csv|odt|ods)(?:,\s*[\d.]+\s*[kmg]b)?\))$", re.I)


def _only_pointer(answer: str) -> bool:
    """An ask's answer that is only the pointer, and the attachment's file name under it."""
    parts = [p for p in sentences.split(answer or "") if p.strip()]
    return bool(parts) and all(_BARE_POINTER.match(p) or _FILE_NAME.match(p.strip()) for p in parts)


# A disclosure sentence that only points at what follows: "I am able to disclose the located
# information to you as follows."
_POINTS_ON = re.compile(r"\b(?:as\s+follows|(?:set\s+out\s+|shown\s+|provided\s+|detailed\s+)?below)\s*[.:]?\s*$|:\s*$", re.I)


_SOME_GIVEN = re.compile(r"^\W*(?:\(?\d{1,2}[a-z]?[.):]|\(?[a-z][.)]\s|q\s?\d)|\b(?:further|other|remaining|rest|some|parts?|any\s+more)\b", re.I)
_NAMES_PART = re.compile(r"\b(?:questions?|parts?|points?|items?|requests?)\s*\(?\d|\bq\s?\d", re.I)


# A pointer to the answers part by part ("The position on each part is as follows."), and one that
# says itself that something is given ("The information … is provided below.").
_TO_EACH_PART = re.compile(r"\b(?:each|every|all|the)\s+(?:parts?|questions?|points?|elements?)\b", re.I)
# "… and the results are set out below." points to the answers, whatever they say
_RESULTS_POINTER = re.compile(r"\b(?:results?|answers?|responses?|findings|outcomes?)\s+(?:of\s+\w+\s+)?(?:is|are)\s+"
                              r"(?:(?:set\s+out|shown|given|provided|detailed|listed)\s+)?(?:below|as\s+follows)\b", re.I)
_SAYS_GIVEN = re.compile(r"\b(?:provid|disclos|releas|attach|enclos|suppl|giv|shown|set\s+out)", re.I)


def _only_pointers_to_refusals(classified) -> bool:
    """Every disclosure sentence is a template's pointer to what follows, and what follows it is a
    refusal (withheld, over the cost limit, not held): nothing is given."""
    found = False
    # (a count in a cost refusal's reasoning, "In 2023 alone there were 1,912 records", gives nothing)
    given = {"disclosure"} if any("cost" in c for _, c in classified) else {"disclosure", "stated_fact"}
    for k, (s, c) in enumerate(classified):
        if found and c & given:
            return False  # "Eleven officers were bitten in 2023." further down: something is given
        if "disclosure" not in c:
            continue
        # (past an ask the text still prints: a Request | Response table read row by row puts
        # "2. How many of those attacks were ransomware?" between the pointer and the refusal)
        j = k + 1
        while j < len(classified) and not classified[j][1] and classified[j][0].rstrip().endswith("?"):
            j += 1
        after, nxt = classified[j] if j < len(classified) else ("", frozenset())
        if not _POINTS_ON.search(s) or _NAMES_PART.search(s) or not nxt & {"withheld", "cost", "not_held", "ncnd", "vexatious"} \
                or "disclosure" in nxt or _SOME_GIVEN.search(after):
            # ("1. No information held." answers one part; "We are unable to provide any further
            # figures …" withholds the rest of what the pointer gives)
            # ("Question 2 is answered below." above question 1's refusal: a part is given)
            return False
        found = True
    return found


def _every_ask_refused(questions: list[dict]) -> bool:
    """Every ask carries an answer and each withholds, says not held or neither confirms nor denies."""
    if not questions:
        return False
    for q in questions:
        a = " ".join((q.get("answer") or "").split())
        if not a:
            return False
        classes = set().union(*(_classes(x) for x in sentences.split(a)))
        if not classes & {"withheld", "not_held", "ncnd", "cost"}:
            return False
    return True


# What follows the last ask in a WhatDoTheyKnow thread copy when the asks had no answers of their own:
# the requester's next letter to the force or the site's status text.
_THREAD_TEXT = re.compile(r"\bdear\s+(?:[\w&'’.-]+\s+){0,5}?(?:police|constabulary|constabularies)\b\s*,"
                          r"|\bresponse\s+to\s+this\s+request\s+is\s+(?:delayed|long\s+overdue)"
                          r"|\bby\s+law,\s+[^.]{0,80}?\bshould\s+normally\s+have\s+responded", re.I)


_COVERED_ABOVE = re.compile(r"^\W*(?:is|are)\s+also\s+covered\s+by\s+(?:this|that|the\s+(?:same|above))\s+"
                            r"(?:response|decision|refusal|exemption)", re.I)


_LEADING_LABEL = re.compile(r"^\W{0,2}\(?\d{1,2}[a-z]?[.)](?=\s)")


def _counts_in(answer: str) -> bool:
    """A figure in an answer: no section, question or reference number, effort or phone number, nor
    a list label opening it ("2. For each year from 2017 to 2021:", the next ask's lead-in)."""
    if answer.rstrip().endswith(":"):
        answer = _LEADING_LABEL.sub(" ", answer)   # (never "37. Please note this includes attempts.")
    return bool(_ANSWER_NUMBER.search(_EFFORT.sub(" ", _SECTION_CITE.sub(" ", _PHONE_NUMBER.sub(" ", answer)))))


def _answered(questions: list[dict]) -> list[str]:
    """Answers printed under a question that give something: a disclosure or a stated figure,
    a count in prose, or a plain Yes/No; not an explanation, a refusal or 'not held'."""
    out = []
    for q in questions:
        a = " ".join((q.get("answer") or "").split())
        a = _CLARIFICATION.split(a, 1)[0].strip()
        if a and ACKNOWLEDGEMENT.search(a):
            # the thread's acknowledgement, then the force's reply under it: the reply is the answer
            parts = sentences.split(a)
            acks = [k for k, p in enumerate(parts) if ACKNOWLEDGEMENT.search(p)]
            a = " ".join(parts[(acks[-1] if acks else len(parts) - 1) + 1:]).strip()
        if a and _COVERED_ABOVE.match(a):
            continue   # "Question 3 is also covered by this response, because …": the decision above, no answer
        if not a or _THREAD_TEXT.search(a) or ACKNOWLEDGEMENT.search(a):
            continue   # a thread's next message (an acknowledgement quoting the request) or the site's
            # banner ran into the last ask: no answer
        classes = set().union(*(_classes(s) for s in sentences.split(a))) if a else set()
        if classes & {"withheld", "not_held", "not_recorded", "ncnd", "cost", "vexatious", "published"} \
                and not (classes <= {"not_recorded", "disclosure", "stated_fact"}
                         and any(_counts_in(s) and not _classes(s) for s in sentences.split(a))):
            continue   # (a count in a sentence of its own after a note of what is not recorded, "… are not
            # flagged or recorded as a category. … The search found 1,204 incidents.", still answers)
        if classes & {"disclosure", "stated_fact"} or _counts_in(a) \
                or _NONE_COUNTED.match(a) or _COUNT_IN_WORDS.match(a):
            out.append(a)
    return out


def _labelled_answers(text: str, questions: list[dict]) -> list[dict]:
    """Answers the force prints under an ask's own label ("a) The course lasts 18 hours." after
    asks "a)", "b)", "c)"), for asks that carry no answer of their own: the response's paragraphs
    that open with the label of an unanswered ask, each up to the next such paragraph."""
    open_labels = {str(q.get("number") or "").lower().strip("().") for q in questions
                   if q.get("number") and not (q.get("answer") or "").strip()}
    open_labels.discard("")
    if len(questions) < 2 or not open_labels:
        return []
    # "a)" answers ask "1a" when it is the only open ask lettered a (sub-asks under one number)
    alias: dict[str, str] = {}
    for lab in open_labels:
        tail = lab[-1]
        if tail.isalpha() and lab[:-1].isdigit():
            alias[tail] = lab if tail not in alias else ""
    asked = {" ".join((q.get("text") or "").split()).lower() for q in questions}
    out: list[dict] = []
    for para in sentences.paragraphs(text):
        if para.startswith("|"):
            continue
        it = list_grammar.item(para)
        if it and " ".join(it[2].split()).lower() in asked:
            continue  # the ask itself, printed in the text judged ("a) Boat stations")
        joint = _JOINT_LABELS.match(para)  # "b&c Information not held.": one answer to two asks
        tight = _TIGHT_LABEL.match(para)  # "a)The number of stations was 27."
        it = ("joint", joint.group(1), joint.group(3)) if joint else list_grammar.item(para) or (
            ("tight", tight.group(1), tight.group(2)) if tight else None)
        printed = [x.lower().strip("().") for x in re.split(r"\s*(?:&|\band\b|,)\s*", it[1])] if it else []
        for label in printed:
            label = label if label in open_labels else alias.get(label) or label
            if label in open_labels and it[2].strip() and not _NAMES_ASKS.match(it[2]):
                out.append({"number": label, "answer": it[2]})
                open_labels.discard(label)  # a label printed again later is not a second answer
    out += _response_labelled(text, open_labels)
    # a list of answers mirrors the list of asks: one labelled paragraph is a sentence naming an ask
    return out if len(out) >= 2 else []


# The force's answer label: "Q1 response:", "Q3 & Q4 response: The contractor records …", "2 - Answer:".
_RESPONSE_LABEL = re.compile(r"^\W{0,2}((?:Q\.?\s?)?\d{1,2}[a-z]?(?:\s*(?:&|and|,)\s*(?:Q\.?\s?)?\d{1,2}[a-z]?)*)"
                             r"\s*[-–]?\s*(?:responses?|answers?|reply)\s*[:\-–]\s*(.*)$", re.I)


# An ask's number as a heading of its own over the force's answer, the asks quoted elsewhere (an
# e-mail reply above the request it quotes): "Question 1" / "In 2022 the unit refused 64 …".
_QUESTION_HEAD = re.compile(r"^\W{0,2}(?:question|q)\.?\s?(\d{1,2}[a-z]?)\s*[:.\-–]?\s*()$", re.I)


def _response_labelled(text: str, open_labels: set[str]) -> list[dict]:
    """Answers under the force's own answer labels, each up to the next label: "Q1 response:" /
    "2021/22 4,118" / "2022/23 3,962" / "Q2 response: …"."""
    runs: list[tuple[list[str], list[str]]] = []
    for para in sentences.paragraphs(text):
        m = _RESPONSE_LABEL.match(para) or _QUESTION_HEAD.match(para)
        if m:
            labels = [x.lower().replace(" ", "").replace(".", "")
                      for x in re.split(r"\s*(?:&|\band\b|,)\s*", m.group(1))]
            labels = [lab if lab in open_labels else lab.lstrip("q") for lab in labels]  # "Q1 response:" after "1."
            runs.append((labels, [m.group(2)] if m.group(2).strip() else []))
        elif runs and not para.startswith("|"):
            runs[-1][1].append(para)
    out = []
    for labels, body in runs:
        for label in labels:
            if label in open_labels and body:
                out.append({"number": label, "answer": " ".join(body)})
                open_labels.discard(label)
    return out


_JOINT_LABELS = re.compile(r"^\(?((?:\d{1,2}[a-z]?|[a-z])\)?(?:\s*(?:&|and|,)\s*\(?(?:\d{1,2}[a-z]?|[a-z])\)?)+)"
                          r"(\s*[.):\-–]\s*|\s+)(?=[A-Z])(\S.*)$")
_TIGHT_LABEL = re.compile(r"^\(?([a-z]|\d{1,2}[a-z]?)\)(?=[A-Z])(\S.*)$")
# "Q2 and Q3 would need every file read": the labels name asks, the paragraph answers neither.
_NAMES_ASKS = re.compile(r"(?:and|&|or|to|,)\s", re.I)


_WORD = re.compile(r"[a-z]{3,}")
# Words of a table label that name no measure: periods, totals and row-label headings.
_LABEL_FILLER = {"total", "totals", "year", "years", "month", "financial", "calendar", "period", "number", "the",
                 "and", "for", "all", "count", "area", "force"}


# A date in a column heading ("Active groups at 31 December"); and words that order what an ask counts.
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                        r"(?:\s+\d{4})?", re.I)
_ORDER_WORDS = {"first", "secon", "third", "initi", "final"}   # (stems)


def _stem(word: str) -> str:
    return word[:5]  # "offered"/"offer", "drivers"/"driver": enough to match a label to its ask


def _every_ask_covered(text: str, questions: list[dict]) -> bool:
    """Each ask has an answer that gives, or a table column or row label whose words all occur in
    it ("Taken to court" answers "… how many of those drivers were taken to court")."""
    if not questions:
        return False
    labels: list[frozenset] = []
    for line in text.split("\n"):
        if line.lstrip().startswith("|"):
            for cell in line.strip().strip("|").split("|"):
                # (a heading may carry a date, "Active groups at 31 December"; a cell of figures names nothing)
                cell = _DAY_MONTH.sub("", cell)
                words = frozenset(_stem(w) for w in _WORD.findall(cell.lower()) if w not in _LABEL_FILLER)
                if words and not re.search(r"\d", cell) \
                        and words not in labels:
                    labels.append(words)
    open_asks = [{_stem(w) for w in _WORD.findall((q.get("text") or "").lower())}
                 for q in questions if not _answered([q])]
    # one label per ask: two asks that one column could answer ("stopped", "where stopped") need two
    taken: dict[int, int] = {}  # label -> ask

    def place(a: int, seen: set[int]) -> bool:
        for k, words in enumerate(labels):
            # (all its words but an order word: "First letters sent" answers "How many warning letters
            # were sent …")
            if k not in seen and words - _ORDER_WORDS <= open_asks[a] and words & open_asks[a]:
                seen.add(k)
                if k not in taken or place(taken[k], seen):
                    taken[k] = a
                    return True
        return False

    return all(place(a, set()) for a in range(len(open_asks)))


_SUBJECT_FIELD = re.compile(r"^\W*(?:subject|title|category|categories|keywords?|topic|request\s+title)\s*[:|]", re.I)


# Sentence classes that decide something (a reply's own decision words).
_DECIDING = frozenset({"disclosure", "withheld", "not_held", "not_recorded", "cost", "ncnd", "partial",
                       "full_decision", "not_engaged", "published", "vexatious"})


def _review_onwards(classified: tuple) -> tuple:
    """A thread or page that prints a first reply and then the internal review of it: the review's
    decision is the last word ("… the reliance on section 12(1) is withdrawn. The information you
    asked for is provided below."), so the first reply's refusal above it decides nothing. Only
    when both the first reply and the review decide something."""
    start = next((k for k, (_, c) in enumerate(classified) if "review_result" in c), None)
    if start is None or start == 0:
        return classified
    before = any(c & _DECIDING for _, c in classified[:start])
    after = any(c & _DECIDING for _, c in classified[start:])
    return classified[start:] if before and after else classified


# Sections whose exemption is absolute (no public interest test): FOIA s21, 23, 32, 34, 40, 41, 44;
# FOISA s25, 26, 37, 38 (personal information).
_ABSOLUTE = {"FOIA": {21, 23, 32, 34, 40, 41, 44}, "FOISA": {25, 26, 37, 38}}


def judge(text: str, exemptions: list[dict], questions: list[dict], has_figures: bool,
          act: str = "FOIA", has_request: bool | None = None, estimates_only: bool = False) -> Verdict:
    """Outcome, NCND and public interest test of one response, each with its deciding sentence.
    estimates_only: every table with figures is a cost estimate (estimate_table)."""
    classified = classify(text)
    # Answers printed in a Request | Response table (its rows are data to classify()): their words
    # also decide ("This information is not held." in the row of one ask).
    flat = " ".join(" ".join(ln.split()) for ln in text.split("\n") if ln.strip() and not ln.lstrip().startswith("|"))
    classified += tuple((s, frozenset(_classes(s))) for q in questions
                        for s in sentences.split(_CLARIFICATION.split(q.get("answer") or "", 1)[0])
                        if s not in flat and not s.startswith("|"))
    classified = _review_onwards(classified)
    seen: set[str] = set().union(*(c for _, c in classified)) if classified else set()
    sections = {e["section"] for e in exemptions}
    published_s = 25 if act == "FOISA" else 21
    withholding = [e for e in exemptions if e["section"] not in (12, 14, published_s)]

    ncnd_sentence = next((s for s, c in classified if "ncnd" in c and not ncnd_withdrawn(s)
                          and not _ncnd_disclaimed(s)), None)
    ncnd_labels = [e["label"] for e in exemptions if e["ncnd"]]
    if ncnd_sentence and not ncnd_labels and NONE_APPLIED.search(text) and not _NCND_DONE.search(ncnd_sentence) \
            and _NCND_COUNTED.search(ncnd_sentence):
        ncnd_sentence = None  # "No exemptions have been applied": NCND named as a thing counted, not done
    ncnd = bool(ncnd_sentence or ncnd_labels)
    if ncnd and not ncnd_sentence:
        ncnd_sentence = _citing(classified, ncnd_labels, act)
    # the page's own subject or category field ("Subject: Public Interest Test Request") weighs nothing
    pit_sentence = next((s for s, c in classified if "pit_weighing" in c and not _SUBJECT_FIELD.match(s)), None)
    if pit_sentence and "pit_negated" in seen and exemptions and all(
            e["section"] in _ABSOLUTE.get(act, ()) for e in exemptions):
        # only absolute exemptions, and the letter says no test is needed: its template line "… the
        # factors considered when deciding where the public interest lies" weighs nothing (a harm
        # test set out, "Overall Harm: naming the officers …", still is one)
        pit_sentence = next((s for s, c in classified if "pit_weighing" in c and not _SUBJECT_FIELD.match(s)
                             and re.search(r"\b(?:harm|prejudice)", s, re.I)), None)
    if pit_sentence and exemptions and all(e["section"] in (12, 14) for e in exemptions):
        # a cost-limit or vexatious refusal weighs burden against value ("The burden of the request
        # and the harm it could cause outweigh its value"): neither section has a public interest test
        pit_sentence = None
    evidence = {"outcome": None, "outcome_rule": None, "ncnd": ncnd_sentence if ncnd else None,
                "public_interest_test": pit_sentence}

    def verdict(outcome: str, rule: str, sentence: str | None) -> Verdict:
        evidence.update(outcome=sentence, outcome_rule=rule)
        return Verdict(outcome, ncnd, bool(pit_sentence), evidence)

    if has_request is None:
        has_request = any(_ASK.match(" ".join((q.get("text") or "").split())) for q in questions) \
            or bool(_LETTER.search(text)) or bool(_REQUEST_TABLE.search(text))
    # (a data-only file's key to its signs, "* Fewer than 5 offences; the figure is withheld …", decides nothing)
    decided = set().union(*(c for s, c in _past_keys(classified))) if classified else set()
    if not has_request and not (decided - {"stated_fact"}):
        return verdict("unknown", "no request, no letter and no decision words (a data-only file)", None)

    vex = 14 in sections or "vexatious" in seen
    # a repeated request's account of how the earlier one was refused ("That request was refused …
    # because answering it would have exceeded the cost limit" / "… by virtue of Section 14(2)") is no cost refusal
    cost_said = "cost" in seen
    if cost_said and 14 in sections and 12 not in sections:
        cost_said = any("cost" in c and not EARLIER_DECIDED.search(s) for s, c in classified)
    cost = 12 in sections or cost_said
    withheld_sentence = next((s for s, c in classified if "withheld" in c
                              and not c & {"published", "cost", "vexatious"}), None)
    refusing = cost or vex or withholding or ncnd or published_s in sections or withheld_sentence
    answers = _answered(questions) + _answered(_labelled_answers(text, questions))
    given_sentence = _first(classified, "disclosure")
    if given_sentence and not answers and not has_figures and _only_pointers_to_refusals(classified):
        given_sentence = None   # "I am able to disclose … as follows." / "The information … cannot be disclosed …"
    if given_sentence and not answers and not has_figures and _POINTS_ON.search(given_sentence) \
            and (_TO_EACH_PART.search(given_sentence) and not _SAYS_GIVEN.search(given_sentence)
                 or _RESULTS_POINTER.search(given_sentence)) \
            and _every_ask_refused(questions) and not any(_counts_in(q.get("answer") or "") for q in questions):
        given_sentence = None   # "The position on each part is as follows." over parts each not held
    if given_sentence and not answers and _every_ask_refused(questions) and _ATTACHED_POINTER.search(given_sentence):
        # each ask answered "held but exempt" and a bare "Please see the attached document": the
        # attachment is the refusal's own (the public interest test), nothing given
        given_sentence = None
    if (given_sentence and not has_figures and _BARE_POINTER.match(given_sentence)
            and all(_only_pointer(a) for a in answers)
            and not (seen - {"disclosure", "stated_fact"})
            and all(_BARE_POINTER.match(x) for x, c in classified if "disclosure" in c)):
        # the page's whole reply is "Please see attached.": what the attachment gives, it does not say
        return verdict("unknown", "only a pointer to an attachment", None)
    # a refusal of the whole request for cost whose tables only back the estimate or advise (s16) how to
    # narrow it: "To help you refine your request, the table below gives …" answers no ask
    if given_sentence and cost and "cost_whole" in seen and not answers and not has_figures \
            and _estimate_basis(given_sentence, classified):
        given_sentence = None   # "… recorded 14,362 offences." then "… each of the 14,362 reports to be read"
    advice_only = cost and "cost_whole" in seen and not (answers or given_sentence)
    figure_row = None if has_figures or advice_only else _figure_row(text)
    if cost and (estimates_only or advice_only):
        has_figures = False  # a cost-limit refusal's estimate of the work is no answer
    if vex and not (given_sentence or answers):
        has_figures, figure_row = False, None  # a s14 refusal's table is the history of requests, no answer
    given = bool(given_sentence or answers or has_figures or figure_row)
    if figure_row and not (given_sentence or answers):
        given_sentence = " ".join(figure_row.split())
    if not given and "full_decision" in seen:  # "Disclosure: Full", "provided in full": said given
        given_sentence, given = _first(classified, "full_decision"), True
    partial = _first(classified, "partial") or ""
    if not given and (_PART_GIVEN.search(partial) or _REDACTED.search(partial)):  # "Disclosure: Partial"
        given_sentence, given = _first(classified, "partial"), True
    if not given and not seen & {"not_held", "not_recorded", "ncnd", "vexatious"}:
        scoped = _scoped_refusal(classified, questions)
        other = next((s for s, c in classified if s != scoped and not c and not _REFUSAL_WORDS.search(s)), None)
        if scoped and other:  # "The question concerning X has engaged section 12(2)" after an answer
            given_sentence, given = other, True
    # A part said to be published elsewhere (s21) and the force's own counts for the rest: given.
    only_published = published_s in sections and not (cost or vex or withholding or ncnd or withheld_sentence)
    if not given and (not refusing or only_published) and "stated_fact" in seen:
        given_sentence, given = _first(classified, "stated_fact"), True
    if not given and "stated_fact" in seen:
        # a fact said to answer one part, beside the refusal of the others: "In response to part a,
        # as at 1 July 2021 there were 612 officers stationed in Scotland."
        part = next((s for s, c in classified if "stated_fact" in c and _PART_ANSWERED.match(s)), None)
        if part:
            given_sentence, given = part, True
    given_sentence = given_sentence or (answers[0] if answers else None)

    if not given and "awaiting_clarification" in seen and not (withholding or ncnd_labels or sections & {12, 14}):
        return verdict("unknown", "a clarification asked for, or the request closed, before anything is answered",
                       _first(classified, "awaiting_clarification"))
    if given:
        limits = [
            ("partial", "given, and a sentence says only part is"),
            ("withheld", "given, and part withheld under an exemption"),
            ("ncnd", "given, and part neither confirmed nor denied"),
            ("not_held", "given, and part not held"),
            ("not_recorded", "given, and an ask left unanswered is not recorded"),
            ("cost", "given, and part over the cost limit"),
        ]
        if "not_recorded" in seen and _every_ask_covered(text, questions):
            # every ask has its answer or its column: a not-recorded note says what the figures leave out
            seen = seen - {"not_recorded"}
        limit = next(((_first(classified, name), rule) for name, rule in limits if name in seen), None)
        if limit is None and withholding:
            limit = (_citing(classified, [e["label"] for e in withholding], act),
                     "given, and part withheld under an exemption")
        if limit is None and (ncnd or cost or vex or published_s in sections):
            keys = [e["label"] for e in exemptions if e["section"] in (12, 14, published_s) or e["ncnd"]]
            limit = (_citing(classified, keys, act), "given, and part refused (cost, vexatious or published)")
        if limit is not None:
            if "full_decision" in seen and not withholding and not ncnd:
                return verdict("full", "a sentence says everything is given", _first(classified, "full_decision"))
            return verdict("partial", limit[1], limit[0])
        return verdict("full", "given, nothing withheld, not held or refused", given_sentence)
    if cost:
        return verdict("cost_limit", "nothing given; over the cost limit (s12)",
                       _own_first(classified, "cost") or _citing(classified, _labels(exemptions, 12), act)
                       or _first(classified, "cost"))
    if vex:
        return verdict("vexatious", "nothing given; vexatious or repeated (s14)",
                       _own_first(classified, "vexatious") or _citing(classified, _labels(exemptions, 14), act)
                       or _first(classified, "vexatious"))
    # (a whole-request NCND naming only the prejudice exemption behind it, "… by virtue of the following
    # exemption: Section 31(1)(a)(b)", with no sentence withholding anything: neither confirmed nor denied)
    if ncnd and (all(e["ncnd"] for e in withholding) or (act == "FOISA" and 18 in sections)
                 or (ncnd_sentence and "ncnd" in _classes(ncnd_sentence) and not withheld_sentence)):
        # FOISA s18 neither confirms nor denies by reference to the exemption that would apply.
        return verdict("ncnd", "nothing given; neither confirmed nor denied", ncnd_sentence)
    if withholding:
        labels = [e["label"] for e in withholding if not e["ncnd"]] or [e["label"] for e in withholding]
        return verdict("refused", "nothing given; withheld under an exemption",
                       withheld_sentence or _citing(classified, labels, act))
    if published_s in sections:
        return verdict("published_elsewhere", "nothing given; published elsewhere (s21/FOISA s25)",
                       _first(classified, "published") or _citing(classified, _labels(exemptions, published_s), act))
    if "not_held" in seen or "not_recorded" in seen:
        return verdict("not_held", "nothing given; not held",
                       _first(classified, "not_held") or _first(classified, "not_recorded"))
    if withheld_sentence:
        return verdict("refused", "nothing given; withheld", withheld_sentence)
    if "published" in seen:
        return verdict("published_elsewhere", "nothing given; published elsewhere", _first(classified, "published"))
    return verdict("unknown", "no sentence decides it", None)


# A key's own sentence that goes on about the figures it marks: "Figures fewer than five are shown as
# '<5'. These have been withheld under Section 40(2) …" (the pronoun's figures are the key's).
_KEY_GOES_ON = re.compile(r"^(?:these|they|such\s+(?:figures|values|counts|numbers|cells))\s+(?:have|has|are|were|is)\b", re.I)
_SIGN_SHOWN = re.compile(r"\b(?:shown|marked|given|displayed|represented|replaced)\s+(?:as|by|with)\s+['\"‘“]?[<*\-~x]", re.I)


def _past_keys(classified) -> list:
    """The sentences of a data-only file that are no key to its signs (list_grammar.footnote), nor
    a key's sentence going on about the figures it marks."""
    out, after_key = [], False
    for s, c in classified:
        if list_grammar.footnote(s, []):
            after_key = True
            continue
        if _SIGN_SHOWN.search(s):   # "Figures fewer than five are shown as '<5'." (kept: it may decide too)
            after_key = True
            out.append((s, c))
            continue
        if after_key and _KEY_GOES_ON.match(s):
            continue
        after_key = False
        out.append((s, c))
    return out


def _labels(exemptions: list[dict], section: int) -> list[str]:
    return [e["label"] for e in exemptions if e["section"] == section]


def decide(text: str, exemptions: list[dict], questions: list[dict], has_figures: bool,
           act: str = "FOIA", has_request: bool | None = None) -> str:
    return judge(text, exemptions, questions, has_figures, act, has_request).outcome


def ncnd_flag(text: str, exemptions: list[dict]) -> bool:
    return any(e["ncnd"] for e in exemptions) or any("ncnd" in c and not ncnd_withdrawn(s)
                                                     for s, c in classify(text))


def pit_flag(text: str) -> bool:
    return any("pit_weighing" in c for _, c in classify(text))
