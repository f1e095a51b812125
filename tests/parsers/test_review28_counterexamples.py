"""Round 28 (blind sets t1-t4, u1-u4): documents a review of that diff wrote, kept in
tests/fixtures/parsers/review28/. The "_fire" files show a rule doing what it was written for; the
others reproduced a first form of a rule that was too broad (the code before it parsed them rightly)."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import parse_fixture

# file -> the fields a reader of the document would check
CASES = {
    # --- the rules firing where they should
    "a1_review_substitutes_fire.txt": {"exemptions": {"s40(5B)"}, "outcome": "ncnd"},
    "b1_could_have_s21_fire.txt": {"exemptions": set(), "outcome": "full"},
    "c1_cost_whole_advice_fire.txt": {"outcome": "cost_limit"},
    "d1_clarification_fire.txt": {"outcome": "unknown", "exemptions": set()},
    "f2_bare_wrapped_date_fire.txt": {"questions": ["How many licensed premises", "How many of those visits"]},
    "h1_together_with_fire.txt": {"questions": 5},
    "i1_question_heading_after_list_fire.txt": {"questions": 3, "outcome": "full"},
    "j1_email_reply_numbered_fire.txt": {"outcome": "full"},
    "k1_field_table_br_fire.html": {"questions": 3},
    "l1_docx_reference_number_fire.docx": {"questions": 3, "outcome": "full"},
    # --- "instead of" / "in place of" / "substitutes … for" replace only where nothing else keeps the label
    "a2b_instead_of_same_label.txt": {"exemptions": {"s41(1)", "s43(2)"}},
    "a3_review_partial_replace.txt": {"exemptions": {"s30(1)(a)", "s31(1)(a)"}},
    "a4_instead_of_s12_whole.txt": {"exemptions": {"s12"}},
    "a5_in_place_of_table.html": {"exemptions": {"s33(2)", "s40(2)"}},
    "a7_substitutes_one_part.txt": {"exemptions": {"s31(1)(a)", "s38(1)(a)"}},
    # --- "could have …", "Please note that should/unless …", "considered whether any …" beside a reliance
    "b2_could_have_with_reliance.txt": {"exemptions": {"s40(2)"}, "outcome": "partial"},
    "b3_please_note_should_ncnd.txt": {"exemptions": {"s23(5)", "s31(3)"}, "outcome": "ncnd"},
    "b4_please_note_unless.txt": {"exemptions": {"s40(2)"}, "outcome": "partial"},
    "b6_considered_whether_any_withhold.txt": {"exemptions": {"s40(2)"}, "outcome": "partial"},
    "b8_could_have_used_answer.txt": {"exemptions": {"s40(2)"}},
    "b7_could_have_cost.txt": {"exemptions": {"s12(1)"}, "outcome": "cost_limit"},
    # --- a cost refusal of one part or some years beside the figures given is partial
    "c2_question_of_request_refused.html": {"outcome": "partial"},
    "c3_unable_to_comply_earlier_years.html": {"outcome": "partial"},
    "c6_foisa_unable_to_answer_years.txt": {"outcome": "partial"},
    # --- clarification of one part, or a refined request, beside a refusal
    "d6_refused_plus_s1_3_part.txt": {"outcome": "refused"},
    "d8_cost_advice_until_receive.txt": {"outcome": "cost_limit"},
    # --- the requester's closing words under the request are no review account
    "e4_requester_please_see.txt": {"exemptions": set(), "outcome": "full"},
    "e5_requester_force_has.txt": {"exemptions": set(), "outcome": "full"},
    "e7_requester_please_find_ico.txt": {"exemptions": set(), "outcome": "full"},
    "e8_html_requester_unfortunately.html": {"exemptions": set()},
    # --- bare-numbered asks opening with a month's name ("2 May I also have …")
    "f1_bare_may_i.txt": {"questions": ["How many bic", "May I also h", "How many of "]},
    "f3_bare_month_topic.txt": {"questions": ["How many off", "August bank ", "How many of "]},
    "f5_pdf_bare_may.pdf": {"questions": ["How many fro", "May I have t", "How many vis"]},
    # --- "Part 2" headings over the requester's own first-person asks
    "g2_part_headings_requester.txt": {"questions": 3},
    # --- "together with:" / "plus:" / "as well as:" over the fields of each entry
    "h2_together_with_fields.txt": {"questions": 3},
    "h3_plus_fields.html": {"questions": 3},
    "h4_as_well_as_fields.txt": {"questions": 3},
    "h5_docx_together_with_fields.docx": {"numbers": ["1", "2", "2a", "2b", "3"]},
    # --- data tables with <br> in a header or notes cell, Word tables of FOI or case counts
    "k2_row_headers_notes_br.html": {"figures": 3},
    "k3_header_cell_br.html": {"figures": 3},
    "l2_docx_foi_stats_table.docx": {"figures": 2},
    "l3_docx_case_table.docx": {"figures": 1},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review28_case(name):
    rec = parse_fixture("review28", name)
    for field, want in CASES[name].items():
        if field == "numbers":
            assert [q["number"] for q in rec["questions"]] == want
        elif field == "questions" and isinstance(want, list):
            got = [q["text"] for q in rec["questions"]]
            assert len(got) == len(want) and all(g.startswith(w) for g, w in zip(got, want, strict=True)), got
        elif field in ("questions", "figures"):
            assert len(rec[field]) == want, (field, rec[field])
        elif field == "exemptions":
            assert {e["label"] for e in rec[field]} == want
        else:
            assert rec[field] == want, (field, rec[field])
