"""Structures from the session-21 accuracy round (blind sets i1-i4, real-page review 13), each
example written here afresh."""
from __future__ import annotations

from parsers import parse_document
from parsers.fields import list_grammar as lg


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def _asks(rec: dict) -> list[tuple[str, str]]:
    return [(q["number"], q["text"]) for q in rec["questions"]]


def test_unpunctuated_numbers_printed_again_over_the_answers_are_still_the_asks():
    rec = _parse("""Release of information: horse section costs

Published 3 March 2025

Release reference FOI2025/00412

1 How many horses did the mounted section keep in each of the last two years

2 What did the section spend on farriers in those years

We released this information on 3 March 2025.

1 The section kept 14 horses in 2023 and 12 in 2024.

2 Farriers cost £18,200 in 2023 and £17,650 in 2024.
""")
    assert _asks(rec) == [
        ("1", "How many horses did the mounted section keep in each of the last two years"),
        ("2", "What did the section spend on farriers in those years")]
    assert rec["outcome"] == "full"


def test_a_date_opening_a_line_is_no_unpunctuated_ask_label():
    assert lg.item("9 September 2024") is None
    assert lg.item("14 Feb. 2023 was the date of the review") is None
    assert lg.item("3 Mayors were interviewed") is not None   # a word, not a month, follows


def test_unpunctuated_ask_lines_printed_again_over_their_answers_are_one_ask_each():
    rec = _parse("""Dog walking areas

Dear Anyshire Police,

could you let me know
how many dog attacks on people were reported in 2024
how many of those happened in public parks
whether any dog control orders were issued
is there a leaflet for dog owners

regards

Sam Brook

Dear Sam Brook

Freedom of Information Request Reference No: 004417/25

Your request and our response are set out below.

how many dog attacks on people were reported in 2024
There were 188 reports of dog attacks on people in 2024.

how many of those happened in public parks
Of those, 41 happened in public parks.

whether any dog control orders were issued
No dog control orders were issued.

is there a leaflet for dog owners
Yes, a leaflet is handed out at every front counter.

Yours sincerely
Information Rights Unit
""")
    assert [t for _, t in _asks(rec)] == [
        "how many dog attacks on people were reported in 2024",
        "how many of those happened in public parks",
        "whether any dog control orders were issued",
        "is there a leaflet for dog owners"]


def test_a_lead_naming_the_forces_answer_is_no_section_of_the_request():
    assert not lg.parallel_sections("Our response", "Sheep worrying")
    assert lg.parallel_sections("Seized dogs", "Sheep worrying")


def test_an_answer_ends_at_the_heading_over_an_exemptions_reasons():
    rec = _parse("""Anyshire Police
Freedom of Information Request 001876/25

Request
1. The make of each vehicle used by the chief officers.
2. Whether those vehicles carry emergency lights.
3. The average cost of a marked patrol car.

Response
Question 1: Two Skoda Superb estates and one Volvo XC90.
Question 2: this information is withheld under Section 31(1)(a), see below.
Question 3: £36,480 before it is fitted out.

Section 31(1)(a) – Law enforcement
Saying which vehicles carry emergency equipment would help those who wish to spot unmarked cars,
and would prejudice the prevention of crime. The public interest favours withholding it.

If you are unhappy with this response you may ask for an internal review.
""")
    answers = {q["number"]: q["answer"] for q in rec["questions"]}
    assert answers["3"] == "£36,480 before it is fitted out."
    assert rec["outcome"] == "partial"


def test_a_footnote_explaining_a_starred_word_is_no_ask():
    rec = _parse("""Anyshire Police
Freedom of Information Request 002231/25

Request
Has the force referred any officer to the IOPC under a CSE* related allegation since 2023?

*CSE – child sexual exploitation

Response
The force neither confirms nor denies that it holds this information, by virtue of section 40(5B).
""")
    assert len(rec["questions"]) == 1


def test_a_key_to_a_sign_under_a_data_file_is_no_ask():
    assert lg.footnote("* Fewer than 5 cases; the figure is not shown to protect victims.", [])
    assert not lg.footnote("* Numbers of burglaries reported in each ward in 2024", [])
    assert lg.item("- For example, in 2023, 14 claims were settled") is not None
    lines = ["1) How many claims were made in each year?",
             "   - For example, in 2023, 14 claims were made",
             "2) How much was paid on those claims?"]
    assert [it.label for it in lg.list_items(lines)] == ["1", "2"]


def test_the_requesters_note_of_what_they_do_not_want_is_no_ask():
    rec = _parse("""Dear Anyshire Police,

Could you please send me the latest audit of the force's use of overtime, with any recommendations it made?

Nb. I am not asking for the names of individual officers, which can be redacted. I have seen the quarterly overtime totals on your website, so I do not need those again.

Yours faithfully,
Pat Heron
""")
    assert len(rec["questions"]) == 1


def test_an_exemption_only_considered_and_set_aside_is_not_relied_on():
    rec = _parse("""Anyshire Constabulary
Freedom of Information Request 003310/25

Request
Please send me the list of shops in the town centre scheme that share CCTV with the police.

Response
Anyshire Constabulary holds the information you have requested, and it is provided in full below.
A list of the shops is attached.
Consideration was given to withholding the list under Section 31(1)(a) – Law Enforcement, on the basis that it might show which shops share footage.
As the scheme's members advertise their membership in their windows, the exemption is therefore not engaged and the list has been disclosed.
""")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


def test_what_the_force_would_consider_in_another_case_is_no_exemption_relied_on():
    rec = _parse("""Anyshire Police
Freedom of Information Request 004120/25

Request
How many officers of each rank hold a public order qualification?

Response
Anyshire Police holds the information you have requested and it is provided below.
Constables 412, sergeants 61, inspectors 14.
Please note that where an individual officer could be identified from a response, the force would consider Section 40(2) of the Act for that officer's details.
As each rank group holds more than five officers, no information has been withheld from this response.
""")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


def test_a_repeated_request_refusal_that_says_it_is_not_made_under_s14_1():
    rec = _parse("""Anyshire Police
Freedom of Information Request 004377/25

Request
Please send me again the number of speed camera activations on the A38 in 2024.

Response
Anyshire Police is refusing this request under Section 14(2) of the Freedom of Information Act 2000, as it is identical to your request 003101/25, answered six weeks ago.
For the avoidance of doubt, this refusal is not made under Section 14(1), and we do not consider your request to be vexatious.
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s14(2)"]
    assert rec["outcome"] == "vexatious"


def test_a_review_that_finds_the_reliance_on_section_12_not_appropriate_drops_it():
    rec = _parse("""Police Scotland
Review of response - joint patrols at the ferry port

Your request
Did Police Scotland take part in joint covert operations with HMRC at the port during 2024?

Review
You asked for a review of our response, which refused the request under section 12(1) of the Act.
The panel agreed that reliance on section 12(1) was not appropriate: the question is only whether any operations took place.
The original decision is therefore not upheld.
Police Scotland neither confirms nor denies whether it holds the information you have requested, in terms of section 18(1) of the Act, read with the exemption in section 35(1)(a).
""")
    labels = [e["label"] for e in rec["exemptions"]]
    assert "s12(1)" not in labels and "s18(1)" in labels
    assert rec["outcome"] == "ncnd"


def test_a_review_that_withdraws_neither_confirm_nor_deny_keeps_only_the_exemption_upheld():
    rec = _parse("""Anyshire Police
Internal review 004501/25

Your request
Please send me the written reasons of the misconduct panel that heard the case against PC 1234 in May 2025.

Review
The original response neither confirmed nor denied that the information was held, relying on Section 40(5B) of the Freedom of Information Act 2000.
As the hearing was held in public and reported in the local press, I have concluded that the neither confirm nor deny response was not appropriate and it is withdrawn.
However, I uphold the decision not to disclose the information itself.
The information is therefore exempt under Section 40(2) – Personal Information.
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s40(2)"]
    assert rec["ncnd"] is False
    assert rec["outcome"] == "refused"


def test_a_templates_pointer_followed_by_a_refusal_gives_nothing():
    rec = _parse("""Anyshire Constabulary
Freedom of Information Request 004622/25

Request
How many firearms handed in to the force were destroyed in each of the last five years?

Response
I am able to disclose the located information to you as follows.
The information requested is held, however it cannot be disclosed for the following reasons.
Firearms handed in are recorded as property, not by type, so every property record for the period would need to be read.
At three minutes per record, the review would take more than 90 hours, which exceeds the 18 hour cost limit under Section 12(1).
""")
    assert rec["outcome"] == "cost_limit"


def test_rhetorical_asides_are_no_asks_and_a_grateful_addition_is_one():
    rec = _parse("""Dear Anyshire Police,

I read that the force is short of detectives. Can you tell me how many detectives left the force in 2024? I'd also be grateful to know how many of them joined other forces.

Surely the victims should come first?

Yours faithfully,
Robin Ashe
""")
    assert [t[:30] for _, t in _asks(rec)] == ["Can you tell me how many detec", "I'd also be grateful to know h"]
    assert [n for n, _ in _asks(rec)] == ["1", "2"]


def test_a_complaint_after_the_numbered_asks_is_no_ask():
    rec = _parse("""Anyshire Police
Reference number: 3310/25

Request
Under the Freedom of Information Act I am requesting:

1. Every log created by your control room about my calls since 1 May 2025.

2. What training do your call handlers receive on repeat callers?

Frankly, I wonder whether anyone reads what I write. Do your officers think they are above the law?

Response
Your request has been refused under Section 14(1) of the Act.
""")
    assert [n for n, _ in _asks(rec)] == ["1", "2"]


def test_a_numbered_question_that_then_leads_in_to_its_lettered_asks_is_an_ask_too():
    lines = ["1. Has the force used drones at any protest since 1 January 2024? If so:",
             "a) How many protests?",
             "b) How many flights in all?",
             "2. Please send me the force's drone policy."]
    got = [(it.label, it.text[:20]) for it in lg.list_items(lines)]
    assert got == [("1", "Has the force used d"), ("1a", "How many protests?"),
                   ("1b", "How many flights in "), ("2", "Please send me the f")]


def test_a_number_alone_on_its_line_heads_the_lettered_asks_below_it():
    rec = _parse("""Hello,

Under the Freedom of Information Act, I'd like to know the following, please:

1.
a. The number of bicycles reported stolen in the city in each year from 2021 to 2024
b. The number of those bicycles returned to their owners

2.
a. The number of bicycle marking events the force held in 2024

Yours faithfully,
Ali Fenn
""")
    assert [n for n, _ in _asks(rec)] == ["1a", "1b", "2a"]
    assert not any(t.strip() in ("2.", "2)") or t.endswith(" 2.") for _, t in _asks(rec))


def test_a_templates_pointer_above_one_parts_not_held_answer_still_gives_the_rest():
    rec = _parse("""Anyshire Police
Freedom of Information Request 004890/25

Request
1. How many speed awareness courses were cancelled in 2024?
2. How many drivers attended a speed awareness course in 2024?

Response
I am able to disclose the located information to you as follows.
1. No information held.
2. 18,412 drivers attended a course in 2024.
""")
    assert rec["outcome"] == "partial"


def test_roman_labels_typed_with_a_slash_are_asks():
    assert lg.item("ii/ For how many of those cars was the cost of repair reported?")[:2] == ("roman", "ii")
    assert lg.item("and/or the total") is None


def test_an_emails_link_notes_are_no_asks():
    lines = ["Please can you provide a list of the force's unmarked vehicles?", "",
             "References", "", "Visible links", "1. mailto:[email address]", "2. https://www.example.police.uk/foi"]
    assert lg.list_items(lines) == []


def test_the_requesters_fallbacks_and_layout_wishes_ask_nothing_and_cite_nothing():
    rec = _parse("""Dear Anyshire Police,

Please can you provide a list of the makes and models of the force's unmarked cars?

Where possible, please provide the list in the format of manufacturer, model and number of vehicles.

If it is not possible to provide all the information requested, please provide as much as available.

If it is not possible to provide the information due to the cost of compliance limits identified in Section 12, please advise how I can refine my request.

Kind regards,
Jo Lake
""")
    assert len(rec["questions"]) == 1
    assert rec["exemptions"] == []


def test_an_empty_skip_link_target_is_not_taken_for_the_page_body():
    html = b"""<html><body><a href="#main-content">Skip to main content</a>
<nav><a href="/">Home</a> <a href="/foi">FOI</a></nav>
<a id="main-content"></a>
<div class="region-content">
<h1>Cycle thefts at railway stations</h1>
<p>Reference: FOI 1203/24</p>
<h2>Request</h2>
<p>How many bicycles were reported stolen from the station's cycle racks in 2024?</p>
<h2>Response</h2>
<p>The force recorded 86 thefts of bicycles from the cycle racks in 2024.</p>
</div></body></html>"""
    rec = parse_document(html, "text/html")
    assert len(rec["questions"]) == 1
    assert rec["outcome"] == "full"


def test_holding_the_information_as_outlined_below_gives_it():
    rec = _parse("""Anyshire Constabulary
Freedom of Information Request 005120/25

Request
1. How many officers are trained to use a spit guard?
2. How many specialist search officers does the force have?

Response 1:
I can confirm that Anyshire Constabulary holds the information requested, as outlined below.
Trained officers – 1,214

Response 2:
The number of specialist search officers is exempt under Section 31(1)(a) Law Enforcement, as it would reveal the force's capacity to search for explosives. The balance therefore lies in withholding the number.
""")
    assert rec["outcome"] == "partial"


def test_more_ask_labels_and_joins():
    assert lg.item("FOIQ2. How many were there?")[1] == "Q2"
    assert lg.item("1(a) How many were returned?")[:2] == ("num_paren_letter", "1a")
    assert lg.split_asks("Please tell me how many kennels the force has. Secondly, please state how many dogs they hold.") \
        == ["Please tell me how many kennels the force has.", "Secondly, please state how many dogs they hold."]


def test_periods_listed_under_an_ask_are_its_values_and_a_conditional_further_ask_is_an_ask():
    rec = _parse("""Anyshire Police
Reference: 4401

Request
Please could you tell me the number of mobile phones handed in as lost property in each of these periods?
a. 1 April 2023 to 31 March 2024;
b. 1 April 2024 to 31 March 2025.

If it does not take you over the time limit, please also tell me how many of those phones were returned to their owners.

Response
The force recorded 412 phones handed in during 2023/24 and 388 during 2024/25; 301 and 276 were returned.
""")
    assert [t[:30] for _, t in _asks(rec)] == ["Please could you tell me the n", "If it does not take you over t"]


def test_a_section_only_considered_is_not_relied_on():
    rec = _parse("""Anyshire Police
Freedom of Information Request 005230/25

Request
How many officers in each rank were promoted in 2024?

Response
Constables to sergeant 41, sergeants to inspector 12, inspectors to chief inspector 3.
We considered whether Section 40(2) of the Act should be applied to the smaller numbers, and concluded that no individual can be identified, so the figures have been released in full.
""")
    assert rec["exemptions"] == []
    assert rec["outcome"] == "full"


def test_a_request_quoted_under_bullets_or_after_a_quote_mark_keeps_its_labels():
    assert lg.item("• “1. How many reports were there?”") == ("dot_number", "1", "How many reports were there?")
    assert lg.item('"a) Please tell me whether the unit exists.')[:2] == ("letter", "a")
    assert lg.item("“A new policy was adopted in 2024.") is None


def test_a_sheets_title_row_naming_force_reference_and_subject_gives_the_reference():
    from parsers.fields import reference
    assert reference.split_title("Dorset Police - FOI 2025/0318 - Shoplifting offences by town") \
        == ("Shoplifting offences by town", "2025/0318")
    text = "| Anyshire Police – FOI 1418-2024 – Hate crimes recorded by strand |\n| Strand | 2023 |\n| Race | 412 |"
    assert reference.decide(text) == "1418-2024"


# The review of round 21's change: each counter-example below was read wrongly by the first version.

def test_a_legal_power_heading_inside_an_answer_does_not_end_it():
    rec = _parse("""Anyshire Police
Freedom of Information Request 005501/25

Request
1. How many strip searches were carried out in 2023?
2. How many stop and searches were carried out under each power in 2023?

Response
1. No information is held.
2. Response:
Section 1 - Police and Criminal Evidence Act
3,870 searches
Section 23 - Misuse of Drugs Act
2,114 searches

If you are unhappy with this response you may ask for an internal review.
""")
    assert rec["outcome"] == "partial"


def test_considering_the_request_then_relying_on_a_section_keeps_the_exemption():
    rec = _parse("""Anyshire Police
Freedom of Information Request 005502/25

Request
Please send me the locations of the force's automatic number plate recognition cameras.

Response
Having considered whether this information can be released, the force has concluded that it is exempt under Section 31(1)(a) and it is withheld.
""")
    assert [e["label"] for e in rec["exemptions"]] == ["s31(1)(a)"]
    assert rec["outcome"] == "refused"


def test_an_ask_in_the_same_sentence_as_what_is_not_wanted_is_kept():
    rec = _parse("""Anyshire Police
Freedom of Information Request 005510/25

Request
Please tell me how many officers were dismissed in 2024.

I do not need any names, but please provide the number of officers dismissed for gross misconduct in each year since 2020.

Response
The figures are in the table below.
""")
    assert len(rec["questions"]) == 2


def test_consideration_given_to_the_request_and_a_need_to_consider_forms_are_no_hypotheticals():
    rec = _parse("""Anyshire Police
Freedom of Information Request 005503/25

Request
How many times did officers use handcuffs on children under 12 in 2024?

Response
Consideration has been given to your request and I can confirm that the information you have requested is not held by Anyshire Police.
""")
    assert rec["outcome"] == "not_held"


def test_starred_asks_about_under_18s_are_no_footnote():
    lines = ["Please provide the following for 2023:",
             "* Number of stop and searches carried out",
             "* Number of under 18s stopped and searched",
             "* Number of under 10s stopped and searched"]
    assert len(lg.list_items(lines)) == 3
    assert lg.footnote("* Fewer than five.", [])


def test_a_pointer_above_a_refusal_and_a_later_count_still_gives():
    rec = _parse("""Anyshire Police
Freedom of Information Request 005504/25

Request
How many officers were bitten by police dogs in 2023, and what were their names?

Response
I am able to disclose the located information to you as follows.
The names of the officers are withheld under Section 40(2) of the Act.
Eleven officers were bitten by police dogs in 2023.
""")
    assert rec["outcome"] == "partial"


def test_the_requesters_argument_against_ncnd_reported_by_a_review_withdraws_nothing():
    rec = _parse("""Anyshire Police
Internal review 005505/25

Your request
Did the force take part in any covert operation with MI5 at the port in 2024?

Review
In your request for a review you argued that the neither confirm nor deny response was not justified.
Having looked at the matter afresh, I uphold the original decision in full: the force neither confirms nor denies that it holds the information, by virtue of sections 23(5) and 31(3).
""")
    labels = [e["label"] for e in rec["exemptions"]]
    assert "s23(5)" in labels and rec["ncnd"] is True


def test_a_plain_question_about_what_the_force_expects_is_an_ask():
    rec = _parse("""Dear Anyshire Police,

1. How many officers did the force recruit in 2024?
2. Does the force expect that it will meet its recruitment target by March 2026?
3. How many officers left the force in 2024?

Yours faithfully,
Lee Cole
""")
    assert [n for n, _ in _asks(rec)] == ["1", "2", "3"]


def test_custody_time_limits_in_an_ask_are_no_cost_limit_fallback():
    from parsers.fields.request_bounds import NOT_ASK
    assert not NOT_ASK.match("Where detainees were held beyond the custody time limits, please provide the number of such cases in 2023.")


def test_a_wordpress_entry_dated_only_in_its_time_elements_text():
    html = b"""<html><body><article><header><h1>Dog thefts in 2024</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published">22 October 2024</time></span></div>
</header><div class="entry-content">
<h2>Request</h2><p>How many dogs were reported stolen in 2024?</p>
<h2>Response</h2><p>Forty-one dogs were reported stolen in 2024.</p></div></article></body></html>"""
    rec = parse_document(html, "text/html")
    assert rec["published"] == "2024-10-22"


def test_an_attachments_appendix_label_is_no_part_of_the_title():
    from parsers.fields.title_checks import clean
    assert clean("Appendix A – Rape offences recorded, 2021/22 to 2023/24")[0] == "Rape offences recorded, 2021/22 to 2023/24"


def test_asks_referred_to_inside_an_ask_are_no_markers():
    lines = ["(1) The number of thefts of fuel from forecourts.", "",
             "(2) The number of thefts of diesel from lorries.", "",
             "(3) The number of the offences in (1) and (2) for which a person was charged."]
    assert [it.label for it in lg.list_items(lg.split_inline(lines))] == ["1", "2", "3"]


def test_a_review_letters_original_request_heading_with_its_reference():
    from parsers.fields.request_bounds import REQUEST_HEAD
    assert REQUEST_HEAD.match("Original request IM-FOI-2025-0488")
    assert not REQUEST_HEAD.match("Request number: IM-FOI-2025-0488")


def test_compact_financial_years_and_xx_cells():
    from parsers.figures import split_period
    assert split_period("FY22/23") == ("22/23", None)
    rec = _parse("""Anyshire Constabulary
Freedom of Information Request 006001/25

Response
The table shows drone sightings near the site.

Measure           FY22/23   FY23/24
Drone sightings        58        71
Arrests                xx         4

Figures under five are shown as xx.
""")
    got = _figures_of(rec)
    assert ("Drone sightings", "22/23", 58) in got and ("Arrests", "22/23", None) in got


def _figures_of(rec: dict) -> set:
    return {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}


def test_what_the_requester_has_been_told_between_asks_is_no_ask():
    rec = _parse("""Anyshire Police
Freedom of Information Request 006120/25

Your request:

Please provide the minutes of every meeting of the regional drone group held in 2024.

It is my understanding that each force reports the number of drones it flies to the group every quarter.

Please provide the most recent quarterly return of the group.

Some forces have told me that the group also keeps a register of near misses.

Please could you confirm whether such a register exists.

Decision
The information is attached.
""")
    assert len(rec["questions"]) == 3


def test_request_headings_with_a_bracketed_letter_label_the_sub_ask():
    assert lg.item("Request 1(a)") == ("word_number", "1a", "")
    assert lg.item("Request 2 (b) How many were appealed?") == ("word_number", "2b", "How many were appealed?")
    assert lg.item("Request 1 - 3:") is None


def test_exemptions_listed_in_a_table_of_their_own_are_cited():
    from parsers.analyse import analyse
    table = {"caption": None, "header": ["Question", "Exemption applied", "Type"],
             "rows": [["3", "Section 21 – Information accessible by other means", "Absolute"],
                      ["4", "s.40(2) Personal information", "Absolute"]]}
    rec = analyse("""Anyshire Police
Freedom of Information Request 006300/25

Request
3. Please send me the force's Taser policy.
4. Please give the names of the officers who fired a Taser at a child in 2024.

Response
Questions 3 and 4: This information is withheld. The exemptions applied are listed in the table below.
""", extra_tables=[table])
    assert {e["label"] for e in rec["exemptions"]} == {"s21", "s40(2)"}


def test_a_data_only_files_key_to_its_signs_decides_no_outcome():
    rec = _parse("""Anyshire Police – Freedom of Information
Request number: 31874
Appendix A – Burglaries recorded by district, 2022/23 to 2024/25

| District | 2022/23 | 2023/24 |
| North | 412 | * |
| South | 388 | 402 |

* Fewer than 5 offences; the figure is withheld to prevent the identification of victims.
""")
    assert rec["outcome"] == "unknown"


def test_an_answer_typed_after_the_ask_on_its_line_is_its_answer():
    rec = _parse("""Anyshire Police
Our Ref: 000512/25

Your questions are reproduced below with our answers after each one.
1. How many officers have an approved business interest? Response: 214 officers.
2. Does the force publish a register of business interests? Response: No.

Yours faithfully,
Information Management Unit
""")
    assert [(q["text"], q["answer"]) for q in rec["questions"]] == [
        ("How many officers have an approved business interest?", "214 officers."),
        ("Does the force publish a register of business interests?", "No.")]
    assert rec["outcome"] == "full"


def test_an_attached_files_name_is_not_how_the_page_prints_its_reference():
    from parsers.fields import reference
    url = "https://www.south-wales.police.uk/foi-ai/south-wales-police/disclosure-log/2025/may/foi-61825/"
    text = "Please see attached document entitled business-interests-procedure-v9 618_25"
    assert reference.from_url(url, text) == "618/25"
    assert reference.printed_form("3005/16", "Our reference 3005_16") == "3005_16"
