"""Topic vocabulary from the session-24 accuracy round (blind sets m1-m4), each example written
here afresh."""

from tests.support.topic_records import asks as _asks
from tests.support.topic_records import topics as _topics


def test_social_media_monitoring_tools_are_surveillance():
    got = _topics(title="Social media monitoring tools",
                  questions=_asks("Which tools does the force use to monitor social media accounts "
                                  "of people attending protests?"))
    assert got[0] == "surveillance"


def test_osint_software_is_surveillance_beside_technology():
    got = _topics(title="Open source intelligence software",
                  questions=_asks("The name of each OSINT software product the force has licensed.",
                                  "The annual licence cost of each product."))
    assert "surveillance" in got


def test_social_media_in_a_recruitment_request_is_no_surveillance():
    got = _topics(title="Recruitment adverts on social media",
                  questions=_asks("How much did the force spend on recruitment adverts on social media in 2024?"))
    assert "surveillance" not in got
