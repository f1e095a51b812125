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


# --- Words that are not the force's decision (parsers/fields/force_words.py) ---------------------

def test_an_acknowledgement_decides_nothing():
    text = ("Dear Ms Patel,\nYour request has been received and logged under reference 0456/24. "
            "You should hear from us by 9 May 2024.\nThis email is an acknowledgement only. No decision has "
            "yet been made on whether the information can be released.\nKind regards,\nFOI Team")
    v = _judge(text)
    assert v.outcome == "unknown" and v.evidence["outcome"] is None


def test_sections_still_being_considered_in_an_extension_are_no_labels():
    text = ("Dear Mr Hale,\nWestshire Police is still considering whether section 38(1)(a) and section 31(1)(a) "
            "apply to part of the information, and we now expect to respond by 3 June 2024.\nYours sincerely,")
    assert exemptions.find_exemptions(text) == []
    assert _judge(text).outcome == "unknown"


def test_the_requesters_own_letter_in_a_thread_is_not_the_decision():
    text = ("Dear Westshire Police,\nIf finding all of it would exceed the cost limit under section 12, please "
            "send what you can. I do not think section 14 applies to this request.\nYours faithfully,\nA Reader\n\n"
            "Dear Ms Reader,\nPlease find attached the figures for 2023.\nYours sincerely,\nFOI Unit")
    v = _judge(text)
    assert exemptions.find_exemptions(text) == []
    assert (v.outcome, v.evidence["outcome"]) == ("full", "Please find attached the figures for 2023.")


def test_whatdotheyknow_site_text_is_not_the_decision():
    text = ("A Reader made this Freedom of Information request to Westshire Police\n"
            "The request was successful.\n"
            "Requests for personal information and vexatious requests are not considered valid for FOI purposes.\n"
            "There are 3 people following this request\n")
    v = _judge(text, questions=[])
    assert v.outcome == "unknown"


def test_an_internal_review_that_overturns_the_refusal_gives_no_label():
    text = ("Original response\n"
            "The force withheld the rota under Section 31(1)(a).\n"
            "Outcome of the internal review\n"
            "The original decision is overturned and Section 31(1)(a) is no longer relied upon. "
            "The rota is disclosed in full below.")
    assert exemptions.find_exemptions(text) == []
    v = _judge(text, figures=True)
    assert v.outcome == "full"


def test_an_internal_review_that_upholds_the_refusal_keeps_it():
    text = ("Original decision\n"
            "The rota was withheld under Section 31(1)(a).\n"
            "Internal review decision\n"
            "I have reviewed the request and the original decision is upheld.")
    assert [e["label"] for e in exemptions.find_exemptions(text)] == ["s31(1)(a)"]
    assert _judge(text).outcome == "refused"


def test_the_acts_words_quoted_in_an_appendix_cite_nothing_of_their_own():
    text = ("Response\nThe request would place a grossly oppressive burden on the force and is refused under "
            "section 14(1).\n\nAppendix\n"
            "Section 17(5): A public authority which is relying on a claim that section 12 or 14 applies must give "
            "the applicant a notice stating that fact.")
    assert [e["label"] for e in exemptions.find_exemptions(text)] == ["s14(1)"]
    v = _judge(text)
    assert v.outcome == "vexatious" and v.evidence["outcome"].startswith("The request would place")


def test_a_quoted_cost_limit_still_limits_what_is_given():
    text = ("Thank you for your request.\nUnder the Act a public authority need not provide information where "
            "retrieving it would cost more than £450.\nThe figures for 2023 have been provided at the end of this "
            "response.")
    assert _judge(text).outcome == "partial"


# --- Cost estimates, table answers and partial wording -------------------------------------------

def test_a_cost_estimate_table_is_no_answer():
    text = ("Thank you for your request.\nAnswering would exceed the appropriate limit, so it is refused under "
            "section 12(1).\nOur estimate is below.")
    assert _judge(text, figures=True, ).outcome == "partial"  # figures from a data table: something given
    v = judge(text, exemptions.find_exemptions(text), ASK, True, estimates_only=True)
    assert v.outcome == "cost_limit"
    aligned = text + "\nTask              Records    Minutes each    Hours\nRead each log     3,100      5               258\n"
    assert _judge(aligned).outcome == "cost_limit"


def test_estimate_tables_are_told_by_their_header():
    from parsers.fields.outcome import estimate_table
    assert estimate_table({"caption": None, "header": ["Task", "Records", "Minutes per record", "Hours"]})
    assert estimate_table({"caption": "Estimated time", "header": ["Step", "Time"]})
    assert not estimate_table({"caption": None, "header": ["Year", "Overtime hours paid"]})


def test_a_not_held_answer_in_a_request_response_table_limits_the_outcome():
    text = "| Request | Response |\n| 1. How many? | Please see the table below. |\n| 2. Which? | This is not held. |"
    qs = [{"number": "1", "text": "How many bikes?", "answer": "Please see the table below."},
          {"number": "2", "text": "Which stations?", "answer": "This is not held."}]
    v = _judge(text, questions=qs, figures=True)
    assert (v.outcome, v.evidence["outcome"]) == ("partial", "This is not held.")


@pytest.mark.parametrize("sentence", [
    "I have decided to disclose some of it and to withhold the rest under section 22(1).",
    "Above is all the information we hold and for anything else we rely on section 31(1).",
])
def test_partial_wording(sentence):
    assert _judge("Thank you for your request. " + sentence).outcome == "partial"


def test_an_answer_pointing_to_another_answer_gives_nothing():
    qs = [{"number": "1", "text": "Do you use drones?", "answer": "No. The force has no drones, so no information is held."},
          {"number": "2", "text": "How many drones?", "answer": "Not held, for the reason given in answer 1."}]
    text = "Dear Requester,\n" + "\n".join(q["answer"] for q in qs)
    assert _judge(text, questions=qs).outcome == "not_held"


def test_exemption_names_in_brackets_between_list_items():
    assert exemptions.find_labels("Sections 24(2) (National Security) and 31(3) (Law Enforcement) apply.") \
        == ["s24(2)", "s31(3)"]


def test_an_ncnd_paragraph_right_after_the_quoted_ask_is_the_forces_decision():
    from parsers.document import parse_document
    letter = ("Westshire Police\nReference: FOI 0042/24\nDate: 2 May 2024\nDear Requester,\n"
              "Thank you for your email requesting the following information:\n"
              "\"How many covert cameras did the force install in 2023, and where?\"\n"
              "Westshire Police can neither confirm nor deny whether it holds information within the scope of your "
              "request. The\nduty to confirm or deny does not apply by virtue of Sections 23(5) and 31(3) of the "
              "Freedom of\nInformation Act 2000.\n"
              "Section 23 is absolute. Section 31 is a qualified exemption and requires a public interest test.\n"
              "Yours sincerely,\nFOI Unit\n")
    rec = parse_document(letter.encode(), source="letter.txt")
    assert [e["label"] for e in rec["exemptions"]] == ["s23(5)", "s31(3)"]
    assert (rec["outcome"], rec["ncnd"]) == ("ncnd", True)


def test_a_negation_before_the_exemption_or_after_the_test_is_no_public_interest_test():
    # The "not" sits before the exemption the test belongs to, or after the test itself.
    for negated in ("Section 14(1) is not an exemption subject to the public interest test, so none was done.",
                    "Section 12 is not a provision which requires a public interest test.",
                    "Section 12 is not a qualified exemption and the request is refused.",
                    "The public interest test does not apply to section 12."):
        v = _judge("Thank you for your request. The request is refused under section 14(1). " + negated)
        assert not v.public_interest_test, negated
    v = _judge("Thank you for your request. Section 31 is a qualified exemption and is subject to the "
               "public interest test, which is set out below.")
    assert v.public_interest_test
