"""Records for the seed files: through parsers.parse_document when the parser is available,
else a minimal record (the request is the text before the first line that opens the answer)."""

import json
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "seeds"
EXPECTED = SHARED / "eval" / "seeds.expected.json"

_ANSWER_START = re.compile(
    r"^\s*(response|decision|our response|please (?:find|see)|in addition|i have today|"
    r"the (?:information|force)|we (?:can|do|have|want))\b", re.I | re.M)


def minimal_record(text: str) -> dict:
    m = _ANSWER_START.search(text)
    request, response = (text[: m.start()], text[m.start():]) if m else (text, "")
    return {"title": None, "request_text": request, "response_text": response,
            "questions": []}


def seed_records() -> list[tuple[str, dict, dict]]:
    """(file name, record, expected) per seed file; [] when the shared seeds are absent."""
    if not EXPECTED.exists():
        return []
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["files"]
    try:
        from parsers import parse_document
    except ImportError:
        parse_document = None
    out = []
    for name, exp in sorted(expected.items()):
        data = (SEEDS / name).read_bytes()
        rec = None
        if parse_document is not None:
            rec = parse_document(data, "text/plain", None, exp.get("force"))
            if rec.get("error") or not (rec.get("request_text") or "").strip():
                rec = None
        out.append((name, rec or minimal_record(data.decode("utf-8", "replace")), exp))
    return out
