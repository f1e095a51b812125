"""Precedent search: passages matching a query, grouped by wording, most widely used first."""

import json
import re

import sqlite_utils

_TOKEN = re.compile(r"[A-Za-z0-9]+")


def fts_query(text: str) -> str:
    """A safe FTS5 query from free text: every word quoted, all required ("40(5)" -> "40" "5")."""
    return " ".join(f'"{t}"' for t in _TOKEN.findall(text or ""))


def search_precedents(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[dict]:
    q = fts_query(query)
    if not q:
        return []
    rows = db.execute("""
        select c.id, c.representative_text, c.kind, c.responses, c.forces, c.years,
               c.first_seen, c.last_seen, c.exemptions,
               (select json_group_array(distinct q.response_id) from passages q
                where q.cluster_id = c.id) as response_ids
        from passages_fts f
        join passages p on p.rowid = f.rowid
        join passage_clusters c on c.id = p.cluster_id
        where passages_fts match ?
        group by c.id
        order by c.responses desc, c.forces desc, c.id
        limit ?""", [q, limit]).fetchall()
    keys = ("cluster_id", "text", "kind", "responses", "forces", "years", "first_seen",
            "last_seen", "exemptions", "response_ids")
    out = []
    for row in rows:
        item = dict(zip(keys, row, strict=True))
        item["exemptions"] = json.loads(item["exemptions"] or "[]")
        item["response_ids"] = json.loads(item["response_ids"])
        out.append(item)
    return out
