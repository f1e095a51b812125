"""The received date (parsers/fields/received.py): every rule's examples, letters written for this
test in several layouts, and the published date never taking the received one."""
from __future__ import annotations

import io

import pytest

from parsers import parse_document
from parsers.fields import dates, received


@pytest.mark.parametrize("kind,text,iso", received.rules()["examples"])
def test_every_rule_example_reads_its_date(kind, text, iso):
    assert received.from_text(text) == iso
    if kind == "keys":  # the same label as a key/value row: the key before the date, the date
        at = dates.ANY_DATE.search(text).start()
        key, value = text[:at].strip(" :|"), text[at:]
        assert received.from_fields([(key, value)]) == iso, (key, value)
    # and it is never the published date
    assert dates.from_text(text) is None


LETTER_SENTENCE = """Westshire Police
Information Rights Unit
14 June 2024

Dear Mr Reader,

Freedom of Information Request Reference No: 0913/24

I write in connection with your request for information dated 3 May 2024, which was received
by Westshire Police on Tuesday 7th May 2024. You asked:

1. How many drones does the force own?

We hold this information. The force owns 9 drones.
"""

LETTERHEAD_COLUMNS = """Westshire Police                         Our ref: 0913/24
Information Rights Unit                  Date received: 07/05/2024
                                         Date of response: 14/06/2024

Request
How many drones does the force own?
Response
The force owns 9 drones.
"""

HTML_ROWS = b"""<html><body><main><h1>Drones</h1>
<table><tr><th>Reference</th><td>0913/24</td></tr>
<tr><th>Date request received</th><td>7 May 2024</td></tr>
<tr><th>Date published</th><td>14 June 2024</td></tr></table>
<h2>Request</h2><p>How many drones does the force own?</p>
<h2>Response</h2><p>The force owns 9 drones.</p></main></body></html>"""

NO_RECEIPT = """Dear Mr Reader,
Our ref: 0913/24    Date: 14 June 2024
On 3 May 2024 you asked how many drones the force owns. The force owns 9 drones.
Please tell me how many requests received on 1 April 2024 were answered late.
"""

REVIEW = """Date: 14 June 2024
Your request for an internal review was received on 20 May 2024. The review found that the
original decision was right.
"""


@pytest.mark.parametrize("text", [LETTER_SENTENCE, LETTERHEAD_COLUMNS])
def test_a_letters_received_date_in_text_layouts(text):
    rec = parse_document(text.encode(), "text/plain")
    assert rec["received"] == "2024-05-07"
    assert rec["published"] == "2024-06-14"


def test_a_pages_key_value_row():
    rec = parse_document(HTML_ROWS, "text/html")
    assert (rec["received"], rec["published"]) == ("2024-05-07", "2024-06-14")


def test_a_docx_field_row():
    import docx

    d = docx.Document()
    d.add_heading("Drones", 1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Date received", "07/05/2024"
    t.cell(1, 0).text, t.cell(1, 1).text = "Date of response", "14/06/2024"
    d.add_paragraph("Request: How many drones does the force own?")
    d.add_paragraph("Response: The force owns 9 drones.")
    buf = io.BytesIO()
    d.save(buf)
    rec = parse_document(buf.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert (rec["received"], rec["published"]) == ("2024-05-07", "2024-06-14")


def test_no_receipt_stated_gives_none():
    rec = parse_document(NO_RECEIPT.encode(), "text/plain")
    assert rec["received"] is None  # "On 3 May 2024 you asked" is the request's date, not its receipt
    assert rec["published"] == "2024-06-14"


def test_an_internal_reviews_receipt_is_not_the_requests():
    assert received.from_text(REVIEW) is None


def test_the_first_stated_receipt_wins_and_a_wrapped_sentence_reads():
    text = ("We received your request on 7 May 2024.\n"
            "An e-mail of 9 May 2024 was received on 9 May 2024 too.")
    assert received.from_text(text) == "2024-05-07"
    wrapped = "Thank you for your request for\ninformation, which we received on\n7 May 2024."
    assert received.from_text(wrapped) == "2024-05-07"


def _thread(outgoing: int) -> bytes:
    out = """<div class="correspondence outgoing"><time datetime="2024-01-08T09:00:00+00:00">8 January
    2024</time><p>Dear Westshire Police, how many bicycles were stolen in 2023?</p></div>"""
    follow = """<div class="correspondence outgoing"><time datetime="2024-02-20T09:00:00+00:00">20 February
    2024</time><p>Please pass this on to the person who conducts internal reviews.</p></div>"""
    reply = """<div class="correspondence incoming"><time datetime="2024-02-06T10:00:00+00:00">6 February
    2024</time><p>Dear Ms Reader, there were 311 bicycles stolen in 2023.</p></div>"""
    body = out + reply + (follow if outgoing > 1 else "")
    return f"<html><body><h1>Bicycle thefts</h1>{body}</body></html>".encode()


def test_a_whatdotheyknow_threads_request_date_is_its_receipt():
    rec = parse_document(_thread(1), "text/html")
    assert (rec["received"], rec["published"]) == ("2024-01-08", "2024-02-06")
    # with a follow-up (an internal review request) the last reply may answer that: no date
    assert parse_document(_thread(2), "text/html")["received"] is None


def test_an_attached_letter_gives_the_received_date_to_its_page():
    from parsers import merge_attachments

    page = parse_document(b"<html><body><h1>Drones</h1><p>Our response is attached.</p></body></html>",
                          "text/html")
    letter = parse_document(LETTER_SENTENCE.encode(), "text/plain")
    assert page["received"] is None
    assert merge_attachments(page, [letter])["received"] == "2024-05-07"
