"""Counter-examples to the round-26 rules: documents a review of that round's diff wrote (each
reproduced: the rule's first form parsed it wrongly, the code before the round rightly; a few are
the rule's own target in another common layout), kept in tests/fixtures/parsers/review26/."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import parse_fixture

# file -> the fields a reader of the document would check
CASES = {
    # "Releasing some of the information … would allow …": weighed, not done
    "02_s31-releasing-some-harm.txt": {"outcome": "refused"},
    # "Providing some of the information … would still need …" under a cost refusal
    "03_s12-providing-some.txt": {"outcome": "cost_limit"},
    # "The answer to each question is as follows." over answers that give a figure and withhold the rest
    "04_each-part-mixed-answers.txt": {"outcome": "partial"},
    # "Following our email of 28 March … about hate" / "crime in …" / "please find below …": no subject
    "10_two-lines-opening-sentence.txt": {"title": None},
    # "• Section 35 – Number of dispersal directions …": another Act's power asked about
    "11_bullets-naming-powers.txt": {"questions": 4},
    # a sheet named "FOI 0712-24"
    "14_sheet-named-reference.xlsx": {"reference": "0712-24"},
    # "The report said the force should seek to:" over background bullets
    "17_reported-lead-seek.txt": {"questions": 2},
    "17b_reported-lead-require.txt": {"questions": 2},
    # the subject's second line a year span ("2020 to 2023")
    "19_two-line-subject-year-wrap.txt": {"title_ends": "2020 to 2023"},
    # <ol type="I"> of asks
    "20_html-upper-roman-asks.html": {"questions": 3},
    # a numbered harm list under "Harm:" in the last answer
    "21_below-answers-numbered-harm.txt": {"questions": 2},
    # a force's numbered answers on top of the quoted e-mail ("… do not require …")
    "22_email-reply-answers-require.txt": {"questions": 3, "first": "How many times did officers use the power"},
    "22b_email-reply-answers-require-only.txt": {"questions": 3, "first": "How many times did officers use the power"},
    # a print header, then the letterhead's lines
    "23_print-header-then-letterhead.txt": {"title": "speed awareness courses"},
    # "1A" / "1B" / "2" / "3", none punctuated
    "24_bare-run-after-1A-1B.txt": {"questions": 4},
    # "has disclosed some of the requested information"
    "25_disclosed-some-of-the-requested.html": {"outcome": "partial"},
    # a PDF's print header with one space after the time
    "27_print-header-pdf-gap.pdf": {"title": "Speed awareness courses"},
    # <ol type="i"> of twelve asks, a list of its own
    "28_html-lower-roman-12-asks.html": {"questions": 12},
    # <ol type="I"> nested under a lettered lead-in
    "29_html-upper-roman-under-letter.html": {"questions": 4},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review26_counterexample(name):
    rec = parse_fixture("review26", name)
    want = CASES[name]
    if "outcome" in want:
        assert rec["outcome"] == want["outcome"]
    if "questions" in want:
        assert len(rec["questions"]) == want["questions"], [q["text"][:50] for q in rec["questions"]]
    if "first" in want:
        assert rec["questions"][0]["text"].startswith(want["first"])
    if "title" in want:
        assert rec["title"] == want["title"]
    if "title_ends" in want:
        assert (rec["title"] or "").endswith(want["title_ends"])
    if "reference" in want:
        assert rec["reference"] == want["reference"]
