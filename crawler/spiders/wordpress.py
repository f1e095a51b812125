"""Old WordPress-style logs (e.g. West Midlands' former log site).

Listings: the front page, `/page/<n>/`, year and month archives `/<yyyy>/[<mm>/]page/<n>/`,
category archives, `?paged=<n>`, `?cat=<n>`, `?m=<yyyymm>`. Entries: `/<title-ref>/`,
`/<yyyy>/<mm>/<dd>/<slug>/` or `/?p=<id>`. Files under /wp-content/uploads/.

Not followed, because they only repeat what the listings above already list (and listings are
re-requested on every crawl, so each would cost the force's server a request per crawl, per
page of it): author archives (`/author/<name>/`, `?author=<n>`: the same posts by whoever
uploaded them, usually one account), tag archives (`/tag/<t>/`, `?tag=`: each post again under
each of its tags, and a tag cloud links dozens of them), day archives (`/<yyyy>/<mm>/<dd>/`: a
calendar widget's slices of a month archive), feeds (`/feed/`: the front page as XML), comment
reply links (`?replytocom=`: the post itself) and per-post copies (`/<slug>/embed/`, `/amp/`).
"""
import re

from crawler.sections import Section
from crawler.spiders.base import LogSpider

ARCHIVE = re.compile(r"(?:category/[^/]+(?:/[^/]+)*?|\d{4}(?:/\d{2})?)?(?:/?page/\d+)?")
RESERVED = {"wp-admin", "wp-content", "wp-includes", "wp-json", "feed", "comments",
            "xmlrpc.php", "wp-login.php", "search", "category", "tag", "author", "page"}
# Path segments and query keys of archives that only repeat the log's own listings.
DUPLICATE_ARCHIVES = ("author", "tag", "feed", "comments", "trackback", "embed", "amp")
DUPLICATE_QUERIES = ("replytocom", "author", "tag", "feed", "share", "print", "s",
                     "attachment_id")


class WordPressSpider(LogSpider):
    name = "wordpress"
    file_prefixes = ("/wp-content/uploads/",)
    excluded = re.compile(r"/(?:wp-admin|wp-json|wp-includes|" + "|".join(DUPLICATE_ARCHIVES)
                          + r")(?:/|$)|wp-login\.php|xmlrpc\.php|[?&](?:"
                          + "|".join(DUPLICATE_QUERIES) + r")=")

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        if query:
            if re.fullmatch(r"p=\d+", query) and not rel:
                return "entry"
            if re.fullmatch(r"(?:paged=\d+|cat=\d+(?:&paged=\d+)?|m=\d{4,6})", query):
                return "listing"
            return None
        path = "/".join(rel)
        if ARCHIVE.fullmatch(path):
            return "listing"
        if len(rel) == 1 and rel[0] not in RESERVED:
            return "entry"
        if len(rel) == 4 and re.fullmatch(r"\d{4}/\d{2}/\d{2}", "/".join(rel[:3])):
            return "entry"
        return None
