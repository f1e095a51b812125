"""PDF -> text per page (pypdfium2), tables from pages that have them (pdfplumber), OCR fallback.

pypdfium2 reads text ~80x faster than pdfplumber, so pdfplumber only opens pages whose text or
drawn rules suggest a table.
"""
from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from parsers.tables import make_table

MAX_PAGES = 500
OCR_MAX_PAGES = 30
_NUM_ROW = re.compile(r"(?:^|\s)\d[\d,]*(?:\.\d+)?%?(?:\s+\d[\d,]*(?:\.\d+)?%?)+\s*$")


def _page_has_rules(page) -> bool:
    n = 0
    for _obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1):
        n += 1
        if n >= 6:
            return True
    return False


def _looks_tabular(text: str) -> bool:
    return sum(1 for ln in text.splitlines() if _NUM_ROW.search(ln)) >= 3


def _plumber_tables(data: bytes, pages: list[int]) -> list[dict]:
    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i in pages:
            page = pdf.pages[i]
            found = page.extract_tables()
            if not found:  # no ruling lines: columns found from the words' alignment
                found = page.extract_tables({"vertical_strategy": "text", "horizontal_strategy": "text"})
                found = [t for t in found if len(t) >= 2 and max(len(r) for r in t) >= 2 and
                         sum(1 for r in t for c in r if c and re.fullmatch(r"[\d,.%*<]+", c.strip())) >= 2]
            for rows in found:
                rows = [[" ".join((c or "").split()) for c in r] for r in rows]
                t = make_table(None, rows)
                if t:
                    out.append(t)
    return out


def _ocr(pdf, pages: int) -> str:
    import pytesseract

    texts = []
    for i in range(min(pages, OCR_MAX_PAGES)):
        image = pdf[i].render(scale=300 / 72).to_pil().convert("L")
        texts.append(pytesseract.image_to_string(image))
    return "\f".join(texts)


def read_pdf(data: bytes) -> dict:
    """{'text', 'tables', 'ocr', 'pages'}; raises on unreadable PDFs (caller makes the error)."""
    pdf = pdfium.PdfDocument(data)
    try:
        n = len(pdf)
        texts, table_pages = [], []
        for i in range(min(n, MAX_PAGES)):
            page = pdf[i]
            tp = page.get_textpage()
            text = tp.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            tp.close()
            texts.append(text)
            if _looks_tabular(text) or (text.strip() and _page_has_rules(page)):
                table_pages.append(i)
            page.close()
        chars = sum(len(t.strip()) for t in texts)
        ocr = False
        if n and chars < 20 * n:  # image-only scan: no text layer worth the name
            texts = _ocr(pdf, n).split("\f")
            ocr = True
            table_pages = []
    finally:
        pdf.close()
    tables = _plumber_tables(data, table_pages) if table_pages else []
    return {"text": "\f".join(texts), "tables": tables, "ocr": ocr, "pages": n}
