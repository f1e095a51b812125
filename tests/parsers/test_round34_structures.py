"""Structures from the session-34 accuracy round (blind sets vv1-vv6), each document written here
afresh: a reply printed as preformatted text on a web page, an Alaveteli thread whose messages are
marked by id, a log page's empty documents box, a public interest test "attached to this entry",
letters after a list's last section ("34(1)(b) and 35(1)(a) and (b)"), a subsection named only to
describe the NCND provision relied on, a longer force prefix in a reference, bullet items that type
their own labels, a caption wrapped over two lines, year-first column headings, an attachment's
listing line, a subject above the requester's "I would like to know:", and topic phrases."""
from __future__ import annotations

import docx

from tests.support.parse_docs import asks, labels, parse_docx, parse_html, parse_text
from tests.support.topic_records import asks as ask_list
from tests.support.topic_records import topics

# --- web pages ------------------------------------------------------------------------------


def test_a_reply_printed_as_preformatted_text_is_read_line_by_line():
    rec = parse_html("""<h1>Dog thefts</h1>
<div class="body"><pre>ANYSHIRE POLICE - FREEDOM OF INFORMATION

Our Ref:  FOI 000412/21
Date:     3 March 2021

You asked:

1. How many dogs were reported stolen in the county in 2019 and 2020?

2. How many of those dogs were recovered?

Anyshire Police holds the information you requested.

Year        Reported stolen     Recovered
2019                     41            17
2020                     58            22

If you are unhappy with this response you may ask for an internal review.</pre></div>""")
    assert asks(rec) == ["How many dogs were reported stolen in the county in 2019 and 2020?",
                         "How many of those dogs were recovered?"]
    assert rec["outcome"] == "full"
    assert {(f["measure"], f["period"], f["value"]) for f in rec["figures"]} == {
        ("Reported stolen", "2019", 41), ("Recovered", "2019", 17),
        ("Reported stolen", "2020", 58), ("Recovered", "2020", 22)}


def test_an_alaveteli_thread_marked_by_message_ids_is_dated_by_the_authoritys_last_message():
    page = """<h1>Speed camera fines</h1>
<div id="request_correspondence">
<div class="correspondence box" id="outgoing-101"><div class="correspondence__header">
<span class="correspondent_name">A Requester</span> <time datetime="2024-05-02T09:00:00Z">2 May 2024</time></div>
<div class="correspondence_text"><p>Dear Anyshire Police, how many speed camera fines were issued in 2023?</p></div></div>
<div class="correspondence box" id="incoming-102"><div class="correspondence__header">
<span class="correspondent_name">Anyshire Police</span> <time datetime="2024-05-03T09:00:00Z">3 May 2024</time></div>
<div class="correspondence_text"><p>Your request has been logged.</p></div></div>
<div class="correspondence box" id="incoming-103"><div class="correspondence__header">
<span class="correspondent_name">Anyshire Police</span> <time datetime="2024-05-30T09:00:00Z">30 May 2024</time></div>
<div class="correspondence_text"><p>In 2023 the force issued 18,204 fines.</p></div></div>
</div>"""
    assert parse_html(page, "https://www.whatdotheyknow.com/request/speed_camera_fines")["published"] == "2024-05-30"


def test_a_log_pages_empty_documents_box_gives_nothing():
    rec = parse_html("""<h1>Knife arches</h1>
<dl><dt>Reference</dt><dd>FOI 2025/0311</dd><dt>Outcome</dt><dd>Information accessible by other means</dd></dl>
<h2>Request</h2><p>How many knife arches does the force own?</p>
<h2>Response</h2>
<p>This information is already published and is exempt under Section 21 of the Freedom of Information Act 2000.
It can be found on our website at https://www.anyshire.police.uk/knife-crime.</p>
<h2>Documents</h2><p>No documents are attached to this disclosure.</p>""")
    assert rec["outcome"] == "published_elsewhere"


def test_a_public_interest_test_attached_to_this_entry_is_no_disclosure():
    rec = parse_html("""<h1>Test purchase operations</h1>
<h2>Request</h2><p>Which shops were visited in knife test purchase operations in 2024?</p>
<h2>Response</h2>
<p>Anyshire Police holds this information. However, we have decided to withhold it under section 31(1)(a)
of the Freedom of Information Act 2000 (Law Enforcement).</p>
<p>Section 31 is a qualified exemption, so we have carried out a public interest test.
The test is attached to this entry.</p>
<p>Our conclusion is that the balance favours withholding the information.</p>""")
    assert rec["outcome"] == "refused"


def test_bullet_items_that_type_their_own_letters_keep_them():
    rec = parse_html("""<h1>Burglary outcomes</h1>
<h2>Your request</h2>
<ul><li>a) the number of burglaries recorded in 2024;</li>
<li>b) the number of those that resulted in a charge.</li></ul>
<h2>Our response</h2><p>a) 1,204 b) 96</p>""")
    assert [(q["number"], q["text"]) for q in rec["questions"]] == [
        ("a", "the number of burglaries recorded in 2024;"),
        ("b", "the number of those that resulted in a charge.")]


# --- exemptions and outcome -----------------------------------------------------------------


def test_letters_after_the_last_section_of_a_list_belong_to_it():
    rec = parse_text("""Police Scotland
Our Ref: IM-FOI-2025-0101

In terms of section 18 of the Freedom of Information (Scotland) Act 2002, Police Scotland can neither
confirm nor deny that it holds the information you requested.
If held, the information would be exempt under sections 34(1)(b) and 35(1)(a) and (b) of the Act.""")
    assert labels(rec) == ["s18", "s34(1)(b)", "s35(1)(a)", "s35(1)(b)"]


def test_a_subsection_named_only_to_describe_the_ncnd_provision_relied_on_is_not_relied_on():
    doc = docx.Document()
    for text in [
        "Freedom of Information Request 001234/25",
        "Request: Has the named officer been investigated for assault?",
        "Anyshire Constabulary neither confirms nor denies that it holds the information you have requested, "
        "by virtue of section 40(5B)(a)(i) and section 30(3) of the Freedom of Information Act 2000.",
        "Section 30(3) allows the force to neither confirm nor deny whether it holds information which, if held, "
        "would be exempt under section 30(1) because it was held for the purposes of an investigation.",
    ]:
        doc.add_paragraph(text)
    rec = parse_docx(doc)
    assert labels(rec) == ["s30(3)", "s40(5B)"]
    assert rec["outcome"] == "ncnd"


# --- reference and title --------------------------------------------------------------------


def test_a_longer_force_prefix_before_its_series_is_part_of_the_reference():
    rec = parse_text("""Anyshire Constabulary
Your ref:                                   Our ref: ANYSH/FOI/0412/25

Dear Requester,

Thank you for your request of 2 March 2025 about knife crime.""")
    assert rec["reference"] == "ANYSH/FOI/0412/25"


def test_an_attachment_listing_line_is_no_title():
    rec = parse_text("""Automatic number plate cameras

Anyshire Police

9 August 2024

Attachments:
  FOI 716-24 Response.pdf (96K) Download View as HTML

Dear Ms Smith,

Thank you for your request. You asked how many ANPR cameras the force operates.""")
    assert rec["title"] == "Automatic number plate cameras"


def test_a_subject_above_the_requesters_lead_in_titles_the_letter():
    rec = parse_text("""                                                         OFFICIAL

POLICE SCOTLAND
Information Management

                                                     Our Ref:        IM-FOI-2025-0555
                                                     Date:           04 April 2025

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002

Dear Requester,

I refer to your recent request for information which has been handled in accordance with the Freedom
of Information (Scotland) Act 2002. For ease of reference, your request is replicated below together
with the response.

Lost property handed in at stations

I would like to know:

 - the number of items of lost property handed in at police stations in 2024.

Police Scotland does not hold this information.""")
    assert rec["title"] == "Lost property handed in at stations"


# --- tables and figures ---------------------------------------------------------------------


def test_a_caption_wrapped_over_two_lines_is_one_caption():
    rec = parse_text("""Durham Constabulary
FOI Ref: 0101-25

Thefts of catalytic converters by district,
2023 to 2024

District        2023     2024
North             41       33
South             27       30
""")
    assert rec["tables"][0]["caption"] == "Thefts of catalytic converters by district, 2023 to 2024"
    assert rec["title"] == "Thefts of catalytic converters by district, 2023 to 2024"


def test_year_first_column_headings_date_their_columns():
    rec = parse_text("""Anyshire Police holds the information you asked for about 2020 and 2021.

Station\tOpening hours\t2020 visitors\t2021 visitors
Northtown\tMonday to Friday, 9am to 5pm\t1,204\t1,377
Southtown\tTuesday and Thursday, 10am to 2pm\t402\t456
""")
    got = {(f["period"], f["value"]) for f in rec["figures"]}
    assert got == {("2020", 1204), ("2021", 1377), ("2020", 402), ("2021", 456)}
    assert all(f["measure"].endswith("visitors") for f in rec["figures"])


# --- topics ---------------------------------------------------------------------------------


def test_topic_phrases_of_the_round():
    assert topics(title="IT security testing", questions=ask_list(
        "How many penetration tests of the force's network were carried out in 2024?")) == ["technology-and-data"]
    # "Has Anyshire Police paid …" is spending, not police pay
    assert topics(title="Private investigators", questions=ask_list(
        "Has Anyshire Police paid any private investigation firms since 2022?",
        "If so, the amount paid to each firm.")) == ["finance-and-procurement"]
    assert topics(title="Arrests by offence", questions=ask_list(
        "The number of arrests in 2024 broken down by offence category.")) == ["crime-statistics"]
    assert "workforce" in topics(title="Pension scheme remedy", questions=ask_list(
        "How many officers are affected by the McCloud remedy?"))


def test_a_table_whose_gaps_a_text_copy_closed_to_single_spaces():
    # pdftotext -raw: a line of periods over rows of a label and one figure per period
    rec = parse_text("""Anyshire Police has located information relevant to your request.
Detainees aged 17 and under held overnight in custody:
2022 2023 2024
Held overnight 112 97 104
Without an appropriate adult 8 6 <5
Where a figure is fewer than five it is shown as <5.""")
    t = rec["tables"][0]
    assert t["header"] == ["", "2022", "2023", "2024"]
    assert t["rows"] == [["Held overnight", "112", "97", "104"], ["Without an appropriate adult", "8", "6", "<5"]]
    assert ("Held overnight", "2023", 97) in {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}


# --- second batch (blind sets vv7-vv10, written on the round's first pass) -----------------


def test_a_tab_strips_labels_are_controls_and_its_panels_the_page():
    rec = parse_html("""<h1>Horse patrols</h1>
<div class="tabs"><ul class="tabs__list" role="tablist">
<li><a href="#request" role="tab">Request</a></li><li><a href="#response" role="tab">Response</a></li></ul>
<div class="tabs__panel" id="request" role="tabpanel"><h2>Request</h2>
<ol><li>How many mounted patrols took place in 2024?</li><li>How many police horses does the force own?</li></ol></div>
<div class="tabs__panel" id="response" role="tabpanel"><h2>Response</h2>
<p>There were 212 mounted patrols in 2024. The force owns 11 horses.</p></div></div>""")
    assert asks(rec) == ["How many mounted patrols took place in 2024?", "How many police horses does the force own?"]
    assert rec["outcome"] == "full"


def test_an_accordions_toggle_buttons_head_their_panels():
    rec = parse_html("""<h1>Seizures at the port</h1>
<div class="accordion">
<div class="item"><button class="accordion-toggle" aria-expanded="true">Request 1</button>
<div class="panel"><p>How many drug seizures were made at the port in 2024?</p></div></div>
<div class="item"><button class="accordion-toggle" aria-expanded="false">Answer 1</button>
<div class="panel"><p>There were 48 seizures at the port in 2024.</p></div></div>
<div class="item"><button class="accordion-toggle" aria-expanded="false">Request 2</button>
<div class="panel"><p>How many of those were of cocaine?</p></div></div>
<div class="item"><button class="accordion-toggle" aria-expanded="false">Answer 2</button>
<div class="panel"><p>Eleven of the seizures were of cocaine.</p></div></div></div>""")
    assert asks(rec) == ["How many drug seizures were made at the port in 2024?", "How many of those were of cocaine?"]
    assert rec["questions"][1]["answer"] == "Eleven of the seizures were of cocaine."


def test_request_and_response_columns_over_one_row_of_paragraphs_are_read_under_their_headings():
    rec = parse_html("""<h1>Mounted patrols</h1>
<table><thead><tr><th>Request</th><th>Response</th></tr></thead><tbody><tr>
<td><p>Q1. How many mounted patrols took place in the town centre in 2025?</p><p>Q2. What did they cost?</p></td>
<td><p>The force has no mounted section and holds no information relevant to your request.</p></td>
</tr></tbody></table>""")
    assert [(q["number"], q["text"]) for q in rec["questions"]] == [
        ("Q1", "How many mounted patrols took place in the town centre in 2025?"), ("Q2", "What did they cost?")]
    assert rec["outcome"] == "not_held"


def test_a_workbooks_cover_sheet_that_is_the_reply_gives_its_asks_subject_and_outcome():
    import openpyxl

    from tests.support.parse_docs import parse_xlsx

    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "FOI response"
    for row in [["Civil Nuclear Constabulary"], ["Reference", "CNC FOI 2025/099"], ["Subject", "Dog handlers"],
                ["Request"], ["1", "The number of dog handlers employed in each year from 2022 to 2024."],
                ["2", "The number of police dogs in service at 1 April 2025."],
                ["Response"], ["The CNC holds the information you asked for. The figures are on the 'Data' sheet."]]:
        cover.append(row)
    data = book.create_sheet("Data")
    for row in [["Year", "Dog handlers"], ["2022", 14], ["2023", 15], ["2024", 17]]:
        data.append(row)
    rec = parse_xlsx(book)
    assert rec["title"] == "Dog handlers"
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]
    assert rec["outcome"] == "full"


def test_a_field_whose_value_was_redacted_is_no_title():
    rec = parse_text("""POLICE SCOTLAND
Our reference: IM-FOI-2025-0999
Respondent: [redacted]
Date: 28 February 2025
Speed camera vans in Fife
Dear Requester,
I refer to your request for information, in which you asked for the number of speed camera vans in Fife.
There are four speed camera vans in Fife.""")
    assert rec["title"] == "Speed camera vans in Fife"


def test_a_data_annexs_heading_wrapped_before_its_period_is_one_title():
    rec = parse_text("""Durham Constabulary

Appendix A to FOI 0741/25

Children detained in police custody, by age group, financial years
2021/22 to 2023/24

Age group              2021/22     2022/23     2023/24
Age 10 to 13                41          37          29
Age 14 to 17               388         402         361
""")
    assert rec["title"] == "Children detained in police custody, by age group, financial years 2021/22 to 2023/24"


def test_a_row_label_wrapped_onto_its_own_line_stays_in_the_table():
    rec = parse_text("""Anyshire Police holds the information you requested.

                                       2021/22     2022/23     2023/24
Officers on long-term sickness             118         141         152
  (mental health)
Working days lost                       14,208      17,655      19,340
""")
    assert rec["tables"][0]["rows"] == [
        ["Officers on long-term sickness (mental health)", "118", "141", "152"],
        ["Working days lost", "14,208", "17,655", "19,340"]]


def test_each_ask_under_its_own_inline_question_label():
    rec = parse_html("""<h1>ANPR cameras</h1>
<p><b>Question:</b> Please provide a list of the locations of all fixed ANPR cameras.</p>
<p><b>Question:</b> For each camera, please give the date it was installed.</p>
<p><b>Question:</b> How many alerts did each camera generate during 2018?</p>
<p><b>Answer:</b></p><p>The locations are withheld under section 31(1)(a).</p>""")
    assert asks(rec) == ["Please provide a list of the locations of all fixed ANPR cameras.",
                         "For each camera, please give the date it was installed.",
                         "How many alerts did each camera generate during 2018?"]


def test_an_ask_wrapped_over_two_lines_of_a_letter_without_headings_is_one_ask():
    rec = parse_text("""POLICE SCOTLAND
Our Reference IM-FOI-2023-2406
DOG ATTACKS ON PEOPLE
I refer to your recent request for information, received on 12 October 2023, which read:
The number of incidents in which a dog attacked a person recorded by Police Scotland in
2022, broken down by the breed of dog involved.
How many of the dogs involved in those incidents were XL Bully type dogs.
Unfortunately, I must advise you that Police Scotland does not hold the information you have
requested.""")
    assert asks(rec) == [
        "The number of incidents in which a dog attacked a person recorded by Police Scotland in 2022, "
        "broken down by the breed of dog involved.",
        "How many of the dogs involved in those incidents were XL Bully type dogs."]


def test_a_bilingual_running_header_gives_the_reference():
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "Heddlu De Cymru / South Wales Police FOI 0412/24 Atodiad A / Appendix A"
    doc.add_paragraph("Domestic abuse incidents by local authority area, 2021/22 to 2023/24")
    table = doc.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [["Area", "Incidents"], ["Cardiff", "4,102"], ["Swansea", "2,877"]], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    assert parse_docx(doc)["reference"] == "0412/24"


def test_a_log_index_page_keeps_its_own_heading_and_none_of_its_entries_fields():
    rec = parse_html("""<h1>Disclosure log: March 2025</h1>
<ul class="entries">
<li><a href="/foi/1312-25-bail-breaches/">1312-25 Bail breaches in Stoke-on-Trent</a><p>Number of arrests for breach of pre-charge bail, 2022 to 2024.</p></li>
<li><a href="/foi/1313-25-taser-training/">1313-25 Taser training</a><p>Number of officers trained to carry Taser and the cost of training.</p></li>
<li><a href="/foi/1314-25-speed-cameras/">1314-25 Speed cameras</a><p>Number of speed cameras in the county.</p></li>
<li><a href="/foi/1315-25-dog-bites/">1315-25 Police dog bites</a><p>Number of people bitten by police dogs.</p></li>
</ul>""", "https://www.example.police.uk/foi/disclosure-log/march-2025/")
    assert rec["not_response"].startswith("listing page")
    assert (rec["title"], rec["reference"], rec["questions"]) == ("Disclosure log: March 2025", None, [])


def test_a_cover_sheets_title_under_its_reference_field_titles_the_workbook():
    import openpyxl

    from tests.support.parse_docs import parse_xlsx

    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Cover"
    for row in [["Durham Constabulary"], ["Freedom of Information - disclosure"], ["Our reference:", "DC/FOI 0999/24"],
                ["Stop and search by area, 2022 to 2024"], ["Contents"], ["Data - searches by area"]]:
        cover.append(row)
    data = book.create_sheet("Data")
    for row in [["Stop and search by area"], ["Area", "2022", "2023", "2024"], ["Darlington", 412, 455, 401],
                ["North Durham", 388, 402, 377]]:
        data.append(row)
    rec = parse_xlsx(book)
    assert (rec["title"], rec["reference"]) == ("Stop and search by area, 2022 to 2024", "DC/FOI 0999/24")


# --- third batch (blind sets vv11-vv13, written on the second pass) -------------------------


def test_asks_that_open_on_total_make_a_request_and_its_reply_is_judged():
    doc = docx.Document()
    for text in ["Staffordshire Police", "Reference: FOI/0356/25"]:
        doc.add_paragraph(text)
    doc.add_heading("Overtime payments", 1)
    doc.add_heading("Request", 2)
    for ask in ["Total overtime paid to police officers in each financial year from 2022/23 to 2024/25.",
                "Total overtime paid to police staff in the same years."]:
        doc.add_paragraph(ask, style="List Number")   # Word's own numbering: no number in the text
    doc.add_heading("Response", 2)
    doc.add_paragraph("Staffordshire Police holds the information. Questions 1 and 2 are answered in the table below.")
    table = doc.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [["Year", "Officers", "Staff"], ["2023/24", "£4,377,902", "£611,204"],
                                       ["2024/25", "£4,611,040", "£644,377"]], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    assert parse_docx(doc)["outcome"] == "full"


def test_the_acts_part_ii_in_an_appendix_is_no_partial_answer():
    rec = parse_text("""Anyshire Police
Reference: FOI 1212/25

You asked how many speed cameras the force operates.

The force operates 41 fixed speed cameras.

Appendix A
The Freedom of Information Act 2000 gives a general right of access to information held by public authorities.
Section 1 places two duties on a public authority: to confirm or deny whether the information is held, and to
communicate it. These duties are subject to the exemptions in Part II of the Act.""")
    assert rec["outcome"] == "full"


def test_an_exemption_considered_and_then_not_applied_is_not_cited():
    rec = parse_text("""Anyshire Police
Reference: FOI 1300/25

You asked how many officers were injured on duty in each year from 2022 to 2024.

The answer is provided in full in the table below.

Year    Injured officers
2022    88
2023    97
2024    91

We considered whether the small numbers should be withheld under section 40(2) of the Freedom of Information
Act, as they relate to individuals. As they are annual totals for the whole county, no individual could be
identified from them, and no exemption has been applied.""")
    assert (labels(rec), rec["outcome"]) == ([], "full")


def test_our_response_to_your_request_about_a_subject_attached_gives_nothing_itself():
    rec = parse_text("""From: Anyshire Police FOI
Subject: FOI 0412/25 ANPR cameras

Dear Mr Smith,

Please find attached our response to your request for information about ANPR cameras in Northtown.

In summary, Anyshire Police is refusing your request in full. The information is exempt under Section 31(1)(a)
(Law Enforcement) of the Freedom of Information Act. On balance, the public interest favours withholding
the information.""")
    assert rec["outcome"] == "refused"


def test_a_verbless_count_straight_above_its_table_describes_it():
    rec = parse_text("""Anyshire Police
Freedom of Information - Ref 0419/22 - Attachment

Collisions involving police vehicles, 2019 to 2021

Number of recorded collisions involving an Anyshire Police vehicle, by what the vehicle
was doing at the time.

                        2019   2020   2021
Emergency response        48     52     57
Pursuit                    9      7     11
""")
    assert (rec["questions"], rec["outcome"]) == ([], "unknown")
