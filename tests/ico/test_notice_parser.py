"""The decision-notice parser on the invented notices (three layouts) and written cases."""
from __future__ import annotations

import csv
import re

import pytest

from parsers.ico import parse_notice, police_authority
from parsers.ico.authority import HERE
from parsers.ico.notice import decide, rules, steps_ordered
from tests.support.ico_corpus import NOTICES, notice_files


@pytest.mark.parametrize("n", NOTICES, ids=[n["reference"] for n in NOTICES])
def test_each_sample_notice_parses_to_its_ground_truth(n):
    page, docs = notice_files(n)
    rec = parse_notice(page, "text/html", docs, url="https://ico.org.uk" + n["page"])
    assert rec["error"] is None
    assert rec["reference"] == n["reference"]
    assert rec["date"] == n["date"]
    assert rec["authority"] == n["authority"]
    assert (rec["force"] is not None) == n["police"]
    assert rec["sections"] == n["sections"]
    assert rec["decision"] == n["decision"]
    assert rec["steps_ordered"] == n["steps_ordered"]
    assert rec["request_date"] == n["request_date"]
    # the quoted request, in the notice's words (PDF text wraps lines; numbering kept)
    words = lambda s: re.findall(r"[a-z0-9]+", s.lower())  # noqa: E731
    assert words(rec["request"]) == words(n["request"])
    assert rec["summary"] and rec["summary"].startswith("The complainant")


def test_the_sample_covers_every_layout_reference_style_and_decision():
    assert {n["layout"] for n in NOTICES} == {"pdf", "html", "old"}
    assert {n["decision"] for n in NOTICES} == {"upheld", "partly_upheld", "not_upheld"}
    assert any(n["reference"].startswith("FS50") for n in NOTICES)
    assert any(n["reference"].startswith("IC-") for n in NOTICES)
    assert any(len(n["sections"]) > 1 for n in NOTICES)
    assert {n["steps_ordered"] for n in NOTICES} == {True, False}


SCOTTISH = """Decision Notice 112/2023
Freedom of Information (Scotland) Act 2002
Date: 3 October 2023
Public Authority: Chief Constable of the Police Service of Scotland
Reference: IC-246810-S3C4
Decision
1. The Authority refused the request under section 38(1)(b) and section 35(1)(a).
2. The Commissioner finds that the Authority was entitled to rely on section 38(1)(b) but
section 35(1)(a) was not engaged.
3. The Commissioner requires the Authority to take the following steps: disclose the totals.
Background
4. On 2 May 2023, the Applicant asked for information in the following terms:
“How many officers were disciplined for misusing police systems in 2022?”
"""


def test_a_scottish_notice_keeps_foisa_numbering():
    rec = parse_notice(SCOTTISH.encode(), "text/plain; charset=utf-8")
    assert rec["force"] == "police-scotland" and rec["act"] == "FOISA"
    # FOISA s38(1)(b) is personal data: a label of its own, never folded like FOIA's s40
    assert rec["sections"] == ["s38(1)(b)", "s35(1)(a)"]
    assert rec["decision"] == "partly_upheld" and rec["steps_ordered"] is True


def test_section_40_conditions_fold_into_s40_2_and_procedural_sections_are_no_labels():
    text = ("Freedom of Information Act 2000 (FOIA)\nDecision notice\nDate: 1 June 2024\n"
            "Public Authority: Chief Constable of Kent Police\nReference: IC-300001-AB12\n"
            "Decision (including any steps ordered)\n1. The force cited section 40(2)(a)(b) "
            "and (3) and breached section 10(1) and section 17(1).\n2. The Commissioner does "
            "not require the force to take any steps.\nRequest and response\n")
    rec = parse_notice(text.encode(), "text/plain")
    assert rec["sections"] == ["s40(2)"]
    assert rec["decision"] == "upheld"          # a breach found, nothing in the force's favour
    assert rec["steps_ordered"] is False


def test_unreadable_input_gives_a_record_with_an_error_not_an_exception():
    rec = parse_notice(b"%PDF-1.4 broken", "application/pdf", url="https://ico.org.uk/x.pdf")
    assert rec["error"] and rec["url"] == "https://ico.org.uk/x.pdf"


def _rows(name):
    with open(HERE / name, newline="", encoding="utf-8") as fh:
        return [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]


@pytest.mark.parametrize("row", _rows("authorities.tsv"), ids=lambda r: r[3])
def test_every_authority_rule_example_is_police(row):
    found = police_authority(row[3])
    assert found is not None
    assert found.kind == ("pcc" if row[0] == "pcc" else "force")
    if row[0] == "slug":
        assert found.slug == row[2]


@pytest.mark.parametrize("name,slug,kind", [
    ("Chief Constable of Kent Police", "kent-police", "force"),
    ("Commissioner of Police of the Metropolis", "metropolitan-police", "force"),
    ("Police and Crime Commissioner for Cleveland", "cleveland-police", "pcc"),
    ("West Midlands Police and Crime Commissioner", "west-midlands-police", "pcc"),
    ("Police, Fire and Crime Commissioner for North Yorkshire and York", "north-yorkshire-police",
     "pcc"),
    ("Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
     "devon-and-cornwall-police", "pcc"),
    ("Thames Valley Police (TVP)", "thames-valley-police", "force"),
])
def test_police_authorities_map_to_their_force(name, slug, kind):
    assert police_authority(name) == (slug, kind) or (
        police_authority(name).slug, police_authority(name).kind) == (slug, kind)


@pytest.mark.parametrize("name", ["Birmingham City Council", "Leeds Teaching Hospitals NHS Trust",
                                  "Independent Office for Police Conduct", "Home Office",
                                  "College of Policing", "West Midlands Fire Service", ""])
def test_other_public_authorities_are_not_police(name):
    assert police_authority(name) is None


@pytest.mark.parametrize("cue", rules()["cues"], ids=lambda c: c["example"][:50])
def test_every_decision_cue_example_points_its_way(cue):
    assert cue["re"].search(cue["example"])
    expected = {"right": "not_upheld", "wrong": "upheld", "partly": "partly_upheld"}[cue["side"]]
    assert decide(cue["example"])[0] == expected


@pytest.mark.parametrize("step", rules()["steps"], ids=lambda s: s["example"][:50])
def test_every_steps_example_reads_its_way(step):
    assert steps_ordered(step["example"]) is step["ordered"]
