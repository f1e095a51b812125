"""foi-archive NLP: topic tagging (spaCy pipeline), precedent passages, round-robins.

    from nlp import load_pipeline, tag_topics
    from nlp.corpus import update_derived
"""

from functools import lru_cache
from pathlib import Path

CONFIG_DIR = Path(__file__).with_name("config")


@lru_cache(maxsize=1)
def load_pipeline():
    """The project's spaCy pipeline, loaded with spacy.load() from nlp/config (cached)."""
    import spacy

    from . import components  # noqa: F401  registers the factories named in config.cfg

    # The config builds everything from rules; there are no tokenizer/vocab files to read.
    return spacy.load(CONFIG_DIR, exclude=["tokenizer", "vocab"])


def tag_topics(rec: dict, nlp_=None) -> list[dict]:
    """[{"topic", "score", "evidence": [{"text", "field", "start", "end"}]}] for a parsed record.

    `nlp_`: the spaCy pipeline (load_pipeline()); by default its matcher's exported tables
    (nlp/topic_tables.py), which give the same hits without importing spaCy."""
    from .topics import tag

    if nlp_ is None:
        from .topic_tables import table_matcher

        nlp_ = table_matcher()
    return tag(rec, nlp_)


__all__ = ["load_pipeline", "tag_topics", "CONFIG_DIR"]
