"""Structures from the session-22 accuracy round (blind sets k1-k4), each example written here
afresh."""
from __future__ import annotations

import io

import docx

from parsers import figures as figs
from parsers import parse_document
from parsers.fields import list_grammar as lg
from tests.support.parse_docs import asks as _asks
from tests.support.workbooks import xlsx


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


LEGEND_TABLE = """Hare coursing reports

Our ref: FOI 0412/23
Date: 3 May 2023

Dear Requester,

You asked for the number of hare coursing reports in each district.

District        2021     2022
Northfield        14        -
Southmoor          9       11

{legend}

Yours sincerely,
Disclosure Unit
"""


def test_a_dash_the_legend_calls_suppressed_is_a_null_figure():
    rec = _parse(LEGEND_TABLE.format(legend="- denotes fewer than five reports; the figure is withheld."))
    cells = {(f["measure"], f["period"]): f["value"] for f in rec["figures"]}
    assert ("Northfield", "2022") in cells and cells[("Northfield", "2022")] is None
    assert cells[("Southmoor", "2022")] == 11


def test_a_dash_with_no_such_legend_is_no_figure():
    rec = _parse(LEGEND_TABLE.format(legend="Figures are from the crime recording system."))
    assert ("Northfield", "2022") not in {(f["measure"], f["period"]) for f in rec["figures"]}
    assert len(rec["figures"]) == 3


def test_dash_legends_as_forces_word_them():
    for legend in ("'-' = figure suppressed", "A dash (-) indicates fewer than 5 incidents",
                   "Counts below five are shown as '-' to protect identities",
                   "| - denotes a figure withheld under section 40(2) |"):
        assert figs.dash_is_suppressed(legend), legend
    for other in ("- = nil return", "Note: - denotes no data recorded", "- The number of arrests"):
        assert not figs.dash_is_suppressed(other), other


def test_a_hard_wrapped_body_line_is_never_the_subject_line():
    rec = _parse("""Fixed penalty notices for cycling on pavements

Anyshire Constabulary

2 June 2021

Dear Ms Fenwick,

Our reference: FOI 0771/21

Anyshire Constabulary has considered your request and I am writing to
give you our response. The information is held, but finding it would
take longer than the 18 hours allowed, so it is refused under section 12(1) of the
Freedom of Information Act 2000. This letter is a refusal notice under
section 17(5).

Yours sincerely,
Information Access Team
""")
    assert rec["title"] == "Fixed penalty notices for cycling on pavements"


def test_a_wrapped_ask_under_a_request_heading_is_no_subject_line():
    rec = _parse("""Road closures for filming

Anyshire Police Service

14 May 2025

Dear Mr Dalby,

Our Reference: FOI/20871

Request 1
How many road closures did the force agree for television filming in
each of the years 2023 and 2024?

Answer 1
Nine in 2023 and eleven in 2024.
""")
    assert rec["title"] == "Road closures for filming"


def test_a_subject_line_in_a_letter_with_no_blank_lines_beside_an_aligned_table():
    rec = _parse("""Anyshire Police
Disclosure Unit
Our Ref: FOI/2211/22
Date: 9 October 2022
Abandoned vehicles removed
Dear Requester,
Thank you for your request, received on 12 September 2022, which is set out below.
The number of abandoned vehicles removed in each year from 2020 to 2021.
Response
The figures are below.
Year          2020       2021
Vehicles       412        388
Yours sincerely,
Disclosure Unit
""")
    assert rec["title"] == "Abandoned vehicles removed"


def test_a_review_letter_line_saying_the_request_was_refused_is_no_status_line():
    rec = _parse("""OFFICIAL
Anyshire Constabulary
Our ref: IR/0090/24
Date: 4 March 2024
FREEDOM OF INFORMATION ACT 2000 - INTERNAL REVIEW
Speed camera van deployments
Dear Requester,
I have completed the internal review you asked for. You asked:
a. How many hours the speed camera vans were deployed in each year from 2021 to 2023.
Original decision
The request was refused under section 12(1) of the Act. It was estimated that the work would take 30 hours.
Review decision
I uphold the original decision.
""")
    assert rec["title"] == "Speed camera van deployments"


def test_a_public_interest_extension_letter_decides_nothing():
    rec = _parse("""Automatic number plate recognition cameras

Anyshire Police

3 July 2024

Dear Mr Okafor,

Freedom of Information Request Reference No: 2231/24

Thank you for your request for information, received on 5 June 2024, in
which you asked:

1. How many ANPR cameras does Anyshire Police operate?

2. Where is each camera sited?

I am writing to let you know that we have not yet reached a decision on
your request.

We are considering whether some or all of the information is exempt
under section 24(1) and section 31(1)(a) of the Freedom of Information
Act 2000. Both are qualified exemptions, so before reaching a decision we
must consider whether the public interest in maintaining the exemption
outweighs the public interest in disclosure.

Section 10(3) of the Act allows a reasonable extension of time to
consider the public interest. We now expect to send you a full response
by 2 August 2024.

Yours sincerely,

Freedom of Information Team
""")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "unknown"
    assert rec["public_interest_test"] is False


def test_a_review_letter_reporting_the_first_reply_after_the_asks_adds_no_ask():
    rec = _parse("""Dog seizures under the Dangerous Dogs Act

Anyshire Police

19 September 2024

Dear Mr Price,

Re: Review of Freedom of Information Request ref DS/1180/24

Your Request and our Response

In your email of 11 July 2024 you asked:

(1) How many dogs did the force seize in each of the years 2022 and 2023?

(2) What did kennelling the seized dogs cost in each year?

On 8 August 2024 you were told that the force held the information but
that the cost of providing it would exceed the appropriate limit.

Findings of the Review

Both questions can be answered within the limit, and the figures follow.
""")
    assert _asks(rec) == ["How many dogs did the force seize in each of the years 2022 and 2023?",
                          "What did kennelling the seized dogs cost in each year?"]


def test_a_starred_footnote_saying_a_figure_is_suppressed_is_no_ask():
    assert lg.footnote("* A figure from 1 to 4, suppressed so that no one can be identified.", [])
    assert lg.footnote("* Values between 1 and 5 are not shown.", [])
    assert not lg.footnote("* The number of dogs seized in 2023", [])


def _docx_with_request_cell() -> bytes:
    d = docx.Document()
    d.add_paragraph("Anyshire Police")
    d.add_paragraph("Fly-tipping prosecutions")
    t = d.add_table(rows=4, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Reference", "003318/25"
    t.cell(1, 0).text, t.cell(1, 1).text = "Date received", "2 April 2025"
    t.cell(2, 0).text, t.cell(2, 1).text = "Date of response", "28 April 2025"
    t.cell(3, 0).text = "Details of request"
    cell = t.cell(3, 1)
    cell.paragraphs[0].text = "Q.1 How many fly-tipping cases did the force pass to the council in 2024?"
    cell.add_paragraph("Q.2 How many of those cases ended in a prosecution?")
    d.add_paragraph("Response")
    d.add_paragraph("Anyshire Police holds the information. The force passed 61 cases to the "
                    "council in 2024, and 12 ended in a prosecution.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_asks_inside_a_docx_field_tables_request_cell_are_read():
    rec = parse_document(_docx_with_request_cell(), None, "letter.docx")
    assert _asks(rec) == ["How many fly-tipping cases did the force pass to the council in 2024?",
                          "How many of those cases ended in a prosecution?"]
    assert rec["reference"] == "003318/25"
    assert rec["published"] == "2025-04-28"
    assert rec["figures"] == []


def _sheet_book(sheets: dict[str, list[list]]) -> bytes:
    return xlsx(*sheets.items())


def test_parallel_sheets_with_the_same_measure_are_told_apart_by_their_names():
    book = _sheet_book({
        "Dog bites": [["Year", "Reports", "Arrests"], ["2022", 41, 6], ["2023", 52, 9]],
        "Horse incidents": [["Year", "Reports", "Injuries"], ["2022", 7, 2], ["2023", 5, 1]]})
    rec = parse_document(book, None, "data.xlsx")
    measures = {(f["measure"], f["period"]): f["value"] for f in rec["figures"]}
    assert measures[("Reports / Dog bites", "2022")] == 41
    assert measures[("Reports / Horse incidents", "2022")] == 7
    assert measures[("Injuries / Horse incidents", "2023")] == 1   # every figure of both sheets


def test_blocks_stacked_under_a_repeated_header_keep_their_own_sections():
    book = _sheet_book({"Outcomes": [
        ["Complaint outcomes, 2022/23 and 2023/24"],
        ["Formal complaints"],
        ["Outcome", "2022/23", "2023/24"],
        ["Upheld", 31, 28],
        ["Not upheld", 140, 152],
        ["Informal resolutions"],
        ["Outcome", "2022/23", "2023/24"],
        ["Upheld", 64, 71]]})
    rec = parse_document(book, None, "outcomes.xlsx")
    got = {(f["measure"], f["period"]): f["value"] for f in rec["figures"]}
    formal = [m for (m, p), v in got.items() if p == "2022/23" and v == 31]
    informal = [m for (m, p), v in got.items() if p == "2022/23" and v == 64]
    assert formal and "Formal complaints" in formal[0] and "Upheld" in formal[0]
    assert informal and "Informal resolutions" in informal[0]


def test_a_heading_merged_across_a_docx_table_row_is_a_section_not_a_row():
    d = docx.Document()
    d.add_paragraph("Stop and search by age, 2022 to 2023")
    t = d.add_table(rows=5, cols=3)
    rows = [["Age", "2022", "2023"], ["All searches", "", ""], ["Under 18", "210", "198"],
            ["Resulting in arrest", "", ""], ["Under 18", "31", "27"]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for r in (1, 3):
        t.cell(r, 0).merge(t.cell(r, 2)).text = rows[r][0]
    buf = io.BytesIO()
    d.save(buf)
    rec = parse_document(buf.getvalue(), None, "table.docx")
    got = {(f["measure"], f["period"]): f["value"] for f in rec["figures"]}
    arrests = [m for (m, p), v in got.items() if p == "2022" and v == 31]
    assert arrests and "Resulting in arrest" in arrests[0] and "All searches" not in arrests[0]


def test_an_appendix_quoting_the_act_cites_none_of_the_sections_it_names():
    rec = _parse("""Covert surveillance at football matches

Our ref: 1193/24

Dear Requester,

You asked whether covert surveillance was used at any home match in 2024.

Response

The force neither confirms nor denies that it holds the information, by virtue of:

Section 23(5) – Information supplied by, or concerning, certain Security Bodies
Section 31(3) – Law Enforcement

Confirming or denying would undermine law enforcement tactics; the balance of the public interest
lies in favour of neither confirming nor denying.

Appendix A

Section 23(5) – The duty to confirm or deny does not arise where doing so would involve disclosing information supplied by any of the bodies named in section 23(3).

Section 31(3) – The duty to confirm or deny does not arise where compliance would, or would be likely to, prejudice any of the matters in section 31(1).
""")
    assert {e["label"] for e in rec["exemptions"]} == {"s23(5)", "s31(3)"}
    assert rec["outcome"] == "ncnd"


def test_a_letters_you_wrote_lead_in_is_no_mail_quote_header():
    rec = _parse("""Taser discharges on children

Anyshire Police

27 January 2026

Dear Mr Ellis,

Freedom of Information Request Reference: 000311/26

Thank you for your request for information received by Anyshire Police
on 6 January 2026. You wrote:

    1. How many times was a Taser discharged at a person under 18 in 2025?
    2. How many of those people were arrested?

Response

This information is already published in the force's annual use of force report, so it is
exempt under Section 21 of the Freedom of Information Act 2000.

Yours sincerely,

Information Management Unit
""")
    assert [q["text"] for q in rec["questions"]] == [
        "How many times was a Taser discharged at a person under 18 in 2025?",
        "How many of those people were arrested?"]
    assert [e["label"] for e in rec["exemptions"]] == ["s21"]
    assert rec["outcome"] == "published_elsewhere"


def test_a_govuk_publication_is_dated_by_its_header_not_its_update():
    page = """<html><body><main><header>
<h1>Police dog bites, 2023</h1>
<p class="publication-header__last-changed">Published 9 July 2024</p></header>
<div class="govspeak"><h2>Your request</h2><p>How many people did police dogs bite in 2023?</p>
<h2>Our response</h2><p>Police dogs bit 14 people in 2023.</p></div></main></body></html>"""
    rec = parse_document(page.encode(), "text/html", "https://www.gov.uk/government/publications/dog-bites")
    assert rec["published"] == "2024-07-09"
    updated = page.replace("Published 9 July 2024", "Updated 2 August 2024")
    rec = parse_document(updated.encode(), "text/html", "https://www.gov.uk/government/publications/dog-bites")
    assert rec["published"] != "2024-08-02"


# A review of the round's diff (a helper) found rules broader than their examples; each mended,
# with its counter-example here.

def test_what_is_no_dash_legend():
    assert not figs.dash_is_suppressed("- denotes nil; * denotes fewer than five, suppressed")
    assert not figs.dash_is_suppressed("- the number of incidents where fewer than two officers attended.")
    assert figs.dash_is_suppressed("- fewer than five sites; the figure has been suppressed.")


def test_a_final_letter_describing_the_public_interest_test_still_refuses():
    rec = _parse("""Locations of ANPR cameras

Our ref: 0553/24

Dear Requester,

You asked for the location of every ANPR camera in the county.

Sections 24(1) and 31(1)(a) of the Act are qualified exemptions, so before reaching a decision the
force must weigh the public interest. Disclosing the locations would let offenders avoid the cameras,
and the public interest favours withholding them. The locations are withheld under sections 24(1)
and 31(1)(a).

This letter is a refusal notice under section 17(1).
""")
    assert {e["label"] for e in rec["exemptions"]} == {"s24(1)", "s31(1)(a)"}
    assert rec["outcome"] == "refused"


def test_a_subject_line_under_a_title_case_heading_is_kept():
    rec = _parse("""Anyshire Constabulary
Our ref: 0881/24
Date: 2 May 2024

Freedom of Information Act 2000 - Request for Information
Police horses deployed at football matches

Dear Requester,

You asked how many police horses were deployed at football matches in 2023.

Police horses were deployed at 41 matches in 2023.
""")
    assert rec["title"] == "Police horses deployed at football matches"


def test_starred_asks_naming_redactions_are_asks_not_footnotes():
    assert not lg.footnote("* Number of clips released with faces redacted", [])
    assert not lg.footnote("* Number of requests where the footage was withheld in full", [])


def test_the_forces_own_reasons_in_an_appendix_still_cite():
    rec = _parse("""Covert surveillance devices

Our ref: 1207/24

Dear Requester,

You asked how many covert listening devices the force owns.

The information is withheld. The reasons are set out in Appendix A.

Appendix A

Section 31(1)(a) – Disclosing the number of devices would show the limits of the force's covert
capability and so prejudice the prevention of crime.

Section 24(1) – The number could be combined with other information to harm national security.
""")
    assert {e["label"] for e in rec["exemptions"]} == {"s31(1)(a)", "s24(1)"}


def test_a_row_of_equal_figures_is_no_section_row():
    rec = _parse("""Officers dismissed

Dear Requester,

You asked how many officers were dismissed for failing vetting.

| Measure | 2022 | 2023 |
|---|---|---|
| Dismissed | 0 | 0 |
| Resigned | 2 | 3 |
""")
    got = {(f["measure"], f["period"]): f["value"] for f in rec["figures"]}
    assert got[("Dismissed", "2022")] == 0 and got[("Resigned", "2023")] == 3


def test_a_financial_year_split_by_the_caption_joiner_stays_one_part():
    assert figs.caption_parts("Misconduct hearing outcomes 2022 / 23") == ["Misconduct hearing outcomes 2022 / 23"]
    assert figs.caption_parts("Outcomes / Gross misconduct hearings") == ["Outcomes", "Gross misconduct hearings"]


def test_a_thread_copys_acknowledgement_is_not_its_reply_date():
    rec = _parse("""Sheep worrying by dogs

A Requester made this Freedom of Information request to Anyshire Constabulary

A Requester

14 March 2023

Dear Anyshire Constabulary,

How many incidents of sheep worrying were reported in 2022?

Yours faithfully,

A Requester

Freedom of Information, Anyshire Constabulary

14 March 2023

Thank you for your email, which has reached the Freedom of Information
Unit. We will deal with it under the Act and aim to send you a reply
within 20 working days.

Freedom of Information, Anyshire Constabulary

6 April 2023

Dear Requester,

Our Ref: AC/FOI 0412/23

There were 41 incidents of sheep worrying reported in 2022.
""")
    assert rec["published"] == "2023-04-06"


def test_a_reply_above_quoted_mail_headers_is_judged_without_the_earlier_answers():
    rec = _parse("""Dog handlers on rest days

Anyshire Police

23 November 2021

Dear Mr Lamb,

Freedom of Information Request - FOI 2021/0558

Your new request:

1. How many dog handlers were called in on a rest day in 2020?

2. What did the force pay them for those days?

Response

Anyshire Police does not hold this information. Rest day working is not recorded by role.

Yours sincerely,

Freedom of Information Officer

From: Anyshire Police FOI
Sent: 27 October 2021 10:02
Subject: RE: Freedom of Information request - Police dogs

> Dear Mr Lamb,
>
> Freedom of Information Request - FOI 2021/0497
>
> You asked:
>
> 1. How many police dogs did the force keep in 2020?
>
> 2. How many dog handlers did the force employ in 2020?
>
> Response
>
> 1. The force kept 31 police dogs in 2020.
>
> 2. The force employed 24 dog handlers in 2020.

From: A Lamb
Sent: 29 October 2021 18:40
Subject: RE: Freedom of Information request - Police dogs

> Dear Anyshire Police,
>
> Thank you. As a follow-up, could you tell me how many handlers were called in on rest days,
> and what they were paid for those days?
>
> Yours sincerely,
> A Lamb
""")
    assert [q["text"] for q in rec["questions"]] == [
        "How many dog handlers were called in on a rest day in 2020?",
        "What did the force pay them for those days?"]
    assert rec["outcome"] == "not_held"


def test_a_thread_copied_oldest_first_keeps_its_reply():
    rec = _parse("""From: A Requester
Date: 3 March 2024
Subject: Police horses

Dear Anyshire Police,

How many police horses did the force keep in 2023?

Yours faithfully,
A Requester

From: Anyshire Police FOI
Date: 28 March 2024
Subject: RE: Police horses

Dear Requester,

The force kept 12 police horses in 2023.

Yours sincerely,
FOI Team
""")
    assert [q["text"] for q in rec["questions"]] == ["How many police horses did the force keep in 2023?"]
    assert rec["outcome"] == "full"
