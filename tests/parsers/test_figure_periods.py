"""Figures read from structure: a key/value block gives none, a column counting at one date and a
caption naming one financial year several ways give the period (tables written for these tests)."""
from __future__ import annotations

from parsers.figures import caption_period_of, figures_for, key_value_block


def _table(header, rows, caption=None):
    return {"caption": caption, "header": header, "rows": rows}


def test_a_key_value_block_gives_no_figures():
    t = _table(["Publication number", "PUB 0012"],
               [["Request number", "40417"], ["Date", "3 June 2024"], ["Outcome", "Full disclosure"]])
    assert key_value_block(t) and figures_for([t]) == []


def test_a_two_column_data_table_keeps_its_figures():
    t = _table(["Station", "Arrests"], [["North", "12"], ["South", "*"], ["Total", "19"]])
    assert not key_value_block(t)
    assert [f["value"] for f in figures_for([t])] == [12, None, 19]


def test_a_column_counting_at_one_date_gives_its_year():
    t = _table(["Type of dog", "Number at 1 October 2024"], [["Search", "9"], ["Patrol", "31"]])
    assert {f["period"] for f in figures_for([t])} == {"2024"}
    t = _table(["Type of dog", "Change since 1 April 2019"], [["Search", "3"]])
    assert figures_for([t])[0]["period"] is None


def test_a_caption_naming_one_financial_year_several_ways():
    assert caption_period_of("By area 2022-23 / Officers by area at 31 March 2023 (2022/23)") == "2022/23"
    assert caption_period_of("Arrests, 2022/23 to 2023/24") is None
    assert caption_period_of("Sheet 2022/23 / 2023 and 2025") is None


def test_a_period_with_a_word_of_its_kind_gives_the_period():
    t = _table(["Offence", "2022/23 season", "Year 2024"], [["Pitch invasion", "14", "9"]])
    assert sorted((f["period"], f["value"]) for f in figures_for([t])) == [("2022/23", 14), ("2024", 9)]
    t = _table(["Offence", "Seasonal total"], [["Pitch invasion", "23"]])
    assert figures_for([t])[0]["period"] is None


def test_a_part_year_column_keeps_its_year():
    from parsers.figures import worded_period

    assert worded_period("2024 (to 31 Oct)") == "2024"
    assert worded_period("2023/24 (year to date)") == "2023/24"
    assert worded_period("Shotgun (to 31 Oct)") is None
