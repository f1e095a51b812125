"""Title sources that read a document's lines: the reader's title row, a labelled field, a DOCX
heading, a subject phrase, a repeated page heading, a letter's subject line, a text copy's first
line, and the title segment() found.

Each reads structure (a field, a heading style, the place of a line in a letter's head), never a
force's wording. The order all sources are tried in is SOURCES in title.py.
"""
from __future__ import annotations

import re

from parsers.fields import reference
from parsers.fields.title_checks import (
    accept,
    clean,
    fold,
    generic_heading,
    is_date_line,
    is_ref_only,
    menu_row,
    names_a_force,
    not_a_title,
    ref_led,
)
from parsers.fields.title_patterns import (
    ADDRESSES,
    BODY_OPENINGS,
    CONTACT_FIELD,
    DEPARTMENTS,
    FIELD_LINES,
    FOI_PREFIX,
    FORM_HEADINGS,
    MAX_WORDS,
    PAGE_CHROME,
    PROTECTIVE_MARKINGS,
    SENTENCE_STARTS,
    SITE_AND_TOWN,
    SUBJECT_PREFIXES,
    looks_english,
    looks_welsh,
)


def from_reader(ctx: dict):
    """1. A title the format reader found (a spreadsheet's title row): the reader has judged its
    place; a letterhead or reference row is still no title."""
    title, ref = clean(ctx.get("reader_title"))
    return (None, None) if title and not_a_title(title) else (title, ref)



_FIELD_NAMES = re.compile(r"^(?:title|subject|request\s+title|topic|request\s+subject|summary)$", re.I)


def from_field(ctx: dict):
    """3. A labelled field: a key/value row (Title / Subject / Request title) or a "Subject:" line."""
    for label, value in ctx.get("fields") or []:
        if _FIELD_NAMES.match(fold(label).rstrip(":")):
            got = accept(value, lowercase_ok=True)
            if got[0]:
                return got
    lines = [fold(ln).strip("| ") for ln in ctx["lines"][:60]]
    lines = [ln for ln in lines if ln]
    for i, s in enumerate(lines):
        m = re.match(r"^(?:(?:subject|title|request\s+title|topic)\s*[:\-–|]|(?:request\s+)?re\s*:)\s*(\S.*)$", s, re.I)
        # a ruled key/value block flattened to text loses the rule between label and value
        # ("Date of response 3 June 2024" / "Subject Horse patrols"): the label is known by its
        # place in a block of field lines
        m = m or (_in_field_block(lines, i) and _BARE_FIELD.match(s))
        if m:
            got = accept(_value_wrapped(lines, i, m.group(1)), lowercase_ok=True)
            if got[0]:
                return got
    return None, None


_BARE_FIELD = re.compile(r"^(?:subject|title|request\s+title)\s+(\S.*)$", re.I)


# how the letter went: "sent via email", "by email only" (never the subject's own end)
_DELIVERY = re.compile(r"^(?:sent\s+)?(?:by|via)\s+(?:e-?mail|post|hand|recorded\s+delivery|courier)\b", re.I)


def _value_wrapped(lines: list[str], i: int, value: str) -> str:
    """A subject field's value with its wrapped end joined, the letter's salutation or body opening
    after it ("RE: Freedom of Information request - people killed or seriously injured on Dorset" /
    "roads" / "Thank you for …")."""
    if i + 1 >= len(lines) or re.search(r"[.:;?!,]$", value):
        return value
    after = lines[i + 2] if i + 2 < len(lines) else ""
    if _wrapped_end(lines[i + 1]) and (not after or BODY_OPENINGS.match(after) or _SALUTATION.match(after)):
        return f"{value} {lines[i + 1]}"
    return value


def _wrapped_end(nxt: str) -> bool:
    """A line that ends a subject wrapped onto it: lower case, a few words, no stop, no field and no
    delivery line ("sent via email")."""
    return nxt[:1].islower() and len(nxt.split()) <= 6 and not re.search(r"[.:;?!]$", nxt) \
        and not FIELD_LINES.match(nxt) and not _DELIVERY.match(nxt)


def _in_field_block(lines: list[str], i: int) -> bool:
    """The line next to a field line ("Request reference 24/211", "Date of response …")."""
    return any(0 <= j < len(lines) and FIELD_LINES.match(lines[j]) and not re.match(r"dear\b", lines[j], re.I)
               for j in (i - 1, i + 1))


def from_heading(ctx: dict):
    """4. DOCX: the first heading-style (or bold-only) paragraph that is not a section heading."""
    for h in ctx.get("headings") or []:
        got = accept(h)
        if got[0]:
            return got
    return None, None


# A team's or officer's name after "Freedom of Information" in a letterhead or sign-off.
_ROLE = re.compile(r"(?:decision\s+maker|(?:disclosure\s+)?(?:officer|manager|team|unit|advis[eo]r|co-?ordinator|"
                   r"department|office|bureau|lead|analyst|practitioner)s?)\b(?!\s+\w)", re.I)


def from_phrase(ctx: dict):
    """5. "Freedom of Information Request 12/24 - Horses", "Your request for information regarding horses",
    "FOI-2024-0719 Mental health street triage"."""
    columned = _columned_blocks(ctx["lines"])
    head = _head(ctx["lines"])
    for i in range(len(head)):
        s = _lower_wrapped(head, i, _caps_wrapped(head, i))
        if _wrapped_from(ctx["lines"], head[i]):
            continue   # "… of the" / "Freedom of Information Act 2000. This letter is …"
        if reference.foi_line(s):
            continue  # "Freedom of Information Act Request No: DC/FOI 311/20": the form's name and its reference
        m = FOI_PREFIX.match(s)
        if m and _ROLE.match(m.group(m.lastindex)):
            continue  # "Freedom of Information Decision Maker": who signs, not what was asked
        if m and re.match(r"(?:and|&)\s", m.group(m.lastindex) or "", re.I):
            continue  # "Freedom of Information and Data Protection": the letterhead's department
        if m and SITE_AND_TOWN.match((m.group(m.lastindex) or "").strip()):
            continue  # "Freedom of Information - Culham Science Centre, Abingdon": where the unit sits
        if s not in columned and (m or SUBJECT_PREFIXES.match(s) or ref_led(s)):
            got = accept(s, lowercase_ok=True)  # "…regarding police horses" keeps its own case
            if got[0]:
                return got
    return None, None


def from_repeated(ctx: dict):
    """6. A page copy: the breadcrumb's last item, then the same words as the page heading."""
    filled = [fold(ln) for ln in ctx["lines"][:80] if ln.strip()]
    for a, b in zip(filled, filled[1:], strict=False):
        if a == b:
            got = accept(a)
            if got[0]:
                return got
    return None, None


def from_letter(ctx: dict):
    """7. A letter's subject line: after its field block or salutation, before the body."""
    after_fields = False
    head = _head(ctx["lines"])
    columned = _columned_blocks(ctx["lines"])
    tab_fields = {fold(x) for x in ctx["lines"][:80] if _TAB_FIELD.match(x)}
    for i, ln in enumerate(head):
        s = fold(ln)
        if i and s[:1].islower() and not re.search(r"[.:;?!]$", head[i - 1]) and not FIELD_LINES.match(s):
            continue  # the line above wrapped ("… by strand, 2021/22" / "to 2024/25"): no field block
            # (a field written in lower case, "our ref: FOI 4127/23", is still one)
        if _RUNNING_HEAD.search(s) and not FIELD_LINES.match(s):
            continue  # a running header ("MDP FOI2022/08815 Page 1"): no field block opened by it
            # (a field line carrying the page number, "Our Ref: …  Date: …  Page 1 of 2", still is one)
        if s in columned or FIELD_LINES.match(s) or is_date_line(s) or reference.from_text(s) or is_ref_only(s) \
                or s in tab_fields or _refs_field(s) or (i and _values_row(ln) and _labels_row(head[i - 1])):
            after_fields = True
            continue
        if not after_fields:
            continue
        if i and _BARE_LABEL.fullmatch(head[i - 1].strip()) and not _SUBJECT_LABEL.fullmatch(head[i - 1].strip()):
            continue  # the value under its label's own line ("Keywords:" / "Knife crime; Offensive weapons")
        wrapped = _subject_over_two_lines(head, i, ctx["lines"])
        if wrapped:
            got = accept(wrapped, long_ok=True)
            if got[0]:
                return got
        if _wraps_on(head, i) or _wrapped_from(ctx["lines"], ln):
            continue
        if i and CONTACT_FIELD.match(head[i - 1]) and _UNIT_TAIL.fullmatch(s):
            continue  # the contact's team name wrapped: "please ask for: Information Access" / "Team"
        nxt = next((fold(x) for x in head[i + 1:i + 3] if x.strip()), "")
        if nxt and ADDRESSES.search(nxt):
            continue  # a building's name over its street and postcode ("Clyde Gateway" / "2 French Street")
        if i and ADDRESSES.search(fold(head[i - 1])) and not _SALUTATION.match(head[i - 1]) and "," in s \
                and len(s.split()) <= 5 and not re.search(r"\b[a-z]{3,}", s) and not re.search(r"[.:;?!]$", s):
            continue  # the town under a street line: "No.1 Waterwells, Waterwells Drive" / "Quedgeley, Gloucester"
        if _inside_address_block(head, i):
            continue  # "Police Headquarters" / "Nettleham" / "Lincoln": a town in the letterhead's address
        got = accept(_caps_wrapped(head, i))
        if got[0]:
            if i + 1 < len(head) and looks_welsh(got[0]):
                english = accept(head[i + 1])
                if english[0] and not looks_welsh(english[0]) and looks_english(english[0]) \
                        and not _SALUTATION.match(head[i + 1]):
                    return english  # a bilingual letter's subject, Welsh first: "Defnyddio grym ar blant" / "Use of force on children"
            return got
    return None, None


_BARE_LABEL = re.compile(r"[A-Z][\w ()/'’-]{1,40}:")
_SUBJECT_LABEL = re.compile(r"(?:subject|re|title|regarding|request\s+title|topic)\s*:", re.I)   # ("Subject:" / "Police dogs retired …")


def _values_row(line: str) -> bool:
    """The values under a row of field labels ("Our reference   Response date" / "IM-FOI-2025-0734
    19 March 2025"): a reference and a date, nothing else."""
    from parsers.fields.dates import ANY_DATE

    s = fold(line)
    m = ANY_DATE.search(s)
    rest = (s[:m.start()] + " " + s[m.end():]).strip(" |-–") if m else ""
    return bool(rest) and is_ref_only(rest)


def _labels_row(line: str) -> bool:
    """A row of the letter's field labels with no values: "Our reference   Response date" (not a
    table's "Contract reference   Date awarded")."""
    s = fold(line)
    return (not re.search(r"\d", s) and bool(re.match(r"(?:(?:our|your|foi|case|request)\s+)?ref(?:erence)?\b", s, re.I))
            and bool(re.search(r"\bdate\b", s, re.I)) and len(s.split()) <= 8)


def _refs_field(s: str) -> bool:
    """A field whose value is only references: "Previous requests: FOI 24/052, FOI 24/071"."""
    m = re.match(r"^[A-Za-z][A-Za-z' ]{1,30}:\s*(\S.*)$", s)
    parts = [p.strip() for p in re.split(r"[,;&]|\band\b", m.group(1))] if m else []
    # (each with a slash or dash between digits: "Fatal collisions: A30, A38 and A39" names roads)
    return bool(parts) and all(p and is_ref_only(p) and re.search(r"\d\s?[/\-]\s?\d", p) for p in parts)


# A label and its value set apart by a tab (a log entry's field block saved as text: "Category<tab>Economic crime").
_TAB_FIELD = re.compile(r"^[ \t]*(?:(?:case|request|our|foi)\s+)?(?:ref(?:erence)?|number|published|date(?:\s+\w+)?|category|categories"
                        r"|outcome|status|keywords?|type|force|topic|received|response\s+date|disclosure\s+date)[ ]?:?\t+\S", re.I)


# A line that cannot end a title: it stops on a joining word ("… (‘cuckooing’) in" / "Reading and
# Slough, …").
_JOINING_END = re.compile(r"\b(?:in|of|and|or|to|the|a|an|for|on|at|by|with|from|into|over|under|between|"
                          r"about|after|before|during|within|without|per|whose|which|that)$", re.I)


_SENTENCE_LEAD = re.compile(r"^(?:following|further\s+to|in\s+response|with\s+reference|thank|please|as|after|"
                            r"your|our|there|on\s+\d)\b", re.I)
_YEAR_SPAN = re.compile(r"^(?:19|20)\d\d(?:/\d\d)?\s*(?:to|-|–|and)\s*(?:19|20)?\d\d\b")


def _subject_over_two_lines(head: list[str], i: int, lines: list[str]) -> str | None:
    """A subject line wrapped onto a second line, standing alone between the letter's fields (or
    its salutation) and the opening of its body:
        Dear Mr Hallam,
        Firearm and shotgun certificates revoked … because of domestic abuse
        concerns, and those later reinstated on appeal …, 2019 to 2023
        Thank you for your request …
    The two lines read as one when the first stops mid-phrase (on a joining word, or the second
    goes on in lower case) and neither ends a sentence; the pair is the whole rest of the head."""
    if not i or i + 2 > len(head):
        return None
    above, first, second = head[i - 1], fold(head[i]), fold(head[i + 1])
    # (or the pair is the subject over the salutation: "… waiting times and" / "abandoned calls" / "Dear Requester")
    greeted = i + 3 == len(head) and bool(_SALUTATION.match(head[i + 2]))
    if i + 2 != len(head) and not greeted and not _YEAR_SPAN.match(second):
        return None   # (a heading's period wrapped above a data annex's table: the table is in the head)
    if not (FIELD_LINES.match(above) or is_date_line(above) or _SALUTATION.match(above)
            or reference.from_text(above) or is_ref_only(above)):
        return None   # the pair must stand right under the fields or the salutation
    if re.search(r"[.:;?!,]$", first) or re.search(r"[.:;?!]$", second) or FIELD_LINES.match(second) \
            or _SENTENCE_LEAD.match(first) or SENTENCE_STARTS.match(first):
        return None   # ("Following our email of 28 March about …" / "…": the body's opening sentence)
    if not (_JOINING_END.search(first) or second[:1].islower() or _YEAR_SPAN.match(second)):
        return None
    rest = lines[next((k for k, ln in enumerate(lines) if fold(ln) == second), len(lines)) + 1:]
    body = next((ln for ln in rest if ln.strip() and not (greeted and fold(ln) == head[i + 2])), "")
    # (or, in a data annex, the table's header under its heading: "Age group   2021/22   2022/23")
    if not (BODY_OPENINGS.match(fold(body)) or (_YEAR_SPAN.match(second) and re.search(r"\S\s{2,}\S|^\s*\|", body))):
        return None
    return f"{first} {second}"


_RUNNING_HEAD = re.compile(r"\bpage\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.I)


# The last words of a team's name wrapped under its contact field: "Team", "Access Unit".
_UNIT_TAIL = re.compile(r"(?:[A-Z][\w&'’-]*\s+){0,2}(?:team|unit|department|office|section|branch|bureau|centre|center|desk)",
                        re.I)


def _wrapped_from(lines: list[str], line: str) -> bool:
    """The line is inside a hard-wrapped paragraph: it goes on from a long line above it that
    ends on no stop ("… refusing your request under section 12(1) of the" / "Freedom of
    Information Act 2000. This letter is a refusal notice under"), or runs on into a line below
    that starts in lower case ("How many applicants … were refused vetting" / "clearance in each
    of the years …?"). Never a subject line."""
    for k, raw in enumerate(lines):
        if raw.strip() == line.strip() or fold(raw) == line:
            above = fold(lines[k - 1]) if k else ""
            below = lines[k + 1].strip() if k + 1 < len(lines) else ""
            prose = (len(above) >= 45 and len(above.split()) >= 7 and ":" not in above  # (no field line)
                     and not _ALL_CAPS.match(above))   # (nor a heading in capitals)
            # (it ends mid-sentence, on a lower-case word: "… under section 12(1) of the")
            last = above.split()[-1] if above.split() else ""
            return (prose and last[:1].islower()) or below[:1].islower()
    return False


def _short_line(line: str) -> bool:
    """A short plain line of an address: no field, date, salutation, heading or sentence stop."""
    s = fold(line)
    return (bool(s) and len(s.split()) <= 4 and not re.search(r"[.:;?!,]$|:|\d", s)
            and not re.match(r"(?i)dear\b", s) and not FORM_HEADINGS.match(s))


def _inside_address_block(head: list[str], i: int) -> bool:
    """Line i sits between two short unpunctuated lines, with no blank line between: a line of a
    stacked address ("Police Headquarters" / "Nettleham" / "Lincoln"), not a subject standing alone."""
    if not (0 < i and _short_line(head[i]) and _short_line(head[i - 1])):
        return False
    return (i + 1 < len(head) and _short_line(head[i + 1])) or (i > 1 and _short_line(head[i - 2]))  # or its last line


def _caps_wrapped(head: list[str], i: int) -> str:
    """Line i, with the next line joined when both are capitals and line i ends on no stop: a
    letter's subject line wrapped ("FREEDOM OF INFORMATION ACT 2000: MINISTRY OF DEFENCE POLICE:
    OFFICER DISMISSALS" / "AND STATION STRENGTH")."""
    s = fold(head[i])
    nxt = fold(head[i + 1]) if i + 1 < len(head) else ""
    # (never after the form's own name alone: "FREEDOM OF INFORMATION ACT 2000" / "MDP OFFICER NUMBERS")
    if (s and nxt and _ALL_CAPS.match(s) and _ALL_CAPS.match(nxt) and not re.search(r"[.:;?!]$", s)
            and len(nxt.split()) <= 8 and not FIELD_LINES.match(nxt) and not FORM_HEADINGS.match(s)
            and not generic_heading(s)):
        # a first line ending on a segment that is the force's name ("… ACT 2000 – MINISTRY OF DEFENCE
        # POLICE" / "AUTHORISED FIREARMS OFFICERS"): the subject starts a segment of its own
        last = re.split(r"\s*:\s+|\s+[-–—|]\s+", s)[-1]
        return s + (" – " if last != s and names_a_force(last) else " ") + nxt
    return s


_ALL_CAPS = re.compile(r"^(?=.*[A-Z]{2})[^a-z]+$")


def _lower_wrapped(head: list[str], i: int, s: str) -> str:
    """Line i with the next joined when that one goes on in lower case and ends the head (or stands
    over the salutation): a subject line wrapped by a -layout copy ("RE: Freedom of Information
    request - people killed or seriously injured on Dorset" / "roads")."""
    if s != fold(head[i]) or i + 1 >= len(head) or re.search(r"[.:;?!,]$", s):
        return s
    nxt = fold(head[i + 1])
    last = i + 2 == len(head) or (i + 3 == len(head) and bool(_SALUTATION.match(head[i + 2])))
    return f"{s} {nxt}" if last and _wrapped_end(nxt) else s


def _columned_blocks(lines: list[str], limit: int = 60) -> set[str]:
    """Lines of a block laid out in columns (runs of 3+ spaces between two parts, as a PDF's
    two-column letterhead copied to text: "ANYSHIRE POLICE      Our Ref: 0311/24"), with every line of
    the same block (the address under it): a letterhead, never a subject line."""
    out: set[str] = set()
    block: list[str] = []
    columned = False
    for ln in [*lines[:limit], ""]:
        if not ln.strip():
            # (a letterhead is a few lines: a text with no blank lines is one block, its
            # aligned tables no letterhead)
            if columned:
                out.update(fold(b) for b in _letterhead_part(block))
            block, columned = [], False
            continue
        block.append(ln)
        columned = columned or _two_columns(ln)
    return out


# A list item's label set apart from its text ("  Q1    How many …", "   2    the number of …"), as
# pdftotext -layout prints a letter's numbered asks: one column of text, no letterhead.
# (a bullet too: "•   The number of e-scooters seized …")
_LIST_LABEL_GAP = re.compile(r"^\s*(?:q\.?\s?\d{1,2}[a-z]?|\d{1,2}[a-z]?[.):]?|\(?[a-z]\)|[a-z][.)]|\(?[ivx]{1,4}\)|[•·▪◦‣●○*–-])\s{3,}\S",
                             re.I)


def _two_columns(ln: str) -> bool:
    """Two parts set apart by a run of 3+ spaces ("ANYSHIRE POLICE      Our Ref: 0311/24"), not a
    list item's label and its text."""
    return bool(re.search(r"\S {3,}\S", ln.strip())) and not _LIST_LABEL_GAP.match(ln)


# A row of the letter's own fields, its reference and date ("Reference: 402215     Date: 3 March
# 2021"): the letter's head ends there (never a contact row, "Tel: 01924 …     Wakefield WF1 3QP").
_REF_DATE_ROW = re.compile(r"^(?:(?:our|your|foi|request|case)\s+)?(?:ref(?:erence)?\.?(?:\s+(?:no\.?|number))?|date)\s*:", re.I)


def _letterhead_part(block: list[str]) -> list[str]:
    """The letterhead lines of a columned block: all of a short block; of a long one (a text with
    no blank lines, its aligned tables columned too) the lines down to its last columned line
    above the salutation or the first sentence (within 12 lines), and the short address lines
    straight under it. Either way never the salutation or anything below it: a short letter
    read from a PDF is one block, its subject line under "Dear Sir/Madam,"."""
    def columned(lines: list[str]) -> list[int]:
        return [k for k, ln in enumerate(lines) if _two_columns(ln)]

    if len(block) <= 12 and not any(re.match(r"(?i)\s*dear\b", ln) for ln in block):
        cols = columned(block)
        if cols and _REF_DATE_ROW.match(fold(block[cols[-1]])):
            return block[:cols[-1] + 1]   # (the lines under a row of the letter's fields are its body)
        return block
    top = next((k for k, ln in enumerate(block[:12]) if re.match(r"(?i)\s*dear\b", ln)
                or len(ln.split()) > 8), 12)   # (a letterhead stands above the salutation and body)
    cols = columned(block[:top])
    if not cols:
        return []
    end = cols[-1] + 1
    # (no address goes on under a row of the letter's fields, "Reference: 402215     Date: 3 March
    # 2021": the short line there is its subject)
    while end < len(block) and _short_line(block[end]) and not _REF_DATE_ROW.match(fold(block[end - 1])):
        end += 1
    return block[:end]


def _wraps_on(head: list[str], i: int) -> bool:
    """The line is the start of a sentence wrapped onto the next line, which goes on in lower case
    ("Has the force arrested anyone in" / "connection with ...?"): a request's words, no subject line."""
    return i + 1 < len(head) and head[i + 1][:1].islower()



def from_first_line(ctx: dict):
    """8. A text copy's first line: WhatDoTheyKnow prints the request title there."""
    if ctx.get("fmt") != "text":
        return None, None
    filled = [ln for ln in ctx["lines"] if ln.strip()]
    # Site furniture the page copy kept above its heading (a language toggle, the site's name)
    # comes first: "Cymraeg" / "Anyshire Police" / "Horse patrols".
    skip = 0
    if filled and _PRINT_HEADER.match(filled[0]):
        return None, None   # a browser's print header: the page's own first line is below it
    while skip < min(4, len(filled) - 1) and (PAGE_CHROME.match(fold(filled[skip])) or names_a_force(fold(filled[skip]))
                                              or menu_row(filled[skip])):
        skip += 1
    if skip and not PAGE_CHROME.match(fold(filled[0])):
        skip = 0  # a letter's letterhead: its next line is the letter's, not a page heading
    return accept(_with_wrapped_tail(ctx["lines"], filled[skip]) if filled else "", lowercase_ok=True)


def _with_wrapped_tail(lines: list[str], first: str) -> str:
    """The heading line with its last words wrapped onto the next line, standing alone above a
    blank line: "… who died in Grimsby in March" / "2023" (a year or a year span only: a short line
    under a heading is as often a byline, an address or a status)."""
    at = next((k for k, ln in enumerate(lines) if ln is first), None)
    if at is None or at + 1 >= len(lines) or re.search(r"[.:;?!,]\s*$", first):
        return first
    nxt = fold(lines[at + 1])
    after = lines[at + 2] if at + 2 < len(lines) else ""
    if nxt and not after.strip() and (_YEAR_SPAN.fullmatch(nxt) or re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", nxt)):
        return f"{fold(first)} {nxt}"
    return first


# A letter's opening: "Dear …", "Hello", "Good morning", "To whom it may concern".
_SALUTATION = re.compile(r"^\s*(?:dear|hello|hi|good\s+(?:morning|afternoon|day)|to\s+whom)\b", re.I)


# A letter speaking of the request it answers ("I refer to your recent request …"), not a data
# release's note ("… extracted for the purposes of your request").
_YOUR_REQUEST = re.compile(r"\b(?:refer\s+to|thank\s+you\s+for|in\s+response\s+to|respond(?:ing)?\s+to|received)\s+"
                           r"your\s+(?:recent\s+|freedom\s+of\s+information\s+|foi\s+)?request\b", re.I)


# The request's own heading ("Your request:", "Request", "Information requested:").
_REQUEST_HEADING = re.compile(r"^\W{0,3}(?:your\s+|the\s+|original\s+)?(?:request|information\s+requested|questions?)\s*:?\s*$", re.I)


# The requester's own lead into the asks, on a line of its own, in place of a heading ("… your
# request is replicated below together with the response." / "Pursuits abandoned …" / "I would like to know:").
_REQUEST_LEAD = re.compile(r"^(?:i\s+would\s+like\s+(?:to\s+(?:know|request|ask)|the\s+following)|please\s+(?:could\s+you\s+)?"
                           r"(?:provide|tell\s+me|supply|send\s+me)|could\s+you\s+(?:please\s+)?(?:provide|tell\s+me))\b[^.?!]{0,40}:\s*$", re.I)
_FIRST_PERSON = re.compile(r"^(?:i|i'm|i've|my|we|we're|we've|our|me)\b", re.I)
# The letter's own words putting the request below: "… your request is replicated below together with the response."
_REQUEST_BELOW = re.compile(r"\b(?:replicated|reproduced|repeated|set\s+out|quoted|copied|restated)\b[^.]{0,40}\bbelow\b", re.I)
_SECTION_HEADING = re.compile(r"(?:(?:summary|details|outcome|background|introduction|scope|findings|review|internal|our|your|the|of|and"
                              r"|decision|response|reply|request|information|freedom|foi)\s*)+", re.I)


def from_above_request(ctx: dict):
    """10b. A subject line standing alone just above the request's heading, the line before it
    ending a sentence or a field ("… the outcome of the internal review." / "Knife arch deployments
    in County Durham" / "Your request:", or the requester's "I would like to know:"): a letter whose
    head runs into prose before its subject."""
    filled = [fold(ln) for ln in ctx["lines"][:60] if ln.strip()]
    for i in range(1, min(len(filled) - 1, 40)):
        lead = not _REQUEST_HEADING.match(filled[i + 1]) and _REQUEST_LEAD.match(filled[i + 1])
        if not (_REQUEST_HEADING.match(filled[i + 1]) or lead):
            continue
        above = filled[i - 1]
        last_sentence = re.split(r"(?<=[.!?])\s+", " ".join(filled[max(0, i - 3):i]))[-1]
        if lead and (not _REQUEST_BELOW.search(last_sentence) or _FIRST_PERSON.match(filled[i]) or len(filled[i].split()) > 14):
            continue   # (the requester's own sentence above their "I would like to know:" is no subject)
        if _SECTION_HEADING.fullmatch(filled[i]):
            return None, None   # "Summary of decision" / "Your request:": the letter's parts, no subject
        if re.search(r"[.:;?!]$", above) or FIELD_LINES.match(above) or is_date_line(above) \
                or reference.from_text(above) or is_ref_only(above):
            return accept(filled[i])
        return None, None
    return None, None


def from_release_heading(ctx: dict):
    """11. Last: a PDF that is no letter (no salutation in its first 40 lines: a data release) is
    titled by its first line, a heading wrapped onto a short lower-case line joined ("… by strand,
    2021/22" / "to 2024/25"). Tried only when no other source titles it: a letter's first line is
    its letterhead."""
    filled = [fold(ln) for ln in ctx["lines"] if ln.strip()]
    if ctx.get("fmt") != "pdf" or not filled or any(_SALUTATION.match(ln) for ln in filled[:40]) \
            or any(_YOUR_REQUEST.search(ln) for ln in filled[:12]):
        return None, None   # (a letter without a salutation still speaks of "your request")
    first, nxt = filled[0], filled[1] if len(filled) > 1 else ""
    if re.search(r"www\.|https?:|@|\.(?:police|gov|org)\.uk\b", first, re.I):
        return None, None   # a page footer's address and handle ("OFFICIAL scotland.police.uk @PoliceScotland")
    if (nxt[:1].islower() and len(nxt.split()) <= 4 and not re.search(r"[.:;?!]$", first + nxt)
            and not re.search(r"www\.|https?:|@", nxt)):
        first = f"{first} {nxt}"
    elif _wraps_on(filled, 0):
        return None, None
    return accept(first)


# A browser's print header: the date and time, then the document's own title ("14/03/2024, 10:12
# Microsoft Word - 0556-24 Cycle thefts.docx"), repeated on every page and taken out as furniture.
_PRINT_HEADER = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4},\s*\d{1,2}:\d{2}(?:\s*[ap]m)?\s+(?P<title>\S.*?)\s*$", re.I)
_WORD_FILE = re.compile(r"^(?:microsoft\s+word\s*[-–]\s*)?(?P<name>.+?)(?:\.(?:docx?|pdf|odt|rtf))?$", re.I)
_FILE_REF = re.compile(r"^(?:foi\s*)?\d[\d/.-]*\d[-_\s]+(?=[A-Za-z])", re.I)


def from_print_header(ctx: dict):
    """12. Last: a letter printed from a browser with no subject line of its own is titled by the
    print header's document title, a file's name without its program, extension and leading
    reference ("Microsoft Word - 0556-24 Cycle thefts.docx" -> "Cycle thefts")."""
    filled = [ln for ln in (ctx.get("head_text") or "").splitlines() if ln.strip()][:3]
    for ln in filled:
        m = _PRINT_HEADER.match(ln)
        if m:
            name = _WORD_FILE.match(m.group("title")).group("name")
            return accept(_FILE_REF.sub("", name.replace("_", " ")))
    return None, None


def from_table_caption(ctx: dict):
    """13. Last: a data-only file (no request in it: an annex, a released table) with no title line
    the sources above accept is titled by its first table's caption, the heading printed above the
    table ("South Yorkshire Police" / "Performance and Business Intelligence" / "Hate crimes
    recorded by monitored strand, 2016/17 to 2018/19" / the table)."""
    for caption in ctx.get("data_captions") or []:
        for part in (caption or "").split(" / "):  # a reader's "Sheet name / Title row": the first that titles
            got = accept(part) if part.strip() else (None, None)
            if got[0]:
                return got
    return None, None


def from_segment(ctx: dict):
    """9. The title questions.segment() found ("Title (ref)" on an early line, a request's short first line)."""
    seg = fold(ctx.get("seg_title") or "")
    filled = [fold(ln) for ln in ctx["lines"] if ln.strip()]
    if seg in filled and _wraps_on(filled, filled.index(seg)):
        return None, None  # the request's first words, wrapped: no title
    title, ref = accept(ctx.get("seg_title"), lowercase_ok=True)
    return title, (ctx.get("seg_title_ref") or ref) if title else None



def _head(lines: list[str], limit: int = 40) -> list[str]:
    """The head of a letter: lines until the body starts (a sentence, an ask, a table). A sentence
    just above the salutation is the letterhead's note, not the body ("This matter is being dealt
    with by the Information Rights Officer." / "Dear Requester,"): the head goes on past it."""
    out = []
    for k, ln in enumerate(lines):
        s = fold(ln)
        if s.startswith("|") and s.count("|") == 1:
            s = s[1:].strip()  # a stray bar an OCR copy left before a line ("| NOT PROTECTIVELY MARKED"): no table
        if not s:
            continue
        if len(out) >= limit or s.startswith("|") or BODY_OPENINGS.match(s):
            break
        if _LANGUAGE_NOTE.search(s):
            continue  # a Welsh force's note under its letterhead: correspondence in Welsh is welcome
        if len(s.split()) > MAX_WORDS or (s.endswith((".", "?")) and len(s.split()) > 8):
            if _salutation_follows(lines, k):
                continue
            break
        out.append(s)
    return out


# "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh."
_LANGUAGE_NOTE = re.compile(r"\bwelcomes?\s+(?:receiving\s+)?correspondence\s+in\s+(?:welsh|english)\b|\bcroesawu\s+gohebiaeth\b", re.I)


def _salutation_follows(lines: list[str], k: int) -> bool:
    """The next line with text after lines[k] is a salutation standing alone ("Dear Requester,")."""
    nxt = next((fold(x) for x in lines[k + 1:k + 4] if x.strip()), "")
    return bool(_SALUTATION.match(nxt)) and len(nxt.split()) <= 5 and not nxt.endswith((".", "?"))


# The letter's opening thanks naming the subject, when nothing else titles it:
# "Thank you for your request for information about spit guards, which we received on 3 May 2024."
_THANKS_SUBJECT = re.compile(
    r"\bthank\s+you\s+for\s+your\s+(?:freedom\s+of\s+information\s+|foi\s+)?(?:request|e-?mail|letter)\s+"
    r"(?:for\s+information\s+)?(?:regarding|about|concerning|relating\s+to|in\s+relation\s+to)\s+"
    r"(?P<subject>[^.,;:?()]{3,80}?)\s*(?:,|\.|;|\s(?:which|that|dated|received|sent|of\s+\d|on\s+\d)\b)", re.I)


def from_thanks(ctx: dict):
    """10. The subject named by the letter's opening thanks (last resort: no heading, field or line)."""
    head = " ".join(fold(ln) for ln in ctx["lines"][:40])
    m = _THANKS_SUBJECT.search(head)
    return accept(m.group("subject"), lowercase_ok=True) if m else (None, None)


def from_above_fields(ctx: dict):
    """8a. A page copy's heading (site chrome above it): the line just above its reference and date fields ("Chesterfield
    front counter correspondence" / "Reference number: 0937/25" / "Date: 15 July 2025")."""
    head = [fold(ln) for ln in ctx["lines"][:60]]
    filled = [s for s in head if s]
    chrome = any(PAGE_CHROME.match(s) for s in filled[:15]) or sum(1 for s in filled[:15] if _SITE_LINK.match(s)) >= 2
    for i, s in enumerate(filled[1:], 1):
        if reference.from_text(s) or (FIELD_LINES.match(s) and is_date_line(s.split(":", 1)[-1].strip())):
            # a letter: what stands above its reference is letterhead and address, unless only the
            # force's name and a page mark stand above the heading ("Dyfed-Powys Police | Heddlu
            # Dyfed-Powys" / "Page 1" / "Livestock worrying incidents" / "FOI Reference:1204/2025")
            above, dated = filled[:i - 1], False
            if i >= 2 and is_date_line(filled[i - 1]) and not chrome:
                # the letter's date between its subject and its reference ("Recovered stolen bicycles" /
                # "30 April 2019" / "… Reference No: FOI 001734/19") under the letterhead alone
                i, above, dated = i - 1, filled[:i - 2], True
                # (the letterhead gives a department or an address: a strapline under the force's
                # name alone, "Keeping Surrey safe", is no subject)
                # (a force's motto printed under its address, "Keeping Surrey safe", is letterhead too)
                if not (above and all(_letterhead_line(x) for x in above)
                        and any(DEPARTMENTS.search(x) or ADDRESSES.search(x) or "," in x for x in above)) \
                        or _MOTTO.match(filled[i - 1]):
                    return None, None
            # (or a letterhead set apart above it: "METROPOLITAN POLICE SERVICE" / "Information Rights Unit" /
            # "PO Box 313, Sidcup" / (blank) / "Retrospective facial recognition searches" / "… reference no: …")
            apart = _after_blank(head, filled[i - 1]) and "," not in filled[i - 1] \
                and not _DELIVERY_NOTE.match(filled[i - 1])
            if not chrome and not (above and all(_force_or_page_mark(x) or ((dated or apart) and _letterhead_line(x))
                                                 for x in above)
                                   and re.search(r"\b[a-z]{3,}\b", filled[i - 1])):
                return None, None  # (under the force's name alone an address line, "Aykley Heads, Durham",
                # is set in capitals; a subject has words in lower case)
            got = accept(filled[i - 1])
            return got if got[0] else (None, None)
    return None, None


def from_under_force(ctx: dict):
    """8c. A text's heading standing alone under the force's name at its top, when nothing else titles
    it: pdftotext's reading order can put a letter's subject there, above the letterhead's address
    ("Kent Police" / "" / "Speeding offences detected by mobile safety camera vans" / "" / "Information
    Management Unit"). A department, an address or a form heading is no title (accept's checks)."""
    if ctx.get("page") or ctx.get("fmt") not in ("text", "pdf"):
        return None, None
    lines = ctx["lines"][:40]
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    if len(filled) < 3:
        return None, None
    top, k = filled[0], filled[1]
    alone = k - top >= 2 and filled[2] - k >= 2   # blank lines above and below it
    s = fold(lines[k])
    if not (alone and names_a_force(fold(lines[top])) and re.search(r"\b[a-z]{3,}\b", s)) \
            or _MOTTO.match(s) or _STRAPLINE.search(s) or "," in s:
        return None, None   # (nor the force's strapline, "Working together to keep Cheshire safe", nor an address)
    return accept(s)


_STRAPLINE = re.compile(r"\b(?:keep(?:ing)?|make|making)\s+(?:\w+\s+){1,3}safer?\b|\bsafer\s+(?:communities|streets|roads)\b", re.I)


# How a letter was sent or is to be handled, printed above its fields: "Sent by email only", "Private and confidential".
_DELIVERY_NOTE = re.compile(r"^(?:sent\s+)?(?:by\s+)?(?:e-?mail|post|hand)(?:\s+only)?\b|^(?:private|confidential|personal|addressee\s+only)\b", re.I)


def _after_blank(head: list[str], line: str) -> bool:
    """The line stands under a blank line (a block of its own), the first time it is printed."""
    k = head.index(line)
    return k > 0 and not head[k - 1]


# A site's own links copied with a page ("Search disclosures", "About this log", "Contact", "Accessibility"):
# two of them above the fields make the text a page copy.
_SITE_LINK = re.compile(r"^(?:contact(?:\s+us)?|accessibility(?:\s+statement)?|site\s?map|privacy(?:\s+(?:notice|policy))?"
                        r"|terms\s+and\s+conditions|search\s+\w+|about\s+this\s+\w+|cookies?)$", re.I)
_PAGE_MARK_LINE = re.compile(r"^(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,3})$", re.I)


def _force_or_page_mark(line: str) -> bool:
    """Site or letter furniture above a heading: the force's name (in either language of a bilingual
    force), a page mark, a menu row, a breadcrumb, a protective marking or a form heading."""
    return (bool(_PAGE_MARK_LINE.match(line)) or bool(_BREADCRUMB.match(line)) or bool(menu_row(line))
            or bool(PROTECTIVE_MARKINGS.match(line)) or bool(FORM_HEADINGS.match(line))
            or any(names_a_force(p.strip()) for p in re.split(r"\s[|/–-]\s", line)))


# A force's motto under its letterhead: "Keeping Surrey safe", "Safer Lancashire", "Serving Kent".
_MOTTO = re.compile(r"^(?:keeping|making|protecting|serving|safer|working\s+together)\b", re.I)


def _letterhead_line(line: str) -> bool:
    """A letterhead's line: the force's name, a department, an address, or a name in capitalised words
    ("Jubilee House, Falconers Chase, Wymondham"), never a subject in lower case."""
    return (_force_or_page_mark(line) or bool(DEPARTMENTS.search(line)) or bool(ADDRESSES.search(line))
            or not re.search(r"\b(?!(?:and|of|the|for|on|in|at)\b)[a-z]{2,}", line))


_BREADCRUMB = re.compile(r"^home\s*[>›»/|]", re.I)  # "Home > About us > Freedom of information > …"

