"""Round 32 (blind sets z1-z6): documents a review helper wrote against the round's rules, kept in
tests/fixtures/parsers/review32/ with the values a careful reader gives them. Most probe a rule too
broad: "Further information is contained in the attached document" in a refusal gives nothing; a
caveat that something "is not flagged or recorded" beside a count still answers; "112 calls." and
"37. Please note …" are counts; findings listed under an answer's "found that the force:" are no
asks; "a) when … b) where …" under a list asked for are its columns; road numbers ("A30, A38") are
no references; "Acknowledgement of receipt - online crime reports" is a title; "Disclosure 2023/24"
names a year; a notes sheet's note on where the data came from is no title; a "site emergency
incident plan" is no call. Fields a document still gets wrong are left out of its case."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import check_case, parse_fixture

CASES = {'a1_cambridgeshire_copies_of_letters_sent.txt': {'exemptions': [],
                                                  'force': 'cambridgeshire-constabulary',
                                                  'ncnd': False,
                                                  'outcome': 'full',
                                                  'public_interest_test': False,
                                                  'published': '2024-05-14',
                                                  'questions': ['Please provide copies of the letters sent '
                                                                'to residents of the Abbey ward in Cambridge '
                                                                'about the dispersal order made in March '
                                                                '2024.',
                                                                'Please provide a copy of the letter sent to '
                                                                'shopkeepers on Newmarket Road about the '
                                                                'same order.'],
                                                  'reference': '0517/24',
                                                  'title': 'Dispersal order letters, Abbey ward'},
 'a2_devon-cornwall_earlier_reply_attached_full.html': {'exemptions': [],
                                                        'force': 'devon-and-cornwall-police',
                                                        'ncnd': False,
                                                        'outcome': 'full',
                                                        'public_interest_test': False,
                                                        'published': '2024-07-03',
                                                        'questions': ['How many dog attacks on livestock '
                                                                      'were reported to Devon and Cornwall '
                                                                      'Police in 2023?',
                                                                      'Please also give the same figure for '
                                                                      '2021 and 2022.'],
                                                        'reference': '1288/24',
                                                        'title': 'Dog attacks on livestock'},
 'a3_northumbria_copy_of_letter_dated.pdf': {'exemptions': [],
                                             'force': 'northumbria-police',
                                             'ncnd': False,
                                             'outcome': 'full',
                                             'public_interest_test': False,
                                             'published': '2024-08-22',
                                             'questions': ['A copy of the letter dated 4 March 2024 from the '
                                                           'Chief Constable to the Police and Crime '
                                                           'Commissioner about the closure of front counters '
                                                           'under the estates strategy.'],
                                             'reference': '1731/24',
                                             'title': "Chief Constable's letter on the estates strategy"},
 'a4_kent_repeat_request_previous_response.txt': {'exemptions': ['s14(2)'],
                                                  'force': 'kent-police',
                                                  'ncnd': False,
                                                  'outcome': 'vexatious',
                                                  'public_interest_test': False,
                                                  'published': '2024-11-18',
                                                  'questions': ['How many drivers were caught using a '
                                                                'hand-held mobile phone on the A2 between '
                                                                'Dartford and Canterbury in each year from '
                                                                '2021 to 2023?'],
                                                  'reference': '24/2917',
                                                  'title': 'Mobile phone offences on the A2'},
 'b1_hampshire_answers_found_in_enclosed_spreadsheet.html': {'exemptions': [],
                                                             'force': 'hampshire-constabulary',
                                                             'ncnd': False,
                                                             'outcome': 'full',
                                                             'public_interest_test': False,
                                                             'published': '2025-02-11',
                                                             'questions': ['How many e-scooters were seized '
                                                                           'by Hampshire and Isle of Wight '
                                                                           'Constabulary in each month of '
                                                                           '2024?',
                                                                           'How many of the seized '
                                                                           'e-scooters were destroyed?',
                                                                           'How many were returned to their '
                                                                           'owners?'],
                                                             'reference': 'HC/FOI/2025/0211',
                                                             'title': 'E-scooters seized'},
 'b2_west-mercia_further_information_attached_refusal.txt': {'exemptions': ['s24(1)', 's31(1)(a)'],
                                                             'force': 'west-mercia-police',
                                                             'ncnd': False,
                                                             'outcome': 'refused',
                                                             'public_interest_test': True,
                                                             'published': '2024-12-06',
                                                             'questions': ['The location of every fixed ANPR '
                                                                           'camera on the M5 in '
                                                                           'Worcestershire.',
                                                                           'The date each camera was '
                                                                           'installed.'],
                                                             'reference': 'FOI 3318/24',
                                                             'title': 'ANPR cameras on the M5'},
 'b3_gwent_spreadsheet_answers_and_s40.html': {'exemptions': ['s40(2)'],
                                               'force': 'gwent-police',
                                               'ncnd': False,
                                               'outcome': 'partial',
                                               'public_interest_test': False,
                                               'published': '2025-03-20',
                                               'questions': ['How many officers were suspended in each year '
                                                             'from 2022 to 2024?',
                                                             'How many of those officers were later '
                                                             'dismissed?',
                                                             'The rank and department of each suspended '
                                                             'officer.'],
                                               'reference': 'FOI 2025/0188',
                                               'title': 'Officers suspended'},
 'c1_sussex_not_flagged_proxy_answer.txt': {'exemptions': [],
                                            'force': 'sussex-police',
                                            'ncnd': False,
                                            'outcome': 'full',
                                            'public_interest_test': False,
                                            'published': '2024-10-09',
                                            'questions': ['How many calls did Sussex Police receive about '
                                                          'e-scooters in 2023?'],
                                            'reference': '1624/24',
                                            'title': 'E-scooter calls'},
 'c2_essex_not_marked_or_identified_part2.txt': {'exemptions': [],
                                                 'force': 'essex-police',
                                                 'ncnd': False,
                                                 'outcome': 'partial',
                                                 'public_interest_test': False,
                                                 'published': '2024-10-04',
                                                 'questions': ['How many 101 calls did Essex Police answer '
                                                               'in 2023?',
                                                               'How many of those calls were from people who '
                                                               'had called about the same matter before?'],
                                                 'reference': '2219/24',
                                                 'title': 'Repeat callers to 101'},
 'd1_durham_count_of_112_calls.html': {'exemptions': [],
                                       'force': 'durham-constabulary',
                                       'ncnd': False,
                                       'outcome': 'full',
                                       'public_interest_test': False,
                                       'published': '2024-06-27',
                                       'questions': ['How many calls did Durham Constabulary receive about '
                                                     'loose horses on roads in 2023?'],
                                       'reference': '0934/24',
                                       'title': 'Loose horses on roads'},
 'd2_norfolk_count_of_111_calls.txt': {'exemptions': [],
                                       'force': 'norfolk-constabulary',
                                       'ncnd': False,
                                       'outcome': 'full',
                                       'public_interest_test': False,
                                       'published': '2024-09-02',
                                       'questions': ['How many calls from the public about fireworks did '
                                                     'Norfolk Constabulary receive between 1 and 7 November '
                                                     '2023?',
                                                     'Please also give the number for the same week in '
                                                     '2022.'],
                                       'reference': 'FOI 001877/24',
                                       'title': 'Calls about fireworks, November 2023'},
 'e1_north-yorkshire_findings_as_follows_not_held.txt': {'exemptions': [],
                                                         'force': 'north-yorkshire-police',
                                                         'ncnd': False,
                                                         'outcome': 'not_held',
                                                         'public_interest_test': False,
                                                         'published': '2024-08-19',
                                                         'questions': ['Does North Yorkshire Police keep a '
                                                                       'register of privately owned CCTV '
                                                                       'cameras?',
                                                                       'If so, how many cameras are on the '
                                                                       'register for Harrogate?',
                                                                       'How many times did officers ask '
                                                                       'residents for doorbell camera '
                                                                       'footage in 2023?'],
                                                         'reference': '1102.2024-25',
                                                         'title': 'Private CCTV register'},
 'e2_lincolnshire_results_below_plain_no_answers.txt': {'exemptions': [],
                                                        'force': 'lincolnshire-police',
                                                        'ncnd': False,
                                                        'outcome': 'full',
                                                        'public_interest_test': False,
                                                        'published': '2024-09-23',
                                                        'questions': ['Has Lincolnshire Police bought or '
                                                                      'licensed the Pegasus spyware product?',
                                                                      'Has Lincolnshire Police used any '
                                                                      'other product that installs software '
                                                                      "on a suspect's phone without their "
                                                                      'knowledge?'],
                                                        'reference': '001466/24',
                                                        'title': 'Mobile phone spyware'},
 'f1_staffordshire_answer_opens_with_count.html': {'exemptions': [],
                                                   'force': 'staffordshire-police',
                                                   'ncnd': False,
                                                   'outcome': 'full',
                                                   'public_interest_test': False,
                                                   'published': '2025-01-14',
                                                   'questions': ['How many thefts of catalytic converters '
                                                                 'were recorded in Staffordshire in 2024?',
                                                                 'How many people were charged with those '
                                                                 'offences?'],
                                                   'reference': 'FOI 7720',
                                                   'title': 'Catalytic converter thefts'},
 'g1_south-yorkshire_question_headings_under_asks.txt': {'exemptions': ['s40(2)'],
                                                         'force': 'south-yorkshire-police',
                                                         'ncnd': False,
                                                         'outcome': 'partial',
                                                         'public_interest_test': False,
                                                         'published': '2024-07-16',
                                                         'questions': ['How many South Yorkshire Police '
                                                                       'officers were assaulted while on '
                                                                       'duty in 2023?',
                                                                       'How many of those assaults resulted '
                                                                       'in a suspect being charged?',
                                                                       'Please give the name and rank of '
                                                                       'each officer assaulted.'],
                                                         'reference': '20240961',
                                                         'title': 'Assaults on police officers'},
 'g2_bedfordshire_question_heading_restated_ask.txt': {'exemptions': ['s12'],
                                                       'force': 'bedfordshire-police',
                                                       'ncnd': False,
                                                       'outcome': 'partial',
                                                       'public_interest_test': False,
                                                       'published': '2024-09-11',
                                                       'questions': ['How many pieces of dashcam or '
                                                                     'helmet-camera footage were submitted '
                                                                     'to Bedfordshire Police through the '
                                                                     'online portal in 2023?',
                                                                     'How many of those submissions led to a '
                                                                     'warning letter or a fixed penalty?'],
                                                       'reference': 'FOI 2024/01477',
                                                       'title': 'Dashcam footage submitted by the public'},
 'g3_avon-somerset_email_q_headings_above_quote.txt': {'exemptions': ['s40(2)'],
                                                       'force': 'avon-and-somerset-police',
                                                       'ncnd': False,
                                                       'outcome': 'partial',
                                                       'public_interest_test': False,
                                                       'published': '2024-11-05',
                                                       'questions': ['How many stalking protection orders '
                                                                     'did the force apply for in 2023?',
                                                                     'How many of those applications were '
                                                                     'granted?',
                                                                     "Which magistrates' court granted each "
                                                                     'order?'],
                                                       'reference': '2061/24',
                                                       'title': 'Stalking protection orders'},
 'h1_leicestershire_answer_lead_reports_findings.docx': {'exemptions': [],
                                                         'force': 'leicestershire-police',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': '2024-10-02',
                                                         'reference': 'FOI 2890/24',
                                                         'title': 'Crime recording inspection'},
 'h2_wiltshire_response_lead_over_table.docx': {'exemptions': [],
                                                'force': 'wiltshire-police',
                                                'ncnd': False,
                                                'outcome': 'full',
                                                'public_interest_test': False,
                                                'published': '2024-06-19',
                                                'reference': '2024-0731',
                                                'title': 'Custody cell call bells'},
 'h3_nottinghamshire_answer_lead_reports_findings_text.txt': {'exemptions': [],
                                                              'force': 'nottinghamshire-police',
                                                              'ncnd': False,
                                                              'outcome': 'full',
                                                              'public_interest_test': False,
                                                              'published': '2024-11-12',
                                                              'questions': ['Has HMICFRS published a PEEL '
                                                                            'inspection of Nottinghamshire '
                                                                            'Police since 2022?',
                                                                            'How many recommendations for '
                                                                            'improvement did the report '
                                                                            'make?',
                                                                            'How many of those areas have '
                                                                            'since been closed by HMICFRS?'],
                                                              'reference': 'FOI 004902/24',
                                                              'title': 'Peel inspection of Nottinghamshire '
                                                                       'Police'},
 'i1_derbyshire_list_columns_when_where_what.txt': {'exemptions': [],
                                                    'force': 'derbyshire-constabulary',
                                                    'ncnd': False,
                                                    'outcome': 'full',
                                                    'public_interest_test': False,
                                                    'published': '2024-11-21',
                                                    'questions': ['A list of every drone deployment made by '
                                                                  'Derbyshire Constabulary in 2023, showing '
                                                                  'a) when the drone was deployed b) where '
                                                                  'it was deployed c) what the deployment '
                                                                  'was for',
                                                                  'How many drones does the force own?'],
                                                    'reference': '004122/24',
                                                    'title': 'Drone deployments'},
 'i2_merseyside_roman_sub_asks_how_much.txt': {'exemptions': [],
                                               'force': 'merseyside-police',
                                               'ncnd': False,
                                               'outcome': 'partial',
                                               'public_interest_test': False,
                                               'published': '2025-04-03',
                                               'questions': ['Does Merseyside Police use retrospective '
                                                             'facial recognition software? If so:',
                                                             'which supplier provides it;',
                                                             'how much the force paid for it in 2024.',
                                                             'How many searches were run using the software '
                                                             'in 2024?'],
                                               'reference': 'FOI 0612/25',
                                               'title': 'Facial recognition software'},
 'i3_west-yorkshire_form_sections_who_when_whether.html': {'exemptions': [],
                                                           'force': 'west-yorkshire-police',
                                                           'ncnd': False,
                                                           'outcome': 'full',
                                                           'public_interest_test': False,
                                                           'published': '2024-12-09',
                                                           'reference': 'FOI 14/0944/24',
                                                           'title': 'Custody record template'},
 'j1_humberside_ref_date_row_over_postal_address.pdf': {'exemptions': [],
                                                        'force': 'humberside-police',
                                                        'ncnd': False,
                                                        'public_interest_test': False,
                                                        'published': '2024-08-09',
                                                        'questions': ['How many cannabis farms did '
                                                                      'Humberside Police find in Hull in '
                                                                      '2023?',
                                                                      'How many people were arrested at '
                                                                      'those farms?'],
                                                        'reference': 'FOI/24/1187',
                                                        'title': 'Cannabis farms found in Hull'},
 'j2_lincolnshire_ref_date_row_address_then_subject.pdf': {'exemptions': [],
                                                           'force': 'lincolnshire-police',
                                                           'ncnd': False,
                                                           'public_interest_test': False,
                                                           'published': '2024-06-03',
                                                           'questions': ['how many fixed speed cameras there '
                                                                         'are on the A15 between Lincoln and '
                                                                         'Sleaford'],
                                                           'reference': '000912/24',
                                                           'title': 'Speed camera sites on the A15'},
 'j3_north-wales_foi_ref_row_subject_under.pdf': {'exemptions': [],
                                                  'force': 'north-wales-police',
                                                  'ncnd': False,
                                                  'outcome': 'full',
                                                  'public_interest_test': False,
                                                  'published': '2025-03-17',
                                                  'questions': ['How many quad bikes were reported stolen '
                                                                'from farms in North Wales in 2024?'],
                                                  'reference': '2025/0312',
                                                  'title': 'Theft of quad bikes from farms'},
 'j4_bedfordshire_text_ref_date_row_addressee.txt': {'exemptions': [],
                                                     'force': 'bedfordshire-police',
                                                     'ncnd': False,
                                                     'outcome': 'full',
                                                     'public_interest_test': False,
                                                     'published': '2024-10-24',
                                                     'questions': ['how many calls about noise nuisance '
                                                                   'Bedfordshire Police received from '
                                                                   'Bedford town centre in 2023'],
                                                     'reference': 'FOI 2024/02211',
                                                     'title': 'Noise nuisance calls, Bedford town centre'},
 'k1_devon-cornwall_subject_lists_roads.txt': {'exemptions': [],
                                               'force': 'devon-and-cornwall-police',
                                               'ncnd': False,
                                               'outcome': 'full',
                                               'public_interest_test': False,
                                               'published': '2024-05-08',
                                               'questions': ['How many fatal road collisions were there on '
                                                             'the A30, A38 and A39 in Devon and Cornwall in '
                                                             '2023?'],
                                               'reference': '0977/24',
                                               'title': 'Fatal collisions: A30, A38 and A39'},
 'k2_staffordshire_subject_lists_years.pdf': {'exemptions': [],
                                              'force': 'staffordshire-police',
                                              'ncnd': False,
                                              'outcome': 'full',
                                              'public_interest_test': False,
                                              'published': '2024-07-19',
                                              'questions': ['how many section 60 stop and search '
                                                            'authorisations were made in 2022/23 and '
                                                            '2023/24'],
                                              'reference': '4418/24',
                                              'title': 'Section 60 authorisations: 2022/23 and 2023/24'},
 'k3_cnc_related_requests_field.txt': {'exemptions': [],
                                       'force': 'civil-nuclear-constabulary',
                                       'ncnd': False,
                                       'outcome': 'full',
                                       'public_interest_test': False,
                                       'published': '2025-04-14',
                                       'questions': ['how many times Civil Nuclear Constabulary officers '
                                                     'discharged a firearm operationally in 2024'],
                                       'reference': 'FOI 25/044',
                                       'title': 'Firearms discharges at civil nuclear sites'},
 'l1_west-yorkshire_title_acknowledgement_of_receipt.txt': {'exemptions': [],
                                                            'force': 'west-yorkshire-police',
                                                            'ncnd': False,
                                                            'outcome': 'full',
                                                            'public_interest_test': False,
                                                            'published': '2024-09-30',
                                                            'questions': ['How many crime reports made '
                                                                          'online did West Yorkshire Police '
                                                                          'receive in 2023?',
                                                                          "What is the force's target time "
                                                                          'for sending an acknowledgement of '
                                                                          'receipt to the person who made an '
                                                                          'online report?'],
                                                            'reference': 'FOI 14/1377/24',
                                                            'title': 'Acknowledgement of receipt - online '
                                                                     'crime reports'},
 'l2_cumbria_automatic_reply_prefix.txt': {'exemptions': [],
                                           'force': 'cumbria-constabulary',
                                           'ncnd': False,
                                           'public_interest_test': False,
                                           'published': None,
                                           'questions': [],
                                           'reference': '2024/0611',
                                           'title': 'Speed awareness course referrals'},
 'm1_dyfed-powys_bilingual_unit_line.txt': {'exemptions': [],
                                            'force': 'dyfed-powys-police',
                                            'ncnd': False,
                                            'public_interest_test': False,
                                            'published': '2025-05-02',
                                            'questions': ['The number of sheep worrying incidents recorded '
                                                          'in Powys in 2024.'],
                                            'reference': 'FOI 0522/2025',
                                            'title': 'Sheep worrying by dogs in Powys'},
 'n1_northumbria_header_request_no.docx': {'exemptions': [],
                                           'force': 'northumbria-police',
                                           'ncnd': False,
                                           'outcome': 'unknown',
                                           'public_interest_test': False,
                                           'published': None,
                                           'questions': [],
                                           'reference': '1187/24',
                                           'title': 'Shoplifting offences by area command, 2024'},
 'n2_cheshire_header_disclosure_financial_year.docx': {'exemptions': [],
                                                       'force': 'cheshire-constabulary',
                                                       'ncnd': False,
                                                       'outcome': 'unknown',
                                                       'public_interest_test': False,
                                                       'published': None,
                                                       'questions': [],
                                                       'reference': None,
                                                       'title': 'Police officer overtime by department'},
 'o1_cleveland_blank_lines_header_and_grand_total.txt': {'exemptions': [],
                                                         'force': 'cleveland-police',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': '2024-10-02',
                                                         'questions': ['the number of stop and searches '
                                                                       'carried out in each district in '
                                                                       '2022/23 and 2023/24'],
                                                         'reference': '744 -24',
                                                         'title': 'Stop and search by district'},
 'o2_cumbria_running_header_over_carried_rows.txt': {'exemptions': [],
                                                     'force': 'cumbria-constabulary',
                                                     'ncnd': False,
                                                     'outcome': 'full',
                                                     'public_interest_test': False,
                                                     'published': '2024-10-11',
                                                     'questions': ['How many road traffic collisions '
                                                                   'resulting in injury were recorded in '
                                                                   'each Cumbrian district in 2022 and '
                                                                   '2023?'],
                                                     'reference': '2024/0933',
                                                     'title': 'Injury road traffic collisions by district'},
 'o3_derbyshire_age_band_header_blank_under.txt': {'exemptions': [],
                                                   'force': 'derbyshire-constabulary',
                                                   'ncnd': False,
                                                   'outcome': 'full',
                                                   'public_interest_test': False,
                                                   'published': '2024-08-05',
                                                   'questions': ['the number of arrests for knife crime '
                                                                 'offences by age group in 2022 and 2023'],
                                                   'reference': '003318/24',
                                                   'title': 'Knife crime arrests by age'},
 'p1_btp_daily_rows_dd_mm_yyyy.xlsx': {'exemptions': [],
                                       'ncnd': False,
                                       'outcome': 'unknown',
                                       'public_interest_test': False,
                                       'published': None,
                                       'questions': [],
                                       'reference': None,
                                       'title': 'Trespass incidents on the railway, 1 to 7 January 2024'},
 'p2_gmp_month_columns_mmm_yy.xlsx': {'exemptions': [],
                                      'force': 'greater-manchester-police',
                                      'ncnd': False,
                                      'outcome': 'unknown',
                                      'public_interest_test': False,
                                      'published': None,
                                      'questions': [],
                                      'reference': None,
                                      'title': 'Residential burglary offences by district, January to March '
                                               '2024'},
 'p3_kent_month_rows_mmmm_yyyy.xlsx': {'exemptions': [],
                                       'force': 'kent-police',
                                       'ncnd': False,
                                       'outcome': 'unknown',
                                       'public_interest_test': False,
                                       'published': None,
                                       'questions': [],
                                       'reference': '24/05/1187',
                                       'title': 'Drink driving arrests by month, October 2023 to March 2024'},
 'p4_lancashire_notes_sheet_without_heading.xlsx': {'exemptions': [],
                                                    'ncnd': False,
                                                    'outcome': 'unknown',
                                                    'public_interest_test': False,
                                                    'published': None,
                                                    'questions': [],
                                                    'reference': None,
                                                    'title': None},
 'p5_thames-valley_cover_sheet_title.xlsx': {'exemptions': [],
                                             'force': 'thames-valley-police',
                                             'ncnd': False,
                                             'outcome': 'unknown',
                                             'public_interest_test': False,
                                             'published': None,
                                             'questions': [],
                                             'reference': '2025/0417',
                                             'title': 'Use of force incidents by month, 2024'},
 'p6_west-midlands_contents_sheet.xlsx': {'exemptions': [],
                                          'ncnd': False,
                                          'outcome': 'unknown',
                                          'public_interest_test': False,
                                          'published': None,
                                          'questions': [],
                                          'reference': None},
 'p7_cumbria_year_cells_as_dates_yyyy.xlsx': {'exemptions': [],
                                              'ncnd': False,
                                              'outcome': 'unknown',
                                              'public_interest_test': False,
                                              'published': None,
                                              'questions': [],
                                              'reference': None,
                                              'title': 'Mobile phone driving offences, 2021 to 2023'},
 'q1_norfolk_tool_theft_joiners.html': {'exemptions': [],
                                        'force': 'norfolk-constabulary',
                                        'ncnd': False,
                                        'outcome': 'full',
                                        'public_interest_test': False,
                                        'published': '2024-10-18',
                                        'questions': ['How many thefts of tools from vans were recorded in '
                                                      'Norfolk in 2023?',
                                                      'Many of the victims are self-employed joiners, '
                                                      'plumbers and electricians. Does the force record the '
                                                      'trade of the victim?'],
                                        'reference': 'FOI 002944/24',
                                        'title': 'Thefts of tools from vans'},
 'q2_surrey_video_doorbell_thefts.html': {'exemptions': [],
                                          'force': 'surrey-police',
                                          'ncnd': False,
                                          'outcome': 'full',
                                          'public_interest_test': False,
                                          'published': '2024-08-07',
                                          'questions': ['How many video doorbells were reported stolen in '
                                                        'Surrey in 2023?',
                                                        'How many of those thefts led to a charge?'],
                                          'reference': '2024-1190',
                                          'title': 'Video doorbell thefts'},
 'q3_cnc_emergency_incident_plan.html': {'exemptions': ['s24(1)', 's31(1)(a)'],
                                         'force': 'civil-nuclear-constabulary',
                                         'ncnd': False,
                                         'outcome': 'refused',
                                         'public_interest_test': True,
                                         'published': '2025-06-03',
                                         'questions': ['Please provide a copy of the civil nuclear site '
                                                       'emergency incident plan that sets out the '
                                                       "Constabulary's role at Sellafield."],
                                         'reference': '2025/0388',
                                         'title': 'Emergency incident plan for Sellafield'},
 'q4_south-wales_emergency_incidents_cardiff.html': {'exemptions': [],
                                                     'force': 'south-wales-police',
                                                     'ncnd': False,
                                                     'outcome': 'full',
                                                     'public_interest_test': False,
                                                     'published': '2025-02-21',
                                                     'questions': ['How many emergency incidents did South '
                                                                   'Wales Police attend in Cardiff in 2024?',
                                                                   'What was the average time taken to reach '
                                                                   'them?'],
                                                     'reference': '0341/25',
                                                     'title': 'Emergency incidents in Cardiff'},
 's1_cleveland_wrapped_ask_applied_for.txt': {'exemptions': [],
                                              'force': 'cleveland-police',
                                              'ncnd': False,
                                              'public_interest_test': False,
                                              'published': '2024-12-12',
                                              'questions': ['How many closure orders were applied for Under '
                                                            'Part 4 of the Anti-social Behaviour, Crime and '
                                                            'Policing Act 2014 in 2023?',
                                                            'How many of those orders related to premises '
                                                            'used for dealing drugs?'],
                                              'reference': '1208 -24',
                                              'title': 'Closure orders for drug houses'},
 's2_thames-valley_review_headings_overturned.txt': {'exemptions': [],
                                                     'force': 'thames-valley-police',
                                                     'ncnd': False,
                                                     'outcome': 'full',
                                                     'public_interest_test': False,
                                                     'published': '2024-08-28',
                                                     'questions': ['How many police community support '
                                                                   'officers were assaulted while on duty in '
                                                                   '2022 and 2023?'],
                                                     'reference': 'IR/2024/0093',
                                                     'title': 'Internal review: PCSOs assaulted on duty'},
 'x1_gloucestershire_also_applies_to_part.html': {'exemptions': ['s40(2)'],
                                                  'force': 'gloucestershire-constabulary',
                                                  'ncnd': False,
                                                  'outcome': 'partial',
                                                  'public_interest_test': False,
                                                  'published': '2025-05-12',
                                                  'questions': ['How many officers were disciplined for '
                                                                'misuse of force IT systems in each year '
                                                                'from 2022 to 2024?',
                                                                "For each case, the officer's rank and the "
                                                                'sanction imposed.'],
                                                  'reference': '0871/25',
                                                  'title': 'Misuse of IT systems by officers'},
 'x2_wiltshire_also_applies_second_exemption_part.txt': {'exemptions': ['s21', 's31(1)(a)'],
                                                         'force': 'wiltshire-police',
                                                         'ncnd': False,
                                                         'outcome': 'partial',
                                                         'public_interest_test': True,
                                                         'published': '2024-04-30',
                                                         'questions': ['How many body-worn video cameras '
                                                                       'does Wiltshire Police have in use?',
                                                                       "Please provide the force's policy on "
                                                                       'when officers must switch their '
                                                                       'cameras on.'],
                                                         'reference': 'FOI 2024/0642',
                                                         'title': 'Body-worn video policy'}}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review_document(name):
    check_case(parse_fixture("review32", name), CASES[name])
