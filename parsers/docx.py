"""DOCX -> text in body order (numbered paragraphs get their numbers) and tables (merged cells kept).

Also exposed, for the title/reference/date/force decisions (parsers.fields.title, reference):
`headings` (paragraphs in a heading or title style, and bold-only short lines, in order),
`fields` (key/value rows of two-column tables: ("Our reference", "FOI 12/24")) and
`header_text` (the page headers and footers, where some forces print the reference and name).
"""
from __future__ import annotations

import io
import re

import docx
from docx.oxml.ns import qn

from parsers import welsh
from parsers.docx_lists import ListNumbers
from parsers.field_rows import column_fields
from parsers.fields import list_grammar as lg
from parsers.limits import check_zip
from parsers.tables import caption_above, make_table


def _cell_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        # python-docx repeats a merged cell once per grid column it spans, which keeps
        # headings over every column they cover.
        rows.append([" ".join(c.text.split()) for c in row.cells])
    return rows


def _cell_text(cell) -> str:
    """A cell's text with any table nested in it, a row to a line ("Our ref: | FOI 1823304/25"
    in a letterhead's right-hand cell gives "Our ref: FOI 1823304/25"); python-docx's cell text
    leaves nested tables out."""
    lines = []
    for block in cell.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                seen = []
                for c in row.cells:   # a merged cell repeats
                    if not seen or c._tc is not seen[-1]._tc:
                        seen.append(c)
                line = " ".join(" ".join(_cell_text(c).split()) for c in seen).strip()
                if line:
                    lines.append(line)
        else:
            lines.append(block.text)
    return "\n".join(lines)


_HEADING_STYLES = ("heading", "title", "subtitle")
# a house style named for its part of the letter: "FOI Title", "Doc Heading", "Letter Subtitle" (never
# "Job Title", "Table Title", "Signature Title": a signatory's post, a table's caption)
_HOUSE_HEADING = re.compile(r"^(?:foi|foia|doc(?:ument)?|letter|report|response|reply|subject|cover|main|page)\s*"
                            r"(?:heading|title|subtitle)(?:\s?\d)?$")
_MAX_HEADING_WORDS = 20


def _heading_of(p, text: str) -> str | None:
    """The paragraph's text when it is a heading: a heading/title style, or short and bold throughout."""
    style = (p.style.name or "").lower() if p.style is not None else ""
    if style.startswith(_HEADING_STYLES) or _HOUSE_HEADING.search(style):
        return text
    runs = [r for r in p.runs if r.text.strip()]
    if runs and len(text.split()) <= _MAX_HEADING_WORDS and all(r.bold for r in runs):
        return text
    return None


def _layout_grid(cells: list[str]) -> bool:
    """The one row of a table whose cells each hold lines of text, one of them several: a page layout."""
    if len(cells) < 2:
        return False
    lines = [[ln for ln in (c or "").split("\n") if ln.strip()] for c in cells]
    return any(len(c) >= 2 for c in lines) and all(len(c) <= 8 for c in lines)


# A letterhead's field in one cell of a small layout table: "Our Ref: FOI 1844/25", "Date: 21 August 2025".
_LETTER_FIELD = re.compile(r"^(?:our|your)?\s*ref(?:erence)?\b\.?\s*(?:no\.?\s*)?[:\-–]?\s*\S|^date\s*[:\-–]\s*\S", re.I)


def _letterhead_grid(rows: list[list[str]]) -> bool:
    """A table of at most 3 x 3 cells laying out a letterhead (address | "Our Ref: …" / addressee |
    "Date: …"): a cell holds a reference or date field and none holds a bare figure."""
    cells = [c for row in rows for c in row if c]
    return (0 < len(rows) <= 3 and all(len(r) <= 3 for r in rows)
            and any(_LETTER_FIELD.match(c) for c in cells)
            and not any(re.fullmatch(r"[£$]?[\d,.%]+", c) for c in cells))


def _key_values(rows: list[list[str]]) -> list[tuple[str, str]]:
    """Rows of a two-column table whose first cell is a short label: ("Reference", "FOI2024/1")."""
    out = []
    for row in rows:
        cells = [c for i, c in enumerate(row) if c and (i == 0 or c != row[i - 1])]  # merged cells repeat
        if len(cells) == 2 and len(cells[0]) <= 40 and not any(ch.isdigit() for ch in cells[0]):
            out.append((cells[0].rstrip(":"), cells[1]))
        elif len(cells) in (4, 6) and all(_LABEL_CELL.fullmatch(cells[k]) for k in range(0, len(cells), 2)):
            # a box of fields side by side: "Our Ref:" | "DC/FOI 1147/23" | "Date:" | "14 September 2023"
            out.extend((cells[k].rstrip(":").strip(), cells[k + 1]) for k in range(0, len(cells), 2))
    return out


# A label cell of a row of fields side by side: short, no digits, ending on its colon.
_LABEL_CELL = re.compile(r"[A-Za-z][A-Za-z ()/'’.-]{0,38}:")


# A numbered label of a letter laid out as a table: "Request 1", "Answer 1", "Question 2a" (never a
# bare "Q1" or "A14": a quarter's or a road's row of data).
_NUMBERED_LABEL = re.compile(r"(?:request|question|answer|response|reply)\s*\.?\s*\d{1,2}[a-z]?\s*:?", re.I)


# A label whose value is a case number, all digits: "Reference Number", "FOI Ref", "Case No."
_REFERENCE_LABEL = re.compile(r"^(?:(?:foi|request|case|our|your)\s+)?(?:ref(?:erence)?|case)(?:\s+(?:no\.?|number|id))?\s*:?$"
                              r"|^(?:foi\s+)?request\s+(?:no\.?|number|id)\s*:?$", re.I)


def _field_table_lines(table, tables: list[dict] | None = None) -> list[str]:
    """A letter laid out as a table of labels and values ("Reference" | "004127/25", "Details of
    request" | its paragraphs "Q.1 …", "Q.2 …"; "Request 1" | the ask, "Answer 1" | the answer;
    a label across the table over its value across the table),
    one value holding paragraphs: the page's layout, not data (as parsers/html.py reads such a
    table). Its lines: each label over its paragraphs, a one-line value after its label; [] for
    any other table. A table nested in a value (an answer's figures) goes to `tables`, captioned
    by the paragraph above it in the cell, or by the row's label when it opens the cell."""
    out, paragraphs, nested = [], False, []
    # (a row across the table only inside a table of labels and values: a one-cell box of guidance
    # or of the asks is read by _boxed_lines)
    labelled = any(len({c._tc for c in row.cells}) == 2 for row in table.rows) or _label_over_value(table)
    label_row = False
    for row in table.rows:
        cells = []
        for c in row.cells:   # a merged cell repeats
            if not cells or c._tc is not cells[-1]._tc:
                cells.append(c)
        if len(cells) == 1 and labelled:
            # a row across the table: a label heading the row below ("Details of request") or the
            # value under it, its paragraphs ("Please provide …:" / "1. The number of …")
            texts = [" ".join(p.text.split()) for p in cells[0].paragraphs if p.text.strip()]
            if cells[0].tables or any(re.fullmatch(r"[£$]?[\d,.%]+", t) for t in texts):
                return []
            if label_row and texts:   # the value under a label row across the table
                paragraphs = True
                out.extend([*texts, ""])
                label_row = False
            elif len(texts) == 1 and len(texts[0]) <= 40 and not any(ch.isdigit() for ch in texts[0]):
                out.append(texts[0])
                label_row = True
            else:
                return []   # (a note or a merged row of a data table)
            continue
        label_row = False
        if len(cells) != 2:
            return []
        label = " ".join(cells[0].text.split())
        if not label or len(label) > 40 or cells[0].tables or (
                any(ch.isdigit() for ch in label) and not _NUMBERED_LABEL.fullmatch(label)):
            return []
        texts, inner = [], []
        for block in cells[1].iter_inner_content():
            if hasattr(block, "rows"):
                inner.append((texts[-1] if texts else label, _cell_rows(block)))
            elif block.text.strip():
                texts.append(" ".join(block.text.split()))
        if any(re.fullmatch(r"[£$]?[\d,.%]+", t) for t in texts) and not _REFERENCE_LABEL.search(label):
            return []   # a figure in a value cell: a table of data (not "Reference Number" | "20201187")
        nested += inner
        if len(texts) >= 2 or inner:
            paragraphs = True
            out.extend([label, *texts, ""])
        else:
            out.append(f"{label}: {texts[0]}" if texts else label)
    if not paragraphs:
        return []
    if tables is not None:
        tables.extend(t for caption, rows in nested if (t := make_table(caption, rows)))
    return out


def _label_over_value(table) -> bool:
    """A one-column table whose first row is a short label over the rows below it ("Details of
    request" / "Please provide …:" "1. …")."""
    rows = table.rows
    if len(rows) < 2 or any(len({c._tc for c in row.cells}) != 1 for row in rows):
        return False
    first = [p.text.strip() for p in rows[0].cells[0].paragraphs if p.text.strip()]
    return len(first) == 1 and len(first[0]) <= 40 and not any(ch.isdigit() for ch in first[0])


def _boxed_lines(table) -> list[str]:
    """A table of one cell holding paragraphs (a box drawn round the request: "Q.1 How many …" /
    "Q.2 …"): its paragraphs are the letter's lines; [] for any other table."""
    cells = {c._tc for row in table.rows for c in row.cells}
    if len(cells) != 1:
        return []
    cell = table.rows[0].cells[0]
    if cell.tables:
        return []
    texts = [" ".join(p.text.split()) for p in cell.paragraphs if p.text.strip()]
    # (the request boxed, its asks numbered or asked: never a box of guidance, an address or figures)
    asks = sum(1 for t in texts if t.endswith("?") or (lg.item(t) and lg.family_of(lg.item(t)[0]) in ("number", "letter")))
    return texts if len(texts) >= 2 and asks >= 2 and asks * 2 >= len(texts) else []


def _nested_tables(table) -> list[dict]:
    """Tables nested in a table's cells (figures inside the Answer cell of a Question | Answer
    table), captioned by the paragraph above them in the cell, or by the row's first cell."""
    out, done = [], set()
    for row in table.rows:
        seen = []
        for c in row.cells:
            if not seen or c._tc is not seen[-1]._tc:
                seen.append(c)
        for cell in seen:
            if id(cell._tc) in done:
                continue   # a cell merged down rows comes back in each
            done.add(id(cell._tc))
            above = ""
            for block in cell.iter_inner_content():
                if hasattr(block, "rows"):
                    caption = above or " ".join(seen[0].text.split())[:200] or None
                    t = make_table(caption, _cell_rows(block))
                    if t:
                        out.append(t)
                elif block.text.strip():
                    above = " ".join(block.text.split())
    return out


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_box_lines(p_element) -> list[str]:
    """Lines of the text boxes anchored in a paragraph (a letterhead's "Our Ref: …" / "Date: …"
    block floated to the right, a signature or contact box): python-docx's paragraph text leaves
    them out. A box saved twice (DrawingML, and VML under mc:Fallback for old readers) is read once."""
    out = []
    for box in p_element.iter(qn("w:txbxContent")):
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue
        for para in box.iter(qn("w:p")):
            text = " ".join("".join(t.text or "" for t in para.iter(qn("w:t"))).split())
            if text:
                out.append(text)
    return out


def _header_footer_text(document) -> str:
    """Text of every section's headers and footers (paragraphs and table cells), each once."""
    seen, out = set(), []
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            try:
                if part is None or part.is_linked_to_previous:  # linked: no text of its own
                    continue
                texts = [p.text for p in part.paragraphs]
                # a letterhead cell's blocks (parted by blank lines) each on their own: its empty "Your
                # ref:" is not the date printed under it ("Our ref: CM/PA/004417/22" / "Your ref:" / "" /
                # "21 October 2022"), a label over its number stays one line
                texts += [grp for t in part.tables for r in t.rows for c in r.cells
                          for grp in re.split(r"\n\s*\n", c.text)]
            except Exception:  # a damaged header part must not lose the body
                continue
            for t in texts:
                t = " ".join(t.split())
                if t and t not in seen:
                    seen.add(t)
                    out.append(t)
    return "\n".join(out)


_TAB_RUN = re.compile(r"\t+")
_NUMERIC_CELL = re.compile(r"^[£$]?\d[\d,.]*%?$|^[*<>-]\s?\d*$")


def _tab_table(text: str) -> str | None:
    """A table typed as one paragraph, its rows held by manual line breaks and its columns by tab
    stops ("Staff group<tab><tab>2021/22<tab>2022/23" / "Police officers<tab>18,402<tab>17,215"):
    pipe rows, as the text table reader reads them (None when the lines are not such a grid: the
    same number of cells on every line, at least two, and figures in the rows under the first)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2 or not all("\t" in ln for ln in lines):
        return None
    rows = [[" ".join(c.split()) for c in _TAB_RUN.split(ln.strip())] for ln in lines]
    width = len(rows[0])
    if width < 2 or any(len(r) != width for r in rows) or not any(
            _NUMERIC_CELL.match(c) for r in rows[1:] for c in r[1:]):
        return None
    return "\n".join("| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows)


def _english_column(rows: list[list[str]]) -> list[str] | None:
    """The right column's lines of a two-column table whose rows are Welsh | English prose ("Annwyl
    Ymgeisydd," | "Dear Applicant,"), most of them in those languages; None for any other table."""
    if len(rows) < 4 or any(len([c for c in r if c]) > 2 for r in rows) or max(len(r) for r in rows) != 2:
        return None
    pairs = [r for r in rows if len(r) == 2 and r[0] and r[1]]
    if len(pairs) < 4 or any(re.fullmatch(r"[\d,.%£<>* -]+", r[1].strip()) for r in pairs):
        return None   # (a table of figures: "2021" | "203")
    both = sum(welsh.language(r[0]) == "cy" and welsh.language(r[1]) != "cy" for r in pairs)
    if both * 2 < len(pairs):
        return None
    return [" ".join(ln.split()) for r in rows for ln in (r[-1] or "").split("\n") if ln.strip()]


_ASK_LABEL_CELL = re.compile(r"^(?:(?:Q|question|request)\.?\s?\d{1,2}[a-z]?|\d{1,2}[a-z]?)[.):]?$|^\(?[a-z]\)$|^[a-z]\.$", re.I)


def _labelled_asks(rows: list[list[str]]) -> list[str] | None:
    """The lines "Q1 The number of …" of a two-column table whose rows are an ask's label and its
    words (two rows or more, every left cell a label, every right cell a phrase with words), else None."""
    pairs = [[c for c in r if c] for r in rows]
    if len(pairs) < 2 or any(len(p) != 2 for p in pairs) or any(len(r) != 2 for r in rows):
        return None
    if not all(_ASK_LABEL_CELL.match(a) and len(re.findall(r"[A-Za-z]{2,}", b)) >= 4 for a, b in pairs):
        return None
    return [f"{a} {b}" for a, b in pairs]


def read_docx(data: bytes) -> dict:
    check_zip(data)  # before python-docx inflates anything
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    lines, tables, headings, fields, floating = [], [], [], [], []
    numbers = ListNumbers(document)
    since = 0  # lines written before this point sit above an earlier table
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            p = Paragraph(child, document)
            boxed = _text_box_lines(child)
            if boxed and any(_LETTER_FIELD.match(b) for b in boxed):
                lines.extend([*boxed, ""])   # a letterhead's reference and date block
            elif boxed:
                floating.extend([*boxed, ""])   # a signature or contact box: kept, after the body
            # a line break inside the paragraph (Shift+Enter: "Our reference: FOI/2025/00871" /
            # "19 February 2025") stays a line break
            text = _tab_table(p.text) or "\n".join(" ".join(ln.split()) for ln in p.text.split("\n") if ln.strip())
            num = child.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if text and num is None and _heading_of(p, text):
                headings.append(text)
            if text and (label := numbers.label(p)):
                text = label + text   # (through the paragraph's numbering or its style's)
            lines.append(text)
            if (p.style is not None and (p.style.name or "").lower().startswith("heading")) or not text:
                lines.append("")
        elif child.tag == qn("w:tbl"):
            table = Table(child, document)
            rows = _cell_rows(table)
            english = _english_column(rows)
            if english is not None:
                # a bilingual letter set out as a table, Welsh on the left and English on the right:
                # the English column is the letter's text, paragraph by paragraph
                lines.extend([*english, ""])
                since = len(lines)
                continue
            raw = [_cell_text(c) for c in table.rows[0].cells] if len(table.rows) == 1 else []
            if _layout_grid(raw):
                # a letterhead laid out in a one-row table (address | reference and date): its lines
                # are the letter's text, cell by cell, not a table of figures
                lines.extend(" ".join(ln.split()) for cell in raw for ln in cell.split("\n") if ln.strip())
                lines.append("")
                since = len(lines)
                continue
            if _letterhead_grid(rows):
                # its cells are the letter's lines ("Our Ref: FOI 1844/25", "Date: 21 August 2025"),
                # and a label beside its value is a field too ("Subject" | "Children reported missing …")
                fields.extend(_key_values(rows))
                seen_cells: set[str] = set()
                for row in rows:
                    for cell in row:
                        if cell and cell not in seen_cells:  # a merged cell repeats
                            seen_cells.add(cell)
                            lines.append(cell)
                lines.append("")
                since = len(lines)
                continue
            asks = _labelled_asks(rows)
            if asks:
                # "Q1 | The number of collisions …" / "Q2 | The total cost …": a numbered list set out
                # as a table, read as the list it is
                lines.extend(["", *asks, ""])
                since = len(lines)
                continue
            fields.extend(_key_values(rows) + column_fields(rows))
            laid_out = _field_table_lines(table, tables)
            if laid_out:
                lines.append("")
                lines.extend(laid_out)
                since = len(lines)
                continue
            boxed = _boxed_lines(table)
            if boxed:
                lines.extend([*boxed, ""])
                since = len(lines)
                continue
            # Its caption: the paragraph just above, never one above an earlier table.
            t = make_table(caption_above(lines[max(since, len(lines) - 4):]), rows)
            if t:
                tables.append(t)
                lines.append("")  # the table itself travels in "tables", not in the prose
            tables.extend(_nested_tables(table))
            since = len(lines)
    if floating:
        lines.extend(["", *floating])
    return {"text": "\n".join(lines), "tables": tables, "headings": headings, "fields": fields[:50],
            "header_text": _header_footer_text(document)}
