"""Question layouts seen on real logs beyond the fixtures: roman numerals, field blocks."""
from __future__ import annotations

from parsers import parse_document

ROMAN = b"""Reference: 412/25

You asked:

Please can you tell me
(i) how many times a baton was drawn at railway stations in 2023 and 2024
(ii) how many of those occasions it was used
(iii) the number of complaints that followed

In Response:

(i) and (ii) are in the table below. No complaints were recorded for (iii).
"""

FIELD_BLOCK = b"""<html><body><main><h1>Dog bites on officers</h1>
<dl><dt>Request number</dt><dd>FOI 11223</dd><dt>Date</dt><dd>02 June 2024</dd></dl>
<h2>Request</h2><p>1. How many officers were bitten by dogs in 2023?</p>
<p>2. How many of those dogs were seized?</p>
<h2>Response</h2><p>Eleven officers were bitten and four dogs were seized.</p></main></body></html>"""


def test_roman_numeral_questions_are_each_a_question():
    rec = parse_document(ROMAN, "text/plain")
    assert [q["number"] for q in rec["questions"]] == ["i", "ii", "iii"]
    assert rec["questions"][2]["text"].startswith("the number of complaints")


def test_a_request_number_field_is_not_the_request_heading():
    rec = parse_document(FIELD_BLOCK, "text/html")
    assert rec["reference"] == "FOI 11223"
    assert [q["text"][:28] for q in rec["questions"]] == [
        "How many officers were bitte", "How many of those dogs were "]
    assert rec["published"] == "2024-06-02"
