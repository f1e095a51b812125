"""A DOCX letterhead laid out in a one-row table is the letter's text, not a table of figures."""
from __future__ import annotations

import io

import docx

from parsers import parse_document


def _letter() -> bytes:
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Durham Constabulary\nInformation Rights\nAykley Heads, Durham"
    t.cell(0, 1).text = "Reference: 25-0999\nDate: 14 January 2025\nDirect dial: 01000 000000"
    d.add_paragraph("Dear Mr Reader,")
    d.add_paragraph("Police horse retirements")
    d.add_paragraph("Thank you for your request for information. You asked:")
    d.add_paragraph("How many police horses retired in 2024?")
    d.add_paragraph("Four police horses retired in 2024.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_one_row_letterhead_table_gives_the_reference_and_date_and_no_figures():
    rec = parse_document(_letter(), None, "letter.docx")
    assert rec["reference"] == "25-0999"
    assert rec["published"] == "2025-01-14"
    assert rec["tables"] == [] and rec["figures"] == []
    assert rec["title"] == "Police horse retirements"
