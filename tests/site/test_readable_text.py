"""The response page's stored text as blocks (datasette_plugins/readable_text.py): a PDF
letter's wrapped lines join into their paragraph, list items and their wrapped tails stay
items, markdown-style tables become rows with a caption and header, short heading lines stay
apart, and nothing is lost."""
from __future__ import annotations

from datasette_plugins.readable_text import text_blocks

LETTER = """You asked:
- How many times were spit and bite guards applied in each financial year from 2019/20 to
2021/22?
- How many spit hoods were applied inside a custody suite?
Some of the information requested is provided below. The remainder is withheld under
S.35(1)(a)(b) of the Act.
Public interest test
Factors favouring disclosure
| Spit and bite guard use |
| Year | On street | In custody |
|---|---|---|
| 2019/20 | 78 | <5 |
| 2020/21 | 92 | <5 |"""


def test_a_pdf_letter_reads_as_paragraphs_a_list_and_a_table():
    blocks = text_blocks(LETTER)
    assert [b["kind"] for b in blocks] == ["p", "ul", "p", "p", "p", "table"]
    assert blocks[1]["items"] == [
        "How many times were spit and bite guards applied in each financial year from "
        "2019/20 to 2021/22?", "How many spit hoods were applied inside a custody suite?"]
    assert blocks[2]["text"] == ("Some of the information requested is provided below. The "
                                 "remainder is withheld under S.35(1)(a)(b) of the Act.")
    assert blocks[3]["text"] == "Public interest test"   # a heading line stays on its own
    table = blocks[5]
    assert table["caption"] == "Spit and bite guard use"
    assert table["header"] == ["Year", "On street", "In custody"]
    assert table["rows"] == [["2019/20", "78", "<5"], ["2020/21", "92", "<5"]]


def test_html_paragraphs_stay_apart_and_a_corner_header_is_found():
    text = ("Question 1: How many?\n\n4,477 were recorded.\n\n|  | 2019 | 2020 |\n"
            "| Race | 1264 | 1569 |")
    blocks = text_blocks(text)
    assert [b.get("text") for b in blocks[:2]] == ["Question 1: How many?",
                                                    "4,477 were recorded."]
    assert blocks[2]["header"] == ["", "2019", "2020"]
    assert blocks[2]["rows"] == [["Race", "1264", "1569"]]


def test_every_word_is_kept_and_markup_is_only_text():
    text = "<script>alert(1)</script> a | b\n| <b>x</b> |\nplain"
    blocks = text_blocks(text)
    flat = " ".join(b.get("text") or " ".join(b.get("items") or []) or
                    " ".join(c for r in b["rows"] for c in r) for b in blocks)
    for word in ("<script>alert(1)</script>", "a | b", "<b>x</b>", "plain"):
        assert word in flat
    assert text_blocks(None) == [] and text_blocks("") == []
