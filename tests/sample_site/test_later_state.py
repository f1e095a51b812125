"""The sample site's later state (archive/sample_later.py): each declared change kind applies to
the committed sample site and is served over HTTP; everything else is byte-identical."""
from __future__ import annotations

import difflib
import io
import json
import re

import httpx
import pytest
from openpyxl import load_workbook

from archive.sample_later import LaterStateError, later_changes
from archive.sample_server import serve_sites


@pytest.fixture(scope="module")
def states(sample_root):
    _, applied = later_changes(sample_root)
    stop_base, base = serve_sites(sample_root)
    stop_later, later = serve_sites(sample_root, later=True)
    try:
        yield {a["change"]["why"].split(":")[0]: a["response"] for a in applied}, base, later
    finally:
        stop_base()
        stop_later()


def _get(urls, site, path):
    return httpx.get(urls[site] + path)


def _changed_lines(a: str, b: str) -> list[str]:
    return [ln for ln in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0)
            if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]


def test_every_change_kind_applies_to_the_committed_sample(states):
    picked, _, _ = states
    assert set(picked) == {"an edit", "a withdrawal", "chrome only", "an attachment replaced"}
    assert len({r["path"] for r in picked.values()}) == 4      # four different responses


def test_edit_changes_one_table_figure(states):
    picked, base, later = states
    r = picked["an edit"]
    before, after = _get(base, r["site"], r["path"]), _get(later, r["site"], r["path"])
    assert before.status_code == after.status_code == 200
    assert before.headers["etag"] != after.headers["etag"]
    old = re.findall(r"<td[^>]*>\s*(\d+)\s*</td>", before.text)
    new = re.findall(r"<td[^>]*>\s*(\d+)\s*</td>", after.text)
    assert int(new[0]) == int(old[0]) + 6 and new[1:] == old[1:]
    assert len(_changed_lines(before.text, after.text)) == 2      # one line out, one in


def test_withdrawn_response_answers_404_and_leaves_its_listings(states, index):
    picked, base, later = states
    r = picked["a withdrawal"]
    assert _get(base, r["site"], r["path"]).status_code == 200
    assert _get(later, r["site"], r["path"]).status_code == 404
    entry_path = index["sites"][r["site"]]["entry_path"]
    link = f'href="{r["path"]}"'
    month = r["path"].rstrip("/").rsplit("/", 1)[0] + "/"
    assert link in _get(base, r["site"], month).text
    assert link not in _get(later, r["site"], month).text
    assert _get(later, r["site"], entry_path).status_code == 200
    # Another response of the same month is still listed.
    sibling = next(x for x in index["responses"] if x["site"] == r["site"]
                   and x["path"].startswith(month) and x["path"] != r["path"])
    assert f'href="{sibling["path"]}"' in _get(later, r["site"], month).text


def test_chrome_change_touches_the_banner_only(states):
    picked, base, later = states
    r = picked["chrome only"]
    before, after = _get(base, r["site"], r["path"]), _get(later, r["site"], r["path"])
    diff = _changed_lines(before.text, after.text)
    assert len(diff) == 2 and "beta-banner" in diff[0] and "so we can improve it." in diff[1]


def test_replaced_attachment_has_one_figure_changed(states):
    picked, base, later = states
    r = picked["an attachment replaced"]
    path = next(p for p in r["attachment_paths"] if p.endswith(".xlsx"))
    before, after = _get(base, r["site"], path), _get(later, r["site"], path)
    assert before.content != after.content
    cells = [[c for row in load_workbook(io.BytesIO(x.content)).active.iter_rows(values_only=True)
              for c in row] for x in (before, after)]
    changed = [(a, b) for a, b in zip(*cells, strict=True) if a != b]
    assert len(changed) == 1 and changed[0][1] == changed[0][0] + 3


def test_unchanged_files_are_byte_identical_and_revalidate(states, index):
    picked, base, later = states
    touched = {r["path"] for r in picked.values()}
    other = next(x for x in index["responses"] if x["path"] not in touched)
    before = _get(base, other["site"], other["path"])
    after = httpx.get(later[other["site"]] + other["path"],
                      headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 304


def test_a_change_that_no_longer_applies_fails_loudly(sample_root, tmp_path):
    for change in ({"site": "www.met.police.uk", "reference": "no-such-ref", "withdraw": True},
                   {"site": "www.met.police.uk", "chrome": ["text on no page", "x"]},
                   {"site": "www.met.police.uk", "where": {"outcome": "no-such-outcome"},
                    "edit_figure": {"add": 1}}):
        bad = tmp_path / "later.json"
        bad.write_text(json.dumps({"changes": [change]}))
        with pytest.raises(LaterStateError, match="no response of www.met.police.uk"):
            later_changes(sample_root, bad)
