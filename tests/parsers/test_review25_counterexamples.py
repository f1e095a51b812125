"""Counter-examples to the round-25 rules: documents a review of that round's diff wrote (each
reproduced: the rule's first form parsed it wrongly, the code before the round rightly), kept in
tests/fixtures/parsers/review25/. Each pins the field the over-broad rule broke."""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_document

_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "parsers" / "review25"

# file -> the fields a reader of the document would check
CASES = {
    # "…, so the public interest test is not applied": no section disclaimed
    "d04.txt": {"exemptions": {"s40(2)"}},
    # "We have not applied the cost limit …, but … can neither confirm nor deny"
    "d24e.txt": {"exemptions": {"s24(2)", "s31(3)"}, "ncnd": True, "outcome": "ncnd"},
    # "Having considered Section 40(2) …, I have decided that the names … will not be disclosed"
    "d10_considered.txt": {"exemptions": {"s40(2)"}},
    # "I have considered whether the names could be withheld under Section 40(2) …, and I am satisfied that they should be"
    "d25_could.txt": {"exemptions": {"s40(2)"}, "outcome": "partial"},
    # "… rather than section 1 …, and the information is exempt … under section 40(1)"
    "d11b_rather.txt": {"exemptions": {"s40(1)"}},
    # "Exemption applied: Section 31(1)(a)" over a paragraph opening "Warrants are executed …"
    "d19_power.txt": {"exemptions": {"s31(1)(a)"}},
    # "If we were to answer this question it would require a manual review … Section 12(1)"
    "d05_if_require.txt": {"exemptions": {"s12(1)"}, "outcome": "partial"},
    # "… withheld under Section 31(1)(a) …, as criminals commonly use such information …"
    "d06b.txt": {"exemptions": {"s31(1)(a)"}, "outcome": "partial"},
    # a third-person log: "The information requested is the applicant's own personal data … Section 40(1)"
    "d07b.txt": {"exemptions": {"s40(1)"}, "outcome": "partial"},
    # a "Definitions" heading over the data's terms, then "Section 40(2) - Personal information"
    "d08_definitions.txt": {"exemptions": {"s40(2)"}, "outcome": "partial"},
    # "Appendix A - Section of the Act relied upon": the force's own reasons
    "d09_appendix.txt": {"exemptions": {"s31(1)(a)"}},
    # two quoted asks, then an unquoted "Also, the number of …"
    "d13c.txt": {"questions": 3},
    # a headingless page of verbless "Number of …" asks answered below
    "d14_verbless.txt": {"questions": 2, "outcome": "full"},
    # one paragraph: "I understand that you are required to … I would be grateful if you could send me …"
    "d12_courtesy.txt": {"questions": 1, "outcome": "full"},
    # a requester's "In terms of section 60 authorisations, how many …?"
    "d26b.txt": {"questions": 2},
    # a text table's own header line, a sentence with two spaces above it
    "d17x.txt": {"measures": {"Race", "Religion", "Sexual orientation", "Disability", "Transgender identity"}},
    # "Table 1    Arrests and charges, 2023" above a header with an empty label column
    "d18c.txt": {"periods": {"2023"}},
    # a Request | Response table, then a data table whose top-left cell is empty
    "d15_carried.html": {"questions": 2},
    # an answer cell quoting one of the asks of the request's own list
    "d30_mix.html": {"questions": 3},
    "d21_title.txt": {"title": "Building works"},
    "d21.html": {"title": "Building works"},
    "d22.html": {"title": "Pub ID scanners"},
    # "Our Ref: …   Date: …   Page 1 of 2" on one line: still the letter's field block
    "d29_runhead.txt": {"title": "Dog seizures under the Dangerous Dogs Act"},
    # "Devon and" / "Cornwall Police" wrapped twice in the body, "Dorset Police" signs
    "d28b.txt": {"force": "dorset-police"},
    # ---- the second review (45edd34..abcba49) ----
    # a request form with guidance under the response: no part of the page read
    "html_page_form_request_form_guidance.html": {"exemptions": set(), "outcome": "full", "pit": False},
    # a Question | Response table whose answer cell holds a small table
    "layout_table_nested_qa.html": {"questions": 2, "outcome": "full"},
    # "No exemptions have been applied to the information provided" on Q1; Q2 withheld under s31
    "exemptions_NONE_APPLIED_asked_section.txt": {"exemptions": {"s31(1)(a)", "s31(1)(b)"}},
    # the same line beside "our response is to neither confirm nor deny"
    "outcome_NCND_DONE_none_applied.txt": {"ncnd": True},
    # "Your complaint is therefore not upheld, and the original response stands"
    "exemptions_OVERTURNED_complaint_not_upheld.txt": {"exemptions": {"s31(1)(a)", "s31(1)(b)", "s24(1)"}},
    # "Please find attached a spreadsheet setting out your questions and our answers …"
    "outcome_cues_NOT_AN_ANSWER_questions_and_answers.txt": {"outcome": "full"},
    # a trail ending on a category, the page heading on the line below
    "furniture_heading_after_trail_category_crumb.txt": {"title": "Police vehicle pursuits in Kent between 2019 and 2023"},
    # "Section 40(5), which would allow …, has not been applied"
    "exemptions_clause_around_passive_apposition.txt": {"exemptions": {"s40(2)"}, "ncnd": False},
    # a glossary entry "Information is exempt if …"
    "force_words_DECIDES_HERE_glossary_is_exempt.txt": {"exemptions": set(), "outcome": "full"},
    # an appendix's practice note "Where we believe a figure is low enough … withheld under section 40(2)"
    "force_words_FORCE_DECIDES_appendix_note.txt": {"exemptions": set(), "outcome": "full"},
    # "Police forces in England and Wales usually apply section 31(1)(a) …"
    "force_words_GENERAL_PRACTICE_narrowed_forces_usually.txt": {"exemptions": set(), "outcome": "full"},
    # quoted asks, then the answer with no heading ("Of these, 23 dogs were destroyed …")
    "paragraph_asks_FORCE_SPEAKS_after_quoted_run.txt": {"questions": 2},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review25_counterexample(name):
    data = (_DIR / name).read_bytes()
    ctype = "text/html" if name.endswith(".html") else "text/plain"
    rec = parse_document(data, ctype, source=name)
    want = CASES[name]
    if "exemptions" in want:
        assert {e["label"] for e in rec["exemptions"]} == want["exemptions"]
    if "pit" in want:
        assert rec["public_interest_test"] is want["pit"]
    if "ncnd" in want:
        assert rec["ncnd"] is want["ncnd"]
    if "outcome" in want:
        assert rec["outcome"] == want["outcome"]
    if "questions" in want:
        assert len(rec["questions"]) == want["questions"], [q["text"][:50] for q in rec["questions"]]
    if "measures" in want:
        assert {f["measure"] for f in rec["figures"]} == want["measures"]
    if "periods" in want:
        assert {f["period"] for f in rec["figures"]} == want["periods"]
        assert not any("Table 1" in f["measure"] for f in rec["figures"])
    if "title" in want:
        assert rec["title"] == want["title"]
    if "force" in want:
        assert rec["force"] == want["force"]
