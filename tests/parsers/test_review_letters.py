"""Internal review letters and the force's general words: the review's date and subject, the
exemptions a review withdraws, and sentences that sound like a decision but are not one
(texts written for these tests)."""
from __future__ import annotations

from parsers import parse_document
from parsers.fields import dates
from parsers.fields.exemptions import find_exemptions
from parsers.fields.outcome import classify

REVIEW = """Westshire Police
Information Rights Unit, Police Headquarters, Mill Lane, Westford WS1 2AB

Reference: 2210/24
Date of original request: 3 June 2024
Original response sent: 28/06/2024
Internal review requested: 2 July 2024
Date of this letter: 24/07/2024

Dear Requester

INTERNAL REVIEW - KENNEL INSPECTIONS

Thank you for asking us to review our response to your request, which asked:
1. How many kennel inspections did the force carry out in 2023?
2. How many of those inspections found a fault?

Our original response refused both parts under section 31(1)(a) and section 38(1)(a).
The reviewer found that the totals would not show which kennels are weak, and that neither
exemption is engaged. The figures are given below: 41 inspections, 6 with a fault.

Yours sincerely
"""


def test_a_review_letter_is_dated_by_its_own_date_and_titled_by_its_subject_line():
    rec = parse_document(REVIEW.encode(), "text/plain")
    assert rec["published"] == "2024-07-24"  # not the original request's or response's date
    assert rec["title"].lower() == "internal review - kennel inspections"


def test_neither_exemption_engaged_sets_aside_the_exemptions_named_before():
    rec = parse_document(REVIEW.encode(), "text/plain")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


def test_an_exemption_the_review_withdraws_is_not_relied_on():
    text = ("Our original response refused the request under section 31(1)(a) and section 40(2).\n"
            "Parts 1 and 2: section 31(1)(a) is withdrawn and the figures are provided below.\n"
            "Part 3: the names of the officers are exempt under section 40(2) and are withheld.\n")
    assert [e["label"] for e in find_exemptions(text)] == ["s40(2)"]


def test_the_forces_general_practice_cites_no_exemption():
    text = ("The figures you asked for are in the table below.\n"
            "Where the Act allows us to withhold information, for example under section 40(2) where it is "
            "personal data, we will always tell you which exemption we have used and why.\n")
    assert find_exemptions(text) == []


def test_no_information_withheld_is_a_full_disclosure_not_a_withholding():
    classes = dict(classify("No information has been withheld from this response."))
    assert set(classes.values()) == {frozenset({"full_decision"})}


def test_hours_a_request_asks_about_are_not_the_cost_limit():
    assert not any("cost" in c for _, c in classify(
        "Detention beyond 24 hours must be authorised by a superintendent."))
    assert any("cost" in c for _, c in classify(
        "Reading every custody record would take more than 18 hours."))


def test_a_thread_acknowledgement_addressed_to_the_requester_dates_nothing():
    thread = ("From: A Requester\n19 August 2024\n\nDear Westshire Police,\nHow many kennels do you own?\n"
              "Yours faithfully,\nA Requester\n"
              "------------------------------------------------------------------------\n"
              "From: Westshire Police\n20 August 2024\n\nDear Mr Requester\n\n"
              "Thank you for your email, received 19/08/2024. Your request has been logged with our "
              "reference FOI 2024/1844 and will be answered within 20 working days.\n"
              "------------------------------------------------------------------------\n"
              "From: Westshire Police\n13 September 2024\n\nDear Mr Requester\n\n"
              "The force owns 12 kennels, at three sites. " + "The kennels are inspected each year. " * 20 + "\n")
    assert dates.from_text(thread) == "2024-09-13"


def test_a_field_line_is_not_the_start_of_the_sentence_below_it():
    from parsers.fields.sentences import split

    text = ("Freedom of information request reference no: 01.FOI.24.030348\n"
            "Some of the information you requested is provided below.\n")
    assert split(text) == ["Freedom of information request reference no: 01.FOI.24.030348",
                           "Some of the information you requested is provided below."]


def test_a_response_date_in_the_second_column_of_a_dates_line_is_the_published_date():
    assert dates.from_text("Request received: 14/10/2024\xa0|\xa0Response sent: 11/11/2024") == "2024-11-11"
    assert dates.from_text("Request received: 14/10/2024 | Response sent: 11/11/2024") == "2024-11-11"
    assert dates.from_text("Response sent: 11/11/2024 | Request received: 14/10/2024") == "2024-11-11"
    assert dates.from_text("Date of request: 14/10/2024") is None


def test_a_review_upholding_a_whole_s12_refusal_with_advice_naming_one_question_is_cost_limit():
    text = ("Durham Constabulary\nOur reference: 25/01/0999\nDate: 28 March 2025\n\nDear Ms Reader,\n\n"
            "Subject: Horse patrols\n\nI have now completed the internal review that you asked for.\n\n"
            "Your original request was:\n\n\"Please tell me, for each month of 2024:\n"
            "1. How many horse patrols were made in the city centre?\n2. How many arrests followed a horse patrol?\"\n\n"
            "The response sent on 6 February 2025 refused the whole request under section 12(1) of the Act.\n\n"
            "Review\n\nArrests are recorded only in the free text of each incident log, and reading each log "
            "would take about 300 hours, well above the 18 hours that make up the appropriate limit.\n\n"
            "Decision\n\nI have upheld the original decision. Durham Constabulary is not obliged to comply with "
            "your request under section 12(1) of the Act, and no information is provided.\n\n"
            "Under section 16, I can advise that a new request for question 1 alone is likely to be answered "
            "within the limit.\n\nYours sincerely\n\nInformation Rights Reviewer\n")
    rec = parse_document(text.encode(), "text/plain")
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]
    assert rec["outcome"] == "cost_limit"
