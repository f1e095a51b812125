"""`foi-archive build` over a raw store holding hostile bodies among good pages: the build
finishes, every good page is in the corpus and each hostile body is a recorded parse error or a
bounded record."""
from __future__ import annotations

import random
import sqlite3
import subprocess

from tests.support import hostile
from tests.support.reliability import good_pages, make_raw_store


def test_build_keeps_every_good_page_despite_hostile_bodies(tmp_path, exe):
    bad = [
        ("https://www.example.police.uk/bad/bomb.docx", hostile.docx_bomb(1024 ** 3),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("https://www.example.police.uk/bad/pages.pdf", hostile.many_pages_pdf(3000), "application/pdf"),
        ("https://www.example.police.uk/bad/tree.pdf", hostile.deep_pages_pdf(5000), "application/pdf"),
        ("https://www.example.police.uk/bad/deep/", hostile.deep_html(10_000), "text/html"),
        ("https://www.example.police.uk/bad/junk/", random.Random(7).randbytes(200_000), "text/html"),
        ("https://www.example.police.uk/bad/empty/", b"", "text/html"),
    ]
    raw, db = tmp_path / "raw", tmp_path / "foi.db"
    make_raw_store(raw, hostile=bad)
    out = subprocess.run([str(exe), "build", "--raw", str(raw), "--db", str(db)], capture_output=True,
                         text=True, timeout=300, check=False)
    assert db.exists(), out.stderr[-2000:]
    conn = sqlite3.connect(db)
    try:
        urls = {r[0] for r in conn.execute("SELECT url FROM responses")}
        errors = {r[0]: r[1] for r in conn.execute("SELECT url, error FROM parse_errors")}
    finally:
        conn.close()
    good = {f"https://www.example.police.uk/foi/0/{i}/" for i in range(len(good_pages()))}
    assert good <= urls, sorted(good - urls)
    assert "zip bomb" in errors["https://www.example.police.uk/bad/bomb.docx"]
    assert "https://www.example.police.uk/bad/empty/" in errors
    for url, _, _ in bad:  # each hostile body is accounted for, one way or the other
        assert url in urls or url in errors, url
    assert all("\n" not in e for e in errors.values())
    assert out.returncode == 1 and "failed to parse" in out.stdout  # reported, not hidden
