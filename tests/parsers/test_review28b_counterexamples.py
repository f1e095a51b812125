"""Round 28, second part (blind sets t1-u4): documents a second review wrote against the rules added
after the first review (kept in tests/fixtures/parsers/review28b/). The "_fire" files show a rule
working; the others reproduced a first form that was too broad (the code before it was right)."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import parse_fixture

CASES = {
    # --- the rules working
    "b1_wmp_colon_bullets_fire.html": {"asks_start": ["The number of police horses", "The number of those horses",
                                                      "The cost of stabling"]},
    "d1_reqno_rightdate_fire.txt": {"published": "2024-03-11"},
    "h1_stray_bar_marking_fire.txt": {"title": "Mounted section horses"},
    "l1_annex_text_of_exemptions_fire.txt": {"exemptions": {"s40(2)"}},
    "s1_request_number_attachment_fire.xlsx": {"reference": "0876/24", "title": "Stop and search by ethnicity 2023"},
    "s2_org_proactive_fire.xlsx": {"title": "Hate crimes recorded 2023"},
    "q8_request_sheet_fire.xlsx": {"asks_start": ["How many officers hold", "How many authorised firearms"]},
    # --- a reference or case number followed by some other date is no letter date
    "d2_requester_quotes_foi_no.txt": {"published": "2024-04-29"},
    "d3_case_no_table_row.txt": {"published": "2024-06-14"},
    "d4_case_number_offence_date_nodate.txt": {"published": None},
    "d5_foi_no_longer.txt": {"published": None},
    "p1_pdf_requestno_received_same_line.pdf": {"published": "2024-09-18"},
    # --- a decision with a remark about later requests still relies on its section
    "e1_s14_further_requests.txt": {"exemptions": {"s14(2)"}, "outcome": "vexatious"},
    "e2_s21_future_requests.txt": {"exemptions": {"s21"}},
    "e3_s12_further_request.txt": {"exemptions": {"s12(1)"}},
    "e4_s40_subsequent_request.txt": {"exemptions": {"s40(2)"}},
    "e6_s30_later_requests_topic.txt": {"exemptions": {"s30(1)(a)"}},
    "p2_pdf_s14_further_requests.pdf": {"exemptions": {"s14(1)"}},
    # --- the force's own reasons under "Text of the exemption applied to Question 2"
    "l2_annex_text_of_exemption_reasoning.txt": {"exemptions": {"s31(1)(a)"}},
    # --- a force's numbered answer "(3) The duty to confirm or deny does not arise …" is its decision
    "n1_numbered_answer_ncnd.txt": {"exemptions": {"s23(5)", "s31(3)"}, "ncnd": True},
    "n3_whole_ncnd_numbered_para.txt": {"exemptions": {"s40(5B)"}, "ncnd": True, "outcome": "ncnd"},
    "n4_docx_numbered_ncnd.docx": {"exemptions": {"s23(5)", "s30(3)", "s31(3)"}, "ncnd": True},
    # --- "<force> – March 2024" over a sheet: its period stays
    "s4_org_month_year.xlsx": {"periods": {"2024"}},
    # --- a subject with a slash is no department
    "t2_slash_subject_services.txt": {"title": "Mental Health / Access to Street Triage Services"},
    "t3_slash_title_unit.html": {"title": "Drones / Records of Flights by the Air Support Unit"},
    "t4_slash_sheet_title.csv": {"title": "Custody / Legal Advice Requests in Each Custody Centre"},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review28b_case(name):
    rec = parse_fixture("review28b", name)
    for field, want in CASES[name].items():
        if field == "asks_start":
            got = [q["text"] for q in rec["questions"]]
            assert len(got) == len(want) and all(g.startswith(w) for g, w in zip(got, want, strict=True)), got
        elif field == "periods":
            assert {f.get("period") for f in rec["figures"]} - {None} == want
        elif field == "exemptions":
            assert {e["label"] for e in rec[field]} == want
        else:
            assert rec[field] == want, (field, rec[field])
