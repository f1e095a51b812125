"""Structures from the session-27 accuracy round (blind sets r1-r4), each document written here
afresh: references in page headings, sections weighed only hypothetically, section lists with
lower-case names, page-feedback boxes in text copies, spreadsheets that hold the reply itself, Word
house styles, letterhead cells, boxed requests, tables nested in answer cells, two requests in one
letter, bare attachment pointers, rows of the same name on two sheets."""
from __future__ import annotations

import io

from docx import Document
from openpyxl import Workbook

from parsers import parse_document
from parsers.fields.exemptions import find_exemptions, find_labels

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _text(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def _html(body: str, url: str = "https://www.anyshire.police.uk/foi-ai/anyshire-police/disclosure-log/2024/may/x/") -> dict:
    page = f"<!DOCTYPE html><html><head></head><body>{body}</body></html>"
    return parse_document(page.encode(), "text/html", url)


def _asks(rec: dict) -> list[str]:
    return [q["text"] for q in rec["questions"]]


def _labels(rec: dict) -> list[str]:
    return [e["label"] for e in rec["exemptions"]]


def _docx_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _xlsx(sheets: list[tuple[str, list[list]]]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_BODY = ("<h2>Request</h2><p>1. How many horses does the force keep?</p>"
         "<h2>Response</h2><p>The force keeps 14 horses.</p>")


# --- titles and references ------------------------------------------------------------------

def test_a_heading_with_a_bracketed_labelled_reference_keeps_only_the_subject():
    rec = _html(f"<main><h1>Mounted section horses (FOI: 0412.2024-25)</h1>{_BODY}</main>")
    assert (rec["title"], rec["reference"]) == ("Mounted section horses", "0412.2024-25")


def test_a_heading_ending_in_a_dotted_financial_year_reference_keeps_only_the_subject():
    rec = _html(f"<main><h1>Mounted section horses - 0977.2023-24</h1>{_BODY}</main>")
    assert (rec["title"], rec["reference"]) == ("Mounted section horses", "0977.2023-24")


def test_a_heading_ending_in_a_financial_year_keeps_it():
    rec = _html(f"<main><h1>Mounted section budget - 2023-24</h1>{_BODY}</main>")
    assert rec["title"] == "Mounted section budget - 2023-24"


def test_a_publication_number_gives_way_to_the_request_number_beside_it():
    rec = _html("<main><h1>Knife arches</h1><p><strong>Reference:</strong> PUB 2231</p>"
                "<p><strong>Request number:</strong> 40127</p>" + _BODY + "</main>")
    assert rec["reference"] == "40127"


def test_a_publication_number_alone_is_still_the_reference():
    rec = _html("<main><h1>Knife arches</h1><p><strong>Reference:</strong> PUB 2231</p>" + _BODY + "</main>")
    assert rec["reference"] == "PUB 2231"


_LETTER_HEAD = """Anyshire Police
Information Rights Unit
Our Ref: 004821/23
Date: 14 June 2023
Dear Requester,
"""


def test_a_capitals_subject_under_an_act_and_force_line_drops_the_force():
    rec = _text(_LETTER_HEAD.replace("Anyshire", "Kent") + """FREEDOM OF INFORMATION ACT 2000 – KENT POLICE
DOG SECTION KENNELS AND VETERINARY COSTS
Thank you for your request. You asked:
1. How much did the force spend on veterinary care for its dogs in 2022?
The force spent £41,200.
""")
    assert rec["title"].lower() == "dog section kennels and veterinary costs"


def test_a_re_line_about_the_request_itself_is_no_title():
    rec = _text(_LETTER_HEAD + """Dog section veterinary costs, 2022
Re: your request for information under the Freedom of Information Act 2000, received by
Anyshire Police on 2 May 2023.
You asked:
1. How much did the force spend on veterinary care for its dogs in 2022?
The force spent £41,200.
""")
    assert rec["title"] == "Dog section veterinary costs, 2022"


# --- exemptions -------------------------------------------------------------------------------

def test_sections_the_cost_limit_left_unconsidered_are_no_exemptions():
    got = find_exemptions("We estimate that the cost of complying would exceed the appropriate limit under "
                          "Section 12(1). As Section 12 applies, we have not gone on to consider whether any "
                          "of the information would be exempt under Section 31 (Law enforcement) or Section "
                          "40(2) (Personal information).")
    assert [e["label"] for e in got] == ["s12(1)"]


def test_sections_considered_and_none_applied_are_no_exemptions():
    got = find_exemptions("No information has been withheld. Sections 30, 31 and 38 of the Freedom of "
                          "Information Act 2000 were considered and none of them was applied.")
    assert got == []


def test_a_section_relied_on_beside_one_not_considered_stays():
    got = find_exemptions("The names are exempt under Section 40(2). We have not gone on to consider "
                          "whether Section 38 would also apply.")
    assert [e["label"] for e in got] == ["s40(2)"]


def test_a_section_list_with_lower_case_names_and_letters_reads_every_section():
    text = ("I am refusing this part as it is exempt under sections 35(1)(a) and (b) (law enforcement), 39(1)\n"
            "(health, safety and the environment) and 38(1)(b) (personal information).")
    assert find_labels(text, "FOISA") == ["s35(1)(a)", "s35(1)(b)", "s39(1)", "s38(1)(b)"]


def test_letters_after_a_section_still_join_it_without_a_list():
    assert find_labels("withheld under section 31(1)(a) and (b).") == ["s31(1)(a)", "s31(1)(b)"]


# --- asks -----------------------------------------------------------------------------------

def test_a_reference_that_opens_with_a_number_is_no_ask():
    rec = _html("<main><h1>Hate crime on trams</h1><dl><dt>Reference</dt><dd>01.FOI.23.031122</dd>"
                "<dt>Published</dt><dd>4 March 2024</dd></dl><p>Summary: hate crimes on trams by strand.</p>"
                "<ul><li><a href='/media/hate-crime-on-trams.pdf'>hate-crime-on-trams.pdf</a></li></ul></main>")
    assert rec["questions"] == []


def test_a_suppression_key_under_a_data_file_is_no_ask():
    doc = Document()
    doc.add_paragraph("Arrests by age group, 2023")
    t = doc.add_table(rows=3, cols=2)
    for r, row in enumerate([["Age group", "Arrests"], ["Under 18", "*"], ["18 and over", "2,410"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.add_paragraph("* A figure of fewer than five has been suppressed to prevent identification.")
    rec = parse_document(_docx_bytes(doc), _DOCX)
    assert rec["questions"] == []
    assert rec["outcome"] == "unknown"


def test_a_second_unnumbered_paragraph_wanting_guidance_is_an_ask():
    rec = _html("<main><h1>Children in custody</h1><h2>Request</h2>"
                "<p>I would like a copy of the force procedure on holding children overnight in custody.</p>"
                "<p>I would also like any guidance given to custody officers about finding local authority "
                "beds for children who have been charged and refused bail, as section 38(6) of the Police and "
                "Criminal Evidence Act 1984 requires.</p>"
                "<h2>Response</h2><p>Both documents are attached.</p></main>")
    assert len(_asks(rec)) == 2 and _asks(rec)[1].startswith("I would also like any guidance")


def test_a_paragraph_ask_over_bullets_that_refer_back_is_ask_one():
    rec = _html("<main><h1>Front counters</h1><h2>Request</h2>"
                "<p>Please list every police station that has a front counter open to the public.</p>"
                "<ul><li>For each, please give its opening hours on 1 May 2024.</li>"
                "<li>How many front counters have closed since 2020?</li></ul>"
                "<h2>Response</h2><p>The list is below. Nine counters have closed.</p></main>")
    assert [a[:22] for a in _asks(rec)] == ["Please list every poli", "For each, please give ",
                                            "How many front counter"]


def test_bullets_under_their_own_lead_in_keep_the_paragraph_above_out():
    rec = _html("<main><h1>Front counters</h1><h2>Request</h2>"
                "<p>I am researching access to police stations in rural areas.</p>"
                "<ul><li>How many front counters are open on Sundays?</li>"
                "<li>How many front counters have closed since 2020?</li></ul>"
                "<h2>Response</h2><p>Two are open on Sundays. Nine counters have closed.</p></main>")
    assert len(_asks(rec)) == 2


def test_a_second_requests_number_between_the_asks_keeps_its_ask():
    rec = _html("<main><h1>Rural crime</h1><h2>Request</h2><p>0412.2025-26</p>"
                "<p>Q1. How many quad bikes were reported stolen in 2024?</p>"
                "<p>Q2. How many of those were recovered?</p><p>0431.2025-26</p>"
                "<p>Please tell me how many officers work in the rural crime team.</p>"
                "<h2>Decision</h2><p>I am pleased to provide the information: 41 stolen, 9 recovered, 12 officers.</p></main>")
    assert len(_asks(rec)) == 3 and _asks(rec)[2].startswith("Please tell me how many officers")


def test_a_letter_answering_two_requests_reads_both_runs_of_numbers():
    rec = _text(_LETTER_HEAD + """Knife crime
Thank you for your requests, which are answered together.
Request 004821/23 (received 2 May 2023)
1. How many knife crime offences were recorded in 2022?
2. How many knives were handed in at surrender bins in 2022?
Request 004907/23 (received 9 May 2023)
1. How many times were knife arches used in 2022?
2. Please provide the force's knife crime problem profile.
Decision
The cost of complying would exceed the appropriate limit under Section 12(1).
""")
    assert len(_asks(rec)) == 4
    assert not any("Request 004907" in a for a in _asks(rec))


def test_one_list_answered_under_numbered_headings_still_stops():
    rec = _text(_LETTER_HEAD + """Police horses
You asked:
1. How many horses does the force keep?
2. How much did their feed cost in 2022?
Response
1. The force keeps 14 horses.
2. Feed cost £22,400.
""")
    assert len(_asks(rec)) == 2


def test_asks_in_a_one_cell_word_box_are_read():
    doc = Document()
    doc.add_paragraph("Our Ref: FOI2024/00412")
    doc.add_paragraph("Dear Requester,")
    doc.add_paragraph("You asked for the following information:")
    box = doc.add_table(rows=1, cols=1)
    cell = box.cell(0, 0)
    cell.paragraphs[0].text = "Q.1 How many drones does the force own?"
    cell.add_paragraph("Q.2 How many drone flights were made in 2023?")
    doc.add_paragraph("Response")
    doc.add_paragraph("The force owns 6 drones, which made 1,204 flights in 2023.")
    rec = parse_document(_docx_bytes(doc), _DOCX)
    assert [q["text"][:20] for q in rec["questions"]] == ["How many drones does", "How many drone fligh"]


# --- outcome and public interest --------------------------------------------------------------

def test_a_text_copys_feedback_box_decides_nothing():
    rec = _text("""Stolen bicycles
Reference: 2219/24
You asked:
1. How many bicycles were reported stolen in 2023?
Our response:
Anyshire Police does not hold the information you have requested.
Share this page
Was this page useful?
Yes
No
Send feedback
""")
    assert rec["outcome"] == "not_held"


def test_a_data_files_withheld_small_numbers_key_leaves_it_unknown():
    doc = Document()
    doc.add_paragraph("Missing episodes of children by district, 2023/24")
    t = doc.add_table(rows=3, cols=2)
    for r, row in enumerate([["District", "Episodes"], ["Northvale", "412"], ["Southmere", "<5"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.add_paragraph("Notes: Figures fewer than five are shown as '<5'. These have been withheld under Section "
                      "40(2) of the Freedom of Information Act 2000.")
    rec = parse_document(_docx_bytes(doc), _DOCX)
    assert rec["outcome"] == "unknown"
    assert _labels(rec) == ["s40(2)"]


def test_a_reply_that_is_only_a_pointer_to_its_attachment_is_unknown():
    rec = _html("<main><h1>101 call answering times</h1><h2>Request</h2>"
                "<p>I would like the average time taken to answer 101 calls in each month of 2023.</p>"
                "<h2>Response</h2><p>Please see attached.</p>"
                "<p><a href='/media/101-times.xlsx'>101-times.xlsx</a></p></main>")
    assert rec["outcome"] == "unknown"


def test_a_pointer_that_says_what_it_gives_is_full():
    rec = _html("<main><h1>101 call answering times</h1><h2>Request</h2>"
                "<p>I would like the average time taken to answer 101 calls in each month of 2023.</p>"
                "<h2>Response</h2><p>The information you asked for is attached in full.</p>"
                "<p><a href='/media/101-times.xlsx'>101-times.xlsx</a></p></main>")
    assert rec["outcome"] == "full"


def test_a_public_interest_weighed_in_prose_is_a_test():
    rec = _text(_LETTER_HEAD + """Drone strategy
You asked:
1. Please provide the force's drone strategy.
The strategy is exempt under Section 22(1), as it is due to be published in May 2024.
Section 22 is a qualified exemption and the public interest has been considered. Releasing it now
would inform the public, but the public interest is better served by publishing the finished
version to everyone, and the balance therefore favours withholding it until then.
""")
    assert rec["public_interest_test"] is True


# --- spreadsheets -----------------------------------------------------------------------------

def test_a_sheet_that_is_the_reply_gives_its_asks_and_outcome():
    data = _xlsx([("Request and response", [
        ["Anyshire Police - Freedom of Information"], ["Drug seizures, 2023"], [],
        ["Request:"], ["1.", "How many drug seizures did the force make in 2023?"],
        ["2.", "How many of those were of Class A drugs?"],
        ["Response:"], [None, "Anyshire Police holds the information. It is provided in full on the sheet 'Seizures'."]]),
        ("Seizures", [["Seizures, 2023"], ["Type", "2023"], ["All drugs", 1410], ["Class A", 322]])])
    rec = parse_document(data, _XLSX)
    assert [q["text"][:20] for q in rec["questions"]] == ["How many drug seizur", "How many of those we"]
    assert rec["outcome"] == "full"
    assert {f["value"] for f in rec["figures"]} == {1410, 322}


def test_a_data_only_workbook_stays_unknown():
    data = _xlsx([("Seizures", [["Seizures, 2023"], ["Type", "2023"], ["All drugs", 1410], ["Class A", 322]])])
    rec = parse_document(data, _XLSX)
    assert rec["outcome"] == "unknown" and rec["questions"] == []


def test_rows_of_one_name_on_two_sheets_are_named_by_their_sheets():
    data = _xlsx([("999 calls", [["999 calls by month, 2023"], ["Month", "Received", "Answered"],
                                 ["January", 24000, 22000], ["February", 23000, 21000]]),
                  ("101 calls", [["101 calls by month, 2023"], ["Month", "2023"],
                                 ["January", 51000], ["February", 47000]])])
    rec = parse_document(data, _XLSX)
    jan = {f["value"]: f["measure"] for f in rec["figures"] if f["measure"].startswith("January")}
    assert "999" in jan[24000] and "101" in jan[51000]


# --- Word letters -----------------------------------------------------------------------------

def test_a_house_title_style_gives_the_title():
    doc = Document()
    styles = doc.styles
    from docx.enum.style import WD_STYLE_TYPE
    styles.add_style("FOI Title", WD_STYLE_TYPE.PARAGRAPH)
    doc.add_paragraph("Stop and search of children, 2023", style="FOI Title")
    doc.add_paragraph("Date: 9 May 2024")
    doc.add_paragraph("You asked for:")
    doc.add_paragraph("How many children were stopped and searched in 2023?")
    doc.add_paragraph("The force stopped and searched 1,120 children in 2023.")
    rec = parse_document(_docx_bytes(doc), _DOCX)
    assert rec["title"] == "Stop and search of children, 2023"


def test_a_letterhead_cell_in_the_header_gives_the_date_not_an_empty_your_ref():
    doc = Document()
    section = doc.sections[0]
    table = section.header.add_table(rows=1, cols=2, width=section.page_width)
    table.cell(0, 0).text = "Anyshire Police\nInformation Rights\nPolice Headquarters"
    table.cell(0, 1).text = "Our ref: CM/PA/001122/22\nYour ref:\n\n21 October 2022"
    doc.add_paragraph("Dear Requester,")
    doc.add_paragraph("Body armour spend")
    doc.add_paragraph("You asked how much the force spent on body armour in 2021/22. It spent £310,000.")
    rec = parse_document(_docx_bytes(doc), _DOCX)
    assert rec["published"] == "2022-10-21"
    assert rec["reference"] == "CM/PA/001122/22"


def test_figures_in_tables_nested_in_answer_cells_are_read():
    doc = Document()
    doc.add_paragraph("Safety camera sessions, 2019")
    doc.add_paragraph("Your questions and our answers are set out below.")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Question", "Answer"
    t.cell(1, 0).text = "a. How many camera sessions were held in each area in 2019?"
    cell = t.cell(1, 1)
    cell.paragraphs[0].text = "Sessions held:"
    inner = cell.add_table(rows=3, cols=2)
    for r, row in enumerate([["Area", "2019"], ["Northvale", "1,104"], ["Southmere", "987"]]):
        for c, v in enumerate(row):
            inner.cell(r, c).text = v
    rec = parse_document(_docx_bytes(doc), _DOCX)
    assert sorted(f["value"] for f in rec["figures"]) == [987, 1104]
    assert rec["outcome"] == "full"
