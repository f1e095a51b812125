"""Small parse records for topic tests: a title and asks, tagged by the real tagger."""
from __future__ import annotations

from nlp import tag_topics


def asks(*texts: str) -> list[dict]:
    """Asks numbered 1, 2, 3 … in the order given."""
    return [{"number": str(i + 1), "text": t} for i, t in enumerate(texts)]


def topics(**rec) -> list[str]:
    """The topics tag_topics files a record under (its request text is its asks when not given)."""
    base = {"title": "", "request_text": "", "response_text": "", "questions": []}
    base.update(rec)
    if base["questions"] and not base["request_text"]:
        base["request_text"] = "\n".join(q["text"] for q in base["questions"])
    return [t["topic"] for t in tag_topics(base)]
