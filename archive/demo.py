"""`foi-archive demo`: crawl the bundled sample site over HTTP on 127.0.0.1, build, serve.

The same path a real deployment takes (real spiders, real raw store, real build), against a copy
of the force websites served locally, so it needs no internet.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SAMPLE_ROOT = Path(__file__).resolve().parents[1] / "data" / "sample_site"


def _say(message: str) -> None:
    print(f"demo: {message}", file=sys.stderr, flush=True)


def crawl_sample(raw_dir: Path, fast: bool = False, root: Path = SAMPLE_ROOT) -> list:
    """Serve every sample site, crawl each of its forces from its entry path, stop the servers.

    Returns one crawl summary per force. `fast` drops the politeness delays (tests); the demo
    keeps a small delay so its progress can be followed.
    """
    from archive.registry import load_forces
    from archive.sample_server import serve_sites
    from crawler.runner import run_crawl

    index = json.loads((Path(root) / "index.json").read_text())
    registry = {f["slug"]: f for f in load_forces()}
    overrides = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False} if fast else \
        {"DOWNLOAD_DELAY": 0.05}
    stop, urls = serve_sites(Path(root))
    summaries = []
    try:
        jobs = [(host, slug, site["entry_path"]) for host, site in sorted(index["sites"].items())
                for slug in site["forces"]]
        for i, (host, slug, entry_path) in enumerate(jobs, 1):
            start_url = urls[host] + entry_path
            _say(f"[{i}/{len(jobs)}] crawling {slug} from {start_url}")
            summary = run_crawl([registry[slug]], raw_dir=Path(raw_dir), start_url=start_url,
                                **overrides)
            _say(f"[{i}/{len(jobs)}] {summary.describe()}")
            summaries.append(summary)
    finally:
        stop()
    return summaries


def run_demo(raw_dir: Path, db_path: Path, port: int = 8001, serve: bool = True) -> None:
    from archive.build import build_corpus

    summaries = crawl_sample(raw_dir)
    _say(f"crawled {len(summaries)} forces, {sum(s.fetched for s in summaries)} pages fetched, "
         f"{sum(s.failed for s in summaries)} failed")
    report = build_corpus(raw_dir=raw_dir, db_path=db_path)
    _say(report.describe())
    if serve:
        from archive.serve import serve_corpus

        serve_corpus(db_path=db_path, host="127.0.0.1", port=port)
