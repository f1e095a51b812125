"""Structures from the session-36 accuracy round (blind sets ww7-ww8 re-read, then xx1-xx9), each
document written here afresh: a sheet's quarter rows "Q1 (April to June) | 412 | …" (data, never
asks), a table's asterisk footnote ("* a figure between one and four …"), an e-mail subject printing
"FOI" before the number the letter's reference field prints bare, and a layout table whose last row
went over a page break alone."""
from __future__ import annotations

from docx import Document
from openpyxl import Workbook

from tests.support.parse_docs import asks, parse_docx, parse_text, parse_xlsx

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
