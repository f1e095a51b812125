"""Reference, published date and exemptions read from structure: a table heading spanning every
column, a thread copy's message headers, law quoted under an appendix heading (texts written
for these tests)."""
from __future__ import annotations

from parsers.analyse import analyse
from parsers.fields import dates, exemptions, reference


def test_a_table_heading_spanning_its_columns_gives_the_reference():
    text = ("Horse patrols\n\n| Freedom of Information Request 0412/24 | Freedom of Information Request 0412/24 |\n"
            "| Request | Response |\n| How many horses? | Six. |\n")
    assert reference.decide(text) == "0412/24"
    assert reference.spanning_rows("| 2023 | 2023 |\n| a | b |") == "2023\n| a | b |"


def test_a_thread_copy_takes_the_force_s_reply_date_not_the_request_s():
    text = ("Dog bites in parks\n\nA Requester made this Freedom of Information request to Anyshire Police\n\n"
            "A Requester\n3 March 2024\n\nDear Anyshire Police (AP),\n\nHow many dog bites were reported?\n\n"
            "Yours faithfully,\nA Requester\n\nAnyshire Police\n28 March 2024\n\nDear A Requester,\n\n"
            "There were 14 bites.\n")
    assert dates.from_text(text) == "2024-03-28"


def test_a_letter_date_line_above_the_force_s_own_salutation_stays():
    assert dates.from_text("Anyshire Police\n3 March 2024\n\nDear Mr Reedy,\nThere were 14 bites.") == "2024-03-03"


def test_the_act_quoted_under_an_appendix_heading_cites_nothing():
    text = ("Response\nThe figures are withheld under Section 38(1)(a) of the Act.\n\nAppendix A\n\n"
            "Section 38(1): information is exempt information if its disclosure would endanger the safety of any "
            "individual.\nSection 24(1): information is exempt information if exemption is required for national "
            "security.\n")
    assert [e["label"] for e in exemptions.find_exemptions(text)] == ["s38(1)(a)"]


def test_the_act_quoted_in_the_letter_still_names_the_section_relied_on():
    text = ("Response\nSection 12(1): a public authority need not comply with a request if the cost would exceed "
            "the appropriate limit.\nAnswering would take 40 hours.")
    assert [e["label"] for e in exemptions.find_exemptions(text)] == ["s12(1)"]
    assert analyse(text)["outcome"] == "cost_limit"


def test_an_appendix_heading_decides_no_outcome_for_a_data_only_file():
    text = ("Anyshire Constabulary\nAppendix A to FOI reference FOI2024/00123\n\nDog bites by park\n\n"
            "Park          2022     2023\nNorth Park      14       17\nSouth Park       9       12\n")
    assert analyse(text)["outcome"] == "unknown"
