"""The force's answer markers ("Q1", "Answer 2 -", "Response:") and filling answers from them.

Kept apart from the asks because both the request bounds (is "Response 1" a heading or a pair?)
and both ways of reading asks (a list, paragraphs) look for the same markers.
"""
from __future__ import annotations

import re

ANSWER = re.compile(
    r"^\W{0,2}(?:(?:Q|question|answer|response|reply|A)\s?(\d{1,2}[a-z]?)\b|\(?(\d{1,2}[a-z]?|[a-z])[.)](?=\s))\s*[.):\-–]?\s*(.*)$",
    re.I)
# "Response:" / "Answer 2 -" opening an answer printed under its question.
# The word stands alone, or a number or a separator follows it: "response is below." wrapped from
# the line above opens nothing.
ANSWER_OPEN = re.compile(
    r"^\W{0,2}(?:responses?|answers?|reply|our\s+response)\b"
    r"(?:\s+\d{1,2}[a-z]?(?:\s*(?:[-–&,]|and|to)\s*\d{1,2}[a-z]?)*\s*[:.\-–]?|\s*[:.\-–]|\s*$)\s*(.*)$", re.I)
# "Response 1:" opening the force's numbered answers, where the request carries no numbered items
NUMBERED_RESPONSE = re.compile(r"^\W{0,2}(?:responses?|answers?)\s+\d{1,2}[a-z]?\b", re.I)


def fold(text: str) -> str:
    """Whitespace runs made one space (an ask wrapped over lines reads as one line)."""
    return " ".join(text.split())


def answers_in(response: list[str], questions: list[dict]) -> None:
    """Fill answers from markers in the response block ("Q1", "Answer 1", "1.")."""
    wanted = {}
    for q in questions:
        key = q["number"].lower().lstrip("q")
        wanted[key] = q
    marks = []
    for i, ln in enumerate(response):
        m = ANSWER.match(ln.strip())
        if m:
            key = (m.group(1) or m.group(2) or "").lower()
            if key in wanted:
                marks.append((i, key, m.group(3)))
    for k, (i, key, first) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(response)
        body = [first] + response[i + 1:end]
        text = " ".join(fold(b) for b in body if b.strip())
        # "Q1 - <the question again>? <answer>": keep the answer only.
        if "?" in text[:300] and text.split("?", 1)[1].strip():
            text = text.split("?", 1)[1].strip()
        if wanted[key]["answer"] is None and text:
            wanted[key]["answer"] = text


def questions_from_table(table: dict) -> list[dict] | None:
    """Asks and answers from a table with a request column and an answer column, else None."""
    head = [h.lower() for h in table["header"]]
    qcol = next((j for j, h in enumerate(head) if re.search(r"request|question|you asked", h)), None)
    acol = next((j for j, h in enumerate(head) if re.search(r"response|answer|reply", h)), None)
    if qcol is None or acol is None or qcol == acol:
        return None
    out = []
    for k, row in enumerate(table["rows"]):
        q = (row[qcol] or "").strip()
        if not q:
            continue
        m = re.match(r"^(?:Q|question\s*)?(\d{1,2}[a-z]?)[.):\s\-–]+(.*)$", q, re.I)
        number, text = (m.group(1), m.group(2)) if m else (str(k + 1), q)
        out.append({"number": number, "text": text.strip(), "answer": (row[acol] or "").strip() or None})
    return out
