"""Structures from the session-29 accuracy round (blind sets v1-v4, w1-w4), each document written
here afresh: letter heads with a note above the salutation, reference fields and running footers
that are no titles, headings led by a reference or a log's month, bilingual subject lines,
exemptions named only in words, FOISA's "exempt in terms of", a review finding an exemption "not
correctly applied", a repeated request telling how the earlier one was refused, the force's own
clarification questions, requests closed unanswered, accordion headings, collapsed "o" bullets, a
Word field table with a label row across it, a joint unit's headquarters address."""
from __future__ import annotations

import io

from docx import Document

from parsers import parse_document
from tests.support.parse_docs import asks as _asks
from tests.support.parse_docs import parse_text as _text

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _html(body: str) -> dict:
    page = f"<!DOCTYPE html><html><head></head><body>{body}</body></html>"
    return parse_document(page.encode(), "text/html", "https://www.anyshire.police.uk/foi-ai/anyshire-police/disclosure-log/x/")


def _labels(rec: dict) -> list[str]:
    return [e["label"] for e in rec["exemptions"]]


# --- titles ------------------------------------------------------------------------------------

def test_a_note_above_the_salutation_does_not_end_the_letter_head():
    rec = _text("""Anyshire Constabulary
Information Rights Unit
Our Ref: AC/FOI 4410/24
Date: 2 May 2024
This matter is being dealt with by the Information Rights Officer.
Dear Requester,
Abandoned vehicles removed from the roadside
I write in connection with your request for information received on 4 April 2024.
1. How many abandoned vehicles did the force remove in 2023?
Anyshire Constabulary removed 212 vehicles in 2023.
""")
    assert rec["title"] == "Abandoned vehicles removed from the roadside"


def test_a_field_carrying_the_first_requests_reference_is_no_title():
    rec = _text("""Anyshire Police
Our Ref: IR/2024/81
Original request: FOI 5120/24
Date: 9 December 2024
Dear Requester,
Internal review - Dog bite injuries to officers
I write in response to your request for an internal review of our reply to FOI 5120/24.
""")
    assert rec["title"] == "Internal review - Dog bite injuries to officers"


def test_a_running_footer_is_no_title_and_the_subject_above_the_request_heading_is():
    rec = _text("""Cleveland Police - CP/FOI 2210/19 Page 1
Information Rights and Disclosure
Date: 14/10/2019
Received on 20/09/2019 Our Ref: CP/FOI 2210/19
Original decision = 1st October 2019 and the Internal Review Decision = 14th October 2019. The
response below sets out the outcome of the internal review.
Speed camera vans in the county
Your request:
- The location of every speed camera van deployment in 2018.
I can confirm that the information requested is held by Cleveland Police.
""")
    assert rec["title"] == "Speed camera vans in the county"


def test_a_heading_that_opens_with_the_reference_gives_the_subject_after_it():
    rec = _text("""FOI-2023-0388 Horse patrols in the city centre
Anyshire Police - Freedom of Information
Reference: FOI-2023-0388
Date of response: 5 June 2023
Thank you for your request for information, received on 9 May 2023, in which you asked for:
- the number of horse patrols in 2022
Response
Anyshire Police does not hold the information you have requested.
""")
    assert rec["title"] == "Horse patrols in the city centre"
    assert rec["reference"] == "FOI-2023-0388"


def test_a_logs_month_between_the_reference_and_the_subject_is_taken_off():
    rec = _html("<h1>FOI 702-2024 - March 2024 - Cycle thefts at stations</h1>"
                "<p>You asked: How many cycles were stolen at stations in 2023?</p>"
                "<p>Anyshire Police recorded 94 cycle thefts at stations in 2023.</p>")
    assert rec["title"] == "Cycle thefts at stations"


def test_a_bilingual_letter_is_titled_by_its_english_subject_line():
    rec = _text("""Heddlu Anyshire | Anyshire Police
Ein Cyf / Our Ref: 2231/2023
Dyddiad / Date: 12/07/2023
Troseddau casineb mewn ysgolion
Hate crimes reported in schools
Annwyl Ymgeisydd / Dear Applicant,
Thank you for your request for information received on 14/06/2023.
1) The number of hate crimes reported at schools in 2022.
""")
    assert rec["title"] == "Hate crimes reported in schools"


# --- exemptions and outcome ---------------------------------------------------------------------

def test_an_exemption_named_only_in_words_gives_its_section():
    rec = _text("""Reference: 2024/1187
You asked:
1. The names of the officers who attended the incident.
2. The number of officers who attended.
Response
2. 4 officers attended.
1. The names of the officers are refused under the exemption for personal information. That
exemption is absolute.
""")
    assert "s40" in _labels(rec)
    assert rec["outcome"] == "partial"


def test_an_exemption_named_in_words_but_not_applied_gives_nothing():
    rec = _text("""Reference: 2024/1190
You asked:
1. How many complaints about noise did the force receive in 2023?
Response
The force received 318 complaints about noise in 2023. We have not applied the exemption for
personal information, as the figures identify no one.
""")
    assert _labels(rec) == []
    assert rec["outcome"] == "full"


def test_a_foisa_letters_exempt_in_terms_of_beside_an_absolute_exemption():
    rec = _text("""Police Scotland
Our reference: IM-FOI-2024-2207
1. The number of speeding detections in each division in 2023.
2. The division's published performance reports.
1. The figures are set out below.
Division 2023
Highland 1,204
2. The reports are published on our website. The information is therefore exempt in
terms of section 25(1) of the Act - information otherwise accessible. This exemption is absolute
and the public interest test does not apply.
""")
    assert "s25(1)" in _labels(rec)


def test_a_review_finding_an_exemption_not_correctly_applied_drops_it():
    rec = _text("""Police Scotland
Review reference: IM-FOI-2024-3305
You asked for a review of our response, which refused your request under section 12(1) of the Act.
The panel found that the figures are held in a monthly return. Section 12(1) was therefore not
correctly applied, and the figures are provided below.
Year Applications
2023 412
""")
    assert "s12(1)" not in _labels(rec)


def test_a_repeated_request_tells_how_the_earlier_one_was_refused():
    rec = _text("""Reference: 2024/08812
Thank you for your email of 2 October 2024.
Your request is the same as request 2024/05501, which you made on 1 July 2024. That request was
refused on 20 July 2024 under Section 12(1) of the Freedom of Information Act 2000 because answering
it would have exceeded the cost limit.
The new request asks for the same information, and a reasonable interval has not passed. Anyshire
Police is therefore not obliged to comply with it, by virtue of Section 14(2) of the Act - repeated
requests.
""")
    assert _labels(rec) == ["s14(2)"]
    assert rec["outcome"] == "vexatious"


def test_a_public_interest_not_considered_is_no_test():
    rec = _text("""Reference: 2024/0871
1. Every e-mail sent by the Chief Constable since 2015.
Response
We consider this request to be vexatious under Section 14(1) of the Act. We have not considered
the public interest, as Section 14 does not require it.
""")
    assert rec["public_interest_test"] is False


def test_the_forces_own_clarification_questions_are_no_asks_and_decide_nothing():
    rec = _text("""Anyshire Police
Our reference: 24/07/0311
Dear Requester
Request for clarification
Thank you for your email, in which you asked for the following information:
1. The number of dog attacks on postal workers recently.
2. Your policy on dangerous dogs.
We want to make sure that we search for the right information. Before we can deal with your request,
please could you tell us:
(a) Which period you would like the figures to cover.
(b) Whether you mean attacks reported to us or attacks we investigated.
Under section 1(3) of the Act we do not have to comply with a request until we have received the further
information we reasonably need to identify and locate what is asked for.
""")
    assert _asks(rec) == ["The number of dog attacks on postal workers recently.", "Your policy on dangerous dogs."]
    assert rec["outcome"] == "unknown"


def test_a_request_closed_unanswered_decides_nothing():
    rec = _text("""Reference: FOI2025/00871
Dear Mr Hale,
On 3 March 2025 we asked you to tell us which years your request for vehicle lease costs covered.
As we have not received a reply, we are now treating your request as withdrawn and have closed it.
No information has been searched for or provided. Our spending over GBP 25,000 is published on our
website in the transparency register.
""")
    assert rec["outcome"] == "unknown"


# --- questions ---------------------------------------------------------------------------------

def test_accordion_sections_headed_by_a_toggle_inside_the_heading():
    rec = _html("""<h1>Body-worn video retention</h1>
<ul><li><span>Reference number:</span> AP/001882/23</li><li><span>Date of response:</span> 3 May 2023</li></ul>
<div class="accordion"><h2><button type="button" aria-expanded="false">Request</button></h2>
<div class="panel" hidden><p>1. How long does the force keep body-worn video footage?</p>
<p>2. How many requests to view footage did the force receive in 2022?</p></div>
<h2><button type="button" aria-expanded="false">Response</button></h2>
<div class="panel" hidden><p>1. Footage is kept for 31 days unless it is needed as evidence.</p>
<p>2. The force received 412 requests in 2022.</p></div></div>""")
    assert [a[:20] for a in _asks(rec)] == ["How long does the fo", "How many requests to"]


def test_o_bullets_with_their_spacing_collapsed_are_asks():
    rec = _html("""<h1>Firearms licences</h1>
<p>Please provide the following for 2023:</p>
<p>o the number of shotgun certificates revoked,</p>
<p>o the number of firearm certificates refused,</p>
<p>o the number of appeals against those decisions.</p>
<p>Anyshire Police revoked 41 shotgun certificates and refused 12 firearm certificates in 2023. There were 5 appeals.</p>""")
    assert [a[:30] for a in _asks(rec)] == ["the number of shotgun certific", "the number of firearm certific",
                                          "the number of appeals against "]


def test_a_word_field_table_with_its_label_row_across_the_table():
    doc = Document()
    doc.add_paragraph("Anyshire Police")
    doc.add_paragraph("Speed awareness courses")
    table = doc.add_table(rows=4, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Reference", "510284"
    table.cell(1, 0).text, table.cell(1, 1).text = "Date of response", "3 April 2024"
    label = table.cell(2, 0).merge(table.cell(2, 1))
    label.text = "Details of request"
    value = table.cell(3, 0).merge(table.cell(3, 1))
    value.text = "Please provide the following information:"
    value.add_paragraph("1. The number of speed awareness courses attended in 2023.")
    value.add_paragraph("2. The fee charged for each course.")
    doc.add_paragraph("Response")
    doc.add_paragraph("In 2023, 18,204 drivers attended a course. The fee was £95.")
    buf = io.BytesIO()
    doc.save(buf)
    rec = parse_document(buf.getvalue(), _DOCX)
    assert _asks(rec) == ["The number of speed awareness courses attended in 2023.", "The fee charged for each course."]
    assert rec["reference"] == "510284"


# --- force -------------------------------------------------------------------------------------

def test_a_joint_units_headquarters_address_is_not_the_letters_force():
    rec = _text("""Information Rights
Bedfordshire Police Headquarters,
Woburn Road, Kempston,
Bedford, MK43 9AX
Our Ref: FOI2021/00412
Subject: Police dogs
I note you seek access to the following information:
How many police dogs did Cambridgeshire Constabulary have in 2020?
Response - Cambridgeshire Constabulary holds this information. It had 14 police dogs in 2020, and
shares its dog unit with the other forces of the joint protective services.
""")
    assert rec["force"] == "cambridgeshire-constabulary"


def test_a_count_in_words_closing_its_answer_is_given():
    rec = _text("""Reference: 2024/1301
You asked:
1. How many officers attended the protest at the town hall?
Response
Six officers attended.
""")
    assert rec["outcome"] == "full"


def test_a_forces_own_headquarters_address_is_still_its_letterhead():
    rec = _text("""Kent Police Headquarters
Sutton Road
Anytown AN1 2BC
Our Ref: FOI/24/0612
Dear Requester,
Mutual aid to Essex
You asked: How many officers were sent to assist Essex Police under mutual aid in 2023?
Response
The force sent 148 officers to assist Essex Police in 2023. Essex Police may hold further information.
""")
    assert rec["force"] == "kent-police"


def test_a_word_box_of_a_label_over_its_request():
    doc = Document()
    doc.add_paragraph("Anyshire Police")
    fields = doc.add_table(rows=2, cols=2)
    fields.cell(0, 0).text, fields.cell(0, 1).text = "Reference", "510291"
    fields.cell(1, 0).text, fields.cell(1, 1).text = "Date of response", "8 April 2024"
    box = doc.add_table(rows=2, cols=1)
    box.cell(0, 0).text = "Details of request"
    box.cell(1, 0).text = "Please provide the following information:"
    box.cell(1, 0).add_paragraph("1. The number of drink-driving arrests in 2023.")
    box.cell(1, 0).add_paragraph("2. How many of those drivers were under 25.")
    doc.add_paragraph("Response")
    doc.add_paragraph("There were 1,204 arrests in 2023, of which 311 were of drivers under 25.")
    buf = io.BytesIO()
    doc.save(buf)
    rec = parse_document(buf.getvalue(), _DOCX)
    assert _asks(rec) == ["The number of drink-driving arrests in 2023.", "How many of those drivers were under 25."]
