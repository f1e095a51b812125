"""Figures from every table shape: spreadsheets with title and note rows above the grid, a year
given only in a table's caption, aligned text with a grouped header, and a ruled table drawn in a
scanned page image. Every table here is written for the test."""
from __future__ import annotations

import io
import shutil

import pytest

from parsers import parse_document
from parsers.figures import figures_for
from parsers.sheets import read_xlsx, title_row_kind
from parsers.tables import extract
from tests.support.ci import require
from tests.support.workbooks import xlsx as _xlsx


def _by(figures: list[dict]) -> dict[tuple[str, str | None], list]:
    out: dict[tuple[str, str | None], list] = {}
    for f in figures:
        out.setdefault((f["measure"], f["period"]), []).append(f["value"])
    return out


CYCLES = _xlsx(
    ("By district", [
        ["Anyshire Constabulary"],
        ["FOI Ref: 0042-25"],
        ["Pedal cycle thefts reported, by district"],
        ["Financial years 2022/23 to 2023/24"],
        ["District", "2022/23", "2023/24"],
        ["Northvale", 130, 142],
        ["Southmere", "<5", 7],
        ["Total", 134, 149],
        ["<5: fewer than five thefts, not shown"],
    ]),
    ("By value", [
        ["Pedal cycle thefts by value of the cycle"],
        ["Value", "2022/23", "2023/24"],
        ["Under 500 pounds", 101, 99],
        ["500 pounds or more", 33, "*"],
        ["Total", 134, 149],
    ]),
)


def test_title_rows_give_the_files_title_and_reference_not_the_header():
    doc = read_xlsx(CYCLES)
    assert doc["title"] == "Pedal cycle thefts reported, by district"
    assert doc["reference"] == "0042-25"
    assert [t["header"] for t in doc["tables"]] == [["District", "2022/23", "2023/24"],
                                                    ["Value", "2022/23", "2023/24"]]
    # The footnote under the grid is not a row of the table.
    assert all(r[0] != "<5: fewer than five thefts, not shown" for r in doc["tables"][0]["rows"])
    rec = parse_document(CYCLES)
    assert rec["error"] is None
    assert rec["title"] == "Pedal cycle thefts reported, by district"
    assert rec["reference"] == "0042-25"


def test_sheet_figures_take_header_years_and_keep_measures_short():
    got = _by(figures_for(read_xlsx(CYCLES)["tables"]))
    assert got[("Northvale", "2022/23")] == [130]
    assert got[("Southmere", "2022/23")] == [None]  # "<5" is suppressed
    assert got[("500 pounds or more", "2023/24")] == [None]  # "*" too
    assert got[("Total", "2023/24")] == [149, 149]  # each sheet's Total row counts
    assert not any("thefts" in m or "Financial" in m for m, _ in got)


def test_a_sender_and_reference_share_a_row():
    assert title_row_kind("Anyshire Police - FOI 000123/25") == ("reference", "000123/25")
    assert title_row_kind("FOI reference: FOI 765432/25") == ("reference", "FOI 765432/25")
    assert title_row_kind("Anyshire Constabulary") == ("organisation", None)
    assert title_row_kind("Assaults on Police officers, 2024")[0] == "title"
    data = _xlsx(("Sheet1", [["Anyshire Police - FOI 000123/25"], ["Shotgun certificates revoked"],
                             ["Reason", "2023", "2024"], ["Medical", 4, 6], ["Other", 9, 2]]))
    doc = read_xlsx(data)
    assert (doc["title"], doc["reference"]) == ("Shotgun certificates revoked", "000123/25")


def test_a_sheet_without_title_rows_reads_as_before():
    doc = read_xlsx(_xlsx(("Data", [["Month", "Calls"], ["Jan 2024", 10], ["Feb 2024", 12]])))
    assert doc["title"] is None and doc["reference"] is None
    # A month row is filed under its year; the month stays in the measure (dev README: "the period
    # is the year or financial year", measures such as "Drink December").
    assert _by(figures_for(doc["tables"])) == {("Jan / Calls", "2024"): [10], ("Feb / Calls", "2024"): [12]}


PAGE = """<html><body><h1>Speeding offences</h1>
<p>The information you asked for is below.</p>
<table><caption>Table 1: offences by year</caption>
<tr><th>Year</th><th>Offences</th></tr><tr><td>2022</td><td>1,210</td></tr><tr><td>2023</td><td>1,344</td></tr></table>
<table><caption>Table 2: outcome of offences detected in 2023</caption>
<tr><th>Outcome</th><th>Offences</th></tr><tr><td>Course</td><td>801</td></tr><tr><td>Fine</td><td>543</td></tr></table>
<table><caption>Table 3: cameras in use, 2021 to 2023</caption>
<tr><th>Type</th><th>Cameras</th></tr><tr><td>Fixed</td><td>40</td></tr></table>
</body></html>"""


def test_a_year_given_only_in_a_caption_is_the_period_but_a_span_is_not():
    rec = parse_document(PAGE.encode(), "text/html", "https://www.anyshire.police.uk/foi/speeding")
    got = _by(rec["figures"])
    assert got[("Offences", "2023")] == [1344]
    assert [v for (m, p), v in got.items() if m.startswith("Course")] == [[801]]
    assert [p for (m, p) in got if m.startswith("Course")] == ["2023"]
    assert [p for (m, p) in got if m.startswith("Fixed")] == [None]


def test_aligned_text_with_a_grouped_header_line():
    lines = """Officers and staff who joined or left

                     Police officers        Police staff
Year                 Joiners   Leavers      Joiners   Leavers
2022/23                  210       188          140       151
2023/24                  236       174          129       160
Total                    446       362          269       311
""".splitlines()
    _prose, tables = extract(lines)
    assert len(tables) == 1
    got = _by(figures_for([t for _, t in tables]))
    assert got[("Police officers / Leavers", "2023/24")] == [174]
    assert got[("Police staff / Joiners", "2022/23")] == [140]
    assert [m for m, p in got if p is None and 311 in got[(m, p)]] == ["Total / Police staff / Leavers"]


def test_a_wrapped_header_keeps_its_first_line():
    lines = """                   Officers      Staff
Year               dismissed     dismissed
2021                   3             1
2022                   5             2
""".splitlines()
    got = _by(figures_for([t for _, t in extract(lines)[1]]))
    assert got == {("Officers / dismissed", "2021"): [3], ("Staff / dismissed", "2021"): [1],
                   ("Officers / dismissed", "2022"): [5], ("Staff / dismissed", "2022"): [2]}


def test_a_sentence_above_the_header_is_not_a_group_line():
    lines = """Please see the figures below, which cover three districts.
District        2022      2023
Eastbrook         14        19
Westfold          22        25
""".splitlines()
    tables = [t for _, t in extract(lines)[1]]
    assert tables[0]["header"] == ["District", "2022", "2023"]


def _scan_with_table(rows: list[list[str]], skew: float = 0.0):
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("DejaVuSans.ttf", 40)
    image = Image.new("L", (2480, 1600), 255)
    draw = ImageDraw.Draw(image)
    draw.text((200, 150), "Please see the table below for your questions.", font=font, fill=0)
    xs, y0, h = [200, 600, 1150, 1800], 300, 90
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            draw.text((xs[c] + 20, y0 + r * h + 22), text, font=font, fill=0)
    for r in range(len(rows) + 1):
        draw.line([(xs[0], y0 + r * h), (2300, y0 + r * h)], fill=0, width=4)
    for x in xs + [2300]:
        draw.line([(x, y0), (x, y0 + len(rows) * h)], fill=0, width=4)
    draw.text((200, y0 + len(rows) * h + 80), "If you are unhappy you may ask for a review.", font=font, fill=0)
    return image.rotate(skew, fillcolor=255) if skew else image


@pytest.mark.parametrize("skew", [0.0, 0.4, -0.8])
def test_a_ruled_table_in_a_scanned_page_is_rebuilt(skew):
    require(shutil.which("tesseract") is not None, "the tesseract binary")
    from parsers.ocr_tables import ruled_tables

    rows = [["Year", "Horses", "Dogs retired", "Handlers"], ["2022", "4", "15", "13"], ["2023", "6", "11", "<5"]]
    tables = ruled_tables(_scan_with_table(rows, skew))
    assert len(tables) == 1
    assert tables[0]["header"] == rows[0]
    assert tables[0]["rows"] == rows[1:]
    got = _by(figures_for(tables))
    assert got[("Dogs retired", "2023")] == [11]
    assert got[("Handlers", "2023")] == [None]


def test_a_boxed_paragraph_in_a_scan_is_not_a_table():
    require(shutil.which("tesseract") is not None, "the tesseract binary")
    from PIL import Image, ImageDraw, ImageFont

    from parsers.ocr_tables import ruled_tables

    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle([200, 200, 2200, 500], outline=0, width=4)
    draw.text((240, 300), "Note: figures for 2024 are provisional.", font=ImageFont.truetype("DejaVuSans.ttf", 40), fill=0)
    assert ruled_tables(image) == []


# Round-3 classes (fixture set d): every table below is written for the test.

def test_merged_group_cells_of_a_two_row_sheet_header_cover_their_columns():
    # openpyxl reads a merged cell back as its first cell and blanks; notes sit under the grid.
    doc = read_xlsx(_xlsx(("Burglary", [
        ["Residential burglaries solved, by district"],
        ["District", "2022/23", None, "2023/24", None],
        [None, "Reported", "Solved", "Reported", "Solved"],
        ["Eastbrook", 210, 19, 198, 23],
        ["Total", 210, 19, 198, 23],
        ["1. Solved means a charge or summons."],
    ])))
    got = _by(figures_for(doc["tables"]))
    assert got[("Eastbrook / Solved", "2022/23")] == [19]
    assert got[("Eastbrook / Solved", "2023/24")] == [23]
    assert got[("Total / Reported", "2023/24")] == [198]
    assert not any(p is None for _, p in got)


def test_month_and_day_labels_are_filed_under_their_year():
    t = {"caption": None, "header": ["Operation", "Arrests"],
         "rows": [["November 2023", "41"], ["Q2 2024/25", "12"], ["30 June 2024", "7"]]}
    got = _by(figures_for([t]))
    assert got == {("November / Arrests", "2023"): [41], ("Q2 / Arrests", "2024/25"): [12],
                   ("30 June / Arrests", "2024"): [7]}


def test_the_header_over_the_row_labels_gives_the_period_like_a_caption():
    t = {"caption": None, "header": ["Horse patrols in 2022", "Number"], "rows": [["Patrols", "310"]]}
    assert _by(figures_for([t])) == {("Patrols / Number", "2022"): [310]}
    span = {"caption": None, "header": ["Patrols 2021 to 2023", "Number"], "rows": [["Patrols", "900"]]}
    assert _by(figures_for([span])) == {("Patrols / Number", None): [900]}


def _docx(paragraphs_and_tables: list) -> bytes:
    import docx

    d = docx.Document()
    for item in paragraphs_and_tables:
        if isinstance(item, str):
            d.add_paragraph(item)
        else:
            t = d.add_table(rows=len(item), cols=len(item[0]))
            for r, row in enumerate(item):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_docx_table_takes_its_caption_from_the_paragraph_above():
    data = _docx(["FOI Reference: 2024/0777", [["Request", "Response"], ["How many?", "See below."]],
                  "Special constables at 31 March 2024", [["Area", "Specials"], ["North", "55"], ["South", "<5"]]])
    rec = parse_document(data)
    got = _by(rec["figures"])
    assert got == {("North / Specials", "2024"): [55], ("South / Specials", "2024"): [None]}


def test_a_field_line_above_a_table_is_no_caption():
    data = _docx(["FOI Reference: 2024/0777", [["Area", "Specials"], ["North", "55"]]])
    assert _by(parse_document(data)["figures"]) == {("North / Specials", None): [55]}


def test_a_pdf_tables_caption_is_the_text_line_above_its_header_row():
    from parsers.tables import caption_in_text

    t = {"caption": None, "header": ["Role", "Horses"], "rows": [["Patrol", "6"]]}
    lines = ["The horses are shown below.", "Police horses at 1 April 2024", "Role Horses", "Patrol 6"]
    assert caption_in_text(t, lines) == "Police horses at 1 April 2024"
    assert caption_in_text(t, ["The horses are shown below.", "Role Horses"]) is None


def test_an_aligned_row_with_blank_cells_keeps_each_cell_under_its_column():
    lines = """Task                    Records   Minutes each   Hours
Search the log            6,000              2     200
Read the matches          1,200              5     100
Total                                              300
""".splitlines()
    got = _by(figures_for([t for _, t in extract(lines)[1]]))
    assert got[("Total / Hours", None)] == [300]
    assert got[("Search the log / Minutes each", None)] == [2]


def test_tab_separated_lines_are_a_table_but_tabbed_fields_are_not():
    lines = ["Year\tMounted officers\tHorses", "2022\t14\t11", "2023\t15\t12"]
    got = _by(figures_for([t for _, t in extract(lines)[1]]))
    assert got[("Horses", "2023")] == [12] and got[("Mounted officers", "2022")] == [14]
    prose, tables = extract(["Our ref:\t482913", "Case no:\t55"])
    assert tables == [] and len(prose) == 2


def test_one_row_of_figures_under_a_line_of_column_names():
    lines = """Mounted patrols

                          1 April 2023    1 April 2024
  Horses on strength             14              12
""".splitlines()
    got = _by(figures_for([t for _, t in extract(lines)[1]]))
    assert got == {("Horses on strength / 1 April", "2023"): [14], ("Horses on strength / 1 April", "2024"): [12]}
    # a sentence above one aligned line is prose, not a header
    assert extract(["We hold these figures for you.", "Horses  14  12"])[1] == []


def test_a_rule_under_the_header_leaves_the_header_as_the_header():
    # A text copy of a PDF letter or e-mail draws a dashed rule under the column names; the
    # first row of figures is data, not the header.
    lines = """Question 1

    Year   Dog bites recorded   Officers hurt
    ========================================
    2022                   17               3
    2023                   21               5

Yours sincerely
""".splitlines()
    prose, tables = extract(lines)
    assert len(tables) == 1
    assert tables[0][1]["header"] == ["Year", "Dog bites recorded", "Officers hurt"]
    got = _by(figures_for([t for _, t in tables]))
    assert got == {("Dog bites recorded", "2022"): [17], ("Officers hurt", "2022"): [3],
                   ("Dog bites recorded", "2023"): [21], ("Officers hurt", "2023"): [5]}
    assert not any(set(ln.strip()) == {"="} for ln in prose)
    # a rule over the header and one dash run per column read the same way
    boxed = ["-----------------------", "Station    Visitors 2023", "---------  -------------",
             "Eastgate          1,204", "Northmoor           876"]
    t = extract(boxed)[1][0][1]
    assert t["header"] == ["Station", "Visitors 2023"] and t["rows"][0] == ["Eastgate", "1,204"]


def test_a_rule_drawn_over_a_text_tables_total_row_keeps_the_row():
    from parsers.tables import extract
    lines = ["Missing person reports by age group",
             "Age group                           2022      2023",
             "----------------------------------------------------",
             "Children (under 18)                1,402     1,366",
             "Adults (18 and over)               1,118     1,174",
             "----------------------------------------------------",
             "Total                              2,520     2,540",
             "",
             "A person reported missing twice is counted twice."]
    prose, tables = extract(lines)
    assert len(tables) == 1
    rows = tables[0][1]["rows"]
    assert [r[0] for r in rows] == ["Children (under 18)", "Adults (18 and over)", "Total"]
    assert rows[-1][1:] == ["2,520", "2,540"]
