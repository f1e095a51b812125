"""The outcome procedure: one small response per cue class, checked for the outcome and for the
sentence recorded as its evidence (texts written for these tests)."""
from __future__ import annotations

import re

import pytest

from parsers.fields import exemptions
from parsers.fields.outcome import judge
from parsers.fields.outcome_cues import CUES, PATTERNS

ASK = [{"number": "1", "text": "How many stolen bicycles were recovered in 2023?", "answer": None}]


@pytest.mark.parametrize("name,example", [(n, ex) for n, rows in CUES.items() for _, ex in rows])
def test_every_cue_example_is_matched_by_its_class(name, example):
    assert PATTERNS[name].search(example), (name, example)


def test_cue_patterns_keep_their_meaning_when_lower_cased():
    # the sentence loop matches lower-cased patterns over lower-cased text: \S, \W, \D, \B would flip
    assert not [p for rows in CUES.values() for p, _ in rows if re.search(r"\\[A-Z]", p)]


def _judge(text: str, questions=ASK, figures=False, act="FOIA"):
    return judge(text, exemptions.find_exemptions(text, act), questions, figures, act)


CASES = [
    # (cue class, response text, outcome, the sentence recorded as evidence)
    ("disclosure",
     "Thank you for your request. We can advise that 41 bicycles were recovered. Kind regards.",
     "full", "We can advise that 41 bicycles were recovered."),
    ("not_held",
     "Thank you for your request. Having searched its systems, the force does not hold the information you asked for.",
     "not_held", "Having searched its systems, the force does not hold the information you asked for."),
    ("withheld",
     "Thank you for your request. The information is withheld in full by virtue of section 31(1)(a) of the Act.",
     "refused", "The information is withheld in full by virtue of section 31(1)(a) of the Act."),
    ("ncnd",
     "Thank you for your request. The force neither confirms nor denies that it holds the information, "
     "by virtue of section 23(5).",
     "ncnd", "The force neither confirms nor denies that it holds the information, by virtue of section 23(5)."),
    ("cost",
     "Thank you for your request. Reading every crime record would exceed the appropriate limit, so we are "
     "refusing it under section 12(1).",
     "cost_limit", "Reading every crime record would exceed the appropriate limit, so we are refusing it under "
                   "section 12(1)."),
    ("vexatious",
     "Thank you for your request. We consider this request vexatious and refuse it under section 14(1).",
     "vexatious", "We consider this request vexatious and refuse it under section 14(1)."),
    ("published",
     "Thank you for your request. These figures are already published on our website, so section 21 applies.",
     "published_elsewhere", "These figures are already published on our website, so section 21 applies."),
    ("partial",
     "Thank you for your request. We have decided to disclose some of the information; the rest is "
     "withheld under section 40(2).",
     "partial", "We have decided to disclose some of the information; the rest is withheld under section 40(2)."),
    ("not_engaged",
     "Thank you for your request. We considered whether section 31(1)(a) applied. The total is already "
     "public, so section 31 is not engaged. Please see the table below.",
     "full", "Please see the table below."),
]


@pytest.mark.parametrize("cue,text,outcome,sentence", CASES, ids=[c[0] for c in CASES])
def test_outcome_and_its_deciding_sentence(cue, text, outcome, sentence):
    v = _judge(text)
    assert (v.outcome, v.evidence["outcome"]) == (outcome, sentence)
    assert v.evidence["outcome_rule"]


def test_a_section_found_not_engaged_is_no_label():
    text = "We considered whether section 31(1)(a) applied. Section 31 is not engaged for this figure."
    assert exemptions.find_exemptions(text) == []
    assert [e["label"] for e in exemptions.find_exemptions(text + " Names are withheld under section 40(2).")] \
        == ["s40(2)"]


@pytest.mark.parametrize("text,labels", [
    ("Names are withheld under Section 40(2)&(3).", ["s40(2)"]),
    ("exempt under section 40(2)(a)(b) and 40(3A)", ["s40(2)"]),
    ("neither confirm nor deny by virtue of section 40(5B)(a)(i)", ["s40(5B)"]),
    ("revoked under section 30C of the Firearms Act 1968", []),
])
def test_section_40_conditions_are_not_labels(text, labels):
    assert exemptions.find_labels(text) == labels


def test_pit_weighing_without_the_phrase_counts_and_a_negated_test_does_not():
    weighed = ("Thank you for your request. The information is withheld under section 30(1)(a). "
               "Factors favouring disclosure: openness about investigations. "
               "Balance: we judge that release would do more harm than good.")
    v = _judge(weighed)
    assert v.public_interest_test and v.evidence["public_interest_test"].startswith("Factors favouring disclosure")
    for negated in ("Section 40(2) is an absolute exemption, so no public interest test is required.",
                    "This is an absolute exemption and there is no requirement to consider the public interest.",
                    "Section 12 is not subject to a public interest test."):
        v = _judge("Thank you for your request. " + negated)
        assert not v.public_interest_test and v.evidence["public_interest_test"] is None, negated


def test_vexatious_weighing_of_a_requests_value_is_no_public_interest_test():
    text = ("Thank you for your request. We have balanced the value of this request against the burden on "
            "staff and consider it vexatious under section 14(1).")
    v = _judge(text)
    assert v.outcome == "vexatious" and not v.public_interest_test


def test_complaint_rights_are_not_the_forces_decision():
    text = ("Thank you for your request. We can advise that 41 bicycles were recovered.\n\n"
            "Your right to complain\n"
            "If you are unhappy, ask for an internal review. The review weighs the public interest test again "
            "and any information withheld.")
    v = _judge(text)
    assert v.outcome == "full" and not v.public_interest_test


def test_a_data_only_file_is_unknown_even_with_figures():
    text = "Recovered bicycles by district\nNorth    41    38\nSouth    12    19\nFigures are provisional."
    v = _judge(text, questions=[], figures=True)
    assert v.outcome == "unknown" and v.evidence["outcome"] is None


def test_aligned_figure_rows_in_a_letter_count_as_given():
    text = ("Dear Requester,\nThe information is withheld in part under section 24(1).\n"
            "Officers at 31 March     1,318     1,352")
    v = _judge(text)
    assert v.outcome == "partial"
    assert re.search(r"withheld in part", v.evidence["outcome"])


def test_ncnd_evidence_names_the_ncnd_sentence():
    text = "Thank you for your request. In line with section 30(3) we can neither confirm nor deny holding it."
    v = _judge(text)
    assert v.ncnd and v.evidence["ncnd"] == "In line with section 30(3) we can neither confirm nor deny holding it."
