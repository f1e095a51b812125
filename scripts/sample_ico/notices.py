"""Invented decision notices, shaped like the Information Commissioner's published notices.

Every sentence is written for this project. `MATCHES` are about sample-site responses: the
generator picks the response (the `nth` refusal of the force, in data/sample_site/index.json),
dates the request the day before the force received it and quotes its asks in the notice's
words, so the notices follow the sample site when it is regenerated. `DECOYS` quote a match's
request but years apart or to another force: nothing may link them. `N` are written whole.
Layouts: `pdf` (page with the summary fields, the notice as a PDF), `html` (the whole notice on
its page), `old` (an FS50 reference and the older PDF layout with a Summary).
"""

# About a sample response: the force's `nth` response (by published date) that refused
# something with an exemption; the notice's sections are that response's exemptions.
MATCHES = [
    dict(ref="IC-154321-K8M2", force="metropolitan-police", nth=2, layout="pdf",
         authority="Commissioner of Police of the Metropolis", short="the MPS",
         address="New Scotland Yard, Victoria Embankment, London SW1A 2JL",
         decision="not_upheld"),
    dict(ref="IC-149877-P2Q7", force="metropolitan-police", nth=0, layout="html",
         authority="Commissioner of Police of the Metropolis", short="the MPS",
         address="New Scotland Yard, Victoria Embankment, London SW1A 2JL",
         decision="upheld"),
    dict(ref="IC-298760-H6T3", force="south-wales-police", nth=4, layout="html",
         authority="South Wales Police", short="SWP",
         address="Police Headquarters, Cowbridge Road, Bridgend CF31 3SU",
         decision="not_upheld"),
    dict(ref="IC-301245-W4R9", force="south-wales-police", nth=1, layout="pdf",
         authority="Chief Constable of South Wales Police", short="the force",
         address="Police Headquarters, Cowbridge Road, Bridgend CF31 3SU",
         decision="partly_upheld"),
    dict(ref="IC-221904-B7N5", force="warwickshire-police", nth=0, layout="pdf",
         authority="Chief Constable of Warwickshire Police", short="the force",
         address="Leek Wootton, Warwick CV35 7QA", decision="upheld"),
    dict(ref="IC-217655-C3L8", force="cleveland-police", nth=1, layout="pdf",
         authority="Chief Constable of Cleveland Police", short="the force",
         address="Ash House, III Acres, Princeton Drive, Stockton-on-Tees TS17 6AJ",
         decision="not_upheld"),
    dict(ref="IC-151032-D9F4", force="west-midlands-police", nth=0, layout="pdf",
         authority="Chief Constable of West Midlands Police", short="WMP",
         address="Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ",
         decision="partly_upheld"),
    dict(ref="IC-160488-M5V2", force="west-midlands-police", nth=4, layout="html",
         authority="Chief Constable of West Midlands Police", short="WMP",
         address="Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ",
         decision="not_upheld"),
    dict(ref="IC-153390-J8S1", force="police-service-of-northern-ireland", nth=1,
         layout="pdf", authority="Chief Constable of the Police Service of Northern Ireland",
         short="PSNI", address="65 Knock Road, Belfast BT5 6LE", decision="not_upheld"),
]

# A match's request (`like`: its reference), but dated years before or sent to another force.
DECOYS = [
    dict(ref="FS50790044", like="IC-221904-B7N5", years_before=5, layout="old",
         authority="Chief Constable of Warwickshire Police", short="the force",
         address="Leek Wootton, Warwick CV35 7QA", decision="not_upheld"),
    dict(ref="IC-175520-A6E2", like="IC-154321-K8M2", years_before=0, layout="html",
         authority="Chief Constable of Kent Police", short="the force",
         address="Police Headquarters, Sutton Road, Maidstone ME15 9BZ",
         decision="not_upheld"),
]

N = [
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

# The exemption labels each notice of N considers, written by hand (the parser's answer key);
# a match or decoy considers its response's exemptions.
LABELS = {
    "FS50612345": ["s30(3)", "s40(5)"], "FS50733120": ["s14(1)"],
    "FS50801456": ["s31(1)(a)", "s38(1)(a)"], "IC-265011-R2K6": ["s40(2)", "s43(2)"],
    "IC-244318-T7Y4": ["s22(1)"], "IC-310777-N1G8": ["s31(1)(a)", "s38(1)(a)"],
    "IC-287402-F5U9": ["s21(1)"], "IC-233871-S9W3": ["s43(2)"],
    "IC-256094-L4P7": ["s12(1)"], "IC-270315-E8H1": ["s40(2)"], "FS50699812": ["s35(1)(a)"],
}
