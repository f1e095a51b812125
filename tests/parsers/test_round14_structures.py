"""Structures from the fourth real-page review's repros (session 14), each written here afresh:
Word's "o" sub-bullet copied as a letter, the same sub-asks under two request numbers, and
answers printed under the asks' letters with two letters sharing one answer."""
from __future__ import annotations

from parsers import parse_document
from parsers.fields import list_grammar

O_BULLETS = b"""Freedom of Information Request Reference No: FOI 004411/23
I write in connection with your request for information received on the 3rd March 2023, in
which you sought access to the following information:
I am researching garden sheds and would like to request:
o  2022 figures on shed burglaries where a padlock had been cut
o  2022 figures on shed burglaries where nothing was taken
Response to your Request
Northshire Police does not hold this information.
"""

SAME_SUBASKS = b"""Reference: F-2024-00912

Request

Request 1
For January to March 2023, please provide:
(a) how many noise complaints were made about the firing range?
(b) how many of those complaints were closed within a week?

Request 2
For April to June 2023, please provide:
(a) how many noise complaints were made about the firing range?
(b) how many of those complaints were closed within a week?

Answer
Six complaints were made in the first period and four in the second.
"""

JOINT_LABELS = b"""Kennel inspections - 881/22

Date Responded 14 June 2022

You asked:

1) How many:

a) Kennel blocks

b) Kennel inspectors

c) Failed inspections

...did the force record on 31/03/22?

In Response:

a) The number of kennel blocks on 31/03/22 was 4.

b&c Information not held.
"""


def test_word_s_o_sub_bullet_copied_as_a_letter_is_a_bullet():
    assert list_grammar.item("o  2022 figures on shed burglaries")[0] == "o_glyph"
    assert list_grammar.item("\uf0b7 the number of sheds")[0] == "bullet"
    assert list_grammar.item("o ran y cais hwn") is None   # a Welsh sentence, not a bullet
    rec = parse_document(O_BULLETS, "text/plain")
    assert [q["text"][:40] for q in rec["questions"]] == [
        "2022 figures on shed burglaries where a ", "2022 figures on shed burglaries where no"]


def test_the_same_sub_asks_under_two_request_numbers_are_four_asks():
    rec = parse_document(SAME_SUBASKS, "text/plain")
    assert [q["number"] for q in rec["questions"]] == ["1a", "1b", "2a", "2b"]


def test_one_answer_under_two_letters_is_each_ask_s_answer():
    rec = parse_document(JOINT_LABELS, "text/plain")
    assert rec["outcome"] == "partial"      # a) given, b) and c) not held
    assert rec["evidence"]["outcome_rule"] == "given, and part not held"


# ---- from labelled sets r and s (session 14), written here afresh --------------------------------

FIELD_TABLE = b"""<html><body><main><h1>Horse patrols 2023 and 2024</h1>
<table><tr><th scope="row">Our reference:</th><td>FOI 5521/24</td></tr>
<tr><th scope="row">Date of response:</th><td>3 May 2024</td></tr>
<tr><th scope="row">Request:</th><td><p>I would like to know how many horse patrols the force ran in 2023 and
in 2024, and also whether any patrols were cancelled because of the weather.</p></td></tr>
<tr><th scope="row">Response:</th><td><p>The force ran 212 patrols in 2023 and 198 in 2024.</p>
<table><thead><tr><th>Year</th><th>Patrols</th><th>Cancelled</th></tr></thead>
<tbody><tr><td>2023</td><td>212</td><td>9</td></tr><tr><td>2024</td><td>198</td><td>12</td></tr></tbody></table>
</td></tr></table></main></body></html>"""


def test_a_request_and_response_laid_out_in_a_field_table_reads_as_the_page():
    rec = parse_document(FIELD_TABLE, "text/html")
    assert [q["text"][:30] for q in rec["questions"]] == ["I would like to know how many ",
                                                          "whether any patrols were cance"]
    assert rec["outcome"] == "full" and rec["reference"] == "FOI 5521/24"
    assert {(f["period"], f["value"]) for f in rec["figures"]} == {("2023", 212), ("2023", 9),
                                                                   ("2024", 198), ("2024", 12)}


DRUPAL_FIELDS = b"""<html><head><title>Disclosure log entry | Westshire Police</title></head><body><main>
<h1>Disclosure log entry</h1>
<div class="field field--label-inline"><div class="field__label">Title</div>
<div class="field__item">Kennel inspections</div></div>
<div class="field"><div class="field__label">Reference number</div><div class="field__item">WP/FOI 77/25</div></div>
<h2>Request</h2><p>How many kennel inspections were made in 2024?</p>
<h2>Response</h2><p>Fourteen inspections were made.</p></main></body></html>"""

LINK_TITLE = b"""<html><head><title>Disclosure FOI2025/00991 | Westshire Police</title></head><body><main>
<h1>Disclosure FOI2025/00991</h1>
<dl><dt>Reference</dt><dd>FOI2025/00991</dd><dt>Received</dt><dd>2 March 2025</dd>
<dt>Request</dt><dd><p>How many dog bites on officers were recorded in 2024?</p></dd>
<dt>Response</dt><dd><p>The figure is in the attached letter.</p></dd></dl>
<ul><li><a href="/files/foi2025-00991.pdf">Dog bites on officers &ndash; response letter (PDF, 88KB)</a></li></ul>
</main></body></html>"""


def test_a_cms_title_field_beats_a_generic_heading():
    rec = parse_document(DRUPAL_FIELDS, "text/html")
    assert rec["title"] == "Kennel inspections"
    assert rec["reference"] == "WP/FOI 77/25"


def test_the_one_download_names_the_subject_when_the_headings_do_not():
    rec = parse_document(LINK_TITLE, "text/html")
    assert rec["title"] == "Dog bites on officers"     # never the field label "Received"


def test_a_date_after_a_dash_is_no_part_of_the_title():
    from parsers.fields.title_checks import clean
    assert clean("Knife arches - request dated 2 May 2025")[0] == "Knife arches"
    assert clean("Dog bites on the towpath – 14 May 2025")[0] == "Dog bites on the towpath"
    assert clean("Events of 14 May 2025")[0] == "Events of 14 May 2025"


THREAD = b"""Stray horses

A Requester made this Freedom of Information request to Westshire Police

A Requester                                               3 March 2025

Dear Westshire Police,

How many stray horses were reported in 2024?

Yours faithfully,
A Requester

Freedom of Information, Westshire Police                  4 March 2025

Thank you for your email. Your request has been logged and you will receive
a response within 20 working days.

Freedom of Information, Westshire Police                 28 March 2025

Dear A Requester,

Westshire Police received 41 reports of stray horses in 2024.

A Requester                                               30 March 2025

Dear Freedom of Information, Westshire Police,

Thank you. Could you also say how many were returned to their owners?

Yours faithfully,
A Requester

Freedom of Information, Westshire Police                 14 April 2025

Dear A Requester,

We received 41 reports and 33 horses were returned. With this reply all of your questions
have been answered.
"""


def test_a_thread_is_dated_by_the_force_s_reply_to_the_last_follow_up():
    rec = parse_document(THREAD, "text/plain")
    assert rec["published"] == "2025-04-14"
    assert rec["outcome"] == "full"


def test_a_count_stated_by_the_force_is_given_beside_a_part_published_elsewhere():
    text = (b"Reference: 0612/25\n\nYou asked for the retention schedule and the number of erasure requests.\n\n"
            b"The schedule is published on our website, so it is exempt under Section 21 of the Freedom of "
            b"Information Act.\n\nIn 2024 the force received 143 requests asking for data to be erased.\n")
    rec = parse_document(text, "text/plain")
    assert rec["outcome"] == "partial"


def test_not_held_and_not_recorded_worded_plainly():
    from parsers.fields.outcome import _classes
    assert "not_held" in _classes("The information you have requested is therefore not held.")
    assert "not_recorded" in _classes("The force does not record the number of visitors to its counters.")
    assert _classes("We do not record a town boundary, so the question cannot be answered as it stands.") == set()


def test_the_interest_weighed_and_the_balance_struck_is_a_public_interest_test():
    from parsers.fields.outcome import _classes
    assert "pit_weighing" in _classes(
        "The public interest in openness has been weighed against the harm to crime prevention, and the "
        "balance favours withholding the information.")


def test_the_act_s_lists_named_in_passing_are_no_citations():
    from parsers.fields.exemptions import find_exemptions
    scot = ("Section 18 applies where the information would be exempt under one or more of sections 28 to 35, "
            "38, 39 or 41. We rely on section 18(1) with section 35(1)(a).")
    assert [e["label"] for e in find_exemptions(scot, "FOISA")] == ["s18(1)", "s35(1)(a)"]
    bodies = ("The police service may at times work with the bodies listed in Section 23(3) of the Act. "
              "We neither confirm nor deny under sections 23(5) and 24(2).")
    assert [e["label"] for e in find_exemptions(bodies)] == ["s23(5)", "s24(2)"]
    pace = "The section 38(6) figures are below.\n| Year | Requests under s38(6) PACE |\n| 2024 | 12 |"
    assert find_exemptions(pace) == []


def test_two_tables_of_one_shape_are_told_apart_by_their_captions():
    from parsers.figures import figures_for
    head = ["Route", "2023/24"]
    tables = [{"caption": "Table 1: Applications", "header": head, "rows": [["PCDA", "120"]]},
              {"caption": "Table 2: Appointed", "header": head, "rows": [["PCDA", "40"]]}]
    assert [f["measure"] for f in figures_for(tables)] == ["PCDA / Applications", "PCDA / Appointed"]


def test_an_ask_inside_a_quotation_of_the_whole_request_loses_the_marks():
    from parsers.analyse import _unquoted
    assert _unquoted("“The number of burglaries in 2024.") == "The number of burglaries in 2024."
    assert _unquoted("The number of charges.”") == "The number of charges."
    assert _unquoted("“Operation Fox” costs in 2024") == "“Operation Fox” costs in 2024"


PAGE_BREAK = b"""Our Ref: FOI2025/01234

I note you seek access to the following information:

The number of officers on restricted duties at 31 March in each of 2024 and 2025.

Of the officers on restricted duties at each of those dates, the number who had been restricted for more than twelve

Westshire Constabulary is part of a regional collaboration.                  Page 1 of 2

months, and the most common reasons recorded for the restriction.

Response: The figures are below.
"""


def test_a_page_footer_inside_an_ask_is_dropped_and_the_ask_reads_on():
    rec = parse_document(PAGE_BREAK, "text/plain")
    assert len(rec["questions"]) == 2
    assert rec["questions"][1]["text"].startswith("Of the officers on restricted duties")
    assert "twelve months, and" in rec["questions"][1]["text"]


def test_inline_roman_dates_are_the_values_of_one_ask():
    text = (b"You asked:\n\n1. How many officers were posted to the towpath team as of (i) 1.4.18 and (ii) 1.4.19?\n"
            b"2. How many boats did the team have as of (i) 1.4.18 and (ii) 1.4.19?\n\n"
            b"Response\n\nThere were 6 officers and 2 boats on each date.\n")
    rec = parse_document(text, "text/plain")
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]


def test_a_wdtk_follow_up_addressed_to_the_foi_mailbox_is_the_requester_s():
    from parsers.fields.force_words import REQUESTER_SALUTATION
    assert REQUESTER_SALUTATION.match("Dear Freedom of Information, Norfolk Constabulary,")


def test_a_line_break_inside_a_word_paragraph_stays_a_line_break():
    import io

    import docx

    doc = docx.Document()
    run = doc.add_paragraph().add_run("Our reference: FOI/2025/00871")
    run.add_break()
    run.add_text("19 February 2025")
    doc.add_paragraph("Subject: Roadside drug tests")
    doc.add_paragraph("Please provide the number of roadside drug tests carried out in 2024.")
    doc.add_paragraph("We carried out 412 roadside drug tests in 2024.")
    buf = io.BytesIO()
    doc.save(buf)
    rec = parse_document(buf.getvalue(),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert rec["published"] == "2025-02-19"
    assert rec["reference"] == "FOI/2025/00871"
