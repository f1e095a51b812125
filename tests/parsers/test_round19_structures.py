"""Structures from the session-19 blind sets (f1-f4) and real-page reviews 9-11, each written here afresh."""
from __future__ import annotations

from parsers import parse_document


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def _asks(rec: dict) -> list[str]:
    return [q["text"] for q in rec["questions"]]


def test_not_held_in_a_readily_retrievable_format_leads_a_cost_refusal_not_a_not_held_answer():
    rec = _parse("""Anyshire Constabulary
Freedom of Information Request Reference No: 0412-2025

I write in connection with your request for information received on 2 March 2025 as follows:

Q1. How many e-scooters were seized in 2024 because the rider had no insurance?
Q2. How many of those e-scooters were later crushed?

Response:
The requested information is not held centrally nor in a readily retrievable format. Seizures are
logged on the property system under 'vehicle', with no field for the kind of vehicle, so to
answer both questions each of the 1,900 vehicle records for 2024 would have to be opened and read.
""")
    assert rec["outcome"] == "cost_limit"


def test_not_held_in_a_retrievable_format_for_one_ask_beside_an_answer_is_partial():
    rec = _parse("""Anyshire Police
Our ref: FOI/2025/118

You asked:
1. How many dogs were seized under the Dangerous Dogs Act in 2024?
2. What breed was each dog?

1. 46 dogs were seized in 2024.
2. The breed is not recorded in an easily retrievable format. Counting them would require a manual
search of each of the 46 kennel files.
""")
    assert rec["outcome"] == "partial"


def test_a_manual_search_carried_out_is_no_cost_refusal():
    rec = _parse("""Anyshire Police
Our ref: FOI/2025/221

You asked: How many complaints about noise from the firing range did you receive in 2024?

A manual search of the range log was carried out and found 3 complaints in 2024.
""")
    assert rec["outcome"] == "full"
