"""Round 35: documents a review helper wrote against the first pass's rules, kept in
tests/fixtures/parsers/review35/ with the values a careful reader gives them. They probe the near
misses: a subject that names the quick-exit button; a table headed by two cookie-consent choices;
"FOI request register" and a "Report  Request  Apply" table header; "These are set out in the attached
spreadsheet" after figures released; an attached reply the page says gives every figure; a refusal
notice "in respect of your third question"; litter bins in a counter-terrorism request; the Act's duty
and a not-held decision in one sentence; a delivery line under a subject; a follow-up's "original
request" reference; "Class A" and "Drop-in" header cells. Fields a document still gets wrong are left
out of its case."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import check_case, parse_fixture

CASES = {'d01_kent_s31_weighed_exemption_not_applied_to_totals.docx': {'exemptions': ['s31(1)(a)'],
                                                               'force': 'kent-police',
                                                               'ncnd': False,
                                                               'outcome': 'partial',
                                                               'public_interest_test': True,
                                                               'published': '2024-08-19',
                                                               'questions': ['How many times was each fixed '
                                                                             'speed camera in Kent activated '
                                                                             'in 2023?',
                                                                             'How many activations were '
                                                                             'there in total in 2022 and '
                                                                             '2023?'],
                                                               'reference': '24/142/09',
                                                               'title': 'Speed camera activations by site'},
 'd02_devon-and-cornwall_unless_exemption_s40_names_withheld.docx': {'exemptions': ['s40(2)'],
                                                                     'force': 'devon-and-cornwall-police',
                                                                     'ncnd': False,
                                                                     'outcome': 'partial',
                                                                     'public_interest_test': False,
                                                                     'published': '2024-05-03',
                                                                     'questions': ['How many police officers '
                                                                                   'were dismissed by Devon '
                                                                                   'and Cornwall Police in '
                                                                                   '2023?',
                                                                                   'What were the names and '
                                                                                   'ranks of those '
                                                                                   'officers?'],
                                                                     'reference': '2024/0915',
                                                                     'title': 'Officers dismissed in 2023'},
 'd03_essex_cost_whole_count_is_estimate_basis_should_fire.docx': {'exemptions': ['s12(1)'],
                                                                   'force': 'essex-police',
                                                                   'ncnd': False,
                                                                   'outcome': 'cost_limit',
                                                                   'public_interest_test': False,
                                                                   'published': '2024-11-22',
                                                                   'questions': ['how many domestic abuse '
                                                                                 'reports made to Essex '
                                                                                 'Police in 2023 mentioned '
                                                                                 'harm or threats to a pet'],
                                                                   'reference': '32510',
                                                                   'title': 'Domestic abuse reports '
                                                                            'involving pets'},
 'd04_bedfordshire_fpn_littering_dog_fouling_should_fire.docx': {'exemptions': [],
                                                                 'force': 'bedfordshire-police',
                                                                 'ncnd': False,
                                                                 'outcome': 'full',
                                                                 'public_interest_test': False,
                                                                 'published': '2024-06-14',
                                                                 'questions': ['How many fixed penalty '
                                                                               'notices did Bedfordshire '
                                                                               'PCSOs issue for littering in '
                                                                               '2023?',
                                                                               'How many did they issue for '
                                                                               'dog fouling in 2023?'],
                                                                 'reference': 'FOI 1190/24',
                                                                 'title': 'Penalty notices issued by PCSOs'},
 'd05_north-wales_officer_training_courses_misogyny_module.docx': {'exemptions': [],
                                                                   'force': 'north-wales-police',
                                                                   'ncnd': False,
                                                                   'outcome': 'full',
                                                                   'public_interest_test': False,
                                                                   'published': '2024-06-26',
                                                                   'questions': ['How many hours of '
                                                                                 'classroom training did '
                                                                                 'each new police constable '
                                                                                 'receive in their first '
                                                                                 'year in 2023?',
                                                                                 'How many trainers does the '
                                                                                 'force employ?'],
                                                                   'reference': 'FOI/2024/0733',
                                                                   'title': 'Officer training hours'},
 'h01_staffordshire_s43_considered_not_applied_should_fire.html': {'exemptions': [],
                                                                   'force': 'staffordshire-police',
                                                                   'ncnd': False,
                                                                   'public_interest_test': False,
                                                                   'published': None,
                                                                   'questions': ['Which company provides '
                                                                                 'healthcare in '
                                                                                 'Staffordshire Police '
                                                                                 'custody suites?',
                                                                                 'What is the annual value '
                                                                                 'of the contract?'],
                                                                   'reference': 'FOI 9013',
                                                                   'title': 'Custody healthcare contract'},
 'h02_west-mercia_pit_then_these_are_set_out_totals.html': {'exemptions': ['s31(1)(a)'],
                                                            'force': 'west-mercia-police',
                                                            'ncnd': False,
                                                            'outcome': 'partial',
                                                            'public_interest_test': True,
                                                            'published': None,
                                                            'questions': ['How many burglaries were reported '
                                                                          'in each police station area of '
                                                                          'West Mercia in 2022 and 2023?',
                                                                          'What were the totals for the '
                                                                          'force area in each year?'],
                                                            'reference': '1877/24',
                                                            'title': 'Burglaries reported at each police '
                                                                     'station area'},
 'h03_nottinghamshire_attached_response_page_says_what_it_gives.html': {'exemptions': [],
                                                                        'force': 'nottinghamshire-police',
                                                                        'ncnd': False,
                                                                        'outcome': 'full',
                                                                        'public_interest_test': False,
                                                                        'published': None,
                                                                        'questions': [],
                                                                        'reference': '003771/24',
                                                                        'title': 'Dogs seized'},
 'h04_hampshire_attached_response_ref_only_should_fire.html': {'exemptions': [],
                                                               'force': 'hampshire-constabulary',
                                                               'ncnd': False,
                                                               'outcome': 'unknown',
                                                               'public_interest_test': False,
                                                               'published': None,
                                                               'questions': [],
                                                               'reference': 'HC/004512/24',
                                                               'title': 'E-scooter seizures'},
 'h05_surrey_can_also_tell_you_home_office_publishes.html': {'exemptions': ['s21'],
                                                             'force': 'surrey-police',
                                                             'ncnd': False,
                                                             'outcome': 'published_elsewhere',
                                                             'public_interest_test': False,
                                                             'published': None,
                                                             'questions': ['How many full-time equivalent '
                                                                           'police officers did Surrey '
                                                                           'Police have on 31 March 2023?'],
                                                             'reference': '0988/24',
                                                             'title': 'Police officer numbers'},
 'h06_derbyshire_refusal_notice_in_respect_of_third_question.html': {'exemptions': ['s12(1)'],
                                                                     'force': 'derbyshire-constabulary',
                                                                     'ncnd': False,
                                                                     'outcome': 'partial',
                                                                     'public_interest_test': False,
                                                                     'published': None,
                                                                     'questions': ['How many times was a '
                                                                                   'Taser drawn by '
                                                                                   'Derbyshire officers on '
                                                                                   'school premises in 2022 '
                                                                                   'and 2023?',
                                                                                   'How many times was it '
                                                                                   'fired on school premises '
                                                                                   'in those years?',
                                                                                   'For each occasion, what '
                                                                                   'was the age of the '
                                                                                   'person it was drawn '
                                                                                   'against?'],
                                                                     'reference': '004902/24',
                                                                     'title': 'Taser drawn on school '
                                                                              'premises'},
 'h07_west-yorkshire_internal_review_of_original_request_ref.html': {'exemptions': ['s31(1)(a)'],
                                                                     'force': 'west-yorkshire-police',
                                                                     'ncnd': False,
                                                                     'outcome': 'refused',
                                                                     'public_interest_test': True,
                                                                     'published': None,
                                                                     'questions': [],
                                                                     'title': 'Internal review - Taser '
                                                                              'deployments in Leeds'},
 'h08_met_fpn_parking_school_zig_zags.html': {'exemptions': [],
                                              'force': 'metropolitan-police',
                                              'ncnd': False,
                                              'outcome': 'full',
                                              'public_interest_test': False,
                                              'published': None,
                                              'questions': ['How many fixed penalty notices did the '
                                                            'Metropolitan Police issue to drivers for '
                                                            'stopping on the zig-zag markings outside a '
                                                            'school in 2023?',
                                                            'How many of those were issued in the London '
                                                            'Borough of Lewisham?'],
                                              'reference': '01/FOI/24/041882',
                                              'title': 'Fixed penalty notices for parking on school zig-zag '
                                                       'lines'},
 'h09_btp_litter_bins_removed_from_stations.html': {'exemptions': [],
                                                    'force': 'british-transport-police',
                                                    'ncnd': False,
                                                    'outcome': 'partial',
                                                    'public_interest_test': False,
                                                    'published': None,
                                                    'questions': ['Does British Transport Police advise '
                                                                  'station operators to remove litter bins '
                                                                  'or replace them with clear bags for '
                                                                  'security reasons?',
                                                                  'How many stations in London have clear '
                                                                  'bags instead of litter bins on the advice '
                                                                  'of BTP counter terrorism security '
                                                                  'advisers?'],
                                                    'reference': '0961-24',
                                                    'title': 'Litter bins at railway stations'},
 'h10_nottinghamshire_misogyny_hate_incidents_should_fire.html': {'exemptions': [],
                                                                  'force': 'nottinghamshire-police',
                                                                  'ncnd': False,
                                                                  'outcome': 'full',
                                                                  'public_interest_test': False,
                                                                  'published': None,
                                                                  'questions': ['How many incidents did '
                                                                                'Nottinghamshire Police '
                                                                                'record with a misogyny flag '
                                                                                'in 2022 and 2023?',
                                                                                'How many of those were also '
                                                                                'recorded as a crime?'],
                                                                  'reference': '005120/24',
                                                                  'title': 'Misogyny recorded as a hate '
                                                                           'incident'},
 'p01_dyfed-powys_letter_subject_cookies_on_force_domain.pdf': {'exemptions': [],
                                                                'force': 'dyfed-powys-police',
                                                                'ncnd': False,
                                                                'outcome': 'full',
                                                                'public_interest_test': False,
                                                                'published': '2024-06-04',
                                                                'questions': ['How many cookies does the '
                                                                              'force website set before a '
                                                                              'visitor makes any choice on '
                                                                              'the banner?',
                                                                              "How long is a visitor's "
                                                                              'cookie choice remembered?'],
                                                                'reference': 'DPP/0612/2024'},
 'p02_humberside_s38_not_applied_s40_relied.pdf': {'exemptions': ['s40(2)'],
                                                   'force': 'humberside-police',
                                                   'ncnd': False,
                                                   'outcome': 'partial',
                                                   'public_interest_test': False,
                                                   'published': '2024-08-21',
                                                   'questions': ['How many assaults on custody detention '
                                                                 'officers were recorded at Hull custody '
                                                                 'suite in 2023?',
                                                                 'What are the names of the detention '
                                                                 'officers who were assaulted?'],
                                                   'reference': '2024/05531'},
 'p03_northamptonshire_pit_they_are_explained_attached_should_fire.pdf': {'exemptions': ['s30(2)',
                                                                                         's31(1)(a)'],
                                                                          'force': 'northamptonshire-police',
                                                                          'ncnd': False,
                                                                          'outcome': 'refused',
                                                                          'public_interest_test': True,
                                                                          'published': '2024-04-30',
                                                                          'questions': ['how many covert '
                                                                                        'human intelligence '
                                                                                        'sources '
                                                                                        'Northamptonshire '
                                                                                        'Police authorised '
                                                                                        'in 2023, and how '
                                                                                        'much the force paid '
                                                                                        'to them in total'],
                                                                          'reference': '004410/24'},
 'p04_west-mercia_unless_exemption_applies_full_should_fire.pdf': {'exemptions': [],
                                                                   'force': 'west-mercia-police',
                                                                   'ncnd': False,
                                                                   'outcome': 'full',
                                                                   'public_interest_test': False,
                                                                   'published': '2024-11-13',
                                                                   'questions': ['how many horses the '
                                                                                 "force's mounted section "
                                                                                 'had at the end of each of '
                                                                                 'the last three years'],
                                                                   'reference': '2231/24',
                                                                   'title': 'Police horses'},
 'p05_cumbria_refusal_notice_as_regards_q3.pdf': {'exemptions': ['s12(1)'],
                                                  'force': 'cumbria-constabulary',
                                                  'ncnd': False,
                                                  'outcome': 'partial',
                                                  'public_interest_test': False,
                                                  'published': '2024-12-02',
                                                  'questions': ["How many officers are in the constabulary's "
                                                                'rural crime team?',
                                                                'How many thefts of farm machinery were '
                                                                'recorded in Cumbria in 2023?',
                                                                'For each theft, was the machinery '
                                                                'recovered?'],
                                                  'reference': '2024/1442',
                                                  'title': 'Rural crime team'},
 'p06_essex_subject_then_by_email_only.pdf': {'exemptions': [],
                                              'force': 'essex-police',
                                              'ncnd': False,
                                              'outcome': 'full',
                                              'public_interest_test': False,
                                              'published': '2024-10-07',
                                              'questions': ['How many times did Essex Police officers use a '
                                                            'spit and bite guard in 2023?',
                                                            'How many of those uses were on a person under '
                                                            '18?'],
                                              'reference': '32077',
                                              'title': 'Use of spit and bite guards'},
 'p07_dorset_subject_wrapped_lower_over_salutation_should_fire.pdf': {'exemptions': [],
                                                                      'force': 'dorset-police',
                                                                      'ncnd': False,
                                                                      'outcome': 'full',
                                                                      'public_interest_test': False,
                                                                      'published': '2024-11-28',
                                                                      'questions': ['how many calls to 101 '
                                                                                    'were abandoned by the '
                                                                                    'caller before being '
                                                                                    'answered in 2023, and '
                                                                                    'what the average wait '
                                                                                    'was before those calls '
                                                                                    'were abandoned'],
                                                                      'reference': '2024-1502'},
 'p08_nottinghamshire_cost_any_part_first_question_answered.pdf': {'exemptions': ['s12(1)'],
                                                                   'force': 'nottinghamshire-police',
                                                                   'ncnd': False,
                                                                   'public_interest_test': False,
                                                                   'published': '2024-10-15',
                                                                   'questions': ['How many hate crimes '
                                                                                 'reported to '
                                                                                 'Nottinghamshire Police in '
                                                                                 '2023 were reported through '
                                                                                 'the online form?',
                                                                                 'How many of those reports '
                                                                                 'named a social media '
                                                                                 'platform, and which?'],
                                                                   'reference': '004988/24'},
 't01_lincolnshire_wdtk_title_press_esc_quick_exit_usage.txt': {'exemptions': [],
                                                                'force': 'lincolnshire-police',
                                                                'ncnd': False,
                                                                'outcome': 'full',
                                                                'public_interest_test': False,
                                                                'published': '2024-04-11',
                                                                'questions': ['How many times was the quick '
                                                                              "exit button on the force's "
                                                                              'domestic abuse web pages used '
                                                                              'in 2023?',
                                                                              'How many visits did those '
                                                                              'pages receive in 2023?'],
                                                                'reference': '002214/24',
                                                                'title': 'Press Esc to leave: quick exit '
                                                                         'button use on domestic abuse '
                                                                         'pages'},
 't02_northumbria_copy_answer_is_the_escape_instruction.txt': {'exemptions': [],
                                                               'force': 'northumbria-police',
                                                               'ncnd': False,
                                                               'public_interest_test': False,
                                                               'published': '2024-05-22',
                                                               'questions': ['What instruction does the '
                                                                             'force website give visitors '
                                                                             'who need to leave a page '
                                                                             'quickly?'],
                                                               'reference': '1043/24',
                                                               'title': 'Quick exit wording on the force '
                                                                        'website'},
 't03_lancashire_soh_copy_tap_escape_should_fire.txt': {'exemptions': [],
                                                        'force': 'lancashire-constabulary',
                                                        'ncnd': False,
                                                        'outcome': 'full',
                                                        'public_interest_test': False,
                                                        'published': None,
                                                        'questions': ['How many reports were made to '
                                                                      'Lancashire Constabulary in 2023 of a '
                                                                      "child missing from a children's home?",
                                                                      'How many individual children did '
                                                                      'those reports concern?'],
                                                        'reference': '0877/24',
                                                        'title': 'Missing children reported from care homes'},
 't04_cheshire_wdtk_title_cookies_on_force_domain.txt': {'exemptions': [],
                                                         'force': 'cheshire-constabulary',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': '2024-03-06',
                                                         'questions': ['Which third-party cookies are set '
                                                                       'when a visitor accepts all cookies '
                                                                       'on the Cheshire Constabulary '
                                                                       'website?',
                                                                       'What percentage of visitors accepted '
                                                                       'analytics cookies in 2023?'],
                                                         'reference': 'FOI 0391/24'},
 't05_gwent_soh_copy_cookies_on_gwent_police_should_fire.txt': {'exemptions': [],
                                                                'force': 'gwent-police',
                                                                'ncnd': False,
                                                                'outcome': 'full',
                                                                'public_interest_test': False,
                                                                'published': None,
                                                                'questions': ['How many body worn video '
                                                                              'cameras did Gwent Police '
                                                                              'issue to officers in 2023, '
                                                                              'and how many were reported '
                                                                              'lost or damaged that year?'],
                                                                'reference': '2024/1160',
                                                                'title': 'Body worn video cameras issued'},
 't06_sussex_pdf_text_consent_choices_table_header.txt': {'exemptions': [],
                                                          'force': 'sussex-police',
                                                          'ncnd': False,
                                                          'outcome': 'full',
                                                          'public_interest_test': False,
                                                          'published': '2024-07-18',
                                                          'reference': '0918/24'},
 't07_essex_wdtk_answer_lists_the_three_buttons.txt': {'exemptions': [],
                                                       'force': 'essex-police',
                                                       'ncnd': False,
                                                       'public_interest_test': False,
                                                       'published': '2024-09-02',
                                                       'questions': ['What choices does the cookie banner on '
                                                                     'the Essex Police website offer a '
                                                                     'visitor?'],
                                                       'reference': '31982'},
 't08_derbyshire_soh_copy_buttons_one_line_should_fire.txt': {'exemptions': [],
                                                              'force': 'derbyshire-constabulary',
                                                              'ncnd': False,
                                                              'outcome': 'full',
                                                              'public_interest_test': False,
                                                              'published': None,
                                                              'questions': ['How many dogs did Derbyshire '
                                                                            'Constabulary seize under the '
                                                                            'Dangerous Dogs Act 1991 in '
                                                                            '2023?',
                                                                            'What was the longest time a '
                                                                            'seized dog spent in kennels?'],
                                                              'reference': '004410/24',
                                                              'title': 'Dogs seized under the Dangerous Dogs '
                                                                       'Act'},
 't09_west-yorkshire_wdtk_title_foi_request_register.txt': {'exemptions': [],
                                                            'force': 'west-yorkshire-police',
                                                            'ncnd': False,
                                                            'outcome': 'full',
                                                            'public_interest_test': False,
                                                            'published': '2024-05-30',
                                                            'questions': ['How many requests under the '
                                                                          'Freedom of Information Act did '
                                                                          'West Yorkshire Police receive in '
                                                                          '2023?',
                                                                          'How many of those requests were '
                                                                          'answered within 20 working days?'],
                                                            'reference': '1402/24',
                                                            'title': 'FOI request register'},
 't10_cambridgeshire_pdf_text_online_forms_annex_header.txt': {'exemptions': [],
                                                               'force': 'cambridgeshire-constabulary',
                                                               'ncnd': False,
                                                               'outcome': 'full',
                                                               'public_interest_test': False,
                                                               'published': '2024-03-12',
                                                               'questions': ['how many forms were submitted '
                                                                             'through each section of the '
                                                                             'force website in 2022 and '
                                                                             '2023'],
                                                               'reference': '0644/24',
                                                               'title': 'Online forms submitted through the '
                                                                        'website'},
 't11_hertfordshire_soh_copy_menu_pipes_should_fire.txt': {'exemptions': [],
                                                           'force': 'hertfordshire-constabulary',
                                                           'ncnd': False,
                                                           'outcome': 'full',
                                                           'public_interest_test': False,
                                                           'published': None,
                                                           'questions': ['How many times were knife arches '
                                                                         'deployed by Hertfordshire '
                                                                         'Constabulary in 2023, and how many '
                                                                         'knives were found by them?'],
                                                           'reference': 'HC/01872/24',
                                                           'title': 'Knife arches used at events'},
 't12_warwickshire_wdtk_both_are_given_below.txt': {'exemptions': ['s31(1)(a)'],
                                                    'force': 'warwickshire-police',
                                                    'ncnd': False,
                                                    'public_interest_test': True,
                                                    'published': '2024-09-19',
                                                    'reference': '2276/24',
                                                    'title': 'Automatic number plate recognition camera '
                                                             'costs'},
 't13_leicestershire_wdtk_attached_response_ref_then_spreadsheet.txt': {'exemptions': [],
                                                                        'force': 'leicestershire-police',
                                                                        'ncnd': False,
                                                                        'outcome': 'full',
                                                                        'public_interest_test': False,
                                                                        'published': None,
                                                                        'questions': [],
                                                                        'reference': '004471/24',
                                                                        'title': 'Stop and search in '
                                                                                 'Leicester city centre'},
 't14_north-yorkshire_unless_exemption_then_not_held.txt': {'exemptions': [],
                                                            'force': 'north-yorkshire-police',
                                                            'ncnd': False,
                                                            'outcome': 'not_held',
                                                            'public_interest_test': False,
                                                            'published': '2024-04-08',
                                                            'questions': ['Has North Yorkshire Police '
                                                                          'trialled live facial recognition '
                                                                          'since 2020?',
                                                                          'If so, how many people were '
                                                                          'stopped as a result of an alert?'],
                                                            'reference': '0561/2024',
                                                            'title': 'Facial recognition trials'},
 't15_avon-and-somerset_review_can_now_advise_upheld.txt': {'exemptions': ['s31(1)(a)'],
                                                            'force': 'avon-and-somerset-police',
                                                            'ncnd': False,
                                                            'outcome': 'refused',
                                                            'public_interest_test': True,
                                                            'published': '2024-11-21',
                                                            'reference': '2155/24',
                                                            'title': 'Internal review - Covert camera '
                                                                     'deployments'},
 't16_gwent_wdtk_review_can_therefore_now_tell_you_should_fire.txt': {'force': 'gwent-police',
                                                                      'ncnd': False,
                                                                      'public_interest_test': False,
                                                                      'published': '2024-10-14',
                                                                      'reference': '2024/0981',
                                                                      'title': 'Internal review - Drone '
                                                                               'flights over Newport'},
 't17_kent_first_part_answered_count_reused_second_part_refused.txt': {'exemptions': ['s12(1)'],
                                                                       'force': 'kent-police',
                                                                       'ncnd': False,
                                                                       'public_interest_test': False,
                                                                       'published': '2024-06-05',
                                                                       'questions': ['How many shoplifting '
                                                                                     'offences did Kent '
                                                                                     'Police record in '
                                                                                     'Ashford in 2023?',
                                                                                     'In how many of those '
                                                                                     'was CCTV footage '
                                                                                     'supplied by the '
                                                                                     'retailer?'],
                                                                       'reference': '24/117/06',
                                                                       'title': 'Shoplifting reports from '
                                                                                'Ashford retailers'},
 't18_durham_email_serves_as_refusal_notice_should_fire.txt': {'exemptions': ['s12(1)'],
                                                               'force': 'durham-constabulary',
                                                               'ncnd': False,
                                                               'outcome': 'cost_limit',
                                                               'public_interest_test': False,
                                                               'published': '2024-08-27',
                                                               'reference': 'DC/0822/24',
                                                               'title': 'Strip searches of children in '
                                                                        'custody'},
 't19_west-midlands_re_subject_then_sent_via_email.txt': {'exemptions': [],
                                                          'force': 'west-midlands-police',
                                                          'ncnd': False,
                                                          'outcome': 'full',
                                                          'public_interest_test': False,
                                                          'published': '2024-10-16',
                                                          'questions': ['How many times did West Midlands '
                                                                        'Police deploy a drone in Birmingham '
                                                                        'in 2023?',
                                                                        'How many of those deployments were '
                                                                        'to search for a missing person?'],
                                                          'reference': '2088A/24',
                                                          'title': 'Drone deployments in Birmingham'},
 't20_suffolk_followup_original_request_same_reference.txt': {'exemptions': [],
                                                              'force': 'suffolk-constabulary',
                                                              'ncnd': False,
                                                              'outcome': 'full',
                                                              'public_interest_test': False,
                                                              'published': '2024-06-12',
                                                              'questions': [],
                                                              'reference': '001187/24',
                                                              'title': 'Dog attacks on livestock in Suffolk '
                                                                       '- remaining figures'},
 't21_norfolk_repeat_request_title_ref_previous_in_sentence_should_fire.txt': {'exemptions': ['s14(2)'],
                                                                               'force': 'norfolk-constabulary',
                                                                               'ncnd': False,
                                                                               'outcome': 'vexatious',
                                                                               'public_interest_test': False,
                                                                               'published': None,
                                                                               'reference': '003310/24',
                                                                               'title': 'Repeat request - '
                                                                                        'firearms licence '
                                                                                        'revocations'},
 't22_merseyside_pdf_text_class_a_of_which_crack.txt': {'exemptions': [],
                                                        'force': 'merseyside-police',
                                                        'ncnd': False,
                                                        'outcome': 'full',
                                                        'public_interest_test': False,
                                                        'published': '2024-07-03',
                                                        'questions': ['the number of drug seizures made by '
                                                                      'Merseyside Police in Liverpool in '
                                                                      '2022 and 2023, by class of drug, with '
                                                                      'the number of crack cocaine seizures '
                                                                      'shown separately'],
                                                        'reference': 'FOI 2144/24',
                                                        'title': 'Drug seizures in Liverpool'},
 't23_cleveland_pdf_text_drop_in_then_e_bike_marking.txt': {'exemptions': [],
                                                            'force': 'cleveland-police',
                                                            'ncnd': False,
                                                            'outcome': 'full',
                                                            'public_interest_test': False,
                                                            'published': '2024-04-25',
                                                            'questions': ['how many neighbourhood engagement '
                                                                          'events of each type Cleveland '
                                                                          'Police held in 2022 and 2023'],
                                                            'reference': '0733/24',
                                                            'title': 'Neighbourhood engagement events'},
 't24_dorset_pdf_text_header_wrapped_trained_in_should_fire.txt': {'exemptions': [],
                                                                   'force': 'dorset-police',
                                                                   'ncnd': False,
                                                                   'outcome': 'full',
                                                                   'public_interest_test': False,
                                                                   'published': '2024-10-09',
                                                                   'questions': ['how many Dorset Police '
                                                                                 'officers were trained in '
                                                                                 'first aid, and how many '
                                                                                 'were not, at the end of '
                                                                                 '2022 and of 2023'],
                                                                   'reference': '2024-1315',
                                                                   'title': 'First aid training of officers'},
 't25_thames-valley_fpn_seat_belts.txt': {'exemptions': [],
                                          'force': 'thames-valley-police',
                                          'ncnd': False,
                                          'outcome': 'partial',
                                          'public_interest_test': False,
                                          'published': '2024-07-15',
                                          'questions': ['How many fixed penalty notices did Thames Valley '
                                                        'Police issue to drivers and passengers for not '
                                                        'wearing a seat belt in 2022 and in 2023?',
                                                        'How many of those notices were issued to drivers of '
                                                        'goods vehicles?'],
                                          'reference': 'HQ/PA/004418/24',
                                          'title': 'Fixed penalty notices for not wearing a seat belt'},
 't26_sussex_penalty_notices_for_disorder_should_fire.txt': {'exemptions': [],
                                                             'force': 'sussex-police',
                                                             'ncnd': False,
                                                             'outcome': 'full',
                                                             'public_interest_test': False,
                                                             'published': '2024-10-02',
                                                             'questions': ['how many fixed penalty notices '
                                                                           'for disorder Sussex Police '
                                                                           'issued in Brighton city centre '
                                                                           'in 2023 for being drunk and '
                                                                           'disorderly, and how many went '
                                                                           'unpaid'],
                                                             'reference': '1277/24',
                                                             'title': 'Penalty notices for disorder in '
                                                                      'Brighton'},
 't27_kent_pcso_numbers_fly_tipping_powers.txt': {'exemptions': [],
                                                  'force': 'kent-police',
                                                  'ncnd': False,
                                                  'outcome': 'full',
                                                  'public_interest_test': False,
                                                  'published': '2024-04-11',
                                                  'questions': ['How many Police Community Support Officers '
                                                                'did Kent Police employ on 31 March 2024?',
                                                                'How many of them are designated with the '
                                                                'power to require the name and address of a '
                                                                'person suspected of fly-tipping or '
                                                                'littering?'],
                                                  'reference': '24/089/11',
                                                  'title': 'PCSO numbers and accredited powers'},
 't28_avon-and-somerset_leavers_exit_survey_misogyny.txt': {'exemptions': [],
                                                            'force': 'avon-and-somerset-police',
                                                            'ncnd': False,
                                                            'outcome': 'full',
                                                            'public_interest_test': False,
                                                            'published': '2024-10-09',
                                                            'questions': ['How many police officers resigned '
                                                                          'from Avon and Somerset '
                                                                          'Constabulary in 2023/24?',
                                                                          'How many of them completed an '
                                                                          'exit survey, and what were the '
                                                                          'three most common reasons given '
                                                                          'for leaving?'],
                                                            'reference': '1930/24',
                                                            'title': 'Officers leaving the force and exit '
                                                                     'surveys'},
 'x01_gloucestershire_fpn_by_motoring_offence.xlsx': {'exemptions': [],
                                                      'force': 'gloucestershire-constabulary',
                                                      'ncnd': False,
                                                      'outcome': 'unknown',
                                                      'public_interest_test': False,
                                                      'published': None,
                                                      'questions': [],
                                                      'reference': '2024/0620',
                                                      'title': 'Fixed penalty notices issued to drivers, by '
                                                               'offence, 2022 and 2023'}}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review35_counterexample(name):
    check_case(parse_fixture("review35", name), CASES[name])
