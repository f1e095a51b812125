"""Structures from the session-20 work on tables copied one cell per line, each written here afresh."""
from __future__ import annotations

from parsers import cell_lines, parse_document
from parsers.furniture import clean_lines
from tests.support.parse_docs import asks as _asks


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def _figures(rec: dict) -> set[tuple[str, str | None, float | None]]:
    return {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}


def test_a_table_copied_one_cell_per_line_with_years_as_row_labels_is_read_row_by_row():
    rec = _parse("""Anyshire Police
Freedom of Information Request: 000318/25

Response
The table below shows dog bite injuries to officers by year.

Year
Officers bitten
Needed hospital treatment
2022
17
4
2023
21
<5
2024
12
3

Where a figure is fewer than five it is shown as <5.
""")
    got = _figures(rec)
    assert ("Officers bitten", "2023", 21) in got
    assert ("Needed hospital treatment", "2024", 3) in got
    assert ("Needed hospital treatment", "2023", None) in got  # the "<5" cell
    assert len(got) == 6


def test_bare_numbers_among_cells_are_figures_not_page_numbers():
    lines = clean_lines("""The outcomes were as follows.

Outcome
Number
Charged
412
Cautioned
96
Total
508

Please contact us if you need more.
""")
    assert "412" in lines and "96" in lines


def test_a_bare_number_among_prose_is_still_a_page_number():
    lines = clean_lines("""We have searched our systems and hold no record of the leaflets you describe.

7

The leaflets were printed by the county council, which may hold them.
""")
    assert "7" not in [ln.strip() for ln in lines]


def test_a_header_of_period_columns_then_labelled_rows_one_cell_per_line():
    rec = _parse("""Dear Mr Okafor,

Thank you for your request. The information is set out below.

Measure
Apr-Jun 2024
Jul-Sep 2024
Stop searches
311
284
Arrests following a search
52
47

A person may be searched more than once.
""")
    got = _figures(rec)
    assert len(got) == 4
    assert any(m.startswith("Arrests following a search") and v == 47 for m, _, v in got)


def test_cells_that_keep_a_trailing_bar_and_blank_lines_between_them():
    rec = _parse("""Please see the table below.

Item |

Number held |

Drones |

4 |

Thermal cameras |

9 |

If you have any further questions please contact us.
""")
    got = _figures(rec)
    assert ("Drones / Number held", None, 4) in got or ("Drones", None, 4) in got
    assert len(got) == 2


def test_one_row_under_a_wide_header_is_a_table_when_it_ends_the_run():
    rec = _parse("""In relation to question 1, the figures for 2023 are below:

Year
Arrests
Charges
Convictions
2023
64
29
18

In relation to question 2, no information is held.
""")
    assert {("Arrests", "2023", 64), ("Charges", "2023", 29), ("Convictions", "2023", 18)} <= _figures(rec)


def test_short_lines_that_are_not_a_table_give_no_table():
    assert cell_lines.table_at(["Yours sincerely", "", "Jo Bloggs", "Disclosure Officer", "Anyshire Police",
                                "PO Box 12", "Anytown AN1 2BB"], 0) is None
    # a list of asks, one per line, is no table either
    assert cell_lines.cell("How many officers were assaulted in 2024?") is None


def test_an_aligned_table_carried_over_a_page_break_without_its_header_goes_on():
    rec = _parse("""Anyshire Police - Appendix A
Request reference: 007001/24

Knife crimes recorded by area

Area                      2022/23     2023/24
North                         214         231
South                         188         176
\f
East                          143         150
Total                         545         557

Notes: counts are of crimes recorded.
""")
    got = _figures(rec)
    assert ("East", "2023/24", 150) in got
    assert ("Total", "2022/23", 545) in got
    assert not any("143" in m or "East" == p for m, p, _ in got)  # the first row after the break is no header


def test_the_header_printed_again_after_a_page_break_is_not_a_row():
    rec = _parse("""Anyshire Police

Fires attended by officers

District                  2023      2024
Riverside                   41        38
Hillside                    27        30
\f
District                  2023      2024
Total                       68        68
""")
    got = _figures(rec)
    assert ("Total", "2024", 68) in got
    assert not any(m.startswith("District") for m, _, _ in got)


def test_lettered_outcomes_that_finish_one_count_are_one_ask():
    rec = _parse("""Anyshire Police
Reference: 2025/0412

Your request:
1. How many dog attacks on postal workers were reported to the force in 2024?
2. Of those reports, how many led to (a) a warning, (b) a caution or (c) a charge?

Response:
1. 37 attacks were reported.
2. 9 led to a warning, 4 to a caution and 6 to a charge.
""")
    assert len(_asks(rec)) == 2
    assert "(c) a charge" in _asks(rec)[1]


def test_lettered_clauses_inside_a_numbered_ask_are_asks_of_their_own():
    rec = _parse("""Anyshire Police
Reference: 2025/0413

Your request:
Q1. How many speed cameras does the force operate?
Q2. (a) How many mobile camera vans were in service in 2024, and (b) what did the force spend on them?

Response:
Q1. 24 fixed cameras.
Q2. Six vans were in service; the spend was £210,000.
""")
    asks = _asks(rec)
    assert len(asks) == 3
    assert asks[2].lower().startswith("what did the force spend")


def test_item_c_whose_ask_ends_in_a_year_is_not_a_copyright_line():
    rec = _parse("""Anyshire Police
Reference: 2025/0414

Your request:
Please tell me (a) how many officers carry incapacitant spray, (b) how many times it was used in 2024, and (c) whether any complaints were made about its use in 2024.

Response:
All 1,210 officers carry it. It was used 312 times and one complaint was made.
""")
    asks = _asks(rec)
    assert len(asks) == 3
    assert asks[2].startswith("whether any complaints")


def test_a_wish_for_the_file_the_answer_comes_in_is_no_ask():
    rec = _parse("""Dear Anyshire Police,

Please tell me how many bicycles were reported stolen in Anytown in 2024.
Please tell me how many of those bicycles were recovered.
If possible, please send the figures as an Excel file rather than a PDF.

Yours faithfully,
A Requester
""")
    assert len(_asks(rec)) == 2


def test_a_first_person_addition_after_a_full_stop_is_a_new_ask():
    rec = _parse("""Anyshire Police
Reference: 2025/0777

Your request:
Please provide all information you hold about the closure of Anytown front counter in 2023, including emails and minutes of meetings. I also want to know how many visitors the counter had in its last year.

Response:
The emails and minutes are attached. The counter had 1,204 visitors in its last year.
""")
    asks = _asks(rec)
    assert len(asks) == 2 and asks[1].startswith("I also want to know")


def test_a_back_link_standing_alone_in_the_main_block_is_not_request_text():
    html = b"""<html><body><main>
<a class="back" href="/log">&larr; Back to disclosures</a>
<h1>Courier fraud reports</h1>
<p>I would like to know how many reports of courier fraud the force received in 2024.</p>
<p>Please provide the total lost by victims of courier fraud in 2024.</p>
<h2>Response</h2>
<p>The force received 212 reports; victims lost 1.9 million pounds.</p>
</main></body></html>"""
    rec = parse_document(html, "text/html")
    assert not any("back to" in a.lower() for a in _asks(rec))


def test_a_case_number_glued_to_its_letters_after_a_title_is_the_reference():
    from parsers.fields import reference
    assert reference.split_title("Police dogs at naval bases: FOI2025/00412") == ("Police dogs at naval bases", "FOI2025/00412")
    # a field's label before it is no title
    assert reference.split_title("Our Reference No: FOI2025/00412")[1] is None


def test_a_review_saying_the_section_no_longer_applies_drops_it_and_the_answer_is_full():
    rec = _parse("""Anyshire Police - Internal Review
Reference: IR/2025/031

The original response refused the request under Section 12(1) of the Freedom of Information Act 2000.

Review findings
The call system produces a monthly report holding both figures. I therefore do not uphold the
original decision, and Section 12(1) no longer applies.

The information you asked for is:

- In May 2025 the force received 18,204 calls on 999.
- 16,950 of those calls were answered within 10 seconds.
""")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


def test_the_hits_of_a_search_run_to_size_the_work_are_no_answer():
    rec = _parse("""Anyshire Police
Enquiry Reference: 512-25

1) How many thefts of catalytic converters were recorded at supermarket car parks in 2024?

Response
The location type is not a field on our crime system. We searched the free-text location of every
theft for the word supermarket. The search returned the
following number of occurrences:

Year
Occurrences returned
2023
611
2024
702

Each occurrence would need to be read, which would take more than 60 hours. Section 12(1) of the
Freedom of Information Act 2000 means the force is not obliged to comply with a request whose cost
would exceed the appropriate limit. This letter is a refusal notice.
""")
    assert rec["outcome"] == "cost_limit"


def test_a_page_header_printed_between_rows_of_a_cell_table_does_not_end_it():
    rec = _parse("""The figures are below.

Year
Seizures
2022
41
2023
38

Anyshire Police - Enquiry Reference: 700-25

2024
52
Total
131

End of response.
""")
    got = _figures(rec)
    assert ("Seizures", "2024", 52) in got
    assert any(m.startswith("Total") and v == 131 for m, _, v in got)


def test_period_labels_of_one_year_printed_as_spans_and_with_apostrophes():
    from parsers import figures
    assert figures.split_period("Jan 2023 – Dec 2023") == ("2023", None)
    assert figures.split_period("01/01/2024 - 31/12/2024") == ("2024", None)
    assert figures.split_period("Apr'21 - Mar'22") == ("2021/22", None)
    assert figures.split_period("Apr 2024 - Jun 2024") == ("2024", "Apr - Jun")
    assert figures.split_period("Jul 2023 - Jun 2024")[0] == "Jul 2023 - Jun 2024"  # no one year: as printed
    assert figures.caption_period_of("Stops by ethnicity, 1 April 2022 - 31 March 2023") == "2022/23"
    assert figures.worded_period("2024 (£)") == "2024"
    assert figures.value_of("+12") == (True, 12)


def test_a_pointer_next_to_the_public_interest_test_gives_nothing():
    rec = _parse("""Anyshire Police
Reference: 2025/0909

Request
How much did the force spend on armoured vehicles in 2024?

Response
This information is exempt under Section 24(1) and Section 31(1)(a) of the Act.
I have completed a Public Interest Test for Section 24 and Section 31. Please see below.
Factors favouring disclosure: spending of public money is accounted for.
Factors favouring non-disclosure: the scale of armed capability would be revealed.
On balance the public interest favours withholding the information.
""")
    assert rec["outcome"] == "refused"


def test_a_section_the_force_did_not_rely_on_is_no_label():
    rec = _parse("""Anyshire Police
Reference: 2025/0910

Request
Please provide every e-mail about my previous eleven requests.

Response
The force has decided that your request is vexatious and refuses it under Section 14(1) of the Act.
Although the requests together would also exceed the appropriate limit, the force has not relied
on Section 12 for this request.
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s14(1)"]
    assert rec["outcome"] == "vexatious"


def test_foi_glued_to_its_number_stays_in_the_reference_of_an_annex():
    from parsers.fields import reference
    assert reference.decide("Anyshire Police\nAnnex B to FOI2025/00612\nStops by month") == "FOI2025/00612"
    assert reference.decide("Anyshire Police\nAnnex B to FOI 612/25\nStops by month") == "612/25"


def test_a_title_naming_a_span_keeps_its_end_date():
    from parsers.fields import title_checks
    assert title_checks.clean("Thefts by district, 1 April 2023 - 31 March 2024")[0].endswith("31 March 2024")
    assert title_checks.clean("Knife arches - 14 May 2025")[0] == "Knife arches"


def test_foisa_personal_data_conditions_give_the_one_exemption():
    from parsers.fields.exemptions import find_labels
    assert find_labels("withheld under section 38(1)(b), read with section 38(2A), of FOISA", "FOISA") == ["s38(1)(b)"]


def test_a_lettered_ask_naming_two_counts_inline_stays_one_ask():
    rec = _parse("""Anyshire Police
Reference: 2025/0921

Your request:
1. How many mobile speed camera sites did the force use in 2024?
a) When was each site first used?
b) In relation to each site, (i) how many offences were detected and (ii) how many were prosecuted?

Response:
We used 14 sites. The dates and counts are in the attached table.
""")
    asks = _asks(rec)
    assert len(asks) == 3
    assert "(ii) how many were prosecuted" in asks[2]


def test_lettered_leave_types_inside_a_numbered_question_are_one_ask():
    rec = _parse("""Anyshire Police
Reference: 2025/0922

Your request:
1. How many police officers started (a) maternity leave, (b) paternity leave and (c) shared parental leave in the 2024/25 financial year?
2. How many police staff did so in the same year?

Response:
1. 31, 44 and 6.
2. 52, 20 and 3.
""")
    assert len(_asks(rec)) == 2


def test_foi_q_labels_are_the_asks_numbers():
    rec = _parse("""Dear Anyshire Police,

FOI Q1. How many police cadets did the force have on 1 April 2025?
FOI Q2. How many cadet leaders were police officers?

Yours faithfully,
A Requester

Dear Requester,
Our reference: 2025-0923
The force had 212 cadets and 19 of the 40 leaders were officers.
""")
    asks = _asks(rec)
    assert len(asks) == 2 and asks[0].startswith("How many police cadets")


def test_conditions_on_how_to_read_the_asks_are_no_asks():
    rec = _parse("""Anyshire Police
Reference: 2025/0924

Request
1. How many custody images of people never charged does the force hold?
2. How many of those images are of children?
If you need a date range, please use images taken in 2024.
If you can, please give the two figures separately for each custody suite.

Response
1. 3,102 images. 2. 211 images.
""")
    assert len(_asks(rec)) == 2


def test_asks_restated_under_a_response_heading_below_the_answers_intro():
    rec = _parse("""Our Ref: 000512/25

Information Rights Section
Anyshire Police HQ

2 June 2025

Request under the Freedom of Information Act 2000 (FOIA)

I write in connection with your request for information received on 6 May 2025.

Please find below answers to your questions:-

RESPONSE

1. How many police horses does the force keep?

Eleven.

2. Does the force share its horses with a neighbouring force?

No.
""")
    asks = _asks(rec)
    assert asks == ["How many police horses does the force keep?",
                    "Does the force share its horses with a neighbouring force?"]


# ---- the review of round 20's rules: shapes they must leave alone -------------------------------

def test_a_record_fields_block_and_a_contents_page_are_no_tables():
    assert cell_lines.table_at(["Category", "Workforce", "Request number", "1237", "Response time", "18",
                                "Pages", "2"], 0) is None
    assert cell_lines.table_at(["Contents", "Page", "Introduction", "3", "Scope", "4", "Training", "7"], 0) is None
    assert cell_lines.table_at(["Archive by year", "2025", "2024", "2023", "2022", "2021", "2020"], 0) is None


def test_a_year_in_a_value_place_ends_the_rows_instead_of_shifting_them():
    found = cell_lines.table_at(["Year", "Hearings", "Dismissed", "2021", "11", "6", "2022", "14", "2023", "9", "3"], 0)
    assert found is None or all(r[2] != "2023" for r in found[2])


def test_a_bare_number_ending_a_page_inside_a_cell_table_is_kept():
    lines = clean_lines("Year\nSeizures\n2022\n41\n2023\n38\nTotal\n79\n")
    assert "79" in [ln.strip() for ln in lines]


def test_a_second_aligned_table_with_a_header_of_years_is_not_glued_to_the_first():
    rec = _parse("""Area                2022     2023
North                214      231
South                188      176

Offence             2022     2023
Burglary              50       61
Robbery               12       15
""")
    assert not any(m.startswith("Offence") for m, _, _ in _figures(rec))


def test_an_ask_for_data_as_a_spreadsheet_listing_records_is_still_an_ask():
    rec = _parse("""Anyshire Police
Reference: 2025/0961

Your request:
Could you please provide the data as a spreadsheet listing every vehicle pursuit in 2024, with its date, duration and outcome.

Response:
The spreadsheet is attached.
""")
    assert len(_asks(rec)) == 1


def test_a_search_that_found_what_was_asked_for_is_the_answer():
    rec = _parse("""Anyshire Police
Reference: 2025/0962

Request
How many incidents of dogs attacking livestock were reported in 2023 and 2024, and what breed was each dog?

Response
Our search identified the following incidents:

Year        Incidents
2023               48
2024               61

The breed is not a recorded field. Each of the 109 logs would have to be read to find it, which would exceed
the appropriate limit under Section 12(1) of the Act.
""")
    assert rec["outcome"] == "partial"


def test_please_see_below_before_figures_still_gives():
    rec = _parse("""Anyshire Police
Reference: 2025/0963

Request
How many authorised firearms officers does the force have, and at which stations are they based?

Response
Having weighed the public interest, the public interest favours disclosing the total number of officers. Please see below.
Total authorised firearms officers: 142.
The stations are withheld under Section 24(1) and Section 31(1)(a) of the Act.
""")
    assert rec["outcome"] == "partial"


def test_a_section_that_no_longer_applies_to_part_of_the_request_still_applies_to_the_rest():
    rec = _parse("""Anyshire Police - Internal Review
Reference: IR/2025/046

Review findings
Section 30(1)(a) no longer applies to the two closed investigations, whose files are now disclosed.
The third investigation remains open and its file remains withheld under Section 30(1)(a).
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s30(1)(a)"]


def test_asking_for_an_acknowledgement_is_no_ask():
    rec = _parse("""Dear Anyshire Police,

Please tell me how many officers were dismissed for gross misconduct in 2024. I also request that you acknowledge receipt of this request by email.

Yours faithfully,
A Requester

Dear Requester,
Our reference: 2025-0964
Nine officers were dismissed.
""")
    assert len(_asks(rec)) == 1


def test_a_week_printed_with_its_days_is_kept_as_printed():
    from parsers import figures
    assert figures.split_period("28 Apr 2024 - 4 May 2024") == ("28 Apr 2024 - 4 May 2024", None)
    assert figures.caption_period_of("Arrests by year, 2021/22 to 2023/24 (1 April 2023 - 31 March 2024 provisional)") is None


def test_item_c_starting_with_a_capital_is_still_an_item():
    from parsers.fields import list_grammar
    assert list_grammar.item("(c) The number of complaints made about its use in 2024") is not None
    assert list_grammar.item("(c) Anyshire Constabulary 2025") is None


def test_a_link_inside_a_sentence_stays():
    html = b"""<html><body><main><h1>Phased returns</h1>
<div>How many officers used the force's <a href="/rtw">Return to Work scheme</a> in 2024?</div>
<h2>Response</h2><p>41 officers.</p></main></body></html>"""
    rec = parse_document(html, "text/html")
    assert any("Return to Work scheme" in a for a in _asks(rec))


def test_a_reference_glued_to_foi_after_a_dash_stays_whole():
    from parsers.fields import reference
    assert reference.split_title("Armed officers at naval bases - FOI2024/01187") == (
        "Armed officers at naval bases", "FOI2024/01187")


# ---- real-page review 12 ----------------------------------------------------------------------

def test_answers_labelled_q1_after_asks_numbered_1_are_answers():
    rec = _parse("""Anyshire Police
Ill-treatment of swans (204A/25)

1) In each of the calendar years 2022, 2023 and 2024, how many crimes of harming a swan did the force record?
2) For each crime, please provide the outcome.

Q1: Zero
Q2: Not applicable as zero result
""")
    assert len(_asks(rec)) == 2
    assert rec["outcome"] == "full"


def test_asks_numbered_on_after_a_heading_that_answers_two_of_them():
    rec = _parse("""Anyshire Police
Our Ref: 001122/25

Please find below answers to your questions:-
1) The number of people charged with drink driving in 2023 and 2024
2) A breakdown of these figures by sex
Q1 & 2. Number of people charged with drink driving by sex
Year      Female     Male
2023         208      913
2024         163      836
3) The number of those charged who were aged under 18
Q3. Eleven people aged under 18 were charged.
""")
    asks = _asks(rec)
    assert len(asks) == 3 and asks[2].startswith("The number of those charged")


def test_a_short_subject_ending_in_a_street_word_can_be_a_title():
    from parsers.fields import title_checks
    assert not title_checks.not_a_title("Drink drive")
    assert title_checks.not_a_title("London Road")


def test_the_requesters_understanding_between_asks_is_no_ask():
    rec = _parse("""Anyshire Police
Reference 301/25

You asked:
I would like a breakdown of crimes recorded where both suspect and victim were under the age of criminal responsibility.
In England and Wales I understand the age of criminal responsibility to be 10 years old and as eight years old in Scotland.
Please could you provide the ages recorded for the suspects and victims for 2023 and 2024?

In Response:
The figures are attached.
""")
    assert len(_asks(rec)) == 2


def test_a_fallback_in_brackets_is_no_ask_and_a_verbless_count_is():
    rec = _parse("""Anyshire Police
Reference 302/25

Request
Number of arrest warrants outstanding on 1 April 2025.
(If exact figures are not held, please supply the closest equivalent routinely held statistic.)

Response
There were 1,204 outstanding warrants.
""")
    asks = _asks(rec)
    assert asks == ["Number of arrest warrants outstanding on 1 April 2025."]


# ---- clarifications that change the asks ----------------------------------------------------------

def test_a_question_the_requester_disregards_in_a_clarification_is_dropped():
    rec = _parse("""Anyshire Police
FREEDOM OF INFORMATION REQUEST REFERENCE NO: 410022

Request
1. How many officers hold a current Taser qualification?
2. How many times was a Taser fired in 2024?
3. Please provide a copy of every Taser use-of-force form completed in 2024.
Clarification received: Please disregard question 3; I will narrow it later.

Response
1. 512 officers. 2. 41 times.
""")
    assert len(_asks(rec)) == 2


def test_the_forces_advice_to_remove_questions_takes_nothing_back():
    rec = _parse("""Anyshire Police
FOI Reference: 410023

Request:
1. How many drones does the force own?
2. How many flights did they make in 2024?
3. Which flights recorded footage of private gardens?

Response:
The cost of answering question 3 exceeds the appropriate limit under Section 12(1) of the Act.
If you remove question 3 we may be able to answer questions 1 and 2 within the limit.
""")
    assert len(_asks(rec)) == 3


def test_the_request_as_restated_after_a_clarification_is_the_one_answered():
    rec = _parse("""Dear Anyshire Police,

Please could you provide the following:

- the number of assaults on bus drivers recorded in 2024
- the number of those assaults in which someone was charged
- the five routes with the most assaults

Yours faithfully,
A Requester

Dear Requester,

Freedom of Information Request Reference No: 1999-25
Date: 2 May 2025

Thank you for your clarification of 20 April 2025. Your request now reads:

1. The number of assaults on drivers employed by bus operators recorded in 2024.
2. The number of those assaults in which someone was charged.

The force holds the information: 214 assaults were recorded and 61 led to a charge.
""")
    asks = _asks(rec)
    assert len(asks) == 2 and asks[0].startswith("The number of assaults on drivers employed")


def test_asks_after_bare_q_labels_end_at_the_a_label():
    rec = _parse("""Anyshire Police
Our ref: HQ/PA/000777/25

Dear Requester,
Your request has been repeated below with our response.
Q: How many children were reported missing from care homes in 2024?
Q: How many individual children do those reports relate to?
A: This request is being refused under Section 12(1) of the FOIA. The cost of reading each report would
exceed the appropriate limit.
""")
    assert _asks(rec) == ["How many children were reported missing from care homes in 2024?",
                          "How many individual children do those reports relate to?"]


def test_notes_under_the_asks_are_no_asks():
    rec = _parse("""Anyshire Police
FOI Reference:1301/2025

Request
For each of the calendar years 2023 and 2024, please provide:

The number of livestock worrying incidents reported to the force.

The number of people charged under the Dogs (Protection of Livestock) Act 1953.

Notes to reduce burden:

I am asking for totals only and do not need details of incidents.

Response
The force holds the information: 201 incidents and 12 people charged.
""")
    assert len(_asks(rec)) == 2


def test_a_heading_under_the_forces_running_header_is_the_title():
    rec = _parse("""Dyfed-Powys Police | Heddlu Dyfed-Powys
Page 1
Sheep worrying by dogs
FOI Reference:1302/2025
Request
How many sheep worrying incidents were reported in 2024?
Response
The force recorded 176 incidents.
""")
    assert rec["title"] == "Sheep worrying by dogs"


def test_a_subject_line_of_the_acts_words_and_a_date_is_no_title():
    from parsers.fields import title_checks
    line = "Re: Request for information under the provisions of the Freedom of Information Act 2000, first notified"
    assert title_checks.not_a_title(title_checks.clean(line)[0])


# ---- blind sets h1-h4 (written on fe49a10) ---------------------------------------------------------

def test_manifestly_unreasonable_for_one_part_beside_an_answer_is_partial_not_vexatious():
    rec = _parse("""Anyshire Police
Reference: 0777.2025-26

Request
Q1. How many hours was the force firing range used for live firing in 2024?
Q2. Copies of all soil sampling reports for the range since 2015.

Response
Q1: the range was used for live firing on 412 hours in 2024.
Q2: the sampling reports are held in paper files of about 3,000 pages that would need to be read. We consider
this part of the request to be manifestly unreasonable, and the exception at regulation 12(4)(b) of the EIR
applies.
""")
    assert rec["outcome"] == "partial"


def test_sections_weighed_then_concluded_not_to_apply_are_no_labels():
    rec = _parse("""Anyshire Police - Internal Review
Reference: IR/2025/090

The application of Section 12(1) is therefore not upheld and the figures are given below.
In reaching this decision I considered whether section 24(1) or section 31(1)(a) should apply to annual
totals for the whole force. I concluded that they do not, because the totals reveal nothing about any site.

In 2024 the force recorded 14 incidents.
""")
    assert rec["exemptions"] == []


def test_a_total_row_labelled_with_its_year_is_that_years_total():
    from parsers import figures
    got = figures.table_figures({"caption": None, "header": ["Quarter", "Stops"],
                                 "rows": [["Jan - Mar 2024", "41"], ["Apr - Jun 2024", "38"], ["2024 total", "79"]]}, 0)
    assert {"measure": "Total / Stops", "period": "2024", "value": 79} in [
        {k: f[k] for k in ("measure", "period", "value")} for f in got]
    assert figures.split_period("FY 2021-22") == ("2021-22", None)


def test_what_the_requester_means_by_a_point_is_no_ask():
    rec = _parse("""Anyshire Police
Reference: 2025/0931

Request
1. The make and model of each chief officer's car.
2. Whether each car is fitted with blue lights.

With regards to point 2, I mean any emergency equipment, whether visible or concealed.

Response
1. Three cars: two BMW 5 Series and one Volvo XC90. 2. All three are fitted.
""")
    assert len(_asks(rec)) == 2


def test_a_case_number_before_the_subject_of_a_heading():
    from parsers.fields import reference
    assert reference.split_title("202531877 - Burglary 999 calls") == ("Burglary 999 calls", "202531877")


def test_gov_uk_release_references_review_suffixes_and_year_to_year_periods():
    from parsers import figures
    from parsers.fields import reference
    assert reference.decide("Ministry of Defence Police\nFOI release FOI2025/10442\n") == "FOI2025/10442"
    assert reference.decide("Our ref: FOI 2025-077 IR\nDate: 3 May 2025") == "FOI 2025-077 IR"
    assert reference.decide("Our ref: 1234/25\nIR stands for internal review.") == "1234/25"
    assert figures.split_period("2022 to 2023") == ("2022 to 2023", None)


def test_a_review_recalling_the_response_of_a_date_and_an_ask_naming_the_force():
    rec = _parse("""Anyshire Police
Our Ref: 005900/25

Internal Review - Dogs left in hot cars

Your original request
1. How many calls did the force receive about dogs left in hot cars in 2024?
2. In how many did an officer attend?
3. What Anyshire Police does to warn drivers about leaving dogs in cars.
On 3 April 2025, you subsequently clarified that 'calls' means 999 and 101 calls.

Our original response
The response of 29 April 2025 refused your request under Section 12(1) of the Act.

Review findings
I do not uphold the use of Section 12(1), and the information is disclosed below.
1. 212 calls. 2. 140. 3. The force runs a summer campaign on social media.
""")
    assert len(_asks(rec)) == 3
    assert rec["outcome"] == "full"


def test_information_given_under_the_data_protection_act_is_not_this_requests_answer():
    rec = _parse("""Anyshire Police
Reference: 2025/0990

Response
Anyshire Police has decided to refuse your request under Section 14(1) of the Freedom of Information Act
2000, as the request is vexatious. The information about your own arrest has been provided to you under
the Data Protection Act 2018.
""")
    assert rec["outcome"] == "vexatious"


def test_a_numbered_list_of_examples_of_what_the_request_covers_is_no_ask():
    rec = _parse("""Dear Anyshire Police,

I am writing to request information about equipment that lets police read phones without the owner knowing.

To help you identify the information, examples of what I mean include:

1. Devices called "IMSI catchers", which imitate a phone mast.
2. Software that copies the contents of a person's cloud storage using
credentials taken from a seized phone.

QUESTIONS

a) Does your force have access to any equipment of the kinds described above?
b) If so, please name each product and its supplier.

Yours faithfully,
A Requester

Dear Requester,
Reference: 2025/0995
The force neither confirms nor denies that it holds this information.
""")
    assert len(_asks(rec)) == 2


def test_one_cue_decides_a_file_format_wish_whatever_its_opening():
    from parsers.fields.request_bounds import NOT_ASK
    assert NOT_ASK.match("Please provide the information in the form of an Excel spreadsheet.")
    assert not NOT_ASK.match("Please provide the data as a spreadsheet listing every stop in 2024, with its outcome.")
