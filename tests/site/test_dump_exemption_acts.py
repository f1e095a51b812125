"""The JSONL dump names each response's exemptions under its force's Act: Police Scotland's
s38(1)(b) is FOISA "Personal information" and Kent's FOIA "Health and safety", whichever of the
two responses the build writes first, in the streamed dump and in `write_dump` alike."""
from __future__ import annotations

import gzip
import json

import pytest

from tests.support.site_corpus import ACT_RECORDS, FORCES, rid

KENT = rid("kent-police", "FOI-2024-88")
SCOT = rid("police-scotland", "24-0456")


def _build(folder, kent_first: bool):
    from archive.corpus_dump import write_dump
    from archive.corpus_write import write_corpus

    kent, scot = ACT_RECORDS
    # rows are written in publication order: date them so either response comes first
    kent = {**kent, "published": "2024-07-01" if kent_first else "2024-09-01"}
    db, streamed = folder / "foi.db", folder / "streamed.jsonl.gz"
    result = write_corpus([kent, scot], db, FORCES, dump_to=streamed)
    assert result.dump.wait()   # the streamed writer made it (no fallback)
    write_dump(db, folder / "read-back.jsonl.gz")
    lines = [gzip.decompress(p.read_bytes()) for p in (streamed, folder / "read-back.jsonl.gz")]
    assert lines[0] == lines[1]   # the two writers agree byte for byte
    return {r["id"]: r for r in map(json.loads, lines[0].decode().splitlines())}


@pytest.mark.parametrize("kent_first", [True, False])
def test_dump_names_exemptions_under_the_forces_act(tmp_path, kent_first):
    recs = _build(tmp_path, kent_first)
    scot = {e["label"]: e for e in recs[SCOT]["exemptions"]}
    kent = {e["label"]: e for e in recs[KENT]["exemptions"]}
    assert scot["s38(1)(b)"]["name"] == "Personal information"
    assert scot["s38(1)(b)"]["act"] == "FOISA" and scot["s38(1)(b)"]["key"] == "FOISA s38(1)(b)"
    assert scot["s18(1)"]["name"] == "Neither confirm nor deny" and scot["s18(1)"]["ncnd"] == 1
    assert kent["s38(1)(b)"]["name"] == "Health and safety"
    assert kent["s38(1)(b)"]["act"] == "FOIA" and kent["s38(1)(b)"]["key"] == "s38(1)(b)"
    assert kent["s12(1)"]["section"] == 12 and kent["s12(1)"]["subsection"] == "1"
