"""Topic boundaries: drones are not police vehicles, a system's supplier is not spending."""

import pytest

from nlp import load_pipeline, tag_topics
from nlp.taxonomy import TIERS, load_taxonomy


def _topics(title: str, ask: str) -> set[str]:
    rec = {"title": title, "request_text": ask, "response_text": "", "questions": []}
    return {t["topic"] for t in tag_topics(rec)}


@pytest.mark.parametrize("title,ask", [
    ("Unmanned aerial vehicles", "How many unmanned aerial vehicles does the force operate?"),
    ("UAV deployments", "How many times were UAVs flown in 2023, and for what purposes?"),
    ("Remotely piloted aircraft", "How many remotely piloted aircraft systems do you own?"),
])
def test_drones_by_their_long_names_are_surveillance_not_vehicles(title, ask):
    got = _topics(title, ask)
    assert "surveillance" in got
    assert "vehicles-and-pursuits" not in got


@pytest.mark.parametrize("title,ask", [
    ("Police vehicle collisions", "How many collisions involved police vehicles in 2022?"),
    ("Vehicle pursuits", "How many pursuits ended in a crash last year?"),
    ("Drone fleet", "How many drones are in your fleet?"),
])
def test_police_vehicles_and_fleets_are_still_vehicles(title, ask):
    assert "vehicles-and-pursuits" in _topics(title, ask)


@pytest.mark.parametrize("title,ask", [
    ("Crime recording system", "Which software supplier provides your crime recording system?"),
    ("Command and control", "Who is the system supplier of your command and control system "
     "and which version do you run?"),
    ("Case management", "Please name the supplier of the system used for case files."),
])
def test_who_supplies_a_system_is_an_it_question_not_spending(title, ask):
    got = _topics(title, ask)
    assert "technology-and-data" in got
    assert "finance-and-procurement" not in got


@pytest.mark.parametrize("title,ask", [
    ("Contracts register", "Please send your contract register with the supplier name and "
     "annual value of each contract."),
    ("Software spend", "How much did your force spend on software licences from each supplier "
     "in 2023?"),
    ("Policing costs", "What was the cost of policing the city's marathon?"),
])
def test_spending_and_contracts_are_still_finance(title, ask):
    assert "finance-and-procurement" in _topics(title, ask)


def test_spend_asked_in_a_side_question_does_not_file_finance():
    rec = {"title": "Protest arrests", "request_text": "", "response_text": "",
           "questions": [{"text": "How many arrests were made at protests?"},
                         {"text": "How much did the force recover from organisers?"}]}
    rec["request_text"] = "\n".join(q["text"] for q in rec["questions"])
    got = {t["topic"] for t in tag_topics(rec)}
    assert "public-order-and-protest" in got
    assert "finance-and-procurement" not in got


def test_no_phrase_is_hidden_by_another_tier_of_its_own_topic():
    """Phrases are matched on folded forms ("suppliers" -> "supplier"), so a weak phrase whose
    folded form is also strong would silently act as strong."""
    nlp_ = load_pipeline()
    clashes = []
    for slug, entry in load_taxonomy().items():
        tier_of: dict[str, str] = {}
        for tier, _ in TIERS:
            for phrase in entry[tier]:
                key = " ".join(t.norm_ for t in nlp_.make_doc(phrase))
                if tier_of.setdefault(key, tier) != tier:
                    clashes.append((slug, phrase, tier, tier_of[key]))
    assert not clashes


def test_a_letterheads_phone_number_is_no_topic():
    # no request found: the letter is filed by its own words, never by "Telephone: 101" above them
    rec = {"title": "Police Headquarters", "request_text": "", "questions": [],
           "response_text": "Mr A Officer   Telephone: 101   Direct dial: 01000 000000\n\n"
                            "The force owns four unmanned aerial vehicles and flew them 212 times in 2023."}
    got = {t["topic"] for t in tag_topics(rec)}
    assert "calls-and-response-times" not in got
    assert "surveillance" in got
    # the number stays evidence where the request asks about it
    assert "calls-and-response-times" in _topics("101 calls", "How many 101 calls were abandoned in 2023?")
