"""Asks written as prose or around a list: each asking sentence is an ask, the requester's framing is not."""
from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.fields import list_asks
from parsers.fields.list_grammar import INLINE_STYLES, split_inline
from parsers.fields.request_preamble import without_preamble


def _asks(html_request: str) -> list[tuple[str, str]]:
    page = (f"<html><body><main><h1>Kennel costs</h1><p>Reference: FOI 4410/24</p><h2>Request</h2>{html_request}"
            "<h2>Response</h2><p>Westshire Police holds the information and it is given below.</p>"
            "</main></body></html>").encode()
    return [(q["number"], q["text"]) for q in parse_document(page, "text/html")["questions"]]


def test_a_sentence_after_a_back_reference_is_an_ask_of_its_own():
    assert [t for _, t in _asks(
        "<p>Please tell me how many dogs were retired in 2023. Of those, how many were rehomed with their "
        "handler, whether by purchase or gift? I would also like to know the breed of each dog.</p>")] == [
        "Please tell me how many dogs were retired in 2023.",
        "Of those, how many were rehomed with their handler, whether by purchase or gift?",
        "I would also like to know the breed of each dog."]


def test_a_request_after_a_question_asks_again():
    assert [t for _, t in _asks(
        "<p>Could you tell me how many kennels the force owns at each site? For the same sites, please give "
        "the yearly cost of cleaning them.</p>")] == [
        "Could you tell me how many kennels the force owns at each site?",
        "For the same sites, please give the yearly cost of cleaning them."]


def test_the_requesters_framing_with_a_question_word_inside_is_not_the_ask():
    assert without_preamble("I am looking at how often dogs are retired early in Westshire. "
                            "How many dogs were retired before the age of six in 2023?") == \
        "How many dogs were retired before the age of six in 2023?"


def test_a_request_quoted_whole_loses_its_framing_and_splits_into_its_sentences():
    text = (b"Westshire Police\nOur ref: FOI/24/5512\n\nDear Requester,\n\nYou asked:\n\n"
            b"\"I am writing about police dogs in Westshire. Please tell me how many dogs the force owned in 2023. "
            b"I would also like the cost of feeding them. Can you say how many were retired?\"\n\n"
            b"Decision\n\nWestshire Police holds the information. The force owned 48 dogs.\n")
    rec = parse_document(text, "text/plain")
    assert [q["text"] for q in rec["questions"]] == [
        "Please tell me how many dogs the force owned in 2023.",
        "I would also like the cost of feeding them.",
        "Can you say how many were retired?"]


def test_decimal_sub_asks_under_a_lead_in_keep_their_numbers():
    assert _asks("<p>1. In relation to kennel inspections:</p><p>1.1 How many inspections were made in 2023?</p>"
                 "<p>1.2 How many kennels failed?</p><p>2. Who carries out the inspections?</p>") == [
        ("1.1", "How many inspections were made in 2023?"), ("1.2", "How many kennels failed?"),
        ("2", "Who carries out the inspections?")]


def test_a_paragraph_that_asks_after_the_list_is_the_next_ask():
    assert _asks("<p>1) How many kennels were built in 2023?</p><p>2) For those kennels:</p>"
                 "<p>i. how much did each cost;</p><p>ii. who built them.</p>"
                 "<p>Finally, can you tell me how many kennels were closed?</p><p>Thank you for your help.</p>") == [
        ("1", "How many kennels were built in 2023?"), ("2i", "how much did each cost;"),
        ("2ii", "who built them."), ("3", "Finally, can you tell me how many kennels were closed?")]


def test_please_also_provide_after_a_bulleted_list_is_an_ask():
    assert [t for _, t in _asks(
        "<p>For each year from 2021 to 2023, please provide:</p><ul><li>the number of kennels built;</li>"
        "<li>the number of kennels closed.</li></ul><p>Please also provide the names of the builders used.</p>")] == [
        "the number of kennels built;", "the number of kennels closed.", "Please also provide the names of the builders used."]


@pytest.mark.parametrize("after", [
    "Please break this down by year.",
    "Please send the information by email.",
    "Thank you for your help.",
    "Your request was clarified on 4 June 2024, when you said you would like figures for 2023 only.",
])
def test_a_qualifier_or_courtesy_after_the_list_is_no_ask(after):
    assert len(_asks(f"<p>1. How many kennels were built?</p><p>2. How many were closed?</p><p>{after}</p>")) == 2


@pytest.mark.parametrize("pattern, example", list_asks.NOT_A_TRAILING_ASK_CUES)
def test_every_not_a_trailing_ask_rule_matches_its_example(pattern, example):
    assert list_asks._NOT_TRAILING_ASK.match(example)


def _text_asks(text: str) -> list[str]:
    return [q["text"] for q in parse_document(text.encode(), "text/plain")["questions"]]


def test_the_requesters_courtesy_about_their_own_wording_is_no_ask():
    assert _text_asks("Kennels\n\nDear Westshire Police,\n\nI am writing under the Freedom of Information Act 2000. "
                      "To help you, I have set out my query as clearly as I can. Could you tell me how many kennels "
                      "the force owns?\n\nYours faithfully,\nA Requester\n\nResponse\n\nThe force owns 12 kennels.\n") == [
        "Could you tell me how many kennels the force owns?"]


def test_which_was_as_follows_brings_in_the_ask():
    assert _text_asks("Dear Requester,\n\nThank you for your request received on 2 May 2024, which was as follows:-\n\n"
                      "Please provide the number of kennels inspected in 2023.\n\n"
                      "Westshire Police holds the information. 14 kennels were inspected.\n") == [
        "Please provide the number of kennels inspected in 2023."]


def test_an_ask_naming_the_act_above_the_forces_section_21_answer_with_no_headings():
    assert _text_asks("Kennel guidance (412B/24)\n\nUnder the terms of the Freedom of Information Act 2000, please "
                      "provide any guidance on cleaning police kennels.\n\nUnder section 21 of the Act, we are not "
                      "required to provide information that is reasonably accessible to you.\n") == [
        "Please provide any guidance on cleaning police kennels."]


def test_public_interest_headings_are_a_public_interest_test():
    rec = parse_document(b"Kennel sites - 411/24\n\nYou asked:\n\n1) Where are the kennels?\n\nIn response:\n\n"
                         b"1. The sites are exempt under section 31(1)(a) of the Act.\n\n"
                         b"Public Interest in Favour of Disclosure\n\nKnowing the sites would show how money is spent.\n\n"
                         b"Public Interest in Favour of Withholding\n\nThe sites could be targeted by thieves.\n\n"
                         b"Balance\n\nThe balance lies in withholding the sites.\n", "text/plain")
    assert rec["public_interest_test"] is True


def test_your_request_has_been_considered_ends_the_request_and_some_of_it_found_below_is_partial():
    rec = parse_document(b"Dear Requester,\n\nThank you for your request received on 2 May 2024, which was as follows:-\n"
                         b"Please provide the number and locations of all police kennels.\n"
                         b"Your request has now been considered and some of the information you are seeking can be "
                         b"found below:-\n\nThe force operates 12 kennel blocks.\n"
                         b"The locations are exempt under Section 31(1)(a) of the Act.\n", "text/plain")
    assert [q["text"] for q in rec["questions"]] == ["Please provide the number and locations of all police kennels."]
    assert rec["outcome"] == "partial"


def test_a_condition_after_the_list_belongs_to_the_ask_above():
    assert len(_asks("<p>1. How many kennels were built?</p><p>2. How much did each cost?</p>"
                     "<p>If a kennel was built after 2020, please give its cost separately.</p>")) == 2


def test_inline_roman_asks_in_one_paragraph_are_each_an_ask():
    assert _asks("<p>Please could you provide: (i) the number of kennels inspected in 2024; (ii) for each "
                 "kennel, whether it passed; and (iii) the cost of the inspections.</p>") == [
        ("i", "the number of kennels inspected in 2024"), ("ii", "for each kennel, whether it passed"),
        ("iii", "the cost of the inspections")]


@pytest.mark.parametrize("fam, pattern, first, example", INLINE_STYLES)
def test_every_inline_style_splits_its_example(fam, pattern, first, example):
    assert len(split_inline([example])) >= 3


def test_the_requesters_cost_limit_fallback_is_no_ask():
    rec = parse_document((b"Dear Durham Constabulary,\n\nPlease supply me with all information held about the collapse "
                          b"of the footbridge on 3 May 2021.\n\nIf the required information would exceed the cost "
                          b"limit, please supply as much as possible within it.\n\nYours faithfully,\n\nJ Reader\n"),
                         "text/plain")
    assert [q["text"][:30] for q in rec["questions"]] == ["Please supply me with all info"]


def test_a_forces_named_response_heading_ends_the_request():
    rec = parse_document((b"Cleveland Police\n\nOur Ref: F-2014-02211\n\n03 March, 2014\n\nDear Mr. Reader,\n\n"
                          b"Thank you for your request for Information, received at this office on 10 February, 2014, "
                          b"in which you requested details of the following:\n\n"
                          b"How many bicycles were stolen from the station car park last year? How many of those "
                          b"thefts led to a charge?\n\nCleveland Police Response\n\n"
                          b"It has been determined that providing the charge data would exceed the appropriate limit "
                          b"of 18 hours.\n\nTherefore s12 of the Act applies.\n"), "text/plain")
    assert len(rec["questions"]) == 2
    assert rec["outcome"] == "cost_limit"


def _asks_of(text: str) -> list[str]:
    return [q["text"] for q in parse_document(text.encode(), "text/plain")["questions"]]


def test_you_wrote_introduces_the_request():
    got = _asks_of("Our ref: FOI 2018/512\nDate: 02 June 2018\n\nDear Sam,\n\n"
                   "Your request for information has now been considered.\n\nYou wrote:\n\n"
                   "I am requesting this information in accordance with the freedom of information act 2000\n\n"
                   "The information I want is the number of dog handlers and the number of dogs in each team.\n")
    assert got == ["The information I want is the number of dog handlers and the number of dogs in each team."]


def test_a_review_letter_quoting_the_request_ends_it_at_the_recalled_answer():
    got = _asks_of("Our ref: ABC/1122/19\nFriday, 8 March 2019\n\nDear Mr Reader,\n"
                   "I write in response to your email asking for a review of our answer to your request.\n"
                   "In your email of 2nd January 2019 you made the following request:\n"
                   "\"Please send me the number of police horses injured on duty in 2018.\"\n"
                   "On 30th January 2019 you were told that the figure was not held.\n"
                   "Findings of the Review\nI have looked again at the request and uphold the original decision.\n")
    assert got == ["Please send me the number of police horses injured on duty in 2018."]


def test_the_requesters_dated_background_paragraphs_are_no_asks():
    got = _asks_of("Kennel contract guidance\n\nDear Durham Constabulary,\n\n"
                   "In 2019 a working group drafted national guidance on boarding police dogs with private kennels, "
                   "with a model contract and a price schedule.\n\n"
                   "I am asking for all information about that guidance from its first draft to today.\n\n"
                   "Yours faithfully,\n\nA. Reader\n")
    assert got == ["I am asking for all information about that guidance from its first draft to today."]


def test_asks_quoted_whole_each_over_its_answer():
    """Police Scotland: "your request is replicated below together with the response", each ask in
    quotation marks and its answer under it (a PDF's lines, no blank lines between paragraphs)."""
    rec = parse_document(("POLICE SCOTLAND\nOur Ref:\nIM-FOI-2025-0999\nDate:\n9th May 2025\n"
                          "Police horses\n"
                          "I refer to your recent request for information which has been handled in\n"
                          "accordance with the Freedom of Information (Scotland) Act 2002.\n"
                          "For ease of reference, your request is replicated below together with the\nresponse.\n"
                          "“How many police horses did Police Scotland own on 1 April 2025?”\n"
                          "Police Scotland owned 23 horses on that date.\n"
                          "Horses by stable\nStable 2025\nStewart Street 14\nFinal total 23\n"
                          "“Please provide the names of the riders of each horse.”\n"
                          "This information is exempt in terms of section 38(1)(b) of the Act.\n").encode(), "text/plain")
    got = [(q["number"], q["text"], (q["answer"] or "")[:30]) for q in rec["questions"]]
    assert got == [("1", "How many police horses did Police Scotland own on 1 April 2025?", "Police Scotland owned 23 horse"),
                   ("2", "Please provide the names of the riders of each horse.", "This information is exempt in ")]


def test_a_capital_heading_run_into_a_flattened_ask_is_no_part_of_it():
    got = _asks_of("Horse retirements - FOI 001999/25 - Nottinghamshire Police\n\n"
                   "Our Ref: 001999/25 Nottinghamshire Police HQ 17 February 2025 Request under the Freedom of "
                   "Information Act 2000 (FOIA) Thank you for your request for information, which Nottinghamshire "
                   "Police received on 20/01/2025. Following receipt of your request searches were conducted within "
                   "Nottinghamshire Police to locate the information you require. RESPONSE How many police horses "
                   "were retired in 2024? How many of those were rehomed? The information is held but not in an "
                   "easily retrievable format, therefore section 12 applies.\n\n"
                   "If you are dissatisfied with this response, please write to the Freedom of Information Section "
                   "within 40 working days. Yours sincerely, Freedom of Information Section, Nottinghamshire Police\n")
    assert [a[:30] for a in got][:2] == ["How many police horses were re", "How many of those were rehomed"]
