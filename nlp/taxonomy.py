"""The project's topic taxonomy (nlp/taxonomy.yaml): slugs, meanings and trigger phrases."""

from functools import lru_cache
from pathlib import Path

import yaml

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.yaml")
STRONG, WEAK = 1.0, 0.5


@lru_cache(maxsize=4)
def load_taxonomy(path: str | None = None) -> dict[str, dict]:
    """{slug: {"description", "strong": [...], "weak": [...]}} from the YAML file."""
    data = yaml.safe_load(Path(path or TAXONOMY_PATH).read_text(encoding="utf-8"))
    topics = {}
    for slug, entry in data["topics"].items():
        if isinstance(entry, str):
            entry = {"description": entry}
        topics[slug] = {
            "description": entry.get("description", ""),
            "strong": [str(p) for p in entry.get("strong") or []],
            "weak": [str(p) for p in entry.get("weak") or []],
        }
    return topics


def topic_slugs(path: str | None = None) -> list[str]:
    return list(load_taxonomy(path))
