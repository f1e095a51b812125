"""Old WordPress-style logs (e.g. West Midlands' former log site).

Listings: the front page, `/page/<n>/`, date archives `/<yyyy>/[<mm>/]page/<n>/`, category and
tag archives, `?paged=<n>`. Entries: `/<title-ref>/`, `/<yyyy>/<mm>/<dd>/<slug>/` or `/?p=<id>`.
Files under /wp-content/uploads/.
"""
import re

from crawler.sections import Section
from crawler.spiders.base import LogSpider

ARCHIVE = re.compile(r"(?:(?:category|tag|author)/[^/]+(?:/[^/]+)*?|\d{4}(?:/\d{2}){0,2})?"
                     r"(?:/?page/\d+)?")
RESERVED = {"wp-admin", "wp-content", "wp-includes", "wp-json", "feed", "comments",
            "xmlrpc.php", "wp-login.php", "search", "category", "tag", "author", "page"}


class WordPressSpider(LogSpider):
    name = "wordpress"
    file_prefixes = ("/wp-content/uploads/",)
    excluded = re.compile(r"/(?:wp-admin|wp-json|wp-includes|feed|comments|trackback)(?:/|$)"
                          r"|wp-login\.php|xmlrpc\.php|[?&](?:s|replytocom|share|print)=")

    def page_kind(self, section: Section, rel: list[str], query: str) -> str | None:
        if query:
            if re.fullmatch(r"p=\d+", query) and not rel:
                return "entry"
            if re.fullmatch(r"(?:paged=\d+|cat=\d+(?:&paged=\d+)?|m=\d{4,8})", query):
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
