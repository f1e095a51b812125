"""Topic rules from the session-21 real-page review, each example written here afresh."""

from tests.support.topic_records import asks as _asks
from tests.support.topic_records import topics as _topics


def test_the_forces_own_injury_awards_are_workforce_not_deaths_and_injuries():
    got = _topics(title="Injury awards paid to former officers",
                  questions=_asks("How many former officers receive an injury award from the force?",
                                  "How many injury awards were reviewed under the Police (Injury Benefit) Regulations in 2024?"))
    assert got[0] == "workforce" and "deaths-and-serious-injuries" not in got


def test_officers_injured_on_duty_are_workforce():
    got = _topics(title="Officers injured on duty",
                  questions=_asks("How many police officers were injured while on duty in each of the last three years?"))
    assert "workforce" in got and "deaths-and-serious-injuries" not in got


def test_a_domestic_burglary_is_no_domestic_abuse():
    got = _topics(title="Domestic burglaries in the town centre",
                  questions=_asks("How many domestic burglaries were recorded in the town centre ward in 2024?"))
    assert "domestic-abuse" not in got and "crime-statistics" in got


def test_vetting_procedures_are_vetting_not_a_policy_request():
    got = _topics(title="Recruits who failed vetting procedures",
                  questions=_asks("How many applicants failed the vetting process in 2024?"))
    assert got == ["vetting"]


def test_dispersal_powers_are_public_order():
    got = _topics(title="Use of dispersal powers in the city centre",
                  questions=_asks("How many dispersal authorisations did the force make in 2024?"))
    assert "public-order-and-protest" in got


def test_compensation_claims_made_by_employees_are_workforce():
    got = _topics(title="Force staff compensation",
                  questions=_asks("The total number of compensation claims made by employees against the force in each year from 2020 to 2024."))
    assert "workforce" in got


def test_crime_at_music_festivals_is_not_public_order_and_a_vetting_policy_is_a_policy():
    got = _topics(title="Drug offences at music festivals",
                  questions=_asks("How many drug offences were recorded at music festivals in the county in 2024?"))
    assert "public-order-and-protest" not in got
    got = _topics(title="Vetting policy", questions=_asks("Please provide a copy of the force's vetting policy."))
    assert "policies-and-procedures" in got


def test_more_words_of_the_taxonomys_topics():
    assert "workforce" in _topics(title="Why officers leave the force",
                                  questions=_asks("Do you record the reasons why police officers leave the force?"))
    assert _topics(title="Ill-health retirements of officers",
                   questions=_asks("How many officers were granted an ill-health retirement in 2024?"))[0] == "workforce"
    assert "drugs" in _topics(title="Cuckooing closure orders",
                              questions=_asks("How many closure orders were obtained where cuckooing was recorded?"))
    assert "fraud-and-cybercrime" in _topics(title="Doorstep crime by district",
                                             questions=_asks("How many doorstep crime reports involving rogue traders were made in 2024?"))
