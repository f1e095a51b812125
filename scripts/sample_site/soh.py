"""Single Online Home sites: SOH chrome, per-force log paths, /SysSiteAssets/ attachments.

Log layout: hub → year section (paginated with /page/N/) → month → entry. Each entry is listed
both on its year pages and on its month page. The hub links a `preview/` page that robots.txt
disallows (the crawler must never fetch it).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape

from .blocks import to_html
from .bodies import body_blocks
from .forces import Force
from .plan import Response, slugify
from .sitefiles import SiteFiles, attachment_body, pager, pages, summary


@dataclass(frozen=True)
class Layout:
    hub: str                                   # disclosure-log entry page (site path)
    section: Callable[[int], str]              # year → section path below /foi-ai/<key>/
    month: Callable[[date], str]
    slug: Callable[[Response], str]


def _warks_slug(r: Response) -> str:
    return f"foi-{r.reference}--{r.published.strftime('%b-%Y').lower()}--{slugify(r.title)}"


LAYOUTS = {
    "metropolitan-police": Layout(
        "disclosure-log/", lambda y: "d" if y == 2022 else f"disclosure-{y}",
        lambda d: d.strftime("%B-%Y").lower(), lambda r: slugify(r.title)),
    "south-wales-police": Layout(
        "disclosure-log/", lambda y: f"disclosure-log/{y}", lambda d: d.strftime("%B").lower(),
        lambda r: f"foi-{r.reference}"),
    "warwickshire-police": Layout(
        "disclosure-log/", lambda y: f"foi-disclosure-{y}", lambda d: d.strftime("%B-%Y").lower(),
        _warks_slug),
    "cleveland-police": Layout(
        "disclosure/", lambda y: f"disclosure/{y}", lambda d: d.strftime("%B").lower(),
        lambda r: f"foi-{r.number}{r.published.strftime('%y')}-{slugify(r.title)}"),
}


# Regexes that match the path of every response page of the site and of nothing else.
ENTRY_PATTERNS = {
    "metropolitan-police": r"^/foi-ai/metropolitan-police/(d|disclosure-\d{4})/[a-z]+-\d{4}/[^/]+/$",
    "south-wales-police": r"^/foi-ai/south-wales-police/disclosure-log/\d{4}/[a-z]+/foi-\d+/$",
    "warwickshire-police":
        r"^/foi-ai/warwickshire-police/foi-disclosure-\d{4}/[a-z]+-\d{4}/foi-[^/]+/$",
    "cleveland-police": r"^/foi-ai/cleveland-police/disclosure/\d{4}/[a-z]+/foi-[^/]+/$",
}


def chrome(force: Force, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
    key = force.slug
    crumb_html = " &gt; ".join(f'<a href="{escape(u)}">{escape(t)}</a>' for t, u in crumbs)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | {escape(force.name)}</title>
<link rel="stylesheet" href="/SysSiteAssets/css/site.css">
</head>
<body>
<div class="quick-exit"><a href="https://www.bbc.co.uk/weather" rel="nofollow noopener">Quickly exit this site</a>
<p>Use this button to leave the site straight away. Your browser history will still show this page.</p></div>
<div class="cookie-banner" role="region" aria-label="Cookies on this website">
<h2>Cookies on this website</h2>
<p>We use essential cookies to make this site work. We would also like to set optional cookies to learn how the site is used.</p>
<button type="button">Accept optional cookies</button> <button type="button">Reject optional cookies</button>
<a href="/hyg/cookies/">Read about our cookies</a></div>
<header class="site-header"><a class="logo" href="/">{escape(force.name)}</a>
<nav aria-label="Main navigation"><ul>
<li><a href="/ro/report/">Report</a></li>
<li><a href="/rqo/request/">Request</a></li>
<li><a href="/cp/crime-prevention/">Advice</a></li>
<li><a href="/foi-ai/{key}/">Freedom of information</a></li>
<li><a href="/news/">News</a></li>
</ul></nav>
<form class="search" action="/foi-ai/af/accessing-information/published-items/" method="get">
<label for="q">Search published items</label><input id="q" name="q">
<input type="hidden" name="dt" value="Freedom of information disclosure"><button>Search</button></form>
</header>
<div class="beta-banner"><strong>Beta</strong> This is a new website – <a href="/hyg/feedback/">tell us what you think</a> to help us improve it.</div>
<nav class="breadcrumbs" aria-label="Breadcrumb">{crumb_html}</nav>
<main id="main-content">
{main}
</main>
<aside class="related"><h2>Make a request</h2>
<p><a href="/rqo/request/foi/v1/request-information/">Make a freedom of information request</a></p>
<p><a href="/foi-ai/af/accessing-information/published-items/?q=&amp;dt=Freedom+of+information+disclosure&amp;ic=">Search all published disclosures</a></p></aside>
<footer class="site-footer"><ul>
<li><a href="/hyg/accessibility/">Accessibility</a></li>
<li><a href="/hyg/cookies/">Cookies</a></li>
<li><a href="/hyg/privacy-notice/">Privacy notice</a></li>
<li><a href="/hyg/terms-and-conditions/">Terms and conditions</a></li>
<li><a href="/rqo/request/foi/">Contact the information team</a></li>
</ul><p>&copy; {escape(force.name)}</p></footer>
</body>
</html>
"""


def build(force: Force, responses: list[Response]) -> tuple[SiteFiles, dict]:
    lay = LAYOUTS[force.slug]
    site = SiteFiles(force.host)
    root = f"/foi-ai/{force.slug}/"
    hub = root + lay.hub
    crumbs_base = [("Home", "/"), ("Freedom of information", root), ("Disclosure log", hub)]

    # paths first, so pages can link each other
    seen: set[str] = set()
    for r in responses:
        month_path = f"{root}{lay.section(r.published.year)}/{lay.month(r.published)}/"
        path = month_path + lay.slug(r) + "/"
        k = 2
        while path in seen:
            path = f"{month_path}{lay.slug(r)}-{k}/"
            k += 1
        seen.add(path)
        r.path = path
        files_dir = (f"/SysSiteAssets/foi-media/{force.slug}/"
                     f"{lay.section(r.published.year).replace('-', '_').replace('/', '_')}/"
                     f"{r.published.strftime('%B_%Y').lower()}/")
        r.attachment_paths = [files_dir + a.name for a in r.attachments]

    by_year: dict[int, list[Response]] = {}
    for r in sorted(responses, key=lambda r: (r.published, r.path), reverse=True):
        by_year.setdefault(r.published.year, []).append(r)

    # entries and their files
    for i, r in enumerate(responses):
        month_url = r.path.rsplit("/", 2)[0] + "/"
        related = [x for x in responses[max(0, i - 2):i + 3] if x is not r][:2]
        main = [f"<h1>{escape(r.title)}</h1>", to_html(body_blocks(r))]
        if r.attachments:
            main.append("<h2>Downloads</h2><ul class=\"downloads\">" + "".join(
                f'<li><a href="{escape(p)}">{escape(a.name)}</a> ({a.fmt.upper()})</li>'
                for a, p in zip(r.attachments, r.attachment_paths, strict=True)) + "</ul>")
        main.append("<h2>Related disclosures</h2><ul>" + "".join(
            f'<li><a href="{escape(x.path)}">{escape(x.title)}</a></li>' for x in related)
            + "</ul>")
        main.append(f'<p><a href="{escape(month_url)}">Back to this month\'s disclosures</a></p>')
        crumbs = crumbs_base + [(r.published.strftime("%B %Y"), month_url)]
        site.add(r.path, chrome(force, r.title, crumbs, "\n".join(main)))
        for att, p in zip(r.attachments, r.attachment_paths, strict=True):
            site.add(p, attachment_body(r, att))

    # year sections (paginated) and month pages
    year_links = []
    for year, items in sorted(by_year.items(), reverse=True):
        year_url = f"{root}{lay.section(year)}/"
        year_links.append((str(year), year_url))
        months: dict[str, list[Response]] = {}
        for r in items:
            months.setdefault(r.path.rsplit("/", 2)[0] + "/", []).append(r)
        month_list = "<h2>Months</h2><ul>" + "".join(
            f'<li><a href="{escape(u)}">{escape(v[0].published.strftime("%B %Y"))}</a></li>'
            for u, v in months.items()) + "</ul>"
        _paginated(site, force, year_url, f"Disclosure log {year}", items, crumbs_base,
                   month_list)
        for u, v in months.items():
            _paginated(site, force, u, f"Disclosures {v[0].published.strftime('%B %Y')}", v,
                       crumbs_base + [(str(year), year_url)], "")

    # hub, FOI landing page, disallowed preview page, robots.txt
    hub_main = (f"<h1>Disclosure log</h1><p>Responses to freedom of information requests that "
                f"{escape(force.name)} has published, by year.</p><ul>" + "".join(
                    f'<li><a href="{escape(u)}">Disclosure log {t}</a></li>'
                    for t, u in year_links) + "</ul>"
                f'<p><a href="{hub}preview/">Disclosures being prepared (staff preview)</a></p>')
    site.add(hub, chrome(force, "Disclosure log", crumbs_base[:2], hub_main))
    site.add(root, chrome(force, "Freedom of information", crumbs_base[:1],
                          f'<h1>Freedom of information</h1><p><a href="{hub}">Disclosure log'
                          f'</a></p><p><a href="/rqo/request/foi/">Make a request</a></p>'))
    site.add(hub + "preview/", chrome(force, "Preview", crumbs_base, (
        f'<h1>Preview</h1><p><a href="{hub}preview/draft-response/">Draft response</a></p>')))
    site.add(hub + "preview/draft-response/", chrome(force, "Draft response", crumbs_base, (
        "<h1>Draft response</h1><p>Freedom of information request reference no: DRAFT</p>"
        "<p>This page is not published and must not be archived.</p>")))
    for out_of_log in ("/rqo/request/foi/", "/hyg/cookies/", "/hyg/privacy-notice/"):
        site.add(out_of_log, chrome(force, "Information", crumbs_base[:1],
                                    "<h1>Information</h1><p>This page is not part of the "
                                    "disclosure log.</p>"))
    disallowed = ["/rqo/", "/foi-ai/af/accessing-information/published-items/", hub + "preview/"]
    site.add("/robots.txt", "User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in disallowed))
    return site, {"forces": [force.slug], "entry_path": hub, "platform": "soh",
                  "entry_pattern": ENTRY_PATTERNS[force.slug],
                  "robots_disallowed": disallowed, "never_fetch": [hub + "preview/"]}


def _paginated(site: SiteFiles, force: Force, base: str, title: str, items: list[Response],
               crumbs: list[tuple[str, str]], extra: str) -> None:
    chunks = pages(items)
    for n, chunk in enumerate(chunks, 1):
        url = base if n == 1 else f"{base}page/{n}/"
        prev = None if n == 1 else (base if n == 2 else f"{base}page/{n - 1}/")
        nxt = f"{base}page/{n + 1}/" if n < len(chunks) else None
        listing = "<ul class=\"results\">" + "".join(
            f'<li><a href="{escape(r.path)}">{escape(r.title)}</a>'
            f"<p>{escape(summary(r))}</p></li>" for r in chunk) + "</ul>"
        site.add(url, chrome(force, title, crumbs, f"<h1>{escape(title)}</h1>{extra}{listing}"
                             + pager(prev, nxt)))
