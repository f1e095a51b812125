"""Topic rules from the blind sets of session 16, each example written here afresh."""

from nlp.topic_evidence import Evidence
from tests.support.topic_records import asks as _asks
from tests.support.topic_records import topics as _topics


def test_a_phrase_inside_a_longer_phrase_of_the_topic_is_one_mention():
    ev = Evidence()
    ev.add("football match", "strong", "title", {"field": "title", "start": 0, "end": 14})
    ev.add("football", "strong", "subject", {"field": "request_text", "start": 40, "end": 48})
    one = Evidence()
    one.add("football match", "strong", "title", {"field": "title", "start": 0, "end": 14})
    assert ev.subject == one.subject


def test_a_public_order_act_inside_another_act_s_name_is_no_protest_topic():
    got = _topics(title="Section 60 Criminal Justice and Public Order Act 1994 searches",
                  questions=_asks("How many section 60 authorisations were made in 2024?",
                                  "How many people were searched under them?"))
    assert got == ["stop-and-search"]


def test_a_dog_biting_officers_is_not_force_used_by_the_police():
    got = _topics(title="Dog bites to officers",
                  questions=_asks("How many officers were injured by a dog bite while on duty in 2024?"))
    assert "use-of-force" not in got
    assert "use-of-force" in _topics(title="Police dog bites",
                                     questions=_asks("How many people were bitten by a police dog in 2024?"))


def test_a_side_topic_stands_on_two_later_asks_not_one():
    response = "1. 41 officers.\n2. The policing cost £12,400.\n3. The operator paid £3,000."
    one = _topics(title="Policing of the harbour festival",
                  questions=_asks("How many officers were deployed to the festival?",
                                  "How much did the policing of the festival cost?",
                                  "How many arrests were made at the festival?"),
                  response_text=response)
    assert "finance-and-procurement" not in one
    two = _topics(title="Policing of the harbour festival",
                  questions=_asks("How many officers were deployed to the festival?",
                                  "How much did the policing of the festival cost?",
                                  "How much did the organiser pay towards that cost?"),
                  response_text=response)
    assert "finance-and-procurement" in two


def test_a_pdf_s_wrapped_lines_make_one_passage():
    from nlp.passages import passage_texts, passages
    text = ("Police Scotland can neither confirm nor deny that it holds the information you have requested, in\n"
            "terms of Section 18(1) – Neither confirm nor deny and Section 38(1)(b) – Personal information of\n"
            "the Act.\n"
            "Harm\n"
            "To confirm or deny whether information is held would itself reveal whether a named person\n"
            "has been the subject of police attention.")
    got = [p["text"] for p in passages(text)]
    assert got[0].startswith("Police Scotland can neither confirm") and got[0].endswith("of the Act.")
    assert got[-1].startswith("To confirm or deny") and got[-1].endswith("police attention.")
    assert passage_texts(text) == got
