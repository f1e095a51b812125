"""Structures from the session-31 accuracy round (blind sets y1-y6), each document written here
afresh: bracketed glosses after a section number, Welsh bilingual labels, key/value spans on log
pages, internal reviews that narrow an exemption, letterhead addresses and departments, subjects
above a letter's date, asks that name the force, Q-labelled asks over their own answers, a page's
"Response" heading over a whole letter, public interest tests in prose, offers of other figures,
double-spaced and two-line-headed text tables."""
from __future__ import annotations

from tests.support.parse_docs import asks as _asks
from tests.support.parse_docs import labels as _labels
from tests.support.parse_docs import parse_html as _html
from tests.support.parse_docs import parse_text as _text

# --- exemptions -------------------------------------------------------------------------------

def test_a_bracketed_gloss_after_the_section_number_is_no_paragraph():
    rec = _html("""<h1>Cost of CCTV review</h1>
<table><tr><th>Reference</th><td>FOI 2291/25</td></tr>
<tr><th>Decision</th><td>Refused - Section 12 (cost)</td></tr></table>
<h2>Request</h2><p>1. How many hours of CCTV did officers review in 2024?</p>
<h2>Response</h2><p>Finding this would mean reading every case file, which would exceed the appropriate
limit. The request is refused under Section 12(1) of the Freedom of Information Act 2000.</p>""")
    assert _labels(rec) == ["s12(1)"]
    assert rec["outcome"] == "cost_limit"


def test_roman_paragraphs_are_still_parts():
    rec = _text("""Your ref: none
Our ref: 0441/25

1. How many officers attended the training?

The names of the trainers are exempt under section 36(2)(b)(ii) of the Act, and the rest is given:
120 officers attended.""")
    assert _labels(rec) == ["s36(2)(b)(ii)"]


def test_a_review_that_narrows_an_exemption_keeps_it_for_the_rest():
    rec = _html("""<h1>Internal review: dog handler names</h1>
<h2>Original request</h2><p>1. How many dog handlers does the force employ?</p><p>2. What are their names?</p>
<h2>Original response</h2><p>We refused the whole request under section 40(2).</p>
<h2>Outcome of the review</h2>
<p>The reviewer found that section 40(2) was wrongly applied to question 1, and your complaint is
upheld in part. The information for question 1 is now provided.</p>
<table><tr><th>Year</th><th>Dog handlers</th></tr><tr><td>2024</td><td>31</td></tr><tr><td>2025</td><td>29</td></tr></table>
<p>The reviewer upholds the decision on question 2. The handlers' names are their personal data.
Section 40(2) is an absolute exemption.</p>""")
    assert _labels(rec) == ["s40(2)"]
    assert rec["outcome"] == "partial"


# --- references and dates ---------------------------------------------------------------------

def test_a_welsh_bilingual_reference_label_keeps_its_reference():
    rec = _text("""Heddlu Dyfed-Powys Police
Our Reference / Ein Cyfeirnod: DP/FOI/2024/0815
Date / Dyddiad: 3 October 2024

Dear Requester,

Speed camera vans

1. How many speed camera vans does the force operate?

The force operates 14 vans.""")
    assert rec["reference"] == "DP/FOI/2024/0815"


def test_an_annex_line_gives_its_request_reference():
    rec = _text("""Attachment to FOI/24/1172

Bicycle thefts by month, 2023

Month    Thefts
January    41
February    37
March    52
""")
    assert rec["reference"] == "FOI/24/1172"


def test_key_and_value_spans_read_as_fields():
    rec = _html("""<h1>Horses used for ceremonial duties</h1>
<div class="entry-meta">
<div><span class="meta-key">Request number</span><span class="meta-value">006190/24</span></div>
<div><span class="meta-key">Date of response</span><span class="meta-value">19 June 2024</span></div>
<div><span class="meta-key">Outcome</span><span class="meta-value">Full disclosure</span></div>
</div>
<h2>Request</h2><p>1. How many horses does the mounted section keep?</p><p>2. How many were retired in 2023?</p>
<h2>Response</h2><p>The mounted section keeps 12 horses. Two were retired in 2023.</p>""")
    assert rec["reference"] == "006190/24"
    assert rec["published"] == "2024-06-19"
    assert len(_asks(rec)) == 2   # the "Outcome" field is no response heading above the request


def test_a_review_response_date_is_the_published_date():
    rec = _html("""<h1>Internal review: fireworks offences</h1>
<table><tr><th>Reference</th><td>IR 0091/25</td></tr>
<tr><th>Date of review response</th><td>2 December 2025</td></tr></table>
<h2>Outcome of the review</h2><p>The original response is upheld.</p>""")
    assert rec["published"] == "2025-12-02"


# --- titles -----------------------------------------------------------------------------------

def test_a_letterhead_street_and_town_are_no_subject():
    rec = _text("""Wiltshire Police
Information Management
No. 4 London Road, Devizes Road
Chippenham, Wiltshire

Our Ref: 2204/25
Date: 7 May 2025

Dear Requester

Knife crime in Swindon

Thank you for your request. You asked:

1. How many knife crimes were recorded in Swindon in 2024?

The force recorded 188 such crimes.""")
    assert rec["title"] == "Knife crime in Swindon"


def test_a_department_after_freedom_of_information_is_no_subject():
    rec = _text("""Cleveland Police
Freedom of Information and Records Management

Our reference: 1033/24
14 February 2024

Dear Requester

Officers trained in first aid
I refer to your request, in which you asked:
1. How many officers hold a current first aid certificate?

882 officers hold one.""")
    assert rec["title"] == "Officers trained in first aid"


def test_a_site_and_town_line_is_no_subject():
    rec = _text("""LINCOLNSHIRE POLICE
Freedom of Information - Police Headquarters Park, Nettleham

FOI Reference: 000412/26
Date: 2 March 2026

Domestic abuse arrests in Boston
Thank you for your request. You asked:
1. How many domestic abuse arrests were made in Boston in 2025?
We made 274 such arrests.""")
    assert rec["title"] == "Domestic abuse arrests in Boston"


def test_a_subject_above_the_letters_date_under_the_letterhead():
    rec = _text("""Suffolk Constabulary
Information Management Department
Portal Avenue, Martlesham Heath, Ipswich

Dog bites on postal workers
12 August 2021

Freedom of Information Request Reference No: FOI 004471/21

I write in connection with your request for information, in which you asked:

1. How many dog attacks on postal workers were reported in 2020?

Suffolk Constabulary recorded 23 such attacks.""")
    assert rec["title"] == "Dog bites on postal workers"


def test_a_month_alone_from_a_breadcrumb_is_no_title():
    rec = _text("""Home
Disclosure log
2025
March
Abandoned vehicles removed
FOI reference: 2025/0381
Request
1. How many abandoned vehicles did the force remove in 2024?
Response
The force removed 611 vehicles.""")
    assert rec["title"] == "Abandoned vehicles removed"


def test_your_request_dated_is_a_field_of_the_letter_head():
    rec = _text("""Police Scotland
Information Management

Our reference:        IM-FOI-2024-2210
Your request dated:   2 September 2024
Response date:        30 September 2024

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002
Police dogs retired
Thank you for your request. Your question is set out below with our response.
1. How many police dogs retired in 2023?
Police Scotland retired 37 dogs in 2023.""")
    assert rec["title"] == "Police dogs retired"


# --- questions --------------------------------------------------------------------------------

def test_an_ask_whose_noun_phrase_names_the_force_is_an_ask():
    rec = _text("""Dear Requester,

Thank you for your email. You asked:

Please provide:
- the total of fines Lancashire Constabulary has issued for fly-tipping
  since April 2022
- the number of vehicles Lancashire Constabulary has seized for fly-tipping

Lancashire Constabulary does not hold this information.""")
    assert len(_asks(rec)) == 2
    assert _asks(rec)[0].startswith("the total of fines")


def test_a_caveat_after_the_list_is_no_ask():
    rec = _html("""<h1>Police station closures</h1>
<h2>Request</h2>
<p>1) How many police stations closed in 2023?</p>
<p>2) How many front counters closed in 2023?</p>
<p>For 2024, figures to the end of June would be acceptable.</p>
<h2>Response</h2><p>Four stations and two front counters closed in 2023.</p>""")
    assert len(_asks(rec)) == 2


def test_q_labelled_asks_each_over_its_own_response():
    rec = _html("""<h1>Mounted police</h1>
<p><strong>Q1</strong> How many horses does the force keep?</p>
<p><strong>Response:</strong> The force keeps these horses:</p>
<ul><li>Ceremonial: 4</li><li>Operational: 9</li></ul>
<p><strong>Q2</strong> How much did their feed cost in 2024?</p>
<p><strong>Response:</strong> Feed cost £48,200 in 2024.</p>
<p><strong>Q3</strong> How many horses retired in 2024?</p>
<p><strong>Response:</strong> Two horses retired.</p>""")
    assert [q["number"] for q in rec["questions"]] == ["Q1", "Q2", "Q3"]


def test_a_pages_response_heading_over_the_whole_letter():
    rec = _html("""<h1>Armed patrols at ports</h1>
<h2>Response</h2>
<p>Our Ref: FOI2023/01942</p><p>Dear Requester,</p>
<p>I refer to your email, in which you asked:</p>
<p>"How many armed patrols took place at the port of Dover in 2022? How many officers took part in them?"</p>
<p>The information is withheld under Section 24(1) of the FOIA.</p>""")
    assert len(_asks(rec)) == 2
    assert _asks(rec)[0].startswith("How many armed patrols")


def test_an_ask_quoted_whole_after_its_label_loses_its_quotes():
    rec = _text("""Thank you for your request. Each question is quoted below with our response.

Question 1: "How many speed cameras does the force operate?"

Response: 61 fixed cameras.

Question 2: "How much did they raise in fines in 2024?"

Response: Fines are paid to HM Treasury and the force holds no figure.
""")
    assert _asks(rec) == ["How many speed cameras does the force operate?",
                          "How much did they raise in fines in 2024?"]


# --- outcome and public interest --------------------------------------------------------------

def test_a_public_interest_test_set_out_after_the_table_of_answers():
    rec = _text("""Dear Requester

1. Where are the force's firearms stores?

This information is withheld under Section 31(1)(a).

Explanation of exemptions - question 1
Section 31(1)(a) - law enforcement. Naming the stores would help criminals target them.
Public interest considerations favouring disclosure: openness about how weapons are kept.
Public interest considerations favouring non-disclosure: the safety of the public and of officers.
Balance test: the public interest favours withholding the locations.""")
    assert rec["public_interest_test"] is True


def test_a_public_interest_test_weighed_in_plain_prose():
    rec = _text("""Dear Requester

1. What does the force pay per custody nurse shift?

The rate per shift is withheld under section 43(2). In considering the public interest, we recognise
the value of openness about public spending. The public interest therefore favours withholding the
rate while the contract is re-tendered.""")
    assert rec["public_interest_test"] is True


def test_an_offer_of_other_figures_for_the_asking_gives_nothing():
    rec = _text("""Dear Requester

You asked:

1. How many cycle thefts were recorded at railway stations in 2019?

Response

The force does not hold the information you have requested. Thefts at stations are recorded by
British Transport Police.

We would be happy to provide figures for thefts near stations if you submit a new request.""")
    assert rec["outcome"] == "not_held"


def test_a_note_on_what_the_figures_leave_out_is_no_unanswered_ask():
    rec = _html("""<h1>Speed awareness letters</h1>
<h2>Request</h2>
<p>1. How many warning letters were sent to drivers in each year from 2022 to 2024?</p>
<p>2. How many drivers were sent a second letter in the same year?</p>
<h2>Response</h2>
<p>The information is set out below.</p>
<table><tr><th>Year</th><th>First letters sent</th><th>Second letters sent</th></tr>
<tr><td>2022</td><td>4,120</td><td>306</td></tr><tr><td>2023</td><td>4,877</td><td>351</td></tr></table>
<p>Drivers seen a third time may get a visit from an officer; these visits are not recorded centrally
and are not included.</p>""")
    assert rec["outcome"] == "full"


def test_a_whole_request_ncnd_with_a_note_on_the_third_ask():
    rec = _html("""<h1>Complaint about a named officer</h1>
<h2>Information requested</h2>
<p>1. Has PC [name] been the subject of a complaint since 2022?</p>
<p>2. Was any complaint upheld?</p>
<p>3. Does PC [name] still work in Hastings?</p>
<h2>Our response</h2>
<p>Sussex Police can neither confirm nor deny that it holds the information you have requested, by
virtue of section 40(5B) of the Act.</p>
<p>Question 3 is also covered by this response, because read with the rest of the request, confirming
it would undermine the position taken on questions 1 and 2.</p>""")
    assert rec["outcome"] == "ncnd"


# --- figures ------------------------------------------------------------------------

def test_a_double_spaced_text_table_keeps_its_header():
    rec = _text("""Response

The figures are below.

   Year        Dogs seized     Kennel costs (£)

   2021            41             £98,100

   2022            57            £131,400

   2023            49            £122,950


Costs are those invoiced in each year.""")
    table = rec["tables"][0]
    assert table["header"] == ["Year", "Dogs seized", "Kennel costs (£)"]
    assert [r[0] for r in table["rows"]] == ["2021", "2022", "2023"]


def test_a_two_line_header_naming_every_column():
    rec = _text("""Response

 Calendar    Stop and        Stop and
 year        searches        arrests
 2022          1,204            188
 2023          1,390            201
""")
    table = rec["tables"][0]
    assert table["header"] == ["Calendar year", "Stop and searches", "Stop and arrests"]

