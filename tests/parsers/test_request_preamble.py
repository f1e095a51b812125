"""A requester's opening sentence that asks for nothing ("I am a student …", "I would be grateful
for the following information.") is preamble, never question 1; a first question that opens with
"I would like to know how many …" stays a question. Requests written for this test."""
from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.fields import list_grammar
from parsers.fields.request_preamble import (
    FRAMING_CUES,
    OBJECT_CUES,
    QUESTION_CUES,
    REQUEST_CUES,
    asks,
    is_preamble,
    without_preamble,
)

ASKS = ("How many sheep were reported stolen in Westshire in 2023?",
        "How many arrests were made for sheep theft in the same year?")

INTROS = [
    "I am a student at Westshire University and I am researching rural crime for my dissertation.",
    "I am writing to request information under the Freedom of Information Act.",
    "Under the Freedom of Information Act I would like to ask the following.",
    "I would be grateful for the following information.",
    "I work for a farming charity and we are compiling figures on livestock crime.",
]


def _page(request: str) -> str:
    return ("Sheep thefts (0771/24)\n\nRequest\n\n" + request + "\n\nKind regards\n\nResponse\n\n"
            "Westshire Police holds the information. 41 sheep were reported stolen and 3 arrests were made.\n")


def _texts(text: str, ctype: str = "text/plain") -> list[str]:
    return [q["text"] for q in parse_document(text.encode(), ctype)["questions"]]


@pytest.mark.parametrize("intro", INTROS)
def test_an_intro_paragraph_is_not_question_one(intro):
    assert _texts(_page(intro + "\n\n" + ASKS[0] + "\n\n" + ASKS[1])) == list(ASKS)


@pytest.mark.parametrize("intro", INTROS)
def test_an_intro_sentence_inside_the_asks_paragraph_is_dropped(intro):
    got = _texts(_page(intro + " " + ASKS[0]))
    assert got == [ASKS[0]]


def test_intro_lines_on_a_wordpress_style_html_page():
    html = ("<html><body><main><article><h1>Sheep thefts (0771/24)</h1><div class='entry-content'>"
            "<h2>Request</h2><p>Hello,</p><p>" + INTROS[0] + "</p><p>" + ASKS[0] + "</p><p>" + ASKS[1] + "</p>"
            "<p>Kind regards</p><h2>Response</h2><p>Westshire Police holds the information. 41 sheep were "
            "reported stolen and 3 arrests were made.</p></div></article></main></body></html>")
    assert _texts(html, "text/html") == list(ASKS)


def test_i_would_like_to_know_how_many_stays_question_one():
    first = "I would like to know how many sheep were reported stolen in Westshire in 2023."
    assert _texts(_page(INTROS[0] + "\n\n" + first + "\n\n" + ASKS[1])) == [first, ASKS[1]]
    assert _texts(_page(first + "\n\n" + ASKS[1])) == [first, ASKS[1]]


def test_framing_with_an_object_asks():
    """'I am writing to request the number of …' names what it wants: it is the ask."""
    first = "I am writing to request the number of sheep reported stolen in Westshire in 2023."
    assert _texts(_page(first)) == [first]


def test_a_request_that_is_only_framing_keeps_its_one_paragraph():
    """Nothing else in the request asks: the paragraph stands as the ask, as before."""
    only = "I am researching sheep thefts in Westshire over the last five years."
    assert _texts(_page(only)) == [only]


def test_without_preamble_keeps_the_asks():
    assert without_preamble(INTROS[0] + " " + ASKS[0]) == ASKS[0]
    assert without_preamble(ASKS[0]) == ASKS[0]
    assert without_preamble(INTROS[3]) == ""


def test_every_cue_example_does_what_it_says():
    for _, example in QUESTION_CUES + OBJECT_CUES + REQUEST_CUES:
        assert asks(example), example
        assert not is_preamble(example), example
    for _, example in FRAMING_CUES:
        assert is_preamble(example), example
    # a pointer onward is no object: the sentence only leads in to the asks
    assert not asks("Please provide the following information.")


# ---- a one-paragraph list of asks under the intro -------------------------------------------------

def test_intro_then_one_paragraph_of_questions():
    para = ("How many sheep were reported stolen in Westshire in 2023? Of those, how many were recovered? "
            "Did the force charge anyone with sheep theft that year?")
    for intro in INTROS:
        assert _texts(_page(intro + "\n\n" + para)) == [
            "How many sheep were reported stolen in Westshire in 2023?", "Of those, how many were recovered?",
            "Did the force charge anyone with sheep theft that year?"], intro


def test_a_follow_up_question_in_the_same_paragraph_is_its_own_ask():
    assert list_grammar.split_asks("Has the sheep unit been disbanded? If so, when was the decision taken?") == [
        "Has the sheep unit been disbanded?", "If so, when was the decision taken?"]


def test_a_question_mark_inside_a_quoted_title_does_not_split():
    ask = 'Please send me a copy of the leaflet "Is Your Flock Safe? Lock the Gate" issued in 2023.'
    assert list_grammar.split_asks(ask) == [ask]


def test_every_question_opening_example_is_a_question_of_its_own():
    for _, example in list_grammar.QUESTION_OPENINGS:
        assert list_grammar.split_asks("How many sheep were stolen in 2023? " + example)[-1] == example


def test_sample_site_wordpress_pages_ask_what_the_index_says():
    """West Midlands-style WordPress pages of the committed sample site: intros, one-paragraph asks
    and the comment form under every post (data/sample_site/index.json holds each page's asks)."""
    import json

    from tests.support.sample_site_parse import SAMPLE, parse_response

    fold = lambda s: " ".join(s.split())[:40].casefold()  # noqa: E731  (the contract's comparison)
    entries = [e for e in json.loads((SAMPLE / "index.json").read_text())["responses"]
               if e.get("asks") and ("wordpress" in e["site"] or "west-midlands" in e["site"])]
    assert len(entries) > 20
    same = 0
    for e in entries:
        rec = parse_response(e)
        texts = [q["text"] for q in rec["questions"]]
        same += [fold(a) for a in e["asks"]] == [fold(t) for t in texts]
        assert "leave a reply" not in rec["response_text"].lower(), e["path"]
        assert not any(t.lower().startswith(("i am a student", "i would be grateful", "i am writing an"))
                       for t in texts), (e["path"], texts)
    assert same / len(entries) >= 0.95, (same, len(entries))
