"""A corpus of responses with received and published dates whose working days were counted by
hand (tests/site/test_timeliness.py, tests/browser/test_timeliness_in_browser.py), written by the
build's own steps: working_days.fill, write_corpus, write_stats."""
from __future__ import annotations

import sqlite3

FORCES = [
    {"slug": "kent-police", "name": "Kent Police", "country": "England", "act": "FOIA",
     "website": "https://www.kent.police.uk", "platform": "soh",
     "entry_urls": ["https://www.kent.police.uk/foi/"], "browser": False},
    {"slug": "police-scotland", "name": "Police Scotland", "country": "Scotland", "act": "FOISA",
     "website": "https://www.scotland.police.uk", "platform": "pdf_letters",
     "entry_urls": ["https://www.scotland.police.uk/foi/"], "browser": False},
    {"slug": "police-service-of-northern-ireland", "name": "Police Service of Northern Ireland",
     "country": "Northern Ireland", "act": "FOIA", "website": "https://www.psni.police.uk",
     "platform": "psni", "entry_urls": ["https://www.psni.police.uk/foi/"], "browser": False},
]
# (force, reference, received, published, working days counted by hand)
CASES = [
    # Kent, FOIA (bank holidays of any part of the UK)
    ("kent-police", "K1", "2024-07-10", "2024-07-17", 4),   # Fri 12 Jul (NI) skipped
    ("kent-police", "K2", "2024-09-02", "2024-09-30", 20),  # no holidays: 20 weekdays
    ("kent-police", "K3", "2024-03-28", "2024-04-04", 3),   # Good Friday, Easter Monday
    ("kent-police", "K4", None, "2024-05-01", None),        # states no received date
    ("kent-police", "K5", "2024-07-20", "2024-07-17", None),  # received after: misread
    # 3 May 2023 -> 13 Jun: 30 weekdays less 8 May (coronation) and 29 May (spring): 28
    ("kent-police", "K6", "2023-05-02", "2023-06-13", 28),
    # Police Scotland, FOISA (Scotland's bank holidays)
    ("police-scotland", "S1", "2024-07-10", "2024-07-17", 5),   # 12 July is a working day
    ("police-scotland", "S2", "2024-08-02", "2024-08-30", 19),  # Mon 5 Aug skipped, 26 Aug not
    ("police-scotland", "S3", "2024-03-28", "2024-04-04", 4),   # Easter Monday is a working day
    ("police-scotland", "S4", "2024-05-07", "2024-06-14", 27),  # 28 weekdays less 27 May
    # PSNI: nothing stated
    ("police-service-of-northern-ireland", "P1", None, "2024-02-01", None),
    ("police-service-of-northern-ireland", "P2", None, "2024-03-01", None),
]


def _record(force, ref, received, published):
    return {"source": f"https://www.{force}.example/foi/{ref}/", "force": force, "reference": ref,
            "title": f"Police dogs {ref}", "published": published, "received": received,
            "request_text": "How many police dogs are there?", "response_text": "There are 40.",
            "questions": [], "exemptions": [], "ncnd": False, "outcome": "full",
            "public_interest_test": False, "tables": [], "figures": [], "attachments": [],
            "topics": [], "error": None, "format": "html", "fetched_at": f"{published}T09:00:00Z"}


def build_timeliness_corpus(db):
    from archive.corpus_schema import ensure_derived_tables
    from archive.corpus_stats import write_stats
    from archive.corpus_write import write_corpus
    from archive.working_days import fill

    write_corpus([fill(_record(*c[:4])) for c in CASES], db, FORCES)
    conn = sqlite3.connect(db)
    ensure_derived_tables(conn)
    write_stats(conn)
    conn.commit()
    conn.close()
    return db
