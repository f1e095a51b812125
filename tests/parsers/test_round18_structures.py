"""Structures from the session-18 blind sets (d1-d4) and real-page review 9, each written here afresh."""
from __future__ import annotations

from parsers import parse_document
from tests.support.parse_docs import asks as _asks


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def test_places_lettered_inside_a_breakdown_are_not_asks_but_the_letters_after_them_are():
    rec = _parse("""Anyshire Constabulary
Our ref: FOI 25/301
2 June 2025

Dear Mr Fenwick,

Thank you for your email of 6 May 2025, in which you asked:

"For each quarter of 2024, broken down between i) Harbourside and ii) Northgate, please tell me: a) the number of
bicycles reported stolen; b) the number recovered; c) the number returned to their owners."

We hold the information and the figures are in the table below.

Yours sincerely,
""")
    assert _asks(rec) == ["the number of bicycles reported stolen", "the number recovered",
                          "the number returned to their owners"]


def test_short_grades_lettered_under_an_ask_ending_graded_as_are_its_categories():
    rec = _parse("""Anyshire Police
Our reference: FOI/0917/25

Thank you for your request received on 3 March 2025, in which you asked:

1. How many officers were assaulted on duty in 2024?
2. For 2024, what was the average time taken to answer calls graded as:
a. urgent
b. routine
3. How many calls were abandoned in 2024?

Anyshire Police holds the information and it is provided below.
""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2", "3"]
    assert _asks(rec)[1].startswith("For 2024, what was the average time")


def test_numbered_asks_run_together_inside_a_quoted_paragraph_are_each_an_ask():
    rec = _parse("""Anyshire Constabulary
Our Ref: FOI 2025/00412
Date: 3 June 2025

Dear Requester

In your email you requested the following information: “1) How many horses does the mounted
section keep? 2) Please provide the annual cost of their feed for 2023 and 2024. 3) How many of the
horses were retired in 2024?”

A search for information has now been completed and the information is held. Please see Annex A.

Yours sincerely
""")
    assert _asks(rec) == ["How many horses does the mounted section keep?",
                          "Please provide the annual cost of their feed for 2023 and 2024.",
                          "How many of the horses were retired in 2024?"]


def test_a_reference_in_square_brackets_or_with_spaced_hyphens_is_read_whole():
    rec = _parse("Request Number: [FOI/16230]\n\nRequest\n\nHow many dogs were seized in 2024?\n\n"
                 "Response\n\nWe seized 31 dogs.\n")
    assert rec["reference"] == "FOI/16230"
    rec = _parse("Reference: FOI - 2023 - 00417\n\nRequest\n\nHow many dogs were seized in 2024?\n\n"
                 "Response\n\nWe seized 31 dogs.\n")
    assert rec["reference"].replace(" ", "") == "FOI-2023-00417"


def test_a_search_that_found_the_following_is_the_force_not_the_request_intro():
    rec = _parse("""Horse feed

1) How many horses did the mounted section keep during 2016?

2) What did their feed cost during 2016?

A search was carried out of the records held by the Mounted Section and Finance, which found the following:

The section does not record the number of horses kept in a year. Feed is bought with other supplies and its
cost is not recorded apart from them.

The information you have requested is therefore not held by Anyshire Constabulary.
""")
    assert _asks(rec) == ["How many horses did the mounted section keep during 2016?",
                          "What did their feed cost during 2016?"]
    assert rec["outcome"] == "not_held"


def test_the_force_s_clarification_bullets_inside_the_request_are_no_asks():
    rec = _parse("""Request Number: FOI/17310

Request Details

Request 1

The number of quad bikes reported stolen in each of 2023 and 2024.

Clarification Sought

• By quad bikes, do you mean farm vehicles only, or also those used for leisure?

Clarification Received

• All quad bikes, whatever their use.

Request 2

How many of the stolen quad bikes were recovered?

Answer

The figures are in the table below.
""")
    assert _asks(rec) == ["The number of quad bikes reported stolen in each of 2023 and 2024.",
                          "How many of the stolen quad bikes were recovered?"]
    rec = _parse("""Freedom of Information Request 412/25

Request

1. How many kayaks were stolen from the harbour in 2024?
2. How many were recovered?

Further to this, we also sought clarity on the below points and your answer is shown after each point.

• Should canoes be included? – Yes
• Should thefts from private moorings be included? – No

Response

The figures are below.
""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]


def test_only_the_asks_of_the_request_that_replaced_the_original_count():
    rec = parse_document(b"""<html><body><main><h1>Horse patrols, May 2025</h1>
<p>ORIGINAL REQUEST (301/25)</p>
<p>Please tell me, for every day of 2023 and 2024, where each mounted patrol went and for how long.</p>
<p>RESPONSE TO ORIGINAL REQUEST</p>
<p>We advised that patrol routes are not recorded centrally and would have to be read from each duty sheet,
which would exceed the 18 hour limit. We suggested a single month.</p>
<p>NEW REQUEST (377/25)</p>
<p>As suggested, please tell me how many mounted patrols took place in May 2025.</p>
<p>RESPONSE</p>
<p>There were 41 mounted patrols in May 2025.</p>
</main></body></html>""", "text/html")
    assert _asks(rec) == ["As suggested, please tell me how many mounted patrols took place in May 2025."]
    assert rec["outcome"] == "full"
    assert "every day of 2023 and 2024" in rec["request_text"]  # kept, not an ask
    rec = _parse("""Request

AMENDMENT

The information I would like is:

• The number of kennels in use on 1 April 2025.

ORIGINAL REQUEST

I would like the following information:

• The number of kennels in use on each day of 2024.

Response

There were 12 kennels in use on 1 April 2025.
""")
    assert _asks(rec) == ["The number of kennels in use on 1 April 2025."]


def test_a_section_of_an_act_whose_name_holds_small_words_is_no_exemption():
    rec = _parse("""Reference: 01/FOI/25/004117

Request

How many spiking offences were recorded in 2024?

Response

There were 212. Spiking is not an offence of its own, so these are crimes flagged as spiking, such as
administering a noxious thing under section 24 of the Offences Against the Person Act 1861.
""")
    assert rec["exemptions"] == []


def test_a_running_header_with_a_protective_marking_is_no_title():
    from parsers.fields.title_checks import not_a_title
    assert not_a_title("Dorset Police OFFICIAL")
    assert not_a_title("OFFICIAL - page 1")
    assert not not_a_title("Official visits by the Chief Constable")
    rec = _parse("""Dorset Police OFFICIAL
Page 1
FOI Ref: 25/04/0311
Date: 2 May 2025
Dear Requester,
I write in response to your request for information received on 3 April 2025:
How many horses does the mounted section keep?
Response
The mounted section keeps 9 horses.
""")
    assert rec["title"] != "Dorset Police OFFICIAL"


def test_inline_romans_with_a_stop_split_like_bracketed_ones():
    rec = _parse("""Reference: FOI 25/118

Request

Please tell me: i. how many police dogs were retired in 2024; ii. how many of them were rehomed
with their handlers; iii. what the force spent on their care after retirement.

Response

The figures follow.
""")
    assert [q["number"] for q in rec["questions"]] == ["i", "ii", "iii"]
    assert _asks(rec)[1] == "how many of them were rehomed with their handlers"


def test_answers_under_the_force_s_own_answer_labels_give():
    rec = _parse("""I write in connection with your request for information which was received on 2nd May 2025 as follows:

Q1. How many dogs did the force's dog section keep in each of the last two financial years?

Q2. How much did their kennelling cost in each of those years?

Please find the Anyshire Police response set out below.

Q1 response:

2023/24 31

2024/25 29

Q2 response:

2023/24 £84,210.00

2024/25 £88,904.00
""")
    assert rec["outcome"] == "full"


def test_a_template_promise_of_public_interest_factors_is_no_test_when_only_absolute_exemptions_apply():
    rec = _parse("""Request Number: FOI/17744

Request and Answer:

Your request for information below has now been considered. The exemption, as well as the factors the
Department considered when deciding where the public interest lies, are listed below.

Request

Please provide the names of the officers who attended the incident on 3 March 2025.

Answer

The names are withheld under Section 40(2) of the Act. Section 40 is an absolute exemption and there is no
requirement to consider the public interest.
""")
    assert rec["public_interest_test"] is False
    assert rec["outcome"] == "refused"


def test_the_requester_s_fallbacks_and_layout_wishes_are_no_asks():
    rec = _parse("""Dear Anyshire Police,

Please tell me how many bicycles were reported stolen from railway stations in 2024.

Please also tell me how many of them were recovered.

If some of this information is unavailable, I would still appreciate the release of the parts that are available.

If possible, I would appreciate the data being presented as a month-by-month breakdown.

Please let me know how I may adjust my request should it exceed the cost limit.

Yours faithfully,

A Requester
""")
    assert len(_asks(rec)) == 2


def test_an_exemption_applied_to_part_of_the_requested_information_gives_the_rest():
    rec = _parse("""Reference: FOI 2025/00731

Request

1. How many ANPR cameras does the force operate?
2. Where is each camera sited?

Response

A Section 31(1)(a) Law Enforcement exemption has been applied to part of the requested information.
The force operates 118 ANPR cameras. Their sites are withheld, as knowing them would help offenders avoid them.
""")
    assert rec["outcome"] == "partial"


def test_a_pointer_to_the_response_attached_says_nothing_is_given_on_the_page():
    rec = _parse("""Reference: FOI 2025/00732

Request

How many ANPR cameras does the force operate?

Response

Please see our response attached.
""")
    assert rec["outcome"] == "unknown"


def test_part_of_it_provided_below_with_the_rest_withheld_is_partial():
    rec = _parse("""Reference: FOI 2025/00733

Request

1. Which police stations have a front counter?
2. How is each station's rear yard secured?

Response

Anyshire Police holds information relevant to your request. Part of it is provided below and the remainder
is withheld for the reasons explained further down.

• Northgate – Monday to Friday, 9am to 5pm
• Harbourside – Saturday, 10am to 2pm

The security of rear yards is exempt under Section 31(1)(a) of the Act.
""")
    assert rec["outcome"] == "partial"


def test_our_response_is_as_follows_only_heads_the_response():
    rec = _parse("""Reference: FOI 25-00519

I refer to your request for information, as set out below:

    How many reports of courier fraud were received in 2024?

In accordance with section 1(1)(a) of the Act, our response is as follows.

Anyshire Police does not hold this information. Reports of fraud are made to the national reporting centre.
""")
    assert rec["outcome"] == "not_held"


def test_a_table_of_keyword_search_hits_under_a_cost_refusal_gives_nothing():
    rec = parse_document(b"""<html><body><main><h1>Spiking reports</h1>
<h2>Request</h2><p>How many reports of spiking were made in each of 2023 and 2024?</p>
<h2>Response</h2>
<p>We estimate that the cost of complying would exceed the appropriate limit under section 12(1). Spiking is
not a crime classification, and a keyword search returned the following numbers of records, each of which
would have to be read:</p>
<table><tr><th>Year</th><th>Records returned by keyword search</th></tr>
<tr><td>2023</td><td>1,402</td></tr><tr><td>2024</td><td>1,533</td></tr></table>
<p>This letter serves as a refusal notice under section 17(5) of the Act.</p>
</main></body></html>""", "text/html")
    assert rec["outcome"] == "cost_limit"


def test_a_letter_indented_under_a_roman_item_is_its_sub_ask():
    rec = _parse("""Dear Anyshire Police,

Please provide the following information for 2024:

i. boats reported stolen from the marina
ii. of those, the boats recovered
iii. of those recovered, the boats returned to their owners
   a. where a recovered boat was not returned, how it was disposed of
iv. the force's policy on keeping recovered boats

Yours faithfully,

A Requester
""")
    assert [q["number"] for q in rec["questions"]] == ["i", "ii", "iii", "iiia", "iv"]
    assert _asks(rec)[2] == "of those recovered, the boats returned to their owners"


def test_a_lettered_list_that_starts_again_under_its_own_section_name_goes_on():
    rec = parse_document(b"""<html><body><main><h1>Dog incidents</h1>
<p>Request:</p>
<p>I would like the following information for each of 2023 and 2024.</p>
<p><strong>Sheep worrying</strong></p>
<p>a. The number of sheep worrying incidents reported.</p>
<p>b. The number of those in which a dog was destroyed.</p>
<p><strong>Seized dogs</strong></p>
<p>a. The number of dogs seized as suspected prohibited types.</p>
<p>b. The amount spent on kennelling seized dogs.</p>
<p>Response:</p>
<p>The figures are in the tables below.</p>
</main></body></html>""", "text/html")
    assert _asks(rec) == ["The number of sheep worrying incidents reported.",
                          "The number of those in which a dog was destroyed.",
                          "The number of dogs seized as suspected prohibited types.",
                          "The amount spent on kennelling seized dogs."]


def test_an_essex_field_block_gives_the_request_number_under_pub_across_a_blank_line():
    rec = parse_document(b"""<html><body><main><p>Dogs, Seizures, Kennels</p><p>PUB 2044</p><p>27311</p>
<h1>Seized dogs</h1>
<p>Please can you tell me (1) how many dogs were seized in 2024, (2) how many were destroyed and (3) what
the kennelling cost.</p>
<p>Essex Police has considered your request and the figures are given below.</p></main></body></html>""",
                         "text/html")
    assert rec["reference"] == "27311"
    assert [q["number"] for q in rec["questions"]] == ["1", "2", "3"]
    assert _asks(rec)[1] == "how many were destroyed"


def test_a_table_without_a_period_takes_the_one_its_lead_in_sentence_names():
    rec = parse_document(b"""<html><body><main><h1>Dog thefts</h1>
<h2>Request</h2><p>What were the outcomes of dog theft reports in 2023 and 2024?</p>
<h2>Response</h2>
<p>In 2023 a total of 84 dog thefts were reported. The outcomes were as follows.</p>
<table><tr><th>Outcome</th><th>Total</th></tr><tr><td>Charged</td><td>9</td></tr><tr><td>No suspect</td><td>75</td></tr></table>
<p>In 2024 a total of 91 dog thefts were reported. The outcomes were as follows.</p>
<table><tr><th>Outcome</th><th>Total</th></tr><tr><td>Charged</td><td>12</td></tr><tr><td>No suspect</td><td>79</td></tr></table>
</main></body></html>""", "text/html")
    got = {(f["period"], f["value"]) for f in rec["figures"]}
    assert got == {("2023", 9), ("2023", 75), ("2024", 12), ("2024", 79)}


def test_a_lead_in_with_a_snapshot_date_gives_the_table_no_period():
    rec = parse_document(b"""<html><body><main><h1>Suspended officers</h1>
<h2>Request</h2><p>How many officers are suspended, by rank?</p>
<h2>Response</h2>
<p>The table below shows officers suspended from duty as at 30 June 2025.</p>
<table><tr><th>Rank</th><th>Officers suspended</th></tr><tr><td>Constable</td><td>17</td></tr>
<tr><td>Sergeant</td><td>4</td></tr></table>
</main></body></html>""", "text/html")
    assert {f["period"] for f in rec["figures"]} == {None}


def test_a_request_quoted_whole_under_one_bullet_mark_is_a_paragraph_of_asks():
    rec = _parse("""Our Ref: FOI/2025/0611

I note that you seek access to the following information:

* "How many times in 2024 was the force helicopter asked to search for a missing person? How many of
those searches found the person? What did the searches cost?"

RESPONSE

The figures are below.
""")
    assert _asks(rec) == [
        "How many times in 2024 was the force helicopter asked to search for a missing person?",
        "How many of those searches found the person?", "What did the searches cost?"]


def test_categories_under_their_own_label_after_listed_below_are_values_of_one_ask():
    rec = _parse("""Reference No: FOI 000311/25

Request

I am requesting the number of thefts recorded against each of the types of premises listed below, for 2024.

Types of premises:

– Farm
– Church
– Village hall
– Sports club

If possible, I would also like the value of the goods stolen.

Response

The figures are below.
""")
    assert len(_asks(rec)) == 2
    assert _asks(rec)[0].startswith("I am requesting the number of thefts")


def test_short_categories_under_a_broken_down_by_clause_stay_in_the_ask():
    rec = _parse("""Reference no: 01.FOI.25.051144

I note you seek access to the following information:

1/ Please provide the number of dog bites suffered by officers in each year from 2022 to 2024, broken down by what the officer was doing at the time:
(i) searching premises,
(ii) making an arrest, and
(iii) all other duties.
2/ Please provide the cost of treating those bites in 2024.

I have today decided to disclose the located information to you in full.
""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]


def test_section_names_over_bullet_runs_are_neither_asks_nor_part_of_one():
    rec = _parse("""Request

Under the Freedom of Information Act 2000 could you please provide the following:

Stray dogs

• How many stray dogs were taken in by the force in 2024?
• Please provide the number of those dogs returned to their owners.

Dog theft

• How many thefts of dogs were recorded in 2024?

Response

Please find below the information you have requested.
""")
    assert _asks(rec) == ["How many stray dogs were taken in by the force in 2024?",
                          "Please provide the number of those dogs returned to their owners.",
                          "How many thefts of dogs were recorded in 2024?"]


def test_stock_cost_wording_and_listed_below_decide_and_the_requester_s_as_follows_does_not():
    from parsers.fields.outcome import _classes
    assert "cost" in _classes("The cost of locating and retrieving the information exceeds the appropriate level.")
    assert "disclosure" in _classes("I have listed below the stations and their opening hours.")
    assert "disclosure" not in _classes("My questions are as follows:")


def test_a_review_letter_s_findings_drop_the_exemption_it_no_longer_relies_on():
    rec = _parse("""Freedom of Information Request Reference No: 01/FOI/25/051230
Internal Review

I have now completed the internal review of the response to your request.

The original response withheld the rota under section 31(1)(a) and the officers' names under Section 40(2).

Having read the rota, I have concluded that section 31(1)(a) is not engaged. The force no longer relies
on section 31 and the rota is now disclosed below. The officers' names remain withheld under Section 40(2).
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s40(2)"]
    rec = _parse("""Our Ref: FOI2025/04411
Internal Review: Kennel inspections

1. I am writing in response to your email of 2 May 2025 in which you asked for an internal review of our
response to your request for information about kennel inspections, in which you asked:
“1. How many kennel inspections were made in 2024?
2. At which site was each kennel inspected?”
2. The original response withheld all of the information under sections 24(1) and 31(1)(a).
3. I have concluded that section 31(1)(a) is not engaged for question 1. That information is released below.
4. The site of each kennel (question 2) remains withheld under section 24(1).
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s24(1)"]


def test_a_thread_s_last_force_message_dates_the_response_when_the_request_is_long_and_undated():
    asks = "\n\n".join(f"{k}. How many horse patrols were made in district {k} during 2024, and at what cost?"
                       for k in range(1, 12))
    rec = _parse(f"""Horse patrols by district

A Requester made this Freedom of Information request to Norfolk Constabulary

Dear Norfolk Constabulary,

{asks}

Yours faithfully,

A Requester

-------------------------------------------------------------------

Norfolk Constabulary                                           4 August 2025

Thank you for your email. It has been logged and you will receive a response within 20 working days.

-------------------------------------------------------------------

Norfolk Constabulary                                           1 September 2025

1 Attachment

  FOI 004519 25 Response.pdf
""")
    assert rec["published"] == "2025-09-01"


def test_a_labelled_reference_printed_whole_beats_a_footer_that_drops_its_foi():
    rec = _parse("""Suffolk Constabulary - FOI 004117/25 Page 1

Freedom of Information Request Reference No: FOI 004117/25

Request

How many horses does the force keep?

Response

The force keeps six horses.
""")
    assert rec["reference"] == "FOI 004117/25"


def test_the_attached_spreadsheet_with_our_response_gives_and_a_format_wish_after_bullets_asks_nothing():
    from parsers.fields.outcome import _classes
    assert "disclosure" in _classes("Please see the attached spreadsheet for our response to Q1, Q2 and Q3.")
    rec = _parse("""Reference: FOI 25/0772

Request

• How many horses does the force keep?
• How many were bought in 2024?

Please give each answer as a single figure if you can.

Response

Six horses; two were bought in 2024.
""")
    assert len(_asks(rec)) == 2


def test_sections_in_brackets_after_another_act_s_name_are_that_act_s():
    from parsers.fields.exemptions import find_labels
    assert find_labels("Covert activity is authorised under the Regulation of Investigatory Powers Act 2000 "
                       "(sections 28 and 29). The names are withheld under section 40(2).") == ["s40(2)"]
    assert find_labels("The rota is exempt under the Freedom of Information Act 2000 (section 31(1)(a)).") == ["s31(1)(a)"]


def test_the_next_numbered_ask_typed_straight_after_a_question_mark_is_its_own():
    rec = _parse("""Reference: 0441/2025

Request

1. How many quad bikes were stolen in 2024?
2. What was their estimated value?3. How many were recovered?

Response

The figures follow.
""")
    assert _asks(rec) == ["How many quad bikes were stolen in 2024?", "What was their estimated value?",
                          "How many were recovered?"]


def test_the_same_asks_for_a_second_period_under_a_parallel_lead_are_asks_again():
    rec = _parse("""Reference: FOI 2025/0912

Request

For 2023;
1. The number of officers on restricted duties.
2. The number of working days they lost.
For 2024;
1. The number of officers on restricted duties.
2. The number of working days they lost.

Response

The figures are below.
""")
    assert len(_asks(rec)) == 4


def test_years_listed_under_an_ask_are_never_asks_of_their_own():
    rec = _parse("""Request

1) How many mounted officers has the force employed in each of the following years:
1. i) 2022
2. ii) 2023
iii) 2024 to date
2) How many horses were retired in the same years?

Response

The figures are below.
""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]


def test_the_columns_lettered_under_a_list_asked_for_are_its_fields():
    rec = _parse("""You asked:

1. A list of every dog seized in 2024, one dog per line, including:
a. the breed recorded
b. the date of seizure
c. whether the dog was returned (Y/N)
2. How many kennels did the force use in 2024?

In response:

The list is attached.
""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]


def test_a_vexatious_refusal_s_table_of_past_requests_gives_nothing():
    rec = parse_document(b"""<html><body><main><h1>Internal review: kennel records</h1>
<h2>Request</h2><p>Please send me every kennel inspection record since 2010.</p>
<h2>Response</h2>
<p>The review upholds the decision that the request is vexatious under section 14(1) of the Act.
Your requests to the force on this subject are set out below.</p>
<table><tr><th>Year</th><th>Requests made</th></tr><tr><td>2023</td><td>14</td></tr><tr><td>2024</td><td>22</td></tr></table>
</main></body></html>""", "text/html")
    assert rec["outcome"] == "vexatious"


# ---- review of this round's rules: what they must not do -------------------------------------

def test_a_heading_repeated_in_the_new_response_keeps_its_exemption():
    rec = _parse("""ORIGINAL REQUEST (301/25)

Please list every ANPR camera site in the county.

RESPONSE TO ORIGINAL REQUEST

Section 31(1)(a) - Law Enforcement

NEW REQUEST (377/25)

Please tell me how many ANPR cameras the force operates and list their sites.

RESPONSE

The force operates 118 ANPR cameras. Their sites are withheld.

Section 31(1)(a) - Law Enforcement
""")
    assert "s31(1)(a)" in [e["label"] for e in rec["exemptions"]]


def test_an_internal_review_heading_over_complaint_rights_is_still_rights_text():
    from parsers.fields import force_words
    text = ("The force recorded 87 incidents.\n\nInternal Review\n\nIf you are dissatisfied you may ask for an internal "
            "review. You should say which parts of the information you believe were wrongly withheld.\n")
    kinds = dict(force_words.units(text))
    assert kinds["You should say which parts of the information you believe were wrongly withheld."] == "rights"


def test_bracketed_paragraph_numbers_of_regulations_are_no_inline_asks():
    rec = _parse("""Request

How many people were arrested under Regulation 7 (1) and Regulation 7 (2) of the Health Protection Regulations 2020?

Response

There were 14 arrests.
""")
    assert len(_asks(rec)) == 1


def test_a_stop_and_search_results_table_beside_a_partial_cost_refusal_still_gives():
    from parsers.fields.outcome import estimate_table
    assert not estimate_table({"caption": "Stop and search results, Luton, 2024", "header": ["Outcome", "Total"]})
    assert estimate_table({"caption": None, "header": ["Year", "Records returned by keyword search"]})


def test_a_lead_in_gives_only_a_year_introduced_as_a_period():
    from parsers.figures import lead_in_period
    assert lead_in_period("In 2022 a total of 2,903 crimes were recorded. The outcomes were as follows.") == "2022"
    assert lead_in_period("Thank you for your request dated 12 May 2025. The figures are in the table below.") is None
    assert lead_in_period("Since 2019 the force has recorded the following:") is None
    assert lead_in_period("Under the Dangerous Dogs Act 1991, the following dogs were seized:") is None


def test_numbered_answers_under_a_heading_of_their_own_are_no_second_run_of_asks():
    rec = _parse("""Officer assaults

1. How many officers were assaulted in 2024?
2. How many of those assaults led to a charge?

Officer assaults in 2024

1. 412 officers were assaulted.
2. 198 assaults led to a charge.
""")
    assert len(_asks(rec)) == 2


def test_a_spreadsheet_s_short_month_labels_are_filed_under_their_year():
    rec = parse_document(b"""<html><body><h2>Request</h2><p>How many spiking reports were made each month?</p>
<h2>Response</h2><table><tr><th>Month</th><th>Reports</th></tr><tr><td>Nov-24</td><td>41</td></tr>
<tr><td>Dec-24</td><td>52</td></tr></table></body></html>""", "text/html")
    assert {(f["period"], f["value"]) for f in rec["figures"]} == {("2024", 41), ("2024", 52)}
    assert all(f["measure"].startswith(("Nov", "Dec")) for f in rec["figures"])
