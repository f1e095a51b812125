"""Police Scotland: short entry pages, each linking the response letter as a PDF (FOISA).

hub → disclosure-log-<yyyy>/ (paginated with /page/N/) → <month>/ → <yy-nnnn-slug>/ → PDF
under /spa-media/<id>/. The whole response is in the letter; the page only names it.
"""
from __future__ import annotations

import hashlib
from html import escape

from .forces import Force
from .plan import Response, slugify
from .sitefiles import SiteFiles, attachment_body, pager, pages

BASE = "/access-to-information/freedom-of-information/disclosure-log/"


def chrome(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{escape(title)} - Police Scotland</title>
<link rel="stylesheet" href="/static/css/main.css"></head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header><a href="/" class="brand">Police Scotland</a>
<nav><ul><li><a href="/contact-us/">Contact us</a></li><li><a href="/advice-and-information/">Advice and information</a></li>
<li><a href="/whats-happening/">What's happening</a></li><li><a href="/access-to-information/">Access to information</a></li></ul></nav>
<form action="/search/" method="get"><input name="q" aria-label="Search"><button>Search</button></form>
</header>
<main id="main">
{main}
</main>
<footer><ul><li><a href="/cookies/">Cookies</a></li><li><a href="/privacy-notice/">Privacy</a></li>
<li><a href="/accessibility/">Accessibility</a></li><li><a href="/search/">Search the site</a></li></ul><p>Keeping people safe.</p></footer>
</body></html>
"""


def build(force: Force, responses: list[Response]) -> tuple[SiteFiles, dict]:
    site = SiteFiles(force.host)
    for r in responses:
        num = r.reference.rsplit("-", 1)[1]
        year_url = f"{BASE}disclosure-log-{r.published.year}/"
        r.path = (f"{year_url}{r.published.strftime('%B').lower()}/"
                  f"{r.published.strftime('%y')}-{num}-{slugify(r.title)}/")
        media = hashlib.sha1(r.reference.encode()).hexdigest()[:8]
        r.attachment_paths = [f"/spa-media/{media}/{a.name}" for a in r.attachments]
    newest = sorted(responses, key=lambda r: (r.published, r.path), reverse=True)
    for r in responses:
        links = "".join(f'<li><a href="{escape(p)}">{escape(_label(a.name))}</a></li>'
                        for a, p in zip(r.attachments, r.attachment_paths, strict=True))
        main = (f"<h1>{escape(r.title)}</h1>"
                f"<p>Reference: {escape(r.reference)}</p>"
                f"<p>Date published: {r.published.day} {r.published.strftime('%B %Y')}</p>"
                f"<p>Our response to this request is in the letter below.</p><ul>{links}</ul>"
                f'<p><a href="{escape(r.path.rsplit("/", 2)[0])}/">Back to month</a></p>')
        site.add(r.path, chrome(r.title, main))
        for att, p in zip(r.attachments, r.attachment_paths, strict=True):
            site.add(p, attachment_body(r, att))

    years = sorted({r.published.year for r in responses}, reverse=True)
    for y in years:
        year_url = f"{BASE}disclosure-log-{y}/"
        items = [r for r in newest if r.published.year == y]
        months: dict[str, list[Response]] = {}
        for r in items:
            months.setdefault(r.path.rsplit("/", 2)[0] + "/", []).append(r)
        month_list = "<ul class=\"months\">" + "".join(
            f'<li><a href="{escape(u)}">{v[0].published.strftime("%B")}</a></li>'
            for u, v in months.items()) + "</ul>"
        _listing(site, year_url, f"Disclosure log {y}", items, month_list)
        for u, v in months.items():
            _listing(site, u, f"Disclosure log {v[0].published.strftime('%B %Y')}", v, "")
    hub = "<h1>Disclosure log</h1><ul>" + "".join(
        f'<li><a href="{BASE}disclosure-log-{y}/">Disclosure log {y}</a></li>' for y in years)
    site.add(BASE, chrome("Disclosure log", hub + "</ul>"))
    site.add("/search/", chrome("Search", "<h1>Search</h1>"))
    disallowed = ["/search/"]
    site.add("/robots.txt", "User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in disallowed))
    return site, {"forces": [force.slug], "entry_path": BASE, "platform": "pdf_letters",
                  "entry_pattern": f"^{BASE}disclosure-log-\\d{{4}}/[a-z]+/\\d{{2}}-\\d{{4}}-[^/]+/$",
                  "robots_disallowed": disallowed, "never_fetch": ["/search/"]}


def _label(name: str) -> str:
    kind = "PDF" if name.endswith(".pdf") else name.rsplit(".", 1)[1].upper()
    return f"{name.rsplit('.', 1)[0].replace('-', ' ')} ({kind})"


def _listing(site: SiteFiles, base: str, title: str, items: list[Response], extra: str) -> None:
    chunks = pages(items)
    for n, chunk in enumerate(chunks, 1):
        url = base if n == 1 else f"{base}page/{n}/"
        prev = None if n == 1 else (base if n == 2 else f"{base}page/{n - 1}/")
        nxt = f"{base}page/{n + 1}/" if n < len(chunks) else None
        rows = "".join(f'<li><a href="{escape(r.path)}">{escape(r.reference)} – '
                       f"{escape(r.title)}</a></li>" for r in chunk)
        site.add(url, chrome(title, f"<h1>{escape(title)}</h1>{extra}<ul>{rows}</ul>"
                             + pager(prev, nxt)))
