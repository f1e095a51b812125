"""Page shells shared by the fixture writers w, x, y, z1, a2 and a3 (tests/fixtures/accuracy/
make_*.py): HTML fragments, force-site (SOH) pages, a PSNI page, a WhatDoTheyKnow thread and
attachment page, a plain page, the West Midlands WordPress log, and the ruled tables and paragraph
styles of their PDF letters. Each layout follows the structure of real published pages; every word
a writer puts in them is its own."""
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from tests.support.docwriters import esc, text_file


def P(*paras):
    return "\n".join(f"<p>{p}</p>" for p in paras)


def UL(*items, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>"


def TBL(header, rows, caption=None, attrs='border="1" cellpadding="3"'):
    out = [f"<table {attrs}>"]
    if caption:
        out.append(f"<caption>{esc(caption)}</caption>")
    if header:
        out.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_file(text):
    return text_file(text)


# ==============================================================================================
# Page shells
# ==============================================================================================
def soh(host, key, name, url, h1, body, crumbs, related=()):
    crumb = "\n".join(f'      <li><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs)
    rel = "\n".join(f'        <li><a href="{h}">{esc(t)}</a></li>' for t, h in related)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(h1)} | {esc(name)}</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="{esc(name)}">
<meta property="og:title" content="{esc(h1)}">
<link rel="stylesheet" href="/SysSiteAssets/css/main.css">
</head>
<body>
<div id="quick-exit"><p>Quickly exit this site by pressing the Escape key</p><a href="https://www.google.co.uk">Leave this site</a></div>
<div class="cookie-consent" role="dialog" aria-label="Cookie preferences">
  <p>We use some essential cookies to make our website work. We&#8217;d like to set additional cookies so we can remember your preferences and understand how you use our site.</p>
  <p>You can manage your preferences and cookie settings at any time by clicking on &#8220;Customise Cookies&#8221; below. For more information on how we use cookies, please see our <a href="/hyg/cookies/">Cookies notice</a>.</p>
  <button type="button">Accept all cookies</button><button type="button">Reject all cookies</button><button type="button">Customise cookies</button>
  <p hidden>Your cookie preferences have been saved. You can update your cookie settings at any time on the cookies page.</p>
  <p hidden>Sorry, there was a technical problem. Please try again.</p>
</div>
<div class="beta-banner"><strong>Beta</strong> This site is a beta, which means it's a work in progress and we'll be adding more to it over the next few weeks. Your feedback helps us make things better, so please <a href="/hyg/feedback/">let us know what you think</a>.</div>
<header class="masthead">
  <a href="/" class="logo"><img src="/SysSiteAssets/media/images/{key}/logo.svg" alt="{esc(name)} logo"></a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/ro/report/">Report</a></li>
      <li><a href="/a/your-area/">Your area</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/rqo/request/">Request</a></li>
      <li><a href="/foi-ai/{key}/">FOI and access to information</a></li>
      <li><a href="/cu/contact-us/">Contact us</a></li>
    </ul>
  </nav>
  <form action="/search/" role="search"><label for="s">Search</label><input id="s" name="q"><button>Search</button></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
{crumb}
  </ol>
</nav>
<main id="main">
  <article class="foi-entry">
    <h1>{esc(h1)}</h1>
    <div class="rich-text">
{body}
    </div>
  </article>
  <aside class="related">
    <h2>Related information</h2>
    <ul>
{rel}
        <li><a href="/foi-ai/af/accessing-information/published-items/">Search published items</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/hyg/accessibility/">Accessibility</a></li>
    <li><a href="/hyg/cookies/">Cookies</a></li>
    <li><a href="/hyg/privacy-notice/">Privacy notice</a></li>
    <li><a href="/hyg/terms-and-conditions/">Terms and conditions</a></li>
  </ul>
  <p>&copy; {esc(name)} 2025</p>
</footer>
</body>
</html>
"""


def psni(url, title, body, dateline=None):
    top = f'<div class="article-meta">{dateline}</div>\n' if dateline else ""
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Police Service of Northern Ireland</title>
<link rel="canonical" href="{url}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
</head>
<body class="path-node page-node-type-foi-disclosure">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="cookie-compliance"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.</p><button>Accept</button><button>More info</button></div>
<header role="banner">
  <div class="region-header"><a href="/" rel="home"><img src="/themes/custom/psni/logo.svg" alt="Police Service of Northern Ireland"></a></div>
  <nav role="navigation" aria-label="Main navigation">
    <ul class="menu">
      <li><a href="/report">Report</a></li>
      <li><a href="/advice">Advice</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/about-us">About Us</a></li>
      <li><a href="/about-us/our-publications-and-reports/freedom-information">Freedom of Information</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/foi-disclosure-log">FOI Disclosure Log</a> &rsaquo; {esc(title)}</div>
<main role="main">
<a id="main-content" tabindex="-1"></a>
<h1 class="page-title">{esc(title)}</h1>
<article class="node node--type-foi-disclosure">
{top}<div class="field field--name-body">
{body}
</div>
</article>
</main>
<footer role="contentinfo">
  <ul class="menu"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact-us">Contact us</a></li></ul>
  <p>In an emergency always call 999. For non-emergencies call 101.</p>
</footer>
</body>
</html>
"""


def wdtk(url, title, requester, body_name, status, messages, similar=()):
    """A WhatDoTheyKnow request thread page. messages: (who, date, [paragraphs or html], attachments)."""
    parts = []
    for who, date, paras, attach in messages:
        att = ""
        if attach:
            items = "".join(f'<li><a href="/request/x/response/1/attach/{i+2}/{esc(a)}">{esc(a)}</a> <span>Download</span> <a href="#">View as HTML</a></li>' for i, a in enumerate(attach))
            plural = "" if len(attach) == 1 else "s"
            att = f'<div class="correspondence__attachments"><p>{len(attach)} Attachment{plural}</p><ul>{items}</ul></div>'
        inner = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
        parts.append(f"""<div class="correspondence">
  <div class="correspondence__header"><span class="correspondence__header__author">{esc(who)}</span> <time>{esc(date)}</time></div>
  {att}
  <div class="correspondence_text">
{inner}
  </div>
  <p class="event_actions"><a href="#">Link to this</a> <a href="#">Report</a></p>
</div>""")
    sim = "".join(f'<li><a href="#">{esc(s)}</a></li>' for s in similar)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(title)} - a Freedom of Information request to {esc(body_name)} - WhatDoTheyKnow</title>
<link rel="canonical" href="{url}">
</head>
<body class="request-show">
<div id="cookie-notice">WhatDoTheyKnow uses cookies. <a href="/help/privacy#cookies">Find out more</a> <button>Dismiss</button></div>
<header class="site-header">
  <a href="/" class="site-title">WhatDoTheyKnow</a>
  <nav><ul><li><a href="/new">Make a request</a></li><li><a href="/list/all">Browse requests</a></li><li><a href="/body/list/all">View authorities</a></li><li><a href="/help/about">Help</a></li><li><a href="/profile/sign_in">Sign in or sign up</a></li></ul></nav>
</header>
<main id="content">
<div class="request-header">
  <h1>{esc(title)}</h1>
  <p class="request-header__action-bar">{esc(requester)} made this Freedom of Information request to <a href="/body/x">{esc(body_name)}</a></p>
  <p class="request-status-message">{esc(status)}</p>
</div>
<div id="left_column">
{chr(10).join(parts)}
</div>
<div id="right_column">
  <h2>Follow this request</h2><button>Follow</button>
  <h2>Act on what you've learnt</h2><ul><li><a href="#">Tweet this request</a></li><li><a href="#">Start your own blog</a></li></ul>
  <h2>Similar requests</h2><ul>{sim}</ul>
  <p><a href="#">More similar requests</a></p>
  <h2>Event history details</h2>
  <p>Are you the owner of any commercial copyright on this page?</p>
</div>
</main>
<footer class="site-footer"><ul><li><a href="/help/contact">Contact us</a></li><li><a href="/help/privacy">Privacy and cookies</a></li><li><a href="/help/api">API</a></li></ul>
<p>WhatDoTheyKnow is run by mySociety. Registered charity number 1076346.</p></footer>
</body>
</html>
"""


def sig(*lines):
    return "<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>"


# ==============================================================================================
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
BOLD = ParagraphStyle("bb", parent=BODY, fontName="Helvetica-Bold")
SMALL = ParagraphStyle("s", parent=BODY, fontSize=9, leading=11)
STY = {"p": BODY, "b": BOLD, "s": SMALL}


def ruled(header, rows, widths=None):
    t = Table([header] + [list(map(str, r)) for r in rows], colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    return t



# ==============================================================================================
# Extra page shells (structure of real published pages)
# ==============================================================================================
def plain_page(title, url, head_html, body, foot_html, lang="en-GB", extra_head=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link rel="canonical" href="{url}">
{extra_head}</head>
<body>
{head_html}
<main id="main-content">
{body}
</main>
{foot_html}
</body>
</html>
"""


def wdtk_attach(url, req_title, lines):
    """A WhatDoTheyKnow 'HTML version of an attachment' page: one div per PDF text line."""
    divs = "\n".join(f'<div class="t">{esc(ln) if ln else "&nbsp;"}</div>' for ln in lines)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(req_title)} - a Freedom of Information request - WhatDoTheyKnow</title>
<link rel="canonical" href="{url}">
</head>
<body>
<div id="wrapper">
<div id="attachment-header">
<p><a href="#">Download original attachment</a> (PDF file)</p>
<p>This is an HTML version of an attachment to the Freedom of Information request '<a href="/request/x">{esc(req_title)}</a>'.</p>
</div>
<div id="attachment-body">
{divs}
</div>
</div>
</body>
</html>
"""


# ==============================================================================================
# Shells shared by the writers a2 and a3: a Single Online Home article page (English or the Welsh
# copy), the West Midlands Police WordPress disclosure log, and their PDF letters' styles and
# left-aligned ruled table
# ==============================================================================================
def soh_article(*, force_name, key, url, h1, body, crumbs, title=None, welsh=False, related=()):
    """A Single Online Home article page (`welsh`: the cy-GB copy, with an hreflang link to the
    English page); `title` (default h1) names it in <title> and og:title."""
    title = title or h1
    if welsh:
        quick = ('<p class="quick-exit__hint">Gallwch adael y wefan hon yn gyflym drwy wasgu’r fysell Escape</p>'
                 '<a class="quick-exit__button" href="https://www.bbc.co.uk/weather" rel="nofollow">Allanfa Gyflym</a>')
        cookie = ('<p>Rydym yn defnyddio rhai cwcis hanfodol i wneud i’n gwefan weithio. Hoffem osod cwcis ychwanegol '
                  'er mwyn cofio eich dewisiadau.</p><p>Gallwch newid eich dewis unrhyw bryd ar y dudalen cwcis.</p>'
                  '<button type="button" data-cookie="accept">Derbyn cwcis ychwanegol</button>'
                  '<button type="button" data-cookie="reject">Cwcis hanfodol yn unig</button>')
        beta = ('<strong class="phase-banner__tag">Beta</strong> <span>Diolch am roi cynnig ar fersiwn beta ein gwefan '
                'newydd. Mae’n waith ar y gweill, felly rhowch wybod i ni beth yw eich barn.</span>')
        nav = ['Rhoi gwybod', 'Newyddion', 'Gwneud cais', 'Eich ardal', 'Cysylltu â ni', 'Amdanom ni']
        lang = 'cy-GB'
        alt = f'<link rel="alternate" hreflang="en-GB" href="{url.replace("/cy-GB/", "/").replace("heddlu-dyfed-powys", "dyfed-powys-police").replace("datgeliadau-2025", "disclosure-2025").replace("chwefror", "february")}">'
    else:
        quick = ('<p class="quick-exit__hint">Quickly exit this site by pressing the Escape key</p>'
                 '<a class="quick-exit__button" href="https://www.bbc.co.uk/weather" rel="nofollow">Leave this site</a>')
        cookie = ('<p>We use some essential cookies to make our website work. We would also like to set optional '
                  'cookies that remember your settings and show us how the site is used.</p>'
                  '<p>You can change your cookie settings at any time on the cookies page.</p>'
                  '<button type="button" data-cookie="accept">Accept optional cookies</button>'
                  '<button type="button" data-cookie="reject">Essential cookies only</button>')
        beta = ('<strong class="phase-banner__tag">Beta</strong> <span>This site is a beta, which means it is still '
                'being built. Your <a href="/hyg/feedback/">feedback</a> helps us improve it.</span>')
        nav = ['Report', 'News', 'Request', 'Your area', 'Contact us', 'About us']
        lang = 'en-GB'
        alt = ''
    navhtml = ''.join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))
    crumbhtml = ''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in crumbs) + f'<li aria-current="page">{esc(h1)}</li>'
    relhtml = ''
    if related:
        relhtml = ('<aside class="related"><h2>Related content</h2><ul>' +
                   ''.join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in related) + '</ul></aside>')
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {force_name}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
{alt}
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{force_name}">
<meta name="force-key" content="{key}">
<link rel="stylesheet" href="/SysSiteAssets/css/soh.min.css">
</head>
<body class="soh soh--{key}">
<div class="quick-exit">{quick}</div>
<div class="cookie-banner" role="region" aria-label="Cookies">{cookie}</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><a class="logo" href="/"><img src="/SysSiteAssets/images/logo-{key}.svg" alt="{force_name} home page"></a>
<nav class="site-nav"><ul>{navhtml}</ul></nav>
<div class="phase-banner">{beta}</div></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{crumbhtml}</ol></nav>
<main id="main-content" class="article">
<h1 class="article__title">{esc(h1)}</h1>
<div class="article__body">
{body}
</div>
</main>
{relhtml}
<footer class="site-footer"><ul><li><a href="/hyg/accessibility/">Accessibility</a></li><li><a href="/hyg/cookies/">Cookies</a></li>
<li><a href="/hyg/privacy-notice/">Privacy notice</a></li><li><a href="/hyg/terms/">Terms and conditions</a></li></ul>
<p>&copy; {force_name}</p></footer>
</body>
</html>
"""


def wmp_wp(*, url, title, body, post_id):
    """A West Midlands Police WordPress disclosure-log post (post `post_id`, filed under 2023)."""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{esc(title)} &#8211; West Midlands Police &#8211; Freedom of Information</title>
<link rel="canonical" href="{url}">
<link rel='shortlink' href='https://foi.west-midlands.police.uk/?p={post_id}'>
<meta name="generator" content="WordPress 6.4.3">
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://foi.west-midlands.police.uk/wp-content/themes/wmp/style.css' type='text/css' media='all'>
</head>
<body class="post-template-default single single-post postid-{post_id}">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="https://foi.west-midlands.police.uk/">West Midlands Police &#8211; Freedom of Information</a></p>
<p class="site-description">Our disclosure log</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu">
<li><a href="https://foi.west-midlands.police.uk/">Home</a></li>
<li><a href="https://foi.west-midlands.police.uk/make-a-request/">Make a request</a></li>
<li><a href="https://foi.west-midlands.police.uk/publication-scheme/">Publication scheme</a></li>
<li><a href="https://www.west-midlands.police.uk/">Main website</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://foi.west-midlands.police.uk/category/2023/" rel="category tag">2023</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="https://foi.west-midlands.police.uk/?p={post_id - 3}" rel="prev">Previous</a></div>
<div class="nav-next"><a href="https://foi.west-midlands.police.uk/?p={post_id + 2}" rel="next">Next</a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" method="get" action="https://foi.west-midlands.police.uk/"><input type="search" name="s" placeholder="Search &hellip;"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="https://foi.west-midlands.police.uk/?p={post_id + 9}">Police Dog Deployments (1410A/23)</a></li>
<li><a href="https://foi.west-midlands.police.uk/?p={post_id + 7}">Abandoned 999 Calls (1404A/23)</a></li>
<li><a href="https://foi.west-midlands.police.uk/?p={post_id + 4}">Custody Deaths Policy (1391A/23)</a></li></ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="https://foi.west-midlands.police.uk/2024/">2024</a></li><li><a href="https://foi.west-midlands.police.uk/2023/">2023</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</body>
</html>
"""


LETTER_STYLES = {
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6),
    "b": ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=6),
    "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=8),
    "r": ParagraphStyle("r", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6, alignment=2),
    "i": ParagraphStyle("i", fontName="Helvetica-Oblique", fontSize=10, leading=13, spaceAfter=6),
    "li": ParagraphStyle("li", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=3, leftIndent=18),
}


def ruled_rows(rows, widths=None, bold_last=False):
    """A left-aligned ruled table of `rows` (the first is the bold header; `bold_last`: the last
    row bold too, as a Total row)."""
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
          ("FONTSIZE", (0, 0), (-1, -1), 9), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if bold_last:
        st.append(("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"))
    t.setStyle(TableStyle(st))
    return t


# ==============================================================================================
# HTML pages
# ==============================================================================================
# ---- y01 PSNI: "Request and Answer:" summary naming NCND requests; Request Details + Clarification;
#      NCND s30(3) + s40(5B)(a)(i) for 1-2; table for 3; s38(1)(a)(b) and s40(2) for 4 with PIT ---
