"""Regenerate the bundled sample site: `python scripts/make_sample_site.py [--out DIR] [--force SLUG]`.

Deterministic: the same run gives byte-identical files, so the committed copy in
data/sample_site/ only changes when the generator does. The demo never needs to run this.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from sample_site.generate import generate  # scripts/sample_site, beside this script

HERE = Path(__file__).resolve().parent


DEFAULT_OUT = HERE.parent / "data" / "sample_site"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    ap.add_argument("--force", action="append", help="only this force slug (repeatable)")
    args = ap.parse_args(argv)
    index = generate(args.out, set(args.force) if args.force else None)
    rows = index["responses"]
    by_force = Counter(r["force"] for r in rows)
    print(f"{len(rows)} responses on {len(index['sites'])} sites written to {args.out}")
    for force, n in sorted(by_force.items()):
        print(f"  {force}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
