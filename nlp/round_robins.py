"""Round-robin requests: one request sent to several forces, found by grouping near-identical
request wordings (`nlp_signatures` kind 'request') and written to `round_robins` and
`round_robin_members` when the group spans two forces or more."""

from collections import defaultdict

from rapidfuzz import fuzz

from . import derive_settings as cfg
from .content_words import content_words
from .lsh_groups import Grouper


def same_request(a: str, b: str) -> bool:
    if not a or not b:
        return False
    short = min(len(a), len(b)) < 200
    if fuzz.ratio(a, b) < (cfg.REQUEST_MIN_RATIO_SHORT if short else cfg.REQUEST_MIN_RATIO):
        return False
    # Different asks on the same subject often share the frame and differ in the content
    # words: require the content words to agree too.
    wa, wb = content_words(a), content_words(b)
    return len(wa ^ wb) <= max(2, 0.15 * len(wa | wb))


def request_grouper(db) -> Grouper:
    return Grouper(db, "request", cfg.REQUEST_BANDS, same_request, "rr_")


def group_requests(db, prepared: list[tuple], grouper: Grouper) -> set[str]:
    """Put each prepared request in its group; returns the touched group ids."""
    touched, rows = set(), []
    known: dict[str, str] = {}  # as in cluster_passages: a repeated key, its first group
    for rid, _items, request, _terms in prepared:
        if request is None:
            continue
        group = known.get(request[0])
        if group is None:
            group = known[request[0]] = grouper.assign(*request)
        rows.append(("request", rid, rid, None, group))
        touched.add(group)
    db.conn.executemany("INSERT OR REPLACE INTO nlp_signatures (kind, item_id, response_id, sig, "
                        "group_id) VALUES (?, ?, ?, ?, ?)", rows)
    grouper.flush()
    return touched


def shared_groups(db) -> set[str]:
    """Request groups with two members or more: a full rebuild's only candidates for a
    round-robin (at 1M synthetic responses 27k of 654k groups; refreshing every group read
    each lone member's row for nothing, ~8 of the tail's 33 s)."""
    return {r[0] for r in db.execute(
        "select group_id from nlp_signatures where kind = 'request' and group_id is not null "
        "group by group_id having count(*) >= 2")}


def refresh_round_robins(db, group_ids: set[str]) -> None:
    """Rewrite the round-robin rows of these groups from their current members."""
    for chunk in cfg.chunks(sorted(group_ids)):
        marks = ",".join("?" * len(chunk))
        db.execute(f"delete from round_robins where id in ({marks})", chunk)
        db.execute(f"delete from round_robin_members where round_robin_id in ({marks})", chunk)
        members = defaultdict(list)
        for gid, rid, force, outcome, published in db.execute(f"""
                select s.group_id, r.id, r.force, r.outcome, r.published
                from nlp_signatures s join responses r on r.id = s.item_id
                where s.kind = 'request' and s.group_id in ({marks})
                order by r.published, r.id""", chunk):
            members[gid].append((rid, force, outcome, published))
        kept = {gid: ms for gid, ms in members.items()
                if len({m[1] for m in ms if m[1]}) >= 2}  # one force asked twice is not one
        # Only the first member's words name the group: the long texts of the rest stay unread.
        firsts = [ms[0][0] for ms in kept.values()]
        words = {}
        for i in range(0, len(firsts), 500):
            part = firsts[i:i + 500]
            words.update((rid, (text, title)) for rid, text, title in db.execute(
                f"select id, request_text, title from responses where id in "
                f"({','.join('?' * len(part))})", part))
        groups, rows = [], []
        for gid, ms in kept.items():
            forces = {m[1] for m in ms if m[1]}
            dates = [m[3] for m in ms if m[3]]
            text, title = words[ms[0][0]]
            groups.append({"id": gid, "request_text": text or "", "title": title,
                           "forces": len(forces), "responses": len(ms),
                           "first_seen": min(dates) if dates else None,
                           "last_seen": max(dates) if dates else None})
            rows += [{"round_robin_id": gid, "response_id": m[0], "force": m[1],
                      "outcome": m[2]} for m in ms]
        db.conn.executemany(
            "INSERT OR REPLACE INTO round_robins (id, request_text, title, forces, responses, "
            "first_seen, last_seen) VALUES (:id, :request_text, :title, :forces, :responses, "
            ":first_seen, :last_seen)", groups)
        db.conn.executemany(
            "INSERT OR REPLACE INTO round_robin_members (round_robin_id, response_id, force, "
            "outcome) VALUES (:round_robin_id, :response_id, :force, :outcome)", rows)
