"""Passage-cluster rows written incrementally (batch counts added to / subtracted from the
hidden per-cluster tables) equal the rows counted from scratch over every passage."""
from __future__ import annotations

import json
import shutil
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
import sqlite_utils

from archive.build import update_derived_tables
from archive.corpus_write import append_corpus, write_corpus
from archive.registry import load_forces
from bench.synth import Synth
from nlp.corpus import update_derived

ROOT = Path(__file__).resolve().parents[2]


BASE = 1800
NEW = 200


def clusters_from_scratch(db: Path) -> dict:
    """Each cluster's row as defined: counted over all its passages joined with responses."""
    conn = sqlite3.connect(db)
    out = {}
    for cid, n, nresp, nforce, nyears, first, last, forces in conn.execute("""
            select p.cluster_id, count(*), count(distinct p.response_id),
                   count(distinct r.force), count(distinct substr(r.published, 1, 4)),
                   min(r.published), max(r.published), json_group_array(distinct r.force)
            from passages p left join responses r on r.id = p.response_id
            group by p.cluster_id"""):
        out[cid] = {"passages": n, "responses": nresp, "forces": nforce, "years": nyears,
                    "first_seen": first, "last_seen": last,
                    "force_list": json.dumps(sorted(f for f in json.loads(forces) if f)),
                    "exemptions": []}
    for cid, label in conn.execute("""
            select distinct p.cluster_id, e.label from passages p
            join response_exemptions e on e.response_id = p.response_id order by e.label"""):
        out[cid]["exemptions"].append(label)
    uses = defaultdict(list)
    for cid, text, kind, n, first_id in conn.execute(
            "select cluster_id, text, kind, count(*), min(id) from passages "
            "group by cluster_id, text"):
        uses[cid].append((-n, first_id, text, kind))
    for cid, row in out.items():
        _, _, row["representative_text"], row["kind"] = min(uses[cid])
        row["exemptions"] = json.dumps(row["exemptions"])
    conn.close()
    return out


def clusters_written(db: Path) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = {r["id"]: {k: r[k] for k in r.keys() if k != "id"}
            for r in conn.execute("select * from passage_clusters")}
    conn.close()
    return rows


@pytest.fixture(scope="module")
def base_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("clusters") / "base.db"
    write_corpus(Synth(11).records(BASE), db, load_forces())
    update_derived_tables(db)
    return db


def _incremental(db: Path, records: list[dict]) -> None:
    ids = append_corpus(records, db, load_forces()).ids
    sdb = sqlite_utils.Database(db)
    try:
        update_derived(sdb, ids)
    finally:
        sdb.close()


def _copy(base_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "foi.db"
    shutil.copy(base_db, db)
    return db


def test_full_build_counts_every_cluster(base_db):
    written = clusters_written(base_db)
    assert len(written) > 20
    assert max(r["responses"] for r in written.values()) > 50  # wordings reused widely
    assert written == clusters_from_scratch(base_db)


def test_new_responses_added_incrementally(base_db, tmp_path):
    db = _copy(base_db, tmp_path)
    before = clusters_written(db)
    _incremental(db, list(Synth(12, years=[2025, 2026]).records(NEW, start=BASE)))
    after = clusters_written(db)
    assert after != before
    assert after == clusters_from_scratch(db)


def _alter(conn, rid: str, i: int, labels: list[str], forces: list[str]) -> None:
    """Re-publish a response as the corpus writer leaves it: another date (or none), other
    exemptions, sometimes another force, fewer paragraphs (its later passages leave their
    clusters). append_corpus cannot replace a response that has passages (foreign key), so the
    rows are changed in place."""
    text = conn.execute("select response_text from responses where id = ?", [rid]).fetchone()[0]
    if i % 3 == 0:
        text = text.split("\n\n")[0]
    published = None if i % 7 == 0 else f"20{11 + i % 14:02d}-0{1 + i % 9}-1{i % 10}"
    force = forces[i % len(forces)] if i % 5 == 0 else None
    conn.execute("update responses set published = ?, response_text = ?, "
                 "force = coalesce(?, force) where id = ?", [published, text, force, rid])
    conn.execute("delete from response_exemptions where response_id = ?", [rid])
    for label in labels[i % len(labels):][:1 + i % 2]:
        conn.execute("insert into response_exemptions values (?, ?)", [rid, label])


def test_changed_responses_recounted(base_db, tmp_path):
    db = _copy(base_db, tmp_path)
    conn = sqlite3.connect(db)
    # responses holding the busiest clusters' representatives and first/last dates
    busy = [r[0] for r in conn.execute(
        "select id from passage_clusters order by responses desc limit 5")]
    marks = ",".join("?" * len(busy))
    holders = {r[0].split(":")[0] for r in conn.execute(
        f"select min(id) from passages where cluster_id in ({marks}) "
        f"group by cluster_id, text", busy)}
    holders |= {r[0] for r in conn.execute(
        f"select p.response_id from passages p join responses r on r.id = p.response_id "
        f"where p.cluster_id in ({marks}) and r.published in (select first_seen from "
        f"passage_clusters where id in ({marks}) union select last_seen from passage_clusters "
        f"where id in ({marks}))", busy * 3)}
    labels = [r[0] for r in conn.execute("select label from exemptions order by label")]
    forces = [r[0] for r in conn.execute("select slug from forces order by slug")]
    changed = sorted(holders)[:80]
    assert len(changed) >= 40
    for i, rid in enumerate(changed):
        _alter(conn, rid, i, labels, forces)
    conn.commit()
    conn.close()
    sdb = sqlite_utils.Database(db)
    try:
        update_derived(sdb, changed)
    finally:
        sdb.close()
    after = clusters_written(db)
    assert after != clusters_written(base_db)
    assert after == clusters_from_scratch(db)
    # and new responses on top of the changed ones
    _incremental(db, list(Synth(13, years=[2026]).records(50, start=BASE + NEW)))
    assert clusters_written(db) == clusters_from_scratch(db)


def test_older_corpus_gets_counts_on_first_incremental_run(base_db, tmp_path):
    db = _copy(base_db, tmp_path)
    conn = sqlite3.connect(db)
    for table in ("nlp_cluster_responses", "nlp_cluster_cells", "nlp_cluster_labels",
                  "nlp_cluster_texts"):
        conn.execute(f"drop table {table}")
    conn.commit()
    conn.close()
    _incremental(db, list(Synth(14, years=[2026]).records(40, start=BASE + 2 * NEW)))
    assert clusters_written(db) == clusters_from_scratch(db)
