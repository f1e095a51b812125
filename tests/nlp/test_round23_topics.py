"""Topic vocabulary from the session-23 accuracy round (blind sets l1-l4), each example written
here afresh."""

from tests.support.topic_records import asks as _asks
from tests.support.topic_records import topics as _topics


def test_old_firm_fixtures_are_football_policing():
    got = _topics(title="Policing of Old Firm fixtures",
                  questions=_asks("How many officers were deployed to each Old Firm match in 2023/24?",
                                  "How many arrests were made at each ground?"))
    assert got[0] == "public-order-and-protest"


def test_match_day_policing_costs_are_public_order():
    got = _topics(title="Match day policing",
                  questions=_asks("How many officers worked on match days at the stadium in 2024?"))
    assert "public-order-and-protest" in got
