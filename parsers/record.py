"""The empty parse record and the one-line error record (fields of response.schema.json)."""
from __future__ import annotations


def empty_record(source: str | None = None) -> dict:
    return {
        "source": source or "",
        "force": None,
        "reference": None,
        "title": None,
        "published": None,
        # When the request was received, as the response states it (parsers/fields/received.py).
        "received": None,
        "request_text": "",
        "response_text": "",
        "questions": [],
        "exemptions": [],
        "ncnd": False,
        "outcome": "unknown",
        "public_interest_test": False,
        # The sentences that decided outcome, ncnd and public_interest_test (parsers/fields/outcome.py).
        "evidence": {"outcome": None, "outcome_rule": None, "ncnd": None, "public_interest_test": None},
        "tables": [],
        "figures": [],
        "attachments": [],
        "topics": [],
        "error": None,
    }


def error_record(reason: str, source: str | None = None, fmt: str | None = None) -> dict:
    rec = empty_record(source)
    # One line only: callers log it and checks compare it as a single field.
    rec["error"] = " ".join(str(reason).split())[:300] or "parse failed"
    rec["format"] = fmt
    rec["ocr"] = False
    return rec
