"""Structures from the session-38 accuracy round (blind sets zz1-zz6), each document written here
afresh: a text letter whose first lines hold commas, response dates under more labels (a decision,
a review's own date, Welsh months, a page's last update, a review team's sender line, PSNI's date
line over a table), a log row copied as tab-separated text, a letterhead's labels and values copied
as two blocks, Word lists with their own numbering and levels, a table of labelled asks, bullets
under a lead-in mid-list, nested tables in a Request | Response page, answers under "Response to
Question N", a subsection named for what it describes, and a file named whole in brackets."""
from __future__ import annotations

import docx

from parsers import parse_document
from parsers.fields.dates import from_text
from parsers.sniff import sniff
from tests.support.parse_docs import asks, parse_docx, parse_html, parse_text

# --- a letter is no CSV ---------------------------------------------------------------------------

_LETTER_WITH_COMMAS = """Knife crime in schools, 2025

Freedom of Information, Staffordshire Police

3 March 2026

Dear Ms Okonjo,

FREEDOM OF INFORMATION REQUEST - Our reference: FOI 1123/26

Thank you for your request. You asked for the number of knife crimes recorded at schools in
Staffordshire in 2025. Staffordshire Police recorded 41 such offences in 2025.

Yours sincerely,
"""


def test_a_letter_whose_first_lines_hold_one_comma_each_is_text_not_csv():
    assert sniff(_LETTER_WITH_COMMAS.encode()) == "text"
    rec = parse_text(_LETTER_WITH_COMMAS)
    assert not rec.get("error")
    assert rec["reference"] == "FOI 1123/26" and rec["published"] == "2026-03-03"


def test_a_csv_with_an_empty_cell_under_an_exemption_column_parses():
    data = b"Question,Exemption applied,Notes\n1,s40(2),\n2,,answered in full\n3,s31(1)(a),partly\n"
    rec = parse_document(data, "text/csv", None, source="x.csv")
    assert not rec.get("error")


# --- response dates -------------------------------------------------------------------------------


def test_more_labels_of_the_response_date():
    assert from_text("FOI 0311/26\nDecision date: 06/02/2026\nCategory: Roads") == "2026-02-06"
    assert from_text("INTERNAL REVIEW\nOriginal response: 9 December 2024\nReview requested: 16 December 2024\n"
                     "Date of this review: 21 January 2025\n") == "2025-01-21"
    assert from_text("| Review requested | 2 August 2024 |\n| Review decision issued | 29 August 2024 |") == "2024-08-29"
    # never the date the review was asked for, nor the first decision's
    assert from_text("Date of the review request: 2 January 2025\n") is None
    assert from_text("Original decision date: 3 May 2024\n") is None


def test_a_welsh_date_beside_its_english_one():
    assert from_text("Cyfeirnod / Reference: FOI 0456/26\nDyddiad / Date: 14 Gorffennaf 2025 / 14 July 2025\n") == "2025-07-14"


def test_head_only_labels_never_date_a_hearing_or_a_court_in_the_answer():
    assert from_text("Our reference: FOI 0342/25\nDate: 17 March 2025\nDear Ms Patel\nResponse\n"
                     "Court: Stafford Crown Court\nDecision date: 2 December 2024\n") == "2025-03-17"
    assert from_text("Reference: 01.FOI.25.041177\nRequest\nPlease tell me the date of the panel's decision.\n"
                     "Response\nHearing date: 2 May 2025\nDecision date: 9 May 2025\n") is None
    # nor a page's last update, nor a label that runs on to the date a review was asked for
    assert from_text("Body-worn video retention\n\nLast updated: 17 February 2026\n") is None
    assert from_text("Date review requested: 6 January 2025\nDate of the internal review: 3 February 2025\n"
                     "Dear Mr Ellery,\n") == "2025-02-03"


def test_a_review_teams_sender_line_dates_the_letter():
    text = ("Officers on duty at a custody suite\n\nFOI Internal Reviews, Cheshire Constabulary            "
            "12 September 2025\n\nDear Mr Ansah,\n\nINTERNAL REVIEW\n\nI write about your request of 2 August 2025.\n")
    assert from_text(text) == "2025-09-12"


def test_a_date_line_over_a_table_whose_note_mentions_applications_received():
    rec = parse_html("""<div class="node__meta"><span class="date">April 7, 2026</span> | <span>Licensing</span></div>
<p>Request Number: F-2026-00412</p><p>Request 1</p><p>How many shotgun certificates were refused in 2025?</p>
<p>Answer 1</p><table><tr><th>Year</th><th>Refused</th></tr><tr><td>2025</td><td>37</td></tr></table>
<p>Refusals are counted in the year the application was received.</p>""",
                     url="https://www.psni.police.uk/foi-disclosure-log/shotgun-refusals")
    assert rec["published"] == "2026-04-07"


# --- fields copied as text ---------------------------------------------------------------------------


def test_a_log_row_copied_as_tab_separated_text_gives_its_fields():
    rec = parse_text("Disclosure log\n\nReference number\tTitle\tDate of response\tCategory\n"
                     "FOI2026/00318\tSpeed camera vans in Luton\t11/03/2026\tRoads and vehicles\n\n"
                     "Speed camera vans in Luton\n\nRequest\n\n1. How many speed camera vans operated in Luton in 2025?\n\n"
                     "Response\n\nThree vans operated in Luton in 2025.\n")
    assert (rec["reference"], rec["title"], rec["published"]) == ("FOI2026/00318", "Speed camera vans in Luton", "2026-03-11")


def test_a_letterheads_labels_and_values_copied_as_two_blocks_pair_up():
    rec = parse_text("Leicestershire Police\n\nOur Reference:\nDate:\n\nInformation Management\nForce Headquarters\n\n"
                     "004417/25\n18/11/2025\n\nDrones in the force\nThank you for your request.\n"
                     "Question 1: How many drones does the force own?\nResponse to Question 1\nThe force owns 14 drones.\n")
    assert rec["reference"] == "004417/25" and rec["published"] == "2025-11-18"


# --- lists ------------------------------------------------------------------------------------------


def test_word_lists_keep_their_letters_and_levels():
    d = docx.Document()
    d.add_paragraph("Cheshire Constabulary")
    d.add_paragraph("Our reference: FOI 2026-0219")
    d.add_paragraph("Thank you for your request. You asked:")
    d.add_paragraph("How many bicycles were reported stolen in Chester in 2025?", style="List Number")
    d.add_paragraph("How many of those were recovered?", style="List Number 2")
    d.add_paragraph("How many were returned to their owners?", style="List Number 2")
    d.add_paragraph("How many cycle marking events did the force hold in 2025?", style="List Number")
    d.add_paragraph("Response")
    d.add_paragraph("In 2025, 812 bicycles were reported stolen in Chester; 96 were recovered and 71 returned.")
    rec = parse_docx(d)
    assert [a[:22] for a in asks(rec)] == ["How many bicycles were", "How many of those were", "How many were returned",
                                          "How many cycle marking"]


def test_a_table_of_labelled_asks_in_a_word_letter_reads_as_the_list():
    d = docx.Document()
    d.add_paragraph("Our reference: 001877/26")
    d.add_paragraph("Your request was as follows:")
    t = d.add_table(rows=3, cols=2)
    for row, (lab, ask) in zip(t.rows, [("Q1", "The number of police vehicle collisions in each of 2023 and 2024."),
                                        ("Q2", "The total cost of repairs arising from those collisions."),
                                        ("Q3", "The number of drivers who were given further training after one.")],
                               strict=True):
        row.cells[0].text, row.cells[1].text = lab, ask
    d.add_paragraph("Response")
    d.add_paragraph("There were 212 collisions in 2023 and 198 in 2024.")
    rec = parse_docx(d)
    assert [a[:24] for a in asks(rec)] == ["The number of police veh", "The total cost of repair", "The number of drivers wh"]


def test_bullets_under_a_scope_lead_mid_list_are_asks():
    rec = parse_text("""Hampshire Constabulary
Reference: 25-1184

Request
1. How many children were reported missing in 2024?
2. How many of those were reported missing from foster care?
For the children reported missing from foster care:
• how many separate children were involved;
• the longest time any of them was missing.
3. Does the force have a protocol with the local authority? If so, please provide a copy.

Response
The figures are in the table below.
""")
    got = asks(rec)
    assert len(got) == 5 and got[2].startswith("how many separate children") and not any(a.startswith("For the") for a in got)


def test_bullets_under_please_provide_the_cost_of_are_each_an_ask():
    rec = parse_text("""Request
1. How many police dogs does the force have?
2. For each of the years 2023/24 and 2024/25, please provide the cost of:
• dog food
• veterinary treatment
• kennel maintenance
3. Does the force have a retirement scheme for its dogs?

Response
The force has 31 dogs.
""")
    assert [a.lower()[:12] for a in asks(rec)] == ["how many pol", "dog food", "veterinary t", "kennel maint", "does the for"]


def test_a_wrapped_lead_in_over_lettered_parts_is_no_ask():
    rec = parse_text("""You asked:
1. In each of the years 2023, 2024 and 2025, how many people applied to become a special
constable with the force:
(a) were interviewed;
(b) were appointed?
2. How many specials left the force in 2025?

Response
The figures are below.
""")
    assert [a[:12] for a in asks(rec)] == ["were intervi", "were appoint", "How many spe"]


# --- tables inside a Request | Response page --------------------------------------------------------


def test_tables_nested_in_answer_cells_are_read_as_tables():
    rec = parse_html("""<h1>Scam calls to older people</h1>
<table><tr><th>Request</th><th>Response</th></tr>
<tr><td>1. How many reports of phone scams did victims aged 70 or over make in 2023 and 2024?</td>
<td><table><tr><th>Year</th><th>Reports</th></tr><tr><td>2023</td><td>1,204</td></tr><tr><td>2024</td><td>1,377</td></tr></table></td></tr>
<tr><td>2. For the 2024 reports:<br>(a) how many led to an arrest;<br>(b) how many led to a charge?</td>
<td><p>Arrests 61, charges 23.</p></td></tr></table>""")
    assert {(f["period"], f["value"]) for f in rec["figures"]} >= {("2023", 1204), ("2024", 1377)}
    assert [a[:22] for a in asks(rec)] == ["How many reports of ph", "how many led to an arr", "how many led to a char"]


# --- answers and exemptions --------------------------------------------------------------------------


def test_answers_under_response_to_question_headings_make_a_partial_reply():
    rec = parse_text("""Question 1: How many fixed speed cameras does the force operate?
Question 2: The location of each camera.
Response to Question 1
The force operates 88 fixed speed cameras.
Response to Question 2
The locations are exempt under section 31(1)(a) of the Freedom of Information Act 2000.
""")
    assert rec["questions"][0]["answer"].startswith("The force operates 88")
    assert rec["outcome"] == "partial"


def test_a_subsection_named_for_the_kind_of_thing_it_describes_is_not_relied_on():
    rec = parse_text("""You asked whether a named officer is under investigation.
Norfolk Constabulary neither confirms nor denies that it holds this information, by virtue of section 30(3).
To confirm or deny would reveal whether an investigation of the kind described in section 30(1) has been
carried out. The public interest has been considered.
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s30(3)"]


def test_police_scotlands_opening_gives_nothing_and_a_bullet_makes_no_letterhead():
    rec = parse_text("""POLICE SCOTLAND                                                      Information Management
Our Ref: IM-FOI-2026-0101                                                      Date: 4 March 2026

 Dear Requester,

 Dog fouling fines in Dundee
 I refer to your recent request for information which is detailed below, and I am now in a position to
 respond.
 •   The number of fixed penalties issued for dog fouling in Dundee in 2025.
 Unfortunately, I must advise you that in terms of section 17 of the Freedom of Information (Scotland)
 Act 2002, the information you have asked for is not held by Police Scotland.
""")
    assert rec["title"] == "Dog fouling fines in Dundee"
    assert rec["outcome"] == "not_held"


def test_a_file_named_whole_in_brackets_keeps_its_spaces():
    rec = parse_text("Response\nA copy of the agreement is attached (2026-0112 Data Sharing Agreement.pdf).\n")
    assert [a["name"] for a in rec["attachments"]] == ["2026-0112 Data Sharing Agreement.pdf"]


def test_a_response_copied_with_its_blogs_sidebar_is_no_listing_page():
    rec = parse_text("""Knife Crime in Wolverhampton (0511A/26)
Posted on 3rd March 2026

Request
1. How many knife crimes were recorded in Wolverhampton in 2024 and 2025?
2. The names of the schools where knives were seized in 2025.

Response
Question 1 is answered below. The school names are exempt under s.40(2) of the Freedom of Information Act 2000.

Year\tKnife crimes
2024\t402
2025\t377

Recent Posts
Stop and Search in Walsall (0515A/26)
Knife Crime in Wolverhampton (0511A/26)
Road Deaths in Dudley (0507A/26)
""")
    assert rec.get("not_response") is None
    assert rec["outcome"] == "partial"



def test_the_last_answer_stops_before_a_table_an_earlier_answer_pointed_to():
    rec = parse_html("""<h1>Police horses</h1>
<h2>Request</h2><p>Question 1</p><p>How many horses does the force own?</p>
<p>Question 2</p><p>Which breeds are they?</p>
<h2>Response</h2><p>Question 1</p><p>The force owns 12 horses. The figures for each year are in the table below.</p>
<p>Question 2</p><p>The breeds are listed in the attachment.</p>
<p>Horses owned</p>
<table><tr><th>Year</th><th>Horses</th></tr><tr><td>2024</td><td>13</td></tr><tr><td>2025</td><td>12</td></tr></table>
<p>Overall Harm</p><p>Naming the stables would help thieves.</p>""")
    assert [q["answer"] for q in rec["questions"]] == [
        "The force owns 12 horses. The figures for each year are in the table below.",
        "The breeds are listed in the attachment."]


def test_a_two_column_table_copied_one_cell_per_line_under_a_head_ending_in_its_year():
    rec = parse_text("""Question 2
How many business interest applications were approved in 2024, by type of business?

Our response
Type of business interest

Approved 2024

Property letting

61

Driving instruction

12

Other

46
""")
    got = {(f["period"], f["value"]) for f in rec["figures"]}
    assert got == {("2024", 61), ("2024", 12), ("2024", 46)}
    assert any("Property letting" in f["measure"] for f in rec["figures"])
