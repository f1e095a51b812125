"""Counter-examples to round 27's second part (blind sets s1-s4): documents a review of that diff
wrote (each reproduced: the rule's first form parsed it wrongly, the code before it rightly), kept in
tests/fixtures/parsers/review27b/."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import parse_fixture

# file -> the fields a reader of the document would check
CASES = {
    # "Your complaint about our response has not been upheld": the review upholds the refusal
    "p02_complaint_response_not_upheld.txt": {"exemptions": {"s31(1)(a)", "s31(1)(b)"}},
    "p55_docx_review_s40_not_upheld.docx": {"exemptions": {"s40(2)"}},
    # another body named earlier on the force's own reference line ("IOPC referral | Our Ref: …")
    "p16_iopc_log_row.txt": {"reference": "004117/24"},
    "p19_subject_columns_npcc.txt": {"reference": "004812/24", "title": None},
    "p52_pdf_subject_beside_ref.pdf": {"reference": "006520/24", "title": None},
    "p48_fresh_response_heading.txt": {"reference": "006233/24"},
    # a section heading under a form-heading h1 ("Summary of request", "Original request") is no title
    "p08_foi_h1_h2_summary.html": {"title": "Drone flights over protests"},
    "p41_review_h1_h2_original.html": {"title": "ANPR camera locations – internal review"},
    # a tab table indented with a tab keeps its columns
    "p01_tab_indented_table.txt": {"figures": 3, "periods": {"2021", "2022", "2023"}},
    # real titles that are also site links
    "p04_terms_conditions_title.html": {"title": "Terms and Conditions"},
    "p05_privacy_notice_title.html": {"title": "Privacy notice"},
    "p06_accessibility_title.html": {"title": "Accessibility"},
    "p59_wdtk_terms_title.txt": {"title": "Terms and conditions"},
    # one "Contact" sidebar line does not make a letter a page copy
    "p42_contact_sidebar.txt": {"title": "police horses"},
    # a letterhead's strapline after a tab ("Wiltshire Police<TAB>Keeping Wiltshire safe") is no field
    "p36_tab_letterhead_motto.txt": {"title": "Police dog bites on officers"},
    # "Harm and public interest: Not applicable"; "the public interest … favours disclosure" with nothing withheld
    "p26_harm_pi_na_template.txt": {"public_interest_test": False},
    "p54_pdf_harm_pi_na.pdf": {"public_interest_test": False},
    "p27_full_pi_favours_no_exemption.txt": {"public_interest_test": False},
    # "Dear Ms Patel, published on 14 February 2024, our … report": no date field
    "p46_dear_published_opening.txt": {"published": "2024-07-19"},
    # "(by post)" / "(by email)" in a title
    "p10_by_post_title.txt": {"title": "Notices of intended prosecution (by post)"},
    "p50_xlsx_by_email_title.xlsx": {"title": "Fraud reports received (by email)"},
    # an Act's year in brackets is no column's period ("Searches under s60 CJPOA (1994)")
    "p35_district_act_year_col.html": {"figures": 4, "periods": {"2023"}},
    "p51_xlsx_act_year_header.xlsx": {"figures": 4, "periods": {"2023"}},
    # a lower-case lead-in or the force's line after the last ask is not the ask's
    "p28_lower_leadin_after_items.txt": {"questions": 2, "last_ask_ends": "later charged"},
    "p30_lower_colon_force_line.txt": {"questions": 2, "last_ask_ends": "feed in 2023"},
    # lower-case "answer:" / "response:" labels still mark answers
    "p31_lowercase_answer_labels.txt": {"questions": 2, "first_answer_starts": "3,842 offences"},
    "p32_lowercase_response_labels.html": {"questions": 2, "first_answer_starts": "The force fleet has 61"},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review27b_counterexample(name):
    rec = parse_fixture("review27b", name)
    for field, want in CASES[name].items():
        if field == "periods":
            assert {f["period"] for f in rec["figures"]} == want
        elif field == "last_ask_ends":
            assert rec["questions"][-1]["text"].rstrip(" ?.").endswith(want)
        elif field == "first_answer_starts":
            assert (rec["questions"][0]["answer"] or "").startswith(want)
        elif field in ("questions", "figures"):
            assert len(rec[field]) == want, (field, rec[field])
        elif field == "exemptions":
            assert {e["label"] for e in rec["exemptions"]} == want
        else:
            assert rec[field] == want, (field, rec[field])
