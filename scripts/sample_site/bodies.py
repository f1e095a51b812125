"""The body of each response, in its force's own layout, as blocks (see blocks.py).

Layouts follow ../shared/FORCE-SITES.md: the Met's "reference no" line and "Reason for
decision", South Wales' REQUEST/RESPONSE blocks with <ol> questions, Warwickshire's Q1..Qn with
"Response:", Cleveland's "Enquiry Reference", West Midlands' Request/Response/Reason for decision,
PSNI's Request N / Answer N pairs and Police Scotland's letters.
"""
from __future__ import annotations

from random import Random

from .blocks import Block
from .plan import Response
from .wording import (
    DECISION,
    FOISA_REASON_FOR_SECTION,
    NATIONAL,
    REASON_FOR_SECTION,
    SCOTLAND_DECISION,
    cite,
    split_label,
)

# Paragraphs each force prints on every response (its own, not shared).
FORCE_CLOSING = {
    "metropolitan-police": (
        "If you are unhappy with the way your request has been handled you may ask for an "
        "internal review within 40 working days of this response. Please quote the reference "
        "number above in any further correspondence with the Information Rights Unit."),
    "south-wales-police": (
        "South Wales Police aims to be open about the information it holds. If you are not "
        "satisfied with this response you may ask the Freedom of Information team to look at "
        "it again, and then complain to the Information Commissioner."),
    "warwickshire-police": (
        "Your request has been handled by the joint information compliance team. You have the "
        "right to request a review of this decision by writing to the team within two months."),
    "cleveland-police": (
        "Should you wish to challenge this decision, write to the Disclosure Unit within 40 "
        "working days, setting out the reasons you consider the response to be wrong."),
    "west-midlands-police": (
        "West Midlands Police publishes responses that are likely to interest the wider public. "
        "Personal details of the person who asked have been removed."),
    "police-scotland": (
        "Should you require any further assistance please contact Information Management "
        "quoting the reference number given. If you are dissatisfied with this response you may "
        "request a review within 40 working days, and thereafter apply to the Scottish "
        "Information Commissioner."),
    "police-service-of-northern-ireland": (
        "If you have any queries about this answer, contact the Corporate Information Branch. "
        "You may ask for an internal review within two calendar months of this reply."),
}


def _rng(r: Response) -> Random:
    return Random(f"{r.force.slug}|{r.reference}|{r.variant}")


def _long(d) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def _ordinal(d) -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B %Y')}"


def received_line(r: Response) -> str | None:
    """The sentence of the letter that says when the request arrived, in one of the wordings
    forces use (None when the response does not say)."""
    if r.received is None:
        return None
    style = r.variant % 3
    if style == 0:
        return (f"Your request dated {_long(r.request_dated)}, which we received on "
                f"{_long(r.received)}, has now been considered.")
    if style == 1:
        return f"Thank you for your request for information, received on {_long(r.received)}."
    return (f"I write in connection with your request for information received by "
            f"{r.force.name} on {r.received.strftime('%d/%m/%Y')}.")


def decision_text(r: Response, rng: Random) -> str:
    table = SCOTLAND_DECISION if r.force.act == "FOISA" else DECISION
    text = rng.choice(table[r.outcome])
    text = text.format(cite=cite(r.exemptions, rng, r.force.act) if r.exemptions else "",
                       force=r.force.name)
    if r.outcome == "partial" and r.ncnd:
        text += (f" For part of the request {r.force.name} neither confirms nor denies "
                 "whether information is held.")
    return text


def reason_blocks(r: Response, rng: Random, pit_heading: str = "Public Interest Test",
                  harm_heading: str | None = None) -> list[Block]:
    """The reasoning after the decision: harm, NCND, cost, advice, links, public interest."""
    out: list[Block] = []
    scot = r.force.act == "FOISA"
    if r.outcome == "cost_limit":
        out += [("p", NATIONAL["cost_scotland" if scot else "cost"]),
                ("p", NATIONAL["advice"] if not scot else
                 "You may wish to consider narrowing your request to a shorter period.")]
    elif r.outcome == "vexatious":
        out.append(("p", NATIONAL["vexatious"]))
    elif r.outcome == "published_elsewhere":
        out += [("p", NATIONAL["published"]), ("link", "Published figures", r.published_link)]
    elif r.outcome == "not_held":
        out.append(("p", NATIONAL["not_held"]))
    elif r.outcome in ("partial", "refused", "ncnd"):
        seen = set()
        if r.ncnd:
            personal = any(x.startswith("s40") for x in r.exemptions) or (
                scot and "s38(1)(b)" in r.exemptions)
            key = "ncnd_personal" if personal else "ncnd_covert"
            out.append(("p", NATIONAL[key]))
            seen.add(key)
        reasons = FOISA_REASON_FOR_SECTION if scot else REASON_FOR_SECTION
        for label in r.exemptions:
            key = reasons.get(split_label(label)[0])
            if key and key not in seen and not (scot and key == "ncnd_covert"):
                seen.add(key)
                out.append(("p", NATIONAL[key]))
        if r.pit and not (r.force.platform == "wordpress"):
            if harm_heading:
                out += [("h", harm_heading, 3), ("p", NATIONAL["harm_tactics"])]
            out += [("h", pit_heading, 3),
                    ("h", "Factors favouring disclosure", 4), ("p", NATIONAL["pit_for"]),
                    ("h", "Factors favouring non-disclosure", 4),
                    ("p", NATIONAL["pit_against"]), ("h", "Balance test", 4),
                    ("p", NATIONAL["balance_ncnd" if r.outcome == "ncnd" else "balance"])]
        elif r.pit:
            out.append(("p", "The prejudice test and public interest test are set out in the "
                             "attached document."))
    return out


def _table_blocks(r: Response) -> list[Block]:
    if r.table and r.table_where == "inline":
        return [("table", r.table)]
    if r.table:
        return [("p", "The figures for this request are in the attached file; they are not "
                      "reproduced on this page.")]
    return []


def _request_intro(r: Response) -> list[Block]:
    return [("p", t) for t in (r.greeting, r.preamble) if t]


def _signoff(r: Response) -> list[Block]:
    return [("p", r.signoff)] if r.signoff else []


def met(r: Response) -> list[Block]:
    rng = _rng(r)
    out: list[Block] = [("p", f"Freedom of information request reference no: {r.reference}")]
    if r.received:
        out.append(("p", "I write in connection with your request for information received by "
                         f"the Metropolitan Police Service (MPS) on "
                         f"{r.received.strftime('%d/%m/%Y')}."))
    out.append(("p", "I note you seek access to the following information:"))
    out += [("p", f"{i}. {q}") for i, (q, _) in enumerate(r.asks, 1)]
    out += [("h", "Decision", 2), ("p", decision_text(r, rng)), ("h", "Reason for decision", 2)]
    for i, (q, a) in enumerate(r.asks, 1):
        if a:
            out += [("p", f"Question {i}: {q}"), ("p", a)]
    out += _table_blocks(r) + reason_blocks(r, rng, "Prejudice Test/Public Interest Test (PIT)")
    return out + [("p", FORCE_CLOSING[r.force.slug])]


def south_wales(r: Response) -> list[Block]:
    rng = _rng(r)
    out: list[Block] = [("h", "REQUEST", 2)] + _request_intro(r)
    out += [("ol", [q for q, _ in r.asks])] + _signoff(r)
    out.append(("h", "RESPONSE", 2))
    if r.received and r.variant % 2:
        out.append(("p", f"Date received: {r.received.strftime('%d/%m/%Y')}"))
    elif r.received:
        out.append(("p", received_line(r)))
    out.append(("p", decision_text(r, rng)))
    i = 0
    while i < len(r.asks):            # equal answers to consecutive questions are grouped
        a = r.asks[i][1]
        j = i + 1
        while j < len(r.asks) and a and r.asks[j][1] == a:
            j += 1
        if a:
            label = f"Question {i + 1}" if j == i + 1 else f"Questions {i + 1} & {j}"
            if j - i > 2:
                label = f"Questions {i + 1} - {j}"
            out += [("h", label, 3), ("p", a)]
        i = j
    out += _table_blocks(r) + reason_blocks(r, rng, harm_heading="Overall Harm")
    return out + [("p", FORCE_CLOSING[r.force.slug])]


def warwickshire(r: Response) -> list[Block]:
    rng = _rng(r)
    out: list[Block] = [("p", f"FREEDOM OF INFORMATION REQUEST REFERENCE NO: {r.reference}")]
    if r.received:
        out.append(("p", "Thank you for your request for information received on "
                         f"{_ordinal(r.received)}."))
    out.append(("p", decision_text(r, rng)))
    for i, (q, a) in enumerate(r.asks, 1):
        out.append(("p", f"Q{i} {q}"))
        if a:
            out.append(("p", f"Response: {a}"))
    out += _table_blocks(r) + reason_blocks(r, rng)
    out += [("p", FORCE_CLOSING[r.force.slug]),
            ("p", f"Date of response: {r.published.strftime('%d/%m/%Y')}")]
    return out


def cleveland(r: Response) -> list[Block]:
    rng = _rng(r)
    letters = "abcdefgh"
    bullets = r.variant % 2 == 0
    out: list[Block] = [("p", f"Date: {r.published.strftime('%d/%m/%y')}"),
                        ("p", f"Enquiry Reference: {r.reference}")]
    if r.received:
        out.append(("p", f"Date received: {r.received.strftime('%d/%m/%y')}"))
    out.append(("h", "Request", 2))
    out += _request_intro(r)
    if bullets:
        out.append(("ul", [q for q, _ in r.asks]))
    else:
        out += [("p", f"{letters[i]}) {q}") for i, (q, _) in enumerate(r.asks)]
    out += [("h", "Response", 2), ("p", decision_text(r, rng))]
    for i, (q, a) in enumerate(r.asks):
        if a:
            out.append(("p", f"{letters[i]}) {a}" if not bullets else f"{q} – {a}"))
    out += _table_blocks(r) + reason_blocks(r, rng)
    return out + [("p", FORCE_CLOSING[r.force.slug])]


def west_midlands(r: Response) -> list[Block]:
    rng = _rng(r)
    out: list[Block] = [("h", "Request", 2)] + _request_intro(r)
    style = r.variant % 3
    if style == 0:
        out.append(("p", " ".join(q for q, _ in r.asks)))
    elif style == 1:
        out.append(("ul", [q for q, _ in r.asks]))
    else:
        out += [("p", f"{i}) {q}") for i, (q, _) in enumerate(r.asks, 1)]
    out += _signoff(r) + [("h", "Response", 2)]
    if r.received:
        out.append(("p", received_line(r)))
    out.append(("p", decision_text(r, rng)))
    for i, (q, a) in enumerate(r.asks, 1):
        if a:
            out += [("p", q), ("p", a)] if style == 0 else [("p", f"{i}) {a}")]
    out += _table_blocks(r)
    reasons = reason_blocks(r, rng)
    if reasons:
        out += [("h", "Reason for decision", 2)] + reasons
    return out + [("p", FORCE_CLOSING[r.force.slug])]


def psni(r: Response) -> list[Block]:
    rng = _rng(r)
    out: list[Block] = [("p", f"Request Number: {r.reference}")]
    if r.received and r.variant % 2:
        out.append(("p", f"Date Received: {_long(r.received)}"))
    out.append(("p", f"Subject: {r.title}"))
    if r.received and not r.variant % 2:
        out.append(("p", received_line(r)))
    out.append(("p", decision_text(r, rng)))
    for i, (q, a) in enumerate(r.asks, 1):
        out += [("h", f"Request {i}", 3), ("p", q), ("h", f"Answer {i}", 3),
                ("p", a or "Please see the decision above.")]
    out += _table_blocks(r) + reason_blocks(r, rng)
    return out + [("p", FORCE_CLOSING[r.force.slug])]


def scotland_letter(r: Response) -> list[Block]:
    rng = _rng(r)
    out: list[Block] = [
        ("p", f"Our Ref: {r.reference}"),
        ("p", f"Date: {r.published.day} {r.published.strftime('%B %Y')}"),
        ("h", "Freedom of Information Request", 2)]
    if r.received and r.variant % 2:
        out.append(("p", f"Thank you for your request received on {_long(r.received)}."))
    elif r.received:
        out.append(("p", f"Your request dated {_long(r.request_dated)} was received by Police "
                         f"Scotland on {_long(r.received)}."))
    out.append(("p", "You asked:"))
    out.append(("ul", [q for q, _ in r.asks]))
    out.append(("p", decision_text(r, rng)))
    for q, a in r.asks:
        if a:
            out += [("p", q), ("p", a)]
    if r.table and r.table_where == "inline":
        out.append(("table", r.table))
    elif r.table:
        out.append(("p", "The figures are provided in the accompanying spreadsheet."))
    out += reason_blocks(r, rng, pit_heading="Public interest test")
    return out + [("p", FORCE_CLOSING[r.force.slug])]


BODY = {"metropolitan-police": met, "south-wales-police": south_wales,
        "warwickshire-police": warwickshire, "cleveland-police": cleveland,
        "west-midlands-police": west_midlands, "police-scotland": scotland_letter,
        "police-service-of-northern-ireland": psni}


def body_blocks(r: Response) -> list[Block]:
    return BODY[r.force.slug](r)


def pit_document(r: Response) -> list[Block]:
    """The separate prejudice/public interest test document West Midlands attaches."""
    return [("h", f"Prejudice Test/Public Interest Test – {r.reference}", 1),
            ("h", "Harm in disclosure", 2), ("p", NATIONAL["harm_tactics"]),
            ("h", "Factors favouring disclosure", 2), ("p", NATIONAL["pit_for"]),
            ("h", "Factors favouring non-disclosure", 2), ("p", NATIONAL["pit_against"]),
            ("h", "Balance test", 2),
            ("p", NATIONAL["balance_ncnd" if r.outcome == "ncnd" else "balance"])]
