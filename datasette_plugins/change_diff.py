"""A readable word-level diff between two versions of a response (issue 14).

The versions' texts are scraped, so untrusted: every piece is escaped first and only then
wrapped in <ins>/<del> made here; the result is Markup so the template does not escape the
tags again. Nothing the force wrote is ever rendered as markup.
"""
from __future__ import annotations

import difflib
import json
import re

from markupsafe import Markup, escape

# The fields of response_versions.content, as a reader would name them.
LABELS = {"title": "Title", "reference": "Reference", "published": "Published",
          "outcome": "Outcome", "ncnd": "Neither confirm nor deny",
          "public_interest_test": "Public interest test", "exemptions": "Exemptions",
          "request_text": "Request", "response_text": "Response", "questions": "Questions",
          "tables": "Tables", "figures": "Figures"}
_WORDS = re.compile(r"\S+|\s+")
CONTEXT = 24   # tokens (words and the spaces between) kept each side of a change
MAX_WORDS = 20000   # a longer text is compared by paragraphs' presence only (bounded work)


def field_text(name: str, value) -> str:
    """A field's value as plain text for the diff."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    if name == "exemptions":
        return " ".join(str(v) for v in value)
    if name == "questions":
        return "\n".join(" ".join(str(p) for p in q if p) for q in value)
    if name == "figures":
        return "\n".join(f"{m or ''} {p or ''}: {raw if raw is not None else v}"
                         for m, p, v, raw in value)
    if name == "tables":
        return "\n".join(" | ".join(str(c) for c in (cap and [cap] or []) + list(h or []))
                         + "\n" + "\n".join(" | ".join(str(c) for c in row) for row in rows or [])
                         for cap, h, rows in value)
    return json.dumps(value, ensure_ascii=False)


def _context(tokens: list[str], first: bool, last: bool) -> str:
    """An unchanged run, cut to the words next to the changes around it (a long letter with
    one corrected figure reads as that figure in its sentence, not as the whole letter)."""
    if len(tokens) <= 2 * CONTEXT + 1:
        return "".join(tokens)
    head = [] if first else tokens[:CONTEXT]
    tail = [] if last else tokens[-CONTEXT:]
    return "".join(head) + " … " + "".join(tail)


def _opcodes(a: list[str], b: list[str]) -> list[tuple]:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def _tokens(old: str, new: str) -> tuple[list[str], list[str]]:
    a, b = _WORDS.findall(old or ""), _WORDS.findall(new or "")
    if len(a) + len(b) > 2 * MAX_WORDS:   # bound the quadratic worst case of difflib
        a, b = (old or "").split("\n"), (new or "").split("\n")
    return a, b


def word_changes(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """The (removed, added) words of each change, spaces folded: two fields that print one
    table (the response text, the answers, the table, its figures) make the same pairs."""
    a, b = _tokens(old, new)
    pairs = ((" ".join("".join(a[i1:i2]).split()), " ".join("".join(b[j1:j2]).split()))
             for op, i1, i2, j1, j2 in _opcodes(a, b) if op != "equal")
    return tuple(p for p in pairs if p != ("", ""))   # a change of spacing alone is none


def word_diff(old: str, new: str) -> Markup:
    """Escaped text with <del>removed</del> and <ins>added</ins> words."""
    a, b = _tokens(old, new)
    out = []
    ops = _opcodes(a, b)
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            out.append(escape(_context(a[i1:i2], first=n == 0, last=n == len(ops) - 1)))
            continue
        if i2 > i1:
            out.append(Markup("<del>{}</del>").format("".join(a[i1:i2])))
        if j2 > j1:
            out.append(Markup("<ins>{}</ins>").format("".join(b[j1:j2])))
    return Markup("").join(out)


def _content(raw) -> dict:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def version_diffs(versions: list[dict]) -> list[dict]:
    """For each step between stored versions (newest first): the version numbers, when the
    new one was seen, and per changed field its label and word diff."""
    steps = []
    for old, new in zip(versions, versions[1:], strict=False):
        a, b = _content(old.get("content")), _content(new.get("content"))
        fields = _same_change_once([
            {"name": name, "label": label, "old": field_text(name, a.get(name)),
             "new": field_text(name, b.get(name))}
            for name, label in LABELS.items() if a.get(name) != b.get(name)])
        if fields:
            steps.append({"from": old["version"], "to": new["version"],
                          "seen": new.get("first_seen"), "fields": fields})
    return steps[::-1]


# When several fields changed in exactly the same words (one corrected figure shows in the
# response text, the answer, the table and its figures), the diff is shown once, in the field
# that says most about it, and the others are named ("also in ...").
_SHOW_FIRST = ("figures", "tables", "questions", "response_text", "request_text")


def _same_change_once(fields: list[dict]) -> list[dict]:
    groups: dict = {}
    for f in fields:
        key = word_changes(f["old"], f["new"]) or (f["name"],)   # no word change: its own
        groups.setdefault(key, []).append(f)
    shown = []
    for group in groups.values():
        keep = min(group, key=lambda f: (_SHOW_FIRST.index(f["name"])
                                         if f["name"] in _SHOW_FIRST else len(_SHOW_FIRST)))
        keep["also"] = [f["label"] for f in group if f is not keep]
        shown.append(keep)
    order = list(LABELS)
    return [{"name": f["name"], "label": f["label"], "also": f["also"],
             "diff": word_diff(f["old"], f["new"])}
            for f in sorted(shown, key=lambda f: order.index(f["name"]))]
