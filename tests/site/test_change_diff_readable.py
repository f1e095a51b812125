"""The response page's diff between versions reads as one change when one corrected figure shows
in several fields (response text, answers, table, figures), and stays escaped."""
from __future__ import annotations

import json

from datasette_plugins.change_diff import version_diffs, word_changes

TABLE = ("Missing people", ["Year", "Reports received"], [["2020", "{n}"], ["2021", "1746"]])


def content(n: int, extra: str = "", raw: str | None = None) -> str:
    cap, head, rows = TABLE
    return json.dumps({
        "title": "Missing person reports",
        "response_text": f"I have decided to disclose it.{extra}\n| 2020 | {n} |\n| 2021 | 1746 |",
        "tables": [[cap, head, [[c.format(n=n) for c in r] for r in rows]]],
        "figures": [["Reports received", "2020", n, raw or str(n)],
                    ["Reports received", "2021", 1746, "1746"]]})


def step(old: str, new: str) -> dict:
    (d,) = version_diffs([{"version": 1, "content": old},
                          {"version": 2, "content": new, "first_seen": "2026-01-02T00:00:00Z"}])
    return d


def test_one_corrected_figure_is_shown_once_in_the_figures():
    d = step(content(2422), content(2428))
    assert [(f["label"], f["also"]) for f in d["fields"]] == [("Figures", ["Response", "Tables"])]
    assert "<del>2422</del><ins>2428</ins>" in str(d["fields"][0]["diff"])
    assert "Reports received 2020:" in str(d["fields"][0]["diff"])


def test_a_field_with_another_change_is_shown_on_its_own():
    d = step(content(2422), content(2428, extra=" The figure was corrected."))
    assert [(f["label"], f["also"]) for f in d["fields"]] == [
        ("Response", []), ("Figures", ["Tables"])]
    assert "<ins>The figure was corrected.</ins>" in str(d["fields"][0]["diff"]).replace(
        "<ins> ", "<ins>")


def test_collapsed_diffs_stay_escaped():
    d = step(content(1, raw="<b>1</b>"), content(2, raw="<img src=x onerror=alert(1)>"))
    shown = "".join(str(f["diff"]) for f in d["fields"])
    assert "<img" not in shown and "&lt;img src=x onerror=alert(1)&gt;" in shown


def test_word_changes_fold_spaces():
    assert word_changes("a  2422\nb", "a 2428 b") == (("2422", "2428"),)
    assert word_changes("x\n\ny 2422 z", "x y 2428 z") == (("2422", "2428"),)
