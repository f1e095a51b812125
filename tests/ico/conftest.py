"""Shared helpers of the decision-notice tests: the local copy and its ground truth."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ICO = ROOT / "data" / "sample_ico"
SITE = SAMPLE_ICO / "ico.org.uk"
TRUTH = json.loads((SAMPLE_ICO / "index.json").read_text())
NOTICES = TRUTH["notices"]
POLICE = [n for n in NOTICES if n["police"]]


def notice_files(n: dict) -> tuple[bytes, list[tuple[bytes, str]]]:
    """(the notice's page, its documents) as the crawler stores them."""
    page = (SITE / n["page"].lstrip("/") / "index.html").read_bytes()
    docs = [((SITE / n["pdf"].lstrip("/")).read_bytes(), "application/pdf")] if n["pdf"] else []
    return page, docs
