"""Records for the seed files (../shared/seeds): through parsers.parse_document, or a minimal record
when the parser finds no request (the request is the text before the first line that opens the
answer)."""

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
    """(file name, record, expected) per seed file; a missing ../shared fails (never an empty,
    skipped parameter set)."""
    from parsers import parse_document

    if not EXPECTED.exists():
        raise FileNotFoundError(f"{EXPECTED} missing: ../shared sits beside the repository")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["files"]
    out = []
    for name, exp in sorted(expected.items()):
        data = (SEEDS / name).read_bytes()
        rec = parse_document(data, "text/plain", None, exp.get("force"))
        if rec.get("error") or not (rec.get("request_text") or "").strip():
            rec = None
        out.append((name, rec or minimal_record(data.decode("utf-8", "replace")), exp))
    return out
