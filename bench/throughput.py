"""Per-stage throughput: parsing per format (frozen files), parse + tag through the real build
path over a synthetic raw store of HTML pages, and topic tagging alone."""
from __future__ import annotations

import html
import time
from pathlib import Path

from bench.synth import Synth


def parse_per_format(seconds: float) -> dict[str, dict]:
    """{format: {"resp_s", "pages_s", "files"}} (one core's CPU time) over the parser fixtures
    and the sample site, via bench/parse_bench.py's corpus."""
    from bench import parse_bench

    out = {}
    for fmt, docs in sorted(parse_bench.corpus().items()):
        n, pages, secs = parse_bench.run(fmt, docs, seconds)
        out[fmt] = {"files": len(docs), "resp_s": n / secs,
                    "pages_s": pages / secs if pages else None}
    return out


def render_html(rec: dict) -> bytes:
    """A disclosure-log page in the Single Online Home shape, from a synthetic record."""
    e = html.escape
    paras = "".join(f"<p>{e(p)}</p>" for p in rec["response_text"].split("\n\n"))
    request = "".join(f"<p>{e(line)}</p>" for line in rec["request_text"].splitlines())
    tables = ""
    for t in rec["tables"]:
        head = "".join(f"<th>{e(h)}</th>" for h in t["header"])
        rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                       for row in t["rows"])
        tables += f"<table><caption>{e(t['caption'])}</caption><tr>{head}</tr>{rows}</table>"
    y, m, d = rec["published"].split("-")
    return (f"<!DOCTYPE html><html lang='en'><head><title>{e(rec['title'])}</title></head>"
            f"<body><header><nav><a href='/'>Home</a></nav></header><main>"
            f"<h1>{e(rec['title'])} ({e(rec['reference'])})</h1>"
            f"<p>Reference number: {e(rec['reference'])}</p><p>Date published: {d}/{m}/{y}</p>"
            f"<h2>Request</h2>{request}<h2>Response</h2>{paras}{tables}</main>"
            f"<footer><p>Contact us</p></footer></body></html>").encode()


def raw_store_path(n: int, raw_dir: Path) -> dict:
    """Write n synthetic HTML pages to a raw store, then time archive.build.parsed_records
    (parse + merge + tag, exactly as `foi-archive build` runs them)."""
    from archive.build import parsed_records
    from crawler.rawstore import RawStore

    store = RawStore(raw_dir)
    kb = 0
    for rec in Synth(seed=3).records(n):
        body = render_html(rec)
        kb += len(body) / 1024
        store.add(rec["force"], rec["url"], rec["url"], 200, {"Content-Type": "text/html"},
                  body, "entry")
    store.close()
    t = time.perf_counter()
    recs = list(parsed_records(raw_dir))
    secs = time.perf_counter() - t
    errors = sum(bool(r.get("error")) for r in recs)
    tagged = sum(bool(r.get("topics")) for r in recs)
    return {"pages": n, "avg_kb": kb / max(n, 1), "records": len(recs), "errors": errors,
            "tagged": tagged, "resp_s": len(recs) / secs, "parsed": recs}


def tagging(recs: list[dict]) -> dict:
    """Topic tagging alone, over records as the parsers produced them."""
    from nlp import load_pipeline, tag_topics

    nlp_ = load_pipeline()
    recs = [r for r in recs if not r.get("error")]
    t = time.perf_counter()
    tagged = sum(bool(tag_topics(r, nlp_)) for r in recs)
    secs = time.perf_counter() - t
    return {"n": len(recs), "resp_s": len(recs) / max(secs, 1e-9), "tagged": tagged}
