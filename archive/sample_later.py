"""The sample site's later state: the base site with a few declared changes applied on the fly.

Forces edit and withdraw published responses (docs/changes.md). The demo crawls the sample
site twice, the second time in this later state, so the archive has edits and withdrawals to
show. The changes are data (`data/sample_site/later.json`), not a copied tree, so they apply to
whatever `scripts/make_sample_site.py` generates; a change that no longer applies (its response,
text or attachment is gone) raises LaterStateError naming it, rather than being skipped.

Each change picks one response of a site from index.json: by `reference` or `path` when given,
otherwise the first response (in path order, not picked by an earlier change) that has every
property in `where` (index.json fields; `attachment` matches a file extension) and to which
the change applies. What it does:
    "edit_figure": {"add": n}   the first whole number in a table cell of the page, plus n
    "replace": [old, new]       a literal edit of the page (`old` occurs exactly once)
    "chrome": [old, new]        the same, for page furniture: `old` must also be on other pages
    "withdraw": true            the page answers 404 and its item leaves every listing page
    "attachment": {"ext": "xlsx", "add": n}   the first whole number in a cell of the
                                response's XLSX attachment, plus n (the file is re-issued)
Every change carries a "why". A change no pick applies to raises LaterStateError.

`later_overlay(root)` returns {site host: {file path relative to the site: bytes, or None for
a 404}}; archive/sample_server.py serves those in place of the files.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

LATER_FILE = "later.json"
Overlay = dict[str, dict[str, bytes | None]]


class LaterStateError(ValueError):
    """A declared later-state change no longer applies to the sample site."""


def _rel(site_dir: Path, url_path: str) -> str:
    from archive.sample_server import resolve

    found = resolve(site_dir, url_path)
    if found is None:
        raise LaterStateError(f"no file serves {url_path} in {site_dir.name}")
    return found.relative_to(site_dir).as_posix()


def _drop_links(page: bytes, url_path: str) -> bytes | None:
    """The listing page without the item linking to `url_path` (None: it has no such link).

    The item is the largest element around the link that holds no other link, as the
    crawler reads listing items (crawler/spiders/base.py)."""
    from lxml import html as lxml_html

    if f'href="{url_path}"'.encode() not in page and f"href='{url_path}'".encode() not in page:
        return None
    root = lxml_html.document_fromstring(page)
    dropped = 0
    for a in list(root.iter("a")):
        if (a.get("href") or "").split("#")[0] != url_path:
            continue
        item, parent = a, a.getparent()
        while parent is not None and len({x.get("href") for x in parent.iter("a")}) <= 1:
            item, parent = parent, parent.getparent()
        item.drop_tree()
        dropped += 1
    if not dropped:
        return None
    return lxml_html.tostring(root, doctype="<!DOCTYPE html>", encoding="utf-8")


def _listing_files(site_dir: Path, entry_files: set[str]) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html")
                  if p.relative_to(site_dir).as_posix() not in entry_files)


_CELL = re.compile(r"(<td[^>]*>\s*)(\d+)(\s*</td>)")
_XLSX_NUMBER = re.compile(r"(<c [^>]*>\s*<v>)(\d+)(</v>)")


def _add_to_first(text: str, pattern: re.Pattern, n: int) -> str | None:
    found = pattern.search(text)
    if found is None:
        return None
    return text[:found.start(2)] + str(int(found[2]) + n) + text[found.end(2):]


def _xlsx_add(data: bytes, n: int) -> bytes | None:
    """The workbook with its first whole-number cell increased by n (other parts unchanged)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    sheets = sorted(i.filename for i in src.infolist() if i.filename.startswith("xl/worksheets/"))
    for sheet in sheets:
        edited = _add_to_first(src.read(sheet).decode("utf-8"), _XLSX_NUMBER, n)
        if edited is None:
            continue
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                dst.writestr(info, edited.encode("utf-8") if info.filename == sheet
                             else src.read(info))
        return out.getvalue()
    return None


def _matches(response: dict, where: dict) -> bool:
    for key, want in where.items():
        if key == "attachment":
            if not any(p.endswith("." + want) for p in response["attachment_paths"]):
                return False
        elif response.get(key) != want:
            return False
    return True


class _Later:
    def __init__(self, root: Path):
        self.root = root
        self.index = json.loads((root / "index.json").read_text(encoding="utf-8"))
        self.overlay: Overlay = {}
        self.picked: set[tuple[str, str]] = set()

    def current(self, site: str, rel: str) -> bytes | None:
        files = self.overlay.get(site, {})
        return files[rel] if rel in files else (self.root / site / rel).read_bytes()

    def candidates(self, change: dict) -> list[dict]:
        site = change["site"]
        for key in ("reference", "path"):
            if key in change:
                return [r for r in self.index["responses"]
                        if r["site"] == site and r[key] == change[key]]
        where = change.get("where", {})
        return sorted((r for r in self.index["responses"] if r["site"] == site
                       and (site, r["path"]) not in self.picked and _matches(r, where)),
                      key=lambda r: r["path"])

    def edits(self, change: dict, response: dict) -> dict[str, bytes | None] | None:
        """{file: new bytes or None} for this change on this response, or None if it does
        not apply."""
        site_dir = self.root / change["site"]
        page_rel = _rel(site_dir, response["path"])
        page = self.current(change["site"], page_rel)
        if page is None:
            return None
        text = page.decode("utf-8")
        if "edit_figure" in change:
            edited = _add_to_first(text, _CELL, int(change["edit_figure"]["add"]))
            return None if edited is None else {page_rel: edited.encode("utf-8")}
        if "replace" in change or "chrome" in change:
            old, new = change.get("replace") or change["chrome"]
            if text.count(old) != 1:
                return None
            if "chrome" in change and not any(
                    old in p.read_text(encoding="utf-8", errors="replace")
                    for p in site_dir.rglob("*.html")
                    if p.relative_to(site_dir).as_posix() != page_rel):
                return None
            return {page_rel: text.replace(old, new).encode("utf-8")}
        if change.get("withdraw"):
            entries = {_rel(site_dir, r["path"]) for r in self.index["responses"]
                       if r["site"] == change["site"]}
            out: dict[str, bytes | None] = {}
            for rel in _listing_files(site_dir, entries):
                listing = self.current(change["site"], rel)
                dropped = _drop_links(listing, response["path"]) if listing else None
                if dropped is not None:
                    out[rel] = dropped
            if not out:
                return None
            out[page_rel] = None
            return out
        if "attachment" in change:
            spec = change["attachment"]
            for path in response["attachment_paths"]:
                if path.endswith("." + spec["ext"]) and spec["ext"] == "xlsx":
                    rel = _rel(site_dir, path)
                    edited = _xlsx_add(self.current(change["site"], rel), int(spec["add"]))
                    if edited is not None:
                        return {rel: edited}
            return None
        raise LaterStateError(f"later.json: unknown change {sorted(change)}")

    def apply(self, change: dict) -> dict:
        for response in self.candidates(change):
            edits = self.edits(change, response)
            if edits:
                self.overlay.setdefault(change["site"], {}).update(edits)
                self.picked.add((change["site"], response["path"]))
                return response
        raise LaterStateError(f"later.json: no response of {change['site']} takes the change "
                              f"{change.get('why') or change}")


def later_changes(root: Path, changes_file: Path | None = None) -> tuple[Overlay, list[dict]]:
    """(overlay, [(change, the response it was applied to)]) for the later state."""
    root = Path(root).resolve()
    changes = json.loads((changes_file or root / LATER_FILE).read_text(encoding="utf-8"))
    later = _Later(root)
    applied = [{"change": c, "response": later.apply(c)} for c in changes["changes"]]
    return later.overlay, applied


def later_overlay(root: Path, changes_file: Path | None = None) -> Overlay:
    return later_changes(root, changes_file)[0]
