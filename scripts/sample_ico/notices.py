"""Invented decision notices, shaped like the Information Commissioner's published notices.

Every sentence is written for this project. `matches` names the sample-site response (its path in
data/sample_site/index.json) whose request the notice is about: same force, the request dated a
few days before the force received it, the request quoted in similar words. `decoy` notices are
about a similar request but years apart or to another force, so nothing must link them.
Layouts: `pdf` (page with the summary fields, the notice as a PDF), `html` (the whole notice on
its page), `old` (an FS50 reference and the older PDF layout with a Summary).
"""

N = [
    dict(ref="IC-154321-K8M2", date="2022-09-14", layout="pdf",
         authority="Commissioner of Police of the Metropolis", short="the MPS",
         address="New Scotland Yard, Victoria Embankment, London SW1A 2JL",
         matches="/foi-ai/metropolitan-police/d/february-2022/use-of-imsi-catchers/",
         request_date="2022-01-06", responded="2022-02-03", review="2022-04-11",
         about="covert human intelligence sources and mobile phone interception equipment",
         request=["1. How many covert human intelligence sources were authorised in each "
                  "financial year from 2019/20 to 2020/21?",
                  "2. Does the MPS use mobile phone interception equipment known as IMSI catchers?",
                  "3. How much has been spent on covert surveillance equipment?"],
         cited="section 30(1)(a) and section 31(1)(a)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that the MPS was entitled to rely on "
                   "section 30(1)(a) of FOIA to withhold the figures for part 1, and that it "
                   "correctly relied on section 31(1)(a) for parts 2 and 3."],
         steps=None),
    dict(ref="IC-149877-P2Q7", date="2022-08-02", layout="html",
         authority="Commissioner of Police of the Metropolis", short="the MPS",
         address="New Scotland Yard, Victoria Embankment, London SW1A 2JL",
         matches="/foi-ai/metropolitan-police/d/january-2022/police-staff-sickness-absence/",
         request_date="2021-12-09", responded="2022-01-07", review="2022-03-01",
         about="the make-up of its workforce, overtime costs and sickness absence",
         request=["Please tell me how many of those officers identify as female, what the total "
                  "cost of overtime paid to officers was, and how many working days were lost "
                  "to sickness absence."],
         cited="sections 31(1)(a) and 31(1)(b)",
         decision="upheld",
         findings=["The Commissioner's decision is that sections 31(1)(a) and 31(1)(b) are not "
                   "engaged: the MPS has not demonstrated how publishing workforce totals would "
                   "prejudice the prevention or detection of crime."],
         steps=["Disclose the withheld figures for all three parts of the request."]),
    dict(ref="IC-301245-W4R9", date="2024-07-22", layout="pdf",
         authority="Chief Constable of South Wales Police", short="the force",
         address="Police Headquarters, Cowbridge Road, Bridgend CF31 3SU",
         matches="/foi-ai/south-wales-police/disclosure-log/2024/february/foi-49724/",
         request_date="2024-01-08", responded="2024-02-02", review="2024-03-12",
         about="the use of spit and bite guards",
         request=["1. How many times were spit and bite guards used between 1 January 2019 and "
                  "31 December 2023?",
                  "2. How many of those uses took place inside a custody suite?",
                  "3. Does the force have a written policy on spit guards? If so please provide it."],
         cited="section 40(2)(a)(b) and (3)",
         decision="partly_upheld",
         findings=["The Commissioner's decision is that the force was entitled to withhold the "
                   "names of officers under section 40(2), but that it breached section 10(1) by "
                   "not providing the policy within 20 working days."],
         steps=["Provide the complainant with a copy of the force's written policy on spit "
                "guards."]),
    dict(ref="IC-298760-H6T3", date="2024-06-18", layout="html",
         authority="South Wales Police", short="SWP",
         address="Police Headquarters, Cowbridge Road, Bridgend CF31 3SU",
         matches="/foi-ai/south-wales-police/disclosure-log/2024/january/foi-47124/",
         request_date="2023-12-14", responded="2024-01-12", review="2024-02-20",
         about="detentions under the Mental Health Act and concern for welfare calls",
         request=["1. How many people were detained under section 136 of the Mental Health Act "
                  "in each financial year from 2019/20 to 2022/23?",
                  "2. How many calls did the force attend that were logged as concern for "
                  "welfare?"],
         cited="section 12(1)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that SWP's estimate was reasonable and that "
                   "it was entitled to refuse the request under section 12(1) of FOIA."],
         steps=None),
    dict(ref="IC-221904-B7N5", date="2023-08-30", layout="pdf",
         authority="Chief Constable of Warwickshire Police", short="the force",
         address="Leek Wootton, Warwick CV35 7QA",
         matches="/foi-ai/warwickshire-police/foi-disclosure-2023/february-2023/"
                 "foi-19-2023--feb-2023--stop-and-search-by-ethnicity/",
         request_date="2023-01-28", responded="2023-02-20", review="2023-04-03",
         about="stop and search broken down by ethnicity",
         request=["Q1 How many stop and searches were carried out in each financial year from "
                  "2019/20 to 2021/22, by the ethnicity of the person searched?",
                  "Q2 How many section 60 authorisations were made in the same period?",
                  "Q3 How many searches led to an arrest?",
                  "Q4 How many strip searches of children took place?"],
         cited="section 12(1)",
         decision="upheld",
         findings=["The Commissioner's decision is that the force has not demonstrated that "
                   "complying with the request would exceed the appropriate limit, and so it was "
                   "not entitled to rely on section 12(1)."],
         steps=["Issue a fresh response to the request which does not rely on section 12(1)."]),
    dict(ref="IC-217655-C3L8", date="2023-07-11", layout="old",
         authority="Chief Constable of Cleveland Police", short="the force",
         address="Ash House, III Acres, Princeton Drive, Stockton-on-Tees TS17 6AJ",
         matches="/foi-ai/cleveland-police/disclosure/2023/january/"
                 "foi-11223-foreign-nationals-arrested/",
         request_date="2023-01-03", responded="2023-01-27", review="2023-03-06",
         about="arrests of foreign nationals and referrals to Immigration Enforcement",
         request=["a) How many foreign nationals were arrested between 1 January 2019 and "
                  "31 December 2022?",
                  "b) How many of them were referred to Immigration Enforcement?"],
         cited="section 12(1)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that the force correctly relied on section "
                   "12(1): its estimate was reasonable because nationality is not a searchable "
                   "field in its custody records."],
         steps=None),
    dict(ref="IC-151032-D9F4", date="2022-10-05", layout="pdf",
         authority="Chief Constable of West Midlands Police", short="WMP",
         address="Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ",
         matches="/prevent-referrals-1029-22/",
         request_date="2021-12-20", responded="2022-01-24", review="2022-03-14",
         about="Prevent referrals and terrorism related arrests",
         request=["- How many Prevent referrals did the force make in each calendar year from "
                  "2018 to 2021?",
                  "- How many of those referrals concerned children?",
                  "- How many terrorism related arrests were made?"],
         cited="sections 24(2) and 31(3)",
         decision="partly_upheld",
         findings=["The Commissioner's decision is that WMP was entitled to neither confirm nor "
                   "deny holding information about children under section 24(2), but section "
                   "31(3) is not engaged for the totals of referrals and arrests."],
         steps=["Confirm or deny whether it holds the totals asked for in parts 1 and 3 and, "
                "if held, disclose them or issue a refusal notice that complies with section 17."]),
    dict(ref="IC-160488-M5V2", date="2022-11-23", layout="html",
         authority="Chief Constable of West Midlands Police", short="WMP",
         address="Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ",
         matches="/gross-misconduct-dismissals-2017-to-2021-1087-22/",
         request_date="2022-02-21", responded="2022-03-21", review="2022-05-04",
         about="officers who resigned or retired while under investigation",
         request=["How many officers resigned or retired while they were under investigation, "
                  "and how many officers are suspended from duty at present?"],
         cited="section 40(5B)(a)(i)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that WMP was entitled to rely on section "
                   "40(5B)(a)(i) to neither confirm nor deny holding the information."],
         steps=None),
    dict(ref="IC-153390-J8S1", date="2022-09-27", layout="pdf",
         authority="Chief Constable of the Police Service of Northern Ireland", short="PSNI",
         address="65 Knock Road, Belfast BT5 6LE",
         matches="/foi-disclosure-log/unmanned-aerial-vehicles-2017-to-2021",
         request_date="2022-02-01", responded="2022-02-28", review="2022-04-20",
         about="the force's drones",
         request=["How many drones does PSNI own? How many times were drones deployed between "
                  "1 January 2017 and 31 December 2021? What make and model are the drones?"],
         cited="section 42(1)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that PSNI correctly applied section 42(1) and "
                   "that the public interest favours maintaining the exemption."],
         steps=None),
    # Police authorities whose notices match no sample response.
    dict(ref="FS50612345", date="2016-05-17", layout="old",
         authority="Chief Constable of Kent Police", short="the force",
         address="Police Headquarters, Sutton Road, Maidstone ME15 9BZ",
         request_date="2015-10-12", responded="2015-11-09", review="2016-01-05",
         about="informants paid by the force",
         request=["How much did Kent Police pay to informants in each of the last five years?"],
         cited="sections 30(3) and 40(5)(b)(i)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that the force was entitled to rely on "
                   "sections 30(3) and 40(5) to neither confirm nor deny holding the information."],
         steps=None),
    dict(ref="FS50733120", date="2018-09-04", layout="old",
         authority="Merseyside Police", short="the force",
         address="Canning Place, Liverpool L1 8JX",
         request_date="2018-02-14", responded="2018-03-12", review="2018-04-30",
         about="every email sent by a named officer over ten years",
         request=["Please send me every email sent or received by the named inspector between "
                  "2008 and 2018 that mentions my neighbour's address."],
         cited="section 14(1)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that the request was vexatious and the force "
                   "correctly refused it under section 14(1)."],
         steps=None),
    dict(ref="FS50801456", date="2019-06-25", layout="old",
         authority="Gwent Police", short="the force",
         address="Police Headquarters, Cwmbran NP44 2XJ",
         request_date="2018-11-19", responded="2018-12-18", review="2019-02-11",
         about="speed camera enforcement on one road",
         request=["For each speed camera on the A4042, how many fixed penalty notices were "
                  "issued in 2016, 2017 and 2018?"],
         cited="sections 31(1)(a) and 38(1)(a)",
         decision="upheld",
         findings=["The Commissioner's decision is that sections 31(1)(a) and 38(1)(a) are not "
                   "engaged and the force incorrectly withheld the figures."],
         steps=["Disclose the number of fixed penalty notices issued for each camera."]),
    dict(ref="IC-265011-R2K6", date="2024-01-16", layout="html",
         authority="Police and Crime Commissioner for Cleveland", short="the PCC",
         address="Ash House, III Acres, Princeton Drive, Stockton-on-Tees TS17 6AJ",
         request_date="2023-05-02", responded="2023-06-01", review="2023-07-17",
         about="the commissioner's staff expenses",
         request=["Please provide the travel and hospitality expenses claimed by each member of "
                  "the commissioner's office in 2022, with the names of the claimants."],
         cited="sections 40(2) and 43(2)",
         decision="partly_upheld",
         findings=["The Commissioner's decision is that the PCC was entitled to withhold the "
                   "names of junior staff under section 40(2), but section 43(2) is not engaged "
                   "for the totals."],
         steps=["Disclose the expense totals for each category of spending."]),
    dict(ref="IC-244318-T7Y4", date="2023-10-09", layout="pdf",
         authority="West Midlands Police and Crime Commissioner", short="the PCC",
         address="Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ",
         request_date="2023-03-15", responded="2023-04-13", review="2023-05-25",
         about="a commissioned report on knife crime",
         request=["Please send me the final report the commissioner commissioned on violence "
                  "reduction and knife crime in 2022."],
         cited="section 22(1)",
         decision="upheld",
         findings=["The Commissioner's decision is that the PCC was not entitled to rely on "
                   "section 22(1), as it had no settled intention to publish the report."],
         steps=["Disclose the report, or issue a refusal notice that relies on another "
                "provision of FOIA."]),
    dict(ref="IC-310777-N1G8", date="2024-09-03", layout="html",
         authority="Metropolitan Police Service", short="the MPS",
         address="New Scotland Yard, Victoria Embankment, London SW1A 2JL",
         request_date="2024-02-26", responded="2024-03-25", review="2024-05-07",
         about="Taser discharges by officers",
         request=["How many times did officers discharge a Taser in each borough during 2023?"],
         cited="sections 31(1)(a) and 38(1)(a)",
         decision="upheld",
         findings=["The Commissioner's decision is that the MPS incorrectly relied on sections "
                   "31(1)(a) and 38(1)(a): neither exemption is engaged for borough totals."],
         steps=["Disclose the number of Taser discharges in each borough in 2023."]),
    dict(ref="IC-287402-F5U9", date="2024-04-29", layout="pdf",
         authority="Chief Constable of Thames Valley Police", short="the force",
         address="Oxford Road, Kidlington OX5 2NX",
         request_date="2023-09-04", responded="2023-10-02", review="2023-11-20",
         about="the force's published crime statistics",
         request=["How many burglaries were recorded in Reading in each month of 2022?"],
         cited="section 21(1)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that the information was reasonably "
                   "accessible to the complainant and the force correctly relied on section "
                   "21(1)."],
         steps=None),
    # Decoys: the wording of a sample response's request, but a far-off date or another force.
    dict(ref="FS50790044", date="2019-03-12", layout="old", decoy=True,
         authority="Chief Constable of Warwickshire Police", short="the force",
         address="Leek Wootton, Warwick CV35 7QA",
         request_date="2018-07-23", responded="2018-08-20", review="2018-10-01",
         about="stop and search broken down by ethnicity",
         request=["How many stop and searches were carried out in each financial year, by the "
                  "ethnicity of the person searched? How many section 60 authorisations were "
                  "made? How many searches led to an arrest?"],
         cited="section 12(1)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that the force's estimate was reasonable "
                   "and it correctly relied on section 12(1)."],
         steps=None),
    dict(ref="IC-175520-A6E2", date="2022-12-06", layout="html", decoy=True,
         authority="Chief Constable of Kent Police", short="the force",
         address="Police Headquarters, Sutton Road, Maidstone ME15 9BZ",
         request_date="2022-01-10", responded="2022-02-07", review="2022-03-21",
         about="covert human intelligence sources and mobile phone interception equipment",
         request=["1. How many covert human intelligence sources were authorised in each "
                  "financial year from 2019/20 to 2020/21?",
                  "2. Does the force use mobile phone interception equipment known as IMSI "
                  "catchers?",
                  "3. How much was spent on covert surveillance equipment?"],
         cited="sections 23(5) and 24(2)",
         decision="not_upheld",
         findings=["The Commissioner's decision is that the force was entitled to rely on "
                   "sections 23(5) and 24(2) to neither confirm nor deny holding information "
                   "about interception equipment."],
         steps=None),
    # Not police: listed by the Commissioner, never kept by the crawler.
    dict(ref="IC-233871-S9W3", date="2023-09-12", layout="pdf", police=False,
         authority="Birmingham City Council", short="the council",
         address="Council House, Victoria Square, Birmingham B1 1BB",
         request_date="2023-02-06", responded="2023-03-06", review="2023-04-17",
         about="parking enforcement contracts",
         request=["Please send me the contract for parking enforcement services."],
         cited="section 43(2)", decision="upheld",
         findings=["The Commissioner's decision is that section 43(2) is not engaged."],
         steps=["Disclose the contract."]),
    dict(ref="IC-256094-L4P7", date="2023-11-28", layout="html", police=False,
         authority="Leeds Teaching Hospitals NHS Trust", short="the trust",
         address="St James's University Hospital, Beckett Street, Leeds LS9 7TF",
         request_date="2023-04-11", responded="2023-05-09", review="2023-06-20",
         about="agency staffing costs",
         request=["How much did the trust spend on agency nurses in 2022?"],
         cited="section 12(1)", decision="not_upheld",
         findings=["The Commissioner's decision is that the trust was entitled to rely on "
                   "section 12(1)."],
         steps=None),
    dict(ref="IC-270315-E8H1", date="2024-02-20", layout="pdf", police=False,
         authority="Independent Office for Police Conduct", short="the IOPC",
         address="10 South Colonnade, London E14 4PU",
         request_date="2023-06-05", responded="2023-07-03", review="2023-08-14",
         about="investigations into a named force",
         request=["How many independent investigations into Cleveland Police did the IOPC "
                  "open in 2022?"],
         cited="section 40(2)", decision="partly_upheld",
         findings=["The Commissioner's decision is that the IOPC was entitled to rely on section "
                   "40(2) for some of the information, but it breached section 10(1)."],
         steps=None),
    dict(ref="FS50699812", date="2017-11-14", layout="old", police=False,
         authority="Home Office", short="the Home Office",
         address="2 Marsham Street, London SW1P 4DF",
         request_date="2017-03-20", responded="2017-04-18", review="2017-06-05",
         about="police funding formula modelling",
         request=["Please provide the modelling behind the proposed police funding formula."],
         cited="section 35(1)(a)", decision="not_upheld",
         findings=["The Commissioner's decision is that the Home Office correctly applied "
                   "section 35(1)(a) and the public interest favours maintaining it."],
         steps=None),
]

# The exemption labels each notice considers, written by hand (the parser's answer key).
LABELS = {
    "IC-154321-K8M2": ["s30(1)(a)", "s31(1)(a)"], "IC-149877-P2Q7": ["s31(1)(a)", "s31(1)(b)"],
    "IC-301245-W4R9": ["s40(2)"], "IC-298760-H6T3": ["s12(1)"], "IC-221904-B7N5": ["s12(1)"],
    "IC-217655-C3L8": ["s12(1)"], "IC-151032-D9F4": ["s24(2)", "s31(3)"],
    "IC-160488-M5V2": ["s40(5B)"], "IC-153390-J8S1": ["s42(1)"],
    "FS50612345": ["s30(3)", "s40(5)"], "FS50733120": ["s14(1)"],
    "FS50801456": ["s31(1)(a)", "s38(1)(a)"], "IC-265011-R2K6": ["s40(2)", "s43(2)"],
    "IC-244318-T7Y4": ["s22(1)"], "IC-310777-N1G8": ["s31(1)(a)", "s38(1)(a)"],
    "IC-287402-F5U9": ["s21(1)"], "FS50790044": ["s12(1)"],
    "IC-175520-A6E2": ["s23(5)", "s24(2)"], "IC-233871-S9W3": ["s43(2)"],
    "IC-256094-L4P7": ["s12(1)"], "IC-270315-E8H1": ["s40(2)"], "FS50699812": ["s35(1)(a)"],
}
