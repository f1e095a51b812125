"""Precedent wording and round-robin groups on the built sample corpus.

The sample's own index says which responses were sent as one round-robin request and which are
near-misses (different requests on the same subject); its generator holds the national
reasoning paragraphs that several forces reuse word for word.
"""
from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from pathlib import Path

import pytest
import sqlite_utils

ROOT = Path(__file__).resolve().parents[2]


def fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


@pytest.fixture(scope="module")
def corpus(sample_build):
    return sqlite_utils.Database(sample_build["db"])


@pytest.fixture(scope="module")
def ids(corpus):
    # The sample's index writes slug-only references as the slug prints them ("53824"); the
    # parser reads a South Wales slug as number/year ("538/24", the labelling rule).
    out = {}
    for i, f, r in corpus.execute("select id, force, reference from responses"):
        out[(f, r)] = i
        out.setdefault((f, (r or "").replace("/", "")), i)
    return out


@pytest.fixture(scope="module")
def groups_of(corpus):
    out = defaultdict(set)
    for gid, rid in corpus.execute("select round_robin_id, response_id from round_robin_members"):
        out[rid].add(gid)
    return out


def index_groups(sample_index, key, ids):
    groups = defaultdict(set)
    for r in sample_index["responses"]:
        if r.get(key):
            groups[r[key]].add(ids[(r["force"], r["reference"])])
    return groups


def test_each_round_robin_request_forms_one_group_with_every_forces_response(
        sample_index, ids, groups_of, corpus):
    groups = index_groups(sample_index, "round_robin", ids)
    assert len(groups) >= 4
    for name, members in groups.items():
        found = set().union(*(groups_of[m] for m in members))
        assert len(found) == 1, (name, found)
        gid = found.pop()
        forces = {f for (f,) in corpus.execute(
            "select force from round_robin_members where round_robin_id = ?", [gid])}
        row = corpus.execute("select forces, responses from round_robins where id = ?",
                             [gid]).fetchone()
        assert row == (len(forces), len(list(corpus.execute(
            "select 1 from round_robin_members where round_robin_id = ?", [gid]))))
        assert row[0] >= 3, (name, row)


def test_near_miss_requests_on_the_same_subject_do_not_merge(sample_index, ids, groups_of):
    pairs = index_groups(sample_index, "near_miss", ids)
    assert len(pairs) >= 3
    for name, members in pairs.items():
        a, b = sorted(members)
        assert not (groups_of[a] & groups_of[b]), name


def test_a_national_ncnd_paragraph_forms_one_cluster_with_its_reuse_counts(corpus):
    # Loaded by path: another test folder has a module named `sample_site`.
    spec = importlib.util.spec_from_file_location(
        "sample_site_wording", ROOT / "scripts" / "sample_site" / "wording.py")
    wording = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wording)
    paragraph = fold(wording.NATIONAL["ncnd_covert"])
    # The responses that print the paragraph as a paragraph of its own (page or letter).
    users = {}
    for rid, force, text in corpus.execute(
            "select id, force, response_text || char(10) || char(10) || attachment_text "
            "from responses"):
        if any(fold(p) == paragraph for p in re.split(r"\n\s*\n", text or "")):
            users[rid] = force
    assert len(set(users.values())) >= 4, "the sample reuses it at several forces"
    clusters = defaultdict(set)
    for cid, rid in corpus.execute("select cluster_id, response_id from passages"):
        if rid in users:
            clusters[cid].add(rid)
    cid, members = max(clusters.items(), key=lambda kv: len(kv[1]))
    assert members == set(users)
    row = corpus.execute("select responses, forces, years, exemptions from passage_clusters "
                         "where id = ?", [cid]).fetchone()
    assert row[0] == len(users) and row[1] == len(set(users.values()))
    years = {y for (y,) in corpus.execute(
        f"select distinct year from responses where id in ({','.join('?' * len(users))})",
        list(users)) if y}
    assert row[2] >= len(years) >= 2
    assert "s31(3)" in row[3] or "s23(5)" in row[3] or "s24(2)" in row[3]
