"""spaCy factories for the project's pipeline, referenced by name from nlp/config/config.cfg.

- `foi.tokenizer.v1`: spaCy's English tokenizer, with the vocabulary's NORM getter replaced by
  `fold_norm` so phrase matching sees lemmas without a statistical model.
- `foi_topic_matcher`: a PhraseMatcher over the taxonomy's trigger phrases. It stores every
  match (topic, weight, tier, char offsets) on `doc._.topic_hits`; a phrase inside a longer one
  is dropped, so "firearm certificate" is licensing evidence and not firearms evidence. A
  topic's `near` cues ("officer|staff ~ convicted|charged") are token patterns: a word of the
  first set followed within NEAR_GAP words by one of the second ("staff were later convicted"),
  matched as written (lower case), so each needed form is listed (found by pairing the two
  sides' words, exactly what a spaCy Matcher with NEAR_GAP optional wildcards finds, faster);
  `subject_near` cues are the same with the `subject` tier ("how much did Kent Police spend").
"""

from collections import defaultdict

import spacy
from spacy.attrs import LOWER, NORM
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from .normalise import fold_norm
from .taxonomy import NEAR_GAP, NEAR_TIERS, TIERS, load_taxonomy
from .topic_tables import near_pairs

if not Doc.has_extension("topic_hits"):
    Doc.set_extension("topic_hits", default=None)


@spacy.registry.tokenizers("foi.tokenizer.v1")
def create_foi_tokenizer():
    base = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language):
        nlp.vocab.lex_attr_getters[NORM] = fold_norm
        return base(nlp)

    return make


class TopicMatcher:
    def __init__(self, nlp: Language, taxonomy_path: str | None):
        self.taxonomy = load_taxonomy(taxonomy_path)
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        # key (norm phrase) -> {topic: (weight, tier)}; one matcher key per normalised phrase;
        # a phrase listed twice for a topic keeps its first tier (strong before weak ...)
        self.phrase_topics: dict[str, dict[str, tuple]] = defaultdict(dict)
        patterns = {}
        for slug, entry in self.taxonomy.items():
            for tier, weight in TIERS:
                for phrase in entry[tier]:
                    doc = nlp.make_doc(phrase)
                    key = " ".join(t.norm_ for t in doc)
                    self.phrase_topics[key].setdefault(slug, (weight, tier))
                    patterns[key] = doc
        for key, doc in patterns.items():
            self.matcher.add(key, [doc])
        # The near cues as a spaCy Matcher (their definition) and as pairs of word sequences
        # (what __call__ runs: the Matcher's optional wildcards made it most of tagging's time).
        self.near = Matcher(nlp.vocab)
        self.near_keys: list[str] = []
        self.near_first: dict[int, list[tuple]] = defaultdict(list)  # first word -> (cue, words)
        self.near_second: list[dict[int, set]] = []  # per cue: {length: {second-side words}}
        weights = dict(TIERS)
        for slug, entry in self.taxonomy.items():
            for field, tier in NEAR_TIERS:
                for cue in entry[field]:
                    self._add_near(nlp, slug, cue, tier, weights[tier])

    def _add_near(self, nlp: Language, slug: str, cue: str, tier: str, weight: float):
        first, second = (self._alternatives(nlp, side) for side in cue.split("~"))
        key = f"near:{cue}"
        self.phrase_topics[key].setdefault(slug, (weight, tier))
        gap = [{"OP": "?"}] * NEAR_GAP
        self.near.add(key, [a + gap + b for a in first for b in second])
        if key in self.near_keys:  # the same cue listed under another topic: same patterns
            return
        hashes = [[tuple(nlp.vocab.strings.add(t["LOWER"]) for t in alt) for alt in side]
                  for side in (first, second)]
        cue = len(self.near_keys)
        self.near_keys.append(key)
        for words in dict.fromkeys(hashes[0]):
            self.near_first[words[0]].append((cue, words))
        self.near_second.append(defaultdict(set))
        for words in hashes[1]:
            self.near_second[cue][len(words)].add(words)

    @staticmethod
    def _alternatives(nlp: Language, side: str) -> list[list[dict]]:
        """Token patterns for "officer|police staff": one per alternative, matched on the
        lower-case word as written (so "officers arrested" is a cue and "officer hours and
        arrests", where "arrests" is a noun, is not: list each form a cue needs)."""
        return [[{"LOWER": t.lower_} for t in nlp.make_doc(alt.strip())]
                for alt in side.split("|") if alt.strip()]

    def __call__(self, doc: Doc) -> Doc:
        kept = _drop_contained(self.matcher(doc, as_spans=True))
        # A near cue spans other words ("recorded rape offences"): it never hides a phrase.
        near = _drop_contained(self._near_spans(doc))
        kept += [n for n in near if not any(k.start <= n.start and n.end <= k.end for k in kept)]
        hits = []
        for span in kept:
            for slug, (weight, tier) in self.phrase_topics[span.label_].items():
                hits.append((slug, weight, tier, span.label_, span.start_char, span.end_char))
        doc._.topic_hits = hits
        return doc

    def _near_spans(self, doc: Doc) -> list[Span]:
        """What self.near(doc) finds: every (cue, start, end) with a first-side alternative at
        `start`, then 0..NEAR_GAP words, then a second-side alternative ending at `end`, in
        (start, end, cue) order. Two cues on the same words both stand (_drop_contained)."""
        found = near_pairs(doc.to_array(LOWER).tolist(), self.near_first, self.near_second)
        return [Span(doc, s, e, label=self.near_keys[cue]) for s, e, cue in found]


def _drop_contained(spans):
    """Longest wins over the phrases inside it ("firearm certificate" hides "firearm"); phrases
    that only overlap ("football policing" / "policing costs") are both kept, and so are two
    near cues on the same words ("officer ~ charged" and "officer|police officer ~ charged
    with" on "officer was later charged"): each names its own topics."""
    kept = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if not any(k.start <= span.start and span.end <= k.end
                   and (k.start, k.end) != (span.start, span.end) for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


@Language.factory("foi_topic_matcher", default_config={"taxonomy_path": None})
def make_topic_matcher(nlp: Language, name: str, taxonomy_path: str | None):
    return TopicMatcher(nlp, taxonomy_path)
