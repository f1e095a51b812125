"""Question layouts seen on real logs beyond the fixtures: roman numerals, field blocks."""
from __future__ import annotations

from parsers import parse_document

ROMAN = b"""Reference: 412/25

You asked:

Please can you tell me
(i) how many times a baton was drawn at railway stations in 2023 and 2024
(ii) how many of those occasions it was used
(iii) the number of complaints that followed

In Response:

(i) and (ii) are in the table below. No complaints were recorded for (iii).
"""

FIELD_BLOCK = b"""<html><body><main><h1>Dog bites on officers</h1>
<dl><dt>Request number</dt><dd>FOI 11223</dd><dt>Date</dt><dd>02 June 2024</dd></dl>
<h2>Request</h2><p>1. How many officers were bitten by dogs in 2023?</p>
<p>2. How many of those dogs were seized?</p>
<h2>Response</h2><p>Eleven officers were bitten and four dogs were seized.</p></main></body></html>"""


def test_roman_numeral_questions_are_each_a_question():
    rec = parse_document(ROMAN, "text/plain")
    assert [q["number"] for q in rec["questions"]] == ["i", "ii", "iii"]
    assert rec["questions"][2]["text"].startswith("the number of complaints")


def test_a_request_number_field_is_not_the_request_heading():
    rec = parse_document(FIELD_BLOCK, "text/html")
    assert rec["reference"] == "FOI 11223"
    assert [q["text"][:28] for q in rec["questions"]] == [
        "How many officers were bitte", "How many of those dogs were "]
    assert rec["published"] == "2024-06-02"


# ---- the list grammar: one small request per style (parsers/fields/list_grammar.py) ------------

import pytest  # noqa: E402

from parsers.fields import list_grammar  # noqa: E402


def _asks(request_lines: str, response: str = "Kent Police holds the information. The figures follow.") -> list[tuple]:
    text = f"Reference: 77/24\n\nRequest\n\n{request_lines}\n\nResponse\n\n{response}\n"
    rec = parse_document(text.encode(), "text/plain")
    return [(q["number"], q["text"]) for q in rec["questions"]]


STYLE_CASES = {
    "dash_number": ("1 - The number of horses kept.\n\n2 - How many of those horses were retired?",
                    [("1", "The number of horses kept."), ("2", "How many of those horses were retired?")]),
    "slash_number": ("1/ How many kennels are there?\n\n2/ The cost of each kennel.",
                     [("1", "How many kennels are there?"), ("2", "The cost of each kennel.")]),
    "paren_number": ("(1) How many vans were bought?\n(2) The supplier of the vans.",
                     [("1", "How many vans were bought?"), ("2", "The supplier of the vans.")]),
    "colon_number": ("1: Does the force record dog bites on officers?\n2: If yes, how many in 2024?",
                     [("1", "Does the force record dog bites on officers?"), ("2", "If yes, how many in 2024?")]),
    "dot_number": ("1. How many drones were bought?\n2) The cost of the drones.",
                   [("1", "How many drones were bought?"), ("2", "The cost of the drones.")]),
    "q_number": ("Q1a. How many arrests in May?\nQ1b. How many in June?\nQ2. The cost of overtime.",
                 [("Q1a", "How many arrests in May?"), ("Q1b", "How many in June?"), ("Q2", "The cost of overtime.")]),
    "word_number": ("Part 1 – the number of radios bought\nPart 2 – the cost of the radios",
                    [("1", "the number of radios bought"), ("2", "the cost of the radios")]),
    "ordinal_part": ("“First part: How many horses are stabled?\nSecond part: The cost of their feed.”",
                     [("1", "How many horses are stabled?"), ("2", "The cost of their feed.")]),
    "word_part": ("Part one: How many horses are stabled?\nPart two: The cost of their feed.",
                  [("1", "How many horses are stabled?"), ("2", "The cost of their feed.")]),
    "word_letter": ("Part A: How many horses are stabled?\nPart B: The cost of their feed.",
                    [("A", "How many horses are stabled?"), ("B", "The cost of their feed.")]),
    "letter_upper": ("A. The number of kennels.\nB. The number of dogs.",
                     [("A", "The number of kennels."), ("B", "The number of dogs.")]),
    "roman": ("(i) how many boats were bought\n(ii) how many were sold",
              [("i", "how many boats were bought"), ("ii", "how many were sold")]),
    "bullet": ("Please tell me:\n\n• the number of bikes stolen\n• the number recovered",
               [("1", "the number of bikes stolen"), ("2", "the number recovered")]),
}


@pytest.mark.parametrize("style", sorted(STYLE_CASES))
def test_each_list_style_gives_asks_without_their_markers(style):
    request, want = STYLE_CASES[style]
    assert _asks(request) == want


def test_every_style_in_the_table_matches_its_own_example():
    for name, _family, _pattern, example in list_grammar.STYLES:
        first = example.split("  /  ")[0]
        got = list_grammar.item(first)
        assert got is not None and got[0] == name, (name, first, got)


def test_numbered_asks_then_a_lead_in_then_bullets_make_one_list():
    request = ("1. How many horses were bought?\n2. How many were sold?\n\n"
               "For each year please also tell me:\n\n• the price paid\n• the buyer's county")
    assert _asks(request) == [("1", "How many horses were bought?"), ("2", "How many were sold?"),
                              ("3", "the price paid"), ("4", "the buyer's county")]


def test_letters_under_a_lead_in_number_are_its_sub_asks():
    request = "1. For each station please give:\na) the number of cells\nb) the number of cells closed in 2023\n2. Who inspects the cells?"
    assert _asks(request) == [("1a", "the number of cells"), ("1b", "the number of cells closed in 2023"),
                              ("2", "Who inspects the cells?")]


def test_short_values_under_an_ask_stay_in_its_text():
    request = "1. Which of these vans are insured?\na) AB12 CDE\nb) FG34 HIJ\n2. Who insures them?"
    asks = _asks(request)
    assert [n for n, _ in asks] == ["1", "2"]
    assert "AB12 CDE" in asks[0][1]


def test_inline_letters_in_one_paragraph_are_separate_asks():
    request = ("For 2022 and 2023 please tell me a) how many bikes were stolen in the city, "
               "b) how many were recovered and c) how many thieves were charged.")
    assert _asks(request) == [("a", "how many bikes were stolen in the city"), ("b", "how many were recovered"),
                              ("c", "how many thieves were charged")]


def test_a_note_after_the_asks_is_not_an_ask_nor_part_of_one():
    request = "1. How many cadets joined?\n\n2. How many left?\n\n*Note - cadets are volunteers, so count them apart."
    assert _asks(request) == [("1", "How many cadets joined?"), ("2", "How many left?")]


def test_an_ask_that_opens_with_the_outcome_is_not_the_response_heading():
    request = "• whether a camera recorded the stop;\n• the outcome of the stop, for example a fine."
    assert [n for n, _ in _asks(request)] == ["1", "2"]


def test_one_paragraph_of_questions_is_one_ask_each_but_a_bullet_stays_one():
    """A paragraph of questions one after another asks each (dev README: "each separate ask"); a
    bullet holding two question marks is one item of the requester's own list and stays one ask."""
    request = "How many bikes were stolen? How many were found? How many were returned to owners?"
    assert [t for _, t in _asks(request)] == ["How many bikes were stolen?", "How many were found?",
                                              "How many were returned to owners?"]
    bullets = "• How many bikes were stolen? What did bike marking cost?\n• How many thieves were charged?"
    assert [t for _, t in _asks(bullets)] == ["How many bikes were stolen? What did bike marking cost?",
                                              "How many thieves were charged?"]


def test_request_n_answer_n_pairs_after_a_date_and_categories_line():
    text = ("12 May 2024 | Roads , Finance\n\nRequest Number: F-2024-00991\n\nRequest 1\n"
            "The number of speed cameras in each district.\n\nAnswer 1\n\nThere are 41 cameras.\n\n"
            "Request 2\nThe income from camera fines in 2023.\n\nAnswer 2\n\nThis is not held.\n")
    rec = parse_document(text.encode(), "text/plain")
    assert [q["text"] for q in rec["questions"]] == [
        "The number of speed cameras in each district.", "The income from camera fines in 2023."]


REFUSAL_LETTER = b"""Westshire Police
Information Access Team
Our ref: FOI/24/0101
Date: 2 May 2024
Dear Requester,
Thank you for your email of 1 April 2024, in which you asked:
Is the sergeant I have named under investigation?
Has the sergeant been moved to other duties?
Decision
Westshire Police neither confirms nor denies that it holds the information you have requested.
Section 40(5B)
Your questions concern one person, and to confirm or deny would disclose personal data.
Factors favouring confirmation or denial: the public expects complaints to be investigated.
Balance: the public interest favours neither confirming nor denying.
If you are dissatisfied you may ask for an internal review within 40 working days.
Yours sincerely,
Information Access Team
"""


def test_a_refusal_letters_asks_are_the_paragraphs_after_you_asked_and_never_its_reasoning():
    rec = parse_document(REFUSAL_LETTER, "text/plain")
    assert [q["text"] for q in rec["questions"]] == [
        "Is the sergeant I have named under investigation?", "Has the sergeant been moved to other duties?"]


EMAIL = b"""Dog bites on postal workers

Eastshire Constabulary

4 June 2024

Dear Mr Lowe,

Freedom of Information Request Reference No: FOI 001122/24

I write in connection with your request for information received on the
2nd May 2024 in which you sought access to the following information:

1. How many dog attacks on postal workers were reported in
   2023?

2. How many dog owners were charged?

Response to your Request

Eastshire Constabulary holds the information you asked for. 37 attacks were reported and
9 owners were charged.

Yours sincerely,

Freedom of Information Decision Maker
"""


def test_an_email_reply_gives_the_numbered_asks_not_its_header_lines():
    rec = parse_document(EMAIL, "text/plain")
    assert [(q["number"], q["text"]) for q in rec["questions"]] == [
        ("1", "How many dog attacks on postal workers were reported in 2023?"),
        ("2", "How many dog owners were charged?")]


def test_a_response_date_field_does_not_end_the_request_early():
    text = ("Request:\n\n1. How many patrol cars are there?\n\n2. How many are electric?\n\n"
            "Response Date: 01/02/2024\n\nResponse:\n\nThere are 80 cars, 12 of them electric.\n")
    rec = parse_document(text.encode(), "text/plain")
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]
    assert "80 cars" in rec["response_text"]


# ---- classes of misses fixed in round 2 (one small document each, written for these tests) ------

WDTK_FOOTER = """
-------------------------------------------------------------------
Please use this email address for all replies to this request:
request-5550123-ab12cd34@whatdotheyknow.com

Disclaimer: This message and any reply that you make will be published on
the internet. Our privacy and copyright policies:
https://www.whatdotheyknow.com/help/officers

If you find this service useful as an FOI officer, please ask your web
manager to link to us from your organisation's FOI page.
-------------------------------------------------------------------
"""


def _questions(text: str) -> list[tuple[str, str]]:
    rec = parse_document(text.encode(), "text/plain")
    return [(q["number"], q["text"]) for q in rec["questions"]]


def test_the_whatdotheyknow_footer_is_never_an_ask_nor_the_request_heading():
    text = ("Horse patrols\n\nFrom: Information Rights, Westshire Police\nSubject: FOI 0101/25 Response\n\n"
            "Dear A Rider\n\nThank you for your request, received on 2 May 2025, for the following\ninformation:\n\n"
            "a) How many horses did the mounted section keep in 2024?\n\n"
            "b) How many of them were retired during the year?\n\n"
            "Westshire Police holds this information. There were 14 horses and 3 were retired.\n\n"
            "Yours sincerely\n\nInformation Rights\n" + WDTK_FOOTER)
    assert _questions(text) == [("a", "How many horses did the mounted section keep in 2024?"),
                                ("b", "How many of them were retired during the year?")]
    rec = parse_document(text.encode(), "text/plain")
    assert "14 horses" in rec["response_text"]
    assert "FOI officer" not in rec["response_text"] and "Disclaimer" not in rec["response_text"]


def test_every_footer_paragraph_pattern_matches_its_example():
    import re

    from parsers.furniture import FOOTER_PARAGRAPHS
    for pattern, example in FOOTER_PARAGRAPHS:
        assert re.match(pattern, example, re.I), (pattern, example)


QUOTED_BELOW = """Bicycle marking events

From: Information Rights, Westshire Police
Subject: RE: Freedom of Information request - Bicycle marking events

Dear Ms Spokes,

Freedom of Information Request Reference No: FOI 000345/25

I write in connection with your request for information received on 3 March 2025.
Your request is repeated below.

Response to your Request

Westshire Police held 22 bicycle marking events in 2024 and marked 1,310 bicycles.

Yours sincerely,

Information Rights

-----Original Message-----
From: A Spokes <request-5550124-cd34ef56@whatdotheyknow.com>
Sent: 03 March 2025 09:12
Subject: Freedom of Information request - Bicycle marking events

> Dear Westshire Police,
>
> Please could you tell me:
>
> 1. How many bicycle marking events did the force hold in
> 2024?
>
> 2. How many bicycles were marked at them?
>
> Yours faithfully,
>
> A Spokes
"""


def test_a_reply_that_quotes_the_request_below_takes_its_asks_from_the_quoted_copy():
    assert _questions(QUOTED_BELOW) == [("1", "How many bicycle marking events did the force hold in 2024?"),
                                        ("2", "How many bicycles were marked at them?")]
    rec = parse_document(QUOTED_BELOW.encode(), "text/plain")
    assert "22 bicycle marking events" in rec["response_text"]


def test_quote_marks_on_a_wrapped_ask_are_not_part_of_its_text():
    text = ("Dear A Writer,\n\nPlease find our answers under each of your questions.\n\n"
            "> Q1) How many cycle thefts were reported to the force in\n> 2024?\n\n"
            "We can advise that 2,114 were reported.\n\n"
            "> Q2) How many of the cycles were returned to their owners?\n\n"
            "We can advise that 301 were returned.\n\nKind regards,\n\nInformation Rights\n")
    assert _questions(text) == [("Q1", "How many cycle thefts were reported to the force in 2024?"),
                                ("Q2", "How many of the cycles were returned to their owners?")]


def test_a_label_printed_again_over_an_answer_ends_the_asks():
    # "1. <caption>" and "Question 2" head the force's answers: no new asks, nothing added to the last.
    text = ("Westshire Police\nDate: 4 June 2024\n\nDear Requester,\n\nOn 2 May 2024 you asked:\n\n"
            "1. How many officers joined the force in each year from 2021 to\n   2023?\n"
            "2. How many of them left within two years?\n\n"
            "Westshire Police has considered your request and the\nresponse is below.\n\n"
            "1. Officers joining, by year\n\n   Year    Joiners\n   2021        240\n   2022        265\n\n"
            "Question 2\n\nFewer than ten officers left within two years in each year.\n\n"
            "Yours sincerely,\n\nInformation Rights\n")
    assert _questions(text) == [("1", "How many officers joined the force in each year from 2021 to 2023?"),
                                ("2", "How many of them left within two years?")]


def test_a_list_flattened_to_one_repeated_label_still_gives_every_ask():
    assert [t for _, t in _asks("1. How many kennels are there?\n1. How many dogs are kept?\n1. Who feeds them?")] == [
        "How many kennels are there?", "How many dogs are kept?", "Who feeds them?"]


def test_numbered_asks_run_together_in_a_wrapped_paragraph_are_split():
    request = ("1. The number of dog bites on officers in each year from 2021 to\n"
               "2023. 2. The breed of each dog involved. 3. The number of those dogs\nthat were seized.")
    assert _asks(request) == [("1", "The number of dog bites on officers in each year from 2021 to 2023."),
                              ("2", "The breed of each dog involved."),
                              ("3", "The number of those dogs that were seized.")]


def test_lettered_asks_inside_a_quoted_wrapped_sentence_are_split():
    text = ("Eastshire Police\nDate: 3 June 2024\nDear Requester\n"
            "Your request has now been considered. You asked: \u201cPlease tell me (a) how many quad bikes were\n"
            "stolen in the county in 2023, broken down by make, and (b) how many of them\n"
            "were later recovered.\u201d\nResponse\nEastshire Police does not hold this information.\n")
    assert _questions(text) == [("a", "how many quad bikes were stolen in the county in 2023, broken down by make"),
                                ("b", "how many of them were later recovered")]


def test_a_wrapped_list_whose_lines_open_each_ask_is_read_line_by_line():
    request = "a) How many vans were bought\n   in 2023?\nb) How many were sold?"
    assert _asks(request) == [("a", "How many vans were bought in 2023?"), ("b", "How many were sold?")]


def test_one_paragraph_of_asks_joined_by_commas_is_split_into_its_asks():
    request = ("Please tell me how many bikes were stolen from the station in 2023, how many of them were "
               "recovered, and how much the force spent on bike marking.")
    assert _asks(request) == [("1", "Please tell me how many bikes were stolen from the station in 2023"),
                              ("2", "how many of them were recovered"),
                              ("3", "how much the force spent on bike marking.")]


def test_a_quoted_request_with_a_second_please_also_sentence_is_two_asks():
    text = ("Dear A Writer,\n\nThank you for your email requesting the following information:\n\n"
            "\"Please tell me the number of police horses kept at the city stables. Please also\n"
            "tell me how many of them were retired in 2024.\"\n\n"
            "I am treating your correspondence as a request for information under the Act.\n\n"
            "Westshire Police holds the information: there are 12 horses and two were retired.\n")
    assert _questions(text) == [("1", "Please tell me the number of police horses kept at the city stables."),
                                ("2", "Please also tell me how many of them were retired in 2024.")]


def test_the_same_figures_for_another_area_is_a_second_ask():
    request = "Please supply the number of cars stolen in each district in 2023, and the same figures for each ward."
    assert [t for _, t in _asks(request)] == [
        "Please supply the number of cars stolen in each district in 2023", "the same figures for each ward."]


def test_a_second_request_verb_after_a_comma_is_a_second_ask():
    request = ("Please could you send me your policy on kennel inspections, and tell me whether any kennel "
               "failed an inspection in 2023.")
    assert [t for _, t in _asks(request)] == [
        "Please could you send me your policy on kennel inspections",
        "tell me whether any kennel failed an inspection in 2023."]
    # one thing asked for with two nouns stays one ask
    assert len(_asks("Please send me the kennel policy and the inspection form for 2023.")) == 1


def test_a_reply_quoting_each_ask_on_one_line_between_answers_keeps_every_ask():
    text = ("Dear Requester\n\nThank you for your request, repeated below with our answers.\n\n"
            "> 1) How many kennels does the dog unit run in\n> the city centre?\n\nThe unit runs 6 kennels.\n\n"
            "> 2) How many dogs were retired in 2023?\n\nNine dogs were retired.\n\n"
            "> 3) For each kennel, its yearly running cost.\n\n"
            "We do not hold running costs for each kennel.\n\nYours sincerely\n\nDog Unit\n")
    rec = parse_document(text.encode(), "text/plain")
    assert [q["number"] for q in rec["questions"]] == ["1", "2", "3"]
    assert rec["questions"][2]["text"] == "For each kennel, its yearly running cost."


def test_a_lead_phrase_before_a_comma_does_not_split_an_ask():
    request = "In the financial years 2021/22 and 2022/23, how many officers were injured on duty?"
    assert len(_asks(request)) == 1


def test_every_ask_join_splits_its_own_example():
    for _pattern, example in list_grammar.ASK_JOINS:
        assert len(list_grammar.split_asks(example)) >= 2, example


def test_an_opening_ask_whose_first_line_wraps_is_not_taken_as_a_subject_line():
    text = ("WESTSHIRE POLICE\n\nReference No:  001234/25\nDate:          2 May 2025\n\nRequest\n\n"
            "Has the inspector I named been suspended or\nmoved to other duties since the inquiry began?\n\n"
            "If so, when was the decision taken?\n\nResponse\n\n"
            "Westshire Police neither confirms nor denies that it holds this information.\n")
    rec = parse_document(text.encode(), "text/plain")
    assert [q["text"] for q in rec["questions"]] == [
        "Has the inspector I named been suspended or moved to other duties since the inquiry began?",
        "If so, when was the decision taken?"]
    assert rec["title"] != "Has the inspector I named been suspended or"


def test_a_footnote_key_under_a_table_is_not_a_bulleted_ask():
    text = ("Westshire Police\n\nAppendix A                        Ref: FOI 2025/0101\n\n"
            "Dog seizures by district, 2023 to 2024\n\n"
            "District          2023      2024\nNorth               41        38\nSouth                *         7\n"
            "Total               44        45\n\n* Fewer than five.\n")
    assert _questions(text) == []


def test_indented_star_bullets_are_still_asks():
    assert [t for _, t in _asks("Please tell me:\n\n  * the number of dogs seized\n  * the number returned")] == [
        "the number of dogs seized", "the number returned"]


def test_docx_list_number_asks_then_a_lead_in_then_list_bullets_make_one_list():
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Dear Requester")
    d.add_paragraph("Thank you for your request of 2 May 2024, in which you asked:")
    d.add_paragraph("How many horses did the force keep in 2023?", style="List Number")
    d.add_paragraph("How many of them were retired?", style="List Number")
    d.add_paragraph("For the horses retired, please also tell me:")
    d.add_paragraph("how many went to a sanctuary;", style="List Bullet")
    d.add_paragraph("how many were sold.", style="List Bullet")
    d.add_heading("Response", level=2)
    d.add_paragraph("Westshire Police kept 14 horses and retired three, all to a sanctuary.")
    out = io.BytesIO()
    d.save(out)
    rec = parse_document(out.getvalue())
    assert [(q["number"], q["text"]) for q in rec["questions"]] == [
        ("1", "How many horses did the force keep in 2023?"), ("2", "How many of them were retired?"),
        ("3", "how many went to a sanctuary;"), ("4", "how many were sold.")]


def test_a_table_and_its_caption_after_unnumbered_asks_are_the_answer_not_asks():
    text = ("Westshire Police\nDate: 3 May 2024\n\nDear Requester,\n\nYou asked:\n\n"
            "How many dog handlers did the force employ in each year from 2022 to 2024?\n\n"
            "How many of them were sergeants?\n\nDog handlers by rank at 31 March\n\n"
            "Rank          2022    2023    2024\nConstable       21      23      22\nSergeant         3       3       4\n\n"
            "Figures are headcount.\n")
    assert [t for _, t in _questions(text)] == [
        "How many dog handlers did the force employ in each year from 2022 to 2024?",
        "How many of them were sergeants?"]


def test_a_short_heading_between_asks_does_not_end_the_request():
    text = ("Request\n\nPlease tell me the number of stolen bikes recovered in 2023.\n\nElectric bikes\n\n"
            "Please tell me how many of the recovered bikes were electric.\n")
    assert [t for _, t in _questions(text)][-1] == "Please tell me how many of the recovered bikes were electric."


def test_the_last_bullet_of_a_pdf_list_stops_where_the_force_speaks():
    text = ("Westshire Police\nDear Requester\nYou asked:\n1. How many horses were bought in 2023?\n"
            "2. How many were sold?\nFor each horse sold please tell me:\n- the price paid\n- the buyer's county\n"
            "Westshire Police holds this information.\nTwelve horses were bought and four were sold.\n")
    assert _questions(text) == [("1", "How many horses were bought in 2023?"), ("2", "How many were sold?"),
                                ("3", "the price paid"), ("4", "the buyer's county")]


def test_and_also_joins_two_asks_in_one_sentence():
    request = "Could you tell me how many tasers were fired in 2023 and also how many officers carry one?"
    assert [t for _, t in _asks(request)] == ["Could you tell me how many tasers were fired in 2023",
                                             "how many officers carry one?"]


# ---- round 3: real page shapes (documents written for these tests) -------------------------------

WDTK_THREAD = """Speed camera vans

A Driver made this Freedom of Information request to Westshire Police

The request was successful.

Dear Westshire Police,

Please could you tell me the following:

How many speed camera vans the force ran in 2023.
How many penalty notices those vans produced in 2023.

And does the force publish the sites the vans visit

Yours faithfully,

A Driver

Westshire Police

Dear Mr Driver

Freedom of Information Request Reference No: 2024050000123

I write in connection with your request for information which was received
by Westshire Police on 02/05/2024. I note you seek access to the following
information:

* Please could you tell me the following: How many speed camera vans the
force ran in 2023. How many penalty notices those vans produced in 2023.
And does the force publish the sites the vans visit

Your request will now be considered in accordance with the Freedom of
Information Act 2000 (the Act). You will receive a response within the
statutory timescale of 20 working days.

Yours sincerely

Information Rights Unit
"""


def test_a_thread_takes_the_requesters_own_asks_once_not_the_acknowledgements_copy():
    assert [t for _, t in _questions(WDTK_THREAD)] == [
        "How many speed camera vans the force ran in 2023.",
        "How many penalty notices those vans produced in 2023.",
        "And does the force publish the sites the vans visit"]
    rec = parse_document(WDTK_THREAD.encode(), "text/plain")
    assert "will now be considered" in rec["response_text"]


def test_every_addressee_and_sign_off_cue_matches_its_example():
    import re

    from parsers.fields.request_bounds import ADDRESSEE_CUES, SIGN_OFF_CUES
    for pattern, example in ADDRESSEE_CUES:
        assert re.match(r"dear\s+(?:" + pattern + r")\s*,?$", example, re.I), example
    for pattern, example in SIGN_OFF_CUES:
        assert re.match(pattern, example, re.I), example


CLARIFICATION = """Ferry crossings

From: Westshire Police Information Rights
Subject: Clarification needed - Ferry crossings

Dear Mr Boatman,

Thank you for your request, copied below. Before we can search we need you
to clarify one point:

- Do you mean foot passengers only, or vehicles as well?

Yours sincerely,

Information Rights

> Dear Westshire Police,
>
> Under the Freedom of Information Act I would like:
>
> * the number of stops made at the ferry port in 2024;
> * the number of those stops that led to an arrest.
>
> Yours faithfully,
> B Boatman
"""


def test_a_clarification_above_the_quoted_request_is_the_response_not_its_asks():
    assert [t for _, t in _questions(CLARIFICATION)] == [
        "the number of stops made at the ferry port in 2024;",
        "the number of those stops that led to an arrest."]
    rec = parse_document(CLARIFICATION.encode(), "text/plain")
    assert "foot passengers" in rec["response_text"]


def test_one_ask_a_line_without_full_stops_gives_each_ask():
    text = ("Lost property\nDear Westshire Police,\nPlease can you provide the following:\n"
            "Number of items handed in at police stations in 2023.\nHow many of those items were returned\n"
            "How many were sold or destroyed.\nYours faithfully,\nC Finder\n"
            "Westshire Police acknowledges receipt of your email.\n")
    assert [t for _, t in _questions(text)] == [
        "Number of items handed in at police stations in 2023.",
        "How many of those items were returned", "How many were sold or destroyed."]


def test_background_and_a_list_of_events_above_the_lead_in_are_not_asks():
    request = ("An earlier request showed that footage from the marches listed below was kept.\n\n"
               "4th May 2023 Cycle rally\n1st June 2023 Harbour march\n\n"
               "Please could you provide the following information:\n\n"
               "How many hours of footage, and how many images were kept from each march;\n\n"
               "Whether any of the footage has since been deleted.")
    assert [t for _, t in _asks(request)] == [
        "How many hours of footage, and how many images were kept from each march;",
        "Whether any of the footage has since been deleted."]


def test_a_received_request_intro_and_a_reference_field_above_it_are_not_asks():
    text = ("FOI date\nFOI reference\nFOI 2233445/24\n\n"
            "We received a request under the Freedom of Information Act 2000 (FOIA):\n\n"
            "How many noise complaints did the force receive in 2023?\n\nOur Response:\n\n"
            "Westshire Police received 312 noise complaints.\n")
    assert [t for _, t in _questions(text)] == ["How many noise complaints did the force receive in 2023?"]


def test_the_last_request_n_heading_takes_the_paragraph_below_it():
    text = ("Request Number: F-2024-01234\n\nRequest 1\n\nThe number of bicycles stolen in each district.\n\n"
            "Request 2\n\nThe number of those bicycles recovered.\n\nAnswer\n\nThe figures are published online.\n")
    assert [t for _, t in _questions(text)] == [
        "The number of bicycles stolen in each district.", "The number of those bicycles recovered."]


def test_a_you_asked_intro_wrapped_over_two_lines_still_brings_in_the_ask():
    text = ("Dog thefts\n\nDear Ms Walker,\n\nThank you for your request, received on 4 March 2024, in which you\n"
            "asked:\n\nPlease provide the number of dogs reported stolen in each year from 2021 to\n"
            "2023, broken down by breed.\n\nWestshire Police holds this information and it is shown below.\n\n"
            "Yours sincerely,\n")
    assert [t for _, t in _questions(text)] == [
        "Please provide the number of dogs reported stolen in each year from 2021 to 2023, broken down by breed."]


def test_a_quoted_ask_in_a_letter_without_blank_lines_ends_at_its_closing_quote():
    text = ("Westshire Port Police\nReference: FOI 2024/0099\nDate: 2 May 2024\nDear Requester,\n"
            "Thank you for your email requesting the following information:\n"
            "\"How many WPP officers guarded the harbour in 2023,\nand on which days?\"\n"
            "WPP can neither confirm nor deny whether it holds information within the scope of your\n"
            "request. Section 24(2) applies.\nYours sincerely,\n")
    assert [t for _, t in _questions(text)] == [
        "How many WPP officers guarded the harbour in 2023, and on which days?"]


def test_asks_above_the_forces_first_words_on_a_page_without_headings():
    text = ("Skip to content\n\nDrone pilots (2211A/23)\n\n\nPlease could you provide me with the following information.\n\n"
            "How many drone pilots does the force employ?\n\nWhich drone models do they fly?\n\n\n"
            "Please find attached our response.\n\nSection 31(1) applies to part of it.\n")
    assert [t for _, t in _questions(text)] == [
        "How many drone pilots does the force employ?", "Which drone models do they fly?"]


def test_bulleted_areas_under_one_ask_are_its_values_not_asks():
    text = ("Cycle thefts\n\nDear Westshire Police,\n\n"
            "For each year from 2021 to 2023, would you be able to provide the number of bicycles reported stolen.\n\n"
            "Would you be able to provide the figures above for the following policing areas:\n\n"
            "• Northtown\n• Southtown\n• Castle Vale\n• Eastmoor\n\nYours faithfully,\n\nD Pedal\n")
    asks = [t for _, t in _questions(text)]
    assert len(asks) == 2
    assert asks[1].startswith("Would you be able to provide the figures above")
    assert asks[1].endswith("Northtown, Southtown, Castle Vale, Eastmoor.")


def test_a_response_paragraph_and_an_apology_are_never_asks_and_a_trailing_lead_in_is_not_one():
    text = ("FREEDOM OF INFORMATION REQUEST REFERENCE NO: 101-2024\n"
            "I write in connection with your request for information which was received on 1st May 2024.\n"
            "I am researching road safety in the county. We are requesting the following data for the year 2023:\n"
            "Please accept my sincere apologies for the delay in providing the response to your request.\n"
            "Response: Please be advised that the information requested at Q2 is not held.\n")
    assert _questions(text) == []


def test_lettered_statute_paragraphs_after_the_forces_words_are_not_asks():
    text = ("Enquiry Reference: 123-25\n"
            "I am requesting the following information for 2024:\n"
            "Having made enquiries within the Force we would rely on the following:\n"
            "Section 1 of the Act places two duties on public authorities: the first duty at Section 1(1) (a) is to "
            "confirm or deny, and the second at Section 1(1) (b) is to disclose.\n"
            "Section 17 requires a notice which (a) states that fact, (b) specifies the exemption and (c) states why "
            "the exemption applies.\n")
    assert _questions(text) == []


def test_several_question_marks_in_one_paragraph_or_item_stay_one_ask():
    # The labelled sets keep an item or paragraph that asks twice ("How many …? What did … cost?")
    # as one question; only ASK_JOINS ("Please also …", ", how many …") separate asks in a paragraph.
    assert len(_asks("• How many boats does the force own? What did they cost?")) == 1


# --- a page that only lists its attached letter asks nothing ----------------------------------

def test_attachment_name_cues_match_their_examples():
    from parsers.fields.request_bounds import ATTACHMENT_NAME, ATTACHMENT_NAME_CUES

    for _pattern, example in ATTACHMENT_NAME_CUES:
        assert ATTACHMENT_NAME.match(example), example
    assert not ATTACHMENT_NAME.match("How many PDF reports (PDF forms) were filed?")


def test_links_to_the_letter_are_not_questions():
    page = (b"<html><body><main><h1>Speed cameras</h1><p>Reference: IM-FOI-2024-0101</p>"
            b"<p>Our response to this request is in the letter below.</p><ul>"
            b"<li><a href='/media/speed-cameras-response.pdf'>speed cameras response (PDF)</a></li>"
            b"<li><a href='/media/speed-cameras-data.xlsx'>speed cameras data (XLSX, 12 KB)</a></li>"
            b"</ul></main></body></html>")
    rec = parse_document(page, "text/html", "https://www.scotland.police.uk/foi/24-0101-speed-cameras/")
    assert rec["questions"] == []
    assert len(rec["attachments"]) == 2   # still listed, as attachments


def test_q_dot_numbers_comma_numbers_inline_numbers_and_a_listed_breakdown():
    # requests written for this test
    from parsers import parse_document

    def asks(text: str) -> list[str]:
        return [q["text"][:40] for q in parse_document(text.encode(), "text/plain")["questions"]]

    assert asks("I note you seek access to the following information:\n\n"
                "Q.1 How many boats does the force own?\n\nQ.2 How many were bought in 2024?\n\n"
                "DECISION\n\nThe force owns 4 boats.\n") == [
        "How many boats does the force own?", "How many were bought in 2024?"]
    assert asks("Request\n\n1, How many horses does the force keep, broken down by (i) stable and (ii) age?\n\n"
                "2, How many horses were retired in 2025?\n\nResponse\n\nThe force keeps 12 horses.\n") == [
        "How many horses does the force keep, bro", "How many horses were retired in 2025?"]
    assert asks("You asked:\n\nI am researching lost items. 1. How many items were handed in during 2025? "
                "2. How many of those were phones? 3. How many were returned to their owners? Thank you.\n\n"
                "In Response:\n\nNo information is held.\n") == [
        "How many items were handed in during 202", "How many of those were phones?",
        "How many were returned to their owners?"]


def test_a_date_typed_with_stops_opens_no_item():
    """"26.10.20" under a request is a date (Essex field blocks), not item 26 reading "10.20"."""
    assert list_grammar.item("26.10.20") is None
    assert list_grammar.item("4.1) the supplier") is not None
    assert list_grammar.item("10:30 am") is None
