"""Structures from the fifth real-page review and blind set v (session 15), each written here
afresh: sections that are named but not relied on (the Act's words paraphrased, a subsection
referred back to, an exemption withdrawn at review, a section named only as what would apply
in another case)."""
from __future__ import annotations

from parsers import parse_document
from parsers.fields.exemptions import find_exemptions, find_labels


def _labels(text: str) -> list[str]:
    return [e["label"] for e in find_exemptions(text)]


def test_the_act_s_section_31_opening_paraphrased_does_not_cite_section_30():
    text = ("Section 31(1)(g) - Law enforcement\n"
            "Information which is not exempt by virtue of section 30 is exempt if its disclosure "
            "would, or would be likely to, prejudice the functions set out in subsection (2).\n"
            "We rely on section 31(1)(g) for the names of the units involved.")
    assert _labels(text) == ["s31(1)(g)"]


def test_a_subsection_referred_back_to_adds_no_label_of_its_own():
    text = ("The file is exempt under Section 30 (1) (a) (b).\n"
            "Section 30 (1) covers information held for an investigation the force conducts.")
    assert find_labels(text) == ["s30(1)(a)", "s30(1)(b)"]


def test_a_subsection_cited_alone_is_still_a_label():
    assert find_labels("The file is exempt under section 30(1).") == ["s30(1)"]


def test_an_exemption_withdrawn_at_review_is_not_relied_on():
    text = ("Outcome of the review\n"
            "The original decision withheld the arrest figures under Section 31(1)(a) of the "
            "Act.\n"
            "That exemption has been withdrawn at review and is no longer relied upon.\n"
            "The figures are given below in full.")
    assert _labels(text) == []


def test_a_section_named_only_for_another_case_is_no_label():
    hypothetical = ("The records of seized bicycles are not held by the force.\n"
                    "Even if they were, collating them would engage the cost limit under "
                    "Section 12.")
    assert _labels(hypothetical) == []
    advice = ("We have answered your first question.\n"
              "Please note that the officers' names would be likely to engage Section 40(2) of "
              "the Act if they were asked for in future.")
    assert _labels(advice) == []


def test_a_section_relied_on_and_also_named_conditionally_stays():
    text = ("Names of staff are withheld under section 40(2).\n"
            "Even if they were given in part, section 40(2) would still apply to the rest.")
    assert _labels(text) == ["s40(2)"]


def test_a_withdrawn_exemption_gives_a_full_outcome_on_a_review_page():
    page = b"""<html><body><h1>Internal review: reoffending after deferred charges</h1>
<p>Reference: IR-2025-0417</p>
<h2>Request</h2><p>How many people offered a deferred charge in 2024 reoffended within a year?</p>
<h2>Review decision</h2>
<p>The original decision withheld the reoffending figures under Section 31(1)(a).
That exemption has been withdrawn at the review stage and is no longer relied upon.</p>
<p>Please find the figures below.</p>
<table><tr><th>Year</th><th>Offered a deferred charge</th><th>Reoffended within a year</th></tr>
<tr><td>2024</td><td>212</td><td>31</td></tr></table>
</body></html>"""
    rec = parse_document(page, "text/html", "https://www.durham.police.uk/foi/ir-2025-0417")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


GUTTER = """Dear Mr Ames,

Request                                        Response
I would like to know about bicycles held       Northshire Police does not hold this
as found property.                             information in a retrievable form. Finding
                                               it would mean reading every property
1. How many bicycles were handed in as         record, which would exceed the cost limit.
found property in 2024?
                                               Section 12(1) of the Act therefore applies.
2. How many of those were returned to
their owners?

If you are unhappy with this response you may ask for an internal review within forty
working days of the date of this letter.

Yours sincerely,
"""


def test_a_side_by_side_request_response_table_reads_as_two_columns():
    rec = parse_document(GUTTER.encode(), "text/plain")
    asks = [q["text"] for q in rec["questions"]]
    assert asks == ["How many bicycles were handed in as found property in 2024?",
                    "How many of those were returned to their owners?"]
    assert rec["outcome"] == "cost_limit"
    assert [e["label"] for e in rec["exemptions"]] == ["s12(1)"]


def test_a_full_width_paragraph_ends_the_side_by_side_table():
    from parsers.text_columns import split_gutter

    lines = GUTTER.splitlines()
    out = split_gutter(lines)
    assert out != lines
    assert "Northshire Police does not hold this" in out
    # the rights paragraph after the table stays whole, after both columns
    assert out.index("If you are unhappy with this response you may ask for an internal review "
                     "within forty") > out.index("Section 12(1) of the Act therefore applies.")


def test_a_series_of_column_headings_ending_in_years_gives_each_cell_its_period():
    from parsers.figures import table_figures

    table = {"header": ["Station", "Cells", "Arrests in 2023", "Arrests in 2024"],
             "rows": [["Eastgate", "12", "1,040", "1,118"], ["Total", "12", "1,040", "1,118"]]}
    figs = {(f["measure"], f["period"]): f["value"] for f in table_figures(table, 0)}
    assert figs[("Eastgate / Arrests", "2023")] == 1040
    assert figs[("Eastgate / Arrests", "2024")] == 1118
    assert figs[("Eastgate / Cells", None)] == 12


def test_a_lone_heading_with_a_year_keeps_it_in_the_measure():
    from parsers.figures import table_figures

    table = {"header": ["Unit", "Officers recruited since 2015"], "rows": [["Dogs", "14"]]}
    (fig,) = table_figures(table, 0)
    assert fig["measure"] == "Dogs / Officers recruited since 2015"
    assert fig["period"] is None


def _outcome(body: str) -> str:
    return parse_document(body.encode(), "text/plain")["outcome"]


def test_data_given_as_a_gesture_of_goodwill_beside_a_cost_refusal_is_partial():
    body = """Freedom of Information Request 0412/25

You asked how many dogs were bitten by police dogs, and how many by other animals, since 2015.

Finding the second figure would mean reading every incident log, which would exceed the cost
limit, so section 12 applies to your request.
However, as a gesture of goodwill I have supplied the police dog figures, which were found
before it was clear the limit would be exceeded (see the attached spreadsheet).
"""
    assert _outcome(body) == "partial"


def test_where_to_read_the_act_online_is_no_answer_published_elsewhere():
    body = """Request reference 55/2025

You asked:
1. Do you use body worn video in custody suites?
2. Do you keep the footage for more than a month?

Our response:
1. Westshire Constabulary do use body worn video in every custody suite.
2. The Constabulary do keep custody footage for 90 days.

A full copy of the Freedom of Information Act 2000 can be viewed on the legislation website.
"""
    assert _outcome(body) == "full"


def test_an_aside_after_a_not_held_answer_gives_nothing():
    body = """Request reference 56/2025

You asked for the number of live facial recognition deployments in 2024.

The force does not hold any information relevant to your request.
For completeness, the force does use retrospective facial image searching, which is a different
technique.
"""
    assert _outcome(body) == "not_held"


def test_two_counts_sharing_one_verb_after_a_request_lead_are_one_ask():
    from parsers.fields.list_grammar import split_asks

    one = ("Please tell me how many firearms licence applications and how many shotgun "
           "certificate applications the force received in each of 2023 and 2024.")
    assert split_asks(one) == [one]
    two = ("Please tell me how much the force spent on kennels in 2024 and how many dogs were "
           "housed in them.")
    assert len(split_asks(two)) == 2


def test_asks_in_a_paragraph_above_an_also_lead_in_and_its_bullets_are_all_asks():
    body = """Dear Northshire Police,

Please publish the review of the force's kennel contract that went to the Commissioner's board in
May 2025. Please also confirm whether the contract was put out to tender.

As supplementary questions I would like to know, for 2024/25
- How many dogs were housed at the kennels?
- What was the total cost of the contract?

Yours faithfully,
A Reader

Response
The review is published on the Commissioner's website. The contract was tendered in 2023.
"""
    rec = parse_document(body.encode(), "text/plain")
    asks = [q["text"][:40] for q in rec["questions"]]
    assert asks == ["Please publish the review of the force's",
                    "Please also confirm whether the contract",
                    "How many dogs were housed at the kennels",
                    "What was the total cost of the contract?"]


def test_sub_bullets_under_a_bullet_that_only_leads_in_are_the_asks():
    page = b"""<html><body><h1>Speed cameras on trunk roads</h1>
<p>Reference: 01.FOI.25.0001</p>
<p>You asked for the following information:</p>
<ul><li>The number of fixed speed cameras on trunk roads in each year from 2021 to 2024</li>
<li>For each camera, please also include:<ul><li>the road on which it is sited</li>
<li>the date it was switched on</li></ul></li></ul>
<h2>Decision</h2><p>The information is set out below.</p></body></html>"""
    rec = parse_document(page, "text/html", "https://www.met.police.uk/foi-ai/x")
    assert [q["text"][:30] for q in rec["questions"]] == [
        "The number of fixed speed came", "the road on which it is sited", "the date it was switched on"]


def test_sub_bullets_that_name_values_of_their_bullet_stay_in_its_ask():
    page = b"""<html><body><h1>Arrests by offence</h1>
<p>You asked for the following information:</p>
<ul><li>The number of arrests in 2024 for the following offences:<ul><li>robbery</li>
<li>burglary</li></ul></li><li>The number of those arrests that led to a charge</li></ul>
<h2>Decision</h2><p>The information is set out below.</p></body></html>"""
    rec = parse_document(page, "text/html", "https://www.met.police.uk/foi-ai/y")
    assert len(rec["questions"]) == 2
    assert "robbery" in rec["questions"][0]["text"]


def test_a_thread_without_incoming_classes_is_dated_by_the_authority_s_last_message():
    page = b"""<html><body><h1>Horse patrol costs</h1>
<div class="correspondence"><div class="correspondence__header">
<span class="correspondence__header__author">Ann Reader</span> <time>2 February 2025</time></div>
<div class="correspondence_text"><p>Dear Northshire Police, how much did the mounted unit cost in 2024?</p></div></div>
<div class="correspondence"><div class="correspondence__header">
<span class="correspondence__header__author">Northshire Police</span> <time>3 February 2025</time></div>
<div class="correspondence_text"><p>We acknowledge receipt of your request.</p></div></div>
<div class="correspondence"><div class="correspondence__header">
<span class="correspondence__header__author">Northshire Police</span> <time>27 February 2025</time></div>
<div class="correspondence_text"><p>The mounted unit cost \xc2\xa3412,000 in 2024.</p></div></div>
</body></html>"""
    rec = parse_document(page, "text/html", "https://www.whatdotheyknow.com/request/horse_patrol_costs")
    assert rec["published"] == "2025-02-27"


def test_a_whatdotheyknow_attachment_page_is_titled_by_its_request():
    page = b"""<html><head><title>F 2025 00417 Response.pdf - HTML version of an attachment to a Freedom
of Information request - WhatDoTheyKnow</title></head><body>
<p class="view_html_description">This is an HTML version of an attachment to the Freedom of
Information request 'Bicycle thefts in Grimsby'.</p>
<div class="line">Dear Mr Ames,</div><div class="line">Please find the figures below.</div>
</body></html>"""
    rec = parse_document(page, "text/html",
                         "https://www.whatdotheyknow.com/request/1/response/2/attach/html/3/F.pdf.html")
    assert rec["title"] == "Bicycle thefts in Grimsby"


def test_generic_log_and_section_headings_are_no_titles():
    from parsers.fields.title_patterns import FORM_HEADINGS

    for heading in ("Disclosure Details", "Disclosure log entry", "Harm Test", "Public Interest Test",
                    "Public interest considerations"):
        assert FORM_HEADINGS.match(heading), heading
    assert not FORM_HEADINGS.match("Disclosure of officers' second jobs")


def test_a_response_under_the_scottish_act_naming_no_force_is_police_scotland():
    body = b"""Officers on restricted duties

Please tell me how many officers were on restricted duties in each quarter of 2024.

A manual trawl of records would be needed, so this request is refused under Section 12 of the
Freedom of Information (Scotland) Act 2002.
"""
    rec = parse_document(body, "text/plain")
    assert rec["force"] == "police-scotland"
    assert [e["label"] for e in rec["exemptions"]] == ["s12"]
    assert rec["exemptions"][0]["name"] == "Excessive cost of compliance"


def test_a_starred_key_under_a_table_is_no_ask():
    from parsers.fields import list_grammar

    lines = ["Hate crimes recorded by district", "", "* denotes a figure of fewer than five.",
             "* = not recorded before 2023"]
    assert list_grammar.list_items(lines) == []


THREAD = """Drone flights over protests

Ann Reader made this Freedom of Information request to Northshire Police

Dear Northshire Police,

1. How many times did the force fly a drone over a protest in 2024?
2. Please provide the flight log for each flight.

Yours faithfully,
Ann Reader

https://www.whatdotheyknow.com/request/drone_flights
Dear Northshire Police,
Response to this request is delayed. By law, Northshire Police should normally have responded
promptly and by 20 working days.

Yours faithfully,
Ann Reader

Northshire Police

Our ref: HQ/PA/000412/25

14th February 2025

Dear Ms Reader,

The force holds information relevant to your request. However, it is exempt under Section
31(1)(a) of the FOIA, and this letter is a Refusal Notice for the whole of your request.
"""


def test_a_thread_s_chase_letter_after_the_last_ask_is_no_answer():
    rec = parse_document(THREAD.encode(), "text/plain")
    assert rec["outcome"] == "refused"


def test_a_letter_deep_in_a_thread_is_dated_by_its_line_between_reference_and_salutation():
    rec = parse_document(THREAD.encode(), "text/plain")
    assert rec["published"] == "2025-02-14"


def test_a_cost_refusal_of_that_part_after_figures_given_is_partial():
    body = """Reference: F-2025-00310

1. How many people were charged with theft of a pedal cycle in 2024?
2. How many of them were convicted?

In 2024, 118 people were charged with theft of a pedal cycle.
Finding the convictions would mean reading each of the 118 case files, which would exceed the
appropriate limit. Therefore s12 of the Act applies to that part of your request.
"""
    assert _outcome(body) == "partial"


def test_a_section_applying_to_this_part_as_well_is_no_part_given():
    body = """Reference: IM-FOI-2025-0412

The figures you asked for are already published, so section 25(1) applies and I am refusing to
provide them again. The breakdown by council area is published in the same release.
Section 25(1) applies to this part of your request as well.
"""
    assert _outcome(body) == "published_elsewhere"


def test_a_log_s_month_heading_is_no_title_and_a_request_re_line_is():
    body = b"""Information released in May 2025

Request re: Dog section vehicles

Response:

The force has 14 dog section vans, listed in the table below.
"""
    assert parse_document(body, "text/plain")["title"] == "Dog section vehicles"


def test_a_headquarters_line_of_the_address_block_is_no_title():
    from parsers.fields.title_patterns import DEPARTMENTS

    assert DEPARTMENTS.search("Surrey Police H.Q")
    assert DEPARTMENTS.search("Police Headquarters, Oakfield")


def test_bullets_under_numbered_headings_that_only_lead_in_are_the_asks():
    page = b"""<html><body><h1>Clare's Law disclosures</h1><p>FOI Reference: 412/2025</p>
<p><strong>Request</strong></p>
<p><strong>1. Volume</strong> For each year, please provide:</p>
<ul><li>- the number of Right to Ask applications received;</li>
<li>- the number of Right to Know disclosures made.</li></ul>
<p><strong>2. Recording</strong></p>
<ul><li>Please confirm whether the force records the outcome of each disclosure.</li></ul>
<p><strong>Response</strong></p><p>The figures are set out in the table below.</p></body></html>"""
    rec = parse_document(page, "text/html", "https://www.dyfed-powys.police.uk/foi-ai/x")
    assert [q["text"][:30] for q in rec["questions"]] == [
        "the number of Right to Ask app", "the number of Right to Know di",
        "Please confirm whether the for"]


def test_a_reviewer_who_does_not_uphold_an_exemption_sets_it_aside():
    body = """Review findings

Our original response refused the request under Section 40(2) of the Act.
The yearly totals would not identify anyone. I therefore do not uphold the use of Section 40(2)
and the information is now disclosed in full.

2024/25: 14 dismissals
"""
    rec = parse_document(body.encode(), "text/plain")
    assert rec["exemptions"] == []
    other = ("I am satisfied that no officer could be identified, and that Section 40(2) was not "
             "correctly applied. The figures are therefore given below.")
    assert _labels(other) == []


def test_the_duty_to_confirm_or_deny_not_applying_by_virtue_of_sections_keeps_them():
    text = ("The duty to confirm or deny does not apply by virtue of Sections 23(5), 24(2) and 26(3) "
            "of the Freedom of Information Act 2000.")
    assert _labels(text) == ["s23(5)", "s24(2)", "s26(3)"]


def test_a_whole_request_neither_confirmed_nor_denied_under_a_prejudice_exemption_is_ncnd():
    body = """Reference: 2025-0199

You asked whether the force has placed covert sources in any climate protest group since 2022.

Northshire Police neither confirms nor denies that it holds information relevant to your
request, as the duty in Section 1(1)(a) of the Act does not apply by virtue of the following
exemption:

Section 31(1)(a)(b) - Law Enforcement
"""
    assert _outcome(body) == "ncnd"


def test_a_case_system_label_inside_the_reference_field_is_skipped():
    from parsers.fields import reference

    text = "Ministry of Defence Police\nOur Ref: eCase: FOI2025/04417 RFI: 112/25\n12 May 2025\nDear Sir,"
    assert reference.decide(text) == "FOI2025/04417"


def test_letterhead_lines_are_no_titles():
    from parsers.fields.title_patterns import (
        ADDRESSES,
        DEPARTMENTS,
        FIELD_LINES,
        FORM_HEADINGS,
        SITE_WORDS,
    )

    for line in ("Contact Name: Information Access Team", "Tel. Extension: 44557", "RFI: 312/25",
                 "When telephoning please ask for Information Governance",
                 "Reply contact name is Senior Disclosure Officer"):
        assert FIELD_LINES.match(line), line
    assert ADDRESSES.search("London Road")
    assert not ADDRESSES.search("Speed cameras on London Road in 2024")
    assert DEPARTMENTS.search("MDP Secretariat and Business Support")
    assert FORM_HEADINGS.match("Review")
    assert SITE_WORDS.search("WhatDoTheyKnow")


def test_a_whatdotheyknow_page_title_loses_the_site_s_suffixes():
    page = b"""<html><head><title>Horse patrols in Leek - a Freedom of Information request -
WhatDoTheyKnow</title></head><body><p>Dear Staffordshire Police, how many horse patrols were
there in Leek in 2024?</p></body></html>"""
    rec = parse_document(page, "text/html", "https://www.whatdotheyknow.com/request/horse_patrols_in_leek")
    assert rec["title"] == "Horse patrols in Leek"


def test_a_cover_line_pointing_to_the_response_letter_gives_nothing():
    body = """Reference: 2025/0871

You asked how many roadside stop checks in 2024 were filmed on body worn video.

Please find attached Northshire Constabulary's response to your request.

Roadside stop checks are not recorded on any force system. Northshire Constabulary therefore
does not hold the information you have requested.
"""
    assert _outcome(body) == "not_held"


def test_a_request_written_under_the_act_to_request_documents_is_an_ask():
    from parsers.fields.request_preamble import asks

    assert asks("I am writing under the Freedom of Information Act 2000 to request all emails "
                "between the press office and the dog unit about the kennel closure.")
    assert not asks("I am writing under the Freedom of Information Act 2000.")


def test_a_dash_before_the_force_s_own_sentence_is_no_bulleted_ask():
    from parsers.fields import list_grammar

    lines = ["I note you seek access to the following information:", "",
             "- How many covert cameras are sited on the A421?", "",
             "- Northshire Police can confirm that it holds information in relation to your request."]
    assert [it.text[:20] for it in list_grammar.list_items(lines)] == ["How many covert came"]


def test_event_policing_requests_are_public_order():
    from nlp import tag_topics

    for title, ask in (("Policing at the racecourse station", "How many officers policed the spring race meeting?"),
                       ("Overtime at home matches", "What did overtime for policing the club's home matches cost in 2024?")):
        rec = {"title": title, "request_text": ask, "questions": [{"number": "1", "text": ask}],
               "response_text": "The figures are below."}
        assert "public-order-and-protest" in [t["topic"] for t in tag_topics(rec)], title


def test_a_decimal_outline_s_lead_in_items_give_way_to_the_items_under_them():
    from parsers.fields import list_grammar

    lines = ["1.0 At the race meeting, what is done at the station to:", "1.1 Prevent overcrowding?",
             "1.2 Keep the barriers open?", "2.0 How many of the following are on duty:",
             "2.1 Transport police:", "2.1.1 How many officers are on duty?", "2.1.2 How many PCSOs are on duty?",
             "3.0 What did policing the station cost in 2024?"]
    assert [it.label for it in list_grammar.list_items(lines)] == ["1.1", "1.2", "2.1.1", "2.1.2", "3.0"]


def test_inline_numbered_asks_after_a_lead_on_the_same_line_lose_the_lead():
    from parsers.fields import list_grammar

    line = ("Please provide the following under the Freedom of Information Act 1. How many speed "
            "awareness courses were offered in 2024? 2. How much did the force recover from them?")
    assert list_grammar.split_inline([line]) == [
        "Please provide the following under the Freedom of Information Act",
        "1. How many speed awareness courses were offered in 2024?",
        "2. How much did the force recover from them?"]
    assert list_grammar.split_inline(["The force answered 1. of them in 2024."]) == [
        "The force answered 1. of them in 2024."]


APPENDIX = b"""MERSEYSIDE POLICE                                        FOI 25-0417 Appendix A

Stray dogs seized, by area, 2023 to 2024

Area                 2023      2024
Wirral                 48        61
Sefton                 31        29
Total                  79        90

Notes
1. Dogs are counted once however often they were seized.
2. Counts below five are shown as <5.
"""


def test_a_data_appendix_s_page_header_names_its_force_and_its_notes_are_no_asks():
    rec = parse_document(APPENDIX, "text/plain")
    assert rec["force"] == "merseyside-police"
    assert rec["questions"] == []


def test_subjects_named_in_their_own_words_get_their_topics():
    from nlp import tag_topics

    cases = (("Policing of the rugby international", "Please provide the briefing for the rugby international.",
              "public-order-and-protest"),
             ("Online Safety Act arrests", "How many people were arrested under the Online Safety Act 2023?",
              "fraud-and-cybercrime"),
             ("Stop and account records", "How many stop and account records were made in 2024?",
              "stop-and-search"))
    for title, ask, topic in cases:
        rec = {"title": title, "request_text": ask, "questions": [{"number": "1", "text": ask}],
               "response_text": "The information is below."}
        assert topic in [t["topic"] for t in tag_topics(rec)], title


WDTK_TEXT = """Cycle thefts at stations

Ann Reader

Dear Northshire Police,

How many cycles were stolen from station racks in 2024?

Yours faithfully,
Ann Reader

-------------------------------------------------------------------

FOI Mailbox, Northshire Police

Thank you for your email. This is an automatic acknowledgement. Your request has been logged and
will be answered within 20 working days.

-------------------------------------------------------------------

Disclosure Unit, Northshire Police Service (NPS)

12 June 2024

Dear Ms Reader,

412 cycles were stolen from station racks in 2024.
"""


def test_a_thread_copy_is_dated_by_the_force_s_message_under_its_sender_line():
    assert parse_document(WDTK_TEXT.encode(), "text/plain")["published"] == "2024-06-12"


def test_a_page_that_only_points_to_its_attached_response_decides_nothing():
    assert _outcome("Reference 2211/24\n\nPlease see attached our response 2211_24_attachment\n") == "unknown"
    assert _outcome("Reference 2212/24\n\nPlease see the attached spreadsheet for each month.\n") == "full"


def test_a_lone_count_column_headed_with_its_year_counts_that_year():
    from parsers.figures import table_figures

    table = {"header": ["District", "Offences detected 2023"], "rows": [["Eden", "5,377"]]}
    (fig,) = table_figures(table, 0)
    assert (fig["measure"], fig["period"], fig["value"]) == ("Eden / Offences detected", "2023", 5377)
    starred = {"header": ["Year", "Total"], "rows": [["2023", "301"], ["2024*", "187"]]}
    assert [(f["period"], f["value"]) for f in table_figures(starred, 0)] == [("2023", 301), ("2024", 187)]


def test_one_question_said_to_be_answered_beside_a_refused_one_is_partial():
    body = """Reference 01.FOI.25.0412

1. Please give the names of officers who left with a settlement agreement.
2. How many officers left with a settlement agreement in 2024?

The MPS holds information relevant to your request. Question 2 is answered below. The information
requested at question 1 is exempt under Section 40(2) of the Act.

Question 2: seven officers left with a settlement agreement in 2024.
"""
    assert _outcome(body) == "partial"


def test_the_last_answer_keeps_its_table_rows_on_lines_of_their_own():
    page = b"""<html><body><h1>Drones</h1>
<p>Q1 How many drones does the force own?</p><p>Response: The force owns 20 drones.</p>
<p>Q2 How many times were drones deployed in 2021 and 2022?</p>
<p>Response: This information is withheld; the exemption is explained below.</p>
<table><tr><th>Year</th><th>Searches</th></tr><tr><td>2021</td><td>211</td></tr></table>
<p>Releasing the exact numbers would show where resources are thin.</p></body></html>"""
    rec = parse_document(page, "text/html", "https://www.warwickshire.police.uk/foi-ai/x")
    answer = rec["questions"][-1]["answer"]
    assert "| 2021 | 211 |" in answer.splitlines()
    assert "Releasing the exact numbers would show where resources are thin." in answer.splitlines()
