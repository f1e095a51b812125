"""The title of a response, decided from document structure by an ordered list of sources.

The first source that yields a title wins. The order (also in docs/parsing.md):

 1. reader     a title the format reader found itself (a spreadsheet's title row)
 2. page       HTML: <h1> -> og:title -> <title> minus the site name -> words of the URL slug
 2b. url line  a line of the text spelling the page's URL slug (a WhatDoTheyKnow slug may be cut short)
 2c. wdtk      WhatDoTheyKnow: the line before "X made this … request to Y" or a status line; the
               first line above a request's "Dear <force>," or an e-mail header block
 3. field      a labelled field: a key/value row or a line "Subject: ...", "Re: ...", "Title: ..."
 4. heading    DOCX: the first paragraph in a heading (or title) style, or a bold-only line
 5. phrase     a subject phrase: "Freedom of Information Request 123/24 - <subject>",
               "Your request for information regarding <subject>"
 6. repeated   a page copy's heading: the breadcrumb's last item printed again as the heading
 7. letter     the subject line of a letter: the first title-shaped line after the letter's
               field block (reference, date) or salutation, before the body starts
 8. first      a text copy's first line (WhatDoTheyKnow puts the request title there)
 8a. above fields  a page copy (site chrome at its top): the line just above its reference or date field
 8c. under force   a heading standing alone under the force's name at a text's top (pdftotext's order)
 8b. slug      a text parsed with its page URL and no title in it: the slug's words (parsers/data/url_slugs.tsv)
 9. segment    what parsers.fields.questions.segment() took as the title ("Title (ref)" on an
               early line, a short first line of the request)
10. thanks     the subject a letter's opening thanks names, when nothing above titles it: "Thank you
               for your request for information about <subject>, which we received …"
10b. above request  a subject line standing alone just above the request's heading ("Your request:")
11. release heading, 12. print header (title_document_sources.py)
13. table caption  a data-only file (no request in it) with no title above: its first table's caption

Every candidate goes through the same checks: it must be title-shaped (a short line that is not a
sentence) and must not be one of the non-title lines of title_patterns.py (letterheads, addresses, form
headings, field lines, page chrome). The reference and tags such as "(Nov 2024)" are taken off.

The vocabularies are title_patterns.py, the shared checks title_checks.py, and the sources
title_web_sources.py (2-2c, 8b) and title_document_sources.py (the rest).
"""
from __future__ import annotations

from parsers.fields.title_checks import accept, clean, not_a_title, title_shaped
from parsers.fields.title_document_sources import (
    from_above_fields,
    from_above_request,
    from_field,
    from_first_line,
    from_heading,
    from_letter,
    from_phrase,
    from_print_header,
    from_reader,
    from_release_heading,
    from_repeated,
    from_segment,
    from_table_caption,
    from_thanks,
    from_under_force,
)
from parsers.fields.title_web_sources import (
    from_page,
    from_slug,
    from_url_line,
    from_wdtk,
    from_wdtk_attachment,
    slug_words,
)

_accept = accept  # the name tests/parsers/test_title_sources.py checks candidates with
__all__ = ["SOURCES", "clean", "decide", "not_a_title", "slug_words", "title_shaped"]

SOURCES = [
    ("reader", from_reader), ("wdtk attachment", from_wdtk_attachment), ("page", from_page), ("url line", from_url_line), ("wdtk", from_wdtk),
    ("field", from_field), ("heading", from_heading), ("phrase", from_phrase), ("repeated", from_repeated),
    ("letter", from_letter), ("first", from_first_line), ("above fields", from_above_fields),
    ("under force", from_under_force), ("slug", from_slug), ("segment", from_segment),
    ("thanks", from_thanks), ("above request", from_above_request), ("release heading", from_release_heading), ("print header", from_print_header),
    ("table caption", from_table_caption),
]


def decide(lines: list[str], *, fmt: str = "text", page: dict | None = None, url: str | None = None,
           headings: list[str] | None = None, fields: list[tuple[str, str]] | None = None,
           reader_title: str | None = None, seg_title: str | None = None,
           seg_title_ref: str | None = None, head_text: str = "",
           data_captions: list[str] | None = None) -> tuple[str | None, str | None, str | None]:
    """(title, reference carried by the title, name of the source that gave it). head_text: the
    document's first characters as read, before page furniture was taken out. data_captions: the
    tables' captions of a file with no request in it (a data-only annex), else None."""
    ctx = {"lines": lines, "fmt": fmt, "page": page, "url": url, "headings": headings, "fields": fields,
           "reader_title": reader_title, "seg_title": seg_title, "seg_title_ref": seg_title_ref,
           "head_text": head_text, "data_captions": data_captions}
    # a key/value row's label ("Received" over "14 April 2025") is the page's furniture
    labels = {" ".join(k.split()).lower().rstrip(":") for k, _ in fields or []}
    for name, source in SOURCES:
        title, ref = source(ctx)
        if title and title.lower().rstrip(":") not in labels:
            return title, ref, name
    return None, None, None
