"""Every frozen fixture (HTML, text, CSV, PDF text/ruled/scanned, DOCX, XLSX) parses to the
fields a reader of it would write down, and the record validates against the schema."""
from __future__ import annotations

import json
import re

import pytest

from parsers import parse_document
from tests.support.parser_fixtures import FIXTURES

EXPECTED = json.loads((FIXTURES / "expected.json").read_text())["fixtures"]
_CACHE: dict[str, dict] = {}


def parsed(name: str) -> dict:
    if name not in _CACHE:
        exp = EXPECTED[name]
        _CACHE[name] = parse_document((FIXTURES / name).read_bytes(), None, exp["url"])
    return _CACHE[name]


def fold(s: str | None) -> str:
    return " ".join((s or "").split())


def test_fixtures_cover_formats_and_forces():
    formats = {e["format"] for e in EXPECTED.values()}
    assert formats >= {"html", "pdf", "docx", "xlsx", "csv", "text"}
    assert any(e["ocr"] for e in EXPECTED.values())
    assert len({e["force"] for e in EXPECTED.values()}) >= 12


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_scalar_fields(name):
    exp, rec = EXPECTED[name], parsed(name)
    assert rec["error"] is None
    assert rec["format"] == exp["format"]
    assert rec["ocr"] == exp["ocr"]
    for key in ("force", "published", "ncnd", "outcome", "public_interest_test"):
        assert rec[key] == exp[key], key
    assert (rec["reference"] and fold(rec["reference"])) == exp["reference"]
    assert (rec["title"] and fold(rec["title"])) == exp["title"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_questions_and_answers(name):
    exp, rec = EXPECTED[name], parsed(name)
    got = rec["questions"]
    assert len(got) == len(exp["questions"]), [q["text"][:40] for q in got]
    for (number, text, answer), q in zip(exp["questions"], got, strict=True):
        assert q["number"] == number
        assert fold(q["text"]).startswith(text)
        if answer is None:
            assert q["answer"] is None
        else:
            assert fold(q["answer"]).startswith(answer)
    if got:
        assert exp["questions"][0][1] in fold(rec["request_text"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exemptions(name):
    exp, rec = EXPECTED[name], parsed(name)
    assert [e["label"] for e in rec["exemptions"]] == exp["exemptions"]
    for e in rec["exemptions"]:
        assert e["name"] and e["name"] != "Unknown"
        assert e["section"] == int(re.match(r"s(\d+)", e["label"]).group(1))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_tables_figures_attachments(name):
    exp, rec = EXPECTED[name], parsed(name)
    assert [t["header"] for t in rec["tables"]] == exp["tables"]
    got = [(f["measure"], f["period"], f["value"]) for f in rec["figures"]]
    assert len(got) == len(exp["figures"]), got
    for (words, period, value), (measure, gperiod, gvalue) in zip(exp["figures"], got, strict=True):
        assert all(w in measure for w in words.split()), (words, measure)
        assert (gperiod, gvalue) == (period, value)
    for f in rec["figures"]:
        assert 0 <= f["table"] < len(rec["tables"]) and f["raw"]
    names = [[a["name"], a["url"]] for a in rec["attachments"]]
    assert names == [list(a) for a in exp["attachments"]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_chrome_is_not_content(name):
    rec = parsed(name)
    text = rec["request_text"] + "\n" + rec["response_text"]
    for chrome in EXPECTED[name]["absent_text"]:
        assert chrome not in text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_output_validates_against_schema(name, validator):
    errors = list(validator.iter_errors(parsed(name)))
    assert not errors, [e.message for e in errors]


def test_suppressed_cells_keep_raw_text():
    rec = parsed("dyfed_powys_table.html")
    suppressed = [f for f in rec["figures"] if f["value"] is None]
    assert [f["raw"] for f in suppressed] == ["*", "<5"]
