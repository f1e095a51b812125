"""Cited FOIA/FOISA sections -> normalised exemption labels (../shared/contract/exemptions.md)."""
from __future__ import annotations

import re

from parsers.fields import force_words
from parsers.fields.outcome_cues import DISCLAIMED, HYPOTHETICAL, PATTERNS, ncnd_withdrawn

FOIA_NAMES = {
    12: "Cost of compliance", 14: "Vexatious or repeated requests",
    21: "Information accessible by other means", 22: "Information intended for future publication",
    23: "Security bodies", 24: "National security", 26: "Defence", 27: "International relations",
    28: "Relations within the UK", 29: "The economy", 30: "Investigations and proceedings",
    31: "Law enforcement", 32: "Court records", 33: "Audit functions",
    34: "Parliamentary privilege", 35: "Formulation of government policy",
    36: "Prejudice to effective conduct of public affairs",
    37: "Communications with the Royal Family and honours", 38: "Health and safety",
    39: "Environmental information", 40: "Personal information",
    41: "Information provided in confidence", 42: "Legal professional privilege",
    43: "Commercial interests", 44: "Prohibitions on disclosure",
}
# Freedom of Information (Scotland) Act 2002 numbering, used by Police Scotland.
FOISA_NAMES = {
    12: "Excessive cost of compliance", 14: "Vexatious or repeated requests",
    18: "Neither confirm nor deny", 25: "Information otherwise accessible",
    26: "Prohibitions on disclosure", 27: "Information intended for future publication",
    28: "Relations within the United Kingdom", 29: "Formulation of Scottish Administration policy",
    30: "Prejudice to effective conduct of public affairs", 31: "National security and defence",
    32: "International relations", 33: "Commercial interests and the economy",
    34: "Investigations by Scottish public authorities and proceedings arising out of such investigations",
    35: "Law enforcement", 36: "Confidentiality", 37: "Court records",
    38: "Personal information", 39: "Health, safety and the environment",
    40: "Audit functions", 41: "Communications with Her Majesty etc. and honours",
}
NCND_LABELS = {
    "s23(5)", "s24(2)", "s26(3)", "s27(4)", "s28(3)", "s29(2)", "s30(3)", "s31(3)", "s32(3)",
    "s33(3)", "s34(2)", "s35(3)", "s36(3)", "s37(2)", "s38(2)", "s39(2)", "s40(5)", "s40(5A)",
    "s40(5B)", "s41(2)", "s42(2)", "s43(3)", "s44(2)",
}

# A paragraph is one letter or a roman numeral ("(b)", "(iii)"): a bracketed word after the
# number is a gloss, not a part ("Section 12 (cost)" is s12, never "s12(cost)").
_PARA = r"(?:[a-z]|[ivx]{2,4})"
_PARTS = rf"(?:\s?\(\s?[0-9]{{1,2}}[A-Za-z]?\s?\))*(?:\s?\(\s?{_PARA}\s?\))*"
_ONE = rf"(\d{{1,2}}[A-Z]?)(?!\d)\s?({_PARTS})"  # never the start of "section 297" of another Act
# An exemption's name in brackets between list items: "Sections 24(2) (National Security) and 31(3)".
# (or lower-cased: "sections 35(1)(a) and (b) (law enforcement), 39(1) (health, safety and the environment) and 38(1)(b)")
_NAMED = r"(?:\s?\([A-Za-z][A-Za-z ,&'’-]{2,40}\))?"
# "Section 40(2)", "s40(2)", "S.31(1)(a)(b)", "sections 23(5), 24(2) and 31(3)", "Sec 12"
_CITE = re.compile(
    rf"\b(sections?|secs?\.?|ss?\.?|exemptions?)\s?{_ONE}(?P<letters>(?:(?:\s?(?:,|and|&|or)\s?\(\s?[a-z]\s?\))+(?=\s?\([A-Za-z]{{3}}|\s?(?:,|and|&|or)\s?\d{{1,2}}[A-Z]?\s?\(\s?\d))?)(?P<tail>(?:{_NAMED}\s?(?:,|and|&|or|/)\s?(?:s\.?\s?)?\d{{1,2}}[A-Z]?\s?{_PARTS}(?!\d|[./]\d))*)",
    re.IGNORECASE,
)
# The next item of a list whose names are printed without brackets: " National security and
# defence, 35(1)(a)" (the number must carry a subsection, so no year or count is taken).
_NAMED_LINK = re.compile(r"\s+(?:[-–—:]\s+)?[A-Z][A-Za-z'’-]+(?:\s+(?:[A-Za-z'’-]+|&)){0,5}?\s?(?:,\s?and|,|and|&|or)\s+"
                         rf"(\d{{1,2}}[A-Z]?)\s?(\(\s?\d{{1,2}}[A-Z]?\s?\)(?:\s?\(\s?{_PARA}\s?\))*)(?!\d|[./]\d)")
# An exemption list line without the word "section": "40(2) - Personal Information"
_BARE_LINE = re.compile(rf"^\s*(\d{{2}})\s?(\(\s?[0-9]{{1,2}}[A-Z]?\s?\){_PARTS})\s*[-–—:]\s*[A-Z]", re.M)
_LIST_ITEM = re.compile(rf"(?:s\.?\s?)?(\d{{1,2}}[A-Z]?)\s?({_PARTS})", re.IGNORECASE)
_OF = re.compile(r"^[^.;\n]{0,40}?\bof\s+(?:the\s+)?", re.I)
_ACT_NAME = re.compile(
    # ("the Anti-social Behaviour, Crime and Policing Act 2014": hyphens and commas in the name)
    # ("the Offences Against the Person Act 1861": small words inside the name)
    r"(?:[A-Z][\w'’-]*(?:,?\s+(?:and|of|the|for|to|in|on|&|[A-Z][\w'’-]*|\(\w+\)))*\s+(?:Act|Regulations?|Order)\b|DPA\b|U?K?\s?GDPR\b|PACE\b"
    # "sections 12 and 14 of the 1986 Act": an Act named by its year (never the FOI Acts' 2000 / 2002)
    r"|(?!2000\b|2002\b)(?:18|19|20)\d\d\s+Act\b)")
_FOI_ACT_BEFORE = re.compile(r"Information\s+(?:\(Scotland\)\s+)?Act\s+\d{4},?\s*\(?\s*(?:\w+\s+)?$")
# Other Acts by the short names forces print before a section number ("PACE section 42").
_ACT_ABBREV_BEFORE = re.compile(r"\b(?:PACE|RIPA|IPA|CJPOA|CPIA|MDA|RTA|DPA|TA|SOA|POCA|PPA)\s*$")
_FOI_ACT = re.compile(r"(?:freedom\s+of\s+information|FOI|FOISA|Act\b)", re.I)


# Other Acts by the short names forces print straight after a section ("s38(6) PACE").
_ACT_ABBREV_AFTER = re.compile(r"^\s*(?:of\s+(?:the\s+)?)?(?:PACE|RIPA|IPA|CJPOA|CPIA|MDA|RTA|POCA|PPA)\b")


# A section named as a police power by the thing done under it ("S23 searches", "section 60
# authorisations", "s44 stops"): a power of another Act, never an FOI exemption.
_POWER_USE = re.compile(r"^[ \t]*(?:searche?s|stops|stop\s+and\s+search(?:es)?|authori[sz]ations?|warrants"
                        r"|detentions|seizures|arrests)\b", re.I)


# A police power named before its section ("Directions to leave issued under section 35", "closure
# orders made under section 80"): the Anti-social Behaviour, Crime and Policing Act's, never FOI's.
_POWER_BEFORE = re.compile(r"\b(?:directions?\s+to\s+(?:leave|disperse)|dispersal\s+(?:directions?|orders?|notices?|powers?|zones?)"
                           r"|closure\s+(?:notices?|orders?)|community\s+protection\s+(?:notices?|warnings?)"
                           r"|public\s+spaces\s+protection\s+orders?|criminal\s+behaviour\s+orders?)"
                           r"(?:(?!\bunder\b)[^.;\n]){0,40}?\bunder\s+(?:section|s\.?)\s*\d{1,3}[A-Za-z]?(?:\s?\(\w{1,4}\))*$", re.I)


# Another Act named by its title with no year, the section straight after it: "Misuse of Drugs Act s23",
# "Firearms Act s47" (a stop-and-search table's rows). Not "the Act s40" (this Act).
_NAMED_ACT_JUST_BEFORE = re.compile(r"(?<![\w'’])(?!(?:The|This|That|Said|Same|Freedom)\b)[A-Z][a-z'’]+"
                                    r"(?:\s+(?:and|of|the|for|to|in|on|&|[A-Z][a-z'’]+))*\s+Act\s*,?\s*$")


def _other_act(after: str) -> bool:
    """'section 43 of the Terrorism Act' cites another law; 'of the FOI Act' or 'of the Act' does not."""
    if _POWER_USE.match(after):
        return True
    if re.match(r"\s*(?:of\s+)?(?:the\s+)?(?:freedom\s+of\s+information|foisa?\b|foi\b)", after, re.I):
        return False  # "s12(1) Freedom of Information Act 2000": the FOI Act named straight after
    if _ACT_ABBREV_AFTER.match(after):
        return True
    m = _OF.match(after)
    if not m:
        return False
    rest = after[m.end():]
    return not _FOI_ACT.match(rest) and bool(_ACT_NAME.match(rest))


_THAT_ACT = re.compile(r"^[^.;\n]{0,40}?\bof\s+(?:that|the\s+same|the\s+said|this)\s+Act\b", re.I)


def _that_other_act(text: str, end: int) -> bool:
    """'… the Regulation of Investigatory Powers Act 2000, and section 29 of that Act …': the Act
    referred back to is the one named earlier in the sentence, when that is not the FOI Act."""
    if not _THAT_ACT.match(text[end:end + 80]):
        return False
    # the Act named last before it, in its sentence or the one before ("… under section 24 of the
    # Crime and Security Act 2010.\n2. … under section 27 of the same Act.")
    start = max(0, end - 400)
    named = [m.group(0) for m in _ACT_NAME.finditer(text[start:end])]
    return bool(named) and not _FOI_ACT.match(named[-1].strip()) and "information" not in named[-1].lower()


_CORRECTED = re.compile(r"\b(?:correct\s+(?:provision|exemption|subsection)|amended\s+to|should\s+have\s+(?:been|cited)"
                        r"|(?:was|is)\s+incomplete|cited\s+in\s+error|instead\s+of|in\s+place\s+of)\b", re.I)
_ROMAN = {"ii", "iii", "iv", "vi", "vii", "viii", "ix"}


def _labels(section: str, parts: str) -> list[str]:
    bits = re.findall(r"\(\s?([0-9A-Za-z]+)\s?\)", parts)
    nums = [b.upper() if b[0].isdigit() else b for b in bits if b[0].isdigit()]
    letters = [b.lower() for b in bits if not b[0].isdigit()]
    base = "s" + section.upper() + "".join(f"({n})" for n in nums)
    if not letters:
        return [base]
    out: list[str] = []
    for letter in letters:
        prev = out[-1][-2] if out else ""
        if out and (letter in _ROMAN or (letter == "i" and prev != "h")):  # (a)(ii): a sub-paragraph of the letter before it
            out[-1] += f"({letter})"
        else:
            out.append(f"{base}({letter})")
    return out


# Section 40's conditions are not exemptions of their own (exemptions.md): s40(2)'s paragraphs and
# the conditions in s40(3), (3A), (3B), (4), (4A) give s40(2); the paragraphs of s40(5), (5A), (5B)
# give that subsection ("40(2)&(3)" -> s40(2); "40(5B)(a)(i)" -> s40(5B)).
_S40_CONDITIONS = {"2", "3", "3A", "3B", "4", "4A"}


def _foia_s40(label: str) -> str:
    m = re.match(r"s40\((\d+[A-Z]?)\)", label)
    if not m:
        return label
    return "s40(2)" if m.group(1) in _S40_CONDITIONS else f"s40({m.group(1)})"


# FOISA's personal-data exemption likewise: the conditions in s38(2A), (2B), (3A) (as amended by the
# Data Protection Act 2018) are part of s38(1)(b) ("38(1)(b), read with 38(2A)" -> s38(1)(b)).
_FOISA_S38_CONDITIONS = {"2A", "2B", "3A"}


def _foisa_s38(label: str) -> str:
    m = re.match(r"s38\((\d+[A-Z]?)\)", label)
    return "s38(1)(b)" if m and m.group(1) in _FOISA_S38_CONDITIONS else label


def _allowed(section: int, act: str) -> bool:
    names = FOISA_NAMES if act == "FOISA" else FOIA_NAMES
    return section in names


_EXEMPTION_SENTENCE = re.compile(
    r"exempt|engag|\brel(?:y|ies|ied|iance)\b|public\s+interest|prejudice|withh[oe]ld|"
    r"neither\s+confirm|refus|applies|applied|\bapply\b|harm|"
    # the FOI Act named, or the cost limit and s14's words ("Section 12 of the Freedom of Information
    # Act 2000 means that we do not have to comply …")
    r"freedom\s+of\s+information|\bfoi(?:a|sa)?\b|\bof\s+the\s+act\b|\bcost|appropriate\s+limit|\bcompl(?:y|iance)\b|"
    r"vexatious|repeated|accessible", re.I)


def _names_exemption(label: str, sentence: str, act: str) -> bool:
    names = FOISA_NAMES if act == "FOISA" else FOIA_NAMES
    name = names.get(int(re.match(r"s(\d+)", label).group(1)), "")
    return bool(name) and name.lower() in sentence.lower()


def _sentence_at(text: str, end: int) -> str:
    """The sentence (or line) around a citation ending at `end`."""
    start = max(text.rfind(".", 0, end - 12), text.rfind("\n", 0, end), 0)
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    return text[start:min(stops) if stops else len(text)]


_SPLIT_SECTION = re.compile(r"\b(Sec|sec|SEC)-[ \t]*\n[ \t]*(tions?|TIONS?)\b")
# "… is withheld under Section" / "43(2) of the Freedom of Information Act": the word ends one
# line of a hard-wrapped paragraph and its number starts the next.
_WRAPPED_SECTION = re.compile(r"\b(sections?|secs?\.?|s\.)[ \t]*\n[ \t]*(?=\d{1,2}[A-Z]?(?:\s?\(|\s+of\b))", re.I)


def find_labels(text: str, act: str = "FOIA", context: str = "") -> list[str]:
    """Every exemption label cited in text, in first-cited order, once each. `context` (the
    request) cites nothing here, but a section it ties to another Act ("stopped under section 43
    of the Terrorism Act 2000") is that Act's in the text too, unless read there as an exemption."""
    text = _SPLIT_SECTION.sub(r"\1\2", text)  # "withheld under Sec-" / "tion 30(1)(a)": hyphenated at a line end
    text = _WRAPPED_SECTION.sub(r"\1 ", text)
    found, elsewhere, cited_at = _citations(text, act)
    ties = _citations(context, act)[1] if context else set()
    return _settled(text, act, found, elsewhere, ties, cited_at)


def _citations(text: str, act: str) -> tuple[list[str], set[str], dict[str, list[int]]]:
    """(labels cited, in order; labels tied to another Act; where each label was cited)."""
    found: list[str] = []
    elsewhere: set[str] = set()  # labels the text ties to another Act somewhere
    cited_at: dict[str, list[int]] = {}  # where each label found was cited (end of the number)

    def add(section: str, parts: str, end: int) -> None:
        if not section.isdigit():
            return  # no exemption has a lettered number: "section 30C" cites another Act
        num = int(section)
        if not _allowed(num, act):
            return
        if _other_act(text[end:end + 120]) or _that_other_act(text, end) or _POWER_BEFORE.search(text[max(0, end - 120):end]):
            elsewhere.update(_labels(section, parts))
            return  # e.g. "section 43 of the Terrorism Act"
        for label in _labels(section, parts):
            label = _foisa_s38(label) if act == "FOISA" else _foia_s40(label)
            cited_at.setdefault(label, []).append(end)
            if label not in found:
                found.append(label)

    for m in _CITE.finditer(text):
        word = m.group(1).lower().rstrip(".")
        if word in ("s", "ss") and not m.group(3) and not re.match(r"\d", text[m.start(2):]):
            continue
        if word == "s" and m.start(1) > 0 and text[m.start(1) - 1] in "'’":
            continue  # possessive "force's 40"
        if re.match(r"\s?(?:to|[-–])\s?\d", text[m.end(3) if m.group(3) else m.end(2):][:8]) and not m.group(3):
            continue  # "any of sections 28 to 35, 38, 39(1) or 41": the Act's range described (FOISA s18)
        tail = m.group("tail") or ""
        parts = m.group(3) or ""
        if m.group("letters") and re.search(r"\([a-z]\)$", parts):
            # "sections 35(1)(a) and (b) (law enforcement), 39(1) …": the letters before the list goes on
            parts += "".join(f"({x})" for x in re.findall(r"\(\s?([a-z])\s?\)", m.group("letters")))
        # "section 35(1)(a) and (b)": the later letters hang off the same subsection.
        more = re.match(r"(?:\s?(?:,|and|&|or)\s?\(\s?[a-z]\s?\))+", text[m.end():m.end() + 40])
        if more and not tail and re.search(r"\([a-z]\)$", parts):
            parts += "".join(f"({x})" for x in re.findall(r"\(\s?([a-z])\s?\)", more.group()))
        # "Section 40(2)&(3)": a second subsection of the same section.
        sub = re.match(r"\s?(?:&|and|,)\s?(\(\s?\d{1,2}[A-Z]?\s?\))", text[m.end():m.end() + 12])
        if sub and not tail:
            add(m.group(2), sub.group(1), m.end())
        if re.search(r"\b[A-Z][\w'’]*(?:\s+(?:and|of|the|for|to|in|on|&|[A-Z][\w'’]*))*\s+Act\s+\d{4},?\s*\(?\s*"
                     r"(?:(?:including|in\s+particular|namely|such\s+as|especially|chiefly|mainly)\s+)?$",
                     text[max(0, m.start() - 60):m.start()]) and not _FOI_ACT_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            continue  # "Town & Police Act 1847, Section 21", "the Sexual Offences Act 2003, including sections 9 and 14"
        if (named := _NAMED_ACT_JUST_BEFORE.search(text[max(0, m.start() - 60):m.start()])) \
                and "information" not in named.group(0).lower():
            continue  # a table row "Misuse of Drugs Act s23": the power of the Act named just before it
        if _ACT_ABBREV_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            elsewhere.update(_labels(m.group(2), parts))
            continue  # "(PACE section 42)", "RIPA s.29": another Act's section, its short name first
        add(m.group(2), parts, m.end())
        items = list(_LIST_ITEM.finditer(tail))
        for k, item in enumerate(items):
            item_parts = item.group(2) or ""
            if more and k == len(items) - 1 and re.search(r"\([a-z]\)$", item_parts) \
                    and _LETTERS_END.match(text, m.end() + more.end()):
                # "sections 34(1)(b) and 35(1)(a) and (b)": the letters after the list hang off its last item
                item_parts += "".join(f"({x})" for x in re.findall(r"\(\s?([a-z])\s?\)", more.group()))
            add(item.group(1), item_parts, m.end())
        at = m.end() + (more.end() if more and not tail else 0)
        while (link := _NAMED_LINK.match(text, at)):
            # "sections 31(1) National security and defence, 35(1)(a) and (b) Law enforcement, and
            # 38(1)(b) Personal information": each name printed without brackets before the next
            parts = link.group(2)
            letters = re.match(r"(?:\s?(?:,|and|&|or)\s?\(\s?[a-z]\s?\))+", text[link.end():link.end() + 40])
            if letters and re.search(r"\([a-z]\)$", parts):
                parts += "".join(f"({x})" for x in re.findall(r"\(\s?([a-z])\s?\)", letters.group()))
            add(link.group(1), parts, link.end())
            at = link.end() + (letters.end() if letters else 0)
    for m in _BARE_LINE.finditer(text):
        add(m.group(1), m.group(2), m.end(2))
    return found, elsewhere, cited_at


def _settled(text: str, act: str, found: list[str], elsewhere: set[str], ties: set[str],
             cited_at: dict[str, list[int]]) -> list[str]:
    # "The section 38(6) figures …" in a response whose table heads "Requests under s38(6) PACE":
    # a subsection tied to another Act anywhere in the text is that Act's wherever it is named.
    found = [lab for lab in found if "(" not in lab or lab not in elsewhere]
    # A section the request ties to another Act ("section 43 of the Terrorism Act 2000") is that
    # Act's in the reply too ("they are not searches under section 43"), unless some mention of it
    # reads as an exemption: its sentence speaks of exempting, engaging, relying, withholding, the
    # FOI Act or the cost limit, or names the exemption ("Section 12 - Cost of compliance").
    found = [lab for lab in found if lab not in ties
             or any(_EXEMPTION_SENTENCE.search(s := _sentence_at(text, end)) or _names_exemption(lab, s, act)
                    for end in cited_at[lab])]
    # "Section 30(3) allows the force to neither confirm nor deny … information which, if held, would be
    # exempt under section 30(1)": the provision relied on (30(3)) described by the subsection it rests
    # on; that subsection, cited nowhere else, is not relied on itself.
    found = [lab for lab in found if not all(_described_sibling(lab, _sentence_at(text, end)) for end in cited_at[lab])]
    # "… would reveal whether the force has carried out an investigation of the kind described in
    # section 30(1)" beside the 30(3) relied on: the subsection names a kind of thing, nothing is
    # withheld under it
    found = [lab for lab in found if not (
        any(o != lab and o.startswith(re.match(r"s\d+[A-Z]?", lab).group() + "(") and not o.startswith(lab) for o in found)
        and all(_named_as_kind(lab, _sentence_at(text, end)) for end in cited_at[lab]))]
    # s40(5) is the neither-confirm-nor-deny provision's number before 2018, when it became s40(5A)
    # and (5B): a review that corrects it ("The correct provision is section 40(5B)(a)(i)", "amended
    # to …") relies on the new label alone; cited side by side without a correction, both stay.
    if "s40(5)" in found and ({"s40(5A)", "s40(5B)"} & set(found)) and act != "FOISA" and _CORRECTED.search(text):
        found.remove("s40(5)")
    # A bare "section 30" that only refers back to a cited "30(3)" adds nothing; nor does a
    # "Section 30(1) covers …" that refers back to a "30(1)(a)" cited before it (its ancestor, later).
    specific = {re.match(r"s\d+[A-Z]?", lab).group() for lab in found if "(" in lab}
    return [lab for k, lab in enumerate(found) if ("(" in lab or lab not in specific)
            and not any(other.startswith(lab + "(") for other in found[:k])]


_DESCRIBES = re.compile(r"\bsection\s?(\d{1,2}[A-Z]?)\s?\((\d{1,2}[A-Z]?)\)[^.]{0,30}?\b(?:allows|permits|provides|means|removes|relieves"
                        r"|disapplies|applies\s+(?:to|where|when))\b[^.]*\bwould\s+(?:be\s+)?(?:exempt|engaged?)\b", re.I)


# (a clause that goes on after the letters, "… 31(1)(a) and (b) the number of officers trained is not
# held", takes them as its own list mark; the citation ends at punctuation, "of the Act" or a name)
_LETTERS_END = re.compile(r"\s*(?:$|[,.;:)(]|of\b|and\b|or\b|[A-Z]|-|–)")
# (a sentence withholding under the subsection it names relies on it: "… would be exempt under section
# 40(2), so they are withheld")
_WITHHOLDING_WORDS = re.compile(r"\bwithh[eo]ld|\bwithholding\b|\bredact|\brefus", re.I)


_DESCRIBED_IN = re.compile(r"\b(?:described|defined|referred\s+to|mentioned|specified)\s+(?:in|by|under|at)\s+"
                           r"(?:section|s\.?)\s?(\d{1,2}[A-Z]?)\s?\((\d{1,2}[A-Z]?)\)", re.I)


def _named_as_kind(label: str, sentence: str) -> bool:
    """The sentence cites the subsection only for what it describes ("an investigation of the kind
    described in section 30(1)") and withholds nothing under it."""
    m = _DESCRIBED_IN.search(sentence)
    return bool(m) and not _WITHHOLDING_WORDS.search(sentence) and label.startswith(f"s{m.group(1)}({m.group(2)})")


def _described_sibling(label: str, sentence: str) -> bool:
    m = _DESCRIBES.search(sentence)
    if not m or _WITHHOLDING_WORDS.search(sentence):
        return False
    own = f"s{m.group(1)}({m.group(2)})"
    return label.startswith(f"s{m.group(1)}(") and not label.startswith(own)


def describe(label: str, act: str = "FOIA") -> dict:
    m = re.match(r"s(\d+)([A-Z]?)(.*)$", label)
    section = int(m.group(1))
    rest = m.group(3)
    names = FOISA_NAMES if act == "FOISA" else FOIA_NAMES
    # "s40(5B)(a)(i)" sits inside the NCND provision s40(5B): the letters only narrow it.
    numeric = re.match(r"s\d+[A-Z]?(?:\(\d+[A-Z]?\))*", label).group()
    ncnd = numeric in NCND_LABELS if act != "FOISA" else section == 18
    return {
        "label": label,
        "section": section,
        "subsection": rest[1:-1] if rest else None,
        "name": names.get(section, "Unknown"),
        "ncnd": ncnd,
    }


_SECTION_NO = re.compile(r"\b(?:sections?|secs?\.?|ss?\.)\s?(\d{1,2})(?!\d)", re.I)


# The exemptions named just before, referred back to: "… neither exemption is engaged", an internal
# review's "That exemption has been withdrawn at the review stage".
_BOTH_OF_THEM = re.compile(r"\b(?:neither|none)\s+(?:of\s+(?:the|these|those)\s+)?exemptions?\b"
                           # "… no individual could be identified from them, and no exemption has been applied."
                           r"|\bno\s+exemptions?\s+(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:applied|relied\s+(?:up)?on|used|needed|engaged)\b"
                           r"|^\W*(?:that|this|these|those|both|the\s+(?:above|said))\s+exemptions?\b"
                           # "We concluded that …, and that the exemption is not engaged."
                           r"|\b(?:the|that|this)\s+exemption\s+(?:is|was)\s+(?:therefore\s+)?not\s+engaged\b"
                           # "… section 40 applies only to living individuals. It does not therefore apply to
                           # this part of your request." (a section the sentence after names is still relied on)
                           # (the conclusion word required: "It does not apply to the ranks" after "section 40(2)
                           # applies to the names" sets nothing aside)
                           r"|^\W*(?:it|that\s+section|this\s+section|the\s+section)\s+(?:(?:therefore|thus)\s+(?:does|did|would)\s+not"
                           r"|(?:does|did|would)\s+not\s+(?:therefore|thus))\s+(?:apply|be\s+engaged)\b"
                           # "… I concluded that they do not, because …" (the sections weighed just before)
                           r"|^\W*(?:i|we)\s+(?:concluded|decided|found|am\s+satisfied)\s+that\s+(?:they|it|neither|these|those)\s+"
                           r"(?:do|does|did|would)\s+not\b", re.I)


# A review taking back the first reply's exemption: it outranks that reply's reliance above it.
_WITHDRAWN = re.compile(r"\b(?:no\s+longer\s+(?:relied|applied|engaged|being\s+relied|relies|rely|relying|applies|cites)|withdrawn|set\s+aside"
                        # "… but section 31(1)(a) has been removed" (never "data exempt under section 40(2) has been removed from …")
                        r"|(?<!under\s)(?<!by\s)(?<!within\s)\b(?:section|s\.?)\s*\d+[a-z]?(?:\(\w{1,4}\))*\s+(?:has|have)\s+(?:therefore\s+|now\s+)?been\s+removed"
                        r"(?!\s+(?:from|under)\b)(?!\s+in\s+(?!its\s+entirety))"
                        r"|(?:do|does|did)\s+not\s+uphold|\b(?:was|were)\s+(?:therefore\s+)?not\s+(?:correctly|properly|appropriately)\s+applied"
                        r"|\breliance\s+(?:up)?on\s+[^.]{0,40}?\s+(?:was|is|had\s+been|has\s+been)\s+"
                        r"(?:not\s+(?:appropriate|justified|correct|warranted|sustainable)|inappropriate|unjustified|incorrect|mistaken))\b", re.I)


# A finding that the first reply was NOT wrong: "I have found nothing to suggest that … was not correctly applied"
# (never "I am not satisfied that section 31(1)(b) is engaged": that one withdraws it)
_DOUBTED = re.compile(r"\b(?:nothing|no\s+(?:evidence|reason|grounds?))\s+to\s+(?:suggest|show|indicate|think)\b", re.I)


def not_engaged_sections(text: str) -> set[int]:
    """Sections the response considers and finds not engaged, and never relies on elsewhere:
    "Section 31 is not engaged for this figure" (no label, withholds nothing), or an internal
    review's "Section 31(1)(a) is no longer relied upon" (the original decision it reports is
    no reliance)."""
    if not PATTERNS["not_engaged"].search(text):
        return set()
    dropped: set[int] = set()
    narrowed: set[int] = set()   # dropped for named questions only
    relied: set[int] = set()
    relied_labels: set[str] = set()   # the subsections relied on ("s31(1)(a)")
    last_cited: set[int] = set()  # "… under sections 31 and 38." / "Neither exemption is engaged."
    for s, kind in force_words.units(text):
        labels = find_labels(s)
        cited = {int(x) for x in _SECTION_NO.findall(s)} | {
            int(m.group(1)) for lab in labels if (m := re.match(r"s(\d+)", lab))}
        if kind is not None:
            last_cited = cited or last_cited
            continue
        # (never doubted: "I have found nothing to suggest that Section 12(1) was not correctly applied")
        cues = [m for m in PATTERNS["not_engaged"].finditer(s) if not _DOUBTED.search(s[:m.start()])]
        if cues:
            named: set[int] = set()
            for m in cues:  # "I do not uphold the original decision, and the reliance on section 12(1) is withdrawn."
                # the sections named before the cue, or inside it ("considered whether … Section 31 …, but")
                named = ({int(x) for x in _SECTION_NO.findall(s[:m.end()])}
                         # "I do not uphold the use of Section 40(2)": the section straight after the cue
                         or ({int(x) for x in _SECTION_NO.findall(s[m.end():m.end() + 30])}
                             if re.search(r"uphold|no\s+longer\s+(?:relies|rely|relying|applies|cites)", m.group(0), re.I)
                             else set()))  # ("The MPS no longer relies on section 31")
                if named:
                    break
            named = named or (last_cited if _BOTH_OF_THEM.search(s) else set())
            dropped.update(named)
            if _TO_SOME_QUESTIONS.search(s):
                narrowed |= named   # set aside for some questions only
            if _WITHDRAWN.search(s) and not _DOUBTED.search(s):
                # a review's last word: the first reply's reliance above is undone, but not a
                # section still relied on under another subsection ("31(1)(a) upheld; 31(1)(b) is
                # no longer relied upon": withdrawn_labels takes back the one subsection)
                kept, taken = _split_withdrawal(s)   # ("I uphold … 31(1)(a), but …": kept)
                relied_labels.update(kept)
                relied.update(int(re.match(r"s(\d+)", lab).group(1)) for lab in kept)
                relied_labels = {r for r in relied_labels
                                 if not any(r == b or r.startswith(b + "(") for b in taken)}
                relied -= {n for n in named if not any(lab.startswith(f"s{n}(") for lab in relied_labels)}
        elif (PATTERNS["withheld"].search(s) or PATTERNS["ncnd"].search(s)) and not HYPOTHETICAL.search(s):
            relied.update(cited)
            relied_labels.update(lab for lab in labels if "(" in lab)
        elif _KIND_OF_EXEMPTION.search(s) and cited & narrowed:
            relied.update(cited & narrowed)   # after "wrongly applied to question 1": kept for the rest
        last_cited = cited or last_cited
    return dropped - relied


# The force telling what kind of exemption it applies, in a sentence of its own: a reliance, after a
# review found the same section wrongly applied to some questions only ("section 40(2) was wrongly
# applied to questions 1 and 2" … "The reviewer upholds the original decision for question 3. …
# Section 40(2) is an absolute exemption."); before such a finding, or after one that sets the section
# aside for the whole request, it relies on nothing.
_TO_SOME_QUESTIONS = re.compile(r"\b(?:to|for|on|in\s+respect\s+of)\s+(?:questions?|parts?|q)\s?\d", re.I)
_KIND_OF_EXEMPTION = re.compile(r"\b(?:is|are)\s+(?:an?\s+)?(?:absolute|qualified)\s+exemptions?\b", re.I)


_CLAUSE_TURN = re.compile(r",\s*(?:but|however|whereas|although)\b", re.I)


def _split_withdrawal(s: str) -> tuple[list[str], list[str]]:
    """(subsections a withholding clause before the withdrawing one keeps, labels the withdrawing
    clause names): "I uphold the decision to withhold … under section 31(1)(a), but I am not
    satisfied that section 31(1)(b) is engaged …" keeps s31(1)(a) and takes s31(1)(b)."""
    cue = _WITHDRAWN.search(s).start()
    cut = max([s.rfind(".", 0, cue), s.rfind(";", 0, cue), 0]
              + [m.start() for m in _CLAUSE_TURN.finditer(s, 0, cue)])
    upheld = s[:cut]
    kept = [lab for lab in find_labels(upheld) if "(" in lab] if upheld and PATTERNS["withheld"].search(upheld) else []
    return kept, find_labels(s[cut:])


_REPLACED = re.compile(r"\bsubstitut(?:es|ed|ing|e)\s+(?:section|s\.?)\s?\d[^.;]{0,40}?\sfor\s+(?=(?:section|s\.?)\s?\d)", re.I)


def replaced_labels(text: str) -> set[str]:
    """Labels a review replaces with another ("The review substitutes Section 40(5B) for Section
    40(5A)"): the first reply's label, recounted and explained above, is no reliance now unless a
    later sentence names it again ("Section 31(1)(a) still covers the camera locations")."""
    out: set[str] = set()
    for s, kind in force_words.units(text):
        if kind is not None:
            continue
        replacing = list(_REPLACED.finditer(s))
        if out and not replacing:
            out -= set(find_labels(s))
        for m in replacing:
            if cite := _CITE.match(s, m.end()):
                out |= set(find_labels(cite.group()))
    return out


def withdrawn_labels(text: str) -> set[str]:
    """Subsections a review takes back while keeping others of the same section: "I uphold the
    decision to withhold the locations under section 31(1)(a). I am not satisfied that section
    31(1)(b) is engaged and it is no longer relied upon." (not_engaged_sections works by section
    number, and section 31 is still relied on). A later reliance on the same label restores it."""
    if not _WITHDRAWN.search(text):
        return set()
    relied: set[str] = set()
    dropped: set[str] = set()
    for s, kind in force_words.units(text):
        if kind is not None:
            continue
        labels = {lab for lab in find_labels(s) if "(" in lab}
        if not labels:
            continue
        if _WITHDRAWN.search(s) and PATTERNS["not_engaged"].search(s) and not _DOUBTED.search(s):
            # the labels named in the withdrawing clause, not those upheld before it in the sentence
            kept, taken_all = _split_withdrawal(s)
            taken = {lab for lab in taken_all if "(" in lab}
            relied |= set(kept)
            relied -= taken
            dropped |= taken
        elif (PATTERNS["withheld"].search(s) or PATTERNS["ncnd"].search(s)) and not HYPOTHETICAL.search(s):
            relied |= labels
    return dropped - relied


# Sentences whose sections are no labels unless the force's own words cite them too: the requester's
# letters, site text, interim e-mails ("still considering whether section 24(1) applies") and the
# Act's words quoted ("... is relying on a claim that section 12 or 14 applies").
_NOT_CITING = {"requester", "site", "interim", "law", "general", "earlier", "appendix"}


# A section named only as what would apply in another case: "Even if there were a requirement …,
# the cost would engage the Fees Limit under Section 12"; advice that names "would be likely to
# engage Section 40(2) if they were asked for again".
_CONDITIONAL = re.compile(r"\beven\s+(?:if|were)\b"
                          # "Please note that if question 3 means …, it is likely that answering it would exceed the
                          # appropriate limit under Section 12": a warning about a reading of the request, no reliance
                          # ("If the request covers every incident, it is likely that section 12 would apply")
                          r"|\bif\b[^.]{0,150}?\bit\s+is\s+likely\s+that\b[^.]{0,60}?\bwould\s+(?:exceed|apply|be\s+engaged|engage)\b"
                          # "Once the figures are published, any further request for them would be answered by
                          # directing you to the published data under Section 21": how a later request would be met
                          # (a sentence opening on that future, never a decision with a remark about later requests)
                          r"|^\W*(?:once|when|if|after|should)\b[^.]{0,120}?\b(?:further|future|subsequent|later)\s+requests?\b[^.]{0,80}?\bwould\s+be\b"
                          r"|\bwould\s+(?:be\s+likely\s+to\s+)?(?:engage|apply)\b[^.]*\bif\b"
                          # "… where an officer could be identified, the force would consider Section 40(2)"
                          r"|\b(?:would|might|may)\s+(?:need\s+to\s+)?consider\s+(?:applying\s+|relying\s+on\s+)?(?:section|s\.?)\s?\d"
                          # "We considered whether Section 40(2) should be applied …": weighed, not relied on,
                          # unless a sentence of the force's own cites it too
                          r"|\bconsider(?:ed|ing)?\s+whether\s+(?:the\s+)?(?:section|s\.|exemption)"
                          r"(?![^.]*\b(?:is\s+engaged|applies|withheld|(?:is|are)\s+exempt|has\s+been\s+applied|is\s+relied)\b)"
                          # "As no information is held, it has not been necessary to consider whether any exemption,
                          # such as section 31, would apply": nothing weighed
                          r"|\bnot\s+(?:been\s+)?(?:necessary|needed|required)\s+to\s+consider\s+(?:whether|if)\b"
                          # "We also considered section 22 (…), because …": an alternative weighed, then set aside
                          # (not "Having considered Section 40(2), I have decided …": the decision itself)
                          r"|\balso\s+considered\s+(?:applying\s+|relying\s+on\s+)?(?:section|s\.?)\s?\d{1,2}\b"
                          r"(?![^.]*\b(?:is\s+engaged|applies|withheld|(?:is|are)\s+exempt|has\s+been\s+applied|is\s+relied)\b)"
                          # "… would ordinarily mean that they could be withheld under section 25" (then given)
                          r"|\b(?:ordinarily|normally|usually)\b[^.]*\bcould\s+be\s+(?:withheld|exempt(?:ed)?|refused)\b",
                          re.I)
# "… so section 21 and not section 22 is the exemption that applies": the section after "not" is set aside.
# A review's "The review substitutes Section 40(5B) for Section 40(5A)", "… 21 instead of section 22",
# "could have referred you … under section 21": the section after "for" / "instead of" / the unused
# option is set aside in that sentence (another clause or sentence citing it keeps it).
_NOT_THIS = re.compile(r"\b(?:and|but|rather\s+than|instead\s+of)\s+not\s+(?=(?:section|s\.?)\s?\d)"
                       r"|\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\s+(?=(?:section|s\.?)\s?\d)"
                       r"|\bsubstitut(?:es|ed|ing|e)\s+(?:section|s\.?)\s?\d[^.;]{0,40}?\s(?P<aside>for\s+)(?=(?:section|s\.?)\s?\d)"
                       # "We could have referred you to that publication under section 21, but …": what was not done
                       r"|\bcould\s+have\s+(?:referred\s+you|relied|applied|refused|cited)\b[^.;,]{0,60}?\s(?:under\s+|on\s+)?(?=(?:section|s\.?)\s?\d)", re.I)


# The earlier decision set aside: a review that overturns it, or a fresh response after the
# Commissioner's decision notice. Then the sections only its account of that decision names are
# no reliance now (a review that upholds relies on them still).
_OVERTURNED = re.compile(r"\b(?:overturn(?:ed|s|ing)?(?!\s+(?:your|the)\s+(?:complaint|appeal))"
                         r"|(?:do|does|did)\s+not\s+uphold\s+(?:the\s+)?(?:original\s+|initial\s+|first\s+)?(?:decision|response|refusal|reliance|use|application)"
                         r"|(?:decision|response|refusal|exemptions?)\s+(?:is|was|has\s+been|are|were)\s+not\s+upheld"
                         # "That decision has not been upheld at the IR stage" (never "your complaint about our
                         # response has not been upheld": the review upholds the refusal)
                         r"|(?<!complaint\sabout\s)(?:\bthat|\bthe|\bthis|\boriginal|\binitial|\bfirst)\s+(?:original\s+|initial\s+)?(?:decision|refusal)"
                         r"\s+(?:has|have)\s+not\s+been\s+upheld"
                         r"|required\s+(?:the\s+(?:force|constabulary|service)|us)\s+to\s+(?:disclose|release|provide|issue\s+a\s+(?:fresh|new))"
                         r"|(?:fresh|new)\s+response\b[^.]{0,40}\b(?:decision\s+notice|commissioner)"
                         r"|(?:completes?|complies?|complying|comply)\s+(?:with\s+)?(?:the\s+)?(?:steps\s+required\s+by\s+)?the\s+decision\s+notice)", re.I)


# What was withheld before and is given now names no exemption relied on (whatever kind of
# sentence it stands in: "Released at internal review; figures previously withheld under section
# 31(1)(a) are now disclosed.")
# the law on published information stated, then set aside: "…, but on this occasion we have provided the
# figures above for ease of reference."
_PROVIDED_ANYWAY = re.compile(r"\b(?:but|however)\b[^.]{0,60}?\b(?:we\s+have|have\s+been|has\s+been)\s+(?:provided|given|included|supplied)\b", re.I)
_NOW_DISCLOSED = re.compile(r"\b(?:previously|originally|initially)\s+withheld\s+under\b[^.;]{0,80}?\b(?:are|is|have\s+been"
                            r"|has\s+been)\s+(?:now\s+)?(?:disclosed|released|provided)\b", re.I)
# (and not when the sentence keeps something back: "… while the camera locations are still exempt and redacted")
_STILL_WITHHELD = re.compile(r"\b(?:remains?|remaining|remainder|still|continues?\s+to\s+be)\b|\bredact|\bexempt\b|\bwithh[oe]ld(?:ing)?\b(?!\s+under\b[^.;]{0,80}?\b(?:are|is|have|has)\s+(?:been\s+)?(?:now\s+)?(?:disclosed|released|provided))", re.I)


# A section weighed and then not needed: "Section 40(2) … was considered for the injury figures, …" /
# "We considered whether the running costs should be withheld under section 43(2) …", where the
# letter goes on to say so: "It has not been necessary to apply the exemption, and nothing has been
# withheld", "… so the exemption does not apply and nothing has been withheld".
_CONSIDERED = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+considered\b|\bconsidered\s+whether\b"
                         r"|\b(?:we|i)\s+(?:also\s+|have\s+|carefully\s+)?considered\b"
                         r"|\bconsideration\s+(?:was|has\s+been|had\s+been)\s+given\s+to\b", re.I)
# ... unless the sentence withholds too: "We also considered the officers' names; these are exempt under
# section 40(2) and have been redacted."
_WITHHOLDS_TOO = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:exempt|redacted|withheld)\b"
                            r"|\bexempt\s+(?:from\s+disclosure\s+)?under\b|\bredact", re.I)


def _weighed_not_needed(sents: list[str]) -> set[int]:
    """The sentences weighing a section that the same sentence, the one before or one of the next two
    says was not needed: each named no exemption relied on."""
    out = set()
    for k, s in enumerate(sents):
        if _CONSIDERED.search(s) and not _WITHHOLDS_TOO.search(re.sub(r"\bwhether\b[^.;]*", "", s)) \
                and any(_NOT_NEEDED.search(x) for x in sents[max(0, k - 1):k + 3]):
            out.add(k)
    return out
_NOT_NEEDED = re.compile(r"\bnot\s+(?:been\s+)?(?:necessary|needed|required)\s+to\s+(?:apply|rely\s+on|use|withhold)\b"
                         r"|\b(?:the|this|that)\s+exemption\s+(?:does|did)\s+not\s+(?:apply|need\s+to\s+be\s+applied)\b"
                         r"|\b(?:the|this|that)\s+exemption\s+(?:was|is)\s+not\s+(?:needed|necessary|required)\b"
                         # "… we concluded that its release would not prejudice policing, and the exemption has not been applied."
                         r"|\b(?:the|this|that)\s+exemption\s+(?:has|was|is)\s+not\s+(?:been\s+)?(?:applied|relied\s+(?:up)?on|used)\b"
                         r"|\bnothing\s+(?:has\s+been|was|is|had\s+to\s+be)\s+withheld\b"
                         r"|\bno\s+information\s+(?:has\s+been|was|had\s+to\s+be)\s+withheld\b", re.I)


_CLAUSE_START = re.compile(r"[;.:]\s|,\s+(?:but|so|and|however|although|whereas|because|as)\b|,\s|\b(?:but|so|because)\s", re.I)
_CLAUSE_END = re.compile(r"[;.]\s|[;.]$|,\s+(?:but|so|and\s+(?:we|i|the|it|this)|however|which|although|whereas|because|as)\b", re.I)


def _clause_around(s: str, m: re.Match) -> tuple[int, int]:
    """The clause of sentence s that holds match m: from the last clause break before it to the
    next after it ("Because we have confirmed …, [we have not relied on … sections 24(2) and 31(3)],
    which …")."""
    start = max([c.end() for c in _CLAUSE_START.finditer(s, 0, m.start())], default=0)
    # "Section 40(5), which would allow …, has not been applied": the subject stands before the aside
    while start > 0 and (not s[start:m.start()].strip() or re.match(r"\s*(?:which|who|whose|that)\b", s[start:m.start()])):
        start = max([c.end() for c in _CLAUSE_START.finditer(s, 0, max(0, start - 2))], default=0)
    after = _CLAUSE_END.search(s, m.end())
    return start, (after.start() if after else len(s))


# The section for information reasonably accessible by other means, by Act.
_ACCESSIBLE_SECTION = {"FOIA": re.compile(r"\b(?:section|s\.?)\s?21\b", re.I),
                       "FOISA": re.compile(r"\b(?:section|s\.?)\s?25\b", re.I)}


def _quoted_only(text: str, act: str, context: str = "") -> set[str]:
    """Labels cited only outside the force's decision words, or only in conditional sentences
    (`context`: the request area, where a fresh response may tell how the first one was set aside)."""
    elsewhere, own = [], []
    not_citing = _NOT_CITING | ({"history"} if _OVERTURNED.search(text) or _OVERTURNED.search(context) else set())
    units = force_words.units(text)
    weighed = _weighed_not_needed([s for s, _ in units])
    # "This information is already published. …" / "Where information is reasonably accessible by
    # other means it is exempt under Section 21 …": the law stated in general words is this reply's
    # reason when the force's own sentence says the information is published
    # (within five sentences after it, and never in a cost or vexatious refusal, whose advice may point
    # to published figures beside an explainer of the Act)
    published = [k for k, (s, kind) in enumerate(units) if kind is None and PATTERNS["published"].search(s)]
    if any(re.match(r"s1[24]\b", lab) for lab in find_labels(text, act)):
        published = []
    accessible = _ACCESSIBLE_SECTION["FOISA" if act == "FOISA" else "FOIA"]
    for k, (s, kind) in enumerate(units):
        if kind == "general" and any(0 < k - j <= 5 for j in published) and accessible.search(s) \
                and not _CONDITIONAL.search(s) and not _PROVIDED_ANYWAY.search(s):
            own.append(s)
        elif kind in not_citing or _CONDITIONAL.search(s) or (_NOW_DISCLOSED.search(s) and not _STILL_WITHHELD.search(s)) \
                or k in weighed:
            elsewhere.append(s)
        elif kind is None and (m := _NOT_THIS.search(s)) and (cite := _CITE.match(s, m.end())):
            # "… section 21 and not section 22 is the exemption": only the section set aside
            aside = m.start("aside") if m.group("aside") else m.start()
            own.append(s[:aside] + " " + s[cite.end():])
            elsewhere.append(s[aside:cite.end()])
        elif kind is None and (m := DISCLAIMED.search(s)):
            # "… exempt under section 40(2); we have not applied section 40(5)": the clause that
            # says what was not relied on names no exemption relied on; the rest of the sentence does
            start, end = _clause_around(s, m)
            if re.match(r"(?:was|were|have|has)\b|considered\b", m.group(), re.I):
                # "Sections 30, 31 and 40 … were considered and none of them was applied": the list before
                # it is its subject, back to the sentence's last semicolon or colon (not its commas)
                start = max(s.rfind(";", 0, m.start()), s.rfind(":", 0, m.start())) + 1
            elif re.search(r"consider(?:ed)?\s+whether$", m.group(), re.I):
                # "As Section 12(1) applies we have not gone on to consider whether … Section 30 …": only
                # what it did not weigh, after the words, is set aside
                start = m.start()
            own.append(s[:start] + " " + s[end:])
            elsewhere.append(s[start:end])
        elif kind == "statute":
            head = force_words.statute_head(s)
            own.append(head)
            elsewhere.append(s[len(head):] if s.startswith(head) else s)
        else:
            own.append(s)
    if not elsewhere:
        return set()
    return set(find_labels("\n".join(elsewhere), act)) - set(find_labels("\n".join(own), act))


# "… we have not found your request to be vexatious under Section 14(1)" beside a repeated-request
# refusal under s14(2): s14(1) is set aside, the subsection relied on stays.
_NOT_VEXATIOUS = re.compile(r"\bnot\s+(?:found|considered|deemed|judged|treated)\s+(?:your|the|this)\s+(?:request|application)\s+"
                            r"(?:to\s+be\s+|as\s+)?vexatious\b[^.]{0,40}?\b(?:section|s\.?)\s?14\s?\(1\)"
                            # "For the avoidance of doubt, this refusal is not made under Section 14(1), …"
                            r"|\b(?:refusal|decision|response)\s+(?:is|was)\s+not\s+(?:made|based|issued)\s+(?:under|on)\s+"
                            r"(?:section|s\.?)\s?14\s?\(1\)", re.I)


# The force saying it applied no exemption at all ("No exemptions have been applied to this response"),
# not to one part only ("… to questions 1 to 3").
NONE_APPLIED = re.compile(r"\bno\s+exemptions?\s+(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:applied|relied\s+(?:up)?on|used|cited|engaged)\b"
                          r"(?=\s*(?:[.,;]|$|(?:to|in|for)\s+(?:this|your|the)\s+(?:request|response|reply|letter|case"
                          r"|information\s+(?:provided|requested|disclosed|released))\b))", re.I)


# A request counting the force's FOI decisions: "How many requests were refused under section 12?"
_COUNTS_DECISIONS = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bbroken\s+down\s+by\b|\bin\s+each\s+(?:year|month)\b", re.I)


# Exemptions a reply names in words, with no section number: (Act, section, the words after "the
# exemption for" or before "exemption"), each with an example.
_NAMED_EXEMPTIONS = [
    ("FOIA", 40, r"personal\s+(?:information|data)"),          # refused under the exemption for personal information
    ("FOIA", 41, r"information\s+provided\s+in\s+confidence"),  # withheld under the exemption for information provided in confidence
    ("FOIA", 43, r"commercial\s+interests?"),                  # withheld under the commercial interests exemption
    ("FOIA", 42, r"legal\s+professional\s+privilege"),         # we rely on the legal professional privilege exemption
    ("FOIA", 38, r"health\s+and\s+safety"),                    # withheld under the health and safety exemption
    ("FOIA", 24, r"national\s+security"),                      # the exemption for national security applies
    ("FOIA", 31, r"law\s+enforcement"),                        # withheld under the law enforcement exemption
    ("FOISA", 38, r"personal\s+(?:information|data)"),         # withheld under the exemption for personal information
    ("FOISA", 35, r"law\s+enforcement"),                       # we have applied the law enforcement exemption
    ("FOISA", 33, r"commercial\s+interests?"),                 # redacted under the commercial interests exemption
    ("FOISA", 36, r"confidentiality|information\s+provided\s+in\s+confidence"),  # withheld under the confidentiality exemption
]
# The force relying on it: "withheld under the exemption for …", "refused under the … exemption",
# "we have applied the … exemption"; never "we have not applied …" (checked before the match).
_RELYING = r"(?:withheld|refused|exempt|redacted|removed)\s+(?:from\s+disclosure\s+)?(?:under|by(?:\s+virtue\s+of)?)|(?:withholding|refusing)\s+(?:[\w,]+\s+){0,6}?(?:under|by\s+virtue\s+of)|(?:relied|rely|relies|relying)\s+(?:up)?on|(?:applied|apply|applies|applying|engaged|engages|cite[sd]?)"


def _named_pattern(words: str) -> re.Pattern:
    return re.compile(rf"\b(?:{_RELYING})\s+(?:the\s+)?(?:exemptions?\s+(?:for|relating\s+to|covering|on)\s+(?:{words})\b"
                      rf"|(?:{words})\s+exemptions?\b)", re.I)


# "… had you asked for the names, these would have been withheld under the exemption for …"
_COUNTERFACTUAL = re.compile(r"\bhad\s+you\b|\bif\s+you\s+had\b|\bwould\s+have\s+been\b", re.I)
_NAMED = [(act, section, _named_pattern(words)) for act, section, words in _NAMED_EXEMPTIONS]
_NEGATED_BEFORE = re.compile(r"\b(?:not|no\s+longer|never|nor|whether|if)\s+(?:\w+\s+){0,2}$", re.I)


def named_only(text: str, act: str, labels: list[str]) -> list[str]:
    """Bare labels ("s41") for exemptions the reply names only in words, with no number of that
    section cited anywhere in it ("… also withheld under the exemption for information provided in
    confidence"); never in a hypothetical ("had you asked …, they would have been withheld under …"),
    nor in a review that takes a decision back (its account of the first reply is history)."""
    if _WITHDRAWN.search(text):
        return []
    out = []
    for a, section, pattern in _NAMED:
        if a != act or any(re.match(rf"s{section}(?!\d)", lab) for lab in labels + out):
            continue
        for m in pattern.finditer(text):
            if not _NEGATED_BEFORE.search(text[max(0, m.start() - 30):m.start()]) \
                    and not HYPOTHETICAL.search(sent := _sentence_at(text, m.end())) and not _COUNTERFACTUAL.search(sent):
                out.append(f"s{section}")
                break
    return out


# A repeated request refused under s14(2) tells how the earlier one was decided: "That request was
# refused on 8 September 2023 under Section 12(1) …" is that request's exemption, not this one's.
EARLIER_DECIDED = re.compile(r"^\W*(?:that|the\s+(?:previous|earlier|prior|former)|your\s+(?:previous|earlier|prior|former))"
                              r"\s+request\b[^.]{0,120}?\b(?:was|were|had\s+been|has\s+been)\s+(?:refused|answered|withheld|declined|responded\s+to)\b", re.I)


def _earlier_decision(text: str, act: str, labels: list[str]) -> tuple[set[str], str]:
    """A repeated request's refusal (s14(2)) telling how the earlier one was refused: (the labels
    cited only in that account, the text without it); (nothing, the text) for any other reply."""
    if not any(lab.startswith("s14(2)") for lab in labels):
        return set(), text
    earlier, own = [], []
    for sent, _kind in force_words.units(text):
        (earlier if EARLIER_DECIDED.search(sent) else own).append(sent)
    if not earlier:
        return set(), text
    return set(find_labels("\n".join(earlier), act)) - set(find_labels("\n".join(own), act)), "\n".join(own)


def find_exemptions(text: str, act: str = "FOIA", context: str = "") -> list[dict]:
    """The exemptions the response relies on: every cited label but those of a section it
    finds not engaged and those cited only outside the force's decision words (`context`: the
    request, for the sections it ties to other Acts: find_labels)."""
    dropped = not_engaged_sections(text)
    quoted = _quoted_only(text, act, context)
    if _NOT_VEXATIOUS.search(text):
        quoted.add("s14(1)")  # (FOISA's s14(1) too: "not treated as vexatious under section 14(1)")
    labels = find_labels(text, act, context)
    earlier_only, own_text = _earlier_decision(text, act, labels)
    quoted |= earlier_only
    out = [describe(lab, act) for lab in labels + named_only(own_text, act, labels) if lab not in quoted]
    withdrawn = ncnd_withdrawn(text)
    if withdrawn and not PATTERNS["ncnd"].search(text[withdrawn.end():]):
        out = [e for e in out if not e["ncnd"]]   # the review's last word on NCND: it is withdrawn
    taken_back = withdrawn_labels(text) | replaced_labels(text)
    if context and NONE_APPLIED.search(text):
        # A request about the force's own FOI statistics ("how many requests were refused under section
        # 12?") answered with "No exemptions have been applied": the sections it asks about, named again
        # in the table rows and notes, are the data, not exemptions.
        asked = {lab for s in re.split(r"(?<=[.?!])\s+|\n", context)
                 if _COUNTS_DECISIONS.search(s) for lab in find_labels(s, act)}
        taken_back |= {lab for lab in asked} | {lab for lab in (e["label"] for e in out)
                                                if any(lab.startswith(a + "(") or a.startswith(lab + "(")
                                                       # (s40(5) asked, s40(5A) / s40(5B) counted under it)
                                                       or (a.endswith(")") and lab.startswith(a[:-1])) for a in asked)}
    return [e for e in out if e["section"] not in dropped and e["label"] not in taken_back]
