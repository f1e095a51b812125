"""The list grammar of a request: which lines open an ask, with what label, and how lists nest and mix.

Every list style is one row of STYLES: a name, a family, a pattern whose groups are (label, text), and an
example of the style written for this table. A list may mix families (numbered asks then bullets), and
letters or roman numerals under a numbered ask are its sub-asks ("1a"). To add a style: add a row here
and a small example to tests/parsers/test_question_styles.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsers.fields.request_bounds import FORCE_VOICE

# (name, family, pattern, example). Order matters: the first pattern that matches a line wins.
STYLES: list[tuple[str, str, str, str]] = [
    # (not the force's answer label: "Q1 response: 118", "Q1.2 response:", "Q1 & Q1.1 response:", "Q1 and Q2 - Yes")
    # (also after the form's word: "FOI Q1. How many …")
    ("q_number", "number", r"^\W{0,2}(?:FOI\s*)?Q\.?\s?(\d{1,2}(?:\.\d{1,2})?[a-z]?)\b(?!\.\d)"
     r"(?!(?:\s*(?:&|and|,)\s*Q?\.?\s?\d{1,2}(?:\.\d{1,2})?[a-z]?\b)*\s*[-–:]?\s*(?:responses?|answers?|reply)\b)"
     r"(?!\s*(?:&|and|,)\s*Q\.?\s?\d)\s*[.):\-–]?\s*(.*)$",
     "Q1a. How many people were stopped in 2023?"),
    # (not a wrapped line that begins "question 2 of your request In relation to …")
    # (nor a heading over a run of them: "Request 1 - 3:")
    ("word_number", "number", r"^\W{0,2}(?:question|request|part|item)\s+(\d{1,2}(?:[a-z]\b|\s?\([a-z]\)|\b))(?!\s+of\s+(?:your|the|this|my|our)\b)"
     r"(?!\s*(?:[-–&,]|and|to)\s*\d{1,2}[a-z]?\s*[:.]?\s*$)\s*[.):\-–]?\s*(.*)$",
     "Part 2 – the cost of the new radios"),
    # "First part: How many …" / "Second question – …": the ordinal is the number
    ("ordinal_part", "number", r"^\W{0,2}(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
     r"(?:part|question|request|point|item)\b\s*[.):\-–]\s*(.*)$",
     "Second part: the cost of feeding the dogs"),
    # "Part two: …" / "Question three – …": the number in words
    ("word_part", "number", r"^\W{0,2}(?:part|question|request|item)\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b"
     r"\s*[.):\-–]\s*(.*)$",
     "Part two: how many of the dogs were retired"),
    # "Part A: …" / "Question B – …": a lettered part (the separator is needed: "Part A of the Act")
    ("word_letter", "letter", r"^\W{0,2}(?:part|question|request|item)\s+([A-Z])\s*[.):\-–]\s*(\S.*)$",
     "Part B: the number of dogs retired early"),
    ("dash_number", "number", r"^(\d{1,2}[a-z]?)\s*[-–]\s+(?!\d)(\S.*)$",
     "1 - The number of horses kept by the force"),
    ("slash_number", "number", r"^(\d{1,2}[a-z]?)/\s*(?!\d)(\S.*)$",
     "2/ How many of those horses were retired?"),
    # (never a WhatDoTheyKnow link note, "[1][email address]", "[2] https://…")
    ("bracket_number", "number", r"^\[?(\d{1,2}[a-z]?)\]\s*(?!\[[a-z ]{3,30}\]|https?:|mailto:|www\.)(\S.*)$",
     "1] How many knives were found on school premises?"),
    # "1,Please tell me …": a comma typed for the stop (never "1,000 officers": a capital follows at once)
    ("comma_number", "number", r"^(\d{1,2}), ?(?=[A-Z][a-z])(\S.*)$",
     "1,Please tell me how much the force spent on overtime."),
    # "1: Does your force record …": a colon typed for the stop (a word follows, never "10:30")
    ("colon_number", "number", r"^(\d{1,2})\s?:\s+(?=[A-Za-z\"“(])(\S.*)$",
     "1: Does the force keep a record of dog bites?"),
    ("paren_number", "number", r"^\((\d{1,2}[a-z]?)\)\s*(\S.*)$",
     "(3) The date the stables were last inspected"),
    # "1(a) How many …": a sub-ask's number and letter, read as "1a"
    # (also "1. (a) How many …": the number's stop, then its first letter)
    ("num_paren_letter", "number", r"^(\d{1,2}(?:[.)]\s?)?\s?\([a-z]\))[.:]?\s+(\S.*)$",
     "1(b) How many of those dogs were returned to their owners?"),
    # "1.1 How many …" under "1. In relation to spit guards:": sub-asks numbered by section
    ("decimal", "decimal", r"^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?:[.)]\s*|\s+)(?=[^\d\s])(\S.*)$",
     "1.2 How many of those were aged under 18?  /  2.1.1 How many of them were PCSOs?"),
    # (never a date typed with stops, "26.10.20": a digit right after the stop; nor a reference
    # that opens with a number, the Met's "01.FOI.22.027841")
    ("dot_number", "number", r"^(\d{1,2}(?:\.\d)?[a-zA-Z]?)(?:\)|\.(?!\d|[A-Z]{2,5}\.\d{2}\.\d))\s*(\S.*)$",
     "4. How many drones were bought?  /  4) the supplier's name"),
    # (also "ii/ For how many …", a slash typed for the bracket)
    ("roman", "roman", r"^\(?(i{1,3}|iv|vi{0,3}|ix|x)(?:[.)]|/(?=\s))\s+(\S.*)$",
     "(ii) how many of those were used at night  /  ii/ For how many of those vehicles …"),
    ("letter", "letter", r"^\(?([a-zA-Z])[.)]\s+(\S.*)$",
     "b) how many sheep were injured  /  A. The number of kennels"),
    # "1 How many ..." with no punctuation: kept only as a 1, 2, 3 run, never a date ("9 September 2024",
    # an ask wrapped before "1 June and 31 August 2024")
    # (or set apart from lower-case text by a layout gap, as pdftotext -layout prints a list: "1    the number of …")
    ("bare_number", "number", r"^(\d{1,2})(?:\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:(?:and|to|until|[-–])\s+)?\d)"
     # (the gap's text opens as an ask does, never an answer's "1    the force received 143 …")
     r"(?=[A-Z](?:[a-z]|\s[a-z]))|\s{3,}(?=(?:the\s+(?:number|numbers|total|names?|costs?|amount|details|dates?|list|breakdown"
     r"|proportion|percentage|average|value)|how|what|which|whether|when|where|who|why|a\s+(?:copy|list|breakdown)|copies|details)\b))(.*)$",
     "1 How many bicycles were stolen?  /  2    the number of those recovered"),
    # "3A How many …" with no punctuation: kept only under its parent ("Request 3"), see list_items
    ("bare_sub", "number", r"^(\d{1,2}[A-Z])\s+([A-Z][a-z].*)$",
     "3A How many certificates were revoked?"),
    # a bullet list inside another list's item (HTML nested <ul>): its own family, under the item
    ("sub_bullet", "sub_bullet", r"^[◦○]\s*(\S.*)$", "◦ robbery of personal property"),
    # Word's second-level bullet is a Courier "o"; copied from a PDF it is a plain letter o set
    # apart by a tab or spaces (never "o'clock", nor a Welsh "o ran …": lowercase follows one space)
    ("o_glyph", "sub_bullet", r"^o(?:\t|[ \xa0]{2,}|[ \xa0](?=[A-Z0-9£\"“(]))\s*(\S.*)$",
     "o  2020 figures on burglaries where doorbell footage was used"),
    # an ask printed after a bare "Q:" (its answer after "A:"): a bullet of its own kind
    ("q_colon", "bullet", r"^(?-i:Q)\s?:\s+(\S.*)$", "Q: How many individual children do those reports relate to?"),
    # Symbol/Wingdings bullets copied from a PDF land in the private-use area (U+F0B7, U+F0A7, U+F0D8)
    # (also the "::" some older West Midlands pages print for a bullet: "::The number of …")
    ("bullet", "bullet", r"^(?:[•·▪●■□➢►✓\uf0b7\uf0a7\uf0d8]\s*|[-*–]\s+|::(?=\s*[A-Za-z])\s*)(\S.*)$",
     "• the number of complaints received"),
    # a Symbol bullet that PDF-to-text could not map, printed as "?" and the bullet's indent
    ("q_glyph", "bullet", r"^\?(?:\t|[ \xa0]{2,})(?=[A-Z])(\S.*)$", "?   The number of county lines networks closed"),
]
_COMPILED = [(name, fam, re.compile(pat, re.I if name in ("q_number", "word_number", "ordinal_part", "word_part", "word_letter") else 0))
             for name, fam, pat, _ in STYLES]

# Lines inside a list that are not asks and not part of the ask above them.
# "For each year please also tell me:", "Please could I have a breakdown of the following information."
LEAD_IN = re.compile(r"^[^?]{0,200}:\s*$|^[^?]{0,200}\bthe\s+following(?:\s+(?:information|details|data|questions))?\s*\.$", re.I)
# A bullet that is only a request verb and its colon, maybe after a scope: "For each camera, please
# also include:", "Please provide the following details:" (no thing of its own asked for).
ASKING_LEAD = re.compile(
    r"^(?:(?:for|in)\s+(?:each|every|all|any|the\s+same)\b[^,:]{0,40},?\s*)?(?:and\s+)?(?:please\s+)?(?:(?:could|can|would)\s+you\s+)?"
    r"(?:please\s+)?(?:also\s+)?(?:include|provide|give|state|supply|list|send|confirm|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|advise|i\s+would\s+(?:also\s+)?like(?:\s+to\s+know)?)"
    r"(?:\s+(?:me|us))?(?:\s+also)?(?:\s+the\s+following(?:\s+(?:details|information|data))?)?\s*:$", re.I)
NOTE = re.compile(r"^\W{0,2}(?:note|nb|n\.b\.|please\s+note)\b", re.I)  # "*Note - specials are ..."
# What a table's asterisk stands for, printed under it: "* a figure between one and four, not shown …",
# "* denotes fewer than five", "* = less than 5" (a footnote, never an asterisked ask: "* the number of …")
_STAR_GLOSS = re.compile(
    r"^\*+\s*(?:=|denotes|indicates|represents|means|(?:a\s+)?(?:figures?|numbers?|values?|counts?)\s+(?:below|under|between|less|fewer)\b"
    r"|(?:fewer|less)\s+than\s+(?:\d|one|two|three|four|five|ten)|between\s+(?:\d|one|two|three|four|five)\w*\s+and\b"
    r"|(?:figures?|data|numbers?|values?)\s+(?:suppressed|withheld|redacted|removed))", re.I)
# An answer to a run of asks, opening on their labels' range: "1) to 4) - please see the table below",
# "Q1 - Q3: see attached" (never ask 1)
_ASKS = re.compile(r"\?|\bhow\s+(?:many|much|long|often)\b|\bplease\b(?!\s+(?:see|find|refer|note|be\s+advised)\b)|\b(?:what|which|whether)\b", re.I)
_LABEL_RANGE = re.compile(r"^[\"“]?(?:Q\.?\s?)?(\d{1,2}[a-z]?)\s*[.)]?\s*(?:to|[-–&]|and)\s*(?:Q\.?\s?)?\d{1,2}[a-z]?(?:\s*[.)]|(?=\s*[-–:]))", re.I)
# A table's data row: a label cell, then figures only ("| Q1 (April to June) | 412 | 61 | 38 |": a
# quarter, never ask 1)
_FIGURE_CELL = re.compile(r"^(?:[<>~≈£$]?\s*-?\d[\d,.]*\s*%?|[-–—*]|n/?a|)$", re.I)


def _data_row(s: str) -> bool:
    cells = [c.strip() for c in s.strip().strip("|").split("|")]
    return s.lstrip().startswith("|") and len(cells) >= 3 and sum(bool(c) for c in cells[1:]) >= 2 \
        and all(_FIGURE_CELL.match(c) for c in cells[1:])
# "i)" after "h)" continues a lettered list; these romans are also letters.
_ROMAN_LETTERS = {"i", "v", "x"}


@dataclass
class Item:
    line: int  # index of the line that opens the item
    style: str
    family: str
    label: str  # as printed: "1", "Q1a", "b", "" for a bullet
    text: str  # the text after the marker


_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def _without_closing_quote(text: str) -> str:
    """'… in 2023?”' closing a request quoted whole: the quote mark is not the ask's."""
    t = text.rstrip()
    if t[-1:] in "\"”" and t.count("\"") + t.count("“") + t.count("”") == 1:
        return t[:-1].rstrip()
    return text


_OWNER = re.compile(r"copyright|all\s+rights|\b(?:crown|police|constabulary|council|ltd|limited|plc|office|commissioner|authority|service)\b", re.I)
_COPYRIGHT = re.compile(r"\b(?:19|20)\d\d\s*$|copyright|all\s+rights\s+reserved", re.I)


# A sheet's or a table's row of a question's label cell and its ask: "| Q1 | How many officers …? |"
# (a bare "| 1. | How safe do you feel …? |" is a survey's row: data)
_LABEL_CELL_ROW = re.compile(r"^\|\s*(Q\.?\s?\d{1,2}[a-z]?\.?)\s*\|\s*([^|]*[A-Za-z][^|]*?)\s*\|$")


@lru_cache(maxsize=65536)   # the same lines recur across a force's pages (and are tried often)
def item(line: str) -> tuple[str, str, str] | None:
    """(style, label, text) when the line opens a list item."""
    s = line.strip()
    if ((_STAR_GLOSS.match(s) or _LABEL_RANGE.match(s)) and not _ASKS.search(s)) or _data_row(s):
        return None   # (never "* Between 2021 and 2023, how many …", "- 17 - 20: how many …")
    row = _LABEL_CELL_ROW.match(s)
    if row and ("?" in row.group(2) or len(row.group(2).split()) >= 4):
        s = f"{row.group(1)} {row.group(2)}"  # read as the item it holds: "Q1 How many …?"
    if s[:1] in "\"“" and (s[1:2].isalnum() or s[1:2] in "(•·▪●-*–"):
        s = s[1:]  # a request or list quoted whole: '"1. How many …' opens item 1, '"a) …' item a, '"• keys;' a bullet
    for name, _fam, pat in _COMPILED:
        m = pat.match(s)
        if not m:
            continue
        if name == "letter" and s[:3].lower() == "(c)" and _COPYRIGHT.search(m.group(2)) \
                and _OWNER.search(m.group(2)):
            return None  # "(c) Anyshire Constabulary 2025": the copyright sign, not item c ("(c) whether
            # any complaints were made in 2023", "(c) The number of complaints in 2024" are)
        if name in ("bullet", "sub_bullet", "o_glyph", "q_colon", "q_glyph"):
            if NOTE.match(m.group(1)):
                return None  # "*Note - ..." is a note, not a bulleted ask
            quoted = m.group(1)[:1] in "\"“" and item(m.group(1))
            if name == "bullet" and quoted and _family(quoted[0]) != "bullet":
                return quoted  # '• “1. How many …?”': the request quoted under bullets keeps its own labels
            return name, "", m.group(1)
        label = ("Q" + m.group(1)) if name == "q_number" else m.group(1)
        if name in ("num_paren_letter", "word_number"):
            label = re.sub(r"[().\s]", "", label)  # "1(a)", "1. (a)", "Request 2 (b)": ask 1a, 2b
        if name == "ordinal_part":
            label = str(_ORDINALS.index(label.lower()) + 1)
        elif name == "word_part":
            label = str(_NUMBER_WORDS.index(label.lower()) + 1)
        return name, label, _without_closing_quote(m.group(2))
    return None


def family_of(style: str) -> str:
    """The family of an item style ("paren_letter" -> "letter"); a style of no family is its own
    ("unbulleted": an ask found among bullets)."""
    return next((fam for name, fam, _ in _COMPILED if name == style), style)


_family = family_of


def _is_ask_like(text: str) -> bool:
    """A sub-item that asks on its own, not a value listed under its parent ("KXZ 4471", "marked vans")."""
    return text.rstrip().endswith("?") or len(text.split()) >= 6 or bool(_ASK_OPENER.match(text))


# A sub-item opening on an asking word asks however short it is: "(a) how many operations;"
# ("a) when … b) where … c) what …" under "a list … showing for each:" are its columns, not asks)
_ASK_OPENER = re.compile(r"^\W*how\s+(?:many|much|long|often)\b", re.I)


_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b|(?-i:\bI\b)(?![).])", re.I)


def _paragraph_after(lines: list[str], at: int, most: int = 3) -> str:
    """Up to `most` lines of the paragraph under line `at` (to a blank line or the next item)."""
    out: list[str] = []
    for ln in lines[at + 1:]:
        s = ln.strip()
        if not s:
            if out:
                break
            continue
        if item(s) or len(out) == most:
            break
        out.append(s)
    return " ".join(out)


def _next_text(lines: list[str], at: int) -> str:
    nxt = next((ln.strip() for ln in lines[at + 1:] if ln.strip()), "")
    return "" if item(nxt) else nxt


def _bare_run_ok(found: list[Item]) -> bool:
    """Unpunctuated numbers count as labels only as a run from 1 ("1 How many …" / "2 What …"),
    maybe printed again over the answers ("1 The table below gives …"): runs restarting at 1."""
    at = [k for k, it in enumerate(found) if it.style == "bare_number"]
    bare = [int(found[k].label) for k in at]
    if len(bare) < 2:
        return False
    if bare[0] != 1:
        # or going on from a punctuated list: "1(a) …" / "1(b) …" / "2 The number …" / "3 A copy …"
        prev = found[at[0] - 1] if at[0] else None
        lead = (re.match(r"\d{1,2}", prev.label) if prev is not None and prev.family == "number"
                and prev.style != "bare_sub" else None)   # ("1B" unpunctuated too: no list to go on from)
        if lead is None or int(lead.group()) != bare[0] - 1 or bare[1] != bare[0] + 1:
            return False
    elif bare[1] != 2:
        return False
    return all(b == a + 1 or b == 1 for a, b in zip(bare, bare[1:], strict=False))


# Word's "o" bullet with its spacing collapsed (a web page's "<p>o the number of …</p>"): not an
# item() style, since a line opening on a lower-case "o " is as often a wrapped Welsh line ("o ran y
# cais hwn"); read only as a run of two or more, the first under a lead-in ending in a colon:
#   "Please provide the following for 2023:" / "o the number of shotgun certificates revoked," / "o …"
_O_COLLAPSED = re.compile(r"^o[ \xa0](?=[a-z])(\S.*)$")


def _o_run(lines: list[str], taken: set[int]) -> list[Item]:
    found = [i for i, ln in enumerate(lines) if i not in taken and _O_COLLAPSED.match(ln.strip())]
    at = found[:1]
    for i in found[1:]:   # the first run: only blank lines between its items
        if any(ln.strip() for ln in lines[at[-1] + 1:i]):
            break
        at.append(i)
    if len(at) < 2:
        return []
    above = next((ln.strip() for ln in reversed(lines[:at[0]]) if ln.strip()), "")
    if not above.endswith(":"):
        return []
    from parsers.fields.title_patterns import (
        looks_welsh,  # (here: at the top the import is circular)
    )
    if any(looks_welsh(lines[i]) for i in at):
        return []   # Welsh lines opening on "o" ("o ran 2023, nifer …" / "o blith y rheini, …")
    return [Item(i, "o_collapsed", "sub_bullet", "", _O_COLLAPSED.match(lines[i].strip()).group(1)) for i in at]


def _gap_ok(lines: list[str], a: int, b: int, stop: re.Pattern | None) -> bool:
    """Between two items only wrapped text, blank lines, lead-ins and notes: the list goes on."""
    for ln in lines[a + 1:b]:
        s = ln.strip()
        if s and ((stop is not None and stop.match(s)) or s.startswith("|") or _not_asking(s, None)):
            return False  # the force speaking, a table, or the Act quoted ("… must give the applicant a notice which-")
    return True


# A table cell that is only a footnote sign: "Outside the county   *   *   6", "| * |".
_SIGN_CELL = re.compile(r"(?:\s|\|)([*†‡])(?=\s|\||$)")


def _footnote_key(lines: list[str], at: int) -> bool:
    """'* Fewer than five.' under a table whose cells hold '*': the key to a sign, not a bulleted ask."""
    s = lines[at].strip()
    if s[:1] in "-–—":
        return footnote(s, lines[:at])
    if s[:1] not in "*†‡":
        return False
    if footnote(s, lines[:at]):
        return True
    return any(s[:1] in _SIGN_CELL.findall(ln.strip()) for ln in lines[:at])


_LINK_ONLY = re.compile(r"^(?:https?://|mailto:|www\.)(?:\[[^\]]*\]|\S)*$", re.I)  # ("mailto:[email address]")
_EXAMPLE_ITEM = re.compile(r"^\W{0,2}(?:for\s+example|for\s+instance|e\.\s?g\.?|example\s*:)", re.I)


def footnote(text: str, above: list[str]) -> bool:
    """A footnote under the request, not an ask: "* denotes a figure of fewer than five" (a key,
    wherever its table is), or "*VAWG – violence against women and girls" under "… a VAWG*
    related investigation?" (the starred word explained)."""
    s = text.strip()
    if s[:1] in "-–—":   # "- denotes a figure of fewer than five": a dash cell's key, a dash for bullet
        return bool(_DASH_KEY.match(s[1:]))
    if s[:1] not in "*†‡":
        return False
    if _KEY_WORDS.match(s[1:]):
        return True
    term = re.match(r"[*†‡]\s*(\w[\w'’-]*)", s)
    return bool(term) and any(re.search(rf"\b{re.escape(term.group(1))}\s?[*†‡]", ln, re.I) for ln in above)


# "* denotes …", "* = fewer than five", "* Fewer than 5 offences; the figure is withheld …" (a small count
# with the suppression said: never "* Number of under 18s stopped and searched", an ask)
_KEY_WORDS = re.compile(r"\s*(?:=|(?:denotes|indicates|represents|signifies|means|refers\s+to)\b"
                        r"|(?:fewer|less)\s+than\s+(?:\d{1,2}|five|ten|three)\s*(?:[.;]|$)"   # "* Fewer than five."
                        # ("* A figure of fewer than five has been suppressed to prevent identification.")
                        r"|(?:(?:fewer|less)\s+than|(?:an?\s+(?:figure|value)|figures?|values?|counts?)\s+(?:of\s+)?(?:below|under|fewer\s+than|less\s+than))"
                        r"\s+(?:\d|five|ten|three)[^*]*?\b(?:withheld|suppressed|redacted|not\s+(?:shown|given|disclosed|published)"
                        r"|(?:are|is)\s+shown\s+as|removed|replaced)\b)"
                        # "* A figure from 1 to 4, suppressed to reduce the risk of identifying anyone."
                        # (a count's range: never "* Number of clips released with faces redacted", an ask)
                        r"|\s*(?:an?\s+)?(?:figure|value|count|cell)s?\s+(?:of\s+|from\s+|between\s+)\d+\s*(?:to|and|-|–)\s*\d+"
                        r"[^*?]{0,60}?\b(?:suppressed|withheld|redacted|not\s+(?:shown|given|disclosed|published))\b", re.I)


# a dash's key: the mark defined ("- denotes", "- =") as a hidden or nil figure, never a bulleted
# "- means of entry"
_DASH_KEY = re.compile(r"\s*(?:=|denotes|indicates|represents|signifies)\s[^?]{0,80}?\b(?:fewer|less|suppress\w*|withh[eo]ld\w*"
                       r"|redact\w*|nil|zero|none|not\s+(?:available|recorded|held|applicable))\b", re.I)


def _asks_go_on(raw: list[Item], heading: Item, last: Item) -> bool:
    """After an answer's heading in another style, the asks' own style takes up the next number."""
    if not last.label.isdigit():
        return False
    want = str(int(last.label) + 1)
    return any(r.line > heading.line and r.style == last.style and r.label == want for r in raw)


def _answer_heading(it: Item, found: list[Item]) -> bool:
    """A label the list already holds, printed again over the force's answer ("1. …" asked, then
    "1. Officers by rank" or "Question 1" heading the answer). A list flattened to "1.", "1.", "1."
    repeats every label and goes on."""
    labels = [_bare_label(f.label) for f in found if f.family == it.family or f.style == it.style]
    return bool(it.label) and _bare_label(it.label) in labels and len(set(labels)) > 1


def _bare_label(label: str) -> str:
    """"Q1" answering "1)": the same number."""
    return re.sub(r"^q(?=\d)", "", label.lower())


def _same_label(a: str, b: str) -> bool:
    return bool(a) and _bare_label(a) == _bare_label(b)


# Section 17(1)'s three limbs, which refusal notices quote as a lettered list.
S17_NOTICE_ITEM = re.compile(r"^(?:states\s+(?:that|the)\s+fact|specifies\s+the\s+exemption\s+in\s+question"
                             r"|states,?\s+\(?if\s+that\s+would\s+not\s+otherwise\s+be\s+apparent\)?,?\s+why)\b", re.I)

# An exemption named in a list of those relied on: "Section 43(2) – Commercial interests".
EXEMPTION_ITEM = re.compile(r"^(?i:sections?|s\.?)\s?(\d{1,2})[A-Z]?(?:\s?\(\w{1,3}\))*\s*[-–—:]\s*([A-Z][^?]{0,60})$")


def names_an_exemption(text: str) -> bool:
    """"Section 43(2) – Commercial interests": a section named by its exemption's own name (FOIA or
    FOISA), not "Section 35 – Number of dispersal directions" (another Act's power, asked about)."""
    from parsers.fields.exemptions import FOIA_NAMES, FOISA_NAMES

    m = EXEMPTION_ITEM.match(text)
    if not m:
        return False
    section = int(m.group(1))
    known = {w for names in (FOIA_NAMES, FOISA_NAMES) for w in re.findall(r"[a-z]{4,}", names.get(section, "").lower())}
    return bool(known & set(re.findall(r"[a-z]{4,}", m.group(2).lower())))

BARE_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]$")


def _bare_head(lines: list[str], at: int) -> tuple[str, str, str] | None:
    """'1.' alone on its line over 'a. The total …' / 'b. …': the number heads the lettered asks
    below it (an item with no text of its own)."""
    m = BARE_NUMBER.match(lines[at].strip())
    if not m:
        return None
    nxt = next((ln.strip() for ln in lines[at + 1:] if ln.strip()), "")
    below = item(nxt)
    return ("dot_number", m.group(1), "") if below and _family(below[0]) in ("letter", "roman") else None


def _sub_goes_on(subs: list[Item], it: Item, fam: str, raw: list[Item]) -> bool:
    """The next sub-ask of the same style and the next label ("c)" after "a)", "b)"), printed after
    the answer to the ones before it: the parent's sub-asks go on past an answer, as its asks do
    (not when the answer between holds a lettered list of its own: its "c)" is the answer's)."""
    if not subs or it.style != subs[-1].style or it.label.lower() != _next_label(subs[-1].label.lower(), fam):
        return False
    return not any(subs[-1].line < r.line < it.line and r.family == it.family for r in raw)


def _romans_under_letters(subs: list[Item]) -> list[Item]:
    """A third level: "b. Of the applications in (a):" / "i. how many …" / "ii. how many …": a
    lettered sub-ask that leads in (ends with a colon) over roman ones only introduces them
    (labelled "1bi", "1bii"). The lead stays an item with no words, so the ask above it ends there;
    an ask with no words is no ask (parsers/analyse.py)."""
    out: list[Item] = []
    lead: Item | None = None
    for k, s in enumerate(subs):
        nxt = subs[k + 1] if k + 1 < len(subs) else None
        if (s.family == "letter" and s.text.rstrip().endswith(":") and nxt is not None
                and nxt.family == "roman" and nxt.label.lower().endswith("i")):
            lead = s
            out.append(Item(s.line, s.style, s.family, s.label, ""))
            continue
        if s.family == "roman" and lead is not None:
            s.label = lead.label + s.label[len(lead.label) - 1:]
        else:
            lead = None
        out.append(s)
    return out


_ASKS_THEN_LEADS = re.compile(r"\?\s+(?:\w+\s+){0,5}\w+\s*:$")


# A line that stops on a word taking a number ("… carry out a public interest test for section"):
# a number opening the next line finishes its citation, wrapped, and opens no item.
_CITES_ON = re.compile(r"\b(?:sections?|ss?\.|paragraphs?|schedule|regulations?|articles?|clauses?|chapter|rule)\s*$", re.I)


def list_items(lines: list[str], stop: re.Pattern | None = None) -> list[Item]:
    """The asks of a request's lines: one top family (the first seen), letters/romans nested under numbers,
    and bullets that follow the list (with only lead-ins between) continuing it. `stop` matches lines
    (the force's voice, a heading) that end a list, so later bullets or letters do not join it."""
    raw = []
    for i, ln in enumerate(lines):
        it = item(ln) or _bare_head(lines, i)
        if it and it[1][:1].isdigit() and i and _CITES_ON.search(lines[i - 1]):
            continue  # "… a public interest test for section" / "14. Future requests …": the number wrapped
        if it and not _footnote_key(lines, i):
            raw.append(Item(i, it[0], _family(it[0]), it[1], it[2]))
    if not _bare_run_ok(raw):
        raw = [it for it in raw if it.style != "bare_number"]
    raw = sorted(raw + _o_run(lines, {it.line for it in raw}), key=lambda it: it.line)
    # "Parts 1 and 2" / "Part 3" / "Part 4" alone over the answers: word headings whose run starts past 1,
    # each over the force's own words, head answers to asks printed above them (quoted paragraphs)
    heads = [it for it in raw if it.style == "word_number" and not it.text.strip()]
    first = re.match(r"\d+", heads[0].label) if heads else None
    if (first and int(first.group()) > 1
            and all(not asks_for(_next_text(lines, it.line)) and "?" not in (par := _paragraph_after(lines, it.line))
                    and _FIRST_PERSON.search(par) for it in heads)):
        raw = [it for it in raw if it not in heads]
    numbers = {it.label for it in raw if it.family == "number"}
    raw = [it for it in raw if it.style != "bare_sub" or it.label[:-1] in numbers]
    values = value_bullets(lines)
    raw = [it for it in raw if it.line not in values]
    # "1. i) 2021" / "2. ii) 2022" / "iv) 2024 to date": a year the ask above is for, never an ask
    raw = [it for it in raw if not _period_only(it.text)]
    # a numbered list under a "Notes" heading explains a table: "Notes" / "1. Incidents are those …"
    raw = [it for it in raw if not _under_notes_heading(lines, it.line)]
    # "Clarification Sought" / "• By a football ground, do you mean …?": the force's question, not an ask
    raw = [it for it in raw if not _under_clarification(lines, it.line, it.family)]
    # "According to the statistics:" / "• stalking offences rose by 12% …": the requester's background
    # (an ask's own "Q7." label is never a finding listed: "A6. Faults reported to the contractor:" / table / "Q7. …")
    raw = [it for it in raw if it.style == "q_number" or not _under_reported_lead(lines, it.line)]
    # "To help you, examples of what I mean include:" / "1. Devices called IMSI catchers": examples, not asks
    raw = _without_examples(lines, raw)
    # an e-mail's link notes ("Visible links" / "1. mailto:[email address]", "2. https://…"): no asks
    raw = [it for it in raw if not _LINK_ONLY.match(it.text.strip())]
    # "1) How many grievances …?" / "- For example, in 2022, 30 were raised": the shape of the answer
    # wanted, under its ask, not an ask
    raw = [it for it in raw if not (it.family in ("bullet", "sub_bullet") and _EXAMPLE_ITEM.match(it.text))]
    # "I would like details of all flights … Please include the following information:" / "• The airline":
    # the fields of the ask above, not asks of their own
    raw = _fields_folded_into_their_ask(lines, raw)
    # "– Bedfordshire Police can confirm that it holds …": a dash before the force's own sentence
    raw = [it for it in raw if not (it.family == "bullet" and FORCE_VOICE.match(it.text.strip()))]
    # the Act's s17 list quoted by the force: "… a notice which: (a) states that fact, (b) …"
    raw = [it for it in raw if not S17_NOTICE_ITEM.match(it.text.strip())]
    # "… is relying on the following exemptions:" / "• Section 41(1) – Information provided in confidence"
    raw = [it for it in raw if not (it.family in ("bullet", "sub_bullet") and names_an_exemption(it.text.strip()))]
    if not raw:
        return []
    top = raw[0].family
    tops = sum(it.family == top for it in raw)
    out: list[Item] = []
    parent: Item | None = None
    subs: list[Item] = []

    def close_parent() -> None:
        if parent is None or not subs:
            return
        said = parent.text.strip() or _next_text(lines, parent.line)  # "Request 1" / its text on the next line
        for ln in lines[parent.line + 1:subs[0].line]:   # wrapped on: "1. … how many applicants to become a" / "police officer:"
            if not ln.strip() or item(ln) or re.search(r"[.?!:;]$", said):
                break   # (a sentence of its own after a whole one: "Please break this down by:")
            said = f"{said} {ln.strip()}"
        # "1. For each year please tell me:" or "1. Recruitment vetting" (a heading over 1.1, 1.2)
        # ("1. Has the force seized any dogs …? If so:" asks its own question before leading in)
        lead = not said or (said.endswith(":") and not _ASKS_THEN_LEADS.search(said)) or (bool(_OPEN_END.search(said)) and not re.search(r"[.?!]\s", said)) or (_heading_text(said) and any(_is_ask_like(s.text) for s in subs))
        breakdown = _BREAKDOWN_END.search(said)
        clause = _BREAKDOWN_CLAUSE.search(said)
        columns = _FIELDS_OF_A_LIST.search(said) and all(
            s.family in ("roman", "letter") and "?" not in s.text and len(s.text.split()) <= 8
            and not re.match(r"\s*(?:how|what|please)\b", s.text, re.I) for s in subs)
        if columns or all(_is_value(s.text) for s in subs) or (
                (breakdown or clause) and all(s.family in ("roman", "letter") for s in subs)
                and (not breakdown or not breakdown.group(1) or all(len(s.text.split()) <= 3 for s in subs))
                and (breakdown or all(len(s.text.split()) <= 6 and not _ASKING_WORD.search(s.text) for s in subs))):
            return  # "… for the calendar years:" / "a. 2013" / "b. 2014", "… broken down by (i) area and
            # (ii) site": values of the parent's ask
        if lead or any(_is_ask_like(s.text) or s.family == "number" for s in subs):
            for s in subs:
                if s.family not in ("decimal", "number"):  # "2A" under "Request 2" is printed whole
                    # ("1. (a) …" / "(b) …": b under 1a is 1b)
                    base = parent.label[:-1] if parent.style == "num_paren_letter" and s.family == "letter" else parent.label
                    s.label = base + s.label.lower()
            if lead:
                out.remove(parent)  # "1. For each year please tell me:" only introduces 1a, 1b
            out.extend(_romans_under_letters(subs))
        # otherwise the sub-items are values of the parent's ask and stay in its text

    for it in raw:
        fam = it.family
        if fam == "roman" and top == "letter" and it.label.lower() in _ROMAN_LETTERS:
            fam = "letter"
        prev = out[-1] if out else None
        # The list's own style runs on past answers between asks ("1. ask / answer / 2. ask"); another
        # style of the family joins only next to the list ("Question 1" heading an answer is not an ask).
        same_run = prev is None or it.style == prev.style or _gap_ok(lines, prev.line, it.line, stop)
        if fam == top and _answer_heading(it, out) and not _asking_lead(lines, it) \
                and not _section_restart(lines, it, out) and not _restart_goes_on(it, out):
            if it.style != out[-1].style and _asks_go_on(raw, it, out[-1]):
                continue  # "1) … 2) …" / "Q1 & 2. Number charged" (the answer) / "3) …": the asks go on
            break  # "(1) Officers by rank" / "Question 3" over the answers: the asks are over
            # (not a list that starts again under its own asking lead: "For the five children with
            # the most episodes, please provide:" / "a) …")
        if (fam == top and parent is not None and subs and stop is not None and stop.match(it.text.strip())
                and "?" not in it.text and not _OPENS_QUESTION.match(it.text.strip())):
            break  # "1. … The request was in three parts:" / "i. …" / "2. The original response refused
            # …": a letter's numbered paragraphs, the next one in the force's voice ends the asks
        if (top == "number" and fam == "number" and parent is not None and it.style != parent.style
                and re.fullmatch(re.escape(parent.label) + "[A-Za-z]", it.label)):
            subs.append(it)  # "Request 3" / "3A. The outcome …": a sub-ask numbered with its parent's number
        elif fam == top and same_run:
            close_parent()
            parent, subs = (it if top in ("number", "roman") else None), []  # (letters nest under a roman too)
            out.append(it)
        elif (top == "number" and fam == "decimal" and parent is not None
              and it.label.startswith(parent.label + ".")):
            subs.append(it)  # "1.1" under "1.": labelled as printed
        elif (((top == "number" and fam in ("letter", "roman")) or (top == "roman" and fam == "letter"))
              and parent is not None
              and (_gap_ok(lines, (subs[-1] if subs else parent).line, it.line, stop) or _sub_goes_on(subs, it, fam, raw))
              and (subs or it.label.lower() in ("a", "i")
                   # "1. (a) …" / "(b) …": the letters go on from the one the number opened with
                   or (parent.style == "num_paren_letter" and len(it.label) == 1
                       and it.label.lower() == chr(ord(parent.label[-1].lower()) + 1)))):
            if stop is not None and stop.match(it.text) and parent.text.rstrip().endswith("?"):
                continue  # "1) How many …?" / "a) Below is the headcount we hold.": the force answering
            subs.append(it)
        elif fam == "sub_bullet" and top == "bullet":
            if prev is not None and (prev.family == "sub_bullet" or ASKING_LEAD.match(prev.text.strip())):
                # "• For each camera, please also include:" / "◦ the borough …" / "◦ the date …": the
                # bullet only leads in, its sub-bullets are the asks
                if prev.family != "sub_bullet":
                    out.remove(prev)
                it.label = ""
                out.append(it)
            continue  # "• … for the following offences:" / "◦ robbery": values of the bullet above
        elif (fam == "bullet" and parent is not None and top == "number"
              and (_BARE_LEAD_END.search(parent.text.strip()) or _heading_text(parent.text))
              and _gap_ok(lines, (subs[-1] if subs else parent).line, it.line, stop)):
            # "1. Volume of disclosures For each period, please provide:" / "• the number of …", or
            # "3. Recording and policy" / "• Please confirm …": the numbered line only heads or leads
            # in, its bullets are the asks
            it.label = "abcdefghijklmnopqrstuvwxyz"[len(subs)] if len(subs) < 26 else str(len(subs) + 1)
            subs.append(it)
        elif (fam == "bullet" and parent is not None and top == "number" and parent.text.strip().endswith("?")
              and _lead_of(lines, it.line, "bullet").endswith("?") and _answer_option(it.text)
              and _gap_ok(lines, (subs[-1] if subs else parent).line, it.line, stop)):
            continue  # "4. Can officers reach force systems from home?" / "• Yes" / "• No": the ask's options
        elif (fam == "bullet" and parent is not None and not subs and tops >= 2
              and _lead_above(lines, parent.line, it.line) and _gap_ok(lines, parent.line, it.line, stop)):
            if _adds_an_ask(lines, parent, it):
                # "3. The names of every officer …, together with:" / "- the number of hours each spent": an ask
                # of its own, lettered under ask 3 (the printed numbers after it stay)
                n = sum(1 for o in out if o.family == "bullet" and o.label[:-1] == parent.label)
                it.label = parent.label + "abcdefghijklmnopqrstuvwxyz"[min(n, 25)]
                out.append(it)
            continue  # "2 - the suppliers, with these fields:" / "• Supplier name": fields of ask 2
        elif (fam == "bullet" and prev is not None and _gap_ok(lines, (subs[-1] if subs else prev).line, it.line, stop)):
            close_parent()
            parent, subs = None, []
            it.label = ""
            out.append(it)
        # anything else (a bullet in the response, "a)" in a legal quotation) is not an ask
    close_parent()
    if top == "decimal":
        out = _without_outline_leads(out)
    out.sort(key=lambda x: x.line)
    if top == "bullet":
        out = _with_unbulleted_asks(lines, out)
    return out


# A breakdown asked for, its categories listed after it: "… broken down by (i) area and (ii) site".
# "… broken down by" / "… incidents graded as:": the lettered items under it are the categories of
# one ask (after "as:" only when they are short: "a. emergency", "b. priority"; "broken down by:" over
# "a) spiking by drink" / "b) spiking by needle?" asks for each)
_BREAKDOWN_END = re.compile(r"(?:\b(?:broken\s+down|split|separated|categori[sz]ed|analy[sz]ed|grouped)\s+(?:by|into)"
                            r"|\bbreakdown\s+by)\s*$|\b(?:graded|classed|classified|categori[sz]ed|coded|flagged)\s+as\s*(:?)\s*$",
                            re.I)

# "… broken down by what the vehicle was doing at the time:" over "(i) responding to an emergency call,":
# short categories of one ask
_BREAKDOWN_CLAUSE = re.compile(r"\b(?:broken\s+down|split|separated|categori[sz]ed|grouped)\s+(?:by|into|according\s+to)\b[^.?:]{1,60}:\s*$",
                               re.I)

# "1. A list of every crime recorded in Luton …, one crime per line, including:" over "a. the offence
# type" / "b. the date": the columns of the one list asked for
_FIELDS_OF_A_LIST = re.compile(r"^(?=[^.?]*\b(?:list|copy|record|log|spreadsheet|extract|details)\s+of\s+(?:every|each|all|any)\b)"
                               r"[^?]*\b(?:including|showing|with|giving|detailing|containing)\b[^.?:]{0,40}:\s*$", re.I)

# A sentence left open for its sub-items to finish: "please provide a breakdown of" / "2A. The outcome …".
_OPEN_END = re.compile(r"\b(?:of|by|for|about|regarding|following|follows|including|namely|(?:provide|supply|send)\s+(?:me|us)\s+with)\s*[-–]?\s*$", re.I)


_NOTES_HEADING = re.compile(r"^\W*(?:notes?|footnotes?|key|definitions?|explanatory\s+notes?|caveats?)\s*:?\s*$", re.I)


def _lead_line(lines: list[str], at: int, family: str | None = None) -> int | None:
    """The index of the line over the run of items (and blank lines) that holds item `at`; with
    `family`, the run is of that family's items only (a numbered ask under background bullets is led
    by the last bullet, not by the bullets' lead)."""
    for k in range(at - 1, -1, -1):
        s = lines[k].strip()
        it = item(s) if s else None
        if not s or (it and (family is None or _family(it[0]) == family)):
            continue
        return k
    return None


def _lead_of(lines: list[str], at: int, family: str | None = None) -> str:
    """The text of `_lead_line`, or ""."""
    k = _lead_line(lines, at, family)
    return "" if k is None else lines[k].strip()


lead_of = _lead_of  # (read by request_area)


def _under_notes_heading(lines: list[str], at: int) -> bool:
    """The item sits in a run of items (and blank lines) right under a "Notes" heading."""
    return bool(_NOTES_HEADING.match(_lead_of(lines, at)))


# The force's clarification exchange inside the request: a "Clarification Sought" / "Clarification
# Received" heading, or "we also sought clarity on the below points and your answer is shown after each
# point." / "After we sought clarification you advised:". Its bullets ask nothing new.
CLARIFICATION_LEAD = re.compile(
    r"^\W*clarification(?:\s+(?:sought|received|requested|provided|given|questions?|answers?|responses?))?\s*:?\s*$"
    r"|\b(?:sought|seek|asked\s+for|requested)\s+(?:further\s+)?(?:clarity|clarification)\b"
    # the force's own list of points to clarify: "Before we can respond, we need you to clarify your request:"
    r"|\b(?:need|ask|asking|require)\s+you\s+to\s+(?:please\s+)?clarify\b[^.?]*:\s*$"
    r"|\bplease\s+(?:could\s+you\s+)?clarify\s+(?:the\s+following|these\s+points)\b[^.?]*:\s*$"
    # "Before we can deal with your request, please could you tell us:"
    r"|\bbefore\s+(?:we|i)\s+(?:can|are\s+able\s+to|am\s+able\s+to)\s+(?:deal\s+with|respond\s+to|process|proceed\s+with|progress|answer|consider)\s+"
    r"(?:your|the|this)\s+request\b[^.?]*:\s*$", re.I)


def _under_clarification(lines: list[str], at: int, family: str) -> bool:
    k = _lead_line(lines, at, family)
    if k is None:
        return False
    lead = lines[k].strip()
    above = lines[k - 1].strip() if k else ""
    if above and not re.search(r"[.?!:;]$", above):
        lead = f"{above} {lead}"   # the lead wrapped: "… Before we can deal with your request," / "please could you tell us:"
    if _CLARIFIED_REQUEST.search(lead):
        return False   # "… we sought clarification of your request. Your clarified request is as follows:"
    return bool(CLARIFICATION_LEAD.search(lead))


_CLARIFIED_REQUEST = re.compile(r"(?:your\s+)?clarified\s+request|request,?\s+as\s+clarified", re.I)


# A lead-in that reports what a source says: "According to the statistics:", "In its 2024 report the
# inspectorate said that the force:", "Your Annual Report for 2023/24 states that in that year:".
# ("reported missing", "found in possession": what happened to someone, not a source's words)
_REPORTING = re.compile(r"\b(?:according\s+to|said|stated|reported(?!\s+(?:missing|stolen|lost)\b)|found(?!\s+(?:guilty|dead|missing|in\s+possession)\b)|showed|noted|revealed|highlighted"
                        r"|(?:says|states|reports|shows|notes|finds|highlights|reveals)\s+that)\b", re.I)


def _asking_lead(lines: list[str], it: Item) -> bool:
    """The item opens a run of its family under a line that asks and leads in ("…, please provide:")."""
    k = _lead_line(lines, it.line, it.family)
    lead = "" if k is None else lines[k].strip()
    return (lead.endswith(":") and not item(lead) and bool(_ASKING_WORD.search(lead))
            and not FORCE_VOICE.match(lead)  # "Your request … has now been considered and … is as follows:"
            # ("1)" … "4)" / "Question 1" over its answer: its label already under the lead, the lead
            # was the asks')
            and not any(_same_label(found[1], it.label) for ln in lines[k + 1:it.line]
                        if ln.strip() and (found := item(ln.strip()))))


def _under_reported_lead(lines: list[str], at: int) -> bool:
    """The item lists what a source said (the requester's background), not what is asked: its lead
    reports ("… said that the force:") and asks nothing."""
    it = item(lines[at])
    lead = _lead_of(lines, at, _family(it[0]) if it else None)
    return (lead.endswith(":") and not item(lead) and bool(_REPORTING.search(lead))
            and not _ASKING_WORD.search(lead) and not _I_REQUIRE.search(lead))


# "Further to my requests about the scam I reported, I require:": the requester's own asking verb
_I_REQUIRE = re.compile(r"\b(?:i|we)\s+(?:now\s+|also\s+)?(?:require|seek)\b[^.?]*:\s*$", re.I)


_EXAMPLES_LEAD = re.compile(r"\bexamples?\b[^:?]{0,40}\b(?:include|are|would\s+be)\s*:\s*$|\b(?:for\s+example|for\s+instance|such\s+as|e\.g\.)\s*:\s*$",
                            re.I)


def _without_examples(lines: list[str], raw: list[Item]) -> list[Item]:
    """The items but those of a run of examples: the first under an examples lead, and the items of
    its family after it until another line that is no item's wrapped text stands alone between them."""
    out, run = [], None
    for it in raw:
        if _under_examples_lead(lines, it.line):
            run = it
            continue
        if run is not None and it.family == run.family and not any(
                lines[k].strip() and not item(lines[k]) and not lines[k - 1].strip() for k in range(run.line + 1, it.line)):
            run = it  # the next example ("2. Software that copies …"), a wrapped line between
            continue
        run = None
        out.append(it)
    return out


def _under_examples_lead(lines: list[str], at: int) -> bool:
    """The item is one of the examples the requester gives of what the asks cover: its lead says so
    ("To help you identify the information, examples of what I mean include:")."""
    it = item(lines[at])
    lead = _lead_of(lines, at, _family(it[0]) if it else None)
    return bool(_EXAMPLES_LEAD.search(lead)) and not item(lead)


# A lead-in that asks for the fields of each record of the ask before it, in the same paragraph:
# "… in each of the last five financial years? For each payment please include the:", "… between
# 1 April 2022 and 31 March 2024. Please include the following information:".
_FIELD_LEAD = re.compile(r"(?:^|[.?]\s+)(?:for\s+(?:each|every)\s+[\w\s-]{1,30}?,?\s+)?(?:please\s+)?(?:also\s+)?"
                         r"(?:include|give|show|list)\s+(?:the\s*(?:following(?:\s+(?:information|details|fields|data))?)?)?\s*:\s*$", re.I)


def _ask_over_fields(lines: list[str], it: Item) -> tuple[int, str] | None:
    """(line, text) of the whole ask whose fields a short bulleted run lists ("• The airline",
    "• date of payment"), when the run's lead paragraph ends in a field lead-in after that ask:
    one ask, the bullets are its columns."""
    if not _field_bullet(it):
        return None
    at = next((k for k in range(it.line - 1, -1, -1) if lines[k].strip() and not item(lines[k])), None)
    if at is None or any(item(lines[k]) for k in range(at + 1, it.line) if lines[k].strip()):
        return None
    start = at
    while start > 0 and lines[start - 1].strip() and not item(lines[start - 1]):
        start -= 1  # the paragraph wrapped over lines
    lead = " ".join(ln.strip() for ln in lines[start:at + 1])
    m = _FIELD_LEAD.search(lead)
    if not m or m.start() == 0:
        return None
    before = lead[:m.start() + 1].strip()
    # one ask for records, each with these fields: "details of all …", "a list of …", "For each payment …"
    per_record = re.search(r"\b(?:details|list|lists|copy|copies|record|records|log)\s+of\s+(?:all|every|each|any)\b"
                           r"|\b(?:all|every|each)\b", before, re.I) or re.match(r"\W*for\s+(?:each|every)\b", lead[m.start() + 1:].strip(), re.I)
    return (start, before) if before.endswith((".", "?")) and asks_for(before) and per_record else None


def _field_bullet(it: Item) -> bool:
    """'• The airline', '• date of payment': a short field, not an ask ('• How many …?')."""
    return it.family == "bullet" and "?" not in it.text and len(it.text.split()) <= 8 and not re.match(
        r"\s*(?:how|what|which|when|where|why|who|please|do|does|did|is|are|has|have|can|could)\b", it.text, re.I)


def _fields_folded_into_their_ask(lines: list[str], raw: list[Item]) -> list[Item]:
    """Each bulleted run of fields under a whole ask ("I would like details of all flights … Please
    include the following information:" / "• The airline" …) becomes that one ask."""
    out: list[Item] = []
    k = 0
    while k < len(raw):
        it = raw[k]
        ask = _ask_over_fields(lines, it)
        if ask is None:
            out.append(it)
            k += 1
            continue
        out.append(Item(ask[0], "unbulleted", "bullet", "", ask[1]))
        k += 1
        while (k < len(raw) and _field_bullet(raw[k])
               and not any(ln.strip() and not item(ln) for ln in lines[raw[k - 1].line + 1:raw[k].line])):
            k += 1  # the run's other fields, up to the first line that is no bullet
    return out


def _outline_child(label: str, parent: str) -> bool:
    """'2.1.1' under '2.1'; '1.1' under the section line '1.0'."""
    if parent.endswith(".0") and parent.count(".") == 1:
        return label != parent and label.startswith(parent[:-1])
    return label.startswith(parent + ".")


def _without_outline_leads(items: list[Item]) -> list[Item]:
    """A decimal outline (1.0 / 1.1 / 2.1 / 2.1.1): an item ending in ':' with items under it only
    leads into them ("2.0 … how many of the following are on duty:" / "2.1 British Transport Police:")."""
    labels = [it.label for it in items]
    return [it for it in items
            if not (it.text.rstrip().endswith(":") and any(_outline_child(lab, it.label) for lab in labels))]


def _section_restart(lines: list[str], it: Item, found: list[Item]) -> bool:
    """The list starts again under a section name of its own, as it began under one ("Livestock
    worrying" / "a. …" / "b. …" / "Seized dogs" / "a. …"): the request's sections, not answers."""
    first = next((f for f in found if f.family == it.family), None)
    if first is None:
        return False
    return asks_for(it.text) and parallel_sections(_lead_of(lines, it.line, it.family),
                                                   _lead_of(lines, first.line, first.family))


def _restart_goes_on(it: Item, found: list[Item]) -> bool:
    """The next number of a run that started again ("1." "2." / "Request 000851/20" / "1." "2."): the
    item follows the last one found by one, and that one repeated an earlier label (a restart)."""
    if not found or not (it.label.isdigit() and found[-1].label.isdigit()) or it.style != found[-1].style:
        return False
    last = found[-1]
    return int(it.label) == int(last.label) + 1 and any(f.label == last.label for f in found[:-1])


def asks_for(text: str) -> bool:
    """The item's words ask for something ("The number of dogs seized.", "How many …?"), not an answer
    ("412 officers were assaulted.")."""
    t = text.strip()
    return not re.match(r"[£\d]", t) and bool(t.endswith("?") or _ASKING_WORD.search(t) or re.search(
        r"\b(?:number|total|amount|cost|list|copy|copies|details|breakdown)\s+of\b"
        r"|^(?:the\s+)?(?:number|total|amount|cost|value|date|name|list|copy|details|breakdown)\b", t, re.I))


def parallel_sections(here: str, there: str) -> bool:
    """Two leads over runs of one list that name sections of the request ("Sheep worrying" /
    "Seized dogs", "For 2022;" / "For 2023;"), not a heading over the force's answers."""
    if here == there or FORCE_VOICE.match(here) or _ANSWER_HEAD_WORDS.search(here):
        return False
    if _heading_text(here) and _heading_text(there):
        return True
    if REQUEST_HEAD.match(here) and REQUEST_HEAD.match(there):
        return True  # one letter answering two requests: "Request 000843/20 (received 2 March 2020)" / 1. 2. / "Request 000851/20 …" / 1. 2.
    # parallel lead-ins of one shape: "For 2022;" / 1. 2. 3. / "For 2023;" / 1. 2. 3.
    short = [t for t in (here, there) if 0 < len(t.split()) <= 6 and t.rstrip()[-1:] in (";", ":")]
    return len(short) == 2 and here.split()[0].lower() == there.split()[0].lower()


# A heading naming a request by its number: "Request 000851/20 (received 9 March 2020)", "FOI 1187/24:".
REQUEST_HEAD = re.compile(r"^(?:(?:your|first|second|third)\s+)?(?:request|foi(?:\s+request)?|freedom\s+of\s+information\s+request)"
                           r"\s*(?:no\.?|number|ref(?:erence)?)?\s*[:\-–]?\s*[A-Z]{0,4}[/\-]?\d[\w./-]*\d\b(?!\s*[.?])", re.I)


# Words of a heading over the force's answers, never a section of the request.
_ANSWER_HEAD_WORDS = re.compile(r"\b(?:response|responses|answers?|reply|decision|outcome|disclosure|information\s+released)\b", re.I)


def _heading_text(text: str) -> bool:
    """'Recruitment vetting', 'Appeals': a few words with no sentence, a section's name."""
    t = text.strip()
    return 0 < len(t.split()) <= 5 and t[:1].isupper() and not t.endswith((".", "?", "!", ";", ",")) \
        and not re.search(r"\b(?:how|what|which|whether|please|provide|tell)\b", t, re.I)


heading_text = _heading_text  # (read by list_asks)


# A numbered line that ends in a bare request verb and its colon, after a heading or a scope:
# "Volume of disclosures For each period, please provide:" (nothing asked for before the colon), or
# only what each bullet is the cost or number of ("For each of the years …, please provide the cost of:").
_BARE_LEAD_END = re.compile(r"(?:^|[.,;]\s*|\s)(?:please\s+)?(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?(?:also\s+)?"
                            r"(?:provide|give|state|supply|list|send|include|tell\s+(?:me|us))(?:\s+(?:me|us))?"
                            r"(?:\s+(?:with\s+)?the\s+following(?:\s+(?:details|information|data))?"
                            # "… please provide the cost of:" / "• feed and bedding": each bullet finishes the ask
                            r"|\s+(?:me\s+|us\s+)?(?:with\s+)?the\s+(?:total\s+)?(?:cost|costs|number|amount|spend)\s+(?:of|on)(?:\s+each\s+of)?(?:\s+the\s+following)?)?\s*:$", re.I)


# A colon that adds things asked for rather than naming the fields of the ask before it: "3. The names
# of every officer who looked at my complaint, together with:" / "- the number of hours each spent":
# bullets that ask on their own (a count, dates, a copy …) are asks ("… with these fields:" /
# "• Supplier name" and "together with:" / "• contract value" stay fields)
_ASKS_THING = re.compile(r"(?:the\s+)?(?:number|total|dates?|times?|amount|cost|names?|reasons?|outcomes?)\s+(?:of|on|when|which|that)\b"
                         r"|how\s+(?:many|much|long|often)\b|whether\b|(?:a|any|all)\s+(?:copy|copies|record|records)\s+of\b", re.I)
_ADDS_ASKS = re.compile(r"\b(?:together\s+with|as\s+well\s+as|in\s+addition(?:\s+to\s+(?:this|that))?|and\s+also|plus)\s*:\s*$", re.I)


def _adds_an_ask(lines: list[str], parent: Item, it: Item) -> bool:
    """A bullet under an ask whose colon adds things asked for ("together with:"), that asks on its own."""
    at = next((k for k in range(it.line - 1, parent.line - 1, -1)
               if lines[k].strip() and not (item(lines[k]) and item(lines[k])[0] == "bullet")), parent.line)
    first = next((item(ln)[2] for ln in lines[at + 1:it.line + 1] if item(ln) and item(ln)[0] == "bullet"), it.text)
    # (the run's first bullet decides for the run: "the number of vehicles each recovered" / "the amount paid")
    return bool(_ADDS_ASKS.search(lines[at])) and _is_ask_like(first) and bool(_ASKS_THING.match(first.strip()))


def _lead_above(lines: list[str], parent: int, at: int) -> bool:
    """The parent item's text, wrapped over lines, ends with a colon right above line `at` (or
    above the bullets before it): "1. Please provide details of any tools …" / "… including:"."""
    for k in range(at - 1, parent - 1, -1):
        s = lines[k].strip()
        if not s:
            continue
        if k != parent and item(s) and item(s)[0] == "bullet":
            continue  # an earlier field bullet of the same run
        if not (item(s)[2] if k == parent else s).rstrip().endswith(":"):
            return False
        # the colon ends the parent's own sentence, wrapped straight on from its line; a lead-in
        # paragraph of its own ("2. …?" / "For each year please also tell me:") brings in more asks
        for j in range(parent, k):
            if not lines[j].strip() or _PARA_END.search(lines[j].strip()):
                return False
        return True
    return False


def _answer_option(text: str) -> bool:
    """'On premises', '26–50%', "Don't know", 'Other (please state)': a short choice offered under
    a question, not an ask of its own."""
    t = re.sub(r"\((?:please\s+)?(?:state|specify|give\s+details)\)", "", text, flags=re.I).strip(" .;,")
    if re.fullmatch(r"(?:yes|no|(?:i\s+)?don'?’?t\s+know|not\s+known|not\s+sure|unknown|n/?a|none|all)", t, re.I):
        return True
    return 0 < len(t.split()) <= 4 and "?" not in t and not _ASKING_WORD.search(t) and not re.match(
        r"(?:how|what|which|when|where|why|who|the\s+(?:number|total|amount|cost))\b", t, re.I)


def _is_value(text: str) -> bool:
    """'Colchester', 'Castle Point', '2023': a name or number listed under an ask, not an ask
    ('the price paid' asks for an item of information and stays one)."""
    words = text.strip(" .;,").split()
    if _PERIOD_VALUE.match(text.strip()):
        return True  # "2023 (1 January 2023 to 31 December 2023)": a period the asks are for
    return "?" not in text and 0 < len(words) <= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


_PERIOD_VALUE = re.compile(r"^(?:(?:calendar|financial)\s+year\s+)?(?:19|20)\d\d(?:\s*[/\-–]\s*(?:19|20)?\d\d)?"
                           r"(?:\s*[(:\-–]\s*[^()?]{0,60}\)?)?[.;,]?$", re.I)


def _period_only(text: str) -> bool:
    inner = item(text)
    t = (inner[2] if inner else text).strip().rstrip(";,.")
    return bool(_PERIOD_VALUE.match(t) or re.fullmatch(r"(?:19|20)\d\d\s+to\s+date", t, re.I) or _DATE_SPAN.fullmatch(t))


# "1 April 2022 to 31 March 2023", "01/04/2022 - 31/03/2023", "April 2023 to March 2024": a period
_DAY_DATE = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d"
_DATE_SPAN = re.compile(rf"(?:from\s+)?(?:{_DAY_DATE})\s*(?:to|until|[-–])\s*(?:{_DAY_DATE})", re.I)


def value_bullets(lines: list[str]) -> set[int]:
    """Lines of a run of two or more short bulleted values ('• Colchester' / '• Tendring' …) that
    list the areas or years of one ask."""
    out: set[int] = set()
    run: list[int] = []
    short: list[int] = []  # "• keys;" / "• phones;": one or two words closed by list punctuation
    for i, ln in enumerate([*lines, ""]):
        it = item(ln) if ln.strip() else None
        if it and it[0] == "bullet" and _is_value(it[2]):
            run.append(i)
            continue
        if it and it[0] == "bullet" and _SHORT_VALUE.match(it[2].strip()):
            short.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        if len(short) >= 3:
            out.update(short)
        run, short = [], []
    return out | _labelled_values(lines)


# "… against each of the types of shop listed below …" / "Types of shop:" / "– Supermarket" /
# "– Convenience store": the categories one ask names, under a label of their own.
_LISTED_BELOW = re.compile(r"\b(?:listed|set\s+out|shown|named)\s+below\b|\bthe\s+following\s+(?:types?|categories|kinds?|areas?|groups?)\b",
                           re.I)


def _labelled_values(lines: list[str]) -> set[int]:
    out: set[int] = set()
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    for k, i in enumerate(filled[1:-2], 1):
        label = lines[i].strip()
        if not (label.endswith(":") and len(label.split()) <= 5 and not _ASKING_WORD.search(label)
                and not item(label) and _LISTED_BELOW.search(lines[filled[k - 1]])):
            continue
        run = []
        for j in filled[k + 1:]:
            it = item(lines[j])
            if not (it and it[0] == "bullet" and "?" not in it[2] and len(it[2].split()) <= 4
                    and not _ASKING_WORD.search(it[2])):
                break
            run.append(j)
        if len(run) >= 3:
            out.update(run)
    return out


_SHORT_VALUE = re.compile(r"^[a-z][\w'-]*(?:\s[\w'-]+)?[;,.][\"”]?$")


def _with_unbulleted_asks(lines: list[str], found: list[Item]) -> list[Item]:
    """'Ask one?\\n• Ask two?\\nAsk three?\\n• Ask four?': unbulleted asks among the bullets count too."""
    hi = found[-1].line
    lo = next((i for i in range(found[0].line - 1, -1, -1) if lines[i].strip()), hi)
    bulleted = {f.line for f in found}
    extra = []
    above = next((lines[i].strip() for i in range(lo - 1, -1, -1) if lines[i].strip()), "")
    first = lines[lo].strip() if lo < found[0].line else ""
    if (above.endswith(":") and first and not first.endswith(":") and not item(first)
            and not NOTE.match(first) and first[:1].isupper() and len(first.split()) <= 40
            and not _heading_text(first)):  # ("Dangerous dogs" over the bullets: a section's name)
        # "details about:" / "The number of bicycles." / "• The number of officers.": the first
        # ask printed without its bullet
        extra.append(Item(lo, "unbulleted", "bullet", "", first))
        lo += 1
    for i in range(lo, hi):
        s = lines[i].strip()
        starts = i == lo or not lines[i - 1].strip() or i - 1 in bulleted  # not a bullet's wrapped tail
        if (i not in bulleted and "?" in s and s[:1].isupper() and not item(s) and starts
                and not s.endswith(":") and not re.search(r"\bthe\s+following\b", s, re.I)):
            extra.append(Item(i, "unbulleted", "bullet", "", s))
    return sorted(found + extra, key=lambda x: x.line)


# ---- asks run together on one line -------------------------------------------------------------

# (family, marker pattern, first label, example): a line holding a run of these in order is split.
INLINE_STYLES = [
    # (also "i. …; ii. …": the stop for the bracket)
    ("roman", r"(?:^|(?<=\s))(?:\(?(i{1,3}|iv|vi{0,3}|ix|x)\)|(i{1,3}|iv|vi{0,3}|ix|x)\.)\s+(?=\S)", "i",
     "please could you provide: (i) the number of calls; (ii) the number abandoned; and (iii) the average wait"),
    # (a lower-case word after "1." / "1)": "tell me 1. whether …, 2. how many …")
    ("number", r"(?:^|(?<=\s))(\d{1,2})(?:[.)]\s+(?=[A-Za-z])|\s+(?=[A-Z]))", "1", "1 Gender 2 Religion 3 Nationality"),
    ("letter", r"(?:^|(?<=\s))\(?([a-z])\)\s+(?=\S)", "a",
     "please tell me a) how many dogs were seized, b) how many were destroyed"),
    # "Please can you tell me (1) how many …, (2) how many … and (3) how many …"
    ("paren", r"(?:^|(?<=\s))\((\d{1,2})\)\s+(?=\S)", "1",
     "Please can you tell me (1) how many dogs were seized, (2) how many were destroyed and (3) the kennel cost"),
    # "First part: … Second part: …" run together in one quoted paragraph (MOD Police letters)
    ("ordinal", r"(?:^|(?<=\s))(?i:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?i:part|question)\s*:\s+(?=\S)",
     "first", "First part: the number of thefts. Second part: their value. Third part: the sites with most thefts."),
]
_INLINE = [(fam, re.compile(pat), first) for fam, pat, first, _ in INLINE_STYLES]


# Text ending in a section number: the letter after it cites the statute ("Section 1(1) (b)").
_CITATION_END = re.compile(r"(?:\d\)|\bsections?\s+\d+[A-Z]?|\bs\.?\s?\d+[A-Z]?)\s*$", re.I)


_ROMAN_NEXT = {"i": "ii", "ii": "iii", "iii": "iv", "iv": "v", "v": "vi", "vi": "vii", "vii": "viii", "viii": "ix",
               "ix": "x"}


def _next_label(label: str, fam: str = "") -> str:
    if fam == "roman":
        return _ROMAN_NEXT.get(label, "")
    if fam == "ordinal":
        k = _ORDINALS.index(label) + 1 if label in _ORDINALS else len(_ORDINALS)
        return _ORDINALS[k] if k < len(_ORDINALS) else ""
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


# (after "in", "see", "question": one marker will do; after "of", "with", "by" only markers side by side
# with nothing between them: "provide me with (i) the words …, (ii) …" enumerates)
_CROSS_REFERENCE = re.compile(r"\b(?:in|see|per|questions?|parts?|points?|items?)\s+(\(\w{1,3}\)(?:\s*(?:,|and|or|&)\s*\(\w{1,3}\))*)"
                              r"|\b(?:of|to|from|under|with|by|at)\s+(\(\w{1,3}\)(?:\s*(?:,|and|or|&)\s*\(\w{1,3}\))+)", re.I)


def _inline_parts(s: str, block: bool = False, starts: tuple[int, ...] = ()) -> list[str] | None:
    """The asks of a run of inline markers in s (the words before the first on a line of their own),
    or None. In a wrapped paragraph (block) a number needs its '.' or ')', and some marker must fall
    inside a line (`starts`: where the paragraph's lines begin), else the lines list the asks already."""
    numbered = _opens_numbered(s)
    # "the offences in (1) and (2)": asks referred to, not markers
    cited = [r.span(r.lastindex) for r in _CROSS_REFERENCE.finditer(s)]
    for fam, pat, first in _INLINE:
        marks, want = [], first
        for m in pat.finditer(s):
            if block and fam == "number" and not re.match(r"\d{1,2}[.)]", m.group(0)):
                continue
            if any(a <= m.start() < b for a, b in cited):
                continue
            if fam in ("letter", "roman", "paren") and _CITATION_END.search(s[:m.start()]):
                continue  # "Section 1(1) (a) is to confirm …": a statute's paragraph, not an ask
            if fam == "paren" and re.search(r"\d\s*$", s[:m.start()]):
                continue  # "Section 1(1) (a) is to confirm …": a statute's paragraph, not an ask
            label = next(g for g in m.groups() if g)
            if (label.lower() if fam == "ordinal" else label) == want and (
                    want != first or fam in ("letter", "roman", "ordinal", "paren") or not s[:m.start()].strip()
                    or _LEAD_BEFORE_ONE.search(s[:m.start()])):
                marks.append(m.start())
                want = _next_label(want, fam)
        if len(marks) < 2 or (block and all(a in starts for a in marks)):
            continue
        if numbered and fam in ("letter", "roman") and marks[0] > 0 and not _ASKING_WORD.search(s[:marks[0]]) \
                and not (_each_asks(s, marks) and (_after_label(s, marks[0]).endswith((":", "-", "–"))
                                                   or not _after_label(s, marks[0]) or _each_a_sentence(s, marks))):
            continue  # "1/ The annual number of a) offences and b) arrests …": a listed ask naming
            # its parts (no "please provide me with (i) …, (ii) …" before them): one ask, as is
            # "e) In relation to the limit, (i) how many … and (ii) how many …?"; but "Q3. (a) How
            # many kits …, and (b) what was their cost?" asks twice, and so does "2) Out of those:
            # i. How many …? ii. How many …?"
        if fam in ("letter", "roman") and STATED_LEAD.search(s[:marks[0]]) and "?" not in s:
            continue  # "A force publishes a table of its horses with i) name, ii) age …": background, not asks
        count = _OPEN_COUNT.search(s[:marks[0]])
        if fam in ("letter", "roman", "paren") and count and not _REQUEST_VERB.search(count.group(0)) \
                and _completes_one_ask(s, marks):
            continue  # "how many resulted in (a) a warning letter, (b) a fine or (c) a prosecution?": the
            # outcomes one count is broken down by, not asks
        out = [s[:marks[0]].strip()] if marks[0] > 0 else []
        for a, b in zip(marks, marks[1:] + [len(s)], strict=True):
            part = s[a:b].strip()
            if fam in ("letter", "roman", "paren"):  # "a) how many X, b) ..." / "..., and c) ...": the joins go
                part = re.sub(r"(?:[,;.])?\s*(?:\b(?:and|or)\b)?\s*$", "", part).strip()
            out.append(part)
        if fam in ("letter", "roman") and marks[0] > 0 and all(
                _is_value(item(p)[2].rstrip("?") if item(p) else p) for p in out[1:]):
            continue  # "… as of (i) 1.4.18 and (ii) 1.4.19?": the dates of one ask, not asks
        if fam in ("letter", "roman") and marks[0] > 0 and _values_then_ask(out[1:]):
            continue  # "broken down between i) Sellafield and ii) Dounreay, please tell me: a) …": the
            # places one ask is split by, the ask running on after the last (its own letters follow)
        if fam in ("letter", "roman") and len(out) >= 3 and all(
                _PERIOD_START.match(item(p)[2] if item(p) else p) for p in out[1:]) and all(
                _PERIOD_VALUE.match(item(p)[2] if item(p) else p) for p in out[1:-1]):
            continue  # "for the financial years a) 2021/22, b) 2022/23, and c) 2023/24 how much …": one
            # ask's periods lettered inside it, the ask running on after the last
        return out
    return None


# Words that ask: a lead holding one requests what follows it.
_ASKING_WORDS = r"please|tell|provide|send|supply|give|list|know|like|request|want|how|what|which|whether|can|could|would|may"
_ASKING_WORD = re.compile(rf"\b(?:{_ASKING_WORDS})\b", re.I)
ASKING_WORD = _ASKING_WORD  # (read by questions.py too)


# A count asked for just before the letters, its clause still open: "how many were (a) …",
# "how many resulted in (a) …" (not "Please tell me (a) how many …").
_OPEN_COUNT = re.compile(r"\bhow\s+(?:many|much|often)\b[^.?;:]*$", re.I)
_ASK_OPENING = re.compile(r"^(?:how|what|which|whether|when|where|who|why|is|are|was|were|do|does|did|has|have"
                          r"|can|could|would|will|please|the\s+(?:number|total|amount|cost|names?|dates?))\b", re.I)
_QUESTION_OPENING = re.compile(r"^(?:how|what|which|whether|when|where|who|why|please|can|could|would)\b", re.I)
# a request verb inside the counted clause: "How many PCSOs …, and for those please provide (a) …"
_REQUEST_VERB = re.compile(r"\b(?:please|provide|tell|give|list|send|supply|state|confirm|include)\b", re.I)


def _parts_after(s: str, marks: list[int]) -> list[str]:
    parts = []
    for a, b in zip(marks, marks[1:] + [len(s)], strict=True):
        it = item(s[a:b].strip())
        parts.append(re.sub(r"(?:[,;.?])?\s*(?:\b(?:and|or)\b)?\s*$", "", it[2] if it else s[a:b]).strip())
    return parts


def _each_asks(s: str, marks: list[int]) -> bool:
    """Every lettered part opens with a question word: "(a) How many kits …, and (b) what was …"."""
    return all(_QUESTION_OPENING.match(p) for p in _parts_after(s, marks))


def _each_a_sentence(s: str, marks: list[int]) -> bool:
    """Each lettered part ends its own sentence before the next mark ("i. How many were solved? …
    ii. How many remain open?"), not one sentence's clauses ("(i) how many … and (ii) how many …?")."""
    return all(re.search(r"[?.]\W*$", s[a:b].strip()) for a, b in zip(marks, marks[1:], strict=False))


def _completes_one_ask(s: str, marks: list[int]) -> bool:
    """Every lettered part a short phrase with no asking word of its own: the words one question
    ends on ("(a) charged, (b) cautioned or (c) released with no further action?")."""
    parts = _parts_after(s, marks)
    return all(not _ASK_OPENING.match(p) and not _ASKING_WORD.search(p) for p in parts) and all(
        len(p.split()) <= 6 for p in parts[:-1])  # (the last runs on to the question's end)


def _opens_numbered(s: str) -> bool:
    """The text opens with an ask's label ("1/ …", "2. …", "Q3 …", "e) …"), not a bullet."""
    it = item(s)
    return it is not None and family_of(it[0]) in ("number", "letter", "roman")


def _after_label(s: str, end: int) -> str:
    """The words between the item's own label and `end`."""
    it = item(s)
    return s[:end].strip()[len(s.strip()) - len(it[2]):].strip() if it else s[:end].strip()


def _values_then_ask(parts: list[str]) -> bool:
    """Every part a name or period, the last one's running on past a comma into more words."""
    texts = [item(p)[2] if item(p) else p for p in parts]
    head, comma, rest = texts[-1].partition(",")
    return (all(_is_value(t) for t in texts[:-1]) and bool(comma) and _is_value(head)
            and len(rest.split()) >= 3)


_PERIOD_START = re.compile(r"^(?:19|20)\d\d(?:\s*[/\-–]\s*(?:19|20)?\d\d)?\b")
_PARA_END = re.compile(r"[.?!:;][\"'”’)]*$")
PARA_END = _PARA_END  # a line that ends its sentence (read by questions.py too)
# Words that lead into a numbered list run into the same line: "Please provide the following under
# the Freedom of Information Act 1. How many …? 2. …" (the "1." may then stand mid-line).
# (an opening quote mark may stand between: 'you requested the following information: “1) How many …')
_LEAD_BEFORE_ONE = re.compile(r"(?:\bthe\s+following|\bas\s+follows|\bAct(?:\s+\d{4})?|:|-|–"
                              # "Please could you tell me 1. whether … 2. how many …": an asking verb's object
                              r"|(?i:\b(?:tell|send|give|provide|supply|advise|inform)\s+(?:me|us)(?:\s+with)?"
                              r"|\bplease\s+(?:provide|supply|send|confirm|advise|disclose)))\s*[\"“‘]?\s*$")
# The words before inline letters state something in the third person ("A neighbouring force publishes
# a table of its horses with i) …"): a subject and a present or past verb, no request word.
STATED_LEAD = re.compile(rf"^(?![^.]*\b(?:{_ASKING_WORDS})\b)(?:an?|the|this|that|its|their|[A-Z][a-z]+)\s+[^.]{{0,80}}?"
                          r"\b(?:publishes|published|lists|listed|shows|showed|records|recorded|includes|included"
                          r"|contains|contained|uses|used|has|had|holds|held)\b", re.I)


def _not_asking(para: str, voice: re.Pattern | None) -> bool:
    """The force speaking, or the Act quoted ("… for any of the purposes in subsection (2). Those
    purposes include: (a) the purpose of …"): its lettered items are no asks."""
    from parsers.fields.outcome_cues import FOLDED

    s = para.strip()
    return (voice is not None and bool(voice.match(s))) or bool(FOLDED["statute"].search(s.lower()))


# A bullet list whose items were run into one paragraph, each item a sentence: "* How many …? * How
# many of those …? * How many …?" (a log site that flattens list markup).
_BULLETS_RUN_ON = re.compile(r"^[*•]\s+\S.*?[?.]\s+[*•]\s+[A-Z]")
_BULLET_SPLIT = re.compile(r"(?<=[?.])\s+[*•]\s+(?=[A-Z])")


def split_inline(lines: list[str], voice: re.Pattern | None = None) -> list[str]:
    """'1. Ask one. 2. Ask two.' or 'tell me a) X, b) Y and c) Z' on one line, or wrapped over the
    lines of one paragraph: one ask a line, the words before the first marker on a line of their own
    (a lead-in, not an ask). A paragraph that opens in the force's voice (`voice`: "Having made
    enquiries we hold … a notice which: a) states that fact b) …") is the force quoting the Act, and
    stays whole."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and j - i < 12:
            if j > i and item(lines[j]):
                break  # the next bullet or number opens an item of its own, not a wrapped line
            j += 1
            if _PARA_END.search(lines[j - 1].strip()) and not re.search(r"\s\d{1,2}[.)]$", lines[j - 1].strip()):
                break  # a paragraph ends with its sentence (PDF text has no blank lines), not with the
                # next ask's label wrapped onto the end of a line ("… over the same period. 3.")
        if j - i > 1:
            starts, pos = [], 0
            for ln in lines[i:j]:
                starts.append(pos)
                pos += len(ln.strip()) + 1
            para = " ".join(ln.strip() for ln in lines[i:j])
            if para[:1] in "\"“" and para.rstrip()[-1:] in "\"”":  # a request quoted whole
                para = " " + para.strip()[1:-1]
            parts = None if _not_asking(para, voice) else _inline_parts(para, True, tuple(starts))
            if parts:
                out.extend(parts)
                i = j
                continue
        line = lines[i].strip()
        if _BULLETS_RUN_ON.match(line) and len(_BULLET_SPLIT.split(line)) > 1:
            # "* How many …? * How many …? * How many …?": a bullet list run into one paragraph
            out.extend(f"{line[0]} {part.strip()}" for part in _BULLET_SPLIT.split(line[1:]) if part.strip())
            i += 1
            continue
        if len(line) > 2 and line[:1] in "\"“" and line[-1:] in "\"”":  # a request quoted whole
            line = line[1:-1]
        parts = None if _not_asking(lines[i], voice) else _inline_parts(line)
        out.extend(parts if parts else _next_item_run_on(lines[i]))
        i += 1
    return out


def _next_item_run_on(line: str) -> list[str]:
    """'2. The value stolen in each year?3. How many were charged?': the next numbered ask typed
    straight after the question mark opens a line of its own."""
    it = item(line)
    if not it or not it[1].isdigit():
        return [line]
    m = re.search(rf"\?\s*({int(it[1]) + 1}[.)])\s*(?=[A-Z])", line)
    if not m:
        return [line]
    return [line[:m.start() + 1], line[m.start(1):]]


# ---- several asks in one unnumbered paragraph ----------------------------------------------------

# One question after another in a paragraph: "… in 2023? How many …?". A paragraph breaks after a
# question mark where a question of its own follows (QUESTION_OPENINGS: it opens as one, or it ends
# in "?" with a question word inside: "Of those, how many …?"); a title quoted inside an ask ("the
# leaflet 'Are You Safe? Stay Aware'") stays whole. Each question is then split by ASK_JOINS.
_QUESTION_END = re.compile(r"(?<=\?)[\"'”’)]?\s+(?=[\"“‘(]?[A-Z]|\(?\d{1,2}[.)]\s+[A-Z])")
# (pattern, example) of the question words that make a sentence a question.
QUESTION_OPENINGS = [
    (r"how|what|which|whether|when|where|who|why", "How many of them were destroyed?"),
    (r"does|do|did|is|are|was|were|has|have|had|can|could|would|will", "Did the force sell any of them?"),
    (r"please", "Please give the cost of each kennel."),
    # a wish to know, after a question: "… on the island? I want to know whether any were switched off."
    (r"i\s+(?:would\s+(?:also\s+)?like|(?:also\s+)?want|wish|need)\s+to\s+know", "I want to know whether any of them were switched off."),
]
_QUESTION_WORD = "(?:" + "|".join(p for p, _ in QUESTION_OPENINGS) + ")"
_OPENS_QUESTION = re.compile(rf"^[\"“‘(]?{_QUESTION_WORD}\b", re.I)
_HAS_QUESTION_WORD = re.compile(r"\b(?:how|what|which|whether|when|where|who|why)\b", re.I)


_INLINE_LABEL = re.compile(r"^\(?\d{1,2}[.)]\s+(?=[A-Z])")


def _questions(par: str) -> list[str]:
    """'How many X? Of those, how many Y? How much Z?' -> its questions; [par] when it holds one."""
    out: list[str] = []
    for piece in (p.strip() for p in _QUESTION_END.split(par)):
        label = _INLINE_LABEL.match(piece)  # "… 2025? 2. How many …? 3. How many …?": numbered inline
        if label and len(piece) > label.end():
            piece = piece[label.end():]
        # "If so, I want to know which company supplies it": a question after its condition
        own = _OPENS_QUESTION.match(piece) or (piece.endswith("?") and _HAS_QUESTION_WORD.search(piece)) \
            or _OPENS_QUESTION.match(re.sub(r"^if\s+(?:so|not|yes|any)\s*,\s*", "", piece, flags=re.I)) and piece[:2].lower() == "if"
        if out and (not own or len(piece.split()) < 3):
            out[-1] = out[-1] + " " + piece  # not a question of its own: part of the one before
        elif piece:
            out.append(piece)
    return out if len(out) > 1 and all(len(q.split()) >= 3 for q in out) else [par]


# (where one ask ends and the next begins, example). Only a paragraph with no list marker is split,
# and only where the words before the join ask something themselves ("Between 2020 and 2023, how
# many …" is one ask).
ASK_JOINS = [
    # a second sentence that asks again: "… in 2023. Please also tell me …"
    # (and the last ask: "… during each campaign. Finally, what proportion of those tests were positive?";
    # a first-person addition: "… since 2019. I also want to know the names of …")
    (r"(?<=[.?!])\s+(?=(?:please\s+(?:also|could\s+you\s+also|can\s+you\s+also)|(?:could|can|would)\s+you\s+also"
     r"|i\s+would\s+also\s+like|(?:i\s+would|i'd|i\u2019d)\s+also\s+be\s+grateful\s+(?:to\s+know|if|for)|i\s+also\s+(?:want|wish|need|request|require|ask\s+for)\s+(?:to\s+know|a\s+copy|copies|the\s+(?:number|names?|total|details|dates?|cost|amount)|details|information|data|figures|how|whether|what|which)\b|additionally|in\s+addition|also,|(?:finally|lastly),?\s+(?:how|what|which|whether|when|where"
     r"|who|why|please(?!\s+note\b)|could|can|would|i\s+would|is|are|does|do|did|has|have)"
     # the asks counted in words: "… in 2024. Secondly, please state how many …"
     r"|(?:secondly|thirdly|fourthly|next),?\s+(?:please|could|can|would|i\s+would|how|what|which|whether))\b)",
     "Please tell me how many kennels there are. Please also tell me how many dogs they hold."),
    # a follow-on ask after its condition: "… since January 2024. If so, could you tell me how many …"
    (r"(?<=[.!])\s+(?=if\s+(?:so|yes|any)\s*,\s*(?:could|can|would|will|please|how|what|which|when|where|i\s+(?:would|want|also)))",
     "Please confirm whether the force fitted cameras. If so, could you tell me how many were fitted?"),
    # a direct question after a stated wish: "I would like to know where each camera is located. Which of
    # those cameras are average speed cameras?"
    (r"(?<=[.!])\s+(?=(?:which|what|how|whether|when|where|who|why)\b[^.?!]{3,200}\?)",
     "I would like to know where each camera is located. Which of those cameras are average speed cameras?"),
    # a sentence that asks again with a request verb: "Please send me X. Please tell me Y."
    (r"(?<=[.!])\s+(?=(?:please\s+(?:(?:could|can|would)\s+you\s+)?|(?:could|can|would)\s+you\s+(?:please\s+)?)"
     r"(?:provide|supply|send|tell|confirm|list|give|disclose|state|share|advise|say|explain|show|identify"
     r"|indicate|specify)\b)",
     "Please send me the kennel policy. Please tell me how many dogs were retired in 2023."),
    # a sentence that asks again after a back-reference: "… in 2023. Of those, how many …?" /
    # "…? For the same years, please give …" (not "For each year, please break it down …" nor
    # "In this, please include: …", which name the details of the ask before)
    (r"(?<=[.?!])\s+(?=(?:of|for|from|among|amongst|in|across)\s+(?:those|these|them|each|the\s+same|that|this|all)\b"
     r"[^.?!]{0,60}?,\s*(?:how|what|which|whether|(?:please|could\s+you|can\s+you)\s+(?!break|split|include)))",
     "Please tell me how many officers failed vetting in 2023. Of those, how many have left?"),
    # "…, which station had …": a question word and its noun, then the verb, asks again (a relative
    # "…, which was …" / "…, which the force …" does not)
    (r",\s+(?:and\s+)?(?=(?:which|what)\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might"
     r"|should|do|does|did|i|we|you|they|it|he|she|the|a|an|this|that|these|those|my|our|your|their|its)\b)"
     r"[a-z]+\s+(?:is|are|was|were|has|have|had|did|does|do|[a-z]+ed)\b)",
     "Please tell me how much was spent on fuel, which station had the largest bill, and whether any were closed."),
    # a series of asks joined by commas: "… in 2023, how many of those …, and how much …"
    (r",\s+(?:and\s+(?:also\s+)?)?(?=(?:how\s+(?:many|much|often|long)|whether(?!\s+(?:by|through|via|as|in|on|for|from|due|or|because)\b))\b)",
     "Please tell me how many vans were bought, how many were sold, and how much they cost."),
    # "… in 2023 and also how many …": "also" marks a second ask even without a comma
    (r",?\s+and\s+also\s+(?=(?:how\s+(?:many|much|often|long)|whether|what|which|the\s+number\s+of)\b)",
     "Could you tell me how many tasers were fired in 2023 and also how many officers carry one?"),
    # a second request verb after the comma: "Please send me the policy, and tell me whether …"
    (r",\s+and\s+(?:also\s+)?(?=(?:tell|send|give|show)\s+(?:me|us)\b|(?:provide|supply|confirm|list)\b)",
     "Please send me the kennel policy, and tell me whether any dog has been retired early."),
    # "…, and could you also provide the number of …": a second request verb asked as a question
    (r",\s+and\s+(?=(?:could|can|would)\s+you\s+(?:also\s+|please\s+)*(?:provide|supply|tell|send|give|confirm|list|state|say)\b)",
     "Could you tell me how many people were referred, and could you also provide the number removed?"),
    # "… how many officers were suspended in each year, as well as the longest period …": a second thing asked for
    (r",?\s+as\s+well\s+as\s+(?=(?:the|how|whether|what|which|any)\b)",
     "Please tell me how many officers were suspended in 2025, as well as the longest suspension."),
    # "…, and the same figures for …" / "…, and the number of …"
    (r",\s+and\s+(?:also\s+)?(?=the\s+(?:same\s+(?:figures|information|details|data|breakdown)|number\s+of"
     r"|total\s+(?:cost|number|amount|value)|cost\s+of|amount\s+of)\b)",
     "Please give the number of arrests in each town, and the same figures for each ward."),
    # "… which company supplies it and how much the force has paid for it": a second count or sum
    # (a new subject after "how much", not "… and how many were referred" / "… and how much that bill was",
    # which go on about the same thing, nor an ellipsis of the same ask at another place or time: "… are
    # based at AWE Aldermaston and how many at AWE Burghfield?")
    (r"(?<![,;])\s+and\s+(?=how\s+(?:many|much|often|long)\s+(?!(?:were|was|are|is|have|has|had|did|do|does|will|would"
     r"|that|this|it|they|those|these|them|he|she|of|at|in|on|for|from|by|during|within)\b)\w+\s+\w+)",
     "I want to know which company supplies it and how much the force has paid for it."),
    # "… the number of armed officers on duty at night and the types of firearms they carry and the
    # location where …": a second thing named by its own noun after a bare "and"
    # (not "the number of electric vehicles and the number of charging points": one count beside
    # another is one ask, unless it counts part of the first, "and the number of those that …")
    (r"(?<![,;])\s+and\s+(?=the\s+(?:(?:total\s+)?(?:types?|kinds?|locations?|names?|dates?|proportion|percentage|cost|costs"
     r"|amount|value)\s+(?:of|on|where|in|at)\b|numbers?\s+of\s+(?:those|these|them)\b"
     r"|(?:longest|shortest|highest|lowest|largest|smallest|average|median)\s+\w+))",
     "I would like to know the number of armed officers on duty at night and the types of firearms they carry."),
    # "… seized in 2024 and how many of those dogs were later destroyed": a count of a part of the first
    (r"(?<![,;])\s+and\s+(?=how\s+many\s+of\s+(?:those|these|them)\b)",
     "Please tell me how many dogs were seized in 2024 and how many of those dogs were destroyed."),
    # "Please send me the policy, together with any guidance given to officers …": a second document
    (r",\s+together\s+with\s+(?=(?:any|all|the|a|copies)\s+(?:guidance|policy|policies|procedures?|training|documents?|correspondence|minutes|reports?|copies)\b)",
     "Please send me the policy on body-worn video, together with any guidance given to officers."),
]
_ASK_JOIN = re.compile("|".join(f"(?:{p})" for p, _ in ASK_JOINS), re.I)
_ASKS_SOMETHING = re.compile(
    r"\b(?:how|what|which|whether|please|tell|provide|supply|give|confirm|list|know|number|request|copy|details)\b", re.I)


# "How many hours of footage, and how many images were kept": the first count has no verb of its
# own, so both share the one verb and are one ask; so too after a request's lead ("Please tell me
# how many right to ask applications and how many right to know applications were received …").
_VERBLESS_COUNT = re.compile(
    r"^how\s+(?:many|much)\b(?!.*\b(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|\w+ed)\b)"
    # after a request's lead, only a short noun phrase: "Please tell me how many right to ask applications"
    r"|^(?:(?:please\s+)?(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?(?:tell|advise|inform|let)\s+(?:me|us)(?:\s+know)?\s+"
    r"|i\s+would\s+(?:also\s+)?like\s+to\s+know\s+)how\s+(?:many|much)"
    r"(?!\s+(?:the|a|an|its|their|our|your|this|that|these|those|it|they|we|you|he|she|each)\b)"
    r"(?!.*\b(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|\w+ed)\b)(?:\s+[\w'’-]+){1,6}$", re.I)


def split_asks(par: str) -> list[str]:
    """One unnumbered paragraph -> its asks (questions, then ASK_JOINS within each);
    the paragraph itself when it holds one."""
    return _colon_series(par) or [a for q in _questions(par) for a in _split_joins(q)]


# "For each of the years 2023, 2024 and 2025: the number of 999 calls received; the number answered
# within 10 seconds; … and the average time taken to answer": a lead-in, then asks split by semicolons
_SERIES_ITEM = re.compile(r"^(?:and\s+)?(?:the\s+(?:total\s+|average\s+|same\s+)?(?:number|numbers|total|average|cost|costs|amount|value"
                          r"|names?|dates?|proportion|percentage|figures?|breakdown|rank|ranks)\b|how\s+(?:many|much|long|often)\b"
                          r"|whether\b|what\b|which\b|a\s+(?:copy|list|breakdown)\s+of\b|copies\s+of\b|details\s+of\b)", re.I)


def _colon_series(par: str) -> list[str] | None:
    """The asks of a lead-in and a semicolon series after its colon; None when par is no such series.
    The lead may stand on a line of its own above ("Please could you provide:" / "the number of
    assaults on officers …;" / "the number of assaults on staff …;" / "how many …"): then the
    paragraph is the series alone, opening as its items do."""
    lead, colon, rest = par.partition(":")
    if not colon and _SERIES_ITEM.match(par.strip()):
        lead, colon, rest = "", ":", par
    if not colon or len(lead) > 200 or "?" in lead or ";" in lead:
        return None
    parts = [p.strip() for p in re.split(r"(?<=;)\s+", rest) if p.strip()]  # (each keeps its ";", as printed)
    if len(parts) < 3 or not all(_SERIES_ITEM.match(p) and len(p.split()) >= 3 for p in parts):
        return None
    return [re.sub(r"^and\s+", "", p, flags=re.I) for p in parts]


# "Of those" / "For each year" split off by a comma join: the lead of the ask after it
_BACK_LEAD = re.compile(r"^(?:of|for|from|among|amongst|in|across)\s+(?:those|these|them|each|the\s+same|that|this|all)\b[^.?!]{0,60}$", re.I)


# "Can you please tell me, in the last two years, how many …": the request verb, then an aside
# before its object; the ask after the comma is this one's object, not a second ask.
# "… the referral of requests to, as well as the advice received from, the NPCC …": a part that stops on
# its preposition is one half of a shared object, not an ask of its own
_OPEN_PREPOSITION = re.compile(r"\b(?:to|from|of|for|with|by|on|in|about|at|into|between)\s*,?$", re.I)
_VERB_THEN_ASIDE = re.compile(r"\b(?:tell|let|advise|inform|show|give)\s+(?:me|us)(?:\s+know)?\s*,[^,]{0,60}$", re.I)


# The comma-series join of ASK_JOINS. A series asks several things ("…were bought, how many were
# sold, and how much they cost"); one "…, and how much / whether …" after an ask goes on with it
# ("how many hours were worked in each year, and how much that overtime cost"): no split there.
_SERIES_JOIN = re.compile(ASK_JOINS[[ex for _, ex in ASK_JOINS].index(
    "Please tell me how many vans were bought, how many were sold, and how much they cost.")][0], re.I)


def _joins(par: str) -> list[str]:
    """par split at ASK_JOINS, except at a lone ", and how …/whether …" (see _SERIES_JOIN)."""
    joins = list(_ASK_JOIN.finditer(par))
    series = list(_SERIES_JOIN.finditer(par))
    # (the only join of the paragraph, and no "also": "…, and also whether …" asks again)
    keep = {series[0].span()} if (len(series) == 1 and len(joins) == 1 and series[0].span() == joins[0].span()
                                  and re.fullmatch(r",\s+and\s+", series[0].group(0), re.I)) else set()
    out, last = [], 0
    for m in joins:
        if m.span() in keep or m.start() == m.end() == last:
            continue
        out.append(par[last:m.start()])
        last = m.end()
    out.append(par[last:])
    return out


_WHO_I_AM = re.compile(r"^(?:i\s+am|i'm|i\u2019m|as\s+an?|we\s+are|my\s+name\s+is)\b(?![^.?!]*\?)", re.I)
_REQUEST_VERB = re.compile(r"\b(?:please|could\s+you|would\s+you|can\s+you|tell\s+me|provide|supply|send\s+me|i\s+would\s+like)\b", re.I)


# "Finally, how many …": the comma join leaves the sequencing word alone; it opens the ask after it
# "Please provide the dates and the locations of every deployment": a bare head shares the next
# one's complement, one ask
_BARE_HEAD = re.compile(r"\bthe\s+[\w-]+$", re.I)
# ... and a breakdown, comparison or condition still open takes the "and the …" after it: "broken down by
# the type of vehicle and the location", "between the cost of leasing … and the cost of buying", "in which
# the bike was undamaged and the name of the owner was known"
_OPEN_CLAUSE = re.compile(r"\b(?:broken\s+down\s+by|split\s+(?:down\s+)?by|between|comparison|compared\s+(?:with|to)"
                          r"|in\s+which|where|whereby)\b[^,;.]*$", re.I)
_SEQUENCE_WORD = re.compile(r"(?:finally|lastly|secondly|thirdly|next|also|further(?:more)?|additionally)\W*", re.I)


def _split_joins(par: str) -> list[str]:
    parts = [p.strip() for p in _joins(par) if p and p.strip()]
    for k in range(len(parts) - 2, -1, -1):
        if _BACK_LEAD.match(parts[k]) or _VERB_THEN_ASIDE.search(parts[k]) or _OPEN_PREPOSITION.search(parts[k]) \
                or _SEQUENCE_WORD.fullmatch(parts[k]) \
                or (re.match(r"the\b", parts[k + 1], re.I) and (_BARE_HEAD.search(parts[k]) or _OPEN_CLAUSE.search(parts[k]))):
            parts[k:k + 2] = [parts[k] + ", " + parts[k + 1]]
    # "I am a councillor … and residents have asked me how often …. Could you tell me …": who the
    # requester is, before the asks, asks nothing
    if len(parts) >= 2 and _WHO_I_AM.match(parts[0]) and not _REQUEST_VERB.search(parts[0]):
        parts = parts[1:]
    # the later parts open with an ask (the joins look for one); the first must ask by itself
    if (len(parts) < 2 or not _ASKS_SOMETHING.search(parts[0]) or len(parts[0].split()) < 4
            or (_VERBLESS_COUNT.match(parts[0]) and re.match(r"how\s+(?:many|much)\b", parts[1], re.I))
            or any(len(p.split()) < 3 for p in parts)):
        return [par]
    return parts


# A list label printed on a line of its own, its text after a blank line (pdftotext's default mode on a
# letter whose labels sit in a hanging indent): "1." / "" / "The number of children …" / "" / "2." / …
_BARE_LABEL = re.compile(r"^\s*(?:(\d{1,2})[.)]|\(?([a-h])[.)]|Q(\d{1,2})[.:]?)\s*$")


def join_bare_labels(lines: list[str]) -> list[str]:
    """Lines with each bare label joined to the text under it ("1. The number of children …"), where
    two or more labels run 1, 2 (or a, b) in turn, each over a line opening with a capital or a quote."""
    at = []
    for i, ln in enumerate(lines):
        m = _BARE_LABEL.match(ln)
        if not m:
            continue
        j = i + 1
        while j < len(lines) and j - i <= 2 and not lines[j].strip():
            j += 1
        # (a blank line between: a table copied one cell per line, "1." / "Burglary" / "412", stays)
        if j < len(lines) and j > i + 1 and lines[j].strip()[:1] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“‘" \
                and not _BARE_LABEL.match(lines[j]):
            at.append((i, j, next(g for g in m.groups() if g)))
    keys = [k for _, _, k in at]
    run = [k for k in keys if k.isdigit()] or keys
    if len(at) < 2 or not (run[:2] == ["1", "2"] or run[:2] == ["a", "b"]):
        return lines
    out, skip = [], set()
    for i, j, _k in at:
        skip.update(range(i + 1, j + 1))
    joined = {i: f"{lines[i].strip()} {lines[j].strip()}" for i, j, _k in at}
    for i, ln in enumerate(lines):
        if i in joined:
            out.append(joined[i])
        elif i not in skip:
            out.append(ln)
    return out
