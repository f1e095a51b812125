"""When each sample request was received: a realistic spread of working days before the response.

Working days follow the Acts' rule (the day after receipt is day 1; weekends and the bank
holidays of the force's nation are skipped), with the `holidays` package's UK calendars:
Scotland has 2 January, the first Monday of August and St Andrew's Day; Northern Ireland
St Patrick's Day and 12 July. Most answers come within 20 working days, some late, a few very
late, and some responses do not say when the request arrived.

    >>> count_working_days(date(2024, 3, 15), date(2024, 3, 19), "NIR")   # 18 Mar: St Patrick's
    1
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from random import Random

NATION = {"police-scotland": "SCT", "police-service-of-northern-ireland": "NIR",
          "south-wales-police": "WLS"}
NO_DATE_SHARE = 0.13


@lru_cache(maxsize=8)
def _holidays(nation: str) -> frozenset[date]:
    import holidays

    return frozenset(holidays.UK(subdiv=nation, years=range(2015, 2031)).keys())


def is_working_day(d: date, nation: str = "ENG") -> bool:
    return d.weekday() < 5 and d not in _holidays(nation)


def working_day(d: date, nation: str = "ENG") -> date:
    """`d`, or the next working day after it."""
    while not is_working_day(d, nation):
        d += timedelta(days=1)
    return d


def count_working_days(received: date, sent: date, nation: str = "ENG") -> int:
    n, d = 0, received
    while d < sent:
        d += timedelta(days=1)
        n += is_working_day(d, nation)
    return n


def _back(sent: date, days: int, nation: str) -> date:
    d = sent
    while days:
        d -= timedelta(days=1)
        days -= is_working_day(d, nation)
    return d


def received_dates(rng: Random, r) -> None:
    """Set r.received, r.request_dated and r.working_days (None when the response is silent)."""
    nation = NATION.get(r.force.slug, "ENG")
    if r.received is None:
        if rng.random() < NO_DATE_SHARE:
            return
        u = rng.random()
        days = (rng.randint(3, 20) if u < 0.72 else rng.randint(21, 32) if u < 0.92
                else rng.randint(33, 60))
        r.received = working_day(_back(r.published, days, nation), nation)
    r.request_dated = r.received - timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
    r.working_days = count_working_days(r.received, r.published, nation)
