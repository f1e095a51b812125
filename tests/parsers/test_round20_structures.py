"""Structures from the session-20 work on tables copied one cell per line, each written here afresh."""
from __future__ import annotations

from parsers import cell_lines, parse_document
from parsers.furniture import clean_lines


def _parse(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def _figures(rec: dict) -> set[tuple[str, str | None, float | None]]:
    return {(f["measure"], f["period"], f["value"]) for f in rec["figures"]}


def test_a_table_copied_one_cell_per_line_with_years_as_row_labels_is_read_row_by_row():
    rec = _parse("""Anyshire Police
Freedom of Information Request: 000318/25

Response
The table below shows dog bite injuries to officers by year.

Year
Officers bitten
Needed hospital treatment
2022
17
4
2023
21
<5
2024
12
3

Where a figure is fewer than five it is shown as <5.
""")
    got = _figures(rec)
    assert ("Officers bitten", "2023", 21) in got
    assert ("Needed hospital treatment", "2024", 3) in got
    assert ("Needed hospital treatment", "2023", None) in got  # the "<5" cell
    assert len(got) == 6


def test_bare_numbers_among_cells_are_figures_not_page_numbers():
    lines = clean_lines("""The outcomes were as follows.

Outcome
Number
Charged
412
Cautioned
96
Total
508

Please contact us if you need more.
""")
    assert "412" in lines and "96" in lines


def test_a_bare_number_among_prose_is_still_a_page_number():
    lines = clean_lines("""We have searched our systems and hold no record of the leaflets you describe.

7

The leaflets were printed by the county council, which may hold them.
""")
    assert "7" not in [ln.strip() for ln in lines]


def test_a_header_of_period_columns_then_labelled_rows_one_cell_per_line():
    rec = _parse("""Dear Mr Okafor,

Thank you for your request. The information is set out below.

Measure
Apr-Jun 2024
Jul-Sep 2024
Stop searches
311
284
Arrests following a search
52
47

A person may be searched more than once.
""")
    got = _figures(rec)
    assert len(got) == 4
    assert any(m.startswith("Arrests following a search") and v == 47 for m, _, v in got)


def test_cells_that_keep_a_trailing_bar_and_blank_lines_between_them():
    rec = _parse("""Please see the table below.

Item |

Number held |

Drones |

4 |

Thermal cameras |

9 |

If you have any further questions please contact us.
""")
    got = _figures(rec)
    assert ("Drones / Number held", None, 4) in got or ("Drones", None, 4) in got
    assert len(got) == 2


def test_one_row_under_a_wide_header_is_a_table_when_it_ends_the_run():
    rec = _parse("""In relation to question 1, the figures for 2023 are below:

Year
Arrests
Charges
Convictions
2023
64
29
18

In relation to question 2, no information is held.
""")
    assert {("Arrests", "2023", 64), ("Charges", "2023", 29), ("Convictions", "2023", 18)} <= _figures(rec)


def test_short_lines_that_are_not_a_table_give_no_table():
    assert cell_lines.table_at(["Yours sincerely", "", "Jo Bloggs", "Disclosure Officer", "Anyshire Police",
                                "PO Box 12", "Anytown AN1 2BB"], 0) is None
    # a list of asks, one per line, is no table either
    assert cell_lines.cell("How many officers were assaulted in 2024?") is None


def test_an_aligned_table_carried_over_a_page_break_without_its_header_goes_on():
    rec = _parse("""Anyshire Police - Appendix A
Request reference: 007001/24

Knife crimes recorded by area

Area                      2022/23     2023/24
North                         214         231
South                         188         176
\f
East                          143         150
Total                         545         557

Notes: counts are of crimes recorded.
""")
    got = _figures(rec)
    assert ("East", "2023/24", 150) in got
    assert ("Total", "2022/23", 545) in got
    assert not any("143" in m or "East" == p for m, p, _ in got)  # the first row after the break is no header


def test_the_header_printed_again_after_a_page_break_is_not_a_row():
    rec = _parse("""Anyshire Police

Fires attended by officers

District                  2023      2024
Riverside                   41        38
Hillside                    27        30
\f
District                  2023      2024
Total                       68        68
""")
    got = _figures(rec)
    assert ("Total", "2024", 68) in got
    assert not any(m.startswith("District") for m, _, _ in got)
