"""Structures from the session-32 accuracy round (blind sets z1-z6), each document written here
afresh: an earlier reply sent again under a repeated-request refusal, review letters with "What
you asked for" headings, answers in an attached spreadsheet, every ask explained as not held,
an exemption "also" applying to a second part, an e-mail's "Question N" headings above the
request it quotes, Q/A letters whose answer leads into a table, short lettered sub-asks, subjects
under a letter's field row, reference-list fields, acknowledgement subject lines, Welsh unit
lines, text tables with a blank line under the header or above the Total, spreadsheet date cells
and cover sheets, running-header references, and topic phrases."""
from __future__ import annotations

import datetime

import openpyxl
from docx import Document

from parsers.fields import sentences
from parsers.fields.outcome import _counts_in
from tests.support.parse_docs import (
    asks,
    labels,
    letter_pdf,
    parse_docx,
    parse_html,
    parse_text,
    parse_xlsx,
)
from tests.support.topic_records import asks as ask_list
from tests.support.topic_records import topics

# --- outcome --------------------------------------------------------------------------------


def test_an_earlier_reply_sent_again_under_a_repeated_request_refusal_gives_nothing():
    rec = parse_text("""Our ref: 2231/24
12 November 2024

Dear Requester

Speed cameras on the A38

You asked for the number of speeding offences caught by the two cameras on the A38 near Bodmin.

The Constabulary is refusing this request under section 14(2) of the Freedom of Information Act
2000, as it repeats your request of 3 October 2024 (2007/24), which we answered on 21 October.
No reasonable interval has passed since then. A copy of our reply of 21 October is attached for
ease of reference.

Yours sincerely
Information Access Team""")
    assert rec["outcome"] == "vexatious"
    assert labels(rec) == ["s14(2)"]


def test_a_heading_ending_on_asked_for_stands_apart_from_the_paragraph_under_it():
    assert sentences.split("What you asked for\nOur reply of 2 May 2024 refused the request.") == [
        "What you asked for", "Our reply of 2 May 2024 refused the request."]
    # a sentence wrapped after "asked for" still runs on
    assert len(sentences.split("This is the information you asked for\nand it is set out below.")) == 1


def test_a_review_that_overturns_the_first_reply_under_plain_headings_relies_on_nothing():
    rec = parse_text("""Ref: IR 0412/24
Date: 9 July 2024

Dear Requester

Internal review: officers disciplined for misuse of police systems

What you asked for
Your request of 4 May 2024 read:
   "1. How many officers were disciplined for misusing police computer systems in 2022 and 2023?"

What we decided
Our reply of 2 June 2024 withheld the figures under section 40(2) of the Freedom of Information
Act, because the numbers were small.

The review
The totals cover the whole force over two years and name no rank or station. I have decided to
overturn the original decision. The figures you asked for are given below.

   Year      Officers disciplined
   2022      6
   2023      9

Yours sincerely
Review Officer""")
    assert labels(rec) == []
    assert rec["outcome"] == "full"


def test_answers_said_to_be_in_the_attached_spreadsheet_are_given():
    rec = parse_html("""<h1>Cycle thefts reported at railway stations</h1>
<p>FOI reference: 2025/0433</p>
<h2>Request</h2>
<p>Q1. How many cycle thefts were reported at each station in 2024?</p>
<p>Q2. How many of those led to a charge?</p>
<h2>Response</h2>
<p>The answers to questions 1 and 2 are in the attached spreadsheet, which lists each station.</p>""")
    assert rec["outcome"] == "full"


def test_every_ask_explained_as_not_held_is_not_held():
    rec = parse_text("""FOI Reference: 2023/00871
Response date: 4 May 2023

Request
1. How many calls did the force receive through the 999 BSL service in 2022?
2. How much did the force spend on sign language interpreters in 2022?

Response
The force has searched for the information you asked for and does not hold it.

Question 1: calls made through the 999 BSL service reach the control room as ordinary 999 calls.
They are not flagged or recorded differently on the command and control system.

Question 2: interpreters are booked and paid for by a neighbouring force, which recharges one
collaboration charge. The force does not hold a figure for spending on interpreters.""")
    assert rec["outcome"] == "not_held"


def test_results_set_out_below_over_answers_that_each_say_not_held_is_not_held():
    rec = parse_text("""Our ref: 0719/23

The force has searched for information in scope and the results are set out below.

1. Does the force keep a register of private CCTV cameras?
The force does not keep such a register. No information is held.
2. If so, how many cameras are registered in each district?
Not applicable - please see our response to question 1. No information is held.
3. How many requests for doorbell footage did officers make in 2022?
No information is held.""")
    assert rec["outcome"] == "not_held"


def test_an_exemption_that_also_applies_to_another_part_refuses_that_part_too():
    rec = parse_html("""<h1>Custody training materials</h1>
<table><tr><th>Request</th><th>Response</th></tr>
<tr><td>1. Please provide the custody training course materials.</td>
<td>The course is published by the College of Policing on its website. This information is therefore
exempt under section 21 of the Freedom of Information Act 2000, as it is reasonably accessible to
you by other means.</td></tr>
<tr><td>2. Please provide the guidance officers follow when searching detainees.</td>
<td>The force follows the national guidance, which is published online. Section 21 also applies to
this part of your request.</td></tr></table>""")
    assert rec["outcome"] == "published_elsewhere"


def test_a_lead_in_numbered_line_under_an_ask_is_no_figure():
    assert not _counts_in("2. For each year from 2017 to 2021:")
    assert _counts_in("2. There were 41 such vessels.")
    assert not _counts_in("They reach the control room as ordinary 999 calls.")


def test_question_headings_above_the_request_quoted_in_an_email_are_answers():
    rec = parse_text("""RE: Freedom of Information request - Cautions for shop theft

Dear Mr Okafor

I refer to your request, which is copied at the foot of this email. Our answers follow the
numbering of your email.

Question 1
In 2023 the force issued 212 cautions for shop theft.

Question 2
Forty-one of those were conditional cautions.

Question 3
We are unable to provide the names of the stores. Naming them would identify the people
cautioned, and this is personal data exempt under Section 40(2) of the Freedom of Information Act.

Regards
Information Rights Team

________________________________
From: Sam Okafor <foi+request-55501-ab12cd34@whatdotheyknow.com>
Sent: 2 February 2024 10:15
To: Freedom of Information
Subject: Freedom of Information request - Cautions for shop theft

> Dear Anyshire Police,
>
> 1. The number of cautions issued for shop theft in 2023.
> 2. How many of those cautions were conditional cautions.
> 3. The names of the stores the thefts took place in.
>
> Yours faithfully,
> Sam Okafor""")
    assert asks(rec) == ["The number of cautions issued for shop theft in 2023.",
                         "How many of those cautions were conditional cautions.",
                         "The names of the stores the thefts took place in."]
    assert rec["outcome"] == "partial"


# --- questions ------------------------------------------------------------------------------


def test_an_answer_that_leads_into_its_table_does_not_swallow_the_next_ask():
    doc = Document()
    doc.add_paragraph("Our ref: 0588/24")
    for n, ask, answer in [(1, "How many holding cells are there at each station?", "A1. The cells are:"),
                           (2, "How many cell alarm faults were reported each year?", "A2. Faults reported to the contractor:"),
                           (3, "Has any detainee been injured in a cell since 2021?", "A3. No detainee has been injured."),
                           (4, "When was the alarm system last replaced?", "A4. It was replaced in 2019.")]:
        doc.add_paragraph().add_run(f"Q{n}. {ask}").bold = True
        doc.add_paragraph(answer)
        if answer.endswith(":"):
            t = doc.add_table(rows=3, cols=2)
            for r, row in enumerate([("Year" if n == 2 else "Station", "Faults" if n == 2 else "Cells"),
                                     ("2022", "12") if n == 2 else ("Northgate", "14"),
                                     ("2023", "9") if n == 2 else ("Southgate", "10")]):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
            doc.add_paragraph("")
    rec = parse_docx(doc)
    assert [q["number"] for q in rec["questions"]] == ["Q1", "Q2", "Q3", "Q4"]
    assert rec["questions"][2]["text"] == "Has any detainee been injured in a cell since 2021?"


def test_short_lettered_sub_asks_opening_on_how_many_are_asks():
    rec = parse_text("""Request

1. How many officers work in the marine unit?
2. Have any searches of vessels been carried out at the port since 2022? If so:
   (a) how many searches;
   (b) how many arrests followed.
3. How much did the unit spend on fuel in 2023?

Response

The information is given below.""")
    assert [q["number"] for q in rec["questions"]] == ["1", "2", "2a", "2b", "3"]
    assert asks(rec)[2] == "how many searches;"


# --- titles and references -----------------------------------------------------------------


def _letter_pdf(lines: list[tuple[str, str]]) -> bytes:
    return letter_pdf(lines, right_at=400)


def test_a_subject_under_a_letters_field_row_is_its_title():
    from parsers import parse_document

    pdf = _letter_pdf([("Anyshire Police", ""), ("Information Compliance Unit", ""), ("Headquarters, Anytown", ""),
                       ("", ""), ("Reference: 550127", "Date: 4 March 2022"),
                       ("Baton rounds held by the force", ""),
                       ("Thank you for your request for information, which we received on 2 February 2022.", ""),
                       ("1) How many baton rounds does the force hold?", ""),
                       ("The force holds 340 baton rounds.", "")])
    assert parse_document(pdf, "application/pdf")["title"] == "Baton rounds held by the force"


def test_a_field_listing_earlier_references_is_no_title():
    rec = parse_text("""Dealing with my complaint about the Hinkley Point gate search

Civil Nuclear Constabulary

Our reference: FOI 25/031
Previous requests: FOI 24/112, FOI 24/140, FOI 25/007
Date: 2 March 2025

Dear Mr Pryce,

You asked for the names of the officers who searched your car. This request is refused under
section 14(1) of the Freedom of Information Act 2000 as vexatious.""")
    assert rec["title"] == "Dealing with my complaint about the Hinkley Point gate search"


def test_an_acknowledgement_prefix_goes_from_an_email_subject():
    rec = parse_text("""RE: Acknowledgement - Freedom of Information request - Police horses retired in 2023

Dear Ms Hale,

FREEDOM OF INFORMATION ACT 2000 - REQUEST FOI/2024/0117

Further to our acknowledgement below, the force holds no record of horses retired in 2023, as
the mounted section closed in 2021.

Regards
Freedom of Information Officer""")
    assert rec["title"] == "Police horses retired in 2023"


def test_a_bilingual_units_line_is_no_title():
    rec = parse_text("""Heddlu Gwent / Gwent Police
Freedom of Information / Rhyddid Gwybodaeth
Croesyceiliog, Cwmbran

                                     Our Ref:          FOI/2025/0188
                                     Date:             6 June 2025

Hate crimes at football grounds
Thank you for your request received on 9 May 2025, in which you asked for the following:
 1. The number of hate crimes recorded at football grounds in 2024.""")
    assert rec["title"] == "Hate crimes at football grounds"


def test_a_running_header_naming_the_disclosure_number_gives_the_reference():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Anyshire Police | Disclosure 0418/25 | Appendix B"
    doc.add_paragraph("Cycle thefts by town, 2024")
    t = doc.add_table(rows=3, cols=2)
    for r, row in enumerate([("Town", "Thefts"), ("Northgate", "112"), ("Southgate", "87")]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    assert parse_docx(doc)["reference"] == "0418/25"


# --- figures --------------------------------------------------------------------------------


def test_a_text_table_with_a_blank_line_under_its_header_and_above_its_total():
    rec = parse_text("""Appendix 1

Special constables joining by district, 2022/23 to 2024/25

   District                   2022/23      2023/24      2024/25

   Northgate                     41           38           45
   Southgate                     29           33           30
   Eastbridge                     *            6            8

   Total                         73           77           83

* denotes a figure between 1 and 4.""")
    got = {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}
    assert ("Northgate", "2022/23", 41) in got
    assert ("Eastbridge", "2022/23", None) in got
    assert ("Total", "2024/25", 83) in got
    # a header only one blank line above, naming no columns of the rows, stays prose
    plain = parse_text("Figures for 2023 were:\n\nNorthgate   41\nSouthgate   29\n")
    assert not any(f["period"] == "2023" and f["measure"] == "were:" for f in plain["figures"])


def test_spreadsheet_month_cells_and_a_cover_sheets_title():
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Notes"
    for line in ["Anyshire Police", "Freedom of Information Act 2000 - FOI/0912/25", None,
                 "Stop and search by month and district, 2024", None, "Notes:",
                 "- Each search is counted once."]:
        cover.append([line])
    data = book.create_sheet("Data")
    data.append(["Month", "North", "South"])
    for m, (north, south) in enumerate([(41, 38), (45, 30), (39, 35)], 1):
        data.append([datetime.datetime(2024, m, 1), north, south])
        data.cell(row=m + 1, column=1).number_format = "mmm-yy"
    rec = parse_xlsx(book)
    assert rec["title"] == "Stop and search by month and district, 2024"
    assert rec["reference"] == "FOI/0912/25"
    rows = [r[0] for t in rec["tables"] if t["header"][:1] == ["Month"] for r in t["rows"]]
    assert rows == ["Jan 2024", "Feb 2024", "Mar 2024"]


# --- topics ---------------------------------------------------------------------------------


def test_topic_phrases_of_the_round():
    assert "workforce" in topics(title="Police officer joiners by ethnicity, 2021/22 to 2023/24")
    assert "surveillance" in topics(title="Requests for Ring doorbell footage",
                                    questions=ask_list("How many times did officers ask residents for doorbell footage in 2024?"))
    assert "calls-and-response-times" in topics(
        title="Fireworks", questions=ask_list("How many calls from the public about fireworks did the force receive?"))
    assert "calls-and-response-times" in topics(title="Grade 1 incidents by month, 2021 to 2023")


# --- second pass (blind sets w1-w6) ---------------------------------------------------------


def test_asks_joined_by_and_in_one_sentence():
    from parsers.fields.list_grammar import split_asks

    assert split_asks("Please can you tell me how many bikes the force seized in 2024 and how many of those bikes "
                      "were crushed and the total cost of storing seized bikes in 2024.") == [
        "Please can you tell me how many bikes the force seized in 2024",
        "how many of those bikes were crushed", "the total cost of storing seized bikes in 2024."]
    assert len(split_asks("I would like to know the number of dog handlers on duty on a typical night and the types "
                          "of dog they handle.")) == 2
    # one count beside another, and two heads sharing one complement, are one ask each
    assert len(split_asks("Please provide the number of electric cars in the fleet and the number of charging "
                          "points at police stations.")) == 1
    assert len(split_asks("Please provide the dates and the locations of every speed check planned for May.")) == 1
    assert split_asks("Please tell me how many horses the unit has. Please also tell me what their feed cost in "
                      "2024. Finally, how many horses retired in 2024?")[2] == "Finally, how many horses retired in 2024?"


def test_an_exemption_considered_and_found_not_needed_is_not_relied_on():
    rec = parse_text("""Our ref: 1180/25

1. How many officers were injured on duty in 2024, by station?

The information is set out in the table below.

   Station       Injuries
   Northgate     14
   Southgate     9

Section 40(2) of the Freedom of Information Act (personal information) was considered for the
station figures, because some of them are low. It has not been necessary to apply the exemption,
and nothing has been withheld from this response.""")
    assert labels(rec) == []
    assert rec["outcome"] == "full"


def test_general_context_in_place_of_withheld_figures_gives_nothing():
    rec = parse_text("""Our ref: 0377/25

1. How many armed response vehicles are on patrol at night in each district?

The force holds this information. However, it is withheld in full under section 24(1) (national
security) and section 31(1)(a) (law enforcement) of the Act.

Although we cannot give the numbers you have asked for, we can tell you in general terms that armed
officers are available across the force area at all times.""")
    assert rec["outcome"] == "refused"


def test_a_page_footer_row_gives_the_reference_and_the_date_issued():
    rec = parse_text("""Anyshire Constabulary
Freedom of Information Unit

Subject: Sickness absence for stress

Request
1. How many officers were absent with stress in 2023?

Response
1. 41 officers.

AC/FOI 0907/23 Issued: 12/03/2024 Page 1 of 1""")
    assert rec["reference"] == "AC/FOI 0907/23"
    assert rec["published"] == "2024-03-12"


def test_a_letter_that_reports_its_one_ask_back_has_that_ask():
    rec = parse_text("""Anyshire Constabulary
Our reference: FOI 25/118
Date: 3 June 2025

Dear Ms Carter,

You asked how many times officers used a spit and bite guard on a child in 2024. Officers did not
use a spit and bite guard on anyone under 18 in 2024. The figure is therefore zero.

Yours sincerely,
Freedom of Information Officer""")
    assert asks(rec) == ["how many times officers used a spit and bite guard on a child in 2024"]
    assert rec["outcome"] == "full"
    # a lead-in to a list is no reported ask
    listed = parse_text("You asked for the following:\n\n1. How many drones does the force own?\n\n"
                        "The force owns 12 drones.")
    assert asks(listed) == ["How many drones does the force own?"]
