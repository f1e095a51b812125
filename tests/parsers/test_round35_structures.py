"""Structures from the session-35 accuracy round (blind sets ww1-ww6), each document written here
afresh: a force page saved as text under its quick-exit instruction, cookie box and one-line menu;
an exemption weighed and "not applied"; a pronoun pointing at the public interest test in an
attachment; the covering line of an attached letter; the Act's duty restated; a review that "can now
tell you"; a whole-request cost refusal stating the count its estimate multiplies; subject lines
wrapped in lower case; an earlier request's reference told in a sentence; a one-cell-per-line header
wrapped on a joining word; and topic words (fixed penalty notices, littering, misogyny)."""
from __future__ import annotations

from tests.support.parse_docs import asks, labels, parse_html, parse_text
from tests.support.topic_records import asks as ask_list
from tests.support.topic_records import topics

# --- page furniture in text copies ------------------------------------------------------------


def test_a_page_saved_as_text_is_titled_below_its_quick_exit_cookie_box_and_menu_line():
    rec = parse_text("""Skip to main content
Quickly exit this site
Press Esc three times or use the button to leave this site quickly
Cookies on Cumbria Constabulary
We'd like to use analytics cookies to understand how you use our site.
Accept analytics cookies   Reject analytics cookies   View cookies
Cumbria Constabulary
Report   Advice   News   Your area   Apply, register or request   Contact us
Home > About us > Freedom of information > Disclosure log > March 2025
Horse patrols in the city centre

Our reference: 0212/25
Response date: 14 March 2025

Request

1. How many hours did the mounted section patrol the city centre in 2024?

Response

The mounted section patrolled the city centre for 1,140 hours in 2024.
""")
    assert rec["title"] == "Horse patrols in the city centre"
    assert rec["reference"] == "0212/25"
    assert rec["outcome"] == "full"


def test_a_short_press_esc_line_of_the_response_itself_is_kept_as_text():
    rec = parse_text("""Anyshire Police
Our reference: 0877/24

Body-worn video controls

Request
1. How does an officer start a recording on the force's body-worn cameras?

Response
Officers press the record button once; to stop, they press and hold it for three seconds.
""")
    assert rec["title"] == "Body-worn video controls"
    assert "press the record button" in rec["response_text"]


# --- exemptions and outcome -------------------------------------------------------------------


def test_an_exemption_weighed_and_then_not_applied_is_not_relied_on():
    rec = parse_text("""Our ref: FOI 3301/24

You asked how many dogs the force owns.

The force currently owns 38 police dogs.

We considered whether the number of dogs held should be withheld under section 31(1)(a) (law
enforcement). As the figure is for the force as a whole, we concluded that its release would not
prejudice policing, and the exemption has not been applied.
""")
    assert labels(rec) == []
    assert rec["outcome"] == "full"


def test_a_pronoun_pointing_at_the_public_interest_test_in_an_attachment_gives_nothing():
    rec = parse_html("""<h1>Taser supplier contract (1140/24)</h1>
<h2>Request</h2><ol><li>The unit price paid for each Taser device.</li><li>The length of the contract.</li></ol>
<h2>Response</h2>
<p>Anyshire Police holds information relevant to your request. However, the force is withholding it in
full by virtue of the following exemptions:</p>
<p>Section 43(2) - Commercial interests</p><p>Section 31(1)(a) - Law enforcement</p>
<p>Both exemptions are qualified and require a prejudice test and public interest test. These are set
out in the attached document.</p>""")
    assert labels(rec) == ["s31(1)(a)", "s43(2)"]
    assert rec["outcome"] == "refused"


def test_the_covering_line_of_an_attached_letter_gives_nothing_itself():
    rec = parse_text("""From: FOI Unit, Anyshire Police
Subject: Freedom of Information request - armed patrols at the port

Dear Requester,

Please find attached our response to your request for information.

The information you asked for is held. However, it is exempt from disclosure under sections 24(1)
and 31(1)(a) of the Freedom of Information Act 2000, and is withheld in full.
""")
    assert rec["outcome"] == "refused"


def test_the_acts_duty_restated_with_unless_an_exemption_applies_decides_nothing():
    rec = parse_text("""Our ref: 0455/24

Request
1. How many spit guards were used in 2023?

Response
Anyshire Police is required to confirm whether it holds the information and, if so, to provide it
unless an exemption applies.

Spit guards were used 212 times in 2023.
""")
    assert rec["outcome"] == "full"


def test_a_review_that_can_now_tell_you_a_figure_gives_part():
    rec = parse_text("""Internal review - reference IR 0091/25

You asked for the locations of fixed ANPR cameras and how many there are.

The original response withheld all of the information under section 31(1)(a). I have reviewed that
decision. The locations remain exempt, and I have concluded that the balance of the public interest
favours withholding them.

I can therefore now tell you that Anyshire Police operates 31 fixed ANPR cameras.
""")
    assert rec["outcome"] == "partial"


def test_a_whole_request_cost_refusal_stating_the_count_its_estimate_multiplies_gives_nothing():
    rec = parse_text("""Our ref: 25/0871

You asked for the number of shed burglaries in 2024 broken down by the item stolen.

We can advise that Anyshire Police recorded 2,418 shed burglaries in 2024. However, the item stolen
is not held in a searchable field. To answer your request would require each of the 2,418 crime
reports to be read; at three minutes per report this would take over 120 hours.

Section 12(1) of the Freedom of Information Act 2000 provides that a public authority is not obliged
to comply with a request where the cost of doing so would exceed the appropriate limit.
This letter therefore acts as a refusal notice under section 17(5).
""")
    assert rec["outcome"] == "cost_limit"


def test_a_refusal_notice_for_one_part_only_leaves_the_answer_to_the_rest():
    rec = parse_text("""Our ref: 25/0872

1. How many shed burglaries were recorded in 2024?
2. For each, what was stolen?

1. Anyshire Police recorded 2,418 shed burglaries in 2024.
2. The item stolen is not held in a searchable field; reading each of the 2,418 reports would take
over 120 hours, beyond the cost limit under section 12(1). This letter serves as a refusal notice
for that part of your request.
""")
    assert rec["outcome"] == "partial"


# --- titles, references, tables ---------------------------------------------------------------


def test_a_subject_field_wrapped_onto_a_lower_case_line_reads_whole():
    rec = parse_text("""Anyshire Police                                                  Reference No: FOI 2021-0311
Disclosure Unit                                                                 9 April 2021

Dear Sir/Madam,

RE: Freedom of Information request - cyclists injured in collisions on Anyshire
roads
Thank you for your request which we received on 12 March 2021. You asked for:
1. The number of cyclists injured in collisions in each year from 2018 to 2020.
""")
    assert rec["title"] == "Cyclists injured in collisions on Anyshire roads"


def test_a_subject_line_wrapped_above_the_salutation_reads_whole():
    rec = parse_text("""ANYSHIRE POLICE
Our ref: 000418/23
Date: 2 May 2023

Freedom of Information Act 2000 Request: Custody detentions: under-18s held overnight and
released without charge
Dear Requester
I am writing in response to your request for information, received on 3 April 2023.
1. How many under-18s were held in custody overnight in 2022?
""")
    assert rec["title"] == "Custody detentions: under-18s held overnight and released without charge"


def test_an_earlier_requests_reference_told_in_a_sentence_is_not_this_ones():
    rec = parse_html("""<h1>Police dogs (3120B/24)</h1>
<h2>Response</h2>
<p>Anyshire Police received an identical request from you on 2 July 2024, which was given the
reference 2977/24. A full response to that request was sent to you on 20 July 2024.</p>
<p>Section 14(2) of the Freedom of Information Act 2000 provides that a public authority is not
obliged to comply with a request which is identical to a previous request from the same person.</p>""")
    assert rec["reference"] == "3120B/24"


def test_a_header_cell_wrapped_on_a_joining_word_is_one_cell():
    rec = parse_text("""Anyshire Police
Reference: FOI 7710

Non-emergency call answering, financial years 2022/23 to 2023/24
Financial year

101 calls received

Answered within 3 minutes or

less

2022/23

410,221

301,874

2023/24

398,006

322,410
""")
    assert {(f["measure"], f["period"], f["value"]) for f in rec["figures"]} == {
        ("101 calls received", "2022/23", 410221), ("Answered within 3 minutes or less", "2022/23", 301874),
        ("101 calls received", "2023/24", 398006), ("Answered within 3 minutes or less", "2023/24", 322410)}


# --- topics -----------------------------------------------------------------------------------


def test_fixed_penalty_notices_for_littering_are_offences_not_road_policing():
    got = topics(title="Fixed penalty notices for littering",
                 questions=ask_list("How many fixed penalty notices for littering were issued by your PCSOs "
                                    "in each year from 2021 to 2023?"))
    assert "crime-statistics" in got and "road-policing" not in got


def test_fixed_penalty_notices_for_speeding_stay_road_policing():
    got = topics(title="Speeding fixed penalty notices",
                 questions=ask_list("How many fixed penalty notices for speeding were issued in 2024?"))
    assert got[0] == "road-policing"


def test_misogyny_hate_incidents_are_also_violence_against_women_and_girls():
    got = topics(title="Misogyny hate incidents",
                 questions=ask_list("How many misogyny hate incidents were recorded in 2023?"))
    assert set(got) == {"hate-crime", "violence-against-women-and-girls"}


def test_the_asks_are_read_from_the_saved_page():
    rec = parse_text("""Quickly exit this site
Press Esc three times to leave quickly
Cookies on anyshire.police.uk
Report  Request  Apply  Your area  News  FOI
Home > FOI > Disclosure log > 2024 > June
Cuckooing: homes taken over by dealers

Our reference: 4410/24

Request
1. How many addresses were recorded as cuckooed in 2023?

Response
Anyshire Police recorded 57 cuckooed addresses in 2023.
""")
    assert rec["title"] == "Cuckooing: homes taken over by dealers"
    assert asks(rec) == ["How many addresses were recorded as cuckooed in 2023?"]
