"""Topic rules from the blind sets of session 17, each example written here afresh."""

from tests.support.topic_records import asks as _asks
from tests.support.topic_records import topics as _topics


def test_drug_in_a_road_policing_phrase_is_no_drugs_request():
    got = _topics(title="Roadside drug wipe tests in 2024",
                  questions=_asks("How many roadside drug wipe tests did officers carry out in 2024?",
                                  "How many drivers were charged with driving with a specified controlled drug above the limit?"))
    assert got == ["road-policing"]


def test_a_drugs_request_keeps_its_topic():
    got = _topics(title="Cannabis farms found in 2024",
                  questions=_asks("How many cannabis farms did the force find in 2024?"))
    assert "drugs" in got


def test_classed_as_is_not_the_drugs_phrase_class_a():
    from nlp.normalise import fold_norm
    assert fold_norm("as") == "as"
    got = _topics(title="Vans in the fleet",
                  questions=_asks("How many vehicles in the fleet are classed as a van?"))
    assert "drugs" not in got
