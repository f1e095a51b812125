"""The site tests' corpus: hand-written records (and hand-written derived NLP rows) that
cover every page: a round-robin group, reused refusal wording, scraped markup."""
from __future__ import annotations

import sqlite3

from archive.corpus_ids import response_id

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'
FORCES = [
    {"slug": "west-midlands-police", "name": "West Midlands Police", "country": "England",
     "act": "FOIA", "website": "https://www.westmidlands.police.uk", "platform": "soh",
     "entry_urls": ["https://www.westmidlands.police.uk/foi/"], "browser": False},
    {"slug": "kent-police", "name": "Kent Police", "country": "England", "act": "FOIA",
     "website": "https://www.kent.police.uk", "platform": "soh",
     "entry_urls": ["https://www.kent.police.uk/foi/"], "browser": False},
    {"slug": "police-scotland", "name": "Police Scotland", "country": "Scotland",
     "act": "FOISA", "website": "https://www.scotland.police.uk", "platform": "pdf_letters",
     "entry_urls": ["https://www.scotland.police.uk/foi/"], "browser": False},
]
S40 = {"label": "s40(2)", "section": 40, "subsection": "2", "name": "Personal information",
       "ncnd": False}
S31 = {"label": "s31(3)", "section": 31, "subsection": "3", "name": "Law enforcement",
       "ncnd": True}
S12 = {"label": "s12", "section": 12, "subsection": None, "name": "Cost of compliance",
       "ncnd": False}
S12_1 = {"label": "s12(1)", "section": 12, "subsection": "1", "name": "Cost of compliance",
         "ncnd": False}
S38_FOIA = {"label": "s38(1)(b)", "section": 38, "subsection": "1)(b", "name": "Health and safety",
            "ncnd": False}
# Police Scotland answers under FOISA: there s38(1)(b) is personal information, s18(1) is NCND
S38_FOISA = {**S38_FOIA, "name": "Personal information"}
S18_FOISA = {"label": "s18(1)", "section": 18, "subsection": "1",
             "name": "Neither confirm nor deny", "ncnd": True}
REFUSAL = ("Disclosure of this information would prejudice the prevention and detection of "
           "crime and the force will neither confirm nor deny that it holds it.")


def rec(force, ref, title, published, outcome, exemptions=(), topics=(), **extra):
    base = {
        "source": f"https://www.{force}.example/foi/{ref.replace('/', '-')}/", "force": force,
        "reference": ref, "title": title, "published": published,
        "request_text": f"Please tell me about {title.lower()}.",
        "response_text": "Our answer follows.", "questions": [], "exemptions": list(exemptions),
        "ncnd": any(e["ncnd"] for e in exemptions) or outcome == "ncnd", "outcome": outcome,
        "public_interest_test": False, "tables": [], "figures": [], "attachments": [],
        "topics": list(topics), "error": None, "format": "html",
        "fetched_at": f"{published}T09:00:00Z",
        "topic_tags": [{"topic": t, "score": 0.8,
                        "evidence": [{"text": t.split("-")[0], "field": "title", "start": 0,
                                      "end": 3}]} for t in topics],
    }
    base.update(extra)
    return base


RECORDS = [
    rec("west-midlands-police", "100/23", "Taser deployments", "2023-02-01", "full",
        topics=["use-of-force"],
        questions=[{"number": "1", "text": "How many Taser deployments were there in 2022?",
                    "answer": "There were 431 deployments."}],
        tables=[{"caption": "Deployments by year", "header": ["Year", "Deployments"],
                 "rows": [["2021", "398"], ["2022", "431"]]}],
        figures=[{"table": 0, "measure": "Deployments", "period": "2021", "value": 398,
                  "raw": "398"},
                 {"table": 0, "measure": "Deployments", "period": "2022", "value": 431,
                  "raw": "431"}],
        attachments=[{"name": "Taser data.xlsx", "url": "https://www.wmp.example/taser.xlsx"},
                     {"name": "Bad link", "url": "javascript:alert(3)"}]),
    rec("kent-police", "FOI-2023-77", "Taser deployments", "2023-03-10", "ncnd",
        exemptions=[S31], topics=["use-of-force"], response_text=REFUSAL),
    rec("police-scotland", "23-1234", "Taser deployments", "2023-04-02", "cost_limit",
        exemptions=[S12], topics=["use-of-force"],
        response_text="Our response to this request is in the letter below.",
        attachment_text="Answering would need every incident log read by hand, well past the "
                        "£600 cost limit of section 12(1) <i>FOISA</i>.",
        evidence={"outcome": "Answering would need every incident log read by hand <i>x</i>.",
                  "outcome_rule": "nothing given; over the cost limit (s12)", "ncnd": None,
                  "public_interest_test": None}),
    rec("kent-police", "FOI-2024-5", "Officer misconduct", "2024-05-20", "partial",
        exemptions=[S40, S31], topics=["misconduct-and-discipline"], response_text=REFUSAL),
    rec("west-midlands-police", "55/24", EVIL, "2024-06-01", "refused", exemptions=[S40],
        topics=["misconduct-and-discipline"],
        request_text=f"Tell me {EVIL} now", response_text="Refused <b>bold</b>",
        source="javascript:alert(4)"),
]

# Two more responses for the exemption-naming tests (tests/site/test_exemption_names_site.py),
# kept out of RECORDS so that the other tests' counts stand: build_site_corpus(db, ACT_RECORDS).
ACT_RECORDS = [
    # s12 and s12(1) cited together: one exemption family; s38(1)(b) under FOIA
    rec("kent-police", "FOI-2024-88", "Firearms certificate holders", "2024-07-01", "partial",
        exemptions=[S12, S12_1, S38_FOIA],
        request_text="How many firearms certificates are held, why was each application "
                     "refused, and where do the holders live?",
        response_text="There are 2,140 certificates. Reading every refusal file for its reason "
                      "would exceed the cost limit of section 12 (section 12(1) of the Act). "
                      "Holders' addresses are withheld under section 38(1)(b): publishing where "
                      "firearms are kept would endanger the holders' safety."),
    # FOISA: s38(1)(b) personal information and s18(1) NCND, named from the Scottish Act
    rec("police-scotland", "24-0456", "Complaints about a named officer", "2024-08-15", "ncnd",
        exemptions=[S18_FOISA, S38_FOISA], topics=["misconduct-and-discipline"],
        request_text="Has the constable I name in this request been the subject of complaints?",
        response_text="Our response to this request is in the letter below.",
        attachment_text="Police Scotland can neither confirm nor deny whether it holds this "
                        "information (section 18(1) of the Freedom of Information (Scotland) Act "
                        "2002); if held, it would be personal data exempt under section "
                        "38(1)(b)."),
]


def rid(force, ref):
    return response_id(force, ref, None)


TASER_GROUP = [rid("west-midlands-police", "100/23"), rid("kent-police", "FOI-2023-77"),
               rid("police-scotland", "23-1234")]


def add_derived_rows(db_path):
    """What nlp.corpus.update_derived would write: a round-robin, passages, similar pairs."""
    conn = sqlite3.connect(db_path)
    conn.execute("insert into round_robins(id, title, forces, responses) "
                 "values ('rr1', 'Taser deployments', 3, 3)")
    conn.executemany("insert into round_robin_members(round_robin_id, response_id) "
                     "values ('rr1', ?)",
                     [(i,) for i in TASER_GROUP])
    ncnd_ids = [rid("kent-police", "FOI-2023-77"), rid("kent-police", "FOI-2024-5")]
    conn.executemany("insert into passages(id, response_id, ordinal, text, cluster_id) "
                     "values (?, ?, 1, ?, 'c1')",
                     [(f"p{i}", r, REFUSAL) for i, r in enumerate(ncnd_ids)])
    # the counts nlp.corpus writes for the cluster: the precedent page reads them as they are
    conn.execute("insert into passage_clusters(id, representative_text, kind, passages, "
                 "responses, forces, years, first_seen, last_seen, exemptions, force_list) "
                 "values ('c1', ?, 'reasoning', 2, 2, 1, 2, '2023-03-10', '2024-05-20', "
                 "'[\"s31(3)\", \"s40(2)\"]', '[\"kent-police\"]')", (REFUSAL,))
    conn.execute("insert into passages(id, response_id, ordinal, text) "
                 "values ('p9', ?, 1, 'We hold no such records.')",
                 (rid("police-scotland", "23-1234"),))
    conn.execute("insert into similar_responses values (?, ?, 0.95, 1)",
                 (TASER_GROUP[0], TASER_GROUP[1]))
    # hostile scraped text reaches the derived pages too: a passage and a round-robin title
    evil_id = rid("west-midlands-police", "55/24")
    conn.execute("insert into passages(id, response_id, ordinal, text) values ('p8', ?, 2, ?)",
                 (evil_id, f"Withheld under personal information {EVIL}"))
    conn.execute("insert into round_robins(id, title, forces, responses) values ('rr2', ?, 2, 2)",
                 (f"Misconduct {EVIL}",))
    conn.executemany("insert into round_robin_members(round_robin_id, response_id) "
                     "values ('rr2', ?)", [(evil_id,), (rid("kent-police", "FOI-2024-5"),)])
    conn.execute("insert into similar_responses values (?, ?, 0.5, 2)",
                 (TASER_GROUP[0], evil_id))
    conn.commit()
    conn.close()


def build_site_corpus(db, extra=()):
    """The corpus through the real write path: records (and `extra` ones), derived rows, stats
    and the dump."""
    from archive.corpus_dump import dump_path_for, write_dump
    from archive.corpus_schema import ensure_derived_tables
    from archive.corpus_stats import write_stats
    from archive.corpus_write import write_corpus

    write_corpus([*RECORDS, *extra], db, FORCES, topics={"use-of-force": "Tasers and batons",
                                              "misconduct-and-discipline": "Misconduct"})
    conn = sqlite3.connect(db)
    ensure_derived_tables(conn)
    conn.close()
    add_derived_rows(db)
    conn = sqlite3.connect(db)
    write_stats(conn)
    conn.commit()
    conn.close()
    write_dump(db, dump_path_for(db))
    return db


def busiest_force_year(db) -> tuple[str, int]:
    """The (force, year) cell with the most responses: a filter that returns rows."""
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    try:
        return conn.execute("select force, year from responses where year is not null "
                            "group by 1, 2 order by count(*) desc limit 1").fetchone()
    finally:
        conn.close()
