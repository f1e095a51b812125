"""Passage-cluster statistics kept as additive counts, so an incremental build re-counts only
its batch instead of every passage of the (few, huge) clusters it touches.

Every `passage_clusters` figure is a sum over responses, and a response's passages enter and
leave the corpus together, so per cluster the build keeps (hidden tables):

- nlp_cluster_responses: each clustered response's force, date and exemption labels as they
  were counted (a changed response is re-written before the NLP step: its old values are
  needed to subtract it);
- nlp_cluster_cells: per (cluster, force, year) passages, responses, first/last date;
- nlp_cluster_labels: per (cluster, label) responses citing the label;
- nlp_cluster_texts: per (cluster, wording digest) uses and smallest passage id, which rank
  the representative wording (most uses, then smallest id).

A full build fills them with GROUP BYs; a batch subtracts the responses it forgets, then adds
its new passages. A removed response that held a cell's first/last date or a wording's
smallest id makes that one value stale: it is recomputed by a narrow query of that cell.
"""

import hashlib
import json
from collections import defaultdict

from archive.corpus_schema import AUX_CLUSTER_TABLES, NLP_CLUSTER_TABLES


def ensure(conn) -> None:
    conn.executescript(NLP_CLUSTER_TABLES)


def _chunks(seq, n=500):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _digest(text: str) -> bytes:
    return hashlib.blake2b((text or "").encode(), digest_size=16).digest()


def _year(published):
    return None if published is None else published[:4]


def _min(a, b):
    return b if a is None else a if b is None else min(a, b)


def _max(a, b):
    return b if a is None else a if b is None else max(a, b)


# ---------------------------------------------------------------- full build

def needs_bulk_build(conn) -> bool:
    """A corpus built before these tables existed has passages but no counts yet."""
    return (conn.execute("select 1 from nlp_cluster_responses limit 1").fetchone() is None
            and conn.execute("select 1 from passages limit 1").fetchone() is not None)


def _has_exemptions(conn) -> bool:
    """Small corpora written by some tests have no exemption table."""
    return conn.execute("select 1 from sqlite_master where type = 'table' "
                        "and name = 'response_exemptions'").fetchone() is not None


def bulk_build(conn) -> None:
    """Count every passage from scratch (full build, or first run on an older corpus)."""
    for table in AUX_CLUSTER_TABLES:
        conn.execute(f"delete from {table}")
    labels = ("""(select json_group_array(label) from (select distinct label
                 from response_exemptions e where e.response_id = r.id order by label))"""
              if _has_exemptions(conn) else "'[]'")
    conn.execute(f"""
        insert into nlp_cluster_responses (response_id, force, published, labels)
        select r.id, r.force, r.published, {labels}
        from responses r where exists (select 1 from passages p where p.response_id = r.id)""")
    # each (cluster, response) pair once, with the response's values, for cells and labels
    conn.execute("drop table if exists temp.nlp_cluster_pairs")
    conn.execute("""
        create temp table nlp_cluster_pairs as
        select cr.cluster_id, cr.n, s.force, s.published, s.labels
        from (select cluster_id, response_id, count(*) as n from passages
              group by cluster_id, response_id) cr
        join nlp_cluster_responses s on s.response_id = cr.response_id""")
    conn.execute("""
        insert into nlp_cluster_cells
        select cluster_id, force, substr(published, 1, 4), sum(n), count(*), min(published),
               max(published)
        from temp.nlp_cluster_pairs group by 1, 2, 3""")
    conn.execute("""
        insert into nlp_cluster_labels
        select cr.cluster_id, l.value, count(*)
        from temp.nlp_cluster_pairs cr join json_each(cr.labels) l
        where cr.labels <> '[]' group by 1, 2""")
    conn.execute("drop table temp.nlp_cluster_pairs")
    rows = conn.execute("select cluster_id, text, count(*), min(id) from passages "
                        "group by cluster_id, text")
    conn.executemany("insert into nlp_cluster_texts values (?, ?, ?, ?)",
                     ((cid, _digest(text), n, first) for cid, text, n, first in rows))


# ---------------------------------------------------------------- a batch

def _snapshot(conn, response_ids: list[str]) -> dict:
    """force, published, labels of responses as they are in the corpus now."""
    out = {}
    exemptions = _has_exemptions(conn)
    for chunk in _chunks(response_ids):
        marks = ",".join("?" * len(chunk))
        labels = defaultdict(list)
        for rid, label in [] if not exemptions else conn.execute(
                f"select distinct response_id, label from response_exemptions "
                f"where response_id in ({marks}) order by label", chunk):
            labels[rid].append(label)
        for rid, force, published in conn.execute(
                f"select id, force, published from responses where id in ({marks})", chunk):
            out[rid] = (force, published, labels.get(rid, []))
    return out


def _counted(conn, response_ids: list[str]) -> dict:
    """force, published, labels of responses as they were counted."""
    out = {}
    for chunk in _chunks(response_ids):
        marks = ",".join("?" * len(chunk))
        for rid, force, published, labels in conn.execute(
                f"select response_id, force, published, labels from nlp_cluster_responses "
                f"where response_id in ({marks})", chunk):
            out[rid] = (force, published, json.loads(labels))
    return out


class _Delta:
    """The contribution of some responses' passages, to add (sign 1) or subtract (-1)."""

    def __init__(self, passages, responses: dict):
        # passages: (id, response_id, cluster_id, text)
        self.cells = defaultdict(lambda: [0, 0, None, None])
        self.labels = defaultdict(int)
        self.texts = {}  # (cluster, digest) -> [uses, first_id, text]
        per_response = defaultdict(int)
        for pid, rid, cid, text in passages:
            if cid is None or rid not in responses:
                continue
            per_response[cid, rid] += 1
            entry = self.texts.setdefault((cid, _digest(text)), [0, pid, text])
            entry[0] += 1
            entry[1] = min(entry[1], pid)
        for (cid, rid), n in per_response.items():
            force, published, labels = responses[rid]
            cell = self.cells[cid, force, _year(published)]
            cell[0] += n
            cell[1] += 1
            cell[2] = _min(cell[2], published)
            cell[3] = _max(cell[3], published)
            for label in labels:
                self.labels[cid, label] += 1
        self.clusters = {cid for cid, _ in per_response}


def _apply_cells(conn, delta: _Delta, sign: int, stale: set) -> None:
    for (cid, force, year), (dp, dr, lo, hi) in delta.cells.items():
        row = conn.execute("select passages, responses, first_seen, last_seen "
                           "from nlp_cluster_cells where cluster_id = ? and force is ? "
                           "and year is ?", [cid, force, year]).fetchone()
        passages, responses, first, last = row or (0, 0, None, None)
        passages, responses = passages + sign * dp, responses + sign * dr
        if sign > 0:
            first, last = _min(first, lo), _max(last, hi)
        elif responses > 0 and year is not None and (lo == first or hi == last):
            stale.add((cid, force, year))
        conn.execute("delete from nlp_cluster_cells where cluster_id = ? and force is ? "
                     "and year is ?", [cid, force, year])
        if responses > 0:
            conn.execute("insert into nlp_cluster_cells values (?, ?, ?, ?, ?, ?, ?)",
                         [cid, force, year, passages, responses, first, last])


def _apply_labels(conn, delta: _Delta, sign: int) -> None:
    for (cid, label), n in delta.labels.items():
        row = conn.execute("select responses from nlp_cluster_labels where cluster_id = ? "
                           "and label is ?", [cid, label]).fetchone()
        count = (row[0] if row else 0) + sign * n
        conn.execute("delete from nlp_cluster_labels where cluster_id = ? and label is ?",
                     [cid, label])
        if count > 0:
            conn.execute("insert into nlp_cluster_labels values (?, ?, ?)", [cid, label, count])


def _apply_texts(conn, delta: _Delta, sign: int, stale: dict) -> None:
    for (cid, digest), (n, first_id, text) in delta.texts.items():
        row = conn.execute("select uses, first_id from nlp_cluster_texts where cluster_id = ? "
                           "and digest = ?", [cid, digest]).fetchone()
        uses, first = row or (0, None)
        uses += sign * n
        if uses <= 0:
            conn.execute("delete from nlp_cluster_texts where cluster_id = ? and digest = ?",
                         [cid, digest])
            continue
        if sign > 0:
            first = _min(first, first_id)
        elif first == first_id:
            stale[cid, digest] = text
        conn.execute("insert or replace into nlp_cluster_texts values (?, ?, ?, ?)",
                     [cid, digest, uses, first])


def add(conn, passages: list[tuple]) -> None:
    """Count newly inserted passages: (id, response_id, cluster_id, text)."""
    rids = sorted({p[1] for p in passages})
    responses = _snapshot(conn, rids)
    conn.executemany("insert or replace into nlp_cluster_responses values (?, ?, ?, ?)",
                     ((rid, f, p, json.dumps(labels)) for rid, (f, p, labels)
                      in responses.items()))
    delta = _Delta(passages, responses)
    _apply_cells(conn, delta, 1, set())
    _apply_labels(conn, delta, 1)
    _apply_texts(conn, delta, 1, {})


class Forgetting:
    """Subtract responses about to be dropped, then fix the values they may have held."""

    def __init__(self):
        self.stale_cells: set = set()
        self.stale_texts: dict = {}

    def subtract(self, conn, response_ids: list[str]) -> None:
        """Before the responses' passages are deleted."""
        marks = ",".join("?" * len(response_ids))
        passages = conn.execute(f"select id, response_id, cluster_id, text from passages "
                                f"where response_id in ({marks})", response_ids).fetchall()
        delta = _Delta(passages, _counted(conn, response_ids))
        _apply_cells(conn, delta, -1, self.stale_cells)
        _apply_labels(conn, delta, -1)
        _apply_texts(conn, delta, -1, self.stale_texts)
        conn.execute(f"delete from nlp_cluster_responses where response_id in ({marks})",
                     response_ids)

    def recount(self, conn) -> None:
        """After the passages are deleted: recompute stale first/last dates and first ids."""
        for cid, force, year in self.stale_cells:
            # all dates of a year sort together: an index range over the force's dates
            lo, hi = conn.execute(
                "select min(s.published), max(s.published) from nlp_cluster_responses s "
                "where s.force is ? and s.published >= ? and s.published <= ? "
                "and substr(s.published, 1, 4) = ? and exists (select 1 from passages p "
                "where p.response_id = s.response_id and p.cluster_id = ?)",
                [force, year, year + "\U0010ffff", year, cid]).fetchone()
            conn.execute("update nlp_cluster_cells set first_seen = ?, last_seen = ? "
                         "where cluster_id = ? and force is ? and year is ?",
                         [lo, hi, cid, force, year])
        for (cid, digest), text in self.stale_texts.items():
            first = conn.execute("select min(id) from passages where cluster_id = ? "
                                 "and text = ?", [cid, text]).fetchone()[0]
            conn.execute("update nlp_cluster_texts set first_id = ? where cluster_id = ? "
                         "and digest = ?", [first, cid, digest])


# ---------------------------------------------------------------- passage_clusters rows

def write_rows(conn, cluster_ids) -> None:
    """Rewrite the passage_clusters rows of these clusters from the counts."""
    for chunk in _chunks(sorted(cluster_ids)):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"delete from passage_clusters where id in ({marks})", chunk)
        cells = defaultdict(list)
        for cid, *cell in conn.execute(
                f"select cluster_id, force, year, passages, responses, first_seen, last_seen "
                f"from nlp_cluster_cells where cluster_id in ({marks})", chunk):
            cells[cid].append(cell)
        labels = defaultdict(list)
        for cid, label in conn.execute(f"select cluster_id, label from nlp_cluster_labels "
                                       f"where cluster_id in ({marks})", chunk):
            labels[cid].append(label)
        rows = []
        for cid in chunk:
            if cid not in cells:
                continue  # no passages left
            rows.append(_row(conn, cid, cells[cid], labels.get(cid, [])))
        conn.executemany(
            "INSERT OR REPLACE INTO passage_clusters (id, representative_text, kind, passages, "
            "responses, forces, years, first_seen, last_seen, exemptions, force_list) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _row(conn, cid: str, cells: list, labels: list) -> tuple:
    forces = {force for force, *_ in cells if force is not None}
    years = {year for _, year, *_ in cells if year is not None}
    first = last = None
    for *_, lo, hi in cells:
        first, last = _min(first, lo), _max(last, hi)
    first_id = conn.execute("select first_id from nlp_cluster_texts where cluster_id = ? "
                            "order by uses desc, first_id limit 1", [cid]).fetchone()[0]
    text, kind = conn.execute("select text, kind from passages where id = ?",
                              [first_id]).fetchone()
    return (cid, text, kind, sum(c[2] for c in cells), sum(c[3] for c in cells), len(forces),
            len(years), first, last,
            json.dumps(sorted(labels, key=lambda label: (label is not None, label))),
            json.dumps(sorted(f for f in forces if f)))
