"""Disclosure-log entry pages written for the change-tracking tests (issue 14): one response
page whose answer, chrome (cookie text, navigation, banner) and attachment links vary; and
crawls of them into a raw store (a first state and a later one with every kind of change)."""
from __future__ import annotations

FORCE = "west-midlands-police"
BASE = "https://www.westmidlands.police.uk/foi-ai/west-midlands-police/disclosure-2024/march-2024/"
HTML = {"Content-Type": "text/html"}

_PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>{title} | West Midlands Police</title></head><body>
<div class="cookie-banner" role="region" aria-label="Cookies"><p>{cookie}</p>
<button type="button">Accept cookies</button></div>
<header><a class="logo" href="/">West Midlands Police</a><nav aria-label="Main navigation"><ul>
<li><a href="/report/">Report</a></li><li><a href="/foi-ai/">Freedom of information</a></li>
{nav}</ul></nav></header>
<div class="banner">{banner}</div>
<main id="main-content"><h1>{title}</h1>
<p>Freedom of information request reference no: {ref}</p>
<p>Date published: 5 March 2024</p>
<p>You asked for the following information:</p>
<p>1. {question}</p>
<h2>Decision</h2>
<p>{answer}</p>
{links}
</main><footer><p>&copy; West Midlands Police</p></footer></body></html>"""

TOPICS = {
    "taser": ("Taser use in 2023", "101/24",
              "How many times did officers draw a Taser in 2023?",
              "We have decided to disclose all of the information. Officers drew a Taser 412 "
              "times in 2023."),
    "dogs": ("Police dogs", "102/24", "How many police dogs does the force have?",
             "We have decided to disclose all of the information. The force has 38 police dogs."),
    "overtime": ("Officer overtime", "103/24",
                 "How much did the force spend on police officer overtime in 2023?",
                 "We have decided to disclose all of the information. The force spent £2.1 "
                 "million on officer overtime in 2023."),
    "drones": ("Drone flights", "104/24", "How many drone flights did the force make in 2023?",
               "We have decided to disclose all of the information: please see the attached "
               "letter."),
}


def url(slug: str) -> str:
    return f"{BASE}{slug}/"


def page(slug: str, answer: str | None = None, cookie: str = "We use cookies to make this "
         "site work.", nav: str = "", banner: str = "", links: str = "") -> bytes:
    title, ref, question, default = TOPICS[slug]
    return _PAGE.format(title=title, ref=ref, question=question, answer=answer or default,
                        cookie=cookie, nav=nav, banner=banner, links=links).encode()


def letter(text: str) -> bytes:
    """A plain-text letter (the parser reads text/plain attachments)."""
    return text.encode()


LETTER = url("drones") + "letter.txt"
LINK = f'<p><a href="{LETTER}">Drone flights letter</a></p>'


def crawl(store, listed: list[str], fetch: dict[str, bytes | None] | None = None,
          attachments: dict[str, bytes] | None = None, gone: tuple = ()) -> None:
    """One complete crawl: the listing links `listed`; `fetch` stores entry bodies (a check
    'new'/'changed'/'unchanged'), `gone` entries answer 404."""
    cid = store.start_crawl(FORCE)
    for slug in listed:
        store.add_listing_link(cid, url(slug))
    for slug, body in (fetch or {}).items():
        known = store.latest(url(slug)) is not None
        added = store.add(FORCE, url(slug), url(slug), 200, HTML, body, "entry")
        store.add_check(cid, FORCE, url(slug), "entry", 200,
                        ("changed" if known else "new") if added else "unchanged")
    for att_url, body in (attachments or {}).items():
        known = store.latest(att_url) is not None
        added = store.add(FORCE, att_url, att_url, 200, {"Content-Type": "text/plain"}, body,
                          "attachment", parent_url=url("drones"), link_text="Drone flights letter")
        store.add_check(cid, FORCE, att_url, "attachment", 200,
                        ("changed" if known else "new") if added else "unchanged")
    for slug in gone:
        store.add_check(cid, FORCE, url(slug), "entry", 404, "gone")
    store.finish_crawl(cid, complete=True)


def first_state(store) -> None:
    crawl(store, ["taser", "dogs", "overtime", "drones"],
          {"taser": page("taser"), "dogs": page("dogs"), "overtime": page("overtime"),
           "drones": page("drones", links=LINK)},
          {LETTER: b"Dear requester,\nThe force made 212 drone flights in 2023.\n"})


EDITED_ANSWER = ("We have decided to disclose all of the information. Officers drew a Taser "
                 "415 times in 2023.\n\nThe figure was corrected on review.")


def later_state(store) -> None:
    """Taser's answer edited, dogs' chrome only, overtime unlisted and 404, drones' letter
    replaced at the same address; then a second crawl that again does not list overtime."""
    crawl(store, ["taser", "dogs", "drones"],
          {"taser": page("taser", answer=EDITED_ANSWER.replace("\n\n", "</p><p>")),
           "dogs": page("dogs", cookie="We use essential and optional cookies; choose below.",
                        nav='<li><a href="/news/">News</a></li>',
                        banner="<strong>Beta</strong> A new website: tell us what you think."),
           "drones": page("drones", links=LINK)},
          {LETTER: b"Dear requester,\nThe force made 221 drone flights in 2023.\n"},
          gone=("overtime",))
    crawl(store, ["taser", "dogs", "drones"])
