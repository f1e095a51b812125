"""A joint Norfolk/Suffolk letter with no letterhead or domain is filed under a force of the pair,
the first one it names; a letterhead still decides (texts written for these tests)."""
from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.fields.force import _JOINT, JOINT_FORCES


@pytest.mark.parametrize("pattern,slug,example", JOINT_FORCES)
def test_every_joint_force_row_matches_its_example(pattern, slug, example):
    assert any(p.search(example) and s == slug for p, s in _JOINT)


def _force(text: str) -> str | None:
    return parse_document(text.encode(), "text/plain")["force"]


def test_a_joint_letter_without_a_letterhead_is_filed_under_the_first_named_force():
    body = ("FOI 001234/24\n\nDear Requester\n\n{} have considered your request for the number of "
            "horse patrols in 2023. There were 14.\n")
    assert _force(body.format("Norfolk and Suffolk Constabularies")) == "norfolk-constabulary"
    assert _force(body.format("Suffolk and Norfolk Constabularies")) == "suffolk-constabulary"


def test_the_letterhead_still_decides_a_joint_letter():
    text = ("Suffolk Constabulary\nInformation Management Department\n\nFOI 001234/24\n\nDear Requester\n\n"
            "Norfolk and Suffolk Constabularies have considered your request. There were 14 patrols.\n")
    assert _force(text) == "suffolk-constabulary"
