"""The near cues are matched by pairing their two sides' words (TopicMatcher._near_spans), not by
running the spaCy Matcher built from them; both must find exactly the same spans."""

import random

import spacy

from nlp import (
    components,  # noqa: F401  registers foi.tokenizer.v1 and foi_topic_matcher
    load_pipeline,
)
from nlp.taxonomy import NEAR_GAP

TAXONOMY = """
topics:
  misconduct:
    near: ["officer|police officer ~ convicted|charged with"]
  courts:
    near: ["officer ~ charged|charged with"]
  vetting:  # the same cue under a second topic: one cue, hits for both topics
    near: ["officer ~ charged|charged with"]
"""


def _spans(spans):
    return sorted((s.label_, s.start, s.end) for s in spans)


def test_pairs_find_what_the_matcher_finds_on_the_real_cues():
    nlp_ = load_pipeline()
    tm = nlp_.get_pipe("foi_topic_matcher")
    words = sorted({w for k in tm.near_keys
                    for w in k[5:].replace("~", " ").replace("|", " ").split()}) + ["the", "."]
    rng = random.Random(7)
    found = 0
    for _ in range(6000):  # enough samples to hit the cues >1000 times as the cue words grow
        doc = nlp_.make_doc(" ".join(rng.choice(words) for _ in range(rng.randint(1, 3 * NEAR_GAP))))
        expected = _spans(tm.near(doc, as_spans=True))
        assert _spans(tm._near_spans(doc)) == expected, doc.text
        found += len(expected)
    assert found > 1000  # the sampled docs did exercise the cues


def test_two_cues_on_the_same_words_both_stand(tmp_path):
    path = tmp_path / "taxonomy.yaml"
    path.write_text(TAXONOMY, encoding="utf-8")
    nlp_ = spacy.blank("en")
    nlp_.add_pipe("foi_topic_matcher", config={"taxonomy_path": str(path)})
    tm = nlp_.get_pipe("foi_topic_matcher")
    doc = nlp_("an officer was later charged with theft")
    # Both cues cover "officer was later charged with".
    assert _spans(tm._near_spans(doc)) == _spans(tm.near(doc, as_spans=True))
    assert len(tm.near_keys) == 2
    hits = nlp_(doc.text)._.topic_hits
    on_words = {}
    for slug, _w, _tier, key, start, end in hits:
        on_words.setdefault(doc.text[start:end], set()).add((key, slug))
    # "officer was later charged with": each cue keeps the words and names its own topics.
    assert on_words["officer was later charged with"] == {
        ("near:officer|police officer ~ convicted|charged with", "misconduct"),
        ("near:officer ~ charged|charged with", "courts"),
        ("near:officer ~ charged|charged with", "vetting")}
