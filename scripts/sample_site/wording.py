"""Reusable wording: exemption citations in many spellings, decisions and reasoning paragraphs.

NATIONAL paragraphs are reused verbatim by several forces (as advice from a central referral unit
would be), so precedent-wording clustering has something to find. Citations are always built
from exemption labels, so the index's labels are exactly what the text cites.
"""
from __future__ import annotations

import re
from random import Random

FOIA_NAMES = {
    12: "Cost of compliance", 14: "Vexatious or repeated requests",
    21: "Information accessible by other means",
    22: "Information intended for future publication", 23: "Security bodies",
    24: "National security", 30: "Investigations and proceedings", 31: "Law enforcement",
    38: "Health and safety", 40: "Personal information", 41: "Information provided in confidence",
    42: "Legal professional privilege", 43: "Commercial interests",
}
FOISA_NAMES = {
    12: "Excessive cost of compliance", 14: "Vexatious or repeated requests",
    18: "Neither confirm nor deny", 25: "Information otherwise accessible",
    30: "Prejudice to effective conduct of public affairs", 33: "Commercial interests",
    34: "Investigations by Scottish public authorities", 35: "Law enforcement",
    38: "Personal information", 39: "Health, safety and the environment",
}
NCND_LABELS = {"s23(5)", "s24(2)", "s30(3)", "s31(3)", "s38(2)", "s40(5)", "s40(5A)",
               "s40(5B)", "s41(2)", "s42(2)", "s43(3)", "s44(2)"}
# Exemptions that carry a public interest test when cited (qualified ones).
QUALIFIED = {22, 24, 30, 31, 38, 42, 43}
FOISA_QUALIFIED = {30, 33, 34, 35, 39}

_LABEL = re.compile(r"s(\d+)((?:\([0-9A-Za-z]+\))*)")


def split_label(label: str) -> tuple[int, list[str]]:
    m = _LABEL.fullmatch(label)
    return int(m.group(1)), re.findall(r"\(([0-9A-Za-z]+)\)", m.group(2))


def is_ncnd(label: str, act: str) -> bool:
    return label in NCND_LABELS if act == "FOIA" else split_label(label)[0] == 18


def _groups(labels: list[str]) -> list[tuple[int, list[str], list[str]]]:
    """Group labels sharing section and subsection: s31(1)(a), s31(1)(b) -> (31, [1], [a, b])."""
    out: list[tuple[int, list[str], list[str]]] = []
    for label in labels:
        section, parts = split_label(label)
        numeric = [p for p in parts if not p.isalpha() or not p.islower()]
        letters = [p for p in parts if p.isalpha() and p.islower()]
        for g in out:
            if g[0] == section and g[1] == numeric and letters and g[2]:
                g[2].extend(letters)
                break
        else:
            out.append((section, numeric, letters))
    return out


def _brackets(parts: list[str], spaced: bool = False) -> str:
    sep = " " if spaced else ""
    return "".join(f"{sep}({p})" for p in parts)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def cite(labels: list[str], rng: Random, act: str = "FOIA") -> str:
    """One citation of all `labels`, in a spelling picked by `rng`."""
    names = FOIA_NAMES if act == "FOIA" else FOISA_NAMES
    groups = _groups(labels)
    style = rng.choice(["section", "short", "named", "dotted", "spaced", "plural"])
    if style == "plural" and len(groups) > 1:
        return "Sections " + _join([f"{s}{_brackets(n)}{_brackets(lt)}" for s, n, lt in groups])
    texts = []
    for section, numeric, letters in groups:
        body = f"{section}{_brackets(numeric)}{_brackets(letters)}"
        if style == "short":
            texts.append("s" + body)
        elif style == "dotted":
            texts.append("S." + body)
        elif style == "spaced" and not letters:
            texts.append(f"section {section}{_brackets(numeric, spaced=True)}")
        elif style == "named":
            texts.append(f"Section {body} – {names.get(section, 'Exemption')}")
        else:
            texts.append(f"Section {body}")
    return _join(texts)


# --- paragraphs shared word for word across forces -----------------------------------------
NATIONAL = {
    "ncnd_covert": (
        "Confirming or denying whether any information is held about the use of specialist "
        "covert tactics would tell those intent on crime which methods are, or are not, "
        "available to a particular force. Pieced together with answers from other forces this "
        "would build a picture of capability across the country, and that picture would be of "
        "real use to offenders and to those who threaten national security."),
    "ncnd_personal": (
        "To confirm or deny whether information is held would itself reveal whether a named or "
        "identifiable individual has been the subject of police attention. That fact is personal "
        "data, and releasing it to the world at large would not be fair or lawful."),
    "personal": (
        "The withheld details relate to living people who could be identified from them, "
        "either directly or when combined with other material already in the public domain. "
        "A disclosure under the Act is a disclosure to the world, and the people concerned would "
        "have no expectation that their information would be released in this way."),
    "harm_tactics": (
        "Releasing the exact numbers and locations requested would show where resources are "
        "thin and where they are concentrated. Offenders could use that knowledge to move their "
        "activity to areas of lower coverage, which would make crime harder to prevent and "
        "detect."),
    "cost": (
        "The appropriate limit for police forces is set at £450, which is the equivalent of 18 "
        "hours of work at the rate fixed in the regulations. Locating, retrieving and "
        "extracting the information asked for would take well over that time, because the "
        "details sit in the free text of individual records and each one would have to be "
        "read by hand."),
    "cost_scotland": (
        "The cost of locating, retrieving and providing this information is estimated to exceed "
        "the current limit of £600 set out in the Fees Regulations. The records are not held in "
        "a way that allows them to be searched for the details requested."),
    "vexatious": (
        "Having looked at the history and context of this request, including the volume of "
        "related correspondence received over recent months, the request is judged to be "
        "vexatious. It would impose a burden on the force out of proportion to any value it "
        "has, and it appears designed to reopen matters that have already been fully answered."),
    "published": (
        "Where information is already reasonably accessible to the applicant by other means, "
        "the Act does not require it to be provided again. The figures you asked for are "
        "published and can be found by following the link below."),
    "future": (
        "The information requested will be published as part of a scheduled release, and it is "
        "reasonable to withhold it until that date so that all users receive it at the same time "
        "and in its checked form."),
    "not_held": (
        "Searches were carried out across the systems where this information would be recorded "
        "if it were held. No records matching your request were located, and there is no "
        "business requirement for the force to create or keep them."),
    "advice": (
        "Under our duty to provide advice and assistance (section 16), you may wish to narrow "
        "your request, for example by asking about a single year or a single category, which may "
        "allow it to be answered within the cost limit."),
    "pit_for": (
        "Disclosure would show how public money is spent and how the force carries out its "
        "duties, and would inform public debate on a matter that attracts genuine interest."),
    "pit_against": (
        "Disclosure would reveal tactical detail that could be exploited by offenders, reduce "
        "the effectiveness of future operations and place officers and the public at greater "
        "risk."),
    "balance": (
        "Accountability is important, but the police service will not release information if "
        "doing so would undermine the prevention or detection of crime. On balance the public "
        "interest favours withholding the information at this time."),
    "balance_ncnd": (
        "Whilst there is a public interest in transparency, the security of the country and the "
        "ability of the service to protect the public must take precedence. On balance the "
        "public interest does not favour confirming or denying whether information is held."),
}

# Reasoning paragraph per cited section, FOIA and FOISA.
REASON_FOR_SECTION = {30: "harm_tactics", 31: "harm_tactics", 24: "ncnd_covert",
                      23: "ncnd_covert", 38: "harm_tactics", 40: "personal", 41: "personal",
                      42: "harm_tactics", 43: "harm_tactics", 22: "future"}
FOISA_REASON_FOR_SECTION = {35: "harm_tactics", 34: "harm_tactics", 39: "harm_tactics",
                            33: "harm_tactics", 38: "personal"}

DECISION = {
    "full": ["I have today decided to disclose the information you asked for.",
             "The information you requested is provided in full below.",
             "Please find the answers to your questions set out below."],
    "partial": ["I have today decided to disclose some of the information you asked for; the "
                "rest is withheld under {cite}.",
                "Some of the information you requested is provided below. Other parts are "
                "exempt under {cite}."],
    "refused": ["I have today decided to withhold the information you requested under {cite}.",
                "The information you asked for is exempt from disclosure under {cite} and is "
                "withheld in full."],
    "ncnd": ["{force} can neither confirm nor deny that it holds any information relevant to "
             "your request, by virtue of {cite}.",
             "In accordance with {cite}, {force} neither confirms nor denies that it holds the "
             "information you have requested."],
    "not_held": ["{force} does not hold the information you have requested.",
                 "I can confirm that the information you asked for is not held by {force}."],
    "cost_limit": ["Your request is refused under {cite}, because complying with it would "
                   "exceed the appropriate limit.",
                   "I estimate that the cost of complying with your request would exceed the "
                   "appropriate limit, so it is refused in full under {cite}."],
    "vexatious": ["Your request is refused under {cite} as it is considered vexatious.",
                  "{force} is not obliged to comply with this request, which is refused under "
                  "{cite}."],
    "published_elsewhere": ["The information you requested is already published, so it is "
                            "exempt under {cite}.",
                            "Your request is refused under {cite}, because the information is "
                            "reasonably accessible to you by other means."],
    "unknown": ["Your request has been dealt with and a reply was sent to you directly.",
                "Thank you for your patience. Our reply to this request was provided to the "
                "requester by post."],
}

SCOTLAND_DECISION = {
    "full": ["I am pleased to provide the information you have requested below.",
             "The information requested is provided in full below."],
    "partial": ["Some of the information requested is provided below. The remainder is "
                "withheld under {cite} of the Act."],
    "refused": ["I am refusing to provide the information you have requested in terms of "
                "{cite} of the Act."],
    "ncnd": ["Police Scotland can neither confirm nor deny that it holds the information you "
             "have requested, in terms of {cite} of the Act."],
    "not_held": ["In terms of section 17 of the Act, I can confirm that the information you "
                 "have requested is not held by Police Scotland."],
    "cost_limit": ["I regret that I am unable to provide the information requested, as it would "
                   "exceed the cost limit set out in the Fees Regulations. {cite} of the Act "
                   "therefore applies."],
    "vexatious": ["Your request is considered vexatious and, in terms of {cite} of the Act, "
                  "Police Scotland is not obliged to comply with it."],
    "published_elsewhere": ["The information you have requested is otherwise accessible, and "
                            "{cite} of the Act applies."],
    "unknown": ["A reply to this request was issued to the applicant separately."],
}

GREETINGS = ["Dear Sir or Madam,", "Hello,", "To whom it may concern,", "Dear FOI team,",
             "Good afternoon,", ""]
SIGNOFFS = ["Many thanks.", "Yours faithfully,", "Kind regards", "Thank you for your help.",
            "Regards,", ""]
PERIODS_CAL = ["for each of the calendar years {y0} to {y1}", "between 1 January {y0} and "
               "31 December {y1}", "in each year from {y0} to {y1}"]
PERIODS_FIN = ["for each of the financial years {f0} to {f1}", "in each financial year from "
               "{f0} to {f1}"]
