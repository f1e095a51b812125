"""Structures from blind sets z1/z2 left unread in session 15 and the sixth real-page review
(session 16), each written here afresh."""
from __future__ import annotations

from parsers import parse_document
from tests.support.parse_docs import asks as _asks


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


REVIEW_LETTER = """Our Ref: FOI 4410
Date: 9 September 2025
Internal review of your request under the Freedom of Information Act 2000
Subject: Drivers of unmarked cars
Chronology
• Original FOI request: 2 July 2025
• Response: 30 July 2025
• Request for internal review: 4 August 2025
Subject of request
1. The requester asked about unmarked cars. The request was in two parts:
i. How many unmarked cars did the force run in 2024?
ii. Which units drove them?
2. The original response refused the whole request under section 12(1) of the Act.
Review
3. I have reviewed the searches. The fleet system lists unmarked cars, so part i can be answered
and section 12(1) does not apply.
4. For part ii, the units are withheld under section 31(1)(a) of the Act.
Conclusion
5. The decision is changed in part: the number of unmarked cars is disclosed below and the units
remain withheld.
Unmarked cars in service in 2024: 64
"""


def test_a_review_letter_s_chronology_dates_are_no_request_heading():
    rec = _parse(REVIEW_LETTER)
    assert _asks(rec) == ["How many unmarked cars did the force run in 2024?", "Which units drove them?"]


def test_a_review_letter_s_numbered_paragraphs_are_neither_asks_nor_interleaved_answers():
    rec = _parse(REVIEW_LETTER)
    assert not any("reviewed" in a or "original response" in a for a in _asks(rec))
    assert [e["label"] for e in rec["exemptions"]] == ["s31(1)(a)"]


def test_a_wordpress_entry_s_follow_up_message_asks_nothing_of_the_request():
    text = """Stolen bicycles (2210_25)

I would like copies of every report of a stolen bicycle in the city in 2024.

Thank you for your reply. Could you tell me how far I need to narrow it to fit the limit?

Our records are not searchable by the type of property stolen.

Please note that reading each report would exceed the appropriate limit (FOIA, s.12 (1)).
"""
    rec = _parse(text)
    assert _asks(rec) == ["I would like copies of every report of a stolen bicycle in the city in 2024."]
    assert rec["outcome"] == "cost_limit"


def test_asks_printed_under_the_response_heading_beside_their_answers():
    text = """Our Ref: 005512/25
12 June 2025
Request under the Freedom of Information Act 2000 (FOIA)
I write in connection with your request for information, which was received on 14/05/2025.
RESPONSE
I can confirm that the force does hold the information you have requested.
Please find below answers to your questions:-

-tell me how many dog bites on officers were recorded in 2024?

There were 41 recorded dog bites on officers in 2024.

Please can you include a breakdown by rank.

Constables 37, sergeants 4.

Please note this data has been extracted from a live system.

Yours sincerely
"""
    rec = _parse(text)
    assert _asks(rec) == ["tell me how many dog bites on officers were recorded in 2024?",
                          "Please can you include a breakdown by rank."]
    assert rec["questions"][0]["answer"].startswith("There were 41")


def test_a_list_the_force_searched_for_is_no_ask():
    text = """Our Ref: IM-FOI-2025-0911
Date: 3 March 2025
For ease of reference, your request is replicated below together with the response.
Can you please provide details of how many thefts of quad bikes were recorded in Fife over the last
three years.
Details of both sources have been provided below.
Crimes are recorded by the legislation libelled, and for your request we have searched for:
- section 1 of the Theft Act 1968 where the property was a quad bike
- section 12 of the Theft Act 1968 where the vehicle was a quad bike
Calendar year Recorded
2022 41
2023 38
"""
    rec = _parse(text)
    assert len(rec["questions"]) == 1
    assert rec["questions"][0]["text"].startswith("Can you please provide details of how many thefts")


def test_the_force_s_account_of_the_act_ends_a_request_with_no_response_heading():
    text = """Enquiry Reference FOI2025/1200
Request for information
The risk assessment the force used to close the harbour road during the regatta in June 2025.
The Freedom of Information Act is designed to give a general right of access to information held by public authorities.
Some exemptions are absolute. Others are qualified and a public interest test must decide whether disclosure should be made. Section 31(1)(a) applies to your request.
Harm Test
To the Service: Release would show how the force plans for events.
To the Community: Disorder at future events would be harder to prevent.
Balance Test
The public interest favours withholding the information, which is therefore withheld.
"""
    rec = _parse(text)
    assert _asks(rec) == ["The risk assessment the force used to close the harbour road during the regatta in June 2025."]
    assert rec["outcome"] == "refused"


def test_a_list_of_sections_with_unbracketed_names_gives_each_label():
    from parsers.fields.exemptions import find_labels
    text = ("If it were held, it would be exempt under sections 30(1) Investigations, 35(1)(a) and (b) "
            "Law enforcement, and 39(1) Health, safety and the environment.")
    assert find_labels(text, "FOISA") == ["s30(1)", "s35(1)(a)", "s35(1)(b)", "s39(1)"]


def test_another_act_s_sections_after_including_are_no_exemptions():
    from parsers.fields.exemptions import find_labels
    text = ("The men were charged under the Theft Act 1968, including sections 9 and 12, and the "
            "names are withheld under section 40(2).")
    assert find_labels(text) == ["s40(2)"]


def test_the_foi_act_named_just_before_its_section_still_cites_it():
    from parsers.fields.exemptions import find_labels
    assert find_labels("Under the Freedom of Information Act 2000, section 40(2) applies.") == ["s40(2)"]
    assert find_labels("Freedom of Information Act 2000 section 31(1)(a) is engaged.") == ["s31(1)(a)"]


def test_a_previous_request_s_refusal_is_not_this_response_s_exemption():
    text = """Reference: 2231/25
Request
1. How many dog licences were revoked in 2024?
Response
Your request is almost the same as your previous request, reference 1790/25, which was refused under Section 12 of the Act.
As you have sent a substantially similar request within 60 working days, Section 14(2) of the Act applies and we will not comply with it.
"""
    rec = _parse(text)
    assert [e["label"] for e in rec["exemptions"]] == ["s14(2)"]
    assert rec["outcome"] == "vexatious"


PSNI_RUNS = """Request Number: FOI/20001
Request and Answer:
The decision has been taken not to supply the information for Requests 1 - 2.
Request 1
How many detectives are posted to Fermanagh district?
Request 2
How many detectives work out of Enniskillen station?
Answer Requests 1 - 2
Section 31(1)(a)(b) – Law Enforcement
Harm
Revealing numbers at station level would show where resources are thin.
Factors Favouring Disclosure
Openness about how detectives are deployed.
Factors Favouring Retention
The safety of officers.
Balancing Test
The balance favours retention of the information.
Request 3
Has any detective in the district been suspended this year?
Answer 3
PSNI can neither confirm nor deny that it holds the information. Section 40(5B)(a)(i) – Personal Information.
"""


def test_an_answer_to_a_run_of_requests_is_read_as_an_answer_heading():
    rec = _parse(PSNI_RUNS)
    assert len(rec["questions"]) == 3
    assert [e["label"] for e in rec["exemptions"]] == ["s31(1)(a)", "s31(1)(b)", "s40(5B)"]
    assert rec["public_interest_test"] is True
    assert rec["outcome"] == "refused"


def test_a_wrapped_line_starting_answer_to_question_is_no_heading():
    from parsers.fields.answer_marks import ANSWER_OPEN, NUMBERED_RESPONSE
    line = "answer to question 4, and this letter acts as a refusal notice for that question."
    assert not ANSWER_OPEN.match(line) and not NUMBERED_RESPONSE.match(line)


THREAD = """Dog kennel contract

4 March 2024

Dear Anyshire Police Authority,

Please send me the kennel contract for seized dogs.

Yours faithfully,

J Doe

Anyshire Police

5 March 2024

Thank you for your enquiry which has been logged under the above reference 5521.
Under the Freedom of Information Act we are required to reply within 20 working days.

2 April 2024

1 Attachment

Please find attached FOI request extension letter.

12 April 2024

Dear Anyshire Police Authority,

My request is now overdue. You should have responded promptly and by 2 April 2024.

30 April 2024

Dear J Doe,

The contract is attached. The supplier's prices are withheld under section 43(2).
"""


def test_a_thread_s_published_date_is_the_force_s_answer_not_its_holding_notes():
    from parsers.fields import dates
    assert dates.from_text(THREAD) == "2024-04-30"


def test_a_date_inside_a_sentence_after_responded_is_no_date_field():
    from parsers.fields import dates
    assert dates.from_text("You should have responded promptly and by 5 August 2024.\n", letter_lines=False) is None
    assert dates.from_text("Dated: 17 July 2024\n") == "2024-07-17"
    assert dates.from_text("Date Added: Tuesday, October 15, 2024\n") == "2024-10-15"


def test_a_response_label_run_into_its_long_paragraph_ends_the_request():
    text = ("REFERENCE NO: 2201-2025\n\n"
            "I write in connection with your request for information which was received on 3rd March 2025 as follows:\n\n"
            "Please can you tell me how many officers were on duty in Stratford on the night of 1st March 2025.\n\n"
            "Response: Officers on duty are recorded by policing area and the town falls within the South area. "
            "I can advise that the information is held; however, this information has been deemed unsuitable "
            "for disclosure because it would show the level of policing to expect on a weekend night.\n\n"
            "When refusing to provide information, section 17 of the Act requires us to provide you with a notice "
            "which: (a) states that fact, (b) specifies the exemption in question and (c) states (if that would "
            "not otherwise be apparent) why the exemption applies.\n\n"
            "The exemption that applies is Section 31(1)(a) – Law Enforcement.\n")
    rec = _parse(text)
    assert _asks(rec) == ["Please can you tell me how many officers were on duty in Stratford on the night of 1st March 2025."]
    assert rec["outcome"] == "refused"


def test_the_act_s_section_17_list_is_never_an_ask():
    text = """Request
1. Cost of the parade's policing; The cost is above the appropriate limit and this part of your request is refused under Section 12(1) of the Act.
2. Officers deployed, by hour; Section 17 of the Act requires us, when refusing, to give you a notice which:
(a) states that fact,
(b) specifies the exemption in question and
(c) states (if that would not otherwise be apparent) why the exemption applies.
Hourly figures are exempt under Section 31(1)(a).
3. Arrests made on the day; 4 arrests were made.
"""
    rec = _parse(text)
    assert _asks(rec) == ["Cost of the parade's policing", "Officers deployed, by hour", "Arrests made on the day"]
    assert [e["label"] for e in rec["exemptions"]] == ["s12(1)", "s31(1)(a)"]


def test_decision_wordings_from_the_sixth_real_page_review():
    from parsers.fields import outcome
    assert "not_held" in outcome._classes("The force does not use spit hoods. No information relevant to your request is held.")
    assert "withheld" in outcome._classes("It holds more; however, I am not obliged to supply the information you have requested.")
    assert "partial" in outcome._classes("Part Disclosure with Section 12(1) and Section 17(1) Exemptions")
    # a pointer to the force's own letter gives nothing; one to its data does
    assert "disclosure" not in outcome._classes("Please find attached a joint response from both Forces.")
    assert "disclosure" not in outcome._classes(
        "Please find attached Anyshire Constabulary's second response to your recent request.")
    assert "disclosure" in outcome._classes("Please find attached the response to your request with the figures for each year.")


def test_a_table_typed_with_space_runs_in_an_html_e_mail_keeps_its_columns():
    page = b"""<html><body><div class="correspondence__body"><p>The figures are set out below.</p>
<p>Year   Stops with a drone in view   Arrests<br>
2022   117   9<br>
2023   140   12<br>
</p><p>Year   Drone deployments (force-wide)<br>2022   1,146<br>2023   1,388<br></p>
<p>Please note the end.  Thank you.</p></div></body></html>"""
    rec = parse_document(page, "text/html")
    got = {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}
    assert ("Stops with a drone in view", "2022", 117) in got and ("Arrests", "2023", 12) in got
    assert ("Drone deployments (force-wide)", "2023", 1388) in got
    assert len(got) == 6


def test_a_wrapped_line_opening_with_question_2_of_your_request_is_no_item():
    from parsers.fields import list_grammar as lg
    assert lg.item("question 2 of your request In relation to my second duty") is None
    assert lg.item("Question 2: How many drones?") == ("word_number", "2", "How many drones?")
    assert lg.S17_NOTICE_ITEM.match("states the fact,")


def test_spending_asked_for_by_name_is_an_ask():
    from parsers.fields.request_preamble import asks
    assert asks("I would like the annual expenditure on police informants for the 2011/12 financial year.")


def test_exemptions_set_aside_in_other_words_are_not_relied_on():
    from parsers.fields.exemptions import find_exemptions
    text = ("Our first reply withheld the figures under section 35(1)(a). "
            "Section 35(1)(a) is therefore no longer relied upon and the figures are given below.")
    assert find_exemptions(text, "FOISA") == []
    text = ("We considered whether Section 24(1) (National Security) applied, as the figures concern the "
            "defence estate. We concluded that force-wide totals reveal nothing about any site, and that "
            "the exemption is not engaged. The information is disclosed in full.")
    assert find_exemptions(text) == []


def test_another_act_with_commas_and_hyphens_in_its_name_is_not_the_foi_act():
    from parsers.fields.exemptions import find_labels
    assert find_labels("A dispersal order under section 34 of the Anti-social Behaviour, Crime and "
                       "Policing Act 2014 was authorised.") == []


def test_a_line_heading_the_answers_gives_nothing_by_itself():
    from parsers.fields import outcome
    assert "disclosure" not in outcome._classes("Please find below answers to your questions:-")


def test_a_review_letter_s_account_of_the_ncnd_it_upholds_keeps_its_exemptions():
    text = """Our Ref: 000912/25
Dear Ms Roe,
Internal Review – Informants in hospitals
Your original request was as follows:
1. Has the force authorised any covert source to report on activity within a hospital since 2021?
2. If so, how many?
Our response neither confirmed nor denied that information was held, relying on Sections 23(5) and 30(3) of the Act.
Findings of the review
I have concluded that the response was correct and I uphold it in full.
"""
    rec = _parse(text)
    assert len(rec["questions"]) == 2
    assert [e["label"] for e in rec["exemptions"]] == ["s23(5)", "s30(3)"]
    assert rec["outcome"] == "ncnd"


def test_periods_lettered_inside_one_ask_stay_in_it():
    text = """Request:
1. Please tell me for the financial years a) 2022/23, b) 2023/24, and c) 2024/25 how much your force spent on drones.
2. Please provide a copy of the force's drone policy.
Response 1 – 2:
The force does not hold this information.
"""
    rec = _parse(text)
    assert len(rec["questions"]) == 2
    assert rec["questions"][0]["text"].startswith("Please tell me for the financial years a) 2022/23")


def test_a_bullet_that_ends_without_a_stop_does_not_swallow_the_next_bullet():
    text = """Please tell me:

• How many awards were made to a) officers and b) staff in the years a) 2022/23 b) 2023/24
• For each of those years, please provide the total cost of these awards.
• Please provide the rank of each officer.

Response

The force does not hold this information.
"""
    rec = _parse(text)
    assert len(rec["questions"]) == 3
    assert rec["questions"][1]["text"].startswith("For each of those years")


def test_a_sentence_listing_a_review_s_possible_outcomes_decides_nothing():
    from parsers.fields import outcome
    s = ("A review can have one of three outcomes: all of the information is provided, some further "
         "information is provided, or the original decision is upheld.")
    assert not outcome._classes(s) & {"full_decision", "disclosure", "partial"}


def test_an_acknowledgement_quoting_the_request_is_no_answer():
    text = """Fraud case minutes

Dear Anyshire Police,

Please release:
1) The minutes of every meeting about the case
2) The name of the officer who closed it

Yours faithfully,

A Writer

Anyshire Police

Dear Mr Writer

I note you seek access to the following information: "1) The minutes of every meeting about the case 2) The name of the officer who closed it"

Your request will now be considered. You will receive a response within the statutory timescale of 20 working days.

Anyshire Police

Dear Mr Writer

DECISION

The information is exempt from disclosure under Section 30(1)(a) of the Act and this letter serves as a Refusal Notice.
"""
    rec = _parse(text)
    assert rec["outcome"] == "refused"


def test_holding_replies_in_a_thread_copy_are_not_the_answer():
    from parsers.fields import dates
    text = """From: A Writer
2 September 2024

Dear Anyshire Police,

Please tell me how many armed patrols ran at the airport in 2023.

------------------------------------------------------------------------
From: FOI, Anyshire Police
3 September 2024

Dear A Writer,

Thank you for your request. A response will be provided to you by 30 September 2024.

------------------------------------------------------------------------
From: FOI, Anyshire Police
27 September 2024

Dear A Writer,

We need more time to consider the balance of the public interest. We now aim to respond by 28 October 2024.

------------------------------------------------------------------------
From: FOI, Anyshire Police
24 October 2024

Dear A Writer,

The information is withheld under section 24(1) of the Act.
"""
    assert dates.from_text(text) == "2024-10-24"
    assert dates.ACKNOWLEDGEMENT.search("We will respond by 31 March 2025, which is 20 working days from receipt.")


LETTERHEAD = """Freedom Of Information                                  PO BOX 77
Information Management                                  Ridings Road
Email: foi@westyorkshire.police.uk
Website: www.westyorkshire.police.uk

Our ref: 2201/24

Date: 18/11/2024

Dear Sir/Madam

Thank you for your request for information, received on 21/10/24.

You requested the following information:

For the financial years 2022/23 and 2023/24 please provide how many times
Humberside Police asked for air support.

The information is not held by the force.
"""


def test_a_letterhead_s_address_column_and_e_mail_give_its_reference_and_force():
    rec = _parse(LETTERHEAD)
    assert rec["reference"] == "2201/24"
    assert rec["force"] == "west-yorkshire-police"
    assert rec["title"] is None
    assert rec["questions"][0]["text"].startswith("For the financial years 2022/23")


def test_a_link_in_the_request_text_names_no_force():
    from parsers.fields import force
    lines = ["Misconduct reviews", "", "Dear FOI team,", "I read https://news.met.police.uk/news/reviews-123 today."]
    assert force.from_letterhead(lines) is None


def test_a_heading_over_a_run_of_requests_is_no_ask_and_a_with_lead_leads_in():
    from parsers.fields import list_grammar as lg
    assert lg.item("Request 1 - 3:") is None
    assert lg.item("Request 2 - the cost of the radios") == ("word_number", "2", "the cost of the radios")
    text = """Request 1 - 2:

1) How many hate crimes were recorded in 2023?

2) For the crimes recorded in August 2023 could you please provide me with (i) the words complained of, (ii) the type of place, and (iii) the age of the suspect.

Response 1 & 2:

The force holds the information; the details for question 2 are withheld under section 40(2).
"""
    rec = _parse(text)
    assert [q["number"] for q in rec["questions"]] == ["1", "2i", "2ii", "2iii"]


REVIEW_THREAD = """Handling of my complaint

2 December 2024

Dear Anyshire Police,

My reference: DP/COMP/01

Please send me every email about my complaint.

Yours faithfully,
D. Writer

6 January 2025

Dear D. Writer
Date: 06/01/2025
Our Ref: FOI 22817
Your request is refused under Section 14(1) of the Act.

8 January 2025

Dear Anyshire Police,

I am writing to request an internal review of your handling of my request.

5 February 2025

Dear D. Writer
Internal Review - Our Ref FOI 22817
Date: 05/02/2025
I have reviewed the decision and I uphold it under Section 14(1).
"""


def test_a_review_thread_is_dated_by_the_review_and_referenced_by_the_force():
    rec = _parse(REVIEW_THREAD)
    assert rec["published"] == "2025-02-05"
    assert rec["reference"] == "FOI 22817"


def test_sections_of_the_same_other_act_and_corrected_provisions():
    from parsers.fields.exemptions import find_labels
    text = ("1. A notice is issued under section 24 of the Crime and Security Act 2010.\n\n"
            "2. Orders were granted on application under section 27 of the same Act.")
    assert find_labels(text) == []
    review = ("We neither confirmed nor denied, citing section 40(5). The correct provision is section "
              "40(5B)(a)(i).")
    assert find_labels(review) == ["s40(5B)"]
    assert find_labels("We rely on section 40(5) and section 40(5B).") == ["s40(5)", "s40(5B)"]


def test_a_pointer_to_web_pages_that_exempts_under_section_21_gives_nothing():
    from parsers.fields import outcome
    s = ("Please see the following web pages as your questions may be answered via the following "
         "information and is therefore exempt in accordance with section 21 (1) of the Act.")
    assert "disclosure" not in outcome._classes(s)


def test_decision_wordings_from_the_seventh_real_page_review():
    from parsers.fields import force_words, outcome
    ack = ("Other arrangements may apply if a fees notice is issued or if the time period is extended in "
           "order that public interest considerations may take place.")
    assert [k for _, k in force_words.units(ack)] == ["interim"]
    assert "ncnd" in outcome._classes("I am not required by statute to release all of the information "
                                      "requested, or to confirm or deny that any further information is held.")
    assert "ncnd" not in outcome._classes("There is no need to consider the public interest when applying "
                                          "Section 14(1), and the force is not required to confirm or deny "
                                          "whether any further information is held.")
    assert "pit_weighing" in outcome._classes("I have considered the potential harm that could be caused by any "
                                              "further disclosure.")
    assert "partial" in outcome._classes("A decision was made to provide some of the information you asked for.")


def test_a_table_with_bars_between_its_cells_only_is_read():
    from parsers import tables
    lines = ["The number of people bitten is shown below.", "Person bitten | 2023/24", "Suspect | 33",
             "Member of the public | 3", "Total | 36", "The rest is withheld."]
    prose, found = tables.extract(lines)
    assert len(found) == 1 and found[0][1]["header"] == ["Person bitten", "2023/24"]
    assert found[0][1]["rows"][0] == ["Suspect", "33"]
    assert "Suspect | 33" not in prose
    # a sentence with one bar is no table
    assert tables.extract(["Ref: 1234 | Date: 3 May 2024", "Dear Ms Roe,", "Thank you."])[1] == []


def test_a_log_heading_that_leads_with_its_reference_gives_title_and_reference():
    from parsers.fields.reference import split_title
    assert split_title("11 February 2025 – 1187.2024-25 – Drone deployments at public events") == (
        "Drone deployments at public events", "1187.2024-25")
    assert split_title("2025/31187 - Rural crime and rural officers") == ("Rural crime and rural officers", "2025/31187")
    assert split_title("2023-24 - Drone use") == ("2023-24 - Drone use", None)  # a year, no reference


def test_a_review_letter_s_original_request_not_the_requester_s_appeal():
    text = """Review Ref: IR 041/25
Date: 19 August 2025
Dear Ms Roe,
Internal review – Doorbell cameras
Your original request (FOI 1123/25), received on 2 June 2025, was as follows:
1. Does the force hold doorbell camera footage for every burglary?
2. How many burglaries had such footage in 2024?
On 30 June 2025 we refused your request under section 12(1) of the Act.
You asked for a review in the following terms:
"I would like to appeal this response as other forces gave me a figure."
The review upholds the original decision that section 12(1) applies to the whole of your request.
"""
    rec = _parse(text)
    assert _asks(rec) == ["Does the force hold doorbell camera footage for every burglary?",
                          "How many burglaries had such footage in 2024?"]


def test_plain_question_lines_answered_in_turn_are_the_asks():
    text = """Our Ref: 04187/25
Date: 2 July 2025
Dear Ms Roe
I am writing in response to your request for information below. Your request has been handled under Section 1(1) of the Act.
With regard to the Welsh language, I would like to ask two questions:
Does your force record whether officers and staff can speak Welsh?
Yes. Officers and staff can record the languages they speak on the HR system.
How many officers and staff have recorded that they speak Welsh?
As at 30 June 2025, 41 officers and 12 members of staff.
If you are dissatisfied with the handling of your request you may ask for an internal review.
"""
    rec = _parse(text)
    assert _asks(rec) == ["Does your force record whether officers and staff can speak Welsh?",
                          "How many officers and staff have recorded that they speak Welsh?"]
    assert rec["questions"][1]["answer"].startswith("As at 30 June 2025")
