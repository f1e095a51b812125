"""Pages in a log that are not responses (notices, news, listings) are recognised with a reason;
responses, however short, never are."""
from __future__ import annotations

import re

import pytest

from parsers import parse_document
from parsers.not_response import (
    DECISION_CUES,
    NEWS_MARKUP,
    NOTICE_CUES,
    classify,
    listing_links,
    response_signal,
)

LOG = "https://www.anyshire.police.uk/foi-ai/anyshire-police/disclosure-2025/march-2025/"


def page(main: str, head: str = "") -> bytes:
    """An SOH-like page: banner, menu and footer around the content (written for these tests)."""
    return f"""<!doctype html><html><head><title>Anyshire Police</title>{head}</head><body>
<div class="quick-exit"><a href="https://www.bbc.co.uk/weather">Quickly exit this site</a></div>
<header><nav><ul><li><a href="/report/">Report</a></li><li><a href="/news/">News</a></li>
<li><a href="/foi-ai/anyshire-police/">Freedom of information</a></li></ul></nav></header>
<nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/foi-ai/">FOI</a></nav>
<main id="main-content">{main}</main>
<footer><ul><li><a href="/hyg/cookies/">Cookies</a></li><li><a href="/hyg/privacy/">Privacy</a></li>
</ul></footer></body></html>""".encode()


def parse(body: bytes, url: str = LOG + "x/") -> dict:
    return parse_document(body, "text/html", url=url)


NOTICE = page("""<h1>Our disclosure log is moving</h1>
<p>From 1 April our disclosure log will be published on the new Anyshire Police website.</p>
<p>Pages on this site will no longer be updated. Please visit our new website for recent
disclosures.</p>""")

DELAYS = page("""<h1>Freedom of information: current response times</h1>
<p>We are experiencing delays in responding to requests because of the number we receive.
We aim to reply to every request as soon as we can and apologise for any delay.</p>""")

NEWS = page("""<article><h1>Officers honoured at annual awards evening</h1>
<p>Twelve officers and staff were recognised for bravery at a ceremony in Anytown on Friday.
The Chief Constable thanked their families for their support.</p></article>""",
            head='<script type="application/ld+json">{"@context": "https://schema.org", '
                 '"@type": "NewsArticle", "headline": "Officers honoured"}</script>')

MONTH = page("""<h1>Disclosures March 2025</h1><ul class="results">
<li><a href="{log}dog-bites-041225/">Dog bites on officers</a><p>How many officers were bitten by
dogs while on duty in 2024?</p></li>
<li><a href="{log}drone-flights-041325/">Drone flights (0413/25)</a><p>How many drone flights did
the force make under section 60 authorisations?</p></li>
<li><a href="{log}overtime-041425/">Overtime spending</a><p>What was spent on overtime?</p></li>
</ul><nav class="pager"><a href="{log}?page=2">Next page</a></nav>""".replace("{log}", LOG))

ONE_ITEM_MONTH = page(f"""<h1>Disclosures July 2025</h1><ul>
<li><a href="{LOG}stop-search-071125/">Stop and search by ethnicity</a></li></ul>""")

# A WordPress category archive: each post an <article> whose own <header> holds the link.
CATEGORY = page("""<header class="page-header"><h1>Category: Firearms</h1></header>
<article class="post"><header class="entry-header"><h2><a href="/firearms-licences-1201-24/">
Firearms licences (1201/24)</a></h2></header><div class="entry-summary"><p>1. How many firearms
licences were revoked in 2023? [&hellip;]</p></div><footer class="entry-footer">3 May 2024</footer>
</article>
<article class="post"><header class="entry-header"><h2><a href="/armed-deployments-1202-24/">
Armed deployments (1202/24)</a></h2></header><footer class="entry-footer">4 May 2024</footer></article>""")

# A month listing with an introduction and a note about the log under it.
MONTH_WITH_NOTE = page(f"""<h1>April</h1><p>Responses to requests made under the Act in April
2025, newest first. Choose a title to open the letter.</p><ul>
<li><a href="{LOG}25-0401-cycle-thefts/">25-0401 - Cycle thefts</a></li>
<li><a href="{LOG}25-0402-speed-cameras/">25-0402 - Speed cameras</a></li>
<li><a href="{LOG}25-0403-police-horses/">25-0403 - Police horses</a></li></ul>
<div><h2>About this log</h2><p>What we release to one person who asks is published here for
everyone, so that anyone can read it without making a request of their own.</p></div>""")

# A notice whose two links the segmenter may read as a list of asks.
NOTICE_WITH_LINKS = page("""<h1>Changes to the log</h1><p>We are moving our disclosure log to the
main force website over the summer. Older pages stay here until then.</p>
<ul><li><a href="/foi-ai/anyshire-police/">Browse the log</a></li>
<li><a href="/rqo/request/">Make a request</a></li></ul>""")

# Responses that must never be left out, the shorter the harder.
ONE_LINE_NOT_HELD = page("""<h1>Seized quad bikes (FOI 0420/25)</h1>
<p>The information you asked for is not held by Anyshire Police.</p>""")

BARE_REFERENCE = page("""<h1>Horse patrols</h1><p>Reference: 0431/25</p>
<p>There were no horse patrols in 2024.</p>""")

RESPONSE_WITH_LINKS = page("""<h1>Speed camera locations (0440/25)</h1>
<h2>Request</h2><p>Where are your fixed speed cameras?</p>
<h2>Response</h2><p>This information is published on our website:</p>
<ul><li><a href="/roads/cameras/north/">Cameras in the north</a></li>
<li><a href="/roads/cameras/south/">Cameras in the south</a></li></ul>""")

# A response with no headings whose only ask sits above a list of links to the answers.
ASK_ABOVE_LINKS = page("""<h1>Road safety leaflets</h1><p>Which road safety leaflets do you hand out
at schools?</p><ul><li><a href="/advice/road-safety/cycling/">Cycling safely</a></li>
<li><a href="/advice/road-safety/crossing/">Crossing the road</a></li>
<li><a href="/advice/road-safety/seatbelts/">Seatbelts</a></li></ul>""")

DELAY_APOLOGY_RESPONSE = page("""<h1>Taser discharges (0450/25)</h1>
<p>We apologise for the delay in responding to your request.</p>
<p>Tasers were discharged 31 times in 2024.</p>""")


@pytest.mark.parametrize("body,reason", [
    (NOTICE, "service notice"),
    (DELAYS, "service notice"),
    (NEWS, "news item"),
    (MONTH, "listing page"),
    (ONE_ITEM_MONTH, "listing page"),
    (CATEGORY, "listing page"),
    (MONTH_WITH_NOTE, "listing page"),
    (NOTICE_WITH_LINKS, "service notice"),
])
def test_pages_that_are_not_responses_say_why(body, reason):
    assert (parse(body)["not_response"] or "").startswith(reason)


def test_a_news_section_url_is_news_without_markup():
    body = page("<h1>New police station opens</h1><p>The new station in Anytown opened its doors to "
                "the public on Monday morning.</p>")
    rec = parse(body, "https://www.anyshire.police.uk/news/anyshire/news/2025/new-station/")
    assert rec["not_response"] == "news item"


@pytest.mark.parametrize("body", [ONE_LINE_NOT_HELD, BARE_REFERENCE, RESPONSE_WITH_LINKS,
                                  DELAY_APOLOGY_RESPONSE, ASK_ABOVE_LINKS])
def test_short_responses_are_never_skipped(body):
    assert parse(body)["not_response"] is None


def test_a_text_notice_is_recognised_but_a_text_response_is_not():
    notice = b"Freedom of information\n\nWe are experiencing delays in responding to requests.\n" \
             b"Thank you for your patience.\n"
    assert parse_document(notice, "text/plain")["not_response"] == "service notice"
    answer = b"Our ref: FOI 0460/25\n\nWe are experiencing delays in responding to requests, so " \
             b"please accept our apologies.\n\nNo information is held.\n"
    assert parse_document(answer, "text/plain")["not_response"] is None


def test_letters_and_data_are_never_classified():
    assert classify({"format": "pdf", "response_text": "Dear Requester, our disclosure log is moving."}) is None
    assert classify({"format": "docx", "reference": "FOI 12/24", "response_text": "Thank you."}) is None
    assert classify({"format": "pdf", "ocr": True, "response_text": "illegible"}) is None
    assert classify({"format": "xlsx", "tables": []}) is None


def test_a_document_with_no_sign_of_a_response_is_no_response():
    # a log's guidance leaflet linked beside its letters: no reference, ask, decision or salutation
    why = classify({"format": "pdf", "response_text": "Disclosure log guidance\nHow we choose which responses to publish."})
    assert why and why.startswith("document with no response")
    assert classify({"format": "html", "error": "malformed"}) is None
    assert response_signal({"format": "xlsx", "tables": []})
    assert not response_signal({"format": "html", "response_text": "Our disclosure log is moving."})


def test_listing_counts_the_pages_it_lists():
    assert listing_links(MONTH, LOG) == 3   # three responses; the pager is navigation
    assert listing_links(RESPONSE_WITH_LINKS, LOG + "x/") == 0


@pytest.mark.parametrize("table", [DECISION_CUES, NOTICE_CUES, NEWS_MARKUP])
def test_every_cue_matches_its_example(table):
    for pattern, example in table:
        assert re.search(pattern, example, re.I), (pattern, example)


# --- FOI guidance pages and text copies of multi-entry pages (texts written for these tests) -------

from parsers.not_response import GUIDANCE_CUES  # noqa: E402


@pytest.mark.parametrize("pattern,example", GUIDANCE_CUES)
def test_every_guidance_cue_matches_its_example(pattern, example):
    assert re.search(pattern, example, re.I)


GUIDANCE = """Freedom of Information

The Freedom of Information Act gives a general right of access to recorded information held by
public authorities. It sets out exemptions to that right and places obligations on public authorities.

Anyone can make a request for information under the Act. Requests for information can be submitted
to the Information Management Unit by email or by post.

Requests for personal information will not be dealt with under the Act; please apply under data protection law.
"""


def test_a_foi_guidance_text_is_no_response_even_with_a_reference_in_its_url():
    url = "https://www.anyshire.police.uk/foi/disclosure-log/2024/may/24-0311-guidance"
    rec = parse_document(GUIDANCE.encode(), "text/plain", url=url)
    assert rec["not_response"] and rec["not_response"].startswith("FOI guidance")


def test_a_response_that_explains_the_act_is_still_a_response():
    text = GUIDANCE + "\nReference: 0311/24\nYou asked: how many drones does the force own?\nThe force owns 4 drones.\n"
    assert parse_document(text.encode(), "text/plain")["not_response"] is None


def test_a_text_copy_listing_entries_under_their_own_references_is_a_listing():
    text = ("Disclosure log\n\nReference: 0412-18\nDate: 23/01/2018\nYou asked for the cost of policing two matches.\n"
            "The costs were £2,100 and £1,650.\n\nReference: 0398-18\nDate: 17/01/2018\n"
            "You asked how many bicycles were stolen in 2017.\nThere were 311.\n")
    rec = parse_document(text.encode(), "text/plain")
    assert rec["not_response"] == "listing page: 2 entries, each under its own reference"
    monthly = ("Month: March 2019\n\nSpeed cameras (1201/19)\n1) How many fixed cameras are there?\n\n"
               "Police dogs (1188/19)\nPlease tell me how many dogs the force has.\n")
    assert parse_document(monthly.encode(), "text/plain")["not_response"].startswith("listing page: 2 entries")


def test_one_reference_repeated_in_a_thread_is_one_entry():
    text = ("Our ref: 0412/24\nDear Mr Hale,\nPlease find the figures attached.\n\n"
            "Our ref: 0412/24\nDear Mr Hale,\nThe internal review upholds the decision.\n")
    assert parse_document(text.encode(), "text/plain")["not_response"] is None


def test_a_news_url_passed_beside_a_file_name_is_a_news_item():
    body = page("<h1>New rural crime team</h1><p>Six officers joined the team this week.</p>")
    rec = parse_document(body, "text/html", url="https://www.anyshire.police.uk/news/anyshire/news/2025/new-team/",
                         source="saved_page.html")
    assert rec["not_response"] == "news item"


def _page(title: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main>"
            f"</body></html>").encode()


@pytest.mark.parametrize("title,body,url", [
    ("Frequently asked questions",
     "<h2>Crime in my street</h2><p>Question: please tell me about incidents in my street.</p>"
     "<p>Answer: This is exempt under Section 21 as it is on police.uk.</p>",
     "https://www.example-police.uk/freedom-of-information/frequently-asked-questions"),
    ("Index", "<p>We publish a selection of responses each month.</p>"
              "<p>Section 40(2) is applied to the names of junior staff.</p>",
     "https://www.example-police.uk/foi-ai/example-police/disclosure-2025/about-this-log/"),
    ("How to search previous requests", "<p>Use the keyword box.</p><ol><li>Type a keyword.</li>"
                                        "<li>Choose a year.</li></ol>",
     "https://www.example-police.uk/foi-ai/example-police/previous-foi-requests/how-to-search/"),
])
def test_a_logs_help_pages_are_no_responses(title, body, url):
    # pages written for this test: a log's FAQ, its 'about' page and its search help
    rec = parse_document(_page(title, body), "text/html", url=url)
    assert rec["not_response"] and rec["not_response"].startswith("help page")


def test_a_response_with_a_help_like_title_and_a_reference_stays():
    body = ("<p>FOI reference: 1234/25</p><p>Request: How many people used the online form in 2025?</p>"
            "<p>Response: 4,120 requests were made online.</p>")
    rec = parse_document(_page("How to make a request online", body), "text/html",
                         url="https://www.example-police.uk/disclosure-log/how-to-make-a-request-online-1234-25")
    assert rec["not_response"] is None
