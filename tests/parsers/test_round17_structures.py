"""Structures from blind sets b1/b2 and the session-17 sets, each written here afresh."""
from __future__ import annotations

from parsers import parse_document
from tests.support.parse_docs import asks as _asks


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def test_letters_inside_a_numbered_ask_name_its_parts_not_asks_of_their_own():
    rec = _parse("""Freedom of Information Request 2025/4471

Request

1/ The number of a) thefts of quad bikes and b) arrests for those thefts for i) 2023 and ii) 2024.

2/ The number of rural beat officers at 1 April 2025.

Response

1/ The figures are in the table below.

2/ There were 14 rural beat officers.
""")
    assert _asks(rec) == [
        "The number of a) thefts of quad bikes and b) arrests for those thefts for i) 2023 and ii) 2024.",
        "The number of rural beat officers at 1 April 2025."]


def test_letters_after_an_unnumbered_lead_are_still_asks():
    rec = _parse("""Freedom of Information Request 2025/4472

Request

Please tell me a) how many quad bikes were stolen in 2024, b) how many were recovered and
c) how many arrests followed.

Response

The figures are below.
""")
    assert len(_asks(rec)) == 3


def test_the_requester_s_offer_to_be_contacted_is_no_ask():
    rec = _parse("""Dear Anyshire Constabulary,

How many horses did the mounted section keep in 2024?

What did their feed cost in 2024?

If you need any clarification about this request please contact me through this website.

Yours faithfully,

A Writer
""")
    assert _asks(rec) == ["How many horses did the mounted section keep in 2024?",
                          "What did their feed cost in 2024?"]


def test_the_requester_s_reason_and_published_elsewhere_fallback_are_no_asks():
    rec = _parse("""Request

Please tell me how many speed cameras the force ran in 2024.

I have applied for this information because I could not find it on your website. If this is not
the case please tell me where the figures are published and how I can find them.

Response

The force ran 31 speed cameras in 2024.
""")
    assert _asks(rec) == ["Please tell me how many speed cameras the force ran in 2024."]


def test_a_version_date_field_dates_the_log_entry():
    rec = parse_document(b"<h1>Stolen quad bikes</h1><p>FOI request ref: 2025/118</p>"
                         b"<p>Version Date: 04/06/2025</p><p>1, How many quad bikes were stolen in "
                         b"2024?</p><p>There were 31.</p>", "text/html")
    assert rec["published"] == "2025-06-04"


def test_a_date_under_a_request_date_label_is_not_the_response_date():
    rec = _parse("""Date of request:
3 February 2025
Reference:
118-25

Request

How many quad bikes were stolen in 2024?

Response

There were 31.
""")
    assert rec["published"] is None


ANSWER_LABEL_LETTER = """FREEDOM OF INFORMATION REQUEST REFERENCE NO: 771-2025

I write in connection with your request for information which was received on 2nd May 2025 as follows:

I would like to know:

The number of e-scooters seized by the force in 2024.

I would like to define an e-scooter as: 'any electric scooter, rented or privately owned.'

I would like to know how many of the seized e-scooters were later destroyed.

Please find the Anyshire Police response set out below.

Q1 response: 2024 - 212.

Q2 response: 2024 - 167.

Anyshire Police has provided all the information it holds in relation to your request.
"""


def test_the_force_s_q_response_labels_answer_and_do_not_ask():
    from parsers.fields import list_grammar as lg
    assert lg.item("Q1 response: 2024 - 212.") is None
    assert lg.item("Q1.2 response: see the link") is None
    assert lg.item("Q1 & Q1.1 response: both are published") is None
    assert lg.item("Q1 and Q2 - Yes, both are held.") is None
    assert lg.item("Q1.2 How many were destroyed?") == ("q_number", "Q1.2", "How many were destroyed?")
    rec = _parse(ANSWER_LABEL_LETTER)
    assert _asks(rec) == ["The number of e-scooters seized by the force in 2024.",
                          "I would like to know how many of the seized e-scooters were later destroyed."]
    assert rec["outcome"] == "full"


def test_bullets_under_a_lead_that_reports_a_source_are_background_not_asks():
    rec = _parse("""Dear Requester,
I write in connection with your request for information received on 3 March 2025. You asked:
In its latest report the inspectorate said that Anyshire Police:
• answered 79% of 999 calls within 10 seconds;
• left 101 callers waiting five minutes on average.
1) Please provide the number of 999 calls received in 2024.
2) For each of the following, please provide the figures for 2024:
i) the number of 101 calls received;
ii) the number of 101 calls abandoned.
Response
Anyshire Police holds the information you have requested, which is provided below.
""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2i", "2ii"]
    assert "999 calls within 10 seconds" not in " ".join(_asks(rec))


def test_a_numbered_ask_over_lettered_parts_is_no_reported_lead():
    rec = _parse("""Request
1. How many reports of hare coursing did the force record in 2024?
2. Of those reports:
a. How many led to a charge?
b. How many led to a dog being seized?
Response
The figures are below.
""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2a", "2b"]


THREAD_FIRST_REPLY = """Dear Anyshire Police,

Please could you provide the number of thefts of horse boxes recorded in each year from 2022 to 2024.

Yours faithfully,
A Writer

Dear A Writer,
FREEDOM OF INFORMATION REQUEST REFERENCE: 0441/25
Anyshire Police holds information relevant to your request. However, locating each record would
exceed the appropriate limit of 18 hours. We are therefore refusing your request under Section
12(1) of the Act.
Yours sincerely,
Information Access Team

Dear Anyshire Police,
I am writing to request an internal review of your handling of my request.
Yours faithfully,
A Writer

Dear A Writer,
INTERNAL REVIEW - FREEDOM OF INFORMATION REQUEST REFERENCE: 0441/25
I have now completed the internal review of the response to your request.
"""


def test_a_review_that_withdraws_the_first_reply_s_exemption_has_the_last_word():
    rec = _parse(THREAD_FIRST_REPLY + """The thefts can be counted from one report, so I do not uphold the original
decision, and the reliance on section 12(1) is withdrawn. The information you asked for is
provided below.
2022: 14
2023: 11
2024: 17
Yours sincerely,
Information Access Team
""")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


def test_a_review_that_partly_upholds_the_complaint_gives_part():
    rec = _parse(THREAD_FIRST_REPLY + """I have decided to partially uphold your complaint. There were 42 thefts of
horse boxes over the three years. The yearly figures remain exempt under Section 31(1)(a) for the
reasons given in our original response.
Yours sincerely,
Information Access Team
""")
    assert rec["outcome"] == "partial"


def test_a_lettered_list_that_starts_again_under_its_own_asking_lead_goes_on():
    rec = _parse("""Request:

For each year from 2022 to 2024, please provide:

a) The number of dogs seized

b) The number of dogs returned to their owners

For the three dogs kept longest in 2024, please provide:

a) The number of days each was kennelled

b) The cost of kennelling each dog

Response:

The figures are below.
""")
    assert len(_asks(rec)) == 4
    assert _asks(rec)[2] == "The number of days each was kennelled"


def test_the_force_s_labels_over_its_answers_still_end_the_asks():
    rec = _parse("""I note you seek access to the following information:
1) The number of complaints recorded in 2024.
2) The number of officers named in three or more complaints.
Your request for information has now been considered and the information asked for is as follows:
1) Complaints recorded
There were 412.
2) Officers named in three or more complaints
There were 9.
""")
    assert len(_asks(rec)) == 2


def test_a_letter_s_capitals_subject_wrapped_over_two_lines_is_one_title():
    rec = _parse("""MDP Secretariat
Our Ref: eCase FOI2025/20417 RFI: 311/25
Date: 2 October 2025

Dear Requester,

FREEDOM OF INFORMATION ACT 2000: MINISTRY OF DEFENCE POLICE: DOGS RETIRED
FROM SERVICE

I refer to your email of 1 September 2025. In your email you requested the following information:
"How many police dogs were retired in 2024?"
""")
    assert rec["title"].lower() == "dogs retired from service"
    assert rec["reference"] == "FOI2025/20417"


def test_a_docx_letterhead_laid_out_in_a_small_table_gives_its_reference_and_date():
    import io

    from tests.support.docwriters import docx_new, docx_table

    d = docx_new()
    docx_table(d, [], [["Information Management, Anyshire Police", "Our Ref: FOI 2291/25"],
                       ["Ms A Writer, by email", "Date: 3 September 2025"]])
    d.add_paragraph("Dear Ms Writer,")
    d.add_paragraph("I note you seek access to the following information:")
    d.add_paragraph("1) The number of police horses kept in 2024.")
    d.add_paragraph("Your request has now been considered. The force kept 12 horses in 2024.")
    buf = io.BytesIO()
    d.save(buf)
    rec = parse_document(buf.getvalue(),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert rec["reference"] == "FOI 2291/25"
    assert rec["published"] == "2025-09-03"
    assert rec["tables"] == []


def test_the_act_s_s17_limbs_with_a_comma_before_if_are_no_asks():
    from parsers.fields import list_grammar as lg
    assert lg.S17_NOTICE_ITEM.match("states, if that would not otherwise be apparent, why the exemption applies.")


def test_the_guidance_an_ask_requested_handed_over_is_an_answer():
    from parsers.fields import outcome_cues
    assert not outcome_cues.NOT_AN_ANSWER.search("Please find attached the guidance document.")
    assert outcome_cues.NOT_AN_ANSWER.search("Please find attached our guidance on making a complaint.")


def test_an_exemption_cited_in_a_request_response_table_s_cell_is_found():
    import io

    from tests.support.docwriters import docx_new, docx_table

    d = docx_new()
    d.add_paragraph("Our ref: HQ/PA/000918/25")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Anyshire Police has now considered this request, which for clarity is repeated below "
                    "alongside our response:")
    docx_table(d, ["Request", "Response"], [
        ["1. How many detainees were held for more than 24 hours in 2024?",
         "This request is being refused under Section 12(1) of the FOIA, as reading each custody record "
         "would exceed the appropriate limit."],
        ["2. How many of them were aged under 18?", "See above."]])
    d.add_paragraph("Yours sincerely,")
    buf = io.BytesIO()
    d.save(buf)
    rec = parse_document(buf.getvalue(),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert [e["label"] for e in rec["exemptions"]] == ["s12(1)"]
    assert rec["outcome"] == "cost_limit"


def test_finally_and_please_can_you_open_asks_of_their_own_in_one_paragraph():
    rec = _parse("""Request

I would like to know the number of speed awareness courses booked in 2024. Please can you give the
fee charged for each course. Finally, what proportion of drivers offered a course took one?

Response

The figures are below.
""")
    assert len(_asks(rec)) == 3
    assert _asks(rec)[2].startswith("Finally, what proportion")


def test_a_request_received_with_its_clarification_as_follows_leads_in_before_the_clarification():
    rec = _parse("""FREEDOM OF INFORMATION REQUEST REFERENCE NO: 337288

I write in connection with your request for information which was received on 2nd May 2025, and clarification received on 6th May 2025, as follows:

1) How many bicycles were reported stolen in 2024?

2) How many of those were recovered?

On 3rd May 2025 we requested the following clarification:

Please can you advise whether you mean pedal cycles only.

You replied: "Pedal cycles only."

Please find the Anyshire Police response set out below.

Response: Q1 & Q2

There were 1,204 reports; 188 bicycles were recovered.
""")
    assert _asks(rec) == ["How many bicycles were reported stolen in 2024?", "How many of those were recovered?"]


def test_first_part_second_part_run_together_in_one_quoted_paragraph_are_asks():
    rec = _parse("""Dear Requester,

In your email you requested the following information:
"First part: the number of thefts of fuel from MOD sites in 2024. Second part: the value of the fuel stolen. Third part: the five sites with most thefts."

Response

The figures are below.
""")
    assert len(_asks(rec)) == 3


def test_an_auto_reply_s_office_hours_and_the_commissioner_s_website_decide_nothing():
    from parsers.fields import outcome
    assert "disclosure" not in outcome._classes("Please note that our office hours are as follows:")
    assert "published" not in outcome._classes(
        "Further information can be found on the Commissioner's website at www.ico.org.uk.")
    assert "published" in outcome._classes("The figures can be found on our website.")


def test_information_being_provided_beside_a_part_not_held_is_partial():
    rec = _parse("""Request 1
How many horses does the mounted branch keep?
Request 2
What did their feed cost in 2024?
Answer
Anyshire Police does hold some information to which your request relates and this is being provided
to you. We do not however hold information in relation to request number 2.
The mounted branch keeps 9 horses.
""")
    assert rec["outcome"] == "partial"


def test_a_pointer_to_the_response_with_the_request_repeated_gives_nothing():
    from parsers.fields import outcome
    assert "disclosure" not in outcome._classes(
        "Please find below the response to your request, which for ease of reference is repeated here:")


def test_an_e_mail_reply_s_answer_labels_give_way_to_the_asks_quoted_below():
    rec = _parse("""Subject: RE: Freedom of Information request - Stolen bicycles

Dear Ms Writer

Freedom of Information Request Reference No: 004411/25

Q1 and Q2 -

Year   Stolen   Recovered
2024   1,204    188

Q3 - Of the 1,204 bicycles stolen in 2024, 37 were returned to their owners.

Yours sincerely

Information Management

-----Original Message-----
From: A Writer <request-1@example.org>
Subject: Freedom of Information request - Stolen bicycles

Dear Anyshire Police,

Please provide:
1. The number of bicycles reported stolen in 2024.
2. The number of those recovered.
3. How many recovered bicycles were returned to their owners.

Yours faithfully,

A Writer
""")
    assert rec["title"] == "Stolen bicycles"
    assert len(_asks(rec)) == 3
    assert _asks(rec)[0] == "The number of bicycles reported stolen in 2024."


def test_an_ask_written_as_the_number_wanted_over_value_bullets_keeps_its_values():
    rec = _parse("""Request:

I am writing to request the following information under the Freedom of Information Act 2000:

The number of badger setts damaged in your force area in each of the following years:

• 2023
• 2024

The number of people arrested for damaging a sett in those years.

Response:

The figures are below.
""")
    assert len(_asks(rec)) == 2
    assert _asks(rec)[0].startswith("The number of badger setts damaged")


def test_a_review_letter_s_account_naming_the_force_before_original_response_is_read():
    rec = _parse("""Our Ref: IM-FOI-2025-1022
Date: 2 June 2025
FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUIREMENT FOR REVIEW
Your original request was as follows:
1. The number of speed cameras on the A9.
2. The location of each camera.
Police Scotland's original response refused to provide the information under section 35(1)(a) and (b) of the
Act (Law enforcement).
Review outcome
The review panel has decided to uphold the original response without modification.
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s35(1)(a)", "s35(1)(b)"]
    assert len(_asks(rec)) == 2


def test_the_force_s_analyst_explaining_a_figure_between_asks_is_no_ask():
    rec = _parse("""Enquiry Reference: 311-25

Below is your request and our response.

How many dog bites on officers were recorded in 2024?

| Year | Bites |
| 2024 | 14 |

What was the average number of days officers were off work after a bite?

The analyst has taken the number of days between each bite and the officer's return to work and calculated the average.

| Year | Average days |
| 2024 | 6 |
""")
    assert len(_asks(rec)) == 2


def test_a_town_in_a_stacked_letterhead_address_and_an_answer_heading_are_no_titles():
    from parsers.fields.title_checks import not_a_title
    assert not_a_title("Questions 1, 2(i) and 2(ii)")
    assert not not_a_title("Questions about police dogs")
    rec = _parse("""ANYSHIRE POLICE                                      Freedom of Information
=========================================================================================

Information Management Unit
Police Headquarters
Thornbury
Anytown

18 February 2025

Freedom of Information Request Reference No: FOI 0433-25

Dear Requester,

I write in connection with your request for information received on 22 January 2025 in which you
sought access to the following information:

"1. How many speed cameras did the force run in 2024?"
""")
    assert rec["title"] not in ("Thornbury", "Anytown")


def test_a_period_or_breakdown_qualifier_between_or_after_asks_is_no_ask():
    rec = _parse("""Request

I would like to know the total number of sick days taken by officers.

I would like this information to be provided for each of the last three calendar years as follows: 2022, 2023, 2024.

Please could you also provide the proportion of those days lost to stress.

Response

The figures are below.
""")
    assert len(_asks(rec)) == 2
    rec = _parse("""Request
a) The number of 101 calls answered?
b) The number of 101 calls abandoned?
Please provide a breakdown of the figures per month for each section of this question.
Response
The figures are below.
""")
    assert len(_asks(rec)) == 2
