"""Merge round-robin groups that are one request asked in different words.

The request grouper (nlp.corpus.same_request) compares whole requests closely, so the same
round-robin splits when forces print it with another period ("for each of the calendar years
2020 to 2023" / "in each financial year from 2019/20 to 2022/23"), another word for the thing
asked about ("drones" / "unmanned aerial vehicles"), or one ask more or less. Here each group is
reduced to its asks, each ask to a set of content words (synonyms folded to one term: data in
nlp/data/request_synonyms.tsv; years, numbers and period words dropped), and two groups merge
when they share most of their asks. Titles are never compared: forces title one request
differently.

Runs over every round-robin group after each update, so an incremental build that re-creates a
split group merges it again. Each group's asks are kept in `nlp_round_robin_asks` with a digest
of its member ids: only groups whose members changed are read again (archive/corpus_append.py
drops the rows of groups holding a response it replaces, whose text may have changed).
"""
from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from archive.corpus_schema_derived import NLP_ROUND_ROBIN_ASKS

from .normalise import fold_norm
from .request_key import _FORCES_CSV, fold_forces

_SYNONYMS_TSV = Path(__file__).resolve().parent / "data" / "request_synonyms.tsv"
MIN_SHARED = 2          # asks two groups must share (one shared ask is a common sub-question)
MIN_OVERLAP = 0.6       # shared asks / all asks of the two groups
MEMBERS_SAMPLED = 6     # a group's asks are read from its first few members
BLOCK_CAP = 50          # an ask shared by more groups is too generic to suggest a merge

# Words that frame an ask rather than say what it asks for, and the periods forces vary.
_FRAME = set("""a about after all also an and any are as at be been being by can could did do
does each for from had has have how i if in into is it its me my no not of on or our over
please provide per such than that the their them then there these this those to under up was
we were what when where which who will with would you your year years number numbers many much
force forces police information request detail details breakdown since last month months
calendar financial fiscal period between dear foi freedom act tell like know held hold
broken down total including include includes current currently january february march april
may june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec one two three four five six seven eight nine ten""".split())
_WORD = re.compile(r"[a-z]+")
_SPLIT = re.compile(r"\?|\n+|(?<=[.;])\s+")
_GREETING = re.compile(r"^\s*(dear|hello|hi|good (?:morning|afternoon)|to whom)\b[^\n]*$",
                       re.I | re.M)


@lru_cache(maxsize=1)
def _synonyms() -> tuple[re.Pattern, dict[str, str]]:
    table: dict[str, str] = {}
    with _SYNONYMS_TSV.open(newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            for variant in row["variants"].split("|"):
                table[variant.strip().lower()] = row["term"].strip().lower()
    variants = sorted(table, key=len, reverse=True)  # longest phrase first
    return re.compile(r"\b(?:" + "|".join(map(re.escape, variants)) + r")\b"), table


def ask_key(text: str) -> str:
    """An ask as its sorted content words: synonyms folded, periods and figures dropped."""
    low = " ".join(_WORD.findall(fold_forces(text or "").lower()))
    pattern, table = _synonyms()
    low = pattern.sub(lambda m: table[m.group(0)], low)
    words = {fold_norm(w) for w in low.split() if w not in _FRAME and len(w) > 2}
    return " ".join(sorted(words))


def asks_of_text(text: str) -> list[str]:
    """A request without parsed asks: its sentences and lines, greeting left out."""
    text = _GREETING.sub("", text or "")
    return [p for p in _SPLIT.split(text) if p.strip()]


def _key_set(asks: list[str]) -> set[str]:
    return {k for k in map(ask_key, asks) if len(k.split()) >= 2}


@lru_cache(maxsize=1)
def _version() -> bytes:
    """What the asks are read with: this code, its folding code and their data files."""
    digest = hashlib.sha1()
    here = Path(__file__).resolve().parent
    for path in (Path(__file__), here / "request_key.py", here / "normalise.py",
                 _SYNONYMS_TSV, _FORCES_CSV):
        digest.update(path.read_bytes())
    return digest.digest()


def _digests(conn) -> dict[str, str]:
    """group id -> digest of its member ids (one pass over the members' primary key)."""
    out = {}
    for gid, ids in conn.execute("select round_robin_id, group_concat(response_id, ' ') "
                                 "from round_robin_members group by round_robin_id"):
        out[gid] = hashlib.sha1(_version() + " ".join(sorted(ids.split(" "))).encode()
                                ).hexdigest()
    return out


def forget_asks(conn, response_ids) -> None:
    """Drop the kept asks of groups holding these responses (called before they are replaced)."""
    if conn.execute("select 1 from sqlite_master where name = 'nlp_round_robin_asks'"
                    ).fetchone():
        conn.executemany("delete from nlp_round_robin_asks where group_id in (select "
                         "round_robin_id from round_robin_members where response_id = ?)",
                         ((rid,) for rid in response_ids))


def group_asks(conn) -> dict[str, set[str]]:
    """Each group's asks as keys: those found in at least half of its sampled members (kept
    from the last run for groups whose members are the same)."""
    conn.execute(NLP_ROUND_ROBIN_ASKS)
    digests = _digests(conn)
    kept = {gid: (members, asks) for gid, members, asks in
            conn.execute("select group_id, members, asks from nlp_round_robin_asks")}
    out, todo = {}, []
    for gid, digest in digests.items():
        members, asks = kept.get(gid, (None, None))
        if members == digest:
            out[gid] = set(asks.split("\n")) if asks else set()
        else:
            todo.append(gid)
    from .round_robin_sample import read_sampled_asks  # (it imports this module)

    read = read_sampled_asks(conn, todo)
    out.update(read)
    conn.executemany("delete from nlp_round_robin_asks where group_id = ?",
                     ((gid,) for gid in kept if gid not in digests or gid in read))
    conn.executemany("insert into nlp_round_robin_asks values (?, ?, ?)",
                     ((gid, digests[gid], "\n".join(sorted(asks))) for gid, asks in read.items()))
    return out


def _read_asks(conn, gids: list[str]) -> dict[str, set[str]]:
    if not gids:
        return {}
    conn.execute("create temp table if not exists _rr_todo (gid text primary key)")
    conn.execute("delete from temp._rr_todo")
    conn.executemany("insert into temp._rr_todo values (?)", ((g,) for g in gids))
    per_member: dict[tuple[str, str], list[str]] = defaultdict(list)
    order: dict[str, list[str]] = defaultdict(list)
    texts: dict[str, str] = {}
    for gid, rid, text in conn.execute(
            "select m.round_robin_id, m.response_id, r.request_text from round_robin_members m "
            "join responses r on r.id = m.response_id "
            "where m.round_robin_id in (select gid from temp._rr_todo) "
            "order by m.round_robin_id, r.published, r.id"):
        if len(order[gid]) < MEMBERS_SAMPLED:
            order[gid].append(rid)
            texts[rid] = text or ""
    has_questions = conn.execute("select 1 from sqlite_master where name = 'questions'"
                                 ).fetchone()
    if has_questions:
        for gid, rid, text in conn.execute(
                "select m.round_robin_id, q.response_id, q.text from round_robin_members m "
                "join questions q on q.response_id = m.response_id "
                "where m.round_robin_id in (select gid from temp._rr_todo) "
                "order by m.round_robin_id, q.response_id, q.ordinal"):
            if rid in texts and text:
                per_member[(gid, rid)].append(text)
    out = {}
    for gid, rids in order.items():
        counts: Counter = Counter()
        for rid in rids:
            asks = per_member.get((gid, rid)) or asks_of_text(texts[rid])
            counts.update(_key_set(asks))
        need = max(1, len(rids) / 2)
        out[gid] = {k for k, n in counts.items() if n >= need}
    return out


def same_request(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    shared = len(a & b)
    return a == b or (shared >= MIN_SHARED and shared / len(a | b) >= MIN_OVERLAP)


def families(asks: dict[str, set[str]]) -> list[list[str]]:
    """Groups to merge (each list has two or more ids), found through shared ask keys."""
    parent = {g: g for g in asks}

    def root(g):
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    block: dict[str, list[str]] = defaultdict(list)
    for gid in sorted(asks):
        for key in asks[gid]:
            block[key].append(gid)
    tried = set()
    for gids in block.values():
        if len(gids) > BLOCK_CAP:
            continue
        for i, a in enumerate(gids):
            for b in gids[i + 1:]:
                if (a, b) in tried:
                    continue
                tried.add((a, b))
                if root(a) != root(b) and same_request(asks[a], asks[b]):
                    parent[root(b)] = root(a)
    fam: dict[str, list[str]] = defaultdict(list)
    for g in sorted(asks):
        fam[root(g)].append(g)
    return [sorted(v) for v in fam.values() if len(v) > 1]


def merge_round_robins(conn) -> int:
    """Merge split groups in place; returns how many groups were folded into another."""
    fams = families(group_asks(conn))
    folded = 0
    for fam in fams:
        sizes = dict(conn.execute(
            f"select round_robin_id, count(*) from round_robin_members where round_robin_id "
            f"in ({','.join('?' * len(fam))}) group by round_robin_id", fam).fetchall())
        keep = min(fam, key=lambda g: (-sizes.get(g, 0), g))  # the largest, then the lowest id
        others = [g for g in fam if g != keep]
        marks = ",".join("?" * len(others))
        conn.execute(f"update or replace round_robin_members set round_robin_id = ? "
                     f"where round_robin_id in ({marks})", [keep, *others])
        conn.execute(f"delete from round_robins where id in ({marks})", others)
        _recount(conn, keep)
        folded += len(others)
    return folded


def _recount(conn, gid: str) -> None:
    rows = conn.execute("select r.force, r.published, r.title from round_robin_members m "
                        "join responses r on r.id = m.response_id where m.round_robin_id = ?",
                        [gid]).fetchall()
    dates = [r[1] for r in rows if r[1]]
    titles = Counter(r[2] for r in rows if r[2])
    conn.execute("update round_robins set forces = ?, responses = ?, first_seen = ?, "
                 "last_seen = ?, title = coalesce(?, title) where id = ?",
                 [len({r[0] for r in rows if r[0]}), len(rows), min(dates, default=None),
                  max(dates, default=None),
                  # the title most members carry, not the first group's
                  min(titles, key=lambda t: (-titles[t], t)) if titles else None, gid])
