"""The generator reproduces the committed sample site byte for byte (checked on two forces)."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_regenerating_forces_matches_the_committed_files(tmp_path, index, sample_root):
    # PSNI has XLSX and DOCX attachments, Police Scotland PDF letters: all three writers.
    forces = ["police-service-of-northern-ireland", "police-scotland"]
    cmd = [sys.executable, str(ROOT / "scripts" / "make_sample_site.py"), "--out", str(tmp_path)]
    for f in forces:
        cmd += ["--force", f]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    for host in ("www.psni.police.uk", "www.scotland.police.uk"):
        fresh, committed = _hashes(tmp_path / host), _hashes(sample_root / host)
        assert fresh == committed, sorted(set(fresh.items()) ^ set(committed.items()))[:5]
    import json
    partial = json.loads((tmp_path / "index.json").read_text())
    expected = [r for r in index["responses"] if r["force"] in forces]
    assert partial["responses"] == expected


def test_office_files_have_fixed_timestamps(index, sample_root):
    import zipfile
    row = next(r for r in index["responses"]
               if any(p.endswith(".docx") for p in r["attachment_paths"]))
    path = next(p for p in row["attachment_paths"] if p.endswith(".docx"))
    with zipfile.ZipFile(sample_root / row["site"] / path.lstrip("/")) as z:
        assert {i.date_time for i in z.infolist()} == {(2026, 1, 1, 0, 0, 0)}
        assert b"2026-01-01T00:00:00Z" in z.read("docProps/core.xml")
