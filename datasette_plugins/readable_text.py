"""A response's stored text as readable blocks for the response page: paragraphs (lines a PDF
wrapped joined again), bulleted lists, and the parser's markdown-style tables (`| a | b |`) as
tables, so no pipes or hard line breaks reach the reader. Blocks are plain data; the template
escapes every piece (scraped text is never trusted as markup).

>>> [b["kind"] for b in text_blocks("You asked:\\n- How many?\\n| Year | N |\\n|---|---|\\n| 2020 | 5 |")]
['p', 'ul', 'table']
"""
from __future__ import annotations

import re

BULLET = re.compile(r"^\s*(?:[-•*▪]|\u2022)\s+")
RULE = re.compile(r"^\|?[\s:|-]+\|?$")
ENDS_SENTENCE = (".", "?", "!", ":", ";")
# a PDF letter wraps at roughly this many characters; a longer line is a paragraph of its own
WRAPPED = range(55, 111)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _continues(previous: str, line: str) -> bool:
    """Is `line` the rest of a sentence the line before it was wrapped from?"""
    prev = previous.rstrip()
    if not prev or prev.endswith(ENDS_SENTENCE):
        return False
    return line[:1].islower() or len(prev) in WRAPPED


def _table(rows: list[list[str]], header: bool) -> dict:
    caption = None
    if len(rows) > 1 and len(rows[0]) == 1 and len(rows[1]) > 1:
        caption, rows, header = rows[0][0], rows[1:], header and len(rows) > 2
    # no rule under it, but a first row with an empty corner cell is a header (| | 2019 | 2020 |)
    header = header or (len(rows) > 1 and rows[0][0] == "" and any(rows[0]))
    return {"kind": "table", "caption": caption,
            "header": rows[0] if header else None, "rows": rows[1:] if header else rows}


def text_blocks(text: str | None) -> list[dict]:
    blocks: list[dict] = []
    para: list[str] = []
    table: list[list[str]] = []
    header = False

    def flush_para():
        if para:
            blocks.append({"kind": "p", "text": " ".join(s.strip() for s in para)})
            para.clear()

    def flush_table():
        nonlocal header
        if table:
            blocks.append(_table(list(table), header))
            table.clear()
        header = False

    for raw in (text or "").splitlines():
        line = raw.rstrip()
        if line.lstrip().startswith("|") and line.endswith("|") and len(line.strip()) > 1:
            flush_para()
            if RULE.match(line.strip()):
                header = header or bool(table)   # the rule under a header row
            else:
                table.append(_cells(line))
            continue
        flush_table()
        if not line.strip():
            flush_para()
            continue
        if BULLET.match(line):
            flush_para()
            item = BULLET.sub("", line, count=1).strip()
            if blocks and blocks[-1]["kind"] == "ul" and not para:
                blocks[-1]["items"].append(item)
            else:
                blocks.append({"kind": "ul", "items": [item]})
            continue
        if not para and blocks and blocks[-1]["kind"] == "ul" and \
                _continues(blocks[-1]["items"][-1], line):
            blocks[-1]["items"][-1] += " " + line.strip()   # a wrapped list item
            continue
        if para and not _continues(para[-1], line):
            flush_para()
        para.append(line)
    flush_table()
    flush_para()
    return blocks
