"""Titles read from structure: a heading built of segments, a key/value block flattened to text,
a bilingual letterhead row above a sheet (texts written for these tests)."""
from __future__ import annotations

import pytest

from parsers.analyse import analyse
from parsers.fields.title_checks import clean
from parsers.sheets import title_row_kind


@pytest.mark.parametrize("heading,subject", [
    ("FREEDOM OF INFORMATION ACT 2000: KENT POLICE: DOG KENNELS", "DOG KENNELS"),
    ("Kent Police - Horse patrols", "Horse patrols"),
    ("Freedom of Information Act 2000 – Kent Police – Horse patrols", "Horse patrols"),
])
def test_a_segmented_heading_keeps_only_its_subject(heading, subject):
    assert clean(heading)[0] == subject


@pytest.mark.parametrize("title", [
    "Internal review: unmarked police cars",  # a review's lead is part of its title
    "Horse patrols - Kent Police",            # a trailing name is not a lead segment
    "Police dogs: retirement costs",          # "Police dogs" is a subject, not a force
    "Special Constabulary: hours of duty",    # nor is the Special Constabulary
])
def test_titles_with_other_segments_stay_whole(title):
    assert clean(title)[0] == title


def test_a_flattened_key_value_block_gives_its_subject():
    text = ("Anyshire Constabulary\nRequest reference 24/118\nDate of response 3 June 2024\n"
            "Subject Horse patrols at the coast\nDear Requester,\nThank you for your request. You asked:\n"
            "(1) How many horses patrol the coast?\nResponse\nSix horses.")
    rec = analyse(text, fmt="pdf")
    assert (rec["title"], rec["reference"]) == ("Horse patrols at the coast", "24/118")


def test_a_subject_word_outside_a_field_block_is_no_label():
    text = ("Subject access requests made in 2023\nDear Requester,\nThank you for your request. You asked:\n"
            "1. How many subject access requests did you receive?\nResponse\nThere were 412.")
    assert analyse(text, fmt="text")["title"] == "Subject access requests made in 2023"


def test_a_bilingual_letterhead_row_is_the_sender_not_the_title():
    assert title_row_kind("Anyshire Police / Heddlu Anyshire") == ("organisation", None)
    assert title_row_kind("Heddlu Dyfed-Powys Police") == ("organisation", None)
    assert title_row_kind("Officers / staff leaving in 2024")[0] == "title"
