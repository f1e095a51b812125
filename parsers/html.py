"""HTML pages -> text (lists numbered, tables as pipe rows), title, date, attachment links.

lxml alone: BeautifulSoup is ~15x slower on 60 KB pages and we need ~200 pages/s per core.
Page chrome (banners, cookie notices, navigation, footers) is dropped before reading text.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urljoin

import lxml.html
from lxml import etree

from parsers import charset
from parsers.comment_forms import is_comment_markup
from parsers.field_rows import column_fields
from parsers.limits import LIMITS

_DROP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "footer", "header", "aside",
              "form", "button", "iframe", "select", "input", "label", "dialog", "head", "object"}
_CHROME_WORDS = {"cookie", "cookies", "consent", "banner", "breadcrumb", "breadcrumbs", "skip", "nav",
                 "navbar", "navigation", "menu", "footer", "masthead", "exit", "quick-exit", "beta",
                 "feedback", "share", "social", "sidebar", "related", "search", "toolbar", "skiplink",
                 "site-header", "header", "gdpr", "alert", "promo", "newsletter"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
          "li", "table", "tr", "blockquote", "pre", "dl", "dt", "dd", "address", "figure",
          "figcaption", "hr", "caption", "details", "summary"}
_DOC_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|csv|odt|ods|pptx?)(?:$|[?#])|/SysSiteAssets/|/foi-media/|/download", re.I)
_WS = re.compile(r"[ \t\r\n\u00a0]+")


def _attachment_name(text: str, href: str) -> str:
    """The link's words and its file's name, as a downloads list shows both: "Vetting policy (PDF) —
    vetting-policy-2024.pdf"; the link's words alone when they already spell the file name."""
    file = unquote(href.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1])
    if not text:
        return file
    if not file or file.rsplit(".", 1)[0].casefold() in " ".join(text.split()).casefold():
        return text
    if "." not in file:  # a download address ("/documents/<id>/download") names no file
        return text
    return f"{text} — {file}"


_TAB_LIST = re.compile(r"(?:^|\s)(?:[\w-]*tabs__list|tab-?list|nav-tabs)(?:\s|$)")


def _tab_links(el) -> bool:
    """A tab strip's items: each a short link to a panel on the page ("#request")."""
    items = el.xpath("./li")
    return bool(items) and all(any((a.get("href") or "").startswith("#") for a in li.iter("a"))
                               and len(_text_of(li).split()) <= 5 for li in items)


def _is_chrome(el) -> bool:
    if is_comment_markup(el):  # a WordPress comment section under the post (parsers.comment_forms)
        return True
    attrs = " ".join(filter(None, [el.get("id"), el.get("class"), el.get("role"), el.get("aria-label")])).lower()
    if not attrs:
        return False
    if el.get("role") in ("navigation", "banner", "contentinfo", "search", "tablist") or (_TAB_LIST.search(attrs) and _tab_links(el)):
        return True   # (a tab strip's labels, "Request | Response | Extent of searches", are controls: the panels hold the words)
    tokens = set(re.split(r"[\s_\-]+", attrs))
    hits = tokens & _CHROME_WORDS
    if hits == {"header"} and _in_content(el):
        return False  # the content's own header in <main> ("page-header": its date, its <h1>)
    return bool(hits) and el.tag not in ("main", "article", "body", "h1")


def _in_content(el) -> bool:
    return any(a.tag in ("main", "article") or a.get("role") == "main" for a in el.iterancestors())


def _text_of(el) -> str:
    return _WS.sub(" ", el.text_content()).strip()


_GAP = re.compile(r"[ \t\xa0]{2,}")
_NUMBER_CELL = re.compile(r"^(?:[<>]?\s?[£$]?-?\d[\d,]*(?:\.\d+)?%?|\*+|-)$")


def _gapped_row(raw: str) -> str | None:
    """A row of a table typed as text with space runs between its cells (a WhatDoTheyKnow
    e-mail: "2020   412   23   2<br>"): its gaps kept as three spaces, so the text table reader
    sees the columns that HTML's whitespace collapse would run together. Only lines that look
    like a row: three cells or more, two with a number after the first, or two short names
    three spaces apart (a header over one column)."""
    flat = re.sub(r"[ \t\xa0]*\n\s*", " ", raw).strip()  # line breaks in the source are layout
    if len(flat) > 200 or not _GAP.search(flat):
        return None
    cells = [c.strip() for c in _GAP.split(flat) if c.strip()]
    two = len(cells) == 2 and (_NUMBER_CELL.match(cells[1]) or (
        # a header over one column of figures: "Year   Drone deployments (force-wide)"
        re.search(r"\S[ \t\xa0]{3,}\S", flat) and all(len(c) <= 40 for c in cells) and not re.search(r"[.:;,]$", cells[0])))
    if not (len(cells) >= 3 or two):
        return None
    if any(len(c) > 60 for c in cells):
        return None
    return "   ".join(_WS.sub(" ", c) for c in cells)


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.deep = False  # set when nesting passed LIMITS.max_html_depth

    def text(self, s: str | None) -> None:
        if s:
            self.cur.append(s)

    def br(self) -> None:
        line = _gapped_row("".join(self.cur)) or _WS.sub(" ", "".join(self.cur)).strip()
        if line:
            self.lines.append(line)
        self.cur = []

    def blank(self) -> None:
        self.br()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


# An ordered list's numbering: its type attribute, or its CSS list-style-type ("lower-alpha").
_LIST_STYLES = {"lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A", "upper-latin": "A",
                "lower-roman": "i", "upper-roman": "I"}
_ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _ol_kind(el) -> str:
    kind = (el.get("type") or "").strip()
    if kind in ("1", "a", "A", "i", "I"):
        return kind
    m = re.search(r"list-style(?:-type)?\s*:\s*([a-z-]+)", el.get("style") or "", re.I)
    return _LIST_STYLES.get(m.group(1).lower(), "1") if m else "1"


def _ol_label(n: int, kind: str) -> str:
    """The number a browser shows for the n-th item ("b", "B", "ii", "2"), as the list grammar reads it."""
    if kind in ("a", "A") and 1 <= n <= 26:
        label = chr(ord("a") + n - 1)
        return label.upper() if kind == "A" else label
    if kind in ("i", "I") and 1 <= n <= 10:
        # (lower case either way: the list grammar reads "ii." as a numeral, "II." never; past ten,
        # "xi." is read as no label, so the plain number stands)
        out = ""
        for value, numeral in _ROMAN:
            while n >= value:
                out, n = out + numeral, n - value
        return out
    return str(n)


def _heading_toggle(el) -> bool:
    """An accordion's toggle inside a heading ("<h2><button>Request</button></h2>"): its words are the
    section's heading, not a control's label."""
    parent = el.getparent()
    if parent is not None and isinstance(parent.tag, str) and parent.tag == "span":
        parent = parent.getparent()   # (the toggle wrapped: "<h2><span><button>Request</button></span></h2>")
    if parent is None or not isinstance(parent.tag, str) or parent.tag not in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return False
    # the heading's only words: a "Copy link" or "Share" button beside the heading's own text is a control
    own = "".join(t for t in parent.itertext()) .strip()
    return own == "".join(el.itertext()).strip()


def _panel_toggle(el) -> bool:
    """An accordion's toggle button over its panel ("Request 1" / "Answer 1"): the panel's heading,
    written as a line of its own; not a page control ("OK, I agree", "Print")."""
    return el.get("aria-expanded") is not None and not el.get("form") and 0 < len(_text_of(el).split()) <= 8 \
        and not _chrome_word_ancestor(el)


def _chrome_word_ancestor(el) -> bool:
    return any(_is_chrome(a) for a in el.iterancestors() if isinstance(a.tag, str))


def _walk(el, w: _Writer, ol_stack: list, depth: int) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if (tag in _DROP_TAGS and not (tag == "form" and _page_form(el)) and not (tag == "button" and (_heading_toggle(el) or _panel_toggle(el)))) \
            or (tag and _is_chrome(el)) or not tag:
        w.text(el.tail)
        return
    if depth > LIMITS.max_html_depth:  # no recursion past the limit: the subtree becomes one line
        w.deep = True
        w.br()
        w.text(_text_of(el))
        w.br()
        w.text(el.tail)
        return
    if tag == "table" and _field_table(el):
        # A page laid out as "Request: | <the request>" / "Response: | <paragraphs, a table>": the
        # rows are headings over their text, so the cells are read as the page, not as data.
        w.blank()
        for tr in _own_rows(el):
            label, value = [c for c in tr if c.tag in ("th", "td")]
            key = " ".join(_text_of(label).split())
            if _holds_blocks(value) or _holds_lines(value):
                w.lines.append(key)
                w.blank()
                _walk(value, w, ol_stack, depth + 1)
                w.blank()
            else:
                w.br()
                w.lines.append(f"{key} {' '.join(_text_of(value).split())}".strip())
        w.blank()
        w.text(el.tail)
        return
    if tag == "table" and (heads := _column_headings(el)):
        # "Request | Response" over rows whose cells hold paragraphs: each cell is read under its
        # column's heading, as the page shows it, not as one flattened row of data
        w.blank()
        for tr in _own_rows(el)[1:]:
            for head, cell in zip(heads, [c for c in tr if c.tag in ("th", "td")], strict=False):
                w.lines.append(head)
                w.blank()
                w.text(cell.text)
                for child in cell:
                    _walk(child, w, ol_stack, depth + 1)
                w.blank()
        w.text(el.tail)
        return
    if tag == "table" and _layout_table(el):
        # An old page laid out with tables (a frame cell, a column of content cells, a cell holding
        # the data table): its cells are read as the page, in order, and the tables inside them as tables.
        w.blank()
        for tr in _own_rows(el):
            for cell in tr:
                if isinstance(cell.tag, str) and cell.tag in ("td", "th"):
                    w.blank()
                    w.text(cell.text)
                    for child in cell:
                        _walk(child, w, ol_stack, depth + 1)
                    w.blank()
        w.blank()
        w.text(el.tail)
        return
    if tag == "table":
        w.blank()
        cap = el.find("caption")
        if cap is not None and _text_of(cap).strip():
            # A caption line just above the rows: the text table reader takes it as the
            # table's caption, the only place some tables give their year.
            w.lines.append(" ".join(_text_of(cap).split()))
        for row in _table_rows(el):
            w.lines.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
        w.blank()
        for inner in _nested_tables(el):   # after the rows they sit in, each a table of its own
            for row in _table_rows(inner):
                w.lines.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
            w.blank()
        w.text(el.tail)
        return
    if tag == "pre" and "\n" in el.text_content().strip():
        # A reply printed as preformatted text (a letter's plain copy, an aligned table): its lines
        # and their spacing are the layout, read as a text file's would be.
        w.blank()
        for line in el.text_content().expandtabs(8).splitlines():
            if line.strip():
                w.lines.append(line.rstrip())
            elif w.lines and w.lines[-1] != "":
                w.lines.append("")
        w.blank()
        w.text(el.tail)
        return
    if tag == "br":
        w.br()
        w.text(el.tail)
        return
    if tag in _BLOCK:
        w.blank() if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table") else w.br()
    if tag == "ol":
        try:
            start = int(el.get("start") or 1)
        except ValueError:
            start = 1
        ol_stack.append([start, _ol_kind(el)])
    elif tag == "ul":
        ol_stack.append(None)
    if tag == "li":
        top = ol_stack[-1] if ol_stack else None
        if top is None and _TYPED_LABEL.match(_text_of(el)):
            pass  # "<li>a) the number of …": the item's own typed label is its mark, not a bullet
        elif top is None:
            # a bullet list inside a bullet's item prints its own mark: its items are that item's
            # values or parts ("for the following offences:" / "◦ robbery"), not asks beside it
            w.text("◦ " if len(ol_stack) > 1 and ol_stack[-2] is None else "• ")
        else:
            n, kind = top
            # (roman numerals only for a list inside another list's item, where they mark its
            # sub-asks; a list of its own is read by its numbers, as before: "i." to "xii.")
            nested = any(entry is not None for entry in ol_stack[:-1])
            w.text(f"{_ol_label(n, kind if nested or kind not in ('i', 'I') else '1')}. ")
            top[0] += 1
    w.text(el.text)
    for child in el:
        _walk(child, w, ol_stack, depth + 1)
    if tag in ("ol", "ul"):
        ol_stack.pop()
    if tag not in _BLOCK and not (el.tail or "").strip() and el.getnext() is not None \
            and _label_class(el) and _field_label(_text_of(el)):
        # an inline label over its value (<span class="key">Date</span><span class="val">…) reads
        # as the field line it is on screen, not "Date8 July 2025"
        w.text(": ")
    if tag in _BLOCK:
        w.blank() if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol") else w.br()
    w.text(el.tail)


def _page_form(form) -> bool:
    """An ASP.NET / SharePoint page wraps the whole page in one <form>: read it, unlike a search or
    feedback form: it holds the page's heading and nothing to submit of its own."""
    if form.xpath(".//textarea | .//input[@type='submit'] | .//button[@type='submit'] | .//button[not(@type)]"):
        return False  # a form to fill in (a request form, a search box), whatever guidance it holds
    return bool(form.xpath(".//h1"))


def _own_rows(table) -> list:
    """The table's own rows, not those of a table nested in one of its cells."""
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


# A bullet item that types its own list label: "a) …", "(b) …", "2. …", "Q3 …", "iv) …".
_TYPED_LABEL = re.compile(r"^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})\.|q\s?\d{1,2}\b[.):]?)\s", re.I)

_BLOCK_CHILD = {"p", "table", "ul", "ol", "div", "h2", "h3", "h4", "blockquote"}


def _holds_blocks(cell) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK_CHILD for c in cell)


def _holds_lines(cell) -> bool:
    """A value cell of lines split by <br> ("Q.1 How many …?<br>Q.2 …<br>Q.3 …"): text, not a datum."""
    return sum(1 for c in cell if c.tag == "br") >= 2


_REPLY_COLUMN = re.compile(r"^(?:(?:your|the|original)\s+)?(?:requests?|questions?|information\s+requested|(?:our\s+)?responses?|answers?"
                           r"|replies|reply)\s*:?$", re.I)


def _column_headings(table) -> list[str] | None:
    """The headings of a table laid out as "Request | Response" columns over one row whose cells hold
    paragraphs or lists (the request's asks in one cell, the answer in the other), else None."""
    rows = _own_rows(table)
    if len(rows) != 2:
        return None   # (a row per ask, "ask | its answer", is read as the table of pairs it is)
    heads = [" ".join(_text_of(c).split()) for c in rows[0] if c.tag in ("th", "td")]
    if len(heads) != 2 or not all(_REPLY_COLUMN.match(h) for h in heads) or heads[0].lower() == heads[1].lower():
        return None
    body = [c for tr in rows[1:] for c in tr if c.tag in ("th", "td")]
    if not any(_holds_blocks(c) or _holds_lines(c) for c in body):
        return None
    return heads


def _field_table(table) -> bool:
    """Rows of a label and one value each ("Request:" | its text), one value holding paragraphs
    or a table of its own: the page's layout, not a table of data."""
    rows = _own_rows(table)
    if len(rows) < 2:
        return False
    for tr in rows:
        cells = [c for c in tr if c.tag in ("th", "td")]
        if len(cells) != 2 or len(_text_of(cells[0])) > 60 or _holds_blocks(cells[0]):
            return False
        if cells[0].tag != "th" and not _text_of(cells[0]).rstrip().endswith(":"):
            return False
    values = [v for tr in rows for v in tr.xpath("./th|./td")[1:]]
    if any(_holds_blocks(v) for v in values):
        return True
    # lines split by <br> in a td beside its label, among no bare figures: "Details of request" | "Q.1 …<br>Q.2 …"
    # (never a data table's header cell "Number of<br>children searched", nor a Notes row under figures)
    return any(v.tag == "td" and _holds_lines(v) for v in values) and not any(
        _NUMBER_CELL.fullmatch(" ".join(_text_of(v).split())) for v in values)


def _layout_table(table) -> bool:
    """A table used for layout, not data: a cell holds another table, or the table is one cell (a
    frame), or one column of cells holding paragraphs or long text."""
    rows = _own_rows(table)
    cells = [c for tr in rows for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if not cells:
        return False
    if len(cells) == 1:
        return True
    if any(c.xpath(".//table") for c in cells):
        # (not a Question | Response table whose answer cell holds a small table: its first row
        # is a header of short labels)
        first = [c for c in rows[0] if isinstance(c.tag, str) and c.tag in ("td", "th")] if rows else []
        return not (len(first) >= 2 and all(len(_text_of(c)) <= 40 and not c.xpath(".//table") for c in first))
    one_column = all(sum(1 for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")) == 1 for tr in rows)
    return one_column and any(_holds_blocks(c) or len(_text_of(c)) > 300 for c in cells)


_CELL_BREAKS = {"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "h2", "h3", "h4", "h5", "h6", "blockquote"}


def _cell_text(cell) -> str:
    """A cell's words with a space where a line or block breaks ("Number of<br>children" is
    "Number of children", not "Number ofchildren"); a table nested in the cell is left out (it is
    read as a table of its own: `_nested_tables`)."""
    parts = []
    walker = etree.iterwalk(cell, events=("start", "end"))
    for event, el in walker:
        if not isinstance(el.tag, str):
            if event == "end" or el is cell:
                continue
            parts.append(el.tail or "")
            continue
        if event == "start":
            if el is not cell and el.tag == "table":
                walker.skip_subtree()
                parts.append(" ")
                parts.append(el.tail or "")
                continue
            if el.tag in _CELL_BREAKS:
                parts.append(" ")
            parts.append(el.text or "")
        elif el is not cell:
            if el.tag in _CELL_BREAKS:
                parts.append(" ")
            parts.append(el.tail or "")
    return _WS.sub(" ", "".join(parts)).strip()


def _nested_tables(table) -> list:
    """Tables inside the cells of this one (not inside a deeper one): an answer cell's own table of
    figures in a Request | Response table."""
    return [t for t in table.xpath(".//td//table | .//th//table")
            if next((a for a in t.iterancestors("table")), None) is table]


def _table_rows(table) -> list[list[str]]:
    """Cells by row; a colspan repeats the cell so headings stay over every column they cover."""
    rows, carry = [], {}
    for tr in _own_rows(table):
        row, col = [], 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while col in carry:
                text, left = carry[col]
                row.append(text)
                if left > 1:
                    carry[col] = (text, left - 1)
                else:
                    del carry[col]
                col += 1
            text = _cell_text(cell)
            try:
                span = max(1, min(int(cell.get("colspan") or 1), 50))
                down = max(1, min(int(cell.get("rowspan") or 1), 500))
            except ValueError:
                span, down = 1, 1
            for _ in range(span):
                row.append(text)
                if down > 1:
                    carry[col] = (text, down - 1)
                col += 1
        while col in carry:
            text, left = carry[col]
            row.append(text)
            carry[col] = (text, left - 1) if left > 1 else None
            if carry[col] is None:
                del carry[col]
            col += 1
        if any(row):
            rows.append(row)
    return rows


# Class names of a field's label element (the value is its next sibling): Drupal's "field__label",
# "views-label", a theme's "key" / "meta-label" / "foi-details__key".
_LABEL_CLASS = re.compile(r"(?:^|[\s_-])(?:label|key)$|[a-z](?:Label|Key)$")


def _label_class(el) -> bool:
    return any(_LABEL_CLASS.search(c) for c in (el.get("class") or "").split())


def _field_label(text: str) -> bool:
    """A field's name ("FOI reference", "Date of response"), not a list label ("1.", "a)", "Q2") nor
    a name that already ends in its colon."""
    s = text.strip()
    return bool(re.search(r"[A-Za-z]{3}", s)) and not s.endswith(":") and not re.fullmatch(r"\(?\w{1,3}[.)]?", s)


def _key_value_rows(root) -> list[tuple[str, str]]:
    """Key/value rows of th/td tables and dl lists: ("Case reference", "FOI2024/00291"), and a header
    row of labels over one row of values (parsers.field_rows)."""
    out = []
    for table in root.iter("table"):  # labels in a header row over one row of values
        out.extend(column_fields(_table_rows(table)))
    for tr in root.iter("tr"):
        cells = [c for c in tr if c.tag in ("th", "td")]
        if len(cells) == 2 and (cells[0].tag == "th" or len(_text_of(cells[0])) <= 40):
            key, value = _text_of(cells[0]).rstrip(":"), _text_of(cells[1])
            if key and value:
                out.append((key, value))
    # CMS field blocks (Drupal's "field__label" / "field__item"): <div>Title</div><div>Drones</div>;
    # also a label element followed by its value: <span class="key">FOI reference</span><span class="val">…
    for el in root.iter():
        if isinstance(el.tag, str) and _label_class(el) and _field_label(_text_of(el)):
            nxt = el.getnext()
            if nxt is not None and isinstance(nxt.tag, str):
                key, value = _text_of(el).strip().rstrip(":"), _text_of(nxt).strip()
                if key and value and len(key) <= 40:
                    out.append((key, value))
    for dl in root.iter("dl"):
        for dt in dl.iter("dt"):
            dd = dt.getnext()
            if dd is not None and dd.tag == "dd":
                out.append((_text_of(dt).rstrip(":"), _text_of(dd)))
    return out[:50]


def _content_root(doc):
    for xp in ("//main", "//*[@role='main']", "//article", "//*[@id='main-content']",
               "//*[@id='content']", "//*[contains(concat(' ', @class, ' '), ' content ')]", "//body"):
        # (not an empty element: a skip link's target "<a id="main-content"></a>" holds no page)
        found = [el for el in doc.xpath(xp) if len(" ".join(el.itertext()).split()) >= 5]
        if found:
            return found[0]
    return doc


_RELATED_HEAD = re.compile(r"^\s*(?:related\b|see also|other (?:disclosures|requests|foi)|more (?:disclosures|"
                           r"in this section)|you may also|share this|was this (?:page|answer) (?:helpful|useful))", re.I)
_NAV_LINK = re.compile(r"^\s*[←‹«<]?\s*(?:back to|return to|previous|next|print (?:this|page)|share (?:this|on))\b", re.I)
_BACK_LINK = re.compile(r"^\s*(?:[←‹«<]\s*\w|back\s+to\b)", re.I)


def _link_only(el) -> bool:
    """True when all of the element's text sits inside links (a list of related pages)."""
    text = _text_of(el)
    if not text:
        return True
    linked = " ".join(_text_of(a) for a in el.iter("a"))
    return len(linked) >= len(text) * 0.9


def _drop_link_furniture(root) -> None:
    """Remove in-content navigation: "Related disclosures" link lists, "Back to…" links."""
    for head in list(root.iter("h2", "h3", "h4", "h5")):
        if not _RELATED_HEAD.match(_text_of(head)) or head.getparent() is None:
            continue
        nxt = head.getnext()
        while nxt is not None and nxt.tag in ("ul", "ol", "p", "div", "nav") and _link_only(nxt):
            following = nxt.getnext()
            nxt.drop_tree()
            nxt = following
        head.drop_tree()
    for el in list(root.iter("p", "li", "div")):
        links = list(el.iter("a"))
        if (len(links) == 1 and _NAV_LINK.match(_text_of(links[0])) and _link_only(el)
                and el.getparent() is not None):
            el.drop_tree()
    # a "← Back to disclosures" link standing on its own among a page's blocks (no text of a sentence
    # before or after it: "… used the force's <a>Return to Work scheme</a>" stays)
    for a in list(root.iter("a")):
        parent = a.getparent()
        if parent is None or parent.tag not in ("main", "article", "section", "body", "div"):
            continue
        prev = a.getprevious()
        before = (prev.tail if prev is not None else parent.text) or ""
        if _BACK_LINK.match(_text_of(a)) and not (a.tail or "").strip() and not before.strip():
            a.drop_tree()


def _decoded(data: bytes, content_type: str | None = None) -> str:
    """Text for lxml: given bytes alone it guesses Latin-1, so we decode (parsers.charset)."""
    text, _enc = charset.decode(data, content_type)
    # lxml refuses str input that still carries an XML encoding declaration.
    return re.sub(r"^\s*<\?xml[^>]*>", "", text)


def _govuk_published(doc) -> str | None:
    """A GOV.UK publication's date: its header's "Published 9 July 2024" (an HTML publication) or
    the metadata list's "Published" term over "9 July 2024". Never an "Updated" date."""
    from parsers.fields.dates import parse_date

    for el in doc.xpath("//*[contains(@class, 'publication-header__last-changed')]"
                        " | //*[contains(@class, 'gem-c-metadata')]//dt[normalize-space()='Published:'"
                        " or normalize-space()='Published']/following-sibling::dd[1]"):
        text = " ".join(el.text_content().split())
        m = re.match(r"^(?:published:?\s*)?(.{6,40})$", text, re.I)
        if m and not re.match(r"(?i)updated\b", text):
            got = parse_date(m.group(1))
            if got:
                return got
    return None


_POSTED_ON = re.compile(r"^(?:posted|published)(?:\s+on)?\s*:?\s*(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4})\b", re.I)


def _last_reply_date(doc) -> str | None:
    """A WhatDoTheyKnow thread's date: the authority's last message (class "incoming"), whose
    <time> carries the date in its datetime attribute or only in its text ("6 February 2024")."""
    from parsers.fields.dates import parse_date

    times = doc.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' incoming ')]//time")
    if not times:  # a skin that marks the messages by id only: <div class="correspondence" id="incoming-2681123">
        times = doc.xpath("//*[starts-with(@id, 'incoming-') and contains(@class, 'correspondence')]//time")
    if not times:
        times = _authority_times(doc)
    if not times:
        return None
    t = times[-1]
    return parse_date(t.get("datetime") or "") or parse_date(" ".join(t.text_content().split()))


def _authority_times(doc) -> list:
    """An Alaveteli thread whose messages are not marked incoming/outgoing (a skin or a saved copy):
    each `correspondence` block names its author in the header; the requester wrote the first
    message, so the authority's are those by anyone else. Their <time>s, in page order."""
    who = (".//*[contains(@class, 'correspondence__header__author') or contains(@class, 'correspondence__sender')"
           " or contains(@class, 'correspondent_name')]")
    blocks = doc.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' correspondence ')]"
                       f"[{who}]")
    authors = [" ".join(" ".join(b.xpath(f"({who})[1]//text()")).split()) for b in blocks]
    if len(blocks) < 2 or not authors[0]:
        return []
    return [t for b, a in zip(blocks, authors, strict=True) if a and a != authors[0] for t in b.xpath(".//time")[:1]]


def _request_sent_date(doc) -> str | None:
    """A WhatDoTheyKnow thread's request date: its one requester message (class "outgoing"). The site
    e-mails the request to the force, so that is the day it arrived: the date of receipt. A thread
    with follow-ups (clarification, internal review) gives none: its last reply may answer those."""
    from parsers.fields.dates import parse_date

    sent = doc.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' outgoing ')]")
    times = sent[0].xpath(".//time") if len(sent) == 1 else []
    if not times:
        return None
    return parse_date((times[0].get("datetime") or "")[:10]) or parse_date(" ".join(times[0].text_content().split()))


def _tabs_as_headings(doc) -> None:
    """A tabbed layout (role="tablist" over role="tabpanel" sections): the tab strip's labels
    ("Request", "Response", "Exemptions") read as one line above every panel, so each panel's
    label is put at its head as a heading and the strip is dropped. Panels that already open
    with a heading keep theirs."""
    for strip in doc.xpath("//*[@role='tablist']"):
        labels = {}
        for tab in strip.xpath(".//*[@role='tab']"):
            name = _text_of(tab)
            for key in filter(None, (tab.get("id"), (tab.get("aria-controls") or "").strip())):
                labels[key] = name
        panels = doc.xpath("//*[@role='tabpanel']")
        named = 0
        for panel in panels:
            name = labels.get((panel.get("aria-labelledby") or "").strip()) or labels.get(panel.get("id") or "")
            first = next(iter(panel), None)
            if not name:
                continue
            named += 1
            if first is not None and first.tag in ("h1", "h2", "h3", "h4") and _text_of(first) == name:
                continue
            head = lxml.html.Element("h2")
            head.text = name
            head.tail = panel.text
            panel.text = None
            panel.insert(0, head)
        if named and strip.getparent() is not None:
            strip.drop_tree()


def _attachment_banner(doc) -> str:
    """WhatDoTheyKnow's line over an attachment shown as HTML ("This is an HTML version of an
    attachment to the Freedom of Information request 'X'."): it names the request, but sits in a
    header block the reader leaves out as page chrome."""
    found = [" ".join(el.text_content().split())
             for el in doc.xpath("//*[contains(@class, 'view_html_header')]")]
    if not found:  # the block by its words, whatever its class ("view_html_banner"): the shortest
        # element that opens with them, not its containers (the whole page opens with them too)
        found = sorted((" ".join(el.text_content().split()) for el in doc.xpath(
            "//body//*[starts-with(normalize-space(.), 'This is an HTML version of an attachment')]")),
            key=len)[:1]
    return " ".join(found)


def read_html(data: bytes, url: str | None = None, content_type: str | None = None) -> dict:
    """{'text', 'title', 'published', 'attachments', 'head', 'truncated'} from an HTML page."""
    text = _decoded(data, content_type)
    if "\x00" in text:  # NULs end libxml2's input early; binary junk keeps its readable runs
        text = text.replace("\x00", "")
    doc = lxml.html.document_fromstring(text)
    _tabs_as_headings(doc)
    # Title sources, in the order parsers.fields.title reads them: <h1> (the content's own first),
    # og:title, <title> (its site-name suffix is taken off there), then the URL slug.
    root_h1 = _content_root(doc).xpath(".//h1")
    h1s = [t for t in (_text_of(h) for h in root_h1 + [h for h in doc.xpath("//h1") if h not in root_h1]) if t]
    # the heading right under an <h1>: the subject when the <h1> is the template's own ("Disclosure
    # Details" / <h2>Speed Camera Offences - 412/19</h2>)
    under_h1 = [t for h in root_h1[:1] if (nxt := h.getnext()) is not None and nxt.tag in ("h2", "h3")
                and re.search(r"title|subject", nxt.get("class") or "", re.I) and (t := _text_of(nxt))]
    # a blog theme's post heading under the site's name in <h1>: <h2 class="entry-title">Dangerous Dog
    # Seizures (1144_24)</h2> (one on the page: a listing has one per post)
    entry = [t for h in doc.xpath("//h2[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')"
                                  " or contains(concat(' ', normalize-space(@class), ' '), ' post-title ')]")
             if not h.xpath("ancestor::aside or ancestor::nav or ancestor::footer or ancestor::*[contains(@class, 'related')"
                            " or contains(@class, 'sidebar') or contains(@class, 'widget')]") and (t := _text_of(h))]
    under_h1 += entry if len(entry) == 1 and h1s else []
    og = [v.strip() for v in doc.xpath("//meta[@property='og:title']/@content") if v.strip()]
    head_title = " ".join(" ".join(doc.xpath("//head/title//text()")).split())
    title = h1s[0] if h1s else (og[0] if og else None)
    from parsers.fields.dates import parse_date
    published = _last_reply_date(doc)
    for xp in ("//meta[@property='article:published_time']/@content", "//time/@datetime",
               "//meta[@name='DC.date']/@content", "//meta[@name='date']/@content"):
        if published:
            break
        vals = doc.xpath(xp)
        if vals and re.match(r"\d{4}-\d{2}-\d{2}", vals[0].strip()):
            published = vals[0].strip()[:10]
            break
    if not published:
        # a WordPress entry's "Posted on <time class="entry-date published">22 October 2024</time>",
        # its date only in the element's text
        for t in doc.xpath("//time[contains(@class, 'published') or contains(@class, 'entry-date')]"
                           " | //*[contains(@class, 'posted-on')]//time"):
            published = parse_date(" ".join(t.text_content().split()))
            if published:
                break
    if not published:
        # the date as words in an entry's meta line, no <time>: '<div class="post-meta">Posted on 16 July 2025</div>'
        # (beside the page's heading only: a "Latest disclosures" list or a comment carries other dates)
        for t in doc.xpath("//h1/parent::*//*[contains(@class, 'meta') or contains(@class, 'posted') or contains(@class, 'byline')]"):
            m = _POSTED_ON.match(" ".join(t.text_content().split()))
            published = parse_date(m.group(1)) if m else None
            if published:
                break
    if not published:
        published = _govuk_published(doc)
    # The site name and <title> name the force even when the body does not.
    site = " ".join(doc.xpath("//meta[@property='og:site_name']/@content") + doc.xpath("//head/title/text()"))
    root = _content_root(doc)
    attachments, seen = [], set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or not _DOC_LINK.search(href) or a.getparent() is None:
            continue
        full = urljoin(url, href) if url else href
        if full in seen:
            continue
        seen.add(full)
        attachments.append({"name": _attachment_name(_text_of(a), href), "url": full,
                            "link_text": " ".join(_text_of(a).split())})
    _drop_link_furniture(root)
    fields = _key_value_rows(root)
    w = _Writer()
    _walk(root, w, [], 0)
    w.br()
    text = "\n".join(w.lines).lstrip()
    if title and text.startswith(title):
        text = text[len(title):]
    return {"text": text, "title": title, "published": published, "attachments": attachments,
            "received": _request_sent_date(doc), "h1": h1s, "under_h1": under_h1, "banner": _attachment_banner(doc), "og_title": og[0] if og else None, "head_title": head_title, "fields": fields,
            "link_texts": [a.pop("link_text") for a in attachments],
            "head": site, "truncated": "HTML nested too deeply, deep parts read as flat text" if w.deep else None}


def parse_error(exc: Exception) -> str:
    if isinstance(exc, etree.ParserError | etree.XMLSyntaxError):
        return f"malformed HTML: {exc}"
    return f"HTML parse failed: {type(exc).__name__}: {exc}"
