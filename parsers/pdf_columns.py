"""Request | Response tables drawn without rules, recovered from text positions (pypdfium2).

A two-column table with no ruled grid reaches the page's text as interleaved lines: each line of
a question is followed (or joined on the same line) by the answer's line beside it. pdfium's
text rectangles (one per run of text on a line) keep each run's position, so the two columns
can be told apart by x and the rows rebuilt by y: a row starts where the request column starts
a numbered item (or, in unnumbered tables, after a gap between lines). The table ends at the
first line that runs across the column boundary.
"""
from __future__ import annotations

import re
from statistics import median

from parsers.tables import make_table

_LEFT_HEAD = re.compile(r"(?:your\s+|the\s+)?(?:requests?|questions?|request\s+details|"
                        r"information\s+requested|you\s+asked)\s*:?", re.I)
_RIGHT_HEAD = re.compile(r"(?:our\s+|force\s+|the\s+)?(?:responses?|answers?|reply|replies)\s*:?",
                         re.I)
# Both headings on one line of the page text: the cheap test before reading positions.
HEAD_LINE = re.compile(rf"^\s*{_LEFT_HEAD.pattern}\s+{_RIGHT_HEAD.pattern}\s*$", re.I | re.M)
_NUMBERED = re.compile(r"^\s*(?:\(?\d{1,2}[a-z]?[.):]|Q\s?\d{1,2}[a-z]?\b|question\s+\d{1,2}\b)",
                       re.I)
_SAME_LINE = 4.0   # points between the middles of two runs on one line
_GAP = 1.6         # a gap this many line steps tall starts a row (unnumbered tables)


def _runs(textpage) -> list[tuple[float, float, float, float, str]]:
    """(left, bottom, right, top, text) of each run of text on the page."""
    out = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = " ".join(textpage.get_text_bounded(left, bottom, right, top).split())
        if text:
            out.append((left, bottom, right, top, text))
    return out


def _lines(runs) -> list[list[tuple]]:
    """Runs grouped into lines, top of the page first, each line left to right."""
    lines: list[list[tuple]] = []
    for run in sorted(runs, key=lambda r: -(r[1] + r[3]) / 2):
        mid = (run[1] + run[3]) / 2
        if lines and abs((lines[-1][0][1] + lines[-1][0][3]) / 2 - mid) <= _SAME_LINE:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [sorted(line) for line in lines]


def _header(lines) -> tuple[int, tuple, tuple] | None:
    for k, line in enumerate(lines):
        for a in line:
            if _LEFT_HEAD.fullmatch(a[4]):
                right = next((b for b in line if b[0] > a[2] and _RIGHT_HEAD.fullmatch(b[4])), None)
                if right:
                    return k, a, right
    return None


def _mid(line) -> float:
    return (line[0][1] + line[0][3]) / 2


def qa_columns(textpage, page_width: float, page_height: float) -> tuple[dict, str] | None:
    """(table, text) for a page holding an unruled Request | Response table, else None.

    `text` is the page's text with the table written out question by question, each answer
    under its question ("Response: ..."), so the text reads in the order the table is meant."""
    lines = _lines(_runs(textpage))
    found = _header(lines)
    if not found:
        return None
    k, left_head, right_head = found
    split = right_head[0] - 2
    body: list[list[tuple]] = []
    for line in lines[k + 1:]:
        if any(r[0] < split - 4 and r[2] > split + 4 for r in line):
            break  # a line across both columns: the table is over
        body.append(line)
    if not body:
        return None
    steps = [_mid(a) - _mid(b) for a, b in zip(body, body[1:], strict=False)]
    step = median(steps) if steps else 0.0
    numbered = any(_NUMBERED.match(r[4]) for r in body[0] if r[2] <= split + 4)
    rows: list[list[list[str]]] = []
    prev_mid = None
    for line in body:
        left = " ".join(r[4] for r in line if r[2] <= split + 4)
        right = " ".join(r[4] for r in line if r[2] > split + 4)
        gap = prev_mid is not None and step and (prev_mid - _mid(line)) > _GAP * step
        starts = bool(left) and (bool(_NUMBERED.match(left)) if numbered else (gap or not rows))
        if starts or not rows:
            rows.append([[], []])
        if left:
            rows[-1][0].append(left)
        if right:
            rows[-1][1].append(right)
        prev_mid = _mid(line)
    cells = [[" ".join(q), " ".join(a)] for q, a in rows]
    if len(cells) < 1 or not any(a for _, a in cells):
        return None
    table = make_table(None, [[left_head[4].rstrip(":"), right_head[4].rstrip(":")], *cells])
    if not table:
        return None
    word = right_head[4].rstrip(":").split()[-1].capitalize()
    qa = []
    for n, (q, a) in enumerate(cells, 1):
        qa.append(q if _NUMBERED.match(q) else f"{n}. {q}")
        if a:
            qa.append(f"{word}: {a}")
        qa.append("")
    above = textpage.get_text_bounded(0, left_head[3] + 1, page_width, page_height)
    end = min(r[1] for r in body[-1]) - 1
    below = textpage.get_text_bounded(0, 0, page_width, end)
    text = "\n\n".join(part.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
                     for part in (above, "\n".join(qa), below) if part.strip())
    return table, text
