"""A section cited of an Act named earlier in the sentence ("section 29 of that Act") is not an exemption,
and a sentence saying an exemption calls for no public interest test is no test."""
from __future__ import annotations

from parsers.fields.exemptions import find_labels
from parsers.fields.outcome import pit_flag


def test_a_section_of_that_act_after_another_act_is_not_an_exemption():
    assert find_labels("Kennel inspections are made under the Animal Welfare Act 2006, and section 18 of that "
                       "Act sets out who may enter the premises. We rely on section 31(1)(a) of the Act.") == ["s31(1)(a)"]


def test_a_section_of_that_act_after_the_foi_act_is_an_exemption():
    assert find_labels("The Freedom of Information Act 2000 gives a right of access; section 30 of that Act "
                       "exempts investigation files.") == ["s30"]


def test_an_exemption_that_calls_for_no_public_interest_test_is_no_test():
    assert not pit_flag("Section 14 is not an exemption that calls for a public interest test.")
    assert pit_flag("The public interest in favour of disclosure is outweighed by the harm to investigations.")
