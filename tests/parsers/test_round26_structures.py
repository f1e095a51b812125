"""Structures from the session-26 accuracy round (blind sets p1-p4), each document written here
afresh: long page headings, subject lines wrapped over two lines, print headers, sections wrapped
at a line end, numbered asks that go on past answers and reasoning, nested HTML lists, exemption
lists inside answers, sheet names, per-part pointers over answers that are all "not held"."""
from __future__ import annotations

import io

from openpyxl import Workbook

from parsers import parse_document
from tests.support.parse_docs import asks as _asks
from tests.support.parse_docs import parse_text as _text


def _html(body: str, url: str = "https://www.anyshire.police.uk/foi-ai/anyshire-police/disclosure-log/2024/may/x/",
          head: str = "") -> dict:
    page = f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
    return parse_document(page.encode(), "text/html", url)


# --- titles ---------------------------------------------------------------------------------

_LONG = ("Officers and staff dismissed or given final written warnings after complaints about their "
         "driving of marked vehicles on emergency calls, with the collision costs, 2018 to 2024")


def test_a_long_heading_the_page_title_repeats_is_the_whole_title():
    rec = _html(f"<main><h1>{_LONG}</h1><h2>Request</h2><p>1. How many officers were dismissed?</p>"
                "<h2>Response</h2><p>Four officers were dismissed.</p></main>",
                head=f"<title>{_LONG} | Anyshire Police</title>")
    assert rec["title"] == _LONG


def test_a_long_heading_nothing_else_repeats_is_still_no_title():
    rec = _html(f"<main><h1>{_LONG}</h1><h2>Request</h2><p>1. How many officers were dismissed?</p>"
                "<h2>Response</h2><p>Four officers were dismissed.</p></main>",
                head="<title>Disclosure log | Anyshire Police</title>")
    assert rec["title"] != _LONG


def test_a_subject_line_wrapped_under_the_salutation_is_read_whole():
    rec = _text("""Anyshire Police
Reference: 2024-0812
Date: 3 June 2024
Dear Ms Okafor,
Shotgun certificates withdrawn after reports of stalking or harassment, and those returned
to the holder after an appeal, 2020 to 2023
Thank you for your request for information, received on 7 May 2024. You asked:
1. How many shotgun certificates were withdrawn after reports of stalking in each year?
2. How many were returned after an appeal?
The figures are 4, 6, 3 and 5 withdrawals, and 1 returned.
""")
    assert rec["title"] == ("Shotgun certificates withdrawn after reports of stalking or harassment, and those "
                            "returned to the holder after an appeal, 2020 to 2023")


def test_a_subject_line_over_two_lines_needs_the_body_to_open_below_it():
    # (two lines under the salutation that end a sentence are the letter's own words, no subject)
    rec = _text("""Anyshire Police
Date: 3 June 2024
Dear Ms Okafor,
Your request about shotgun certificates withdrawn after reports of stalking was received in
May. We hold the information and it is given below.
Thank you for your patience.
1. How many shotgun certificates were withdrawn after reports of stalking?
""")
    assert not (rec["title"] or "").startswith("Your request about shotgun")


def test_an_attachment_banner_of_any_class_names_the_request():
    rec = _html("""<div class="view_html_notice"><p>This is an HTML version of an attachment to the Freedom of
Information request '<a href="/request/cycle_thefts_in_anytown">Cycle thefts in Anytown</a>'.</p></div>
<div class="view_html_page"><p>Anyshire Police</p><p>Our reference: FOI 1187/22</p>
<p>1. How many cycle thefts were recorded in 2021?</p><p>There were 412.</p></div>""",
                url="https://www.whatdotheyknow.com/request/cycle_thefts_in_anytown/response/1/attach/html/2/FOI%201187.pdf.html",
                head="<title>FOI 1187 22 Response.pdf - HTML version - WhatDoTheyKnow</title>")
    assert rec["title"] == "Cycle thefts in Anytown"


def test_a_print_header_titles_a_letter_with_no_subject_line():
    rec = _text("""02/05/2024, 09:41                         Microsoft Word - 0417-24 Shoplifting at supermarkets.docx

Kent Police
Our Ref: 0417/24
Date: 2 May 2024

Dear Mr Lee,

I write in response to your request for information. You asked for:

1. The number of shoplifting offences recorded at supermarkets in 2023.

There were 2,114 such offences.
""")
    assert rec["title"] == "Shoplifting at supermarkets"


# --- exemptions -------------------------------------------------------------------------------

def test_a_section_number_wrapped_onto_the_next_line_is_cited():
    rec = _text("""Request
1. The name of the towing contractor and the fee paid for each vehicle removed.
Response
The contractor is Anytown Recovery Ltd. The fee paid per vehicle is withheld under Section
43(2) of the Freedom of Information Act 2000, as its release would prejudice the contractor.
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s43(2)"]


# --- asks -------------------------------------------------------------------------------------

def test_unpunctuated_numbers_go_on_from_a_lettered_first_ask():
    rec = _text("""Request
1(a) The number of stalking protection orders applied for in each year since 2021.
1(b) The number of those orders granted by the court.
2 The number of orders breached.
3 A copy of the force's guidance on applying for an order.
Response
The figures are given in the table below.
""")
    assert len(rec["questions"]) == 4
    assert _asks(rec)[3].startswith("A copy of the force's guidance")


def test_numbered_asks_go_on_past_answers_and_a_reasoning_heading():
    rec = _text("""Anyshire Police
Our Ref: 004512/23
Request under the Freedom of Information Act 2000
Vacant police buildings
I write in connection with your request for information, received on 2 May 2023.
Please find below answers to your questions:-
RESPONSE
1. Which police buildings have stood empty since 2020?
Two buildings have stood empty: the old Anytown station and the Bridge Street office.
2. For each empty building, the yearly cost of securing it.
Building 2021/22 2022/23
Anytown station £12,400 £13,100
Bridge Street office £8,050 £7,900
3. The price the force expects to sell the Bridge Street office for, which I believe is on the
market.
The expected price is withheld under Section 43(2) of the Act - commercial interests.
Public interest test: release would show whether the force gets value for money, but would tell
bidders what the force will accept.
4. How many buildings were handed to community groups?
None.
Yours sincerely,
Freedom of Information Section
""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2", "3", "4"]
    assert _asks(rec)[1] == "For each empty building, the yearly cost of securing it."


def test_bullets_under_i_require_are_asks():
    rec = _text("""Request

Dear Anyshire Police,

Further to my earlier requests about the burglary I reported last year, I require:

- every note made by an officer about my burglary report
- the names of the officers who attended
- the number of burglaries in my street since 2020

Yours faithfully,

Response

Anyshire Police has decided to refuse your request under Section 14(1) of the Act.
""")
    assert len(rec["questions"]) == 3


def test_a_list_of_exemptions_in_an_answer_is_no_ask():
    rec = _html("""<main><h1>Radio contract</h1>
<p><strong>1. Which company supplies the force's radios?</strong></p>
<p>The radios are supplied by Anyco Ltd.</p>
<p><strong>2. Please send me the price list from the contract.</strong></p>
<p>The price list is withheld. Anyshire Police is relying on the following exemptions:</p>
<ul><li>Section 41(1) &ndash; Information provided in confidence</li>
<li>Section 43(2) &ndash; Commercial interests</li></ul>
<p>Section 41 is an absolute exemption.</p></main>""")
    assert len(rec["questions"]) == 2
    assert {e["label"] for e in rec["exemptions"]} == {"s41(1)", "s43(2)"}


def test_a_nested_html_list_keeps_its_letters_and_roman_numerals():
    rec = _html("""<main><h1>Handcuff use</h1><h2>Request</h2>
<ol><li>For each of the years 2023 and 2024:
<ol type="a"><li>How many times were handcuffs used by the force's officers?</li>
<li>Of the uses in (a):
<ol type="i"><li>how many were on a person aged under 18?</li>
<li>how many were in a hospital?</li></ol></li></ol></li>
<li>Please provide a copy of the force's guidance on handcuffing.</li></ol>
<h2>Response</h2><p>The figures are in the table below.</p></main>""")
    assert [q["number"] for q in rec["questions"]] == ["1a", "1bi", "1bii", "2"]
    assert _asks(rec)[0] == "How many times were handcuffs used by the force's officers?"


def test_a_sheet_named_after_a_question_asks_nothing():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q1 Stop searches"
    ws.append(["Year", "Stop searches"])
    ws.append(["2022", 1412])
    ws.append(["2023", 1530])
    out = io.BytesIO()
    wb.save(out)
    rec = parse_document(out.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert rec["questions"] == []


# --- outcomes ---------------------------------------------------------------------------------

def test_a_pointer_to_each_part_over_parts_each_not_held_is_not_held():
    rec = _text("""Request
I would like the following:
(i) A copy of any policy on officers using body-worn cameras off duty.
(ii) The date the policy was approved.
Response
Anyshire Police has searched for the information. I can confirm that Anyshire Police does not hold
the information you have requested. The position on each part is as follows.
(i) No policy on off-duty use has been written. No information is held.
(ii) As there is no policy, no information is held.
""")
    assert rec["outcome"] == "not_held"


def test_a_page_saying_some_information_was_disclosed_is_partial():
    rec = _html("""<main><h1>Knife arches at railway stations</h1>
<h2>Request</h2><p>(i) The number of knife arch deployments at stations in 2023.</p>
<p>(ii) The dates of the deployments planned for 2024.</p>
<h2>Response</h2><p>Anyshire Police has disclosed some of the information you asked for. Question (ii) is
exempt under section 31(1)(a) (law enforcement). The response letter can be downloaded below.</p></main>""")
    assert rec["outcome"] == "partial"


# --- tables -----------------------------------------------------------------------------------

def _docx_with(paragraphs: list[str]) -> bytes:
    from docx import Document

    doc = Document()
    for text in paragraphs:
        p = doc.add_paragraph()
        lines = text.split("\n")
        for k, line in enumerate(lines):
            run = p.add_run(line)
            if k + 1 < len(lines):
                run.add_break()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_table_typed_with_tabs_and_line_breaks_is_read_as_a_table():
    rec = parse_document(_docx_with([
        "Anyshire Police",
        "Dog bites on officers, 2022 to 2024",
        "Role\t\t2022\t2023\t2024\nDog handlers\t14\t11\t9\nOther officers\t\t6\t8\t5",
    ]), _DOCX)
    got = {(f["measure"], f["period"]): f["value"] for f in rec["figures"]}
    assert got[("Dog handlers", "2023")] == 11
    assert got[("Other officers", "2024")] == 5


def test_tabbed_field_lines_are_no_table():
    # a letterhead's label and value set apart by tabs, no figures under a header: plain lines
    rec = parse_document(_docx_with([
        "Our ref:\tFOI 2024/0388\nDate:\t\t12 March 2024",
        "Dear Requester,",
        "Request",
        "1. How many dog handlers does the force employ?",
        "Response",
        "The force employs 14 dog handlers.",
    ]), _DOCX)
    assert rec["tables"] == []
    assert rec["reference"] == "FOI 2024/0388"


# --- last round's leftovers (o1, o3) ------------------------------------------------------------

def test_a_text_copy_heading_wrapped_onto_a_year_is_read_whole():
    rec = _text("""Review of the force's response to flooding in Anytown in November
2023

Lincolnshire Police

Dear Mr Bell,

Your request was for:
- a copy of the review of the force's response to the flooding.

The review is attached.
""")
    assert rec["title"] == "Review of the force's response to flooding in Anytown in November 2023"


def test_a_sheet_row_saying_how_the_file_was_released_is_no_title():
    wb = Workbook()
    ws = wb.active
    ws.append(["Ministry of Defence Police"])
    ws.append(["Released following an internal review"])
    ws.append(["Vehicle thefts at MOD sites, 2022 and 2023"])
    ws.append([])
    ws.append(["Site", "2022", "2023"])
    ws.append(["Site A", 4, 6])
    out = io.BytesIO()
    wb.save(out)
    rec = parse_document(out.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert rec["title"] == "Vehicle thefts at MOD sites, 2022 and 2023"


def test_a_running_header_of_dashed_parts_gives_the_reference():
    from docx import Document

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Anyshire Police – FOI 2231-2024 – internal review – Annex B"
    doc.add_paragraph("Dog attacks on livestock, 2022 to 2024")
    table = doc.add_table(rows=3, cols=2)
    for r, row in enumerate([["Year", "Attacks"], ["2022", "41"], ["2023", "37"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    doc.save(out)
    rec = parse_document(out.getvalue(), _DOCX)
    assert rec["reference"] == "2231-2024"


def test_figures_previously_withheld_and_now_disclosed_cite_no_exemption():
    rec = _text("""Thefts from police vehicles, 2022 and 2023

Year    Thefts
2022        14
2023        19

Released at internal review; figures previously withheld under section 31(1)(a) are now disclosed.
""")
    assert rec["exemptions"] == []


def test_figures_still_withheld_beside_a_disclosure_still_cite():
    rec = _text("""Request
1. The number of thefts from police vehicles in 2023, and the streets where they happened.
Response
The figures previously withheld under section 31(1)(a) are now disclosed, but the street names remain withheld under section 31(1)(a).
There were 19 thefts in 2023.
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s31(1)(a)"]


def test_an_appendix_to_a_psni_request_gives_reference_and_force():
    from docx import Document

    doc = Document()
    doc.add_paragraph("Calls for service by district, 2022/23")
    doc.add_paragraph("Appendix to FOI request F-2023-04512")
    table = doc.add_table(rows=3, cols=2)
    for r, row in enumerate([["District", "Calls"], ["Belfast City", "81,204"], ["Derry City and Strabane", "22,117"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    doc.save(out)
    rec = parse_document(out.getvalue(), _DOCX)
    assert rec["reference"] == "F-2023-04512"
    assert rec["force"] == "police-service-of-northern-ireland"


# --- round 26's second blind sets (q1-q4) ---------------------------------------------------------

def test_inline_numbered_asks_after_tell_me_are_split():
    rec = _text("""Request
Please could you tell me 1. whether the force uses unmarked motorcycles, 2. how many it operates, and
3. how many times they were used at incidents in 2023.
Response
The force neither confirms nor denies that it holds the information.
""")
    assert len(rec["questions"]) == 3
    assert _asks(rec)[1].startswith("how many it operates")


def test_a_lettered_sub_ask_after_an_answer_goes_on():
    rec = _html("""<main><h1>Police dog costs</h1>
<p><strong>Q1) How many police dogs did the force have in 2023?</strong></p><p>The force had 31 dogs.</p>
<p><strong>Q2) How much did the force spend in 2023 on:</strong></p>
<p><strong>a) veterinary care</strong><br><strong>b) food</strong></p>
<p>Please see the table below.</p>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Veterinary care</td><td>£41,200</td></tr><tr><td>Food</td><td>£18,950</td></tr></table>
<p><strong>c) kennel repairs</strong></p><p>The force does not hold this information.</p>
<p><strong>Q3) How many dogs retired in 2023?</strong></p><p>Four dogs retired.</p></main>""")
    assert [q["number"] for q in rec["questions"]] == ["Q1", "Q2a", "Q2b", "Q2c", "Q3"]


def test_a_letter_pdf_with_no_subject_takes_no_footer_as_title():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    y = 800
    for line in ["OFFICIAL", "POLICE SCOTLAND Our Ref: IM-FOI-2024-2231", "Date: 3rd May 2024",
                 "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002",
                 "I refer to your recent request for information which has been handled in accordance",
                 "with the Freedom of Information (Scotland) Act 2002.",
                 "1. How many officers were assaulted on duty in 2023?",
                 "Having considered your request, I can advise that 1,412 assaults were recorded."]:
        c.drawString(50, y, line)
        y -= 16
    c.drawString(50, 40, "OFFICIAL scotland.police.uk @PoliceScotland")
    c.showPage()
    c.save()
    rec = parse_document(out.getvalue(), "application/pdf")
    assert not (rec["title"] or "").startswith("OFFICIAL")


def test_our_ref_beats_the_requesters_your_ref_in_the_letterhead():
    rec = _text("""Information Rights Unit                         Date: 3 May 2024
Anyshire Police                                 Your Ref: JB-2231
Received on 05/04/2024                          Our Ref: FOI 0912/24
Dog seizures
Your request:
1. How many dogs were seized in 2023?
Response
The force seized 61 dogs.
""")
    assert rec["reference"] == "FOI 0912/24"


def test_a_footers_page_count_is_no_reference():
    from parsers.fields import reference

    assert reference.foi_line("Civil Nuclear Constabulary – Freedom of Information 1/1") is None
    assert reference.foi_line("Civil Nuclear Constabulary – Freedom of Information 2023-057") == "2023-057"


def test_a_reference_label_under_a_heading_word_is_read():
    rec = _text("""Speed camera vans

Kent Police

Dear Ms Brennan,

Freedom of Information Request
Reference: 24/03/0617
Date: 11 April 2024

You asked:
1. How many speeding offences did the vans detect in 2023?

There were 18,412.
""")
    assert rec["reference"] == "24/03/0617"


def test_a_sheets_percentage_cells_read_as_shown():
    wb = Workbook()
    ws = wb.active
    ws.append(["North Wales Police - Force Vetting Unit"])
    ws.append(["FOI Ref: 0412/24"])
    ws.append(["Vetting refusals, 2022 and 2023"])
    ws.append([])
    ws.append(["Measure", "2022", "2023"])
    ws.append(["Applications", 1412, 1536])
    ws.append(["Refusal rate", 0.062, 0.066])
    for cell in ws[7][1:]:
        cell.number_format = "0.0%"
    out = io.BytesIO()
    wb.save(out)
    rec = parse_document(out.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    got = {(f["measure"], f["period"]): f["value"] for f in rec["figures"]}
    assert got[("Refusal rate", "2023")] == 6.6
    assert rec["title"] == "Vetting refusals, 2022 and 2023"


def test_a_heading_of_form_word_subject_and_reference():
    rec = _html("<main><h1>FOI Hare Coursing Dogs 0733-202526</h1><h2>Request</h2>"
                "<p>1. How many dogs were seized from hare coursers in 2025?</p><h2>Response</h2><p>Eleven.</p></main>",
                url="https://www.northyorkshire.police.uk/foi-ai/north-yorkshire-police/x/foi-0733-202526--hare-coursing-dogs/")
    assert rec["title"] == "Hare Coursing Dogs"
    assert rec["reference"] == "0733-202526"


def test_a_no_and_question_table_holds_the_asks():
    from docx import Document

    doc = Document()
    doc.add_paragraph("Anyshire Police")
    doc.add_paragraph("Your request")
    table = doc.add_table(rows=3, cols=2)
    for r, row in enumerate([["No.", "Question"], ["Q.1", "How many times was the radio system unavailable in 2024?"],
                             ["Q.2", "How long did the longest outage last?"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("Our response")
    doc.add_paragraph("The system was unavailable 4 times; the longest outage lasted 96 minutes.")
    out = io.BytesIO()
    doc.save(out)
    rec = parse_document(out.getvalue(), _DOCX)
    assert _asks(rec) == ["How many times was the radio system unavailable in 2024?", "How long did the longest outage last?"]


def test_footnote_marks_run_into_cells_are_taken_off():
    from parsers.figures import figures_for

    table = {"caption": None, "header": ["Station", "2022/23", "2023/241"],
             "rows": [["Anytown1", "3,218", "1,2082"], ["Bridgeford", "412", "398"]]}
    got = {(f["measure"], f["period"]): f["value"] for f in figures_for([table])}
    assert got[("Anytown", "2023/24")] == 1208
    assert got[("Bridgeford", "2022/23")] == 412


def test_a_reviewer_who_does_not_consider_a_section_engaged_drops_it():
    rec = _text("""Dear Mr Khan,
I have now completed the review of the response to your request. The original response relied on
Section 40(2) and Section 30(1)(a).
I do not consider that Section 30(1)(a) is engaged, because every investigation had concluded. The
names of officers remain withheld under Section 40(2). The yearly totals are disclosed below: 14, 11, 9.
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s40(2)"]


def test_justified_prose_with_even_wide_gaps_is_no_table():
    rec = _text("""Request
1. How many children were strip searched in 2022?
Response
Between   2020   and   2022   officers   recorded   14,862   stop   and   search   encounters   with   people   aged
under   18.   Each   record   would   have   to   be   read,   which   would   exceed   the   cost   limit   under   Section   12.
""")
    assert rec["figures"] == []


def test_an_unruled_pdf_tables_title_line_is_not_cut_into_its_columns():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.drawString(50, 800, "Dog bites on officers recorded by division, 2021/22 to 2023/24")
    for y, row in [(770, ["Division", "2021/22", "2022/23", "2023/24"]), (750, ["North", "14", "11", "9"]),
                   (730, ["South", "8", "12", "10"]), (710, ["East", "6", "5", "7"])]:
        for x, cell in zip((50, 200, 300, 400), row, strict=True):
            c.drawString(x, y, cell)
    c.showPage()
    c.save()
    rec = parse_document(out.getvalue(), "application/pdf")
    assert {f["measure"] for f in rec["figures"]} == {"North", "South", "East"}
