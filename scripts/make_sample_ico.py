"""Write data/sample_ico/: an invented copy of the Information Commissioner's decision notices.

    .venv/bin/python scripts/make_sample_ico.py [--out DIR]

One site directory (`ico.org.uk/`, served by archive.sample_server like the force sites): a
paginated search listing, one page per notice, the notices' PDFs, robots.txt; and
`index.json`, the ground truth (each notice's fields and the sample response it matches).
Matching notices are made from data/sample_site/index.json: regenerate this copy after the
sample site (`make sample-site`).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from sample_ico import site  # scripts/sample_ico, beside this script
from sample_ico.resolve import resolve

HERE = Path(__file__).resolve().parent


DEFAULT_OUT = HERE.parent / "data" / "sample_ico"
HOST = "ico.org.uk"
PER_PAGE = 8
# A police notice (still a draft) that robots.txt keeps crawlers out of; the listing links it.
DRAFTS = "/action-weve-taken/decision-notices/2025/4999999/"


def _write(root: Path, path: str, data: bytes | str) -> None:
    target = root / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data.encode() if isinstance(data, str) else data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    out = ap.parse_args(argv).out
    if out.exists():
        shutil.rmtree(out)
    root = out / HOST
    notices = sorted(resolve(), key=lambda n: (n["date"], n["ref"]), reverse=True)
    pages = (len(notices) + PER_PAGE - 1) // PER_PAGE
    for page in range(1, pages + 1):
        items = notices[(page - 1) * PER_PAGE: page * PER_PAGE]
        html = site.listing_page(items, page, pages)
        if page == 1:   # a police notice still in draft: robots.txt forbids it
            html = html.replace("</ol>", f"<li class=\"result\"><h3><a href=\"{DRAFTS}"
                                "ic-999999-zz99/\">Chief Constable of Kent Police</a></h3>"
                                "<p>Draft, not yet published.</p></li></ol>")
        name = site.LISTING if page == 1 else f"{site.LISTING}index@page={page}.html"
        _write(root, name, html)
    _write(root, DRAFTS + "ic-999999-zz99/", "<html><body><p>Draft</p></body></html>")
    _write(root, "/robots.txt", f"User-agent: *\nDisallow: {DRAFTS}\n")
    truth = []
    for n in notices:
        _write(root, site.page_path(n), site.notice_page(n))
        if n["layout"] != "html":
            _write(root, site.pdf_path(n), site.notice_pdf(n))
        truth.append({
            "reference": n["ref"], "date": n["date"], "authority": n["authority"],
            "police": n.get("police", True), "layout": n["layout"], "decision": n["decision"],
            "sections": n["labels"], "steps_ordered": bool(n["steps"]),
            "request_date": n["request_date"], "request": " ".join(n["request"]),
            "page": site.page_path(n),
            "pdf": site.pdf_path(n) if n["layout"] != "html" else None,
            "matches": n.get("matches"), "decoy": n.get("decoy", False)})
    index = {"sites": {HOST: {"entry_path": site.LISTING, "listing_pages": pages,
                              "robots_disallowed": [DRAFTS]}},
             "notices": truth}
    (out / "index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(notices)} notices ({sum(t['police'] for t in truth)} police) on "
          f"{pages} listing pages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
