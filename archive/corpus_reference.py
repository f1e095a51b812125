"""Reference data written beside the responses: the topic taxonomy and force legislation."""
from __future__ import annotations

from pathlib import Path

from parsers.yaml_data import load_yaml

ROOT = Path(__file__).resolve().parents[1]
# The NLP package keeps the project's own taxonomy; the shared contract is the fallback.
TAXONOMY_CANDIDATES = [
    ROOT / "nlp" / "topics.yaml",
    ROOT / "nlp" / "taxonomy.yaml",
    ROOT / "nlp" / "data" / "topics.yaml",
    ROOT.parent / "shared" / "contract" / "topics.yaml",
]

LEGISLATION = {"FOIA": "Freedom of Information Act 2000",
               "FOISA": "Freedom of Information (Scotland) Act 2002"}


def load_topics() -> dict[str, str]:
    """slug -> description from the first taxonomy file found ({} when none is)."""
    for path in TAXONOMY_CANDIDATES:
        if path.exists():
            data = load_yaml(path) or {}
            topics = data.get("topics", data)
            out = {}
            for slug, value in topics.items():
                if isinstance(value, dict):
                    value = value.get("description") or value.get("label") or ""
                out[str(slug)] = str(value or "")
            return out
    return {}


def legislation_for(act: str | None) -> str | None:
    return LEGISLATION.get((act or "").strip().upper(), act or None)
