"""Precision first: the request's subject files topics; side asks, letterheads and table cells don't."""

from nlp import tag_topics


def _topics(**rec) -> list[str]:
    base = {"title": "", "request_text": "", "response_text": "", "questions": []}
    base.update(rec)
    if base["questions"] and not base["request_text"]:
        base["request_text"] = "\n".join(q["text"] for q in base["questions"])
    return [t["topic"] for t in tag_topics(base)]


def _asks(*texts: str) -> list[dict]:
    return [{"number": str(i + 1), "text": t} for i, t in enumerate(texts)]


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


def test_a_later_spending_ask_answered_with_money_figures_is_a_side_topic():
    asks = _asks("How many police motorcycles does the force own?",
                 "How much did the force spend on motorcycle tyres in each year?")
    answered = _topics(title="Police motorcycles", questions=asks,
                       response_text="1. The force owns 38 motorcycles.\n\n2. Spend on tyres "
                       "was £12,400 in 2022 and £13,950 in 2023.")
    assert answered == ["vehicles-and-pursuits", "finance-and-procurement"]
    unanswered = _topics(title="Police motorcycles", questions=asks,
                         response_text="1. The force owns 38 motorcycles.\n\n2. This is not "
                         "recorded.")
    assert unanswered == ["vehicles-and-pursuits"]


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
