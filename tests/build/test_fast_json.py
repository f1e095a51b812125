"""The build's JSON shortcuts (archive/fast_json.py, content_hash, the streamed dump line) give
exactly the text json.dumps gives: the corpus and dump must not change with them."""
from __future__ import annotations

import hashlib
import json

from archive import fast_json
from archive.corpus_rows import _CONTENT_FIELDS, content_hash
from bench.synth import Synth

TRICKY = ["plain", "", "caf\u00e9 \u00a3400", "a\x7fb", "tab\tnew\nline\r", "ctl\x01\x1f",
          'quote " and \\ backslash', "\u2028\u2029", "emoji \U0001F600", "\\u00e9 literally",
          None, 0, -1, 2**70, 1.5, 1e16, -0.0, float("inf"), float("nan"), True, False,
          [], {}, ["x", 1, None, [2.5, "\u00e9"]], {"b": 1, "a": ["\x7f", {"d": None, "c": 2}]},
          {1: "int key", 2: "two"}, ("tuple", "\u00a3")]


def test_fast_dumps_are_json_dumps():
    for value in TRICKY:
        assert fast_json.dumps(value) == json.dumps(value, ensure_ascii=False), value
        assert fast_json.dumps_sorted(value) == json.dumps(value, ensure_ascii=False,
                                                           sort_keys=True), value
        if isinstance(value, str):
            assert fast_json.text(value) == json.dumps(value, ensure_ascii=False)


def _reference_hash(rec: dict) -> str:
    return hashlib.sha1(json.dumps({k: rec.get(k) for k in _CONTENT_FIELDS}, ensure_ascii=False,
                                   sort_keys=True).encode()).hexdigest()


def test_content_hash_is_the_hash_of_the_sorted_record():
    records = list(Synth(seed=21).records(200))
    for i, rec in enumerate(records[:]):
        texts = TRICKY[i % 10], TRICKY[(i + 3) % 10], TRICKY[(i + 7) % 11]
        records.append({**rec, "request_text": texts[0], "response_text": texts[1],
                        "attachment_text": texts[2], "title": TRICKY[i % 12]})
    records.append({"force": "x"})  # every field missing: nulls
    for rec in records:
        assert content_hash(rec) == _reference_hash(rec)


def _tricky_records(n: int, nan: bool) -> list[dict]:
    records = list(Synth(seed=22).records(n))
    for i, rec in enumerate(records):
        text_values = [v for v in TRICKY if isinstance(v, str)]
        rec["response_text"] = f"{rec['response_text']} {text_values[i % len(text_values)]}"
        rec["title"] = text_values[(i + 1) % len(text_values)]
        if rec["figures"]:
            rec["figures"][0]["measure"] = text_values[(i + 2) % len(text_values)]
            rec["figures"][-1]["value"] = float("nan") if nan else -0.0
            rec["tables"][0]["rows"][0][0] = text_values[(i + 3) % len(text_values)]
        if i % 4 == 0:
            rec["attachment_text"] = None
    return records


def test_streamed_dump_of_odd_text_is_the_dump_read_back(tmp_path):
    import gzip

    from archive.build import finish_dump
    from archive.corpus_dump import write_dump
    from archive.corpus_write import write_corpus
    from archive.registry import load_forces

    for nan in (False, True):  # a NaN (stored as NULL) makes the dump come from the corpus
        db, dump = tmp_path / f"foi-{nan}.db", tmp_path / f"dump-{nan}.gz"
        result = write_corpus(_tricky_records(60, nan), db, load_forces(), dump_to=dump)
        finish_dump(result, db, dump)
        write_dump(db, tmp_path / "read-back.gz")
        lines = gzip.decompress(dump.read_bytes())
        assert lines == gzip.decompress((tmp_path / "read-back.gz").read_bytes())
        assert ("\u00a3400" in lines.decode()) and (b"NaN" not in lines)
