"""Structures from the session-19 blind sets (f1-f4) and real-page reviews 9-11, each written here afresh."""
from __future__ import annotations

from parsers import parse_document
from tests.support.parse_docs import asks as _asks


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def test_not_held_in_a_readily_retrievable_format_leads_a_cost_refusal_not_a_not_held_answer():
    rec = _parse("""Anyshire Constabulary
Freedom of Information Request Reference No: 0412-2025

I write in connection with your request for information received on 2 March 2025 as follows:

Q1. How many e-scooters were seized in 2024 because the rider had no insurance?
Q2. How many of those e-scooters were later crushed?

Response:
The requested information is not held centrally nor in a readily retrievable format. Seizures are
logged on the property system under 'vehicle', with no field for the kind of vehicle, so to
answer both questions each of the 1,900 vehicle records for 2024 would have to be opened and read.
""")
    assert rec["outcome"] == "cost_limit"


def test_not_held_in_a_retrievable_format_for_one_ask_beside_an_answer_is_partial():
    rec = _parse("""Anyshire Police
Our ref: FOI/2025/118

You asked:
1. How many dogs were seized under the Dangerous Dogs Act in 2024?
2. What breed was each dog?

1. 46 dogs were seized in 2024.
2. The breed is not recorded in an easily retrievable format. Counting them would require a manual
search of each of the 46 kennel files.
""")
    assert rec["outcome"] == "partial"


def test_a_manual_search_carried_out_is_no_cost_refusal():
    rec = _parse("""Anyshire Police
Our ref: FOI/2025/221

You asked: How many complaints about noise from the firing range did you receive in 2024?

A manual search of the range log was carried out and found 3 complaints in 2024.
""")
    assert rec["outcome"] == "full"


def test_an_amount_that_starts_with_600_is_no_cost_limit():
    rec = _parse("""Anyshire Police
Our ref: FOI 2025/0630

Request:
1. What did the force spend on agency staff in each year from 2023 to 2024?

Response:
Question 1 2023 = £412,118 2024 = £600,728
""")
    assert rec["outcome"] == "full"


def test_please_find_attached_response_to_your_foi_request_gives_nothing_by_itself():
    rec = _parse("""From: Anyshire Constabulary
To: J Smith
Subject: RE: Freedom of Information request - county court claims

Dear J Smith,

Please find attached response to your Freedom of Information request.

Yours sincerely,
Information Access Team
""")
    assert rec["outcome"] == "unknown"


def test_a_part_disclosure_decision_line_says_something_was_given():
    rec = _parse("""PUB 16021
Request number 16134
Registered sex offenders statistics
Part Disclosure with Section 12(1) and Section 17(1) Exemptions
12 October 2024

How many registered sex offenders were recorded as missing in 2023?
""")
    assert rec["outcome"] == "partial"


def test_data_not_organised_to_answer_within_the_appropriate_cost_limit_is_a_cost_refusal():
    rec = _parse("""Anyshire Police
Freedom of Information Request 2025/0412

You asked: How many domestic abuse calls mentioned a dog in 2024?

Our data are not organised in such a way as to allow us to provide this information within the
appropriate (cost) limit. Each call log would have to be read.
""")
    assert rec["outcome"] == "cost_limit"


def test_not_held_in_a_centrally_collated_format_leads_a_cost_refusal():
    rec = _parse("""Anyshire Police
Freedom of Information Request 2025/0413

You asked: How many sex offenders breached their notification requirements in 2024?

This information is not held in a centrally collated format. Each offender's file would need to be
checked by hand.
""")
    assert rec["outcome"] == "cost_limit"


def test_no_other_exemption_applies_withholds_nothing():
    rec = _parse("""Anyshire Police - Internal Review
Our ref: IR 2025/044

You asked how many officers were disciplined for misuse of police systems in 2024.

I have decided that section 12 was wrongly applied. The answer is 17 officers. No other exemption applies.
""")
    assert rec["outcome"] == "full"


def test_a_request_not_found_vexatious_keeps_only_the_repeated_request_subsection():
    rec = _parse("""Anyshire Constabulary
Our ref: FOI 2025/0871

Anyshire Constabulary is refusing this request under Section 14(2) of the Act, as it repeats a
request you made in March.

For clarity, we have not found your request to be vexatious under Section 14(1).
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s14(2)"]
    assert rec["outcome"] == "vexatious"


def test_a_section_named_in_the_request_reported_back_is_no_exemption():
    rec = _parse("""Anyshire Constabulary
Our ref: FOI 2025/0301

You asked for copies of any agreement with the mobile phone company. In your second email you asked
whether any agreement would be withheld under Section 43 (Commercial interests).

Following searches, I can confirm that Anyshire Constabulary does not hold the information you have
requested.
""")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "not_held"


def test_bulleted_fields_under_a_whole_ask_are_its_columns_not_asks():
    rec = _parse("""Anyshire Police
Our ref: FOI 2025/0777

Request:
I would like details of every hotel stay paid for by Anyshire Police between 1 April 2023 and 31 March
2025. Please include the following information:

• The hotel
• The city
• The number of nights
• The amount paid

Response:
The information is attached.
""")
    assert _asks(rec) == ["I would like details of every hotel stay paid for by Anyshire Police between 1 April 2023 "
                          "and 31 March 2025."]


def test_fields_after_for_each_record_please_include_the_belong_to_the_question_before():
    rec = _parse("""Anyshire Police
Our ref: FOI 2025/0778

Request:
How much has the force paid in rewards to members of the public in each of the last three years? For
each payment please include the:
• date of payment
• amount
• offence type

Response:
The figures are in the table below.
""")
    assert _asks(rec) == ["How much has the force paid in rewards to members of the public in each of the last "
                          "three years?"]


def test_bullets_that_ask_under_a_lead_in_stay_asks():
    rec = _parse("""Anyshire Police
Our ref: FOI 2025/0779

Request:
Please provide the following information:
• How many drones does the force own?
• How many drone pilots are trained?

Response:
The force owns 6 drones and has 14 trained pilots.
""")
    assert len(rec["questions"]) == 2


def _figs(rec: dict) -> set[tuple]:
    return {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}


def test_a_span_of_exactly_one_financial_year_is_that_financial_year():
    rec = parse_document(b"""<html><body><h1>Domestic abuse protection notices</h1>
<p>You asked how many notices were issued.</p>
<table><tr><th>Period</th><th>Notices issued</th></tr>
<tr><td>01.04.22 - 31.03.23</td><td>140</td></tr>
<tr><td>Apr 23 - Mar 24</td><td>151</td></tr>
<tr><td>01.04.24 - 30.11.24</td><td>97</td></tr>
</table></body></html>""", "text/html")
    assert _figs(rec) == {("Notices issued", "2022/23", 140), ("Notices issued", "2023/24", 151),
                          ("Notices issued", "01.04.24 - 30.11.24", 97)}


def test_a_quarter_printed_as_its_months_is_filed_under_its_year():
    rec = parse_document(b"""<html><body><h1>Speed camera van deployments</h1>
<p>You asked how many times the vans were deployed in 2024.</p>
<table><tr><th>Quarter</th><th>Deployments</th></tr>
<tr><td>Jan - Mar 2024</td><td>31</td></tr>
<tr><td>Apr - Jun 2024</td><td>28</td></tr>
</table></body></html>""", "text/html")
    got = {(f["period"], f["value"]) for f in rec["figures"]}
    assert got == {("2024", 31), ("2024", 28)}
    assert any("Jan - Mar" in f["measure"] for f in rec["figures"])


def test_slug_words_keep_a_year_range_and_a_claim_code_whole():
    from parsers.fields import url_slug
    assert url_slug.read("https://www.gwent.police.uk/foi-ai/gwent-police/disclosure-2023/"
                         "knife-crime-operations-2022-23/").words == "knife crime operations 2022-23"
    assert url_slug.read("https://www.whatdotheyknow.com/request/parking_charge_claim_k7rt22xb"
                         ).words == "parking charge claim K7RT22XB"
    assert url_slug.read("https://www.whatdotheyknow.com/request/4x4_fleet_march2024").words == "4x4 fleet march 2024"


def test_a_north_yorkshire_slug_with_a_two_digit_number_gives_its_reference():
    from parsers.fields import url_slug
    slug = url_slug.read("https://www.northyorkshire.police.uk/foi-ai/north-yorkshire-police/foi-disclosure-2024-25/"
                         "july-2024/foi-speed-cameras-42-202425/")
    assert (slug.reference, slug.words) == ("42.2024-25", "speed cameras")


def test_a_leave_site_button_is_no_title():
    rec = _parse("""Leave site Skip to content
Avon and Somerset Police
Dog attacks on livestock 2023

Request:
How many dog attacks on livestock were reported in 2023?

Response:
There were 61 reports.
""")
    assert rec["title"] != "Leave site Skip to content"
    assert "Leave site" not in (rec["title"] or "")


def test_references_of_a_joint_response_each_after_a_force_name_give_the_first():
    rec = _parse("""REFERENCE NOs: ANYSHIRE POLICE 20931 & WESTSHIRE POLICE 00417

Dear Ms Patel,

You asked how many police horses each force keeps. Anyshire Police keeps 6 horses.
""")
    assert rec["reference"] == "20931"


def test_the_act_named_in_full_before_a_request_number_is_the_forms_name():
    rec = _parse("""Freedom of Information Act 2000 (FOIA) Request 0412/25 - Police dog bites

Dear Mr Hart,

You asked how many people were bitten by police dogs in 2024. The answer is 4.
""")
    assert (rec["reference"], rec["title"]) == ("0412/25", "Police dog bites")


def test_an_appendix_heading_names_the_request_it_belongs_to():
    rec = _parse("""Appendix B to FOI 2290/25

Knife crime by ward
| Ward | 2024 |
| North | 41 |
| South | 37 |
""")
    assert rec["reference"] == "2290/25"


def test_a_from_date_thread_is_dated_by_the_forces_deciding_message():
    rec = _parse("""Drone flights over the city centre

-----------------------------------------------------------------------
From: Sam Okoro
Date: 3 March 2025

Dear Anyshire Police,

How many drone flights did the force make over the city centre in 2024?

Yours faithfully,
Sam Okoro

-----------------------------------------------------------------------
From: FOI Team, Anyshire Police
Date: 4 March 2025

Dear Mr Okoro,

Thank you for your request, which we received on 3 March 2025. We will respond within 20 working days.

-----------------------------------------------------------------------
From: FOI Team, Anyshire Police
Date: 28 March 2025

Dear Mr Okoro,

Our ref: FOI 2025/0311

Anyshire Police made 212 drone flights over the city centre in 2024.

-----------------------------------------------------------------------
From: Sam Okoro
Date: 29 March 2025

Dear FOI Team,

Thank you.
""")
    assert rec["published"] == "2025-03-28"


def test_a_subject_line_naming_only_the_review_process_is_no_title():
    rec = _parse("""Anyshire Police
Our Ref: FOI2025/01234
Date: 3 November 2025

Dear Requester

Re: Request for an Internal Review of a decision pursuant to the Freedom of Information Act 2000 ("FOIA")

FOI2025/01234 - Police horses at football matches

I refer to your request for an internal review. The original response is upheld.
""")
    assert rec["title"] == "Police horses at football matches"


def test_asks_printed_only_as_q_headings_over_their_answers_are_the_asks():
    rec = _parse("""Police horses and stabling
Freedom of information request reference no: 01.FOI.25.001234
I note you seek access to the following information:
I have today decided to disclose the requested information.

Q1 - How many horses does the mounted branch currently keep?

42 horses.

Q2 - How many stables does the mounted branch use across London?

Three stables.

Q3 - How much did the branch spend on feed in 2024?

Q4 - How much did the branch spend on farriers in 2024?

Please see the table below, which answers questions 3 and 4.
""")
    assert [q["number"] for q in rec["questions"]] == ["Q1", "Q2", "Q3", "Q4"]
    assert rec["questions"][0]["text"] == "How many horses does the mounted branch currently keep?"
    assert rec["questions"][0]["answer"] == "42 horses."


def test_answer_options_under_a_numbered_question_are_not_asks():
    rec = _parse("""Anyshire Police
Our ref: FOI 2025/0990

Request:
1. Does the force use body-worn video in custody suites?

• Yes
• No
• Don't know

2. What share of custody staff wear a camera on every shift?

• None
• 1–50%
• More than half

3. How many cameras were bought in 2024?

Response:
Yes. About half. 120 cameras.
""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2", "3"]


def test_a_manual_search_that_was_then_done_is_no_cost_refusal():
    rec = _parse("""Anyshire Police
Our ref: FOI 2025/0512

Request:
Has the force ever used a sound cannon at a protest?

Response:
To establish whether we hold any record would require a manual search of the public order logs.
This search has been completed and no relevant record was found, so the information is not held.
""")
    assert rec["outcome"] == "not_held"


def test_the_request_reported_back_with_the_answer_in_the_same_sentence_still_decides():
    rec = _parse("""Anyshire Police
Our ref: FOI 2025/0513

You asked if the force holds a policy on drone use; the policy is attached.
""")
    assert rec["outcome"] == "full"


def test_not_held_with_no_retrieval_within_the_limit_is_still_not_held():
    rec = _parse("""Anyshire Police
Our ref: FOI 2025/0514

You asked: How many stop searches of children under 10 were made in 2024?

Anyshire Police does not hold this information. The age of a person searched is not recorded on our
system, so there is no information that we could retrieve within the appropriate limit or otherwise.
""")
    assert rec["outcome"] == "not_held"
