"""The index (ground truth for the end-to-end tests) agrees with the files and meets the brief."""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import yaml

from archive.sample_server import resolve

SHARED = Path(__file__).resolve().parents[3] / "shared" / "contract"
OUTCOMES = {"full", "partial", "refused", "ncnd", "not_held", "cost_limit", "vexatious",
            "published_elsewhere", "unknown"}


def test_every_response_page_and_attachment_exists(index, sample_root):
    for r in index["responses"]:
        site = sample_root / r["site"]
        assert resolve(site.resolve(), r["path"]) is not None, r["path"]
        assert len(r["attachment_paths"]) == len(r["attachments"])
        for name, path in zip(r["attachments"], r["attachment_paths"], strict=True):
            assert path.endswith("/" + name)
            assert resolve(site.resolve(), path) is not None, path


def test_each_response_listed_once(index):
    keys = Counter((r["site"], r["path"]) for r in index["responses"])
    assert max(keys.values()) == 1
    refs = Counter((r["force"], r["reference"]) for r in index["responses"])
    assert max(refs.values()) == 1


def test_volume_forces_platforms_and_years(index):
    rows = index["responses"]
    assert len(rows) >= 300
    by_force = Counter(r["force"] for r in rows)
    assert len(by_force) >= 6 and min(by_force.values()) >= 30
    platforms = Counter(s["platform"] for s in index["sites"].values())
    assert platforms["soh"] >= 3 and len(platforms) >= 3
    assert len({r["published"][:4] for r in rows}) >= 3
    for site in index["sites"].values():
        assert site["entry_path"].startswith("/")


def test_every_outcome_at_least_five_times(index):
    counts = Counter(r["outcome"] for r in index["responses"])
    assert set(counts) == OUTCOMES
    assert min(counts.values()) >= 5, counts


def test_round_robin_groups_span_several_forces_with_different_answers(index):
    groups = defaultdict(list)
    for r in index["responses"]:
        if r["round_robin"]:
            groups[r["round_robin"]].append(r)
    assert len(groups) >= 4
    for members in groups.values():
        assert 3 <= len({m["force"] for m in members}) <= 6
        assert len({m["outcome"] for m in members}) >= 2


def test_topics_come_from_the_contract(index):
    if not (SHARED / "topics.yaml").exists():
        raise AssertionError("../shared/contract/topics.yaml missing (always beside the repo in CI)")
    known = set(yaml.safe_load((SHARED / "topics.yaml").read_text())["topics"])
    used = Counter(t for r in index["responses"] for t in r["topics"])
    assert set(used) <= known
    assert len(used) >= 20


def test_exemption_labels_are_normalised_and_ncnd_consistent(index):
    import re
    label = re.compile(r"^s[0-9]+[A-Z]?(\([0-9]+[A-Z]?\))*(\([a-z]+\))*$")
    for r in index["responses"]:
        assert all(label.match(x) for x in r["exemptions"]), r["exemptions"]
        if r["outcome"] == "ncnd":
            assert r["ncnd"]
        if r["outcome"] in ("cost_limit", "vexatious", "published_elsewhere"):
            section = {"cost_limit": "s12", "vexatious": "s14"}.get(r["outcome"])
            assert section is None or all(x.startswith(section) for x in r["exemptions"])


def test_attachment_formats_and_table_only_copies(index):
    formats = Counter(a.rsplit(".", 1)[1] for r in index["responses"] for a in r["attachments"])
    assert {"pdf", "docx", "xlsx"} <= set(formats)
    only = [r for r in index["responses"] if r["table_only_in_attachment"]]
    assert len(only) >= 10
    assert all(r["attachments"] for r in only)


def test_hostile_markup_responses_are_marked(index):
    hostile = [r for r in index["responses"] if r["hostile_markup"]]
    assert len(hostile) == 2
    assert any("<script>" in r["title"] for r in hostile)
