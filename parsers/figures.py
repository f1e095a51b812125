"""Tidy figures: one per numeric cell, measured by its row, column and section headings."""
from __future__ import annotations

import re

_NUMBER = re.compile(r"^[£$€]?\s?([+-]?\d{1,3}(?:,\d{3})+|[+-]?\d+)(\.\d+)?\s?%?$")  # ("+16": a change)
_SUPPRESSED = re.compile(r"^(?:\*+|[<≤]\s?\d+|less than \d+|fewer than \d+|redacted|suppressed|x|xx|\[x\]|\[c\])$", re.I)
# Month names as printed in period labels, full or short ("September", "Sept", "Sep."); a word
# that only starts like a month ("Decision 2023", "Marine 2022") is no period.
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
# between a month and its year: a space, or an apostrophe for the century ("Apr'22 - Mar'23")
_YEAR_GAP = r"(?:\s+|\s*['’]\s*)"
_PERIOD = re.compile(
    r"^(?:(?:FY\s?)?(?:19|20)\d\d(?:\s?[/\-–]\s?(?:19|20)?\d\d|\s+to\s+(?:19|20)\d\d)?"  # (GOV.UK's "2021 to 2022")
    r"|FY\s?\d\d[/\-–]\d\d"  # a compact financial year: "FY22/23"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + r"\s+(?:19|20)\d\d"
    r"|Q[1-4]\s+(?:19|20)\d\d(?:/\d\d)?"
    r"|" + _MONTH + r"-\d\d"  # "Oct-23", a spreadsheet's month
    + r"|\d{1,2}([/.])\d{1,2}\1\d{2,4}\s*(?:-|–|to)\s*\d{1,2}\1\d{1,2}\1\d{2,4}"
    # spans of months: "Apr 22 - Mar 23", "April 2023 - March 2024", "1 April 2015 to 31 March 2016",
    # and a quarter's months "Jan - Mar 2024"
    + r"|(?:from\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + _YEAR_GAP + r"(?:(?:19|20)\d\d|\d\d)\s*(?:-|–|to)\s*"
    + r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + _YEAR_GAP + r"(?:(?:19|20)\d\d|\d\d)"
    + r"|" + _MONTH + r"\s*(?:-|–|to)\s*" + _MONTH + r"\s+(?:19|20)\d\d)$",
    re.I,
)
_PERIOD_IN = re.compile(
    r"\b(\d{1,2}/\d{1,2}/\d{2,4}\s*(?:-|–|to)\s*\d{1,2}/\d{1,2}/\d{2,4}"
    r"|(?:19|20)\d\d\s?[/\-–]\s?(?:19|20)?\d\d|(?:19|20)\d\d)\b")
# A period label finer than a year is filed under its year (the figure's period is the year or
# financial year, docs/parsing.md); the finer part stays in the measure to tell the cells apart.
#   "December 2022"  -> period "2022", measure part "December"
#   "31 March 2024"  -> period "2024", measure part "31 March"
#   "Q1 2023/24"     -> period "2023/24", measure part "Q1"
#   "Jan - Mar 2024" -> period "2024", measure part "Jan - Mar"
_FINER_THAN_YEAR = re.compile(
    r"^(?P<part>(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + r"(?:\s*(?:-|–|to)\s*" + _MONTH + r")?"
    r"|Q[1-4])\s+(?P<year>(?:19|20)\d\d(?:/\d\d)?)$", re.I)
# A span that is exactly one financial year (1 April to 31 March) is that financial year, as the
# dev set's rule has it ("the year or financial year"): "Apr 22 - Mar 23", "01.04.22 - 31.03.23",
# "From 1 April 2015 to 31 March 2016" -> "2022/23", "2015/16". Other spans stay as printed.
_FY_SPAN_BODY = (
    r"(?:from\s+)?(?:(?:0?1(?:st)?\s+)?apr(?:il)?\.?" + _YEAR_GAP + r"(?P<a>(?:19|20)?\d\d)|0?1([/.])0?4\2(?P<b>(?:19|20)?\d\d))"
    r"\s*(?:-|–|to)\s*"
    r"(?:(?:31(?:st)?\s+)?mar(?:ch)?\.?" + _YEAR_GAP + r"(?P<c>(?:19|20)?\d\d)|31([/.])0?3\5(?P<d>(?:19|20)?\d\d))")
_FY_SPAN = re.compile(
    r"^" + _FY_SPAN_BODY + r"$", re.I)
_FY_SPAN_IN = re.compile(r"(?<!\w)" + _FY_SPAN_BODY + r"(?!\w)", re.I)
# A span of exactly one calendar year is that year: "Jan 2022 - Dec 2022", "1 January 2024 to 31
# December 2024", "01/01/2023 - 31/12/2023" -> "2022", "2024", "2023".
_CY_SPAN = re.compile(
    r"^(?:from\s+)?(?:(?:0?1(?:st)?\s+)?jan(?:uary)?\.?\s+(?P<a>(?:19|20)\d\d)|0?1([/.])0?1\2(?P<b>(?:19|20)\d\d))"
    r"\s*(?:-|–|to)\s*"
    r"(?:(?:31(?:st)?\s+)?dec(?:ember)?\.?\s+(?P<c>(?:19|20)\d\d)|31([/.])12\5(?P<d>(?:19|20)\d\d))$", re.I)
# Months of one calendar year with the year at both ends: "Jan 2025 - Mar 2025" -> 2025, "Jan - Mar".
# (whole months only: "28 Apr 2024 - 4 May 2024" is a week, kept as printed)
_SAME_YEAR_SPAN = re.compile(
    r"^(?:0?1(?:st)?\s+)?(?P<m1>" + _MONTH + r")\s+(?P<y1>(?:19|20)\d\d)\s*(?:-|–|to)\s*"
    r"(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<m2>" + _MONTH + r")\s+(?P<y2>(?:19|20)\d\d)$", re.I)
_MONTH_END = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


_MONTH_NO = {m: k for k, names in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
             for m in [names]}


def _month_span_ok(part: str) -> bool:
    """A quarter's months in one calendar year ("Jan - Mar"), not a span across a year end."""
    names = re.findall(r"[a-z]+", part.lower())
    if len(names) < 2 or not all(n[:3] in _MONTH_NO for n in names[:2]):
        return True
    a, b = _MONTH_NO[names[0][:3]], _MONTH_NO[names[-1][:3]]
    return a < b


def financial_year_of(s: str) -> str | None:
    m = _FY_SPAN.match(s.strip())
    if not m:
        return None
    start, end = (m.group("a") or m.group("b")), (m.group("c") or m.group("d"))
    y0 = int(start) + (2000 if len(start) == 2 else 0)
    y1 = int(end) + (2000 if len(end) == 2 else 0)
    return f"{y0}/{y1 % 100:02d}" if y1 == y0 + 1 else None


# A dash cell is a suppressed figure only where the document says so, in a legend or a note:
#   "- denotes fewer than five reports; the figure is suppressed"
#   "'-' = figure withheld (section 40(2))"
#   "A dash (-) indicates fewer than 5 incidents"
#   "Figures below five are shown as '-' to protect identities"
# Elsewhere a dash is nil or not applicable, and no figure.
_DASHES = {"-", "–", "—"}
_DASH_MARK = r"(?:['\"‘“(]?[-–—]['\"’”)]?|(?:an?\s+)?dash(?:es)?(?:\s*\(\s*[-–—]\s*\))?)"
_HIDDEN = (r"(?:suppress\w*|withh[eo]ld\w*|redact\w*|fewer\s+than|less\s+than|not\s+disclosed"
           r"|small\s+numbers?|(?:under|below)\s+(?:\d+|five|ten|three))")
_DASH_LEGEND = re.compile(
    # a definition: the mark, then what it stands for, in the same clause ("- denotes nil; *
    # denotes fewer than five" defines the dash as nil)
    r"(?:^|\n)[ \t|]*\*?[ \t]*" + _DASH_MARK + r"[ \t]*(?:=|:|denotes|indicates|means|represents"
    r"|shows|marks|signifies|is\s+used\s+(?:for|where|when|to))[^\n;]{0,80}?\b" + _HIDDEN
    # the mark alone before a small count that is hidden: "- fewer than five sites; the figure has
    # been suppressed." (a request's "- the number … where fewer than two officers attended" hides nothing)
    + r"|(?:^|\n)[ \t|]*[-–—][ \t]+(?:fewer|less)\s+than\s+(?:\d+|five|ten|three)\b[^\n]{0,80}?"
    r"\b(?:suppress\w*|withh[eo]ld\w*|redact\w*|not\s+(?:shown|disclosed|given))"
    + r"|\b" + _HIDDEN + r"[^\n.]{0,80}?\b(?:shown|marked|replaced|represented|displayed)\s+(?:as|by|with)"
    r"\s+(?:an?\s+)?" + _DASH_MARK
    # a small count shown as the mark: "Figures of 1 to 4 are shown as "-" and are withheld …"
    + r"|\b(?:figures?|values?|numbers?|counts?|totals?)\s+(?:of\s+)?(?:[1-9]\s+(?:to|-|–)\s+\d|between\s+[1-9]\s+and\s+\d"
    r"|(?:fewer|less)\s+than\s+\w+|below\s+\w+)\s+(?:are|is|have\s+been|were)\s+(?:shown|marked|replaced|represented|displayed)"
    r"\s+(?:as|by|with)\s+(?:an?\s+)?" + _DASH_MARK, re.I)


# A small band in place of a count ("1-4", "1 to 5") is a suppressed figure only where the
# document's legend or notes say so: "1-4 = a figure from one to four, suppressed to protect
# identities", "Figures between 1 and 4 are shown as '1-4'". Elsewhere "2-1" is a score, "3-4" a grade.
_BAND = re.compile(r"^[0-9]\s?(?:-|–|to)\s?(?:[1-9]|10)$", re.I)
_BAND_LEGEND = re.compile(
    r"['\"‘“]?\b[0-9]\s?(?:-|–|to)\s?(?:[1-9]|10)\b['\"’”]?[ \t]*(?:=|:|denotes|indicates|means|represents|shows|is\s+used)"
    r"[^\n]{0,100}?\b" + _HIDDEN + r"|\b(?:figures?|values?|numbers?|counts?)\s+(?:of|from|between)\s+(?:[0-9]|one|two|three)\s+"
    r"(?:to|and|-|–)\s+(?:\d{1,2}|two|three|four|five|six|nine|ten)"
    r"\s+(?:are|is|have\s+been|were)\s+(?:shown|given|marked|replaced|represented|displayed)\s+as\b", re.I)


def band_is_suppressed(text: str) -> bool:
    """Whether the document's legend or notes say a banded cell ("1-4") is a suppressed figure."""
    return bool(text) and bool(_BAND_LEGEND.search(text))


def dash_is_suppressed(text: str) -> bool:
    """Whether the document's legend or notes say a dash cell is a suppressed figure."""
    return bool(text) and bool(_DASH_LEGEND.search(text))


# An "n/a" cell likewise, only where a legend says it stands for a withheld figure:
#   "n/a = not available (withheld)"   "Symbols: n/a = figure suppressed"   "'n/a' denotes a redacted value"
# Elsewhere "n/a" is not applicable, and no figure.
_NA = {"n/a", "n/a.", "na"}
_NA_LEGEND = re.compile(
    r"(?:^|\n|[|:;,]|\bsymbols?\b)[ \t]*['\"‘“]?n/a['\"’”]?[ \t]*(?:=|:|denotes|indicates|means|represents|shows|signifies)"
    r"(?![ \t]*not\s+applicable)[^\n;=]{0,100}?\b(?:suppress\w*|withh[eo]ld\w*|redact\w*|not\s+disclosed)", re.I)


def na_is_suppressed(text: str) -> bool:
    """Whether the document's legend or notes say an "n/a" cell is a withheld figure."""
    return bool(text) and bool(_NA_LEGEND.search(text))


def value_of(cell: str | None) -> tuple[bool, float | None]:
    """(is a figure, value): numbers -> value, suppressed markers -> None, other text -> not a figure."""
    s = (cell or "").strip()
    if not s:
        return False, None
    if _SUPPRESSED.match(s):
        return True, None
    m = _NUMBER.match(s)
    if not m:
        return False, None
    v = float(m.group(1).replace(",", "") + (m.group(2) or ""))
    return True, int(v) if v.is_integer() and not m.group(2) else v


def is_period(s: str | None) -> bool:
    return bool(s) and bool(_PERIOD.match(s.strip()))


# A period label with a word of its kind around it: "Year 2023", "Financial year 2023/24",
# "2022/23 season", "2024 (provisional)", a part year "2024 (to 31 Oct)", "2024 (year to date)",
# "2024 (1 January to 31 October)":
# the period is the label's period.
_WORDED_PERIOD = re.compile(
    r"^(?:(?:calendar|financial|fiscal|policing)\s+)?(?:year\s+|fy\s*)?(?P<period>\S.*?)"
    r"\s*(?:season|year|provisional|\((?:provisional|to\s+[^()]{1,20}|part(?:ial)?\s+year|year\s+to\s+date|ytd"
    # (a part year as its months: "2024 (1 January to 30 June)", "2024 (Jan - Jun)")
    r"|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + r"\s*(?:-|–|to)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH
    + r"|so\s+far|[£$€%](?:k|m|000s?)?|£?000s?|no\.?|number)\))?$", re.I)  # (and a unit: "2025 (£)")


def worded_period(s: str | None) -> str | None:
    """The period inside a label such as "Year 2023" or "2022/23 season" (None when it is no period)."""
    if not s:
        return None
    m = _WORDED_PERIOD.match(s.strip())
    inner = m.group("period") if m else None
    tail = s.strip()[m.end("period"):] if m else ""
    months = [_MONTH_NO[n[:3]] for n in re.findall(r"[a-z]+", tail.lower()) if n[:3] in _MONTH_NO and n != "to"]
    if len(months) >= 2 and months[0] > months[-1]:
        return None   # months over the year's end, "2022 (April to March)": a financial year, not 2022
    return inner if inner and inner != s.strip() and is_period(inner) else None


def _calendar_year_of(s: str) -> str | None:
    m = _CY_SPAN.match(s.strip())
    if not m:
        return None
    start, end = (m.group("a") or m.group("b")), (m.group("c") or m.group("d"))
    return start if start == end else None


def split_period(s: str) -> tuple[str, str | None]:
    """(period, measure part) of a period label: "December 2022" -> ("2022", "December"),
    "Oct-23" -> ("2023", "Oct")."""
    bare = re.sub(r"^FY\s?(?=(?:19|20)\d\d|\d\d[/\-–]\d\d$)", "", s.strip(), flags=re.I)
    if bare != s.strip():
        return split_period(bare)  # "FY 2021-22": the marker word goes, as "Year 2024"'s does
    fy = financial_year_of(s) or _calendar_year_of(s)
    if fy:
        return fy, None
    m = _SAME_YEAR_SPAN.match(s.strip())
    if m and m.group("y1") == m.group("y2") and _month_span_ok(f"{m.group('m1')} {m.group('m2')}") and (
            not m.group("d2") or int(m.group("d2")) >= _MONTH_END[_MONTH_NO[m.group("m2").lower()[:3]]] - (
                1 if m.group("m2").lower().startswith("feb") else 0)):
        return m.group("y1"), f"{m.group('m1')} - {m.group('m2')}"
    m = _FINER_THAN_YEAR.match(s.strip())
    if m and not _month_span_ok(m.group("part")):
        return s, None  # "April - March 2024" (a financial year), "Dec - Feb 2024": kept as printed
    if m:
        return m.group("year"), m.group("part")
    m = _MONTH_YY.match(s.strip())
    return ("20" + m.group("yy"), m.group("part")) if m else (s, None)


_MONTH_YY = re.compile(r"^(?P<part>" + _MONTH + r")-(?P<yy>\d\d)$", re.I)


# The period a lead-in sentence gives its table: a year introduced as one ("In 2022 a total of …",
# "during 2023/24", "1 January to 31 December 2024"); never a date the letter or request was sent, a
# snapshot ("as at 30 June 2025"), a start ("since 2019") or an Act's year.
_LEAD_PERIOD = re.compile(
    r"\b(?:in|for|during|throughout)\s+(?:the\s+)?(?:(?:calendar|financial)\s+year\s+)?((?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)\b(?!\s+act\b)"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}(?:\s+(?:19|20)\d\d)?\s+to\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+((?:19|20)\d\d)\b",
    re.I)


def lead_in_period(sentence: str) -> str | None:
    found = {m.group(1) or m.group(2) for m in _LEAD_PERIOD.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def caption_period_of(caption: str) -> str | None:
    """The one period a caption names ("Outcomes of arrests, 2023"); a span ("2021 to 2023",
    "2021/22 to 2023/24") covers several cells' periods, so it gives none."""
    # one financial or calendar year printed as its span: "Stop and search, 1 April 2023 - 31 March 2024"
    spans = {financial_year_of(m.group(0)) for m in _FY_SPAN_IN.finditer(caption or "")}
    if len(spans) == 1:
        fy = spans.pop()
        inside = {str(y) for y in _financial_year(fy) or ()} | {fy}
        # (only when the caption names no other period: "2021/22 to 2023/24 (1 April 2023 - 31 March 2024 …)")
        if all(p in inside or _financial_year(p) == _financial_year(fy) for p in
               (m.group(1) for m in _PERIOD_IN.finditer(_FY_SPAN_IN.sub(" ", caption)))):
            return fy
    printed = [m.group(1) for m in _PERIOD_IN.finditer(caption or "")]
    found = set(printed)
    if len(found) == 1:
        return found.pop()
    # One financial year printed several ways, and maybe a date inside it: "By district 2023-24 /
    # Officers at 31 March 2024 (2023/24)" names 2023/24 only; the title row's spelling (the last) is kept.
    years = {_financial_year(p) for p in printed}
    fys = {y for y in years if y and len(y) == 2}
    if len(fys) == 1:
        fy = fys.pop()
        if all(_financial_year(p) == fy or (p.isdigit() and int(p) in fy) for p in printed):
            return next(p for p in reversed(printed) if _financial_year(p) == fy)
    return None


def _financial_year(printed: str) -> tuple[int, ...] | None:
    """(2023, 2024) for "2023/24", "2023-24", "2023-2024"; (2023,) for "2023"; None for a date range."""
    m = re.fullmatch(r"((?:19|20)\d\d)(?:\s?[/\-–]\s?((?:19|20)?\d\d))?", printed)
    if not m:
        return None
    first = int(m.group(1))
    if not m.group(2):
        return (first,)
    second = int(m.group(2)[-2:]) + first // 100 * 100
    return (first, second) if second == first + 1 else None


# A column heading counting at one date ("Number at 1 October 2024", "Officers as at 31/03/2024"): the
# date's year is the column's period. A date after since/from/until bounds a span and names none.
_SNAPSHOT = re.compile(r"(?<!since )(?<!from )(?<!until )(?<!before )(?<!after )"
                       r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\s+((?:19|20)\d\d)\b"
                       r"|(?<!since )(?<!from )(?<!until )(?<!before )(?<!after )\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b", re.I)


def _snapshot_year(heading: str) -> str | None:
    found = {a or b for a, b in _SNAPSHOT.findall(heading or "")}
    return found.pop() if len(found) == 1 else None


def _label_column_count(table: dict) -> int:
    """Leading columns that hold labels, not numbers (usually one)."""
    rows = table["rows"]
    width = len(table["header"])
    n = 0
    for j in range(width - 1):
        vals = [r[j] for r in rows if j < len(r) and r[j]]
        if vals and all(not value_of(v)[0] or is_period(v) for v in vals):
            n += 1
        else:
            break
    return max(n, 1) if width > 1 else 0


def _spread_groups(heads: list[list[str]], labels: int) -> list[list[str]]:
    """A group label over several columns keeps to its first cell when the cells were merged and
    read back blank (a spreadsheet's merge): in every header row but the last, a blank cell over a
    labelled column takes the group label to its left.
        2021/22 |          | 2022/23 |            ->  2021/22  | 2021/22 | 2022/23 | 2022/23
        Recorded | Charged | Recorded | Charged"""
    if len(heads) < 2:
        return heads
    last = heads[-1]
    out = []
    for h in heads[:-1]:
        h = list(h)
        for j in range(max(labels, 1), len(h)):
            if not h[j] and h[j - 1] and j - 1 >= labels and j < len(last) and last[j]:
                h[j] = h[j - 1]
        out.append(h)
    return out + [last]


def _corner_period(heads: list[list[str]], labels: int) -> str | None:
    """The one period named in the header over the row labels ("Drone flights in 2023" | "Number"),
    which titles the table as a caption does."""
    corner = " ".join(h[j] for h in heads for j in range(min(labels, len(h))) if h[j])
    return None if is_period(corner) else caption_period_of(corner)


def key_value_block(table: dict) -> bool:
    """A two-column table of labels and mostly non-numeric values ("Publication number | PUB 0012",
    "Request number | 29307", "Date | 3 June 2024", "Outcome | Full disclosure"): the fields of a
    record, whose one bare number is an identifier, not a count."""
    pairs = [r for r in [table.get("header") or [], *table.get("rows", [])] if any(c for c in r)]
    if not pairs or any(len(r) != 2 for r in pairs) or len(pairs) < 3:
        return False
    values = [r[1] or "" for r in pairs]
    return sum(1 for v in values if value_of(v)[0]) * 2 < len(values)


# A column heading that ends in its period: "Detainees booked in 2023", "Arrests (2022/23)",
# "Stops - 2024". Only a series counts (two or more headings, one stem, different periods), so a
# lone "Officers recruited since 2015" keeps its year in the measure.
_TRAILING_PERIOD = re.compile(r"^(?P<stem>.*?\w.*?)[\s,]*(?:\b(?:in|for|during)\s+|[-–:]\s*)?\(?"
                              r"(?P<period>(?:FY\s?)?(?:19|20)\d\d(?:\s?[/\-–]\s?(?:19|20)?\d\d)?)\)?"
                              # (its unit after it: "Annual cost 2023/24 (£)")
                              r"(?:\s*\((?:£|\$|%|£\s?0{3}s?|£k|hours|days|minutes|number|no\.?)\))?$", re.I)
# Or begins with it: "2020 visitors" | "2021 visitors", "2022/23 arrests".
_LEADING_PERIOD = re.compile(r"^\(?(?P<period>(?:FY\s?)?(?:19|20)\d\d(?:\s?[/\-–]\s?(?:19|20)?\d\d)?)\)?[\s,:\-–]+"
                             r"(?P<stem>[A-Za-z][^\d]*)$", re.I)
_FOOTNOTE_MARK = re.compile(r"\s*[*†‡¹²³]+$")
_SPAN_WORD = re.compile(r"\b(?:since|from|until|before|after|to|between|as\s+(?:at|of))\b"  # a span or a date: the
                        r"|" + _MONTH + r"\.?\s*$", re.I)                                    # year is the date's


_ACT_WORDS = re.compile(r"\b(?:act|acts|order|regulations?|cjpoa|pace|ripa|psa|mha|section|sections)\b|\bs\.?\s?\d", re.I)


def _series_periods(head: list[str], labels: int) -> dict[int, tuple[str, str]]:
    """column -> (stem, period) for headings that name one measure over several periods."""
    found: dict[int, tuple[str, str]] = {}
    for j in range(labels, len(head)):
        text = " ".join((head[j] or "").split())
        if is_period(text) or worded_period(text):
            continue   # a period label already ("2023", "FY 2023/24", "Year 2023")
        m = _TRAILING_PERIOD.match(text)
        if not m and (lead := _LEADING_PERIOD.match(text)) and not _ACT_WORDS.search(lead.group("stem")):
            m = lead   # (never "2012 Regulations" | "2020 Regulations": the rules' own names)
        if m and not _SPAN_WORD.search(m.group("stem")):  # "Change since 1 April 2019" is no series
            found[j] = (m.group("stem").strip(" ,-–:"), m.group("period"))
    stems: dict[str, set[str]] = {}
    for stem, period in found.values():
        stems.setdefault(stem.lower(), set()).add(period)
    # one count column headed with its year ("District" | "Offences detected 2023") counts that year too
    lone = len(head) - labels == 1
    # a year in brackets dates its own column, whatever the others hold ("Opening hours per week
    # (2024)" | "Visitors (2023)")
    # (never an Act's year: "Searches under s60 CJPOA (1994)")
    dated = {j for j, (stem, period) in found.items() if f"({period})" in " ".join((head[j] or "").split())
             and not _ACT_WORDS.search(stem)}
    # a year its heading says the count is of ("Vehicle reads in 2023" beside "Cameras at 1 June 2024")
    said = {j for j in found if _IN_PERIOD.search(" ".join((head[j] or "").split()))}
    return {j: sp for j, sp in found.items()
            if len(stems[sp[0].lower()]) >= 2 or lone or j in dated or j in said}


_IN_PERIOD = re.compile(r"\b(?:in|during)\s+(?:the\s+)?(?:(?:calendar|financial)\s+year\s+)?"
                        r"(?:FY\s?)?(?:19|20)\d\d(?:\s?[/\-–]\s?(?:19|20)?\d\d)?$", re.I)


def table_figures(table: dict, index: int, dash_suppressed: bool = False,
                  na_suppressed: bool = False, band_suppressed: bool = False) -> list[dict]:
    if key_value_block(table):
        return []
    header = table["header"]
    rows = table["rows"]
    labels = _label_column_count(table)
    section = None
    caption = table.get("caption") or ""
    # A header with only its first cell filled is a section heading, not column names.
    if header and header[0] and not any(h for h in header[1:]):
        section, header = header[0], [""] * len(header)
    caption_period = caption_period_of(caption)
    if caption_period is None and len(caption_parts(caption)) > 1:
        # the title over the whole workbook spans years; the row just above this table names one:
        # "Assaults on railway staff, 2022 to 2024 / Table 1: … by division and month, 2024"
        caption_period = caption_period_of(caption_parts(caption)[-1])
    # Header rows below the first ("Male | Female" under merged years) carry no numbers.
    heads = [header]
    while rows and not any(value_of(c)[0] and not is_period(c) for c in rows[0][labels:]) \
            and any(rows[0][labels:]) and len(rows) > 1 and not _merged_across(rows[0]) \
            and not (dash_suppressed and all((c or "").strip() in _DASHES for c in rows[0][labels:])):
        # (a row of suppressed dashes, "Under 10 | - | - | -", is a row of figures, not a header)
        heads.append([c or "" for c in rows[0]])
        rows = rows[1:]
    heads = _spread_groups(heads, labels)
    if caption_period is None:
        caption_period = _corner_period(heads, labels)
    if caption_period is None:  # "In 2022 a total of … The outcomes were as follows." above it
        caption_period = lead_in_period(table.get("lead_in") or "")
    series = _series_periods(heads[-1], labels)
    if section is None and _restacked(header, rows):
        # Blocks stacked under one header, the later ones each under a section row and the header
        # printed again: the first block's section is the line just above the table (the
        # caption's last part: "… / Gross misconduct hearings").
        parts = caption_parts(caption)
        if len(parts) > 1 and 0 < len(parts[-1].split()) <= 8:
            section = parts[-1]
    out = []
    for row in rows:
        cells = [c or "" for c in row]
        if cells and cells[0] and (not any(cells[1:]) or _merged_across(cells)):
            section = cells[0]   # (a heading merged across the row repeats in every cell)
            continue
        row_labels = [c for c in cells[:labels] if c]
        for j in range(labels, len(cells)):
            ok, val = value_of(cells[j])
            if not ok and dash_suppressed and cells[j].strip() in _DASHES:
                ok = True   # (val None: the legend says a dash hides a figure)
            if not ok and na_suppressed and cells[j].strip().lower() in _NA:
                ok = True   # (val None: the legend says "n/a" is a withheld figure)
            if not ok and band_suppressed and _BAND.match(cells[j].strip()):
                ok = True   # (val None: the legend says "1-4" hides a figure)
            if not ok or is_period(cells[j]) and j < labels:
                continue
            cols = []
            for h in heads:
                c = h[j] if j < len(h) else ""
                if c and c not in cols:
                    cols.append(c)
            if j in series:   # "Detainees booked in 2023" -> measure "Detainees booked", period 2023
                cols = [*cols[:-1], series[j][0], series[j][1]]
            parts, period = [], None
            for bit in [section] + row_labels + cols:
                if not bit:
                    continue
                bit = _FOOTNOTE_MARK.sub("", bit) if is_period(_FOOTNOTE_MARK.sub("", bit)) else bit  # "2024*"
                total = _period_of_total(bit)
                if period is None and total:
                    period = split_period(total)[0]  # "2024 total" / "Total 2023/24": the Total of that period
                    parts.append("Total")
                    continue
                if period is None and (is_period(bit) or worded_period(bit)):
                    period, finer = split_period(bit if is_period(bit) else worded_period(bit))
                    if finer:
                        parts.append(finer)
                else:
                    parts.append(bit)
            if period is None:
                period = next((y for c in cols if (y := _snapshot_year(c))), None) or caption_period
            measure = " / ".join(p for p in parts) or caption or "value"
            out.append({"table": index, "measure": measure, "period": period, "value": val,
                        "raw": cells[j]})
    return out


def _merged_across(row: list) -> bool:
    """A heading merged across the whole row: the reader repeats it in every cell."""
    cells = [c or "" for c in row]
    return (len(cells) > 1 and bool(cells[0]) and all(c == cells[0] for c in cells[1:])
            and not value_of(cells[0])[0])   # ("0 | 0 | 0" is a row of figures)


def caption_parts(caption: str) -> list[str]:
    """A caption's parts as the readers join them ("Sheet name / Title row / Section row"); a
    part with no letters belongs to the one before ("… outcomes 2022 / 23")."""
    out: list[str] = []
    for part in (p.strip() for p in caption.split(" / ")):
        if out and not re.search(r"[A-Za-z]", part):
            out[-1] = f"{out[-1]} / {part}"
        elif part:
            out.append(part)
    return out or [""]


def _restacked(header: list, rows: list[list]) -> bool:
    """The header row printed again inside the table, after a section row of its own."""
    head = [" ".join((c or "").split()).lower() for c in header]
    if sum(1 for c in head if c) < 2:
        return False
    for k, row in enumerate(rows[1:], 1):
        cells = [" ".join((c or "").split()).lower() for c in row]
        above = [c for c in rows[k - 1] if c]
        if cells == head and len(above) == 1:
            return True
    return False


_PERIOD_TOTAL = re.compile(r"^(?:(?P<a>.+?)\s+totals?|totals?\s+(?:for\s+)?(?P<b>.+?))\s*$", re.I)


def _period_of_total(label: str) -> str | None:
    """The period of a Total row or column labelled with it ("2024 total", "Total 2023/24")."""
    m = _PERIOD_TOTAL.match(label.strip())
    p = m and (m.group("a") or m.group("b"))
    return p if p and is_period(p) else None

_TABLE_NO = re.compile(r"^\W*(?:table|figure|chart)\s*\d{1,2}[a-z]?\s*[:.\-–]?\s*", re.I)


def _same_shape_captions(tables: list[dict]) -> dict[int, str]:
    """Captions of tables that share their column headings with another table of the file
    ("Table 1: Applications by entry route" / "Table 2: Applicants appointed", both "Entry route |
    2022/23 | 2023/24"): only the caption tells their figures apart."""
    groups: dict[tuple, list[int]] = {}
    for i, t in enumerate(tables):
        head = tuple(" ".join((c or "").split()).lower() for c in t.get("header") or [])
        if sum(1 for c in head if c) >= 2:
            groups.setdefault(head, []).append(i)
    out = {}
    for members in groups.values():
        caps = {i: _TABLE_NO.sub("", tables[i].get("caption") or "").strip() for i in members}
        if len(members) >= 2 and all(caps.values()) and len(set(caps.values())) == len(members):
            out.update(caps)
    return out


# A footnote mark printed as a small raised digit that a PDF's text runs into the cell: "2023/24¹"
# read "2023/241", "1,208²" read "1,2082", "Skelmersdale¹" read "Skelmersdale1". Each form is
# malformed as it stands (a financial year of three digits, a thousands group of four, a place name
# ending in a digit), so the last digit goes.
_MARKED = (re.compile(r"^((?:19|20)\d\d/\d\d)\d$"), re.compile(r"^(\d{1,3}(?:,\d{3})+)\d$"),
           re.compile(r"^([A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)*)\d$"))


def _unmarked(cell):
    if not isinstance(cell, str):
        return cell
    s = cell.strip()
    for pattern in _MARKED:
        m = pattern.match(s)
        if m:
            return m.group(1)
    return cell


def _without_footnote_marks(t: dict) -> dict:
    header = [_unmarked(c) for c in t.get("header") or []]
    rows = [[_unmarked(c) for c in r] for r in t.get("rows") or []]
    if header == (t.get("header") or []) and rows == (t.get("rows") or []):
        return t
    return {**t, "header": header, "rows": rows}


def figures_for(tables: list[dict], dash_suppressed: bool = False, na_suppressed: bool = False,
                band_suppressed: bool = False) -> list[dict]:
    """Every figure of the tables; `dash_suppressed` / `na_suppressed` / `band_suppressed`: a dash,
    "n/a" or "1-4" cell is a suppressed figure (the document's legend says so: dash_is_suppressed,
    na_is_suppressed, band_is_suppressed)."""
    out: list[dict] = []
    tables = [_without_footnote_marks(t) for t in tables]
    captions = _same_shape_captions(tables)
    for i, t in enumerate(tables):
        figs = table_figures(t, i, dash_suppressed, na_suppressed, band_suppressed)
        if i in captions:
            for f in figs:
                if captions[i].lower() not in f["measure"].lower():
                    f["measure"] = f"{f['measure']} / {captions[i]}"
        out.extend(figs)
    _name_colliding_tables(out, tables)
    return out


_WORDS_INSIDE_LIMIT = 300  # distinct measures of one period compared pairwise (a long sheet is left alone)


def _words_inside(seen: dict[tuple, set[int]]) -> set[tuple]:
    """Keys whose measure's words all sit inside another table's measure for the same period
    ("January" on the "101 calls" sheet, "January / Calls received" on the "999 calls" sheet)."""
    by_period: dict = {}
    for (measure, period), where in seen.items():
        if measure != "total":
            by_period.setdefault(period, []).append((measure, set(re.findall(r"\w+", measure)), where))
    out: set[tuple] = set()
    for period, rows in by_period.items():
        if len(rows) > _WORDS_INSIDE_LIMIT:
            continue
        for m1, w1, t1 in rows:
            for m2, w2, t2 in rows:
                # (rows of the same name: "January" and "January / Calls received", not a column's
                # "Offences" inside another table's "Course / Offences")
                if m1 != m2 and w1 and w1 <= w2 and not t1 & t2 and m1.split(" / ")[0] == m2.split(" / ")[0]:
                    out.update({(m1, period), (m2, period)})
    return out


def _name_colliding_tables(figures: list[dict], tables: list[dict]) -> None:
    """Two tables giving one measure for one period ("Calls received" 2019/20 on the "999 calls"
    sheet and on the "101 calls" sheet) are told apart by their captions, on every figure of
    both: the sheet's name (a caption's first part), or the whole caption when the names are
    the same."""
    seen: dict[tuple, set[int]] = {}
    for f in figures:
        seen.setdefault((f["measure"].lower(), f["period"]), set()).add(f["table"])
    # (each sheet's Total row is "Total": the dev README keeps them so, apart only by table)
    clashing = {key for key, where in seen.items() if len(where) > 1 and key[0] != "total"}
    clashing |= _words_inside(seen)
    if not clashing:
        return
    involved = sorted({i for key in clashing for i in seen[key]})
    caps = {i: _TABLE_NO.sub("", tables[i].get("caption") or "").strip() for i in involved}
    firsts = {i: caption_parts(c)[0] for i, c in caps.items()}
    names = firsts if len(set(firsts.values())) == len(firsts) else caps
    if not all(names.values()) or len(set(names.values())) < len(names):
        return   # nothing tells them apart
    for f in figures:   # every figure of those tables: they are parallel tables, named alike
        if f["table"] in names and names[f["table"]].lower() not in f["measure"].lower():
            f["measure"] = f"{f['measure']} / {names[f['table']]}"
