"""Counter-examples to round 26's second part (blind sets q1-q4): documents a review of that diff
wrote (each reproduced: the rule's first form parsed it wrongly, the code before it rightly), kept in
tests/fixtures/parsers/review26b/."""
from __future__ import annotations

import pytest

from tests.support.parser_fixtures import parse_fixture

# file -> the fields a reader of the document would check
CASES = {
    # title rows "Released under investigation - …", "Released following arrest …", "Issued under section 1 …"
    "01_rui-title-row.xlsx": {"title_starts": "Released under investigation"},
    "01b_released-following-arrest.xlsx": {"title_starts": "Released following arrest"},
    "01c_firearms-issued-under.xlsx": {"title_starts": "Issued under section 1"},
    # "Anyshire Constabulary - Sickness Absence Days By Department": a title, not a team
    "02_titlecase-by-department.xlsx": {"title_starts": "Anyshire Constabulary - Sickness Absence"},
    # a rate of 27.4 shown through the format 0.0"%": a literal percent sign
    "03_pct-literal-format.xlsx": {"value": ("Positive outcome", "2021/22", 27.4)},
    # 0.125 under "0%": a spreadsheet shows 13%
    "03b_pct-rounding.xlsx": {"value": ("January / Answered", None, 13)},
    # 0.062 under "0.0 %"
    "03c_pct-spaced-format.xlsx": {"value": ("Charge rate", "2022/23", 6.2)},
    # "Re: Freedom of Information request 45/24"
    "04_short-ref-subject.txt": {"reference": "45/24"},
    # "… previously withheld … are now disclosed, while the camera locations are still exempt and are redacted"
    "05_ir-now-disclosed-but-redacted.txt": {"exemptions": {"s31(1)(a)"}},
    # a data release's note "… extracted … for the purposes of your request"
    "06_data-release-your-request.pdf": {"title_starts": "Hate crimes recorded by strand"},
    # a heading over an e-mail address, a byline, a status line
    "08_title-then-email.txt": {"title": "Use of spit and bite guards 2023"},
    "08b_title-then-byline.txt": {"title": "Mounted section horses"},
    "08c_title-then-lowercase-status.txt": {"title": "Overtime paid to officers in the Roads Policing Unit"},
    # an answer's own lettered notes after sub-asks a) and b)
    "09_answer-lettered-reasons.txt": {"questions": 2},
    # a "No. | Question" table of staff-survey statements in the answer
    "10_survey-question-table.docx": {"questions": 2},
    # a "Ref | Request" table of earlier requests
    "10b_list-of-requests-table.docx": {"questions": 1},
    # a footer "Anyshire Police – FOI Form 7 – OFFICIAL"
    "11_footer-form-number.docx": {"reference": "0456/24"},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review26b_counterexample(name):
    rec = parse_fixture("review26b", name)
    want = CASES[name]
    if "title" in want:
        assert rec["title"] == want["title"]
    if "title_starts" in want:
        assert (rec["title"] or "").startswith(want["title_starts"])
    if "reference" in want:
        assert rec["reference"] == want["reference"]
    if "questions" in want:
        assert len(rec["questions"]) == want["questions"], [q["text"][:50] for q in rec["questions"]]
    if "exemptions" in want:
        assert {e["label"] for e in rec["exemptions"]} == want["exemptions"]
    if "value" in want:
        measure, period, value = want["value"]
        assert any(f["measure"].startswith(measure) and f["period"] == period and f["value"] == value
                   for f in rec["figures"]), rec["figures"]
