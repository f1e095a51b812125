"""Ruled tables in a scanned page image, rebuilt for OCR.

Tesseract's page layout analysis drops the text inside a ruled grid (it takes the box for a
picture), so a scanned letter's table never reaches the OCR text. Here the grid is found from its
rules: long dark horizontal runs grouped into rules, three or more rules of the same extent make a
grid, and the columns inside it that stay dark over most of its height are its column rules (looked for within one row, where a leaning rule stays put). The
rules are erased, the grid alone is read once (tesseract's word boxes), and every word goes to the
cell whose rules enclose its centre. Scans lean a little, so rules are grouped loosely.
"""
from __future__ import annotations

import numpy as np

from parsers.tables import make_table

DARK = 128            # grey level below which a pixel is ink
MIN_RULE = 0.04       # a horizontal rule is at least this share of the page width ...
MIN_RULE_PX = 120     # ... and this many pixels (a long dash at 300 dpi is shorter)
RULE_GAP = 4          # pixel rows apart that still belong to one (leaning, thick) rule
EXTENT_SLACK = 0.03   # share of the page width by which the ends of one grid's rules may differ
MIN_ROW_PX = 25       # rules closer than this are one double rule, not a row
MAX_ROW_SHARE = 0.15  # a "row" taller than this share of the page is two separate boxes
COLUMN_INK = 0.6      # share of a grid's height a column rule keeps dark


def _runs(line: np.ndarray, min_len: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of True at least min_len long."""
    padded = np.concatenate(([False], line, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True) if b - a >= min_len]


def _horizontal_rules(dark: np.ndarray) -> list[dict]:
    """Rules as {'top', 'bottom', 'left', 'right'}: rows with a long run, grouped when near."""
    width = dark.shape[1]
    min_len = max(MIN_RULE_PX, int(width * MIN_RULE))
    rows = np.flatnonzero(dark.sum(axis=1) >= min_len)  # cheap pre-filter before finding runs
    rules: list[dict] = []
    for y in rows:
        runs = _runs(dark[y], min_len)
        if not runs:
            continue
        left, right = runs[0][0], runs[-1][1]
        last = rules[-1] if rules else None
        if last and y - last["bottom"] <= RULE_GAP and left < last["right"] and right > last["left"]:
            last["bottom"], last["left"], last["right"] = int(y), min(left, last["left"]), max(right, last["right"])
        else:
            rules.append({"top": int(y), "bottom": int(y), "left": left, "right": right})
    return rules


def _grids(rules: list[dict], width: int, height: int) -> list[list[dict]]:
    """Runs of three or more rules of about the same extent, each row a plausible height."""
    slack = width * EXTENT_SLACK
    grids, cur = [], []
    for r in rules:
        if cur:
            prev = cur[-1]
            gap = r["top"] - prev["bottom"]
            same = abs(r["left"] - prev["left"]) <= slack and abs(r["right"] - prev["right"]) <= slack
            if same and gap < MIN_ROW_PX:
                prev["bottom"] = r["bottom"]  # a double rule under a header
                continue
            if same and gap <= height * MAX_ROW_SHARE:
                cur.append(r)
                continue
            if len(cur) >= 3:
                grids.append(cur)
        cur = [dict(r)]
    if len(cur) >= 3:
        grids.append(cur)
    return grids


def _column_rules(dark: np.ndarray, top: int, bottom: int, left: int, right: int) -> list[int]:
    """x centres of the vertical rules inside a grid's box, its outer edges included."""
    box = dark[top:bottom + 1, max(left - 3, 0):right + 4]
    ink = box.mean(axis=0) >= COLUMN_INK
    xs = [max(left - 3, 0) + (a + b - 1) // 2 for a, b in _runs(ink, 1)]
    edge = max(10, int(dark.shape[1] * EXTENT_SLACK))  # a leaning grid's outer rules drift from its ends
    if not xs or xs[0] - left > edge:
        xs.insert(0, left)
    if right - xs[-1] > edge:
        xs.append(right)
    return xs


def _erase_rules(crop: np.ndarray, dark: np.ndarray, row_px: int) -> np.ndarray:
    """The crop with every long horizontal or vertical run of ink (and its grey edge) made white.
    A leaning column rule breaks into pieces about a row tall, so "long" is most of a row."""
    mask = np.zeros_like(dark)
    h_len = max(60, row_px)  # no stroke of a letter in a cell is as long as the row is tall
    for y in range(dark.shape[0]):
        for a, b in _runs(dark[y], h_len):
            mask[y, a:b] = True
    v_len = max(40, int(row_px * 0.6))
    for x in range(dark.shape[1]):
        for a, b in _runs(dark[:, x], v_len):
            mask[a:b, x] = True
    grown = mask.copy()  # two pixels round the rules: their anti-aliased edges read as "|" or "_"
    for shift in (1, 2):
        grown[shift:] |= mask[:-shift]
        grown[:-shift] |= mask[shift:]
        grown[:, shift:] |= mask[:, :-shift]
        grown[:, :-shift] |= mask[:, shift:]
    out = crop.copy()
    out[grown] = 255
    return out


def _read_cells(image, ys: list[int], xs: list[int], box: tuple[int, int, int, int], dark) -> list[list[str]]:
    import pytesseract
    from PIL import Image

    left, top, right, bottom = box
    row_px = min(b - a for a, b in zip(ys, ys[1:], strict=False))
    clean = _erase_rules(np.asarray(image)[top:bottom, left:right], dark[top:bottom, left:right], row_px)
    data = pytesseract.image_to_data(Image.fromarray(clean), config="--psm 6",
                                     output_type=pytesseract.Output.DICT)
    cells: dict[tuple[int, int], list[tuple[int, int, int, str]]] = {}
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word or float(data["conf"][i]) < 0:
            continue
        cx = left + data["left"][i] + data["width"][i] // 2
        cy = top + data["top"][i] + data["height"][i] // 2
        r = next((k for k in range(len(ys) - 1) if ys[k] <= cy < ys[k + 1]), None)
        c = next((k for k in range(len(xs) - 1) if xs[k] <= cx < xs[k + 1]), None)
        if r is None or c is None:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        cells.setdefault((r, c), []).append((*key, data["left"][i], word))
    return [[" ".join(w for *_k, w in sorted(cells.get((r, c), [])))
             for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]


def ruled_tables(image) -> list[dict]:
    """Tables drawn with rules on one page image (greyscale PIL image), top to bottom."""
    gray = np.asarray(image.convert("L"))
    dark = gray < DARK
    height, width = dark.shape
    out = []
    for grid in _grids(_horizontal_rules(dark), width, height):
        ys = [(r["top"] + r["bottom"]) // 2 for r in grid]
        left = min(r["left"] for r in grid)
        right = max(r["right"] for r in grid)
        # Column rules are looked for in the last row alone: a data row has every one (a header
        # may merge cells), and over one row's height a leaning rule stays in the same columns.
        xs = _column_rules(dark, grid[-2]["bottom"] + 1, grid[-1]["top"] - 1, left, right)
        if len(xs) < 3:
            continue  # no column rules: a box round a paragraph, or rows with no columns drawn
        box = (max(left - 5, 0), max(grid[0]["top"] - 5, 0), min(right + 6, width), min(grid[-1]["bottom"] + 6, height))
        rows = _read_cells(image.convert("L"), ys, xs, box, dark)
        if sum(1 for row in rows for cell in row if cell) < 4:
            continue
        t = make_table(None, rows)
        if t and t["rows"]:
            out.append(t)
    return out
