"""Tables written at the end of a build so that /precedents touches wordings, not uses.

The precedent search matched every reasoning passage of the corpus with the search words and
grouped the matches by wording (~400,000 passages at 100k responses, ten times that at 1M),
then sorted every use of each wording to find its newest examples. Passages are reused
wordings: at 100k responses 394,667 passages hold 768 distinct (wording, text) pairs. So the
build writes:

- `serving_wordings`: one row per distinct (wording key, passage text), with how many
  passages use it and the smallest passage id, and `serving_wordings_fts` over the text (same
  tokenizer as `passages_fts`, so a text matches exactly when its passages do);
- `serving_wording_labels`: the same per exemption label cited by the passages' responses
  (the page's exemption filter);
- `serving_wording_examples`: the newest EXAMPLES responses using each clustered wording.

A wording's key is its cluster id, or `passage:<id>` for a passage in no cluster (as the page
groups them). `write_serving_tables(conn)` rewrites all of them from the NLP tables; it is
idempotent and costs one pass over `passages` (a sort of the clustered uses for examples).

Incremental builds: clusters are few and large (47 clusters hold 394,667 passages at 100k), so
recomputing the clusters a batch touches would cost as much as the full rewrite. Counts are
sums instead: `write_serving_tables(conn, response_ids)` adds the uses of those responses'
passages, and `forget_serving_responses(conn, response_ids)`, called while the previous version
of changed responses is still in the corpus, subtracts theirs; both read only the batch's rows.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

EXAMPLES = 5   # newest responses kept per wording (the page shows 5)
TABLES = ("serving_wordings", "serving_wordings_fts", "serving_wording_labels",
          "serving_wording_examples")
# The facet columns of every response, keyed by its rowid, in a narrow table: counting facets
# over the newest 2,000 matches of a search read ~12 us per row from `responses`, whose records
# reach these columns only after the long texts (overflow pages). Columns without a declared
# type keep each value as `responses` stores it.
FACET_ROWS = "serving_facet_rows"
FACET_COLUMNS = ("force", "year", "month", "outcome", "ncnd", "status", "topics", "exemption_labels",
                 "exemption_families")
_FACET_SELECT = f"select rowid, {', '.join(FACET_COLUMNS)} from responses"

_SCHEMA = f"""
create table serving_wordings (
  id integer primary key, key text not null, cluster_id text, text text,
  passage_id text, uses integer not null);
create index idx_serving_wordings_key on serving_wordings(key);
create virtual table serving_wordings_fts using fts5(
  text, tokenize='porter', content='serving_wordings', content_rowid='id');
create table serving_wording_labels (
  label text not null, wording_id integer not null, uses integer not null, passage_id text,
  primary key (label, wording_id)) without rowid;
create table serving_wording_examples (
  cluster_id text not null, rank integer not null, response_id text not null,
  primary key (cluster_id, rank)) without rowid;
insert into serving_wording_examples values ('', {EXAMPLES}, '');
"""
# ^ the row with an empty cluster id records how many examples per wording were kept


def has_passages(conn: sqlite3.Connection) -> bool:
    return conn.execute("select 1 from sqlite_master where type = 'table' "
                        "and name = 'passages'").fetchone() is not None


def drop_serving_tables(conn: sqlite3.Connection) -> None:
    for name in TABLES:
        conn.execute(f"drop table if exists {name}")


def write_serving_tables(conn: sqlite3.Connection,
                         response_ids: Iterable[str] | None = None) -> None:
    """(Re)write the serving tables from `passages`, `response_exemptions` and `responses`,
    in one transaction. Without a `passages` table there are no wordings to serve: those are
    dropped (the page then reads the NLP tables, as before); the facet rows are written.

    response_ids: None rewrites everything. Otherwise the responses added, or changed since
    `forget_serving_responses`, whose passages the NLP step has (re)written: only their uses
    and facet rows are added. Tables not in the corpus yet are written in full."""
    ids = None if response_ids is None else list(response_ids)

    def work():
        if ids is not None and has_serving_tables(conn):
            _add_uses(conn, ids)
        else:
            _rewrite(conn)
        if ids is not None and _has_table(conn, FACET_ROWS):
            _add_facet_rows(conn, ids)
        else:
            _rewrite_facet_rows(conn)

    _in_transaction(conn, work)


def forget_serving_responses(conn: sqlite3.Connection, response_ids: Iterable[str]) -> None:
    """Subtract the uses of these responses' current passages, before the incremental build
    replaces them (`append_corpus` deletes their exemption rows, the NLP step their passages).
    Responses not in the corpus yet have none, so passing a whole batch is fine. Runs in the
    caller's transaction (e.g. append_corpus's), committing nothing itself."""
    ids = list(response_ids)
    if has_serving_tables(conn):
        _remove_uses(conn, ids)
    if _has_table(conn, FACET_ROWS):
        _load_batch(conn, ids)
        conn.execute(f"delete from {FACET_ROWS} where response_rowid in (select rowid from "
                     "responses where id in (select id from temp.serving_batch))")


def has_serving_tables(conn: sqlite3.Connection) -> bool:
    return has_passages(conn) and _has_table(conn, "serving_wording_examples")


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("select 1 from sqlite_master where name = ?", (name,)).fetchone() is not None


def _in_transaction(conn: sqlite3.Connection, work) -> None:
    conn.commit()
    conn.execute("begin")
    try:
        work()
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise


def _rewrite(conn: sqlite3.Connection) -> None:
    drop_serving_tables(conn)
    if has_passages(conn):
        for statement in _SCHEMA.split(";\n"):
            if statement.strip():
                conn.execute(statement)
        _write_wordings(conn)
        _write_labels(conn)
        _write_examples(conn)


def _rewrite_facet_rows(conn: sqlite3.Connection) -> None:
    conn.execute(f"drop table if exists {FACET_ROWS}")
    conn.execute(f"create table {FACET_ROWS} (response_rowid integer primary key, "
                 f"{', '.join(FACET_COLUMNS)})")
    conn.execute(f"insert into {FACET_ROWS} {_FACET_SELECT}")


def _add_facet_rows(conn: sqlite3.Connection, response_ids: list[str]) -> None:
    _load_batch(conn, response_ids)
    conn.execute(f"insert or replace into {FACET_ROWS} {_FACET_SELECT} "
                 "where id in (select id from temp.serving_batch)")


def _write_wordings(conn: sqlite3.Connection) -> None:
    conn.execute("""
      insert into serving_wordings(key, cluster_id, text, passage_id, uses)
      select coalesce(cluster_id, 'passage:' || id), cluster_id, text, min(id), count(*)
      from passages group by coalesce(cluster_id, 'passage:' || id), text""")
    conn.execute("insert into serving_wordings_fts(serving_wordings_fts) values ('rebuild')")


def _write_labels(conn: sqlite3.Connection) -> None:
    # passages of responses citing the label, per wording row (joined back by key and text)
    conn.execute("""
      insert into serving_wording_labels(label, wording_id, uses, passage_id)
      select e.label, w.id, count(*), min(p.id)
      from passages p join response_exemptions e on e.response_id = p.response_id
        join serving_wordings w on w.key = coalesce(p.cluster_id, 'passage:' || p.id)
                               and w.text is p.text
      group by e.label, w.id""")


def _write_examples(conn: sqlite3.Connection) -> None:
    # newest first, then id; undated uses last (SQLite sorts NULL lowest)
    conn.execute(f"""
      insert into serving_wording_examples(cluster_id, rank, response_id)
      select cluster_id, n, id from (
        select u.cluster_id, r.id, row_number() over (
          partition by u.cluster_id order by r.published desc, r.id) as n
        from (select distinct cluster_id, response_id from passages
              where cluster_id is not null) u
        join responses r on r.id = u.response_id)
      where n <= {EXAMPLES}""")


# ---------------------------------------------------------------- incremental (sums)

_BATCH_WORDINGS = """
  select coalesce(cluster_id, 'passage:' || id), cluster_id, text, count(*), min(id)
  from passages where response_id in (select id from temp.serving_batch)
  group by 1, text"""
_BATCH_LABELS = """
  select e.label, coalesce(p.cluster_id, 'passage:' || p.id), p.text, count(*), min(p.id)
  from passages p join response_exemptions e on e.response_id = p.response_id
  where p.response_id in (select id from temp.serving_batch)
  group by e.label, 2, p.text"""
_BATCH_CLUSTERS = """
  select distinct cluster_id, response_id from passages
  where response_id in (select id from temp.serving_batch) and +cluster_id is not null"""
_WORDING = "select id, uses, passage_id from serving_wordings where key = ? and text is ?"
_IN_BATCH = ("select 1 from passages where id = ? and response_id in "
             "(select id from temp.serving_batch)")
_NOT_IN_BATCH = "response_id not in (select id from temp.serving_batch)"


def _load_batch(conn: sqlite3.Connection, response_ids: Iterable[str]) -> None:
    conn.execute("create temp table if not exists serving_batch (id text primary key)")
    conn.execute("delete from temp.serving_batch")
    conn.executemany("insert or ignore into temp.serving_batch values (?)",
                     ((rid,) for rid in response_ids))


def _add_uses(conn: sqlite3.Connection, response_ids: Iterable[str]) -> None:
    _load_batch(conn, response_ids)
    ids = {}
    for key, cluster, text, n, first in conn.execute(_BATCH_WORDINGS).fetchall():
        row = conn.execute(_WORDING, (key, text)).fetchone()
        if row:
            conn.execute("update serving_wordings set uses = uses + ?, "
                         "passage_id = min(passage_id, ?) where id = ?", (n, first, row[0]))
            ids[key, text] = row[0]
        else:
            wid = conn.execute("insert into serving_wordings(key, cluster_id, text, passage_id, "
                               "uses) values (?, ?, ?, ?, ?)",
                               (key, cluster, text, first, n)).lastrowid
            conn.execute("insert into serving_wordings_fts(rowid, text) values (?, ?)",
                         (wid, text))
            ids[key, text] = wid
    conn.executemany("""
      insert into serving_wording_labels(label, wording_id, uses, passage_id)
      values (?, ?, ?, ?) on conflict (label, wording_id) do update
      set uses = uses + excluded.uses, passage_id = min(passage_id, excluded.passage_id)""",
                     ((label, ids[key, text], n, first) for label, key, text, n, first
                      in conn.execute(_BATCH_LABELS).fetchall()))
    new_uses: dict[str, set[str]] = {}
    for cluster, rid in conn.execute(_BATCH_CLUSTERS).fetchall():
        new_uses.setdefault(cluster, set()).add(rid)
    for cluster, rids in new_uses.items():
        kept = {r[0] for r in conn.execute("select response_id from serving_wording_examples "
                                           "where cluster_id = ?", (cluster,))}
        _set_examples(conn, cluster, conn.execute(
            "select id from responses where id in (select value from json_each(?)) "
            f"order by published desc, id limit {EXAMPLES}", (json.dumps(sorted(kept | rids)),)))


def _remove_uses(conn: sqlite3.Connection, response_ids: Iterable[str]) -> None:
    _load_batch(conn, response_ids)
    for label, key, text, n, _first in conn.execute(_BATCH_LABELS).fetchall():
        wording = conn.execute(_WORDING, (key, text)).fetchone()
        if wording is None:
            continue
        wid = wording[0]
        uses, first = conn.execute("select uses, passage_id from serving_wording_labels where "
                                   "label = ? and wording_id = ?", (label, wid)).fetchone()
        if uses <= n:
            conn.execute("delete from serving_wording_labels where label = ? and wording_id = ?",
                         (label, wid))
            continue
        if conn.execute(_IN_BATCH, (first,)).fetchone():  # the first use leaves: find the next
            first = conn.execute(
                "select min(p.id) from passages p join response_exemptions e on "
                "e.response_id = p.response_id where e.label = ? and p.cluster_id = ? and "
                f"p.text is ? and p.{_NOT_IN_BATCH}", (label, key, text)).fetchone()[0]
        conn.execute("update serving_wording_labels set uses = ?, passage_id = ? "
                     "where label = ? and wording_id = ?", (uses - n, first, label, wid))
    for key, _cluster, text, n, _first in conn.execute(_BATCH_WORDINGS).fetchall():
        wording = conn.execute(_WORDING, (key, text)).fetchone()
        if wording is None:
            continue
        wid, uses, first = wording
        if uses <= n:
            conn.execute("insert into serving_wordings_fts(serving_wordings_fts, rowid, text) "
                         "values ('delete', ?, ?)", (wid, text))
            conn.execute("delete from serving_wordings where id = ?", (wid,))
            continue
        if conn.execute(_IN_BATCH, (first,)).fetchone():
            first = conn.execute(f"select min(id) from passages where cluster_id = ? and "
                                 f"text is ? and {_NOT_IN_BATCH}", (key, text)).fetchone()[0]
        conn.execute("update serving_wordings set uses = ?, passage_id = ? where id = ?",
                     (uses - n, first, wid))
    stale = [r[0] for r in conn.execute(
        "select distinct cluster_id from serving_wording_examples "
        "where response_id in (select id from temp.serving_batch)")]
    for cluster in stale:
        _set_examples(conn, cluster, _examples_without_batch(conn, cluster))


def _examples_without_batch(conn: sqlite3.Connection, cluster: str) -> list[tuple]:
    """The cluster's newest uses outside the batch. A common wording is found by reading the
    newest responses until EXAMPLES use it, a rare one by sorting its uses (as /precedents)."""
    row = conn.execute("select responses from passage_clusters where id = ?",
                       (cluster,)).fetchone()
    total = conn.execute("select max(rowid) from responses").fetchone()[0] or 0
    if row and (row[0] or 0) ** 2 > EXAMPLES * total:
        found = conn.execute(
            "select r.id from responses r where r.published is not null and r.id not in "
            "(select id from temp.serving_batch) and exists (select 1 from passages p where "
            "p.response_id = r.id and p.cluster_id = ?) "
            f"order by r.published desc, r.id limit {EXAMPLES}", (cluster,)).fetchall()
        if len(found) == EXAMPLES:
            return found
    return conn.execute(
        "select id from responses where id in (select response_id from passages where "
        f"cluster_id = ? and {_NOT_IN_BATCH}) order by published desc, id limit {EXAMPLES}",
        (cluster,)).fetchall()


def _set_examples(conn: sqlite3.Connection, cluster: str, newest) -> None:
    conn.execute("delete from serving_wording_examples where cluster_id = ?", (cluster,))
    conn.executemany("insert into serving_wording_examples(cluster_id, rank, response_id) "
                     "values (?, ?, ?)",
                     ((cluster, rank, rid) for rank, (rid,) in enumerate(newest, 1)))
