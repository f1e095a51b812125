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
"""
from __future__ import annotations

import sqlite3

EXAMPLES = 5   # newest responses kept per wording (the page shows 5)
TABLES = ("serving_wordings", "serving_wordings_fts", "serving_wording_labels",
          "serving_wording_examples")

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


def write_serving_tables(conn: sqlite3.Connection) -> None:
    """(Re)write the serving tables from `passages`, `response_exemptions` and `responses`,
    in one transaction. Without a `passages` table there is nothing to serve: they are
    dropped (the page then reads the NLP tables, as before)."""
    conn.commit()
    conn.execute("begin")
    try:
        drop_serving_tables(conn)
        if has_passages(conn):
            for statement in _SCHEMA.split(";\n"):
                if statement.strip():
                    conn.execute(statement)
            _write_wordings(conn)
            _write_labels(conn)
            _write_examples(conn)
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise


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
