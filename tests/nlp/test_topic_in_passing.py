"""Words met in passing name no subject (an example, a unit's name), and subjects worded another
way still find their topic: pain compliance is force, road casualties are road safety, phone
calls and web chats are calls, FOI request counts are the force's information handling."""

import pytest

from nlp import tag_topics


def _topics(title: str | None, *asks: str, response: str = "") -> list[str]:
    qs = [{"number": str(i + 1), "text": a} for i, a in enumerate(asks)]
    rec = {"title": title, "request_text": "\n".join(f"{i + 1}. {a}" for i, a in enumerate(asks)),
           "response_text": response, "questions": qs}
    return [t["topic"] for t in tag_topics(rec)]


@pytest.mark.parametrize("ask,stray", [
    ("How often do officers call out locksmiths after a forced entry (for example when executing "
     "a warrant, immigration visits, etc)?", "immigration"),
    ("How often do officers call out locksmiths after a forced entry (i.e. executing a search "
     "warrant, immigration, etc)?", "immigration"),
    ("Please list each incident reported on 1 January with its time and nature. For example: "
     "'A male says his partner threatened him with a knife.'", "weapons-and-knife-crime"),
    ("Please list each incident reported on 1 January with its outcome (NFA, charged, drug "
     "warning etc).", "drugs"),
])
def test_a_topic_named_only_in_an_example_is_not_filed(ask, stray):
    assert stray not in _topics(None, ask)


def test_the_same_word_outside_an_example_still_files_the_topic():
    assert _topics(None, "How many people were referred to immigration enforcement in 2023?") == ["immigration"]


def test_a_units_name_says_whose_vehicles_not_what_the_request_is_about():
    got = _topics("Rural Crime Team vehicles",
                  "How many vehicles does the Rural Crime Team currently use, by type of vehicle?",
                  "The registration numbers of any unmarked vehicles used by the team.")
    assert "animals-and-wildlife" not in got
    assert "crime-statistics" not in got


def test_rural_crime_as_the_subject_is_still_filed():
    assert "animals-and-wildlife" in _topics("Rural crime", "How many rural crimes were recorded in 2023?")


@pytest.mark.parametrize("title,ask,topic", [
    (None, "Copies of training notes on the use of pressure points and pain compliance holds by officers.",
     "use-of-force"),
    ("Pressure point interference", "How many times did officers use pressure point interference in 2023?",
     "use-of-force"),
    (None, "The Safer Roads Partnership says collisions injuring pedestrians fell by a third. Please "
     "provide the casualty data behind that figure.", "road-policing"),
    (None, "How many road casualties were recorded on the A30 in 2023?", "road-policing"),
    (None, "How many phone calls and web chats did the force receive about noisy neighbours in 2023?",
     "calls-and-response-times"),
    (None, "For each of the last 12 months, the number of FOI requests received and the number "
     "answered within 20 working days.", "technology-and-data"),
    ("FOI and SAR statistics", "How many subject access requests did the force receive in 2023?",
     "technology-and-data"),
    (None, "Does the force use AI tools to prepare intelligence reports?", "technology-and-data"),
])
def test_subjects_worded_another_way_find_their_topic(title, ask, topic):
    assert topic in _topics(title, ask)


def test_a_foi_request_lead_in_is_not_a_request_about_foi():
    got = _topics("Taser use", "Under the Freedom of Information Act I request the number of times a "
                  "Taser was drawn in 2023.")
    assert got == ["use-of-force"]


@pytest.mark.parametrize("title,ask,topic", [
    ("Vetting refusals for new recruits", "How many applicants failed vetting in 2023?", "vetting"),
    ("Spit guards issued to PCSOs", "How many spit guards were issued to PCSOs in 2023?", "use-of-force"),
    ("Complaint about a named PCSO", "Has a complaint been made about PCSO Smith?", "misconduct-and-discipline"),
    ("Misconduct outcomes for officers", "How many officers were given a final written warning after a "
     "misconduct hearing, by rank?", "misconduct-and-discipline"),
])
def test_who_a_request_is_about_adds_no_workforce_topic(title, ask, topic):
    assert _topics(title, ask) == [topic]


@pytest.mark.parametrize("title,ask", [
    ("PCSO numbers", "How many PCSOs did the force employ on 1 April 2024?"),
    ("BME officers by rank", "How many Black and minority ethnic officers did the force employ at each rank?"),
    ("Police officer recruitment", "How many applicants applied to become police officers in 2023?"),
])
def test_people_words_still_file_a_workforce_request(title, ask):
    assert _topics(title, ask) == ["workforce"]
