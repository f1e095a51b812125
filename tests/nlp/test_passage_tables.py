"""Precedent passages never carry a table's rows: a paragraph that runs into a flattened table
("| Year | Searches |") ends there, and the wording after the table is a passage of its own."""
from nlp.passages import passage_texts, passages

TEXT = """This information is withheld; the exemption and the harm are explained below.
| Year | Missing person searches | Suspect searches |
| 2019 | 2 | 209 |
Releasing the exact numbers would show where resources are thin and where they are concentrated."""


def test_a_table_run_into_a_paragraph_parts_it_from_the_next():
    texts = passage_texts(TEXT)
    assert texts == ["This information is withheld; the exemption and the harm are explained below.",
                     "Releasing the exact numbers would show where resources are thin and where they "
                     "are concentrated."]
    assert not any("|" in t for t in texts)


def test_passages_and_their_texts_agree_and_keep_their_offsets():
    found = passages(TEXT)
    assert [p["text"] for p in found] == passage_texts(TEXT)
    for p in found:
        assert TEXT[p["start"]:p["start"] + 20] == p["text"][:20]


def test_line_separated_text_keeps_its_lines_and_drops_its_rows():
    one = "Line one of the reply, which is long enough to count as a passage of its own."
    two = "Line two of the reply, which is also long enough to count as a passage of its own."
    assert passage_texts(f"{one}\n| 2019 | 209 |\n{two}") == [one, two]
