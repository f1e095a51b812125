"""Structures from the session-25 accuracy round (blind sets n1-n4 and the m-set leftovers), each
document written here afresh: appendices of the Act's text, glossary panels and template sentences
that name sections the letter does not rely on, sections disclaimed ("we have not relied on …"),
a ruled Request | Response table split over a page break, text tables whose header is split from
its rows or wrapped over two lines, and a data release's description line."""
from __future__ import annotations

import io

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import parse_document
from parsers.pdf_rules import _open_ends
from tests.support.parse_docs import parse_text as _text

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _labels(rec: dict) -> set[str]:
    return {e["label"] for e in rec["exemptions"]}


_LETTER_HEAD = """Anyshire Police
Freedom of Information Unit
Our ref: FOI 2024/0419
Date: 12 March 2024

Dear Requester,

Custody detentions of children

You asked:
1. How many children were held in custody overnight after charge in 2023?
2. How many of them were moved to local authority accommodation?

"""

_APPENDIX = """
Yours sincerely,

Freedom of Information Unit

Appendix A
Freedom of Information Act 2000 - extracts
Section 12 - Exemption where cost of compliance exceeds appropriate limit
(1) Section 1(1) does not oblige a public authority to comply with a request for information if the
authority estimates that the cost of complying with the request would exceed the appropriate limit.
Section 24 - National security
(2) The duty to confirm or deny does not arise if, or to the extent that, exemption from section
1(1)(a) is required for the purpose of safeguarding national security.
Section 31 - Law enforcement
(1) Information which is not exempt information by virtue of section 30 is exempt information if its
disclosure under this Act would, or would be likely to, prejudice (a) the prevention or detection of crime.
Section 40 - Personal information
(2) Any information to which a request for information relates is also exempt information if it
constitutes personal data which does not fall within subsection (1).
"""


# ---- appendices of the Act's text ------------------------------------------------------------------

def test_an_appendix_of_the_acts_text_cites_nothing_and_decides_nothing():
    rec = _text(_LETTER_HEAD + """Response:
1. 412 children were held overnight after charge in 2023.
2. 37 of them were moved to local authority accommodation.
""" + _APPENDIX)
    assert _labels(rec) == set()
    assert rec["outcome"] == "full"
    assert rec["ncnd"] is False


def test_a_section_the_letter_cites_stays_when_its_appendix_quotes_it_too():
    rec = _text(_LETTER_HEAD + """Response:
1. 412 children were held overnight after charge in 2023.
2. The names of the accommodation providers are exempt under section 31(1)(a) of the Act, as
their release would be likely to prejudice the prevention of crime.
""" + _APPENDIX)
    assert _labels(rec) == {"s31(1)(a)"}
    assert rec["outcome"] == "partial"


def test_an_appendix_headed_as_extracts_counts_before_the_sign_off_too():
    rec = _text(_LETTER_HEAD + """Response:
1. 412 children were held overnight after charge in 2023.
2. 37 of them were moved to local authority accommodation.

Appendix B - Extracts from the Freedom of Information Act 2000
Section 30 - Investigations and proceedings
(1) Information held by a public authority is exempt information if it has at any time been held by
the authority for the purposes of any investigation.

Yours sincerely,
Freedom of Information Unit
""")
    assert _labels(rec) == set()


def test_a_public_interest_test_appendix_after_the_sign_off_still_decides():
    """'Appendix A - Public interest test' is the force's reasoning, not the Act's text."""
    rec = _text(_LETTER_HEAD + """Response:
1. 412 children were held overnight after charge in 2023.
2. The names of the accommodation providers are withheld; see Appendix A.

Yours sincerely,
Freedom of Information Unit

Appendix A - Public interest test
Section 31(1)(a) - Law enforcement
Disclosure of the providers' names would be likely to prejudice the prevention of crime, because
the addresses could be targeted. The public interest in transparency is outweighed by the harm.
""")
    assert _labels(rec) == {"s31(1)(a)"}
    assert rec["public_interest_test"] is True


# ---- sections named but not relied on -------------------------------------------------------------

def test_ncnd_provisions_disclaimed_are_no_labels_and_no_ncnd():
    rec = _text(_LETTER_HEAD + """Response:
I can confirm that the information is held. However, it is exempt under section 31(1)(a) of the Act.
Because we have confirmed that information is held, we have not relied on the 'neither confirm nor
deny' provisions at sections 24(2) and 31(3).
""")
    assert _labels(rec) == {"s31(1)(a)"}
    assert rec["ncnd"] is False


def test_the_duty_to_confirm_or_deny_not_applying_is_still_ncnd():
    rec = _text(_LETTER_HEAD + """Response:
The force can neither confirm nor deny whether it holds the information. The duty to confirm or
deny does not apply by virtue of Section 24(2) (National Security).
""")
    assert _labels(rec) == {"s24(2)"}
    assert rec["ncnd"] is True


def test_a_section_considered_and_set_aside_is_no_label():
    rec = _text(_LETTER_HEAD + """Response:
The figures are published on our website, so the information is exempt under section 21(1) of the Act.
We also considered section 22 (information intended for future publication), because the figures were
being prepared for publication. They were published before your request, so section 21 and not
section 22 is the exemption that applies.
""")
    assert _labels(rec) == {"s21(1)"}
    assert rec["outcome"] == "published_elsewhere"


def test_a_section_considered_and_found_to_apply_stays():
    rec = _text(_LETTER_HEAD + """Response:
We considered section 22, which is engaged because the figures will be published in June.
""")
    assert "s22" in _labels(rec)


def test_what_the_law_could_allow_but_was_not_done_withholds_nothing():
    rec = _text(_LETTER_HEAD + """Response:
Some of these figures are in our quarterly reports, which would ordinarily mean that they could be
withheld under section 21 as reasonably accessible. To be helpful, all of the figures are given below.
1. 412 children.
2. 37 children.
""")
    assert _labels(rec) == set()
    assert rec["outcome"] == "full"


# ---- template and glossary sentences --------------------------------------------------------------

def test_template_duties_on_a_condition_weigh_no_public_interest():
    rec = _text(_LETTER_HEAD + """Response:
1. 412 children were held overnight after charge in 2023.
2. 37 of them were moved to local authority accommodation.

How we handle requests
Where we withhold information, section 17 of the Act requires us to issue a refusal notice.
Where the exemption is qualified we must also explain how we have weighed the public interest.
Information of which the requester is the subject is exempt under section 40(1) of the Act.
""")
    assert _labels(rec) == set()
    assert rec["public_interest_test"] is False
    assert rec["outcome"] == "full"


def test_the_requesters_own_data_withheld_from_this_request_is_s40_1():
    rec = _text(_LETTER_HEAD + """Response:
The information you have asked for is your own personal data, and it is exempt under section 40(1)
of the Act. You may ask for it under the right of access in the Data Protection Act 2018.
""")
    assert _labels(rec) == {"s40(1)"}


def test_a_condition_that_withholds_this_requests_figures_stays():
    rec = _text(_LETTER_HEAD + """Response:
1. 412 children were held overnight after charge in 2023.
2. Where a figure is fewer than five it has been withheld under section 40(2) of the Act.
""")
    assert _labels(rec) == {"s40(2)"}


def test_a_glossary_panel_names_terms_not_decisions():
    rec = _text(_LETTER_HEAD + """Response:
1. 412 children were held overnight after charge in 2023.
2. 37 of them were moved to local authority accommodation.

Understanding our responses
This panel explains terms used in many of our responses.
Section 30 – Investigations and proceedings. Information held for an investigation may be withheld.
Section 31 – Law enforcement. Information may be withheld, subject to a public interest test.
Neither confirm nor deny. Occasionally even saying whether we hold information would cause harm.

Your right to complain
You may ask for an internal review within 40 working days.
""")
    assert _labels(rec) == set()
    assert rec["ncnd"] is False
    assert rec["outcome"] == "full"


def test_ncnd_provisions_the_service_uses_in_general_are_no_labels():
    rec = _text(_LETTER_HEAD + """Response:
Anyshire Police neither confirms nor denies that it holds the information, by virtue of section 40(5B).
The police service most often meets these provisions in the form of sections 23(5), 24(2) and 31(3).
""")
    assert _labels(rec) == {"s40(5B)"}


def test_a_section_named_as_a_police_power_is_another_acts():
    rec = _text("""Anyshire Police
FOI Ref: 1403/25
S23 searches by outcome, 2022 to 2024

Year    Arrest    No further action
2022    1,204     5,912
2023    1,287     6,104
""")
    assert _labels(rec) == set()
    assert _labels(_text(_LETTER_HEAD + "Response:\nThe information is exempt under section 23(1) of the Act.\n")) \
        == {"s23(1)"}


# ---- a data release's description line ------------------------------------------------------------

def _docx(paragraphs: list[str], table: list[list[str]]) -> dict:
    doc = Document()
    for p in paragraphs[:2]:
        doc.add_paragraph(p)
    t = doc.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for p in paragraphs[2:]:
        doc.add_paragraph(p)
    out = io.BytesIO()
    doc.save(out)
    return parse_document(out.getvalue(), content_type=_DOCX, source="release.docx")


def test_a_data_releases_description_line_is_no_ask():
    rec = _docx(["Stop and search by self-defined ethnicity, 2023 to 2025",
                 "Number of people stopped and searched under all powers, by self-defined ethnicity, in each year.",
                 "Notes", "Source: Anyshire Police stop and search records."],
                [["Ethnicity", "2023", "2024"], ["White", "3,812", "4,105"], ["Asian", "1,106", "1,184"]])
    assert rec["questions"] == []
    assert rec["outcome"] == "unknown"


def test_a_count_asked_in_a_field_block_is_still_an_ask():
    rec = _text("""Anyshire Police
Request number: 18870
Date received: 3 May 2022
Number of arrest warrants outstanding on 1 April 2022, broken down by offence type.
The information is attached.
""")
    assert [q["text"][:30] for q in rec["questions"]] == ["Number of arrest warrants outs"]


# ---- text tables -----------------------------------------------------------------------------------

def test_a_text_tables_header_carried_over_a_page_break_heads_its_rows():
    rec = _text(_LETTER_HEAD + """Response:
The information is set out below.

Year    Missing reports from care homes    Warning notices served

Anyshire Police - FOI 2024/0419                         Page 1 of 2
OFFICIAL
\fOFFICIAL

2021                                 1,406                       38
2022                                 1,522                       44
""")
    measures = {f["measure"] for f in rec["figures"]}
    assert measures == {"Missing reports from care homes", "Warning notices served"}


def test_a_sentence_between_a_header_like_line_and_rows_keeps_them_apart():
    rec = _text(_LETTER_HEAD + """Response:
Figures  below
The table counts each child once in each year, whatever the number of detentions.
2021                                 1,406                       38
2022                                 1,522                       44
""")
    assert not any("below" in (f["measure"] or "") for f in rec["figures"])


def test_a_text_header_wrapped_over_two_lines_names_each_column_whole():
    rec = _text(_LETTER_HEAD + """Response:

    Year    Front counters open    Front counters closed
            at 1 April             in following 12 months
    2016                     73                        4
    2017                     69                       38
""")
    measures = {f["measure"] for f in rec["figures"]}
    assert measures == {"Front counters open at 1 April", "Front counters closed in following 12 months"}


# ---- a ruled Request | Response table split over a page break --------------------------------------

def _split_table_pdf() -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(57, 800, "Anyshire Police   Our ref: FOI 2020/0417   27 February 2020")
    c.drawString(57, 780, "Dear Requester, your questions and our answers are set out below.")
    left, mid, right = 57, 283, 539
    # page 1: header row and row 1 closed; row 2 runs to the foot of the page, no rule under it
    for y in (760, 742, 690):
        c.line(left, y, right, y)
    for x in (left, mid, right):
        c.line(x, 760, x, 100)
    c.drawString(60, 748, "Request")
    c.drawString(286, 748, "Response")
    c.drawString(60, 728, "1. How many front counters were open on")
    c.drawString(60, 716, "1 April 2019?")
    c.drawString(286, 728, "There were 14 front counters open.")
    c.drawString(60, 676, "2. Which front counters closed in 2018?")
    c.drawString(286, 676, "Three front counters closed in 2018:")
    c.drawString(286, 660, "\u2022 Alton - closed 28 July 2018")
    c.drawString(286, 646, "\u2022 Romsey - closed 2 March 2018")
    c.showPage()
    c.setFont("Helvetica", 10)
    # page 2: the row goes on with no rule above it, then row 3
    for y in (740, 700):
        c.line(left, y, right, y)
    for x in (left, mid, right):
        c.line(x, 800, x, 700)
    c.drawString(286, 780, "\u2022 Ryde - closed 1 February 2018")
    c.drawString(286, 766, "Each building stays in use by neighbourhood teams.")
    c.drawString(60, 726, "3. How many visitors did the counters record?")
    c.drawString(286, 726, "The counters recorded 152,907 visitors.")
    c.drawString(57, 660, "Yours sincerely, Freedom of Information Unit")
    c.save()
    return out.getvalue()


def test_a_request_response_rows_answer_list_over_a_page_break_is_no_asks():
    rec = parse_document(_split_table_pdf(), content_type="application/pdf", source="letter.pdf")
    assert [q["number"] for q in rec["questions"]] == ["1", "2", "3"]
    second = rec["questions"][1]["answer"]
    assert "Alton" in second and "Ryde" in second


def test_open_table_ends_close_only_where_both_side_walls_run_on():
    hs = [(760.0, 57.0, 539.0), (742.0, 57.0, 539.0), (690.0, 57.0, 539.0)]
    both = [(57.0, 100.0, 760.0), (283.0, 100.0, 760.0), (539.0, 100.0, 760.0)]
    assert _open_ends(hs, both) == [(100.0, 57.0, 539.0)]
    one_side = [(57.0, 100.0, 760.0), (283.0, 690.0, 760.0), (539.0, 690.0, 760.0)]
    assert _open_ends(hs, one_side) == []
    closed = [(57.0, 690.0, 760.0), (283.0, 690.0, 760.0), (539.0, 690.0, 760.0)]
    assert _open_ends(hs, closed) == []


# ---- force, reference and title ---------------------------------------------------------------------

def test_a_long_force_name_wrapped_over_a_line_end_names_the_force():
    rec = _text("""Information Rights Unit
Police Headquarters
Eastleigh

Dear Requester,

I write in response to your request received on 12/05/2022. Hampshire and Isle of
Wight Constabulary has considered your request.
""")
    assert rec["force"] == "hampshire-constabulary"


def test_a_labelled_reference_beats_the_running_headers_shorter_number():
    rec = _text("""CNC FOI 21-058 - Page 1
Civil Nuclear Constabulary
Reference: CNC FOI 21-058
Date: 3 September 2021

Dear Requester,
""")
    assert rec["reference"] == "CNC FOI 21-058"


def test_a_running_header_opens_no_field_block_and_a_building_is_no_subject():
    rec = _text("""MDP FOI2022/08815 Page 1
Ministry of Defence Police
Freedom of Information Office
Building 38
Wethersfield
Braintree
Reference: FOI2022/08815
Date: 27 May 2022
Use of force by MDP officers
Dear Requester,
Thank you for your email. You asked how many times officers used a Taser.
""")
    assert rec["title"] == "Use of force by MDP officers"


def test_a_publication_number_field_is_no_title():
    rec = _text("""Children reported missing from care homes

Keywords: Missing persons; Children
Publication number: PUB 2261
Request number: 31907
Date published: 20 January 2026

Request
How many times were children reported missing from care homes in 2024?

Response
There were 1,406 reports.
""")
    assert rec["title"] == "Children reported missing from care homes"


def test_a_data_releases_bold_title_naming_a_police_station_is_its_title():
    doc = Document()
    doc.add_paragraph().add_run("Front counter visitors by police station, 2021/22 and 2022/23").bold = True
    t = doc.add_table(rows=2, cols=3)
    for c, v in enumerate(["Station", "2021/22", "2022/23"]):
        t.cell(0, c).text = v
    for c, v in enumerate(["Poole", "8,412", "9,105"]):
        t.cell(1, c).text = v
    out = io.BytesIO()
    doc.save(out)
    rec = parse_document(out.getvalue(), content_type=_DOCX, source="release.docx")
    assert rec["title"] == "Front counter visitors by police station, 2021/22 and 2022/23"
    from parsers.fields.title_checks import not_a_title
    assert not_a_title("Eastleigh Police Station,")


# ---- where the request ends -------------------------------------------------------------------------

def test_the_asks_end_with_the_last_quoted_paragraph():
    rec = _text(_LETTER_HEAD.split("You asked:")[0] + """Thank you for your email, in which you wrote:

“Please tell me how many firearms officers are deployed at each site.”

“Finally, what types of weapon are carried by officers at Sellafield?”

The Constabulary is an armed police force. Its officers protect civil nuclear sites under powers of the Energy Act 2004.

I can confirm that the information is held. However, it is exempt under section 24(1) of the Act.
""")
    assert len(rec["questions"]) == 2


def test_an_unquoted_ask_after_the_quoted_ones_still_asks():
    rec = _text(_LETTER_HEAD.split("You asked:")[0] + """Thank you for your email, in which you wrote:

“Please tell me how many firearms officers are deployed at each site.”

“Finally, what types of weapon are carried by officers at Sellafield?”

Could you also tell me how many of them are women?

I can confirm that the information is held. However, it is exempt under section 24(1) of the Act.
""")
    assert len(rec["questions"]) == 3


def test_a_bullet_list_run_into_one_paragraph_gives_each_ask():
    from parsers.fields import list_grammar as lg
    assert lg.split_inline(["* How many reports were received? * How many were passed to forces? "
                            "* How many concerned romance fraud?"]) == [
        "* How many reports were received?", "* How many were passed to forces?",
        "* How many concerned romance fraud?"]
    assert lg.split_inline(["* The cost of each item marked * in the list."]) == [
        "* The cost of each item marked * in the list."]


def test_a_foisa_not_held_notice_ends_the_replicated_request():
    rec = _text("""Police Scotland
Our reference: IM-FOI-2019-0412

For ease of reference, your request is replicated below together with the response.

How many people stopped and searched in 2018 were recorded as having autism?

Of those searches, how many found an item that was being searched for?

In terms of section 17 of the Act, I can confirm that the information you have requested is not held by Police Scotland.

By way of explanation, the record of each search has no field for a disability.
""")
    assert len(rec["questions"]) == 2
    assert rec["outcome"] == "not_held"


def test_both_parts_of_your_request_is_the_forces_voice():
    rec = _text("""Dear Requester,

You asked:

Please send me a copy of the force's current hate crime policy.

I would also like the number of hate crimes recorded in 2019 and 2020.

Both parts of your request concern information that is already published, so it is exempt under Section 21 of the Act.
""")
    assert len(rec["questions"]) == 2


def test_a_closing_courtesy_is_no_ask_but_a_courteous_ask_is():
    from parsers.fields.request_bounds import not_an_ask
    assert not_an_ask("I realise you receive a great many requests and I am grateful for any help you can give. "
                      "If any part of this is difficult to answer, please let me know and I will happily narrow it down.")
    assert not not_an_ask("I realise you are busy, but please provide the number of officers dismissed in 2023.")


# ---- figures -------------------------------------------------------------------------------------------

def test_a_lone_value_columns_period_before_its_unit_is_the_period():
    from parsers.figures import table_figures
    table = {"header": ["System", "Supplier", "Annual cost 2023/24 (£)"],
             "rows": [["Records management", "Calder Ltd", "612,400"], ["Command and control", "Bright Ltd", "388,950"]]}
    figs = table_figures(table, 0)
    assert {f["period"] for f in figs} == {"2023/24"}
    assert all(f["measure"].endswith("Annual cost") for f in figs)


# ---- a request about the force's own FOI handling ---------------------------------------------------

_FOI_STATS = """Anyshire Police
FOI Reference: 2022/01187

Request
1. How many requests were refused in full under section 12 in each year?
2. How many responses neither confirmed nor denied under sections 24(2) and 40(5)?

Response
Anyshire Police holds the information and it is provided in full below. {none}

| Measure | 2020 | 2021 |
| Refused under section 12 | 96 | 88 |
| Section 24(2) - national security | 22 | 19 |
| Section 40(5) - personal information | 41 | 37 |

Notes
A single response can rely on more than one neither confirm nor deny provision.
The section 40(5) row includes responses that relied on section 40(5A) or section 40(5B).
"""


def test_sections_a_request_asks_about_are_data_when_no_exemption_was_applied():
    rec = _text(_FOI_STATS.format(none="No exemptions have been applied to this response."))
    assert _labels(rec) == set()
    assert rec["ncnd"] is False
    assert rec["outcome"] == "full"


def test_no_exemption_for_part_only_keeps_the_one_applied_to_the_rest():
    rec = _text(_LETTER_HEAD + """Response:
No exemptions have been applied to the figures; the names of the providers are withheld under section 40(2).
""")
    assert _labels(rec) == {"s40(2)"}


# ---- reviews and fresh responses recounting an earlier decision ---------------------------------------

def test_a_fresh_response_after_a_decision_notice_relies_on_nothing_it_recounts():
    rec = _text(_LETTER_HEAD + """Background
Our response of 8 February 2022 refused your request under section 12(1) of the Act. The Commissioner
required the force to issue a fresh response that does not rely on section 12. This letter is that response.

Response:
1. 412 children were held overnight after charge in 2023.
2. The names of the providers are withheld under section 40(2) of the Act.
""")
    assert _labels(rec) == {"s40(2)"}


def test_a_review_that_upholds_the_first_reply_still_relies_on_it():
    rec = _text(_LETTER_HEAD + """Internal review
Our original response refused both parts of your request under section 31(1)(a) of the Act.
I have reviewed the handling of your request and I uphold the original decision.
""")
    assert _labels(rec) == {"s31(1)(a)"}


def test_a_test_the_first_reply_set_out_is_no_test_of_this_review():
    rec = _text(_LETTER_HEAD + """Internal review
The original response refused your request in full. It relied on section 40(2) and section 31(1)(a),
and set out a prejudice and public interest test for section 31.

Response:
I have decided to overturn the original decision in part. The figures are disclosed below, except
where a figure is fewer than five: those figures are withheld under section 40(2), an absolute exemption.
Section 31(1)(a) is not engaged and is no longer relied on.
""")
    assert _labels(rec) == {"s40(2)"}
    assert rec["public_interest_test"] is False


def test_a_breadcrumb_trail_ending_on_the_page_heading_keeps_the_heading():
    rec = _text("""Report
Your area
Request
About us
Contact us
Home
Freedom of information
Disclosure log
2021
June
Joint patrols with French authorities

FOI Ref: 21/05/0743

Request

Please provide a copy of any agreement covering joint patrols of the northern French coastline.

Response

Kent Police holds the information. It is withheld under section 27(1)(a) of the Act.
""")
    assert rec["title"] == "Joint patrols with French authorities"


# ---- pages laid out with tables, and text from a PDF's carrier ----------------------------------------

def _html(page: str) -> dict:
    return parse_document(page.encode(), "text/html", source="page.html")


_ASPX = """<html><head><title>Police Pursuits</title></head><body>
<form name="aspnetForm" method="post" action="Police-Pursuits.aspx"><input type="hidden" name="__VIEWSTATE" value="x"/>
<table id="pageLayout" width="100%"><tr>
<td class="leftNav"><a href="/">About us</a></td>
<td id="contentCell"><table width="100%"><tr><td><h1>Police Pursuits</h1></td></tr><tr><td>
<table><tr><td><strong>Our Ref:</strong></td><td>DC/FOI 1183/19</td></tr></table>
<table>
<tr><td><span>Request:</span></td><td><span>Please provide for each year from 2016 to 2018:<br/>
1.&nbsp;&nbsp;The number of vehicle pursuits initiated by officers.<br/>
2.&nbsp;&nbsp;The number of those pursuits that ended in a collision.</span></td></tr>
<tr><td><span>Response:</span></td><td><span>I can confirm that the force holds the information you have requested.</span>
<table class="MsoTableGrid"><tr><td></td><td>2016</td><td>2017</td><td>2018</td></tr>
<tr><td>Pursuits initiated</td><td>212</td><td>198</td><td>231</td></tr>
<tr><td>Ended in a collision</td><td>31</td><td>27</td><td>35</td></tr></table></td></tr>
</table></td></tr></table></td></tr></table>
</form></body></html>"""


def test_a_page_wrapped_in_a_form_and_laid_out_with_tables_is_read():
    rec = _html(_ASPX)
    assert [q["text"][:30] for q in rec["questions"]] == ["The number of vehicle pursuits", "The number of those pursuits t"]
    assert len(rec["figures"]) == 6
    assert rec["outcome"] == "full"


def test_a_search_form_is_still_no_part_of_the_page():
    rec = _html("""<html><body><main><h1>Taser use</h1>
<form role="search"><label>Search this site</label><input name="q"/><button>Go</button></form>
<h2>Request</h2><p>How many times was a Taser fired in 2023?</p>
<h2>Response</h2><p>A Taser was fired 38 times.</p></main></body></html>""")
    assert "Search this site" not in (rec["request_text"] + rec["response_text"])


def test_a_one_column_table_of_short_items_stays_a_table():
    rec = _html("""<html><body><main><h1>Stations closed</h1>
<h2>Request</h2><p>Which police stations closed in 2019?</p>
<h2>Response</h2><p>The stations are listed below.</p>
<table><tr><th>Station</th></tr><tr><td>Alton</td></tr><tr><td>Romsey</td></tr></table></main></body></html>""")
    assert any(t["header"] == ["Station"] for t in rec["tables"])


def test_a_pointer_to_the_question_and_answer_table_gives_nothing():
    rec = _html("""<html><body><main><h1>Sale of a police station</h1>
<p>Your questions and our answers are set out in the table below.</p>
<table><tr><th>Request</th><th>Response</th></tr>
<tr><td>1. How many bids were received for the station?</td><td rowspan="2">The sale has not completed. The
information is exempt under Section 43(2) (Commercial interests) of the Act.</td></tr>
<tr><td>2. The name of each bidder.</td></tr></table></main></body></html>""")
    assert rec["outcome"] == "refused"


def test_bullets_turned_into_question_marks_and_a_hyphenated_section():
    rec = _text(_LETTER_HEAD.split("You asked:")[0] + """You asked for:

?   The number of county lines networks closed in each year from 2018 to 2020.
?   The quantity of Class A drugs seized in the same period.

Response
The figures are given below. Details of the current operation are withheld under Sec-
tion 30(1)(a) of the Act.
""")
    assert [q["text"][:20] for q in rec["questions"]] == ["The number of county", "The quantity of Clas"]
    assert _labels(rec) == {"s30(1)(a)"}


def test_a_second_section_named_after_a_dashed_name_is_cited():
    from parsers.fields.exemptions import find_labels
    assert find_labels("exempt under Sections 31(1)(a)(b) – Law Enforcement and 38(1)(a)(b) – Health and Safety") == [
        "s31(1)(a)", "s31(1)(b)", "s38(1)(a)", "s38(1)(b)"]
    assert find_labels("Section 40(2) – Personal information and 2023 figures") == ["s40(2)"]


# ---- Police Scotland and title rows -------------------------------------------------------------------

def test_a_title_row_opening_with_its_reference_gives_both():
    from parsers.fields.title_checks import clean
    assert clean("IM-FOI-2024-1870 - Drug supply offences recorded by division") == (
        "Drug supply offences recorded by division", "IM-FOI-2024-1870")
    assert clean("2019 - Year in review") == ("2019 - Year in review", None)


_PS = """Police Scotland
Our reference: IM-FOI-2021-0412

Your request was as follows:

Please provide the number of public counters closed in 2020.

{body}
"""


def test_a_foisa_weighing_under_a_bare_public_interest_heading_is_a_test():
    rec = _text(_PS.format(body="""Police Scotland can neither confirm nor deny that it holds the information, in terms of section 18(1).

Public interest

I accept that there is a public interest in how public money is spent. However, the public interest in
protecting national security is stronger, and it would be contrary to the public interest to reveal whether
the information exists."""))
    assert rec["public_interest_test"] is True


def test_related_figures_offered_to_be_of_assistance_give_nothing_asked_for():
    rec = _text(_PS.format(body="""In terms of section 17 of the Act, I can confirm that the information you have requested is not held by Police Scotland.

To be of assistance, Police Scotland currently has 29 public counters across the country."""))
    assert rec["outcome"] == "not_held"


def test_the_information_you_have_requested_is_held_ends_the_request():
    rec = _text(_PS.format(body="""The information you have requested is held by Police Scotland. However, I am refusing to provide it
in terms of section 16(1) of the Act, on the basis that section 25(1) applies: it is published at:

https://www.scotland.police.uk/about-us/

Your right to request a review
If you require any further assistance please contact us quoting the reference above."""))
    assert len(rec["questions"]) == 1


def test_a_tables_numbered_notes_are_no_asks_but_asks_after_a_request_heading_are():
    rec = _text("""Anyshire Police - FOI 004871/23
Burglaries recorded by type, 2020 to 2022

  Type                                      2020         2021         2022
  Residential burglary                     8,120        7,204        8,340
  Business and community burglary          4,150        3,843        4,276

Notes
1. Crimes recorded by the force in each calendar year, extracted on 3 March 2023.
2. Business and community burglary includes burglary of shops, offices and sheds.
""")
    assert rec["questions"] == []
    assert rec["outcome"] == "unknown"
    rec = _text("""Anyshire Police
Notes
Request:
1. How many burglaries were recorded in 2022?
2. How many of them were solved?

Response:
There were 12,616 burglaries; 1,034 were solved.
""")
    assert len(rec["questions"]) == 2
