"""Site banners, cookie notices, menus and breadcrumbs in *text copies* of pages are furniture;
a response's own lines that use the same words are not."""
from __future__ import annotations

import re

import pytest

from parsers import parse_document
from parsers.furniture import _BANNER, BANNER_LINES, NAV_ITEMS, clean_lines

# A text copy of a force web page as a browser's "save as text" gives it (written for this test).
COPY = """Quickly exit this site by pressing the Escape key
Leave this site
Cookies on the Anyshire Police website
We use some essential cookies to make this website work. We would also like to set analytics
cookies to see how the site is used, but only with your consent.
Accept analytics cookies
Use essential cookies only
Skip to main content
This site is a beta. Some pages are still being built, so tell us if something looks wrong.
Report
News
Request information
Your area
Contact us
About us
Home
Freedom of information
Disclosure log
March 2025
Dog bites on officers

Dog bites on officers

Reference number: 0412/25

Request

1. How many officers were bitten by dogs while on duty in 2024?
2. How many of those officers needed hospital treatment?

Response

Anyshire Police holds this information. Forty-one officers were bitten and nine needed treatment.

If you are unhappy with this response you may ask for an internal review within 40 working days.

Related information
Ask us for information
Accessibility
Cookies
Privacy notice
Terms and conditions
In an emergency, or if a crime is in progress, always call 999.
© Anyshire Police 2025
"""


def _text(lines):
    return "\n".join(lines)


def test_banner_nav_breadcrumb_and_footer_lines_go():
    kept = _text(clean_lines(COPY))
    for gone in ("Quickly exit", "Leave this site", "cookies", "Skip to main", "beta", "Your area",
                 "Contact us", "Request information", "March 2025", "Privacy notice", "999", "©",
                 "Related information"):
        assert gone.lower() not in kept.lower(), gone
    assert kept.lstrip().startswith("Dog bites on officers")
    assert kept.rstrip().endswith("internal review within 40 working days.")


def test_the_response_itself_is_untouched():
    kept = clean_lines(COPY)
    for line in ("Reference number: 0412/25", "Request", "Response",
                 "1. How many officers were bitten by dogs while on duty in 2024?",
                 "Anyshire Police holds this information. Forty-one officers were bitten and nine "
                 "needed treatment."):
        assert line in kept


def test_parsed_copy_has_no_menu_in_its_request_or_response():
    rec = parse_document(COPY.encode(), "text/plain")
    assert rec["reference"] == "0412/25"
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]
    assert "Your area" not in rec["request_text"] + rec["response_text"]
    assert "Terms and conditions" not in rec["response_text"]


def test_menu_words_inside_a_response_are_kept():
    # The same words as a menu, but between the response's own sentences: the response's list.
    text = ("Request\n\nWhich pages of the force website were visited most in 2024?\n\n"
            "Response\n\nThe five most visited pages were, in order:\n"
            "Home\nNews\nReport\nContact us\nYour area\n"
            "Visit counts for each page are in the attached spreadsheet.\n")
    kept = clean_lines(text)
    for line in ("News", "Report", "Contact us", "Your area"):
        assert line in kept


def test_a_short_list_at_the_top_is_not_a_menu_without_menu_words():
    text = "Anyshire Police\nFreedom of Information Unit\nPO Box 12\nAnytown AB1 2CD\n\n" \
           "Dear Requester, thank you for your request received on 3 March 2025.\n"
    assert clean_lines(text)[:4] == ["Anyshire Police", "Freedom of Information Unit", "PO Box 12",
                                     "Anytown AB1 2CD"]


def test_a_banner_sentence_wrapped_over_two_lines_goes_whole():
    text = ("We use a few essential cookies to make this website work and would like to\n"
            "set optional ones too, only if you agree.\nDrone flights\n\nRequest\nHow many drone "
            "flights were there in 2024?\n")
    kept = clean_lines(text)
    assert not any("optional ones" in ln for ln in kept)
    assert "Drone flights" in kept


@pytest.mark.parametrize("line", [
    "Please tell us using our feedback form if the figures look wrong.",
    "Cookies were not used to identify visitors to the force's website.",
    "Leave this site's address out of any published report.",
    "Home Office counting rules apply to these figures.",
    "The home > office ratio was not recorded.",
])
def test_response_sentences_that_share_banner_words_are_kept(line):
    assert line in clean_lines(f"Response\n{line}\n")


@pytest.mark.parametrize("pattern,example", BANNER_LINES)
def test_every_banner_pattern_matches_its_example(pattern, example):
    assert re.fullmatch(pattern, example, re.I), (pattern, example)
    assert _BANNER.match(example)
    assert clean_lines(f"{example}\nResponse\nThe information is not held.\n")[0] == "Response"


def test_one_line_menu_goes_only_above_or_below_the_text():
    top = "Report | News | Contact us | About us\nResponse\nNo information is held about this request."
    assert clean_lines(top)[0] == "Response"
    middle = ("Response\nThe force publishes these sections of its website to all visitors.\n"
              "News Contact us About us\nEach section is reviewed by the communications team monthly.")
    assert "News Contact us About us" in clean_lines(middle)
    assert len(NAV_ITEMS) == len(set(NAV_ITEMS))
