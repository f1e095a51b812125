"""Outcome decided from a response's structure: a decision field, answers printed under the asks'
own labels, an advice-and-assistance section, a not-recorded note beside answers that cover every
ask, and a Request | Response table (texts written for these tests)."""
from __future__ import annotations

import re

import pytest

from parsers import parse_document
from parsers.fields import exemptions
from parsers.fields.outcome import SCOPED_REFUSAL_CUES, judge
from parsers.fields.outcome_cues import DECISION_FIELD, DECISION_FIELDS


def _judge(text: str, questions, figures=False):
    return judge(text, exemptions.find_exemptions(text), questions, figures)


def _asks(*texts: str, answers: tuple = ()) -> list[dict]:
    answers = answers or (None,) * len(texts)
    return [{"number": str(i), "text": t, "answer": a} for i, (t, a) in enumerate(zip(texts, answers, strict=True), 1)]


@pytest.mark.parametrize("label,example", DECISION_FIELDS)
def test_every_decision_field_matches_its_own_example(label, example):
    assert re.match(label, example.strip("| ").split("|")[0].strip(), re.I | re.X)
    assert DECISION_FIELD.match(example)


def test_a_decision_field_row_is_the_force_s_verdict():
    text = ("| Reference | 0412/24 |\n| Decision | Information partially held |\n\n"
            "Thank you for your request. Our answers are set out below.\n\n"
            "| Request | Response |\n| 1. How many dog bites? | There were 12 bites. |\n")
    v = _judge(text, _asks("How many dog bites were reported?", answers=("There were 12 bites.",)))
    assert (v.outcome, v.evidence["outcome"]) == ("partial", "Decision: Information partially held")


def test_a_field_giving_only_the_word_full_is_a_full_disclosure():
    # the answers name places and hours, no figures and no giving verb: the field alone says it
    text = ("| Reference | 0871/25 |\n| Disclosure | Full |\n\n"
            "a. The front counters open to the public are at Hanley and Stafford.\n")
    v = _judge(text, _asks("Which stations have a front counter?"))
    assert (v.outcome, v.evidence["outcome"]) == ("full", "Disclosure: full disclosure")
    partial = _judge(text.replace("| Full |", "| Partial |"), _asks("Which stations have a front counter?"))
    assert partial.outcome == "partial"


def test_a_data_row_named_outcome_is_no_verdict():
    assert not DECISION_FIELD.match("| Outcome of the case | 12 |")
    assert not DECISION_FIELD.match("| Outcome | 2023 | 14 |")


def test_information_not_held_in_an_answer_cell_makes_a_part_not_held():
    asks = _asks("How many kennels does the force own?", "How many dogs were rehomed in 2023?",
                 answers=("The force owns 14 kennels.", "Information not held. Rehoming is not logged."))
    v = _judge("Thank you for your request. Our answers are set out in the table below.", asks)
    assert (v.outcome, v.evidence["outcome"]) == ("partial", "Information not held.")


def test_no_recorded_information_is_not_held():
    v = _judge("Westshire Police has no recorded information that would answer your request.",
               _asks("How much electricity did each station use?"))
    assert v.outcome == "not_held"


def test_answers_printed_under_the_asks_labels_are_given_beside_a_withheld_part():
    asks = [{"number": n, "text": t, "answer": ""} for n, t in
            [("a", "How long is the dog handler course?"), ("b", "How often are handlers assessed?"),
             ("c", "A copy of the course notes.")]]
    text = ("Dear Requester,\nThank you for your request.\n"
            "a) The course lasts 6 weeks.\nb) Handlers are assessed every 12 months.\n"
            "c) The course notes are withheld under Section 31(1)(a) of the Act.\nYours sincerely,")
    v = _judge(text, asks)
    assert v.outcome == "partial"
    assert v.evidence["outcome"].startswith("c) The course notes are withheld")


def test_one_paragraph_naming_asks_is_no_labelled_answer():
    asks = [{"number": f"Q{i}", "text": t, "answer": ""} for i, t in
            enumerate(["How many burglaries were recorded?", "How many were at night?"], 1)]
    text = ("Dear Requester,\nAnswering would exceed the appropriate limit under Section 12(1).\n"
            "Q1 and Q2 would need 3,000 files read.\nYours sincerely,")
    assert _judge(text, asks).outcome == "cost_limit"


def test_an_offer_under_advice_and_assistance_gives_nothing():
    text = ("Dear Requester,\nAnswering would exceed the appropriate limit, so the request is refused under "
            "Section 12(1).\n\nAdvice and assistance\n\nWe can provide the number of renewals decided in each "
            "month of 2024. Please make a new request if that would help.\nYours sincerely,")
    v = _judge(text, _asks("How many renewals were waiting on 1 October 2024?"))
    assert v.outcome == "cost_limit"


def test_a_not_recorded_note_beside_answers_that_cover_every_ask_limits_nothing():
    asks = _asks("How many cyclists were stopped in 2023?", "How many of them were given a warning?")
    text = ("The information is set out below. Warnings given by a PCSO are not recorded by the force.\n\n"
            "| Year | Cyclists stopped | Given a warning |\n| 2023 | 412 | 97 |\n")
    assert _judge(text, asks, figures=True).outcome == "full"


def test_a_not_recorded_note_about_an_unanswered_ask_is_a_part_not_held():
    asks = _asks("How many cyclists were stopped in 2023?", "Where was each cyclist stopped?")
    text = ("The information is set out below. The place of each stop is not recorded by the force.\n\n"
            "| Year | Cyclists stopped |\n| 2023 | 412 |\n")
    v = _judge(text, asks, figures=True)
    assert (v.outcome, v.evidence["outcome"]) == ("partial", "The place of each stop is not recorded by the force.")


def test_a_request_response_table_is_a_response_not_a_data_file():
    text = ("| No. | Request | Response |\n| 1 | How many horses? | Please see Table 1. |\n\n"
            "| | 2023 |\n| Horses | 11 |\n\nThe information has been provided in full.")
    v = judge(text, [], [], True)
    assert v.outcome == "full"


@pytest.mark.parametrize("pattern,example", SCOPED_REFUSAL_CUES)
def test_every_scoped_refusal_cue_matches_its_example(pattern, example):
    assert re.search(pattern, example, re.I)


def test_section_12_for_one_named_ask_while_the_other_is_answered_is_partial():
    text = ("Response\nHorse passports are kept by the mounted unit's stable manager.\n"
            "The question concerning the cost of each horse's feed has engaged an exemption under "
            "Section 12(2) of the Act, as it would exceed the appropriate limit to determine.\n")
    asks = _asks("Who keeps the horses' passports?", "What did each horse's feed cost in 2023?")
    assert _judge(text, asks).outcome == "partial"


def test_section_12_for_the_whole_request_stays_a_cost_refusal():
    text = ("Response\nTo locate the feed costs of each horse would exceed the appropriate limit.\n"
            "In relation to question 2, the same applies.\n")
    asks = _asks("Who keeps the horses' passports?", "What did each horse's feed cost in 2023?")
    assert _judge(text + "Section 12(1) of the Act applies.\n", asks).outcome == "cost_limit"


def test_a_whole_request_refused_under_an_excess_cost_heading_is_cost_limit():
    rec = parse_document(("Please send copies of the three reports listed below:\n"
                          "1) 'Cycle theft' problem profile - March 2022\n2) 'Shoplifting' problem profile - May 2022\n"
                          "Please see below for the following exemptions:\nSection 12 – Excess Cost\n"
                          "We cannot answer this request as it would exceed the 18-hour time limit. Each document "
                          "would need to be reviewed and redacted, taking over six hours per document.\n").encode(),
                         "text/plain")
    assert rec["outcome"] == "cost_limit"


def test_parts_of_a_request_exempt_is_partial():
    rec = parse_document((b"Our ref RFI 2016-041\nDate 02 March 2016\nDear Pat,\n"
                          b"Your request for information has now been considered and it is not possible to meet your "
                          b"requirements in full.\nYou wrote:\nPlease send all emails between the press office and the "
                          b"dog unit about the dog show in June 2015.\nResponse:\nParts of this request are exempt by "
                          b"virtue of Section 40(2) Personal information.\n"), "text/plain")
    assert rec["outcome"] == "partial"


def test_a_subject_field_naming_the_public_interest_test_weighs_nothing():
    rec = parse_document((b"Request: F-2025-09901\nSubject: Public Interest Test Request\n"
                          b"Your request has been considered. It is estimated that the cost of complying with your "
                          b"request would exceed the appropriate costs limit under Section 12(1) of the Act.\n"
                          b"Request 1\nThe number of FOI decisions sent in 2024.\n"
                          b"Request 2\nHow many of those decisions included a public interest test.\n"), "text/plain")
    assert rec["outcome"] == "cost_limit"
    assert rec["public_interest_test"] is False


def test_a_count_in_words_answering_one_ask_and_an_exemption_for_the_other_is_partial():
    # a FOISA letter written for this test: question 1 answered in words, question 2 exempt
    text = ("Our Ref: IM-FOI-2025-0999\nDate: 7 March 2025\nDear Requester\n"
            "For ease of reference, your request is replicated below together with the response.\n"
            "1. How many officers were disciplined for misuse of police systems in 2024?\n"
            "Eight officers were disciplined.\n"
            "2. Please provide the rank and station of each officer.\n"
            "This information is exempt in terms of section 38(1)(b) of the Act.\n"
            "I have provided the information for question 1. The information sought in question 2 is exempt "
            "in terms of section 38(1)(b) of the Act, personal information.\n")
    from parsers import parse_document
    rec = parse_document(text.encode(), "text/plain", force="police-scotland")
    assert rec["outcome"] == "partial"


def test_an_acknowledgements_account_of_what_may_happen_decides_nothing():
    from parsers import parse_document
    text = ("Dear Westshire Police,\n\nPlease tell me whether an investigation was opened into the officer "
            "who shouted at a cyclist on Mill Road.\n\nYours faithfully,\n\nK Reed\n\n"
            "Thank you for your enquiry which has been logged under the above reference 20411.\n\n"
            "The exemption at section 14 may be engaged if the burden on the authority is increased through "
            "multiple requests. We may be unable to achieve this deadline if consideration needs to be given "
            "to the public interest test.\n")
    rec = parse_document(text.encode(), "text/plain")
    assert rec["exemptions"] == [] and rec["outcome"] == "unknown" and rec["public_interest_test"] is False


def test_a_refusal_pointing_to_its_attached_document_gives_nothing():
    # a page written for this test: both asks withheld, then a bare pointer to the attachment
    text = ("Request\nQ1. How many fixed cameras does the force operate?\n"
            "Q2. Please provide the location of each camera.\n\nResponse\n"
            "The information you requested is held but is exempt from disclosure by virtue of Section 24(1) "
            "and Section 31(1)(a).\nQ1: The information is held but is exempt as set out below.\n"
            "Q2: The information is held but is exempt as set out below.\n"
            "Balance test\nThe balance favours withholding the information.\n"
            "Please see the attached document: FOI 959-2024 attachment (PDF)\n")
    assert parse_document(text.encode(), "text/plain")["outcome"] == "refused"
