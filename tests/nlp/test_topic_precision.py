"""Precision first: the request's subject files topics; side asks, letterheads and table cells don't."""

import pytest

from nlp import tag_topics
from tests.support.topic_records import asks as _asks
from tests.support.topic_records import topics as _topics


def test_a_letters_subject_line_files_the_request_when_the_title_is_the_letterhead():
    request = ("HAMPTONSHIRE CONSTABULARY\nPolice Headquarters, Mill Lane\nOur Ref: FOI 0412/24\n"
               "Date: 2 May 2024\nComplaints about the handling of noise reports\n"
               "Dear Requester, on 1 April 2024 you asked for the following:\n"
               "1. The training records of the officers who attended my address.\n"
               "2. The dates on which my emails were read.")
    got = _topics(title="Hamptonshire Constabulary", request_text=request,
                  questions=_asks("The training records of the officers who attended my address.",
                                  "The dates on which my emails were read."))
    assert got == ["misconduct-and-discipline"]


def test_a_later_ask_for_a_policy_copy_adds_no_topic():
    asks = _asks("How many people were arrested for breaching a stalking protection order?",
                 "How many of them were serving officers, by rank?",
                 "A copy of the guidance officers follow when an order is breached.")
    got = _topics(title="Stalking protection order breaches", questions=asks,
                  response_text="1. There were 41 arrests.\n\n3. The guidance is attached; it "
                  "sits alongside the force procedure for protective orders.")
    assert got == ["violence-against-women-and-girls"]


def test_later_spending_asks_answered_with_money_figures_are_a_side_topic():
    asks = _asks("How many police motorcycles does the force own?",
                 "How much did the force spend on motorcycle tyres in each year?",
                 "Which supplier holds the tyre contract, and at what unit price?")
    answered = _topics(title="Police motorcycles", questions=asks,
                       response_text="1. The force owns 38 motorcycles.\n\n2. Spend on tyres "
                       "was £12,400 in 2022 and £13,950 in 2023.")
    assert answered == ["vehicles-and-pursuits", "finance-and-procurement"]
    unanswered = _topics(title="Police motorcycles", questions=asks,
                         response_text="1. The force owns 38 motorcycles.\n\n2. This is not "
                         "recorded.")
    assert unanswered == ["vehicles-and-pursuits"]


def test_one_later_spending_ask_is_a_detail_not_a_topic():
    asks = _asks("How many horses does the mounted unit keep?",
                 "How much did the force spend on feed for them last year?")
    got = _topics(title="Mounted unit horses", questions=asks,
                  response_text="1. Eleven horses.\n\n2. Feed cost £21,300.")
    assert got == ["animals-and-wildlife"]


def test_letterhead_words_file_nothing():
    request = ("Westshire Police\nPolice Headquarters, Station Road\nDear Requester,\n"
               "1. How many hare coursing incidents were reported in 2023?")
    got = _topics(request_text=request,
                  questions=_asks("How many hare coursing incidents were reported in 2023?"))
    assert got == ["animals-and-wildlife"]


def test_a_data_only_file_is_filed_by_its_title_row_not_its_category_cells():
    sheet = ("Summary\n| Westshire Police - FOI 0099/24 |  |  |\n|---|---|---|\n"
             "| Shotgun certificate applications refused, by reason |  |  |\n"
             "| Reason | 2022/23 | 2023/24 |\n| Domestic abuse concerns | 4 | 6 |\n"
             "| Mental health grounds | 7 | 5 |\n| Drug misuse | <5 | <5 |\n| Total | 14 | 15 |")
    assert _topics(response_text=sheet) == ["firearms-licensing"]


def test_the_cap_allows_a_third_topic_only_when_the_whole_request_is_about_it():
    asks = _asks("How many officers were under investigation for rape or domestic abuse?",
                 "How many officers were dismissed after a rape or domestic abuse allegation?")
    got = _topics(title="Officers accused of rape or domestic abuse", questions=asks)
    assert set(got) == {"misconduct-and-discipline", "sexual-offences", "domestic-abuse"}
    busy = _topics(title="Taser use on children in custody by dog handlers",
                   questions=_asks("How many times was a Taser fired at a child in a custody "
                                   "suite by a dog handler?"))
    assert len(busy) == 2  # four topics named once each: the two with most evidence


def test_officers_convicted_is_misconduct_not_workforce():
    got = _topics(questions=_asks("How many police officers and members of police staff were "
                                  "convicted of a criminal offence in 2023?",
                                  "How many of them are still employed?"))
    assert got == ["misconduct-and-discipline"]


def test_a_near_cue_does_not_hide_the_phrase_inside_it():
    got = _topics(title="Recorded rape offences and outcomes",
                  questions=_asks("How many rape offences were recorded in 2023?"))
    assert "sexual-offences" in got


def test_sex_offender_requests_are_sexual_offences():
    got = _topics(title="Registered sex offenders by district",
                  questions=_asks("How many registered sex offenders live in each district?"))
    assert got == ["sexual-offences"]


def test_stolen_vehicles_are_not_police_vehicles():
    got = _topics(title="Catalytic converter thefts",
                  questions=_asks("How many thefts of catalytic converters from vehicles were "
                                  "recorded in 2023?"))
    assert "vehicles-and-pursuits" not in got and "crime-statistics" in got


def test_a_line_wrap_inside_a_phrase_does_not_split_it():
    request = ("1. How many times were children aged\n10 to 17 taken home by officers after "
               "curfew?\n2. How many of them were referred to youth services?")
    got = _topics(title="Curfew returns", request_text=request,
                  questions=_asks("How many times were children aged 10 to 17 taken home by "
                                  "officers after curfew?",
                                  "How many of them were referred to youth services?"))
    assert got == ["child-protection"]


def test_mental_health_act_detentions_are_not_custody():
    got = _topics(title="Section 136 detentions by age",
                  questions=_asks("How many people aged over 65 were detained under section 136 "
                                  "in 2023?", "For each detention, the place of safety used."))
    assert got == ["mental-health"]


def test_undercover_officers_at_protests_are_surveillance_as_well():
    got = _topics(title="Undercover officers at animal rights marches",
                  questions=_asks("Were undercover officers sent to animal rights protests in "
                                  "2023?", "If so, on how many days?"))
    assert set(got) == {"public-order-and-protest", "surveillance"}


def test_spend_asked_around_the_forces_name_files_finance():
    got = _topics(title="Sign language interpreters",
                  questions=_asks("How much did Westshire Police spend on sign language "
                                  "interpreters in 2023/24?", "Which suppliers provided them?"))
    assert got == ["finance-and-procurement"]


def test_allegations_against_officers_add_misconduct_beside_the_offence():
    got = _topics(title="Stalking allegations against serving officers",
                  questions=_asks("How many stalking allegations were made against serving "
                                  "officers in 2023?"))
    assert set(got) == {"violence-against-women-and-girls", "misconduct-and-discipline"}


def test_an_foi_act_section_in_a_decision_heading_is_not_public_order():
    got = _topics(title="Decision: refused under section 12",
                  questions=_asks("How many police horses were retired in each of the last "
                                  "five years?"))
    assert got == ["animals-and-wildlife"]


def test_only_the_first_of_several_asks_kept_in_one_paragraph_is_the_main_ask():
    ask = ("How many police horses were retired in 2023? How many horses does the force "
           "employ in its mounted unit? What did their feed cost?")
    got = _topics(title="Retired police horses", questions=_asks(ask))
    assert got == ["animals-and-wildlife"]


def test_a_near_cue_needs_its_words_as_written():
    # "officer hours and arrests" lists two measures; it is not "officers arrested".
    headings = "Marches policed, officer hours and arrests, 2021 to 2023\n| Year | Marches |"
    got = _topics(title="", response_text=headings)
    assert "misconduct-and-discipline" not in got
    assert _topics(title="Officers arrested while off duty") == ["misconduct-and-discipline"]


@pytest.mark.parametrize("title,ask,wrong", [
    ("Noise complaints", "How many calls about loud parties did the force log in 2023?",
     "misconduct-and-discipline"),
    ("Licensed premises reviews", "How many premises licence reviews did the force ask the "
     "council for?", "firearms-licensing"),
])
def test_ordinary_words_of_another_field_do_not_file_a_police_topic(title, ask, wrong):
    assert wrong not in _topics(title=title, questions=_asks(ask))


@pytest.mark.parametrize("title,ask,want", [
    ("Duty adjustments", "How many officers have permanent duty restrictions?", "workforce"),
    ("Phone download kiosks", "How many cyber kiosks does the force run?", "technology-and-data"),
    ("Printing costs", "How much money did Eastshire Police spend on printing in 2023?",
     "finance-and-procurement"),
])
def test_subjects_named_the_way_requesters_name_them(title, ask, want):
    assert want in _topics(title=title, questions=_asks(ask))


# Police FOI vocabulary classes of round 3 (requests written for the tests).

def test_children_present_at_domestic_incidents_are_child_protection():
    got = _topics(title="Children at domestic incidents attended",
                  questions=_asks("How many domestic incidents did officers attend where children were present?",
                                  "How many schools were notified?"))
    assert sorted(got) == ["child-protection", "domestic-abuse"]


def test_officers_on_duty_per_shift_is_a_workforce_request():
    got = _topics(title="Response officers on duty in Anytown",
                  questions=_asks("How many response officers were on duty on each night shift in May?"))
    assert got == ["workforce"]


def test_assaults_on_officers_are_recorded_assaults_too():
    got = _topics(title="Assaults on police officers in 2023",
                  questions=_asks("How many assaults on police officers were recorded in 2023?"))
    assert "crime-statistics" in got and set(got) <= {"crime-statistics", "workforce"}


def test_farm_machinery_thefts_are_rural_crime_and_crime_statistics():
    got = _topics(title="Tractor and quad bike thefts",
                  questions=_asks("How many tractors were stolen from farms in each year since 2021?"))
    assert got == ["animals-and-wildlife", "crime-statistics"]
    # a specific theft phrase does not hide the theft from crime statistics
    assert _topics(title="Livestock theft offences by district", response_text="| District | 2023 |") == \
        ["animals-and-wildlife", "crime-statistics"]


def test_the_forces_social_media_accounts_are_technology_but_a_post_on_social_media_is_not():
    got = _topics(title="Use of the force's social media accounts",
                  questions=_asks("Please send the emails discussing the force's Facebook and Instagram pages."))
    assert got == ["technology-and-data"]
    post = _topics(title="Officers disciplined over social media posts",
                   questions=_asks("How many officers faced a misconduct meeting over posts on social media?"))
    assert post == ["misconduct-and-discipline"]


def test_armed_support_and_protection_are_armed_policing():
    got = _topics(title="Armed support at the port",
                  questions=_asks("How many days of armed protection were provided at the port in 2023?"))
    assert got == ["firearms"]


def test_the_total_cost_of_an_operation_asked_first_is_finance():
    got = _topics(title="Operation Kestrel",
                  questions=_asks("The total cost of Operation Kestrel to date.",
                                  "The number of officers assigned to it."))
    assert got == ["finance-and-procurement"]
    # a later ask for a total cost is a detail of the request
    later = _topics(title="Horse patrols in the park",
                    questions=_asks("How many horse patrols were made in the park in 2023?",
                                    "The total cost of those patrols."))
    assert later == ["animals-and-wildlife"]


def test_a_breakdown_by_borough_files_no_crime_statistics_topic():
    rec = {"title": "Taser trained officers by borough",
           "request_text": "How many officers in each borough are trained to carry Taser?",
           "questions": [{"number": "1", "text": "How many officers in each borough are trained to carry Taser?",
                          "answer": None}],
           "response_text": "The figures by borough are below.", "tables": []}
    assert "crime-statistics" not in {t["topic"] for t in tag_topics(rec)}


def test_searching_the_forces_records_is_no_stop_and_search():
    """Letters open "searches were conducted within X Police to locate the information": records searches."""
    rec = {"title": None,
           "request_text": "How many bicycles does the force own, and what was spent on repairing them in 2021?",
           "questions": [{"number": "1", "text": "How many bicycles does the force own, and what was spent on "
                          "repairing them in 2021?", "answer": None}],
           "response_text": "Following receipt of your request searches were conducted within Nottinghamshire Police "
                            "to locate the information you require. Searches were carried out on the fleet system. "
                            "The force owns 64 bicycles.", "tables": []}
    assert "stop-and-search" not in {t["topic"] for t in tag_topics(rec)}


def test_an_untitled_request_keeps_a_second_broad_subject_strong_in_its_first_ask():
    """No title can name it, so the first ask's strong phrase is enough: payments to covert human
    intelligence sources are surveillance as well as spending."""
    ask = "How much did the force pay to covert human intelligence sources in each of the last three years?"
    rec = {"title": None, "request_text": ask,
           "questions": [{"number": "1", "text": ask, "answer": None}],
           "response_text": "The information is held but is exempt under section 31(1)(a).", "tables": []}
    assert "surveillance" in {t["topic"] for t in tag_topics(rec)}
    titled = dict(rec, title="Informant payments 2022 to 2024")
    assert {t["topic"] for t in tag_topics(titled)} >= {"finance-and-procurement"}


def test_the_verb_prevent_an_acts_name_and_noise_complaints_file_no_side_topics():
    # requests written for this test: 'to prevent' is no Prevent programme, naming the 1994 Act
    # asks about trespass powers (no search), complaints of noise are about neighbours
    assert "terrorism-and-extremism" not in _topics(
        title="Help for bailiffs to prevent a breach of the peace",
        questions=_asks("How many times were officers asked by bailiffs to attend an eviction in 2022?"))
    assert "terrorism-and-extremism" in _topics(
        title="Prevent referrals by schools",
        questions=_asks("How many Prevent referrals were made by schools in 2024?"))
    assert "stop-and-search" not in _topics(
        title="Powers used to move on caravans",
        questions=_asks("Did officers use the Criminal Justice and Public Order Act 1994 to move the caravans?"))
    assert "misconduct-and-discipline" not in _topics(
        title="Barking dogs in my road",
        questions=_asks("Have there been any complaints of noise about barking dogs in my road?"))


def test_a_drone_fleet_is_surveillance():
    assert "surveillance" in _topics(title="Drone fleet and costs",
                                     questions=_asks("How many drones does the force operate?"))
