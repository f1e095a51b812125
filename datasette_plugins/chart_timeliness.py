"""The timeliness chart: each force's median working days from receipt to response as a bar,
with the Act's 20-working-day limit drawn across. Server-side SVG (no script: the CSP forbids
it); every label is escaped here because the SVG goes into the page as markup."""
from __future__ import annotations

from html import escape

from markupsafe import Markup

ON_TIME, LATE, LIMIT_LINE = "#1f6f8b", "#c0392b", "#444"


def median_chart(rows: list[dict], limit: int, title: str, width: int = 680) -> Markup:
    """rows: {'label', 'median', 'share', 'counted'}; a bar per row, in the order given."""
    rows = [r for r in rows if r.get("median") is not None]
    if not rows:
        return Markup("")
    row_h, label_w, right = 22, 210, 150
    top = max(max(r["median"] for r in rows), limit * 1.25)
    scale = (width - label_w - right) / top
    head = 18  # room for the limit's label above the bars
    body = []
    for i, r in enumerate(rows):
        y = head + i * row_h
        w = r["median"] * scale
        colour = LATE if r["median"] > limit else ON_TIME
        share = "" if r.get("share") is None else f" · {r['share']:.0%} within {limit}"
        text = f"{r['median']:g} days{share}"
        tip = f"{r['label']}: median {r['median']:g} working days over {r['counted']} responses{share}"
        body.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
            f"{escape(str(r['label']))[:40]}</text>"
            f'<rect class="median" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" '
            f'fill="{colour}"><title>{escape(tip)}</title></rect>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 15}" font-size="12">{escape(text)}</text>')
    x = label_w + limit * scale
    bottom = head + len(rows) * row_h
    body.append(f'<line class="limit" x1="{x:.1f}" y1="{head - 4}" x2="{x:.1f}" y2="{bottom}" '
                f'stroke="{LIMIT_LINE}" stroke-dasharray="4 3"/>'
                f'<text x="{x:.1f}" y="11" text-anchor="middle" font-size="11">'
                f"{limit} working days (the Act's limit)</text>")
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="foi-chart timeliness" role="img" '
        f'width="{width}" height="{bottom + 4}" viewBox="0 0 {width} {bottom + 4}">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>")
