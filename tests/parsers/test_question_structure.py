"""Asks read from structure: Request | Response tables, greetings the ask runs on from, page
furniture inside a wrapped ask, several asks in one paragraph, background that asks nothing.

Every request here was written for these tests."""
from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.fields import answer_marks, list_grammar, request_bounds, request_preamble


def _asks(text: str, content_type: str = "text/plain") -> list[tuple[str, str]]:
    rec = parse_document(text.encode(), content_type)
    return [(q["number"], q["text"]) for q in rec["questions"]]


# ---- Request | Response tables ------------------------------------------------------------------

def _table(header, rows):
    return {"header": header, "rows": rows}


def test_a_table_under_a_title_row_with_a_number_column_gives_its_asks():
    t = _table(["Freedom of Information Request 4411/24"] * 3,
               [["No.", "Request", "Response"],
                ["1", "How many horses does the force keep?", "Twelve."],
                ["2", "How many were bought in 2023?", "Two."]])
    got = answer_marks.questions_from_table(t)
    assert [(q["number"], q["text"], q["answer"]) for q in got] == [
        ("1", "How many horses does the force keep?", "Twelve."),
        ("2", "How many were bought in 2023?", "Two.")]


def test_a_lead_in_row_over_lettered_rows_gives_sub_asks_and_is_no_ask():
    t = _table(["Request", "Response"],
               [["1. How many bikes were stolen in 2023?", "310."],
                ["2. Of those bikes:", ""],
                ["a. How many were recovered?", "41."],
                ["b. How many led to a charge?", "Nine."],
                ["3. Does the force mark bikes?", "Yes."]])
    got = answer_marks.questions_from_table(t)
    assert [(q["number"], q["text"]) for q in got] == [
        ("1", "How many bikes were stolen in 2023?"), ("2a", "How many were recovered?"),
        ("2b", "How many led to a charge?"), ("3", "Does the force mark bikes?")]


def test_a_table_split_over_a_page_break_is_read_as_one():
    head = ["No.", "Request", "Response"]
    first = _table(head, [["1", "How many kennels are there?", "Four."]])
    second = _table(head, [["2", "How many dogs live in them?", "Nineteen."]])
    got = answer_marks.questions_from_tables([first, second])
    assert [q["text"] for q in got] == ["How many kennels are there?", "How many dogs live in them?"]


def test_a_table_without_request_and_answer_columns_gives_no_asks():
    assert answer_marks.questions_from_table(_table(["Year", "Arrests"], [["2023", "14"]])) is None
    assert answer_marks.questions_from_table(_table(["Request number", "Response date"], [["77/24", "1 May"]])) is None


def test_every_table_column_cue_matches_its_example():
    for key, (_pattern, example) in answer_marks.TABLE_COLUMNS.items():
        assert answer_marks._COLUMN[key].search(example), key


def test_an_html_request_response_table_gives_the_asks():
    page = ("<html><body><main><h1>Horses</h1><table>"
            "<tr><th colspan='3'>Freedom of Information Request 4411/24</th></tr>"
            "<tr><td>No.</td><td>Request</td><td>Response</td></tr>"
            "<tr><td>1</td><td>How many horses does the force keep?</td><td>Twelve.</td></tr>"
            "<tr><td>2</td><td>How many were bought in 2023?</td><td>Two.</td></tr>"
            "</table><p>Anyshire Police holds the information and it is provided in full.</p></main></body></html>")
    assert [t for _, t in _asks(page, "text/html")] == [
        "How many horses does the force keep?", "How many were bought in 2023?"]


# ---- greetings, sign-offs and page furniture ----------------------------------------------------

def test_an_ask_that_runs_on_from_the_greeting_starts_after_it():
    text = ("Reference: 88/24\n\nRequest\n\nDear Anyshire Police, please tell me how many drones the force "
            "bought in 2023. Thank you.\n\nResponse\n\nAnyshire Police holds the information.\n")
    assert _asks(text) == [("1", "please tell me how many drones the force bought in 2023.")]


def test_every_greeting_cue_matches_its_example():
    for _pattern, example in request_bounds.GREETING_CUES:
        head, rest = request_bounds.greeting_apart(example)
        assert head and rest and not rest.lower().startswith(("dear", "hello", "good", "to whom")), example


def test_a_greeting_alone_is_left_as_it_is():
    assert request_bounds.greeting_apart("Dear Anyshire Police,") == ["Dear Anyshire Police,"]


def test_a_running_header_inside_a_wrapped_ask_is_not_part_of_it():
    text = ("Anyshire Police - FOI/0456/24 Page 1\nOur reference: FOI/0456/24\nYou asked:\n"
            "1. How many sheep were worried by dogs\nAnyshire Police - FOI/0456/24 Page 2\n"
            "in each year since 2021?\n2. How many dogs were seized?\nResponse\nThe figures follow.\n")
    assert _asks(text) == [("1", "How many sheep were worried by dogs in each year since 2021?"),
                           ("2", "How many dogs were seized?")]


@pytest.mark.parametrize("line,mark", [
    ("Anyshire Police - FOI/0456/24 Page 2", True),
    ("Page 2 of 3 | Anyshire Police", True),
    ("Please see the table on page 2.", False),
    ("the figures are set out on page 2", False),
])
def test_page_marks_are_names_and_page_numbers_not_sentences(line, mark):
    assert request_bounds.is_page_mark(line) is mark


def test_every_page_mark_cue_matches_its_example():
    for _pattern, example in request_bounds.PAGE_MARK_CUES:
        assert request_bounds.is_page_mark(example), example


# ---- several asks in one paragraph --------------------------------------------------------------

def test_sentences_that_each_open_with_a_request_verb_are_separate_asks():
    text = ("Reference: 88/24\n\nRequest\n\nPlease send me the kennel policy. Please tell me how many dogs "
            "were retired in 2023. Please send me the vet's report for each of them.\n\nResponse\n\nAttached.\n")
    assert [t[:20] for _, t in _asks(text)] == ["Please send me the k", "Please tell me how m", "Please send me the v"]


def test_a_qualifying_please_sentence_stays_with_its_ask():
    assert list_grammar.split_asks("Please give the number of arrests. Please break this down by year.") == [
        "Please give the number of arrests. Please break this down by year."]


def test_a_which_question_after_a_comma_is_an_ask_but_a_relative_clause_is_not():
    asks = list_grammar.split_asks("Please tell me how much was spent on fuel in 2023, which station had the "
                                   "largest bill, and whether any stations were closed.")
    assert [a[:20] for a in asks] == ["Please tell me how m", "which station had th", "whether any stations"]
    assert len(list_grammar.split_asks("Please tell me how much was spent on the depot, which was closed in 2023.")) == 1


# ---- background that asks nothing ---------------------------------------------------------------

def test_the_requesters_own_background_sentence_is_not_an_ask():
    assert request_preamble.is_preamble("I keep hens near the river and lost six to foxes last spring.")
    assert not request_preamble.is_preamble("I need the number of fox attacks reported in 2023.")
    text = ("Reference: 88/24\n\nRequest\n\nDear Anyshire Police,\n\nI keep hens near the river and lost six "
            "to foxes last spring. Could you tell me how many reports of dogs attacking poultry you "
            "received in 2023?\n\nYours faithfully,\n\nA Writer\n\nResponse\n\nWe hold the information.\n")
    assert [t[:18] for _, t in _asks(text)] == ["Could you tell me "]


def test_the_forces_explanation_after_the_asks_is_not_an_ask():
    text = ("Our ref: 55/24\n\nThank you for your request, in which you asked:\n"
            "How many drones did the force buy in 2023?\nHow many of them were lost?\n"
            "Drones were first bought in 2019 and are flown by trained pilots. Each flight is logged "
            "with its purpose.\n2022 2023\nDrones bought 4 6\nDecision\n"
            "I can confirm that Anyshire Police holds the information.\n")
    assert [t for _, t in _asks(text)] == ["How many drones did the force buy in 2023?", "How many of them were lost?"]


def test_a_cell_holding_two_numbered_asks_gives_both():
    t = _table(["Your request", "Our response"],
               [["1. How many dogs does the force have?2. How many were bought in 2023?", "Four; two."]])
    assert [(q["number"], q["text"]) for q in answer_marks.questions_from_table(t)] == [
        ("1", "How many dogs does the force have?"), ("2", "How many were bought in 2023?")]


def test_a_sign_off_run_on_to_the_name_is_not_part_of_the_ask():
    assert request_bounds.greeting_apart("Dear Sir/Madam, please tell me how many vans you own. Regards, Jo Bloggs") == [
        "Dear Sir/Madam,", "please tell me how many vans you own."]


def test_a_statement_ahead_of_the_asks_in_their_paragraph_is_background():
    assert request_preamble.without_preamble(
        "The stables at Northfield were sold in 2022. How many horses does the force keep now?") == \
        "How many horses does the force keep now?"
    # a noun phrase with a relative clause may be an ask of its own: it stays
    par = "Officers who were dismissed in 2023. Please provide their ranks."
    assert request_preamble.without_preamble(par) == par
