"""Structures from the session-30 accuracy round (blind sets x1-x6), each document written here
afresh: two-column PDF letterheads whose fields share a line with the unit's name, data-only
annexes titled by the heading over their table, "Source:" lines that are no titles, a semicolon
series whose lead-in stands on a line of its own."""
from __future__ import annotations

import io

from parsers import parse_document
from tests.support.parse_docs import asks as _asks
from tests.support.parse_docs import parse_text as _text


def _letter_pdf(rows: list[tuple[str, str]], body: list[str]) -> bytes:
    """A letter whose head is two columns: each row's left text at the margin, its right text
    near the right edge of the page, on the same baseline."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    y = 800
    for left, right in rows:
        c.drawString(50, y, left)
        if right:
            c.drawRightString(545, y, right)
        y -= 16
    for line in body:
        y -= 4
        c.drawString(50, y, line)
        y -= 14
    c.showPage()
    c.save()
    return out.getvalue()


def _ruled_pdf(above: list[str], xs: list[int], rows: list[tuple[str, ...]], below: list[str]) -> bytes:
    """A page: lines above, a table ruled on every side of every cell (columns at xs), lines below."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    y = 800
    for line in above:
        c.drawString(50, y, line)
        y -= 20
    ys = [y - 20 * k for k in range(len(rows) + 1)]
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for yy in ys:
        c.line(xs[0], yy, xs[-1], yy)
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.drawString(xs[k] + 4, ys[r] - 14, cell)
    y = ys[-1] - 30
    for line in below:
        c.drawString(50, y, line)
        y -= 18
    c.showPage()
    c.save()
    return out.getvalue()


# --- two-column letterheads ----------------------------------------------------------------------

def test_a_date_beside_the_units_name_is_the_letters_date():
    pdf = _letter_pdf([("Anyshire Constabulary", "Our ref: 4471/25"),
                       ("Information Access Team", "Date: Tuesday 14th October 2025")],
                      ["Dear Sir/Madam,", "Speed awareness courses offered in 2024",
                       "I write in response to your request for information received on 16 September 2025.",
                       "1. How many speed awareness courses were offered in 2024?",
                       "Anyshire Constabulary offered 3,120 places on speed awareness courses in 2024."])
    rec = parse_document(pdf, "application/pdf")
    assert rec["published"] == "2025-10-14"
    assert rec["reference"] == "4471/25"
    assert rec["title"] == "Speed awareness courses offered in 2024"


def test_a_bare_date_beside_the_reference_field_is_the_letters_date():
    pdf = _letter_pdf([("Anyshire Police", ""), ("FOI Reference: 000318/26", "9 March 2026")],
                      ["Dear Requester,", "Quad bikes stolen from farms",
                       "Thank you for your request for information received on 10 February 2026.",
                       "1. How many quad bikes were reported stolen from farms in 2025?",
                       "Anyshire Police recorded 47 thefts of quad bikes from farms in 2025."])
    rec = parse_document(pdf, "application/pdf")
    assert rec["published"] == "2026-03-09"
    assert rec["reference"] == "000318/26"


def test_a_subject_above_the_salutation_is_no_part_of_a_two_column_letterhead():
    pdf = _letter_pdf([("OFFICIAL - Lincolnshire Police", ""), ("LINCOLNSHIRE POLICE", ""),
                       ("Information Rights Team, Police Headquarters, Nettleham, Lincoln", ""),
                       ("FOI Reference: 000512/26", "4 February 2026")],
                      ["Horse riders injured in road collisions", "Dear Requester,",
                       "Thank you for your request dated 8 January 2026, in which you asked for the following:",
                       "1. How many horse riders were injured in road collisions in each year from 2022 to 2024?",
                       "2. How many of those collisions involved a vehicle overtaking the horse?",
                       "Lincolnshire Police holds the information you asked for. It is set out below.",
                       "1. There were 14 horse riders injured in 2022, 19 in 2023 and 11 in 2024.",
                       "2. The force's collision records do not show how a vehicle passed a horse, so this",
                       "information is not held.",
                       "If you are unhappy with the way your request has been handled you may ask for an",
                       "internal review within 40 working days of the date of this letter.",
                       "Yours sincerely,", "Information Rights Officer"])
    rec = parse_document(pdf, "application/pdf")
    assert rec["title"] == "Horse riders injured in road collisions"
    assert rec["published"] == "2026-02-04"


def test_a_two_column_letterhead_line_is_no_title():
    pdf = _letter_pdf([("Anyshire Constabulary", ""), ("Freedom of Information Unit", "Our Ref: AC/FOI 0907/25"),
                       ("Legal Services", "Your Ref: KT-2025-14"), ("", "Date: 2nd June 2025")],
                      ["Dear Ms Kent,", "Body worn video footage retention",
                       "Thank you for your request for information, which we received on 6 May 2025.",
                       "1. How long is body worn video footage kept when it is not evidence?",
                       "Footage that is not evidence is deleted after 31 days."])
    rec = parse_document(pdf, "application/pdf")
    assert rec["title"] == "Body worn video footage retention"
    assert rec["published"] == "2025-06-02"


def test_a_ruled_tables_rows_are_not_read_twice():
    # wide gaps between a ruled table's cells stay single spaces: the table is read from its rules
    pdf = _ruled_pdf(["Dear Requester,", "1. How many drivers were caught speeding in 2022 and 2023?"],
                     [50, 250, 400, 545], [("Year", "Drivers", "Fines"), ("2022", "4,210", "3,990"), ("2023", "4,655", "4,301")], [])
    rec = parse_document(pdf, "application/pdf")
    assert len(rec["tables"]) == 1
    assert sorted(f["value"] for f in rec["figures"]) == [3990, 4210, 4301, 4655]


# --- data-only annexes ------------------------------------------------------------------------

_ANNEX = """  Lancashire Constabulary
  Performance and Insight

  Dog attacks recorded by type of victim, 2022/23 to 2024/25

                                            Financial year
  Victim                           2022/23        2023/24        2024/25
  Adult                                214            231            246
  Child                                 61             58             72
  Police officer                        12              9             15

  A dog attack is counted once for each victim. Figures were extracted on 3 June 2025.

  Source: Lancashire Constabulary crime recording system
"""


def test_a_data_only_annex_is_titled_by_the_heading_over_its_table():
    rec = _text(_ANNEX)
    assert rec["title"] == "Dog attacks recorded by type of victim, 2022/23 to 2024/25"
    assert rec["outcome"] == "unknown"


def test_a_source_line_is_never_a_title():
    from parsers.fields.title import not_a_title

    assert not_a_title("Source: Anyshire Constabulary crime recording system")
    assert not_a_title("Note: figures are provisional")
    assert not not_a_title("Sources of funding for the drone unit")


# --- asks ----------------------------------------------------------------------------------------

def test_a_semicolon_series_under_a_lead_on_its_own_line_is_one_ask_per_line():
    rec = _text("""Anyshire Police
Vehicle pursuits
Request
Please could you provide:
the number of vehicle pursuits started by Anyshire Police officers in each of 2022, 2023 and 2024;
the number of those pursuits that ended in a collision;
how many of the pursuits were called off by the control room.
Response
Anyshire Police holds the information you have requested. There were 412 pursuits in all.
""")
    assert _asks(rec) == [
        "the number of vehicle pursuits started by Anyshire Police officers in each of 2022, 2023 and 2024;",
        "the number of those pursuits that ended in a collision;",
        "how many of the pursuits were called off by the control room."]


# --- titles and references -------------------------------------------------------------------------

def test_a_form_title_under_the_act_is_no_subject():
    rec = _text("""LINCOLNSHIRE POLICE
Information Management Unit

Freedom of Information Act 2000 - Decision Notice

Our Ref: 000877/26
Date: 3 March 2026

Horse passports checked at roadside stops

Thank you for your email of 2 February 2026, in which you asked:

1) How many horse passports did officers check at roadside stops in 2025?

Lincolnshire Police checked 38 horse passports at roadside stops in 2025.
""")
    assert rec["title"] == "Horse passports checked at roadside stops"


def test_the_acts_name_and_a_request_label_both_come_off_a_subject_line():
    from parsers.fields.title import clean

    assert clean("Freedom of Information Act 2000 - Request: Police vehicle pursuits")[0] == "Police vehicle pursuits"


def test_a_request_received_field_in_a_letter_head_is_no_title():
    rec = _text("""Derbyshire Constabulary
Information Rights Team
Our reference 0402/26
Date 19.03.2026
Request received 20.02.2026
Enquiries to Information Rights Team
Drone flights over football grounds
Thank you for your request for information. You asked:
(a) How many drone flights did the force make over football grounds in 2025?
The force made 17 drone flights over football grounds in 2025.
""")
    assert rec["title"] == "Drone flights over football grounds"


def test_foi_comes_off_a_reference_in_brackets_after_the_title():
    from parsers.fields import reference

    assert reference.split_title("Police dogs retired in 2025 (FOI 2026/00318)") == ("Police dogs retired in 2025", "2026/00318")
    assert reference.split_title("Police dogs retired (FOI2026/0318)") == ("Police dogs retired", "FOI2026/0318")


def test_a_page_copys_field_and_lead_in_are_not_swallowed_with_its_menu():
    rec = _text("""Skip to content
Dyfed-Powys Police
Cymraeg
Report
Contact us
Advice
News
Your area
About us
Search
Home
About us
Disclosure log
2026
January
Sheep worrying by dogs
Sheep worrying by dogs
FOI Reference: 0032/2026
Request
Please can you tell me:
a) the number of sheep worrying incidents reported to the force in 2025;
b) the number of dogs seized after those incidents.
Response
Dyfed-Powys Police recorded 96 incidents of sheep worrying in 2025 and seized 11 dogs.
""")
    assert rec["reference"] == "0032/2026"
    assert rec["title"] == "Sheep worrying by dogs"
    assert len(rec["questions"]) == 2


# --- asks and outcomes ------------------------------------------------------------------------------

def test_a_request_told_in_the_third_person_gives_each_question():
    rec = _text("""Details
We received a request for information on 4 February 2026. The requester asked:
How many times have Ministry of Defence Police dogs been deployed at naval bases in 2025?
On how many of those deployments was a person bitten?
The Ministry of Defence Police holds the information requested. Dogs were deployed 412 times and no person was bitten.
""")
    assert [q["text"][:24] for q in rec["questions"]] == ["How many times have Mini", "On how many of those dep"]


def test_answers_that_only_point_to_the_published_statistics_give_nothing():
    rec = _text("""Request 1
How many hate crimes with a disability motivation were recorded in each district in 2025?
Request 2
How many of those were cleared by a charge?
PSNI holds the information you requested. However, all of it is already published and it is therefore exempt under Section 21 – Information accessible to applicant by other means.
Answer 1
The number of hate crimes by motivation and district is published in the PSNI hate motivation statistics, available on our website.
Answer 2
The same publication gives the outcomes of those crimes for each of the last 5 years.
""")
    assert rec["outcome"] == "published_elsewhere"


# --- topics -------------------------------------------------------------------------------------

def test_children_in_custody_are_filed_under_custody_and_child_protection():
    from nlp import tag_topics

    rec = _text("""Strip searches of children in custody
Request
1. How many times were children (under 18) strip searched in Anyshire Police custody suites in 2025?
2. Was an appropriate adult present for each of those searches?
Response
Children were strip searched 41 times in 2025. An appropriate adult was present for 39 of them.
""")
    got = {t["topic"] for t in tag_topics(rec)}
    assert {"custody", "child-protection"} <= got


def test_a_power_used_on_children_of_a_given_age_adds_child_protection_beside_it():
    from nlp import tag_topics

    rec = _text("""Stop and search of children aged under 12
Request
1. The number of stop and searches of children aged under 12 in each year from 2023 to 2025.
Response
There were 14 stop and searches of children aged under 12 in 2023, 9 in 2024 and 11 in 2025.
""")
    got = [t["topic"] for t in tag_topics(rec)]
    assert set(got[:2]) == {"stop-and-search", "child-protection"}


# --- field tables ---------------------------------------------------------------------------------

def test_a_word_letterheads_subject_row_titles_the_letter():
    from docx import Document

    doc = Document()
    doc.add_paragraph().add_run("Anyshire Police").bold = True
    doc.add_paragraph().add_run("Freedom of Information Request").bold = True
    table = doc.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Reference number", "0412/26"), ("Date of response", "2 March 2026"),
                                                ("Subject", "Police horses retired in 2025")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    doc.add_paragraph().add_run("Request").bold = True
    doc.add_paragraph("1. How many police horses did the force retire in 2025?")
    doc.add_paragraph().add_run("Response").bold = True
    doc.add_paragraph("The force retired three police horses in 2025.")
    doc.add_paragraph().add_run("Your rights").bold = True
    doc.add_paragraph("You may ask for an internal review of this decision within 40 working days.")
    out = io.BytesIO()
    doc.save(out)
    rec = parse_document(out.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert rec["title"] == "Police horses retired in 2025"
    assert rec["reference"] == "0412/26"
    assert rec["published"] == "2026-03-02"


def test_a_pdfs_ruled_row_of_labels_over_values_gives_the_reference_and_date():
    pdf = _ruled_pdf(["Anyshire Police"], [50, 200, 370, 545],
                     [("Reference", "Date of request", "Date of response"), ("0219/26", "14/01/2026", "10/02/2026")],
                     ["Cycle thefts at railway stations", "Request",
                      "1. How many cycle thefts were recorded at railway stations in 2025?",
                      "Response", "There were 212 cycle thefts recorded at railway stations in 2025."])
    rec = parse_document(pdf, "application/pdf")
    assert rec["reference"] == "0219/26"
    assert rec["published"] == "2026-02-10"


# --- dates in e-mail copies -----------------------------------------------------------------------

def test_a_whatdotheyknow_response_heading_dates_the_reply():
    rec = _text("""Police horses retired
Response by Anyshire Constabulary to K. Marsh on 11 February 2026.
Dear K. Marsh,
Thank you for your request for information about police horses.
1. How many police horses did the force retire in 2025?
The force retired four police horses in 2025.
Yours sincerely,
Information Rights Unit
""")
    assert rec["published"] == "2026-02-11"


def test_a_date_under_the_sign_off_dates_the_letter():
    rec = _text("""Dear Mr Hill,

Thank you for your request for information received on 2 April 2025. You asked:

1. How many knife surrender bins does the force have?

There are nine permanent knife surrender bins in the county.

Yours sincerely,

Information Access Team
Anyshire Police

29 April 2025

-----Original Message-----
""")
    assert rec["published"] == "2025-04-29"


def test_a_logged_request_notice_in_a_thread_is_no_reply():
    rec = _text("""Crossbow seizures

Lena Ward

Dear Anyshire Police,
Please tell me how many crossbows officers seized in 2025.
Yours faithfully,
Lena Ward

Anyshire Police
6 January 2026

Thank you for your request for information. It has been logged under
reference FOI 2026/00071 and you should receive a response by 3 February 2026.

Anyshire Police
28 January 2026

Dear Ms Ward
Officers seized 23 crossbows in 2025.
""")
    assert rec["published"] == "2026-01-28"


# --- figures in workbooks ---------------------------------------------------------------------------

def _xlsx(sheets: dict[str, list[tuple]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_the_row_above_a_table_names_its_year_when_the_workbook_title_spans_years():
    data = _xlsx({"Table 1": [("Anyshire Police",), ("Dog thefts, 2023 to 2025",),
                              ("Table 1: dog thefts by district and month, 2025",), (),
                              ("Month", "North", "South"), ("January", 12, 9), ("February", 8, 11)]})
    rec = parse_document(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert {(f["value"], f["period"]) for f in rec["figures"]} == {(12, "2025"), (9, "2025"), (8, "2025"), (11, "2025")}


def test_a_sheet_per_year_takes_its_year_from_the_heading_over_its_table():
    data = _xlsx({"2023": [("Fireworks incidents by area, 2023 to 2024",), ("Bonfire period 2023 (26 October to 9 November)",), (),
                           ("Area", "ASB incidents", "Crimes"), ("North", 120, 31), ("South", 98, 22)],
                  "2024": [("Bonfire period 2024 (26 October to 9 November)",), (),
                           ("Area", "ASB incidents", "Crimes"), ("North", 131, 28), ("South", 90, 25)]})
    rec = parse_document(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    periods = {(f["value"], f["period"]) for f in rec["figures"]}
    assert (120, "2023") in periods and (131, "2024") in periods and (25, "2024") in periods


def test_a_search_exposing_intimate_parts_is_a_stop_and_search_topic():
    from nlp import tag_topics

    rec = _text("""Searches involving exposure of intimate parts on children in 2025
Request
1. How many searches involving the exposure of intimate parts were carried out on children aged 10 to 17 in 2025?
Response
There were 61 such searches in 2025.
""")
    assert "stop-and-search" in {t["topic"] for t in tag_topics(rec)}


def test_a_sheet_that_names_only_its_districts_is_filed_under_their_force():
    data = _xlsx({"By district": [("Burglaries by district, 2025",), (), ("District", "Burglaries"),
                                  ("Sheffield", 2210), ("Rotherham", 905), ("Barnsley", 788), ("Doncaster", 1102)]})
    rec = parse_document(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert rec["force"] == "south-yorkshire-police"


def test_districts_of_two_forces_name_neither():
    from parsers.fields import force

    assert force.from_areas("Sheffield 12\nLeeds 14\nBradford 9") is None
    assert force.from_areas("Sheffield 12") is None


# --- exemptions -------------------------------------------------------------------------------------

def test_a_power_named_before_its_section_is_no_exemption():
    from parsers.fields.exemptions import find_exemptions

    assert find_exemptions("Directions to leave issued under section 35, by age of person", "FOIA") == []
    labels = [e["label"] for e in find_exemptions(
        "Closure orders made under section 80 were withheld under section 31(1)(a).", "FOIA")]
    assert labels == ["s31(1)(a)"]


# --- outcomes -----------------------------------------------------------------------------------------

def test_a_pointer_above_refusals_in_a_request_response_table_gives_nothing():
    from parsers.fields.outcome import judge

    text = """Request Response
Withheld - sections 24(1) and 31(1)(a).
Please see below.
2. How many of those attacks were ransomware attacks?
Withheld - as above.
Reasons for decision
It is withheld in full under section 24(1) and section 31(1)(a) of the Freedom of Information Act 2000."""
    exemptions = [{"label": "s24(1)", "section": 24, "subsection": "1", "ncnd": False},
                  {"label": "s31(1)(a)", "section": 31, "subsection": "1", "ncnd": False}]
    questions = [{"number": "1", "text": "How many cyber attacks were detected in 2025?",
                  "answer": "Withheld - sections 24(1) and 31(1)(a). Please see below."},
                 {"number": "2", "text": "How many of those attacks were ransomware attacks?", "answer": "Withheld - as above."}]
    assert judge(text, exemptions, questions, False).outcome == "refused"


def test_a_count_of_what_the_force_has_is_an_answer_beside_a_published_policy():
    rec = _text("""Body worn video
Request
1. How many body worn video cameras does the force have?
2. A copy of the force policy on body worn video.
Response
Cameras in use: Anyshire Police currently has 1,210 body worn video cameras in use.
Policy: the force's body worn video policy is published on our website. Information that is reasonably accessible to you by other means is exempt under Section 21 of the Freedom of Information Act 2000.
""")
    assert rec["outcome"] == "partial"


def test_something_withheld_that_was_never_asked_for_leaves_the_answer_full():
    rec = _text("""Internal review - ANPR cameras
Request
1. How many fixed ANPR cameras does the force operate?
Response
I have decided to overturn the original decision, and the information is provided below.
The force currently operates 164 fixed ANPR cameras. The locations of individual cameras remain withheld and were not part of your request.
""")
    assert rec["outcome"] == "full"


def test_a_balance_struck_in_words_is_a_public_interest_test():
    from parsers.fields.outcome import judge

    text = ("Public interest\nThere is a public interest in the licensing process being open to scrutiny. "
            "On balance, Police Scotland considers that it would be contrary to the public interest to reveal "
            "whether the information you have requested exists or is held.")
    assert judge(text, [], [], False, act="FOISA").public_interest_test


# --- asks, continued -------------------------------------------------------------------------------

def test_a_section_number_wrapped_onto_the_next_line_opens_no_ask():
    rec = _text("""Dear Mr Cole,
You asked:
1. How many posts has the account made since January?
2. Who approved each of those posts?
We consider these requests vexatious under section 14(1) of the Act.
There is no requirement to carry out a public interest test for section
14. Future requests on this subject may also be refused without further
explanation, under section 17(6) of the Act.
""")
    assert len(rec["questions"]) == 2


def test_a_quoted_statute_below_the_forces_first_words_is_no_ask():
    rec = _text("""Dear Requester

How many drivers were stopped at checkpoints during the winter campaign in 2024?

How many of those drivers were arrested?

The information sought is held by Police Scotland, but I am refusing to provide it in terms of
section 16(1) of the Act on the basis that the section 25(1) exemption applies:

"Information which the applicant can reasonably obtain other than by requesting it under
section 1(1) is exempt information".

The campaign results are published each year on the Police Scotland website.
""")
    assert len(rec["questions"]) == 2


def test_a_request_quoted_over_two_paragraphs_is_two_asks_and_no_more():
    rec = _text("""Dear Ms Reid,

Thank you for your email, received on 3 February 2026, in which you asked:

"Please can you tell me how many special constables the force had on 31 December 2025.

Please also give the number of hours they volunteered in 2025."

Anyshire Police holds the information you have requested. However, it is already published and
is therefore exempt under section 21 of the Freedom of Information Act 2000.
""")
    assert [q["text"][:30] for q in rec["questions"]] == ["Please can you tell me how man", "Please also give the number of"]


def test_a_row_of_dashes_the_letter_says_hide_small_counts_is_a_row_of_figures():
    rec = _text("""Anyshire Police holds information relevant to your request. Figures of 1 to 4 are shown as "-" and are
withheld under Section 40(2) of the Freedom of Information Act 2000.

Question 1 - uses of force by age of child

   Age group              2023          2024
   Under 10                  -             -
   10 to 13                148           161
   14 to 17                402           455
""")
    got = {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}
    assert ("Under 10", "2023", None) in got and ("10 to 13", "2024", 161) in got
    assert not any("/ -" in f["measure"] for f in rec["figures"])


def test_project_servator_is_counter_terrorism():
    from nlp import tag_topics

    rec = _text("""Project Servator deployments at railway stations
Request
1. How many Project Servator deployments took place at railway stations in 2025?
Response
The information is withheld under section 24(1) and section 31(1)(a).
""")
    assert "terrorism-and-extremism" in {t["topic"] for t in tag_topics(rec)}


def test_a_text_copys_request_response_table_with_a_number_column_keeps_asks_and_answers_apart():
    rec = _text("""Dear Requester

 No   Request                                         Response
 1   Which company supplies the speed cameras         Exempt - Section 43(2). Please see
     used on the force's motorways?                   the explanation below.

 2   What is the total value of the current           Exempt - Section 43(2). Please see
     contract?                                        the explanation below.

 Decision

 Anyshire Police holds the information you have asked for, but it is exempt from disclosure under
 section 43(2) of the Freedom of Information Act 2000.
""")
    assert [q["text"] for q in rec["questions"]] == [
        "Which company supplies the speed cameras used on the force's motorways?",
        "What is the total value of the current contract?"]
