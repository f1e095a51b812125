"""Published date of a WhatDoTheyKnow thread: the authority's last reply (pages written for this test)."""
from __future__ import annotations

from parsers import parse_document


def _thread(incoming_time: str) -> bytes:
    return f"""<html><body><h1>Bicycle thefts</h1>
<div class="correspondence outgoing"><div class="correspondence__header"><span>A Reader</span>
<time class="date" datetime="2024-01-08T09:00:00+00:00">8 January 2024</time></div>
<div class="correspondence_text"><p>Dear Westshire Police,</p><p>How many bicycles were stolen in 2023?</p>
<p>Yours faithfully,</p><p>A Reader</p></div></div>
<div class="correspondence incoming"><div class="correspondence__header"><span>Westshire Police</span>
<time class="date" datetime="">10 January 2024</time></div>
<div class="correspondence_text"><p>Dear Ms Reader,</p><p>Your request has been received and logged.</p></div></div>
<div class="correspondence incoming"><div class="correspondence__header"><span>Westshire Police</span>
{incoming_time}</div>
<div class="correspondence_text"><p>Dear Ms Reader,</p><p>There were 311 bicycles stolen in 2023.</p></div></div>
</body></html>""".encode()


def test_a_thread_is_dated_by_the_authoritys_last_reply():
    rec = parse_document(_thread('<time class="date" datetime="">6 February 2024</time>'), "text/html")
    assert rec["published"] == "2024-02-06"
    rec = parse_document(_thread('<time datetime="2024-02-07T10:12:00+00:00">7 February 2024</time>'), "text/html")
    assert rec["published"] == "2024-02-07"


def test_the_english_half_of_a_bilingual_date_label_and_a_review_completion_date():
    from parsers.fields.dates import from_text
    assert from_text("Cyfeirnod / Reference: 0101/2024\nDyddiad ymateb / Date of response: 14/03/2024\n") == "2024-03-14"
    assert from_text("Dyddiad / Date: 09/04/2024\n") == "2024-04-09"
    assert from_text("Request number: 0101/24\nInternal review completed: 14 May 2024\n") == "2024-05-14"
    assert from_text("Dyddiad derbyn / Date received: 02/03/2024\n") is None  # a received date never counts


def test_a_date_on_the_references_line_is_the_response_date():
    from parsers.fields.dates import from_text
    for line in ("Reference: AB/0042/24 \u00a0 Date of response: 03/05/2024",
                 "Our ref: 0042/24 Date of response: 3 May 2024",
                 "Ref 0042/24 | 3 May 2024",
                 "Our reference 0042/24 \u2013 Friday 3 May 2024"):
        assert from_text(line, letter_lines=False) == "2024-05-03", line
    # the request's own dates on that line are not the response date
    for line in ("Our ref: 0042/24 | Received 3 May 2024", "Ref 0042/24   Date received: 3 May 2024",
                 "Our ref: 0042/24 | Request dated 3 May 2024"):
        assert from_text(line, letter_lines=False) is None, line


def test_a_page_with_reference_and_date_in_one_paragraph_is_dated():
    page = ("<html><body><h1>Horse patrols</h1><p><strong>Reference:</strong> AB/0042/24 &nbsp; "
            "<strong>Date of response:</strong> 03/05/2024</p><p>We hold 14 horses.</p></body></html>")
    assert parse_document(page.encode(), "text/html")["published"] == "2024-05-03"


THREAD_COPY = """Kennel costs

Freedom of Information request made by A Reader to Durham Constabulary

The request was successful.

A Reader                                              3 March 2025

Dear Durham Constabulary,

How much did the force spend on kennel repairs in 2024?

Yours faithfully,

A Reader

--------------------------------------------------------------
Durham Constabulary                                      4 March 2025

Dear Ms Reader,

Thank you for your email. Your request has been logged and you will receive a response within 20 working days.

--------------------------------------------------------------
Durham Constabulary                                      1 April 2025

Dear Ms Reader,

The force spent 12,400 pounds on kennel repairs in 2024.
"""


def test_a_thread_copy_is_dated_by_the_forces_reply_header_not_the_request_or_acknowledgement():
    rec = parse_document(THREAD_COPY.encode(), "text/plain")
    assert rec["published"] == "2025-04-01"
    assert rec["title"] == "Kennel costs"
    assert rec["force"] == "durham-constabulary"  # from the header "… request made by A Reader to Durham Constabulary"


def test_a_thread_without_rules_skips_an_automatic_acknowledgement():
    text = ("Horse feed\n\nA Reader made this Freedom of Information request to Durham Constabulary\n\n"
            "A Reader\n9 January 2025\n\nDear Durham Constabulary,\n\nWho supplies the horse feed?\n\n"
            "Yours faithfully,\n\nA Reader\n\n"
            "Freedom of Information, Durham Constabulary\n10 January 2025\n\n"
            "Thank you for your email. This is an automatic acknowledgement. We aim to respond within 20 working days.\n\n"
            "Freedom of Information, Durham Constabulary\n5 February 2025\n\nDear Ms Reader,\n\n"
            "I write in connection with your request. The feed is supplied by a local merchant under a contract "
            "that was let in 2023 after a tender. The contract runs for three years.\n")
    assert parse_document(text.encode(), "text/plain")["published"] == "2025-02-05"


def test_a_flattened_letters_date_runs_into_its_salutation():
    text = ("Police horse costs - FOI 004871/25 (Leicestershire Police)\n\n"
            "Our Ref: 004871/25 Your Ref: Address Correspondence to: Information Management, Leicestershire Police "
            "Headquarters, Enderby, Leicester LE19 2BX Date 3 March 2025 Dear Mr Reader, I write further to your "
            "request for information received 31/01/2025. I note you seek access to the following information: "
            "1. How much did the mounted unit cost in 2024? Q1 It cost 1,200,000 pounds.\n")
    rec = parse_document(text.encode(), "text/plain")
    assert rec["published"] == "2025-03-03"
    assert rec["title"] == "Police horse costs"
    assert rec["reference"] == "004871/25"


def test_a_thread_dates_the_reply_after_an_automated_acknowledgement_and_a_holding_reply():
    # a WhatDoTheyKnow thread written for this test
    from parsers import parse_document
    rule = "-" * 60
    text = (f"Dog thefts\n\nA Requester made this Freedom of Information request to Westshire Police\n\n"
            f"A Requester                                          2 June 2026\n\nDear Westshire Police,\n\n"
            f"How many dogs were reported stolen in 2025?\n\nYours faithfully,\n\nA Requester\n\n{rule}\n\n"
            f"Freedom of Information, Westshire Police                 2 June 2026\n\n"
            f"Thank you for your email. We aim to respond to all requests within 20 working days.\n"
            f"This is an automated reply.\n\n{rule}\n\n"
            f"Freedom of Information, Westshire Police                30 June 2026\n\nDear Requester\n\n"
            f"We have not been able to complete our response within 20 working days. We expect to reply "
            f"by 14 July 2026.\n\n{rule}\n\n"
            f"Freedom of Information, Westshire Police                13 July 2026\n\nDear Requester\n\n"
            f"Freedom of Information: Right to know request 2291-26\n\n"
            f"There were 41 dogs reported stolen in 2025.\n")
    rec = parse_document(text.encode(), "text/plain")
    assert rec["published"] == "2026-07-13"
    assert rec["reference"] == "2291-26"
