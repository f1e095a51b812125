"""A Request | Response letter copied as text one line from each column in turn (a WhatDoTheyKnow
copy of a two-column PDF): the ask and the decision are read back whole (texts written for
these tests)."""
from __future__ import annotations

from parsers import parse_document
from parsers.text_columns import untangle

HEAD = """Lakeshire Constabulary
Headquarters
Mill Road
Telephone: 101
Our ref: LK/FOI/004512/24
14 March 2024
Dear Mr Hollis,
I write in response to the above-referenced Freedom of Information Act request
submitted on 15 February 2024. Lakeshire Constabulary has now considered this
request, which for clarity, has been repeated below:
"""

# left column: the request; right column: the refusal. Lines alternate as a text copy prints them.
INTERLEAVED = HEAD + """Request
Response
Could you please tell me the number of
This request is being refused under
boat thefts reported on the canals in
Section 12(1) of the Act.
each year from 1st
January 2019 to 31st December 2023.
Section 12 allows a public authority to
refuse a request where the cost of
complying would exceed the appropriate
limit. Boat thefts are not recorded under
a separate crime code, so every theft
record would have to be read by hand,
which would exceed 18 hours.
Yours sincerely
"""

NO_HEADS = HEAD + """Could you please tell me the number of
This request is being refused under
boat thefts reported on the canals
Section 12(1) of the Act.
in 2023, by month of the year.
Section 12 allows a public authority to
refuse a request where the cost of
complying would exceed the appropriate
limit, as every record would have to be
read by hand.
Yours sincerely
"""

# One column of narrow lines with names at line starts: read as written.
NARROW_ONE_COLUMN = HEAD + """Could you please tell me how many
Lakeshire officers attended the
March 2023 floods in Westford and
Eastbrook? Please give the number
who were on overtime.
Yours sincerely
"""


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def test_interleaved_columns_under_headings_give_the_ask_and_the_refusal():
    rec = _parse(INTERLEAVED)
    assert [q["text"][:60] for q in rec["questions"]] == [
        "Could you please tell me the number of boat thefts reported "]
    assert "January 2019" in rec["questions"][0]["text"]
    assert rec["questions"][0]["answer"].startswith("This request is being refused under Section 12(1)")
    assert rec["outcome"] == "cost_limit"
    assert [e["label"] for e in rec["exemptions"]] == ["s12(1)"]
    assert rec["reference"] == "LK/FOI/004512/24"


def test_interleaved_columns_after_a_lead_in_line():
    rec = _parse(NO_HEADS)
    assert [q["text"] for q in rec["questions"]] == [
        "Could you please tell me the number of boat thefts reported on the canals in "
        "2023, by month of the year."]
    assert rec["outcome"] == "cost_limit"


def test_one_narrow_column_is_left_as_written():
    lines = NARROW_ONE_COLUMN.splitlines()
    assert untangle(lines) == lines
    rec = _parse(NARROW_ONE_COLUMN)
    assert rec["questions"][0]["text"].startswith("Could you please tell me how many Lakeshire officers")
