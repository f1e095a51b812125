"""Evidenced links between a decision notice and the response it may be about.

A link needs all three kinds of evidence (docs/ico.md):
1. the same force (the notice's public authority, a PCC counting as its force's area);
2. dates: the request the notice quotes was made within the window of the response's dates
   (before it was published, and near the day the force says it received it, when it says);
3. wording: the request the notice quotes is alike the response's request (and title).
The score is the wording similarity, lowered a little when the response states no received
date (the window is then wider, so the date is weaker evidence). Reasons are stored as text.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3

from rapidfuzz import fuzz

# A force answers within 20 working days, late ones within a few months: a request made more
# than 120 days before the response was published is another request.
MAX_DAYS_BEFORE_PUBLISHED = 120
# A response is never published before its request; 3 days absorb a log's date slips.
MAX_DAYS_AFTER_PUBLISHED = 3
# The notice dates the request the day it was sent; a force receives it that day or, by post
# or after a clarification, up to two weeks later.
MAX_DAYS_FROM_RECEIVED = 14
# Token-set similarity (0-1) of the two requests' content words. On the sample copy the true
# pairs score 0.95-1.00; requests of the same force and window on a neighbouring subject (a
# Prevent referral count asked again under "counter-terrorism arrests") reach 0.86-0.88, and
# two requests on one subject that ask different things about 0.75.
MIN_SIMILARITY = 0.85
# When the response states no received date only the wider published window applies.
NO_RECEIVED_FACTOR = 0.9
# A notice is about one request; two rows allow a response the force published twice, and a
# second link must score nearly as well as the best (else the best one is the request).
MAX_LINKS_PER_DECISION = 2
MAX_BEHIND_BEST = 0.05

# Words every police FOI request uses: they say nothing about which request it is.
_COMMON = set("""a an and any are as at be by can could did do does each for from had has have
how i in is it its me my of on or our please provide provided send so that the their them there
these this those to was were what when where which who will with would you your many much number
numbers information force forces police constabulary tell know request requested following""".split())
_WORD = re.compile(r"[a-z0-9]+(?:/[0-9]+)?")


def content_words(text: str | None) -> str:
    return " ".join(w for w in _WORD.findall((text or "").lower()) if w not in _COMMON)


def similarity(notice_request: str | None, response_text: str | None) -> float:
    a, b = content_words(notice_request), content_words(response_text)
    if len(a.split()) < 4 or not b:
        return 0.0      # too few words to tell one request from another
    return fuzz.token_set_ratio(a, b) / 100.0


def _day(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _month_bounds(month) -> tuple[dt.date, dt.date] | None:
    try:
        first = dt.date.fromisoformat(f"{str(month)[:7]}-01")
    except ValueError:
        return None
    nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, nxt - dt.timedelta(days=1)


def date_evidence(request_date, published, received, month=None) -> tuple[bool, str, float]:
    """(within the window, the reason in words, score factor). A response that prints no date
    is dated by the month its log files it under (`month`), the whole month counting."""
    asked, rec = _day(request_date), _day(received)
    pub = _day(published)
    first, last = (pub, pub) if pub else (_month_bounds(month) or (None, None))
    if asked is None or first is None:
        return False, "no request date or no response date", 0.0
    if (first - asked).days > MAX_DAYS_BEFORE_PUBLISHED or \
            (last - asked).days < -MAX_DAYS_AFTER_PUBLISHED:
        return False, f"request dated {asked}, {(first - asked).days} days before the response", 0.0
    shown = str(pub) if pub else f"in {str(month)[:7]}"
    if rec is not None:
        gap = abs((rec - asked).days)
        if gap > MAX_DAYS_FROM_RECEIVED:
            return False, f"request dated {asked}, {gap} days from the received date", 0.0
        return True, (f"request dated {asked}; the force received it on {rec} and published "
                      f"its response {'on ' if pub else ''}{shown}"), 1.0
    return True, (f"request dated {asked}, {(last - asked).days} days or fewer before the "
                  f"response was published ({shown}); the response states no received date"), \
        NO_RECEIVED_FACTOR


def score_pair(decision: dict, response: dict, force_name: str | None = None
               ) -> tuple[float, list[str]] | None:
    """(score, reasons) when the evidence is there for a link, else None."""
    if not decision.get("force") or decision["force"] != response.get("force"):
        return None
    ok, when, factor = date_evidence(decision.get("request_date"), response.get("published"),
                                     response.get("received"), response.get("month"))
    if not ok:
        return None
    text = " ".join(filter(None, [response.get("title"), response.get("request_text")]))
    sim = similarity(decision.get("request_text"), text)
    if sim < MIN_SIMILARITY:
        return None
    reasons = [f"same force: {force_name or response['force']}", when,
               f"the request the notice quotes and this response's request are {sim:.0%} "
               "alike (shared wording)"]
    common = sorted(set(json.loads(decision.get("sections") or "[]"))
                    & set(json.loads(response.get("exemption_labels") or "[]")))
    if common:
        reasons.append("exemptions in both: " + ", ".join(common))
    return round(sim * factor, 3), reasons


def write_links(conn: sqlite3.Connection) -> int:
    """Fill response_ico_links from ico_decisions and responses; returns the number of links."""
    conn.row_factory = sqlite3.Row
    try:
        cols = {r["name"] for r in conn.execute("PRAGMA table_info(responses)")}
        received = "received" if "received" in cols else "NULL AS received"
        names = {r["slug"]: r["name"] for r in conn.execute("SELECT slug, name FROM forces")}
        rows = []
        for d in conn.execute("SELECT * FROM ico_decisions WHERE request_date IS NOT NULL"):
            d = dict(d)
            asked = _day(d["request_date"])
            lo = asked - dt.timedelta(days=MAX_DAYS_AFTER_PUBLISHED)
            hi = asked + dt.timedelta(days=MAX_DAYS_BEFORE_PUBLISHED)
            found = []
            for r in conn.execute(
                    f"SELECT id, force, title, request_text, published, month, {received}, "
                    "exemption_labels FROM responses WHERE force = ? AND (published BETWEEN ? "
                    "AND ? OR (published IS NULL AND month BETWEEN ? AND ?))",
                    (d["force"], lo.isoformat(), hi.isoformat(), lo.isoformat()[:7],
                     hi.isoformat()[:7])):
                scored = score_pair(d, dict(r), names.get(d["force"]))
                if scored:
                    found.append((scored[0], r["id"], scored[1]))
            found.sort(key=lambda f: (-f[0], f[1]))
            rows += [(rid, d["id"], score, json.dumps(reasons))
                     for score, rid, reasons in found[:MAX_LINKS_PER_DECISION]
                     if score >= found[0][0] - MAX_BEHIND_BEST]
    finally:
        conn.row_factory = None
    conn.executemany("INSERT OR REPLACE INTO response_ico_links VALUES (?,?,?,?)", rows)
    return len(rows)
