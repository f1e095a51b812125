"""Truncated, empty, mislabelled, huge or malformed input gives a one-line error or a best-effort
record, never an exception, and never stops a batch."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from archive.parse_files import parse_paths
from parsers import parse_document
from tests.support.parser_fixtures import FIXTURES


def _one_line_error(rec):
    assert rec["error"] and "\n" not in rec["error"]


@pytest.mark.parametrize("data", [b"", b"   \n\t", b"%PDF-1.7\n1 0 obj <<", b"PK\x03\x04broken zip",
                                  b"\x00\x01\x02\x03" * 64, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50])
def test_unreadable_bodies_give_error_records(data, validator):
    rec = parse_document(data, "application/pdf", "https://example.police.uk/x.pdf")
    _one_line_error(rec)
    assert not list(validator.iter_errors(rec))


def test_truncated_pdf_is_an_error():
    data = (FIXTURES / "kent_ruled_table.pdf").read_bytes()
    _one_line_error(parse_document(data[: len(data) // 3]))


def test_mislabelled_content_is_sniffed():
    pdf = (FIXTURES / "police_scotland_letter.pdf").read_bytes()
    rec = parse_document(pdf, "text/html", "https://www.scotland.police.uk/letter.html")
    assert rec["format"] == "pdf" and rec["reference"] == "IM-FOI-2021-0942"
    html = (FIXTURES / "met_ncnd.html").read_bytes()
    assert parse_document(html, "application/pdf", None)["format"] == "html"


def test_malformed_html_still_parses():
    rec = parse_document(b"<html><body><h1>Drones (12/24)<p>Request<p>1. How many drones?<table><tr><td>x",
                         "text/html")
    assert rec["error"] is None and rec["reference"] == "12/24"
    assert rec["questions"][0]["text"] == "How many drones?"


def test_scraped_markup_is_text_not_code():
    rec = parse_document(b"<html><body><h1>T <script>alert(1)</script></h1><main><p>Request</p>"
                         b"<p>1. Is &lt;b&gt;this&lt;/b&gt; bold?</p></main></body></html>")
    assert "alert" not in rec["request_text"]
    assert rec["questions"][0]["text"] == "Is <b>this</b> bold?"


def test_huge_text_is_bounded():
    data = (b"Request\n1. How many?\nResponse\n" + b"filler words here. " * 400_000)
    rec = parse_document(data, "text/plain")
    assert rec["error"] is None and len(rec["questions"]) == 1


def test_batch_goes_on_after_bad_files(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    missing = tmp_path / "missing.html"
    good = FIXTURES / "psni_pairs.html"
    recs = list(parse_paths([bad, missing, good]))
    assert [r["source"] for r in recs] == [str(bad), str(missing), str(good)]
    _one_line_error(recs[0])
    _one_line_error(recs[1])
    assert recs[2]["error"] is None and recs[2]["reference"] == "FOI/15929"


def test_cli_exit_status_and_order(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    exe = Path(sys.executable).with_name("foi-archive")
    good = FIXTURES / "thames_valley_letter.txt"
    out = subprocess.run([str(exe), "parse", str(good), str(bad), "--json", "--force", "kent-police"],
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 1
    lines = [json.loads(ln) for ln in out.stdout.splitlines()]
    assert [r["source"] for r in lines] == [str(good), str(bad)]
    assert lines[0]["force"] == "kent-police" and lines[1]["error"]


def test_a_url_that_mentions_csv_files_is_no_spreadsheet():
    page = (b"Request reference 2025/118\n\nHow many CSV files were shared with the neighbouring "
            b"force in 2024?\n\nResponse\n\nWe shared 12 files in 2024.\n")
    url = "https://www.example-force.police.uk/foi-log/2025118---csv-files-shared-with-forces/"
    rec = parse_document(page, None, url)
    assert rec["format"] == "text"
    assert rec["questions"][0]["text"].startswith("How many CSV files")
    sheet = b"year,thefts\n2023,41\n2024,37\n"
    assert parse_document(sheet, None, "https://example.police.uk/data/thefts.csv?v=2")["format"] == "csv"
    assert parse_document(b"a b\nc d\n", "text/csv", None)["format"] == "csv"
