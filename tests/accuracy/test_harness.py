"""The accuracy harness scores a labelled folder the way the contract's rules say."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from archive.accuracy import evaluate, field_ok

RIGHT = {
    "force": "kent-police", "reference": "FOI 12/24", "title": "Police dogs retired",
    "published": "2024-05-01", "outcome": "full", "ncnd": False,
    "questions": [{"number": "1", "text": "How many police dogs were retired in each of the last three years?"}],
    "exemptions": ["s40(2)"], "topics": ["animals-and-wildlife"],
    "figures": [{"measure": "Dogs retired", "period": "2023", "value": 12}],
}


def _record(**over) -> dict:
    rec = {k: v for k, v in RIGHT.items()}
    rec["exemptions"] = [{"label": x} for x in RIGHT["exemptions"]]
    rec["figures"] = [{"measure": "Number of dogs retired", "period": "2023", "value": 12}]
    rec["questions"] = [{"number": "1", "text": RIGHT["questions"][0]["text"] + " (extra words after 40)"}]
    rec.update(over)
    return rec


def _folder(tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "expected.json").write_text(json.dumps(
        {"checked": list(RIGHT), "files": {"k1.html": {**RIGHT, "url": "https://example.org/k1"}}}))
    (tmp_path / "k1.html").write_text("<h1>Police dogs retired</h1>")
    return tmp_path


def test_rules_follow_the_contract():
    assert field_ok("reference", "512 -24", {"reference": "512-24"})
    assert not field_ok("reference", None, {"reference": "512-24"})
    assert field_ok("title", "Taser  discharges", {"title": "taser discharges"})
    assert field_ok("topics", ["drugs"], {"topics": ["drugs", "custody"]})
    assert not field_ok("topics", ["drugs"], {"topics": ["drugs", "custody", "firearms"]})
    assert not field_ok("topics", ["drugs", "custody"], {"topics": ["drugs"]})
    assert field_ok("exemptions", ["s40(2)", "s31(1)(a)"],
                    {"exemptions": [{"label": "s31(1)(a)"}, {"label": "s40(2)"}]})
    assert not field_ok("figures", [{"measure": "Dogs retired", "period": "2023", "value": 12}],
                        {"figures": [{"measure": "Dogs", "period": "2023", "value": 12}]})
    assert field_ok("figures", [{"measure": "x", "period": "2023", "value": None}],
                    {"figures": [{"measure": "x total", "period": "2023", "value": None}]})
    # an attachment labelled by name, or as {"name", "url"} (the URL's file name is enough)
    got = {"attachments": [{"name": "Dog bites (PDF)", "url": "https://example.org/f/dog-bites-2024.xlsx"}]}
    assert field_ok("attachments", ["Dog bites"], got)
    assert field_ok("attachments", [{"name": "Other words", "url": "https://x.org/dog-bites-2024.xlsx"}], got)
    assert not field_ok("attachments", [{"name": "Horse patrols", "url": "https://x.org/horses.pdf"}], got)


def test_a_right_record_scores_one_and_passes(tmp_path):
    res = evaluate(_folder(tmp_path), records={"k1.html": _record()})
    assert res.overall == 1.0 and res.failures() == [] and res.misses == []
    assert res.topic_precision == 1.0 and res.topic_recall == 1.0


def test_a_wrong_field_is_listed_and_fails_the_thresholds(tmp_path):
    res = evaluate(_folder(tmp_path), records={"k1.html": _record(outcome="partial", topics=["drugs"])})
    assert [(m["field"], m["got"]) for m in res.misses] == [("outcome", "partial"), ("topics", ["drugs"])]
    assert any(f.startswith("outcome") for f in res.failures())
    assert res.topic_precision == 0.0
    assert res.to_json()["fields"]["outcome"] == {"hits": 0, "total": 1, "accuracy": 0.0}


def test_cli_checks_thresholds_and_rejects_a_folder_without_labels(tmp_path):
    folder = _folder(tmp_path / "set")
    out = tmp_path / "acc.json"
    cli = [sys.executable, "-m", "archive.cli", "eval"]
    run = subprocess.run([*cli, str(folder), "--check", "--json", str(out)], capture_output=True, text=True)
    assert run.returncode == 1  # a title-only page cannot match every label
    assert "Below the thresholds" in run.stderr
    assert json.loads(out.read_text())["documents"] == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    bad = subprocess.run([*cli, str(empty)], capture_output=True, text=True)
    assert bad.returncode == 2 and "no expected*.json" in bad.stderr


def test_a_kept_back_set_never_shows_what_it_missed(tmp_path):
    folder = _folder(tmp_path / "kept")
    (folder / "KEPT_BACK").write_text("kept back\n")
    res = evaluate(folder, records={"k1.html": _record(outcome="partial")})
    assert res.failures() and "1 misses not listed" in res.report()
    assert "partial" not in res.report()
    assert res.to_json()["misses"] == [{"file": "kept-back.html", "field": "outcome"}]
