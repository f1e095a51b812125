"""XLSX (every sheet) and CSV -> tables, plus a text rendering for search."""
from __future__ import annotations

import csv
import datetime
import io
import re

from parsers import charset
from parsers.fields import force, reference
from parsers.fields.list_grammar import item
from parsers.fields.title_patterns import GENERIC_WORDS
from parsers.limits import LIMITS, Budget, check_zip
from parsers.tables import make_table, render


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return " ".join(str(v).split())


def _date_shown(v, fmt: str) -> str:
    """A date cell as a reader reads it: a month-and-year format ("mmm-yy", "mmmm yyyy") as "Jan 2024"
    (the year whole), a format with the day as "1 Jan 2024" or "01/01/2024", else the ISO date (the
    time only when it is not midnight)."""
    f = fmt.lower().split(";")[0]
    if re.fullmatch(r"\W*y{2,4}\W*", f):
        return str(v.year)   # a year cell stored as a date ("yyyy")
    has_time = bool(re.search(r"h|ss", f))
    if re.search(r"m", f) and "y" in f and not has_time and not f.startswith("y"):
        month = "%B" if "mmmm" in f else "%b" if "mmm" in f else None
        if "d" not in f:
            return v.strftime(f"{month or '%m/'}{' ' if month else ''}%Y").replace("/ ", "/")
        if month:
            return f"{v.day} {v.strftime(month)} {v.year}"
        return v.strftime("%d/%m/%Y")
    if isinstance(v, datetime.datetime) and (v.hour or v.minute or v.second):
        return v.isoformat(sep=" ")
    return v.date().isoformat() if isinstance(v, datetime.datetime) else v.isoformat()


def _shown(cell) -> str:
    """A cell as the sheet shows it: a fraction under a percentage format ("0.0%") as the percentage
    a reader sees (0.062 -> "6.2%"), a date as its format shows it (`_date_shown`), every other value
    as stored."""
    v = getattr(cell, "value", cell)
    fmt = re.sub(r'"[^"]*"|\\.', "", getattr(cell, "number_format", None) or "")  # a quoted or escaped "%" is a literal
    if isinstance(v, (datetime.date, datetime.datetime)):
        return _date_shown(v, fmt)
    if isinstance(v, (int, float)) and not isinstance(v, bool) and "%" in fmt:
        from decimal import ROUND_HALF_UP, Decimal

        m = re.search(r"0\.(0+)", fmt.split(";")[0])
        places = len(m.group(1)) if m else 0
        shown = (Decimal(repr(v)) * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return f"{shown}%"   # (as a spreadsheet rounds: halves up)
    return _fmt(v)


# A sender's name on a letterhead row: a proper name ending in one of these words
# ("Cumbria Constabulary", "British Transport Police", "Police Service of Northern Ireland").
_ORG_TAIL = re.compile(r"\b(?:Police|Constabulary|Constabularies|Police Service(?: of(?: [A-Z]\w+)+)?|Police Force"
                       r"|Police Scotland|Police Department)$")
# ... or one opening with the Welsh word for police: a bilingual letterhead row prints both names
# ("South Wales Police / Heddlu De Cymru", "Heddlu Dyfed-Powys Police").
_ORG_HEAD = re.compile(r"^Heddlu\b")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'.\-]*|of|and|the|&)$")
# A row part that is only a reference, "FOI" and a label dropped: "FOI 004518/24", "Ref: 12-24".
_BARE_REF = re.compile(r"^(?:(?:FOI|FOIA)\s+)?(?:(?:our\s+)?ref(?:erence)?\.?\s*(?:no\.?|number)?\s*[:#]?\s*)?("
                       + reference.REF + r")$", re.I)
# A whole row that is a labelled reference: "FOI Ref: 1234-24", "FOI reference: FOI 123456/24".
_LABELLED_REF = re.compile(r"^(?:(?:FOI|FOIA|our|your|request|case)\s+)?(?:ref(?:erence)?|request\s+(?:number|no)"
                           r"|case\s+(?:number|no))\.?\s*(?:no\.?|number)?\s*[:#\-–]?\s*" + reference.REF + r"$", re.I)
_PART_SEP = re.compile(r"\s+[-–|/]\s+|\s*[:|]\s+")


def _filled(row: list[str]) -> int:
    return sum(1 for c in row if c)


def _only(row: list[str]) -> str:
    return next(c for c in row if c)


def split_head(rows: list[list[str]]) -> tuple[list[str], list[list[str]], list[str]]:
    """(title rows, grid rows, note rows): one-cell rows above the first row of several filled
    cells are titles or notes about the sheet; one-cell rows after the last row of several cells
    are footnotes. A sheet of one-cell rows only is all grid."""
    first = next((k for k, r in enumerate(rows) if _filled(r) > 1), None)
    if first is None:
        return [], rows, []
    last = max(k for k, r in enumerate(rows) if _filled(r) > 1)
    heads = [_only(r) for r in rows[:first]]
    # a CSV export's field rows above its table ("Reference,FOI2023/0411", "Title,Knife crime"):
    # head rows read as "Reference: FOI2023/0411"
    k = first
    while k < last and _filled(rows[k]) == 2 and _HEAD_FIELD.match(rows[k][0] or "") \
            and (not _NUMBER_LABEL.match(rows[k][0] or "") or re.search(r"\d", [c for c in rows[k] if c][1])):
        k += 1   # (a "Request number" / "Case number" label holds a number: "Request number | Working days
        # taken" is a table's header)
    # (and the title rows under those fields: "Request number: | 26118" / "Knife offences by district,
    # 2022/23 to 2024/25" / "District | 2022/23 | …")
    j = k
    while k > first and j < last and _filled(rows[j]) == 1 and not _STATEMENT.search(_only(rows[j])):
        j += 1   # (never a note: "Figures are provisional and may change.")
    # (never a two-column table's "Source | Referrals" header straight under the fields)
    if k > first and (_filled(rows[j]) > 2 or (j > k and _filled(rows[j]) == 2)):
        heads += [f"{r[0].strip().rstrip(':')}: {[c for c in r if c][1]}" for r in rows[first:k]]
        heads += [_only(r) for r in rows[k:j]]
        first = j
    feet = [_only(r) for r in rows[last + 1:] if _filled(r) == 1]
    return heads, rows[first:last + 1], feet


def _organisation(part: str) -> bool:
    words = part.split()
    if not words or len(words) > 7 or not all(_NAME_WORD.match(w) for w in words):
        return False
    return bool(force.count_mentions(part) or _ORG_TAIL.search(part) or _ORG_HEAD.match(part))


def title_row_kind(line: str) -> tuple[str, str | None]:
    """('reference'|'organisation'|'note'|'title', reference): what one title row above a sheet's grid is.

    "FOI Ref: 12-24" and "Anyshire Police - FOI 0012/24" carry the reference; "Anyshire
    Constabulary" names the sender; anything else is a title or a note about the sheet."""
    s = " ".join(line.split())
    if reference.foi_line(s):  # "Anyshire Police - Freedom of Information 2024/0012"
        # a title row's "FOI" before the number is dropped, as from any title ("Essex Police - Freedom
        # of Information - FOI 31847" gives 31847; a labelled one, "FOI reference FOI 1802244/24", as printed)
        ref = reference.foi_line(s)
        return "reference", ref if re.search(r"\bref(?:erence)?\b", s, re.I) else re.sub(r"^FOIA?\s+(?=\d)", "", ref)
    if _LABELLED_REF.match(s):
        ref = reference.from_text(s)
        if ref:
            return "reference", ref
    parts = [p for p in _PART_SEP.split(s) if p]
    refs = [m.group(1) for p in parts if (m := _BARE_REF.match(p)) and sum(c.isdigit() for c in m.group(1)) >= 2]
    orgs = [p for p in parts if _organisation(p)]
    # "Freedom of Information request 0876/24 - disclosure attachment": the request's number, and the
    # file's kind; "Avon and Somerset Police – proactive disclosure": the sender, and the file's kind
    named = [m.group(1) for p in parts if (m := _REQUEST_NUMBER.match(p))]
    kinds = [p for p in parts if p not in orgs and not _REQUEST_NUMBER.match(p)
             and all(w.lower() in GENERIC_WORDS or w.lower() in _FILE_WORDS for w in re.findall(r"[A-Za-z]+", p))]
    if named and len(named) + len(orgs) + len(kinds) == len(parts):
        return "reference", named[0]
    if orgs and kinds and len(orgs) + len(kinds) == len(parts):
        return "organisation", None
    if refs and orgs and len(refs) + len(orgs) == len(parts):
        return "reference", " ".join(refs[0].split())
    if orgs and len(orgs) == len(parts):
        return "organisation", None
    if orgs and all(p in orgs or (_UNIT_NAME.fullmatch(p) and not re.search(r"\b(?:by|per)\b", p, re.I))
                    for p in parts):
        return "organisation", None   # "North Wales Police - Force Vetting Unit": the sender and its team
    if _RELEASE_NOTE.match(s):
        return "note", None
    return "title", None


_FILE_WORDS = {"attachment", "data", "file", "spreadsheet", "workbook", "release", "dataset"}
_REQUEST_NUMBER = re.compile(r"^(?:freedom\s+of\s+information|foi)\s+(?:request\s+)?(?:ref(?:erence)?\.?\s*:?\s*|no\.?\s*)?"
                             r"(\d[\w/.-]*\d)$", re.I)
# A team of the force named beside it: "Force Vetting Unit", "Information Rights Team".
_UNIT_NAME = re.compile(r"(?:[A-Z][\w'’&-]*\s+){0,5}(?:Unit|Team|Department|Bureau|Section|Branch|Directorate|Office|Centre)")


# A row saying how the file came out, not what it holds: "Released following Information
# Commissioner's Office Decision Notice IC-288410-J1N5", "Disclosed under the Freedom of Information Act".
_RELEASE_NOTE = re.compile(r"^(?:released|disclosed|published|provided)\s+(?:following|after|under|in\s+(?:response|reply)\s+to)\s+"
                           r"(?:an?\s+|the\s+)?(?:internal\s+review|information\s+commissioner|ico\b|(?:ico\s+)?decision\s+notice"
                           r"|freedom\s+of\s+information|foi\b|foia\b|(?:your\s+|a\s+)?request)", re.I)


def _blocks(rows: list[list[str]]) -> list[list[list[str]]]:
    """A sheet's rows cut into tables where a blank row is followed by a new table's own title
    and header: one-cell title rows, then a row of several cells with no figure ("Children
    missing from care" / "Year | Missing episodes | Individual children"). A blank row inside
    one table (spacing before its Total row) cuts nothing."""
    blocks: list[list[list[str]]] = [[]]
    for k, row in enumerate(rows):
        if not any(c for c in row):
            # (title rows alone above the first table are its title, not a table of their own)
            if any(_filled(r) > 1 for r in blocks[-1]) and _opens_table(rows[k + 1:]):
                blocks.append([])
            continue
        blocks[-1].append(row)
    return [b for b in blocks if b]


def _opens_table(rest: list[list[str]]) -> bool:
    filled = [r for r in rest if any(c for c in r)][:4]
    titles = 0
    for r in filled:
        if _filled(r) == 1:
            titles += 1
            continue
        return titles >= 1 and all(not c or _fmt_is_text(c) for c in r)
    return False


def _fmt_is_text(cell: str) -> bool:
    from parsers.figures import is_period, value_of

    return is_period(cell) or not value_of(cell)[0]


def _table(name: str | None, rows: list[list[str]]) -> tuple[dict | None, list[str], list[str]]:
    """One sheet's table, its title rows and its footnotes: the title rows that name the sheet
    become its caption (with the sheet's name), never a header or a section of the grid."""
    rows = [r for r in rows if any(c for c in r)]
    if not rows:
        return None, [], []
    heads, grid, feet = split_head(rows)
    kept = [h for h in heads if title_row_kind(h)[0] == "title"]
    caption = " / ".join([b for b in [name, *kept] if b]) or None
    return make_table(caption, grid), heads, feet


def _dimensions_from_head(self) -> None:
    """openpyxl's read-only sheets look for <dimension> with end events, which parses every row
    of a sheet that has none (10 s for a million empty rows) only to find nothing. The element
    sits before <sheetData>, so start events find it, or its absence, at once. Same result."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
    from openpyxl.worksheet.dimensions import SheetDimension

    with self._get_source() as src:
        for _event, element in iterparse(src, events=("start",)):
            if element.tag == DIMENSION_TAG:
                self._min_column, self._min_row, self._max_column, self._max_row = \
                    SheetDimension.from_tree(element).boundaries
                return
            if element.tag == DATA_TAG:
                return


def _patch_openpyxl() -> None:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    ReadOnlyWorksheet._get_size = _dimensions_from_head


def _sheet_rows(ws, budget: Budget) -> tuple[list[list[str]], str | None]:
    """Rows of one sheet, stopping at the row/column limits, a long blank run, or the deadline.

    A sheet's declared dimension can claim a million rows; read_only mode streams them, and we
    stop on our own rather than trust it.
    """
    rows: list[list[str]] = []
    blank_run = 0
    for k, row in enumerate(ws.iter_rows(max_col=LIMITS.max_sheet_cols)):
        if k >= LIMITS.max_sheet_rows:
            return rows, f"sheet {ws.title!r} cut at {LIMITS.max_sheet_rows} rows"
        if k % 500 == 0 and budget.spent():
            return rows, f"sheet {ws.title!r} cut at row {k}: time limit"
        cells = [_shown(c) for c in row]
        while cells and not cells[-1]:  # max_col pads every row out to the column limit
            cells.pop()
        if cells:
            blank_run = 0
            rows.append(cells)
        else:
            blank_run += 1
            if blank_run >= LIMITS.max_empty_rows:
                return rows, None  # trailing formatting rows, not data
            if rows and rows[-1]:
                rows.append([])  # one mark per blank run: where a second table may start (_blocks)
    return rows, None


def read_xlsx(data: bytes, budget: Budget | None = None) -> dict:
    """{'text', 'tables', 'truncated', 'title', 'reference'}: every sheet's table; the title and
    reference come from the title rows above the first grid that has them."""
    import openpyxl

    _patch_openpyxl()
    check_zip(data)
    budget = budget or Budget()
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheets, notes = [], []
    try:
        for ws in wb.worksheets:
            rows, note = _sheet_rows(ws, budget)
            if note:
                notes.append(note)
            for block in _blocks(rows):   # (a second table on the sheet below a blank row)
                t, heads, feet = _table(ws.title, block)
                if t:
                    sheets.append((t, ws.title, heads, feet))
            if budget.spent():
                notes.append("later sheets skipped: time limit")
                break
    finally:
        wb.close()
    return _result(sheets, "; ".join(notes) or None)


def read_csv(data: bytes, content_type: str | None = None) -> dict:
    text = charset.decode(data, content_type)[0]
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [[" ".join(c.split()) for c in r[:LIMITS.max_sheet_cols]]
            for _, r in zip(range(LIMITS.max_sheet_rows + 1), csv.reader(io.StringIO(text), dialect), strict=False)]
    truncated = None
    if len(rows) > LIMITS.max_sheet_rows:
        rows, truncated = rows[:-1], f"CSV cut at {LIMITS.max_sheet_rows} rows"
    sheets = []
    for block in _blocks(rows):   # (a second table below a blank line, under its own title)
        t, heads, feet = _table(None, block)
        if t:
            sheets.append((t, None, heads, feet))
    return _result(sheets, truncated)


Sheet = tuple[dict, str | None, list[str], list[str]]  # table, sheet name, title rows, footnotes


def _result(sheets: list[Sheet], truncated: str | None) -> dict:
    from parsers.fields.title_checks import (  # the checks every title source passes
        not_a_title,
        title_shaped,
    )

    title = ref = None
    titled = len(sheets)  # the sheet whose title rows gave the title
    for k, (t, _name, heads, feet) in enumerate(sheets):
        # a cover whose only grid is its fields ("Our reference:" | "DC/FOI 1142/24"): the lines under
        # them are the cover's too, its title among them (down to its contents list or notes)
        lines = heads + (_cover_lines(feet) if _fields_only(t) and len(sheets) > 1 else [])
        for h in lines:
            kind, found = title_row_kind(h)
            if kind == "reference" and ref is None:
                ref = found
            elif kind == "title" and title is None and not not_a_title(h.strip().strip('"')):
                title = h  # not "Sussex Police - Freedom of Information disclosure" above the real one
        if title:
            titled = k
            break  # a later sheet's title rows name that sheet, not the file
    tables = [s[0] for s in sheets]
    # a cover or notes sheet before it (the force, the reference, the file's title) titles the file;
    # the data sheet's own heading ("Table 1: Arrests by division") names that sheet only
    # (a title-shaped row: a notes sheet's sentence, "Each detention is counted once.", names nothing)
    cover, ref = _cover_title(tables[:titled], ref)
    if cover and (title is None or (title_shaped(cover) and not _STATEMENT.search(cover))):
        title = cover
    # a cover sheet's label and value in cells side by side ("Title:" | "Knife crime offences …",
    # "Request reference:" | "2291A/24"): the file's own title and reference, before a data
    # sheet's caption
    fields = [(k.strip(), v.strip()) for _t, _n, heads, _f in sheets for h in heads
              if ":" in h and _HEAD_FIELD.match((k := h.split(":", 1)[0]) + ":") and (v := h.split(":", 1)[1]).strip()]
    fields += cover_fields(tables)
    named = next((v for k, v in fields if _TITLE_KEY.match(k)), None)
    if named and not not_a_title(named):
        title = named
    ref = ref or reference.from_fields(fields)
    # a sheet holding the reply itself (its asks and the force's sentences): the file says what was asked
    letter = any(_letter_lines(t, heads, feet) for t, _n, heads, feet in sheets)
    return {"text": _text(sheets), "tables": tables, "truncated": truncated, "title": title, "reference": ref,
            "fields": fields, "letter": letter}


# A note's verb: "Figures are provisional and may change" states something, a title names it.
_STATEMENT = re.compile(r"\b(?:are|is|was|were|may|might|will|can|should|must|have|has|had)\b", re.I)


# A note on where the data came from: "Data extracted from the Niche records management system on …"
_DATA_NOTE = re.compile(r"\b(?:data|figures|information|records?|counts?)\s+(?:(?:was|were|are|is|have\s+been|has\s+been)\s+)?"
                        r"(?:extracted|taken|sourced|drawn|obtained)\s+from\b|\bsource\s*:", re.I)


def _field_pair(cells: list[str]) -> bool:
    """A field's label and its value side by side: "Our reference:" | "DC/FOI 1142/24", "Subject" | "…"."""
    return len(cells) == 2 and bool(_FIELD_KEY.match(cells[0].strip()) or _BARE_KEY.match(cells[0].strip()))


def _fields_only(t: dict | None) -> bool:
    rows = [[c for c in r if c] for r in [(t or {}).get("header") or [], *((t or {}).get("rows") or [])]]
    rows = [r for r in rows if r]
    return bool(rows) and len(rows) <= 4 and all(_field_pair(r) for r in rows)


def _cover_lines(feet: list[str]) -> list[str]:
    """The title a cover prints straight under its fields: the first line there, when it is
    title-shaped (never a note, "Figures are provisional …", an ask, "Q1. The number of …", a
    contact line or a contents heading)."""
    from parsers.fields.title_checks import title_shaped

    first = next((f.strip() for f in feet if f.strip()), "")
    if not first or not title_shaped(first) or _STATEMENT.search(first) or _DATA_NOTE.search(first) \
            or _NUMBERED_ASK.match(first) or re.match(r"^(?:q\d|contact|prepared|produced|compiled|enquiries|for\s+further"
                                                      r"|contents|notes?\b|sheets?\b|index\b)", first, re.I):
        return []
    return [first]


def _cover_sheet(t: dict | None) -> bool:
    """A cover's rows: one or two cells each, three or more of them a field's label and its value
    ("Title" | "Indecent images …", "FOI reference" | "1802/24", then a contents list "Table 1" |
    "Recorded offences by month"), never a two-column list headed "Title" | "Last reviewed"."""
    rows = [[c for c in r if c and c.strip()] for r in [(t or {}).get("header") or [], *((t or {}).get("rows") or [])]]
    rows = [r for r in rows if r]
    fields = [r for r in rows if len(r) == 2 and _HEAD_FIELD.match(r[0].strip().rstrip(":") + ":")]
    titled = [r[1] for r in fields if _TITLE_KEY.match(r[0].strip().rstrip(":"))]
    # (three fields, its title a title's length: a list headed "Title" | "Last reviewed" under one
    # "FOI reference" row, or a "Title" | "Leavers" column heading, is none)
    return 0 < len(rows) <= 15 and all(len(r) <= 2 for r in rows) and len(fields) >= 3 \
        and all(len(t.split()) >= 3 for t in titled)


def _reply_sheet(t: dict | None) -> bool:
    """A sheet laid out as the reply: a single-cell "Request" or "Response" heading among its rows
    (the other may stand below the grid, among the sheet's closing lines)."""
    cells = [[c for c in r if c and c.strip()] for r in [(t or {}).get("header") or [], *((t or {}).get("rows") or [])]]
    one = [c[0].strip() for c in cells if len(c) == 1]
    return any(_REQUEST_HEADING.match(c) or _RESPONSE_HEADING.match(c) for c in one)


def _cover_title(tables: list[dict], ref: str | None) -> tuple[str | None, str | None]:
    """A one-column cover or notes sheet's top rows ("Lancashire Constabulary" / "Freedom of
    Information Act 2000 - FOI/0871/25" / "Missing person reports by month …, 2024" / "Notes:"),
    read as the title rows above a grid are, down to its first lead-in or note: (title, reference)."""
    from parsers.fields.title_checks import not_a_title

    for t in tables:
        cells = [[c for c in r if c] for r in [t.get("header") or [], *(t.get("rows") or [])]]
        # (a field's label and value side by side, "Our reference:" | "DC/FOI 1142/24", is one line of
        # the cover, never its title)
        merged = {f"{r[0].strip()} {r[1].strip()}" for r in cells if _field_pair(r)}
        rows = [[f"{r[0].strip()} {r[1].strip()}"] if _field_pair(r) else r for r in cells]
        if any(len(r) > 1 for r in rows):
            continue
        top = []
        for cell in [r[0] if r else "" for r in rows[:8]]:
            if not cell or cell.rstrip().endswith(":") or cell.lstrip()[:1] in "-–•*":
                break   # "Notes:" and the notes under it describe the data, they name nothing
            top.append((cell, *title_row_kind(cell)))
        # a cover names its sender or the request (above or below its title); a notes sheet does not
        if not any(kind in ("reference", "organisation") for _c, kind, _f in top):
            continue
        ref = ref or next((found for _c, kind, found in top if kind == "reference"), None)
        # (a team's name on the row under the force's, another title below it, is the sender's team:
        # "City of London Police" / "National Fraud Intelligence Bureau" / "Fraud reports by month …")
        team = {k for k in range(1, len(top) - 1) if top[k - 1][1] == "organisation" and top[k][1] == "title"
                and _UNIT_NAME.fullmatch(top[k][0].strip()) and any(kind == "title" for _c, kind, _f in top[k + 1:])}
        title = next((c for k, (c, kind, _f) in enumerate(top) if kind == "title" and k not in team
                      and not not_a_title(c.strip().strip('"')) and not _DATA_NOTE.search(c) and c not in merged), None)
        if title:
            return title, ref
    return None, ref


_HEAD_FIELD = re.compile(r"^\s*(?:title|subject|(?:foi\s+|request\s+|our\s+|case\s+)?ref(?:erence)?(?:\s+(?:no\.?|number))?|date(?:\s+published)?"
                         r"|(?:foi\s+)?(?:request|case)\s+(?:no\.?|number)"
                         r"|published|source|force)\s*:?\s*$", re.I)
_NUMBER_LABEL = re.compile(r"^\s*(?:foi\s+)?(?:request|case)\s+(?:no\.?|number)", re.I)
_TITLE_KEY = re.compile(r"^(?:title|subject|request\s+title|title\s+of\s+request)$", re.I)
_FIELD_KEY = re.compile(r"^[A-Za-z][A-Za-z ()/'’-]{1,40}:$")
# (or a field's well-known name without its colon, in a cell of its own: "Subject" | "Firearms training")
_BARE_KEY = re.compile(r"^(?:subject|title|request\s+title|(?:our\s+|foi\s+|request\s+)?ref(?:erence)?(?:\s+(?:no|number))?)$", re.I)


def cover_fields(tables: list[dict]) -> list[tuple[str, str]]:
    """(label, value) rows: two filled cells, the first a short label ending in a colon (or a
    field's well-known name: "Subject", "Reference")."""
    out = []
    for t in tables:
        # (a bare "Subject" or "Title" cell is a field on a cover, or in the head of a sheet that is the
        # reply, above its "Request" heading; over a data table's column it is a heading: "Subject" |
        # "Complaints", "Title" | "Last reviewed")
        bare = _fields_only(t) or _reply_sheet(t) or _cover_sheet(t)
        for row in [t.get("header") or [], *(t.get("rows") or [])]:
            cells = [c.strip() for c in row if c and c.strip()]
            if len(cells) == 1 and (_REQUEST_HEADING.match(cells[0]) or _RESPONSE_HEADING.match(cells[0])):
                bare = _fields_only(t)   # the letter's head is over
            if len(cells) == 2 and (_FIELD_KEY.match(cells[0]) or (bare and _BARE_KEY.match(cells[0]))) \
                    and len(cells[0].split()) <= 5:
                out.append((cells[0].rstrip(":").strip(), cells[1]))
    return out


def _text(sheets: list[Sheet]) -> str:
    """Each sheet's name ("Sheet: …" when it reads as a list item), then its rows as pipe rows: title rows and footnotes too, so that the
    text holds every cell but no line of it reads as prose (a footnote is not a question)."""
    out = []
    for t, name, heads, feet in sheets:
        if name:  # a sheet named like an ask ("Q1 999 calls") names its data: labelled, it asks nothing
            out.append(f"Sheet: {name}" if item(name) else name)
        letter = _letter_lines(t, heads, feet)
        if letter:
            out.extend(letter)
            out.append("")
            continue
        out.extend(f"| {h.replace('|', '/')} |" for h in heads)
        out.extend(render(t))
        out.extend(f"| {f.replace('|', '/')} |" for f in feet)
        out.append("")
    return "\n".join(out)


# A sheet that is the reply itself: "Request:" and "Response:" headings over numbered asks in
# cells of their own ("1." | "How many drug seizures …?") and the force's sentences. Its rows are
# the letter's lines, read as prose; a data sheet's rows stay table rows.
_REQUEST_HEADING = re.compile(r"^(?:your\s+|the\s+)?(?:request|information\s+requested)\s*:?$", re.I)
_RESPONSE_HEADING = re.compile(r"^(?:our\s+|the\s+)?(?:response|reply|decision)\s*:?$", re.I)
_ASK_LABEL = re.compile(r"^(?:q(?:uestion)?\s?\.?\s?)?\d{1,2}[a-z]?[.):]?$", re.I)
_FIELD_LABEL_CELL = re.compile(r"^[A-Za-z][A-Za-z ()/'’-]{1,30}$")
_NUMBERED_ASK = re.compile(r"^(?:q(?:uestion)?\s?\.?\s?)?\d{1,2}[a-z]?[.):]\s+\S(?:\S*\s+){5,}", re.I)


def _letter_lines(t: dict | None, heads: list[str], feet: list[str]) -> list[str] | None:
    """A sheet's rows as the letter's lines when the sheet is the reply: one "Request:" heading over
    numbered asks, then one "Response:" heading over the force's sentences (a log of requests, a
    checklist or a survey's questions, under "Requests" / "Question" / "Answer", is data)."""
    rows = [[h] for h in heads]
    if t:
        rows += [t.get("header") or [], *(t.get("rows") or [])]
    rows += [[f] for f in feet]
    cells = [[c.strip() for c in r if c and c.strip()] for r in rows]
    cells = [c for c in cells if c]
    if any(len(c) > 2 for c in cells) or any(not _fmt_is_text(x) for c in cells for x in c[1:] if not _ASK_LABEL.match(x)):
        return None
    if sum(1 for c in cells if len(c) == 1 and _REQUEST_HEADING.match(c[0])) > 1:
        return None   # a log of several requests, each under its own "Request" heading: data, no one reply
    asked = next((k for k, c in enumerate(cells) if len(c) == 1 and _REQUEST_HEADING.match(c[0])), None)
    answered = next((k for k, c in enumerate(cells) if len(c) == 1 and _RESPONSE_HEADING.match(c[0])), None)
    if asked is None or answered is None or answered < asked:
        return None
    # (an ask in a cell of its own after its label, or typed with its number in one cell: "1. How many …?";
    # a noun-phrase ask, "The number of officers who …", under the sheet's own "Request" heading)
    asks = sum(1 for c in cells[asked + 1:answered]
               if (len(c) == 2 and _ASK_LABEL.match(c[0]) and (c[1].endswith("?") or len(c[1].split()) >= 6))
               or (len(c) == 1 and _NUMBERED_ASK.match(c[0])))
    prose = any(len(c[-1].split()) >= 8 and c[-1].endswith(".") for c in cells[answered + 1:])
    if not asks or not prose:
        return None
    # a field's label in a cell of its own reads as the field line it is: "Subject" | "Firearms training" ->
    # "Subject: Firearms training" (an ask's number stays as printed: "1" | "The number of …")
    return [f"{c[0]}: {c[1]}" if len(c) == 2 and _FIELD_LABEL_CELL.match(c[0]) else " ".join(c) for c in cells]

