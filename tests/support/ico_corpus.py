"""The decision-notice tests' material: the local copy and its ground truth (data/sample_ico/),
a crawl of it over HTTP, three written police responses and one written notice about the first
of them."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from archive.sample_server import serve_sites
from crawler.rawstore import RawStore
from crawler.runner import run_crawl
from crawler.spiders.ico import ICO_SOURCE
from scripts.sample_ico import site

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ICO = ROOT / "data" / "sample_ico"
SITE = SAMPLE_ICO / "ico.org.uk"
TRUTH = json.loads((SAMPLE_ICO / "index.json").read_text())
NOTICES = TRUTH["notices"]
POLICE = [n for n in NOTICES if n["police"]]


FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "FOI_STALL_TIMEOUT": 120}
ENTRY = "/action-weve-taken/decision-notices/"
ASKS = ["How many times were officers assaulted while on duty in each year from 2020 to 2023?",
        "How many of those assaults caused a serious injury?",
        "How many officers were spat at while making an arrest?"]
NOTICE = dict(ref="IC-300001-AB12", date="2024-09-10", layout="html",
              authority="Chief Constable of Kent Police", short="the force",
              address="Sutton Road, Maidstone ME15 9BZ", request_date="2024-01-08",
              responded="2024-02-02", review="2024-03-15", about="assaults on officers",
              request=[" ".join(ASKS)], cited="section 40(2)", decision="partly_upheld",
              findings=["The Commissioner's decision is that the force was entitled to rely on "
                        "section 40(2) for some of the information, but it breached section "
                        "10(1)."], steps=["Disclose the totals."])


def notice_files(n: dict) -> tuple[bytes, list[tuple[bytes, str]]]:
    """(the notice's page, its documents) as the crawler stores them."""
    page = (SITE / n["page"].lstrip("/") / "index.html").read_bytes()
    docs = [((SITE / n["pdf"].lstrip("/")).read_bytes(), "application/pdf")] if n["pdf"] else []
    return page, docs


def crawl_notices(raw: Path, port: int | None = None) -> tuple[object, str]:
    """Serve the local copy on 127.0.0.1 (on `port`: a re-crawl must see the same URLs) and
    crawl it; (summary, start URL)."""
    stop, urls = serve_sites(SAMPLE_ICO, ports={"ico.org.uk": port} if port else None)
    try:
        start = urls["ico.org.uk"] + ENTRY
        return run_crawl([ICO_SOURCE], raw, start_url=start, **FAST), start
    finally:
        stop()


def response_page(title: str, published: str, received: str, asks: list[str]) -> bytes:
    day = lambda iso: f"{dt.date.fromisoformat(iso):%-d %B %Y}"  # noqa: E731
    items = "".join(f"<li>{a}</li>" for a in asks)
    return (f"<!DOCTYPE html><html><head><title>{title} | Kent Police</title></head><body>"
            f"<main><h1>{title}</h1><p>Reference: 01/FOI/{published[:4]}/0042</p>"
            f"<p>Date published: {day(published)}</p>"
            f"<p>Thank you for your request for information received on {day(received)}.</p>"
            f"<h2>Request</h2><ol>{items}</ol><h2>Response</h2>"
            "<p>Some of the information is withheld under section 40(2) of the Freedom of "
            "Information Act 2000 (personal information); the totals are given below.</p>"
            "</main></body></html>").encode()


RESPONSES = [  # (force, url, published, received): only the first may be linked
    ("kent-police", "https://www.kent.police.uk/foi-ai/kent-police/disclosure-2024/"
     "february-2024/assaults-on-officers/", "2024-02-02", "2024-01-09"),
    ("kent-police", "https://www.kent.police.uk/foi-ai/kent-police/disclosure-2026/"
     "february-2026/assaults-on-officers/", "2026-02-03", "2026-01-12"),
    ("essex-police", "https://www.essex.police.uk/foi-ai/essex-police/disclosure-2024/"
     "february-2024/assaults-on-officers/", "2024-02-02", "2024-01-09"),
]


def add_written(raw: Path) -> None:
    store = RawStore(raw)
    try:
        html = {"Content-Type": "text/html; charset=utf-8"}
        for force, url, published, received in RESPONSES:
            store.add(force, url, url, 200, html,
                      response_page("Assaults on officers", published, received, ASKS), "entry")
        url = "https://ico.org.uk" + site.page_path(NOTICE)
        store.add("ico", url, url, 200, html, site.notice_page(NOTICE).encode(), "entry")
    finally:
        store.close()
