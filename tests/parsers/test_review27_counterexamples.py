"""Counter-examples to round 27 (blind sets r1-r4): documents a review of that diff wrote (each
reproduced: the rule's first form parsed it wrongly, the code before it rightly), kept in
tests/fixtures/parsers/review27/."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import parse_fixture

# file -> the fields a reader of the document would check
CASES = {
    # a lower-case bracket ending an ask or a title is no reference: "(aged 10-17)", "(pre-2020)", "(s60)"
    "p03_ask_line_aged.txt": {"questions": 2, "outcome": "full", "reference": None},
    "p54_ask_aged.pdf": {"questions": 2, "reference": None},
    "p01_title_aged.html": {"title": "Stop and search of children (aged 10-17)", "reference": None},
    "p05_title_pre2020.html": {"title": "Unsolved homicides (pre-2020)", "reference": None},
    "p02_title_s60.html": {"title": "Stop and search authorisations (s60)"},
    "p04_title_mhda.txt": {"title": "Mental health detentions (s136)"},
    # "… Section 31(1)(a) and (b), 14 pages …" / "… and (b) and 24 hours of footage": no s14, no s24
    "p18_letters_then_count.txt": {"exemptions": {"s31(1)(a)", "s31(1)(b)"}, "outcome": "refused"},
    "p19_letters_and_num.txt": {"exemptions": {"s31(1)(a)", "s31(1)(b)"}},
    # "1.S.136 detentions - how many …": numbered asks typed without a space
    "p20_dotnum_s136.txt": {"questions": 3, "outcome": "full"},
    # "As this exceeds the limit under Section 12(1) we have not gone on to consider whether …"
    "p10_cost_notconsider.txt": {"exemptions": {"s12(1)"}},
    "p55_cost_notconsider_headed.pdf": {"exemptions": {"s12(1)"}},
    "p11_withheld_notconsider.txt": {"exemptions": {"s30(1)(a)"}},
    "p48_ncnd_didnotconsider.txt": {"exemptions": {"s23(5)"}},
    # "… exempt under Section 31(1)(a), none of which have been used outside the force area"
    "p12_none_of_which.txt": {"exemptions": {"s31(1)(a)"}},
    "p49_none_of_these_used.txt": {"exemptions": {"s30(1)(a)"}},
    # "… withheld under Section 40(2); disclosing their ranks alone was considered but not applied"
    "p13_considered_not_applied.txt": {"exemptions": {"s40(2)"}},
    # the decision sentence itself says how withheld cells are shown: it still decides
    "p25_sign_shown_only.html": {"outcome": "partial"},
    "p26_redacted_replaced.txt": {"outcome": "partial"},
    # a log of other requests, a checklist, a survey's questions: data, not the reply
    "p29_request_log.xlsx": {"questions": 0, "outcome": "unknown"},
    "p30_inspection_checklist.xlsx": {"questions": 0, "outcome": "unknown"},
    "p28_survey_questions.xlsx": {"questions": 0},
    # a one-cell box of general guidance is not read into the answer
    "p38_guidance_box.docx": {"outcome": "full"},
    # "* A count of under 18s removed to a place of safety …": an ask, not a key
    "p21_star_count_under.txt": {"questions": 3},
    # Essex's PUB number stays beside a crime reference or an ICO case line
    "p06_essex_pub_crimeref.txt": {"reference": "PUB 1744"},
    "p08_essex_pub_ico_line.txt": {"reference": "PUB 1902"},
    # a header cell's "Freedom of Information Request" over its number
    "p42_header_ref_two_lines.docx": {"reference": "0432/24"},
    # "Job Title", "Signature Title", "Table Title" styles are no title
    "p34_jobtitle_firstline.docx": {"title": "Police dogs"},
    "p36_signature_title.docx": {"title": "Police dogs"},
    "p35_tabletitle_firstline.docx": {"title": "Police dogs"},
    # "Overtime spending by department - 10.2023-24": period 10 of a financial year
    "p09_fin_period.txt": {"reference": None},
    # a table nested in an answer cell merged down two rows is read once
    "p46_nested_merged_answer.docx": {"figures": 2},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review27_counterexample(name):
    rec = parse_fixture("review27", name)
    for field, want in CASES[name].items():
        got = rec[field]
        if field in ("questions", "figures"):
            assert len(got) == want, (field, got)
        elif field == "exemptions":
            assert {e["label"] for e in got} == want
        else:
            assert got == want, (field, got)
