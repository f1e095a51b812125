"""Structures from the session-24 accuracy round (blind sets m1-m4), each document written here
afresh: DOCX letterheads in text boxes and nested tables, letters laid out as Request n / Answer n
tables with figures nested in an answer."""
from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml

from parsers import parse_document
from parsers.docx import read_docx
from tests.support.parse_docs import parse_text as _text

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _saved(doc) -> dict:
    out = io.BytesIO()
    doc.save(out)
    return parse_document(out.getvalue(), content_type=_DOCX, source="letter.docx")


def _box(lines: list[str]) -> str:
    paras = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines)
    return (f'<v:shape {_V} style="position:absolute;width:180pt;height:60pt">'
            f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>")


def _with_text_box(doc, lines: list[str], twice: bool = False) -> None:
    """A paragraph anchoring a floating text box (VML; `twice`: also under mc:Fallback, as Word
    saves a DrawingML box for old readers)."""
    p = doc.add_paragraph("Suffolk Constabulary")
    pict = f"<w:pict {_W}>{_box(lines)}</w:pict>"
    if twice:
        run = (f"<w:r {_W} {_MC}><mc:AlternateContent><mc:Choice Requires=\"v\">{pict}</mc:Choice>"
               f"<mc:Fallback>{pict}</mc:Fallback></mc:AlternateContent></w:r>")
    else:
        run = f"<w:r {_W}>{pict}</w:r>"
    p._p.append(parse_xml(run))


def _letter_body(doc) -> None:
    doc.add_paragraph("Dear Requester,")
    doc.add_paragraph("Bicycle thefts at railway stations")
    doc.add_paragraph("You asked for the following information:")
    doc.add_paragraph("1) How many bicycles were reported stolen at Ipswich station in 2023?")
    doc.add_paragraph("Suffolk Constabulary holds this information. 47 bicycles were reported "
                      "stolen at Ipswich station in 2023.")
    doc.add_paragraph("Yours sincerely,")


def test_a_reference_and_date_in_a_floating_text_box_are_read():
    doc = Document()
    _with_text_box(doc, ["Our Ref: FOI 004512/23", "Date: 4 October 2023"])
    _letter_body(doc)
    rec = _saved(doc)
    assert rec["reference"] == "FOI 004512/23"
    assert rec["published"] == "2023-10-04"


def test_a_text_box_saved_twice_is_read_once():
    doc = Document()
    _with_text_box(doc, ["Our Ref: FOI 004512/23", "Date: 4 October 2023"], twice=True)
    _letter_body(doc)
    out = io.BytesIO()
    doc.save(out)
    assert read_docx(out.getvalue())["text"].count("Our Ref: FOI 004512/23") == 1


def test_a_letterhead_cell_holding_a_table_of_fields_is_read():
    doc = Document()
    head = doc.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = "Cumbria Constabulary"
    left.add_paragraph("Information Management")
    left.add_paragraph("Carleton Hall, Penrith")
    fields = right.add_table(rows=2, cols=2)
    for row, (label, value) in zip(fields.rows, [("Our ref:", "FOI 2291/24"),
                                                 ("Date:", "12/03/2024")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    _letter_body(doc)
    rec = _saved(doc)
    assert rec["reference"] == "FOI 2291/24"
    assert rec["published"] == "2024-03-12"


def _request_answer_table(doc, pairs, figures=None):
    t = doc.add_table(rows=0, cols=2)
    for i, (ask, answer) in enumerate(pairs, 1):
        r = t.add_row().cells
        r[0].text, r[1].text = f"Request {i}", ask
        a = t.add_row().cells
        a[0].text, a[1].text = f"Answer {i}", answer
        if figures and i == 1:
            inner = a[1].add_table(rows=len(figures), cols=len(figures[0]))
            for row, values in zip(inner.rows, figures, strict=True):
                for cell, v in zip(row.cells, values, strict=True):
                    cell.text = v
            a[1].add_paragraph("Each collision is counted once, in the year it happened.")
    return t


def test_request_and_answer_rows_are_asks_with_a_table_nested_in_an_answer():
    doc = Document()
    doc.add_paragraph("Police Service of Northern Ireland")
    doc.add_paragraph("Request Number: FOI/00017220")
    doc.add_paragraph("Your request has now been considered. PSNI holds some of the information.")
    _request_answer_table(doc, [
        ("How many collisions involving police vehicles were recorded in each year from 2022 to 2024?",
         "PSNI holds this information. The table below gives the collisions in each year."),
        ("How many of those collisions led to an officer being injured?",
         "PSNI does not hold this information in a retrievable form."),
    ], figures=[["Year", "Collisions"], ["2022", "212"], ["2023", "198"], ["2024", "231"]])
    rec = _saved(doc)
    assert [q["text"][:30] for q in rec["questions"]] == [
        "How many collisions involving ", "How many of those collisions l"]
    assert {(f["period"], f["value"]) for f in rec["figures"]} == {
        ("2022", 212), ("2023", 198), ("2024", 231)}
    assert rec["outcome"] == "partial"


def test_a_two_column_table_of_years_and_figures_is_still_data():
    # digits in the first column are no numbered labels: the table stays a table of figures
    doc = Document()
    doc.add_paragraph("Lincolnshire Police")
    doc.add_paragraph("Dear Sir, you asked how many drones the force flew in each year.")
    t = doc.add_table(rows=3, cols=2)
    for row, (y, v) in zip(t.rows, [("Year", "Flights"), ("2023", "412"), ("2024", "530")], strict=True):
        row.cells[0].text, row.cells[1].text = y, v
    rec = _saved(doc)
    assert {(f["period"], f["value"]) for f in rec["figures"]} == {("2023", 412), ("2024", 530)}


# --- titles ---------------------------------------------------------------------------------

def _title(lines: list[str], **kw) -> str | None:
    from parsers.fields.title import decide
    return decide(lines, **kw)[0]


def test_a_data_release_pdf_is_titled_by_its_first_line_wrapped():
    lines = ["Knife crime offences recorded by Anyshire Police by district, 2019/20", "to 2022/23",
             "Table 1 - Offences by district", "District 2019/20 2020/21 2021/22 2022/23",
             "North 210 198 224 231"]
    assert _title(lines, fmt="pdf") == ("Knife crime offences recorded by Anyshire Police by "
                                        "district, 2019/20 to 2022/23")


def test_a_pdf_letters_first_line_is_no_title():
    lines = ["Anyshire Constabulary", "Headquarters, Anytown", "Dear Ms Rowe,",
             "You asked how many horses the mounted unit keeps."]
    assert _title(lines, fmt="pdf") != "Anyshire Constabulary"


def test_a_marking_and_form_heading_above_the_subject_are_furniture():
    lines = ["OFFICIAL", "", "Suffolk Constabulary", "Freedom of Information Request", "",
             "Speed cameras on the A14", "",
             "Freedom of Information Request Reference Number: FOI 002231/22", "Date: 3 March 2022",
             "", "Dear Requester,", "", "You asked for the following information:"]
    assert _title(lines, fmt="text") == "Speed cameras on the A14"


def test_welsh_labels_first_are_fields_not_a_subject():
    lines = ["Heddlu Dyfed-Powys Police", "Ein Cyf / Our Ref: 2021/0412", "Eich Cyf / Your Ref: -",
             "Dyddiad / Date: 02/06/2021", "Dear Mr Hale", "Rural crime team staffing",
             "You asked for the following:", "1. How many officers serve in the rural crime team?"]
    assert _title(lines, fmt="pdf") == "Rural crime team staffing"


def test_a_contact_fields_wrapped_team_name_is_no_subject():
    lines = ["Anyshire Police", "Our ref: FOI/512/23", "please ask for: Information Access", "Team",
             "Monday, 6 March 2023", "Dear Mr Lane,", "Custody suite cell checks",
             "I write in connection with your request for information."]
    assert _title(lines, fmt="pdf") == "Custody suite cell checks"


def test_an_information_request_heading_is_a_form_heading():
    assert _title(["Anyshire Police"], fmt="docx", headings=[
        "FREEDOM OF INFORMATION ACT 2000 - INFORMATION REQUEST", "Drone flights over the county"]
    ) == "Drone flights over the county"


# --- outcomes -------------------------------------------------------------------------------

_S21_ONLY = """Anyshire Police
FOI Ref: 0815/21
Date: 9 June 2021

Dear Requester,

Taser use by officers

REQUEST
1. How many times did officers draw a Taser in each year from 2018 to 2020?
2. How many times was a Taser fired?

RESPONSE
The information you have requested is already published by the Home Office in its statistics on police use of force.
Information that is reasonably accessible to you by other means is exempt under Section 21 of the Freedom of Information Act 2000.
{advice}

Yours sincerely,
Freedom of Information Team
"""


def test_a_sentence_under_the_duty_to_advise_gives_nothing():
    rec = _text(_S21_ONLY.format(advice="Under our duty to advise and assist, we can tell you that "
                                        "the tables can be filtered by force and by year."))
    assert rec["outcome"] == "published_elsewhere"


def test_the_same_words_without_the_advice_lead_still_give():
    # (the lead is what makes it advice: the plain sentence tells the requester something)
    rec = _text(_S21_ONLY.format(advice="We can tell you that officers drew a Taser 212 times in 2020."))
    assert rec["outcome"] == "partial"


def test_a_pointer_to_a_note_under_not_held_answers_gives_nothing():
    rec = _text("""Anyshire Police
Our ref: 2231/22

Dear Ms Okoro,

Drone software

I write in response to your request, which is set out below with our response alongside each part.

The name of each software product the force uses to plan drone flights.
No information held. The force has not bought any such product. Please see the note below this table.
The amount paid for those products in 2021/22.
No information held.

Note: flight plans are drawn on paper maps and general office software.

Yours sincerely,
Information Management
""")
    assert rec["outcome"] == "not_held"


def test_answers_under_roman_numerals_past_i_are_each_asks_own():
    rec = _text("""Anyshire Police
Our reference: FOI2020/00412
Date: 3 February 2020

Dear Mr Hale,

Front counters

You asked for:
(i) A list of the front counters that have closed since 2015, with the date each closed.
(ii) The sale price of each police building sold since 2015.
(iii) Whether any further closures are planned.

Our response
(i) One front counter has closed since 2015: the Market Street counter closed on 30 June 2018.
(ii) Anyshire Police does not hold this information. The buildings are owned by the county council.
(iii) No further closures are planned.

Yours sincerely,
""")
    answers = {q["number"]: q.get("answer") or "" for q in rec["questions"]}
    assert answers["ii"].startswith("Anyshire Police does not hold")
    assert "does not hold" not in answers["i"]
    assert rec["outcome"] == "partial"


# --- asks -----------------------------------------------------------------------------------

def test_one_ask_going_on_with_and_whether_is_one_ask():
    from parsers.fields.list_grammar import split_asks
    assert split_asks("Please tell me how many of those attacks succeeded, and whether any "
                      "personal data was taken as a result.") == [
        "Please tell me how many of those attacks succeeded, and whether any personal data was "
        "taken as a result."]


def test_a_series_of_counts_is_still_split():
    from parsers.fields.list_grammar import split_asks
    assert len(split_asks("Please tell me how many bikes were bought, how many were sold, "
                          "and how much they cost.")) == 3


def test_the_acts_duties_set_out_by_the_force_end_the_request():
    rec = _text("""Anyshire Police
Enquiry Reference: 318 - 24

I write in connection with your request. Your request and our response are set out below.

Please tell me how many horses the mounted unit kept in each year from 2021 to 2023.

Please also tell me the annual cost of their stabling.

Under Section 1(1)(a) of the Freedom of Information Act 2000 a public authority must say whether it holds the information requested, and under Section 1(1)(b) it must then provide it, unless an exemption applies.

Anyshire Police holds this information. The unit kept 8 horses in each year.
""")
    assert [q["text"][:28] for q in rec["questions"]] == ["Please tell me how many hors",
                                                         "Please also tell me the annu"]


# --- dates ----------------------------------------------------------------------------------

_THREAD = """Speed cameras in Anyshire

Jo Marsh made this Freedom of Information request to Anyshire Constabulary

This request has been closed to new correspondence from the public body.
Contact us if you think it ought be re-opened.

The request was successful.

Jo Marsh

Dear Anyshire Constabulary,

Please could you provide the following information:

1) The number of speed cameras the force ran in each year from 2017 to
2019.

2) The number of speeding offences those cameras recorded in each of
those years.

3) The income from speed awareness courses in each of those years.

Yours faithfully,

Jo Marsh

-------------------------------------------------------------------

Anyshire Constabulary

1 Attachment

Anyshire Constabulary
Information Management Department
{address}

14 March 2020

Dear Ms Marsh,

Freedom of Information Request Reference No: FOI 000233/20

Anyshire Constabulary ran 14 speed cameras in 2019.
"""


def test_a_thread_letters_date_under_the_forces_letterhead_dates_it():
    assert _text(_THREAD.format(address="Police Headquarters, Anytown AN1 2QS"))["published"] == "2020-03-14"


def test_a_date_under_a_letterhead_with_no_address_is_not_read_that_way():
    # (no postcode: nothing says the block above the date is the force's letterhead)
    assert _text(_THREAD.format(address="Some notes the requester kept"))["published"] is None


# --- counter-examples from the round's review (each reproduced against the first version) -------

def test_a_requester_citing_section_1_then_asking_keeps_the_ask():
    rec = _text("""Anyshire Police
Our ref: 411/24

Your request:

Under section 1 of the Freedom of Information Act 2000, a public authority must confirm whether it holds information and supply it, so please tell me how many horses the mounted unit kept in 2023.

Response:

Anyshire Police holds this information. The unit kept 9 horses in 2023.
""")
    assert len(rec["questions"]) == 1 and "horses" in rec["questions"][0]["text"]


def test_a_letter_pdf_without_dear_keeps_its_other_title_sources():
    lines = ["Suffolk Constabulary", "www.suffolk.police.uk", "Our ref: FOI 001234/23",
             "Thank you for your request for information about taser discharges, which we received on 3 May 2023.",
             "The force holds this information."]
    assert _title(lines, fmt="pdf") == "taser discharges"


def test_lower_case_field_lines_still_make_a_field_block():
    lines = ["Anyshire Constabulary", "Police Headquarters, Anytown AN1 2QS", "our ref: FOI 004127/23",
             "your ref: none", "date: 6 March 2023", "Taser discharges 2022",
             "Dear Mr Hale,", "You asked how many times officers fired a Taser in 2022."]
    assert _title(lines, fmt="pdf") == "Taser discharges 2022"


def test_a_short_subject_under_a_contact_field_is_kept():
    lines = ["Anyshire Police", "Date: 6 March 2023", "Contact: Jane Smith", "Drone flights",
             "Dear Mr Hale,", "You asked how many drone flights the force made in 2022."]
    assert _title(lines, fmt="pdf") == "Drone flights"


def test_private_and_confidential_is_no_title():
    lines = ["Freedom of Information Act 2000", "Private and Confidential", "Our ref: FOI 77/24",
             "Date: 2 May 2024",
             "Thank you for your request for information about taser use, which we received on 3 April 2024."]
    assert _title(lines, fmt="docx") == "taser use"


def test_a_signature_box_is_kept_but_titles_nothing():
    doc = Document()
    _with_text_box(doc, ["Yours sincerely,", "Jane Smith", "Disclosure Officer"])
    _letter_body(doc)
    rec = _saved(doc)
    assert rec["title"] == "Bicycle thefts at railway stations"
    out = io.BytesIO()
    doc.save(out)
    assert "Jane Smith" in read_docx(out.getvalue())["text"]


def test_figures_given_under_the_duty_to_assist_beside_a_cost_refusal_are_given():
    rec = _text("""Anyshire Police
Our ref: 0912/23

Dear Requester,

You asked: 1. How many stop searches were made in each year from 2010 to 2022?

Response
To answer your request in full would exceed the appropriate limit under section 12 of the Freedom of Information Act 2000, as the records before 2020 are held on paper.
Under our duty to advise and assist, the figures for 2020 to 2022 are provided below.

Year Searches
2020 412
2021 388
2022 430

Yours sincerely,
""")
    assert rec["outcome"] == "partial"


def test_quarters_in_a_two_column_table_stay_data():
    doc = Document()
    doc.add_paragraph("Anyshire Police")
    doc.add_paragraph("You asked for stop searches by quarter in 2024.")
    t = doc.add_table(rows=0, cols=2)
    for q, a, b in [("Q1", "412 searches", "37 arrests"), ("Q2", "398 searches", "41 arrests"),
                    ("Q3", "430 searches", "35 arrests"), ("Q4", "401 searches", "39 arrests")]:
        cells = t.add_row().cells
        cells[0].text = q
        cells[1].text = a
        cells[1].add_paragraph(b)
    out = io.BytesIO()
    doc.save(out)
    assert read_docx(out.getvalue())["tables"]


def test_a_roman_list_inside_an_answer_is_not_the_next_asks_answer():
    rec = _text("""Anyshire Police
Our reference: FOI2020/00413
Date: 3 February 2020

Dear Mr Hale,

Front counters

You asked for:
(i) A list of the front counters that have closed since 2015.
(ii) The sale price of each police building sold since 2015.

Our response
(i) Two front counters have closed:
i. Market Street, closed on 30 June 2018
ii. High Street, closed on 1 April 2019
(ii) Anyshire Police does not hold this information.

Yours sincerely,
""")
    answers = {q["number"]: q.get("answer") or "" for q in rec["questions"]}
    assert answers["ii"].startswith("Anyshire Police does not hold")
