"""Structures from the session-23 accuracy round (blind sets l1-l4), each example written here
afresh, with a counter-example where a rule could reach too far."""
from __future__ import annotations

from parsers import parse_document
from parsers.fields import dates, label_pairs, reference
from parsers.fields.exemptions import find_labels
from parsers.fields.title_checks import clean
from tests.support.parse_docs import asks as _asks


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def _html(page: str, url: str | None = None) -> dict:
    return parse_document(page.encode(), "text/html", url)


# ---- exemptions ---------------------------------------------------------------------------------

def test_a_section_the_request_ties_to_another_act_is_no_exemption_in_the_reply():
    request = "How many people were searched under section 43 of the Terrorism Act 2000 in 2024?"
    reply = "Port examinations are not included because they are not searches under section 43."
    assert find_labels(reply, context=request) == []
    # without the request's tie the bare number reads as the FOI Act's
    assert find_labels(reply) == ["s43"]


def test_the_same_number_relied_on_as_an_exemption_stays():
    request = "How many people were searched under section 43 of the Terrorism Act 2000 in 2024?"
    reply = ("The figures are below. The names of the officers are withheld; section 43 applies "
             "to the supplier's prices.")
    assert find_labels(reply, context=request) == ["s43"]
    assert find_labels("We refuse this request under section 14(1) as vexatious.",
                       context="How many section 14(1) Public Order Act 1986 notices were given?") \
        == ["s14(1)"]


REVIEW_PAGE = """<html><body><main><h1>Speed camera sites</h1>
<p>Reference: 0912/25</p>
<h2>Internal Review</h2>
<p>You asked for an internal review of our reply of 2 May 2025.</p>
<p>The first reply withheld all of the information under sections 31(1)(a) and 31(1)(b).</p>
<p>I have reviewed the decision. I uphold the decision to withhold the site list under section
31(1)(a). I am not satisfied that section 31(1)(b) is engaged and it is no longer relied upon.</p>
<p>The number of sites is now disclosed below.</p><table><tr><th>Year</th><th>Sites</th></tr><tr><td>2025</td><td>48</td></tr></table>
<p>Section 31(1)(a) is a qualified exemption and the public interest test favours withholding.</p>
</main></body></html>"""


def test_a_review_takes_back_one_subsection_and_keeps_the_other():
    rec = _html(REVIEW_PAGE)
    assert [e["label"] for e in rec["exemptions"]] == ["s31(1)(a)"]
    assert rec["outcome"] == "partial"


def test_a_section_withdrawn_whole_is_still_dropped():
    page = REVIEW_PAGE.replace(
        "I uphold the decision to withhold the site list under section\n31(1)(a). ", "").replace(
        "Section 31(1)(a) is a qualified exemption and the public interest test favours withholding.",
        "The site list is also provided.")
    page = page.replace("I am not satisfied that section 31(1)(b) is engaged",
                        "I am not satisfied that section 31 is engaged")
    assert _html(page)["exemptions"] == []


# ---- outcome ------------------------------------------------------------------------------------

def test_no_information_in_scope_is_held_is_not_held():
    rec = _parse("Stolen radios\n\nReference: FOI 0033/26\n\nDear Requester,\n\nYou asked how many "
                 "radios were stolen from officers in 2025.\n\nA search has been made, and I can confirm "
                 "that no information in scope of your request is held.\n\nYours sincerely,\nFOI Unit\n")
    assert rec["outcome"] == "not_held"


def test_a_nil_return_in_prose_is_an_answer():
    from parsers.fields.outcome_cues import PATTERNS

    # confirmed, it answers as "I can confirm that there were 9 incidents" does, beside a refused part too
    assert PATTERNS["disclosure"].search("We can confirm that no officer discharged a Taser in a school.")
    assert not PATTERNS["disclosure"].search("It is possible that no officer was injured.")
    assert PATTERNS["stated_fact"].search("There were no pursuits in the park during 2024.")
    # a search that found nothing is not held, never a nil figure
    assert not PATTERNS["disclosure"].search("I can confirm that no information was held.")
    assert not PATTERNS["stated_fact"].search("There were no records found in the system.")


# ---- dates --------------------------------------------------------------------------------------

def test_a_printed_email_is_dated_by_its_sent_header():
    text = ("From: Information Access Team\nSent: 14/05/2025 11:02\nTo: J Writer\nSubject: RE: FOI "
            "0440/25 - Dog kennels\n\nDear Mr Writer,\n\nThank you for your email of 12 April 2025. The "
            "force spent £12,400 on kennels in 2024.\n\nRegards,\nInformation Access Team\n")
    assert dates.from_text(text) == "2025-05-14"
    # the requester's own message on top is no reply's date
    assert dates.from_text(text.replace("From: Information Access Team", "From: J Writer")) is None


def test_a_reply_on_top_of_a_forward_is_dated_by_the_reply():
    text = ("From: FOI Unit, Anyshire Police\nSent: 03 February 2026 10:00\nSubject: Hare coursing\n\n"
            "Date: 03/02/26\n\nDear Mr Writer,\n\nThe force does not hold this information.\n\n"
            "---------- Forwarded message ---------\nFrom: Anyshire Police Contact Centre\n"
            "Date: Mon, 12 Jan 2026 at 09:41\nSubject: Fw: FOI request\n\nPlease see below.\n")
    assert dates.from_text(text) == "2026-02-03"


def test_an_acknowledgement_restating_the_request_is_no_reply_date():
    text = ("A Writer                         10 March 2023\n\nDear Anyshire Police,\n\nPlease tell me "
            "how many dogs you own.\n\nYours faithfully,\nA Writer\n\n"
            "Anyshire Police                  10 March 2023\n\nDear A Writer\n\nThank you for your request, "
            "which we received on 10/03/2023. You asked for the following information:\n\n"
            + "* " + "how many dogs the force owns, with their breeds and ages and the units they serve " * 4
            + "\n\nWe will consider your request and aim to reply within 20 working days.\n\n"
            "Yours sincerely\nFOI Unit\n\n"
            "Anyshire Police                  6 April 2023\n\nDear A Writer\n\nThe force owns 31 dogs.\n")
    assert dates.from_text(text) == "2023-04-06"


def test_an_autoreply_that_has_reached_a_team_is_an_acknowledgement():
    assert dates.ACKNOWLEDGEMENT.search("Your email to Anyshire Police has reached the Contact Team.")
    assert dates.ACKNOWLEDGEMENT.search("This reply is sent automatically.")


def test_an_extension_letter_keeps_its_date():
    text = ("Anyshire Police\n\n3 July 2024\n\nDear Mr Writer,\n\nThank you for your request, received on "
            "5 June 2024, in which you asked:\n\n1. How many Prevent referrals did you receive?\n\n"
            "I am writing to let you know that we have not yet reached a decision on your request. We "
            "are considering the public interest " + "in disclosure and in withholding " * 40
            + ". We expect to reply by 31 July 2024.\n\nYours sincerely,\nFOI Unit\n")
    assert dates.from_text(text) == "2024-07-03"


def test_a_welsh_half_after_the_english_label():
    assert dates.from_text("Date of response / Dyddiad yr ymateb: 21/03/2024\n") == "2024-03-21"


def test_a_page_header_date_inside_main_is_read():
    page = ("<html><body><header class='site-header'><p>Published: 1 January 2020</p></header><main>"
            "<div class='page-header'><p class='page-header__date'>Published: 19 September 2024</p>"
            "<h1>Football policing costs</h1></div><p>You asked what policing the match cost. It cost "
            "£41,000.</p></main></body></html>")
    assert _html(page)["published"] == "2024-09-19"


# ---- references and titles ----------------------------------------------------------------------

def test_a_repeated_requests_earlier_reference_is_not_this_ones():
    text = ("Your request is substantially similar to the request you made on 8 October 2019 (our "
            "reference 1187/19), to which we responded on 4 November 2019.\n")
    assert reference.from_text(text) is None
    assert reference.from_text("Please quote our reference 1187/19 in any reply.\n") == "1187/19"


def test_references_at_either_end_of_a_subject():
    assert clean("2024/26118 - 999 calls answered within ten seconds") == \
        ("999 calls answered within ten seconds", "2024/26118")
    assert clean("Immigration enforcement referrals - CM/PA/000412/24") == \
        ("Immigration enforcement referrals", "CM/PA/000412/24")
    # a year span is no reference
    assert clean("2023-24 - Knife crime by district")[1] is None


def test_forward_and_enquiry_reference_prefixes_leave_the_subject():
    assert clean("Fw: Hare coursing incidents")[0] == "Hare coursing incidents"
    assert clean("Enquiry Reference 41 -26 - Hare coursing incidents")[0] == "Hare coursing incidents"


def test_an_outlook_print_is_titled_by_its_subject_not_its_owner():
    rec = _parse("Writer, Anne\nFrom: Freedom of Information\nSent: 21 February 2020 15:02\nTo: 'A Person'\n"
                 "Subject: FOI 0311/20 - Police overtime 2018/19\n\nDear Ms Person,\n\nThe force paid "
                 "£2.1m in overtime in 2018/19.\n\nYours sincerely,\nAnne Writer\n")
    assert rec["title"] == "Police overtime 2018/19"


def test_a_whatdotheyknow_attachment_page_is_titled_by_its_request():
    page = ("<html><head><title>Letter.pdf - HTML version - Spit guards - a Freedom of Information "
            "request to Anyshire Police - WhatDoTheyKnow</title></head><body>"
            "<div class='view_html_header'><p>This is an HTML version of an attachment to the Freedom of "
            "Information request '<a href='/request/spit_guards'>Spit guards</a>'.</p></div>"
            "<div class='view_html_content'>Anyshire Police<br>Dear Requester,<br>The force used spit "
            "guards 12 times in 2023.<br></div></body></html>")
    assert _html(page)["title"] == "Spit guards"


# ---- asks ---------------------------------------------------------------------------------------

def test_tabbed_request_and_response_panels():
    page = """<html><body><main><h1>Drone flights</h1>
<ul role="tablist"><li><a role="tab" id="t1" aria-controls="p1">Request</a></li>
<li><a role="tab" id="t2" aria-controls="p2">Response</a></li></ul>
<section role="tabpanel" id="p1" aria-labelledby="t1"><p>Q1. How many drone flights did the force make in 2024?</p>
<p>Q2. How many drones does the force own?</p><p>Q3. Please provide a copy of the drone policy.</p></section>
<section role="tabpanel" id="p2" aria-labelledby="t2"><p>The force made 310 flights and owns 9 drones.</p>
<p>Q3. The policy is attached.</p></section></main></body></html>"""
    rec = _html(page)
    assert [q["number"] for q in rec["questions"]] == ["Q1", "Q2", "Q3"]
    assert "310 flights" in rec["response_text"]


def test_bare_question_and_answer_labels_number_their_pairs():
    lines = ["Intro", "Question", "How many?", "Answer", "Four.", "Question:", "Which ones?", "Answer:", "A, B."]
    assert label_pairs.numbered(lines) == ["Intro", "Question 1", "How many?", "Answer 1", "Four.",
                                           "Question 2", "Which ones?", "Answer 2", "A, B."]
    # one Request heading over the request and one Response heading over the reply stay as they are
    block = ["Request", "1. How many?", "2. Which ones?", "Response", "Four; A and B."]
    assert label_pairs.numbered(block) == block
    rec = _parse("Hare coursing\n\nQuestion\nHow many hare coursing reports were made in 2023?\nAnswer\n"
                 "There were 41 reports.\n\nQuestion\nHow many dogs were seized?\nAnswer\nNine dogs were "
                 "seized.\n")
    assert len(rec["questions"]) == 2


def test_a_review_letters_original_response_heading_ends_the_last_ask():
    rec = _parse("Knives at schools\n\nI refer to your requirement for review of our response to your "
                 "request for the following information:\n\n(i) The number of knives recovered at "
                 "schools in 2023.\n(ii) The age of each pupil.\n\nOur original response\n\nWe refused "
                 "the request under section 12(1).\n\nReview decision\n\nThe panel confirms the "
                 "original decision.\n")
    assert _asks(rec)[-1] == "The age of each pupil."


def test_requests_after_a_joint_answers_heading_are_asks():
    text = ("Request 1\nHow many licences were revoked in 2024?\n\nRequest 2\nHow many were refused?\n\n"
            "Answers 1 & 2\n\n| Year | Revoked | Refused |\n| 2024 | 31 | 22 |\n\n"
            "Request 3\nHow many appeals succeeded?\n\nAnswer 3\n\nThis information is not held.\n")
    assert len(_parse(text)["questions"]) == 3


def test_a_wrapped_lead_in_over_lettered_asks_is_no_ask():
    rec = _parse("Protection orders\n\nDear Anyshire Police,\n\nUnder the Freedom of Information Act "
                 "please provide, for each year\nfrom 2019 to 2021:\n\n(a) the number of notices "
                 "issued;\n(b) the number of orders granted.\n\nYours faithfully,\nA Writer\n")
    assert _asks(rec) == ["the number of notices issued;", "the number of orders granted."]


def test_a_dash_legend_is_no_bulleted_ask():
    rec = _parse("Missing person reports, 2023/24\n\nOur reference: FOI 2024/0101\n\n"
                 "Risk      2023/24\nHigh          212\nLow             -\n\n"
                 "- denotes a figure of fewer than five, suppressed to protect individuals.\n")
    assert rec["questions"] == []


def test_the_forces_offer_of_help_is_no_ask():
    from parsers.fields.request_bounds import NOT_ASK

    assert NOT_ASK.match("If you need any more help, please contact Information Management and give the "
                         "reference above.")
    # a requester's ask with a condition is still an ask
    assert not NOT_ASK.match("If you hold a list, please send me the names of the units that use it?")


# ---- sheets, CSV exports and figures --------------------------------------------------------------

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_a_cover_sheets_label_and_value_cells_give_title_and_reference():
    from tests.support.workbooks import xlsx

    data = xlsx(("Cover", [["Anyshire Police"], [], ["Request reference:", "0771B/25"],
                           ["Title:", "Knife crime offences by district, 2022 to 2024"], ["Data source:", "Crime system"]]),
                ("Table 1", [["Table 1: Offences by district"], [], ["District", "2022", "2023", "2024"],
                             ["North", 140, 151, 162], ["South", 98, 101, 97]]))
    rec = parse_document(data, XLSX)
    assert rec["title"] == "Knife crime offences by district, 2022 to 2024"
    assert rec["reference"] == "0771B/25"
    assert len(rec["figures"]) == 6


def test_a_second_table_on_a_sheet_keeps_its_own_header():
    from tests.support.workbooks import xlsx

    data = xlsx(("Data", [["Missing person reports by age, 2022 to 2023"], [], ["Age", "2022", "2023"],
                          ["Under 18", 410, 433], ["18 and over", 902, 951], [], [],
                          ["Children missing from care"], ["Year", "Episodes", "Children"],
                          ["2022", 120, 31], ["2023", 133, 35]]))
    cells = {(f["measure"], f["period"]): f["value"] for f in parse_document(data, XLSX)["figures"]}
    assert cells[("Episodes", "2023")] == 133 and cells[("Children", "2022")] == 31
    assert cells[("Under 18", "2023")] == 433


def test_a_blank_row_inside_one_table_cuts_nothing():
    from tests.support.workbooks import xlsx

    data = xlsx(("Data", [["District", "2022", "2023"], ["North", 14, 15], ["South", 9, 11], [],
                          ["Total", 23, 26]]))
    cells = {(f["measure"], f["period"]): f["value"] for f in parse_document(data, XLSX)["figures"]}
    assert cells[("Total", "2023")] == 26 and cells[("North", "2022")] == 14


def test_na_cells_are_null_figures_only_under_a_legend():
    from parsers import figures as figs

    assert figs.na_is_suppressed("Symbols: n/a = not available (withheld).")
    assert figs.na_is_suppressed("n/a denotes a figure suppressed to protect identities")
    assert not figs.na_is_suppressed("n/a = not applicable")
    table = {"caption": None, "header": ["Type", "2023", "2024"],
             "rows": [["Courier", "n/a", "31"], ["Romance", "12", "14"]]}
    assert [f["value"] for f in figs.figures_for([table], na_suppressed=True)] == [None, 31, 12, 14]
    assert [f["value"] for f in figs.figures_for([table])] == [31, 12, 14]


def test_a_csv_export_under_a_title_line_is_read_as_a_table():
    from parsers.sniff import sniff

    text = ("Anyshire Police\nReference,FOI2024/0088\nTitle,\"Knife crime by type, 2022 to 2023\"\n\n"
            "Offence type,2022,2023,Total\nPossession,31,35,66\nRobbery,12,15,27\n")
    assert sniff(text.encode(), "text/plain", None) == "csv"
    rec = _parse(text)
    assert rec["title"] == "Knife crime by type, 2022 to 2023" and rec["reference"] == "FOI2024/0088"
    assert {(f["measure"], f["period"]): f["value"] for f in rec["figures"]}[("Robbery", "2023")] == 15
    # a letter is no CSV
    letter = ("Anyshire Police\nDear Requester,\nThank you for your request, received on 2 May, which asked "
              "about knives.\nThe figures, by year, are below.\nYours sincerely,\nFOI Unit\n")
    assert sniff(letter.encode(), "text/plain", None) == "text"


def test_a_review_decision_line_dates_the_review():
    assert dates.from_text("Original decision = 7th February 2024 and the Internal Review (IR) Decision "
                           "= 19th March 2024.\n") == "2024-03-19"


# ---- counter-examples from the review of this round's rules ---------------------------------------

def test_a_cost_refusal_keeps_s12_when_the_request_names_another_acts_section_12():
    rec = _parse("Conditions imposed on protests\n\nReference: FOI 2024/0412\n\nDear Requester,\n\nRequest\n"
                 "How many conditions were imposed on protests in 2023 under section 12 and section 14 of the "
                 "Public Order Act 1986?\n\nResponse\nSection 12 - Cost of compliance\nConditions are not "
                 "recorded in a searchable field; reading every event file would take over 300 hours, well "
                 "above the 18 hour limit.\n\nYours sincerely,\nInformation Management\n")
    assert [e["label"] for e in rec["exemptions"]] == ["s12"] and rec["outcome"] == "cost_limit"
    assert find_labels("Section 12 of the Freedom of Information Act 2000 means that we do not have to "
                       "comply.", context="under section 12 of the Public Order Act 1986") == ["s12"]


def test_a_bare_section_withdrawn_takes_its_subsections_with_it():
    rec = _parse("Speed cameras\n\nI have completed the internal review of your request.\n\nThe force withheld "
                 "the list of sites under section 31(1)(a) and the names of the operators under section "
                 "40(2).\n\nI am not satisfied that section 31 is engaged and it is no longer relied upon. The "
                 "list of sites is attached. The names of the operators remain exempt under section 40(2).\n")
    assert [e["label"] for e in rec["exemptions"]] == ["s40(2)"]


def test_an_upheld_subsection_in_the_same_sentence_as_a_withdrawal_stays():
    page = REVIEW_PAGE.replace("section\n31(1)(a). I am not satisfied", "section\n31(1)(a), but I am not satisfied")
    assert [e["label"] for e in _html(page)["exemptions"]] == ["s31(1)(a)"]


def test_rights_boilerplate_under_an_internal_review_heading_is_still_rights():
    rec = _parse("Drone flights\n\nReference: FOI 2025/0331\n\nDear Requester,\n\nYou asked how many drone "
                 "flights the force made in 2024.\n\nThe force made 310 drone flights in 2024.\n\nInternal Review\n"
                 "If you are unhappy with the way your request has been handled, you can ask for an internal "
                 "review within 40 working days. The review will be carried out by a senior officer, who will "
                 "look again at any information withheld. Once the internal review has been completed, if you "
                 "are still not satisfied you can complain to the Information Commissioner.\n\nYours "
                 "sincerely,\nInformation Management\n")
    assert rec["outcome"] == "full"


def test_a_long_reply_promising_a_reviews_answer_is_no_acknowledgement():
    answer = ("The force owns 31 dogs. Of these, 19 are German Shepherds, 8 are Springer Spaniels and 4 are "
              "Labradors, and every dog lives with its handler. ") * 6
    text = ("Anyshire Police\nFreedom of Information Unit\n\n6 April 2023\n\nDear Mr Writer,\n\n" + answer
            + "\n\nIf you are unhappy with this response you may ask for an internal review within 40 working "
            "days. We aim to send you a response within 20 working days. If you remain dissatisfied you may "
            "complain to the Information Commissioner.\n\nYours sincerely,\n\nInformation Management\n")
    assert dates.from_text(text) == "2023-04-06"


def test_applications_that_have_reached_a_unit_are_an_answer():
    assert not dates.ACKNOWLEDGEMENT.search("412 renewal applications have reached the Firearms Licensing Unit.")


def test_a_publication_label_outranks_a_review_decision_line():
    text = ("Date published: 2 April 2024\n\nOriginal decision: 7th February 2024\nInternal Review Decision: "
            "19th March 2024\n")
    assert dates.from_text(text) == "2024-04-02"


def test_request_and_response_blocks_with_numbered_items_are_not_pairs():
    lines = ["Request", "1. How many drones?", "2. How many flights?", "Response", "1. Nine.", "2. 310.",
             "Request", "How many were searches?", "Response", "142."]
    assert label_pairs.numbered(lines) == lines


def test_a_wrapped_lead_in_that_asks_itself_keeps_its_ask():
    rec = _parse("Drone flights\n\nDear Anyshire Police,\n\nUnder the Freedom of Information Act, please tell "
                 "me how many drone flights the force made in 2024\nand for each flight:\n\n(a) the date of "
                 "the flight;\n(b) the reason for the flight.\n\nYours faithfully,\nA Writer\n")
    assert len(rec["questions"]) == 3


def test_a_dash_bulleted_means_of_entry_is_an_ask():
    rec = _parse("Burglaries in Anytown\n\nDear Anyshire Police,\n\nFor each burglary recorded in Anytown in "
                 "2024, please provide:\n\n- the date of the offence\n- the street\n- means of entry\n- the "
                 "outcome\n\nYours faithfully,\nA Writer\n")
    assert _asks(rec)[2] == "means of entry"


def test_a_request_for_advice_by_email_is_still_an_ask():
    from parsers.fields.request_bounds import NOT_ASK

    assert not NOT_ASK.match("If you have any advice issued to officers on flying drones near airports, please "
                             "email a copy of it.")


def test_no_documents_received_is_no_nil_figure():
    from parsers.fields.outcome_cues import PATTERNS

    for s in ("We can confirm that no letters or emails were received from the company in 2024.",
              "I can confirm that no footage was recorded of the incident."):
        assert not PATTERNS["disclosure"].search(s) and not PATTERNS["stated_fact"].search(s), s


def test_figures_released_each_month_elsewhere_are_no_disclosure():
    rec = _parse("Stop and search figures\n\nReference: FOI 2025/0601\n\nDear Requester,\n\nYou asked for the "
                 "number of stop and searches carried out in Anytown in 2024.\n\nThis information is reasonably "
                 "accessible to you by other means and is therefore exempt under section 21 of the Act. The "
                 "figures are released at the end of each month on the police.uk website.\n\nYours sincerely,\n"
                 "Information Management\n")
    assert rec["outcome"] == "published_elsewhere"


def test_the_request_you_submitted_is_this_ones_reference():
    for text in ("I write in response to the Freedom of Information request you submitted on 3 May 2025, "
                 "reference FOI 2025/0412.\n",
                 "Thank you for the request you made on 3 May 2025 (our reference 0412/25) about police dogs.\n"):
        assert reference.from_text(text) is not None, text


def test_a_two_column_tables_header_is_no_field_row():
    rec = parse_document(b"Source,Referrals\nSchool,41\nHealth,33\nPolice,120\nTotal,194\n", "text/csv")
    assert len(rec["figures"]) == 4 and rec["title"] != "Source: Referrals"


def test_na_not_applicable_beside_a_star_legend_is_no_figure():
    from parsers import figures as figs

    assert not figs.na_is_suppressed("Key: n/a = not applicable, * = fewer than five (suppressed)")


def test_a_confirmed_nil_answer_beside_a_refused_part_is_partial():
    rec = _parse("Firearms discharges\n\nReference: FOI 2023/0142\n\nDear Requester,\n\nYou asked:\n\n"
                 "1. How many times did officers discharge a firearm in 2022?\n2. How many firearms officers "
                 "are posted at each site?\n\nResponse\n\n1. We can confirm that no officer discharged a "
                 "firearm during an operational deployment in 2022.\n\n2. The number of officers at each site "
                 "is withheld under section 24(1), as disclosing it would harm national security.\n")
    assert rec["outcome"] == "partial"


def test_a_forwarded_message_below_the_reply_decides_nothing():
    text = ("From: Freedom of Information Unit, Anyshire Police\nSent: 03 February 2026 14:52\nSubject: Hare "
            "coursing\n\nDear Mr Writer,\n\nThe force has searched its crime and incident records and does not "
            "hold the information you have requested.\n\nYours sincerely,\nFOI Unit\n\n"
            "---------- Forwarded message ---------\nFrom: Anyshire Police Contact Centre\nDate: Mon, 12 Jan "
            "2026 at 09:41\nSubject: Fw: FOI request\n\nPlease see below, received through the website "
            "contact form.\n")
    rec = _parse(text)
    assert rec["outcome"] == "not_held"
    # the note above the marker would be the force's own words
    assert _parse(text.replace("---------- Forwarded message ---------\n", ""))["outcome"] != "not_held"


def test_a_date_column_joined_to_the_addressees_line():
    head = "Anyshire Police\nInformation Unit, Police Headquarters\nMr D Writer Date: 18 April 2024\nDear Mr Writer,\n"
    assert dates.from_text(head) == "2024-04-18"
    # another field's date, or the words mid-sentence, are not the letter's date
    assert dates.from_text(head.replace("Date:", "Date of request:")) is None
    assert dates.from_text("Anyshire Police\nDear Mr Writer,\nWe wrote to Mr D Writer Date: 18 April 2024 last.\n") is None
