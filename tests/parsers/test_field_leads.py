"""Field labels whose next word looks like data: "FOI date 18/02/2025", "February 2025 FOI 1234/25 …"."""
from __future__ import annotations

from parsers import parse_document
from parsers.fields import reference
from parsers.fields.title_checks import clean

# A West Yorkshire style page: the heading leads with the log's month, the fields say "FOI date"
# and "FOI reference".
PAGE = b"""<html><body><main><h1>March 2025 FOI 1902233/25 Dog thefts in Leeds</h1>
<div><span>FOI date</span> <span>11/03/2025</span></div>
<div><span>FOI reference</span> <span>FOI 1902233/25</span></div>
<p>We received a request under the Freedom of Information Act 2000 (FOIA):</p>
<ul><li>The number of dog thefts recorded in Leeds in 2024.</li></ul>
<p>Our Response:</p><p>There were 41 dog thefts recorded in Leeds in 2024.</p></main></body></html>"""


def test_a_date_field_after_foi_is_the_date_not_the_reference():
    rec = parse_document(PAGE, "text/html")
    assert (rec["reference"], rec["published"]) == ("FOI 1902233/25", "2025-03-11")


def test_the_logs_month_before_foi_is_not_part_of_the_title():
    assert parse_document(PAGE, "text/html")["title"] == "Dog thefts in Leeds"
    assert clean("May 2024 Drones bought")[0] == "May 2024 Drones bought"  # no FOI after it: a title


def test_foi_no_before_the_number_is_not_part_of_the_reference():
    assert reference.from_text("FOI No 1234/24\n") == "1234/24"
    assert reference.from_text("FOI date 18/02/2025\n") is None


def test_a_letter_whose_first_lines_hold_one_comma_each_is_text_not_csv():
    from parsers.sniff import sniff
    letter = (b"Dear Requester,\n\nThank you for your request received on 2 May 2024, which was as follows:-\n\n"
              b"Please provide the number of kennels inspected in 2023.\n")
    assert sniff(letter, "text/plain", None) == "text"
    assert sniff(b"Year,Kennels\n2022,12\n2023,14\n", "text/plain", None) == "csv"


def test_a_threads_acknowledgement_date_is_not_the_responses():
    from parsers.fields.dates import from_text
    thread = ("Kennel costs\n\nA Requester made this Freedom of Information request to Westshire Police\n\n"
              "From: A Requester\n4 November 2024\n\nDear Westshire Police,\n\nHow much do kennels cost?\n\n"
              "From: Westshire Police\n5 November 2024\n\nWe acknowledge receipt of your email. Your request has "
              "been logged and you will receive a response within 20 working days.\n\n"
              "From: Westshire Police\n26 November 2024\n\nDear Requester,\n\nThe kennels cost £4,000 a year.\n")
    assert from_text(thread) == "2024-11-26"


def test_an_internal_review_heading_of_form_words_only_is_no_title():
    from parsers.fields.title_checks import accept
    assert accept("Internal review - Freedom of Information request")[0] is None
    assert accept("Internal review: unmarked police cars")[0] == "Internal review: unmarked police cars"


def test_an_empty_your_reference_label_over_the_date_line_names_no_reference():
    from parsers.fields import reference

    text = ("Mr A Requester\n[[FOI #9223 email]] Our Reference 09/168\nYour reference\n"
            "Date 14 April 2009\n\nDear Mr Requester\n")
    assert reference.from_text(text) != "Date 14"
    assert reference.decide(text) == "09/168"
