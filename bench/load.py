"""Load test: many concurrent clients browsing, searching and paging the archive on 127.0.0.1.

    python bench/load.py --db data/foi.db [--clients 50] [--seconds 20] [--requests N]
    python bench/load.py --url http://127.0.0.1:8001 --clients 50 --seconds 60

With --db it starts a real `foi-archive serve` on a free 127.0.0.1 port (as production runs it:
one process per core, page cache on; --workers and --page-cache-mb 0 change that) and stops it;
with --url it loads a server already running (127.0.0.1 / localhost only). Each client keeps
one keep-alive connection, like a browser tab, and draws its next page at random from a fixed
mix: home page, the responses table with its default facets, the table filtered by year and
force, two-word `_search=` searches, response pages, precedent searches, the round-robin list,
the analytics page, and JSON paging that follows `next_url` for several pages. The run stops
at --seconds or after --requests requests, whichever comes first. It prints p50/p95/p99 per
kind of page and overall, and every error: any non-2xx status, any exception (timeouts
included), JSON that does not parse, or a JSON page chain that repeats a row. Exit status 1
when there was any error.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import httpx

from bench.local_server import Server, client_limits, free_port  # noqa: F401  (used by tests too)

ROOT = Path(__file__).resolve().parents[1]


# (kind, weight): response pages and table browsing dominate, as on a public archive
MIX = [
    ("home", 1), ("table+facets", 2), ("table by year+force", 2), ("search", 2),
    ("response page", 3), ("precedents", 1), ("round-robins", 1), ("analytics", 1),
    ("json paging, id order", 1), ("json paging, default order", 1),
]
# JSON paging in id order is what the API docs advise; the table's default order (newest
# first) is what a client gets by following next_url from the plain table JSON.
JSON_ORDERS = {"json paging, id order": "&_sort=id", "json paging, default order": ""}
JSON_CHAIN_PAGES = 5          # pages followed per JSON paging chain
FALLBACK_TERMS = ["personal data", "body worn", "stop search", "speed cameras", "knife crime"]


@dataclass
class Targets:
    """Things to ask for, discovered from the running server itself."""
    ids: list[str]
    force_years: list[tuple[str, str]]
    terms: list[str]


@dataclass
class Results:
    times: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    degraded: list[str] = field(default_factory=list)   # 200s missing a facet that timed out
    wall: float = 0.0

    def add(self, kind: str, ms: float) -> None:
        self.times.setdefault(kind, []).append(ms)

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.times.values())


def check_local(url: str) -> str:
    host = urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"--url must be on this machine (127.0.0.1), not {host}")
    return url.rstrip("/")


def discover(base: str) -> Targets:
    """Sample ids, (force, year) pairs and two-word search terms through the public JSON API."""
    ids, pairs, terms = [], set(), []
    for order in ("", "&_sort=id"):
        r = httpx.get(f"{base}/foi/responses.json?_size=200&_nofacet=1&_shape=objects"
                      f"&_col=force&_col=year&_col=title{order}", timeout=120)
        r.raise_for_status()
        for row in r.json()["rows"]:
            ids.append(row["id"])
            if row.get("force") and row.get("year"):
                pairs.add((row["force"], str(row["year"])))
            # two neighbouring plain words of a real title, so most searches find something
            words = re.findall(r"[A-Za-z]{4,}", row.get("title") or "")
            if len(words) >= 2:
                k = random.Random(row["id"]).randrange(len(words) - 1)
                terms.append(f"{words[k].lower()} {words[k + 1].lower()}")
    if not ids:
        raise SystemExit("the corpus has no responses to load-test")
    return Targets(ids=ids, force_years=sorted(pairs) or [("", "")],
                   terms=sorted(set(terms))[:200] + FALLBACK_TERMS)


def pick_path(kind: str, t: Targets, rnd: random.Random) -> str:
    if kind == "home":
        return "/"
    if kind == "table+facets":
        return "/foi/responses"
    if kind == "table by year+force":
        force, year = rnd.choice(t.force_years)
        return "/foi/responses?" + urlencode({"year": year, "force": force})
    if kind == "search":
        return "/foi/responses?" + urlencode({"_search": rnd.choice(t.terms)})
    if kind == "response page":
        return "/response/" + quote(rnd.choice(t.ids))
    if kind == "precedents":
        return "/precedents?" + urlencode({"q": rnd.choice(t.terms)})
    if kind == "round-robins":
        return "/round-robins"
    if kind == "analytics":
        return "/analytics"
    raise ValueError(kind)


def why(resp: httpx.Response) -> str:
    """The server's own reason for an error status, when it gives one in JSON (Datasette does)."""
    try:
        return " - " + str(resp.json().get("error"))[:120]
    except Exception:
        return ""


async def timed_get(client: httpx.AsyncClient, path: str) -> tuple[httpx.Response, float]:
    t = time.perf_counter()
    resp = await client.get(path)
    return resp, (time.perf_counter() - t) * 1000


async def json_chain(client: httpx.AsyncClient, res: Results, kind: str, take) -> None:
    """Page the JSON API by following `next_url` for up to JSON_CHAIN_PAGES pages."""
    path = f"/foi/responses.json?_size=50&_shape=objects&_nofacet=1{JSON_ORDERS[kind]}"
    seen: set[str] = set()
    for page in range(JSON_CHAIN_PAGES):
        if page and not take():     # the first page was claimed by the caller
            return
        resp, ms = await timed_get(client, path)
        res.add(kind, ms)
        if not resp.is_success:
            res.errors.append(f"HTTP {resp.status_code} {path}{why(resp)}")
            return
        data = resp.json()
        page_ids = [row["id"] for row in data["rows"]]
        if seen & set(page_ids):
            res.errors.append(f"JSON paging repeated a row: {path}")
            return
        seen.update(page_ids)
        nxt = data.get("next_url")
        if not nxt:
            return
        parts = urlsplit(nxt)   # next_url is absolute; keep it on our own connection
        path = parts.path + "?" + parts.query


async def client_loop(k: int, base: str, t: Targets, res: Results, budget: list[int],
                      deadline: float, seed: int, timeout: float) -> None:
    rnd = random.Random(seed * 1000 + k)
    kinds = [kind for kind, w in MIX for _ in range(w)]

    def take() -> bool:
        """Claim one request of the budget; False once time or budget has run out."""
        if time.monotonic() >= deadline or budget[0] <= 0:
            return False
        budget[0] -= 1
        return True

    async with httpx.AsyncClient(base_url=base, timeout=timeout,
                                 limits=client_limits(1)) as client:
        while take():
            kind = rnd.choice(kinds)
            path = ""
            try:
                if kind in JSON_ORDERS:
                    await json_chain(client, res, kind, take)
                    continue
                path = pick_path(kind, t, rnd)
                resp, ms = await timed_get(client, path)
                res.add(kind, ms)
                if not resp.is_success:
                    res.errors.append(f"HTTP {resp.status_code} {path}{why(resp)}")
                elif kind.startswith("table") and b"facets-timed-out" in resp.content:
                    res.degraded.append(path)
            except Exception as exc:   # a timeout, a reset connection, bad JSON: all errors
                res.errors.append(f"{type(exc).__name__}: {exc} [{kind} {path}]".strip())


async def run_clients(base: str, t: Targets, clients: int, seconds: float, requests: int,
                      seed: int = 1, timeout: float = 60) -> Results:
    res = Results()
    budget = [requests if requests else 10**12]
    start = time.monotonic()
    await asyncio.gather(*(client_loop(k, base, t, res, budget, start + seconds, seed, timeout)
                           for k in range(clients)))
    res.wall = time.monotonic() - start
    return res


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))] if s else 0.0


def summary(res: Results) -> list[dict]:
    rows = [{"kind": kind, "n": len(v), "p50": pct(v, 50), "p95": pct(v, 95),
             "p99": pct(v, 99), "max": max(v)} for kind, v in sorted(res.times.items())]
    every = [ms for v in res.times.values() for ms in v]
    rows.append({"kind": "all", "n": len(every), "p50": pct(every, 50), "p95": pct(every, 95),
                 "p99": pct(every, 99), "max": max(every, default=0.0)})
    return rows


def table(res: Results, clients: int) -> str:
    lines = ["| page kind | requests | p50 ms | p95 ms | p99 ms | max ms |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in summary(res):
        name = f"**{r['kind']}**" if r["kind"] == "all" else r["kind"]
        lines.append(f"| {name} | {r['n']} | {r['p50']:.0f} | {r['p95']:.0f} | "
                     f"{r['p99']:.0f} | {r['max']:.0f} |")
    lines.append("")
    lines.append(f"{clients} clients, {res.count} requests in {res.wall:.1f} s "
                 f"({res.count / max(res.wall, 1e-9):.0f} req/s); errors: {len(res.errors)}; "
                 f"table pages with a facet timed out: {len(res.degraded)}")
    return "\n".join(lines)


def run(base: str, clients: int, seconds: float, requests: int, seed: int = 1,
        timeout: float = 60) -> Results:
    targets = discover(base)
    return asyncio.run(run_clients(base, targets, clients, seconds, requests, seed, timeout))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, help="corpus to serve with `foi-archive serve`")
    where.add_argument("--url", help="a server already running on 127.0.0.1")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--requests", type=int, default=0, help="stop after N requests (0: no cap)")
    ap.add_argument("--timeout", type=float, default=60, help="per-request timeout, seconds")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", type=Path, help="also write the figures and errors to this file")
    ap.add_argument("--workers", type=int, help="with --db: server processes (default: one "
                    "per core, as `foi-archive serve`)")
    ap.add_argument("--page-cache-mb", type=float, help="with --db: page cache per process "
                    "(0: every request rendered)")
    args = ap.parse_args(argv)

    if args.url:
        res = run(check_local(args.url), args.clients, args.seconds, args.requests, args.seed,
                  args.timeout)
    else:
        if not args.db.exists():
            raise SystemExit(f"no corpus at {args.db}")
        with Server(args.db, workers=args.workers, page_cache_mb=args.page_cache_mb) as server:
            res = run(server.url, args.clients, args.seconds, args.requests, args.seed,
                      args.timeout)
    print(table(res, args.clients))
    for err in res.errors[:20]:
        print("error:", err)
    if args.json:
        args.json.write_text(json.dumps({"clients": args.clients, "wall_s": res.wall,
                                         "rows": summary(res), "errors": res.errors,
                                         "degraded": res.degraded}, indent=1))
    return 1 if res.errors else 0


if __name__ == "__main__":
    sys.exit(main())
