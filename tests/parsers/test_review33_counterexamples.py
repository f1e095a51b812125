"""Round 33: documents a review helper wrote against the round's rules (the first pass), kept in
tests/fixtures/parsers/review33/ with the values a careful reader gives them. They probe each rule's
near misses: the requester's own "The spreadsheet attached shows …; please provide …"; "Please be
assured that the force has …" as the force's answer; "There are two parts to your request" and "The
force has two systems" count nothing; "holds the information, which is detailed in the pricing
schedule" beside a refusal gives nothing; a ruled "Reference | Title | Date" row in the answer, or an
earlier case's row in a repeated-request letter, is no field of the letter; "It does not apply to the
ranks" after a section applied to the names sets nothing aside; a cost refusal's explainer of section
21 relies on nothing; "partner agency staff" are no workforce; match scores and grade bands ("2-1",
"3-4") are values, and "1–4" is suppressed only where the notes say so; a cover sheet's note is no
title; "disclosed with no redactions" is no partial answer. Fields a document still gets wrong are
left out of its case."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import check_case, parse_fixture

CASES = {'d01_wiltshire_spreadsheet_attached_shows_then_ask.docx': {'exemptions': [],
                                                            'force': 'wiltshire-police',
                                                            'ncnd': False,
                                                            'outcome': 'full',
                                                            'public_interest_test': False,
                                                            'published': '2024-10-23',
                                                            'questions': ['The spreadsheet attached shows '
                                                                          'dismissals by rank and by the '
                                                                          'type of misconduct found; please '
                                                                          'provide the same breakdown for '
                                                                          '2023.',
                                                                          'Please also tell me how many of '
                                                                          'the officers dismissed in 2023 '
                                                                          'appealed to the Police Appeals '
                                                                          'Tribunal.'],
                                                            'reference': '2024/1188',
                                                            'title': 'Officers dismissed for gross '
                                                                     'misconduct'},
 'd02_hertfordshire_data_only_median_percentage_notes.docx': {'exemptions': [],
                                                              'force': 'hertfordshire-constabulary',
                                                              'ncnd': False,
                                                              'outcome': 'unknown',
                                                              'public_interest_test': False,
                                                              'published': None,
                                                              'questions': [],
                                                              'reference': 'FOI2024/03318',
                                                              'title': 'Average time to answer 999 calls, by '
                                                                       'month, 2023'},
 'd03_west-mercia_hold_all_and_it_has_been_set_out.docx': {'exemptions': [],
                                                           'force': 'west-mercia-police',
                                                           'ncnd': False,
                                                           'outcome': 'full',
                                                           'public_interest_test': False,
                                                           'published': '2024-03-04',
                                                           'questions': ['The total number of drivers '
                                                                         'referred to a speed awareness '
                                                                         'course by the force in 2023.',
                                                                         'The total fee income retained by '
                                                                         'the force from those courses in '
                                                                         '2023.'],
                                                           'reference': '311904',
                                                           'title': 'Speed awareness course referrals'},
 'd04_nottinghamshire_redacted_copy_enclosed_no_section.docx': {'exemptions': [],
                                                                'force': 'nottinghamshire-police',
                                                                'ncnd': False,
                                                                'outcome': 'partial',
                                                                'public_interest_test': False,
                                                                'published': '2024-09-09',
                                                                'questions': ['Please provide the minutes of '
                                                                              "the force's stop and search "
                                                                              'scrutiny panel meeting held '
                                                                              'in March 2024.'],
                                                                'reference': '007731/24',
                                                                'title': 'Stop and search scrutiny panel '
                                                                         'minutes'},
 'd05_hampshire_s31_it_would_not_apply_to_total.docx': {'exemptions': ['s31(1)(a)'],
                                                        'force': 'hampshire-constabulary',
                                                        'ncnd': False,
                                                        'public_interest_test': True,
                                                        'published': '2024-11-05',
                                                        'questions': ['The locations of the bird of prey '
                                                                      'nest sites that the force monitors '
                                                                      'during the breeding season.',
                                                                      'The number of nest sites monitored in '
                                                                      '2024.'],
                                                        'reference': 'CM/PA/004412/24',
                                                        'title': 'Bird of prey nest monitoring'},
 'd06_suffolk_already_published_if_accessible_s21.docx': {'exemptions': ['s21'],
                                                          'force': 'suffolk-constabulary',
                                                          'ncnd': False,
                                                          'outcome': 'published_elsewhere',
                                                          'public_interest_test': False,
                                                          'published': '2024-04-17',
                                                          'questions': ['How many hate crimes were recorded '
                                                                        'by Suffolk Constabulary in 2023, '
                                                                        'broken down by strand?'],
                                                          'reference': 'FOI 003127/24',
                                                          'title': 'Hate crime figures 2023'},
 'd07_kent_attachment_label_line_should_fire.docx': {'exemptions': [],
                                                     'ncnd': False,
                                                     'outcome': 'unknown',
                                                     'public_interest_test': False,
                                                     'published': None,
                                                     'questions': [],
                                                     'reference': '24/08/1187',
                                                     'title': 'Stop and search by ethnicity, 2023'},
 'd08_derbyshire_please_quote_then_subject_should_fire.docx': {'exemptions': [],
                                                               'force': 'derbyshire-constabulary',
                                                               'ncnd': False,
                                                               'outcome': 'full',
                                                               'public_interest_test': False,
                                                               'published': '2024-07-08',
                                                               'reference': '005512/24',
                                                               'title': 'Hare coursing arrests'},
 'd09_south-yorkshire_grade_band_column.docx': {'exemptions': [],
                                                'ncnd': False,
                                                'outcome': 'unknown',
                                                'public_interest_test': False,
                                                'published': None,
                                                'questions': [],
                                                'reference': None,
                                                'title': 'Control room staff by role and grade band, 2023 '
                                                         'and 2024'},
 'd10_lancashire_child_safeguarding_practice_reviews_should_fire.docx': {'exemptions': ['s40(2)'],
                                                                         'force': 'lancashire-constabulary',
                                                                         'ncnd': False,
                                                                         'outcome': 'partial',
                                                                         'public_interest_test': False,
                                                                         'published': '2024-11-19',
                                                                         'questions': ['How many child '
                                                                                       'safeguarding '
                                                                                       'practice reviews has '
                                                                                       'the force '
                                                                                       'contributed to since '
                                                                                       '1 January 2022?',
                                                                                       'Please provide '
                                                                                       'copies of the '
                                                                                       "force's written "
                                                                                       'submissions to those '
                                                                                       'reviews.'],
                                                                         'reference': 'FOI 2024/1763',
                                                                         'title': 'Child safeguarding '
                                                                                  'practice reviews'},
 'h01_merseyside_table_below_sets_out_no_heading.html': {'exemptions': [],
                                                         'force': 'merseyside-police',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': '2024-09-17',
                                                         'questions': ['How many people were arrested at or '
                                                                       'near football grounds in Merseyside '
                                                                       'on match days in the 2023/24 '
                                                                       'season?'],
                                                         'reference': 'FOI 1187/24',
                                                         'title': 'Football match day arrests'},
 'h02_gloucestershire_request_lists_file_names.html': {'exemptions': [],
                                                       'force': 'gloucestershire-constabulary',
                                                       'ncnd': False,
                                                       'outcome': 'full',
                                                       'public_interest_test': False,
                                                       'published': '2024-07-02',
                                                       'reference': '2024/0841',
                                                       'title': 'Custody documents from the publication '
                                                                'scheme'},
 'h03_leicestershire_download_list_under_request.html': {'exemptions': [],
                                                         'force': 'leicestershire-police',
                                                         'ncnd': False,
                                                         'outcome': 'unknown',
                                                         'public_interest_test': False,
                                                         'published': None,
                                                         'questions': ['How many arrests for drink or drug '
                                                                       'driving did Leicestershire Police '
                                                                       'make in each month of 2023?'],
                                                         'reference': 'FOI 4412/24',
                                                         'title': 'Drink and drug driving arrests 2023'},
 'h04_gwent_please_be_assured_force_has.html': {'exemptions': [],
                                                'force': 'gwent-police',
                                                'ncnd': False,
                                                'public_interest_test': False,
                                                'published': None,
                                                'questions': ["What training do the force's call handlers "
                                                              'receive on recognising calls from victims of '
                                                              'stalking?'],
                                                'reference': '2024/00512',
                                                'title': 'Stalking training for call handlers'},
 'h05_essex_could_you_tell_me_bullets.html': {'exemptions': [],
                                              'force': 'essex-police',
                                              'ncnd': False,
                                              'outcome': 'full',
                                              'public_interest_test': False,
                                              'published': '2024-08-12',
                                              'questions': ['Could you tell me how much Essex Police has '
                                                            'spent on external legal advice in each of the '
                                                            'last three financial years?',
                                                            'Could you also tell me whether Essex Police has '
                                                            'a framework agreement with any law firms, and '
                                                            'if so which firms are on it?'],
                                              'reference': '31877',
                                              'title': 'External legal advice spend'},
 'h06_north-yorkshire_noun_phrase_asks_table_only.html': {'exemptions': [],
                                                          'force': 'north-yorkshire-police',
                                                          'ncnd': False,
                                                          'outcome': 'full',
                                                          'public_interest_test': False,
                                                          'published': None,
                                                          'questions': ['The average time taken to answer '
                                                                        '999 calls in 2022 and in 2023.',
                                                                        'The percentage of 999 calls '
                                                                        'answered within ten seconds in each '
                                                                        'of those years.'],
                                                          'reference': '1552-202425',
                                                          'title': '999 call answering'},
 'h07_staffordshire_force_has_two_systems_not_held.html': {'exemptions': [],
                                                           'force': 'staffordshire-police',
                                                           'ncnd': False,
                                                           'outcome': 'not_held',
                                                           'public_interest_test': False,
                                                           'published': '2024-04-22',
                                                           'questions': ['What was the highest speed reached '
                                                                         'in each police pursuit in '
                                                                         'Staffordshire in 2023?'],
                                                           'reference': '7712/24',
                                                           'title': 'Top speeds in police pursuits'},
 'h08_cleveland_figures_given_general_s21_published.html': {'exemptions': [],
                                                            'force': 'cleveland-police',
                                                            'ncnd': False,
                                                            'outcome': 'full',
                                                            'public_interest_test': False,
                                                            'published': '2024-10-03',
                                                            'reference': '612 - 24',
                                                            'title': 'Criminal damage to vehicles in '
                                                                     'Middlesbrough'},
 'h09_psni_investigatory_powers_act_ncnd.html': {'exemptions': ['s23(5)', 's24(2)'],
                                                 'force': 'police-service-of-northern-ireland',
                                                 'ncnd': True,
                                                 'outcome': 'ncnd',
                                                 'public_interest_test': True,
                                                 'published': '2024-07-12',
                                                 'questions': ['Has PSNI obtained any warrants under the '
                                                               'Investigatory Powers Act to intercept the '
                                                               'communications of journalists since 2020?'],
                                                 'reference': 'F-2024-02231',
                                                 'title': 'Interception warrants and journalists'},
 'h10_south-wales_quoted_earlier_attachment_header.html': {'exemptions': [],
                                                           'force': 'south-wales-police',
                                                           'ncnd': False,
                                                           'outcome': 'full',
                                                           'public_interest_test': False,
                                                           'published': None,
                                                           'title': 'Taser use 2023'},
 'h11_derbyshire_children_overnight_banded_cell_should_fire.html': {'exemptions': ['s40(2)'],
                                                                    'force': 'derbyshire-constabulary',
                                                                    'ncnd': False,
                                                                    'outcome': 'partial',
                                                                    'public_interest_test': False,
                                                                    'published': '2024-06-14',
                                                                    'questions': ['How many children aged 17 '
                                                                                  'and under were held '
                                                                                  'overnight in police '
                                                                                  'custody in 2022 and 2023, '
                                                                                  'by age?'],
                                                                    'reference': '003388/24',
                                                                    'title': 'Children held overnight in '
                                                                             'custody'},
 'h12_devon-and-cornwall_lost_and_stolen_devices.html': {'exemptions': [],
                                                         'force': 'devon-and-cornwall-police',
                                                         'ncnd': False,
                                                         'outcome': 'full',
                                                         'public_interest_test': False,
                                                         'published': '2024-05-20',
                                                         'questions': ['How many force laptops, tablets and '
                                                                       'mobile phones were reported lost or '
                                                                       'reported stolen in each of the last '
                                                                       'three financial years?',
                                                                       'How many of the devices reported '
                                                                       'stolen held data that was not '
                                                                       'encrypted?'],
                                                         'reference': '1184/24',
                                                         'title': 'Lost and stolen IT equipment'},
 'p01_merseyside_holds_which_is_listed_cost_limit.pdf': {'exemptions': ['s12(1)'],
                                                         'force': 'merseyside-police',
                                                         'ncnd': False,
                                                         'outcome': 'cost_limit',
                                                         'public_interest_test': False,
                                                         'published': '2024-07-03',
                                                         'questions': ['How many officers completed their '
                                                                       'annual Taser refresher training late '
                                                                       'in 2023?',
                                                                       'For each of those officers, how many '
                                                                       'days late the training was '
                                                                       'completed.'],
                                                         'reference': 'FOI 2204/24',
                                                         'title': 'Taser refresher training'},
 'p02_cumbria_counts_in_words_should_fire.pdf': {'exemptions': [],
                                                 'force': 'cumbria-constabulary',
                                                 'ncnd': False,
                                                 'outcome': 'full',
                                                 'public_interest_test': False,
                                                 'published': '2024-05-15',
                                                 'questions': ['How many officers are trained in rural and '
                                                               'wildlife crime?',
                                                               'How many quad bikes does the force use for '
                                                               'rural patrols?'],
                                                 'reference': '2024/0633',
                                                 'title': 'Rural and wildlife crime officers'},
 'p03_police-scotland_s38_therefore_does_not_apply_should_fire.pdf': {'exemptions': ['s34(1)(a)'],
                                                                      'force': 'police-scotland',
                                                                      'ncnd': False,
                                                                      'outcome': 'refused',
                                                                      'public_interest_test': True,
                                                                      'published': '2024-09-19',
                                                                      'questions': ['The names of the people '
                                                                                    'who died in police '
                                                                                    'custody in Scotland in '
                                                                                    '2022 and 2023.'],
                                                                      'reference': 'IM-FOI-2024-1874',
                                                                      'title': 'Deaths in police custody - '
                                                                               'names'},
 'p04_northamptonshire_policy_details_ruled_reference_title_date.pdf': {'exemptions': [],
                                                                        'force': 'northamptonshire-police',
                                                                        'ncnd': False,
                                                                        'outcome': 'full',
                                                                        'public_interest_test': False,
                                                                        'published': '2024-05-09',
                                                                        'questions': ['Which force policy '
                                                                                      'governs police '
                                                                                      'vehicle pursuits in '
                                                                                      'Northamptonshire?',
                                                                                      'When was that policy '
                                                                                      'last reviewed?'],
                                                                        'reference': '1433/24',
                                                                        'title': 'Pursuit policy review '
                                                                                 'date'},
 'p05_kent_repeat_request_ruled_earlier_case.pdf': {'exemptions': ['s14(2)'],
                                                    'force': 'kent-police',
                                                    'ncnd': False,
                                                    'outcome': 'vexatious',
                                                    'public_interest_test': False,
                                                    'published': '2024-07-30',
                                                    'questions': ['How much income did the force receive '
                                                                  'from speed awareness courses in 2023?'],
                                                    'reference': '24/07/1533',
                                                    'title': 'Speed awareness course income 2023'},
 'p06_civil-nuclear_ruled_request_no_response_date_title_should_fire.pdf': {'exemptions': [],
                                                                            'force': 'civil-nuclear-constabulary',
                                                                            'ncnd': False,
                                                                            'public_interest_test': False,
                                                                            'published': '2024-08-22',
                                                                            'questions': ['On average, how '
                                                                                          'many hours of '
                                                                                          'firearms training '
                                                                                          'did each '
                                                                                          'Authorised '
                                                                                          'Firearms Officer '
                                                                                          'complete in '
                                                                                          '2023?'],
                                                                            'reference': 'FOI 24-117',
                                                                            'title': 'Firearms training '
                                                                                     'hours'},
 'p07_west-mercia_please_quote_above_address_block.pdf': {'exemptions': [],
                                                          'force': 'west-mercia-police',
                                                          'ncnd': False,
                                                          'outcome': 'full',
                                                          'public_interest_test': False,
                                                          'published': '2024-05-21',
                                                          'questions': ['How many average speed camera sites '
                                                                        'are there in Worcestershire?',
                                                                        'How many speeding offences did they '
                                                                        'detect in 2023?'],
                                                          'reference': '312207',
                                                          'title': 'Average speed cameras in Worcestershire'},
 'p08_bedfordshire_appendix_contract_refs_and_dates.pdf': {'exemptions': [],
                                                           'force': 'bedfordshire-police',
                                                           'ncnd': False,
                                                           'outcome': 'unknown',
                                                           'public_interest_test': False,
                                                           'published': None,
                                                           'questions': [],
                                                           'reference': None,
                                                           'title': 'Custody healthcare contracts awarded, '
                                                                    '2021 to 2024'},
 'p09_hampshire_labels_over_values_subject_then_salutation_should_fire.pdf': {'exemptions': [],
                                                                              'ncnd': False,
                                                                              'public_interest_test': False,
                                                                              'title': 'Rural crime team '
                                                                                       'vehicles'},
 'p10_dyfed-powys_subject_beside_welsh_note_same_line.pdf': {'exemptions': [],
                                                             'force': 'dyfed-powys-police',
                                                             'ncnd': False,
                                                             'outcome': 'full',
                                                             'public_interest_test': False,
                                                             'published': '2024-10-04',
                                                             'questions': ['How many firearm certificates '
                                                                           'were due for renewal in 2023?',
                                                                           'How many of those renewals were '
                                                                           'granted after the old '
                                                                           'certificate had expired?'],
                                                             'reference': '1187/2024'},
 't01_lincolnshire_indented_ask_margin_percentage_ask.txt': {'exemptions': [],
                                                             'force': 'lincolnshire-police',
                                                             'ncnd': False,
                                                             'outcome': 'partial',
                                                             'public_interest_test': False,
                                                             'published': '2024-06-19',
                                                             'reference': '004127/24',
                                                             'title': 'Non-emergency calls'},
 't02_dorset_indented_background_margin_ask.txt': {'exemptions': [],
                                                   'force': 'dorset-police',
                                                   'ncnd': False,
                                                   'outcome': 'full',
                                                   'public_interest_test': False,
                                                   'published': '2024-08-08',
                                                   'reference': '2024-0588',
                                                   'title': 'Dogs seized under the Dangerous Dogs Act'},
 't03_humberside_tab_indented_asks_should_fire.txt': {'exemptions': [],
                                                      'force': 'humberside-police',
                                                      'ncnd': False,
                                                      'public_interest_test': False,
                                                      'published': '2024-09-02',
                                                      'questions': ['How many officers and PCSOs are '
                                                                    "currently assigned to the force's Rural "
                                                                    'Crime Team?',
                                                                    'How many vehicles does the team have '
                                                                    'for its own use?'],
                                                      'reference': 'HP/FOI/0771/24',
                                                      'title': 'Rural crime team'},
 't04_norfolk_requester_table_below_shows.txt': {'exemptions': [],
                                                 'force': 'norfolk-constabulary',
                                                 'ncnd': False,
                                                 'outcome': 'full',
                                                 'public_interest_test': False,
                                                 'published': '2024-06-11',
                                                 'reference': 'FOI 001844/24',
                                                 'title': 'Dog thefts'},
 't05_avon-and-somerset_update_listed_spreadsheets.txt': {'exemptions': [],
                                                          'force': 'avon-and-somerset-police',
                                                          'ncnd': False,
                                                          'outcome': 'full',
                                                          'public_interest_test': False,
                                                          'published': '2024-11-04',
                                                          'reference': '2291/24',
                                                          'title': 'Knife crime by ward - updated figures'},
 't06_cheshire_i_would_advise_force_does_not.txt': {'exemptions': [],
                                                    'force': 'cheshire-constabulary',
                                                    'ncnd': False,
                                                    'outcome': 'not_held',
                                                    'public_interest_test': False,
                                                    'published': '2024-09-17',
                                                    'questions': ['How many reports of dogs attacking or '
                                                                  'worrying livestock did the force receive '
                                                                  'in 2023?'],
                                                    'reference': 'FOI 5521/24',
                                                    'title': 'Livestock worrying'},
 't07_cambridgeshire_data_appendix_rate_and_average_notes.txt': {'exemptions': [],
                                                                 'force': 'cambridgeshire-constabulary',
                                                                 'ncnd': False,
                                                                 'outcome': 'unknown',
                                                                 'public_interest_test': False,
                                                                 'published': None,
                                                                 'questions': [],
                                                                 'reference': 'FOI2024/06120',
                                                                 'title': 'Residential burglaries recorded '
                                                                          'by district, 2023'},
 't08_sussex_holds_which_is_detailed_in_contract_s43.txt': {'exemptions': ['s43(2)'],
                                                            'force': 'sussex-police',
                                                            'ncnd': False,
                                                            'outcome': 'refused',
                                                            'public_interest_test': True,
                                                            'published': '2024-12-12',
                                                            'questions': ['What price per meal does Sussex '
                                                                          'Police pay its custody catering '
                                                                          'supplier under the current '
                                                                          'contract?'],
                                                            'reference': '1904/24',
                                                            'title': 'Custody catering contract prices'},
 't09_kent_there_are_two_parts_not_held.txt': {'exemptions': [],
                                               'force': 'kent-police',
                                               'ncnd': False,
                                               'outcome': 'not_held',
                                               'public_interest_test': False,
                                               'published': '2024-08-06',
                                               'questions': ['How many police pursuits in 2023 were ended by '
                                                             'tactical contact?',
                                                             'How many of those pursuits resulted in injury '
                                                             'to the driver of the pursued vehicle?'],
                                               'reference': '24/07/1412',
                                               'title': 'Pursuits ended by tactical contact'},
 't10_north-wales_policy_attached_with_no_redactions.txt': {'exemptions': [],
                                                            'force': 'north-wales-police',
                                                            'ncnd': False,
                                                            'public_interest_test': False,
                                                            'published': '2024-10-03',
                                                            'reference': 'FOI/2024/00981',
                                                            'title': 'Drone flights over private land'},
 't11_derbyshire_copy_of_request_attached_not_held.txt': {'exemptions': [],
                                                          'force': 'derbyshire-constabulary',
                                                          'ncnd': False,
                                                          'public_interest_test': False,
                                                          'published': '2024-08-28',
                                                          'questions': ['How many dash-cam video submissions '
                                                                        'did the force receive through its '
                                                                        'online portal in 2023?',
                                                                        'How many of those submissions led '
                                                                        'to a prosecution?'],
                                                          'reference': '004418/24',
                                                          'title': 'Dash-cam footage submissions'},
 't12_durham_s40_applies_it_does_not_apply_to_ranks.txt': {'exemptions': ['s40(2)'],
                                                           'force': 'durham-constabulary',
                                                           'ncnd': False,
                                                           'outcome': 'partial',
                                                           'public_interest_test': False,
                                                           'published': '2024-10-14',
                                                           'questions': ['The names of officers currently on '
                                                                         'restricted duties.',
                                                                         'The rank of each of those '
                                                                         'officers.'],
                                                           'reference': 'DC/FOI 1187/24',
                                                           'title': 'Officers on restricted duties'},
 't13_northumbria_cost_limit_explainer_s21.txt': {'exemptions': ['s12(1)'],
                                                  'force': 'northumbria-police',
                                                  'ncnd': False,
                                                  'outcome': 'cost_limit',
                                                  'public_interest_test': False,
                                                  'published': '2024-06-26',
                                                  'questions': ['Please provide details of every anti-social '
                                                                'behaviour incident reported in Gateshead in '
                                                                '2023, including the location, the date and '
                                                                'the outcome of each incident.'],
                                                  'reference': '771/24',
                                                  'title': 'Anti-social behaviour in Gateshead'},
 't14_west-midlands_modern_slavery_act_comma_s30.txt': {'exemptions': ['s30(1)(a)'],
                                                        'force': 'west-midlands-police',
                                                        'ncnd': False,
                                                        'outcome': 'partial',
                                                        'public_interest_test': True,
                                                        'published': '2024-09-09',
                                                        'questions': ['How many modern slavery '
                                                                      'investigations did the force open in '
                                                                      '2023?',
                                                                      'A copy of the case summary for each '
                                                                      'investigation that led to a charge.'],
                                                        'reference': '2291A/24',
                                                        'title': 'Modern slavery investigations'},
 't15_staffordshire_stop_search_powers_text_table_should_fire.txt': {'exemptions': [],
                                                                     'force': 'staffordshire-police',
                                                                     'ncnd': False,
                                                                     'outcome': 'full',
                                                                     'public_interest_test': False,
                                                                     'published': '2024-03-11',
                                                                     'questions': ['How many stop and '
                                                                                   'searches did the force '
                                                                                   'carry out in 2023, by '
                                                                                   'the power used?'],
                                                                     'reference': '8812/24',
                                                                     'title': 'Stop and search by power '
                                                                              'used'},
 't16_warwickshire_enclosed_earlier_attachments_list.txt': {'exemptions': [],
                                                            'force': 'warwickshire-police',
                                                            'ncnd': False,
                                                            'outcome': 'full',
                                                            'public_interest_test': False,
                                                            'published': None,
                                                            'questions': ["Where are the force's mobile "
                                                                          'speed camera sites in '
                                                                          'Stratford-on-Avon district?',
                                                                          'How many offences were detected '
                                                                          'at each site in 2023?'],
                                                            'title': 'Mobile speed camera sites'},
 't17_gwent_welsh_courtesy_paragraph_should_fire.txt': {'exemptions': [],
                                                        'force': 'gwent-police',
                                                        'ncnd': False,
                                                        'public_interest_test': False,
                                                        'published': '2024-07-30',
                                                        'reference': '2024/00812',
                                                        'title': 'Catalytic converter thefts'},
 't18_west-yorkshire_partner_agency_staff_records_access.txt': {'exemptions': [],
                                                                'force': 'west-yorkshire-police',
                                                                'ncnd': False,
                                                                'outcome': 'full',
                                                                'public_interest_test': False,
                                                                'published': '2024-08-07',
                                                                'questions': ['How many partner agency staff '
                                                                              'currently have access to the '
                                                                              "force's records management "
                                                                              'system?',
                                                                              'Which agencies do those staff '
                                                                              'work for?'],
                                                                'reference': 'FOI 2281930/24',
                                                                'title': 'Partner agency access to police '
                                                                         'records'},
 't19_british-transport-police_cycle_thefts_should_fire.txt': {'exemptions': [],
                                                               'force': 'british-transport-police',
                                                               'ncnd': False,
                                                               'public_interest_test': False,
                                                               'published': '2024-03-12',
                                                               'reference': '1187-24',
                                                               'title': 'Cycle thefts at stations'},
 't20_thames-valley_minutes_disclosed_with_no_redactions.txt': {'exemptions': [],
                                                                'force': 'thames-valley-police',
                                                                'ncnd': False,
                                                                'public_interest_test': False,
                                                                'published': '2024-09-16',
                                                                'questions': ['Please provide the minutes of '
                                                                              'the drone unit steering group '
                                                                              'meetings held in 2023.'],
                                                                'reference': 'HQ/PA/004471/24',
                                                                'title': 'Drone unit steering group minutes'},
 'x01_greater-manchester_match_results_column.xlsx': {'exemptions': [],
                                                      'force': 'greater-manchester-police',
                                                      'ncnd': False,
                                                      'outcome': 'unknown',
                                                      'public_interest_test': False,
                                                      'published': None,
                                                      'questions': [],
                                                      'reference': 'GSA/6112/24',
                                                      'title': 'Arrests at home league matches, 2023/24 '
                                                               'season'},
 'x02_lancashire_cover_first_line_is_a_note.xlsx': {'exemptions': [],
                                                    'force': 'lancashire-constabulary',
                                                    'ncnd': False,
                                                    'outcome': 'unknown',
                                                    'public_interest_test': False,
                                                    'published': None,
                                                    'questions': [],
                                                    'reference': 'LC-2024-1187',
                                                    'title': 'Fixed penalty notices for littering and '
                                                             'fly-tipping, 2021 to 2023'},
 'x03_dorset_cover_extracted_note_under_sender.xlsx': {'exemptions': [],
                                                       'force': 'dorset-police',
                                                       'ncnd': False,
                                                       'outcome': 'unknown',
                                                       'public_interest_test': False,
                                                       'published': None,
                                                       'questions': [],
                                                       'reference': '2024-1432',
                                                       'title': 'Assaults on police officers and staff, '
                                                                '2022/23 and 2023/24'},
 'x04_cumbria_cover_ref_first_table_a_heading_should_fire.xlsx': {'exemptions': [],
                                                                  'force': 'cumbria-constabulary',
                                                                  'ncnd': False,
                                                                  'outcome': 'unknown',
                                                                  'public_interest_test': False,
                                                                  'published': None,
                                                                  'questions': [],
                                                                  'reference': '2024/0771',
                                                                  'title': 'Road traffic collisions '
                                                                           'involving deer, 2021 to 2023'}}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review33_counterexample(name):
    check_case(parse_fixture("review33", name), CASES[name])
