"""Small server-side SVG charts: no JavaScript, no CDN, fine under a strict CSP.

Every label is escaped here, because the SVG is inserted into pages as markup.
"""
from __future__ import annotations

from html import escape

from markupsafe import Markup

PALETTE = ("#1f6f8b", "#99a8b2", "#e6a157", "#c0392b", "#8e44ad", "#7f8c8d", "#2c3e50",
           "#16a085", "#bdc3c7")


def _svg(width: int, height: int, body: list[str], title: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="foi-chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>")


def bar_chart(items: list[tuple[str, float]], title: str, value_format: str = "{:g}",
              width: int = 640) -> Markup:
    """Horizontal bars, one per (label, value), in the order given."""
    if not items:
        return Markup("")
    row, label_w, pad = 22, 210, 60
    top = max((v for _, v in items), default=0) or 1
    scale = (width - label_w - pad) / top
    body = []
    for i, (label, value) in enumerate(items):
        y = i * row
        w = max(0.0, (value or 0) * scale)
        body.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
            f"{escape(str(label))[:40]}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
            f'fill="{PALETTE[0]}"><title>{escape(str(label))}: '
            f"{escape(value_format.format(value or 0))}</title></rect>"
            f'<text x="{label_w + w + 4:.1f}" y="{y + 15}" font-size="12">'
            f"{escape(value_format.format(value or 0))}</text>")
    return _svg(width, row * len(items) + 4, body, title)


def column_chart(items: list[tuple[str, float]], title: str, width: int = 640,
                 height: int = 200) -> Markup:
    """Vertical columns over a category axis (e.g. responses per year)."""
    if not items:
        return Markup("")
    base, left = height - 24, 36
    top = max((v for _, v in items), default=0) or 1
    step = (width - left) / len(items)
    body = [f'<line x1="{left}" y1="{base}" x2="{width}" y2="{base}" stroke="#444"/>',
            f'<text x="2" y="12" font-size="11">{escape(f"{top:g}")}</text>']
    for i, (label, value) in enumerate(items):
        h = (value or 0) / top * (base - 16)
        x = left + i * step
        body.append(
            f'<rect x="{x + step * 0.15:.1f}" y="{base - h:.1f}" width="{step * 0.7:.1f}" '
            f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{escape(str(label))}: '
            f"{value or 0:g}</title></rect>"
            f'<text x="{x + step / 2:.1f}" y="{height - 8}" text-anchor="middle" '
            f'font-size="11">{escape(str(label))}</text>')
    return _svg(width, height, body, title)


def stacked_bar_chart(rows: list[tuple[str, dict[str, float]]], keys: list[str], title: str,
                      width: int = 640) -> Markup:
    """One horizontal 100% bar per row, split by `keys` (e.g. the outcome mix per year)."""
    if not rows:
        return Markup("")
    row, label_w = 22, 210  # room for a force's name
    span = width - label_w - 10
    body = []
    for i, (label, parts) in enumerate(rows):
        total = sum(parts.get(k) or 0 for k in keys) or 1
        x, y = float(label_w), i * row
        body.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
                    f"{escape(str(label))}</text>")
        for j, key in enumerate(keys):
            w = (parts.get(key) or 0) / total * span
            if w > 0:
                body.append(
                    f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
                    f'fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(str(label))} '
                    f"{escape(key)}: {parts.get(key) or 0:g}</title></rect>")
                x += w
    legend_y = len(rows) * row + 6
    per_row = 3
    col_w = span / per_row  # wide enough for the longest outcome (published_elsewhere)
    for j, key in enumerate(keys):
        lx = round(label_w + (j % per_row) * col_w)
        ly = legend_y + (j // per_row) * 16
        body.append(f'<rect x="{lx}" y="{ly}" width="10" height="10" '
                    f'fill="{PALETTE[j % len(PALETTE)]}"/><text x="{lx + 14}" y="{ly + 9}" '
                    f'font-size="11">{escape(key)}</text>')
    return _svg(width, legend_y + ((len(keys) + per_row - 1) // per_row) * 16 + 4, body, title)
