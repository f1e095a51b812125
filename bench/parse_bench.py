"""Parse throughput per format on this machine, one core (not a test).

    .venv/bin/python bench/parse_bench.py [--seconds 3]

Uses the sample site's pages and attachments when data/sample_site exists, plus the parser
fixtures; prints responses/s per format and, for PDFs, pages/s.
"""
from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from pathlib import Path

from parsers import parse_document
from parsers.sniff import sniff

ROOT = Path(__file__).resolve().parents[1]


SUFFIXES = {".html": "html", ".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".csv": "csv", ".txt": "text"}


def corpus() -> dict[str, list[bytes]]:
    files: dict[str, list[bytes]] = defaultdict(list)
    roots = [ROOT / "tests" / "fixtures" / "parsers", ROOT / "data" / "sample_site", ROOT.parent / "shared" / "seeds"]
    for root in roots:
        if not root.exists():
            continue
        # os.walk tolerates a sample site that is being rewritten while we read it
        paths = sorted(Path(d) / f for d, _, fs in os.walk(root) for f in fs)
        for p in paths:
            if p.suffix in SUFFIXES and "page" not in p.parts:
                try:
                    data = p.read_bytes()
                except OSError:
                    continue
                if p.suffix == ".html" and b"<h1" not in data:
                    continue
                fmt = sniff(data)
                if fmt == "pdf":
                    rec = parse_document(data)
                    # pdfplumber only opens table pages, so text-only and table PDFs differ a lot
                    fmt = "pdf (OCR)" if rec.get("ocr") else "pdf+tables" if rec["tables"] else "pdf text"
                files[fmt].append(data)
    files["html 60KB"] = [_heavy_page(d) for d in files.get("html", [])[:50]]
    return files


def _heavy_page(data: bytes) -> bytes:
    """A real-sized page: the same response inside ~55 KB of navigation, scripts and footer."""
    nav = b"".join(b'<li><a href="/foi-ai/section-%d/">Section %d of the site</a></li>' % (i, i) for i in range(600))
    script = b"<script>var config = {" + b'"k":"v",' * 2000 + b"};</script>"
    chrome = b"<header><nav><ul>" + nav + b"</ul></nav></header>" + script
    footer = b"<footer><ul>" + nav[: len(nav) // 3] + b"</ul></footer>"
    return data.replace(b"<body>", b"<body>" + chrome, 1).replace(b"</body>", footer + b"</body>", 1)


def pdf_pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    with pdfium.PdfDocument(data) as pdf:  # type: ignore[attr-defined]
        return len(pdf)


def run(fmt: str, docs: list[bytes], seconds: float) -> tuple[int, int, float]:
    n = pages = 0
    start = time.perf_counter()
    while True:
        for data in docs:
            rec = parse_document(data)
            if rec.get("error"):
                raise SystemExit(f"{fmt}: {rec['error']}")
            n += 1
            if fmt.startswith("pdf"):
                pages += pdf_pages(data)
            if time.perf_counter() - start > seconds:
                return n, pages, time.perf_counter() - start
        if fmt == "pdf (OCR)":
            return n, pages, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    files = corpus()
    print(f"{'format':10s} {'files':>6s} {'parsed':>7s} {'resp/s':>9s} {'pages/s':>9s} {'avg KB':>7s}")
    for fmt in sorted(files):
        docs = files[fmt]
        n, pages, secs = run(fmt, docs, args.seconds)
        kb = sum(len(d) for d in docs) / len(docs) / 1024
        pps = f"{pages / secs:9.1f}" if pages else f"{'':9s}"
        print(f"{fmt:10s} {len(docs):6d} {n:7d} {n / secs:9.1f} {pps} {kb:7.1f}")
    print("Wall-clock time, process pinned to one core (OCR runs tesseract on the same core).")


if __name__ == "__main__":
    main()
