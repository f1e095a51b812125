"""`foi-archive demo`: crawl the bundled sample site over HTTP on 127.0.0.1, build, serve.

The same path a real deployment takes (real spiders, real raw store, real build), against a copy
of the force websites served locally, so it needs no internet.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SAMPLE_ROOT = Path(__file__).resolve().parents[1] / "data" / "sample_site"


def _say(message: str) -> None:
    print(f"demo: {message}", file=sys.stderr, flush=True)


# The demo serves the sample sites on fixed ports, so a second `make demo` re-crawls the same
# URLs incrementally and the corpus's "original" links keep working while the demo serves.
DEMO_FIRST_PORT = 8101


def demo_ports(root: Path = SAMPLE_ROOT) -> dict[str, int]:
    index = json.loads((Path(root) / "index.json").read_text())
    return {host: DEMO_FIRST_PORT + i for i, host in enumerate(sorted(index["sites"]))}


def crawl_sample(raw_dir: Path, fast: bool = False, root: Path = SAMPLE_ROOT,
                 ports: dict[str, int] | None = None, keep_serving: bool = False,
                 later: bool = False):
    """Serve every sample site, crawl each of its forces from its entry path.

    `later`: serve the sites' later state (data/sample_site/later.json: an edit, a withdrawal,
    a chrome-only change, a replaced attachment) and revisit every stored entry and attachment,
    as a crawl some weeks on would (docs/changes.md).

    Returns one crawl summary per force (and, with keep_serving, the servers' stop function as
    well). `fast` drops the politeness delays (tests); the demo keeps a small delay so its
    progress can be followed. Ports are ephemeral unless given.
    """
    from archive.registry import load_forces
    from archive.sample_server import serve_sites
    from crawler.runner import run_crawl

    index = json.loads((Path(root) / "index.json").read_text())
    registry = {f["slug"]: f for f in load_forces()}
    # AutoThrottle starts at the demo's delay: it lowers its delay only on 200s, so at its
    # default start (1 s) the later crawl, where nearly every request is a 304, took 7 minutes.
    overrides = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False} if fast else \
        {"DOWNLOAD_DELAY": 0.05, "AUTOTHROTTLE_START_DELAY": 0.05}
    overrides["FOI_STALL_TIMEOUT"] = 120   # the sample is on 127.0.0.1: 2 minutes idle is a hang
    if later:
        overrides.update(FOI_REVISIT=100_000, FOI_REVISIT_AFTER_DAYS=0)
    stop, urls = serve_sites(Path(root), ports=ports, later=later)
    summaries = []
    ok = False
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
        ok = True
    finally:
        if not (ok and keep_serving):
            stop()
    return (summaries, stop) if keep_serving else summaries


# The local copy of the Information Commissioner's decision notices (data/sample_ico/), on a
# fixed port of its own below the force sites'.
SAMPLE_ICO_ROOT = SAMPLE_ROOT.parent / "sample_ico"
DEMO_ICO_PORT = DEMO_FIRST_PORT - 1


def crawl_ico_sample(raw_dir: Path, port: int = DEMO_ICO_PORT, fast: bool = False):
    """Serve the decision notices' copy and crawl it (docs/ico.md); returns the stop function
    (the notices' links in the corpus work while it serves)."""
    from archive.sample_server import serve_sites
    from crawler.runner import run_crawl
    from crawler.spiders.ico import ICO_SOURCE

    stop, urls = serve_sites(SAMPLE_ICO_ROOT, ports={"ico.org.uk": port})
    try:
        start_url = urls["ico.org.uk"] + "/action-weve-taken/decision-notices/"
        _say(f"crawling the decision notices from {start_url}")
        overrides = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False} if fast else \
            {"DOWNLOAD_DELAY": 0.05}
        overrides["FOI_STALL_TIMEOUT"] = 120
        summary = run_crawl([ICO_SOURCE], raw_dir=Path(raw_dir), start_url=start_url,
                            **overrides)
        _say(summary.describe().replace("1 force", "the decision notices"))
    except BaseException:
        stop()
        raise
    return stop


@dataclass
class DemoRun:
    """What demo_crawls_and_builds did; `stop` stops the sample sites and the ICO copy, which
    keep serving so the corpus's "original" links work."""
    first: object | None   # the base state's BuildReport (None: the store had crawled before)
    summaries: list        # the later crawl's summary per force
    report: object         # the final BuildReport
    stop: Callable[[], None]


def demo_crawls_and_builds(raw_dir: Path, db_path: Path, ports: dict[str, int] | None = None,
                           ico_port: int = DEMO_ICO_PORT, fast: bool = False) -> DemoRun:
    """The demo's path up to serving: the base state crawled and built (skipped when this raw
    store has crawled the sample before: crawling it again would record the later state's
    changes as reverted), then the later state crawled with every stored URL revisited, the
    decision notices crawled, and the corpus built again. `ports`: each sample site's port
    (default the demo's fixed ones; both crawls must use the same URLs)."""
    from archive.build import build_corpus
    from crawler.rawstore import RawStore

    ports = ports or demo_ports()
    store = RawStore(raw_dir)
    crawled_before = bool(store.all_crawls())
    store.close()
    first = None
    if not crawled_before:
        _say("crawling the sample site's base state")
        crawl_sample(raw_dir, fast=fast, ports=ports)
        first = build_corpus(raw_dir=raw_dir, db_path=db_path)
        _say(first.describe())
    _say("crawling the sample site's later state (an edited and a withdrawn response)")
    summaries, stop_sites = crawl_sample(raw_dir, fast=fast, ports=ports, keep_serving=True,
                                         later=True)
    try:
        stop_ico = crawl_ico_sample(raw_dir, port=ico_port, fast=fast)
    except BaseException:
        stop_sites()
        raise

    def stop() -> None:
        stop_sites()
        stop_ico()

    try:
        _say(f"crawled {len(summaries)} forces, {sum(s.fetched for s in summaries)} pages "
             f"fetched, {sum(s.failed for s in summaries)} failed")
        report = build_corpus(raw_dir=raw_dir, db_path=db_path)
        _say(report.describe())
    except BaseException:
        stop()
        raise
    return DemoRun(first, summaries, report, stop)


def run_demo(raw_dir: Path, db_path: Path, port: int = 8001, serve: bool = True) -> None:
    run = demo_crawls_and_builds(raw_dir, db_path)
    try:
        for host, port_ in sorted(demo_ports().items()):
            _say(f"sample site {host} at http://127.0.0.1:{port_}/")
        if serve:
            from archive.serve import serve_corpus

            serve_corpus(db_path=db_path, host="127.0.0.1", port=port)
    finally:
        run.stop()
