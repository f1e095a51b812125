"""Search ranked over every match: /search.json timings on an existing corpus.

    .venv/bin/python bench/search_ranking.py --db /tmp/bench/foi-100000.db [--repeats 3]

Each URL is rendered by the site's Datasette (archive.serve.make_datasette, no page cache: every
request is a first visit) `--repeats` times, one at a time; prints per-URL medians and p50/p95
over all requests, and how SearchIndex answered each search (full: few matches, scored in full;
listed: the lists' rows scored from their stored counts and proved the top; complete: every
match scored from the build's complete rows and counts, no pass over the index; pruned: the
lists' rows scored by bm25() and proved the top; fallback: every match scored). CPU ms (process time, all
threads) are printed beside wall ms: the shared machine's load moves the wall clock.
"""
from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import time
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

QUERIES = ["police", "information", "taser", "custody records", "body worn", "stop search",
           "knife seizures", "personal data", "police information", "number of incidents",
           "children", "drone", "misconduct", "firearms licence", "taser OR drone",
           "officers -police", '"body worn video"', "mental health", "cost limit", "40(5)"]
FILTERED = [("police", {"year": "2023"}), ("taser", {"force": "metropolitan-police"}),
            ("information", {"topic": "custody"}), ("custody records", {"year": "2024"})]


def urls() -> list[str]:
    out = [f"/search.json?{urlencode({'q': q})}" for q in QUERIES]
    out += [f"/search.json?{urlencode({'q': q, **f})}" for q, f in FILTERED]
    out += [f"/search.json?{urlencode({'q': q, 'page': 5})}" for q in ("police", "taser")]
    return out


def paths(db: Path) -> dict[str, str]:
    """How SearchIndex answers each URL (skipped on a corpus without the module)."""
    try:
        from datasette_plugins.page_search import _filters
        from datasette_plugins.search_index import SearchIndex
        from datasette_plugins.search_query import parse
    except ImportError:
        return {}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out = {}
    for url in urls():
        args = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
        where, params = _filters({"force": args.get("force", ""), "year": args.get("year", ""),
                                  "topic": args.get("topic", "")})
        page = int(args.get("page", 1))
        index = SearchIndex(conn)
        index.top(parse(args["q"]).fts(), where, params, k=50, offset=(page - 1) * 50)
        out[url] = index.last_path
    return out


def measure(db: Path, repeats: int = 3, out=print) -> dict:
    """Every URL `repeats` times, one at a time, no page cache: p50, p95, max (ms), the URLs not
    answered 200, and how each search was answered."""
    from archive.serve import make_datasette

    ds = make_datasette(db, page_cache_mb=0)
    loop = asyncio.new_event_loop()
    how = paths(db)
    every, cpu_all, failed = [], [], 0
    try:
        for url in urls():
            times, cpu, statuses = [], [], set()
            for _ in range(repeats):
                t, c = time.perf_counter(), time.process_time()
                r = loop.run_until_complete(ds.client.get(url))
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                statuses.add(r.status_code)
            every += times
            cpu_all += cpu
            failed += statuses != {200}
            status = "" if statuses == {200} else f"HTTP {sorted(statuses)}"
            out(f"{statistics.median(times):8.1f} ms {statistics.median(cpu):8.1f} cpu-ms  "
                f"{how.get(url, ''):8}  {url} {status}")
    finally:
        loop.close()
    every.sort()
    cpu_all.sort()
    p95 = every[min(len(every) - 1, int(round(0.95 * (len(every) - 1))))]
    cpu95 = cpu_all[min(len(cpu_all) - 1, int(round(0.95 * (len(cpu_all) - 1))))]
    return {"urls": len(urls()), "requests": len(every), "p50": statistics.median(every),
            "p95": p95, "max": every[-1], "failed": failed,
            "cpu_p50": statistics.median(cpu_all), "cpu_p95": cpu95, "cpu_max": cpu_all[-1],
            "answered": {k: list(how.values()).count(k) for k in sorted(set(how.values()))}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    r = measure(args.db, args.repeats)
    print(f"requests {r['requests']}: p50 {r['p50']:.1f} ms, p95 {r['p95']:.1f} ms, "
          f"max {r['max']:.1f} ms; URLs failing: {r['failed']}; CPU p50 {r['cpu_p50']:.1f} ms, "
          f"p95 {r['cpu_p95']:.1f} ms, max {r['cpu_max']:.1f} ms")
    if r["answered"]:
        print("answered:", r["answered"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
