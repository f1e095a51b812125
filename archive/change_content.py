"""What counts as a response's content for change tracking (issue 14), and a short summary of
what changed between two versions.

A version is the *parsed* record of an entry page (title, request, response, questions,
figures, exemptions, outcome, ...), never its HTML: a change of banners, navigation or cookie
text parses to the same content, so it is no new version. Attachments are left out here: they
are tracked as attachment changes of their own (archive/change_history.py).
"""
from __future__ import annotations

import difflib
import hashlib
import json

# The parsed fields a version is made of, in the order summaries name them.
VERSION_FIELDS = ("title", "reference", "published", "outcome", "ncnd", "public_interest_test",
                  "exemptions", "request_text", "response_text", "questions", "tables",
                  "figures")
_TEXT_FIELDS = {"request_text": "request text", "response_text": "response text"}
_FLAG_FIELDS = {"ncnd": "neither confirm nor deny", "public_interest_test": "public interest test"}


def _norm_text(value) -> str:
    """Whitespace folded per paragraph: re-wrapped lines are not an edit."""
    paras = [" ".join(p.split()) for p in str(value or "").split("\n")]
    return "\n".join(p for p in paras if p)


def version_content(rec: dict) -> dict:
    """The comparable content of a parsed record (plain JSON types, stable order)."""
    out = {}
    for name in VERSION_FIELDS:
        value = rec.get(name)
        if name in ("title", "reference", "published", "outcome"):
            value = " ".join(str(value).split()) if value else None
        elif name in _FLAG_FIELDS:
            value = None if value is None else bool(value)
        elif name in _TEXT_FIELDS:
            value = _norm_text(value)
        elif name == "exemptions":
            value = sorted({e.get("label") for e in value or [] if isinstance(e, dict)} - {None})
        elif name == "questions":
            value = [[q.get("number"), _norm_text(q.get("text")), _norm_text(q.get("answer"))]
                     for q in value or [] if isinstance(q, dict)]
        elif name == "tables":
            value = [[t.get("caption"), t.get("header") or [], t.get("rows") or []]
                     for t in value or [] if isinstance(t, dict)]
        elif name == "figures":
            value = [[f.get("measure"), f.get("period"), f.get("value"), f.get("raw")]
                     for f in value or [] if isinstance(f, dict)]
        out[name] = value
    return out


def content_json(content: dict) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True)


def version_hash(content: dict) -> str:
    return hashlib.sha1(content_json(content).encode()).hexdigest()


def _paragraph_counts(old: str, new: str) -> str:
    """'2 paragraphs added, 1 changed' over the texts' paragraphs."""
    a, b = old.split("\n") if old else [], new.split("\n") if new else []
    added = removed = changed = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "insert":
            added += j2 - j1
        elif op == "delete":
            removed += i2 - i1
        elif op == "replace":
            common = min(i2 - i1, j2 - j1)
            changed += common
            added += (j2 - j1) - common
            removed += (i2 - i1) - common
    parts = [f"{n} paragraph{'s' if n != 1 else ''} {what}"
             for n, what in ((added, "added"), (removed, "removed"), (changed, "changed")) if n]
    return ", ".join(parts) or "changed"


def _shown(value) -> str:
    if value is None or value == "":
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def summary(old: dict, new: dict) -> str:
    """The fields whose value changed, e.g. 'outcome: full → refused; figures changed;
    response text: 2 paragraphs added'."""
    parts = []
    for name in VERSION_FIELDS:
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        if name in ("outcome", "published", "reference"):
            parts.append(f"{name}: {_shown(a)} → {_shown(b)}")
        elif name in _FLAG_FIELDS:
            parts.append(f"{_FLAG_FIELDS[name]}: {_shown(a)} → {_shown(b)}")
        elif name == "exemptions":
            plus = [f"+{x}" for x in b or [] if x not in (a or [])]
            minus = [f"-{x}" for x in a or [] if x not in (b or [])]
            parts.append(f"exemptions: {' '.join(plus + minus)}")
        elif name in _TEXT_FIELDS:
            parts.append(f"{_TEXT_FIELDS[name]}: {_paragraph_counts(a or '', b or '')}")
        elif name == "questions":
            diff = len(b or []) - len(a or [])
            parts.append(f"questions: {abs(diff)} {'added' if diff > 0 else 'removed'}" if diff
                         else "questions or answers changed")
        else:
            parts.append(f"{name} changed")
    return "; ".join(parts) or "no field changed"
