"""Disclosure-log entry pages written for the change-tracking tests (issue 14): one response
page whose answer, chrome (cookie text, navigation, banner) and attachment links vary."""
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
