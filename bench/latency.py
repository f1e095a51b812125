"""Datasette latency: start `foi-archive serve` on 127.0.0.1 as production runs it (one process
per core, page cache on), time pages one at a time and under concurrent clients, stop the
server. Plain http.client keeps the client cheap (the 2 cores are shared with the server being
measured).

Every page is measured twice: as served (a repeated URL is answered from the page cache,
datasette_plugins/page_cache.py) and rendered, each request sent with `Cache-Control: no-cache`
so the server renders it afresh: what a URL nobody asked for yet costs (other filters, search
words, response ids, `_next` tokens).

    python -m bench.latency --db /tmp/bench/foi-100000.db [--repeats 20] [--workers 1]
"""
from __future__ import annotations

import http.client
import json
import sqlite3
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

from bench.local_server import Server

ROOT = Path(__file__).resolve().parents[1]


RENDER = {"Cache-Control": "no-cache"}   # the page cache renders such a request afresh


def get(port: int, path: str, conn: http.client.HTTPConnection | None = None,
        timeout: float = 60, headers: dict | None = None) -> tuple[int, bytes, float]:
    own = conn is None
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    t = time.perf_counter()
    conn.request("GET", path, headers=headers or {})
    resp = conn.getresponse()
    body = resp.read()
    ms = (time.perf_counter() - t) * 1000
    if own:
        conn.close()
    return resp.status, body, ms


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def endpoints(db: Path, port: int, only: list[str] | None = None
              ) -> list[tuple[str, list[str]]]:
    """(name, [paths]) for every page the issue lists (or those named in `only`); several
    paths where the page has ids."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        big_force, year = conn.execute(
            "select force, year from stats_force_year order by responses desc limit 1").fetchone()
        ids = [r[0] for r in conn.execute(
            "select id from responses where rowid % 97 = 0 limit 50")]
        robin = conn.execute("select id from round_robins order by responses desc, id "
                             "limit 1").fetchone()
        total = conn.execute("select count(*) from responses").fetchone()[0]
    finally:
        conn.close()
    robin_paths = ["/round-robins"] + ([f"/round-robin/{quote(robin[0])}"] if robin else [])
    pages = [
        ("home page", ["/"]),
        ("responses table, all facets", ["/foi/responses"]),
        ("  filtered by year and force", [f"/foi/responses?{urlencode({'year': year, 'force': big_force})}"]),
        ("search, two-word phrase", ["/search?q=knife+seizures", "/search?q=body+worn",
                                     "/search?q=stop+search"]),
        ("response page", [f"/response/{i}" for i in ids]),
        ("precedent search", ["/precedents?q=personal+data", "/precedents?q=national+security"]),
        ("round-robin pages", robin_paths),
        ("analytics chart page", ["/analytics", f"/analytics/force/{quote(big_force)}"]),
        ("JSON API page 1", ["/foi/responses.json?_size=50&_nofacet=1&_sort=id"]),
        ("JSON API deep page (_next)", lambda: [deep_page_path(db, total)]),
        ("responses table, _search= (facets on)", [
            "/foi/responses?_search=personal+data", "/foi/responses?_search=body+worn",
            "/foi/responses?_search=knife+seizures"]),
        ("JSON API deep page, default order",
         lambda: [deep_page_path(db, total, order="")]),
    ]
    # the deep pages' tokens are read from the corpus: only when measured
    return [(name, paths() if callable(paths) else paths) for name, paths in pages
            if not only or any(word in name for word in only)]


def deep_page_path(db: Path, total: int, page: int = 5000, order: str = "&_sort=id") -> str:
    """The `_next` URL of page `page` of 50 rows (or the deepest the corpus has): the token
    Datasette hands out on page `page - 1`, which names only that page's last row (its sort
    value and id, tilde-encoded), read from the corpus. (Following `_next` through the
    server with 1,000-row pages took minutes at 1M and, on a loaded machine, ran past the
    SQL time limit.) By default in id order, as the API docs tell researchers to page
    (keyset on the primary key); order="" pages in the table's default newest-first order
    (`date_order desc`, unique)."""
    from datasette.utils import tilde_encode

    page = max(1, min(page, total // 50 - 1))
    base = "/foi/responses.json?_size={}&_nofacet=1&_shape=objects" + order
    token = None
    if page > 1:
        column, direction = ("id", "") if order else ("date_order", " desc")
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            value, rid = conn.execute(
                f"select {column}, id from responses order by {column}{direction} "
                "limit 1 offset ?", ((page - 1) * 50 - 1,)).fetchone()
        finally:
            conn.close()
        prefix = "$null" if value is None else tilde_encode(str(value))
        token = f"{prefix},{tilde_encode(str(rid))}"
    return base.format(50) + (f"&_next={quote(token)}" if token else "") + f"#page={page}"


def default_order_page_two(port: int) -> tuple[int, float]:
    """(status, ms) of page 2 in the table's default newest-first order. Datasette's own
    keyset condition on the sort column (x < v OR x IS NULL OR x = v AND id > k) is not
    indexable; datasette_plugins/keyset_paging.py serves it as `date_order < v`."""
    status, body, _ = get(port, "/foi/responses.json?_size=50&_nofacet=1&_shape=objects")
    token = json.loads(body).get("next") if status == 200 else None
    if not token:
        return status, 0.0
    status, _, ms = get(port, "/foi/responses.json?_size=50&_nofacet=1&_shape=objects"
                              f"&_next={quote(token)}", timeout=300)
    return status, ms


def facets_cut_off(port: int, path: str) -> list[str]:
    """Configured facets missing from a table page: Datasette drops a facet that ran past
    facet_time_limit_ms (the JSON lists only those that finished)."""
    from archive.serve import load_metadata

    table = load_metadata()["databases"]["foi"]["tables"]["responses"]
    wanted = [f if isinstance(f, str) else next(iter(f.values())) for f in table["facets"]]
    json_path = path.replace("/foi/responses", "/foi/responses.json", 1)
    status, body, _ = get(port, json_path, timeout=300)
    if status != 200:
        return [f"HTTP {status}"]
    got = json.loads(body).get("facet_results") or {}
    return [f for f in wanted if f not in got]


def _cache_state(port: int, path: str, states: list[str]) -> None:
    """GET `path` on a fresh connection; note what the page cache did (hit, miss, bypass)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        conn.request("GET", path.split("#")[0])
        resp = conn.getresponse()
        resp.read()
        states.append(resp.getheader("x-page-cache") or "")
    finally:
        conn.close()


def warm(port: int, paths: list[str], clients: int = 8, quiet_rounds: int = 2,
         max_rounds: int = 8) -> int:
    """Bring every server process to its steady state for these paths (OS cache read, Jinja
    compiled, page cached). The page cache is per process and a connection reaches whichever
    process accepts it, so a single warm-up request reached one process and the 8-client rows
    paid the other's first renders (p50 2 ms, p95 292 ms at 1M). Here rounds of `clients`
    concurrent requests on fresh connections (a busy process leaves the next accept to the
    other) repeat until `quiet_rounds` rounds in a row get no page-cache miss. Returns the
    rounds taken."""
    quiet = 0
    for round_no in range(1, max_rounds + 1):
        states: list[str] = []
        threads = [threading.Thread(target=_cache_state,
                                    args=(port, paths[k % len(paths)], states))
                   for k in range(max(clients, len(paths)))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        quiet = 0 if "miss" in states else quiet + 1
        if quiet >= quiet_rounds:
            return round_no
    return max_rounds


def measure(port: int, paths: list[str], repeats: int, clients: int,
            headers: dict | None = None) -> dict:
    """p50/p95 ms of `repeats` rounds; each client keeps one connection, like a browser."""
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        for i in range(repeats):
            path = paths[(k + i) % len(paths)].split("#")[0]
            status, _, ms = get(port, path, conn, headers=headers)
            with lock:
                times.append(ms)
                if status != 200:
                    errors.append(f"{status} {path}")
        conn.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"p50": pct(times, 50), "p95": pct(times, 95), "n": len(times), "errors": errors}


def run_latency(db: Path, repeats: int, log=print, workers: int | None = None,
                page_cache_mb: float | None = None, only: list[str] | None = None,
                rendered_only: bool = False) -> list[dict]:
    """Rows {name, path, one, eight[, cut_off]}: each page as served, then the same page
    rendered for every request (named "..., rendered (no cache)"). `only`: measure just the
    pages whose name contains one of these words; `rendered_only`: skip the cached rows."""
    out = []
    variants = (("", None), (", rendered (no cache)", RENDER))[1 if rendered_only else 0:]
    with Server(db, workers=workers, page_cache_mb=page_cache_mb) as server:
        port = server.port
        for name, paths in endpoints(db, port, only):
            warm(port, paths)
            for label, headers in variants:
                one = measure(port, paths, repeats, 1, headers)
                many = measure(port, paths, max(2, repeats // 2), 8, headers)
                row = {"name": name + label, "path": paths[0], "one": one, "eight": many}
                if paths[0].startswith("/foi/responses") and ".json" not in paths[0]:
                    row["cut_off"] = facets_cut_off(port, paths[0])
                log(f"  {row['name']}: p50 {one['p50']:.0f} ms, p95 {one['p95']:.0f} ms; "
                    f"8 clients p50 {many['p50']:.0f} ms, p95 {many['p95']:.0f} ms "
                    f"{row.get('cut_off') or ''} {(one['errors'] + many['errors'])[:2]}")
                out.append(row)
        if only:
            return out
        status, ms = default_order_page_two(port)
        out.append({"name": "JSON page 2, default newest-first order (once)", "path": "",
                    "single": {"status": status, "ms": ms}})
        log(f"  default-order page 2: HTTP {status} in {ms:.0f} ms")
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse
    import os

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True, help="corpus to serve (read-only)")
    ap.add_argument("--repeats", type=int, default=20, help="requests per page, one client")
    ap.add_argument("--workers", type=int, help="server processes (default: one per core)")
    ap.add_argument("--page-cache-mb", type=float, help="page cache per process (0: off)")
    ap.add_argument("--json", type=Path, help="also write the rows to this file")
    ap.add_argument("--only", action="append",
                    help="measure only pages whose name contains this (repeatable)")
    ap.add_argument("--rendered-only", action="store_true",
                    help="only the rendered (no cache) rows")
    args = ap.parse_args(argv)
    rows = run_latency(args.db, args.repeats, workers=args.workers,
                       page_cache_mb=args.page_cache_mb, only=args.only,
                       rendered_only=args.rendered_only)
    print("load average", ", ".join(f"{v:.1f}" for v in os.getloadavg()))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
