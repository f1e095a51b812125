"""Structures from the session-28 accuracy round (blind sets t1-t4, u1-u4), each document written
here afresh: Police Scotland letters (quoted asks answered under "Part" headings, the request run into
one paragraph, the closing offer of help), a lead-in with a semicolon series of asks, who the requester
is before the asks, the force's own points to clarify, a review's account between the asks it sets out
and its decision, a cost warning about one reading of the request, an exemption never weighed."""
from __future__ import annotations

from parsers import parse_document
from tests.support.parse_docs import asks as _asks
from tests.support.parse_docs import parse_text as _text


def _html(body: str) -> dict:
    page = f"<!DOCTYPE html><html><head></head><body>{body}</body></html>"
    return parse_document(page.encode(), "text/html", "https://www.anyshire.police.uk/foi-ai/anyshire-police/disclosure-log/x/")


def _labels(rec: dict) -> set[str]:
    return {e["label"] for e in rec["exemptions"]}


def test_quoted_asks_answered_under_part_headings():
    rec = _text("""POLICE SCOTLAND
Our Ref: IM-FOI-2025-0412
Date: 3 March 2025
Dog fouling fixed penalties
I refer to your request for information, received on 4 February 2025, in which you asked:
“How many fixed penalty notices for dog fouling did officers issue in each year from 2022 to 2024?”
“How many of those notices were paid?”
“A copy of any guidance officers follow when issuing them.”
I have set out our response below, numbering the parts in the order you wrote them.
Parts 1 and 2
Officers issued 41 notices in 2022, 37 in 2023 and 29 in 2024. Our records do not show whether they were paid,
as payment is handled by the local authority.
Part 3
We do not hold separate guidance on these notices; officers follow the local authority's procedure,
which is published on its website. I am therefore refusing this part under section 25(1) of the Act.
""")
    assert _asks(rec) == ["How many fixed penalty notices for dog fouling did officers issue in each year from 2022 to 2024?",
                          "How many of those notices were paid?",
                          "A copy of any guidance officers follow when issuing them."]


def test_request_run_into_one_paragraph_with_a_label_at_a_line_end():
    rec = _text("""Police Scotland
For ease of reference, your request is replicated below together with the response.
1. The number of bicycles reported stolen in Edinburgh in each year from 2021 to 2023. 2. The
number recovered in the same years. 3.
The number of people charged with those thefts.
In response to question 1, the figures are 1,204, 1,318 and 1,255.
""")
    assert len(rec["questions"]) == 3
    assert rec["questions"][2]["text"].startswith("The number of people charged")


def test_closing_offer_of_help_is_no_ask():
    rec = _text("""POLICE SCOTLAND
I refer to your recent request for information. For ease of reference, your request is replicated
below together with the response.
Please provide the number of drink-driving arrests in Fife in 2024.
I can confirm that 212 people were arrested for drink or drug driving offences in Fife in 2024.
Should you require any further assistance please contact Information Management quoting the reference
number given.
""")
    assert len(rec["questions"]) == 1


def test_lead_in_then_semicolon_series_of_asks():
    rec = _html("""<h1>999 and 101 call handling</h1><h2>Request</h2>
<p>For each of the calendar years 2023 and 2024: the number of 999 calls received; the number of those
calls answered within 10 seconds; the number of 101 calls received; and the average time taken to answer a
101 call.</p><h2>Response</h2><p>The figures are shown in the table below.</p>""")
    asks = _asks(rec)
    assert len(asks) == 4 and asks[0].startswith("the number of 999 calls received")
    assert asks[3].startswith("the average time taken")


def test_who_the_requester_is_and_a_second_could_you():
    rec = _html("""<h1>Referrals to immigration enforcement</h1><h2>Request</h2>
<p>I am a parish councillor and residents have asked me how often people arrested here are referred on.
Could you tell me how many people arrested in 2025 were referred to Immigration Enforcement, and could
you also provide the number of those people who were later removed from the UK?</p>
<h2>Response</h2><p>We do not hold this information.</p>""")
    asks = _asks(rec)
    assert len(asks) == 2
    assert asks[0].startswith("Could you tell me how many people arrested")
    assert asks[1].startswith("could you also provide the number")


def test_force_points_to_clarify_are_no_asks_and_decide_nothing():
    rec = _text("""Anyshire Police
Our Ref: FOI 0311/26
Thank you for your request, in which you asked for:
1. Your policy on taking victims' phones.
2. The number of phones examined in 2025.
Before we can respond, we need you to clarify your request:
(a) By "policy", do you mean the force's digital forensics policy, or the consent procedure?
(b) For question 2, do you mean phones examined by the forensics unit only?
Under section 1(3) of the Act we are not obliged to comply with your request until we receive this
clarification.
Please note that if question 2 is meant to include every kiosk examination, it is likely that answering it
would exceed the appropriate limit under Section 12 of the Act.
""")
    assert len(rec["questions"]) == 2
    assert rec["outcome"] == "unknown" and _labels(rec) == set()


def test_review_account_between_asks_and_decision_heading():
    rec = _text("""Corporate Information Branch
Our Ref: F-2025-00112
Re: Internal review
For completeness your original request is set out below.
1. How many officers are suspended while under investigation?
2. The rank of each of those officers.
The original decision, issued on 2 May 2025, withheld all of the information under Section 40(2).
I have carried out a review of how the request was processed. The number of officers is very small and
release would be likely to identify them. Section 40(2) is an absolute exemption.
Decision
I am satisfied that the original decision was correct and I uphold it.
""")
    assert len(rec["questions"]) == 2
    assert "I have carried out a review" in rec["response_text"]
    assert _labels(rec) == {"s40(2)"} and rec["outcome"] == "refused"


def test_exemption_never_weighed_beside_not_held():
    rec = _text("""Anyshire Police
You asked for the number of drone flights over the prison in 2024.
Anyshire Police does not hold this information. As no information is held, it has not been necessary to
consider whether any exemption, such as section 31 (law enforcement), would apply.
""")
    assert _labels(rec) == set() and rec["outcome"] == "not_held"


def test_cost_refusal_of_the_whole_request_with_an_advice_table():
    rec = _text("""Anyshire Police
Request
1. For each pursuit since 2015, the reason it was stopped.
Response
Anyshire Police has considered your request and is unable to comply with it, as to do so would exceed
the appropriate limit. This letter is a refusal notice under Section 12(1) of the Act.
Advice and assistance
To help you refine your request, the table below gives the number of pursuits in each year.
| Year | Pursuits |
| 2022 | 118 |
| 2023 | 131 |
A request for a single year may be possible within the limit.
""")
    assert rec["outcome"] == "cost_limit"


def test_welsh_page_asks_and_answer():
    rec = _html("""<h1>Troseddau bywyd gwyllt</h1><h2>Cais:</h2>
<p>1. Nifer y troseddau bywyd gwyllt a gofnodwyd yn 2024.</p><p>2. Faint o'r troseddau hynny a oedd yn ymwneud â chwrso ysgyfarnogod.</p>
<h2>Ymateb:</h2><p>Mae'r ffigurau i'w gweld yn y tabl isod.</p>
<table><tr><th>Blwyddyn</th><th>Troseddau</th><th>Cwrso</th></tr><tr><td>2024</td><td>226</td><td>52</td></tr></table>""")
    assert len(rec["questions"]) == 2 and rec["outcome"] == "full"


def test_number_then_letter_on_one_line_and_the_next_letter_below():
    rec = _text("""Anyshire Police
You asked:
1. (a) How many dogs were seized under the Dangerous Dogs Act in 2024?
(b) How many of those dogs were returned to their owners?
2. How many were destroyed?
Response
The figures are 41, 12 and 9.
""")
    assert [q["number"] for q in rec["questions"]] == ["1a", "1b", "2"]


def test_welsh_unit_name_before_the_english_one_is_no_title():
    rec = _text("""Heddlu Gogledd Cymru / North Wales Police
Uned Rhyddid Gwybodaeth / Freedom of Information Unit
Our Ref: FOI 0412/25
Date: 3 March 2025
Welsh language skills of police officers
Dear Requester,
Thank you for your request. You asked how many officers speak Welsh fluently.
We hold this information: 412 officers.
""")
    assert rec["title"] == "Welsh language skills of police officers"


def test_request_cells_lead_in_over_its_numbered_asks_is_no_ask():
    rec = _html("""<h1>Spiking reports</h1><p>Your request is set out on the left, our response alongside it.</p>
<table><tr><th>Request</th><th>Response</th></tr>
<tr><td><p>I am sending this request to every police force. Please provide the following for 2022:</p>
<p>1. The number of reports of spiking received by your force.</p>
<p>2. Of those reports, the number that involved a needle.</p></td>
<td><p>The force does not hold this information in a retrievable form.</p></td></tr></table>""")
    assert [q["text"][:22] for q in rec["questions"]] == ["The number of reports ", "Of those reports, the "]
