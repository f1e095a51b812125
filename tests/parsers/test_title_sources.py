"""Title, reference, published date and force: one small document per source, in the written order
(parsers/fields/title.py, reference.py, dates.py, force.py; docs/parsing.md). Texts written here."""
from __future__ import annotations

import io

import pytest

from parsers.analyse import analyse
from parsers.document import parse_document
from parsers.fields import dates, force, reference, title

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
