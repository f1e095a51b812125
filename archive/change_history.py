"""An entry's versions and changes, derived from the raw store alone (issue 14, docs/changes.md).

Everything here is a function of the raw store's rows (fetches, checks, crawls, listing_links),
so a full rebuild from the same store gives the same versions and changes, and an incremental
build that re-reads an entry writes the same rows for it.

- Versions: the entry's stored fetches (each a distinct body) grouped by the hash of their
  *parsed* content (archive/change_content.py): a page whose chrome alone changed is the same
  version. Only entries with more than one stored body are parsed again (their older bodies);
  the rest reuse the build's own parse of the latest body.
- Edited: one change per step from a version to the next, naming the fields that changed.
- Withdrawn / restored: the entry's latest check answered 404/410 or redirected out of the log,
  or it was missing from the listing links of two consecutive complete crawls of its force;
  restored when it answers again or a listing links it again.
- Attachments: a link that appears in (or disappears from) a later body of the page, or an
  attachment URL whose stored body changed. A link swapped for another in one step is one
  `attachment_replaced`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from archive.change_content import content_json, summary, version_content, version_hash

_PRESENT = ("new", "changed", "unchanged", "not_modified")
_CONFIRMS = ("unchanged", "not_modified")   # the stored body is still what the force publishes
_GONE = ("gone", "redirected_out")
MISSED_CRAWLS = 2   # complete crawls in a row whose listings no longer link the entry


@dataclass
class History:
    status: str = "published"
    # (version, content_hash, first_seen, last_seen, fetch_id, content JSON or None)
    versions: list[tuple] = field(default_factory=list)
    # (seq, kind, detected_at, previous_hash, new_hash, summary, version)
    changes: list[tuple] = field(default_factory=list)

    def as_record(self) -> dict:
        """Plain lists for the build's record (staged with marshal, written by corpus_write)."""
        return {"versions": [list(v) for v in self.versions],
                "changes": [list(c) for c in self.changes]}


class HistoryReader:
    """Reads one raw store's change-tracking rows, each force's crawls and each crawl's listing
    links once (they are shared by every entry of the force)."""

    def __init__(self, store, parse_page):
        self.store = store
        self.parse_page = parse_page   # (body, content_type, url, force) -> record
        self._crawls: dict = {}
        self._links: dict = {}
        self.parsed_versions = 0   # older bodies parsed again (the cost of this step)

    def _complete_crawls(self, force) -> list[dict]:
        if force not in self._crawls:
            self._crawls[force] = [c for c in self.store.crawls_of(force)
                                   if c["complete"] and c["finished_at"]
                                   and self._listing(c["id"])]
        return self._crawls[force]

    def _listing(self, crawl_id) -> set[str]:
        if crawl_id not in self._links:
            self._links[crawl_id] = self.store.listing_links_of(crawl_id)
        return self._links[crawl_id]

    def history(self, entry, latest_page: dict) -> History:
        fetches = [f for f in self.store.versions(entry.url) if f["kind"] == "entry"]
        if not fetches:
            return History()
        urls = [u for u in dict.fromkeys((entry.url, entry.final_url)) if u]
        checks = sorted((c for u in urls for c in self.store.checks_of(u)),
                        key=lambda c: (c["checked_at"] or "", c["id"]))
        pages = self._pages(entry, fetches, latest_page)
        versions, edits = _versions(pages, checks)
        changes = edits + self._attachment_changes(entry, pages)
        withdrawn, gone_changes = self._withdrawals(entry, urls, fetches, checks, versions)
        changes += gone_changes
        changes.sort(key=lambda c: (c[0] or "", c[1], c[4]))
        history = History(versions=versions, changes=[
            (i, kind, at, old, new, text, version)
            for i, (at, kind, old, new, text, version) in enumerate(changes, 1)])
        kinds = {c[1] for c in changes}
        history.status = ("withdrawn" if withdrawn else
                          "edited" if kinds & {"edited", "attachment_added", "attachment_removed",
                                               "attachment_replaced"} else "published")
        return history

    def _pages(self, entry, fetches: list[dict], latest_page: dict) -> list[tuple[dict, dict]]:
        """(fetch row, parsed record) per stored body; older bodies parsed only when there
        are any. A body that fails to parse says nothing about the content and is dropped."""
        out = []
        for row in fetches[:-1]:
            self.parsed_versions += 1
            try:
                rec = self.parse_page(self.store.read_body(row["sha256"]), row["content_type"],
                                      row["final_url"] or row["url"], entry.force)
            except Exception:   # a parser bug must not stop the build
                continue
            if not rec.get("error"):
                out.append((row, rec))
        out.append((fetches[-1], latest_page))
        return out

    def _attachment_changes(self, entry, pages) -> list[tuple]:
        changes = []
        before = None
        for row, rec in pages:   # links added or dropped by a later body of the page
            links = {a.get("url"): a.get("name") for a in rec.get("attachments") or []
                     if isinstance(a, dict) and a.get("url")}
            if before is not None:
                added = sorted(set(links) - set(before))
                removed = sorted(set(before) - set(links))
                for old, new in zip(removed, added, strict=False):
                    changes.append((row["fetched_at"], "attachment_replaced", None, None,
                                    f"replaced: {before[old] or old} → {links[new] or new}",
                                    None))
                n = min(len(added), len(removed))
                changes += [(row["fetched_at"], "attachment_added", None, None,
                             f"added: {links[u] or u}", None) for u in added[n:]]
                changes += [(row["fetched_at"], "attachment_removed", None, None,
                             f"removed: {before[u] or u}", None) for u in removed[n:]]
            before = links
        for doc in entry.attachments:   # the same address serving another file
            rows = [f for f in self.store.versions(doc.url) if f["kind"] == "attachment"]
            for old, new in zip(rows, rows[1:], strict=False):
                changes.append((new["fetched_at"], "attachment_replaced", old["sha256"],
                                new["sha256"], f"replaced: {doc.link_text or doc.url} "
                                               "(a new file at the same address)", None))
        return changes

    def _withdrawals(self, entry, urls, fetches, checks, versions) -> tuple[bool, list[tuple]]:
        """Replays checks, fetches and complete crawls in time order (see the module doc)."""
        events = [(f["fetched_at"] or "", 0, "present", None) for f in fetches]
        for c in checks:
            if c["result"] in _PRESENT:
                events.append((c["checked_at"] or "", 0, "present", None))
            elif c["result"] in _GONE:
                why = (f"answered {c['status']}" if c["result"] == "gone"
                       else "redirected out of the log")
                events.append((c["checked_at"] or "", 0, "gone", why))
        first = fetches[0]["fetched_at"] or ""
        for crawl in self._complete_crawls(entry.force):
            if crawl["finished_at"] >= first:
                listed = any(u in self._listing(crawl["id"]) for u in urls)
                events.append((crawl["finished_at"], 1, "listed" if listed else "unlisted", None))
        events.sort(key=lambda e: (e[0], e[1]))
        gone_why, misses, withdrawn, changes = None, 0, False, []
        current = versions[-1][1] if versions else None
        for at, _, what, why in events:
            if what == "present":
                gone_why = None
            elif what == "gone":
                gone_why = why
            elif what == "listed":
                misses = 0
            else:
                misses += 1
            now = gone_why is not None or misses >= MISSED_CRAWLS
            if now and not withdrawn:
                reason = gone_why or (f"no longer linked from the log's listing pages in "
                                      f"{MISSED_CRAWLS} consecutive complete crawls")
                changes.append((at, "withdrawn", current, None, reason, None))
            elif withdrawn and not now:
                reason = ("linked from the log's listing again" if what == "listed"
                          else "the page answers again")
                changes.append((at, "restored", None, current, reason, None))
            withdrawn = now
        return withdrawn, changes


def _versions(pages, checks) -> tuple[list[tuple], list[tuple]]:
    """Version rows (consecutive bodies with one content hash are one version) and the edits
    between them."""
    groups: list[dict] = []
    for row, rec in pages:
        content = version_content(rec)
        digest = version_hash(content)
        if groups and groups[-1]["hash"] == digest:
            groups[-1]["last"] = max(groups[-1]["last"], row["fetched_at"] or "")
            continue
        groups.append({"hash": digest, "first": row["fetched_at"] or "",
                       "last": row["fetched_at"] or "", "fetch_id": row["id"],
                       "content": content})
    for i, g in enumerate(groups):   # checks that found the version still published
        until = groups[i + 1]["first"] if i + 1 < len(groups) else None
        for c in checks:
            at = c["checked_at"] or ""
            if c["result"] in _CONFIRMS and at >= g["first"] and (until is None or at < until):
                g["last"] = max(g["last"], at)
    keep_content = len(groups) > 1   # texts of old versions are kept only where they differ
    versions = [(n, g["hash"], g["first"], g["last"], g["fetch_id"],
                 content_json(g["content"]) if keep_content else None)
                for n, g in enumerate(groups, 1)]
    edits = [(new["first"], "edited", old["hash"], new["hash"],
              summary(old["content"], new["content"]), n)
             for n, (old, new) in enumerate(zip(groups, groups[1:], strict=False), 2)]
    return versions, edits
