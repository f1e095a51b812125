"""West Midlands Police's older WordPress log: titles carry the reference ("Drones (3300/18)"),
posts listed on the home page, year archives and category archives, all paginated with
/page/N/ and "Older posts" links; files under /wp-content/uploads/<yyyy>/<mm>/."""
from __future__ import annotations

from html import escape

from .blocks import to_html
from .bodies import body_blocks
from .forces import Force
from .plan import Response, slugify
from .sitefiles import SiteFiles, attachment_body, pager, pages, summary


def _category(r: Response) -> tuple[str, str]:
    slug = r.subject.topics[0]
    return slug, slug.replace("-", " ").capitalize()


def chrome(force: Force, title: str, main: str, years: list[int],
           categories: list[tuple[str, str]]) -> str:
    year_links = "".join(f'<li><a href="/{y}/">{y}</a></li>' for y in years)
    cat_links = "".join(f'<li><a href="/category/{s}/">{escape(n)}</a></li>'
                        for s, n in categories)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{escape(title)} &#8211; {escape(force.name)} FOI</title>
<link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/">
<link rel="https://api.w.org/" href="/wp-json/">
<link rel="stylesheet" href="/wp-content/themes/foi/style.css">
</head>
<body class="blog">
<div id="page" class="site">
<header id="masthead" class="site-header">
<p class="site-title"><a href="/" rel="home">{escape(force.name)} Freedom of Information</a></p>
<p class="site-description">Responses to requests made under the Freedom of Information Act</p>
<nav id="site-navigation" class="main-navigation"><ul>
<li><a href="/">Home</a></li><li><a href="/about-foi/">About FOI</a></li>
<li><a href="https://www.west-midlands.police.uk/">Main force website</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s"><input type="submit" value="Search"></form></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{year_links}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>{cat_links}</ul></section>
<section class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul><li><a href="/wp-admin/">Log in</a></li><li><a href="/feed/">Entries feed</a></li></ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><p>Published by the Freedom of Information Unit. Proudly powered by WordPress.</p></footer>
</div>
</body>
</html>
"""


def build(force: Force, responses: list[Response]) -> tuple[SiteFiles, dict]:
    site = SiteFiles(force.host)
    for r in responses:
        r.path = f"/{slugify(r.title)}-{slugify(r.reference)}/"
        folder = f"/wp-content/uploads/{r.published.year}/{r.published.month:02d}/"
        r.attachment_paths = [folder + a.name for a in r.attachments]
    newest = sorted(responses, key=lambda r: (r.published, r.path), reverse=True)
    years = sorted({r.published.year for r in responses}, reverse=True)
    cats = sorted({_category(r) for r in responses})

    def page(title: str, main: str) -> str:
        return chrome(force, title, main, years, cats)

    chrono = list(reversed(newest))
    for i, r in enumerate(chrono):
        slug, name = _category(r)
        heading = f"{r.title} ({r.reference})"
        main = [f'<article class="post type-post"><header class="entry-header">'
                f'<h1 class="entry-title">{escape(heading)}</h1>'
                f'<div class="entry-meta">Posted on <time class="entry-date published" '
                f'datetime="{r.published.isoformat()}T09:00:00+00:00">'
                f'{r.published.day} {r.published.strftime("%B %Y")}</time> in '
                f'<a href="/category/{slug}/" rel="category tag">{escape(name)}</a></div></header>'
                f'<div class="entry-content">{to_html(body_blocks(r))}']
        if r.attachments:
            main.append("<h2>Attachments</h2><ul>" + "".join(
                f'<li><a href="{escape(p)}">{escape(a.name.rsplit(".", 1)[0])}</a></li>'
                for a, p in zip(r.attachments, r.attachment_paths, strict=True)) + "</ul>")
        main.append("</div></article>")
        nav = []
        if i > 0:
            nav.append(f'<a href="{escape(chrono[i - 1].path)}" rel="prev">Previous post</a>')
        if i + 1 < len(chrono):
            nav.append(f'<a href="{escape(chrono[i + 1].path)}" rel="next">Next post</a>')
        main.append(f'<nav class="post-navigation">{" ".join(nav)}</nav>')
        main.append('<div id="respond"><h3>Leave a Reply</h3><form action="/wp-comments-post.php"'
                    ' method="post"><textarea name="comment"></textarea></form></div>')
        site.add(r.path, page(heading, "\n".join(main)))
        for att, p in zip(r.attachments, r.attachment_paths, strict=True):
            site.add(p, attachment_body(r, att))

    _archive(site, page, "/", "Latest responses", newest)
    for y in years:
        _archive(site, page, f"/{y}/", f"Year: {y}", [r for r in newest if r.published.year == y])
    for slug, name in cats:
        _archive(site, page, f"/category/{slug}/", f"Category: {name}",
                 [r for r in newest if _category(r)[0] == slug])
    site.add("/about-foi/", page("About FOI", "<h1>About FOI</h1><p>This site lists a selection "
                                 "of responses to freedom of information requests.</p>"))
    site.add("/wp-admin/", page("Log in", "<h1>Log in</h1><p>Staff only.</p>"))
    disallowed = ["/wp-admin/", "/wp-login.php", "/wp-comments-post.php"]
    site.add("/robots.txt", "User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in disallowed))
    return site, {"forces": [force.slug], "entry_path": "/", "platform": "wordpress",
                  "entry_pattern": r"^/(?!page/|category/|about-foi/|wp-admin/|\d{4}/)[^/]+/$",
                  "robots_disallowed": disallowed, "never_fetch": ["/wp-admin/"]}


def _archive(site: SiteFiles, page, base: str, title: str, items: list[Response]) -> None:
    chunks = pages(items)
    for n, chunk in enumerate(chunks, 1):
        url = base if n == 1 else f"{base}page/{n}/"
        newer = None if n == 1 else (base if n == 2 else f"{base}page/{n - 1}/")
        older = f"{base}page/{n + 1}/" if n < len(chunks) else None
        posts = "".join(
            f'<article class="post"><h2 class="entry-title"><a href="{escape(r.path)}" '
            f'rel="bookmark">{escape(f"{r.title} ({r.reference})")}</a></h2>'
            f"<p>{escape(summary(r))}</p></article>" for r in chunk)
        site.add(url, page(title, f'<h1 class="page-title">{escape(title)}</h1>{posts}'
                           + pager(newer, older, "Newer posts", "Older posts")))
