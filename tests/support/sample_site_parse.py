"""Parse the generated sample site's responses (page + attachments) and compare with its index."""
from __future__ import annotations

import json
import re
from pathlib import Path

from parsers import merge_attachments, parse_document

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample_site"
FIELDS = ("reference", "outcome", "exemptions", "title", "published", "ncnd", "public_interest_test",
          "received")


def _file(site: str, path: str) -> Path:
    p = SAMPLE / site / path.lstrip("/")
    return p / "index.html" if path.endswith("/") or p.is_dir() else p


def parse_response(entry: dict) -> dict:
    site = entry["site"]
    url = f"https://{site}{entry['path']}"
    page_file = _file(site, entry["path"])
    assert page_file.exists(), f"{page_file} missing from the committed sample site"
    page = parse_document(page_file.read_bytes(), "text/html", url)
    atts = []
    for apath in entry.get("attachment_paths") or []:
        f = _file(site, apath)
        assert f.exists(), f"{f} missing from the committed sample site"
        atts.append(parse_document(f.read_bytes(), None, f"https://{site}{apath}"))
    return merge_attachments(page, atts)


def _same(field: str, exp, got) -> bool:
    if field == "exemptions":
        return set(exp or []) == {e["label"] for e in got or []}
    if field == "reference":
        sq = lambda v: re.sub(r"\s+", "", v or "").casefold()  # noqa: E731
        # The index keeps South Wales' slug number ("52524"); the dev set's labelling rules write a
        # reference read from a slug with its two-digit year apart ("525/24"). Both name one case.
        return sq(exp) == sq(got) or ("/" not in sq(exp) and sq(exp) == sq(got).replace("/", ""))
    if field == "title":
        fold = lambda v: " ".join((v or "").split()).casefold()  # noqa: E731
        return fold(exp) == fold(got)
    return exp == got


def compare() -> tuple[dict, list[str]]:
    index = json.loads((SAMPLE / "index.json").read_text())
    hits = {f: 0 for f in FIELDS}
    totals = {f: 0 for f in FIELDS}
    misses = []
    for entry in index["responses"]:
        rec = parse_response(entry)
        for f in FIELDS:
            if f not in entry:
                continue
            totals[f] += 1
            ok = not rec.get("error") and _same(f, entry[f], rec.get(f))
            hits[f] += ok
            if not ok:
                got = [e["label"] for e in rec.get("exemptions") or []] if f == "exemptions" else rec.get(f)
                misses.append(f"{entry['site']}{entry['path']} {f}: expected {entry[f]!r} got {got!r} {rec.get('error') or ''}")
    return {f: (hits[f], totals[f]) for f in FIELDS}, misses


if __name__ == "__main__":
    rates, misses = compare()
    for m in misses:
        print(m)
    for f, (h, t) in rates.items():
        print(f"{f:22s} {h}/{t}")
