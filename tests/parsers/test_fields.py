"""Field rules on their own: exemption spellings, reference formats, force inference, outcome."""
from __future__ import annotations

import pytest

from parsers.fields import exemptions, force, reference


@pytest.mark.parametrize("text,labels", [
    ("withheld under s40(2)", ["s40(2)"]),
    ("exempt by virtue of S.31(1)(a)(b)", ["s31(1)(a)", "s31(1)(b)"]),
    ("section 40 (2) applies", ["s40(2)"]),
    ("Sections 23(5), 24(2) and 31(3) apply", ["s23(5)", "s24(2)", "s31(3)"]),
    ("Sections 30, 31 and 38", ["s30", "s31", "s38"]),
    ("Section 30(3) applies. Section 30 - factors favouring disclosure", ["s30(3)"]),
    ("Section 40(5A) and s.12 apply", ["s40(5A)", "s12"]),
    ("40(2) - Personal Information", ["s40(2)"]),
    ("a refusal notice under Section 17; section 1(1)(a); Section 16 advice", []),
    ("section 43 of the Terrorism Act 2000; Article 9(1) of the GDPR", []),
])
def test_exemption_spellings(text, labels):
    assert exemptions.find_labels(text) == labels


def test_exemption_details_and_ncnd():
    d = {e["label"]: e for e in exemptions.find_exemptions("s40(5) and s31(1)(a)")}
    assert d["s40(5)"] == {"label": "s40(5)", "section": 40, "subsection": "5",
                           "name": "Personal information", "ncnd": True}
    assert d["s31(1)(a)"]["subsection"] == "1)(a" and d["s31(1)(a)"]["ncnd"] is False


def test_foisa_numbering_for_scotland():
    ex = exemptions.find_exemptions("section 18(1) and section 35(1)(a)", act="FOISA")
    assert [(e["label"], e["name"], e["ncnd"]) for e in ex] == [
        ("s18(1)", "Neither confirm nor deny", True), ("s35(1)(a)", "Law enforcement", False)]


@pytest.mark.parametrize("line,ref", [
    ("Freedom of information request reference no: 01.FOI.24.042067", "01.FOI.24.042067"),
    ("FREEDOM OF INFORMATION REQUEST REFERENCE NO: 958-2024", "958-2024"),
    ("Our Ref: IM-FOI-2021-0942", "IM-FOI-2021-0942"),
    ("Request Number: FOI/15929", "FOI/15929"),
    ("Request Number: F-013412", "F-013412"),
    ("Our reference HQ/PA/003493/18", "HQ/PA/003493/18"),
    ("Enquiry Reference: 275 - 24", "275 - 24"),
    ("FOI reference FOI 1769251/23", "FOI 1769251/23"),
    ("Reference: DC/FOI 782/17", "DC/FOI 782/17"),
    ("Case reference FOI2024/00291", "FOI2024/00291"),
    ("Ref: GSA/4762/12", "GSA/4762/12"),
    ("Reference No: FOI 002402-19", "FOI 002402-19"),
])
def test_reference_formats(line, ref):
    assert reference.from_text(line + "\nThank you for your request.") == ref


def test_reference_from_title_and_url():
    assert reference.split_title("Sexual Misconduct (100A/23)") == ("Sexual Misconduct", "100A/23")
    assert reference.split_title("Stop and search (2019)") == ("Stop and search (2019)", None)
    assert reference.from_url("https://x/foi-ai/warwickshire-police/foi-disclosure-2024/"
                              "october-2024/foi-958-2024--oct-2024--drones/") == "958-2024"


def test_force_is_the_most_prominent_not_the_first():
    text = ("The Metropolitan Police announced a review. West Midlands Police will neither confirm "
            "nor deny. WMP are about to engage. West Midlands Police holds the data.")
    assert force.from_text(text) == "west-midlands-police"
    assert force.from_text("The MPS routinely publishes data.") == "metropolitan-police"
    assert force.from_text("Nothing here names a force.") is None


@pytest.mark.parametrize("url,slug", [
    ("https://www.west-midlands.police.uk/x", "west-midlands-police"),
    ("https://www.met.police.uk/foi-ai/metropolitan-police/d/june-2022/x/", "metropolitan-police"),
    ("https://www.psni.police.uk/foi-disclosure-log/x", "police-service-of-northern-ireland"),
    ("https://www.scotland.police.uk/access-to-information/x", "police-scotland"),
    ("https://www.example.org/foi-ai/essex-police/x/", "essex-police"),
])
def test_force_from_url(url, slug):
    assert force.from_url(url) == slug
