"""The forces registry covers every force of the contract, each with a platform and entry URL,
and docs/forces.md is generated from it."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.registry import PLATFORMS, load_forces
from crawler.spiders import SPIDERS

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT.parent / "shared" / "contract" / "forces.csv"


def test_every_contract_force_is_in_the_registry_unchanged():
    if not CONTRACT.exists():
        pytest.fail("../shared/contract/forces.csv missing (always beside the repo in CI)")
    with open(CONTRACT, newline="") as fh:
        contract = {r["slug"]: r for r in csv.DictReader(fh)}
    forces = {f["slug"]: f for f in load_forces()}
    for slug, row in contract.items():
        assert slug in forces, slug
        assert {k: forces[slug][k] for k in ("name", "country", "act")} == \
            {k: row[k] for k in ("name", "country", "act")}


def test_registry_rows_are_complete_and_crawlable():
    forces = load_forces()
    assert len(forces) >= 46   # 43 territorial England & Wales + Scotland + PSNI + BTP
    assert len({f["slug"] for f in forces}) == len(forces)
    for f in forces:
        assert f["platform"] in PLATFORMS and f["platform"] in SPIDERS, f["slug"]
        assert isinstance(f["browser"], bool)
        assert f["entry_urls"] and all(urlsplit(u).scheme == "https" for u in f["entry_urls"])
        assert f["act"] in {"FOIA", "FOISA"}
    acts = {f["slug"]: f["act"] for f in forces}
    assert acts["police-scotland"] == "FOISA"


def test_a_bad_platform_is_reported_with_its_line(tmp_path):
    bad = tmp_path / "forces.csv"
    bad.write_text("slug,name,country,act,website,platform,entry_urls,browser\n"
                   "x-police,X Police,England,FOIA,https://x.invalid/,gopher,https://x.invalid/,0\n")
    with pytest.raises(ValueError, match="line 2.*gopher"):
        load_forces(bad)


def test_forces_doc_is_generated_from_the_registry():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_forces_doc.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    doc = (ROOT / "docs" / "forces.md").read_text()
    for f in load_forces():
        line = next(ln for ln in doc.splitlines() if f"`{f['slug']}`" in ln)
        assert f["name"] in line
        assert ("entry URL unverified" in line) == (not f["entry_verified"])
