"""The project's topic taxonomy (nlp/taxonomy.yaml): slugs, meanings and trigger phrases."""

from functools import lru_cache
from pathlib import Path

from parsers.yaml_data import load_yaml

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.yaml")
# Weights: a strong phrase decides alone; a weak one needs a second, different phrase; a generic
# cue ("how much", "calls", "children") never decides and only adds to other evidence. Subject
# phrases count as strong only in the request's subject (title or first question).
STRONG, WEAK, GENERIC = 1.0, 0.5, 0.25
TIERS = (("strong", STRONG), ("weak", WEAK), ("generic", GENERIC), ("subject", STRONG))
NEAR_GAP = 4  # words allowed between the two halves of a `near` cue
# `near` cues are strong; `subject_near` cues ("how much ~ spend", around a force's name) are
# subject cues: strong only in the request's subject.
NEAR_TIERS = (("near", "strong"), ("subject_near", "subject"))


@lru_cache(maxsize=4)
def load_taxonomy(path: str | None = None) -> dict[str, dict]:
    """{slug: {"description", "strong", "weak", "generic", "subject", "near", "subject_near": [phrases],
    "broad": bool, "response_patterns": [regex]}} from YAML."""
    data = load_yaml(Path(path or TAXONOMY_PATH))
    topics = {}
    for slug, entry in data["topics"].items():
        if isinstance(entry, str):
            entry = {"description": entry}
        topics[slug] = {"description": entry.get("description", "")}
        for tier, _ in TIERS:
            topics[slug][tier] = [str(p) for p in entry.get(tier) or []]
        for key, _ in NEAR_TIERS:
            topics[slug][key] = [str(p) for p in entry.get(key) or []]
        topics[slug]["broad"] = bool(entry.get("broad"))
        topics[slug]["response_patterns"] = [str(p) for p in entry.get("response_patterns") or []]
    return topics


def topic_slugs(path: str | None = None) -> list[str]:
    return list(load_taxonomy(path))
