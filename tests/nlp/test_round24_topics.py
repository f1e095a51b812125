"""Topic vocabulary from the session-24 accuracy round (blind sets m1-m4), each example written
here afresh."""

from tests.support.topic_records import asks as _asks
from tests.support.topic_records import topics as _topics


def test_social_media_intelligence_is_surveillance():
    got = _topics(title="Social media intelligence (SOCMINT) capability",
                  questions=_asks("How many officers work in the force's social media intelligence unit?"))
    assert "surveillance" in got


def test_monitoring_the_forces_own_social_media_is_no_surveillance():
    # a press office watching the force's own accounts: "monitoring" alone decides nothing
    got = _topics(title="Social media monitoring software for the press office",
                  questions=_asks("Which social media monitoring software does the corporate "
                                  "communications team use, and what does its licence cost?"))
    assert "surveillance" not in got


def test_osint_software_is_surveillance_beside_technology():
    got = _topics(title="Open source intelligence software",
                  questions=_asks("The name of each OSINT software product the force has licensed.",
                                  "The annual licence cost of each product."))
    assert "surveillance" in got


def test_social_media_in_a_recruitment_request_is_no_surveillance():
    got = _topics(title="Recruitment adverts on social media",
                  questions=_asks("How much did the force spend on recruitment adverts on social media in 2024?"))
    assert "surveillance" not in got
