"""Ruled tables read with pypdfium2 (parsers/pdf_rules.py): PDFs drawn here with reportlab."""
from __future__ import annotations

import io

from parsers import parse_document


def _pdf(*flowables_spec) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = []
    for kind, value, style in flowables_spec:
        if kind == "p":
            story.append(Paragraph(value, styles["Normal"]))
        else:
            t = Table(value)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)] + (style or [])))
            story.append(t)
        story.append(Spacer(1, 14))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def test_merged_heading_is_repeated_over_the_columns_it_spans():
    rows = [["Area", "Stops", ""], ["", "2022", "2023"], ["North", "120", "131"], ["South", "98", "<5"]]
    data = _pdf(("p", "Stop and search by area", None),
                ("t", rows, [("SPAN", (1, 0), (2, 0))]))
    rec = parse_document(data)
    assert rec["error"] is None
    assert rec["tables"] == [{"caption": None, "header": ["Area", "Stops", "Stops"],
                              "rows": [[None, "2022", "2023"], ["North", "120", "131"], ["South", "98", "<5"]]}]


def test_two_tables_on_a_page_come_in_page_order_and_a_boxed_paragraph_is_not_a_table():
    data = _pdf(("t", [["Note: figures are provisional"]], None),
                ("t", [["Year", "Tasers"], ["2022", "14"], ["2023", "19"]], None),
                ("p", "And by rank:", None),
                ("t", [["Rank", "Count"], ["PC", "30"], ["Sgt", "3"]], None))
    rec = parse_document(data)
    assert [t["header"] for t in rec["tables"]] == [["Year", "Tasers"], ["Rank", "Count"]]
    assert rec["tables"][1]["rows"] == [["PC", "30"], ["Sgt", "3"]]


def test_underlines_alone_make_no_table():
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for k, line in enumerate(["Request", "1. How many vans do you own?", "Response", "We own 12 vans."]):
        y = 780 - 30 * k
        c.drawString(72, y, line)
        c.line(72, y - 3, 300, y - 3)  # a rule under each line, but no columns
    c.showPage()
    c.save()
    rec = parse_document(buf.getvalue())
    assert rec["error"] is None and rec["tables"] == []
    assert [q["text"] for q in rec["questions"]] == ["How many vans do you own?"]


def test_a_table_carried_over_a_page_break_without_its_header_is_one_table():
    rows = [["Week", "Stops", "Arrests"]] + [[f"Week {k}", str(100 + k), str(k % 7)] for k in range(1, 71)]
    rec = parse_document(_pdf(("p", "Stops by week, 2023", None), ("t", rows, None)))
    assert len(rec["tables"]) == 1
    table = rec["tables"][0]
    assert table["header"] == ["Week", "Stops", "Arrests"]
    assert [r[0] for r in table["rows"]] == [f"Week {k}" for k in range(1, 71)]


def test_a_new_table_with_its_own_header_on_the_next_page_stays_apart():
    first = [["Week", "Stops"]] + [[f"Week {k}", str(100 + k)] for k in range(1, 45)]
    second = [["Rank", "Count"], ["PC", "30"], ["Sgt", "3"]]
    rec = parse_document(_pdf(("t", first, None), ("t", second, None)))
    assert [t["header"] for t in rec["tables"]][-1] == ["Rank", "Count"]
    assert all(r[0].startswith("Week") for r in rec["tables"][0]["rows"])
