"""PDF -> text per page (pypdfium2), tables, OCR fallback; bounded by parsers.limits.

pypdfium2 reads text ~80x faster than pdfplumber. Ruled tables are read with pypdfium2 too
(parsers.pdf_rules), and so are Request | Response tables drawn without rules
(parsers.pdf_columns); pdfplumber only opens pages whose numbers line up in columns with no rules
drawn, where it finds the columns from the words' alignment.
"""
from __future__ import annotations

import io
import re

import pypdfium2 as pdfium

from parsers.limits import LIMITS, Budget
from parsers.ocr_tables import ruled_tables as ocr_ruled_tables
from parsers.pdf_columns import HEAD_LINE, qa_columns
from parsers.pdf_rules import ruled_tables
from parsers.tables import make_table

# A space pdfium put between two runs of one line that stand this many font sizes apart is a
# column gap. Where one such gap splits a line into two fields, as in a two-column letterhead
# ("Freedom of Information Unit" ... "Date: 3 April 2025", "FOI Reference: 001247/25" ... "2 June
# 2025"), it is written as three spaces, as a text copy prints it, so the line reads as two
# fields. Table rows keep their single spaces: their ruled or aligned tables are read apart.
COLUMN_GAP_EM = 2.5
_GAP = "   "
_LABELLED = re.compile(r"^(?:[A-Za-z][\w'’.]*\s?){1,4}:\s*\S")   # "Date: 3 April 2025", "Our Ref: AB/12"
_BARE_DATE = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$")


def _column_gaps(tp, text: str) -> str:
    """text (the page's get_text_range, one character per character index) with a line's one
    wide gap written as three spaces when the run right of it is a field ("Label: value"), or a
    bare date beside a field ("FOI Reference: 001247/25" ... "2 June 2025")."""
    if len(text) != tp.count_chars():
        return text
    wide: list[int] = []
    line_start = 0
    out, last = [], 0

    def settle(line_end: int) -> None:
        nonlocal last
        if len(wide) == 1:
            k = wide[0]
            left, right = text[line_start:k].strip(), text[k + 1:line_end].strip()
            # (a label and its value, "Date of response ... 11 September 2024", are one field)
            if _LABELLED.search(right) or (_BARE_DATE.match(right) and _LABELLED.search(left)):
                out.append(text[last:k])
                out.append(_GAP)
                last = k + 1
        wide.clear()

    for k in range(1, len(text) - 1):
        if text[k] in "\r\n":
            if text[k - 1] not in "\r\n":
                settle(k)
            line_start = k + 1
            continue
        if text[k] != " " or text[k - 1] in " \r\n" or text[k + 1] in " \r\n":
            continue
        left, right = tp.get_charbox(k - 1), tp.get_charbox(k + 1)
        size = pdfium.raw.FPDFText_GetFontSize(tp, k + 1) or 10.0
        if right[0] - left[2] > COLUMN_GAP_EM * size and abs(right[1] - left[1]) < size:
            wide.append(k)
    settle(len(text))
    out.append(text[last:])
    return "".join(out)


_NUM_ROW = re.compile(r"(?:^|\s)\d[\d,]*(?:\.\d+)?%?(?:\s+\d[\d,]*(?:\.\d+)?%?)+\s*$")


def _looks_tabular(text: str) -> bool:
    return sum(1 for ln in text.splitlines() if _NUM_ROW.search(ln)) >= 3


def _sliced_line(row: list, lines: list[str]) -> bool:
    """A line of prose above the table cut into the columns' spans ("Hate crimes | recorded b | y stra
    | nd, 2"): the row's cells, in order, spell one line of the page's text, and a cut between two of
    them falls inside a word of that line (a header's cells meet at the line's spaces)."""
    cells = [" ".join((c or "").split()) for c in row]
    cells = [c for c in cells if c]
    if len(cells) < 2 or any(re.fullmatch(r"[\d,.%*<]+", c) for c in cells):
        return False
    squeezed = "".join(cells).replace(" ", "")
    for line in lines:
        k = line.replace(" ", "").find(squeezed)
        if k < 0:
            continue
        pos = [j for j, ch in enumerate(line) if ch != " "]   # where each non-space character stands
        end = k
        for c in cells[:-1]:
            end += len(c.replace(" ", ""))
            nxt = pos[end - 1] + 1
            if nxt < len(line) and line[nxt] != " ":
                return True   # the cut falls inside a word: "b" | "y"
        return False
    return False


def _aligned_tables(data: bytes, pages: list[int]) -> list[tuple[int, dict]]:
    """Unruled tables: columns from word alignment (pdfplumber's text strategy)."""
    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i in pages:
            found = pdf.pages[i].extract_tables({"vertical_strategy": "text", "horizontal_strategy": "text"})
            found = [t for t in found if len(t) >= 2 and max(len(r) for r in t) >= 2 and
                     sum(1 for r in t for c in r if c and re.fullmatch(r"[\d,.%*<]+", c.strip())) >= 2]
            lines = pdf.pages[i].extract_text().splitlines() if found else []
            for rows in found:
                rows = [r for r in rows if not _sliced_line(r, lines)]
                t = make_table(None, [[" ".join((c or "").split()) for c in r] for r in rows])
                if t:
                    out.append((i, t))
    return out


def _ocr(pdf, pages: int, budget: Budget) -> tuple[str, bool, list[tuple[int, dict]]]:
    """Text of every page image, whether OCR stopped early, and the ruled tables drawn in the
    images (which tesseract's own layout analysis leaves out of the text)."""
    import pytesseract

    texts, tables = [], []
    for i in range(min(pages, LIMITS.max_ocr_pages)):
        if budget.spent():
            return "\f".join(texts), True, tables
        image = pdf[i].render(scale=300 / 72).to_pil().convert("L")
        texts.append(pytesseract.image_to_string(image))
        tables.extend((i, t) for t in ocr_ruled_tables(image))
    return "\f".join(texts), pages > LIMITS.max_ocr_pages, tables


def read_pdf(data: bytes, budget: Budget | None = None) -> dict:
    """{'text', 'tables', 'ocr', 'pages', 'truncated'}; raises on unreadable PDFs (caller makes the error)."""
    budget = budget or Budget()
    pdf = pdfium.PdfDocument(data)
    truncated = None
    try:
        n = len(pdf)
        texts, tables, aligned_pages = [], [], []
        for i in range(min(n, LIMITS.max_pdf_pages)):
            if budget.spent():
                truncated = f"PDF read to page {i} of {n}: time limit"
                break
            page = pdf[i]
            tp = page.get_textpage()
            try:
                text = _column_gaps(tp, tp.get_text_range()).replace("\r\n", "\n").replace("\r", "\n")
                found = ruled_tables(page, tp) if text.strip() else []
                if not found and HEAD_LINE.search(text):
                    # "Request Response" on one line: an unruled two-column table whose
                    # questions and answers the text interleaves; rebuilt from positions.
                    columns = qa_columns(tp, *page.get_size())
                    if columns:
                        found, text = [columns[0]], columns[1]
            finally:
                tp.close()
                page.close()
            texts.append(text)
            tables.extend((i, t) for t in found)
            if not found and _looks_tabular(text):
                aligned_pages.append(i)
        if n > LIMITS.max_pdf_pages and not truncated:
            truncated = f"PDF read to page {LIMITS.max_pdf_pages} of {n}: page limit"
        chars = sum(len(t.strip()) for t in texts)
        ocr = False
        if texts and chars < 20 * len(texts):  # image-only scan: no text layer worth the name
            text, cut, tables = _ocr(pdf, len(texts), budget)
            texts, ocr, aligned_pages = text.split("\f"), True, []
            if cut:
                truncated = f"OCR stopped after {len(texts)} pages"
    finally:
        pdf.close()
    if aligned_pages and not budget.spent():
        tables = sorted(tables + _aligned_tables(data, aligned_pages), key=lambda it: it[0])
    return {"text": "\f".join(texts), "tables": [t for _, t in _join_continued(tables)], "ocr": ocr, "pages": n,
            "truncated": truncated}


_FIGURE_CELL = re.compile(r"^(?:[£$]?\d[\d,.]*%?|[<≤]\s?\d+|\*+|-|–)$")


def _data_row(row: list[str]) -> bool:
    """A row of figures under its label ("December | 97 | 71 | 103 | 74"), no header of words or years."""
    cells = [c for c in row[1:] if c]
    figures = [c for c in cells if _FIGURE_CELL.match(c) and not re.fullmatch(r"(?:19|20)\d\d", c)]
    return len(cells) >= 1 and len(figures) * 2 > len(cells)


def _join_continued(tables: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    """A table carried over a page break without its header row: the first table of a page whose
    "header" is a row of figures ("December | 97 | 71 | …" / "Total | …") under a table of as many
    columns ending the page before goes on that table, its rows after the last one."""
    out: list[tuple[int, dict]] = []
    seen_pages: set[int] = set()
    for page, t in tables:
        first_on_page = page not in seen_pages
        seen_pages.add(page)
        if out and first_on_page and page == out[-1][0] + 1 and len(t["header"]) == len(out[-1][1]["header"]) \
                and _data_row(t["header"]) and not _data_row(out[-1][1]["header"]) and not t.get("caption"):
            prev = out[-1][1]
            rows = prev["rows"] + [[c if c != "" else None for c in t["header"]]] + t["rows"]
            out[-1] = (page, {**prev, "rows": rows})
            continue
        out.append((page, t))
    return out
