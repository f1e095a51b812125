"""Lists inside asks: field bullets under a numbered ask belong to it, and a first ask printed
without its bullet above bulleted asks still counts."""
from __future__ import annotations

from parsers import parse_document


def _asks(text: str) -> list[tuple[str, str]]:
    return [(q["number"], q["text"]) for q in parse_document(text.encode(), "text/plain")["questions"]]


def test_field_bullets_under_a_numbered_ask_are_that_asks_fields():
    got = _asks("Reference: 5520/24\n"
                "You asked for the following:\n"
                "1) How many horses did the mounted unit retire in 2023?\n"
                "2) Please list the stables the unit rents, giving:\n"
                "- Stable name\n"
                "- Yearly rent\n"
                "3) Who inspects the stables?\n")
    assert [n for n, _ in got] == ["1", "2", "3"]
    assert got[1][1].startswith("Please list the stables the unit rents, giving:")
    assert "Stable name" in got[1][1] and "Yearly rent" in got[1][1]
    assert got[2][1] == "Who inspects the stables?"


def test_field_bullets_in_a_request_block_stay_with_their_ask():
    got = _asks("Reference: 5521/24\n\nRequest\n"
                "1. Please send the contracts for horse feed since 2021, with:\n"
                "• the name of each supplier\n"
                "• the value of each contract\n"
                "2. How many tonnes of feed were bought in 2023?\n\n"
                "Response\nWestshire Police holds this information and it is attached.\n")
    assert [n for n, _ in got] == ["1", "2"]
    assert "the name of each supplier" in got[0][1] and "the value of each contract" in got[0][1]


def test_bullets_after_a_numbered_list_with_a_lead_in_of_their_own_are_still_asks():
    """The lead-in is a line of its own, not an ask's text: the bullets continue the list."""
    got = _asks("Reference: 5522/24\n\nRequest\n"
                "1. How many horses does the unit have?\n"
                "2. How many riders does it have?\n\n"
                "For each year please also tell me:\n"
                "• the cost of shoeing the horses\n"
                "• the cost of vet bills\n\n"
                "Response\nThe figures are below.\n")
    assert [t for _, t in got] == ["How many horses does the unit have?", "How many riders does it have?",
                                   "the cost of shoeing the horses", "the cost of vet bills"]


def test_a_first_ask_without_its_bullet_above_bulleted_asks_counts():
    got = _asks("Stables (731B/24)\nRequest\n"
                "Please send me details about:\n"
                "The number of stables the force owns.\n"
                "  • The number of grooms it employs.\n"
                "  • The yearly cost of bedding.\n"
                "Response\nPlease see the attached document.\n")
    assert [t for _, t in got] == ["The number of stables the force owns.",
                                   "The number of grooms it employs.", "The yearly cost of bedding."]


def test_field_lines_under_an_ask_that_brings_them_in_stay_in_that_ask():
    got = _asks("Our ref: 2210/23\nDate: 04/07/2023\nYou requested the following information:\n"
                "I would like a list of every horsebox the force owns. For each, please include:\n"
                "Registration mark\n"
                "Year it was bought\n"
                "Please find the list attached.\n")
    assert [t for _, t in got] == [
        "I would like a list of every horsebox the force owns. For each, please include: "
        "Registration mark; Year it was bought."]


def test_the_act_quoted_inline_by_the_force_is_not_the_asks():
    """'… a notice which: a) states that fact b) specifies …' in the force's voice quotes s17;
    the request is the sentence above it, which 'Below is your request' brought in."""
    text = ("Date: 09/01/24\nEnquiry Reference: 310- 24\n"
            "I write about your Freedom of Information request. Below is your request and our response.\n"
            "Please send me the risk assessment for the Boxing Day parade in 2023.\n"
            "Having made enquiries we hold a risk assessment and will not disclose it. Section 17 requires "
            "that I give you a notice which: a) states that fact b) specifies the exemption in question "
            "and c) states why the exemption applies.\n"
            "Section 31(1) - Law Enforcement\n")
    assert _asks(text) == [("1", "Please send me the risk assessment for the Boxing Day parade in 2023.")]


def _block(request: str) -> list[tuple[str, str]]:
    return _asks("Reference: 6610/24\n\nRequest\n" + request + "\nResponse\nWestshire Police holds some of this.\n")


def test_field_bullets_under_an_ask_wrapped_onto_a_second_line_are_its_fields():
    got = _block("1. Please provide details of any saddles bought by the mounted unit since 2020,\n"
                 "with the reasons for each purchase, including:\n"
                 "• the name of each maker\n"
                 "• the price paid for each saddle\n"
                 "2. Please provide a copy of the unit's saddle fitting guidance.\n")
    assert [n for n, _ in got] == ["1", "2"]


def test_a_numbered_heading_over_decimal_asks_is_no_ask():
    got = _block("1. Stable staff\n"
                 "1.1 How many grooms did the force employ in 2023?\n"
                 "1.2 How many of them worked part time?\n"
                 "2. Feed\n"
                 "2.1 How much did the force spend on feed in 2023?\n")
    assert [n for n, _ in got] == ["1.1", "1.2", "2.1"]


def test_an_ask_above_the_lead_in_of_a_lettered_list_is_the_first_ask():
    got = _block("Please could you tell me how many horses the mounted unit has.\n"
                 "I would also like to know, for each year from 2021 to 2023:\n"
                 "a) the number of horses retired;\n"
                 "b) the number of horses bought.\n")
    assert [t[:40] for _, t in got] == ["Please could you tell me how many horses", "the number of horses retired;",
                                        "the number of horses bought."]


def test_a_request_quoted_whole_keeps_its_first_numbered_ask():
    got = _block('"1. How many horses did the unit retire in 2023?\n\n'
                 "2. How many were rehomed?\"\n")
    assert [n for n, _ in got] == ["1", "2"]


def test_the_details_of_the_last_ask_are_not_an_ask_of_their_own():
    got = _block("1. The number of hours officers spent at the stables in 2023.\n"
                 "2. The longest single visit in 2023.\n"
                 "In this, please include: the date of the visit and the stable concerned.\n")
    assert [n for n, _ in got] == ["1", "2"]


def test_i_would_like_to_request_a_thing_asks_and_keeps_its_fields():
    got = _asks("Date: 22/04/2021\nYou requested the following information:\n"
                "I would like to request an up-to-date list of police horses as of 20/03/2021. "
                "In this, please include:\n"
                "Horse name\n"
                "Stable it is kept at\n"
                "Please see the attached document.\n")
    assert [t[:60] for _, t in got] == ["I would like to request an up-to-date list of police horses "]
    assert "Horse name; Stable it is kept at." in got[0][1]


def test_years_listed_under_an_ask_are_its_values_not_asks():
    got = _block("1) Please give the number of horses retired for the calendar years:\n"
                 "a. 2021\n"
                 "b. 2022\n"
                 "2) Can you break down those figures by:\n"
                 "a. The age of the horse when it was retired\n"
                 "b. The reason recorded for its retirement\n")
    assert [n for n, _ in got] == ["1", "2a", "2b"]
    assert got[0][1].startswith("Please give the number of horses retired")


def test_the_force_saying_what_you_requested_is_published_is_no_request_intro():
    text = ("Horse passports (914A/24)\n\n"
            "Under the terms of the Freedom of Information Act 2000, please provide a copy of the force's "
            "policy on horse passports.\n\n"
            "Under section 21 of the Act, we are not required to provide information that is reasonably "
            "accessible to you. The information you requested is available on the following link: "
            "https://www.example.police.uk/horses\n")
    assert [t[:40] for _, t in _asks(text)] == ["Please provide a copy of the force's pol"]


def test_a_lettered_answer_under_a_question_is_not_an_ask():
    text = ("Reference: 1234-18\nDate: 11/09/2018\n"
            "1)       How many mounted officers did the force have in each year?\n"
            "a)       Below is the headcount we hold.\n"
            "2016 – 20\n2017 – 21\n"
            "Q2       How many horses were retired in 2017?\n"
            "There were 4.\n")
    got = parse_document(text.encode(), "text/plain")["questions"]
    assert [q["text"][:40] for q in got] == ["How many mounted officers did the force ", "How many horses were retired in 2017?"]
    assert "headcount" in (got[0]["answer"] or "")


def test_sub_asks_numbered_with_their_requests_number_under_an_open_lead_in():
    """PSNI style: "Request 2" whose text only leads into "2A." and "2B." (a sentence left open on
    "a breakdown of") is no ask of its own; 2A and 2B are, labelled as printed."""
    got = _asks("Request Number: F-2024-00817\nSubject: Ferry port checks\n\n"
                "Request 1\nThe number of vehicles searched at Larne harbour in 2023\n\n"
                "Request 2\nFor the vehicles in Request 1, please provide a breakdown of\n"
                "2A. The reason recorded for each search.\n"
                "2B. Whether anything was seized.\n\n"
                "Answer\nThe Police Service of Northern Ireland does not hold this information.\n")
    assert got == [("1", "The number of vehicles searched at Larne harbour in 2023"),
                   ("2A", "The reason recorded for each search."),
                   ("2B", "Whether anything was seized.")]


def test_a_request_that_asks_before_its_lettered_breakdown_stays_an_ask():
    got = _asks("Request Number: F-2024-00818\n\n"
                "Request 1\nHow many dogs did the dog section retire in 2023?\n\n"
                "Request 2\nHow many dogs were bought in 2023? Please provide a breakdown of\n"
                "2A. The breed of each dog.\n"
                "2B. The price paid.\n\n"
                "Answer\nThe information is attached.\n")
    assert [n for n, _ in got] == ["1", "2", "2A", "2B"]
    assert got[1][1].startswith("How many dogs were bought in 2023?")


def test_unpunctuated_sub_asks_under_a_request_each_take_their_own_numbered_answer():
    """'3A How many …' (no '.' after the label) under 'Request 3', answered under 'Answer 3A' / 'Answer 3B'."""
    rec = parse_document((b"Request Number: F-2025-00990\n\n"
                          b"Request 1\nHow many dog bites on officers were recorded in 2024?\n"
                          b"Answer 1\nThere were 17.\n\n"
                          b"Request 2\nIn relation to the police dogs retired in 2024:\n"
                          b"2A How many dogs were retired?\n"
                          b"2B How many of those were rehomed with their handlers?\n"
                          b"Answer 2A\nNine dogs were retired.\n"
                          b"Answer 2B\nSeven were rehomed with their handlers.\n"), "text/plain")
    got = [(q["number"], q["text"], q["answer"]) for q in rec["questions"]]
    assert got == [("1", "How many dog bites on officers were recorded in 2024?", "There were 17."),
                   ("2A", "How many dogs were retired?", "Nine dogs were retired."),
                   ("2B", "How many of those were rehomed with their handlers?", "Seven were rehomed with their handlers.")]


def test_a_number_and_capital_at_a_line_start_is_no_ask_without_its_parent():
    """'4G Coverage …' is no sub-ask: nothing numbered 4 stands above it."""
    got = _asks("Reference: 5530/24\nYou asked:\n1. How many radios does the force own?\n"
                "2. How many were replaced in 2024?\n4G Coverage is poor in some rural areas.\n")
    assert [n for n, _ in got] == ["1", "2"]


def test_period_bullets_above_the_numbered_asks_are_their_values():
    got = _asks("Title: Canteen contracts\nI am asking for the figures below for each of these years:\n"
                "• 2021 (1 January 2021 – 31 December 2021)\n• 2022 (1 January 2022 – 31 December 2022)\n"
                "1. The total spent on canteen services at headquarters.\n2. The name of the current catering supplier.\n"
                "Response:\n1. £84,200 in 2021 and £88,950 in 2022.\n2. Brightmeal Ltd.\n")
    assert got == [("1", "The total spent on canteen services at headquarters."),
                   ("2", "The name of the current catering supplier.")]


def test_a_quoted_list_of_categories_in_the_background_is_no_ask():
    got = _asks("Dear Durham Constabulary,\nA national review lists these categories of lost property:\n"
                "\"• keys;\n• phones;\n• wallets;\n• bicycles.\"\n"
                "1. For 2023, please give the number of items handed in under each category.\n"
                "2. If you use other categories, please list them.\nYours faithfully,\nA Reader\n")
    assert [n for n, _ in got] == ["1", "2"]
    assert got[0][1].startswith("For 2023, please give the number")


def test_inline_letters_inside_the_requesters_background_are_no_asks():
    got = _asks("Horses (412/21)\nRequest\n"
                "A neighbouring force publishes a table of its horses with i) name, ii) age, iii) stable and iv) duties.\n"
                "Please can you send the same table for your own mounted unit.\nResponse\nThe table is attached.\n")
    assert got == [("1", "Please can you send the same table for your own mounted unit.")]


def test_a_nested_bullet_list_holds_values_of_the_bullet_above_and_a_limit_is_no_ask():
    # a page written for this test: the offences are listed inside the first bullet's item
    from parsers import parse_document
    page = ("<html><body><main><h2>Request</h2><p>Please provide:</p><ul>"
            "<li>the number of offences recorded in each year from 2023 to 2025 for the following offences:"
            "<ul><li>robbery of personal property</li><li>wounding with intent (section 18)</li>"
            "<li>possession of an article with a blade or point</li></ul></li>"
            "<li>the number of those offences where a blade was flagged as used;</li>"
            "<li>the number of people charged for those offences.</li></ul>"
            "<p>I only need figures for the Medway policing district.</p>"
            "<h2>Response</h2><p>The figures are set out below.</p></main></body></html>")
    rec = parse_document(page.encode(), "text/html")
    assert [q["text"][:40] for q in rec["questions"]] == [
        "the number of offences recorded in each ", "the number of those offences where a bla",
        "the number of people charged for those o"]
