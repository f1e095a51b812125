"""Hostile files: each gives a one-line error or a bounded partial parse (marked `truncated`)
within the configured limits, and a batch containing them loses nothing else.

Every file is generated here, in tmp_path or memory; nothing hostile is committed.
"""
from __future__ import annotations

import dataclasses
import json
import random
import re
import subprocess
import time
from pathlib import Path

import pytest

from archive.parse_files import parse_paths
from parsers import parse_document
from parsers.limits import LIMITS, Budget
from tests.support import hostile
from tests.support.reliability import FIXTURES

GIB = 1024 ** 3


def _timed(data: bytes, content_type: str | None = None) -> tuple[dict, float]:
    start = time.monotonic()
    rec = parse_document(data, content_type)
    return rec, time.monotonic() - start


def _one_line_error(rec: dict, *words: str) -> None:
    assert rec["error"] and "\n" not in rec["error"], rec["error"]
    for w in words:
        assert w in rec["error"], rec["error"]


def _questions(rec: dict) -> list[str]:
    return [q["text"] for q in rec["questions"]]


# --- PDF ---------------------------------------------------------------------------------------

def test_pdf_with_thousands_of_pages_is_read_to_the_page_limit():
    rec, secs = _timed(hostile.many_pages_pdf(5000))
    assert rec["error"] is None and secs < 5
    assert rec["truncated"] == f"PDF read to page {LIMITS.max_pdf_pages} of 5000: page limit"


def test_pdf_page_count_that_lies_is_harmless():
    rec, secs = _timed(hostile.lying_count_pdf(10 ** 9))
    assert rec["error"] is None and secs < 5
    assert _questions(rec) == ["How many pages are there?"]


def test_pdf_page_tree_nested_thousands_deep_is_an_error():
    rec, secs = _timed(hostile.deep_pages_pdf(5000))
    assert secs < 5
    _one_line_error(rec, "PDF")


def test_pdf_object_nested_200000_deep_still_reads_the_page():
    rec, secs = _timed(hostile.deep_array_pdf(200_000))
    assert secs < 5 and rec["error"] is None
    assert _questions(rec) == ["Is this nested?"]


def test_pdf_time_budget_gives_partial_record():
    from parsers.pdf import read_pdf

    doc = read_pdf(hostile.many_pages_pdf(50), Budget(0))
    assert doc["truncated"] == "PDF read to page 0 of 50: time limit" and doc["text"] == ""


# --- zip containers ----------------------------------------------------------------------------

@pytest.mark.parametrize("make,fmt", [(hostile.docx_bomb, "docx"), (hostile.xlsx_bomb, "xlsx")])
def test_zip_bomb_refused_from_the_directory(make, fmt):
    data = make(GIB)
    assert len(data) < 2 * 1024 * 1024  # a small file ...
    rec, secs = _timed(data)  # ... that would inflate to a gigabyte
    assert secs < 2
    _one_line_error(rec, f"{fmt} refused", "zip bomb")


def test_zip_whose_directory_claims_gigabytes_is_refused():
    _one_line_error(parse_document(hostile.lying_zip(3 * GIB)), "docx refused")


def test_many_member_zip_is_refused():
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", b"<w:document/>")
        for i in range(LIMITS.max_zip_members + 1):
            zf.writestr(f"word/media/{i}.bin", b"")
    _one_line_error(parse_document(buf.getvalue()), "members")


@pytest.mark.parametrize("dimension", [None, "A1:B1000003"], ids=["no-dimension", "claimed-dimension"])
@pytest.mark.parametrize("styled", [True, False], ids=["styled-empty", "bare-rows"])
def test_xlsx_with_a_million_empty_rows(dimension, styled):
    data = hostile.xlsx_sheet(hostile.sheet_xml([["Year", "Stops"], [2022, 10], [2023, 12]],
                                                1_000_000, styled_empty=styled, dimension=dimension))
    rec, secs = _timed(data)
    assert secs < 5, secs
    assert rec["error"] is None
    assert rec["tables"] == [{"caption": "Data", "header": ["Year", "Stops"], "rows": [["2022", "10"], ["2023", "12"]]}]


def test_xlsx_rows_past_the_limit_are_cut_and_marked(monkeypatch):
    import parsers.sheets

    monkeypatch.setattr(parsers.sheets, "LIMITS", dataclasses.replace(LIMITS, max_sheet_rows=100))
    rows = [["Month", "Count"]] + [[f"M{i}", i] for i in range(500)]
    rec = parse_document(hostile.xlsx_sheet(hostile.sheet_xml(rows)))
    assert rec["error"] is None and len(rec["tables"][0]["rows"]) == 99
    assert rec["truncated"] == "sheet 'Data' cut at 100 rows"


# --- HTML and bodies ---------------------------------------------------------------------------

def test_html_nested_10000_deep_is_a_bounded_parse():
    rec, secs = _timed(hostile.deep_html(10_000), "text/html")
    assert secs < 5 and rec["error"] is None
    assert rec["reference"] == "99/24" and _questions(rec) == ["How many drones do you own?"]
    assert rec["truncated"] == "HTML nested too deeply, deep parts read as flat text"


def test_html_nesting_within_the_limit_is_not_marked():
    rec = parse_document(hostile.deep_html(50), "text/html")
    assert rec["error"] is None and "truncated" not in rec and "buried" in rec["response_text"]


def test_body_over_the_size_limit_is_refused_in_memory():
    big = b"<html><body>" + b"a" * LIMITS.max_body_bytes
    rec, secs = _timed(big, "text/html")
    assert secs < 1
    _one_line_error(rec, "file too large")


@pytest.mark.parametrize("seed", range(6))
def test_binary_junk_served_as_html(seed):
    rng = random.Random(seed)
    junk = rng.randbytes(100_000)
    for body in (junk, b"<html><body><p>" + junk, b"<!DOCTYPE html>" + junk.replace(b"<", b"")):
        rec, secs = _timed(body, "text/html; charset=utf-8")
        assert secs < 5
        assert rec["error"] is None or "\n" not in rec["error"]
        assert isinstance(rec["response_text"], str)


# --- charsets ----------------------------------------------------------------------------------

_PAGE = ("<html><body><h1>Speed cameras (77/24)</h1><main><p>Request</p>"
         "<p>1. What did the \u2018new\u2019 cameras cost \u2013 in \u00a3?</p>"
         "<p>Response</p><p>They cost \u00a312,000 in total.</p></main></body></html>")
_QUESTION = "What did the \u2018new\u2019 cameras cost \u2013 in \u00a3?"


@pytest.mark.parametrize("body,ctype", [
    (_PAGE.encode("cp1252"), "text/html"),
    (_PAGE.encode("cp1252"), "text/html; charset=windows-1252"),
    (_PAGE.encode("cp1252"), "text/html; charset=ISO-8859-1"),  # browsers read latin-1 as cp1252
    (_PAGE.replace("<html>", '<html><head><meta charset="windows-1252"></head>').encode("cp1252"), None),
    (_PAGE.encode("utf-16"), "text/html"),  # BOM, little-endian
    (b"\xfe\xff" + _PAGE.encode("utf-16-be"), "text/html"),
    (_PAGE.encode("utf-16-le"), "text/html"),  # no BOM at all
    (_PAGE.encode("utf-8"), "text/html; charset=iso-8859-1"),  # a wrong header
    (_PAGE.replace("<html>", '<html><head><meta charset="utf-16"></head>').encode("utf-8"), None),
    (b"\xef\xbb\xbf" + _PAGE.encode("utf-8"), None),
], ids=["cp1252-undeclared", "cp1252-header", "latin1-label", "cp1252-meta", "utf16-bom", "utf16be-bom",
        "utf16-no-bom", "utf8-wrong-header", "utf8-wrong-meta", "utf8-bom"])
def test_charsets_decode_without_mojibake(body, ctype):
    rec = parse_document(body, ctype)
    assert rec["error"] is None and rec["format"] == "html"
    assert rec["reference"] == "77/24"
    assert _questions(rec) == [_QUESTION]


def test_invalid_utf8_keeps_the_valid_text():
    body = _PAGE.encode("utf-8").replace(b"They cost", b"They \xff\xfe cost")
    rec = parse_document(body, "text/html; charset=utf-8")
    assert _questions(rec) == [_QUESTION]
    assert "\u00e2\u20ac" not in rec["response_text"]  # no UTF-8-read-as-cp1252 mojibake
    assert "\ufffd" in rec["response_text"] and "\u00a312,000" in rec["response_text"]


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_text_and_csv_files_in_other_charsets(encoding):
    letter = "Request\n1. How many \u2018bikes\u2019 cost over \u00a3500?\nResponse\nNone are held."
    rec = parse_document(letter.encode(encoding), "text/plain")
    assert rec["format"] == "text" and _questions(rec) == ["How many \u2018bikes\u2019 cost over \u00a3500?"]
    sheet = "Item,Cost\n\u2018Bike\u2019,\u00a3600\nVan,\u00a39000\n".encode(encoding)
    rec = parse_document(sheet, "text/csv")
    assert rec["format"] == "csv" and rec["tables"][0]["rows"][0] == ["\u2018Bike\u2019", "\u00a3600"]


# --- batches -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory) -> list:
    tmp_path = tmp_path_factory.mktemp("hostile")
    files = {
        "pages.pdf": hostile.many_pages_pdf(3000),
        "deep-tree.pdf": hostile.deep_pages_pdf(5000),
        "bomb.docx": hostile.docx_bomb(GIB),
        "bomb.xlsx": hostile.xlsx_bomb(GIB),
        "rows.xlsx": hostile.xlsx_sheet(hostile.sheet_xml([["A", "B"], [1, 2]], 1_000_000)),
        "deep.html": hostile.deep_html(10_000),
        "junk.html": random.Random(1).randbytes(300_000),
        "cp1252.html": _PAGE.encode("cp1252"),
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    huge = tmp_path / "huge.html"  # 200 MB, sparse on disk: must be refused without reading it
    with open(huge, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    return paths + [huge]


def test_parse_batch_goes_on_past_every_hostile_file(hostile_files):
    bad = hostile_files
    good = FIXTURES / "psni_pairs.html"
    recs = list(parse_paths(bad + [good]))
    assert [r["source"] for r in recs] == [str(p) for p in bad + [good]]
    for rec in recs[:-1]:
        assert rec["error"] is None or "\n" not in rec["error"]
    by_name = {r["source"].rsplit("/", 1)[-1]: r for r in recs}
    assert "too large" in by_name["huge.html"]["error"]
    assert "zip bomb" in by_name["bomb.docx"]["error"]
    assert recs[-1]["error"] is None and recs[-1]["reference"] == "FOI/15929"


def _peak_rss_mb(proc: subprocess.Popen) -> float:
    """The child's own high-water RSS (VmHWM), polled until it exits. rusage would not do: Linux
    carries the parent's (pytest's) peak across the fork and exec into the child's ru_maxrss."""
    status = Path(f"/proc/{proc.pid}/status")
    if not status.exists():
        proc.wait(timeout=120)
        pytest.skip("no /proc: cannot read the child's peak RSS")
    peak = 0
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            m = re.search(r"VmHWM:\s+(\d+) kB", status.read_text())
        except OSError:
            break
        if m:
            peak = max(peak, int(m.group(1)))
        time.sleep(0.01)
    proc.wait(timeout=120)
    return peak / 1024


def test_cli_batch_stays_within_memory(hostile_files, exe):
    """`foi-archive parse` over every hostile file in one process: bounded time and peak RSS."""
    bad = hostile_files
    good = FIXTURES / "thames_valley_letter.txt"
    start = time.monotonic()
    stdout = hostile_files[0].parent / "batch.jsonl"
    with open(stdout, "wb") as fh:
        proc = subprocess.Popen([str(exe), "parse", *map(str, bad), str(good), "--json"], stdout=fh,
                                stderr=subprocess.DEVNULL)
        peak_mb = _peak_rss_mb(proc)
    secs = time.monotonic() - start
    recs = [json.loads(line) for line in stdout.read_text().splitlines()]
    assert [r["source"] for r in recs] == [str(p) for p in bad + [good]]
    assert recs[-1]["error"] is None and recs[-1]["questions"]
    assert proc.returncode == 1  # some inputs failed, and said so
    assert secs < 60
    assert 50 < peak_mb < 400, f"peak RSS {peak_mb:.0f} MB"  # ~130 MB for one good letter
