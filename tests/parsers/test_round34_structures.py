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
