"""Token normalisation for phrase matching: lower case, dictionary lemma, plural folding.

The lemma table comes from spaCy's own lookup data (spacy-lookups-data), read once from the
installed package; nothing is downloaded. `fold_norm` is installed as the vocabulary's NORM
getter, so it runs once per distinct word, not once per token.
"""

from functools import lru_cache


@lru_cache(maxsize=1)
def lemma_table():
    # spaCy is imported here, not with this module: topic_tables runs without it
    try:
        from spacy.lookups import load_lookups

        return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    except (ValueError, ImportError):  # lookups package missing: plural folding only
        return {}


# Words whose lookup lemma would make another word: the table maps "as" to "a", so "classed as"
# read as the drugs phrase "class a".
_OWN_FORM = frozenset({"as"})


def fold_norm(word: str) -> str:
    low = word.lower().replace("\u2019", "'")
    if low in _OWN_FORM:
        return low
    lemma = lemma_table().get(low)
    if isinstance(lemma, str) and lemma:
        low = lemma.lower()
    return fold_plural(low)


def fold_plural(low: str) -> str:
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")):
        return low[:-1]
    return low
