"""A further topic stands on its own words; offence and drug-harm vocabulary of real requests."""

from nlp import tag_topics


def _topics(title: str, *asks: str, response: str = "") -> list[str]:
    questions = [{"number": str(i + 1), "text": t} for i, t in enumerate(asks)]
    rec = {"title": title, "request_text": "\n".join(asks), "response_text": response,
           "questions": questions}
    return [t["topic"] for t in tag_topics(rec)]


def test_a_phrase_that_rereads_the_first_topics_words_adds_no_second_topic():
    # "person searches" shares "person" with "missing person": how those people were looked for.
    got = _topics("Missing person searches in the national park",
                  "How many missing person reports led to a search of open moorland in 2023?")
    assert got == ["missing-persons"]


def test_a_data_title_counting_a_topics_offences_is_that_topic_alone():
    rec = {"title": "Sexual offences recorded on the tram network, by district",
           "response_text": "| District | 2023 |\n|---|---|\n| North | 14 |\n| Charged | 3 |",
           "request_text": "", "questions": []}
    assert [t["topic"] for t in tag_topics(rec)] == ["sexual-offences"]


def test_a_second_topic_with_words_of_its_own_is_kept():
    got = _topics("Football policing costs",
                  "How much did the force spend on policing football matches in 2023/24?")
    assert set(got) == {"public-order-and-protest", "finance-and-procurement"}


def test_hate_next_to_an_offence_word_files_hate_crime():
    assert _topics("Hate-related incidents on buses",
                   "How many hate related incidents were reported on buses in 2024?") == ["hate-crime"]
    assert "hate-crime" not in _topics("Noise complaints",
                                       "I hate to ask, but how many noise complaints were made?")


def test_an_overdose_antidote_is_a_drugs_request_not_a_deaths_one():
    got = _topics("Naloxone kits carried by officers",
                  "How many officers carry naloxone kits?",
                  "How many people given naloxone by officers later died?")
    assert got[0] == "drugs"


def test_a_title_naming_material_that_a_later_ask_asks_for_adds_the_policy_topic():
    got = _topics("Baton training course",
                  "How many hours of baton training does a new officer receive?",
                  "A copy of the lesson plans and presentation slides used on the course.")
    assert got == ["use-of-force", "policies-and-procedures"]
    # No material named in the title: a later ask for a guidance copy stays a detail.
    assert _topics("Baton strikes", "How many baton strikes were recorded in 2024?",
                   "A copy of the guidance on baton use.") == ["use-of-force"]


def test_a_data_title_naming_one_topic_by_a_weak_cue_is_still_filed():
    rec = {"title": "Officers and staff able to use sign language, at 31 March",
           "response_text": "| Level | 2024 |\n|---|---|\n| Fluent | 12 |", "request_text": "",
           "questions": []}
    assert [t["topic"] for t in tag_topics(rec)] == ["workforce"]
