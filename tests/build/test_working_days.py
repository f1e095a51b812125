"""Working days by the Act's rule (archive/working_days.py), counted by hand for each case, and the
build writing them into responses.working_days from a real raw store."""
from __future__ import annotations

import sqlite3
from datetime import date

from archive.working_days import (
    FOIA_CALENDARS,
    FOISA_CALENDARS,
    count_working_days,
    fill,
    timing,
)
from crawler import rawstore

ENGLAND_ONLY = ("ENG",)  # not the Act's rule: only to show what s10(6)'s "any part" adds


def foia(a, b):
    return count_working_days(a, b, FOIA_CALENDARS)


def foisa(a, b):
    return count_working_days(a, b, FOISA_CALENDARS)


def test_easter_england_and_wales_holiday():
    # Thu 28 Mar 2024 -> Thu 4 Apr 2024. Fri 29 Good Friday (everywhere), Sat, Sun, Mon 1 Apr
    # Easter Monday (E&W and NI, not Scotland), then Tue 2, Wed 3, Thu 4: 3 under FOIA.
    # Under FOISA Easter Monday is a working day: 4.
    assert foia(date(2024, 3, 28), date(2024, 4, 4)) == 3
    assert foisa(date(2024, 3, 28), date(2024, 4, 4)) == 4


def test_scottish_only_second_of_january():
    # Fri 29 Dec 2023 -> Fri 5 Jan 2024: Sat 30, Sun 31, Mon 1 Jan (everywhere), Tue 2 Jan
    # (Scotland only), Wed 3, Thu 4, Fri 5: 3 working days under FOISA, and under FOIA too,
    # because s10(6) skips a bank holiday in any part of the UK; England's own calendar alone
    # would count 2 January: 4.
    assert foisa(date(2023, 12, 29), date(2024, 1, 5)) == 3
    assert foia(date(2023, 12, 29), date(2024, 1, 5)) == 3
    assert count_working_days(date(2023, 12, 29), date(2024, 1, 5), ENGLAND_ONLY) == 4


def test_st_andrews_day_substitute():
    # 30 Nov 2024 is a Saturday, so Scotland's bank holiday moves to Mon 2 Dec.
    # Fri 29 Nov -> Fri 6 Dec: Sat, Sun, Mon 2 (substitute), Tue 3, Wed 4, Thu 5, Fri 6: 4.
    assert foisa(date(2024, 11, 29), date(2024, 12, 6)) == 4
    assert foia(date(2024, 11, 29), date(2024, 12, 6)) == 4
    assert count_working_days(date(2024, 11, 29), date(2024, 12, 6), ENGLAND_ONLY) == 5


def test_northern_ireland_only_twelfth_of_july_and_st_patricks_day():
    # Wed 10 Jul 2024 -> Wed 17 Jul: Thu 11, Fri 12 (NI only), Sat, Sun, Mon 15, Tue 16, Wed 17.
    # FOIA (PSNI, and any FOIA force): 4; FOISA (Police Scotland): 5.
    assert foia(date(2024, 7, 10), date(2024, 7, 17)) == 4
    assert foisa(date(2024, 7, 10), date(2024, 7, 17)) == 5
    # 17 Mar 2024 is a Sunday: NI's holiday moves to Mon 18 Mar. Fri 15 -> Fri 22 Mar:
    # Mon 18 (substitute), Tue 19, Wed 20, Thu 21, Fri 22: FOIA 4, FOISA 5.
    assert foia(date(2024, 3, 15), date(2024, 3, 22)) == 4
    assert foisa(date(2024, 3, 15), date(2024, 3, 22)) == 5


def test_august_holidays_differ_by_nation():
    # Fri 2 Aug 2024 -> Fri 30 Aug: 20 weekdays. Scotland's summer holiday is Mon 5 Aug, England's
    # Mon 26 Aug. FOIA skips both: 18. FOISA skips 5 Aug only: 19.
    assert foia(date(2024, 8, 2), date(2024, 8, 30)) == 18
    assert foisa(date(2024, 8, 2), date(2024, 8, 30)) == 19


def test_christmas_and_new_year_for_police_scotland():
    # Fri 22 Dec 2023 -> Fri 5 Jan 2024: Mon 25, Tue 26 (holidays), Wed 27, Thu 28, Fri 29,
    # Mon 1 Jan, Tue 2 Jan (holidays), Wed 3, Thu 4, Fri 5: 6.
    assert foisa(date(2023, 12, 22), date(2024, 1, 5)) == 6


def test_day_one_is_the_working_day_after_receipt():
    # received Sat 4 May 2024: Mon 6 May is a bank holiday everywhere, so Tue 7 is day 1;
    # answered Fri 10 May: 4
    assert foia(date(2024, 5, 4), date(2024, 5, 10)) == 4
    assert foia(date(2024, 5, 7), date(2024, 5, 7)) == 0  # answered the day it arrived
    # Mon 2 Sep 2024 -> Mon 30 Sep: no holidays, the twentieth working day exactly
    assert foia(date(2024, 9, 2), date(2024, 9, 30)) == 20


def test_a_proclaimed_one_off_holiday():
    # Mon 19 Sep 2022, the late Queen's funeral, was proclaimed a bank holiday across the UK:
    # Fri 16 -> Tue 20 Sep 2022 is 1 working day.
    assert foia(date(2022, 9, 16), date(2022, 9, 20)) == 1


def test_absurd_spans_have_no_count_and_a_reason():
    assert timing("2024-05-07", "2024-05-03", "FOIA") == (
        None, "received after the response date: one of the two dates is misread")
    days, note = timing("2022-01-04", "2024-05-03", "FOIA")
    assert days is None and "more than a year" in note
    assert timing(None, "2024-05-03", "FOIA")[0] is None
    assert timing("2024-05-07", None, "FOIA")[1] == "the response states no response date"
    # Wed 8 May -> Fri 14 Jun 2024: 28 weekdays, less Mon 27 May (spring holiday, Scotland too): 27
    assert timing("2024-05-07", "2024-06-14", "FOISA") == (27, None)


def test_fill_uses_the_forces_act_from_the_registry():
    # 10 -> 17 Jul 2024 as above: the registry's PSNI is FOIA (4), Police Scotland FOISA (5)
    base = {"received": "2024-07-10", "published": "2024-07-17"}
    assert fill({**base, "force": "police-service-of-northern-ireland"})["working_days"] == 4
    assert fill({**base, "force": "police-scotland"})["working_days"] == 5
    assert fill({**base, "force": "kent-police"})["working_days"] == 4
    rec = fill({**base, "force": "kent-police", "received": None})
    assert rec["working_days"] is None and rec["working_days_note"]

LOG = "https://www.scotland.police.uk/access-to-information/freedom-of-information/disclosure-log/"


def _letter(ref: str, received_line: str, answered: str) -> bytes:
    return f"""Police Scotland
Our ref: IM-FOI-2024-{ref}
Date: {answered}

Dear Requester,
{received_line}

How many police dogs does Police Scotland have?

Police Scotland has 49 general purpose police dogs.
""".encode()


def test_the_build_fills_working_days(tmp_path):
    from archive.build import build_corpus

    store = rawstore.RawStore(tmp_path / "raw")
    # 10 -> 17 Jul 2024 for Police Scotland (FOISA): 12 July is a working day there: 5
    store.add("police-scotland", LOG + "dogs-1.txt", LOG + "dogs-1.txt", 200,
              {"Content-Type": "text/plain"},
              _letter("0101", "We received your request for information on 10 July 2024.",
                      "17 July 2024"), "entry")
    # no received date stated: NULL
    store.add("police-scotland", LOG + "dogs-2.txt", LOG + "dogs-2.txt", 200,
              {"Content-Type": "text/plain"}, _letter("0102", "Thank you for your request.",
                                                      "17 July 2024"), "entry")
    # received after the response: stored, but no count
    store.add("police-scotland", LOG + "dogs-3.txt", LOG + "dogs-3.txt", 200,
              {"Content-Type": "text/plain"},
              _letter("0103", "Your request was received on 20 July 2024.", "17 July 2024"), "entry")
    db = tmp_path / "foi.db"
    build_corpus(tmp_path / "raw", db)
    conn = sqlite3.connect(db)
    rows = dict((ref, (rec, wd, pub)) for ref, rec, wd, pub in conn.execute(
        "select reference, received, working_days, published from responses"))
    conn.close()
    assert rows["IM-FOI-2024-0101"] == ("2024-07-10", 5, "2024-07-17")
    assert rows["IM-FOI-2024-0102"] == (None, None, "2024-07-17")
    assert rows["IM-FOI-2024-0103"] == ("2024-07-20", None, "2024-07-17")
