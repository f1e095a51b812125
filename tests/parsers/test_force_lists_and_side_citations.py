"""Words near the request or the decision that are neither: the force's own numbered list of
searches, its lead-in to the exemptions it relies on, a general sentence naming exemptions as
examples, another Act's sections in a table, a signatory's job title, and a Request | Response
table whose two columns the text runs together (texts written for these tests)."""
from __future__ import annotations

from parsers import parse_document
from parsers.analyse import analyse


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


SEARCHES = """Eastmoor Police
Our Reference: FOI 2026/0412
Date: 02/12/2026

Dear Requester

RE: GUIDANCE ON CAMERA DOORBELLS

Your request for information, received on 4 November 2026, reads:

"Please send me any guidance given to officers on asking residents for doorbell camera footage."

To locate any information within the scope of your request the
following searches were carried out:

1. The force policy library was searched for any guidance on doorbell footage.
2. The Digital Evidence Unit was asked whether it had issued any advice.

None of these searches found any guidance. Eastmoor Police therefore does not hold the
information you requested.

Yours faithfully
"""


def test_the_forces_numbered_searches_are_no_asks():
    rec = _parse(SEARCHES)
    assert [q["text"] for q in rec["questions"]] == [
        "Please send me any guidance given to officers on asking residents for doorbell camera footage."]
    assert rec["outcome"] == "not_held"


EXEMPT_LEAD = """Kilnworth Police
Boat patrols

Request 1
1. How many boats does Kilnworth Police keep for river patrols?
2. Which stations are the boats kept at?

Response 1
The information you have requested is held but is exempt by virtue of the following:
Section 24(1) - National Security
Section 31(1)(a) - Law Enforcement

Overall harm
Naming the stations would show where river cover is thin. The information is withheld in full.
"""


def test_exempt_by_virtue_of_the_following_introduces_no_request():
    rec = _parse(EXEMPT_LEAD)
    assert [q["text"][:30] for q in rec["questions"]] == [
        "How many boats does Kilnworth ", "Which stations are the boats k"]
    assert [e["label"] for e in rec["exemptions"]] == ["s24(1)", "s31(1)(a)"]
    assert rec["outcome"] == "refused"


GENERAL = """Request
How many sheep worrying incidents were reported in 2025?

Response
The Freedom of Information Act 2000 gives a general right of access to recorded information.
Requests to the police commonly touch on exemptions such as section 30 (investigations),
section 31 (law enforcement) and section 40 (personal information); where any of these is
relied on, the response says so.

There were 112 sheep worrying incidents reported in 2025.
"""


def test_exemptions_named_as_examples_are_not_cited():
    rec = _parse(GENERAL)
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


PACE_TABLE = """Dear Requester,
Freedom of Information Request: Extended detention

Detention | 2024/25 | 2025/26
Held over 24 hours after an extension (PACE section 42) | 212 | 236
Held over 36 hours under a warrant (PACE section 43) | 38 | 44

All the information you asked for is provided above.
Yours sincerely,
Freedom of Information Decision Maker
"""


def test_another_acts_sections_by_short_name_are_no_exemptions():
    rec = _parse(PACE_TABLE)
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


def test_a_signatorys_job_title_is_no_title():
    text = "Westmarch Police\nFreedom of Information Decision Maker\nOur ref: FOI 003581/26\n" + PACE_TABLE
    assert _parse(text)["title"] == "Extended detention"


def test_a_request_response_table_wins_over_its_columns_run_together():
    # A PDF's text prints each row's request cell and response cell in turn; its table has them apart.
    text = """Your request and our response are set out in the table below.
Request Response
How many dog thefts were reported in 2025?
Information held. Please see Table A below.
How many dogs were returned to their owners?
Information held. Please see Table A below.
"""
    table = {"header": ["Request", "Response"], "rows": [
        ["How many dog thefts were reported in 2025?", "Information held. Please see Table A below."],
        ["How many dogs were returned to their owners?", "Information held. Please see Table A below."]],
        "caption": None}
    rec = analyse(text, extra_tables=[table], fmt="pdf")
    assert [q["text"] for q in rec["questions"]] == [
        "How many dog thefts were reported in 2025?", "How many dogs were returned to their owners?"]
