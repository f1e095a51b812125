"""Round 31 (blind sets y1-y6), the round's second half: documents a second review helper wrote against
its rules, kept in tests/fixtures/parsers/review31b/. They probe the offers rule ("I am able to provide
the information …" with "further request", "if you have any questions" or "available on request" after
it still gives), the table headings that cover an ask ("Assaults on police staff" covers no weapon
question; "15 minutes" is no date), "dealt with the remainder of your request" (a part), captions over a
two-line header, numbered answer lines printed double-spaced, counties named in passing (no force area),
and migrants' boats (no police vehicle). Fields a document still gets wrong are left out of its case."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import check_case, parse_fixture

CASES = {'a1_merseyside_policy.html': {'force': 'merseyside-police',
                               'outcome': 'full',
                               'questions': ["Please provide a copy of Merseyside Police's current policy or "
                                             'procedure on the use of spit and bite guards by officers.']},
 'a2_essex_further.txt': {'force': 'essex-police',
                          'outcome': 'full',
                          'questions': ['How many drones did Essex Police buy in 2023, and what was the '
                                        'total cost?']},
 'a3_hampshire_offer.pdf': {'force': 'hampshire-constabulary',
                            'outcome': 'not_held',
                            'questions': ['How many privately owned e-scooters did the Constabulary seize in '
                                          'Southampton in 2020?']},
 'a4_kent_can_provide.html': {'force': 'kent-police',
                              'questions': ['How many vehicles did Kent Police seize in connection with '
                                            'fly-tipping offences in each year from 2020 to 2022?']},
 'a5_sussex_two_sentences.pdf': {'force': 'sussex-police',
                                 'questions': ['How many thefts of dogs were reported to Sussex Police in '
                                               '2018?',
                                               'How many of those dogs were returned to their owners?']},
 'a6_derbyshire_full_offer.docx': {'force': 'derbyshire-constabulary',
                                   'outcome': 'full',
                                   'questions': ['How many police dogs did the force have at the end of each '
                                                 'year from 2021 to 2023?',
                                                 'How many dogs retired in each of those years?']},
 'a7_humberside_on_request.txt': {'force': 'humberside-police',
                                  'outcome': 'full',
                                  'questions': ['How many 999 calls did Humberside Police receive in '
                                                'December 2023?']},
 'b1_westmids_assaults.html': {'force': 'west-midlands-police',
                               'questions': ['How many assaults on police officers were recorded in each '
                                             'year from 2021 to 2023?',
                                             'Of those assaults on police officers, how many involved the '
                                             'use of a weapon?']},
 'b1b_westmids_assaults_weapon.html': {'force': 'west-midlands-police',
                                       'outcome': 'partial',
                                       'questions': ['How many assaults on police officers were recorded in '
                                                     'each year from 2021 to 2023?',
                                                     'Of those assaults on police officers, how many '
                                                     'involved the use of a weapon?']},
 'b2_northumbria_taser.docx': {'force': 'northumbria-police',
                               'outcome': 'partial',
                               'questions': ['How many times did Northumbria Police officers discharge a '
                                             'Taser in each year from 2021 to 2023?',
                                             'How many of those Taser discharges involved a person aged '
                                             'under 18?']},
 'b2h_northumbria_taser.html': {'force': 'northumbria-police',
                                'outcome': 'partial',
                                'questions': ['How many times did Northumbria Police officers discharge a '
                                              'Taser in each year from 2021 to 2023?',
                                              'How many of those Taser discharges involved a person aged '
                                              'under 18?']},
 'b3_lancashire_grade1.html': {'force': 'lancashire-constabulary',
                               'outcome': 'partial',
                               'questions': ['How many grade 1 (emergency) incidents did Lancashire '
                                             'Constabulary record in each year from 2021 to 2023?',
                                             'How many of those incidents were attended within 15 minutes?',
                                             'What was the longest time taken to attend a grade 1 incident '
                                             'in each year, and how many took over an hour?']},
 'b4_essex_vehicles.docx': {'force': 'essex-police',
                            'questions': ['How many stolen vehicles did Essex Police recover in each year '
                                          'from 2021 to 2023?',
                                          'How many of those vehicles were returned to their owners?']},
 'b4h_essex_vehicles.html': {'force': 'essex-police',
                             'questions': ['How many stolen vehicles did Essex Police recover in each year '
                                           'from 2021 to 2023?',
                                           'How many of those vehicles were returned to their owners?']},
 'b5_cheshire_headcount.html': {'force': 'cheshire-constabulary',
                                'outcome': 'full',
                                'questions': ['How many police officers were in post on 31 March 2024?',
                                              'How many special constables were in post on the same date?']},
 'b6_gmp_dismissed.docx': {'force': 'greater-manchester-police',
                           'outcome': 'partial',
                           'questions': ['How many police officers were dismissed in each year from 2021 to '
                                         '2023?',
                                         'How many police officers resigned while under investigation for '
                                         'gross misconduct in the same years?']},
 'b6h_gmp_dismissed.html': {'force': 'greater-manchester-police',
                            'outcome': 'partial',
                            'questions': ['How many police officers were dismissed in each year from 2021 to '
                                          '2023?',
                                          'How many police officers resigned while under investigation for '
                                          'gross misconduct in the same years?']},
 'b7_dorset_watch.html': {'force': 'dorset-police',
                          'outcome': 'full',
                          'questions': ['How many Neighbourhood Watch schemes were active in Dorset at the '
                                        'end of each year from 2021 to 2023?',
                                        'How many new schemes were registered in each of those years?']},
 'c1_avon_remainder.html': {'force': 'avon-and-somerset-police',
                            'outcome': 'partial',
                            'questions': ['How many speeding offences were detected by safety cameras in '
                                          'Bristol in 2023?',
                                          'How much money was collected in fines from those offences?']},
 'c2_cleveland_read_with.txt': {'force': 'cleveland-police',
                                'outcome': 'full',
                                'questions': ['How many dog attacks on children were reported to Cleveland '
                                              'Police in 2023?',
                                              'How many of the dogs involved were seized?',
                                              'Please provide the same figures for 2022.']},
 'c3_dyfed_alongside.html': {'force': 'dyfed-powys-police',
                             'outcome': 'full',
                             'questions': ['How many reports of hare coursing did the force receive in 2023?',
                                           'How many people were arrested for hare coursing in 2023?',
                                           'The same for 2022, please.']},
 'd1_hampshire_covered_same.html': {'force': 'hampshire-constabulary',
                                    'outcome': 'ncnd',
                                    'questions': ['Has PCSO [name] been the subject of a public complaint '
                                                  'since 2021?',
                                                  'Was any such complaint upheld?',
                                                  'Is PCSO [name] still posted to Basingstoke?']},
 'd2_thamesvalley_same_applies.txt': {'force': 'thames-valley-police',
                                      'outcome': 'ncnd',
                                      'questions': ['Has Sergeant [name] of Reading police station been the '
                                                    'subject of a misconduct investigation since 2020?',
                                                    'If so, what was the outcome?',
                                                    'Is Sergeant [name] still based at Reading?']},
 'e1_westyorks_appendix.txt': {'force': 'west-yorkshire-police', 'outcome': 'unknown'},
 'e2_gwent_taser_twoline.txt': {'force': 'gwent-police', 'outcome': 'unknown'},
 'e3_northwales_certificates.txt': {'force': 'north-wales-police', 'outcome': 'unknown'},
 'e4_dorset_doublespaced.txt': {'force': 'dorset-police', 'outcome': 'full'},
 'e5_suffolk_two_rows.txt': {'force': 'suffolk-constabulary'},
 'e6_norfolk_gap.txt': {'force': 'norfolk-constabulary', 'outcome': 'full'},
 'e7_staffs_answers_spaced.txt': {'force': 'staffordshire-police', 'outcome': 'full'},
 'f2_cumbria_border.txt': {'force': 'cumbria-constabulary'},
 'f3_surrey_towns.xlsx': {'force': 'surrey-police'},
 'f4_mutual_aid_cornwall.txt': {'force': None},
 'g1_psni_aep.html': {'force': 'police-service-of-northern-ireland'},
 'g2_essex_police_boats.txt': {'force': 'essex-police'},
 'g3_kent_small_boats.html': {'force': 'kent-police'},
 'g4_met_mpu_vessels.html': {'force': 'metropolitan-police'},
 'g5_scotland_less_lethal.txt': {'force': 'police-scotland'},
 'g6_dorset_marine_wildlife.html': {'force': 'dorset-police'},
 'g7_northumbria_marine_missing.html': {'force': 'northumbria-police'}}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review31b_case(name):
    check_case(parse_fixture("review31b", name), CASES[name])
