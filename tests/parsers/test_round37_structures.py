"""Structures from the session-37 accuracy round (blind sets yy1-yy8), each document written here
afresh: part-year and "in <year>" column periods, cookie and feedback banners of page copies that
hid the menu above the heading, letters as pdftotext lays them out (list labels set apart, the
subject above the address, a label over its value), WhatDoTheyKnow's "sent this request" line, a
question as a page heading, a blog's post heading under the site's name, a cover sheet's "Title"
row, a review that removes one exemption, asks quoted back whole, asks opening "Does <force> have",
a Request | Response header split over two lines and a reply letter dated under its reference."""
from __future__ import annotations

from openpyxl import Workbook

from parsers import parse_document
from tests.support.parse_docs import asks, labels, parse_html, parse_text, parse_xlsx


def _page(title: str, body: str, url: str = "https://www.example.police.uk/foi-ai/disclosure-log/x/") -> dict:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return parse_document(page.encode(), "text/html", url)


def _by_measure(rec: dict) -> dict[str, tuple[str | None, float]]:
    return {f["measure"]: (f["period"], f["value"]) for f in rec["figures"]}


# --- figure periods --------------------------------------------------------------------------


def test_a_part_year_row_label_gives_its_year():
    rec = parse_html("""<h1>Thefts of catalytic converters</h1>
<p>Please tell me how many catalytic converter thefts were recorded in 2024 and 2025.</p>
<h2>Response</h2><p>The figures are below.</p>
<table><tr><th>Year</th><th>Thefts recorded</th></tr>
<tr><td>2024</td><td>318</td></tr>
<tr><td>2025 (1 January to 30 September)</td><td>241</td></tr></table>""")
    got = {(f["period"], f["value"]) for f in rec["figures"]}
    assert got == {("2024", 318), ("2025", 241)}
    assert all("January" not in f["measure"] for f in rec["figures"])


def test_a_column_heading_in_a_year_gives_that_year_beside_a_snapshot_column():
    rec = parse_html("""<h1>Call handling staff and calls answered</h1>
<p>How many call handlers does the force employ, and how many 101 calls did they answer last year?</p>
<h2>Response</h2>
<table><tr><th>Control room</th><th>Call handlers at 1 April 2025</th><th>Calls answered in 2024</th></tr>
<tr><td>North</td><td>41</td><td>210,455</td></tr>
<tr><td>South</td><td>37</td><td>188,019</td></tr></table>""")
    periods = {f["value"]: f["period"] for f in rec["figures"]}
    assert periods[210455] == "2024" and periods[188019] == "2024"
    assert periods[41] == "2025"


# --- page copies: banners that are no text -------------------------------------------------------


def test_extra_cookie_and_new_service_banners_leave_the_trail_and_its_heading():
    rec = parse_text("""Leave this site
Skip to main content
Cookies
We'd like to use extra cookies to see which pages people visit so that we can improve them.
Accept extra cookies
Reject extra cookies
View cookies
New service - tell us what you think of this website: your feedback helps us improve it.
Anyshire Police
Menu
Report
Apply and register
Tell us about
Advice
News
Your area
Our information
Search
Home
Our information
Disclosure log
2025
March
FOI 0417/25 - Dogs seized under the Dangerous Dogs Act

REQUEST

1. How many dogs did the force seize under the Dangerous Dogs Act 1991 in 2024?
2. How much did the force spend on kennelling seized dogs in 2024?

RESPONSE

The force seized 64 dogs in 2024 and spent £88,140 on kennelling them.
""")
    assert rec["title"] == "Dogs seized under the Dangerous Dogs Act"
    assert rec["reference"] == "0417/25"


def test_necessary_cookies_sentence_and_plain_consent_buttons_are_banners():
    rec = parse_text("""Skip to content
Anyshire Constabulary
Our website uses cookies
Necessary cookies make the site work. We would also like to set analytics cookies, which you can turn off.
Accept all
Reject non-essential
Report it
Contact us
Your area
Advice
About us
News
Home
Freedom of Information
Disclosure log
June 2025
Bail conditions breached by suspects
Published: 11/06/2025
FOI reference: FOI 3302871/25
Request
How many breaches of pre-charge bail conditions were recorded in 2024?
Response
The force recorded 1,206 breaches of pre-charge bail conditions in 2024.
""")
    assert rec["title"] == "Bail conditions breached by suspects"


def test_a_fields_value_on_the_line_under_its_label_is_no_title():
    rec = parse_text("""Quickly exit this site
Press the Esc key or select this button to leave this site
Anyshire Police
Home
Freedom of information
Previous FOI requests
Horse patrols at football matches
Horse patrols at football matches
Keywords:
Mounted police; Football; Public order
Request number:
40512
Date published:
3 March 2025
Request
How many mounted officers were deployed to football matches in the 2023/24 season?
Response
Mounted officers were deployed 212 times to football matches in the 2023/24 season.
""")
    assert rec["title"] == "Horse patrols at football matches"
    assert rec["reference"] == "40512"


# --- letters as pdftotext lays them out ----------------------------------------------------------


def test_list_labels_set_apart_do_not_make_the_subject_a_letterhead():
    rec = parse_text("""                                                  OFFICIAL

Anyshire Police                                            Freedom of Information Request 2025/0388
Information Access Team

Date: 2 May 2025

Spit guards used in custody
Your request for information has now been considered. You asked:
  Q1    How many times were spit guards used in the force's custody suites in 2024?
  Q2    How many of those people were under 18?

Response
Spit guards were used 146 times in custody in 2024; 9 of those people were under 18.
""")
    assert rec["title"] == "Spit guards used in custody"
    assert len(asks(rec)) == 2


def test_a_subject_set_apart_under_the_letterhead_above_the_reference_field():
    rec = parse_text("""CUMBRIA CONSTABULARY
Information Rights Unit
PO Box 101, Penrith, CA10 2AU



 Drone deployments at protests
 Freedom of information request reference no: 01.FOI.25.004417

 Date: 9 June 2025

 I write in connection with your request for information received on 12 May 2025. You asked:

    1. How many times did the force deploy a drone at a protest in 2024?

 DECISION
 I have today decided to disclose the information you asked for. Drones were deployed at 23 protests.
""")
    assert rec["title"] == "Drone deployments at protests"


def test_pdftotext_order_subject_above_the_address_and_a_label_over_its_value():
    rec = parse_text("""OFFICIAL

Suffolk Constabulary

Average speed cameras on the A12

Information Management Unit
Police Headquarters
Station Road
Anytown

Thank you for your request for information, received on 4 February 2025, in which
you asked:

Dear Ms Quayle,

1. How many offences were detected by the average speed cameras on the A12 in 2024?

Our reference:
25/02/0311

Date:
3 March 2025

The cameras detected 9,412 offences in 2024.
""")
    assert rec["title"] == "Average speed cameras on the A12"
    assert rec["reference"] == "25/02/0311"


def test_an_our_ref_label_over_a_date_line_still_names_no_reference():
    rec = parse_text("""Anyshire Constabulary
Our ref:
07 March 2025

Dear Mr Hale,

Freedom of Information Request - Cycle thefts

You asked how many cycle thefts were recorded in 2024. There were 1,180.
""")
    assert rec["reference"] is None


# --- titles from structure --------------------------------------------------------------------


def test_a_whatdotheyknow_request_sent_to_a_force_is_titled_by_its_first_line():
    rec = parse_text("""Body-worn video retention periods

Rowan Pike sent this Freedom of Information request to Anyshire Police

Status: the request was partially successful.

Rowan Pike

Dear Anyshire Police,

How long does the force keep body-worn video footage that is not marked as evidence?

Yours faithfully,

Rowan Pike
""")
    assert rec["title"] == "Body-worn video retention periods"


def test_a_page_heading_asked_as_a_question_keeps_its_question_mark():
    rec = _page("How many officers speak Welsh? | Anyshire Police",
                "<main><h1>How many officers speak Welsh?</h1><p>Please tell me how many officers are "
                "fluent Welsh speakers.</p><h2>Response</h2><p>There are 212 fluent Welsh speakers.</p></main>")
    assert rec["title"] == "How many officers speak Welsh?"


def test_a_question_in_the_body_is_still_no_title_of_a_page_without_a_heading():
    rec = _page("Disclosure log | Anyshire Police",
                "<main><p>How many officers speak Welsh?</p><p>There are 212.</p></main>",
                url="https://www.example.police.uk/foi-ai/disclosure-log/welsh-speakers/")
    assert rec["title"] != "How many officers speak Welsh?"


def test_a_blogs_post_heading_under_the_sites_name_is_the_title():
    rec = _page("Stolen quad bikes (2208_25) | Dorset Police – Freedom of Information",
                '<div id="header"><h1 id="blog-title"><a href="/">Dorset Police &ndash; Freedom of '
                'Information</a></h1></div><div class="post"><h2 class="entry-title">Stolen quad bikes '
                '(2208_25)</h2><div class="entry-content"><p>Request</p><p>How many quad bikes were reported '
                'stolen in 2024?</p><p>Response</p><p>There were 57.</p></div></div>')
    assert rec["title"] == "Stolen quad bikes"
    assert rec["reference"] == "2208_25"


def test_a_cover_sheets_title_row_beside_its_contents_list_titles_the_workbook():
    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Anyshire Constabulary"])
    cover.append(["Freedom of Information disclosure"])
    cover.append(["Title", "Knife crime offences by district, 2023/24"])
    cover.append(["FOI reference", "0932/25"])
    cover.append(["Date published", "2 June 2025"])
    cover.append(["Contents"])
    cover.append(["Notes", "Definitions"])
    cover.append(["Table 1", "Offences by district"])
    data = book.create_sheet("Table 1")
    data.append(["District", "Offences"])
    data.append(["North", 212])
    data.append(["South", 187])
    rec = parse_xlsx(book)
    assert rec["title"] == "Knife crime offences by district, 2023/24"
    assert rec["reference"] == "0932/25"


def test_a_two_column_list_headed_title_is_no_cover():
    book = Workbook()
    ws = book.active
    ws.append(["Policies reviewed in 2024"])
    ws.append(["Title", "Last reviewed"])
    ws.append(["Use of force policy", "March 2024"])
    ws.append(["Stop and search policy", "June 2024"])
    rec = parse_xlsx(book)
    assert rec["title"] != "Last reviewed"


# --- a review letter, asks and dates ---------------------------------------------------------------


def test_a_review_that_removes_one_exemption_keeps_the_others_and_gives_nothing():
    rec = parse_text("""Internal review: FOI 2025/0144

Dear Mr Ansell,

Review

I have looked again at your request for the dash-camera footage of the collision and at the
original response. My findings are as follows.

Section 31(1)(b): the footage is held for a criminal investigation, so section 30 applies instead.
Section 31(1)(b) is therefore not engaged and the force no longer relies on it.

Section 30(1)(a): the investigation is open. I have weighed the public interest again and the
balance favours withholding the footage while proceedings may follow.

Section 40(2): the footage shows the driver, whose personal data it would disclose.

Outcome

The original decision is upheld in part: the footage remains withheld under sections 30(1)(a) and
40(2), but section 31(1)(b) has been removed.
""")
    assert labels(rec) == ["s30(1)(a)", "s40(2)"]
    assert rec["outcome"] == "refused"


def test_names_removed_under_section_40_are_a_redaction_not_a_withdrawal():
    rec = parse_text("""Request
Please send me the force's guidance on the use of spit guards.
Response
The guidance is attached. The names of staff have been removed under Section 40(2) of the Act.
""")
    assert labels(rec) == ["s40(2)"]


def test_an_ask_quoted_back_whole_ends_at_its_closing_quote():
    rec = parse_text("""Anyshire Police
Our Ref: RFI 118/25

Dear Sir or Madam,

You asked:
   1. “How many police dogs did the force have on 1 April 2025?”
   2. “How much did the force spend on dog food in 2024/25?”
The force holds the information you have requested.
There were 48 dogs, and £31,200 was spent on food.
""")
    assert asks(rec) == ["How many police dogs did the force have on 1 April 2025?",
                         "How much did the force spend on dog food in 2024/25?"]


def test_a_paragraph_ask_opening_does_the_force_is_an_ask():
    rec = parse_text("""Electric vehicle charging points

Reference number: 0418/25

Request

Does Anyshire Constabulary have any electric vehicle charging points at its police stations?

How many electric vehicles are in the force's fleet?

Response

The force has 31 charging points and 64 electric vehicles.
""")
    assert asks(rec)[0].startswith("Does Anyshire Constabulary have any electric vehicle charging points")
    assert len(asks(rec)) == 2


def test_request_and_response_column_heads_on_two_lines_head_asks_with_answers():
    rec = parse_text("""Anyshire Police
FREEDOM OF INFORMATION ACT 2000 - REQUEST 000412/25
9 June 2025

Scrap metal dealers
Thank you for your request. I have set out your request and our response below.
Request

Response

1. How many scrap metal dealer sites did the force
inspect in 2024?

Not held. Inspections are made by the council's licensing team.

2. How many dealers did the force report for an
offence under the Scrap Metal Dealers Act 2013?

Not held. Offences are not recorded by the type of business.

Yours sincerely,
""")
    assert asks(rec) == ["How many scrap metal dealer sites did the force inspect in 2024?",
                         "How many dealers did the force report for an offence under the Scrap Metal Dealers Act 2013?"]
    assert rec["outcome"] == "not_held"


def test_a_reply_in_a_thread_dated_under_its_reference_line():
    rec = parse_text("""Bus lane enforcement cameras

Kit Moreau made this Freedom of Information request to Anyshire Police

Anyshire Police did not have the information requested.

Dear Anyshire Police,

Please tell me how many bus lane cameras the force operates.

Yours faithfully,

Kit Moreau

Anyshire Police

Dear Ms Moreau

FOI reference FOI 1180442/25

14 August 2025

Thank you for your request for information. Bus lane cameras are operated by the council, so the
force does not hold this information.

Yours sincerely
""")
    assert rec["published"] == "2025-08-14"


# --- tables as pdftotext -layout prints them ------------------------------------------------------


def test_a_double_spaced_table_of_two_rows_under_its_header():
    rec = parse_text("""Response

Questions 1 and 2

  Year             Referrals received       Referrals accepted

  2023                              212                    164

  2024                              248                    190

Referrals are counted when the form reaches the team.
""")
    got = {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}
    assert ("Referrals accepted", "2024", 190) in got and len(got) == 4


def test_a_header_name_wrapped_onto_a_line_of_its_own():
    rec = parse_text("""Response
 Season                      Incidents recorded           Arrests            Dispersal orders issued
                                                                                  in total
 2022/23                                          1,204                        311                        18

 2023/24                                          1,377                        298                        22

 2024/25                                          1,290                        305                        19
""")
    measures = {f["measure"] for f in rec["figures"]}
    assert "Dispersal orders issued in total" in measures
    assert {f["period"] for f in rec["figures"]} == {"2022/23", "2023/24", "2024/25"}


def test_years_set_left_of_their_figures_head_the_value_columns():
    rec = parse_text("""3. Please see the table below.

                                               2022              2023             2024
          Collisions attended                          3,412          3,577          3,391
          Collisions with a fatality                      38             41             35
""")
    got = {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}
    assert ("Collisions attended", "2023", 3577) in got
    assert ("Collisions with a fatality", "2024", 35) in got


def test_the_last_answer_stops_at_the_harm_tests_heading():
    rec = parse_text("""Request
1. How many drones does the force own?
2. Where is each drone based?
Response
Question 1
The force owns 6 drones.
Question 2
This information is withheld under section 31(1)(a).
Overall Harm
Naming the bases would show where the force can and cannot fly at short notice.
Public Interest Test
Factors favouring disclosure: openness about how the force spends money on equipment.
""")
    assert rec["questions"][1]["answer"] == "This information is withheld under section 31(1)(a)."
