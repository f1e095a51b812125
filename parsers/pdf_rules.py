"""Ruled tables straight from pypdfium2: grid lines from path objects, cell text by bounding box.

pdfplumber (pdfminer) lays out every character of a page in Python, ~30 ms a page; reading the
drawn rules with pdfium and asking pdfium for the text inside each cell is ~1 ms. Merged cells
(a rule missing inside a row) are repeated over each grid column they cover, as the DOCX and
HTML readers do, so headings stay above every column they span.
"""
from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c

from parsers.tables import make_table

_TOL = 2.0          # points: rules this close are the same rule (thin filled boxes, double strokes)
_MIN_LEN = 6.0      # shorter strokes are glyph parts or bullets, not rules
_MAX_SEGMENTS = 4000  # a page of vector art is not a table; stop reading its paths


def _segments(obj) -> list[tuple[float, float, float, float]] | None:
    """Straight edges of one path object in page coordinates; None when it has curves."""
    raw = obj.raw
    n = pdfium_c.FPDFPath_CountSegments(raw)
    if n <= 1 or n > _MAX_SEGMENTS:
        return [] if n <= 1 else None
    m = obj.get_matrix()
    a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f
    x, y = ctypes.c_float(), ctypes.c_float()
    pts: list[tuple[float, float]] = []
    edges = []
    start = None
    for i in range(n):
        seg = pdfium_c.FPDFPath_GetPathSegment(raw, i)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return None
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        p = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not pts:
            start = p
        else:
            edges.append((*pts[-1], *p))
        pts.append(p)
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
            edges.append((*p, *start))
    return edges


def _rules(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """(horizontal rules (y, x0, x1), vertical rules (x, y0, y1)) drawn on the page."""
    hs, vs = [], []
    total = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        edges = _segments(obj)
        if edges is None:
            continue
        total += len(edges)
        if total > _MAX_SEGMENTS:
            return [], []
        for x0, y0, x1, y1 in edges:
            if abs(y1 - y0) < 1 and abs(x1 - x0) >= _MIN_LEN:
                hs.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
            elif abs(x1 - x0) < 1 and abs(y1 - y0) >= _MIN_LEN:
                vs.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
    return hs, vs


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _TOL:
            continue
        out.append(v)
    return out


def _components(hs, vs) -> list[tuple[list, list]]:
    """Groups of rules that touch each other: each group is one candidate table."""
    parent = list(range(len(hs) + len(vs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (hy, hx0, hx1) in enumerate(hs):
        for j, (vx, vy0, vy1) in enumerate(vs):
            if hx0 - _TOL <= vx <= hx1 + _TOL and vy0 - _TOL <= hy <= vy1 + _TOL:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return list(groups.values())


def _grid_rows(textpage, hs, vs) -> list[list[str]]:
    ys = _cluster([h[0] for h in hs])[::-1]  # top of the page first
    xs = _cluster([v[0] for v in vs])
    rows = []
    for top, bottom in zip(ys, ys[1:], strict=False):
        mid = (top + bottom) / 2
        # Column walls in this row: vertical rules that cross its middle.
        walls = _cluster([v[0] for v in vs if v[1] - _TOL <= mid <= v[2] + _TOL])
        if len(walls) < 2:
            continue
        cells = []
        for left, right in zip(walls, walls[1:], strict=False):
            text = " ".join(textpage.get_text_bounded(left, bottom, right, top).split())
            cells.append((left, right, text))
        row = []
        for gl, gr in zip(xs, xs[1:], strict=False):
            gm = (gl + gr) / 2
            row.append(next((t for cl, cr, t in cells if cl <= gm <= cr), ""))
        rows.append(row)
    return rows


def _open_ends(hs, vs) -> list[tuple[float, float, float]]:
    """Rules a table split over a page break leaves out: its side walls run on past the last
    (or above the first) horizontal rule, to the foot (or head) of the page's text area, where
    the next page carries the row on. The walls' ends close that row, so its text is a row."""
    ys = [h[0] for h in hs]
    xs = _cluster([v[0] for v in vs])
    left, right = xs[0], xs[-1]
    out = []
    for end, beyond in ((min(v[1] for v in vs), lambda y: y < min(ys) - 3 * _TOL),
                        (max(v[2] for v in vs), lambda y: y > max(ys) + 3 * _TOL)):
        if not beyond(end):
            continue
        reach = [v[0] for v in vs if abs((v[1] if end < min(ys) else v[2]) - end) <= _TOL]
        if any(abs(x - left) <= _TOL for x in reach) and any(abs(x - right) <= _TOL for x in reach):
            out.append((end, left, right))
    return out


def ruled_tables(page, textpage) -> list[dict]:
    """Tables drawn with rules on one page (at least 2 rows by 2 columns of cells)."""
    hs, vs = _rules(page)
    if len(hs) < 2 or len(vs) < 2:
        return []
    out = []
    # Top of the page first, whatever order the rules were drawn in.
    for ghs, gvs in sorted(_components(hs, vs), key=lambda g: -max((h[0] for h in g[0]), default=0)):
        if not ghs or not gvs:
            continue
        ghs = ghs + _open_ends(ghs, gvs)
        if len(_cluster([h[0] for h in ghs])) < 3 or len(_cluster([v[0] for v in gvs])) < 3:
            continue  # fewer than 2x2 cells: a box around a paragraph, not a table
        rows = _grid_rows(textpage, ghs, gvs)
        if len(rows) >= 2:
            t = make_table(None, rows)
            if t:
                out.append(t)
    return out
