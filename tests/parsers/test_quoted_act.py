"""The Act quoted in a response is no ask and cites nothing; the FOI Act named after a section is no other law."""
from __future__ import annotations

from parsers import parse_document


def _rec(text: str) -> dict:
    return parse_document(text.encode(), "text/plain")


def test_the_s17_notice_laid_out_on_lines_is_no_sub_ask():
    rec = _rec("Our Ref FOI 7731\nDate: 04/05/2019\n\nDear Ms Reader,\n\n"
               "I refer to your request in which you asked for the following.\n\n"
               "1. The number of horses kept by the mounted unit.\n2. The annual feed bill for those horses.\n\n"
               "A public authority which is to any extent relying on a claim that information is exempt information "
               "must give the applicant a notice which-\n\n(a) states the fact,\n\n"
               "(b) specifies the exemption in question, and\n\n(c) states why the exemption applies.\n\n"
               "The unit keeps 11 horses. The feed bill is withheld under Section 43(2).\n")
    assert [q["number"] for q in rec["questions"]] == ["1", "2"]


def test_s31s_purposes_quoted_inline_are_no_asks_and_its_mention_of_section_30_cites_nothing():
    rec = _rec("Bus depot disorder\n\nThe meeting notes relate to an open case and will not be released.\n"
               "Section 31(1)(g) 'Law Enforcement'\n"
               "Information which is not exempt information by virtue of section 30 is exempt information if its "
               "disclosure would prejudice the exercise by any public authority of its functions for any of the "
               "purposes in subsection (2). Those purposes include:- (a) The purpose of ascertaining whether any "
               "person has failed to comply with the law (b) The purpose of ascertaining whether any person is "
               "responsible for improper conduct\n")
    assert [e["label"] for e in rec["exemptions"]] == ["s31(1)(g)"]
    assert rec["questions"] == []


def test_a_section_followed_by_the_foi_acts_own_name_is_cited():
    rec = _rec("Horse feed\n\nThe force holds the information, but over 900 invoices would need to be read by hand. "
               "This would exceed the cost limit of £450, engaging an exemption under s12(1) Freedom of "
               "Information Act 2000 (the Act).\n")
    assert [e["label"] for e in rec["exemptions"]] == ["s12(1)"]
    assert rec["outcome"] == "cost_limit"
    other = _rec("Horse feed\n\nWe seized 4 horses under section 4 of the Animal Welfare Act 2006.\n")
    assert other["exemptions"] == []


def test_the_acts_text_set_out_in_an_appendix_is_no_disclosure_and_its_parent_section_no_label():
    rec = _rec("ANPR cameras\n\nYou asked for the locations of all fixed ANPR cameras.\n\nResponse\n\n"
               "West Yorkshire Police holds the information you have requested. However, it is exempt from "
               "disclosure under the following exemptions:\nSection 24(1) - National security\n"
               "Section 31(1)(a)(b) - Law enforcement\n"
               "The text of these sections is set out in Appendix A.\n\nAppendix A\n\n"
               "Section 31(1) Information which is not exempt information by virtue of section 30 is exempt "
               "information if its disclosure would prejudice—\n(a) the prevention or detection of crime,\n"
               "(b) the apprehension or prosecution of offenders,\n[remaining paragraphs of section 31(1) omitted]\n")
    assert rec["outcome"] == "refused"
    assert [e["label"] for e in rec["exemptions"]] == ["s24(1)", "s31(1)(a)", "s31(1)(b)"]
