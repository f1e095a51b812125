"""Working days between a request's receipt and its response, counted by the Act's rule
(docs/timeliness.md).

FOIA s10(1): the answer is due "not later than the twentieth working day following the date of
receipt", so the day of receipt is day 0 and the first working day after it is day 1 (a request
received on a Saturday has Monday as day 1). The count is the working days d with
received < d <= published; "within 20" is a count of 20 or less.

Which days are working days depends on the Act, and the Act on the force's nation (registry
columns `country` and `act`):
  * FOIA s10(6) (England, Wales, Northern Ireland and the UK-wide forces): not a Saturday, a
    Sunday, Christmas Day, Good Friday or a bank holiday "in any part of the United Kingdom".
    So every FOIA force skips the bank holidays of England & Wales, Scotland AND Northern
    Ireland: 2 January and St Andrew's Day delay a Kent answer too, and 17 March and 12 July a
    Welsh one (the Commissioner's line to take LTT47 reads s10(6) the same way).
  * FOISA s73 (Police Scotland): not a Saturday, a Sunday, Christmas Day or a bank holiday in
    Scotland. Easter Monday, the late August holiday, 17 March and 12 July are working days.
The bank holidays come from the `holidays` package (the UK's ENG, WLS, SCT and NIR
subdivisions, with substitute days and one-off proclaimed holidays such as 19 September 2022).
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

FOIA_CALENDARS = ("ENG", "WLS", "SCT", "NIR")  # s10(6): a bank holiday in any part of the UK
FOISA_CALENDARS = ("SCT",)                     # s73: a bank holiday in Scotland
MAX_CALENDAR_DAYS = 366  # a longer span is a misread date or a reopened request, not a delay
TIME_LIMIT = 20          # s10(1) FOIA and s10(1) FOISA: the twentieth working day


def calendars_for(act: str | None, country: str | None = None) -> tuple[str, ...]:
    """The holiday calendars that stop the clock for a force under `act` (FOIA when unknown)."""
    if (act or "").upper() == "FOISA" or (not act and (country or "").lower() == "scotland"):
        return FOISA_CALENDARS
    return FOIA_CALENDARS


@lru_cache(maxsize=64)
def _holidays(calendars: tuple[str, ...], year: int) -> frozenset[date]:
    days: set[date] = set()
    for subdiv in calendars:
        days.update(holidays.UK(subdiv=subdiv, years=year))
    # Christmas Day is named by both Acts (and Good Friday, named by FOIA, is a bank holiday in
    # every part of the UK, so it is in every calendar already)
    days.add(date(year, 12, 25))
    return frozenset(days)


def is_working_day(day: date, calendars: tuple[str, ...]) -> bool:
    return day.weekday() < 5 and day not in _holidays(calendars, day.year)


def count_working_days(received: date, published: date, calendars: tuple[str, ...]) -> int:
    """Working days d with received < d <= published."""
    n, day = 0, received + timedelta(days=1)
    while day <= published:
        n += is_working_day(day, calendars)
        day += timedelta(days=1)
    return n


def _iso(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def timing(received, published, act: str | None = None, country: str | None = None
           ) -> tuple[int | None, str | None]:
    """(working days, None), or (None, the reason there is no count)."""
    if not received:
        return None, "the response states no received date"
    if not published:
        return None, "the response states no response date"
    start, end = _iso(received), _iso(published)
    if start is None or end is None:
        return None, "a date could not be read"
    if start > end:
        return None, "received after the response date: one of the two dates is misread"
    if (end - start).days > MAX_CALENDAR_DAYS:
        return None, "more than a year between receipt and response: not counted"
    return count_working_days(start, end, calendars_for(act, country)), None


@lru_cache(maxsize=1)
def _registry() -> dict[str, tuple[str, str]]:
    from archive.registry import load_forces

    return {f["slug"]: (f.get("act") or "", f.get("country") or "") for f in load_forces()}


def fill(rec: dict, forces: dict[str, tuple[str, str]] | None = None) -> dict:
    """Set rec["working_days"] and rec["working_days_note"] (why there is no count) from the
    record's received and published dates and its force's Act (`forces`: slug -> (act, country),
    the registry by default)."""
    act, country = (forces if forces is not None else _registry()).get(rec.get("force") or "", ("", ""))
    days, note = timing(rec.get("received"), rec.get("published"), act, country)
    rec["working_days"], rec["working_days_note"] = days, note
    return rec
