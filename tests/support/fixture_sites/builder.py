"""Builds a fixture log site from a short spec, with the same set of troubles for every family.

A spec names the site's listing pages (and what each links to), its entries (and their
attachments), and which URLs play each trouble role:
  missing   an entry-shaped link that answers 404
  flaky     an entry that answers 500 once, then 200
  moved     an entry URL that redirects (301) to `moved_to`
  blocked   an entry URL that robots.txt disallows
  throttled a listing page that answers 429 with Retry-After: 1 once
The builder also adds a loop (every listing links back to the start page), links out of the
section on every page, and returns what a correct crawl must store.
"""
from __future__ import annotations

import html

from tests.support.fixture_server import Page

FILE_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
}


def _ext(path: str) -> str:
    last = path.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1] if "." in last else ""


def _doc(title: str, body: str) -> bytes:
    return (f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav><main><h1>"
            f"{html.escape(title)}</h1>{body}</main></body></html>").encode()


def _item(href: str, note: str = "") -> str:
    label = href.rstrip("/").rsplit("/", 1)[-1] or "home"
    return f"<li><a href='{html.escape(href)}'>{html.escape(label)}</a> <span>{note}</span></li>"


def build(spec: dict, notes: dict | None = None,
          revisions: dict | None = None) -> tuple[dict[str, Page], dict]:
    """Return (pages, expected). `notes` adds text to listing items (an 'updated' note);
    `revisions` adds text to entry pages (a revised response)."""
    notes, revisions = notes or {}, revisions or {}
    t = spec["trouble"]
    pages: dict[str, Page] = {"/robots.txt": Page(
        f"User-agent: *\nDisallow: {t['blocked']}\n".encode(), "text/plain", etag=False)}
    outside = spec["outside"]
    for path, children in spec["listings"].items():
        links = list(children)
        if path == spec["trouble_on"]:
            links += [t["missing"], t["flaky"], t["moved"], t["blocked"], t["throttled"]]
        body = "<ul>" + "".join(_item(c, notes.get(c, "")) for c in links) + "</ul>"
        body += f"<p><a href='{spec['start']}'>Back to the log</a></p>"
        body += "".join(f"<p><a href='{o}'>elsewhere</a></p>" for o in outside)
        pages[path] = Page(_doc(f"Listing {path}", body))
    for path, files in spec["entries"].items():
        body = f"<p>Request and response text.</p><p>{revisions.get(path, '')}</p>" + "".join(
            f"<p><a href='{f}'>Attachment {_ext(f).upper()}</a></p>" for f in files)
        body += "".join(f"<p><a href='{o}'>elsewhere</a></p>" for o in outside)
        pages[path] = Page(_doc(f"Entry {path}", body))
        for f in files:
            pages[f] = Page(f"fixture {_ext(f)} file for {path}".encode(), FILE_TYPES[_ext(f)])
    for children in spec["listings"].values():
        for c in children:
            if _ext(c) in FILE_TYPES:
                pages[c] = Page(f"fixture letter {c}".encode(), FILE_TYPES[_ext(c)])
    pages[t["throttled"]].throttle_times = 1
    pages[t["flaky"]].fail_times = 1
    pages[t["moved"]] = Page(redirect_to=t["moved_to"])
    pages[t["blocked"]] = Page(_doc("Blocked", "<p>robots.txt says no</p>"))
    for o in outside:
        if o.startswith("/"):
            pages[o] = Page(_doc("Outside the log", "<p>not part of the log</p>"))

    stored = {}
    for path, children in spec["listings"].items():
        stored[path] = "listing"
        for c in children:
            if _ext(c) in FILE_TYPES:
                stored[c] = "entry"
    for path, files in spec["entries"].items():
        stored[t["moved"] if path == t["moved_to"] else path] = "entry"
        for f in files:
            stored[f] = "attachment"
    expected = {"stored": stored, "errors": {t["missing"]: 404},
                "final_urls": {t["moved"]: t["moved_to"]}}
    return pages, expected
