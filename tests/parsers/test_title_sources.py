"""Title, reference, published date and force: one small document per source, in the written order
(parsers/fields/title.py, reference.py, dates.py, force.py; docs/parsing.md). Texts written here."""
from __future__ import annotations

import io

import pytest

from parsers.analyse import analyse
from parsers.document import parse_document
from parsers.fields import dates, force, reference, title, url_slug

SOH = "https://www.durham.police.uk/foi-ai/durham-constabulary/disclosure-log/2024/may/"


def _html(body: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body><main>{body}</main></body></html>".encode()


def _page(body: str, head: str = "", url: str = SOH + "x/") -> dict:
    return parse_document(_html(body, head), "text/html", url)


ASK = "<h2>Request</h2><p>1. How many horses does the force keep?</p><h2>Response</h2><p>Six.</p>"


# --- titles, one per source ---

def test_reader_title_row_wins():
    rec = analyse("Horse patrols by month\nMonth | Patrols\nJan | 4", title_hint="Horse patrols by month")
    assert rec["title"] == "Horse patrols by month"


def test_html_h1_then_og_then_title_then_slug():
    og = '<meta property="og:title" content="Mounted unit costs">'
    head_title = "<title>Mounted unit costs | Durham Constabulary</title>"
    assert _page("<h1>Horse patrols</h1>" + ASK, og + head_title)["title"] == "Horse patrols"
    assert _page(ASK, og + head_title)["title"] == "Mounted unit costs"
    assert _page(ASK, head_title)["title"] == "Mounted unit costs"  # site name taken off
    assert _page(ASK, "", SOH + "123424-mounted-unit-costs/")["title"] == "Mounted unit costs"


def test_html_h1_loses_reference_and_month_tag():
    rec = _page("<h1>FOI 2210-2024 (Oct 2024) Horse patrols</h1>" + ASK)
    assert (rec["title"], rec["reference"]) == ("Horse patrols", "2210-2024")


def test_html_h1_naming_only_the_force_is_skipped():
    og = '<meta property="og:title" content="Horse patrols">'
    assert _page("<h1>Durham Constabulary</h1>" + ASK, og)["title"] == "Horse patrols"


def test_labelled_subject_field():
    text = "Request Number: F-2024-00412\nSubject: Horse Patrols\nRequest 1\nHow many horses?\nAnswer 1\nSix."
    assert analyse(text)["title"] == "Horse Patrols"


def _docx(build) -> bytes:
    import docx

    d = docx.Document()
    build(d)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_docx_heading_style_not_bold_letterhead():
    def build(d):
        d.add_paragraph().add_run("Durham Constabulary").bold = True
        d.add_paragraph("Our reference: FOI 3310/24")
        d.add_heading("Horse patrols in the city centre", level=1)
        d.add_paragraph("Thank you for your request. You asked how many horses patrol the city.")
        d.add_heading("Response", level=2)
        d.add_paragraph("We hold this information. Six horses patrol the city.")
    rec = parse_document(_docx(build))
    assert (rec["title"], rec["reference"], rec["force"]) == (
        "Horse patrols in the city centre", "FOI 3310/24", "durham-constabulary")


def test_docx_key_value_table_and_page_header():
    def build(d):
        d.sections[0].header.paragraphs[0].text = "Durham Constabulary - FOI reference: FOI2024/07711"
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Request title", "Horse patrols"
        t.cell(1, 0).text, t.cell(1, 1).text = "Date published", "3 June 2024"
        d.add_paragraph("We hold this information. Six horses patrol the city.")
    rec = parse_document(_docx(build))
    assert (rec["title"], rec["reference"], rec["published"], rec["force"]) == (
        "Horse patrols", "FOI2024/07711", "2024-06-03", "durham-constabulary")


def test_foi_subject_phrase():
    text = ("Durham Constabulary\nOur reference: 24/05/2210\n19 May 2024\n"
            "Freedom of Information Request 24/05/2210 - Horse patrols\nDear Requester,\n"
            "Thank you for your request. You asked:\n1. How many horses?\nResponse\nSix.")
    assert analyse(text, fmt="pdf")["title"] == "Horse patrols"
    assert analyse("Your request for information regarding police horses\nThank you.", fmt="pdf")["title"] \
        == "police horses"


def test_page_copy_repeated_heading():
    text = ("Disclosure log\nMay 2024\nHorse patrols\n\nHorse patrols\n\nReference number: 2210/24\n\n"
            "Request\n\n1. How many horses?\n\nResponse\n\nSix.")
    assert analyse(text, fmt="text")["title"] == "Horse patrols"


@pytest.mark.parametrize("fmt", ["pdf", "text"])
def test_letter_subject_line_after_fields_not_letterhead(fmt):
    text = ("DURHAM CONSTABULARY\nInformation Rights Team\nAykley Heads, Durham\nOur Ref: 2210/24\n"
            "Date: 19 May 2024\nFREEDOM OF INFORMATION ACT 2000\nHorse patrols in 2023\n"
            "Dear Requester, on 2 May 2024 you asked for the following:\n1. How many horses?\n"
            "Response\nSix horses.")
    rec = analyse(text, fmt=fmt)
    assert (rec["title"], rec["reference"], rec["published"]) == ("Horse patrols in 2023", "2210/24", "2024-05-19")


def test_letter_without_subject_line_has_no_title():
    text = ("Durham Constabulary\nInformation Rights Team\nOur Ref: 2210/24\nDate: 19 May 2024\n"
            "Dear Requester,\nThank you for your request for information received on 2 May 2024.")
    assert analyse(text, fmt="pdf")["title"] is None


def test_text_copy_first_line_request_title():
    text = ("horse patrols in the city\n\nDurham Constabulary\n\nDear Mr Lowe,\n\n"
            "Freedom of Information Request\nOur ref: 2210/24\n\nThank you for your request. You asked:\n"
            "1. How many horses?\n")
    assert analyse(text, fmt="text")["title"] == "horse patrols in the city"


def test_segment_title_with_reference_is_last():
    text = "Horse Patrols (2210/24)\n\nRequest\n\n1. How many horses?\n\nResponse\n\nSix."
    rec = analyse(text, fmt="pdf")
    assert (rec["title"], rec["reference"]) == ("Horse Patrols", "2210/24")


@pytest.mark.parametrize("line", [
    "POLICE SCOTLAND", "Norfolk and Suffolk Constabularies", "Public Disclosure Team, Kent Police",
    "Information Management - Freedom of Information", "REQUEST FOR INFORMATION", "OFFICIAL",
    "FOI date: 3 May 2024", "Our Ref: AB/12/24", "Date: 3 May 2024", "Police Headquarters, Oakfield",
    "Quickly exit this site by pressing Escape", "Response to your Request",
])
def test_non_title_lines(line):
    assert title.not_a_title(line) or not title.title_shaped(line)


@pytest.mark.parametrize("line", ["Police station closures", "Re-vetting of serving officers",
                                  "Kent Police dogs retired", "Crown Court outcomes"])
def test_titles_that_name_police_words_survive(line):
    assert title._accept(line)[0] == line


# --- references ---

def test_reference_order_field_row_beats_quoted_earlier_case():
    body = ("<table><tr><th>Case reference</th><td>FOI2024/00911</td></tr>"
            "<tr><th>Published</th><td>2 Dec 2024</td></tr></table>"
            "<h2>Request</h2><p>I ask again for what my earlier request (our reference FOI2024/00533) "
            "asked for.</p><h2>Response</h2><p>This request is refused.</p>")
    rec = _page("<h1>Horse patrols</h1>" + body)
    assert (rec["reference"], rec["published"]) == ("FOI2024/00911", "2024-12-02")


def test_reference_from_a_bare_slug_number():
    assert reference.from_url(SOH + "221024-horse-patrols/") == "2210/24"
    assert reference.from_url("https://x/disclosure-log/2025/may/foi-33125/") == "331/25"
    assert reference.from_url("https://x/foi-958-2024--oct-2024--horses/") == "958-2024"
    # the year split only where the digits end in a year the path files the page under
    assert reference.from_url(SOH.replace("2024", "2025") + "foi-104224/") == "1042/24"  # Jan: last year's
    assert reference.from_url(SOH + "call-answer-times-318227/") == "318227"  # West Mercia numbers
    assert reference.from_url("https://x/disclosure-2025/may/dog-thefts-2142025/") == "214/2025"
    assert reference.from_url("https://x/foi-log/foi-51224-horses/") == "51224"  # no year to go by


def test_prose_reference_quoting_an_earlier_case_is_never_taken():
    text = "\n" * 30 + "We answered your previous request (our reference FOI2024/00533) in May."
    assert reference.decide(text) is None


# --- dates ---

@pytest.mark.parametrize("text,iso", [
    ("Response sent: 17/04/2024", "2024-04-17"),
    ("Date range: 01/01/2023 - 31/12/2023\nDate published: 22 August 2024", "2024-08-22"),
    ("| Published | 14 Nov 2024 |", "2024-11-14"),
    ("Tuesday, 15 October 2024 | Roads Policing", "2024-10-15"),
    ("FOI Ref: 911/24                                     Date: 30 September 2024", "2024-09-30"),
    ("Date of request: 18 July 2024\nDate of response: 14 August 2024", "2024-08-14"),
    ("Date received: 1 May 2024", None),
    ("Dear Requester, On 3 March 2024 you asked for the following.", None),
    ("Request\nHow many horses?\nResponse\nSix.\nThis response was sent on 03/06/2024.", "2024-06-03"),
    ("Our reply was issued on 3rd June 2024 by the FOI team.", "2024-06-03"),
    ("Your request was sent on 3 May 2024.", None),
])
def test_published_dates(text, iso):
    assert dates.from_text(text) == iso


# --- force ---

def test_joint_letter_belongs_to_the_letterhead():
    text = ("Suffolk Constabulary\nOur Ref: FOI 001122/24\n4 April 2024\n"
            "Dear Requester, On 3 March 2024 you asked Norfolk and Suffolk Constabularies the following.\n"
            "1. How many thefts? Norfolk Constabulary and Norfolk Police figures follow for Norfolk Constabulary.")
    assert force.from_letterhead(text.splitlines()) == "suffolk-constabulary"
    assert analyse(text, fmt="pdf")["force"] == "suffolk-constabulary"


def test_force_named_only_in_a_docx_page_header():
    def build(d):
        d.sections[0].header.paragraphs[0].text = "Durham Constabulary"
        d.add_heading("Horse patrols by month", level=1)
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Month", "Patrols"
        t.cell(1, 0).text, t.cell(1, 1).text = "January", "14"
    assert parse_document(_docx(build))["force"] == "durham-constabulary"


# --- round 2: classes of lines that are never the subject, and where references hide ---

def test_protective_marking_printed_twice_is_not_the_title():
    text = ("Durham Constabulary\nREQUEST FOR INFORMATION\nRequest Number: F-2024-00311\n"
            "Date of response: 3 June 2024\nHorse patrols in the city\n"
            "The force has now completed its search. Your request and our answer follow.\n"
            "Request 1\nHow many horses?\nAnswer 1\nSix.\nOFFICIAL [PUBLIC]\nOFFICIAL [PUBLIC]\n"
            "Durham Constabulary F-2024-00311 Page 1 of 1")
    assert analyse(text, fmt="pdf")["title"] == "Horse patrols in the city"
    assert title.not_a_title("OFFICIAL - SENSITIVE")


def test_force_name_with_form_heading_is_a_letterhead_not_the_subject():
    def build(d):
        d.add_heading("Durham Constabulary – Freedom of Information", level=1)
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Reference", "FOI 0311/24"
        t.cell(1, 0).text, t.cell(1, 1).text = "Date of response", "3 June 2024"
        d.add_heading("Horse patrols in the city centre", level=1)
        d.add_paragraph("Thank you for your request. You asked how many horses patrol the city.")
    rec = parse_document(_docx(build))
    assert (rec["title"], rec["reference"], rec["published"]) == (
        "Horse patrols in the city centre", "FOI 0311/24", "2024-06-03")


def test_appendix_page_header_line_gives_reference_not_title():
    text = ("Durham Constabulary                                   FOI 2024-0311\nAppendix A\n\n"
            "Horse patrols by month, 2022 to 2024\n\nMonth        2022     2023     2024\n"
            "January        14       12       15\nFebruary       11       13       10\n")
    rec = analyse(text, fmt="text")
    assert (rec["title"], rec["reference"]) == ("Horse patrols by month, 2022 to 2024", "2024-0311")


def test_email_subject_holding_only_the_reference_is_not_the_title():
    text = ("Horse patrols in the city\n\nFrom: Durham Constabulary FOI\nTo: A Person <request-1-ab@example.org>\n"
            "Subject: Your Freedom of Information request FOI/24/0311\nDate: Mon, 3 Jun 2024 10:00:00 +0100\n\n"
            "Dear A Person\n\nThank you for your request. You asked:\n\n  How many horses are there?\n")
    rec = analyse(text, fmt="text")
    assert (rec["title"], rec["reference"]) == ("Horse patrols in the city", "FOI/24/0311")


def test_decision_field_without_colon_is_not_the_subject():
    text = ("Durham Constabulary\nFreedom of Information\nFOI Reference 2024-00311\n"
            "Date of response 3 June 2024\nDecision Refused - section 12\nHorse patrol rotas\n"
            "Dear Applicant\nThank you for your email requesting the following information:\n1. The rotas.")
    rec = analyse(text, fmt="pdf")
    assert (rec["title"], rec["reference"], rec["published"]) == ("Horse patrol rotas", "2024-00311", "2024-06-03")
    assert title.not_a_title("Outcome – Information not held")
    assert not title.not_a_title("Outcome of misconduct hearings")


def test_body_lead_in_is_not_the_subject_and_a_subject_may_name_a_department():
    text = ("Durham Constabulary\nFreedom of Information Unit\nReference Number: 2024/0311\nDear Requester,\n"
            "Re: Staffing of the Professional Standards Department\n"
            "We have received your request of 3 May 2024, which reads:\nQ1 How many staff work there?")
    assert analyse(text, fmt="pdf")["title"] == "Staffing of the Professional Standards Department"
    assert title.not_a_title("We have now considered your request for the following")
    assert title.not_a_title("Durham Constabulary has now completed its search")
    assert title.not_a_title("Freedom of Information Unit")


def test_wrapped_first_line_of_a_request_is_no_title():
    text = ("DURHAM CONSTABULARY\nOur Ref: 0311/24\nDate: 3 June 2024\n\nRequest\n\n"
            "Has the force used horses at any football match in\nthe county since the start of 2023?\n\n"
            "Response\n\nThe force holds no information.")
    assert analyse(text, fmt="text")["title"] is None


def test_labelled_reference_after_the_title_is_taken_off():
    rec = _page("<h1>Horse patrols - FOI 0311/24</h1>" + ASK, url=SOH + "horse-patrols/")
    assert (rec["title"], rec["reference"]) == ("Horse patrols", "0311/24")


def test_reference_with_the_force_letters_before_foi_and_act_year_is_no_reference():
    text = ("FREEDOM OF INFORMATION ACT 2000 - RESPONSE\n\nRequest reference:   DC FOI 24-311\n"
            "Date of response:    3 June 2024\n\nSubject: Horse patrols\n")
    assert reference.decide(text) == "DC FOI 24-311"
    assert reference.decide("FREEDOM OF INFORMATION ACT 2000 - RESPONSE", title_ref="ACT 2000") is None


def test_request_number_beats_the_publication_number_in_a_field_block():
    body = ("<table><tr><td>Publication reference</td><td>PUB 0311</td></tr>"
            "<tr><td>Request number</td><td>FOI 20311</td></tr></table>" + ASK)
    assert _page("<h1>Horse patrols</h1>" + body)["reference"] == "FOI 20311"


@pytest.mark.parametrize("line,ref", [
    ("Durham Constabulary – Freedom of Information request 0311/24 – Appendix A", "0311/24"),
    ("Re: Freedom of Information request 0311/24", "0311/24"),
    ("Durham Constabulary FOI HQ/PA/000311/24", "HQ/PA/000311/24"),
    ("Durham Constabulary FOI 2024-0311 Page 1 of 2", "2024-0311"),
    ("Freedom of Information Act 2000", None),
    ("FOI 2024", None),
])
def test_form_name_and_reference_lines(line, ref):
    assert reference.foi_line(line) == ref


def test_reference_in_a_docx_page_header_line_and_a_csv_title_row():
    def build(d):
        d.sections[0].header.paragraphs[0].text = "Durham Constabulary FOI HQ/PA/000311/24"
        d.add_heading("Horse patrols by month", level=2)
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Month", "Patrols"
        t.cell(1, 0).text, t.cell(1, 1).text = "January", "14"
    assert parse_document(_docx(build))["reference"] == "HQ/PA/000311/24"
    csv = (b"Durham Constabulary - Freedom of Information 2024/0311\n\"Horse patrols by month, 2024\"\n"
           b"Month,Patrols\nJanuary,14\nFebruary,11\n")
    rec = parse_document(csv, "text/csv")
    assert (rec["title"], rec["reference"]) == ("Horse patrols by month, 2024", "2024/0311")


def test_field_block_as_a_header_row_over_one_row_of_values():
    body = ("<table><tr><th>Reference</th><th>Date of response</th><th>Category</th></tr>"
            "<tr><td>0311/24</td><td>3 June 2024</td><td>Roads</td></tr></table>" + ASK)
    rec = _page("<h1>Horse patrols</h1>" + body, url=SOH + "foi-0311-24-horse-patrols/")
    assert (rec["reference"], rec["published"]) == ("0311/24", "2024-06-03")  # not the slug's 0311-24

    def build(d):
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Our reference", "Date of response"
        t.cell(1, 0).text, t.cell(1, 1).text = "FOI 0311/24", "3 June 2024"
        d.add_heading("Horse patrols", level=1)
    rec = parse_document(_docx(build))
    assert (rec["reference"], rec["published"]) == ("FOI 0311/24", "2024-06-03")


# --- URL slugs: the per-platform table (parsers/data/url_slugs.tsv) and text copies parsed with a URL ---

@pytest.mark.parametrize("row", url_slug.rows(), ids=lambda r: f"{r.host}:{r.example_reference}")
def test_every_slug_table_row_reads_its_own_example(row):
    got = url_slug.read(row.example_url)
    assert (got.reference or "-", (got.words or "-").casefold()) == (row.example_reference,
                                                                      row.example_title.casefold())


NORTHUMBRIA = ("https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/"
               "disclosure-log/operational-policing/")


def _text(text: str, url: str) -> dict:
    return parse_document(text.encode(), "text/plain", url)


def test_slug_number_without_a_path_year_is_split_by_the_platform_and_printed_as_the_text_prints_it():
    body = ("Date Responded 3 June 2024\n\nYou asked:\n\n1. How many horses does the force keep?\n\n"
            "Six horses are kept.\n")
    assert _text(body, NORTHUMBRIA + "horse-patrols-41224/")["reference"] == "412/24"
    ny = ("https://www.northyorkshire.police.uk/foi-ai/north-yorkshire-police/foi-disclosure-2021-22/"
          "may-2024/foi-horse-patrols-0123-202425/")
    assert _text(body, ny)["reference"] == "0123.2024-25"  # not the year chunk 202425
    printed = "Request\n0123.2024-25\nHow many horses does the force keep?\n\nSix horses are kept.\n"
    assert _text(printed, ny.replace("foi-horse-patrols-0123-202425", "foi-0123-202425---horses"))[
        "reference"] == "0123.2024-25"
    mercia = "https://www.westmercia.police.uk/foi-ai/west-mercia-police/disclosure-log/2024/may/horses-312324/"
    assert _text(body, mercia)["reference"] == "312324"  # West Mercia numbers carry no year


def test_reference_heading_without_colon_after_an_email_disclaimer():
    disclaimer = "\n".join(["This e-mail and any attachments are confidential and for the addressee only."] * 6)
    text = (f"Horse patrols\n\nDear Kent Police,\n\nHow many horses does the force keep?\n\nYours faithfully,\n"
            f"A Requester\n\n{disclaimer}\n\nDear A Requester,\n\nFREEDOM OF INFORMATION REQUEST 24/05/1311\n\n"
            "Thank you for your request. Six horses are kept.\n")
    assert reference.decide(text) == "24/05/1311"
    assert reference.decide("Date of response 14/03/2024") is None  # a date is still no reference


def test_unlabelled_field_block_gives_the_request_number_not_the_publication_number():
    text = ("Horses, Stables, Patrols\nPUB 1311\n20311\nHorse patrols\n1 May to 3 June 2024\n"
            "How many horses does the force keep?\n")
    assert reference.decide(text) == "20311"


# --- titles of text copies: the URL slug, WhatDoTheyKnow page text, standard headings ---

MET = "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/may-2024/"
SOH_COPY = ("Quickly exit this site by pressing the Escape key Leave this site\n"
            "Freedom of information request reference no: 01.FOI.24.031100\n"
            "I note you seek access to the following information:\n1. How many horses does the force keep?\n"
            "The MPS holds six horses.\n")


@pytest.mark.parametrize("url,want", [
    (MET + "horse-patrols-in-the-city/", "Horse patrols in the city"),
    (NORTHUMBRIA + "101-and-999-calls-about-horses-41224/", "101 and 999 calls about horses"),
    ("https://www.northyorkshire.police.uk/foi-ai/north-yorkshire-police/foi-disclosure-2021-22/may-2024/"
     "foi-0123-202425---cctv-at-stables/", "CCTV at stables"),
    ("https://docs.example.org/doc/1234/official-our-ref-foi-0311", None),  # a document store's file name
])
def test_text_copy_without_a_heading_takes_the_slug_words(url, want):
    assert _text(SOH_COPY, url)["title"] == want


def test_whatdotheyknow_title_after_site_text_and_before_the_request():
    sidebar = ("Follow this request\n\nThere are 2 people following this request\n\nOffensive? Unsuitable?\n\n"
               "Report this request\n\nSimilar requests\n\n")
    made = "A Requester made this Freedom of Information request to Durham Constabulary\n\n"
    ask = "Dear Durham Constabulary,\n\nHow many horses does the force keep?\n\nYours faithfully,\nA Requester\n"
    assert _text(sidebar + "Horse patrols\n\n" + made + ask, None)["title"] == "Horse patrols"
    banner = ("We don't know whether the most recent response to this request contains information or not – "
              "if you are A Requester please sign in and let everyone know.\n\n")
    assert _text(banner + "Horses\n\n" + made + ask, None)["title"] == "Horses"  # one word is a title here
    status = "Stable costs\n\nThe request was partially successful.\n\nDear Durham Constabulary,\n\nI ask to be provided\n"
    assert _text(status + "1. the cost of each stable\n", None)["title"] == "Stable costs"


def test_line_spelling_the_url_slug_is_the_title_even_when_cut_short():
    text = ("Stable costs received/overdue in the city centre\nDear Durham Constabulary,\nRe: Stables\n"
            "Please provide the cost of each stable.\n")
    url = "https://www.whatdotheyknow.com/request/stable_costs_receivedoverdue_in_2"
    assert _text(text, url)["title"] == "Stable costs received/overdue in the city centre"


def test_email_copy_title_line_above_the_header_keeps_the_subjects_reference():
    text = ("Horse patrols in the city\n\nFrom: Durham Constabulary FOI Unit\nTo: A Requester\n"
            "Subject: Clarification needed - FOI 2024/0311 - Horse patrols in the city\n"
            "Date: Mon, 3 Jun 2024 10:00:00 +0000\n\nDear A Requester,\n\nPlease clarify your request.\n")
    rec = _text(text, None)
    assert (rec["title"], rec["reference"]) == ("Horse patrols in the city", "2024/0311")


@pytest.mark.parametrize("line", [
    "Provision of information held by Durham Constabulary made under the Freedom of Information Act 2000 (the 'Act')",
    "Information Request to Durham Constabulary under the Freedom of Information Act",
    "Request 1",
    "3 June 2024 | Roads Policing",
    "This website is no longer live. For our homepage, please visit",
    "Freedom of Information Team, Mill House, Long Lane, Anytown",
])
def test_standard_headings_and_site_lines_are_no_titles(line):
    assert title._accept(line)[0] is None


def test_letterhead_laid_out_in_columns_is_not_the_subject():
    text = ("DURHAM CONSTABULARY                         Our Ref: DC/FOI 0311/24\n"
            "Freedom of Information Unit                 Date: 3rd June 2024\n"
            "Mill House                                  Tel: 101\nLong Lane\nAnytown\n\n"
            "Dear Requester,\n\nHORSE PATROLS IN THE CITY\n\nThank you for your request.\n")
    assert _text(text, None)["title"] == "HORSE PATROLS IN THE CITY"


def test_whatdotheyknow_request_belongs_to_its_addressee_not_the_force_it_mentions():
    text = ("Horse patrols\n\nThe request was successful.\n\nDear Durham Constabulary,\n\n"
            "Papers released by the Metropolitan Police Service (MPS) and the Metropolitan Police show that "
            "the Met lent horses to other forces.\n\n1. How many horses did the force borrow from the Met?\n")
    assert _text(text, "https://www.whatdotheyknow.com/cy/request/horse_patrols")["force"] == "durham-constabulary"


def test_published_in_a_column_of_the_letterhead_and_in_a_docx_footer():
    text = ("ANYSHIRE POLICE                        Our Ref: 0311/24\n"
            "Information Rights Unit                Date: 3rd June 2024\n\nDear Requester,\n")
    assert dates.from_text(text) == "2024-06-03"
    assert dates.from_text("Received: 1 May 2024\nOFFICIAL | Response date: 2024-06-03") == "2024-06-03"

    def build(d):
        d.sections[0].footer.paragraphs[0].text = "OFFICIAL | Date responded: 03/06/2024"
        d.add_heading("Horse patrols", level=1)
        d.add_paragraph("The force keeps six horses.")
    assert parse_document(_docx(build))["published"] == "2024-06-03"


def test_a_language_toggle_is_page_chrome_never_a_title():
    for toggle in ("Cymraeg", "English | Cymraeg", "Yn Gymraeg"):
        assert title.not_a_title(toggle), toggle
    page = ("Cymraeg\nDyfed-Powys Police\n\nHorse patrols at night\n\nReference: FOI 0042/24\n"
            "Date of response: 03/05/2024\n\nRequest\n\na) How many horse patrols ran at night in 2023?\n\n"
            "Response\n\nThere were 41 night patrols.\n")
    rec = analyse(page, fmt="text")
    assert rec["title"] == "Horse patrols at night"
    # a letter whose letterhead comes first keeps no heading from its next line
    assert title.decide(["Dyfed-Powys Police", "Horse patrols at night"], fmt="text")[0] is None


def test_whatdotheyknow_title_over_the_made_by_header():
    """The header's other wording, "Freedom of Information request made by A Requester to X"."""
    text = ("Horse feed contracts\n\nFreedom of Information request made by A Requester to Durham Constabulary\n\n"
            "The request was successful.\n\nDear Durham Constabulary,\n\nWho supplies the horse feed?\n\n"
            "Yours faithfully,\nA Requester\n")
    rec = _text(text, None)
    assert rec["title"] == "Horse feed contracts"
    assert rec["force"] == "durham-constabulary"
