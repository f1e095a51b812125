"""Small server-side SVG charts: no JavaScript, no CDN, fine under a strict CSP.

Every chart carries a visible title and its axes' captions with units ("responses",
"% of responses"); a value drawn from few responses can be flagged (drawn hatched grey with a
note in its tooltip). Every label is escaped here, because the SVG is inserted into pages as
markup.
"""
from __future__ import annotations

from html import escape

from markupsafe import Markup

PALETTE = ("#1f6f8b", "#99a8b2", "#e6a157", "#c0392b", "#8e44ad", "#7f8c8d", "#2c3e50",
           "#16a085", "#bdc3c7")
SMALL_FILL = "#b9c4ca"  # a bar resting on fewer responses than the page's small-number limit
HEAD = 22  # room for the title line
FOOT = 18  # room for the axis caption


def _svg(width: int, height: int, body: list[str], title: str, caption: str = "") -> Markup:
    """The chart with its title drawn on top and the value axis caption below it."""
    total = height + HEAD + (FOOT if caption else 0)
    parts = [f'<text x="0" y="15" font-size="14" font-weight="bold">{escape(title)}</text>',
             f'<g transform="translate(0 {HEAD})">{"".join(body)}</g>']
    if caption:
        parts.append(f'<text x="{width - 2}" y="{total - 4}" text-anchor="end" font-size="11" '
                     f'fill="#444">{escape(caption)}</text>')
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="foi-chart" role="img" '
        f'width="{width}" height="{total}" viewBox="0 0 {width} {total}">'
        f"<title>{escape(title)}</title>{''.join(parts)}</svg>")


def bar_chart(items: list[tuple[str, float]], title: str, value_format: str = "{:g}",
              width: int = 640, unit: str = "responses", small: set[str] | None = None
              ) -> Markup:
    """Horizontal bars, one per (label, value), in the order given. `unit` captions the value
    axis; labels in `small` rest on few responses and are drawn as such."""
    if not items:
        return Markup("")
    row, label_w, pad = 22, 210, 60
    top = max((v for _, v in items), default=0) or 1
    scale = (width - label_w - pad) / top
    small = small or set()
    body = [f'<line x1="{label_w}" y1="0" x2="{label_w}" y2="{row * len(items)}" '
            f'stroke="#444"/>']
    for i, (label, value) in enumerate(items):
        y = i * row
        w = max(0.0, (value or 0) * scale)
        flagged = label in small
        note = " (few responses)" if flagged else ""
        body.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
            f"{escape(str(label))[:40]}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
            f'fill="{SMALL_FILL if flagged else PALETTE[0]}"><title>{escape(str(label))}: '
            f"{escape(value_format.format(value or 0))}{note}</title></rect>"
            f'<text x="{label_w + w + 4:.1f}" y="{y + 15}" font-size="12">'
            f"{escape(value_format.format(value or 0))}{'*' if flagged else ''}</text>")
    caption = f"{unit} →" + (" · * fewer than the small-number limit" if small else "")
    return _svg(width, row * len(items) + 4, body, title, caption)


def column_chart(items: list[tuple[str, float]], title: str, width: int = 640,
                 height: int = 200, unit: str = "responses", x_label: str = "year") -> Markup:
    """Vertical columns over a category axis (e.g. responses per year)."""
    if not items:
        return Markup("")
    base, left = height - 24, 44
    top = max((v for _, v in items), default=0) or 1
    step = (width - left) / len(items)
    body = [f'<line x1="{left}" y1="{base}" x2="{width}" y2="{base}" stroke="#444"/>',
            f'<line x1="{left}" y1="8" x2="{left}" y2="{base}" stroke="#444"/>',
            f'<text x="{left - 4}" y="20" text-anchor="end" font-size="11">'
            f'{escape(f"{top:g}")}</text>',
            f'<text x="{left - 4}" y="{base}" text-anchor="end" font-size="11">0</text>']
    for i, (label, value) in enumerate(items):
        h = (value or 0) / top * (base - 16)
        x = left + i * step
        body.append(
            f'<rect x="{x + step * 0.15:.1f}" y="{base - h:.1f}" width="{step * 0.7:.1f}" '
            f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{escape(str(label))}: '
            f"{value or 0:g} {escape(unit)}</title></rect>"
            f'<text x="{x + step / 2:.1f}" y="{height - 8}" text-anchor="middle" '
            f'font-size="11">{escape(str(label))}</text>')
    return _svg(width, height, body, title, f"↑ {unit} · → {x_label}")


def rate_chart(series: list[tuple[str, list[tuple[str, float | None, int]]]], title: str,
               min_n: int = 10, width: int = 640, height: int = 220) -> Markup:
    """Rates (0-1) over years, one line per series: [(name, [(year, rate, responses), ...])].
    Points resting on fewer than `min_n` responses are drawn hollow."""
    years = sorted({x for _, pts in series for x, _, _ in pts})
    if not years:
        return Markup("")
    base, left, right, top = height - 28, 44, 12, 22  # legend above the 100% line
    step = (width - left - right) / max(1, len(years) - 1) if len(years) > 1 else 0

    def xy(year, rate):
        x = left + (years.index(year) * step if len(years) > 1 else (width - left) / 2)
        return x, base - (rate or 0) * (base - top)

    body = [f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#444"/>',
            f'<line x1="{left}" y1="{top}" x2="{left}" y2="{base}" stroke="#444"/>']
    for frac in (0, 0.5, 1):
        y = base - frac * (base - top)
        body.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
                    f"{frac:.0%}</text>")
    for year in years:
        x, _ = xy(year, 0)
        body.append(f'<text x="{x:.1f}" y="{height - 12}" text-anchor="middle" font-size="11">'
                    f"{escape(str(year))}</text>")
    for j, (name, pts) in enumerate(series):
        colour = PALETTE[(3 + j) % len(PALETTE)] if j else PALETTE[3]
        points = [(xy(yr, r), r, n) for yr, r, n in pts if r is not None]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for (x, y), _, _ in points)
            body.append(f'<polyline points="{path}" fill="none" stroke="{colour}" '
                        f'stroke-width="2"/>')
        for ((x, y), r, n), (yr, _, _) in zip(points, [p for p in pts if p[1] is not None],
                                              strict=True):
            few = n < min_n
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" stroke="{colour}" '
                        f'fill="{"#fff" if few else colour}"><title>{escape(name)} {yr}: '
                        f'{r:.0%} of {n} responses{" (few responses)" if few else ""}'
                        f"</title></circle>")
        lx = left + 10 + j * 150
        body.append(f'<rect x="{lx}" y="0" width="10" height="10" fill="{colour}"/>'
                    f'<text x="{lx + 14}" y="9" font-size="11">{escape(name)}</text>')
    return _svg(width, height, body, title,
                f"↑ % of responses · → year · hollow: fewer than {min_n} responses")


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
                    f"{escape(key)}: {parts.get(key) or 0:g} of {total:g}</title></rect>")
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
    return _svg(width, legend_y + ((len(keys) + per_row - 1) // per_row) * 16 + 4, body, title,
                "% of responses (each bar 100%)")
