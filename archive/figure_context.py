"""What a researcher needs beside each figure to chart it across forces (issue 13): the response's
title and main topic, a series name that keeps apart tables measuring different things under the
same heading, the kind of period, the unit where the table states one, and a flag on figures that
repeat an earlier table of the same response (the page's table again in the attached letter).

    series_of("Arrests", "Spiking reports, 2020 to 2023", "…")      -> "Spiking reports: Arrests"
    period_kind("2019/20", "Arrests")                                -> "financial_year"
    period_kind("2022", "December / Arrests")                        -> "month"
    unit_of("Consultancy spend (£000)", "Spending", "412")           -> "GBP thousands"
"""
from __future__ import annotations

import re
from functools import lru_cache

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november"
           "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_MONTH_PART = re.compile(rf"^(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})\.?$", re.I)
_QUARTER_PART = re.compile(r"^Q[1-4]$", re.I)
_CALENDAR = re.compile(r"^(?:19|20)\d\d$")
_FINANCIAL = re.compile(r"^(?:FY\s?)?(?:19|20)\d\d\s?[/\-–]\s?(?:19|20)?\d\d$", re.I)
_RANGE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
# A span of years in a caption or title ("2019 to 2022", "2019/20 - 2021/22", "(2023)").
_YEARS = re.compile(r"(?:\b(?:from|between|in|for)\s+)?\(?\b(?:19|20)\d\d(?:\s?[/\-–]\s?\d{2,4})?\)?"
                    r"(?:\s*(?:to|and|-|–)\s*\(?(?:19|20)\d\d(?:\s?[/\-–]\s?\d{2,4})?\)?)?", re.I)
_UNITS = (  # (pattern over measure + caption, unit); the first that matches wins
    (re.compile(r"£\s?(?:000|k)\b|\(£000s?\)|£ thousands?|thousands? of pounds", re.I),
     "GBP thousands"),
    (re.compile(r"£\s?m\b|£ millions?|\(£m\)", re.I), "GBP millions"),
    (re.compile(r"£|\bGBP\b|pounds", re.I), "GBP"),
    (re.compile(r"%|per ?cent|percentage", re.I), "percent"),
    (re.compile(r"\bseconds?\b|\(secs?\)", re.I), "seconds"),
    (re.compile(r"\bminutes?\b|\(mins?\)", re.I), "minutes"),
    (re.compile(r"\bhours?\b", re.I), "hours"),
    (re.compile(r"\bworking days\b|\bdays\b", re.I), "days"),
    (re.compile(r"\bweeks?\b", re.I), "weeks"),
)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip(" ,;:-–/")


# The same measures, captions and periods recur across a response's cells and across responses:
# the pure functions below are cached (bounded, so memory stays flat however big the build).
_CACHE = 1 << 14


@lru_cache(maxsize=_CACHE)
def context_of(caption: str | None, title: str | None) -> str:
    """What a table is about, without its years: the caption's own words (a file's sheet name
    before ' / ' dropped), else the response title."""
    for text in (caption, title):
        text = _clean((text or "").rsplit(" / ", 1)[-1])
        text = _clean(_YEARS.sub("", text))
        if text:
            return text[0].upper() + text[1:]
    return ""


@lru_cache(maxsize=_CACHE)
def series_of(measure: str | None, caption: str | None, title: str | None) -> str:
    """The measure within its table's context: one value per thing counted, for a facet."""
    measure = _clean(re.sub(r"^number of\s+", "", measure or "", flags=re.I))
    context = context_of(caption, title)
    if measure:
        measure = measure[0].upper() + measure[1:]
    if not context or measure.lower() == context.lower():
        return measure or context
    return f"{context}: {measure}" if measure else context


@lru_cache(maxsize=_CACHE)
def period_kind(period: str | None, measure: str | None) -> str | None:
    """calendar_year, financial_year, month, quarter, date (a day: 31 March 2024), date_range, or
    None when the figure has no period. A month or day label is filed under its year by the
    parser and kept in the measure, so the measure tells the finer kinds apart."""
    p = (period or "").strip()
    if not p:
        return None
    if _RANGE.search(p):
        return "date_range"
    parts = [x.strip() for x in (measure or "").split(" / ")]
    finer = None
    for part in parts:
        m = _MONTH_PART.match(part)
        if m:
            finer = "date" if m.group("day") else "month"
            break
        if _QUARTER_PART.match(part):
            finer = "quarter"
            break
    if _FINANCIAL.match(p):
        return finer or "financial_year"
    if _CALENDAR.match(p):
        return finer or "calendar_year"
    return "other"


def unit_of(measure: str | None, caption: str | None, raw: str | None) -> str | None:
    """The unit the table states for the cell (None for plain counts, or when unstated)."""
    raw = raw or ""
    if "£" in raw:
        return _unit_in(raw)
    if "%" in raw:
        return "percent"
    return _unit_in(f"{measure or ''} | {caption or ''}")


@lru_cache(maxsize=_CACHE)
def _unit_in(text: str) -> str | None:
    for pattern, unit in _UNITS:
        if pattern.search(text):
            return unit
    return None


def figure_rows(rid: str, force: str | None, rec: dict, topics: list[str]) -> list[tuple]:
    """The corpus's figures rows of a record: the parser's fields, then title, topic, series,
    period_kind, unit and duplicate (1 when an earlier table of the response printed the same
    cell: same measure, period and text)."""
    tables = rec.get("tables") or []
    title = rec.get("title")
    topic = topics[0] if topics else None
    seen: dict[tuple, int] = {}
    out = []
    for fig in rec.get("figures") or []:
        t = fig.get("table")
        caption = tables[t].get("caption") if isinstance(t, int) and 0 <= t < len(tables) else None
        measure, period, raw = fig.get("measure"), fig.get("period"), fig.get("raw")
        key = (measure, period, raw)
        first = seen.setdefault(key, t)
        out.append((rid, force, t, measure, period, fig.get("value"), raw, title, topic,
                    series_of(measure, caption, title), period_kind(period, measure),
                    unit_of(measure, caption, raw), int(first != t)))
    return out
