"""build_corpus over a real raw store: parse, tag, derive, swap in; idempotent; errors recorded."""
from __future__ import annotations

import sqlite3

from archive.build import build_corpus
from archive.corpus_dump import dump_path_for
from archive.serve import load_metadata
from crawler import rawstore

BASE = "https://www.westmidlands.police.uk/foi-ai/west-midlands-police/disclosure-2024/march-2024/"


def page(title: str, ref: str, body: str) -> bytes:
    return f"""<html><head><title>{title} ({ref})</title></head><body><main>
<h1>{title} ({ref})</h1><p>Published: 5 March 2024</p>
<h2>Request</h2><p>{body}</p>
<h2>Response</h2><p>West Midlands Police can confirm the information is held and is provided
below.</p></main></body></html>""".encode()


def fill(store, extra: bool = False) -> None:
    store.add("west-midlands-police", BASE + "taser/", BASE + "taser/", 200,
              {"Content-Type": "text/html"},
              page("Taser use", "101/24", "How many times did officers draw a Taser in 2023?"),
              "entry")
    store.add("west-midlands-police", BASE + "overtime/", BASE + "overtime/", 200,
              {"Content-Type": "text/html"},
              page("Overtime", "102/24", "What was spent on police officer overtime?"), "entry")
    store.add("west-midlands-police", BASE + "broken.pdf", BASE + "broken.pdf", 200,
              {"Content-Type": "application/pdf"}, b"%PDF-1.4 not really a pdf", "entry")
    if extra:
        store.add("west-midlands-police", BASE + "dogs/", BASE + "dogs/", 200,
                  {"Content-Type": "text/html"},
                  page("Police dogs", "103/24", "How many police dogs does the force have?"),
                  "entry")


def count(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_build_twice_then_after_a_further_crawl(tmp_path):
    raw, db = tmp_path / "raw", tmp_path / "foi.db"
    store = rawstore.RawStore(raw)
    fill(store)
    first = build_corpus(raw, db)
    assert (first.responses, first.new, first.updated) == (2, 2, 0)
    assert first.failed >= 1 and "2 responses" in first.describe()
    assert count(db, "select count(*) from parse_errors where url like '%broken.pdf'") == 1
    assert not db.with_name(db.name + ".tmp").exists() and dump_path_for(db).exists()
    assert count(db, "select count(*) from forces") > 40
    assert count(db, "select count(*) from responses where force = 'west-midlands-police'") == 2
    snapshot = sqlite3.connect(db).execute("select * from responses order by id").fetchall()

    second = build_corpus(raw, db)
    assert (second.responses, second.new, second.updated) == (2, 0, 0)
    assert sqlite3.connect(db).execute("select * from responses order by id").fetchall() == snapshot

    fill(store, extra=True)  # same pages again (no new rows) plus one new page
    third = build_corpus(raw, db)
    assert (third.responses, third.new) == (3, 1)
    assert count(db, "select count(distinct reference) from responses") == 3


def test_every_built_table_and_column_is_described(tmp_path):
    raw, db = tmp_path / "raw", tmp_path / "foi.db"
    fill(rawstore.RawStore(raw))
    build_corpus(raw, db)
    tables_meta = load_metadata()["databases"]["foi"]["tables"]
    conn = sqlite3.connect(db)
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type='table' and name not like '%_fts%' "
        "and name not like 'sqlite_%'")]
    for table in names:
        described = tables_meta.get(table, {}).get("columns", {})
        columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
        assert [c for c in columns if c not in described] == [], table
