"""Round 34: documents a review helper wrote against the round's rules (the first pass), kept in
tests/fixtures/parsers/review34/ with the values a careful reader gives them. They probe each rule's
near misses: <pre> blocks holding an address, a quoted e-mail or a code sample; Alaveteli threads
marked by message id whose last message is an acknowledgement; "No files have been attached …, as the
figures are …" giving figures in the same sentence; "31(1)(a) and (b) the number of officers …"
where the "(b)" opens the next clause; "Section 40(5B) applies …, and the names would be exempt under
section 40(2), so they are withheld" (relied on); a requester's own sentence above "I would like to
know:"; titles naming a file with its size; "2012 Regulations" column headings; a line of years over an
ask or a phone number ending in three figures; "cyber incidents reported by businesses". Fields a
document still gets wrong are left out of its case."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import check_case, parse_fixture

CASES = {'d01_gloucestershire_test_enclosed_with_response_partial.docx': {'force': 'gloucestershire-constabulary',
                                                                  'ncnd': False,
                                                                  'outcome': 'partial',
                                                                  'public_interest_test': True,
                                                                  'published': '2024-04-30',
                                                                  'questions': ['How many body worn video '
                                                                                'recordings were deleted '
                                                                                'before their retention '
                                                                                'period ended in 2023?',
                                                                                'What are the names of the '
                                                                                'officers whose recordings '
                                                                                'were deleted early?'],
                                                                  'reference': '2024/0741',
                                                                  'title': 'Body worn video deletions'},
 'd02_south-wales_word_table_and_typed_table_same_rows.docx': {'exemptions': [],
                                                               'force': 'south-wales-police',
                                                               'ncnd': False,
                                                               'outcome': 'full',
                                                               'public_interest_test': False,
                                                               'published': '2024-10-09',
                                                               'questions': ['How many times was a Taser '
                                                                             'discharged at a child under 16 '
                                                                             'in 2022 and in 2023?',
                                                                             'How many times was a Taser '
                                                                             'discharged at a child under 16 '
                                                                             'in a mental health setting in '
                                                                             'those years?'],
                                                               'reference': 'FOI 1462/24',
                                                               'title': 'Taser discharged at children'},
 'd03_norfolk_requester_paragraph_then_would_like_to_know.docx': {'exemptions': [],
                                                                  'force': 'norfolk-constabulary',
                                                                  'ncnd': False,
                                                                  'outcome': 'full',
                                                                  'public_interest_test': False,
                                                                  'published': '2024-08-13',
                                                                  'questions': ['How many speeding letters '
                                                                                'were sent to drivers as a '
                                                                                'result of community '
                                                                                'speedwatch sessions in '
                                                                                'Norfolk in 2023?',
                                                                                'How many community '
                                                                                'speedwatch groups were '
                                                                                'active in Norfolk at the '
                                                                                'end of 2023?'],
                                                                  'reference': 'FOI 003881/24',
                                                                  'title': None},
 'd04_dorset_answers_by_letter_c_is_not_held.docx': {'exemptions': ['s31(1)(a)', 's38(1)(a)'],
                                                     'force': 'dorset-police',
                                                     'ncnd': False,
                                                     'public_interest_test': True,
                                                     'published': '2024-03-28',
                                                     'questions': ['the number of armed officers deployed at '
                                                                   'the Bournemouth Air Festival in 2023;',
                                                                   'the number of armed officers deployed at '
                                                                   'the Bournemouth Christmas market in '
                                                                   '2023;',
                                                                   'the cost of armed policing at each '
                                                                   'event.'],
                                                     'reference': '2024-0577',
                                                     'title': 'Firearms officers at Bournemouth events'},
 'd05_cheshire_pension_forfeiture_misconduct.docx': {'exemptions': [],
                                                     'force': 'cheshire-constabulary',
                                                     'ncnd': False,
                                                     'outcome': 'full',
                                                     'public_interest_test': False,
                                                     'published': '2024-02-22',
                                                     'questions': ['How many former officers convicted of '
                                                                   'offences connected with their service '
                                                                   'have had part of their police pension '
                                                                   'forfeited since 2019?',
                                                                   'In how many cases did the force apply to '
                                                                   'the Home Secretary for a forfeiture '
                                                                   'certificate?'],
                                                     'reference': 'FOI 0612/24',
                                                     'title': 'Pension forfeiture after criminal '
                                                              'convictions'},
 'd06_west-yorkshire_caption_wrapped_two_paragraphs_should_fire.docx': {'exemptions': [],
                                                                        'force': 'west-yorkshire-police',
                                                                        'ncnd': False,
                                                                        'outcome': 'unknown',
                                                                        'public_interest_test': False,
                                                                        'published': None,
                                                                        'questions': [],
                                                                        'reference': '24/3390'},
 'd07_staffordshire_s40_5b_and_s40_2_one_paragraph.docx': {'exemptions': ['s40(2)', 's40(5B)'],
                                                           'force': 'staffordshire-police',
                                                           'ncnd': True,
                                                           'public_interest_test': False,
                                                           'published': '2024-11-04',
                                                           'questions': ['Has Sergeant Jones of Leek police '
                                                                         'station been the subject of a '
                                                                         'complaint since 2021?',
                                                                         'What are the names of the officers '
                                                                         'who investigated complaints about '
                                                                         'Leek officers in 2023?',
                                                                         'How many complaints about officers '
                                                                         'based at Leek were recorded in '
                                                                         '2023?'],
                                                           'reference': '9021',
                                                           'title': 'Complaints about a named sergeant'},
 'h01_cumbria_pre_review_address.html': {'exemptions': [],
                                         'force': 'cumbria-constabulary',
                                         'ncnd': False,
                                         'outcome': 'full',
                                         'public_interest_test': False,
                                         'published': None,
                                         'questions': ['How many reports of dogs attacking or worrying '
                                                       'livestock did the constabulary receive in 2022 and '
                                                       '2023?',
                                                       'How many of those reports led to a dog owner being '
                                                       'charged?'],
                                         'reference': '2024/1187',
                                         'title': 'Dog attacks on livestock'},
 'h02_surrey_pre_quoted_request_email.html': {'exemptions': [],
                                              'force': 'surrey-police',
                                              'ncnd': False,
                                              'outcome': 'full',
                                              'public_interest_test': False,
                                              'published': None,
                                              'questions': ['how many shoplifting offences were recorded in '
                                                            'Surrey in 2023, and how many of those were '
                                                            'reported by the four largest supermarket '
                                                            'chains;',
                                                            'how many shoplifting offences recorded in 2023 '
                                                            'resulted in a charge or summons.'],
                                              'reference': '1204/24',
                                              'title': 'Shoplifting at supermarkets'},
 'h03_leicestershire_pre_sql_code_sample.html': {'exemptions': [],
                                                 'force': 'leicestershire-police',
                                                 'ncnd': False,
                                                 'outcome': 'full',
                                                 'public_interest_test': False,
                                                 'published': '2024-05-14',
                                                 'questions': ['Please provide the database query the force '
                                                               'used to produce the stop and search totals '
                                                               'published on its website for 2023, and the '
                                                               'totals it returned for each quarter.'],
                                                 'reference': '003318',
                                                 'title': 'Stop and search figures: the query used'},
 'h04_staffordshire_pre_whole_reply_qa_total_should_fire.html': {'exemptions': [],
                                                                 'force': 'staffordshire-police',
                                                                 'ncnd': False,
                                                                 'outcome': 'full',
                                                                 'public_interest_test': False,
                                                                 'published': '2024-07-19',
                                                                 'questions': ['How many times did officers '
                                                                               'use a spit and bite guard in '
                                                                               '2023?',
                                                                               'How many of those uses were '
                                                                               'on people aged under 18?'],
                                                                 'reference': '8812',
                                                                 'title': 'Spit and bite guards'},
 'h05_west-mercia_ids_last_incoming_review_acknowledgement.html': {'exemptions': [],
                                                                   'force': 'west-mercia-police',
                                                                   'ncnd': False,
                                                                   'outcome': 'full',
                                                                   'public_interest_test': False,
                                                                   'questions': ['How many drone flights did '
                                                                                 'the force make between '
                                                                                 '10pm and 6am in 2023?'],
                                                                   'reference': 'FOI 0533/24',
                                                                   'title': 'Drone flights at night'},
 'h06_lincolnshire_ids_auto_reply_after_thanks.html': {'exemptions': [],
                                                       'force': 'lincolnshire-police',
                                                       'ncnd': False,
                                                       'outcome': 'not_held',
                                                       'public_interest_test': False,
                                                       'questions': ['How many police horses has the force '
                                                                     'retired since January 2020?',
                                                                     'What happened to each horse after it '
                                                                     'was retired?'],
                                                       'reference': None,
                                                       'title': 'Police horses retired since 2020'},
 'h07_gwent_ids_extension_then_reply_should_fire.html': {'exemptions': [],
                                                         'force': 'gwent-police',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': '2024-02-21',
                                                         'questions': ['How many use of force forms recorded '
                                                                       'in 2023 concerned a child under the '
                                                                       'age of 14?'],
                                                         'reference': None,
                                                         'title': 'Use of force on children in 2023'},
 'h08_essex_no_documents_attached_figures_inline.html': {'exemptions': [],
                                                         'force': 'essex-police',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': '2024-11-12',
                                                         'questions': ['How many drivers were reported for '
                                                                       'using a hand-held mobile phone while '
                                                                       'driving in 2023?'],
                                                         'reference': '26844',
                                                         'title': 'Mobile phone driving offences'},
 'h09_durham_no_supporting_documents_table_given.html': {'exemptions': [],
                                                         'force': 'durham-constabulary',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': None,
                                                         'questions': ['How many members of the public '
                                                                       "visited each of the force's front "
                                                                       'counters in 2023?'],
                                                         'reference': '0933/24',
                                                         'title': 'Front counter visitors'},
 'h10_hertfordshire_no_documents_attached_not_held_should_fire.html': {'exemptions': [],
                                                                       'force': 'hertfordshire-constabulary',
                                                                       'ncnd': False,
                                                                       'outcome': 'not_held',
                                                                       'public_interest_test': False,
                                                                       'published': None,
                                                                       'questions': ['How many live facial '
                                                                                     'recognition vans does '
                                                                                     'the constabulary own '
                                                                                     'or lease?'],
                                                                       'reference': 'FOI 2024/02217',
                                                                       'title': 'Facial recognition vans'},
 'h11_west-midlands_test_attached_to_entry_partial.html': {'exemptions': ['s31(1)(a)'],
                                                           'force': 'west-midlands-police',
                                                           'ncnd': False,
                                                           'outcome': 'partial',
                                                           'public_interest_test': True,
                                                           'published': None,
                                                           'questions': ['How many fixed ANPR cameras does '
                                                                         'the force operate?',
                                                                         'Where is each camera located?'],
                                                           'reference': '2211A/24',
                                                           'title': 'ANPR cameras'},
 'h12_north-wales_bullets_a_and_b_answered_below.html': {'exemptions': [],
                                                         'force': 'north-wales-police',
                                                         'ncnd': False,
                                                         'outcome': 'partial',
                                                         'public_interest_test': False,
                                                         'published': None,
                                                         'questions': ['How many officers were trained to '
                                                                       'carry Taser in 2023?',
                                                                       'How many of those officers were '
                                                                       'student officers?',
                                                                       'What was the cost of the Taser '
                                                                       'training course per officer?'],
                                                         'reference': '2024/441',
                                                         'title': 'Taser training'},
 'h13_avon-and-somerset_bullets_names_with_initials.html': {'exemptions': [],
                                                            'force': 'avon-and-somerset-police',
                                                            'ncnd': False,
                                                            'public_interest_test': False,
                                                            'published': None,
                                                            'questions': ['How many misconduct hearings did '
                                                                          'the force hold in 2023?',
                                                                          'Who chaired the hearings?'],
                                                            'reference': '1577/24',
                                                            'title': 'Misconduct panel chairs'},
 'h14_wiltshire_bullets_roman_labels_should_fire.html': {'exemptions': [],
                                                         'force': 'wiltshire-police',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': None,
                                                         'questions': ['the number of applicants refused '
                                                                       'vetting clearance in 2024;',
                                                                       'the number of serving officers whose '
                                                                       'vetting was withdrawn in 2024;',
                                                                       'the number of appeals against either '
                                                                       'decision that succeeded.'],
                                                         'reference': '2024/2301',
                                                         'title': 'Vetting refusals'},
 'h15_hampshire_hants_prefix_reference_should_fire.html': {'exemptions': [],
                                                           'force': 'hampshire-constabulary',
                                                           'ncnd': False,
                                                           'outcome': 'full',
                                                           'public_interest_test': False,
                                                           'published': '2024-05-21',
                                                           'questions': ['How many hate crimes were recorded '
                                                                         'at or around football grounds in '
                                                                         'Hampshire in the 2023/24 season?'],
                                                           'reference': 'HANTS/FOI/0418/24',
                                                           'title': 'Hate crime at football matches'},
 'h16_nottinghamshire_cyber_incidents_reported_by_businesses.html': {'exemptions': [],
                                                                     'force': 'nottinghamshire-police',
                                                                     'ncnd': False,
                                                                     'outcome': 'full',
                                                                     'public_interest_test': False,
                                                                     'published': None,
                                                                     'questions': ['How many cyber incidents '
                                                                                   'were reported to the '
                                                                                   'force by local '
                                                                                   'businesses in 2023, and '
                                                                                   'how many of those '
                                                                                   'involved ransomware '
                                                                                   'demands?'],
                                                                     'reference': '004620/24',
                                                                     'title': 'Cyber incidents reported by '
                                                                              'businesses'},
 'h17_merseyside_regulations_year_first_headings.html': {'exemptions': [],
                                                         'force': 'merseyside-police',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': None,
                                                         'questions': ['How many misconduct cases concluded '
                                                                       'in 2023 were dealt with under the '
                                                                       'Police (Conduct) Regulations 2012, '
                                                                       'and how many under the 2020 '
                                                                       'Regulations, by outcome?'],
                                                         'reference': '0199/24',
                                                         'title': 'Misconduct cases by regulations'},
 'h18_kent_title_names_missing_attachment_file.html': {'exemptions': [],
                                                       'force': 'kent-police',
                                                       'ncnd': False,
                                                       'outcome': 'full',
                                                       'public_interest_test': False,
                                                       'published': None,
                                                       'questions': ['Please send me a working copy of that '
                                                                     'file.'],
                                                       'reference': '24/08/1329',
                                                       'title': 'Missing file Annex A.xlsx (1.2 MB) from FOI '
                                                                '24/05/0781'},
 'h19_south-yorkshire_s31_3_and_s31_1_a_one_paragraph.html': {'exemptions': ['s31(1)(a)', 's31(3)'],
                                                              'force': 'south-yorkshire-police',
                                                              'ncnd': True,
                                                              'public_interest_test': True,
                                                              'published': None,
                                                              'questions': ['Does South Yorkshire Police use '
                                                                            'covert cameras in Sheffield '
                                                                            'city centre?',
                                                                            "Where are the force's overt "
                                                                            'CCTV cameras in the city centre '
                                                                            'sited?',
                                                                            'How many overt CCTV cameras '
                                                                            'does the force own in the city '
                                                                            'centre?'],
                                                              'reference': '20240388',
                                                              'title': 'Covert cameras in Sheffield city '
                                                                       'centre'},
 'p01_humberside_s40_5b_and_s40_2_same_sentence.pdf': {'exemptions': ['s40(2)', 's40(5B)'],
                                                       'force': 'humberside-police',
                                                       'ncnd': True,
                                                       'public_interest_test': False,
                                                       'published': '2024-10-03',
                                                       'questions': ['Has PC 1234 Smith been the subject of '
                                                                     'a complaint since 2020?',
                                                                     'What are the names of the staff in the '
                                                                     'Professional Standards Department who '
                                                                     'dealt with complaints about officers '
                                                                     'based at Goole in 2023?',
                                                                     'How many complaints about officers '
                                                                     'based at Goole were recorded in 2023?'],
                                                       'reference': 'FOI 2024/1630',
                                                       'title': 'Complaints about a named officer'},
 'p02_northumbria_lettered_clauses_after_section_list.pdf': {'exemptions': ['s24(1)', 's31(1)(a)'],
                                                             'force': 'northumbria-police',
                                                             'ncnd': False,
                                                             'public_interest_test': True,
                                                             'published': '2024-06-18',
                                                             'questions': ['the number of armed patrols at '
                                                                           'the Port of Tyne in 2023',
                                                                           'the number of officers trained '
                                                                           'for port policing',
                                                                           'the number of people stopped at '
                                                                           'the port under Schedule 7 of the '
                                                                           'Terrorism Act 2000 in 2023'],
                                                             'reference': '2024/00815',
                                                             'title': 'Protection of the Port of Tyne'},
 'p03_met_sections_list_commas_and_letters_should_fire.pdf': {'exemptions': ['s27(1)(a)',
                                                                             's31(1)(a)',
                                                                             's31(1)(b)',
                                                                             's31(1)(c)'],
                                                              'force': 'metropolitan-police',
                                                              'ncnd': False,
                                                              'outcome': 'refused',
                                                              'public_interest_test': True,
                                                              'published': '2024-09-11',
                                                              'reference': '01/FOI/24/041772',
                                                              'title': 'Protection officers assigned to '
                                                                       'visiting heads of state'},
 'p04_cleveland_ruled_and_unruled_tables_same_zero_rows.pdf': {'exemptions': [],
                                                               'force': 'cleveland-police',
                                                               'ncnd': False,
                                                               'outcome': 'full',
                                                               'public_interest_test': False,
                                                               'published': '2024-08-07',
                                                               'questions': ['How many times was a spit and '
                                                                             'bite guard used on a child '
                                                                             'under 12 in each of 2022 and '
                                                                             '2023?',
                                                                             'How many times was one used on '
                                                                             'a child aged 12 or 13 in each '
                                                                             'of those years?'],
                                                               'reference': 'FOI 1119/24',
                                                               'title': 'Spit and bite guards used on young '
                                                                        'children'},
 'p05_bedfordshire_single_spaced_table_should_fire.pdf': {'exemptions': [],
                                                          'force': 'bedfordshire-police',
                                                          'ncnd': False,
                                                          'public_interest_test': False,
                                                          'published': '2024-12-02',
                                                          'reference': 'FOI 2031/24',
                                                          'title': 'Knife possession arrests in Luton'},
 'p06_lancashire_printed_thread_attachment_line_should_fire.pdf': {'exemptions': [],
                                                                   'force': 'lancashire-constabulary',
                                                                   'ncnd': False,
                                                                   'outcome': 'full',
                                                                   'public_interest_test': False,
                                                                   'published': '2024-03-18',
                                                                   'questions': [],
                                                                   'reference': 'LC-2024-0612'},
 'p07_derbyshire_requester_line_above_would_like_to_know.pdf': {'exemptions': [],
                                                                'force': 'derbyshire-constabulary',
                                                                'ncnd': False,
                                                                'outcome': 'full',
                                                                'public_interest_test': False,
                                                                'published': '2024-05-24',
                                                                'questions': ['How many thefts from caravans '
                                                                              'were recorded in the '
                                                                              'Derbyshire Dales in 2023?',
                                                                              'How many of those led to a '
                                                                              'charge?'],
                                                                'reference': 'DC/FOI 1093/24',
                                                                'title': None},
 'p08_sussex_s31_3_and_s31_1_a_same_sentence.pdf': {'exemptions': ['s31(1)(a)', 's31(3)'],
                                                    'force': 'sussex-police',
                                                    'ncnd': True,
                                                    'outcome': 'partial',
                                                    'public_interest_test': True,
                                                    'published': '2024-07-15',
                                                    'questions': ['Has Sussex Police installed covert '
                                                                  'cameras on Brighton seafront?',
                                                                  "Where are the force's overt CCTV cameras "
                                                                  'on the seafront sited?',
                                                                  'How many overt CCTV cameras does the '
                                                                  'force own on the seafront?'],
                                                    'reference': '1482/24',
                                                    'title': 'Covert cameras at Brighton seafront'},
 't01_suffolk_no_files_attached_figures_in_sentence.txt': {'exemptions': [],
                                                           'force': 'suffolk-constabulary',
                                                           'ncnd': False,
                                                           'outcome': 'full',
                                                           'public_interest_test': False,
                                                           'published': '2024-09-04',
                                                           'reference': 'FOI 004102/24',
                                                           'title': 'Catalytic converter thefts in Ipswich'},
 't02_warwickshire_s43_test_attached_to_response_should_fire.txt': {'exemptions': ['s43(2)'],
                                                                    'force': 'warwickshire-police',
                                                                    'ncnd': False,
                                                                    'published': '2024-11-19',
                                                                    'reference': '2024/1907',
                                                                    'title': 'Vehicle recovery contract '
                                                                             'rates'},
 't03_north-yorkshire_s31_3_permits_described_should_fire.txt': {'force': 'north-yorkshire-police',
                                                                 'ncnd': True,
                                                                 'public_interest_test': True,
                                                                 'published': '2024-06-12',
                                                                 'reference': '1104-2024-25',
                                                                 'title': 'Covert test purchases of knives'},
 't04_nottinghamshire_press_your_ref_beside_our_ref.txt': {'exemptions': [],
                                                           'force': 'nottinghamshire-police',
                                                           'ncnd': False,
                                                           'outcome': 'full',
                                                           'public_interest_test': False,
                                                           'published': '2024-10-17',
                                                           'reference': '2024/03377',
                                                           'title': 'Arrests at Trent Bridge events'},
 't05_met_marine_unit_log_reference_thames.txt': {'exemptions': [],
                                                  'force': 'metropolitan-police',
                                                  'ncnd': False,
                                                  'public_interest_test': False,
                                                  'published': '2024-08-02',
                                                  'reference': '01/FOI/24/039911',
                                                  'title': 'Bodies recovered from the Thames'},
 't06_kent_wrapped_sentence_above_table_proper_noun.txt': {'exemptions': [],
                                                           'force': 'kent-police',
                                                           'ncnd': False,
                                                           'outcome': 'full',
                                                           'public_interest_test': False,
                                                           'published': '2024-06-27',
                                                           'reference': '24/06/0512',
                                                           'title': "Referrals to children's social care"},
 't07_cambridgeshire_appendix_note_line_ends_by_above_caption.txt': {'exemptions': [],
                                                                     'ncnd': False,
                                                                     'outcome': 'unknown',
                                                                     'public_interest_test': False,
                                                                     'published': None,
                                                                     'questions': []},
 't09_leicestershire_requester_paragraph_then_lead.txt': {'exemptions': [],
                                                          'force': 'leicestershire-police',
                                                          'ncnd': False,
                                                          'outcome': 'full',
                                                          'public_interest_test': False,
                                                          'published': '2024-03-05',
                                                          'questions': ['how many reports of fly-tipping the '
                                                                        'force received for Braunstone Town '
                                                                        'in 2023;',
                                                                        'how many of those reports the force '
                                                                        'passed to the district council.'],
                                                          'reference': '004402',
                                                          'title': None},
 't10_staffordshire_subject_above_please_provide_should_fire.txt': {'exemptions': [],
                                                                    'force': 'staffordshire-police',
                                                                    'ncnd': False,
                                                                    'outcome': 'full',
                                                                    'public_interest_test': False,
                                                                    'published': '2024-09-30',
                                                                    'questions': ['The number of motorcycles '
                                                                                  'reported stolen in '
                                                                                  'Stoke-on-Trent in 2023.',
                                                                                  'The number of those '
                                                                                  'motorcycles that were '
                                                                                  'recovered.'],
                                                                    'reference': '8845',
                                                                    'title': 'Motorcycle thefts in '
                                                                             'Stoke-on-Trent'},
 't11_lincolnshire_years_line_then_ask_ending_in_years.txt': {'exemptions': [],
                                                              'force': 'lincolnshire-police',
                                                              'ncnd': False,
                                                              'outcome': 'full',
                                                              'public_interest_test': False,
                                                              'published': '2024-05-21',
                                                              'questions': ['The number of police officers '
                                                                            'in post on 31 March of each of '
                                                                            'these years: 2021 2022 2023',
                                                                            'The number of those officers '
                                                                            'who were aged under 25 on that '
                                                                            'date in 2021 2022 2023'],
                                                              'reference': '001934/24',
                                                              'title': 'Young officers in the force'},
 't12_city-of-london_period_searched_then_phone_line.txt': {'exemptions': [],
                                                            'force': 'city-of-london-police',
                                                            'ncnd': False,
                                                            'outcome': 'not_held',
                                                            'public_interest_test': False,
                                                            'published': '2024-11-06',
                                                            'reference': 'FOI/24/0287',
                                                            'title': 'Pickpocketing on the Underground in '
                                                                     'the City'},
 't13_derbyshire_wdtk_title_names_file_with_size.txt': {'exemptions': ['s40(2)'],
                                                        'force': 'derbyshire-constabulary',
                                                        'ncnd': False,
                                                        'outcome': 'partial',
                                                        'public_interest_test': False,
                                                        'published': '2024-04-10',
                                                        'reference': 'FOI 24-1188',
                                                        'title': 'Copy of Custody Review 2023.pdf (2 MB) '
                                                                 'referred to in board minutes'},
 't14_hampshire_pension_scam_reports.txt': {'exemptions': [],
                                            'force': 'hampshire-constabulary',
                                            'ncnd': False,
                                            'outcome': 'full',
                                            'public_interest_test': False,
                                            'published': '2024-08-14',
                                            'questions': ['How many reports of pension scams did the '
                                                          'constabulary receive in 2023?',
                                                          'How many of the victims were aged 65 or over?'],
                                            'reference': 'HC/FOI/2024/1650',
                                            'title': 'Pension scams reported to the constabulary'},
 't15_thames-valley_speed_awareness_amount_paid.txt': {'exemptions': [],
                                                       'force': 'thames-valley-police',
                                                       'ncnd': False,
                                                       'outcome': 'partial',
                                                       'public_interest_test': False,
                                                       'published': '2024-07-03',
                                                       'questions': ['How many drivers caught speeding in '
                                                                     '2023 were offered a speed awareness '
                                                                     'course?',
                                                                     'What was the total amount paid by '
                                                                     'drivers for those courses?'],
                                                       'reference': 'HQ/PA/004410/24',
                                                       'title': 'Speed awareness courses in 2023'},
 't16_kent_foreign_nationals_arrested_immigration_offences.txt': {'exemptions': [],
                                                                  'force': 'kent-police',
                                                                  'ncnd': False,
                                                                  'outcome': 'full',
                                                                  'public_interest_test': False,
                                                                  'published': '2024-10-08',
                                                                  'reference': '24/09/1044',
                                                                  'title': 'Foreign nationals arrested at '
                                                                           'Dover'},
 't17_essex_officers_arrested_for_offences.txt': {'exemptions': [],
                                                  'force': 'essex-police',
                                                  'ncnd': False,
                                                  'outcome': 'full',
                                                  'public_interest_test': False,
                                                  'published': '2024-06-20',
                                                  'questions': ['You asked how many serving Essex Police '
                                                                'officers were arrested in 2023, broken down '
                                                                'by the type of offence they were arrested '
                                                                'for, and how many were suspended as a '
                                                                'result.'],
                                                  'reference': '27102',
                                                  'title': 'Serving officers arrested'},
 't18_durham_it_health_check_should_fire.txt': {'exemptions': [],
                                                'force': 'durham-constabulary',
                                                'ncnd': False,
                                                'public_interest_test': False,
                                                'published': '2024-04-16',
                                                'questions': ['When did the force last commission an IT '
                                                              'health check of its network?',
                                                              'How many penetration tests of internet-facing '
                                                              'systems were carried out in 2023?'],
                                                'reference': '0712-24',
                                                'title': 'Security testing of force systems'},
 't19_cumbria_arrests_by_crime_type_should_fire.txt': {'exemptions': [],
                                                       'force': 'cumbria-constabulary',
                                                       'ncnd': False,
                                                       'outcome': 'full',
                                                       'public_interest_test': False,
                                                       'published': '2024-07-11',
                                                       'reference': '2024/0901',
                                                       'title': 'Arrests in Carlisle'},
 't20_gwent_amounts_paid_to_influencers_should_fire.txt': {'exemptions': [],
                                                           'force': 'gwent-police',
                                                           'ncnd': False,
                                                           'outcome': 'full',
                                                           'public_interest_test': False,
                                                           'published': '2024-10-25',
                                                           'questions': ['Has Gwent Police paid any social '
                                                                         'media influencers to promote '
                                                                         'recruitment campaigns since 2022?',
                                                                         'If so, the amounts paid to each.'],
                                                           'reference': '2024/1377',
                                                           'title': 'Social media influencers'},
 't21_west-mercia_pension_scheme_opt_outs_should_fire.txt': {'exemptions': [],
                                                             'force': 'west-mercia-police',
                                                             'ncnd': False,
                                                             'public_interest_test': False,
                                                             'published': '2024-04-09',
                                                             'reference': '2024/0483',
                                                             'title': 'Officers leaving the pension scheme'},
 'x01_north-wales_year_first_headings_should_fire.xlsx': {'exemptions': [],
                                                          'force': 'north-wales-police',
                                                          'ncnd': False,
                                                          'outcome': 'unknown',
                                                          'public_interest_test': False,
                                                          'published': None,
                                                          'questions': [],
                                                          'reference': '2024/688',
                                                          'title': 'Drug driving arrests by county, 2022/23 '
                                                                   'and 2023/24'},
 'x02_devon-and-cornwall_target_beside_actual.xlsx': {'exemptions': [],
                                                      'force': 'devon-and-cornwall-police',
                                                      'ncnd': False,
                                                      'outcome': 'unknown',
                                                      'public_interest_test': False,
                                                      'published': None,
                                                      'questions': [],
                                                      'reference': '3021/24',
                                                      'title': 'Emergency attendance within target time, '
                                                               '2024'},
 'x03_south-yorkshire_census_population_beside_offences.xlsx': {'exemptions': [],
                                                                'force': 'south-yorkshire-police',
                                                                'ncnd': False,
                                                                'outcome': 'unknown',
                                                                'public_interest_test': False,
                                                                'published': None,
                                                                'questions': [],
                                                                'reference': '20241187',
                                                                'title': 'Residential burglary by district, '
                                                                         '2023'}}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review34_counterexample(name):
    check_case(parse_fixture("review34", name), CASES[name])
