"""The facet walk (issue 17): what a journalist does on the responses table. From the default
table page, follow facet links at random two or three clicks deep (seeded), timing each page's
first visit (`Cache-Control: no-cache`: rendered afresh) and checking every facet count, the
total and the rows on it against plain SQL. The same pages are then timed on stock Datasette
serving the same file (no project plugin, the same facets as plain column/array facets).

    python -m bench.facet_walk --db /tmp/bench/foi-100000.db [--pages 100] [--seed 1]
    python -m bench.facet_walk --db DB --base-url http://127.0.0.1:8123 --paths walk.json

`--base-url` measures a server already running (e.g. an older checkout), `--paths` replays
the pages of an earlier walk (written by `--json`).
"""
from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from bench.latency import RENDER, get, pct
from bench.local_server import Server, free_port

ROOT = Path(__file__).resolve().parents[1]


ARRAYS = {"topics", "exemption_families", "exemption_labels"}
STOCK_FACETS = ["force", "year", "month", "outcome", "ncnd", "status",
                {"array": "topics"}, {"array": "exemption_families"}]


def walk_paths(port: int, pages: int, seed: int) -> list[str]:
    """`pages` table paths reached by following facet links 2 or 3 clicks from the default
    page (the links are read from each page's JSON, which carries the same toggle URLs)."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < pages:
        path = "/foi/responses"
        for _ in range(rng.choice((2, 3))):
            status, body, _ = get(port, _json(path), headers=RENDER)
            if status != 200:
                break
            links = [v["toggle_url"] for f in json.loads(body)["facet_results"].values()
                     for v in f["results"] if not v["selected"]]
            if not links:
                break
            url = urlsplit(rng.choice(links))
            path = url.path.removesuffix(".json") + (f"?{url.query}" if url.query else "")
            out.append(path)
            if len(out) == pages:
                break
    return out


def _json(path: str) -> str:
    base, _, query = path.partition("?")
    return f"{base}.json" + (f"?{query}" if query else "")


def sql_where(path: str) -> tuple[str, list]:
    """The page's filters as a plain SQL condition on `responses r`."""
    where, params = [], []
    for key, value in parse_qsl(urlsplit(path).query, keep_blank_values=True):
        if key.startswith("_"):
            continue
        column, _, op = key.partition("__")
        if op == "arraycontains":
            where.append(f"exists (select 1 from json_each(r.{column}) j where j.value = ?)")
            params.append(value)
        elif op == "in":
            values = value.split(",")
            where.append(f"r.{column} in ({', '.join('?' for _ in values)})")
            params += values
        else:
            where.append(f"r.{column} = ?")
            params.append(value)
    return " and ".join(where) or "1", params


def sql_counts(conn: sqlite3.Connection, path: str, facets: list[str]) -> tuple[int, dict]:
    """count(*) of the page's rows, and per facet value, by plain SQL over `responses`."""
    cond, params = sql_where(path)
    total = conn.execute(f"select count(*) from responses r where {cond}", params).fetchone()[0]
    counts = {}
    for facet in facets:
        if facet in ARRAYS:
            sql = (f"select j.value, count(distinct r.rowid) from responses r, "
                   f"json_each(r.{facet}) j where {cond} group by 1")
        else:
            sql = (f"select r.{facet}, count(*) from responses r where {cond} and "
                   f"r.{facet} is not null group by 1")
        counts[facet] = {str(v): n for v, n in conn.execute(sql, params)}
    return total, counts


def check(port: int, conn: sqlite3.Connection, path: str) -> list[str]:
    """Differences between the page's counts and rows (its JSON) and SQL; [] when every one
    is exact."""
    status, body, _ = get(port, _json(path) + "&_facet_size=max", headers=RENDER)
    if status != 200:
        return [f"HTTP {status}"]
    data = json.loads(body)
    shown = {name: {str(v["value"]): v["count"] for v in f["results"]}
             for name, f in data["facet_results"].items()}
    total, counts = sql_counts(conn, path, list(shown))
    bad = [] if data["filtered_table_rows_count"] == total else [
        f"total {data['filtered_table_rows_count']} != {total}"]
    bad += [f"{name} differs" for name in shown if shown[name] != counts[name]]
    bad += [f"{name} timed out" for name in data.get("facets_timed_out") or []]
    cond, params = sql_where(path)
    ids = [row[data["columns"].index("id")] for row in data["rows"]]
    limit = len(ids) if data.get("next") else -1   # a last page: every remaining row
    if ids != [r[0] for r in conn.execute(f"select id from responses r where {cond} order by "
                                          f"date_order desc limit {limit}", params)]:
        bad.append("rows differ")
    return bad


def time_pages(port: int, paths: list[str]) -> list[float]:
    times = []
    for path in paths:
        status, _, ms = get(port, path, headers=RENDER)
        times.append(ms if status == 200 else float("nan"))
    return times


class StockServer(Server):
    """Datasette 0.65 itself on the same file: the project's plugin unregistered, the table's
    facets configured as stock column / array facets, the same default order."""

    def __init__(self, db: Path, work: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.start_timeout, self.stderr_tail = 120, ""
        work = work / "stock-datasette"
        work.mkdir(exist_ok=True)
        link = work / "foi.db"   # Datasette names the database after the file
        link.unlink(missing_ok=True)
        link.hardlink_to(Path(db).resolve())   # (a symlink would be resolved to its name)
        meta = work / "stock-metadata.json"
        meta.write_text(json.dumps({"databases": {"foi": {"tables": {"responses": {
            "sort_desc": "date_order", "facets": STOCK_FACETS}}}}}))
        code = ("import sys; from datasette.plugins import pm; "
                "pm.unregister(name='foi_archive_pages'); from datasette.cli import cli; "
                "sys.argv = ['datasette'] + sys.argv[1:]; cli()")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, "serve", "-i", str(link), "--port", str(self.port),
             "-m", str(meta), "--setting", "facet_time_limit_ms", "1000",
             "--setting", "sql_time_limit_ms", "5000"],
            cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def summary(times: list[float]) -> dict:
    ok = [t for t in times if t == t]
    return {"p50": pct(ok, 50), "p95": pct(ok, 95), "max": max(ok), "n": len(ok)}


def run(db: Path, pages: int, seed: int, base_url: str | None = None,
        paths: list[str] | None = None, stock: bool = True, log=print) -> dict:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    result: dict = {}
    try:
        if base_url:
            server = None
            port = int(urlsplit(base_url).port)
        else:
            server = Server(db).__enter__()
            port = server.port
        try:
            paths = paths or walk_paths(port, pages, seed)
            get(port, "/foi/responses", headers=RENDER)   # each process opens the corpus once
            get(port, "/foi/responses", headers=RENDER)
            times = time_pages(port, paths)
            wrong = {p: bad for p in paths if (bad := check(port, conn, p))}
        finally:
            if server:
                server.__exit__()
        result = {"paths": paths, "times": times, "summary": summary(times),
                  "inexact": wrong, "exact_pages": len(paths) - len(wrong)}
        log(f"facet walk: {len(paths)} pages, p50 {result['summary']['p50']:.0f} ms, "
            f"p95 {result['summary']['p95']:.0f} ms; exact on {result['exact_pages']}")
        if stock:
            with StockServer(db, Path(db).parent) as s:
                get(s.port, "/foi/responses")
                stock_times = time_pages(s.port, paths)
            result["stock_times"] = stock_times
            result["stock_summary"] = summary(stock_times)
            ratios = [a / b for a, b in zip(times, stock_times, strict=True) if a == a and b == b]
            result["ratio"] = {"p50": pct(ratios, 50), "p95": pct(ratios, 95),
                               "max": max(ratios)}
            log(f"stock Datasette: p50 {result['stock_summary']['p50']:.0f} ms, p95 "
                f"{result['stock_summary']['p95']:.0f} ms; ratio per page (ours/stock) p50 "
                f"{result['ratio']['p50']:.2f}, p95 {result['ratio']['p95']:.2f}")
    finally:
        conn.close()
    return result


def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--base-url", help="measure this running server instead of starting one")
    ap.add_argument("--paths", type=Path, help="replay the pages of a walk written by --json")
    ap.add_argument("--no-stock", action="store_true", help="skip the stock Datasette run")
    ap.add_argument("--json", type=Path, help="write the walk (paths, times, checks) here")
    args = ap.parse_args(argv)
    paths = json.loads(args.paths.read_text())["paths"] if args.paths else None
    t = time.monotonic()
    result = run(args.db, args.pages, args.seed, args.base_url, paths, not args.no_stock)
    result["seconds"] = time.monotonic() - t
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    for path, bad in result["inexact"].items():
        print(f"  not exact: {path}: {', '.join(bad)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
