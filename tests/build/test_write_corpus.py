"""write_corpus: the contract tables, stable ids, dedupe, parse errors, new/updated counts."""
from __future__ import annotations

import json
import sqlite3

import sqlite_utils

from archive.corpus_ids import canonical_url, response_id
from archive.corpus_write import write_corpus


def rows(db_path, sql, params=()):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def test_contract_tables_and_columns_exist(tmp_path, forces, record):
    db = tmp_path / "foi.db"
    write_corpus([record()], db, forces)
    tables = sqlite_utils.Database(db)
    required = {
        "forces": {"slug", "name", "website", "platform", "legislation"},
        "responses": {"id", "force", "reference", "title", "published", "url", "request_text",
                      "response_text", "ncnd", "outcome", "public_interest_test", "year",
                      "month", "format", "topics", "exemption_labels", "attachment_text"},
        "questions": {"response_id", "number", "text", "answer"},
        "response_exemptions": {"response_id", "label"},
        "response_topics": {"response_id", "topic", "evidence", "score"},
        "figures": {"response_id", "measure", "period", "value", "raw", "table_ordinal"},
        "attachments": {"response_id", "name", "url"},
        "exemptions": {"label", "section", "subsection", "name", "ncnd"},
        "topics": {"slug", "description"},
        "tables": {"response_id", "ordinal", "caption", "header", "rows"},
        "parse_errors": {"url", "force", "error"},
        "meta": {"key", "value"},
    }
    for table, columns in required.items():
        assert columns <= set(tables[table].columns_dict), table
    assert tables["forces"].pks == ["slug"]
    assert tables["responses"].pks == ["id"]
    fks = {(fk.column, fk.other_table) for fk in tables["responses"].foreign_keys}
    assert ("force", "forces") in fks
    assert rows(db, "select value from meta where key='schema_version'")[0]["value"]


def test_record_fields_land_in_their_tables(tmp_path, forces, record):
    db = tmp_path / "foi.db"
    write_corpus([record()], db, forces)
    (resp,) = rows(db, "select * from responses")
    assert resp["force"] == "west-midlands-police"
    assert (resp["year"], resp["month"]) == (2024, "2024-03")
    assert json.loads(resp["topics"]) == ["use-of-force"]
    assert json.loads(resp["exemption_labels"]) == ["s40(2)"]
    assert resp["outcome"] == "partial" and resp["ncnd"] == 0
    figures = rows(db, "select period, value, raw from figures order by period")
    assert figures == [{"period": "2022", "value": 10.0, "raw": "10"},
                       {"period": "2023", "value": None, "raw": "<5"}]
    (table,) = rows(db, "select * from tables")
    assert json.loads(table["rows"])[1] == ["2023", "<5"]
    assert rows(db, "select legislation from forces where slug='police-scotland'")[0][
        "legislation"].startswith("Freedom of Information (Scotland)")
    assert rows(db, "select name from exemptions")[0]["name"] == "Personal information"


def test_full_text_search_covers_title_and_attachment_text(tmp_path, forces, record):
    db = tmp_path / "foi.db"
    write_corpus([record(attachment_text="spreadsheet about conducted energy devices"),
                  record(reference="999/24", title="Overtime costs", topics=[],
                         source="https://x.police.uk/overtime")], db, forces)
    hit = rows(db, "select r.title from responses_fts f join responses r on r.rowid = f.rowid "
                   "where responses_fts match 'energy'")
    assert [h["title"] for h in hit] == ["Taser use"]
    assert len(rows(db, "select rowid from responses_fts where responses_fts match 'overtime'")) == 1


def test_a_page_reached_by_two_urls_is_one_response(tmp_path, forces, record):
    db = tmp_path / "foi.db"
    a = record(source="https://www.westmidlands.police.uk/foi-ai/x/taser/",
               fetched_at="2024-03-06T10:00:00Z")
    b = record(source="https://westmidlands.police.uk/foi-ai/y/taser-use?utm_source=feed",
               reference="123 / 24", fetched_at="2024-03-07T10:00:00Z")
    no_ref_1 = record(reference=None, source="https://x.police.uk/a/page/#top", title="A")
    no_ref_2 = record(reference=None, source="https://X.police.uk/a/page", title="A")
    result = write_corpus([a, b, no_ref_1, no_ref_2], db, forces)
    assert len(result.ids) == 2
    (resp,) = rows(db, "select * from responses where reference is not null")
    assert resp["id"] == response_id("west-midlands-police", "123/24", None)
    assert json.loads(resp["source_urls"]) == [
        "https://westmidlands.police.uk/foi-ai/y/taser-use?utm_source=feed",
        "https://www.westmidlands.police.uk/foi-ai/x/taser/"]
    assert resp["url"] == "https://westmidlands.police.uk/foi-ai/y/taser-use?utm_source=feed"
    assert canonical_url("https://X.police.uk/a/page/#top") == "https://x.police.uk/a/page"


def test_parse_errors_are_recorded_and_do_not_stop_the_run(tmp_path, forces, record):
    db = tmp_path / "foi.db"
    bad = {"source": "https://x.police.uk/broken.pdf", "force": "police-scotland",
           "error": "PDF has no pages\nsecond line"}
    result = write_corpus([bad, record()], db, forces)
    assert result.errors == 1 and len(result.ids) == 1
    assert rows(db, "select url, force, error from parse_errors") == [
        {"url": "https://x.police.uk/broken.pdf", "force": "police-scotland",
         "error": "PDF has no pages"}]


def test_rebuild_is_identical_and_counts_new_and_updated(tmp_path, forces, record):
    live, again = tmp_path / "foi.db", tmp_path / "again.db"
    first = write_corpus([record()], live, forces)
    assert len(first.new) == 1
    second = write_corpus([record()], again, forces, previous_db=live)
    assert second.new == [] and second.updated == []
    dump = "select * from responses order by id"
    assert rows(live, dump) == rows(again, dump)
    third = write_corpus([record(outcome="full"), record(reference="7/24", source="u:2")],
                         tmp_path / "third.db", forces, previous_db=live)
    assert len(third.updated) == 1 and len(third.new) == 1
    first_seen = rows(tmp_path / "third.db", "select first_seen from responses where id = ?",
                      (first.ids[0],))[0]["first_seen"]
    assert first_seen == "2024-03-06T10:00:00Z"


def test_unknown_force_and_topic_still_satisfy_foreign_keys(tmp_path, forces, record):
    db = tmp_path / "foi.db"
    write_corpus([record(force="new-force", topic_tags=[
        {"topic": "novel-topic", "score": 0.9,
         "evidence": [{"text": "Taser", "field": "title", "start": 0, "end": 5}]}])],
        db, forces, topics={})
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    ev = json.loads(conn.execute("select evidence from response_topics").fetchone()[0])
    assert ev[0]["text"] == "Taser"
