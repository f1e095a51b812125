"""Abuse test: normal browsing clients beside abusive ones, against a real `foi-archive serve`.

    python bench/abuse.py --db data/foi.db [--clients 10] [--seconds 15]

First the normal clients (bench/load.py's mix) run alone, then again while abusive clients
send, over and over: slow per-row SQL, amplified facet lists, queries that build huge values or huge rows,
and bursts of 24 parallel recursive CTEs. It prints the normal clients' p95 alone and under
abuse (and their ratio), the normal clients' errors, and each abusive kind's answers and
longest time. Exit 1 when a normal client saw an error, an abusive request ran past
ABUSE_LIMIT_S or got a 500, or the normal clients' p95 under abuse is over MAX_P95_RATIO x alone.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

from bench import load

ROOT = Path(__file__).resolve().parents[1]


MAX_P95_RATIO = 3.0   # normal clients' p95 under abuse / alone (a speed target: bench, not test)
ABUSE_LIMIT_S = 12.0   # 3 s statement limit + 2 s admission wait + time on a loaded machine
_CTE = ("with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000000) "
        "select count(*) from n")
ABUSE = {
    "slow per-row SQL": "/foi.json?sql=" + quote(
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < 100000) "
        "select count(*) from n where length(replace(hex(zeroblob(60000)), '0', i || '"
        + "0" * 200 + "')) > 0"),
    "amplified facets": "/foi/responses?" + "&".join(["_facet=title"] * 600),
    "too many facets": "/foi/responses?" + "&".join(
        f"_facet={c}" for c in ("force", "year", "outcome", "title", "reference", "month",
                                "format", "ncnd", "public_interest_test", "published", "url",
                                "source_urls", "request_text")),
    "huge value": "/foi.json?sql=" + quote("select length(zeroblob(1000000000))"),
    "huge rows": "/foi.json?sql=" + quote(   # 1.2 GB of rows: stopped by the memory watchdog
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < 40) "
        "select printf('%.*c', 30000000, 'x') from n"),
    "recursive CTE": "/foi.json?sql=" + quote(_CTE),
}


@dataclass
class AbuseResults:
    statuses: dict[str, dict[int, int]] = field(default_factory=dict)
    longest: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def add(self, kind: str, status: int, seconds: float) -> None:
        counts = self.statuses.setdefault(kind, {})
        counts[status] = counts.get(status, 0) + 1
        self.longest[kind] = max(self.longest.get(kind, 0.0), seconds)
        if status >= 500 and status != 503:
            self.failures.append(f"{kind}: HTTP {status}")
        if seconds > ABUSE_LIMIT_S:
            self.failures.append(f"{kind}: {seconds:.1f} s")


async def _abuser(base: str, kind: str, path: str, deadline: float, res: AbuseResults,
                  burst: int = 1) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=ABUSE_LIMIT_S * 3,
                                 limits=load.client_limits(burst)) as client:
        async def one():
            started = time.monotonic()
            try:
                resp = await client.get(path)
                res.add(kind, resp.status_code, time.monotonic() - started)
            except httpx.HTTPError as exc:
                res.failures.append(f"{kind}: {type(exc).__name__}")
        while time.monotonic() < deadline:
            await asyncio.gather(*(one() for _ in range(burst)))


async def _together(base: str, targets, clients: int, seconds: float):
    res = AbuseResults()
    deadline = time.monotonic() + seconds
    abusers = [_abuser(base, kind, path, deadline, res, burst=24 if kind == "recursive CTE" else 1)
               for kind, path in ABUSE.items()]
    normal, *_ = await asyncio.gather(
        load.run_clients(base, targets, clients, seconds, requests=0, seed=2), *abusers)
    return normal, res


def run(base: str, clients: int, seconds: float):
    targets = load.discover(base)
    alone = asyncio.run(load.run_clients(base, targets, clients, seconds, requests=0, seed=2))
    loaded, abuse = asyncio.run(_together(base, targets, clients, seconds))
    return alone, loaded, abuse


def report(alone, loaded, abuse) -> str:
    p_alone, p_loaded = load.summary(alone)[-1]["p95"], load.summary(loaded)[-1]["p95"]
    lines = [f"normal clients alone: {alone.count} requests, p95 {p_alone:.0f} ms, "
             f"errors {len(alone.errors)}",
             f"normal clients under abuse: {loaded.count} requests, p95 {p_loaded:.0f} ms "
             f"({p_loaded / max(p_alone, 1e-9):.1f}x), errors {len(loaded.errors)}",
             "", "| abusive kind | answers | longest s |", "|---|---|---:|"]
    for kind in ABUSE:
        answers = ", ".join(f"{n} x {s}" for s, n in sorted(abuse.statuses.get(kind, {}).items()))
        lines.append(f"| {kind} | {answers} | {abuse.longest.get(kind, 0):.1f} |")
    lines += ["", "failures: " + ("; ".join(abuse.failures + loaded.errors[:10]) or "none")]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=15)
    args = ap.parse_args(argv)
    with load.Server(args.db) as server:
        alone, loaded, abuse = run(server.url, args.clients, args.seconds)
    print(report(alone, loaded, abuse))
    ratio = load.summary(loaded)[-1]["p95"] / max(load.summary(alone)[-1]["p95"], 1e-9)
    if ratio > MAX_P95_RATIO:
        print(f"normal clients' p95 under abuse is {ratio:.1f}x alone (target {MAX_P95_RATIO}x)")
    return 1 if (loaded.errors or alone.errors or abuse.failures or ratio > MAX_P95_RATIO) else 0


if __name__ == "__main__":
    sys.exit(main())
