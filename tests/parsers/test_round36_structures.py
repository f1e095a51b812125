"""Structures from the session-36 accuracy round (blind sets ww7-ww8 re-read, then xx1-xx9), each
document written here afresh: a sheet's quarter rows "Q1 (April to June) | 412 | …" (data, never
asks), a table's asterisk footnote ("* a figure between one and four …"), an e-mail subject printing
"FOI" before the number the letter's reference field prints bare, and a layout table whose last row
went over a page break alone."""
from __future__ import annotations

from docx import Document
from openpyxl import Workbook

from tests.support.parse_docs import asks, parse_docx, parse_html, parse_text, parse_xlsx

# --- rows and footnotes that are no asks ------------------------------------------------------


def test_a_sheets_quarter_rows_are_figures_not_asks():
    book = Workbook()
    ws = book.active
    ws.title = "Table 1"
    ws.append(["Firearms certificate applications by quarter, 2024/25"])
    ws.append(["Quarter", "Received", "Granted", "Refused"])
    ws.append(["Q1 (April to June)", 214, 190, 6])
    ws.append(["Q2 (July to September)", 187, 171, 4])
    ws.append(["Q3 (October to December)", 143, 130, 3])
    ws.append(["Q4 (January to March)", 201, 188, 5])
    ws.append(["Total", 745, 679, 18])
    rec = parse_xlsx(book)
    assert asks(rec) == []
    granted = {f["measure"]: f["value"] for f in rec["figures"] if f["measure"].endswith("Granted")}
    assert granted["Q2 (July to September) / Granted"] == 171


def test_a_tables_asterisk_footnote_is_no_ask():
    doc = Document()
    doc.add_heading("Youth referrals to the diversion scheme, 2022 to 2024", level=1)
    doc.add_paragraph("Each referral is counted once, in the year the young person was first seen.")
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate([["Year", "Referrals", "Completed"], ["2022", "88", "61"], ["2023", "*", "74"]]):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    doc.add_paragraph("* a number between one and four, withheld so that no young person can be identified.")
    rec = parse_docx(doc)
    assert asks(rec) == []


def test_an_asterisked_ask_in_a_plain_e_mail_is_still_an_ask():
    rec = parse_text("""Dear Anyshire Police,

Please tell me:

* the number of speed awareness courses booked in 2024
* the number of those courses cancelled by the force

Yours faithfully,
Sam Orme
""")
    assert asks(rec) == ["the number of speed awareness courses booked in 2024",
                         "the number of those courses cancelled by the force"]


# --- references ------------------------------------------------------------------------------


def test_the_letters_labelled_reference_wins_over_the_subjects_foi_word():
    rec = parse_text("""From: Anyshire Police Freedom of Information
To: Dana Reeve
Date: 3 March 2021
Subject: Freedom of Information Request - FOI 004417/21

Dear Ms Reeve,

FREEDOM OF INFORMATION REQUEST REFERENCE NO: 004417/21

Thank you for your request received on 8 February 2021. You asked:

1. How many cycle thefts were recorded in 2020?

Anyshire Police recorded 1,206 cycle thefts in 2020.
""")
    assert rec["reference"] == "004417/21"


def test_a_reference_labelled_with_its_foi_letters_keeps_them():
    rec = parse_text("""Subject: Freedom of Information Request - FOI 000912/21

Dear Mr Hale,

Reference No: FOI 000912/21

You asked:
1. How many cycle thefts were recorded in 2020?

The force recorded 980 cycle thefts in 2020.
""")
    assert rec["reference"] == "FOI 000912/21"


# --- a layout table over a page break -----------------------------------------------------------


def test_a_layout_tables_last_row_alone_on_the_next_page_is_kept():
    rec = parse_text("""Anyshire Constabulary
Enquiry Reference: 311 - 22

Stolen caravans

Dear Requester

You asked:
1) How many caravans were reported stolen in each of 2019, 2020 and 2021?
2) How many of them were recovered?

The information is set out below.

       Year      Caravans stolen      Recovered
       2019             64                 21
       2020             52                 18

                                                                      Page 1 of 2
                                                                      OFFICIAL

       2021             71                 25

Yours sincerely

Disclosure Officer
""")
    stolen = {f["period"]: f["value"] for f in rec["figures"] if f["measure"] == "Caravans stolen"}
    assert stolen == {"2019": 64, "2020": 52, "2021": 71}


def test_a_figure_line_one_blank_line_under_a_table_is_not_its_row():
    rec = parse_text("""Anyshire Constabulary
Our reference: 412/22

Stolen caravans

You asked how many caravans were reported stolen in 2019 and 2020.

       Year      Caravans stolen      Recovered
       2019             64                 21
       2020             52                 18

       Total           116                 39
""")
    rows = rec["tables"][0]["rows"]
    assert [r[0] for r in rows] == ["2019", "2020", "Total"]


# --- bilingual Welsh/English letters ---------------------------------------------------------


def test_a_letter_in_welsh_then_english_is_read_in_english():
    rec = parse_text("""Heddlu Gogledd Cymru
North Wales Police
Ein cyf: 0417/2025
Dyddiad: 3 Mawrth 2025
Cwn heddlu yn y sir
Annwyl Ymgeisydd,
Diolch am eich cais am wybodaeth, a dderbyniwyd ar 4 Chwefror 2025. Rydych wedi gofyn:
1. Faint o gwn heddlu sydd gan yr heddlu ar hyn o bryd?
2. Faint oedd cost bwyd y cwn yn 2024?
Ymateb
Mae gan yr heddlu 14 ci heddlu. Cost bwyd y cwn yn 2024 oedd £9,120.
Yn gywir,

Our ref: 0417/2025
Date: 3 March 2025
Police dogs in the county
Dear Applicant,
Thank you for your request for information, received on 4 February 2025. You asked:
1. How many police dogs does the force have at present?
2. What was the cost of feeding the dogs in 2024?
Response
The force has 14 police dogs. Feeding them cost £9,120 in 2024.
Yours sincerely,
""")
    assert rec["title"] == "Police dogs in the county"
    assert asks(rec) == ["How many police dogs does the force have at present?",
                         "What was the cost of feeding the dogs in 2024?"]
    assert rec["reference"] == "0417/2025"
    assert rec["outcome"] == "full"


def test_a_bilingual_heading_and_field_are_read_in_english():
    rec = parse_text("""Heddlu Dyfed-Powys / Dyfed-Powys Police
Our Reference / Ein Cyfeirnod: 0932/2024
Atodiad B / Appendix B

Dear Requester,

Thank you for your request. You asked:
1. How many quad bikes does the rural crime team use?

The rural crime team uses 5 quad bikes.
""")
    assert rec["reference"] == "0932/2024"
    assert rec["title"] != "Atodiad B / Appendix B"


def test_an_english_letter_naming_welsh_places_keeps_its_table_rows():
    rec = parse_text("""Dyfed-Powys Police
Our reference: 1101/2024
Rural thefts by area

Dear Requester,
You asked how many rural thefts were recorded in each area in 2023.

The figures are below.

       Area                     Thefts
       Llandrindod Wells            41
       Pen-y-bont ar Ogwr           17
       Aberystwyth                  33

Yours sincerely,
""")
    areas = {f["measure"]: f["value"] for f in rec["figures"]}
    assert areas.get("Pen-y-bont ar Ogwr") == 17 or 17 in areas.values()


def test_a_docx_set_out_as_welsh_and_english_columns_reads_the_english_column():
    doc = Document()
    table = doc.add_table(rows=0, cols=2)
    for welsh, english in [
        ("Ein Cyf: 2210/24", "Our Ref: 2210/24"),
        ("Dyddiad: 9 Hydref 2024", "Date: 9 October 2024"),
        ("Lladradau beiciau yng Nghasnewydd", "Bicycle thefts in Newport"),
        ("Annwyl Ymgeisydd,", "Dear Applicant,"),
        ("Diolch am eich cais am wybodaeth a dderbyniwyd ar 11 Medi 2024. Gofynnoch:",
         "Thank you for your request for information received on 11 September 2024. You asked:"),
        ("1. Faint o feiciau a gafodd eu dwyn yng Nghasnewydd yn 2023?",
         "1. How many bicycles were reported stolen in Newport in 2023?"),
        ("YMATEB", "RESPONSE"),
        ("Cofnodwyd 212 o ladradau beiciau yng Nghasnewydd yn 2023.",
         "212 bicycle thefts were recorded in Newport in 2023."),
    ]:
        row = table.add_row().cells
        row[0].text, row[1].text = welsh, english
    rec = parse_docx(doc)
    assert rec["title"] == "Bicycle thefts in Newport"
    assert rec["reference"] == "2210/24"
    assert rec["published"] == "2024-10-09"
    assert asks(rec) == ["How many bicycles were reported stolen in Newport in 2023?"]


# --- sheets' heads ---------------------------------------------------------------------------


def test_a_sheets_request_number_row_stays_above_its_title_and_header():
    book = Workbook()
    ws = book.active
    ws.title = "By area"
    ws.append(["Anyshire Police - Freedom of Information"])
    ws.append(["Request number:", "30417"])
    ws.append(["Burglaries by policing area, 2023 and 2024"])
    ws.append(["Area", "2023", "2024"])
    ws.append(["North", 310, 288])
    ws.append(["South", 254, 270])
    rec = parse_xlsx(book)
    assert rec["title"] == "Burglaries by policing area, 2023 and 2024"
    assert rec["reference"] == "30417"
    north = {f["period"]: f["value"] for f in rec["figures"] if f["measure"] == "North"}
    assert north == {"2023": 310, "2024": 288}


def test_a_cover_sheets_unit_row_is_not_its_title():
    book = Workbook()
    ws = book.active
    ws.title = "Cover"
    for line in ["Anyshire Constabulary", "Economic Crime Unit", "Fraud reports by month, 2024",
                 "Our reference: FOI 2024/0815"]:
        ws.append([line])
    data = book.create_sheet("Reports")
    data.append(["Month", "Reports"])
    data.append(["January", 412])
    data.append(["February", 388])
    rec = parse_xlsx(book)
    assert rec["title"] == "Fraud reports by month, 2024"


# --- log pages --------------------------------------------------------------------------------


def test_a_posted_on_meta_line_dates_the_entry():
    rec = parse_html("""<h1>Horse patrols (0917/25)</h1>
<div class="post-meta"><span>Posted on 4 June 2025</span></div>
<h2>Request</h2><p>How many hours did mounted officers patrol in 2024?</p>
<h2>Response</h2><p>Mounted officers patrolled for 1,310 hours in 2024.</p>""")
    assert rec["published"] == "2025-06-04"


def test_a_bulleted_outcome_field_decides_the_outcome():
    rec = parse_html("""<h1>Seized e-scooters</h1>
<ul><li><strong>Reference:</strong> 0448/25</li><li><strong>Outcome:</strong> Disclosed in full</li></ul>
<h2>Summary of request</h2><p>The number of e-scooters seized in 2024.</p>
<h2>Documents</h2><p><a href="/media/0448-25.pdf">0448-25 response (PDF)</a></p>""")
    assert rec["outcome"] == "full"


def test_what_you_asked_for_heads_the_request():
    rec = parse_html("""<h1>Lost property</h1>
<h2>What you asked for</h2><p>Please tell me how many mobile phones were handed in as lost property in 2024.</p>
<h2>Our response</h2><p>412 mobile phones were handed in as lost property in 2024.</p>""")
    assert asks(rec) == ["Please tell me how many mobile phones were handed in as lost property in 2024."]


def test_an_answer_to_a_range_of_asks_is_no_ask():
    rec = parse_text("""Anyshire Police
Our reference: 221/25

You asked:
1) How many speed cameras are there?
2) How many were working on 1 January 2025?

Response
1) to 2) - please see the table below.

       Cameras      Working
       48           41
""")
    assert asks(rec) == ["How many speed cameras are there?", "How many were working on 1 January 2025?"]


def test_numbered_answers_under_numbered_requests_give_the_outcome():
    rec = parse_html("""<h1>Police horses</h1><p>Request Number: F-2025-00412</p>
<h3>Request 1</h3><p>How many horses does the mounted unit have?</p>
<h3>Answer 1</h3><p>The mounted unit has 11 horses.</p>""")
    assert rec["outcome"] == "full"


def test_a_count_in_words_answers_its_ask():
    rec = parse_text("""Anyshire Police
Our reference: 0310/21

You asked:
1. How many police stations have a front counter?
2. How many visitors did each counter have in 2020?

Answer:
1. Six police stations have a front counter open to the public.
2. Anyshire Police does not hold this information.
""")
    assert rec["outcome"] == "partial"


def test_a_page_copy_loses_its_menu_under_a_three_button_cookie_line():
    rec = parse_text("""Skip to main content
Accept optional cookies   Reject optional cookies   Choose cookies
Cumbria Constabulary
Report   News   Request information   Your area   Contact us   About us
Press Esc to leave this site
Dog attacks on postal workers
Request Reference: 0771/26
Request
How many dog attacks on postal workers were reported in 2025?
Response
There were 37 reports of dog attacks on postal workers in 2025.
""")
    assert rec["title"] == "Dog attacks on postal workers"


def test_list_labels_on_lines_of_their_own_join_the_text_under_them():
    rec = parse_text("""POLICE SCOTLAND
Our Ref: IM-FOI-2024-0412
Date: 2 May 2024

Dear Requester,
Dog thefts in Fife
You asked for:
1.

The number of dogs reported stolen in Fife in each of 2021, 2022 and 2023.

2.

The number of those dogs returned to their owners.

I can confirm that Police Scotland holds the information you asked for.
""")
    assert asks(rec) == ["The number of dogs reported stolen in Fife in each of 2021, 2022 and 2023.",
                         "The number of those dogs returned to their owners."]


def test_a_rank_column_copied_one_cell_per_line_is_not_joined():
    rec = parse_text("""Anyshire Police
Our reference: 0912/24
Most common offences

You asked which offences were recorded most often in 2023.

Rank
Offence
Count
1.
Shoplifting
4,120
2.
Criminal damage
2,877
""")
    assert not any(a.startswith("Shoplifting") for a in asks(rec))


def test_a_reference_whose_letters_look_welsh_is_kept():
    rec = parse_text("""Hampshire Constabulary
Joint Information Management Unit

Our reference:\tCM/PA/000488/23
Date:\t4 April 2023

Dear Mr Oakes,

You asked:
1.\tHow many e-scooters were seized in Southampton in 2022?

Hampshire Constabulary seized 214 e-scooters in Southampton in 2022.
""")
    assert rec["reference"] == "CM/PA/000488/23"


def test_a_wrapped_line_opening_date_of_is_no_date_field():
    rec = parse_text("""Hertfordshire Constabulary
Information Rights
Reference: FOI2025/00871
17 March 2025
Gender pay gap
Dear Requester
You asked:
1. What is the mean gender pay gap for the force?
The force publishes a gender pay gap report each year. The latest report, covering the snapshot
date of 31 March 2024, gives the mean and median gaps. It is available on our website.
""")
    assert rec["published"] == "2025-03-17"


def test_a_lead_in_ending_on_its_stop_is_no_ask():
    rec = parse_html("""<h1>Drone deployments</h1>
<h2>Request</h2>
<p>I would like to request the following information about the force's use of drones in 2023.</p>
<p>How many times was a drone deployed to search for a missing person?</p>
<p>How many of those searches found the person?</p>
<h2>Response</h2><p>Drones were deployed 212 times to search for missing people; 31 searches found the person.</p>""")
    assert asks(rec) == ["How many times was a drone deployed to search for a missing person?",
                         "How many of those searches found the person?"]


def test_the_last_answer_stops_at_a_closing_paragraph_with_the_complaint_rights():
    rec = parse_html("""<h1>Dog bites on officers</h1>
<h2>Request</h2><p>1. How many officers were bitten by dogs in 2024?</p><p>2. How many of them needed hospital treatment?</p>
<h2>Response</h2><p>Question 1</p><p>41 officers were bitten by dogs in 2024.</p><p>Question 2</p>
<p>Nine of them needed hospital treatment.</p>
<p>Anyshire Police aims to be open about the information it holds. If you are not satisfied with this
response you may ask for an internal review.</p>""")
    assert [q["answer"] for q in rec["questions"]] == ["41 officers were bitten by dogs in 2024.",
                                                       "Nine of them needed hospital treatment."]


def test_an_answer_with_its_figure_before_the_complaint_rights_keeps_it():
    rec = parse_html("""<h1>Dog bites on officers</h1>
<h2>Request</h2><p>1. How many officers were bitten by dogs in 2024?</p>
<h2>Response</h2><p>Question 1</p><p>There were 41. If you are not satisfied with this response you may ask for a review.</p>""")
    assert rec["outcome"] == "full"
