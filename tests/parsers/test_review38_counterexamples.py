"""Round 38: documents a review helper wrote against the round's rules, kept in
tests/fixtures/parsers/review38/ with the values a careful reader gives them. They probe the near
misses: "Last updated", "Decision date" and "Date of this review" where they date something else (a
site's migration, a hearing, a court, a policy's document control); a text letter whose address lines
hold one comma each; tab-separated rows that are a box of other entries or a review's summary of the
original request; a sender line naming the received date; an acknowledgement holding a table; Word
lists at several levels and restarts; bullets that are one ask's categories or one combined figure;
scope lead-ins and reported background mid-list; nested layout tables. Fields a document still gets
wrong are left out of its case."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import check_case, parse_fixture

CASES = {'d01_lincolnshire_word-levels.docx': {'exemptions': [],
                                       'force': 'lincolnshire-police',
                                       'ncnd': False,
                                       'outcome': 'full',
                                       'public_interest_test': False,
                                       'published': '2025-03-18',
                                       'questions': ['How many thefts of quad bikes and all-terrain vehicles '
                                                     'were reported to Lincolnshire Police in 2024?',
                                                     'How many of the stolen vehicles were recovered?',
                                                     'How many people were charged with those thefts?',
                                                     'What crime prevention advice does the force give '
                                                     'farmers about securing quad bikes?'],
                                       'reference': 'FOI 002381/25',
                                       'title': 'Quad bike thefts'},
 'd02_dorset_numbered-headings.docx': {'exemptions': [],
                                       'force': 'dorset-police',
                                       'ncnd': False,
                                       'public_interest_test': False,
                                       'published': '2025-04-30',
                                       'questions': ['How many cannabis factories were found in Dorset in '
                                                     '2024?',
                                                     'How many people were arrested at those premises?',
                                                     'How many of the people arrested were referred to the '
                                                     'National Referral Mechanism as possible victims of '
                                                     'modern slavery?'],
                                       'reference': '2025-01477',
                                       'title': 'Cannabis factories and modern slavery'},
 'd03_bedfordshire_list-number-2.docx': {'exemptions': [],
                                         'force': 'bedfordshire-police',
                                         'ncnd': False,
                                         'outcome': 'full',
                                         'public_interest_test': False,
                                         'published': '2025-08-14',
                                         'questions': ['How many burglaries were recorded in Luton in 2024?',
                                                       'homes that were occupied at the time of the burglary',
                                                       'homes that were empty at the time',
                                                       'sheds, garages and other outbuildings',
                                                       'How many of the burglaries recorded in Luton in 2024 '
                                                       'were solved?'],
                                         'reference': 'FOI2025/02264',
                                         'title': 'Burglaries in Luton'},
 'd04_kent_restarted-lists.docx': {'exemptions': [],
                                   'force': 'kent-police',
                                   'ncnd': False,
                                   'outcome': 'full',
                                   'public_interest_test': False,
                                   'published': '2025-06-26',
                                   'questions': ['How many Kent Police officers currently have approved '
                                                 'secondary employment or a registered business interest?',
                                                 'What are the most common types of secondary employment? '
                                                 'Please include officers who are on secondment to other '
                                                 'organisations.',
                                                 'How many applications for secondary employment were '
                                                 'refused in 2024?'],
                                   'reference': 'FOI/25/02918',
                                   'title': 'Second jobs held by officers'},
 'd05_merseyside_q-numbering.docx': {'exemptions': [],
                                     'force': 'merseyside-police',
                                     'ncnd': False,
                                     'outcome': 'full',
                                     'public_interest_test': False,
                                     'published': '2025-03-03',
                                     'reference': 'FOI 2025/0612',
                                     'title': 'Firearms incidents in 2024'},
 'd06_north-yorkshire_single-total-bullets.docx': {'exemptions': [],
                                                   'force': 'north-yorkshire-police',
                                                   'ncnd': False,
                                                   'outcome': 'full',
                                                   'public_interest_test': False,
                                                   'published': '2025-09-19',
                                                   'reference': 'NYP/FOI/1187/25',
                                                   'title': 'Body-worn video cameras'},
 'd07_gwent_two-level-bullets.docx': {'exemptions': ['s31(1)(a)'],
                                      'force': 'gwent-police',
                                      'ncnd': False,
                                      'public_interest_test': True,
                                      'published': '2025-12-09',
                                      'questions': ['Does Gwent Police use automatic number plate '
                                                    'recognition (ANPR) cameras?',
                                                    'If so, how many fixed ANPR cameras are there in the '
                                                    'force area?',
                                                    'How many vehicle-mounted ANPR units does the force '
                                                    'have?',
                                                    'How long are ANPR reads kept before they are deleted?'],
                                      'reference': 'FOI 2025/1402',
                                      'title': 'Automatic number plate recognition'},
 'h01_leicestershire_updated-and-response.html': {'exemptions': [],
                                                  'force': 'leicestershire-police',
                                                  'ncnd': False,
                                                  'outcome': 'partial',
                                                  'public_interest_test': False,
                                                  'published': '2026-01-27',
                                                  'questions': ['How many cannabis farms did Leicestershire '
                                                                'Police find in 2025?',
                                                                'How many cannabis plants were seized from '
                                                                'those farms in total?',
                                                                'How many of the farms were in rented '
                                                                'homes?'],
                                                  'reference': 'FOI 0212/26',
                                                  'title': 'Cannabis farms found in 2025'},
 'h02_hampshire_updated-only.html': {'exemptions': [],
                                     'force': 'hampshire-constabulary',
                                     'ncnd': False,
                                     'outcome': 'full',
                                     'public_interest_test': False,
                                     'published': None,
                                     'questions': ['How many drivers caught speeding were offered a speed '
                                                   'awareness course in 2021 and in 2022?',
                                                   'How many of those drivers completed the course?'],
                                     'reference': '001472/23',
                                     'title': 'Speed awareness course referrals'},
 'h03_devon-cornwall_date-of-decision.html': {'exemptions': ['s31(1)(a)'],
                                              'force': 'devon-and-cornwall-police',
                                              'ncnd': False,
                                              'outcome': 'partial',
                                              'public_interest_test': True,
                                              'published': '2026-02-09',
                                              'questions': ['How many times did Devon and Cornwall Police '
                                                            'officers use an emergency restraint belt in '
                                                            '2025?',
                                                            'Please send me a copy of the training package '
                                                            'officers complete before they may use the '
                                                            'belts.'],
                                              'reference': '0412/26',
                                              'title': 'Emergency restraint belts'},
 'h04_met_hearing-decision-date.html': {'exemptions': ['s40(2)'],
                                        'force': 'metropolitan-police',
                                        'ncnd': False,
                                        'public_interest_test': False,
                                        'published': None,
                                        'questions': ['the date of the gross misconduct hearing for the '
                                                      'constable from the Lambeth command accused of '
                                                      'misusing police systems to look up a neighbour;',
                                                      'the date on which the panel gave its decision;',
                                                      'the outcome of the hearing, including any sanction '
                                                      'imposed; and',
                                                      'the name of the officer.'],
                                        'reference': '01.FOI.25.041177',
                                        'title': 'Gross misconduct hearing of a Lambeth constable'},
 'h05_west-midlands_policy-review-date.html': {'exemptions': [],
                                               'force': 'west-midlands-police',
                                               'ncnd': False,
                                               'outcome': 'full',
                                               'public_interest_test': False,
                                               'published': None,
                                               'questions': ['Please provide a copy of West Midlands '
                                                             "Police's current procedure on the use of spit "
                                                             'and bite guards, including the document '
                                                             'control details that show when it was last '
                                                             'reviewed.'],
                                               'reference': '2214A/25',
                                               'title': 'Spit and bite guard procedure'},
 'h06_btp_nested-layout-cells.html': {'exemptions': [],
                                      'force': 'british-transport-police',
                                      'ncnd': False,
                                      'public_interest_test': False,
                                      'published': None,
                                      'questions': ['How many incidents of cable theft from the railway were '
                                                    'recorded by British Transport Police in each of the '
                                                    'years 2022, 2023 and 2024?',
                                                    'How many people were arrested for cable theft in each '
                                                    'of those years?'],
                                      'reference': '0877-25',
                                      'title': 'Cable theft on the railway'},
 'h07_psni_answer-cell-table.html': {'exemptions': [],
                                     'force': 'police-service-of-northern-ireland',
                                     'ncnd': False,
                                     'outcome': 'partial',
                                     'public_interest_test': False,
                                     'published': '2025-06-11',
                                     'questions': ['The number of thefts from motor vehicles recorded by '
                                                   'PSNI in each of the years 2022, 2023 and 2024.',
                                                   'How many of those thefts were from vehicles that had '
                                                   'been left unlocked.'],
                                     'reference': 'F-2025-01566',
                                     'title': 'Thefts from vehicles'},
 'h08_city-of-london_layout-table.html': {'exemptions': [],
                                          'force': 'city-of-london-police',
                                          'ncnd': False,
                                          'outcome': 'full',
                                          'public_interest_test': False,
                                          'published': '2025-04-24',
                                          'questions': ['Please tell me how many reports of investment fraud '
                                                        'were made to Action Fraud by people aged 65 or over '
                                                        'in each of the years 2022, 2023 and 2024.'],
                                          'reference': 'FOI2025/01188',
                                          'title': 'Investment fraud reported by people over 65'},
 'h09_dyfed-powys_welsh-published.html': {'exemptions': [],
                                          'force': 'dyfed-powys-police',
                                          'ncnd': False,
                                          'outcome': 'full',
                                          'public_interest_test': False,
                                          'published': '2025-06-14',
                                          'questions': ['How many police stations in the Dyfed-Powys area '
                                                        'have a front counter that is open to the public?',
                                                        'What are the opening hours of the front counter at '
                                                        'Aberystwyth police station?'],
                                          'reference': '0588/2025',
                                          'title': 'Police station front counters'},
 'h10_south-yorkshire_review-outcome-sent.html': {'exemptions': [],
                                                  'force': 'south-yorkshire-police',
                                                  'ncnd': False,
                                                  'outcome': 'full',
                                                  'public_interest_test': False,
                                                  'published': '2025-04-04',
                                                  'questions': ['The number of working days lost to sickness '
                                                                'absence by call handlers in the force '
                                                                'control room in each of the years 2022, '
                                                                '2023 and 2024.',
                                                                'The most common reason recorded for that '
                                                                'absence in each year.'],
                                                  'reference': '20250118',
                                                  'title': 'Sickness absence of call handlers'},
 'h11_greater-manchester_ico-date-of-decision.html': {'exemptions': [],
                                                      'force': 'greater-manchester-police',
                                                      'ncnd': False,
                                                      'outcome': 'full',
                                                      'public_interest_test': False,
                                                      'questions': ['The number of stop and searches carried '
                                                                    'out by GMP officers in 2024.',
                                                                    'The number of those searches in which '
                                                                    "the officer's body-worn video camera "
                                                                    'was switched on.'],
                                                      'reference': '012877/25',
                                                      'title': 'Body-worn video during stop and search'},
 'h13_northumbria_reported-on-lead.html': {'exemptions': [],
                                           'force': 'northumbria-police',
                                           'ncnd': False,
                                           'outcome': 'full',
                                           'public_interest_test': False,
                                           'published': '2025-07-02',
                                           'questions': ['How many arrests for shoplifting did Northumbria '
                                                         'Police make at the Metrocentre in the whole of '
                                                         '2024?',
                                                         'How many of those arrests led to a charge?'],
                                           'reference': '918/25',
                                           'title': 'Shoplifting arrests at the Metrocentre'},
 'p01_cumbria_exemption-table-merged.pdf': {'exemptions': ['s40(2)'],
                                            'force': 'cumbria-constabulary',
                                            'ncnd': False,
                                            'outcome': 'partial',
                                            'public_interest_test': False,
                                            'published': '2025-05-22',
                                            'questions': ['How many applicants to become police officers '
                                                          'with Cumbria Constabulary failed vetting in 2024?',
                                                          'The reason each of those applicants failed '
                                                          'vetting.',
                                                          'The names of the vetting officers who made each '
                                                          'decision.'],
                                            'reference': 'CC-FOI-2025-0418',
                                            'title': 'Vetting refusals for police officer applicants'},
 'p03_staffordshire_court-decision-date.pdf': {'exemptions': [],
                                               'force': 'staffordshire-police',
                                               'ncnd': False,
                                               'outcome': 'full',
                                               'public_interest_test': False,
                                               'published': '2025-03-17',
                                               'questions': ['How many appeals against the revocation of a '
                                                             'firearm or shotgun certificate by '
                                                             'Staffordshire Police were heard by the Crown '
                                                             'Court in 2024?',
                                                             "For each appeal, the date of the court's "
                                                             'decision and the result.'],
                                               'reference': 'FOI 0342/25',
                                               'title': 'Firearm certificate revocation appeals'},
 'p04_nottinghamshire_sender-date-line.pdf': {'exemptions': [],
                                              'force': 'nottinghamshire-police',
                                              'ncnd': False,
                                              'outcome': 'full',
                                              'public_interest_test': False,
                                              'questions': ['How many people were arrested on suspicion of '
                                                            'drink driving by Nottinghamshire Police during '
                                                            'its summer campaign in 2024?',
                                                            'How many people were arrested on suspicion of '
                                                            'drug driving during the same campaign?'],
                                              'reference': '005911/25',
                                              'title': 'Drink and drug driving arrests over the summer'},
 't01_surrey_log-row.txt': {'exemptions': [],
                            'force': 'surrey-police',
                            'ncnd': False,
                            'outcome': 'full',
                            'public_interest_test': False,
                            'published': '2026-02-11',
                            'questions': ['The number of shoplifting offences recorded by Surrey Police '
                                          'where the value of the goods stolen was £200 or less.',
                                          'The number of shoplifting offences recorded where the value of '
                                          'the goods stolen was more than £200.',
                                          'How many of those offences, taken together, resulted in a charge '
                                          'or summons.'],
                            'reference': 'FOI/2026/00318',
                            'title': 'Shoplifting by value of goods'},
 't02_lancashire_head-columns.txt': {'exemptions': [],
                                     'force': 'lancashire-constabulary',
                                     'ncnd': False,
                                     'outcome': 'full',
                                     'public_interest_test': False,
                                     'published': '2026-02-17',
                                     'questions': ['How many times did Lancashire Constabulary deploy a '
                                                   'drone at or near a professional football match during '
                                                   'the 2024/25 season?',
                                                   'At which grounds were the drones deployed?',
                                                   'How long is footage recorded by a drone at a football '
                                                   'match kept before it is deleted?'],
                                     'reference': 'FOI 1062/26',
                                     'title': 'Drones at football matches'},
 't03_north-yorkshire_review-summary-row.txt': {'exemptions': ['s31(1)(a)'],
                                                'force': 'north-yorkshire-police',
                                                'ncnd': False,
                                                'outcome': 'refused',
                                                'public_interest_test': True,
                                                'published': '2025-05-02',
                                                'questions': ['The exact location of every fixed ANPR camera '
                                                              'on the A1(M) within North Yorkshire.',
                                                              'The date on which each of those cameras was '
                                                              'installed.'],
                                                'reference': 'NYP/FOI/0412/25',
                                                'title': 'Locations of ANPR cameras on the A1(M)'},
 't04_west-mercia_earlier-requests-table.txt': {'exemptions': ['s14(1)'],
                                                'force': 'west-mercia-police',
                                                'ncnd': False,
                                                'outcome': 'vexatious',
                                                'public_interest_test': False,
                                                'published': '2025-06-09',
                                                'questions': ['Copies of the calibration certificates for '
                                                              'the fixed speed camera on the A449 at '
                                                              'Kidderminster for every year since 2015.',
                                                              'The names of the technicians who carried out '
                                                              'each calibration.',
                                                              'All emails between the Safer Roads '
                                                              'Partnership and the force that mention the '
                                                              'camera, sent since January 2024.'],
                                                'reference': 'FOI 25-0871',
                                                'title': 'Speed camera calibration records'},
 't05_cheshire_comma-lines.txt': {'exemptions': [],
                                  'force': 'cheshire-constabulary',
                                  'ncnd': False,
                                  'outcome': 'full',
                                  'public_interest_test': False,
                                  'published': '2025-03-04',
                                  'questions': ['How many times was a mobile speed enforcement van deployed '
                                                'on the A556 between Knutsford and Northwich in each year '
                                                'from 2022 to 2024?',
                                                'How many speeding offences were detected by those '
                                                'deployments in each year?'],
                                  'reference': 'FOI 0553/25',
                                  'title': 'Mobile speed enforcement, A556 corridor'},
 't06_gwent_title-comma.txt': {'exemptions': [],
                               'force': 'gwent-police',
                               'ncnd': False,
                               'outcome': 'full',
                               'public_interest_test': False,
                               'published': '2025-11-20',
                               'questions': ['Please tell me the number of hate crimes recorded by Gwent '
                                             'Police in each of the years 2023, 2024 and 2025, broken down '
                                             'by the monitored strand of hate crime.'],
                               'reference': 'FOI 2025/1187',
                               'title': 'Hate crime reports, 2023 to 2025'},
 't07_essex_review-timeline.txt': {'exemptions': [],
                                   'force': 'essex-police',
                                   'ncnd': False,
                                   'public_interest_test': False,
                                   'published': '2025-10-01',
                                   'questions': ['How long does Essex Police keep body-worn video footage '
                                                 'that is not marked as evidence?',
                                                 'How many hours of body-worn video footage were deleted in '
                                                 '2024?'],
                                   'reference': 'FOI 8823/25',
                                   'title': 'Body-worn video retention'},
 't08_norfolk_sender-date-column.txt': {'exemptions': [],
                                        'force': 'norfolk-constabulary',
                                        'ncnd': False,
                                        'outcome': 'full',
                                        'public_interest_test': False,
                                        'published': '2025-01-14',
                                        'questions': ['How many thefts of GPS guidance units from tractors '
                                                      'and other farm vehicles were recorded by Norfolk '
                                                      'Constabulary in 2023 and in 2024?',
                                                      'How many of the stolen units were recovered?'],
                                        'reference': 'FOI 000412/25',
                                        'title': 'Thefts of GPS units from farm vehicles'},
 't09_dyfed-powys_welsh-date.txt': {'exemptions': [],
                                    'force': 'dyfed-powys-police',
                                    'ncnd': False,
                                    'outcome': 'full',
                                    'public_interest_test': False,
                                    'published': '2025-07-08',
                                    'questions': ['How many applications for a shotgun certificate did '
                                                  'Dyfed-Powys Police refuse in each of the years 2022, 2023 '
                                                  'and 2024?',
                                                  'How many existing shotgun certificates were revoked in '
                                                  'each of those years?'],
                                    'reference': 'FOI 0931/2025',
                                    'title': 'Shotgun certificate applications refused'},
 't10_north-wales_welsh-received.txt': {'exemptions': [],
                                        'force': 'north-wales-police',
                                        'ncnd': False,
                                        'outcome': 'full',
                                        'public_interest_test': False,
                                        'published': '2025-03-31',
                                        'questions': ['How many officers are currently in the North Wales '
                                                      'Police rural crime team?',
                                                      'How many wildlife crimes did the rural crime team '
                                                      'record in 2024?'],
                                        'reference': '0218/2025',
                                        'title': 'Rural crime team officers'},
 't11_gwent_welsh-response-label.txt': {'exemptions': [],
                                        'force': 'gwent-police',
                                        'ncnd': False,
                                        'outcome': 'full',
                                        'public_interest_test': False,
                                        'published': '2025-01-29',
                                        'questions': ['How many assaults on Gwent Police officers were '
                                                      'recorded in each of the years 2022, 2023 and 2024?',
                                                      'How many of those assaults resulted in the officer '
                                                      'being injured?'],
                                        'reference': 'FOI 2025/0094',
                                        'title': 'Police officers assaulted on duty'},
 't12_west-yorkshire_wrapped-updated.txt': {'exemptions': ['s43(2)'],
                                            'force': 'west-yorkshire-police',
                                            'ncnd': False,
                                            'outcome': 'partial',
                                            'public_interest_test': True,
                                            'published': None,
                                            'questions': ['Does West Yorkshire Police fit telematics units '
                                                          'to its marked vehicles?',
                                                          'How many marked vehicles are currently fitted '
                                                          'with a telematics unit?',
                                                          'Which company supplies the telematics service, '
                                                          'and what is the annual value of the contract?'],
                                            'reference': 'FOI 1911207/25',
                                            'title': 'Police vehicle telematics'},
 't13_suffolk_review-dates.txt': {'exemptions': ['s40(2)'],
                                  'force': 'suffolk-constabulary',
                                  'ncnd': False,
                                  'public_interest_test': False,
                                  'published': '2025-02-03',
                                  'questions': ['How many times did Suffolk Constabulary officers use a spit '
                                                'and bite guard on a person aged under 18 in each of the '
                                                'years 2022 and 2023?',
                                                'The youngest age of a person on whom a spit and bite guard '
                                                'was used in each of those years.'],
                                  'reference': 'FOI 003101/24',
                                  'title': 'Use of spit and bite guards on children'},
 't14_durham_review-application.txt': {'exemptions': ['s12(1)'],
                                       'force': 'durham-constabulary',
                                       'ncnd': False,
                                       'outcome': 'partial',
                                       'public_interest_test': False,
                                       'published': '2025-03-28',
                                       'questions': ['The total amount paid by Durham Constabulary for '
                                                     'interpreters in custody suites in each financial year '
                                                     'from 2021/22 to 2023/24.',
                                                     'The five languages for which interpreters were most '
                                                     'often booked in 2023/24.'],
                                       'reference': 'DUR-FOI-2025-0612',
                                       'title': 'Cost of interpreters in custody'},
 't15_kent_acknowledgement-table.txt': {'exemptions': [],
                                        'force': 'kent-police',
                                        'ncnd': False,
                                        'outcome': 'full',
                                        'public_interest_test': False,
                                        'published': '2025-09-03',
                                        'questions': ['How many football banning orders were in force for '
                                                      'supporters of clubs in Kent on 1 August 2025?',
                                                      'How many new football banning orders were made on '
                                                      'applications by Kent Police during the 2024/25 '
                                                      'season?'],
                                        'reference': 'FOI/25/04417',
                                        'title': 'Football banning orders'},
 't16_merseyside_reported-in-lead.txt': {'exemptions': [],
                                         'force': 'merseyside-police',
                                         'ncnd': False,
                                         'outcome': 'full',
                                         'public_interest_test': False,
                                         'published': '2025-09-19',
                                         'reference': 'FOI 2025/3318',
                                         'title': 'E-scooter seizures in Liverpool city centre'},
 't17_thames-valley_reported-missing-lead.txt': {'exemptions': [],
                                                 'force': 'thames-valley-police',
                                                 'ncnd': False,
                                                 'outcome': 'full',
                                                 'public_interest_test': False,
                                                 'published': '2025-04-14',
                                                 'questions': ['How many missing person reports were made?',
                                                               'How many of those people were found within '
                                                               '24 hours?',
                                                               'How many were found dead?'],
                                                 'reference': 'HQ/PA/002211/25',
                                                 'title': 'Missing adults in 2024'},
 't18_avon-somerset_cost-of-bullets.txt': {'exemptions': [],
                                           'force': 'avon-and-somerset-police',
                                           'ncnd': False,
                                           'outcome': 'full',
                                           'public_interest_test': False,
                                           'published': '2025-05-12',
                                           'reference': '1092/25',
                                           'title': 'Mounted section costs'},
 't19_wiltshire_single-total-cost.txt': {'exemptions': ['s31(1)(a)'],
                                         'force': 'wiltshire-police',
                                         'ncnd': False,
                                         'outcome': 'partial',
                                         'public_interest_test': True,
                                         'published': '2025-06-03',
                                         'questions': ['How many unmarked vehicles does Wiltshire Police '
                                                       'operate?',
                                                       'Please provide, as one combined figure for 2024/25, '
                                                       'the total cost of: buying the unmarked vehicles that '
                                                       'entered service that year fitting them with '
                                                       'concealed lights and sirens their servicing and '
                                                       'repair',
                                                       "Which manufacturer supplies most of the force's "
                                                       'unmarked vehicles?'],
                                         'reference': '0712/25',
                                         'title': 'Unmarked police vehicles'},
 't20_humberside_wrapped-lead.txt': {'exemptions': [],
                                     'force': 'humberside-police',
                                     'ncnd': False,
                                     'outcome': 'full',
                                     'public_interest_test': False,
                                     'published': '2025-10-02',
                                     'questions': ['were offered a place',
                                                   'completed their initial training',
                                                   'left within a year of being attested',
                                                   'What is the current number of special constables serving '
                                                   'with Humberside Police?'],
                                     'reference': 'FOI/25/0915',
                                     'title': 'Special constable recruitment'},
 't21_staffordshire_wrapped-question.txt': {'exemptions': [],
                                            'force': 'staffordshire-police',
                                            'ncnd': False,
                                            'outcome': 'full',
                                            'public_interest_test': False,
                                            'published': '2025-07-11',
                                            'questions': ['How many assaults on Staffordshire Police '
                                                          'officers were recorded in 2024, and how many of '
                                                          'those assaults caused an injury?',
                                                          'Of the assaults, how many involved a weapon?',
                                                          'In how many cases was the suspect charged?',
                                                          'How many officers were off work for more than a '
                                                          'week after being assaulted?'],
                                            'reference': '4418/25',
                                            'title': 'Assaults on police officers in 2024'},
 't22_warwickshire_breakdown-categories.txt': {'exemptions': [],
                                               'force': 'warwickshire-police',
                                               'ncnd': False,
                                               'outcome': 'full',
                                               'public_interest_test': False,
                                               'published': '2025-05-21',
                                               'questions': ['The number of Taser deployments by '
                                                             'Warwickshire Police in 2024. a) drawn only b) '
                                                             'red-dotted c) discharged',
                                                             'The number of officers trained to carry Taser '
                                                             'on 1 January 2025.'],
                                               'reference': '0644/2025',
                                               'title': 'Taser use in 2024'},
 't23_cambridgeshire_midlist-scope.txt': {'exemptions': [],
                                          'force': 'cambridgeshire-constabulary',
                                          'ncnd': False,
                                          'outcome': 'full',
                                          'public_interest_test': False,
                                          'published': '2025-08-07',
                                          'questions': ['How many dog attacks on people were reported to '
                                                        'Cambridgeshire Constabulary in 2024?',
                                                        'How many dogs were seized under the Dangerous Dogs '
                                                        'Act 1991 in 2024?',
                                                        'XL Bully type dogs seized',
                                                        'exemption certificates checked by officers',
                                                        'How much did the force spend on kennelling seized '
                                                        'dogs in 2024?'],
                                          'reference': 'FOI2025/03318',
                                          'title': 'Dangerous dogs'},
 't24_northamptonshire_latest-box.txt': {'exemptions': [],
                                         'force': 'northamptonshire-police',
                                         'ncnd': False,
                                         'outcome': 'full',
                                         'public_interest_test': False,
                                         'published': None,
                                         'questions': ['How many times did Northamptonshire Police use '
                                                       'portable knife arches at schools in the 2024/25 '
                                                       'school year?',
                                                       'How many knives or other bladed articles were found '
                                                       'during those deployments?'],
                                         'reference': '1391/25'},
 't26_psni_reply-with-table.txt': {'exemptions': [],
                                   'force': 'police-service-of-northern-ireland',
                                   'ncnd': False,
                                   'outcome': 'full',
                                   'public_interest_test': False,
                                   'questions': ['Please provide the number of firearm certificate '
                                                 'applications refused by PSNI in each of the years 2022, '
                                                 '2023 and 2024.'],
                                   'reference': 'F-2025-02211',
                                   'title': 'Firearm certificate applications refused'}}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review38_case(name):
    check_case(parse_fixture("review38", name), CASES[name])
