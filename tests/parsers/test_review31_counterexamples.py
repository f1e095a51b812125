"""Round 31 (blind sets y1-y6): documents a review helper wrote against the round's rules, kept in
tests/fixtures/parsers/review31/ with the values a careful reader gives them. Most probe a rule too
broad: a list label in a styled span ("1.", "a)") is no field name; a subject under the requester's
postcode, a title that starts with a year or names a square or a shopping centre, a force's motto
under its address are titles or letterhead as they should be; "A copy of the policy <force> holds is
attached" is the force's voice; "Please also confirm whether … is sufficient" still asks; a force's own
"Q2" inside one answer block is no ask; an answer's "The information you asked for is set out below:"
introduces no request; "In considering the purpose and public interest of your request" weighs
nothing; "Explanation of terms used" and "Key terms used" are glossaries; a qualified or absolute
exemption named before a review sets it aside for the whole request relies on nothing. Fields a
document still gets wrong are left out of its case."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import check_case, parse_fixture

CASES = {'a1_cheshire_question_label_spans.html': {'exemptions': [],
                                           'outcome': 'full',
                                           'public_interest_test': False,
                                           'published': '2024-02-14',
                                           'questions': ['How many mobile safety camera vans did Cheshire '
                                                         'Constabulary operate in 2023?',
                                                         'How many hours in total were the vans deployed at '
                                                         'the roadside in 2023?',
                                                         'How many speeding offences did the vans detect in '
                                                         '2023?'],
                                           'reference': 'FOI 4471/24',
                                           'title': 'Mobile safety camera vans'},
 'a2_northumbria_letter_key_spans.html': {'exemptions': [],
                                          'outcome': 'full',
                                          'public_interest_test': False,
                                          'published': '2024-04-02',
                                          'questions': ['How many hate crimes were reported at or near St '
                                                        "James' Park on match days?",
                                                        'How many of those crimes resulted in a suspect '
                                                        'being charged?',
                                                        'How many football banning orders did Northumbria '
                                                        'Police apply for following those crimes?'],
                                          'reference': '1189/24',
                                          'title': 'Hate crimes at football matches'},
 'a3_thames-valley_key_value_spans.html': {'exemptions': [],
                                           'outcome': 'full',
                                           'public_interest_test': False,
                                           'published': '2025-07-08',
                                           'questions': ['How many times did Thames Valley Police deploy a '
                                                         'knife arch at a railway station in 2024?',
                                                         'How many knives or other bladed articles were '
                                                         'found during those deployments?'],
                                           'reference': '2025/0912',
                                           'title': 'Knife arches at railway stations'},
 'a4_lancashire_camelcase_label.html': {'exemptions': [],
                                        'public_interest_test': False,
                                        'published': '2024-05-03',
                                        'questions': ['How many police dogs did Lancashire Constabulary '
                                                      'retire in each of the last three years?',
                                                      'What happens to a police dog when it retires?'],
                                        'reference': '1422/24',
                                        'title': 'Retired police dogs'},
 'a5_west-mercia_bootstrap_label_pills.html': {'exemptions': [],
                                               'outcome': 'partial',
                                               'public_interest_test': False,
                                               'published': None,
                                               'questions': ['How many incidents of livestock worrying by '
                                                             'dogs did West Mercia Police record in 2023?',
                                                             'How many dogs were seized after those '
                                                             'incidents?',
                                                             'How much compensation was paid to farmers for '
                                                             'livestock killed or injured?'],
                                               'reference': '10588',
                                               'title': 'Livestock worrying by dogs'},
 'b1_avon-somerset_subject_under_postcode.pdf': {'exemptions': [],
                                                 'outcome': 'full',
                                                 'public_interest_test': False,
                                                 'published': '2024-04-12',
                                                 'questions': ['How long does Avon and Somerset Constabulary '
                                                               'keep body-worn video footage that is not '
                                                               'marked as evidence?',
                                                               'How many requests for body-worn video '
                                                               'footage did the force receive from members '
                                                               'of the public in 2023?'],
                                                 'reference': 'FOI 2024/0418',
                                                 'title': 'Body-worn video retention'},
 'b2_warwickshire_fosse_way_heading.docx': {'exemptions': [],
                                            'outcome': 'full',
                                            'public_interest_test': False,
                                            'published': '2024-09-19',
                                            'questions': ['How many injury collisions were recorded on the '
                                                          'Fosse Way in Warwickshire in each year from 2019 '
                                                          'to 2023?',
                                                          'How many of those collisions were fatal?'],
                                            'reference': '1477/24',
                                            'title': '2019 to 2023 collisions on the Fosse Way'},
 'b3_met_year_led_square_title.html': {'exemptions': [],
                                       'public_interest_test': False,
                                       'published': None,
                                       'questions': ['How many people were arrested at protests in '
                                                     'Parliament Square in 2024?',
                                                     'How many of those people were charged with an '
                                                     'offence?'],
                                       'reference': '01/FOI/24/038551',
                                       'title': '2024 arrests at protests in Parliament Square'},
 'b4_gmp_title_case_centre_town.html': {'exemptions': [],
                                        'outcome': 'full',
                                        'public_interest_test': False,
                                        'published': None,
                                        'questions': ['How many shoplifting offences were recorded at the '
                                                      'Trafford Centre in each of 2022 and 2023?',
                                                      'How many of those offences resulted in a charge or '
                                                      'summons?'],
                                        'reference': '002519/24',
                                        'title': 'Shoplifting Offences At Trafford Centre, Stretford'},
 'b5_surrey_strapline_above_date.pdf': {'exemptions': [],
                                        'outcome': 'full',
                                        'public_interest_test': False,
                                        'published': '2024-05-21',
                                        'questions': ['How many drones does Surrey Police currently operate?',
                                                      'How many times were the drones deployed in 2023?'],
                                        'reference': 'FOI 000612/24',
                                        'title': 'police use of drones'},
 'b6_norfolk_subject_above_date.pdf': {'exemptions': [],
                                       'public_interest_test': False,
                                       'published': '2024-04-30',
                                       'questions': ['How many stolen pedal cycles did Norfolk Constabulary '
                                                     'recover in 2023?',
                                                     'How many of those cycles were returned to their '
                                                     'owners?'],
                                       'reference': 'FOI 001734/24',
                                       'title': 'Recovered stolen pedal cycles'},
 'b7_kent_may_breadcrumb.txt': {'exemptions': [],
                                'outcome': 'full',
                                'public_interest_test': False,
                                'published': None,
                                'questions': ['How many dogs did Kent Police seize under the Dangerous Dogs '
                                              'Act 1991 in 2023?',
                                              'How much did the force spend on kennelling seized dogs in '
                                              '2023?'],
                                'reference': '0871/24',
                                'title': 'Dangerous dogs seized'},
 'b8_cumbria_june_breadcrumb.txt': {'exemptions': [],
                                    'outcome': 'full',
                                    'public_interest_test': False,
                                    'published': None,
                                    'questions': ['How many off-road motorbikes did Cumbria Constabulary '
                                                  'seize in 2023?',
                                                  'How many of those bikes were crushed?'],
                                    'reference': 'FOI/2024/0655',
                                    'title': 'Off-road motorbikes seized'},
 'c1_dorset_outcome_field_block.txt': {'exemptions': [],
                                       'outcome': 'partial',
                                       'public_interest_test': False,
                                       'published': '2024-06-19',
                                       'questions': ['How many reports of horses fly-grazed on roadside '
                                                     'verges did Dorset Police receive in 2023?',
                                                     'How many of those horses were seized by the force?',
                                                     'How much did the force pay in 2023 for stabling seized '
                                                     'horses?'],
                                       'reference': '2024-0553'},
 'c2_derbyshire_outcome_value_with_stop.txt': {'exemptions': ['s40(2)'],
                                               'public_interest_test': False,
                                               'published': '2024-03-08',
                                               'reference': '004417/24'},
 'c3_cleveland_outcome_divides_answers.html': {'exemptions': [],
                                               'outcome': 'full',
                                               'public_interest_test': False,
                                               'published': None,
                                               'questions': ['How many times was a Taser discharged in '
                                                             'Cleveland Police custody suites in 2023?',
                                                             'How many of the people it was discharged at '
                                                             'were under 18?'],
                                               'reference': '1066/24',
                                               'title': 'Taser discharges in custody suites'},
 'd1_lincolnshire_answer_opens_number_of.txt': {'exemptions': [],
                                                'public_interest_test': False,
                                                'published': '2024-05-09',
                                                'reference': '000741/24',
                                                'title': 'Mobile speed camera vans'},
 'd2_cumbria_answer_opens_a_copy_of.pdf': {'exemptions': [],
                                           'outcome': 'full',
                                           'public_interest_test': False,
                                           'published': '2024-07-02',
                                           'questions': ['A copy of your current policy on the use of spit '
                                                         'and bite guards.',
                                                         'The number of times officers used a spit and bite '
                                                         'guard in 2023.'],
                                           'reference': 'FOI/2024/0391',
                                           'title': 'Spit and bite guards'},
 'd3_devon-cornwall_ask_any_guidance.txt': {'exemptions': [],
                                            'outcome': 'partial',
                                            'public_interest_test': False,
                                            'published': None,
                                            'reference': '1571/24',
                                            'title': 'Recording misogyny as a hate crime'},
 'd4_humberside_ask_total_number_of.txt': {'exemptions': [],
                                           'outcome': 'full',
                                           'public_interest_test': False,
                                           'published': None,
                                           'reference': 'HP-FOI-2024-0318',
                                           'title': 'Knife crime in Hull'},
 'e1_west-yorkshire_trailing_ask_is_sufficient.html': {'exemptions': [],
                                                       'outcome': 'full',
                                                       'public_interest_test': False,
                                                       'published': None,
                                                       'questions': ['How many dashcam or helmet-camera '
                                                                     'submissions did West Yorkshire Police '
                                                                     'receive through its online portal in '
                                                                     '2023?',
                                                                     'How many of those submissions led to a '
                                                                     'Notice of Intended Prosecution?',
                                                                     'How many led to no further action?',
                                                                     'Please also confirm whether a dashcam '
                                                                     'clip on its own is sufficient evidence '
                                                                     'for the force to issue a Notice of '
                                                                     'Intended Prosecution.'],
                                                       'reference': '8412/24',
                                                       'title': 'Dashcam submissions'},
 'e2_suffolk_trailing_ask_is_acceptable.txt': {'exemptions': [],
                                               'outcome': 'full',
                                               'public_interest_test': False,
                                               'published': '2024-03-14',
                                               'questions': ['The number of response officers on duty in '
                                                             'Ipswich on each night shift in January 2024.',
                                                             'The number of night shifts in January 2024 on '
                                                             'which fewer than ten response officers were on '
                                                             'duty in Ipswich.',
                                                             'Please also send me the minimum number of '
                                                             'response officers that is acceptable for a '
                                                             "night shift in Ipswich under the force's "
                                                             'resourcing policy.'],
                                               'reference': 'FOI 000884/24',
                                               'title': 'Night shift staffing in Ipswich'},
 'e3_hampshire_caveat_would_also_be.pdf': {'exemptions': [],
                                           'outcome': 'full',
                                           'public_interest_test': False,
                                           'published': '2024-08-07',
                                           'questions': ['What was the average time taken to answer a 101 '
                                                         'call in 2023?',
                                                         'How many 101 calls were abandoned by the caller '
                                                         'before they were answered in 2023? Approximate '
                                                         'figures would also be acceptable where exact ones '
                                                         'are not kept.'],
                                           'reference': 'HC/FOI/2024/1183',
                                           'title': '101 call answering times'},
 'f1_sussex_question_n_then_response.txt': {'exemptions': [],
                                            'outcome': 'full',
                                            'public_interest_test': False,
                                            'published': '2024-10-14',
                                            'questions': ['How many Domestic Violence Protection Notices did '
                                                          'Sussex Police issue in 2023?',
                                                          'How many of those notices were followed by an '
                                                          'application for a Domestic Violence Protection '
                                                          'Order?',
                                                          'How many breaches of Domestic Violence Protection '
                                                          'Orders did Sussex Police record in 2023?'],
                                            'reference': '1822/24',
                                            'title': 'Domestic violence protection notices'},
 'f2_north-yorkshire_q1a_then_response.txt': {'exemptions': [],
                                              'outcome': 'full',
                                              'public_interest_test': False,
                                              'published': '2024-09-03',
                                              'questions': ['How many officers were in the North Yorkshire '
                                                            'Police rural crime team on 1 April 2024?',
                                                            'How many police staff were in the team on that '
                                                            'date?',
                                                            'How many thefts of farm machinery did the force '
                                                            'record in 2023?'],
                                              'reference': 'NYP-FOI-2024-0729',
                                              'title': 'Rural crime team'},
 'f3_gwent_q_then_answer.docx': {'exemptions': [],
                                 'outcome': 'full',
                                 'public_interest_test': False,
                                 'published': '2024-05-22',
                                 'questions': ['How many horses does Gwent Police own?',
                                               'How many times were mounted officers deployed in the Gwent '
                                               'force area in 2023?',
                                               'What did Gwent Police pay for mounted support in 2023/24?'],
                                 'reference': '2024/0457',
                                 'title': 'Police horses'},
 'f4_surrey_force_numbers_unlabelled_ask_q2.txt': {'exemptions': [],
                                                   'public_interest_test': False,
                                                   'published': '2024-06-27',
                                                   'questions': ['How many abandoned vehicles did Surrey '
                                                                 'Police remove from roads in 2023?',
                                                                 'Please also tell me how much the force '
                                                                 'spent on removing them.'],
                                                   'reference': 'FOI 001922/24',
                                                   'title': 'Abandoned vehicles removed'},
 'g1_mdp_govuk_response_then_our_response.html': {'exemptions': [],
                                                  'outcome': 'full',
                                                  'public_interest_test': False,
                                                  'published': '2024-03-12',
                                                  'questions': ['How many body-worn video cameras does the '
                                                                'Ministry of Defence Police currently hold?',
                                                                'How many hours of body-worn video footage '
                                                                'did MDP officers record in 2023?'],
                                                  'title': 'MDP body-worn video cameras'},
 'g2_cnc_govuk_response_no_later_heading.html': {'exemptions': [],
                                                 'outcome': 'full',
                                                 'public_interest_test': False,
                                                 'published': '2024-04-02',
                                                 'questions': ['How many Civil Nuclear Constabulary officers '
                                                               'are authorised firearms officers?',
                                                               'How many times did CNC officers discharge a '
                                                               'firearm, other than in training, in 2023?'],
                                                 'title': 'CNC authorised firearms officers'},
 'g3_leicestershire_short_asks_over_response.html': {'exemptions': [],
                                                     'outcome': 'full',
                                                     'public_interest_test': False,
                                                     'published': None,
                                                     'questions': ['Number of drone deployments in 2023',
                                                                   'Number of deployments to missing person '
                                                                   'searches',
                                                                   'Number of drones owned by the force'],
                                                     'reference': '2024/1187',
                                                     'title': 'Drone deployments'},
 'l1_essex_section12_cost_gloss.txt': {'exemptions': ['s12'],
                                       'outcome': 'cost_limit',
                                       'public_interest_test': False,
                                       'published': '2024-08-29',
                                       'questions': ['For each shop theft reported to Essex Police in 2023, '
                                                     'please give the name of the store and the value of the '
                                                     'goods stolen.'],
                                       'reference': '26117',
                                       'title': 'Shop theft reports by store'},
 'l2_north-wales_abbreviated_glosses.html': {'exemptions': ['s23(5)', 's24(2)', 's31(3)'],
                                             'ncnd': True,
                                             'outcome': 'ncnd',
                                             'public_interest_test': True,
                                             'published': None,
                                             'questions': ['Has North Wales Police used covert human '
                                                           'intelligence sources to gather information on '
                                                           'climate protest groups since 2021?',
                                                           'If so, on how many occasions?'],
                                             'reference': '1192/24',
                                             'title': 'Covert sources and protest groups'},
 'o1_dyfed-powys_welsh_reference_labels.docx': {'exemptions': [],
                                                'outcome': 'full',
                                                'public_interest_test': False,
                                                'published': '2024-06-11',
                                                'questions': ['How many quad bikes does the Dyfed-Powys '
                                                              'Police rural crime team use?',
                                                              'How much did the force spend on maintaining '
                                                              'them in 2023/24?'],
                                                'reference': '1204/2024',
                                                'title': 'Quad bikes used by the rural crime team'},
 'o2_hertfordshire_asks_single_quoted.txt': {'exemptions': [],
                                             'public_interest_test': False,
                                             'published': '2024-10-02',
                                             'reference': 'HC/FOI/2024/1503',
                                             'title': 'Fireworks calls'},
 'o3_bedfordshire_asks_double_quoted.txt': {'exemptions': [],
                                            'outcome': 'full',
                                            'public_interest_test': False,
                                            'published': '2024-07-18',
                                            'questions': ['How many reports of fly-tipping did Bedfordshire '
                                                          'Police receive in 2023?',
                                                          'How many of those reports were passed to a local '
                                                          'council?'],
                                            'reference': 'FOI 2024/1288',
                                            'title': 'Fly-tipping reports'},
 'o4_gloucestershire_review_response_sent.html': {'exemptions': [],
                                                  'outcome': 'full',
                                                  'public_interest_test': False,
                                                  'published': '2025-02-14',
                                                  'questions': ['How much income did Gloucestershire '
                                                                'Constabulary receive from speed awareness '
                                                                'course fees in 2023/24?',
                                                                'What was that income spent on?'],
                                                  'reference': 'IR 0031/25',
                                                  'title': 'Internal review: speed awareness course income'},
 'p1_bedfordshire_s14_considering_public_interest.pdf': {'exemptions': ['s14(1)'],
                                                         'outcome': 'vexatious',
                                                         'public_interest_test': False,
                                                         'published': '2024-10-09',
                                                         'questions': ['How many CCTV cameras are installed '
                                                                       'in the custody suite at Kempston?',
                                                                       'How long is custody CCTV footage '
                                                                       'kept?'],
                                                         'reference': 'FOI 2024/1732',
                                                         'title': 'Custody suite CCTV'},
 'p2_wiltshire_considering_absolute_no_pit.html': {'exemptions': ['s40(2)'],
                                                   'outcome': 'refused',
                                                   'public_interest_test': False,
                                                   'published': None,
                                                   'questions': ['Please give the names and collar numbers '
                                                                 'of the officers who attended the incident '
                                                                 'at Trowbridge railway station on 14 '
                                                                 'January 2024.',
                                                                 'Please give the rank of each of those '
                                                                 'officers.'],
                                                   'reference': '0944/24',
                                                   'title': 'Officers attending Trowbridge station incident'},
 'p3_durham_pit_verdict_commas.txt': {'exemptions': ['s31(1)(a)'],
                                      'outcome': 'refused',
                                      'public_interest_test': True,
                                      'published': '2024-11-21',
                                      'questions': ["Please list the locations where Durham Constabulary's "
                                                    'mobile ANPR cameras were deployed in October 2024.'],
                                      'reference': 'DC/FOI 1284/24',
                                      'title': 'Locations of mobile ANPR cameras'},
 'p4_south-wales_glossary_terms_used.html': {'exemptions': [],
                                             'ncnd': False,
                                             'public_interest_test': False,
                                             'published': None,
                                             'questions': ['How many special constables did South Wales '
                                                           'Police have on 31 March 2024?',
                                                           'How many hours did special constables volunteer '
                                                           'in 2023/24?'],
                                             'reference': '1042/24',
                                             'title': 'Special constables'},
 'p5_staffordshire_key_terms_used.txt': {'exemptions': [],
                                         'ncnd': False,
                                         'outcome': 'not_held',
                                         'public_interest_test': False,
                                         'published': '2024-12-16',
                                         'questions': ['How many times did Staffordshire Police deploy a '
                                                       'live facial recognition van in 2024?',
                                                       'How many arrests followed those deployments?'],
                                         'reference': '3577/24',
                                         'title': 'Live facial recognition vans'},
 'p6_gwent_explanation_of_exemptions_part2.html': {'exemptions': ['s31(1)(a)'],
                                                   'outcome': 'partial',
                                                   'public_interest_test': True,
                                                   'published': None,
                                                   'questions': ['How many fixed ANPR cameras does Gwent '
                                                                 'Police operate?',
                                                                 'Please list the location of each camera.'],
                                                   'reference': '2024/0812',
                                                   'title': 'ANPR camera locations'},
 'x1_nottinghamshire_qualified_then_not_engaged.html': {'exemptions': [],
                                                        'outcome': 'full',
                                                        'public_interest_test': False,
                                                        'published': None,
                                                        'questions': ['How many unmarked police cars does '
                                                                      'Nottinghamshire Police have?',
                                                                      'How many of those cars are used by '
                                                                      'the roads policing unit?'],
                                                        'reference': '006712/24',
                                                        'title': 'Unmarked police cars'},
 'x2_kent_review_absolute_then_wrongly_applied.pdf': {'exemptions': [],
                                                      'outcome': 'full',
                                                      'public_interest_test': False,
                                                      'published': '2024-06-05',
                                                      'questions': ['How many times was a Taser drawn or '
                                                                    'discharged on a child under 16 by Kent '
                                                                    'Police officers in 2023?',
                                                                    'What was the age of the youngest child '
                                                                    'on whom a Taser was drawn or '
                                                                    'discharged?'],
                                                      'title': 'Internal review: Taser use on children'},
 'x3_west-midlands_review_narrowed_absolute.txt': {'exemptions': ['s40(2)'],
                                                   'outcome': 'partial',
                                                   'public_interest_test': False,
                                                   'published': '2025-02-14',
                                                   'questions': ['How many West Midlands Police officers '
                                                                 'were under investigation for sexual '
                                                                 'misconduct on 1 December 2024?',
                                                                 'How many of those officers were suspended?',
                                                                 'The names of the suspended officers.'],
                                                   'reference': 'IR/2025/0042'}}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review31_case(name):
    check_case(parse_fixture("review31", name), CASES[name])
