"""Topic words from the blind sets of session 38, each example written here afresh."""

from tests.support.topic_records import asks as _asks
from tests.support.topic_records import topics as _topics


def test_parking_penalties_are_road_policing():
    got = _topics(title="Pavement parking fines in Aberdeen",
                  questions=_asks("How many penalty charge notices for pavement parking did officers issue in 2025?"))
    assert got == ["road-policing"]


def test_a_forces_electric_motorcycles_are_its_fleet():
    got = _topics(title="Electric motorcycles",
                  questions=_asks("Has the force bought or leased any electric motorcycles since 2022?"))
    assert "vehicles-and-pursuits" in got


def test_a_death_in_a_police_pursuit_is_a_death_after_police_contact():
    got = _topics(title="Fatal collision after a police pursuit in Crawley",
                  questions=_asks("A copy of the review of the fatal collision after the pursuit on 3 May 2025."))
    assert got[0] == "deaths-and-serious-injuries"


def test_the_policing_of_a_fireworks_night_is_public_order():
    got = _topics(title="New Year policing in Cardiff",
                  questions=_asks("The number of officers on duty for the policing of the New Year fireworks in "
                                  "Cardiff city centre."))
    assert "public-order-and-protest" in got
