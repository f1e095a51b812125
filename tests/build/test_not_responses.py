"""Pages of a log that are not responses are left out of `responses` and listed, with their
reason, in `not_responses`; short real responses and letters behind a bare page stay in."""
from __future__ import annotations

import sqlite3

from archive.build import build_corpus
from crawler import rawstore

LOG = "https://www.anyshire.police.uk/foi-ai/anyshire-police/disclosure-2025/march-2025/"
FORCE = "west-midlands-police"   # any registry slug: the crawl names the log's force


def html(main: str) -> bytes:
    return (f"<html><head><title>Anyshire Police</title></head><body><header><nav>"
            f"<a href='/news/'>News</a></nav></header><main>{main}</main></body></html>").encode()


PAGES = {
    "log-moving/": html("<h1>Our disclosure log is moving</h1><p>From 1 April new disclosures "
                        "will be published on our new website. This page will no longer be "
                        "updated.</p>"),
    "delays/": html("<h1>Response times</h1><p>We are experiencing delays in responding to "
                    "requests. Thank you for your patience.</p>"),
    "march-index/": html("<h1>Disclosures March 2025</h1><ul>"
                         f"<li><a href='{LOG}dogs-041225/'>Police dogs</a></li>"
                         f"<li><a href='{LOG}drones-041325/'>Drone flights</a></li>"
                         f"<li><a href='{LOG}overtime-041425/'>Overtime</a></li></ul>"),
    "tasers-041025/": html("<h1>Taser use (0410/25)</h1><h2>Request</h2><p>How many times was a "
                           "Taser drawn in 2024?</p><h2>Response</h2><p>Tasers were drawn 212 "
                           "times in 2024.</p>"),
    "quad-bikes-041125/": html("<h1>Seized quad bikes (0411/25)</h1><p>This information is not "
                               "held.</p>"),
    # A bare page that only links its letter: the letter makes it a response.
    "custody-041525/": html(f"<h1>Custody deaths</h1><p><a href='{LOG}custody.txt'>Letter</a></p>"
                            "<p>We apologise for any inconvenience.</p>"),
}
LETTER = (b"Our ref: 0415/25\n\nRequest\n1. How many people died in custody in 2024?\n\n"
          b"Response\nNo deaths in custody were recorded in 2024.\n")


def fill(store) -> None:
    for slug, body in PAGES.items():
        store.add(FORCE, LOG + slug, LOG + slug, 200, {"Content-Type": "text/html"}, body, "entry")
    store.add(FORCE, LOG + "custody.txt", LOG + "custody.txt", 200, {"Content-Type": "text/plain"},
              LETTER, "attachment", parent_url=LOG + "custody-041525/", link_text="Letter")


def rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_notices_and_listings_are_left_out_and_recorded(tmp_path):
    raw, db = tmp_path / "raw", tmp_path / "foi.db"
    fill(rawstore.RawStore(raw))
    report = build_corpus(raw, db)

    published = {u.rsplit("/", 2)[-2] for (u,) in rows(db, "select url from responses")}
    assert published == {"tasers-041025", "quad-bikes-041125", "custody-041525"}
    skipped = {u.rsplit("/", 2)[-2]: (force, reason.split(":")[0], title) for u, force, reason, title
               in rows(db, "select url, force, reason, title from not_responses")}
    assert skipped == {
        "log-moving": (FORCE, "service notice", "Our disclosure log is moving"),
        "delays": (FORCE, "service notice", "Response times"),
        "march-index": (FORCE, "listing page", "Disclosures March 2025"),
    }
    assert (report.responses, report.skipped) == (3, 3)
    assert "3 not responses" in report.describe()
    refs = {r for (r,) in rows(db, "select reference from responses")}
    assert refs == {"0410/25", "0411/25", "0415/25"}

    again = build_corpus(raw, db)   # the same store again: the same rows, none doubled
    assert (again.responses, again.skipped) == (3, 3)
    assert rows(db, "select count(*) from not_responses") == [(3,)]


def test_incremental_append_lists_a_notice_once_and_publishes_the_rest(tmp_path, record, forces):
    from archive.corpus_write import append_corpus, write_corpus

    db = tmp_path / "foi.db"
    write_corpus([record()], db, forces)
    notice = record(source=LOG + "log-moving/", reference=None, title="Our disclosure log is moving",
                    questions=[], exemptions=[], outcome="unknown",
                    not_response="service notice")
    answer = record(source=LOG + "dogs-041225/", reference="0412/25", title="Police dogs")
    for _ in range(2):   # the same batch twice: one row for the notice, the answer replaced
        result = append_corpus([notice, answer], db, forces)
        assert (len(result.ids), result.skipped) == (1, 1)
    assert rows(db, "select count(*) from responses") == [(2,)]
    assert rows(db, "select url, reason, title from not_responses") == [
        (LOG + "log-moving/", "service notice", "Our disclosure log is moving")]
