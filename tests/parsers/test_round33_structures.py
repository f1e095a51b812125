"""Structures from the session-33 accuracy round (blind sets u1-u6), each document written here
afresh: an ask quoted as an indented block with the answer back at the margin, "The table below
shows" ending a request, a page's list of documents, "Attachment" labels on a reference line,
noun-phrase asks, holdings confirmed with the answer's place, counts in words, documents given
with redactions, a ruled "Reference | Date | Subject" row, a section named only to say it does not
apply, section 21 stated in general words beside "already published", letterhead notes that are
no title, asks opening on "Please tell me how much <force> has", another Act's section in a table
row, banded small counts, a workbook's cover title, and topic phrases."""
from __future__ import annotations

import io

import openpyxl

from parsers import parse_document
from tests.support.parse_docs import asks, labels, letter_pdf, parse_html, parse_text, parse_xlsx
from tests.support.topic_records import asks as ask_list
from tests.support.topic_records import topics

# --- questions ------------------------------------------------------------------------------


def test_an_ask_quoted_as_an_indented_block_ends_where_the_answer_returns_to_the_margin():
    rec = parse_text("""Speed watch volunteers

Anyshire Constabulary

Dear Mr Okafor,

Our reference: 2024/1187
Date: 14/08/2024

Thank you for your request. You asked:

  How many Community Speed Watch groups are active in the county at present?

There are currently nine Community Speed Watch groups active in the county, with
112 trained volunteers between them.

If you are unhappy with this response, you may ask for an internal review.

Yours sincerely,

Information Rights Team""")
    assert asks(rec) == ["How many Community Speed Watch groups are active in the county at present?"]
    assert rec["questions"][0]["answer"].startswith("There are currently nine")
    assert rec["outcome"] == "full"


def test_the_table_below_shows_ends_the_request_of_a_letter_without_blank_lines():
    rec = parse_text("""Anyshire Police
Reference: 24/07/0211
Fly-tipping arrests
Thank you for your email of 2 July 2024, in which you asked:
How many people were arrested for fly-tipping offences in the district in 2023?
The table below shows the number of arrests.
Offence        2023
Fly-tipping       6
Arrests are counted by the date of arrest.
If you are unhappy with our response you can ask for an internal review.""")
    assert asks(rec) == ["How many people were arrested for fly-tipping offences in the district in 2023?"]


def test_a_pages_list_of_documents_is_no_ask():
    rec = parse_html("""<h1>Drone flights over football grounds</h1>
<h2>Request</h2>
<p>How many times did the force fly a drone over a football ground in 2024?</p>
<h2>Documents</h2>
<ul><li><a href="/docs/FOI-2025-0044_Response.pdf">FOI-2025-0044_Response.pdf</a> (PDF, 98 KB)</li></ul>""")
    assert asks(rec) == ["How many times did the force fly a drone over a football ground in 2024?"]


def test_an_ask_opening_on_please_tell_me_how_much_the_force_has_spent_is_an_ask():
    rec = parse_html("""<h1>Interpreters</h1>
<h2>Request</h2>
<p>Please tell me how much Anyshire Police has spent on interpreters in each of the last two years.</p>
<p>Please also state which languages were interpreted most often.</p>
<h2>Response</h2>
<p>The figures are set out in the table below.</p>""")
    assert asks(rec)[0].startswith("Please tell me how much Anyshire Police has spent")
    assert len(asks(rec)) == 2


# --- outcome --------------------------------------------------------------------------------


def test_a_holding_confirmed_with_its_place_answers_noun_phrase_asks():
    rec = parse_text("""Anyshire Police                         Reference: 0871/23
Date Responded: 9 October 2023

Average attendance times
You asked:
1. The average time taken to attend priority incidents in each district in 2022.
2. The percentage of priority incidents attended within the target time.
In Response:
Anyshire Police holds the information you requested, which is provided in the tables below.
District        Minutes
North              11.2
South               9.8
The target is 15 minutes.""")
    assert rec["outcome"] == "full"


def test_a_count_in_words_of_what_the_force_has_answers_that_part():
    rec = parse_text("""Anyshire Constabulary
Freedom of Information Request Reference No: 2025/0412

Thank you for your request. You asked:

1.  How many custody suites does the force currently operate?

2.  How many detainees were held in each suite in 2024, by age group?

Our response

1.  The Constabulary currently has four custody suites, at Northgate,
    Southport Road, Eastfield and Westbury.

2.  This information is not held. Detainees' ages are recorded on each custody
    record but the suites' returns do not break them down by age group.

If you are unhappy with this response you may ask for an internal review.""")
    assert rec["outcome"] == "partial"


def test_a_document_given_with_redactions_is_a_partial_answer():
    rec = parse_text("""Our ref: 2025-0133
Body-worn video contract

Your request
Please provide a copy of the force's current contract for body-worn video cameras.

Our response
The force holds this information. A copy of the contract is provided with this response, with
two kinds of redaction: the unit prices have been redacted under section 43(2) of the Freedom of
Information Act 2000, and the names of the supplier's staff under section 40(2).

If you are dissatisfied with this response you may request an internal review.""")
    assert rec["outcome"] == "partial"
    assert labels(rec) == ["s40(2)", "s43(2)"]


# --- exemptions -----------------------------------------------------------------------------


def test_a_section_named_only_to_say_it_does_not_apply_is_no_exemption():
    rec = parse_text("""Our ref: 0419-24

Dear Requester

Deaths on the railway

You asked for the names of the people who died on the line in 2023.

You may be aware that section 40 of the Act applies only to living individuals. It does not
therefore apply to this part of your request. The names are, however, exempt under section 41(1)
of the Act, as they were given to us in confidence by coroners' officers.

Yours sincerely""")
    assert labels(rec) == ["s41(1)"]


def test_section_21_stated_in_general_words_beside_already_published_is_relied_on():
    rec = parse_html("""<h1>Staff overtime 2024/25</h1>
<p>Reference: FOI 0922/25</p>
<p><strong>Request:</strong></p>
<p>How much did the force pay in overtime to police staff in 2024/25?</p>
<p><strong>Response:</strong></p>
<p>This information is already published. The force publishes its overtime payments each quarter
in the spending section of its publication scheme.</p>
<p>Where information is reasonably accessible to the applicant by other means it is exempt under
Section 21 of the Freedom of Information Act 2000, and we are not required to provide it again.</p>""")
    assert labels(rec) == ["s21"]
    assert rec["outcome"] == "published_elsewhere"


def test_another_acts_section_in_a_table_row_is_no_exemption():
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "By power"
    for row in [("Anyshire Police - FOI reference: 0311/25",), ("Searches by power used, 2024",),
                ("Power", "2024"), ("PACE s1", 812), ("Misuse of Drugs Act s23", 1904),
                ("Firearms Act s47", 12), ("Total", 2728)]:
        ws.append(row)
    assert labels(parse_xlsx(book)) == []


# --- titles and references -----------------------------------------------------------------


def test_an_attachment_label_on_the_reference_line_is_no_title():
    rec = parse_text("""Anyshire Police
Freedom of Information - Ref 0552/23 - Attachment 2

Dog bites recorded by the force, 2020 to 2022

Year        Bites
2020           41
2021           38
2022           45
""")
    assert rec["title"] == "Dog bites recorded by the force, 2020 to 2022"
    assert rec["reference"] == "0552/23"


def _ruled_letter_pdf() -> bytes:
    """A letter whose reference, date and subject sit in a ruled table: labels over values."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.drawString(50, 800, "Anyshire Transport Police")
    c.drawString(50, 784, "Freedom of Information Unit")
    top, mid, bottom = 760, 742, 724
    xs = [50, 170, 290, 545]
    for y in (top, mid, bottom):
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, bottom)
    for x, text in zip(xs, ("Reference", "Date", "Subject"), strict=False):
        c.drawString(x + 4, mid + 5, text)
    for x, text in zip(xs, ("2207-24", "3 June 2024", "Trespass at level crossings"), strict=False):
        c.drawString(x + 4, bottom + 5, text)
    y = 690
    for line in ["Dear Requester,",
                 "Thank you for your email of 8 May 2024, in which you asked:",
                 "1. How many trespass incidents were recorded at level crossings in 2023?",
                 "I can confirm that 214 trespass incidents were recorded at level crossings in 2023.",
                 "Yours sincerely,", "Freedom of Information Officer"]:
        c.drawString(50, y, line)
        y -= 18
    c.save()
    return out.getvalue()


def test_a_ruled_row_of_reference_date_and_subject_gives_all_three():
    rec = parse_document(_ruled_letter_pdf(), "application/pdf")
    assert rec["reference"] == "2207-24"
    assert rec["published"] == "2024-06-03"
    assert rec["title"] == "Trespass at level crossings"


def _letter_pdf(lines: list[tuple[str, str]]) -> bytes:
    return letter_pdf(lines, right_at=330)


def test_a_reference_and_date_row_under_its_labels_is_no_title():
    pdf = _letter_pdf([("ANYSHIRE POLICE", ""), ("Information Management", ""), ("", ""),
                       ("Our reference", "Response date"), ("IM-FOI-2024-0311", "2 May 2024"), ("", ""),
                       ("Dear Requester", ""), ("Custody detention times", ""),
                       ("Freedom of Information (Scotland) Act 2002", ""),
                       ("You asked how long detainees were held in custody on average in 2023.", ""),
                       ("The average detention time was 14 hours.", "")])
    assert parse_document(pdf, "application/pdf")["title"] == "Custody detention times"


def test_a_note_asking_to_quote_the_reference_is_no_title():
    pdf = _letter_pdf([("Our Reference: 0514/21", "Anyshire Police"), ("Date: 3 June 2021", "Information Unit"),
                       ("Please quote our reference in any reply", "Police Headquarters"), ("", ""),
                       ("Dear Ms Hale,", ""), ("Stalking protection orders", ""),
                       ("Your request has been considered. You asked how many stalking protection orders", ""),
                       ("were applied for in 2020. The force applied for 17 orders in 2020.", "")])
    assert parse_document(pdf, "application/pdf")["title"] == "Stalking protection orders"


def test_a_welsh_courtesy_line_under_the_letterhead_is_passed_over():
    pdf = _letter_pdf([("Heddlu Anyshire Police", "Our Reference: FOI 0871/2024"),
                       ("Freedom of Information Unit", "Date: 4 March 2024"), ("", ""), ("", ""),
                       ("Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.", ""),
                       ("", ""), ("Dangerous dog seizures", ""),
                       ("Thank you for your request, which we received on 5 February 2024. You asked:", ""),
                       ("1. How many dogs were seized under the Dangerous Dogs Act in 2023?", ""),
                       ("2. How many of those dogs were later destroyed?", ""), ("", ""),
                       ("Response to question 1", ""), ("The force seized 23 dogs in 2023.", ""),
                       ("Response to question 2", ""), ("Nine of the dogs were destroyed on a court order.", ""),
                       ("", ""), ("If you are unhappy with this response you may ask for an internal review.", ""),
                       ("Yours sincerely,", ""), ("Freedom of Information Unit", "")])
    assert parse_document(pdf, "application/pdf")["title"] == "Dangerous dog seizures"


def test_a_workbooks_cover_sheet_titles_it_over_a_data_sheets_table_heading():
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Notes"
    for row in [("Anyshire Constabulary",), ("FOI reference: 0612/25",),
                ("Hate crimes recorded by strand, 2022 to 2024",), ("Notes",),
                ("Counts are of crimes recorded in each calendar year.",)]:
        cover.append(row)
    data = book.create_sheet("By strand")
    for row in [("Table 1: Hate crimes by strand",), ("Strand", "2022", "2023", "2024"),
                ("Race", 812, 840, 901), ("Religion", 96, 101, 88), ("Total", 908, 941, 989)]:
        data.append(row)
    rec = parse_xlsx(book)
    assert rec["title"] == "Hate crimes recorded by strand, 2022 to 2024"
    assert rec["reference"] == "0612/25"


# --- figures --------------------------------------------------------------------------------


def test_banded_small_counts_are_suppressed_figures_where_the_notes_say_so():
    def custody(note: str | None) -> list[tuple]:
        book = openpyxl.Workbook()
        ws = book.active
        for row in [("Anyshire Police",), ("Reference: 0231/24",), ("Detentions by place of safety, 2022 to 2023",),
                    ("Place of safety", "2022", "2023"), ("Hospital", 402, 431), ("Police custody", "1-4", 0),
                    ("Total", 405, 431)]:
            ws.append(row)
        if note:
            book.create_sheet("Notes").append((note,))
        return [(f["period"], f["value"]) for f in parse_xlsx(book)["figures"] if f["measure"] == "Police custody"]

    assert custody("1-4 = a figure from one to four, suppressed to protect the people detained.") == [
        ("2022", None), ("2023", 0)]
    # with no legend, a band is a value of its own (a score, a grade): no figure
    assert custody(None) == [("2023", 0)]


# --- topics ---------------------------------------------------------------------------------


def test_topic_phrases_of_the_round():
    assert topics(title="Stolen bikes", questions=ask_list(
        "How many bikes were reported stolen in the town in 2024?")) == ["crime-statistics"]
    assert sorted(topics(title="Spending on agency staff", questions=ask_list(
        "How much did the force spend on agency staff in each of the last three years?"))) == [
        "finance-and-procurement", "workforce"]
    assert "child-protection" in topics(title="Child safeguarding practice review, Anytown", questions=ask_list(
        "A copy of the report the force gave to the review panel."))


# --- second batch (blind sets uu7-uu10, written on the round's first pass) -----------------


def test_our_response_is_as_follows_ends_the_request_above_answer_headings():
    rec = parse_html("""<h1>Officers suspended</h1>
<p>You asked:</p>
<p>How many officers were suspended in 2023?</p>
<p>How many of them returned to duty?</p>
<p>Our response is as follows.</p>
<p><strong>Questions one and two</strong></p>
<p>Twelve officers were suspended in 2023, and seven of them returned to duty.</p>""")
    assert asks(rec) == ["How many officers were suspended in 2023?", "How many of them returned to duty?"]


def test_a_vexatious_refusal_weighing_burden_against_value_is_no_public_interest_test():
    rec = parse_text("""Our ref: 0312/25

Dear Requester

You asked for the addresses of the kennels the force uses.

The force has decided to refuse your request under section 14(1) of the Freedom of Information Act
2000, as it is vexatious. The request is one of 31 from the same campaign, whose followers have
harassed kennel staff. The burden of the request and the harm it could cause outweigh its value.

Yours sincerely""")
    assert rec["outcome"] == "vexatious"
    assert rec["public_interest_test"] is False


def test_a_log_pages_outcome_field_and_all_of_the_information_provided_are_a_full_answer():
    rec = parse_html("""<h1>Section 60 authorisations</h1>
<table><tr><th>Reference</th><td>1066/25</td></tr><tr><th>Outcome</th><td>Disclosed in full</td></tr></table>
<h2>Summary of request</h2>
<p>How many section 60 authorisations were made in 2024?</p>
<h2>Response</h2>
<p>All of the information requested has been provided. Please see the response letter below.</p>""")
    assert rec["outcome"] == "full"


def test_a_fact_given_for_one_part_beside_the_refusal_of_the_others_is_partial():
    rec = parse_text("""Our Ref: FOI2022/0419

Dear Requester,

You asked:
a. How many officers are stationed at the port?
b. How many of them are armed?

In response to part a, as at 1 May 2022 there were 48 officers stationed at the port.
The information requested in part b is withheld under Section 24(1) (National Security) of the Act.
On balance, the public interest favours withholding it.

Yours sincerely""")
    assert rec["outcome"] == "partial"


def test_a_clarification_letter_with_a_not_held_aside_is_no_decision():
    rec = parse_text("""Our ref: FOI/0518/24

Dear Mr Ali,

Stalking protection orders - request for clarification

You asked how many stalking protection orders were breached and what happened to the people who
breached them.

Please tell us whether you are asking for the police outcome or the sentence given by the court.
The force does not hold court sentencing outcomes for every case.

Under section 1(3) of the Freedom of Information Act 2000, we are not obliged to comply with your
request until we have the information needed to identify what you have asked for.

Yours sincerely""")
    assert rec["outcome"] == "unknown"


def test_the_forms_own_heading_above_the_subject_is_no_part_of_the_title():
    pdf = _letter_pdf([("Anyshire Police", "Our Ref: FOI2022/0311"), ("Force Headquarters", "Date: 4 May 2022"),
                       ("", ""), ("", ""), ("Dear Requester,", ""),
                       ("REFUSAL NOTICE - SECTION 14(1) FREEDOM OF INFORMATION ACT 2000", ""),
                       ("SPEED CAMERA CALIBRATION RECORDS", ""),
                       ("I refer to your email of 6 April 2022 asking for the calibration records of every camera.", ""),
                       ("The force considers the request vexatious under section 14(1) of the Act.", ""),
                       ("It is the ninth request on this subject from you in six months.", ""),
                       ("This letter is a refusal notice under section 17(5).", ""), ("", ""),
                       ("If you are unhappy you may ask for an internal review.", ""), ("Yours sincerely,", ""),
                       ("Information Management", "")])
    assert parse_document(pdf, "application/pdf")["title"].lower() == "speed camera calibration records"


def test_topic_phrases_of_the_second_batch():
    assert topics(title="Investigations into council spending", questions=ask_list(
        "How many investigations were opened into the misuse of council funds in 2024?")) == ["fraud-and-cybercrime"]
    assert topics(title="'Ask for ANI' codeword scheme", questions=ask_list(
        "How many times did a pharmacy contact the police after a customer used the codeword?")) == ["domestic-abuse"]


# --- third batch (blind sets uu11-uu13) -----------------------------------------------------


def test_answers_pointing_to_a_dated_report_give_nothing_themselves():
    rec = parse_html("""<h1>Knife crime statistics 2024/25</h1>
<p>Your request has been considered and the force has decided to withhold the information under
Section 21 of the Freedom of Information Act 2000, because it is already available to you.</p>
<table><tr><th>Request</th><th>Answer</th></tr>
<tr><td>1. The number of knife crimes recorded in 2024/25, by district.</td>
<td>The force's statistics team publishes knife crime figures every quarter. The 2024/25 annual
report, published on 12 May 2025, gives offences by district.</td></tr>
<tr><td>2. The number of those crimes that led to a charge.</td>
<td>Section 21 applies to information reasonably accessible by other means. The report can be found
at the link below.</td></tr></table>""")
    assert rec["outcome"] == "published_elsewhere"


def test_the_forms_name_with_request_no_is_a_reference_line_not_a_title():
    rec = parse_text("""Vehicle pursuits 2019 to 2021

Anyshire Constabulary

3 March 2022

Dear Mr Hale

Freedom of Information Act Request No: AC/FOI 411/22

I write in connection with your request for information received on 1 February 2022. You asked
how many vehicle pursuits the force's officers began in each year from 2019 to 2021.

The force's officers began 212 pursuits in 2019, 240 in 2020 and 198 in 2021.

Yours sincerely""")
    assert rec["reference"] == "AC/FOI 411/22"
    assert rec["title"] == "Vehicle pursuits 2019 to 2021"


def test_an_asterisk_key_under_a_table_is_no_ask():
    # (a table flattened to one cell a line, as raw pdftotext gives it)
    cells = ["District", "2017", "2018", "North", "14", "11", "South", "*", "8", "Total", "18", "19"]
    rec = parse_text("Anyshire Police - Freedom of Information - Ref 0631/19\n\n"
                     "Cannabis factories found, by district, 2017 to 2018\n" + "\n\n".join(cells) + "\n\n"
                     "* fewer than five sites. Figures are premises where plants were found, counted once per warrant\n"
                     "executed.\n\nPage 1\n")
    assert rec["questions"] == []


def test_a_box_of_fields_side_by_side_in_a_word_letter_gives_the_reference_and_date():
    from docx import Document

    from tests.support.parse_docs import parse_docx

    doc = Document()
    doc.add_paragraph("Anyshire Constabulary")
    box = doc.add_table(rows=1, cols=4)
    for cell, text in zip(box.rows[0].cells, ("Our Ref:", "AC/FOI 0912/23", "Date:", "14 September 2023"),
                          strict=True):
        cell.text = text
    doc.add_paragraph("Dear Requester")
    doc.add_paragraph("You asked how many speed awareness courses the force ran in 2022.")
    doc.add_paragraph("The force ran 48 courses in 2022.")
    rec = parse_docx(doc)
    assert rec["reference"] == "AC/FOI 0912/23"
    assert rec["published"] == "2023-09-14"
