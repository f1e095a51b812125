"""Where an answer starts and stops: the question printed again over it, and what closes the last one."""
from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.fields.answer_marks import ANSWERS_END, ANSWERS_END_CUES, without_echo

# A force page answering under "Question N:" lines; the third question has two sentences, and the
# last answer is followed by reasoning, the review-rights paragraph and the page's downloads list.
QUESTION_LINES_PAGE = b"""<html><head><title>Dog kennels 2022 to 2024 | Westshire Police</title></head><body><main>
<h1>Dog kennels 2022 to 2024</h1>
<p>Freedom of information request reference no: 01.FOI.24.099001</p>
<p>I note you seek access to the following information:</p>
<p>1. How many police dogs were kennelled at officers' homes in each year from 2022 to 2024?</p>
<p>2. How much was spent on kennel repairs?</p>
<p>3. Does the force have a written kennel standard? If so please send it.</p>
<h2>Decision</h2>
<p>The information you requested is provided below.</p>
<h2>Reason for decision</h2>
<p>Question 1: How many police dogs were kennelled at officers' homes in each year from 2022 to 2024?</p>
<p>41 dogs were kennelled at officers' homes in 2022, 44 in 2023 and 39 in 2024.</p>
<p>Question 2: How much was spent on kennel repairs?</p>
<p>The force spent \xc2\xa312,400 on kennel repairs over the three years.</p>
<p>Question 3: Does the force have a written kennel standard? If so please send it.</p>
<p>The current kennel standard is attached to this response.</p>
<p>If you are unhappy with the way your request has been handled you may ask for an internal review within 40 working days of this response.</p>
<h2>Downloads</h2><ul><li><a href="/files/kennel-standard.pdf">kennel-standard.pdf</a> (PDF)</li></ul>
<h2>Related disclosures</h2><ul><li><a href="/d/dog-bites/">Dog bites on officers</a></li></ul>
</main></body></html>"""

# A letter answering under each ask, signed off after the last answer.
INTERLEAVED_LETTER = b"""Westshire Police
Reference: FOI 2024/771

Dear Requester,

You asked:

1. How many speed cameras does the force operate?
There are 52 fixed cameras and 9 mobile vans.

2. How many fixed cameras were out of service on 1 March 2024?
Four fixed cameras were out of service on that date.

If you are not satisfied with this response you may request an internal review within 40 working days.

Yours sincerely,

Information Rights Unit
"""


def _answers(data: bytes, ctype: str) -> list[str | None]:
    return [q["answer"] for q in parse_document(data, ctype)["questions"]]


def test_a_question_printed_again_with_two_sentences_is_not_the_answer():
    answers = _answers(QUESTION_LINES_PAGE, "text/html")
    assert answers[2] == "The current kennel standard is attached to this response."


def test_the_review_rights_paragraph_and_the_page_blocks_end_the_last_answer():
    rec = parse_document(QUESTION_LINES_PAGE, "text/html")
    assert [q["answer"] for q in rec["questions"]][:2] == [
        "41 dogs were kennelled at officers' homes in 2022, 44 in 2023 and 39 in 2024.",
        "The force spent £12,400 on kennel repairs over the three years."]
    # what closes the answers is still the force's words, and the download is still an attachment
    assert "internal review" in rec["response_text"]
    assert [a["name"] for a in rec["attachments"]] == ["kennel-standard.pdf"]


def test_a_sign_off_after_answers_printed_under_each_ask_ends_the_last_answer():
    assert _answers(INTERLEAVED_LETTER, "text/plain") == [
        "There are 52 fixed cameras and 9 mobile vans.",
        "Four fixed cameras were out of service on that date."]


@pytest.mark.parametrize("answer, question, kept", [
    ("Please provide a copy of the policy. No policy is held.", "Please provide a copy of the policy.",
     "No policy is held."),
    ("How many? Twelve.", "How many vans were bought in 2023?", "Twelve."),
    ("Twelve vans were bought.", "How many vans were bought in 2023?", "Twelve vans were bought."),
])
def test_the_echo_taken_off_is_the_question_itself(answer, question, kept):
    assert without_echo(answer, question) == kept


@pytest.mark.parametrize("pattern, example", ANSWERS_END_CUES)
def test_every_answers_end_rule_matches_its_example(pattern, example):
    assert ANSWERS_END.match(example)


@pytest.mark.parametrize("line", [
    "Documents held by the force are listed below.",
    "Your request was received on 3 May 2024.",
    "Reviews of the figures are carried out each quarter.",
    "Attachments to emails are not searched.",
])
def test_answer_sentences_do_not_end_the_answers(line):
    assert not ANSWERS_END.match(line)


def _one_ask(text: str) -> dict:
    rec = parse_document(text.encode(), "text/plain")
    assert len(rec["questions"]) == 1, rec["questions"]
    return rec["questions"][0]


def test_one_ask_over_one_response_block_gets_the_block_as_its_answer():
    q = _one_ask("FOI reference: FOI 2204/24\nYou asked:\nHow many horses did the mounted unit retire in 2023?\n"
                 "Our response:\nThe mounted unit retired 3 horses in 2023.\n"
                 "Yours sincerely, Information Rights Unit\n")
    assert q["answer"] == "The mounted unit retired 3 horses in 2023."


def test_the_acts_numbered_subsections_quoted_in_an_appendix_are_no_answer():
    """'(1) A public authority which …' under 'Section 17 of the Act provides:' is the Act, not answer 1."""
    q = _one_ask("FOI reference: FOI 2205/24\nYou asked:\nHow many cautions for fly-tipping did the force give in 2023?\n"
                 "Our response:\nThe figures are published on our website and are exempt under section 21(1).\n"
                 "Appendix A\nSection 17 of the Act provides:\n"
                 "(1) A public authority which is relying on a claim that information is exempt must give a notice.\n")
    assert q["answer"] == "The figures are published on our website and are exempt under section 21(1)."


def test_labels_printed_again_alone_mark_each_answer():
    # a FOISA letter written for this test: the asks a) b) c), then each label alone over its answer
    from parsers import parse_document
    text = ("Our Ref: IM-FOI-2026-0001\nDate: 6th November 2026\nDear Requester,\n"
            "I refer to your recent request for information. I\n"
            "have set out your request below, followed by our response.\n"
            "a) How many boats does the force keep on Loch Ness and\n"
            "Loch Lomond?\n"
            "b) How many of those boats were bought in 2025?\n"
            "c) The names of the officers who crew each boat.\n"
            "a)\nThe force keeps 6 boats on the two lochs.\n"
            "b)\nIn terms of section 17 of the Act, this information is not held.\n"
            "c)\nThe names are withheld under section 38(1)(b) of the Act, personal information.\n"
            "If you are dissatisfied with the way in which we have dealt with your request, you are entitled in\n"
            "the first instance to request a review of our actions and decisions within 40 working days of receiving this\n"
            "response. If you remain dissatisfied you may apply to the Commissioner.\n")
    rec = parse_document(text.encode(), "text/plain", force="police-scotland")
    assert [q["text"].rsplit(" ", 1)[-1] for q in rec["questions"]] == ["Lomond?", "2025?", "boat."]
    assert rec["questions"][0]["answer"] == "The force keeps 6 boats on the two lochs."
    assert [e["label"] for e in rec["exemptions"]] == ["s38(1)(b)"]
    assert rec["outcome"] == "partial"


def test_a_summary_decision_field_above_the_request_is_no_response_heading():
    from parsers import parse_document
    text = ("Date: 19/08/26\nEnquiry Reference: 1422 -26\n\nDear Requester\n\n"
            "Decision: Information partially disclosed\n\n"
            "Thank you for your request received on 22/07/26, in which you asked:\n\n"
            "1) How many boats does the force keep?\n\n2) How many were bought in 2025?\n\n"
            "Response\n\n1) The force keeps 6 boats.\n\n2) None were bought in 2025.\n")
    rec = parse_document(text.encode(), "text/plain")
    assert [q["text"] for q in rec["questions"]] == ["How many boats does the force keep?",
                                                     "How many were bought in 2025?"]
