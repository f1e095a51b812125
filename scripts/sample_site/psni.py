"""PSNI: one listing at /foi-disclosure-log paginated with ?page=N (counting from 0, as Drupal
does), entries at /foi-disclosure-log/<slug> (no trailing slash), a "date | categories" line,
"Request Number", and Request N / Answer N pairs; files under /sites/default/files/<yyyy-mm>/."""
from __future__ import annotations

from html import escape

from .blocks import to_html
from .bodies import body_blocks
from .forces import Force
from .plan import Response, slugify
from .sitefiles import SiteFiles, attachment_body, pages, summary

HUB = "/foi-disclosure-log"


def chrome(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>{escape(title)} | PSNI</title>
<link rel="stylesheet" href="/themes/custom/psni/css/style.css"></head>
<body class="path-node">
<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<header role="banner"><a href="/" rel="home">Police Service of Northern Ireland</a>
<nav role="navigation"><ul><li><a href="/report">Report</a></li><li><a href="/advice">Advice</a></li>
<li><a href="/about-us">About us</a></li><li><a href="{HUB}">FOI disclosure log</a></li></ul></nav>
<form action="/search" method="get"><input type="search" name="keys"><input type="submit" value="Search"></form>
</header>
<main role="main" id="main-content">
{main}
</main>
<footer role="contentinfo"><ul><li><a href="/privacy-notice">Privacy</a></li><li><a href="/cookies">Cookies</a></li>
<li><a href="/user/login">Staff login</a></li></ul></footer>
</body></html>
"""


def build(force: Force, responses: list[Response]) -> tuple[SiteFiles, dict]:
    site = SiteFiles(force.host)
    used: dict[str, int] = {}
    for r in responses:
        slug = slugify(r.title)
        n = used.get(slug, 0)
        used[slug] = n + 1
        r.path = f"{HUB}/{slug}" + (f"-{n - 1}" if n else "")
        folder = f"/sites/default/files/{r.published.strftime('%Y-%m')}/"
        r.attachment_paths = [folder + a.name for a in r.attachments]
    for r in responses:
        cats = ", ".join(t.replace("-", " ").capitalize() for t in r.subject.topics)
        main = [f"<h1>{escape(r.title)}</h1>",
                f'<div class="meta">{r.published.strftime("%d/%m/%Y")} | {escape(cats)}</div>',
                to_html(body_blocks(r))]
        if r.attachments:
            main.append('<div class="field--name-field-attachments"><ul>' + "".join(
                f'<li><a href="{escape(p)}" type="application/octet-stream">{escape(a.name)}</a>'
                f"</li>" for a, p in zip(r.attachments, r.attachment_paths, strict=True))
                + "</ul></div>")
        site.add(r.path, chrome(r.title, "\n".join(main)))
        for att, p in zip(r.attachments, r.attachment_paths, strict=True):
            site.add(p, attachment_body(r, att))

    newest = sorted(responses, key=lambda r: (r.published, r.path), reverse=True)
    chunks = pages(newest)
    for k, chunk in enumerate(chunks):
        url = HUB if k == 0 else f"{HUB}?page={k}"
        rows = "".join(
            f'<div class="views-row"><h3><a href="{escape(r.path)}">{escape(r.title)}</a></h3>'
            f'<span class="date">{r.published.strftime("%d/%m/%Y")}</span>'
            f"<p>{escape(summary(r))}</p></div>" for r in chunk)
        nav = []
        if k > 0:
            nav.append(f'<a href="{HUB}?page={k - 1}" rel="prev">‹ Previous</a>'
                       if k > 1 else f'<a href="{HUB}" rel="prev">‹ Previous</a>')
        if k + 1 < len(chunks):
            nav.append(f'<a href="{HUB}?page={k + 1}" rel="next">Next ›</a>')
        site.add(url, chrome("FOI disclosure log", "<h1>FOI disclosure log</h1>" + rows
                             + f'<nav class="pager">{" ".join(nav)}</nav>'))
    site.add("/user/login", chrome("Log in", "<h1>Log in</h1>"))
    disallowed = ["/search", "/user/"]
    site.add("/robots.txt", "User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in disallowed))
    return site, {"forces": [force.slug], "entry_path": HUB, "platform": "psni",
                  "entry_pattern": f"^{HUB}/[^/?]+$",
                  "robots_disallowed": disallowed, "never_fetch": ["/user/login"]}
