"""The full build's write pipeline (record producer, side full-text index, streamed dump) gives
the corpus and dump a reader checks: same dump as read back from the file, search that finds
what a rebuilt index finds, rows in publication order, failures that stop the build."""
from __future__ import annotations

import gzip
import sqlite3

import pytest

import archive.corpus_dump as corpus_dump
from archive.build import finish_dump
from archive.corpus_dump import write_dump
from archive.corpus_write import write_corpus
from archive.registry import load_forces
from bench.synth import Synth


def _records_with_duplicates(n: int) -> list[dict]:
    """Synthetic records plus a second fetch of every tenth one from another URL, later, with a
    different title, date and an extra attachment (the merge keeps the latest fetch)."""
    recs = list(Synth(seed=11).records(n))
    for i, rec in enumerate(recs[::10]):
        recs.append({**rec, "url": rec["url"] + "?again", "source": rec["url"] + "?again",
                     "fetched_at": "2030-01-01T00:00:00Z", "title": None if i % 2 else "Later",
                     "published": "2026-12-31" if i % 3 == 0 else rec["published"],
                     "attachments": [{"name": "extra.pdf", "url": f"https://e.invalid/{i}.pdf"}]})
    recs.append({"source": "https://x.invalid/broken.pdf", "force": "kent-police",
                 "error": "no pages"})
    return recs[::-1]  # not in publication order


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pipeline")
    db, dump = folder / "foi.db", folder / "foi.jsonl.tmp-dump"
    patch = pytest.MonkeyPatch()
    patch.setattr(corpus_dump, "_RUN_BYTES", 50_000)  # several sorted runs to merge
    try:
        result = write_corpus(_records_with_duplicates(400), db, load_forces(), dump_to=dump)
        streamed = result.dump.wait()
    finally:
        patch.undo()
    return folder, db, dump, result, streamed


def test_streamed_dump_is_the_dump_read_back_from_the_corpus(built):
    folder, db, dump, result, streamed = built
    assert streamed
    write_dump(db, folder / "read-back.gz")
    lines = gzip.decompress(dump.read_bytes()).decode().splitlines()
    assert len(lines) == len(result.ids) == 400
    assert gzip.decompress(dump.read_bytes()) == gzip.decompress(
        (folder / "read-back.gz").read_bytes())


def test_side_index_finds_what_a_rebuilt_index_finds(built):
    _, db, _, _, _ = built
    conn = sqlite3.connect(db)
    queries = ["officers", "vetting OR seizures", '"national security"', "later", "campaign"]
    query = "SELECT rowid FROM responses_fts WHERE responses_fts MATCH ? ORDER BY rowid"
    try:
        conn.execute("INSERT INTO responses_fts(responses_fts) VALUES ('integrity-check')")
        before = {q: conn.execute(query, (q,)).fetchall() for q in queries}
        conn.execute("INSERT INTO responses_fts(responses_fts) VALUES ('rebuild')")
        after = {q: conn.execute(query, (q,)).fetchall() for q in queries}
    finally:
        conn.close()
    assert before == after
    assert all(before.values())
    # The build-time buffer size is not left in the corpus's index settings.
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT k FROM responses_fts_config").fetchall() == [("version",)]
    conn.close()


def test_rows_are_in_publication_order_and_duplicates_merged(built):
    folder, db, _, result, _ = built
    conn = sqlite3.connect(db)
    try:
        published = [r[0] or "" for r in conn.execute("SELECT coalesce(published, month) FROM "
                                                      "responses ORDER BY rowid")]
        later = conn.execute("SELECT count(*) FROM responses WHERE title = 'Later'").fetchone()[0]
        errors = conn.execute("SELECT count(*) FROM parse_errors").fetchone()[0]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    assert published == sorted(published)
    assert later == 20 and errors == 1 and fk == []
    assert result.ids == sorted(set(result.ids), key=result.ids.index)  # each once
    # Nothing of the helpers is left beside the corpus.
    assert sorted(p.name for p in folder.iterdir()) == ["foi.db", "foi.jsonl.tmp-dump",
                                                        "read-back.gz"]


def test_a_value_sqlite_would_convert_makes_the_dump_come_from_the_corpus(tmp_path):
    recs = list(Synth(seed=12).records(30))
    recs[5] = {**recs[5], "exemptions": [{"label": "s99", "section": "99", "subsection": None,
                                          "name": "Made up", "ncnd": False}]}
    db, dump = tmp_path / "foi.db", tmp_path / "foi.tmp-dump"
    result = write_corpus(recs, db, load_forces(), dump_to=dump)
    finish_dump(result, db, dump)
    write_dump(db, tmp_path / "read-back.gz")
    text = gzip.decompress(dump.read_bytes())
    assert b'"section": 99' in text  # SQLite's INTEGER column turned "99" into 99
    assert text == gzip.decompress((tmp_path / "read-back.gz").read_bytes())


def test_a_failing_record_stream_stops_the_build(tmp_path):
    def records():
        yield from Synth(seed=13).records(20)
        raise OSError("raw store unreadable")

    with pytest.raises(RuntimeError, match="raw store unreadable"):
        write_corpus(records(), tmp_path / "foi.db", load_forces(),
                     dump_to=tmp_path / "foi.tmp-dump")
    assert not (tmp_path / "foi.db-fts").exists()


def _mixed_records() -> list:
    """Responses, duplicates, parse errors (one holding a value marshal refuses) and pages that
    are not responses, interleaved."""
    recs: list = []
    for i, rec in enumerate(Synth(seed=14).records(60)):
        recs.append(rec)
        if i % 4 == 0:
            recs.append({"source": f"https://x.invalid/{i}.pdf", "force": "kent-police",
                         "error": ValueError(f"bad page {i}") if i == 8 else f"no pages {i}"})
        if i % 5 == 0:
            recs.append({"source": f"https://x.invalid/news/{i}", "force": "kent-police",
                         "not_response": "news item", "title": f"News {i}"})
        if i % 7 == 0:
            recs.append({**rec, "url": rec["url"] + "?again", "source": rec["url"] + "?again",
                         "fetched_at": "2030-01-01T00:00:00Z", "title": f"Again {i}"})
    return recs


def _tables(db) -> dict:
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'responses_fts%'")]
        return {n: conn.execute(f'SELECT rowid, * FROM "{n}" ORDER BY rowid').fetchall()
                for n in names}
    finally:
        conn.close()


def test_records_in_small_chunks_give_the_tables_of_one_chunk(tmp_path, monkeypatch):
    """The preparers take chunks in any order; the tables (rowids of parse errors, pages that
    are not responses, merged duplicates) follow the records' order all the same."""
    import archive.corpus_bulk_write as bulk

    monkeypatch.setattr(bulk, "_CHUNK", 100_000)
    one = write_corpus(_mixed_records(), tmp_path / "one.db", load_forces())
    monkeypatch.setattr(bulk, "_CHUNK", 3)
    small = write_corpus(_mixed_records(), tmp_path / "small.db", load_forces())
    tables = _tables(tmp_path / "one.db")
    assert one.errors == small.errors == 15 and one.skipped == small.skipped == 12
    assert [r[4] for r in tables["parse_errors"]][:3] == ["no pages 0", "no pages 4",
                                                           "bad page 8"]
    assert tables == _tables(tmp_path / "small.db")
    assert one.ids == small.ids


def test_a_preparer_that_dies_stops_the_build(tmp_path, monkeypatch):
    """An OOM-killed preparer sends nothing: the writer notices instead of waiting for ever."""
    import os

    import archive.corpus_bulk_write as bulk

    def dies(inbox, out, stage, index):
        inbox.get()
        os._exit(9)

    monkeypatch.setattr(bulk, "_produce", dies)
    with pytest.raises(RuntimeError, match="record producer"):
        write_corpus(Synth(seed=15).records(400), tmp_path / "foi.db", load_forces(),
                     dump_to=tmp_path / "foi.tmp-dump")
    assert not (tmp_path / "foi.db-fts").exists()
