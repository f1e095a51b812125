"""NLP benchmark: topic tagging throughput and derived-table (clustering) time.

    .venv/bin/python bench/nlp_bench.py                 # 2,000 synthetic responses
    .venv/bin/python bench/nlp_bench.py --n 100000      # the large corpus (several minutes)
    .venv/bin/python bench/nlp_bench.py --db data/foi.db  # also time a real built corpus

Synthetic responses are assembled from word lists in this file: varied requests (some sent to
many forces as round-robins), reasoning paragraphs shared between forces with the force name
changed, and ~800 words of response each. Tagging runs in this one process (one core).
"""

import argparse
import random
import tempfile
import time
from pathlib import Path

import sqlite_utils

from nlp import load_pipeline, tag_topics
from nlp.corpus import update_derived

SUBJECTS = ["Taser discharges", "stop and search of children", "officers dismissed for "
            "gross misconduct", "domestic abuse arrests", "speed camera fines", "police dogs",
            "drone purchases", "missing person reports", "custody deaths", "hate crimes",
            "county lines closures", "vetting failures", "overtime spending", "ANPR cameras",
            "protest arrests", "knife seizures", "101 call waiting times", "fraud reports"]
QUALIFIERS = ["in each year since 2018", "broken down by month", "by ethnicity and age",
              "for the last financial year", "by borough", "where the subject was under 18",
              "and the outcome in each case", "and the total cost"]
REASONING = [
    "{f} can neither confirm nor deny that it holds information relevant to this request "
    "by virtue of Section 40(5) and Section 31(3), as to confirm or deny would disclose "
    "whether individuals have been investigated.",
    "Harm in disclosure: releasing the locations and numbers would allow offenders to map "
    "the capability of {f} and to avoid detection, which would prejudice law enforcement.",
    "Public interest factors favouring disclosure include accountability for public money "
    "and transparency about policing decisions made by {f}.",
    "Section 16 advice: you may wish to narrow your request to a single year so that {f} can "
    "answer it within the cost limit.",
    "To answer this request {f} would need to read every record by hand, exceeding the "
    "appropriate limit of 18 hours under Section 12.",
    "If you are dissatisfied with this response you may request an internal review by "
    "writing to {f} within 40 working days.",
]
FILLER = ("The figures are drawn from live systems and may change as records are updated "
          "and data quality work continues across the organisation this year. ").split()


def synthetic(n: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    forces = [f"force-{i:02d}" for i in range(45)]
    robins = [f"Please tell me the number of {rng.choice(SUBJECTS)} "
              f"{rng.choice(QUALIFIERS)} and {rng.choice(QUALIFIERS)}, reference RR{k}."
              for k in range(max(1, n // 50))]
    rows, exemptions = [], []
    for i in range(n):
        force = rng.choice(forces)
        if rng.random() < 0.3:
            request = "Dear FOI team,\n" + rng.choice(robins)
        else:
            request = (f"Please provide the number of {rng.choice(SUBJECTS)} "
                       f"{rng.choice(QUALIFIERS)}, and separately {rng.choice(SUBJECTS)} "
                       f"{rng.choice(QUALIFIERS)}. Case {i}.")
        paras = [t.format(f=force.replace("-", " ").title())
                 for t in rng.sample(REASONING, 3)]
        paras.append(" ".join(rng.choice(FILLER) for _ in range(650)))
        rows.append({"id": f"s{i:06d}", "force": force, "reference": f"{i}/24",
                     "title": request[:40], "published": f"{rng.randint(2015, 2024)}-0"
                     f"{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "url": None,
                     "request_text": request, "response_text": "\n\n".join(paras),
                     "outcome": rng.choice(["full", "partial", "refused"]), "ncnd": 0})
        exemptions.append({"response_id": f"s{i:06d}", "label": rng.choice(["s40(2)",
                           "s31(1)", "s12", "s40(5)"])})
    return rows, exemptions


def bench_tagging(rows, limit=5000) -> float:
    nlp_ = load_pipeline()
    sample = rows[:limit]
    start = time.perf_counter()
    for rec in sample:
        tag_topics(dict(rec, questions=[]), nlp_)
    return len(sample) / (time.perf_counter() - start)


def bench_clustering(rows, exemptions, new: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "bench.db")
        db.execute("pragma journal_mode=wal")
        base, extra = rows[:-new] if new else rows, rows[-new:] if new else []
        db["responses"].insert_all(base, pk="id", batch_size=2000)
        db["response_exemptions"].insert_all(exemptions, batch_size=5000)
        start = time.perf_counter()
        update_derived(db, None)
        full = time.perf_counter() - start
        inc = None
        if extra:
            db["responses"].insert_all(extra, pk="id", batch_size=2000)
            start = time.perf_counter()
            update_derived(db, [r["id"] for r in extra])
            inc = time.perf_counter() - start
        counts = {t: db[t].count for t in ("passages", "passage_clusters", "round_robins")}
        return {"full_s": full, "incremental_s": inc, **counts}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="synthetic responses (e.g. 100000)")
    ap.add_argument("--new", type=int, default=None, help="batch added incrementally "
                    "afterwards (default: 1000, or n/10 when smaller)")
    ap.add_argument("--db", help="also time tagging over a built corpus's responses")
    args = ap.parse_args(argv)
    new = args.new if args.new is not None else min(1000, args.n // 10)
    rows, exemptions = synthetic(args.n)
    words = sum(len(r["response_text"].split()) for r in rows[:200]) / min(200, len(rows))
    print(f"synthetic responses: {args.n} (~{words:.0f} words of response each)")
    print(f"tagging: {bench_tagging(rows):.0f} responses/s (one core)")
    res = bench_clustering(rows, exemptions, new)
    print(f"derived tables, full build of {args.n - new}: {res['full_s']:.1f} s "
          f"({res['passages']} passages, {res['passage_clusters']} clusters, "
          f"{res['round_robins']} round-robins)")
    if res["incremental_s"] is not None:
        print(f"derived tables, incremental batch of {new}: {res['incremental_s']:.1f} s")
    if args.db:
        db = sqlite_utils.Database(args.db)
        real = [dict(r, questions=[]) for r in db.query(
            "select title, request_text, response_text from responses")]
        if real:
            print(f"tagging on {args.db}: {bench_tagging(real):.0f} responses/s")
            start = time.perf_counter()
            update_derived(db, None)
            print(f"derived tables on {args.db} ({len(real)} responses): "
                  f"{time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
