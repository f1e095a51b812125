"""Render the plan into one directory per website and write index.json (the ground truth)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from . import psni, scotland, soh, wordpress
from .forces import FORCES
from .plan import Response, build_plan
from .readme import readme

BUILDERS = {"soh": soh.build, "wordpress": wordpress.build, "pdf_letters": scotland.build,
            "psni": psni.build}


def index_row(r: Response) -> dict:
    return {
        "force": r.force.slug, "site": r.force.host, "path": r.path,
        "reference": r.reference, "title": r.title, "published": r.published.isoformat(),
        "month": r.published.strftime("%Y-%m"),
        # issue 15's ground truth: the received date the page states (None when it states
        # none) and the working days from it to `published` by the nation's bank holidays
        "received": r.received.isoformat() if r.received else None,
        "working_days": r.working_days,
        "outcome": r.outcome, "exemptions": list(r.exemptions), "ncnd": r.ncnd,
        "public_interest_test": r.pit, "questions": len(r.asks),
        "attachments": [a.name for a in r.attachments],
        "attachment_paths": list(r.attachment_paths),
        "asks": [q for q, _ in r.asks],
        "table_only_in_attachment": r.table_where == "attachment",
        "round_robin": r.round_robin, "near_miss": r.near_miss,
        "topics": list(r.subject.topics), "hostile_markup": r.hostile,
        # the Met and South Wales print no date: the month is only in the URL
        "date_on_page": r.force.slug not in ("metropolitan-police", "south-wales-police"),
    }


def generate(out: Path, only: set[str] | None = None) -> dict:
    """Write the site under `out` (replacing each written host's directory); return the index."""
    responses = build_plan(only)
    sites, rows = {}, []
    for force in FORCES:
        mine = [r for r in responses if r.force.slug == force.slug]
        if not mine:
            continue
        files, meta = BUILDERS[force.platform](force, mine)
        host_dir = out / force.host
        if host_dir.exists():
            shutil.rmtree(host_dir)
        for name, body in sorted(files.files.items()):
            target = host_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        sites[force.host] = meta
        rows += [index_row(r) for r in mine]
    index = {"sites": sites, "responses": rows}
    out.mkdir(parents=True, exist_ok=True)
    (out / "index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    if only is None:
        (out / "README.md").write_text(readme(index), encoding="utf-8")
    return index
