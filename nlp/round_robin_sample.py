"""The asks of round-robin groups read from their sampled members only: what
nlp/round_robin_merge.py `_read_asks` computes, without reading every member's request text
and parsed questions (a group samples MEMBERS_SAMPLED members; a large round-robin has
hundreds, and an incremental build rereads each group the batch joins).

    from nlp.round_robin_sample import read_sampled_asks
    read_sampled_asks(conn, gids) == _read_asks(conn, gids)   # tests/nlp/test_round_robin_sample.py
"""
from __future__ import annotations

from collections import Counter

from .round_robin_merge import MEMBERS_SAMPLED, _key_set, asks_of_text


def _chunks(seq, n=500):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def read_sampled_asks(conn, gids: list[str]) -> dict[str, set[str]]:
    if not gids:
        return {}
    conn.execute("create temp table if not exists _rr_todo (gid text primary key)")
    conn.execute("delete from temp._rr_todo")
    conn.executemany("insert into temp._rr_todo values (?)", ((g,) for g in gids))
    # the members in the order _read_asks samples them; `published` lies before the long
    # texts in a responses row, so this reads no text
    order: dict[str, list[str]] = {}
    for gid, rid in conn.execute(
            "select m.round_robin_id, m.response_id from round_robin_members m "
            "join responses r on r.id = m.response_id "
            "where m.round_robin_id in (select gid from temp._rr_todo) "
            "order by m.round_robin_id, r.published, r.id"):
        rids = order.setdefault(gid, [])
        if len(rids) < MEMBERS_SAMPLED:
            rids.append(rid)
    sampled = sorted({rid for rids in order.values() for rid in rids})
    texts: dict[str, str] = {}
    questions: dict[str, list[str]] = {}
    has_questions = conn.execute("select 1 from sqlite_master where name = 'questions'"
                                 ).fetchone()
    for chunk in _chunks(sampled):
        marks = ",".join("?" * len(chunk))
        for rid, text in conn.execute(f"select id, request_text from responses "
                                      f"where id in ({marks})", chunk):
            texts[rid] = text or ""
        if has_questions:
            for rid, text in conn.execute(f"select response_id, text from questions "
                                          f"where response_id in ({marks}) "
                                          f"order by response_id, ordinal", chunk):
                if text:
                    questions.setdefault(rid, []).append(text)
    out = {}
    # The members of a round-robin mostly print the same asks (70% of the sampled members at
    # 40k synthetic responses): their keys are made once. (Here, not in round_robin_merge:
    # that module's bytes are part of the kept asks' digest.)
    keys_of: dict[tuple[str, ...], set[str]] = {}
    for gid, rids in order.items():
        counts: Counter = Counter()
        for rid in rids:
            asks = tuple(questions.get(rid) or asks_of_text(texts[rid]))
            keys = keys_of.get(asks)
            if keys is None:
                keys = keys_of[asks] = _key_set(list(asks))
            counts.update(keys)
        need = max(1, len(rids) / 2)
        out[gid] = {k for k, n in counts.items() if n >= need}
    return out
