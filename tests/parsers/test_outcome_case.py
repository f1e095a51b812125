"""Outcome flags match the same wording whatever its letter case, including text whose
lower-cased form has a different length (the original case-insensitive patterns serve it)."""

import pytest

from parsers.fields.outcome import decide, ncnd_flag, pit_flag

NCND = "The force can NEITHER CONFIRM NOR DENY whether it holds the information requested."
GIVEN = "Please find the figures attached to this letter. There were 14 incidents in 2023."
NOT_HELD = "Having searched our systems, the information you asked for is NOT HELD by us."


@pytest.mark.parametrize("prefix", ["", "Istanbul office: \u0130zmir visit. "])
def test_flags_and_outcome_ignore_letter_case(prefix):
    # "\u0130".lower() is two characters: offsets of the lower-cased text would be off by one
    assert ncnd_flag(prefix + NCND, []) and ncnd_flag(prefix + NCND.lower(), [])
    assert decide(prefix + NCND, [], [], False) == "ncnd"
    assert decide(prefix + GIVEN.upper(), [], [], False) == "full"
    assert decide(prefix + NOT_HELD, [], [], False) == "not_held"
    assert pit_flag(prefix + "We have applied the PUBLIC INTEREST TEST set out below.")
    assert not pit_flag(prefix + GIVEN)


def test_a_disclosure_sentence_that_refuses_is_not_a_disclosure():
    text = ("Please find below the figures we hold, however the rest are WITHHELD under "
            "section 31.")
    assert decide(text, [], [], False) != "full"
    assert decide(text.upper(), [], [], False) == decide(text, [], [], False)
