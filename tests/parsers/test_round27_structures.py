"""Structures from the session-27 accuracy round (blind sets r1-r4), each document written here
afresh: references in page headings, sections weighed only hypothetically, section lists with
lower-case names, page-feedback boxes in text copies, spreadsheets that hold the reply itself, Word
house styles, letterhead cells, boxed requests, tables nested in answer cells, two requests in one
letter, bare attachment pointers, rows of the same name on two sheets."""
from __future__ import annotations

import io

from docx import Document

from parsers import parse_document
from parsers.fields.exemptions import find_exemptions, find_labels
from tests.support.parse_docs import asks as _asks
from tests.support.parse_docs import parse_text as _text
from tests.support.workbooks import xlsx

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _html(body: str, url: str = "https://www.anyshire.police.uk/foi-ai/anyshire-police/disclosure-log/2024/may/x/") -> dict:
    page = f"<!DOCTYPE html><html><head></head><body>{body}</body></html>"
    return parse_document(page.encode(), "text/html", url)


def _labels(rec: dict) -> list[str]:
    return [e["label"] for e in rec["exemptions"]]


def _docx_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _fill(table, rows: list[list[str]]) -> None:
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            table.cell(r, c).text = v


def _xlsx(sheets: list[tuple[str, list[list]]]) -> bytes:
    return xlsx(*sheets)


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
    _fill(doc.add_table(rows=3, cols=2), [["Age group", "Arrests"], ["Under 18", "*"], ["18 and over", "2,410"]])
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
    _fill(doc.add_table(rows=3, cols=2), [["District", "Episodes"], ["Northvale", "412"], ["Southmere", "<5"]])
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
    _fill(cell.add_table(rows=3, cols=2), [["Area", "2019"], ["Northvale", "1,104"], ["Southmere", "987"]])
    rec = parse_document(_docx_bytes(doc), _DOCX)
    assert sorted(f["value"] for f in rec["figures"]) == [987, 1104]
    assert rec["outcome"] == "full"


# --- second part (blind sets s1-s4) -----------------------------------------------------------

def test_a_salutation_beside_the_reference_field_still_opens_the_subject_line():
    rec = _text("""Anyshire Police
Information Management

Dear Requester,                                              FOI Reference: 0213/26
                                                       Date of response: 6 February 2026

 Police dog bites on officers
 Thank you for your request for information received on 8 January 2026. You asked:
 Q1 How many officers were bitten by police dogs in 2025?
 Response
 Eleven officers were bitten.
""")
    assert rec["title"] == "Police dog bites on officers"
    assert rec["reference"] == "0213/26"


def test_a_date_printed_beside_the_salutation_is_the_letters_date():
    rec = _text("""Anyshire Police
Dear Requester, Date: 9 February 2024
FREEDOM OF INFORMATION REQUEST REFERENCE NO: 324117
Police dog bites on officers
You asked: How many officers were bitten by police dogs in 2023? Eleven officers were bitten.
""")
    assert rec["published"] == "2024-02-09"


def test_a_review_response_heading_is_no_title():
    rec = _text("""Our Ref: IM-FOI-2024-1867
Date: 23 October 2024
FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REVIEW RESPONSE
Police horses at football matches
Dear Requester,
I refer to your requirement for review. You asked how many horses attended matches in 2023.
I have upheld the original response: 212 horse deployments were made.
""")
    assert rec["title"] == "Police horses at football matches"


def test_an_addressee_line_and_a_correspondence_field_are_no_titles():
    for line in ("Requester (by email)", "Address Correspondence to: Information Management, Police Headquarters"):
        rec = _text(f"""Anyshire Police
Headquarters, Oxford Road
Telephone: 101
{line}
Our ref: 004211/19
Date 06 June 2019
Dear Requester,
Police station front counters
I write further to your request. You asked for a list of front counters open to the public.
The list is attached.
""")
        assert rec["title"] == "Police station front counters", line


def test_a_heading_printed_as_a_file_name_drops_its_extension():
    rec = _html("<main><h1>FOI 002981-25 Knife arch deployments.pdf</h1>" + _BODY + "</main>")
    assert rec["title"] == "Knife arch deployments"


def test_a_subject_under_the_templates_own_h1_is_the_title():
    rec = _html("<main><h1>Disclosure Details</h1><h2 class='disclosure-title'>Speed Camera Offences - 412/19</h2>"
                + _BODY + "</main>")
    assert (rec["title"], rec["reference"]) == ("Speed Camera Offences", "412/19")


def test_a_page_copy_with_tabbed_fields_is_titled_by_the_line_above_them():
    rec = _text("Dorset Police - Disclosure Log\nSearch disclosures\nContact\nAccessibility\n"
                "Reports about Northgate Holdings Ltd\n\nCase reference\tFOI2024/00466\nPublished\t3 May 2024\n"
                "Category\tEconomic crime\n\nRequest\n\nQuestion 1 - How many reports were made about the company?\n\n"
                "Response\n\nThe force holds 14 reports.\n")
    assert rec["title"] == "Reports about Northgate Holdings Ltd"


def test_another_bodys_reference_quoted_in_the_request_is_not_the_reference():
    rec = _html("<main><h1>FOI 002981-25 Knife arches</h1><h2>Request</h2>"
                "<p>Further to the national response published by the NPCC (reference 2233/2025) on knife arches, "
                "please tell me how many times the force used its knife arches in 2024.</p>"
                "<h2>Response</h2><p>The arches were used 31 times.</p></main>")
    assert rec["reference"] == "002981-25"


def test_a_review_letters_own_reference_beats_the_original_requests():
    rec = _text("""Anyshire Police
Internal Review Reference: IR/0412/23
Original Request Reference: 1184/23
Date: 21 August 2023
INTERNAL REVIEW RESPONSE
Complaints about officers' driving
Dear Requester,
I have completed the internal review. You asked how many complaints were made in 2022.
I uphold the original response, which gave 412 complaints.
""")
    assert rec["reference"] == "IR/0412/23"
    assert rec["title"] == "Complaints about officers' driving"


def test_a_review_that_finds_the_first_exemption_not_engaged_relies_on_nothing():
    rec = _text("""Anyshire Police
Our Ref: DC/FOI 214/19
Digital forensic backlog
The original decision withheld all of the information under Section 31(1)(a) and (b) of the Freedom of
Information Act 2000. That decision has not been upheld at the internal review stage.
Your request:
- The number of devices waiting to be examined on 31 March 2019.
Internal review
I have therefore decided that Section 31 is not engaged, and the information is now disclosed in full.
Response
On 31 March 2019 there were 412 devices waiting to be examined.
""")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


def test_a_review_that_upholds_the_exemption_still_relies_on_it():
    rec = _text("""Anyshire Police
Our Ref: DC/FOI 214/19
Digital forensic backlog
The original decision withheld all of the information under Section 31(1)(a) of the Freedom of
Information Act 2000. That decision has been upheld at the internal review stage.
Your request:
- The number of devices waiting to be examined on 31 March 2019.
Response
The figure remains exempt under Section 31(1)(a), as its release would show the unit's capacity.
""")
    assert _labels(rec) == ["s31(1)(a)"]


def test_a_public_interest_in_something_that_favours_a_side_is_a_test():
    rec = _text(_LETTER_HEAD + """Online monitoring
You asked whether the force monitors named forums.
The force neither confirms nor denies that it holds this information, by virtue of Section 31(3).
Harm and public interest
The public interest in protecting victims from these offences favours neither confirming nor denying.
""")
    assert rec["public_interest_test"] is True


def test_a_two_column_tables_header_line_is_not_part_of_the_first_ask():
    rec = _text(_LETTER_HEAD + """Foreign national arrests
For clarity, your request is repeated below next to our response.
Request Response
Please tell me how many foreign nationals
were arrested in each year from 2016 to 2018.
Of those, how many were referred to Immigration Enforcement.
This request is being refused under Section 12(1), as the cost would exceed the appropriate limit.
""")
    assert rec["questions"] and rec["questions"][0]["text"].startswith("Please tell me how many")


def test_an_asks_own_line_wrapped_onto_a_colon_stays_with_it():
    rec = _text("""Dear Anyshire Police,

1. A copy of the complaints handling policy.

2. The names and ranks of every officer who has looked at
   my complaint, together with:

   - the number of hours each of them spent on it

Response

The policy is attached. The names are exempt under Section 40(2).
""")
    assert rec["questions"][1]["text"].endswith("my complaint, together with:")


def test_a_wrapped_lines_lower_case_response_marks_no_answer():
    rec = _text(_LETTER_HEAD + """Speed cameras
For ease of reference, your request is replicated below together with the response.
1. How many speeding offences were detected by the camera in 2023?
The information you requested is shown below: 3,842 offences were detected.
2. The dates when the camera was not operating.
This information is exempt under section 35(1)(a) of the Act - law enforcement.
If you are dissatisfied you may request a review within 40 working days of receiving this
response. If you remain dissatisfied you can apply to the Commissioner.
""")
    assert "section 35" not in rec["questions"][0]["text"].lower()
    assert "s35(1)(a)" in _labels(rec)


# --- figures (second part) --------------------------------------------------------------------

def test_years_in_brackets_date_their_own_columns():
    rec = _html("<main><h1>Front counters</h1>" + _BODY +
                "<table><tr><th>Station</th><th>Opening hours per week (2024)</th><th>Visitors (2023)</th></tr>"
                "<tr><td>Northvale</td><td>84</td><td>21,480</td></tr>"
                "<tr><td>Southmere</td><td>56</td><td>11,905</td></tr></table></main>")
    got = {(f["value"], f["period"]) for f in rec["figures"]}
    assert {(84, "2024"), (21480, "2023"), (56, "2024"), (11905, "2023")} <= got


def test_a_tab_table_whose_header_has_an_empty_corner_keeps_its_columns():
    rec = _text(_LETTER_HEAD + "Re-vetting\nYou asked how many officers were re-vetted. The figures are below.\n\n"
                "\t2021\t2022\t2023\nOfficers re-vetted\t1,204\t1,388\t2,241\nStaff re-vetted\t912\t1,099\t1,661\n")
    got = {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}
    assert ("Officers re-vetted", "2021", 1204) in got and ("Staff re-vetted", "2023", 1661) in got


def test_a_table_copied_one_cell_per_line_with_a_bare_bar_corner_is_read():
    rec = _text(_LETTER_HEAD + "Missing children\nYou asked how many children were reported missing. "
                "I am able to disclose the located information to you as follows.\n\n|\n2021 |\n2022 |\n"
                "Missing child reports |\n4,312 |\n4,587 |\nChildren missing more than once |\n611 |\n648 |\n\n"
                "A child is counted for each report.\n")
    got = {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}
    assert ("Missing child reports", "2022", 4587) in got and ("Children missing more than once", "2021", 611) in got
