"""Layouts seen on real force pages (fixtures written in our own words): every checked field."""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers.document import parse_document

LAYOUTS = Path(__file__).resolve().parent.parent / "fixtures" / "parsers" / "layouts"

CASES = {
    # PSNI-style: "Request: <ref>" field, cost decision above the asks, "Request N" with sub-items, a clarification.
    "request_answer_pairs.txt": dict(
        force="police-service-of-northern-ireland", reference="FOI/00021177", title="Speed Camera Vans",
        published="2025-03-03", exemptions={"s12(1)"}, ncnd=False, outcome="cost_limit", pit=False,
        questions=["How many camera vans did the force run d", "How many hours were the vans deployed ea",
                   "Which dual carriageways were covered mos"]),
    # Norfolk-style letter: bare "1 How many" asks, "Reference N o:", Q1.. answers, one part not recorded.
    "inline_numbered_letter.txt": dict(
        force="norfolk-constabulary", reference="FOI 004411/22", title=None, published="2022-06-09",
        exemptions=set(), ncnd=False, outcome="partial", pit=False,
        questions=["How many bicycles were reported stolen i", "How many of those bicycles were returned",
                   "How many people were charged with bicycl"]),
    # Cleveland-style: no response heading; the force's own voice ends the request.
    "no_heading_force_voice.txt": dict(
        force="cleveland-police", reference="702-25", title=None, published="2025-08-14",
        exemptions={"s24(2)", "s31(3)"}, ncnd=True, outcome="ncnd", pit=False, questions=1),
    # Dyfed-Powys-style: "Request:" then "Response 1:", "Response 2:"; (a)(i) sub-paragraph; force without hyphen.
    "numbered_responses_ncnd.html": dict(
        force="dyfed-powys-police", reference="512/2025", title=None, published=None,
        exemptions={"s23(5)", "s40(5B)(a)(i)"}, ncnd=True, pit=True, questions=0),
    # Northumbria-style: "Title - 1422/24", another Act's section in an ask, "Section 40(2)&(3)".
    "title_tail_and_other_act.txt": dict(
        force="northumbria-police", reference="1422/24", title="Market Stall Permits 2023-2024",
        published="2024-07-03", exemptions={"s40(2)", "s40(3)"}, ncnd=False, outcome="partial", pit=False,
        questions=["How many street trading permits did the", "Please list the copies of guidance given"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_layout_fields(name):
    want = CASES[name]
    path = LAYOUTS / name
    rec = parse_document(path.read_bytes(), source=name)
    assert rec["force"] == want["force"]
    assert "".join((rec["reference"] or "").split()) == "".join(want["reference"].split())
    assert (rec["title"] or None) == want["title"]
    assert rec["published"] == want["published"]
    assert {e["label"] for e in rec["exemptions"]} == want["exemptions"]
    assert rec["ncnd"] is want["ncnd"]
    assert rec["public_interest_test"] is want["pit"]
    if "outcome" in want:
        assert rec["outcome"] == want["outcome"]
    qs = want["questions"]
    if isinstance(qs, int):
        assert len(rec["questions"]) == qs
    else:
        got = [" ".join(q["text"].split())[:40].strip() for q in rec["questions"]]
        assert got == [q.strip() for q in qs]
