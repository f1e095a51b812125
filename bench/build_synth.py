"""Build a corpus from synthetic records through the project's real write path (a child of the
benchmark, so it can measure wall time and peak memory from outside; the write path forks its
own helpers: record producer, full-text indexer, dump writer).

    python -m bench.build_synth --n 100000 --db /tmp/bench/foi.db            # full build
    python -m bench.build_synth --n 1000 --start 100000 --db ... --append    # incremental

Full: bench.synth records -> archive.corpus_write.write_corpus (with the dump streamed from
the rows) -> archive.build.update_derived_tables (NLP derived tables + stats) -> wait for the
dump -> atomic rename, as `archive.build.build_corpus` does after parsing. Prints the step
seconds, and `write_steps`: the write's own steps (stage, rows, indexes, fts, fk_check). Append: archive.corpus_write.append_corpus
into the existing corpus, then the NLP derived step for just the new ids.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from archive.build import finish_dump, update_derived_tables
from archive.build_lock import side_path
from archive.corpus_dump import dump_path_for
from archive.corpus_write import write_corpus
from archive.registry import load_forces
from bench.synth import Synth

ROOT = Path(__file__).resolve().parents[1]


def _progress(records, every: int = 50000):
    t0 = time.monotonic()
    for i, rec in enumerate(records, 1):
        if i % every == 0:
            print(f"  generated {i} ({i / (time.monotonic() - t0):.0f}/s)", file=sys.stderr,
                  flush=True)
        yield rec


def _stats_only(db_path: Path, response_ids=None, cells=None) -> None:
    """--skip-nlp: the derived tables stay empty (the site's fallback), stats are still written."""
    import sqlite3

    from archive.corpus_schema import ensure_derived_tables
    from archive.corpus_serving import write_serving_tables
    from archive.corpus_stats import write_stats
    from archive.facet_index import write_facet_index
    from archive.search_rank import refresh_search_rank

    conn = sqlite3.connect(db_path)
    try:
        ensure_derived_tables(conn)
        write_stats(conn, cells)
        conn.commit()
        write_serving_tables(conn, response_ids)
        write_facet_index(conn, response_ids)
        refresh_search_rank(conn, full=response_ids is None)
    finally:
        conn.close()


def full_build(n: int, db_path: Path, seed: int, skip_nlp: bool = False) -> dict:
    steps = {}
    t = time.monotonic()
    tmp = side_path(db_path, ".tmp")
    dump_tmp = side_path(dump_path_for(db_path), ".tmp")
    result = write_corpus(_progress(Synth(seed).records(n)), tmp, load_forces(), dump_to=dump_tmp,
                          rank_aside=not skip_nlp)
    steps["write_s"] = time.monotonic() - t
    t = time.monotonic()
    try:
        if skip_nlp:
            _stats_only(tmp)
        else:   # the search-rank lists were computed meanwhile in a child (archive/side_rank.py)
            update_derived_tables(tmp, result.rank)
        steps["derived_s"] = time.monotonic() - t
        t = time.monotonic()
        # The dump was written from the rows in a child process; this waits for what is left.
        finish_dump(result, tmp, dump_tmp)
    finally:
        result.dump.kill()
        if result.rank is not None:
            result.rank.close()
    os.replace(dump_tmp, dump_path_for(db_path))
    os.replace(tmp, db_path)
    steps["dump_s"] = time.monotonic() - t
    steps["responses"] = len(result.ids)
    steps["write_steps"] = result.timings
    return steps


def append_build(n: int, start: int, db_path: Path, seed: int, skip_nlp: bool = False) -> dict:
    from archive.build import update_derived_incremental
    from archive.corpus_write import append_corpus

    steps = {}
    t = time.monotonic()
    # A different seed keeps the new batch's random choices independent of the base corpus;
    # `start` keeps their references (hence ids) new; like a real crawl, they are recent.
    batch = Synth(seed + 1, years=[2025, 2026]).records(n, start=start)
    result = append_corpus(batch, db_path, load_forces())
    steps["write_s"] = time.monotonic() - t
    t = time.monotonic()
    (_stats_only if skip_nlp else update_derived_incremental)(db_path, result.ids, result.cells)
    steps["derived_s"] = time.monotonic() - t
    steps["responses"] = len(result.ids)
    steps["new"] = len(result.new)
    return steps


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--append", action="store_true")
    ap.add_argument("--skip-nlp", action="store_true", help="leave out nlp.corpus.update_derived")
    args = ap.parse_args(argv)
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.append:
        steps = append_build(args.n, args.start, args.db, args.seed, args.skip_nlp)
    else:
        steps = full_build(args.n, args.db, args.seed, args.skip_nlp)
    print(json.dumps(steps))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
