"""Topic vocabulary from the session-22 accuracy round (blind sets k1-k4), each example written
here afresh."""

from tests.support.topic_records import asks as _asks
from tests.support.topic_records import topics as _topics


def test_security_alerts_and_viable_devices_are_terrorism():
    got = _topics(title="Security alerts in 2024",
                  questions=_asks("How many security alerts did officers attend in 2024?",
                                  "In how many of those alerts was a viable device found?"))
    assert got[0] == "terrorism-and-extremism"


def test_public_order_protective_equipment_is_public_order_beside_procurement():
    got = _topics(title="Public order protective equipment supplier",
                  questions=_asks("Which company supplies the force's public order protective equipment?",
                                  "What is the value of the current contract?"))
    assert "public-order-and-protest" in got


def test_public_order_trained_officers_are_public_order():
    got = _topics(title="Officers trained in public order",
                  questions=_asks("How many officers are public order trained to level 2?"))
    assert "public-order-and-protest" in got
