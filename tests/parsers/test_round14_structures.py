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


# ---- from the fourth real-page review's patterns (session 14), written here afresh --------------

def _asks(text: bytes) -> list[str]:
    return [q["text"] for q in parse_document(text, "text/plain")["questions"]]


def test_a_lead_ask_keeps_the_fields_listed_under_it():
    text = (b"You asked:\n\nPlease send me a list of every horse injured on duty in 2023.\n\n"
            b"For each injury please give:\n\n  \xe2\x80\xa2 The date\n  \xe2\x80\xa2 The town\n"
            b"  \xe2\x80\xa2 The cause, if recorded\n\nIn Response:\n\nThere were 9 injuries. The list is attached.\n")
    asks = _asks(text)
    assert len(asks) == 1 and asks[0].startswith("Please send me a list of every horse")
    assert "The date; The town" in asks[0]


def test_an_aside_after_tell_me_does_not_split_the_ask():
    text = (b"FOI Reference: 77/2024\n\nRequest:\n\nCan you please tell me, in the last two years, how many times "
            b"officers were called to the museum because of disorder.\n\nResponse:\n\nThe number of calls was 6.\n")
    assert len(_asks(text)) == 1


def test_describing_the_request_and_arguing_for_it_ask_nothing():
    text = (b"Dear Vale Police,\n\nIt concerns dispersal orders made by your force in 2024.\n\n"
            b"Please note there are two parts to my request.\n\n"
            b"Could you please send me the policy on dispersal orders?\n\n"
            b"In these hard times it would make good sense to publish these orders so people know whether they apply.\n\n"
            b"Could you please tell me how many orders were made?\n\nYours faithfully,\n\nA Reader\n")
    assert [a[:30] for a in _asks(text)] == ["Could you please send me the p", "Could you please tell me how m"]


def test_a_question_after_a_condition_and_a_signature_placeholder():
    text = (b"Dear Vale Police,\n\nI am interested to know\n\n- how many radios are issued to officers;\n"
            b"- whether the force plans to replace them.\n\n"
            b"If the force has started replacing them, what share of radios are the new model.\n\n"
            b"Yours faithfully,\n\nA Reader\n")
    assert len(_asks(text)) == 3
    sig = (b"Canal patrol costs\n\nPlease supply the full costs of policing the canal fair in 2022.\n\n"
           b"Please supply the minutes of all meetings held with the organisers.\n\nRegards,\n\nC Reader\n\n"
           b"Jo Bloggs\nFreedom of Information Officer\n* [Vale Police request email]\n")
    assert [a[:20] for a in _asks(sig)] == ["Please supply the fu", "Please supply the mi"]


def test_wanting_to_find_out_is_the_ask_not_its_framing():
    text = (b"Request:\n\nI am trying to find out whether thefts near the station went down on market days. "
            b"I have read the published figures, but I need the market-day figures to judge a pilot.\n\n"
            b"Response:\n\nThe figures are attached.\n")
    assert _asks(text)[0].startswith("I am trying to find out whether")


def test_a_quoted_earlier_request_is_history():
    text = (b"FOI Reference: 2203/2025\nRequest:\nI previously sent your force the request below:\n"
            b"\"Please send me all emails between your FOI team and the records office in October 2025.\"\n"
            b"Please now tell me how many of those emails were about requests you refused.\n")
    assert [a[:25] for a in _asks(text)] == ["Please now tell me how ma"]


def test_words_that_point_at_the_response_or_describe_the_act_give_nothing():
    text = (b"FREEDOM OF INFORMATION REQUEST REFERENCE NO: FOI-301-2024\n"
            b"I write in connection with your request for information which was received on 4th March 2024 as follows:\n"
            b"How many times in the last three years were officers called to a parish council meeting?\n"
            b"Please find the Vale Police response set out below.\n"
            b"Response: The second duty at Section 1(1)(b) is to disclose information that has been confirmed as held.\n"
            b"Section 12(2) means we need not confirm whether the information is held if that alone would exceed "
            b"the appropriate limit. Every call would need to be read, which would exceed 18 hours.\n")
    assert parse_document(text, "text/plain")["outcome"] == "cost_limit"


def test_an_automatic_acknowledgement_with_a_footnote_mark_gives_nothing():
    text = (b"Ferry thefts\n\nH Reader made this Freedom of Information request to Vale Police\n\n"
            b"Dear Vale Police,\n\nI am seeking the information the force holds about thefts at the ferry terminal "
            b"since 2020. The harbour board announced a plan in 2020 [1].\n\nYours faithfully,\n\nH Reader\n\n"
            b"[1] https://www.example.org/news/\n\nFreedom of Information, Vale Police\n\n"
            b"Thank you for your e-mail. We will endeavour to provide a response within 20 working days.\n")
    rec = parse_document(text, "text/plain")
    assert rec["outcome"] == "unknown"
    assert rec["questions"][0]["text"].startswith("I am seeking the information")


def test_a_request_that_says_what_can_be_disclosed_withholds_nothing():
    from parsers.fields.outcome import _classes
    assert "withheld" not in _classes("I am looking for guidance on which kinds of record can be disclosed.")
    assert "withheld" in _classes("The names cannot be disclosed.")


def test_sections_of_an_act_named_by_its_year_are_that_act_s():
    from parsers.fields.exemptions import find_exemptions
    assert find_exemptions("Sections 12 and 14 of the 1986 Act let the police impose conditions on marches.") == []
    assert [e["label"] for e in find_exemptions("Section 12 of the 2000 Act applies.")] == ["s12"]


def test_welsh_whatdotheyknow_lines_and_a_title_typed_as_a_sentence():
    wdtk = (b"Cost of policing the county show.\n\nRoedd y cais yn rhannol lwyddiannus.\n\nDear Vale Police,\n\n"
            b"Please tell me what policing the county show cost in 2022.\n")
    assert parse_document(wdtk, "text/plain")["title"] == "Cost of policing the county show"
    attach = (b"Mae hwn yn fersiwn HTML o atodiad i'r cais Rhyddid Gwybodaeth 'Bus lane fines 2021'.\n\n"
              b"Dear Requester,\n\nWe issued 120 bus lane fines in 2021.\n")
    assert parse_document(attach, "text/plain")["title"] == "Bus lane fines 2021"


def test_a_quoted_earlier_request_decides_nothing():
    text = (b"FOI Reference: 2204/2025\nRequest:\nI previously sent your force the request below:\n"
            b"\"Please send me the emails of October 2025. Redaction does not count towards the cost limit "
            b"under s12 of the FOIA.\"\nPlease now tell me how many of those emails were about refusals.\n")
    rec = parse_document(text, "text/plain")
    assert rec["exemptions"] == [] and rec["outcome"] == "unknown"


def test_a_title_between_the_form_s_word_and_its_reference():
    from parsers.fields.reference import split_title
    assert split_title("FOI Police pursuits and fatal collisions 1187.2026-27") == (
        "Police pursuits and fatal collisions", "1187.2026-27")


def test_an_exemption_numbered_without_the_word_section():
    from parsers.fields.exemptions import find_exemptions
    text = "The information is held but it is exempt under exemption 30(1)(a) of the Act."
    assert [e["label"] for e in find_exemptions(text)] == ["s30(1)(a)"]


def test_a_thread_message_whose_ask_runs_on_after_the_salutation_is_the_requester_s():
    text = (b"Dog patrols\n\nA Reader made this Freedom of Information request to Westshire Police\n\n"
            b"A Reader                                                  11 May 2026\n\n"
            b"Dear Westshire Police, please could you tell me:\n\n(1) How many dog patrols ran in 2025?\n\n"
            b"Yours faithfully,\n\nA Reader\n\n"
            b"Disclosure, Westshire Police                               8 June 2026\n\n"
            b"Dear A Reader\n\nThe force ran 41 dog patrols in 2025.\n")
    assert parse_document(text, "text/plain")["published"] == "2026-06-08"


def test_the_work_a_request_took_is_no_answer():
    from parsers.fields.outcome import _answered
    assert _answered([{"answer": "Responding has taken well over 60 hours of staff time in this unit."}]) == []
    assert _answered([{"answer": "The unit has 60 officers."}]) != []


def test_a_count_of_none_answers_its_part():
    from parsers.fields.outcome import _answered
    assert _answered([{"answer": "No complaints of this kind were recorded by the standards unit in 2025."}])
    assert not _answered([{"answer": "No information was recorded."}])
    assert not _answered([{"answer": "No such tools have been purchased."}])


# ---- from labelled set t (asks in the public's prose), written here afresh ----------------------

def test_prose_asks_joined_by_as_well_as_and_a_new_how_much():
    from parsers.fields.list_grammar import split_asks
    assert len(split_asks("I would be grateful if you could tell me how many officers were suspended in 2025, "
                          "as well as the longest suspension.")) == 2
    assert len(split_asks("I want to know which company supplies it and how much the force has paid for it.")) == 2
    assert len(split_asks("Please tell me which station had the highest bill and how much that bill was.")) == 1
    assert len(split_asks("Please tell me how many drivers were offered a course and how many were fined.")) == 1


def test_the_reason_for_asking_and_the_form_of_reply_ask_nothing():
    from parsers.fields.request_bounds import not_an_ask
    assert not_an_ask("I am asking because I think residents are entitled to know how long these cases take.")
    assert not_an_ask("I would like the answer by email please.")
    assert not_an_ask("A reply by email would be preferable.")


def test_the_force_s_one_sentence_summary_is_the_ask_when_no_other_is_printed():
    text = (b"Our Ref: FOI 3318/26\n\n9 September 2026\n\nElectric vehicles\n\nDear Requester\n\n"
            b"You asked for information about the number of electric vehicles in the force fleet.\n\n"
            b"Westshire Police holds this information and it is provided in full below.\n\n"
            b"The fleet has 75 electric cars.\n")
    rec = parse_document(text, "text/plain")
    assert [q["text"][:40] for q in rec["questions"]] == ["information about the number of electric"]
    assert rec["outcome"] == "full"


def test_bullets_after_broken_down_by_are_values_and_an_also_lead_keeps_the_ask_above():
    page = b"""<html><body><main><h1>Shoplifting</h1><h2>Request</h2>
<p>Please provide the number of shoplifting offences recorded in 2024 and in 2025, broken down by:</p>
<ul><li>the value of the goods stolen</li><li>year</li></ul>
<p>Please also tell me:</p>
<ul><li>how many of these offences resulted in a charge</li><li>how many were closed with no suspect</li></ul>
<h2>Response</h2><p>The figures are below.</p></main></body></html>"""
    rec = parse_document(page, "text/html")
    assert [q["text"][:25] for q in rec["questions"]] == [
        "Please provide the number", "how many of these offence", "how many were closed with"]


def test_a_running_header_with_its_marking_inside_an_ask_is_dropped():
    text = (b"You asked:\n\n\"I would be grateful if you could tell me how many firearm or shotgun\n\n"
            b"Westshire Police - OFFICIAL\n\ncertificate applications were refused in 2025.\"\n\n"
            b"Response\n\nTwelve applications were refused.\n")
    asks = [q["text"] for q in parse_document(text, "text/plain")["questions"]]
    assert len(asks) == 1 and "shotgun certificate applications" in asks[0]


def test_a_requester_letter_without_a_sign_off_ends_at_the_response_heading():
    page = b"""<html><body><main><h1>Spit guards</h1><h2>Request</h2><p>Dear Westshire Police,</p>
<p>How many times were spit guards used in 2025?</p><p>Please send the training material too.</p>
<h2>Response</h2><p>Spit guards were used on 41 occasions in 2025.</p><p>The training material is withheld
under Section 31(1)(a) (Law Enforcement).</p></main></body></html>"""
    rec = parse_document(page, "text/html")
    assert [e["label"] for e in rec["exemptions"]] == ["s31(1)(a)"]   # the force's words, not the letter's


# ---- from labelled set u (decisions as forces word them), written here afresh --------------------

def test_sections_considered_and_set_aside_or_named_as_examples_are_no_citations():
    from parsers.fields.exemptions import find_exemptions
    cases = {
        "We have considered whether the addresses should be withheld under Section 31, but the figures are "
        "county-wide. Section 21 applies to the bulletin.": ["s21"],
        "We have considered whether Section 31 would apply to the outcomes and concluded that it does not. "
        "The names are withheld under Section 40(2).": ["s40(2)"],
        "Section 38 (Health and Safety) was also considered but is not relied upon. The names are withheld "
        "under Section 40(2).": ["s40(2)"],
        "Westshire Police may withhold information where an exemption applies, for example Section 40(2).": [],
        "Had a report existed, it may have been exempt in part under section 31 of the Act.": [],
        "Where information is held it may be withheld if an exemption applies, for example section 23 or "
        "section 30.": [],
    }
    for text, labels in cases.items():
        assert [e["label"] for e in find_exemptions(text)] == labels, text


def test_a_three_digit_section_of_another_act_is_no_exemption():
    from parsers.fields.exemptions import find_exemptions
    assert find_exemptions("How many people were detained under section 297 of the Mental Health Act?",
                           "FOISA") == []


def test_letter_headings_of_welsh_and_scottish_forces():
    from parsers.fields.title_checks import clean
    assert clean("Pwnc / Subject: Missing person reports")[0] == "Missing person reports"
    text = (b"POLICE SCOTLAND\nPolice Scotland - Keeping people safe Page 1\nOur Ref: IM-FOI-2026-0001\n"
            b"Date: 11 August 2026\nFREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUIREMENT FOR REVIEW\n"
            b"Stop and search of children\n\nYour request was:\n\n1. How many children were searched in 2025?\n")
    assert parse_document(text, "text/plain")["title"] == "Stop and search of children"


def test_a_shared_object_split_by_as_well_as_is_one_ask():
    from parsers.fields.list_grammar import split_asks
    ask = ("Please include any correspondence relating to the referral of requests to, as well as the advice "
           "received from, the Central Referral Unit.")
    assert split_asks(ask) == [ask]


def test_a_pointer_to_the_response_over_a_cost_refusal_and_a_test_not_required():
    from parsers.fields.outcome import _classes
    assert "disclosure" not in _classes("Please find our response to your request below.")
    assert "pit_negated" in _classes(
        "We are not required to carry out a public interest test when refusing a request under Section 14(1).")
