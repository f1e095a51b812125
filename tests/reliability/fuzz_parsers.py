"""Coverage-guided fuzz target (atheris / libFuzzer) for the HTML and text parsers.

Short run (what the test suite does, ~15 s):
    .venv/bin/python tests/reliability/fuzz_parsers.py -max_total_time=15 <corpus-dir>
Long run (local, e.g. 10 minutes, keeps the corpus it grows and any crash file):
    mkdir -p fuzz-corpus && cp tests/fixtures/parsers/*.html tests/fixtures/parsers/*.txt fuzz-corpus/
    FUZZ_LONG=1 .venv/bin/python tests/reliability/fuzz_parsers.py -max_total_time=600 fuzz-corpus
A failure prints the input and writes it as crash-<sha1>; re-run with the file as the argument.

Each input is parsed as HTML and as text; a crash is any exception escaping parse_document or
a record that breaks the invariants checked below.
"""
from __future__ import annotations

import re
import sys

import atheris

with atheris.instrument_imports(include=["parsers"]):
    from parsers import parse_document

_LABEL = re.compile(r"^s[0-9]+[A-Z]?(\([0-9]+[A-Z]?\))*(\([a-z]+\))*$")
_OUTCOMES = {"full", "partial", "refused", "ncnd", "not_held", "cost_limit", "vexatious", "published_elsewhere",
             "unknown"}  # response.schema.json


def check(rec: dict) -> None:
    err = rec["error"]
    assert err is None or (err and "\n" not in err), err
    assert isinstance(rec["request_text"], str) and isinstance(rec["response_text"], str)
    assert all(_LABEL.match(e["label"]) for e in rec["exemptions"]), rec["exemptions"]
    assert all(isinstance(q["text"], str) and q["text"] for q in rec["questions"]), rec["questions"]
    assert rec["outcome"] in _OUTCOMES or err, rec["outcome"]
    for t in rec["tables"]:
        assert all(len(row) == len(t["header"]) for row in t["rows"]), t


def test_one_input(data: bytes) -> None:
    check(parse_document(data, "text/html", "https://www.example.police.uk/foi/x/"))
    check(parse_document(data, "text/plain"))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
